"""Text helpers every later stage shares: an item's (title, text) pair and spelling folding.

Both the tagger's and the topic model's TF-IDF read items through these, so
the same input shapes are accepted everywhere and a word written several
ways is one feature.
"""

from __future__ import annotations

__all__ = ["as_title_text", "normalise_spelling"]

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
