"""TF-IDF features over title and text, and the inputs they accept.

Title and body share one vocabulary; the title is added with a weight, so a
term in a headline counts more than the same term deep in the body, and each
feature is still one readable term (``get_feature_names_out``).
"""

from __future__ import annotations

import re
from functools import lru_cache

import numpy as np
import scipy.sparse as sp
from sklearn.base import BaseEstimator, TransformerMixin
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.preprocessing import normalize
from sklearn.utils.validation import check_is_fitted

__all__ = ["as_title_text", "TitleTextTfidf", "EvidenceFeatures", "NewsFeatures", "LEXICON"]

# Syrian-war reporting writes the same word several ways; fold them before
# tokenising so they share one feature.
_SPELLINGS = (
    ("cease-fire", "ceasefire"),
    ("cease fire", "ceasefire"),
    ("air strike", "airstrike"),
    ("air-strike", "airstrike"),
    ("air raid", "airraid"),
    ("air-raid", "airraid"),
    ("war planes", "warplanes"),
    ("war plane", "warplane"),
    ("de-escalation", "deescalation"),
)


def normalise_spelling(text: str) -> str:
    text = text.lower()
    for variant, canonical in _SPELLINGS:
        text = text.replace(variant, canonical)
    return text


def as_title_text(X) -> tuple[list[str], list[str]]:
    """Accept texts, (title, text) pairs, dicts, or a DataFrame; return two lists.

    A plain string is a text with no title.
    """
    if hasattr(X, "columns"):
        titles = X["title"].fillna("").astype(str).tolist() if "title" in X.columns else [""] * len(X)
        return titles, X["text"].fillna("").astype(str).tolist()
    if isinstance(X, str):
        X = [X]
    titles, texts = [], []
    for entry in X:
        if isinstance(entry, str):
            titles.append("")
            texts.append(entry)
        elif isinstance(entry, dict):
            titles.append(str(entry.get("title") or ""))
            texts.append(str(entry.get("text") or ""))
        else:
            title, text = entry
            titles.append(str(title or ""))
            texts.append(str(text or ""))
    return titles, texts


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
        self.vectorizer_.fit([f"{title}\n{text}" for title, text in zip(titles, texts)])
        return self

    def transform(self, X):
        check_is_fitted(self, "vectorizer_")
        titles, texts = as_title_text(X)
        body = self.vectorizer_.transform([f"{title}\n{text}" for title, text in zip(titles, texts)])
        if self.title_weight and any(titles):
            body = body + self.title_weight * self.vectorizer_.transform(titles)
            body = normalize(body)
        return sp.csr_matrix(body, dtype=np.float32)

    def get_feature_names_out(self, input_features=None):
        check_is_fitted(self, "vectorizer_")
        return self.vectorizer_.get_feature_names_out()


# Cue words per tag, from the definitions in docs/annotation.md. They count
# sentences, not documents: a tag needs a sentence or more of reporting.
LEXICON = {
    "ceasefire": r"ceasefires?|cease-?\s?fires?|truces?|cessation of hostilities|de-?escalation|regime of silence|"
    r"silence regime|humanitarian pauses?|reconciliation|(?:evacuation|local|settlement|surrender) (?:deal|agreement)s?|"
    r"freeze|violations?|violated|breach(?:es|ed)?",
    "airstrike": r"air\s?-?strikes?|air\s?-?raids?|airstrikes?|raids?|warplanes?|war planes?|jets?|aircraft|helicopters?|"
    r"barrel\s?bombs?|drones?|sorties?|air force|air forces|aerospace|aviation|bomb(?:ing|ed|s)?|bombard\w*|"
    r"from the air|planes?|air campaign|aerial",
    "not_airstrike": r"shell(?:ing|ed|s)?|mortars?|rockets?|artillery|tomahawks?|cruise missiles?|car bombs?|suicide|"
    r"ied|explosive device",
    "humanitarian": r"humanitarian|aid|convoys?|refugees?|displaced|displacement|evacuat\w*|besieged|sieges?|shortages?|"
    r"returnees?|food|medicines?|medical supplies|hospitals?|fled|flee(?:ing)?|camps?|unhcr|ocha|wfp|red crescent|"
    r"icrc|red cross|starv\w*|hunger|shelter",
    "diplomacy": r"talks|negotiat\w*|geneva|astana|sochi|security council|secretary[- ]general|guterres|ban ki-moon|"
    r"envoy|de mistura|summit|foreign minist\w*|ministry of foreign affairs|diplomat\w*|ambassadors?|lavrov|kerry|"
    r"tillerson|letters?|resolutions?|phone call|telephone|met with|visit\w*|condemn\w*|united nations|un",
}
_EVIDENCE_STATS = ("sentences_log", "sentence_share", "in_title", "in_lead", "hits_log")
_SENTENCE_SPLIT = re.compile(r"(?<=[.!?])\s+|\n+")


