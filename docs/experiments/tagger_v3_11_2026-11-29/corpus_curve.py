"""Diagnostic: how the corpus items' CV figure grows with the corpus items in training.

v3.10's design, 5-fold CV over the design material with the folds of
``st_cv.py``; in every training fold only a share of the corpus (FA-KES and
seed) items is kept (drawn with the fold seed), the written snippets and
reports all. Scored: every corpus item, out of fold. Decides nothing.

    NEWSTAG_FAKES_CSV=... PYTHONPATH=src python docs/experiments/tagger_v3_11_2026-11-29/corpus_curve.py SHARE SEED
"""

import json
import sys

import numpy as np
import pandas as pd

from newstag.config import TAGS
from newstag.tagging.evaluate import cross_validated_predictions, scores_table
from newstag.tagging.labels import read_lockbox, tags_to_matrix
from newstag.tagging.sentence_model import SentenceTagger
from newstag.tagging.snippets import read_snippets
from newstag.tagging.train import ITEM_COLUMNS, labelled_training_data

share, seed = float(sys.argv[1]), int(sys.argv[2])
snippets = read_snippets()
frame = pd.concat([labelled_training_data(),
                   snippets[snippets["id"].str.startswith("wO-")].drop(columns=["set", "conflict"])], ignore_index=True)
assert frame["id"].str.startswith("fakes:").sum() > 500, "set NEWSTAG_FAKES_CSV"
design = frame[~frame["id"].isin(read_lockbox())].reset_index(drop=True)
is_written = design["id"].str.match(r"w[A-Z]-").to_numpy()
X, Y = design.reindex(columns=ITEM_COLUMNS), tags_to_matrix(design["tags"])
rng = np.random.default_rng(seed)


class WithCorpusShare:
    """v3.10 fitted on the fold's written items and a share of its corpus items."""

    def fit(self, X_fit, Y_fit):
        rows = X_fit.index.to_numpy()
        keep = is_written[rows] | (rng.random(len(rows)) < share)
        self.model_ = SentenceTagger(random_state=seed).fit(X_fit[keep], Y_fit[keep])
        return self

    def predict(self, X_test):
        return self.model_.predict(X_test)

    def predict_proba(self, X_test):
        return self.model_.predict_proba(X_test)


predictions, _ = cross_validated_predictions(WithCorpusShare, X, Y, n_splits=5, random_state=seed)
table = scores_table(Y[~is_written], predictions[~is_written])
print(json.dumps({"share": share, "seed": seed,
                  "corpus": {tag: round(float(table.loc[tag, "f1"]), 4) for tag in (*TAGS, "macro")}}))
