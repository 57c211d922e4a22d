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
from itertools import chain, repeat

import numpy as np

from newstag.tagging.joined import join, tokens_of_joined, tokens_of_texts
from newstag.tagging.lexicon import CUES, phrases

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


def _same(token: str, matcher) -> bool:
    return token == matcher if isinstance(matcher, str) else matcher.fullmatch(token) is not None


def _any_of(patterns) -> re.Pattern:
    """One pattern that matches a whole token iff one of ``patterns`` does (never, for none)."""
    return re.compile("|".join(f"(?:{pattern.pattern})" for pattern in patterns) or "(?!)")


class _Lexicon:
    """Phrases of every cue, indexed by their first token, and what each token seen so far can do.

    Each distinct token is looked up once and given a class: the cues whose
    preferred phrase at this token is the token alone (*fixed*: every
    occurrence is a match, unless a longer match of the same cue covers
    it), the cues with a longer preferred phrase here (*contextual*: to be
    tried against the words that follow), and the second words of phrases
    that the token is (so a contextual word followed by a word no phrase
    continues with is passed over without trying its phrases). Tokens are
    then counted class by class with numpy.
    """

    _MAX_MEMO = 200_000

    def __init__(self, cues: tuple):
        self.names = [name for name, _ in cues]
        self.by_first_literal: dict[str, list] = {}
        self.by_first_pattern: list = []
        seconds = []
        for index, (_, entries) in enumerate(cues):
            for preference, phrase in enumerate(phrases(entries)):
                entry = (index, preference, phrase[1:])
                if isinstance(phrase[0], str):
                    self.by_first_literal.setdefault(phrase[0], []).append(entry)
                else:
                    self.by_first_pattern.append((phrase[0], entry))
                seconds += phrase[1:2]
        self.second_literals = {m for m in seconds if isinstance(m, str)}
        self.second_patterns = list(dict.fromkeys(m for m in seconds if not isinstance(m, str)))
        # Thousands of phrases can share one open-ended first word ("agree*"): each
        # distinct pattern is tried once per token, and compiled once into the test below.
        self._entries_by_first_pattern: dict[str, tuple] = {}
        for first, entry in self.by_first_pattern:
            self._entries_by_first_pattern.setdefault(first.pattern, (first, []))[1].append(entry)
        # Most tokens match no open-ended first or second word: one test of all
        # of them at once spares trying each (the patterns hold no flags or groups).
        self._any_first_pattern = _any_of(first for first, _ in self._entries_by_first_pattern.values())
        self._any_second_pattern = _any_of(self.second_patterns)
        self.token_class: dict[str, int] = {}
        # Class 0: a token that starts no phrase and continues none.
        self.classes: list[tuple] = [((), (), frozenset())]
        self._class_index = {self.classes[0]: 0}
        self._tables = None

    def entries(self, token: str) -> tuple:
        """Per cue, in the lexicon's order: ``(cue index, phrases)`` of the phrases that can start at ``token``.

        Each phrase is ``(rest of phrase, its length, whether it is all
        literal)``, in the cue's order of preference: the first phrase that
        matches wins, even where a later one is longer.
        """
        candidates = list(self.by_first_literal.get(token, ()))
        if self._any_first_pattern.fullmatch(token):
            candidates += [entry for first, entries in self._entries_by_first_pattern.values()
                           if first.fullmatch(token) for entry in entries]
        per_cue: dict[int, list] = {}
        for cue, _, rest in sorted(candidates, key=lambda entry: entry[:2]):
            per_cue.setdefault(cue, []).append((tuple(rest), len(rest), all(isinstance(m, str) for m in rest)))
        return tuple((cue, tuple(found)) for cue, found in per_cue.items())

    def _classify(self, token: str) -> tuple:
        found = self.entries(token)
        fixed = tuple(cue for cue, options in found if options[0][1] == 0)
        contextual = tuple((cue, options) for cue, options in found if options[0][1] != 0)
        seconds = {token} & self.second_literals
        if self._any_second_pattern.fullmatch(token):
            seconds.update(m for m in self.second_patterns if m.fullmatch(token))
        return fixed, contextual, frozenset(seconds)

    def _learn(self, tokens: set[str]) -> None:
        """Classify tokens not seen before (emptying the memo first when it would grow too large).

        Class numbers stay valid when the memo is emptied: only the tokens are forgotten.
        """
        if len(self.token_class) + len(tokens) > self._MAX_MEMO:
            self.token_class.clear()
        for token in tokens:
            key = self._classify(token)
            found = self._class_index.get(key)
            if found is None:
                found = self._class_index[key] = len(self.classes)
                self.classes.append(key)
                self._tables = None
            self.token_class[token] = found

    def _class_tables(self) -> dict:
        """Per class, as arrays: its fixed cues (flattened), its contextual phrases and its second words."""
        if self._tables is not None:
            return self._tables
        fixed = [np.asarray(f, dtype=np.int64) for f, _, _ in self.classes]
        size = np.asarray([len(f) for f in fixed], dtype=np.int64)
        starts = list(dict.fromkeys(c for _, c, _ in self.classes if c))
        start_id = {c: k for k, c in enumerate(starts)}
        second_sets = list(dict.fromkeys(q for _, _, q in self.classes))
        second_id = {q: k for k, q in enumerate(second_sets)}
        # Whether a word of second set q can continue a phrase of start s; a start
        # with a one-token phrase after a longer one is always tried.
        continues = np.zeros((len(starts), len(second_sets)), dtype=bool)
        always = np.zeros(len(starts), dtype=bool)
        for k, contextual in enumerate(starts):
            wanted = {rest[0] for _, options in contextual for rest, n_rest, _ in options if n_rest}
            always[k] = any(n_rest == 0 for _, options in contextual for _, n_rest, _ in options)
            continues[k] = [bool(wanted & q) for q in second_sets]
        self._tables = {
            "fixed": np.concatenate(fixed), "fixed_size": size, "fixed_start": np.cumsum(size) - size,
            "starts": starts, "start": np.asarray([start_id.get(c, -1) for _, c, _ in self.classes], dtype=np.int64),
            # Per start and cue: its phrases indexed by their literal last word (see _by_last_token).
            "by_last": [tuple(_by_last_token(options) for _, options in contextual) for contextual in starts],
            "second": np.asarray([second_id[q] for _, _, q in self.classes], dtype=np.int64),
            "continues": continues, "always": always,
        }
        return self._tables

    def count_many(self, token_lists: list[list[str]]) -> np.ndarray:
        """Non-overlapping phrase matches of each cue in each token sequence, shape (n_sequences, n_cues)."""
        lengths = np.fromiter(map(len, token_lists), dtype=np.int64, count=len(token_lists))
        rows = np.repeat(np.arange(len(token_lists)), lengths)
        return self.count_tokens(list(chain.from_iterable(token_lists)), rows, len(token_lists))

    def count_tokens(self, tokens: list[str], rows: np.ndarray, n_rows: int) -> np.ndarray:
        """Matches of each cue in each row, shape (n_rows, n_cues), from the tokens of all rows.

        ``rows`` gives the row of each token, -1 for a token of no row (a
        separator); the tokens of a row are consecutive, and matches never
        reach from one row into another.
        """
        n_cues = len(self.names)
        classes = np.fromiter(map(self.token_class.get, tokens, repeat(-1)), dtype=np.int64, count=len(tokens))
        unseen = np.flatnonzero(classes < 0).tolist()
        if unseen:
            self._learn({tokens[i] for i in unseen})
            classes[unseen] = [self.token_class[tokens[i]] for i in unseen]
        tables = self._class_tables()
        in_row = rows >= 0
        at = np.flatnonzero(in_row & (tables["fixed_size"][classes] > 0))
        size = tables["fixed_size"][classes[at]]
        # Every fixed cue of each token: its class's start in the flat list, plus 0, 1, ... within it.
        within = np.arange(size.sum()) - np.repeat(np.cumsum(size) - size, size)
        cue = tables["fixed"][np.repeat(tables["fixed_start"][classes[at]], size) + within]
        hits = np.bincount(np.repeat(rows[at], size) * n_cues + cue, minlength=n_rows * n_cues)
        hits = hits.reshape(n_rows, n_cues).astype(np.float64)
        self._count_in_context(tokens, rows, classes, tables, hits)
        return hits

    def _count_in_context(self, tokens, rows, classes, tables, hits) -> None:
        """Add the matches of contextual tokens; drop the fixed matches that longer matches cover."""
        start = tables["start"][classes]
        at = np.flatnonzero((start >= 0) & (rows >= 0))
        if not len(at):
            return
        after = np.minimum(at + 1, len(tokens) - 1)
        same_row = (at + 1 < len(tokens)) & (rows[after] == rows[at])
        tried = tables["always"][start[at]] | (same_row & tables["continues"][start[at], tables["second"][classes[after]]])
        at = at[tried]
        if not len(at):
            return
        # Where each row ends: the first token of another row after it.
        changes = np.flatnonzero(rows[1:] != rows[:-1]) + 1
        ends = np.append(changes, len(tokens))[np.searchsorted(changes, at, side="right")]
        starts = tables["starts"]
        # Positions are those of all rows together; a match ends within its own row,
        # so where a cue is free again never holds back a match in the next one.
        free_from = [0] * len(self.names)
        by_last = tables["by_last"]
        for i, row, end_of_row in zip(at.tolist(), rows[at].tolist(), ends.tolist()):
            for (cue, options), (last, general, lengths) in zip(starts[start[i]], by_last[start[i]]):
                if i < free_from[cue]:
                    continue
                # Only phrases whose literal last word is the word there can match: try those
                # (and the open-ended ones), still in the cue's order of preference.
                candidates = list(general)
                for n_rest in lengths:
                    if i + n_rest < end_of_row:
                        candidates += last.get((n_rest, tokens[i + n_rest]), ())
                candidates.sort()
                for rest, n_rest, literal in map(options.__getitem__, candidates):
                    end = i + 1 + n_rest
                    if n_rest:
                        if end > end_of_row:
                            continue
                        following = tokens[i + 1:end]
                        if literal:
                            if tuple(following) != rest:
                                continue
                        elif not all(_same(t, m) for t, m in zip(following, rest)):
                            continue
                    hits[row, cue] += 1
                    free_from[cue] = end
                    # A match of several tokens: the cue's fixed matches inside it do not count.
                    for inside in range(i + 1, end):
                        if cue in self.classes[classes[inside]][0]:
                            hits[row, cue] -= 1
                    break


def _by_last_token(options) -> tuple:
    """Index a cue's phrases at a word by the length and literal last word of their rest.

    Returns ``(last, general, lengths)``: ``last[(n_rest, word)]`` lists the
    positions in ``options`` of the phrases whose rest has ``n_rest`` tokens
    and ends in the literal ``word``; ``general`` those whose rest is empty
    or ends in an open-ended token; ``lengths`` the lengths ``last`` holds.
    A phrase can only match where its last word is, so the matcher tries
    only these, in order, instead of every phrase (a cue with open-ended
    words expands to thousands).
    """
    last, general = {}, []
    for position, (rest, n_rest, _) in enumerate(options):
        if n_rest and isinstance(rest[-1], str):
            last.setdefault((n_rest, rest[-1]), []).append(position)
        else:
            general.append(position)
    return last, tuple(general), tuple(sorted({n for n, _ in last}))


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
