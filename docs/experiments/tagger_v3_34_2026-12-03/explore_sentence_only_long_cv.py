"""Exploration in cross-validation (decides nothing; no holdout, no lockbox item is read): v3.33 with the 750
written long reports (sets BI, BK, BM, BO, BP) as material for the sentence classifiers only, weighing 0 in the
item stage (aggregator, calibration, thresholds), as the sentence-only wire sets already do.

Why: at the shared thresholds v3.33 misses more than it over-tags on the FA-KES articles and over-tags the
written long reports (``explore_corpus_point_cv.py``); the sentence errors read in the FA-KES articles'
misses are single carrying sentences deep in the body that the readers counted. The item stage learns how much
one deep sentence weighs mostly from the written reports.

``make train``'s cross-validation (non-lockbox items, 5 folds, seed 42, model seed 42), the design refitted; v3.33
from ``models/cv_predictions.csv`` (the same folds). Prints F1 per tag on the corpus articles, the written long
reports and the wire items for both.

    NEWSTAG_FAKES_CSV=... PYTHONPATH=src python docs/experiments/tagger_v3_34_2026-12-03/explore_sentence_only_long_cv.py
"""

import os
from functools import partial

import numpy as np
import pandas as pd

from newstag.config import TAGS
from newstag.tagging.evaluate import cross_validated_predictions
from newstag.tagging.labels import read_lockbox, tags_to_matrix
from newstag.tagging.sentence_model import SentenceTagger
from newstag.tagging.snippets import LONG_TRAINING_SETS
from newstag.tagging.train import ITEM_COLUMNS, labelled_training_data


def f1(y, p):
    return 2 * (y & p).sum() / max(y.sum() + p.sum(), 1)


def main():
    frame = labelled_training_data(os.environ["NEWSTAG_FAKES_CSV"])
    design = frame[~frame["id"].isin(read_lockbox())].reset_index(drop=True)
    sets = design["id"].str.extract(r"^w([A-Z]+)-", expand=False)
    written_long = sets.isin(LONG_TRAINING_SETS).to_numpy()
    X = design.reindex(columns=ITEM_COLUMNS)
    X["operating_weight"] = np.where(written_long, 0.0, X["operating_weight"])
    Y = tags_to_matrix(design["tags"])
    P_new, proba_new = cross_validated_predictions(partial(SentenceTagger, random_state=42), X, Y, n_splits=5,
                                                   random_state=42, n_jobs=2)
    np.save("/tmp/sentence_only_long_proba.npy", proba_new)
    stored = pd.read_csv("models/cv_predictions.csv")
    assert (stored["id"].to_numpy() == design["id"].to_numpy()).all()
    Yb = Y.astype(bool)
    groups = {"corpus": ~design["id"].str.startswith("w").to_numpy(), "written long reports": written_long,
              "wire": (sets.notna() & ~sets.isin(LONG_TRAINING_SETS)).to_numpy()}
    # v3.33's out-of-fold decisions: its fold thresholds are not stored, so the shipped thresholds stand in.
    shipped = np.array([0.40, 0.38, 0.32, 0.40])
    P_old = stored[[f"p_{t}" for t in TAGS]].to_numpy() >= shipped
    for name, P in (("v3.33 (shipped thresholds)", P_old), ("written long reports sentence-only", P_new.astype(bool))):
        for group, rows in groups.items():
            f = [f1(Yb[rows, k], P[rows, k]) for k in range(len(TAGS))]
            fn = [(Yb[rows, k] & ~P[rows, k]).sum() for k in range(len(TAGS))]
            fp = [(~Yb[rows, k] & P[rows, k]).sum() for k in range(len(TAGS))]
            print(f"{name:36s} {group:21s} macro {np.mean(f):.4f} ("
                  + " ".join(f"{t} {v:.3f} [{a}/{b}]" for t, v, a, b in zip(TAGS, f, fn, fp)) + ")  [missed/false]")


if __name__ == "__main__":
    main()
