"""Tokenising many short texts in one regular-expression pass.

The tagger tokenises every sentence of every item, twice (TF-IDF words and
cue tokens). One ``findall`` per sentence costs more in calls than in
scanning, so the sentences are joined into one string, separated by
:data:`SEPARATOR`, a letter no news text uses between two spaces, and
tokenised at once; the separator comes back as a token of its own between
the tokens of consecutive texts.

That is exact for a pattern whose tokens never hold whitespace and whose
matches depend on nothing beyond the neighbouring character, such as
``\\w+|[^\\w\\s]+`` and ``\\b[^\\W\\d_][\\w'-]*\\b``: a space before and after
each text is what the start and the end of a string are to them
(``tests/test_joined.py``). A batch in which a text holds the separator's
letter is tokenised text by text instead.
"""

from __future__ import annotations

from itertools import chain

import numpy as np

__all__ = ["MARK", "SEPARATOR", "join", "tokens_of_texts", "tokens_of_joined", "rows_of_tokens", "findall_in_chunks"]

#: U+A66E CYRILLIC LETTER MULTIOCULAR O: a letter (so both token patterns
#: take it as a token) without case (so lower-casing keeps it), that no
#: news text uses.
MARK = "\ua66e"
SEPARATOR = f" {MARK} "


def join(texts: list[str]) -> str | None:
    """``texts`` joined by :data:`SEPARATOR`, or None when one of them holds :data:`MARK` (or there are none)."""
    if not texts:
        return None
    joined = SEPARATOR.join(texts)
    return joined if joined.count(MARK) == len(texts) - 1 else None


def tokens_of_texts(findall, texts: list[str]):
    """The tokens of every text in one flat list, and the text (row) of each token.

    Returns ``(tokens, rows)``: a list of str and an int64 array.
    """
    per_text = list(map(findall, texts))
    lengths = np.fromiter(map(len, per_text), dtype=np.int64, count=len(per_text))
    return list(chain.from_iterable(per_text)), np.repeat(np.arange(len(per_text)), lengths)


def findall_in_chunks(findall, text: str, whole) -> list[str]:
    """``findall(text)``, found one whitespace-separated chunk at a time.

    Exact for the patterns joining is exact for (see the module's docstring):
    their tokens hold no whitespace, and whitespace before or after a chunk
    is what the start or end of a string is to them. A chunk for which
    ``whole(chunk)`` is true must be one token of the pattern (``str.isalnum``
    for ``\\w+|[^\\w\\s]+``; ``str.isalpha`` for ``\\b[^\\W\\d_][\\w'-]*\\b``): it is
    taken as it is, without the regular expression. Most words of a text
    are such chunks, and splitting on whitespace (``str.split``, whose
    whitespace is the ``\\s`` of ``re``) costs a third of a regular-expression scan.
    """
    tokens: list[str] = []
    append, extend = tokens.append, tokens.extend
    for chunk in text.split():
        if whole(chunk):
            append(chunk)
        else:
            extend(findall(chunk))
    return tokens


def tokens_of_joined(findall, joined: str, n_texts: int, *, whole=None):
    """As :func:`tokens_of_texts`, from the texts joined by :func:`join`; separator tokens get row -1.

    ``findall`` is ``pattern.findall`` of a pattern for which joining is exact
    (see the module's docstring); ``joined`` may hold the texts transformed
    character by character (lower case, folded spellings). ``whole``, when
    given, is the test of a chunk that is one token (:func:`findall_in_chunks`).
    """
    tokens = findall(joined) if whole is None else findall_in_chunks(findall, joined, whole)
    return tokens, rows_of_tokens(tokens, n_texts)


def rows_of_tokens(tokens: list[str], n_texts: int) -> np.ndarray:
    """The text (row) of each token of joined texts, -1 for the separators between them (int64 array)."""
    # The separators, one between each two texts: found with list.index, a
    # scan in C, rather than by testing every token in Python.
    separators = np.empty(n_texts - 1, dtype=np.int64)
    at = -1
    for k in range(n_texts - 1):
        at = tokens.index(MARK, at + 1)
        separators[k] = at
    rows = np.zeros(len(tokens), dtype=np.int64)
    rows[separators] = 1
    rows = np.cumsum(rows)
    rows[separators] = -1
    return rows
