"""The multi-label news tagger: TF-IDF, one linear model per tag, Platt
calibration and a per-tag threshold, all learned from cross-validation.

Prediction is one sparse matrix product and a sigmoid, so tagging costs
little more than the TF-IDF transform itself.
"""

from __future__ import annotations

import numpy as np
from sklearn.base import BaseEstimator, ClassifierMixin, clone
from sklearn.linear_model import LogisticRegression
from sklearn.utils.validation import check_is_fitted

from .config import DEFAULT_RANDOM_STATE, TAGS
from .features import NewsFeatures, as_title_text

__all__ = ["NewsTagger", "best_f1_threshold"]


def best_f1_threshold(y_true: np.ndarray, proba: np.ndarray, *, grid=None) -> float:
    """Threshold on ``proba`` that maximises F1 for one tag.

    Ties go to the threshold nearest 0.5, which keeps the choice stable on
    small data.
    """
    grid = np.round(np.arange(0.1, 0.91, 0.02), 2) if grid is None else grid
    y_true = np.asarray(y_true).astype(bool)
    best, best_f1 = 0.5, -1.0
    for threshold in sorted(grid, key=lambda t: abs(t - 0.5)):
        predicted = proba >= threshold
        tp = np.sum(predicted & y_true)
        denominator = predicted.sum() + y_true.sum()
        f1 = 2 * tp / denominator if denominator else 0.0
        if f1 > best_f1 + 1e-9:
            best, best_f1 = float(threshold), f1
    return best


def _sigmoid(z):
    return 1.0 / (1.0 + np.exp(-z))


