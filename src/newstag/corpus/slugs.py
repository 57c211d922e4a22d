"""Labels and site names around a headline: "BREAKING: ", "FACTBOX-", " | Al Jazeera", " - BBC News".

A label says what kind of piece an item is, and a site name who published
it, not what it reports; scraped web pages and agency feeds put both
around the headline. The tagger can read the headline without them
(:class:`newstag.tagging.sentence_model.SentenceTagger`, ``read_slugs``).
:func:`slug_spans` finds them; :func:`blank_slugs` replaces them by spaces,
so that no offset moves.
"""

from __future__ import annotations

import re

__all__ = ["LABELS", "slug_spans", "blank_slugs"]

#: The labels that open a headline (any case), longest first where one starts another.
LABELS = (
    "breaking news", "breaking", "just in", "the latest", "latest", "updated", "update", "exclusive",
    "news analysis", "analysis", "factbox", "fact check", "fact-check", "wrapup", "wrap-up", "insight", "rpt",
    "refile", "corrected", "correction", "live updates", "live update", "live blog", "live", "watch", "video",
    "photos", "photo", "in pictures", "pictures", "gallery", "opinion", "op-ed", "oped", "commentary", "editorial",
    "explainer", "feature", "interview", "special report", "urgent", "flash", "alert", "timeline", "q&a", "focus",
    "graphic", "preview", "newsmaker",
)
_LABEL = re.compile(
    r"\s*(?P<label>" + "|".join(re.escape(label) for label in LABELS) + r")(?P<number> ?\d+)?"
    r"(?:(?P<spaced>\s*[:|]\s*|\s+[-–—]\s*|[-–—]\s+)|(?P<joined>[-–—]))",
    re.IGNORECASE)
_CONNECTORS = r"(?:of|the|and|for|on|al|el|de|du|la|le)"
_NAME_WORD = rf"(?:[^\W_a-z][\w.&'’-]*|{_CONNECTORS})"
_SITE = re.compile(rf"\s+[|\-–—]\s+(?P<name>[^\W_a-z][\w.&'’-]*(?:\s+{_NAME_WORD}){{0,5}})\s*$")


def _labels_end(title: str) -> int:
    """Where the labels opening ``title`` end (with the spaces after them); 0 when it opens with none."""
    end = 0
    while (match := _LABEL.match(title, end)) is not None:
        if match.group("joined") and not match.group("number") and not match.group("label").isupper():
            break  # "Live-fire drills": a word, not a label ("FACTBOX-Israeli", "Update 2-Israeli" are labels)
        if not title[match.end():].strip():
            break  # nothing after it: the label is the headline
        end = match.end()
    return end


def slug_spans(title: str, *, keep=None) -> list[tuple[int, int]]:
    """The ``(start, end)`` spans of the labels opening ``title`` and of the site name closing it.

    Parameters
    ----------
    title : str
    keep : callable, optional
        Given a site name's text, True keeps it read (the tagger passes
        "does it hit a lexicon cue": " - Air Force Times" stays).

    Returns
    -------
    list of (int, int)
        At most two spans, in order; empty when there is neither.
    """
    spans = []
    start = _labels_end(title)
    if start:
        spans.append((0, start))
    site = _SITE.search(title, start)
    if site is not None and title[start:site.start()].strip() and not (keep is not None and keep(site.group("name"))):
        spans.append((site.start(), len(title)))
    return spans


def blank_slugs(title: str, *, keep=None) -> str:
    """``title`` with its labels and site name (:func:`slug_spans`) replaced by spaces (same length)."""
    for start, end in slug_spans(title, keep=keep):
        title = title[:start] + " " * (end - start) + title[end:]
    return title
