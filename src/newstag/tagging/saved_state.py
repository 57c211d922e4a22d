"""How the sentence tagger is saved: its vectorizer's vocabulary once, as an array.

skops writes lists and dicts entry by entry, and a fitted ``TfidfVectorizer``
given its vocabulary holds it twice (the list it was given and the dict it
built, 20k terms each): that was nearly all of the shipped model's load time
(0.5 s against 0.01 s).
"""

from __future__ import annotations

import copy

import numpy as np

__all__ = ["VocabularyOnce"]


class VocabularyOnce:
    """Mixin: the state of an estimator with a fitted ``vectorizer_``, its vocabulary stored once.

    ``__getstate__`` replaces the vocabulary (and ``dropped_terms_``, an
    object array) by arrays of strings; ``__setstate__`` rebuilds them. A
    model saved without them loads as it was saved.
    """

    def __getstate__(self):
        state = super().__getstate__()
        vectorizer = state.get("vectorizer_")
        if vectorizer is None or not getattr(vectorizer, "vocabulary_", None):
            return state
        vocabulary = vectorizer.vocabulary_
        terms = sorted(vocabulary, key=vocabulary.__getitem__)
        if any(term.endswith("\0") for term in terms):
            return state  # a numpy string array would lose the trailing NUL
        compact = copy.copy(vectorizer)
        compact.vocabulary_ = {}
        state = {**state, "vectorizer_": compact, "_terms": np.asarray(terms, dtype=str)}
        if isinstance(vectorizer.vocabulary, list) and vectorizer.vocabulary == terms:
            compact.vocabulary = None
            state["_vocabulary_is_terms"] = True
        dropped = state.get("dropped_terms_")
        if dropped is not None and not any(str(term).endswith("\0") for term in dropped):
            state["dropped_terms_"] = np.asarray(dropped, dtype=str)
        return state

    def __setstate__(self, state):
        state = dict(state)
        terms = state.pop("_terms", None)
        given = state.pop("_vocabulary_is_terms", False)
        super().__setstate__(state)
        if terms is not None:
            terms = terms.tolist()
            self.vectorizer_.vocabulary_ = {term: i for i, term in enumerate(terms)}
            if given:
                self.vectorizer_.vocabulary = terms
        dropped = getattr(self, "dropped_terms_", None)
        if dropped is not None and dropped.dtype.kind == "U":
            self.dropped_terms_ = dropped.astype(object)
