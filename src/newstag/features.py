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

__all__ = ["as_title_text", "TitleTextTfidf", "CueFeatures", "CUES", "cue_feature_names"]

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


# Cue words per tag, from the definitions and edge cases in
# docs/annotation.md. "strong" cues name the matter; "weak" cues point to it
# in context; "now" and "background" cues tell current reporting from
# history, which the guidelines treat differently. Cues are counted per
# sentence, because a tag needs a sentence or more of reporting.
CUES = {
    "ceasefire_strong": r"ceasefires?|cease-?\s?fires?|truces?|cessation of hostilities|de-?escalation zones?|de-?escalation|"
    r"regime of silence|silence regime|humanitarian pauses?|(?:daily|humanitarian|\d+-hour) pauses?|"
    r"pauses? in (?:the )?fighting|reconciliation (?:cent(?:re|er)|deals?|agreements?|process)|"
    r"(?:evacuation|local|settlement|surrender|reconciliation|withdrawal|population[- ]swap|swap|four towns) "
    r"(?:deal|agreement)s?|four towns|local freezes?|freeze|armistice|safe zones?|truce zones?",
    "ceasefire_weak": r"violations?|violated|violating|breach(?:es|ed)?|reconcil\w*|amnesty|lay down (?:their )?arms|"
    r"safe passage|settle (?:their|its) status|agreed|deal|agreement|brokered|halt (?:to )?(?:the )?fighting|hostilities",
    "airstrike_strong": r"air\s?-?strikes?|air\s?-?raids?|airraids?|airstrikes?|warplanes?|war\s?planes?|fighter jets?|jets?|"
    r"aircraft|helicopters?|choppers?|gunships?|barrel\s?-?bombs?|drones?|sorties?|air forces?|aerospace forces?|"
    r"aviation|from the air|air campaign|aerial|bombers?|airborne|dropped",
    "airstrike_weak": r"raids?|strikes?|bomb(?:ing|ings|ed|s)?|bombard\w*|pound(?:ed|ing|s)?|missiles?|planes?|coalition|"
    r"russian|regime|sarin|chlorine|vacuum bombs?|cluster (?:bombs?|munitions?)|targeted|hit",
    "not_airstrike": r"shell(?:ing|ed|s)?|mortars?|rockets?|artillery|tomahawks?|cruise missiles?|car bombs?|suicide|ieds?|"
    r"explosive device|(?:ground|surface)-to-(?:ground|surface)|warships?|destroyers?|from ships?|tunnel|sniper|booby",
    "humanitarian_strong": r"humanitarian (?:aid|assistance|access|corridors?|situation|crisis|convoys?|supplies|deliver\w*|"
    r"workers?|agenc\w*)|aid (?:convoys?|deliver\w*|workers?|agenc\w*|trucks?|supplies)|convoys?|refugees?|displaced|"
    r"displacement|idps?|returnees?|evacuat\w* (?:of )?(?:civilians|the wounded|wounded|sick|families|residents|children)|"
    r"fled|flee(?:ing)?|exodus|refugee camps?|camps?|unhcr|ocha|wfp|world health organi[sz]ation|unicef|red crescent|"
    r"icrc|red cross|starv\w*|hunger|malnutrition|shortages?|besieged|sieges?|trapped|medical supplies|medicines?",
    "humanitarian_weak": r"humanitarian|aid|assistance|evacuat\w*|food|water|fuel|electricity|hospitals?|medical|clinics?|"
    r"doctors?|shelter\w*|civilians|residents|families|homes|return(?:ed|ing)?|supplies|relief|corridors?|wounded|"
    r"injured|children",
    "diplomacy_strong": r"talks|negotiat\w*|geneva|astana|sochi|security council|unsc|secretary[- ]general|guterres|"
    r"ban ki-?moon|envoy|de mistura|staffan|summit|foreign minist\w*|ministry of foreign affairs|"
    r"foreign affairs ministry|state department|diplomat\w*|ambassadors?|lavrov|kerry|tillerson|pompeo|zarif|"
    r"cavusoglu|phone (?:call|conversation)|telephone|vetoe?d?s?|resolutions?|peace (?:conference|process|plan)|"
    r"brokered|mediat\w*|letters? (?:to|addressed)",
    "diplomacy_weak": r"letters?|met with|meeting|visit\w*|condemn\w*|united nations|un|agreed|agreement|urged|called on|"
    r"demand\w*|washington|moscow|ankara|tehran|putin|obama|trump|erdogan|rouhani|merkel|macron|statement|"
    r"international community|countries|government",
    "now": r"today|tonight|yesterday|this (?:week|morning|afternoon|evening|month)|monday|tuesday|wednesday|thursday|"
    r"friday|saturday|sunday|currently|now|ongoing|latest|overnight|hours?|announced|said|told|reported",
    "background": r"since (?:19|20)\d\d|since (?:january|february|march|april|may|june|july|august|september|october|"
    r"november|december)|in (?:19|20)\d\d|last (?:year|month|summer|winter|spring|autumn|fall)|earlier this year|"
    r"years? ago|previous(?:ly)?|had been|have been|has been|began|started|former|years of|"
    r"since the (?:start|beginning|outbreak)|throughout|history|conflict (?:began|erupted|started)|civil war",
}
_TAG_STATS = (
    "sentences", "sentence_share", "title_strong", "title_weak", "in_first_two", "in_first", "first_position",
    "current_sentences", "background_sentences", "non_background_sentences", "best_sentence", "best_two_sentences",
    "strong_and_weak_sentences", "strong_hits", "weak_hits", "strong_current_sentences",
)
_AIRSTRIKE_EXTRA = (
    "air_without_negative", "negative_without_air", "title_negative", "title_negative_only", "negative_hits",
    "weak_without_negative",
)
_SENTENCE_SPLIT = re.compile(r"(?<=[.!?])\s+|\n+")
_TAG_NAMES = ("ceasefire", "airstrike", "humanitarian", "diplomacy")