class NewsTagger(ClassifierMixin, BaseEstimator):
    """Tag news items with any of ceasefire, airstrike, humanitarian, diplomacy.

    Parameters
    ----------
    C : float, default 0.3
        Inverse regularisation of each tag's logistic regression.
    class_weight : {"balanced", None}, default "balanced"
    tfidf_weight, title_weight, min_df, ngram_range, use_evidence :
        Feature settings, see :class:`newstag.features.NewsFeatures`.
    cv : int, default 5
        Folds of the internal cross-validation that fits the calibration and
        chooses each tag's threshold.
    random_state : int, default 42

    Attributes
    ----------
    features_ : NewsFeatures
    coef_ : ndarray of shape (4, n_features)
    intercept_ : ndarray of shape (4,)
    calibration_ : ndarray of shape (4, 2)
        Platt scaling (slope, offset) mapping decision values to probabilities.
    thresholds_ : ndarray of shape (4,)
        Per-tag probability threshold that maximised cross-validated F1.
    classes_ : ndarray
        The tag names, in column order.
    """

    def __init__(self, *, C=0.3, class_weight="balanced", tfidf_weight=5.0, title_weight=0.0, min_df=2,
                 ngram_range=(1, 2), use_evidence=True, cv=5, random_state=DEFAULT_RANDOM_STATE):
        self.C = C
        self.class_weight = class_weight
        self.tfidf_weight = tfidf_weight
        self.title_weight = title_weight
        self.min_df = min_df
        self.ngram_range = ngram_range
        self.use_evidence = use_evidence
        self.cv = cv
        self.random_state = random_state

    def _fit_linear(self, X_text, Y):
        features = NewsFeatures(tfidf_weight=self.tfidf_weight, title_weight=self.title_weight, min_df=self.min_df,
                                ngram_range=self.ngram_range, use_evidence=self.use_evidence)
        X = features.fit_transform(X_text)
        base = LogisticRegression(C=self.C, class_weight=self.class_weight, max_iter=2000, solver="liblinear",
                                  random_state=self.random_state)
        coefs, intercepts = [], []
        for k in range(Y.shape[1]):
            if Y[:, k].min() == Y[:, k].max():
                coefs.append(np.zeros(X.shape[1]))
                intercepts.append(20.0 if Y[0, k] else -20.0)
                continue
            model = clone(base).fit(X, Y[:, k])
            coefs.append(model.coef_[0])
            intercepts.append(model.intercept_[0])
        return features, np.vstack(coefs).astype(np.float32), np.asarray(intercepts, dtype=np.float64)

    def _cv_decisions(self, X_text, Y):
        from iterstrat.ml_stratifiers import MultilabelStratifiedKFold

        decisions = np.zeros(Y.shape, dtype=np.float64)
        folds = MultilabelStratifiedKFold(n_splits=self.cv, shuffle=True, random_state=self.random_state)
        titles_texts = list(zip(*as_title_text(X_text)))
        for train, test in folds.split(np.zeros(len(Y)), Y):
            features, coef, intercept = self._fit_linear([titles_texts[i] for i in train], Y[train])
            X_test = features.transform([titles_texts[i] for i in test])
            decisions[test] = X_test @ coef.T + intercept
        return decisions

    def fit(self, X, Y):
        """Fit on items ``X`` (texts, (title, text) pairs, dicts or a DataFrame)
        and a binary matrix ``Y`` of shape (n_items, 4)."""
        Y = np.asarray(Y).astype(np.int8)
        if Y.ndim != 2 or Y.shape[1] != len(TAGS):
            raise ValueError(f"Y must have shape (n_items, {len(TAGS)}), got {Y.shape}")
        decisions = self._cv_decisions(X, Y)
        calibration, thresholds = [], []
        for k in range(Y.shape[1]):
            if Y[:, k].min() == Y[:, k].max():
                calibration.append((1.0, 0.0))
                thresholds.append(0.5)
                continue
            platt = LogisticRegression(C=1e4).fit(decisions[:, [k]], Y[:, k])
            slope, offset = float(platt.coef_[0, 0]), float(platt.intercept_[0])
            calibration.append((slope, offset))
            thresholds.append(best_f1_threshold(Y[:, k], _sigmoid(slope * decisions[:, k] + offset)))
        self.features_, self.coef_, self.intercept_ = self._fit_linear(X, Y)
        self.calibration_ = np.asarray(calibration, dtype=np.float64)
        self.thresholds_ = np.asarray(thresholds, dtype=np.float64)
        self.classes_ = np.asarray(TAGS)
        self.cv_decisions_ = decisions
        return self

    def decision_function(self, X):
        check_is_fitted(self, "coef_")
        return np.asarray(self.features_.transform(X) @ self.coef_.T) + self.intercept_

    def _proba_from_features(self, features):
        decisions = np.asarray(features @ self.coef_.T) + self.intercept_
        return _sigmoid(self.calibration_[:, 0] * decisions + self.calibration_[:, 1])

    def predict_proba(self, X):
        """Calibrated probability of each tag, shape (n_items, 4)."""
        check_is_fitted(self, "coef_")
        return self._proba_from_features(self.features_.transform(X))

    def predict(self, X):
        """Binary tag matrix, shape (n_items, 4), using ``thresholds_``."""
        return (self.predict_proba(X) >= self.thresholds_).astype(np.int8)

    def get_feature_names_out(self, input_features=None):
        return self.features_.get_feature_names_out()

    def explain(self, X, *, top=5):
        """For each item and tag, the terms that most raised that tag's score.

        Returns a list (one per item) of dicts ``tag -> [(term, contribution)]``.
        """
        check_is_fitted(self, "coef_")
        features = self.features_.transform(X).tocsr()
        names = self.get_feature_names_out()
        out = []
        for row in range(features.shape[0]):
            start, end = features.indptr[row], features.indptr[row + 1]
            columns, values = features.indices[start:end], features.data[start:end]
            per_tag = {}
            for k, tag in enumerate(TAGS):
                # Only what the item contains: its terms, and cues it has more of than usual.
                contributions = np.where(values > 0, values * self.coef_[k, columns], 0.0)
                order = np.argsort(-contributions)[:top]
                per_tag[tag] = [(str(names[columns[i]]), float(contributions[i])) for i in order if contributions[i] > 0]
            out.append(per_tag)
        return out

