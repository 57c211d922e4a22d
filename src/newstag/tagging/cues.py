"""Sentence-level cue statistics of the tagger's domain lexicon.

The lexicon (:data:`CUES`, written in :mod:`newstag.tagging.lexicon`) lists
for each cue a few words and phrases. Rather than searching every sentence
for every phrase, the phrases are expanded once into sequences of tokens,
and each text is tokenised once and looked up phrase by phrase
(:class:`newstag.tagging.phrase_matcher.PhraseMatcher`: a few dictionary
lookups per word). Statistics per item (how many sentences name
the matter, in the headline or lead, in current reporting or background) are
then computed for a whole batch of items at once with numpy.
"""

from __future__ import annotations

import re
from functools import lru_cache

import numpy as np

from newstag.tagging.joined import join, tokens_of_joined, tokens_of_texts
from newstag.tagging.lexicon import CUES
from newstag.tagging.phrase_matcher import PhraseMatcher

__all__ = ["CUES", "CUE_TOKEN", "cue_feature_names", "cue_statistics", "count_cues", "cue_hits"]

_TAG_NAMES = ("ceasefire", "airstrike", "humanitarian", "diplomacy")
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
# Punctuation is kept as tokens of its own, so that a phrase never matches
# across a comma or a dash the phrase does not have. Tokens hold no
# whitespace and depend on no context, so texts can be tokenised joined
# (newstag.tagging.joined).
_TOKEN = re.compile(r"\w+|[^\w\s]+")
#: The pattern of the cue tokens.
CUE_TOKEN = _TOKEN


def cue_feature_names() -> dict[str, list[str]]:
    """Names of the cue features of each tag, in column order."""
    names = {}
    for tag in _TAG_NAMES:
        stats = _TAG_STATS + (_AIRSTRIKE_EXTRA if tag == "airstrike" else ())
        names[tag] = [f"[cue:{tag}] {stat}" for stat in stats]
    return names


@lru_cache(maxsize=4)
def _cached_lexicon(cues: tuple) -> PhraseMatcher:
    return PhraseMatcher(cues)


def _lexicon(cues: dict | None) -> PhraseMatcher:
    key = tuple((CUES if cues is None else cues).items())
    if not all(type(entries) is tuple for _, entries in key):
        # Entries given as lists: the cache needs them hashable. A single
        # string is passed on, for phrases() to refuse.
        key = tuple((name, entries if isinstance(entries, str) else tuple(entries)) for name, entries in key)
    return _cached_lexicon(key)


def _sentences(text: str) -> list[str]:
    return [s for s in _SENTENCE_SPLIT.split(text) if len(s) > 20] or [text]


def count_cues(text: str, *, cues: dict | None = None) -> dict[str, list[int]]:
    """Matches of each cue in each sentence of ``text`` (to see what the tagger counts).

    ``cues`` maps cue names to lists of entries in the notation of
    :mod:`newstag.tagging.lexicon`; default :data:`CUES`.
    """
    lexicon = _lexicon(cues)
    per_sentence = lexicon.count_many(list(map(_TOKEN.findall, _sentences(text.lower())))).astype(int)
    return {name: per_sentence[:, i].tolist() for i, name in enumerate(lexicon.names)}


def cue_hits(texts, *, cues: dict | None = None, joined_lowered: str | None = None, tokens=None) -> np.ndarray:
    """Matches of each cue in each text, taken whole (e.g. one sentence each).

    Shape (n_texts, n_cues), columns in the order of ``cues`` (default
    :data:`CUES`). ``joined_lowered``, when given, is
    ``joined.join([t.lower() for t in texts])`` (see
    :mod:`newstag.tagging.joined`; the tagger has it already). ``tokens``,
    when given, are the cue tokens of that joined text and the text (row)
    of each, -1 for a separator (:func:`newstag.tagging.both_tokens.both_tokens`).
    """
    lexicon = _lexicon(cues)
    texts = list(texts)
    if tokens is not None:
        return lexicon.count_tokens(tokens[0], tokens[1], len(texts))
    if joined_lowered is None:
        lowered = list(map(str.lower, texts))
        joined_lowered = join(lowered)
    if joined_lowered is None:
        tokens, rows = tokens_of_texts(_TOKEN.findall, lowered)
    else:
        # A chunk of letters and digits is one token of _TOKEN.
        tokens, rows = tokens_of_joined(_TOKEN.findall, joined_lowered, len(texts), whole=str.isalnum)
    return lexicon.count_tokens(tokens, rows, len(texts))


