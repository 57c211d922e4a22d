"""Which words the sentence classifiers may weigh: the words that travel to other wars.

Words almost always capitalised mid-sentence in the training sentences
(places, actors, outlets, people) tie a model to its corpus; the lexicon's
cue words name the matter ("warplanes", "truce", "Security Council") and
stay even when capitalised.
"""

from __future__ import annotations

import re

from newstag.tagging.cues import CUES

__all__ = ["lexicon_words", "proper_nouns"]

_WORD = re.compile(r"[A-Za-z][A-Za-z'-]+")


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


def lexicon_words() -> set[str]:
    """Lower-cased words of three letters or more in the lexicon's cues."""
    words = set()
    for pattern in CUES.values():
        words.update(w.lower() for w in re.findall(r"[A-Za-z]{3,}", str(pattern)))
    return words
