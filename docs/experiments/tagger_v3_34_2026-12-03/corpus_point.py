"""An experiment class for the next design (``explore_corpus_point_cv.py``): v3.33 with an operating point of
its own for long items, fitted on the real articles among them (the FA-KES corpus) and not on the written long
reports.

``models/cv_predictions.csv`` (v3.33, ``make train``'s cross-validation, seed 42) shows the two kinds of long
item erring in opposite directions at the shared thresholds: on the 410 non-lockbox FA-KES articles the tagger
misses more than it over-tags (ceasefire 13 missed and 2 false, humanitarian 20 and 10, diplomacy 26 and 8),
on the 750 written long reports it over-tags (ceasefire 14 and 23, humanitarian 4 and 42, diplomacy 6 and 40).
A long-item point fitted on both (v3.33's candidate 1) cannot serve the real articles.

``CorpusLongPointTagger`` fits v3.33's model unchanged. From the same cross-validated, calibrated
probabilities from which ``best_f1_threshold`` fits the shared thresholds, it also fits, per tag, a threshold
on the corpus's long items alone (items of ``X`` whose ``corpus`` column is true; sentences cut from them for
training are not counted). At prediction, items of ``long_from`` sentences or more are decided by those
thresholds, every other item by the shared ones.
"""

import numpy as np

import newstag.tagging.sentence_model as sentence_model
from newstag.config import TAGS
from newstag.tagging.sentence_model import SentenceTagger, sentence_table

LONG_FROM = 5


def is_long(X):
    return np.bincount(sentence_table(X)[1], minlength=len(X)) >= LONG_FROM


class CorpusLongPointTagger(SentenceTagger):
    def fit(self, X, Y, **kwargs):
        corpus = X["corpus"].fillna(False).astype(bool).to_numpy()
        X = X.drop(columns=["corpus"])
        chosen = corpus & is_long(X)
        shared = sentence_model.best_f1_threshold
        long_points = []

        def both_points(target, proba, *, window, sample_weight=None):
            rows = np.zeros(len(target), dtype=bool)
            rows[:len(chosen)] = chosen  # rows after the items: single sentences cut from them
            w = np.ones(len(target)) if sample_weight is None else np.asarray(sample_weight, dtype=float)
            long_points.append(shared(target[rows], proba[rows], window=window, sample_weight=w[rows]))
            return shared(target, proba, window=window, sample_weight=sample_weight)

        sentence_model.best_f1_threshold = both_points
        try:
            super().fit(X, Y, **kwargs)
        finally:
            sentence_model.best_f1_threshold = shared
        assert len(long_points) == len(TAGS), "a tag had too few items for an operating point"
        self.long_thresholds_ = np.array(long_points)
        return self

    def predict(self, X):
        X = X.drop(columns=["corpus"], errors="ignore")
        points = np.where(is_long(X)[:, None], self.long_thresholds_, self.thresholds_)
        return (self.predict_proba(X) >= points).astype(np.int8)

    def predict_proba(self, X):
        return super().predict_proba(X.drop(columns=["corpus"], errors="ignore"))
