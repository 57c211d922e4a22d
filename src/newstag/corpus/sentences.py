"""Sentence spans for news items: the versioned splitter every sentence-level stage uses.

Annotations store sentence indices under :data:`SPLITTER_VERSION`, and the
tagger reports evidence as ``(field, start, end)`` offsets, so the output of
this module is a contract: any change that can move a boundary for any input
bumps the version (``tests/test_sentences.py`` pins the output of a fixed set
of texts).

- :func:`split_sentences` gives ``(start, end)`` spans into the text exactly
  as given: no normalisation, spans trimmed of whitespace, in order, and every
  non-whitespace character in exactly one span.
- :func:`item_sentences` numbers an item's sentences: **the headline is
  sentence 0 when there is a headline** (the whole title, never split), and
  the body's sentences follow from 1; an item with an empty title has its
  body's sentences numbered from 0.

The rules, in one left-to-right pass over the places a sentence may end:
a terminal mark (``. ! ? …``, with the quotes or brackets that close it) ends
a sentence unless a lowercase word, a comma or the like follows, or the word
before it is an abbreviation (titles such as Gen., Lt. Col., Dr., St.;
"Jan. 5", "No. 3"; "e.g."; initials "J. Kerry"); after a dotted acronym
("U.S.", "p.m.") only a word that usually opens a sentence ("The", "He", ...)
starts one. A blank line always ends a sentence; a single line break does
when the line has no final punctuation and the next starts with a capital, a
digit, a quote or a bullet, unless the line ends mid-phrase (",", "of the").
News-specific: datelines stay with their first sentence (``DAMASCUS, May 3
(SANA) -``, ``MOSCOW, March 3. /TASS/.``, ``Aleppo, SANA-``); a dateline run
into the text after an unpunctuated headline ("... near Homs AFP Sunday 9 Mar
2014 A drone struck ...") opens a sentence; "killed.The army" (FA-KES glues
sentences) splits; a bracketed credit after a sentence ("(AFP)"), a glued
credit ("-AFP") and an AFP subhead ("- Troops advance -") are units of their
own; ". ... 12 Comments" starts a fragment at the ellipsis.

Why rules of our own (docs/experiments/sentence_splitter_2026-11-29/README.md):
boundary F1 on hand-checked gold (exact offsets), against pysbd 0.3.4,
blingfire 0.1.8 and NLTK 3.10.4 Punkt (untrained, and with our abbreviation
list; no trained parameters ship with NLTK's package):

===========================  =========  =====  =========  =========  ==========
F1                           these      pysbd  blingfire  Punkt      Punkt+abbr
===========================  =========  =====  =========  =========  ==========
FA-KES, 60 items (tuned on)  0.971      0.938  0.951      0.953      0.960
FA-KES, 20 held-out items    0.975      0.956  0.964      0.960      0.964
seed documents, 14 items     1.000      0.974  0.993      0.974      0.993
33 synthetic wire items      0.994      0.872  0.776      0.670      0.767
ms per 2-3 KB article [#]_   0.06-0.09  17-24  0.34-0.50  0.72-0.92  0.93-1.00
===========================  =========  =====  =========  =========  ==========

.. [#] Two runs on a loaded 2-core machine; best of 5 rounds each.

Precision is 1.000 on every group; the boundaries missed (recall 0.95 on
FA-KES) are nearly all ones without any punctuation (tag lists and photo
credits run into the text, subheads without dashes), which no candidate finds.
The rules need no dependency and no model, and cost at most about 0.03 ms
for a short item and 0.1 ms for a 2-3 KB article.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

__all__ = ["SPLITTER_VERSION", "Sentence", "split_sentences", "headline_span", "item_sentences"]

SPLITTER_VERSION = "2"

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
_INLINE_BULLETS = "•▪●◦‣►"
_AGENCIES = ("AFP", "AP", "Reuters", "REUTERS", "SANA", "Sputnik", "TASS", "Xinhua", "dpa", "Anadolu", "IRNA", "MNA")
_AGENCY = f"(?:{'|'.join(_AGENCIES)})"
_WEEKDAY = r"(?:Mon|Tues?|Wed(?:nes)?|Thu(?:rs)?|Fri|Sat(?:ur)?|Sun)(?:day)?"
_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
# One pass finds every place a sentence may end: a run of terminal marks with
# the quotes or brackets that close it, an inline bullet, or a line break. One
# character class leads the pattern, so the scan skips plain text fast.
_CANDIDATE = re.compile(r"[.!?…•▪●◦‣►\n](?:(?<=[.!?…])[.!?…]*[\"”’'»)\]]*)?")
# After a sentence, a credit in brackets ("... on May 5. (AFP) Rescue teams")
# and an AFP-style subhead ("... dissent. - Troops advance - Meanwhile") are
# units of their own.
_CREDIT = re.compile(r"\([A-Z][^()\n]{0,40}\)[^\S\n]+(?=[A-Z\"“])")
_SUBHEAD = re.compile(r"- [A-Z][^.!?\n]{2,80}? - (?=[A-Z\"“])")
# An agency dateline run into the text after an unpunctuated headline
# ("... near Homs AFP Sunday 9 Mar 2014 A drone struck ...", as web copies of
# wire stories have it) opens the sentence. It sits near the top, so only the
# first _DATELINE_ZONE characters are searched.
_RUN_IN_DATELINE = re.compile(
    rf"(?<=\w )(?:{_AGENCY},? {_WEEKDAY},? \d{{1,2}} {_MONTH} \d{{4}}\b|\d{{1,2}} {_MONTH} \d{{4}} {_AGENCY}\b)"
)
_DATELINE_ZONE = 400
_WORD_CHARS = "._&/'’-"
_WORD_AFTER = re.compile(r"[\w'’-]*")


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


def _word_before(text: str, pos: int) -> str:
    lo = max(0, pos - 40)
    # Most words are letters or digits after a space: rfind and isalnum run in C.
    # (Not so, the loop below decides: isalnum of "" is False.)
    space = text.rfind(" ", lo, pos)
    word = text[space + 1 if space >= 0 else lo:pos]
    if word.isalnum():
        return word
    i = pos
    while i > lo and (text[i - 1].isalnum() or text[i - 1] in _WORD_CHARS):
        i -= 1
    return text[i:pos]


def _after_terminal(text: str, match: re.Match, current: int) -> int | None:
    """Where the sentence after a terminal mark starts, or None when it goes on.

    ``current`` is where the sentence that holds the mark starts.
    """
    start, end = match.span()
    marks = match.group().rstrip("\"”’'»)]")
    closed = len(marks) < end - start
    # Most often one space follows: skip the call that would find the next non-space.
    if text[end:end + 1] == " " and end + 1 < len(text) and not text[end + 1].isspace():
        nxt = end + 1
    else:
        nxt = _next_nonspace(text, end)
    if nxt >= len(text):
        return None
    c = text[nxt]
    gap = text[end:nxt]
    if gap.count("\n") >= 2:
        return nxt  # a blank line ends a paragraph, and the sentence with it
    if start == current:
        return None  # ". ... 12 Comments": an ellipsis that opens a fragment does not end it
    word = _word_before(text, start)
    bare = word.strip("'’/&-")
    key = bare.lower()
    if not gap:
        return _after_glued(text, start, end, marks, closed, bare, current)
    if c.islower() or c in ",;:)]}/%":
        return None
    if c in ".…":
        # "killed. ... 12 Comments": the ellipsis opens the next fragment.
        return nxt if text.startswith(("...", "…"), nxt) else None
    if c == "(" and not (text[nxt + 1 : nxt + 2].isupper() or text[nxt + 1 : nxt + 2].isdigit()):
        return None  # "(see map)": an aside; "(AFP)" or "(MNA) - ..." start a unit of their own
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
        elif bare.isdigit() and len(bare) <= 2 and start - len(word) == current:
            return None  # "2. Access for aid": a list number that opens its sentence
    return nxt


def _plain_full_stop(text: str, pos: int) -> bool:
    """Whether the "." at ``pos`` ends its sentence the commonest way: "... word. Next".

    That is a full stop alone, after a word of two or more ASCII letters or
    digits with a space before it, followed by one space and a capital. No abbreviation
    :func:`_after_terminal` knows is such a word, so it starts the next
    sentence at ``pos + 2`` (unless the mark opens its sentence, which the
    caller checks): the splitter decides this case, most of its marks,
    without that function's work.
    """
    if text[pos + 1:pos + 2] != " " or not text[pos + 2:pos + 3].isupper():
        return False
    space = text.rfind(" ", max(0, pos - 40), pos)
    word = text[space + 1:pos]
    if space < 0 or not (word.isascii() and word.isalnum()) or len(word) < 2:
        return False
    key = word.lower()
    # Not a list number ("2. Access"), nor an abbreviation the splitter knows.
    return not (word.isdigit() and len(word) <= 2) and key not in _NEVER_END and key not in _TITLES


def _after_glued(text: str, start: int, end: int, marks: str, closed: bool, bare: str, current: int) -> int | None:
    """A terminal mark with no space after it: "killed.The army" (FA-KES glues sentences)."""
    if marks not in (".", "!", "?"):
        return None
    c = text[end]
    prev = text[start - 1] if start else ""
    ends_word = prev.islower() and len(bare) >= 2 and "." not in bare and bare.lower() not in _TITLES
    plain = (prev.isalnum() or closed) and "." not in bare and bare.lower() not in _TITLES
    if c in "-–—" and plain and text[end : end + 4].lstrip("-–—")[:1].isupper():
        return end  # "... the town.-AFP": the agency credit stands apart
    if not c.isupper():
        return None  # "1.5", "U.S.-led", "sana.sy"
    if closed and text[start + len(marks) : end] == '"' and text.count('"', current, start) % 2 == 0:
        return end - 1  # 'statement."We reject': the quote opens the next sentence
    if closed or ends_word:
        return end
    return None


def _after_newline(text: str, pos: int) -> int | None:
    """Where a sentence starts after the line break at ``pos``, or None."""
    nxt = _next_nonspace(text, pos + 1)
    if nxt >= len(text):
        return None
    if "\n" in text[pos + 1 : nxt]:
        return nxt  # a blank line ends a paragraph, and the sentence with it
    stop = pos
    while text[stop - 1].isspace():  # the line holds a non-space: the split starts after one
        stop -= 1
    begin = stop
    while begin > 0 and not text[begin - 1].isspace():
        begin -= 1
    last = text[begin:stop]
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
    # Every run-in dateline names an agency: without one in the zone, the
    # pattern (slow to try at every place) cannot match there.
    zone = text[first:_DATELINE_ZONE]
    datelines = ([m.start() for m in _RUN_IN_DATELINE.finditer(text, first, _DATELINE_ZONE)]
                 if any(agency in zone for agency in _AGENCIES) else [])
    for match in _CANDIDATE.finditer(text, first):
        pos = match.start()
        while datelines and datelines[0] < pos:
            if datelines[0] > starts[-1]:
                starts.append(datelines[0])
            del datelines[0]
        kind = text[pos]
        if kind == "." and match.end() == pos + 1 and pos != starts[-1] and _plain_full_stop(text, pos):
            # What _after_terminal answers here (see _plain_full_stop).
            if pos + 2 > starts[-1]:
                starts.append(pos + 2)
            continue
        if kind == "\n":
            begin = _after_newline(text, pos)
        elif kind in _INLINE_BULLETS:
            inline = pos > 0 and text[pos - 1].isspace() and text[pos + 1 : pos + 2].isspace()
            begin = pos if inline else None
        else:
            begin = _after_terminal(text, match, starts[-1])
            if begin is not None and begin > starts[-1] and text[begin] in "(-":
                unit = (_CREDIT if text[begin] == "(" else _SUBHEAD).match(text, begin)
                if unit:
                    starts.append(begin)
                    begin = unit.end()
        if begin is not None and begin > starts[-1]:
            starts.append(begin)
    for begin in datelines:
        if begin > starts[-1]:
            starts.append(begin)
    spans = []
    ends = starts[1:] + [len(text)]
    for begin, stop in zip(starts, ends, strict=True):
        while stop > begin and text[stop - 1].isspace():
            stop -= 1
        if stop > begin:
            spans.append((begin, stop))
    return spans


def headline_span(title: str) -> tuple[int, int] | None:
    """The headline's ``(start, end)`` in ``title``, trimmed of whitespace; None when it has no headline.

    The headline is never split: it is sentence 0 of its item
    (:func:`item_sentences`).
    """
    head = _next_nonspace(title, 0)
    return (head, len(title.rstrip())) if head < len(title) else None


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
    head = headline_span(title)
    if head is not None:
        out.append(Sentence(0, "title", head[0], head[1], title[head[0]:head[1]]))
    for start, end in split_sentences(text):
        out.append(Sentence(len(out), "text", start, end, text[start:end]))
    return out
