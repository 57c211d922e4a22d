"""Text helpers every later stage shares: an item's (title, text) pair and spelling folding.

Both the tagger's and the topic model's TF-IDF read items through these, so
the same input shapes are accepted everywhere and a word written several
ways is one feature.
"""

from __future__ import annotations

__all__ = ["SPELLINGS", "as_title_text", "normalise_spelling", "fold_spellings"]

#: Syrian-war reporting writes the same word several ways; they are folded
#: before tokenising, in this order, so that they share one feature. Each
#: fold deletes one space or hyphen (newstag.tagging.both_tokens relies on it).
SPELLINGS = (
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
    """``text`` in lower case, with each word written several ways folded into one spelling."""
    return fold_spellings(text.lower())


def fold_spellings(lowered: str) -> str:
    """The spelling folds of :func:`normalise_spelling`, for a text in lower case already.

    The spellings hold only a-z, hyphens and spaces between two letters, so
    texts joined by a separator with a letter outside a-z between two spaces
    (as :mod:`newstag.tagging.joined` joins them) fold as each would alone:
    no spelling can reach into or across the separator.
    """
    for variant, canonical in SPELLINGS:
        lowered = lowered.replace(variant, canonical)
    return lowered


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
