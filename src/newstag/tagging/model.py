"""The multi-label news tagger.

Two stages per tag, both linear and both readable:

1. a logistic regression on TF-IDF terms of title and text scores the item;
2. a small logistic regression weighs that score against sentence-level cue
   statistics for the tag (how many sentences name the matter, in the
   headline or lead, in current reporting or in background).

Stage 2 learns from out-of-fold stage-1 scores (stacking), its decision is
calibrated by Platt scaling on out-of-fold stage-2 decisions, and each tag's
threshold maximises that cross-validated F1. Prediction is one sparse
product, one small dense product and a sigmoid.
"""

from __future__ import annotations

import weakref

import numpy as np
from sklearn.base import BaseEstimator, ClassifierMixin
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import StratifiedKFold, cross_val_predict
from sklearn.utils.validation import check_is_fitted

from newstag.config import DEFAULT_RANDOM_STATE, TAGS
from newstag.tagging.features import CueFeatures, TitleTextTfidf

__all__ = ["NewsTagger", "best_f1_threshold"]


def best_f1_threshold(y_true: np.ndarray, proba: np.ndarray, *, grid=None, window: float = 0.0,
                      sample_weight=None) -> float:
    """Threshold on ``proba`` that maximises F1 for one tag.

    Ties go to the threshold nearest 0.5, which keeps the choice stable on
    small data.

    Parameters
    ----------
    y_true, proba : arrays of shape (n,)
    grid : thresholds to try, default 0.10, 0.12, ..., 0.90.
    window : float, default 0.0
        With ``window > 0`` a threshold is judged by the mean F1 of the grid
        points within ``window`` of it: F1 near its best is flat and noisy,
        so the point maximum moves between refits more than the curve does.
    sample_weight : array of shape (n,), optional
        Weights of the items in F1's counts (default: every item 1).
    """
    grid = np.round(np.arange(0.1, 0.91, 0.02), 2) if grid is None else np.asarray(grid, dtype=float)
    y_true = np.asarray(y_true).astype(bool)
    proba = np.asarray(proba)
    weight = np.ones(len(y_true)) if sample_weight is None else np.asarray(sample_weight, dtype=float)
    f1 = {}
    for threshold in grid:
        predicted = proba >= threshold
        tp = weight[predicted & y_true].sum()
        denominator = weight[predicted].sum() + weight[y_true].sum()
        f1[float(threshold)] = 2 * tp / denominator if denominator else 0.0
    points = np.array(sorted(f1))
    values = np.array([f1[t] for t in points])

    def judged(threshold):
        if window <= 0:
            return f1[threshold]
        return float(values[np.abs(points - threshold) <= window + 1e-9].mean())

    best, best_f1 = 0.5, -1.0
    for threshold in sorted(f1, key=lambda t: abs(t - 0.5)):
        score = judged(threshold)
        if score > best_f1 + 1e-9:
            best, best_f1 = float(threshold), score
    return best


_NAMES_CACHE: "weakref.WeakKeyDictionary" = weakref.WeakKeyDictionary()


def _largest(values, top):
    """Indices of the ``top`` largest positive values, largest first (ties in index order)."""
    positive = np.flatnonzero(values > 0)
    return positive[np.argsort(-values[positive], kind="stable")[:top]]


def _sigmoid(z):
    return 1.0 / (1.0 + np.exp(-np.clip(z, -500, 500)))


