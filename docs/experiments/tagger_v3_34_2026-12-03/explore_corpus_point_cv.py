"""Exploration in cross-validation (decides nothing; no holdout, no lockbox item is read): v3.33 with the long
items decided by thresholds fitted on the corpus's long items (``corpus_point.CorpusLongPointTagger``).

``make train``'s cross-validation (the non-lockbox items, 5 folds, seed 42, model seed 42) refitted with the
experiment class; its probabilities must equal v3.33's in ``models/cv_predictions.csv`` (same model), so the
comparison is the operating point alone. Prints F1 per tag on the corpus articles, the written long reports and
the wire items, at v3.33's shared thresholds and at the design's, and each fold's long-item thresholds.

    NEWSTAG_FAKES_CSV=... PYTHONPATH=src:docs/experiments/tagger_v3_34_2026-12-03 python docs/experiments/tagger_v3_34_2026-12-03/explore_corpus_point_cv.py
"""

import os
import sys
from functools import partial

import numpy as np
import pandas as pd

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from corpus_point import CorpusLongPointTagger, is_long  # noqa: E402

from newstag.config import TAGS  # noqa: E402
from newstag.tagging.evaluate import _folds, run_in_parallel  # noqa: E402
from newstag.tagging.labels import read_lockbox, tags_to_matrix  # noqa: E402
from newstag.tagging.snippets import LONG_TRAINING_SETS  # noqa: E402
from newstag.tagging.train import ITEM_COLUMNS, labelled_training_data  # noqa: E402


def fold(X_fit, Y_fit, X_test):
    model = CorpusLongPointTagger(random_state=42).fit(X_fit, Y_fit)
    return model.predict_proba(X_test), model.thresholds_.copy(), model.long_thresholds_.copy()


def f1(y, p):
    return 2 * (y & p).sum() / max(y.sum() + p.sum(), 1)


def main():
    frame = labelled_training_data(os.environ["NEWSTAG_FAKES_CSV"])
    design = frame[~frame["id"].isin(read_lockbox())].reset_index(drop=True)
    corpus = ~design["id"].str.startswith("w")
    X = design.reindex(columns=ITEM_COLUMNS).assign(corpus=corpus.to_numpy())
    Y = tags_to_matrix(design["tags"])
    folds = _folds(Y, 5, 42)
    calls = [(fold, (X.iloc[train], Y[train], X.iloc[test])) for train, test in folds]
    proba, shared, long_points = np.zeros(Y.shape), np.zeros(Y.shape), np.zeros(Y.shape)
    for k, ((_, test), (p, s, lp)) in enumerate(zip(folds, run_in_parallel(calls, 2))):
        proba[test], shared[test], long_points[test] = p, s, lp
        print(f"fold {k}: shared {' '.join(f'{x:.2f}' for x in s)}; corpus long items {' '.join(f'{x:.2f}' for x in lp)}")
    stored = pd.read_csv("models/cv_predictions.csv")
    assert (stored["id"].to_numpy() == design["id"].to_numpy()).all()
    gap = np.abs(stored[[f"p_{t}" for t in TAGS]].to_numpy() - proba).max()
    print(f"largest difference from v3.33's stored probabilities: {gap:.5f}")
    long_ = is_long(X.drop(columns=["corpus"]))
    sets = design["id"].str.extract(r"^w([A-Z]+)-", expand=False)
    groups = {"corpus": corpus.to_numpy(), "written long reports": sets.isin(LONG_TRAINING_SETS).to_numpy(),
              "wire": (sets.notna() & ~sets.isin(LONG_TRAINING_SETS)).to_numpy()}
    Yb = Y.astype(bool)
    for point, thresholds in (("shared (v3.33)", shared), ("corpus long point", np.where(long_[:, None], long_points, shared))):
        P = proba >= thresholds
        for name, rows in groups.items():
            f = [f1(Yb[rows, k], P[rows, k]) for k in range(len(TAGS))]
            print(f"{point:18s} {name:21s} n {rows.sum():5d} (long {(rows & long_).sum():4d}): macro {np.mean(f):.4f} ("
                  + " ".join(f"{t} {v:.3f}" for t, v in zip(TAGS, f)) + ")")


if __name__ == "__main__":
    main()
