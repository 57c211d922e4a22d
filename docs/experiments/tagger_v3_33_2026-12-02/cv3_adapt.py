"""Candidate 1 of v3.33, part (a): three CV runs of design 1 in v3.31's folds, against v3.32's runs.

Design 1 (``adapt_design.LengthAdaptedTagger``) on v3.32's training items and weights (the 750 long reports
in every training fold, never scored: ``training_only``). Each run writes ``$OOF_DIR/cv8_a1_<seed>.npz``;
``--compare`` prints v3.32's runs (candidate 13 of v3.32's ``cv8_13_*``) beside them (``cv3_adapt.out``).

    NEWSTAG_FAKES_CSV=... OOF_DIR=... PYTHONPATH=src python docs/experiments/tagger_v3_33_2026-12-02/cv3_adapt.py --seed 42
    OOF_DIR=... PYTHONPATH=src python docs/experiments/tagger_v3_33_2026-12-02/cv3_adapt.py --compare
"""

import argparse
import io
import os
import sys
from contextlib import redirect_stdout
from pathlib import Path

import numpy as np

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.path.insert(0, os.path.join(HERE, "..", "tagger_v3_32_2026-12-02"))
import cv3_long  # noqa: E402  (compare() and SEEDS)
from adapt_design import LengthAdaptedTagger  # noqa: E402

OUT = Path(os.environ.get("OOF_DIR", "/tmp"))


def training_frame():
    """v3.32's non-lockbox training items and weights (``labelled_training_data``), and which are the long reports
    of ``LONG_TRAINING_SETS`` (candidate 13 of v3.32's ``cv3_long13.training_frame`` built the same frame while
    those sets were still holdouts)."""
    from newstag.tagging.labels import read_lockbox
    from newstag.tagging.snippets import LONG_TRAINING_SETS
    from newstag.tagging.train import labelled_training_data

    frame = labelled_training_data(os.environ["NEWSTAG_FAKES_CSV"])
    frame = frame[~frame["id"].isin(read_lockbox())].reset_index(drop=True)
    is_long = frame["id"].str.extract(r"^w([A-Z]+)-", expand=False).isin(LONG_TRAINING_SETS).to_numpy()
    assert is_long.sum() == 750
    return frame, is_long


def run(seed: int) -> None:
    from newstag.tagging import evaluate
    from newstag.tagging.labels import tags_to_matrix
    from newstag.tagging.train import ITEM_COLUMNS

    frame, is_long = training_frame()
    design, extra = frame[~is_long].reset_index(drop=True), frame[is_long].reset_index(drop=True)
    ids = design["id"].to_numpy(dtype=str)
    Y = tags_to_matrix(design["tags"])
    base = np.load(OUT / f"cv8_13_{seed}.npz")
    assert (base["ids"] == ids).all() and (base["Y"] == Y).all(), "the items or labels differ from v3.32's run"
    folds = [(np.flatnonzero(base["fold"] != k), np.flatnonzero(base["fold"] == k)) for k in range(5)]
    evaluate._folds = lambda *_: folds
    pred, proba = evaluate.cross_validated_predictions(
        lambda: LengthAdaptedTagger(random_state=42), design.reindex(columns=ITEM_COLUMNS), Y, n_jobs=-1,
        training_only=(extra.reindex(columns=ITEM_COLUMNS), tags_to_matrix(extra["tags"])))
    np.savez(OUT / f"cv8_a1_{seed}.npz", ids=ids, fold=base["fold"], Y=Y, pred=pred, proba=proba)
    print(f"design 1 of v3.33, fold seed {seed}: done")


def compare() -> None:
    # cv3_long.compare reads cv8_0_* (as its design 0) and cv8_9_* (its design 9): point them at v3.32 and design 1.
    real_load = np.load
    np.load = lambda path, *a, **k: real_load(str(path).replace("cv8_0_", "cv8_13_").replace("cv8_9_", "cv8_a1_"),
                                              *a, **k)
    cv3_long.OUT = OUT
    buffer = io.StringIO()
    with redirect_stdout(buffer):
        cv3_long.compare()
    np.load = real_load
    print(buffer.getvalue().replace("design 9 - v3.31", "design 1 - v3.32").replace("design 0", "v3.32")
          .replace("design 9", "design 1 of v3.33"), end="")


if __name__ == "__main__":
    parser = argparse.ArgumentParser()
    parser.add_argument("--seed", type=int, choices=cv3_long.SEEDS)
    parser.add_argument("--compare", action="store_true")
    args = parser.parse_args()
    compare() if args.compare else run(args.seed)
