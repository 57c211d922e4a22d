"""TF-IDF features over title and text, and the inputs they accept.

Title and body share one vocabulary; the title is added with a weight, so a
term in a headline counts more than the same term deep in the body, and each
feature is still one readable term (``get_feature_names_out``).
"""

from __future__ import annotations

import copy

import numpy as np
import scipy.sparse as sp
from sklearn.base import BaseEstimator, TransformerMixin
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.preprocessing import normalize
from sklearn.utils.validation import check_is_fitted

from newstag.corpus.text import as_title_text, normalise_spelling
from newstag.tagging.cues import CUES, cue_feature_names, cue_statistics

__all__ = ["TitleTextTfidf", "CueFeatures", "CUES", "cue_feature_names"]

class TitleTextTfidf(TransformerMixin, BaseEstimator):
    """TF-IDF of ``title + text`` plus ``title_weight`` times TF-IDF of the title.

    Parameters
    ----------
    title_weight : float, default 1.0
        Extra weight of title terms (0 ignores titles beyond the body).
    ngram_range : tuple, default (1, 2)
    min_df : int, default 2
    max_df : float, default 0.9
    sublinear_tf : bool, default True
    """

    def __init__(self, *, title_weight=1.0, ngram_range=(1, 2), min_df=2, max_df=0.9, sublinear_tf=True):
        self.title_weight = title_weight
        self.ngram_range = ngram_range
        self.min_df = min_df
        self.max_df = max_df
        self.sublinear_tf = sublinear_tf

    def fit(self, X, y=None):
        self.fit_transform(X)
        return self

    def fit_transform(self, X, y=None):
        # One tokenisation for fitting and transforming the training items.
        titles, texts = as_title_text(X)
        self.vectorizer_ = TfidfVectorizer(
            preprocessor=normalise_spelling,
            ngram_range=tuple(self.ngram_range),
            min_df=self.min_df,
            max_df=self.max_df,
            sublinear_tf=self.sublinear_tf,
            stop_words="english",
            dtype=np.float32,
        )
        body = self.vectorizer_.fit_transform([f"{title}\n{text}" for title, text in zip(titles, texts)])
        return self._with_titles(body, titles)

    def transform(self, X):
        check_is_fitted(self, "vectorizer_")
        titles, texts = as_title_text(X)
        return self._with_titles(self.vectorizer_.transform([f"{title}\n{text}" for title, text in zip(titles, texts)]),
                                 titles)

    def _with_titles(self, body, titles):
        if self.title_weight and any(titles):
            body = normalize(body + self.title_weight * self.vectorizer_.transform(titles))
        return sp.csr_matrix(body, dtype=np.float32)

    def get_feature_names_out(self, input_features=None):
        check_is_fitted(self, "vectorizer_")
        return self.vectorizer_.get_feature_names_out()

    # A saved model stores the vocabulary as one array of terms in column
    # order: skops writes a dict entry by entry, and rebuilding ~18k entries
    # was nearly all of the shipped model's load time (0.57 s against 0.01 s).
    def __getstate__(self):
        state = super().__getstate__()
        vectorizer = state.get("vectorizer_")
        if vectorizer is not None and getattr(vectorizer, "vocabulary_", None):
            vocabulary = vectorizer.vocabulary_
            vectorizer = copy.copy(vectorizer)
            vectorizer.vocabulary_ = {}
            terms = np.asarray(sorted(vocabulary, key=vocabulary.__getitem__), dtype=str)
            state = {**state, "vectorizer_": vectorizer, "_terms": terms}
        return state

    def __setstate__(self, state):
        state = dict(state)
        terms = state.pop("_terms", None)
        super().__setstate__(state)
        if terms is not None:
            self.vectorizer_.vocabulary_ = {term: i for i, term in enumerate(terms.tolist())}


class CueFeatures(TransformerMixin, BaseEstimator):
    """Sentence-level cue statistics per tag (see :mod:`newstag.tagging.cues`), standardised.

    Attributes
    ----------
    mean_, scale_ : ndarray
        Standardisation learned in ``fit``.
    tag_columns_ : dict
        Tag -> column indices of that tag's features.
    """

    def fit(self, X, y=None):
        self.fit_transform(X)
        return self

    def fit_transform(self, X, y=None):
        # The cue pass is the costly part: run it once for fit and transform.
        raw = self._raw(X)
        self.mean_ = raw.mean(axis=0)
        self.scale_ = raw.std(axis=0)
        self.scale_[self.scale_ == 0] = 1.0
        names = cue_feature_names()
        start, self.tag_columns_ = 0, {}
        for tag in names:
            self.tag_columns_[tag] = np.arange(start, start + len(names[tag]))
            start += len(names[tag])
        return (raw - self.mean_) / self.scale_

    def _raw(self, X) -> np.ndarray:
        titles, texts = as_title_text(X)
        return cue_statistics(titles, texts)

    def transform(self, X):
        check_is_fitted(self, "mean_")
        return (self._raw(X) - self.mean_) / self.scale_

    def get_feature_names_out(self, input_features=None):
        return np.asarray([name for names in cue_feature_names().values() for name in names])
