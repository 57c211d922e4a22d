"""Exploration in cross-validation (decides nothing; no lockbox item and no unopened set is read): v3.33 against
v3.33 trained with sets BV and BW (``with_articles.py``), in ``make train``'s folds of the non-lockbox items
(fold seeds 42 and 1, model seed 42). The 300 added articles join every training fold and are never tested, so
both designs are scored on the same items in the same folds. v3.33's out-of-fold probabilities are those v3.34's
``explore_item_stage_cv.py`` saved (``/tmp/item_stage_v3.33_<seed>.npz``, same folds).

    NEWSTAG_FAKES_CSV=... PYTHONPATH=src python docs/experiments/tagger_v3_35_2026-12-03/explore_with_articles_cv.py
"""

import os
import sys

import numpy as np

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from with_articles import ADDED, training_frame  # noqa: E402

from newstag.config import TAGS  # noqa: E402
from newstag.tagging.evaluate import _folds, run_in_parallel  # noqa: E402
from newstag.tagging.labels import read_lockbox, tags_to_matrix  # noqa: E402
from newstag.tagging.sentence_model import SentenceTagger  # noqa: E402
from newstag.tagging.snippets import LONG_TRAINING_SETS  # noqa: E402
from newstag.tagging.train import ITEM_COLUMNS  # noqa: E402

FOLD_SEEDS = (42, 1)


def fold(X_fit, Y_fit, X_test):
    model = SentenceTagger(random_state=42).fit(X_fit, Y_fit)
    return model.predict_proba(X_test), model.thresholds_.copy()


def f1(y, p):
    return 2 * (y & p).sum() / max(y.sum() + p.sum(), 1)


def main():
    frame = training_frame(os.environ["NEWSTAG_FAKES_CSV"])
    frame = frame[~frame["id"].isin(read_lockbox())].reset_index(drop=True)
    sets = frame["id"].str.extract(r"^w([A-Z]+)-", expand=False)
    added = sets.isin(ADDED).to_numpy()
    design, extra = frame[~added].reset_index(drop=True), frame[added].reset_index(drop=True)
    dsets = sets[~added].reset_index(drop=True)
    X, Y = design.reindex(columns=ITEM_COLUMNS), tags_to_matrix(design["tags"])
    X_extra, Y_extra = extra.reindex(columns=ITEM_COLUMNS), tags_to_matrix(extra["tags"])
    Yb = Y.astype(bool)
    groups = {"corpus": design["id"].str.startswith("fakes:").to_numpy(),
              "written long reports": dsets.isin(LONG_TRAINING_SETS).to_numpy(),
              "wire": (dsets.notna() & ~dsets.isin(LONG_TRAINING_SETS)).to_numpy()}
    import pandas as pd

    for seed in FOLD_SEEDS:
        folds = _folds(Y, 5, seed)
        calls = [(fold, (pd.concat([X.iloc[train], X_extra], ignore_index=True), np.vstack([Y[train], Y_extra]),
                         X.iloc[test])) for train, test in folds]
        results = run_in_parallel(calls, 2)
        proba, shared = np.zeros(Y.shape), np.zeros(Y.shape)
        for (_, test), (p, s) in zip(folds, results):
            proba[test], shared[test] = p, s
        base = np.load(f"/tmp/item_stage_v3.33_{seed}.npz")
        assert base["proba"].shape == Y.shape
        for name, P in (("v3.33", base["proba"] >= base["shared"]), ("with sets BV, BW", proba >= shared)):
            for group, rows in groups.items():
                f = [f1(Yb[rows, k], P[rows, k]) for k in range(len(TAGS))]
                counts = " ".join(f"{int(P[rows, k].sum())}/{int(Yb[rows, k].sum())}" for k in range(len(TAGS)))
                print(f"fold seed {seed} {name:17s} {group:21s} macro {np.mean(f):.4f}: "
                      + " ".join(f"{t} {v:.3f}" for t, v in zip(TAGS, f)) + f"; predicted/true {counts}", flush=True)


if __name__ == "__main__":
    main()
