"""Candidate 1 of v3.31, part (c): v3.31 (design 0) and design 1 fitted on the same non-lockbox items, on the lockbox.

Each design is fitted as `make train` fits the shipped design for the
lockbox (every non-lockbox labelled item, model seed 42) on its own
labels; the lockbox's labels are the same for both (the reading did not
touch them). Each run writes ``$OOF_DIR/lockbox_<design>.npz`` (lockbox
ids, labels and decisions; derived from FA-KES, not committed);
``--compare`` prints each design's lockbox F1 and the paired 95%
bootstrap interval of design 1 minus v3.31 (``lockbox_pair.out``).

    NEWSTAG_FAKES_CSV=... PYTHONPATH=src python docs/experiments/eighth_reading_2026-12-01/lockbox_pair.py --design 0
    (design 1 from a checkout with the reading applied)
    PYTHONPATH=src python docs/experiments/eighth_reading_2026-12-01/lockbox_pair.py --compare
"""

import argparse
import os
from pathlib import Path

import numpy as np

from newstag.config import TAGS

OUT = Path(os.environ.get("OOF_DIR", "/tmp"))


def run(design: str) -> None:
    from newstag.tagging.labels import read_lockbox, tags_to_matrix
    from newstag.tagging.sentence_model import SentenceTagger
    from newstag.tagging.train import ITEM_COLUMNS, labelled_training_data

    frame = labelled_training_data(os.environ["NEWSTAG_FAKES_CSV"])
    boxed = frame["id"].isin(read_lockbox()).to_numpy()
    fit, box = frame[~boxed], frame[boxed]
    model = SentenceTagger(random_state=42).fit(fit.reindex(columns=ITEM_COLUMNS), tags_to_matrix(fit["tags"]))
    np.savez(OUT / f"lockbox8_{design}.npz", ids=box["id"].to_numpy(dtype=str), Y=tags_to_matrix(box["tags"]),
             pred=model.predict(box.reindex(columns=ITEM_COLUMNS)))
    print(f"design {design}: fitted on {len(fit)} items, scored {len(box)} lockbox items")


def compare() -> None:
    from newstag.tagging.evaluate import paired_f1_differences, scores_table

    base, new = np.load(OUT / "lockbox8_0.npz"), np.load(OUT / "lockbox8_1.npz")
    assert (base["ids"] == new["ids"]).all() and (base["Y"] == new["Y"]).all(), "the lockbox differs"
    for name, run_ in (("v3.31", base), ("design 1", new)):
        table = scores_table(base["Y"], run_["pred"])
        print(f"{name}: " + ", ".join(f"{t} {table.loc[t, 'f1']:.3f}" for t in [*TAGS, "macro"]))
    d = paired_f1_differences(base["Y"], new["pred"], base["pred"])
    print("design 1 - v3.31, paired 95% bootstrap: "
          + "; ".join(f"{t} {r.difference:+.3f} ({r.low:+.3f} to {r.high:+.3f})" for t, r in d.iterrows()))
    below = [t for t, r in d.iterrows() if t != "macro" and r.high < 0]
    print(f"decisions that differ: {int((base['pred'] != new['pred']).sum())}; "
          f"part (c) {'NOT met: told apart below on ' + ', '.join(below) if below else 'met'}")


if __name__ == "__main__":
    parser = argparse.ArgumentParser()
    parser.add_argument("--design", choices=["0", "1"])
    parser.add_argument("--compare", action="store_true")
    args = parser.parse_args()
    compare() if args.compare else run(args.design)
