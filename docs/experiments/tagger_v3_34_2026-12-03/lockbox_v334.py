"""Candidate 1 of v3.34, part (d): the lockbox scored once for v3.33 and design 1, with make train's paired
bootstrap. Each design's model is part (b)'s fit with model seed 42 on its own non-lockbox items (kept in
``$MODEL_DIR`` by ``rule_bs_bt.py``), run in its own source tree. Run only after parts (b) and (c) are met and
written down.

    NEWSTAG_FAKES_CSV=... MODEL_DIR=... python docs/experiments/tagger_v3_34_2026-12-03/lockbox_v334.py
"""

import json
import os
import subprocess
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from rule_bs_bt import MODELS, SOURCES, path  # noqa: E402


def lockbox_items():
    from newstag.tagging.labels import read_lockbox
    from newstag.tagging.train import labelled_training_data

    everything = labelled_training_data(os.environ["NEWSTAG_FAKES_CSV"])
    return everything[everything["id"].isin(read_lockbox())].reset_index(drop=True)


def run_design(name):
    import joblib

    from newstag.tagging import lexicon

    assert os.path.dirname(os.path.dirname(os.path.dirname(lexicon.__file__))) == SOURCES[name], lexicon.__file__
    lockbox = lockbox_items()
    X = lockbox[["title", "text"]].assign(evidence=[{}] * len(lockbox))
    model = joblib.load(path(name, 42))
    out = {"ids": lockbox["id"].tolist(), "predicted": model.predict(X).tolist()}
    (MODELS / f"{path(name, 0).stem}_lockbox.json").write_text(json.dumps(out))


def main():
    if len(sys.argv) > 1:
        run_design(sys.argv[1])
        return
    for name, source in SOURCES.items():
        subprocess.run([sys.executable, __file__, name], env={**os.environ, "PYTHONPATH": source}, check=True)
    sys.path.insert(0, SOURCES["v3.33"])
    import numpy as np

    from newstag.config import TAGS
    from newstag.tagging.evaluate import paired_f1_differences, scores_table
    from newstag.tagging.labels import tags_to_matrix

    lockbox = lockbox_items()
    Y = tags_to_matrix(lockbox["tags"])
    runs = {name: json.loads((MODELS / f"{path(name, 0).stem}_lockbox.json").read_text()) for name in SOURCES}
    for name, run in runs.items():
        assert run["ids"] == lockbox["id"].tolist()
        table = scores_table(Y, np.asarray(run["predicted"]))
        print(f"lockbox ({len(lockbox)} items), {name}: "
              + " ".join(f"{t} {table.loc[t, 'f1']:.3f}" for t in (*TAGS, "macro")))
    diff = paired_f1_differences(Y, np.asarray(runs["design 1"]["predicted"]), np.asarray(runs["v3.33"]["predicted"]))
    print("design 1 - v3.33, paired 95% intervals:")
    below = []
    for t, row in diff.iterrows():
        print(f"  {t}: {row['difference']:+.3f} ({row['low']:+.3f} to {row['high']:+.3f})")
        if row["high"] < 0:
            below.append(t)
    print("part (d): " + ("NOT met, told apart below on " + ", ".join(below) if below
                          else "met (no tag and not the macro told apart below v3.33)"))


if __name__ == "__main__":
    main()
