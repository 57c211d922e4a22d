"""Which words the sentence classifiers may weigh: the words that travel to other wars.

Words almost always capitalised mid-sentence in the training sentences
(places, actors, outlets, people) tie a model to its corpus; the lexicon's
cue words name the matter ("warplanes", "truce", "Security Council") and
stay even when capitalised. The context cues ("now", "background") name no
tag's matter: the days and months they list are dropped like other names
(a date is not what an item reports; kept, "Sunday" alone moved the shipped
v3.33's tags on 3.4% of the wire holdout items naming a day). A name is
also found inside a longer word ("mid-May", "Aleppo's"): :func:`term_words`.
"""

from __future__ import annotations

import re

from newstag.config import TAGS
from newstag.tagging.cues import CUES

__all__ = ["TAG_CUES", "lexicon_words", "proper_nouns", "term_words"]

#: The cues that name a tag's matter (the others, "now" and "background", give context).
TAG_CUES = tuple(name for name in CUES if name.split("_")[0] in TAGS or name == "not_airstrike")

_WORD = re.compile(r"[A-Za-z][A-Za-z'-]+")
_WORD_PARTS = re.compile(r"['-]")


def proper_nouns(texts, *, share: float, min_count: int = 3) -> set[str]:
    """Lower-cased words capitalised in at least ``share`` of their mid-sentence uses (and seen ``min_count`` times)."""
    capital, total = {}, {}
    for text in texts:
        for match in list(_WORD.finditer(text))[1:]:
            word = match.group(0)
            key = word.lower()
            total[key] = total.get(key, 0) + 1
            if word[0].isupper():
                capital[key] = capital.get(key, 0) + 1
    return {w for w, n in total.items() if n >= min_count and capital.get(w, 0) / n >= share}


def lexicon_words(cues=None) -> set[str]:
    """Lower-cased words of three letters or more in the lexicon's cues (``cues``: names of :data:`CUES`, default all)."""
    words = set()
    for name in CUES if cues is None else cues:
        words.update(w.lower() for w in re.findall(r"[A-Za-z]{3,}", str(CUES[name])))
    return words


def term_words(term: str, *, parts: bool = True) -> list[str]:
    """The words of a vocabulary term and, with ``parts``, the pieces of each word between hyphens and apostrophes.

    A name inside a longer word ("mid-may", "aleppo's", "pro-assad") is as
    much a name as alone, and such words are often too rare to be counted
    as names by :func:`proper_nouns` on their own.
    """
    words = term.split()
    if not parts:
        return words
    return words + [piece for word in words if _WORD_PARTS.search(word) for piece in _WORD_PARTS.split(word) if piece]
