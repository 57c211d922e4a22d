"""Sentence spans for news items: the versioned splitter every sentence-level stage uses.

DRAFT: measurement notes go here.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

__all__ = ["SPLITTER_VERSION", "Sentence", "split_sentences", "item_sentences"]

SPLITTER_VERSION = "1"

# Abbreviations that stand before a name, so a capital after them never
# starts a sentence ("Gen. Ali", "Lt. Col. Maj. Smith", "St. Petersburg").
_TITLES = frozenset(
    "mr mrs ms messrs dr prof gen gens lt col cols maj capt cpt sgt cpl pvt pte brig adm cmdr cdr "
    "gov sen sens rep reps rev fr pres amb hon st mt ft supt insp det atty sheikh".split()
)
# Abbreviations that stand before a number ("Jan. 5", "No. 3"): no sentence
# starts at that number.
_BEFORE_NUMBER = frozenset(
    "jan feb mar apr jun jul aug sep sept oct nov dec no nos art vol vols fig figs p pp ch sec tel approx ca".split()
)
# Abbreviations that never end a sentence in news prose ("e.g. Aleppo", "vs. Russia").
_NEVER_END = frozenset("e.g i.e vs cf viz al approx".split())
# After a dotted acronym ("U.S.", "a.m.") a capital is usually a name ("U.S. Army");
# only these words show that a new sentence has begun.
_STARTERS = frozenset(
    """the a an he she it they we i you his her its their our this that these those there here
    in on at by for from to with of but and or so yet if as when while after before since during
    however meanwhile also according earlier later last next some many most several both all no
    one two three four five six seven eight nine ten what who why how where mr mrs ms""".split()
)
# A lowercase word that ends a line mid-sentence in hard-wrapped text.
_CONTINUING = frozenset("the a an of in on at to and or but by for with from as that than its their his her".split())

_OPENERS = "\"“‘'«([-–—•·▪●◦‣►*"
_BULLETS = "•·▪●◦‣►*-–—"
# One pass finds every place a sentence may end: a run of terminal marks
# with the quotes or brackets that close it, an inline bullet, or a line break.
_INLINE_BULLETS = "•▪●◦‣►"
_CANDIDATE = re.compile(r"[.!?…]+[\"”’'»)\]]*|(?<=\s)[•▪●◦‣►](?=\s)|\n")
_WORD_BEFORE = re.compile(r"[\w.&/'’-]*$")
_WORD_AFTER = re.compile(r"[\w'’-]*")
_LINE_END = re.compile(r"(\S*)[^\S\n]*$")


@dataclass(frozen=True, slots=True)
class Sentence:
    """One sentence of an item.

    Attributes
    ----------
    index : int
        Position in the item: 0 is the headline when there is one.
    field : {"title", "text"}
        The item field the offsets point into.
    start, end : int
        Character offsets: ``item[field][start:end] == text``.
    text : str
        The sentence, exactly as it appears in the field.
    """

    index: int
    field: str
    start: int
    end: int
    text: str


def _next_nonspace(text: str, pos: int) -> int:
    n = len(text)
    while pos < n and text[pos].isspace():
        pos += 1
    return pos


def _after_terminal(text: str, match: re.Match, first: int) -> int | None:
    """Where the sentence after a terminal mark starts, or None when it goes on."""
    start, end = match.span()
    marks = match.group().rstrip("\"”’'»)]")
    closed = len(marks) < end - start
    nxt = _next_nonspace(text, end)
    if nxt >= len(text):
        return None
    c = text[nxt]
    gap = text[end:nxt]
    paragraph = gap.count("\n") >= 2
    if paragraph:
        return nxt
    word = _WORD_BEFORE.search(text, max(0, start - 40), start).group()
    bare = word.strip("'’/&-")
    key = bare.lower()
    if not gap:
        # No space after the mark: only "killed.The army" (FA-KES glued
        # sentences) counts, never "1.5", "U.S.Army" or "sana.sy".
        if not c.isupper() or marks not in (".", "!", "?"):
            return None
        prev = text[start - 1] if start else ""
        if closed or (prev.islower() and len(bare) >= 2 and "." not in bare and key not in _TITLES):
            return nxt
        return None
    if c.islower() or c in ",;:)]}/%.…":
        return None
    if c == "(" and marks == ".":
        return None  # "D.C. (AP)", "Gen. (ret.)": an aside, not a new sentence
    if marks == "." and not closed:
        if word.endswith("/"):
            return None  # "/TASS/. Syrian troops ...": the dateline stays with its sentence
        if key in _NEVER_END:
            return None
        if key in _TITLES or (len(bare) == 1 and bare.isupper()):
            return None  # "Gen. Ali", "J. Kerry"
        if c.isdigit() and (key in _BEFORE_NUMBER or key.replace(".", "") in _BEFORE_NUMBER):
            return None  # "Jan. 5", "No. 3"
        if "." in bare:
            # A dotted acronym: "U.S. Army" goes on, "U.S. The army" does not.
            after = _WORD_AFTER.match(text, nxt).group()
            if after.lower() not in _STARTERS:
                return None
        elif bare.isdigit() and len(bare) <= 2 and _starts_sentence(text, start - len(word), first):
            return None  # "1. Ghouta": a list number, not the end of a sentence
    return nxt


def _starts_sentence(text: str, pos: int, first: int) -> bool:
    before = text[:pos].rstrip()
    return pos <= first or not before or before[-1] in ".!?:…\n" or "\n" in text[len(before) : pos]


def _after_newline(text: str, pos: int) -> int | None:
    """Where a sentence starts after the line break at ``pos``, or None."""
    nxt = _next_nonspace(text, pos + 1)
    if nxt >= len(text):
        return None
    if "\n" in text[pos + 1 : nxt]:
        return nxt  # a blank line ends a paragraph, and the sentence with it
    line_start = text.rfind("\n", 0, pos) + 1
    last = _LINE_END.search(text, line_start, pos).group(1)
    if not last:
        return nxt
    if last[-1] in ".!?…\"”’'»)]":
        return None  # a terminal mark before the break: the mark's rule decides
    c = text[nxt]
    if last[-1] in ",;-–(" or last.lower() in _CONTINUING:
        return None  # a hard-wrapped line that goes on
    if c.isupper() or c.isdigit() or c in _OPENERS:
        return nxt  # a headline, a list line or a line without final punctuation
    return None


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Split ``text`` into sentences, as character spans.

    Parameters
    ----------
    text : str
        Any text, used exactly as given (no normalisation).

    Returns
    -------
    list of (int, int)
        ``(start, end)`` offsets into ``text``, in order, non-overlapping and
        non-empty; each span has no surrounding whitespace, and every
        non-whitespace character of ``text`` lies in exactly one span.
    """
    if not isinstance(text, str):
        raise TypeError(f"text must be a str, not {type(text).__name__}")
    first = _next_nonspace(text, 0)
    if first >= len(text):
        return []
    starts = [first]
    for match in _CANDIDATE.finditer(text, first):
        kind = match.group()
        if kind == "\n":
            begin = _after_newline(text, match.start())
        elif kind in _INLINE_BULLETS and len(kind) == 1:
            begin = match.start()
        else:
            begin = _after_terminal(text, match, first)
        if begin is not None and begin > starts[-1]:
            starts.append(begin)
    spans = []
    ends = starts[1:] + [len(text)]
    for begin, stop in zip(starts, ends):
        while stop > begin and text[stop - 1].isspace():
            stop -= 1
        if stop > begin:
            spans.append((begin, stop))
    return spans


def item_sentences(title: str, text: str) -> list[Sentence]:
    """The sentences of a news item, the headline first.

    Parameters
    ----------
    title : str
        The headline; ``None`` or a blank string means the item has none.
    text : str
        The body.

    Returns
    -------
    list of Sentence
        When the title has any non-whitespace character, sentence 0 is the
        whole headline (stripped, never split) with ``field="title"``, and the
        body's sentences follow, numbered from 1. When there is no headline,
        the body's sentences are numbered from 0.
    """
    title = title or ""
    text = text or ""
    out: list[Sentence] = []
    head = _next_nonspace(title, 0)
    if head < len(title):
        end = len(title.rstrip())
        out.append(Sentence(0, "title", head, end, title[head:end]))
    for start, end in split_sentences(text):
        out.append(Sentence(len(out), "text", start, end, text[start:end]))
    return out
