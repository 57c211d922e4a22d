"""The cue tokens and the TF-IDF words of a batch's sentences, in one pass over their chunks.

The tagger tokenises the joined sentences (:mod:`newstag.tagging.joined`)
twice: in lower case for the cue lexicon (``\\w+|[^\\w\\s]+``) and, with
spellings folded (:func:`newstag.corpus.text.fold_spellings`), for the
TF-IDF words (``\\b[^\\W\\d_][\\w'-]*\\b``). Both split the text on whitespace
and look at each chunk, and the two texts differ only where a spelling is
folded, so here the chunks are split once and looked at once.

Every fold deletes one character: a space ("air strike") or a hyphen
("cease-fire"). A hyphen fold lies inside one chunk and is applied to that
chunk. A space fold joins two chunks: the text is cut at each such space,
each piece is split, and the last chunk of a piece joins the first of the
next for the TF-IDF words. No fold can make or break another (each
folded spelling has letters on both sides of its space or hyphen, and no
spelling starts or ends inside another's result), so the words are those
of the folded text (``tests/test_both_tokens.py``).
"""

from __future__ import annotations

from newstag.corpus.text import SPELLINGS
from newstag.tagging.joined import MARK

__all__ = ["space_fold_sites", "fold_hyphens", "both_tokens"]

_SPACE_FOLDS = tuple((variant, variant.index(" ")) for variant, _ in SPELLINGS if " " in variant)
_HYPHEN_FOLDS = tuple((variant, canonical) for variant, canonical in SPELLINGS if " " not in variant)


def space_fold_sites(text: str) -> list[int]:
    """The offsets of the spaces :func:`~newstag.corpus.text.fold_spellings` deletes in ``text``, in order."""
    sites = set()
    for variant, space in _SPACE_FOLDS:
        at = text.find(variant)
        while at >= 0:
            sites.add(at + space)
            at = text.find(variant, at + len(variant))
    return sorted(sites)


def fold_hyphens(chunk: str) -> str:
    """The hyphen folds of :func:`~newstag.corpus.text.fold_spellings` ("cease-fire" -> "ceasefire")."""
    for variant, canonical in _HYPHEN_FOLDS:
        chunk = chunk.replace(variant, canonical)
    return chunk


def both_tokens(joined_lowered: str, cue_findall, word_findall) -> tuple[list[str], list[str]]:
    """Cue tokens of ``joined_lowered`` and TF-IDF words of its folded spellings.

    Parameters
    ----------
    joined_lowered : str
        Sentences in lower case joined by :func:`newstag.tagging.joined.join`.
    cue_findall, word_findall : callable
        ``findall`` of the cue token pattern and of the word pattern: a chunk
        of letters and digits (``str.isalnum``) is one cue token, a chunk of
        letters (``str.isalpha``) one word.

    Returns
    -------
    (list of str, list of str)
        ``cue_findall(joined_lowered)`` and ``word_findall(fold_spellings(joined_lowered))``.
    """
    cue_tokens: list[str] = []
    words: list[str] = []
    cue_append, cue_extend = cue_tokens.append, cue_tokens.extend
    word_append, word_extend = words.append, words.extend

    def cue(chunk):
        if chunk.isalnum():
            cue_append(chunk)
        else:
            cue_extend(cue_findall(chunk))

    def word(chunk):
        if "-" in chunk:
            chunk = fold_hyphens(chunk)
        if chunk.isalpha():
            word_append(chunk)
        else:
            word_extend(word_findall(chunk))

    sites = space_fold_sites(joined_lowered)
    bounds = [-1, *sites, len(joined_lowered)]
    last = len(sites)
    pending = ""  # the start of a word chunk that goes on into the next piece
    for k in range(last + 1):
        piece = joined_lowered[bounds[k] + 1:bounds[k + 1]].split()
        n = len(piece)
        if k:
            # A piece after a folded space starts with the rest of the chunk before it.
            first = piece[0]
            cue(first)
            if k < last and n == 1:
                pending += first
                continue
            word(pending + first)
            pending = ""
        inner = piece[1 if k else 0:n - 1 if k < last else n]
        # The chunks of no fold: both tokenisations at once. A chunk of
        # letters is one token of both; one of letters and digits, of the cues.
        for chunk in inner:
            if chunk.isalpha():
                cue_append(chunk)
                word_append(chunk)
            elif chunk.isalnum():
                cue_append(chunk)
                word_extend(word_findall(chunk))
            else:
                cue_extend(cue_findall(chunk))
                word_extend(word_findall(fold_hyphens(chunk) if "-" in chunk else chunk))
        if k < last:
            pending = piece[-1]
            cue(pending)
    return cue_tokens, words
