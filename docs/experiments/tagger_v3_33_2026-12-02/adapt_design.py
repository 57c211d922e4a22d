"""Designs 1 and 2 of v3.33 as experiment classes (``labels/snippets/README.md``, candidates 1 and 2 of v3.33).

``LengthAdaptedTagger`` is v3.32's ``SentenceTagger`` with two changes:

- every sentence feature comes twice, once for every sentence and once more
  for the sentences of long items (Daume III's "frustratingly easy" domain
  adaptation): each tag's classifier learns shared weights and the long
  items' own differences from them;
- each tag's operating point is fitted twice from the same cross-validated
  probabilities, on the short items and on the long items apart; an item
  is decided by its own.

An item is long when it has at least ``LONG_FROM`` sentences, headline
included; the single sentences cut from articles for training are short.
Predictions go through the training path's features (the shipped scorer
knows one copy of the features only). ``SharedPointTagger`` (design 2) keeps
the first change and decides every item by the shared thresholds.
"""

import numpy as np
import scipy.sparse as sp

import newstag.tagging.sentence_model as sentence_model
from newstag.config import TAGS
from newstag.tagging.sentence_model import SentenceTagger, sentence_table

LONG_FROM = 5
_ARTICLES = {"a", "an", "the"}


def is_long(X):
    return np.bincount(sentence_table(X)[1], minlength=len(X)) >= LONG_FROM


class LengthAdaptedTagger(SentenceTagger):
    def _sentence_features(self, sentences, owner, context_rows=None):
        base = super()._sentence_features(sentences, owner, context_rows)
        long_row = (np.bincount(owner)[owner] >= LONG_FROM).astype(np.float32)
        return sp.hstack([base, sp.diags(long_row) @ base], format="csr")

    def _without_article_bigrams(self, features):
        if not set(TAGS) - set(self.article_bigram_tags):
            return None
        half = features.shape[1] // 2
        keep = np.ones(half, dtype=np.float32)
        names = self.vectorizer_.get_feature_names_out()
        keep[:len(names)] = [0.0 if " " in t and set(t.split()) & _ARTICLES else 1.0 for t in names]
        return sp.csr_matrix(features.multiply(np.tile(keep, 2).reshape(1, -1)))

    def fit(self, X, Y, **kwargs):
        long_items = is_long(X)
        shared = sentence_model.best_f1_threshold
        by_length = []

        def both_points(target, proba, *, window, sample_weight=None):
            long_rows = np.zeros(len(target), dtype=bool)
            long_rows[:len(long_items)] = long_items  # rows after the items: single sentences cut from them
            w = np.ones(len(target)) if sample_weight is None else np.asarray(sample_weight)
            by_length.append([shared(target[m], proba[m], window=window, sample_weight=w[m])
                              for m in (~long_rows, long_rows)])
            return shared(target, proba, window=window, sample_weight=sample_weight)

        sentence_model.best_f1_threshold = both_points
        try:
            super().fit(X, Y, **kwargs)
        finally:
            sentence_model.best_f1_threshold = shared
        assert len(by_length) == len(TAGS), "a tag had too few items for an operating point"
        self.thresholds_by_length_ = np.array(by_length)  # (4, 2): short, long
        return self

    def predict_proba(self, X):
        sentences, owner = sentence_table(X)
        features = self._sentence_features(sentences, owner)
        decisions = np.asarray(features @ self.sentence_coef_.T) + self.sentence_intercept_
        aggregates = self._aggregate(decisions, sentences, owner, len(X))
        z = np.column_stack([aggregates[k] @ self.item_coef_[k] + self.item_intercept_[k] for k in range(len(TAGS))])
        return 1 / (1 + np.exp(-(self.calibration_[:, 0] * z + self.calibration_[:, 1])))

    def predict(self, X):
        points = np.where(is_long(X)[:, None], self.thresholds_by_length_[:, 1], self.thresholds_by_length_[:, 0])
        return (self.predict_proba(X) >= points).astype(np.int8)


class SharedPointTagger(LengthAdaptedTagger):
    """Design 2 of v3.33: the long items' features learned apart, every item decided by the shared ``thresholds_``
    (those ``best_f1_threshold`` fits on all items, as v3.32's)."""

    def predict(self, X):
        return (self.predict_proba(X) >= self.thresholds_).astype(np.int8)