class NewsTagger(ClassifierMixin, BaseEstimator):
    """Tag news items with any of ceasefire, airstrike, humanitarian, diplomacy.

    Parameters
    ----------
    C_terms : float, default 3.0
        Inverse regularisation of the stage-1 (TF-IDF) logistic regressions.
    C_stack : float, default 0.3
        Inverse regularisation of the stage-2 (score + cues) regressions.
    class_weight : {"balanced", None}, default "balanced"
    min_df, ngram_range :
        TF-IDF settings, see :class:`newstag.tagging.features.TitleTextTfidf`.
    cv : int, default 5
        Folds of the internal cross-validation (stacking, calibration and
        thresholds), reduced on tiny data.
    random_state : int, default 42

    Attributes
    ----------
    tfidf_ : TitleTextTfidf
    cues_ : CueFeatures
    term_coef_ : ndarray (4, n_terms)
        Stage-1 weights of each TF-IDF term, per tag.
    term_intercept_ : ndarray (4,)
    score_coef_ : ndarray (4,)
        Stage-2 weight of the stage-1 score.
    cue_coef_ : ndarray (4, n_cues)
        Stage-2 weights of the cue features (zero outside the tag's own).
    stack_intercept_ : ndarray (4,)
    calibration_ : ndarray (4, 2)
        Platt scaling (slope, offset) of the stage-2 decision.
    thresholds_ : ndarray (4,)
    classes_ : ndarray of str
    """

    def __init__(self, *, C_terms=3.0, C_stack=0.3, class_weight="balanced", min_df=2, ngram_range=(1, 2), cv=5,
                 random_state=DEFAULT_RANDOM_STATE):
        self.C_terms = C_terms
        self.C_stack = C_stack
        self.class_weight = class_weight
        self.min_df = min_df
        self.ngram_range = ngram_range
        self.cv = cv
        self.random_state = random_state

    def _folds(self, y):
        n_splits = int(min(self.cv, y.sum(), len(y) - y.sum()))
        if n_splits < 2:
            return None
        return StratifiedKFold(n_splits=n_splits, shuffle=True, random_state=self.random_state)

    def _logistic(self, C):
        return LogisticRegression(C=C, class_weight=self.class_weight, solver="liblinear", max_iter=2000,
                                  random_state=self.random_state)

    def fit(self, X, Y):
        """Fit on items ``X`` (texts, (title, text) pairs, dicts or a DataFrame)
        and a binary matrix ``Y`` of shape (n_items, 4)."""
        from threadpoolctl import threadpool_limits

        # liblinear calls BLAS on short vectors; a threaded BLAS only adds
        # synchronisation there (measured: a stage-1 fit took 0.9 s with two
        # OpenBLAS threads on a busy 2-core machine, 0.01 s with one).
        with threadpool_limits(limits=1, user_api="blas"):
            return self._fit(X, Y)

    def _fit(self, X, Y):
        Y = np.asarray(Y).astype(np.int8)
        if Y.ndim != 2 or Y.shape[1] != len(TAGS):
            raise ValueError(f"Y must have shape (n_items, {len(TAGS)}), got {Y.shape}")
        self.tfidf_ = TitleTextTfidf(title_weight=0.0, min_df=self.min_df, ngram_range=self.ngram_range)
        self.cues_ = CueFeatures()
        terms, cues = self.tfidf_.fit_transform(X), self.cues_.fit_transform(X)
        n_tags, n_cues = len(TAGS), cues.shape[1]
        self.term_coef_ = np.zeros((n_tags, terms.shape[1]), dtype=np.float32)
        self.term_intercept_ = np.zeros(n_tags)
        self.score_coef_ = np.zeros(n_tags)
        self.cue_coef_ = np.zeros((n_tags, n_cues))
        self.stack_intercept_ = np.zeros(n_tags)
        self.calibration_ = np.tile([1.0, 0.0], (n_tags, 1))
        self.thresholds_ = np.full(n_tags, 0.5)
        for k, tag in enumerate(TAGS):
            y = Y[:, k]
            folds = self._folds(y)
            if folds is None:
                # Too few of one class to learn from: a constant answer.
                self.stack_intercept_[k] = 20.0 if y.mean() > 0.5 else -20.0
                continue
            stage1 = self._logistic(self.C_terms)
            out_of_fold = cross_val_predict(stage1, terms, y, cv=folds, method="decision_function")
            stage1.fit(terms, y)
            self.term_coef_[k] = stage1.coef_[0]
            self.term_intercept_[k] = stage1.intercept_[0]
            columns = self.cues_.tag_columns_[tag]
            stacked = np.column_stack([out_of_fold, cues[:, columns]])
            stage2 = self._logistic(self.C_stack)
            decisions = cross_val_predict(stage2, stacked, y, cv=folds, method="decision_function")
            stage2.fit(stacked, y)
            self.score_coef_[k] = stage2.coef_[0, 0]
            self.cue_coef_[k, columns] = stage2.coef_[0, 1:]
            self.stack_intercept_[k] = stage2.intercept_[0]
            platt = LogisticRegression(C=1e4).fit(decisions.reshape(-1, 1), y)
            self.calibration_[k] = (platt.coef_[0, 0], platt.intercept_[0])
            self.thresholds_[k] = best_f1_threshold(y, _sigmoid(self.calibration_[k, 0] * decisions
                                                                 + self.calibration_[k, 1]))
        self.classes_ = np.asarray(TAGS)
        return self

    def _decisions(self, terms, cues):
        scores = np.asarray(terms @ self.term_coef_.T) + self.term_intercept_
        return scores * self.score_coef_ + cues @ self.cue_coef_.T + self.stack_intercept_

    def _features(self, X):
        check_is_fitted(self, "term_coef_")
        return self.tfidf_.transform(X).tocsr(), self.cues_.transform(X)

    def _proba(self, terms, cues):
        return _sigmoid(self.calibration_[:, 0] * self._decisions(terms, cues) + self.calibration_[:, 1])

    def decision_function(self, X):
        """Stage-2 decision value per tag, shape (n_items, 4)."""
        return self._decisions(*self._features(X))

    def predict_proba(self, X):
        """Calibrated probability of each tag, shape (n_items, 4)."""
        return self._proba(*self._features(X))

    def predict(self, X):
        """Binary tag matrix, shape (n_items, 4), using ``thresholds_``."""
        return (self.predict_proba(X) >= self.thresholds_).astype(np.int8)

    def get_feature_names_out(self, input_features=None):
        """TF-IDF terms, then cue features (the columns of ``term_coef_`` and ``cue_coef_``)."""
        return np.concatenate([self.tfidf_.get_feature_names_out(), self.cues_.get_feature_names_out()])

    def _names(self):
        # Building the vocabulary array costs ~6 ms and explain() runs per
        # call; cached outside the estimator so it is never saved with it.
        names = _NAMES_CACHE.get(self)
        if names is None or names[0] is not self.tfidf_:
            names = (self.tfidf_, self.tfidf_.get_feature_names_out(), self.cues_.get_feature_names_out())
            _NAMES_CACHE[self] = names
        return names[1], names[2]

    def explain(self, X, *, top=5, with_proba=False):
        """For each item and tag, the terms and cues that most raised that tag's score.

        Returns a list (one per item) of dicts ``tag -> [(name, contribution)]``:
        up to ``top`` TF-IDF terms, then up to two cue features;
        contributions in stage-2 decision units. Cue features, named
        ``[cue:<tag>] <statistic>``, appear only where the item has more of
        the cue than the average training item. With ``with_proba=True``,
        returns ``(explanations, predict_proba(X))`` from one featurisation.
        """
        terms, cues = self._features(X)
        explanations = self._explain(terms, cues, top)
        return (explanations, self._proba(terms, cues)) if with_proba else explanations

    def _explain(self, terms, cues, top):
        term_names, cue_names = self._names()
        out = []
        for row in range(terms.shape[0]):
            start, end = terms.indptr[row], terms.indptr[row + 1]
            columns, values = terms.indices[start:end], terms.data[start:end]
            per_tag = {}
            for k, tag in enumerate(TAGS):
                term_part = values * self.term_coef_[k, columns] * self.score_coef_[k]
                cue_part = np.where(cues[row] > 0, cues[row] * self.cue_coef_[k], 0.0)
                # Terms first: they are what a reader can find in the text.
                per_tag[tag] = ([(str(term_names[columns[i]]), float(term_part[i])) for i in _largest(term_part, top)]
                                + [(str(cue_names[i]), float(cue_part[i])) for i in _largest(cue_part, 2)])
            out.append(per_tag)
        return out