def cue_feature_names() -> dict[str, list[str]]:
    """Names of the cue features of each tag, in column order."""
    names = {}
    for tag in _TAG_NAMES:
        stats = _TAG_STATS + (_AIRSTRIKE_EXTRA if tag == "airstrike" else ())
        names[tag] = [f"[cue:{tag}] {stat}" for stat in stats]
    return names


@lru_cache(maxsize=4)
def _compile(cues: tuple) -> dict:
    # Matched against lower-cased text: IGNORECASE makes these patterns ~4x slower.
    return {name: re.compile(r"\b(?:" + pattern.lower() + r")\b") for name, pattern in cues}


# Cross-validation featurises the same item many times; its cue counts do
# not depend on the training fold, so they are computed once per item. The
# cache is small: tagging new items never hits it, and it holds their texts.
@lru_cache(maxsize=4096)
def _cue_row(cues: tuple, title: str, text: str) -> tuple:
    patterns = _compile(cues)
    title, text = title.lower(), text.lower()
    sentences = [s for s in _SENTENCE_SPLIT.split(text) if len(s) > 20] or [text]
    n = len(sentences)
    hits = {name: np.array([len(p.findall(s)) for s in sentences]) for name, p in patterns.items()}
    in_title = {name: len(p.findall(title)) for name, p in patterns.items()}
    now, background = hits["now"] > 0, hits["background"] > 0
    row = []
    for tag in _TAG_NAMES:
        strong, weak = hits[f"{tag}_strong"], hits[f"{tag}_weak"]
        has = strong > 0
        score = 2 * strong + weak
        row += [
            np.log1p(has.sum()), has.mean(), float(in_title[f"{tag}_strong"] > 0), float(in_title[f"{tag}_weak"] > 0),
            float(has[:2].any()), float(has[:1].any()), (np.argmax(has) / n if has.any() else 1.0),
            np.log1p((has & now & ~background).sum()), np.log1p((has & background).sum()),
            np.log1p((has & ~background).sum()), np.log1p(score.max()), np.log1p(np.sort(score)[-2:].sum()),
            np.log1p((has & (weak > 0)).sum()), np.log1p(strong.sum()), np.log1p(weak.sum()),
            np.log1p(((score >= 3) & ~background).sum()),
        ]
        if tag == "airstrike":
            negative = hits["not_airstrike"] > 0
            row += [
                np.log1p((has & ~negative).sum()), np.log1p((negative & ~has).sum()),
                float(in_title["not_airstrike"] > 0),
                float(in_title["not_airstrike"] > 0 and in_title["airstrike_strong"] == 0),
                np.log1p(hits["not_airstrike"].sum()), np.log1p(((weak > 0) & ~negative).sum()),
            ]
    return tuple(float(v) for v in row)


class CueFeatures(TransformerMixin, BaseEstimator):
    """Sentence-level cue statistics per tag (see :data:`CUES`), standardised.

    Attributes
    ----------
    mean_, scale_ : ndarray
        Standardisation learned in ``fit``.
    tag_columns_ : dict
        Tag -> column indices of that tag's features.
    """

    def fit(self, X, y=None):
        raw = self._raw(X)
        self.mean_ = raw.mean(axis=0)
        self.scale_ = raw.std(axis=0)
        self.scale_[self.scale_ == 0] = 1.0
        names = cue_feature_names()
        start, self.tag_columns_ = 0, {}
        for tag in _TAG_NAMES:
            self.tag_columns_[tag] = np.arange(start, start + len(names[tag]))
            start += len(names[tag])
        return self

    def _raw(self, X) -> np.ndarray:
        cues = tuple(CUES.items())
        titles, texts = as_title_text(X)
        rows = [_cue_row(cues, title, text) for title, text in zip(titles, texts)]
        return np.asarray(rows, dtype=np.float64).reshape(len(texts), -1)

    def transform(self, X):
        check_is_fitted(self, "mean_")
        return (self._raw(X) - self.mean_) / self.scale_

    def get_feature_names_out(self, input_features=None):
        return np.asarray([name for names in cue_feature_names().values() for name in names])
