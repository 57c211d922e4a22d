"""A transparent keyword-rule tagger: the bar the classifier must clear.

Each tag fires when any of its terms, taken from the tag definitions in
``docs/annotation.md``, appears in the title or text.
"""

from __future__ import annotations

import re

import numpy as np
from sklearn.base import BaseEstimator, ClassifierMixin

from newstag.config import TAGS
from newstag.corpus.text import as_title_text

__all__ = ["KEYWORDS", "KeywordTagger"]

KEYWORDS = {
    "ceasefire": [
        r"cease-?\s?fire", r"truce", r"cessation of hostilities", r"de-?escalation zone",
        r"regime of silence", r"silence regime", r"humanitarian pause", r"reconciliation",
    ],
    "airstrike": [
        r"air\s?-?strikes?", r"air\s?-?raids?", r"warplanes?", r"war planes?", r"jets?", r"aircraft",
        r"helicopters?", r"barrel bombs?", r"drones?", r"sorties?", r"air force", r"aerospace",
        r"aviation", r"bombing",
    ],
    "humanitarian": [
        r"humanitarian", r"aid", r"convoys?", r"refugees?", r"displaced", r"evacuat\w*",
        r"besieged", r"siege", r"shortages?", r"returnees?", r"food", r"medical supplies",
    ],
    "diplomacy": [
        r"talks", r"negotiat\w*", r"geneva", r"astana", r"sochi", r"security council",
        r"secretary[- ]general", r"envoy", r"summit", r"foreign minist\w*", r"diplomat\w*",
        r"de mistura", r"lavrov", r"kerry", r"tillerson",
    ],
}

_PATTERNS = {tag: re.compile(r"\b(?:" + "|".join(terms) + r")\b", re.IGNORECASE) for tag, terms in KEYWORDS.items()}


class KeywordTagger(ClassifierMixin, BaseEstimator):
    """Tag an item with every tag one of whose keywords it contains.

    Parameters
    ----------
    min_hits : int, default 1
        How many keyword occurrences a tag needs.
    """

    def __init__(self, *, min_hits=1):
        self.min_hits = min_hits

    def fit(self, X=None, Y=None):
        self.classes_ = np.asarray(TAGS)
        return self

    def hits(self, X) -> np.ndarray:
        titles, texts = as_title_text(X)
        return np.array(
            [[len(_PATTERNS[tag].findall(f"{title}\n{text}")) for tag in TAGS] for title, text in zip(titles, texts)],
            dtype=np.int32,
        ).reshape(-1, len(TAGS))

    def predict(self, X):
        return (self.hits(X) >= self.min_hits).astype(np.int8)

    def predict_proba(self, X):
        return self.predict(X).astype(float)