# --------------------------------------------------------------- statistics
def cue_statistics(titles, texts, *, cues: dict | None = None) -> np.ndarray:
    """Cue statistics of each item, shape (n_items, n_features), columns as in :func:`cue_feature_names`.

    ``cues`` as in :func:`count_cues`; it must name the cues of :data:`CUES`.
    """
    lexicon = _lexicon(cues)
    column = {name: i for i, name in enumerate(lexicon.names)}
    title_tokens, sentences, sentence_item = [], [], []
    for item, (title, text) in enumerate(zip(titles, texts)):
        found = _sentences(text.lower())
        sentences += found
        sentence_item += [item] * len(found)
        title_tokens.append(_TOKEN.findall(title.lower()))
    n_items = len(title_tokens)
    if n_items == 0:
        return np.zeros((0, sum(len(v) for v in cue_feature_names().values())))
    # Titles and sentences in one batch: one lookup of all their tokens.
    counted = lexicon.count_many(title_tokens + list(map(_TOKEN.findall, sentences)))
    in_title, hits = counted[:n_items], counted[n_items:]
    item = np.asarray(sentence_item)
    starts = np.flatnonzero(np.r_[True, item[1:] != item[:-1]])
    n = np.diff(np.r_[starts, len(item)]).astype(np.float64)
    position = np.arange(len(item)) - np.repeat(starts, n.astype(int))

    # Per-sentence indicators, summed per item in one pass: a few large
    # numpy calls rather than many small ones keep single-item calls fast.
    strong = hits[:, [column[f"{tag}_strong"] for tag in _TAG_NAMES]]
    weak = hits[:, [column[f"{tag}_weak"] for tag in _TAG_NAMES]]
    has = strong > 0
    score = 2 * strong + weak
    now = (hits[:, column["now"]] > 0)[:, None]
    background = (hits[:, column["background"]] > 0)[:, None]
    negative_hits = hits[:, column["not_airstrike"]]
    negative = negative_hits > 0
    air = _TAG_NAMES.index("airstrike")
    indicators = np.concatenate([
        has, has & (position < 2)[:, None], has & (position < 1)[:, None], has & now & ~background,
        has & background, has & ~background, has & (weak > 0), strong, weak, (score >= 3) & ~background,
        np.column_stack([has[:, air] & ~negative, negative & ~has[:, air], negative_hits,
                         (weak[:, air] > 0) & ~negative]),
    ], axis=1).astype(np.float64)
    sums = np.add.reduceat(indicators, starts, axis=0)
    block = {name: sums[:, 4 * j:4 * j + 4] for j, name in enumerate(
        ("has", "lead2", "lead1", "current", "background", "non_background", "with_weak", "strong", "weak",
         "strong_current"))}
    extra = sums[:, 40:]
    best = np.maximum.reduceat(score, starts, axis=0)
    first = np.minimum.reduceat(np.where(has, position[:, None], np.inf), starts, axis=0)
    # Top two sentence scores per item: sort each column with the item as the major key.
    offset = (score.max() + 1) * item[:, None]
    ordered = np.sort(score + offset, axis=0) - offset
    ends = np.r_[starts[1:], len(item)] - 1
    best_two = ordered[ends] + np.where((n >= 2)[:, None], ordered[np.maximum(ends - 1, 0)], 0.0)

    columns = []
    for t, tag in enumerate(_TAG_NAMES):
        columns += [
            np.log1p(block["has"][:, t]), block["has"][:, t] / n,
            (in_title[:, column[f"{tag}_strong"]] > 0).astype(float), (in_title[:, column[f"{tag}_weak"]] > 0).astype(float),
            (block["lead2"][:, t] > 0).astype(float), (block["lead1"][:, t] > 0).astype(float),
            np.where(np.isfinite(first[:, t]), first[:, t] / n, 1.0),
            np.log1p(block["current"][:, t]), np.log1p(block["background"][:, t]),
            np.log1p(block["non_background"][:, t]), np.log1p(best[:, t]), np.log1p(best_two[:, t]),
            np.log1p(block["with_weak"][:, t]), np.log1p(block["strong"][:, t]), np.log1p(block["weak"][:, t]),
            np.log1p(block["strong_current"][:, t]),
        ]
        if tag == "airstrike":
            title_negative = in_title[:, column["not_airstrike"]] > 0
            columns += [
                np.log1p(extra[:, 0]), np.log1p(extra[:, 1]),
                title_negative.astype(float),
                (title_negative & (in_title[:, column["airstrike_strong"]] == 0)).astype(float),
                np.log1p(extra[:, 2]), np.log1p(extra[:, 3]),
            ]
    return np.column_stack(columns)
