"""Candidate 2 of v3.34, parts (c), (w) and (d): set BT, the opened wire holdouts and the lockbox.

v3.33's five fits are candidate 1's part (b) models in ``$MODEL_DIR`` (``rule_bs_bt.py``; model seeds 42, 2026,
7777, 1, 7, each on the non-lockbox items). ``--part c`` fits design 2's five the same way in its own source tree
(branch ``v334b``), then predicts set BT (150 long reports) with all ten and scores it; ``--part w`` scores the
17 opened wire holdout sets (AR to BS) with the same ten; ``--part d`` scores the lockbox with the model seed 42
fit of each, with make train's paired bootstrap. Each part is run only after the one before is written down.

    NEWSTAG_FAKES_CSV=... MODEL_DIR=... python docs/experiments/tagger_v3_34_2026-12-03/rule_c2.py --part c
"""

import argparse
import json
import os
import subprocess
import sys
from pathlib import Path

import numpy as np

SEEDS = (42, 2026, 7777, 1, 7)
MODELS = Path(os.environ.get("MODEL_DIR", "/tmp/models_v334"))
SOURCES = {"v3.33": "/work/main/src", "design 2": "/work/wt334b/src"}
MARGINS = {"c": -0.020, "w": -0.003}


def path(name, seed):
    return MODELS / f"{name.replace(' ', '_').replace('.', '')}_{seed}.joblib"


def fit(name, seed):
    import joblib

    from newstag.tagging.labels import read_lockbox, tags_to_matrix
    from newstag.tagging.sentence_model import SentenceTagger
    from newstag.tagging.train import ITEM_COLUMNS, labelled_training_data

    frame = labelled_training_data(os.environ["NEWSTAG_FAKES_CSV"])
    frame = frame[~frame["id"].isin(read_lockbox())].reset_index(drop=True)
    assert not frame["id"].str.startswith("wBT-").any(), "the unopened set is in the training items"
    model = SentenceTagger(random_state=seed).fit(frame.reindex(columns=ITEM_COLUMNS), tags_to_matrix(frame["tags"]))
    joblib.dump(model, path(name, seed))


def items_of(part):
    """The part's items, labels included (labels are read only in ``compare``)."""
    from newstag.tagging.labels import read_lockbox
    from newstag.tagging.snippets import LONG_REPORT_SETS, read_snippets
    from newstag.tagging.train import labelled_training_data

    if part == "c":
        unopened = read_snippets("unopened")
        items = unopened[unopened["id"].str.startswith("wBT-")].reset_index(drop=True)
        assert len(items) == 150
        return items
    if part == "w":
        holdout = read_snippets("holdout")
        sets = holdout["id"].str.extract(r"^w([A-Z]+)-", expand=False)
        items = holdout[~sets.isin(LONG_REPORT_SETS)].reset_index(drop=True)
        assert len(items) == 4250 and items["id"].str.startswith("wBS-").sum() == 250
        return items
    everything = labelled_training_data(os.environ["NEWSTAG_FAKES_CSV"])
    return everything[everything["id"].isin(read_lockbox())].reset_index(drop=True)


def run_design(name, part):
    import joblib
    from joblib import Parallel, delayed

    from newstag.tagging import snippets

    assert snippets.__file__.startswith(SOURCES[name]), snippets.__file__
    if part == "c" and name == "design 2":
        Parallel(n_jobs=2)(delayed(fit)(name, seed) for seed in SEEDS)
    items = items_of(part)
    X = items[["title", "text"]].assign(evidence=[{}] * len(items))
    out = {"ids": items["id"].tolist()}
    for seed in (42,) if part == "d" else SEEDS:
        out[seed] = joblib.load(path(name, seed)).predict(X).tolist()
    (MODELS / f"{path(name, 0).stem}_c2_{part}.json").write_text(json.dumps(out))


def f1s(Y, P):
    Y, P = Y.astype(bool), P.astype(bool)
    tp = (Y & P).sum(0)
    return 2 * tp / np.maximum(Y.sum(0) + P.sum(0), 1)


def compare(part):
    from newstag.config import TAGS
    from newstag.tagging.evaluate import paired_f1_differences, scores_table
    from newstag.tagging.labels import tags_to_matrix

    items = items_of(part)
    Y = tags_to_matrix(items["tags"])
    runs = {name: json.loads((MODELS / f"{path(name, 0).stem}_c2_{part}.json").read_text()) for name in SOURCES}
    for run in runs.values():
        assert run["ids"] == items["id"].tolist()
    if part == "d":
        P = {name: np.asarray(run["42"]) for name, run in runs.items()}
        for name in SOURCES:
            table = scores_table(Y, P[name])
            print(f"lockbox ({len(items)} items), {name}: "
                  + " ".join(f"{t} {table.loc[t, 'f1']:.3f}" for t in (*TAGS, "macro")))
        diff = paired_f1_differences(Y, P["design 2"], P["v3.33"])
        print("design 2 - v3.33, paired 95% intervals:")
        below = []
        for t, row in diff.iterrows():
            print(f"  {t}: {row['difference']:+.3f} ({row['low']:+.3f} to {row['high']:+.3f})")
            below += [t] if row["high"] < 0 else []
        gain = diff.loc["macro", "difference"]
        print(f"part (d): macro difference {gain:+.4f} (at least 0 asked); told apart below: {below or 'none'}: "
              f"{'met' if gain >= 0 and not below else 'NOT met'}")
        return
    means = {}
    for name, run in runs.items():
        scores = []
        for seed in SEEDS:
            P = np.asarray(run[str(seed)])
            f = f1s(Y, P)
            scores.append([*f, f.mean()])
            print(f"{name}, seed {seed}: macro {f.mean():.4f} ({' '.join(f'{t} {v:.3f}' for t, v in zip(TAGS, f))}); "
                  f"predicted/true {' '.join(f'{p}/{y}' for p, y in zip(P.sum(0), Y.sum(0)))}")
        means[name] = np.mean(scores, axis=0)
        print(f"{name}, mean of {len(SEEDS)}: macro {means[name][-1]:.4f} ("
              + " ".join(f"{t} {v:.3f}" for t, v in zip(TAGS, means[name][:-1])) + ")")
    gain = means["design 2"][-1] - means["v3.33"][-1]
    print(f"part ({part}): design 2 - v3.33 {gain:+.4f} (at least {MARGINS[part]:+.3f} asked): "
          f"{'met' if gain >= MARGINS[part] else 'NOT met'}")


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--part", choices=("c", "w", "d"), required=True)
    parser.add_argument("--design", choices=SOURCES)
    args = parser.parse_args()
    if args.design:
        run_design(args.design, args.part)
        return
    for name, source in SOURCES.items():
        subprocess.run([sys.executable, __file__, "--part", args.part, "--design", name],
                       env={**os.environ, "PYTHONPATH": source}, check=True)
    sys.path.insert(0, SOURCES["v3.33"])
    compare(args.part)


if __name__ == "__main__":
    main()