@lru_cache(maxsize=64)
def _compile(lexicon: tuple) -> tuple:
    return tuple(re.compile(r"\b(?:" + pattern + r")\b", re.IGNORECASE) for _, pattern in lexicon)


# Cross-validation featurises the same item many times; the cue counts of an
# item do not depend on the training fold, so they are computed once.
@lru_cache(maxsize=16384)
def _evidence_row(lexicon: tuple, title: str, text: str) -> tuple:
    # The headline counts as a sentence: the guidelines let a headline alone earn a tag.
    sentences = ([title] if title.strip() else []) + ([s for s in _SENTENCE_SPLIT.split(text) if len(s) > 20] or [text])
    row = []
    for pattern in _compile(lexicon):
        hits = [len(pattern.findall(sentence)) for sentence in sentences]
        with_hit = sum(h > 0 for h in hits)
        row += [np.log1p(with_hit), with_hit / len(sentences), float(bool(pattern.search(title))),
                float(any(hits[:2])), np.log1p(sum(hits))]
    return tuple(row)


class EvidenceFeatures(TransformerMixin, BaseEstimator):
    """Sentence-level cue counts per tag, standardised.

    For each cue list: log of the number of sentences with a cue, their share
    of all sentences, a cue in the title, a cue in the first two sentences,
    and log of all cue occurrences.

    Parameters
    ----------
    lexicon : dict or None
        Cue regular expressions by name; None uses :data:`LEXICON`.
    """

    def __init__(self, *, lexicon=None):
        self.lexicon = lexicon

    def _raw(self, X) -> np.ndarray:
        lexicon = tuple((LEXICON if self.lexicon is None else self.lexicon).items())
        titles, texts = as_title_text(X)
        rows = [_evidence_row(lexicon, title, text) for title, text in zip(titles, texts)]
        return np.asarray(rows, dtype=np.float64).reshape(len(texts), -1)

    def fit(self, X, y=None):
        raw = self._raw(X)
        self.mean_ = raw.mean(axis=0)
        self.scale_ = raw.std(axis=0)
        self.scale_[self.scale_ == 0] = 1.0
        return self

    def transform(self, X):
        check_is_fitted(self, "mean_")
        return (self._raw(X) - self.mean_) / self.scale_

    def get_feature_names_out(self, input_features=None):
        lexicon = LEXICON if self.lexicon is None else self.lexicon
        return np.asarray([f"[cue:{name}] {stat}" for name in lexicon for stat in _EVIDENCE_STATS])


class NewsFeatures(TransformerMixin, BaseEstimator):
    """The tagger's features: weighted TF-IDF terms beside cue evidence.

    Parameters
    ----------
    tfidf_weight : float, default 5.0
        Scale of the TF-IDF block against the standardised cue block; with one
        regularisation strength this sets how much each block may say.
    title_weight, min_df, ngram_range :
        Passed to :class:`TitleTextTfidf`.
    use_evidence : bool, default True
        Add :class:`EvidenceFeatures`.
    """

    def __init__(self, *, tfidf_weight=5.0, title_weight=0.0, min_df=2, ngram_range=(1, 2), use_evidence=True):
        self.tfidf_weight = tfidf_weight
        self.title_weight = title_weight
        self.min_df = min_df
        self.ngram_range = ngram_range
        self.use_evidence = use_evidence

    def fit(self, X, y=None):
        self.tfidf_ = TitleTextTfidf(title_weight=self.title_weight, min_df=self.min_df, ngram_range=self.ngram_range).fit(X)
        self.evidence_ = EvidenceFeatures().fit(X) if self.use_evidence else None
        return self

    def transform(self, X):
        check_is_fitted(self, "tfidf_")
        blocks = [self.tfidf_.transform(X) * np.float32(self.tfidf_weight)]
        if self.evidence_ is not None:
            blocks.append(sp.csr_matrix(self.evidence_.transform(X).astype(np.float32)))
        return sp.hstack(blocks, format="csr", dtype=np.float32)

    def get_feature_names_out(self, input_features=None):
        names = [self.tfidf_.get_feature_names_out()]
        if self.evidence_ is not None:
            names.append(self.evidence_.get_feature_names_out())
        return np.concatenate(names)
