"""Sentence-level cue statistics: the matcher of the tagger's domain lexicon.

The lexicon (:data:`CUES`, written in :mod:`newstag.tagging.lexicon`) lists
for each cue a few words and phrases. Rather than searching every sentence
for every phrase, the phrases are expanded once into sequences of tokens,
and each text is tokenised once and looked up phrase by phrase: a few
dictionary lookups per word. Statistics per item (how many sentences name
the matter, in the headline or lead, in current reporting or background) are
then computed for a whole batch of items at once with numpy.
"""

from __future__ import annotations

import re
from functools import lru_cache

import numpy as np

from newstag.tagging.lexicon import CUES, phrases

__all__ = ["CUES", "cue_feature_names", "cue_statistics", "count_cues", "cue_hits"]

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
# across a comma or a dash the phrase does not have.
_TOKEN = re.compile(r"\w+|[^\w\s]+")


def cue_feature_names() -> dict[str, list[str]]:
    """Names of the cue features of each tag, in column order."""
    names = {}
    for tag in _TAG_NAMES:
        stats = _TAG_STATS + (_AIRSTRIKE_EXTRA if tag == "airstrike" else ())
        names[tag] = [f"[cue:{tag}] {stat}" for stat in stats]
    return names


def _same(token: str, matcher) -> bool:
    return token == matcher if isinstance(matcher, str) else matcher.fullmatch(token) is not None


class _Lexicon:
    """Phrases of every cue, indexed by their first token."""

    _MAX_MEMO = 200_000

    def __init__(self, cues: tuple):
        self.names = [name for name, _ in cues]
        self.by_first_literal: dict[str, list] = {}
        self.by_first_pattern: list = []
        for index, (_, entries) in enumerate(cues):
            for preference, phrase in enumerate(phrases(entries)):
                entry = (index, preference, phrase[1:])
                if isinstance(phrase[0], str):
                    self.by_first_literal.setdefault(phrase[0], []).append(entry)
                else:
                    self.by_first_pattern.append((phrase[0], entry))
        self.memo: dict[str, tuple] = {}
        self.starters: set[str] = set()

    def entries(self, token: str) -> tuple:
        """(cue index, rest of phrase, its length, whether it is all literal) of the phrases that can start at ``token``.

        Per cue in the lexicon's order of preference: the first phrase that
        matches wins, even where a later one is longer.
        """
        found = self.memo.get(token)
        if found is None:
            candidates = list(self.by_first_literal.get(token, ()))
            candidates += [entry for first, entry in self.by_first_pattern if first.fullmatch(token)]
            found = tuple((cue, list(rest), len(rest), all(isinstance(m, str) for m in rest))
                          for cue, _, rest in sorted(candidates, key=lambda entry: entry[:2]))
            if len(self.memo) > self._MAX_MEMO:
                self.memo.clear()
                self.starters.clear()
            self.memo[token] = found
            if found:
                self.starters.add(token)
        return found

    def count(self, tokens: list[str]) -> list[int]:
        """Non-overlapping phrase matches of each cue in a token sequence."""
        memo = self.memo
        for token in set(tokens).difference(memo):
            self.entries(token)
        counts = [0] * len(self.names)
        starters = self.starters
        # Most words start no phrase: only the positions of those that do are visited.
        positions = [i for i, token in enumerate(tokens) if token in starters]
        if not positions:
            return counts
        free_from = [0] * len(self.names)
        n_tokens = len(tokens)
        for i in positions:
            matched_cue = -1
            for cue, rest, n_rest, literal in memo[tokens[i]]:
                if cue == matched_cue or i < free_from[cue]:
                    continue
                end = i + 1 + n_rest
                if n_rest:
                    if end > n_tokens:
                        continue
                    following = tokens[i + 1:end]
                    if literal:
                        if following != rest:
                            continue
                    elif not all(_same(t, m) for t, m in zip(following, rest)):
                        continue
                counts[cue] += 1
                free_from[cue] = end
                matched_cue = cue
        return counts


@lru_cache(maxsize=4)
def _cached_lexicon(cues: tuple) -> _Lexicon:
    return _Lexicon(cues)


def _lexicon(cues: dict | None) -> _Lexicon:
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
    per_sentence = [lexicon.count(_TOKEN.findall(s)) for s in _sentences(text.lower())]
    return {name: [row[i] for row in per_sentence] for i, name in enumerate(lexicon.names)}


def cue_hits(texts, *, cues: dict | None = None) -> np.ndarray:
    """Matches of each cue in each text, taken whole (e.g. one sentence each).

    Shape (n_texts, n_cues), columns in the order of ``cues`` (default :data:`CUES`).
    """
    lexicon = _lexicon(cues)
    rows = [lexicon.count(_TOKEN.findall(text.lower())) for text in texts]
    return np.asarray(rows, dtype=np.float64).reshape(len(rows), len(lexicon.names))


# --------------------------------------------------------------- statistics
def cue_statistics(titles, texts, *, cues: dict | None = None) -> np.ndarray:
    """Cue statistics of each item, shape (n_items, n_features), columns as in :func:`cue_feature_names`.

    ``cues`` as in :func:`count_cues`; it must name the cues of :data:`CUES`.
    """
    lexicon = _lexicon(cues)
    column = {name: i for i, name in enumerate(lexicon.names)}
    counts, sentence_item, title_counts = [], [], []
    for item, (title, text) in enumerate(zip(titles, texts)):
        sentences = _sentences(text.lower())
        counts += [lexicon.count(_TOKEN.findall(s)) for s in sentences]
        sentence_item += [item] * len(sentences)
        title_counts.append(lexicon.count(_TOKEN.findall(title.lower())))
    n_items = len(title_counts)
    if n_items == 0:
        return np.zeros((0, sum(len(v) for v in cue_feature_names().values())))
    hits = np.asarray(counts, dtype=np.float64).reshape(len(counts), len(lexicon.names))
    in_title = np.asarray(title_counts, dtype=np.float64).reshape(n_items, len(lexicon.names))
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
