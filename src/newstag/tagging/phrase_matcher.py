"""The matcher of the cue lexicon: counts each cue's phrases in token sequences, fast.

The phrases of every cue (:func:`newstag.tagging.lexicon.phrases`) are
indexed by their first token. Each distinct token of the text is looked up
once and given a class (which cues it matches alone, which phrases it can
start, which phrases it can continue); tokens are then counted class by
class with numpy, and only tokens that can start a longer phrase followed
by a word that can continue it are tried word by word. The counts equal
those of the cues' regular expressions (tested).
"""

from __future__ import annotations

import re
from itertools import chain, repeat

import numpy as np

from newstag.tagging.lexicon import phrases

__all__ = ["PhraseMatcher"]


def _same(token: str, matcher) -> bool:
    return token == matcher if isinstance(matcher, str) else matcher.fullmatch(token) is not None


def _any_of(patterns) -> re.Pattern:
    """One pattern that matches a whole token iff one of ``patterns`` does (never, for none)."""
    return re.compile("|".join(f"(?:{pattern.pattern})" for pattern in patterns) or "(?!)")


class PhraseMatcher:
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
        self._first_patterns = [first for first, _ in self._entries_by_first_pattern.values()]
        # Most tokens match no open-ended first or second word: one test of all
        # of them at once spares trying each (the patterns hold no flags or groups).
        self._any_first_pattern = _any_of(self._first_patterns)
        self._any_second_pattern = _any_of(self.second_patterns)
        self.token_class: dict[str, int] = {}
        # Tokens that start the same phrases ("agreed", "agreeing": no literal phrase of
        # their own, the same open-ended first words) share what they can start, worked
        # out once: (token or None, open-ended first words matched) -> (fixed cues, start).
        self._start_of_signature: dict[tuple, tuple] = {}
        # Per start (a distinct set of contextual phrases, numbered in order of
        # appearance): its phrases, its index by last word, the second words it wants,
        # and whether it is always tried. Classes refer to starts by number, so a
        # class is hashed without hashing thousands of phrases.
        self._starts: list[tuple] = []
        self._start_id: dict[tuple, int] = {}
        self._by_last: list[tuple] = []
        self._wanted: list[set] = []
        self._always: list[bool] = []
        self._second_sets: list[frozenset] = []
        self._second_id: dict[frozenset, int] = {}
        # Whether a word of second set q can continue a phrase of start s, grown as
        # starts and second sets appear.
        self._continues = np.zeros((0, 0), dtype=bool)
        # Class 0: a token that starts no phrase and continues none.
        self.classes: list[tuple] = []
        self._class_index: dict[tuple, int] = {}
        self._add_class(((), -1, frozenset()))
        self._tables = None

    def entries(self, token: str) -> tuple:
        """Per cue, in the lexicon's order: ``(cue index, phrases)`` of the phrases that can start at ``token``.

        Each phrase is ``(rest of phrase, its length, whether it is all
        literal)``, in the cue's order of preference: the first phrase that
        matches wins, even where a later one is longer.
        """
        return self._entries(token, self._matching_first_patterns(token))

    def _matching_first_patterns(self, token: str) -> tuple:
        if not self._any_first_pattern.fullmatch(token):
            return ()
        return tuple(k for k, first in enumerate(self._first_patterns) if first.fullmatch(token))

    def _entries(self, token: str, patterns: tuple) -> tuple:
        candidates = list(self.by_first_literal.get(token, ()))
        by_pattern = list(self._entries_by_first_pattern.values())
        for k in patterns:
            candidates += by_pattern[k][1]
        per_cue: dict[int, list] = {}
        for cue, _, rest in sorted(candidates, key=lambda entry: entry[:2]):
            per_cue.setdefault(cue, []).append((tuple(rest), len(rest), all(isinstance(m, str) for m in rest)))
        return tuple((cue, tuple(found)) for cue, found in per_cue.items())

    def _classify(self, token: str) -> tuple:
        patterns = self._matching_first_patterns(token)
        signature = (token if token in self.by_first_literal else None, patterns)
        found = self._start_of_signature.get(signature)
        if found is None:
            entries = self._entries(token, patterns)
            fixed = tuple(cue for cue, options in entries if options[0][1] == 0)
            contextual = tuple((cue, options) for cue, options in entries if options[0][1] != 0)
            found = self._start_of_signature[signature] = (fixed, self._start(contextual) if contextual else -1)
        seconds = {token} & self.second_literals
        if self._any_second_pattern.fullmatch(token):
            seconds.update(m for m in self.second_patterns if m.fullmatch(token))
        return found[0], found[1], frozenset(seconds)

    def _start(self, contextual: tuple) -> int:
        """The number of a start, adding it (and its row of ``_continues``) when new."""
        found = self._start_id.get(contextual)
        if found is not None:
            return found
        found = self._start_id[contextual] = len(self._starts)
        self._starts.append(contextual)
        self._by_last.append(tuple(_by_last_token(options) for _, options in contextual))
        wanted = {rest[0] for _, options in contextual for rest, n_rest, _ in options if n_rest}
        self._wanted.append(wanted)
        # A start with a one-token phrase after a longer one is always tried.
        self._always.append(any(n_rest == 0 for _, options in contextual for _, n_rest, _ in options))
        row = np.asarray([bool(wanted & q) for q in self._second_sets], dtype=bool).reshape(1, -1)
        self._continues = np.vstack([self._continues, row])
        return found

    def _add_class(self, key: tuple) -> int:
        """The number of a class ``(fixed cues, start, second words)``, adding it (and its second set) when new."""
        found = self._class_index.get(key)
        if found is not None:
            return found
        seconds = key[2]
        if seconds not in self._second_id:
            self._second_id[seconds] = len(self._second_sets)
            self._second_sets.append(seconds)
            column = np.asarray([bool(wanted & seconds) for wanted in self._wanted], dtype=bool).reshape(-1, 1)
            self._continues = np.hstack([self._continues, column])
        found = self._class_index[key] = len(self.classes)
        self.classes.append(key)
        self._tables = None
        return found

    def _learn(self, tokens: set[str]) -> None:
        """Classify tokens not seen before (emptying the memo first when it would grow too large).

        Class numbers stay valid when the memo is emptied: only the tokens are forgotten.
        """
        if len(self.token_class) + len(tokens) > self._MAX_MEMO:
            self.token_class.clear()
        for token in tokens:
            self.token_class[token] = self._add_class(self._classify(token))

    def _class_tables(self) -> dict:
        """Per class, as arrays: its fixed cues (flattened), its start and its second words.

        Rebuilt when a class is added; the per-start tables it refers to are
        built once, when their start appears.
        """
        if self._tables is not None:
            return self._tables
        fixed = [np.asarray(f, dtype=np.int64) for f, _, _ in self.classes]
        size = np.asarray([len(f) for f in fixed], dtype=np.int64)
        self._tables = {
            "fixed": np.concatenate(fixed), "fixed_size": size, "fixed_start": np.cumsum(size) - size,
            "starts": self._starts, "start": np.asarray([s for _, s, _ in self.classes], dtype=np.int64),
            # Per start and cue: its phrases indexed by their literal last word (see _by_last_token).
            "by_last": self._by_last,
            "second": np.asarray([self._second_id[q] for _, _, q in self.classes], dtype=np.int64),
            "continues": self._continues, "always": np.asarray(self._always, dtype=bool),
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
