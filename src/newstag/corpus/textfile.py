"""Split a plain-text news file into items.

Three shapes are handled by general rules, not per-file cases:

* one article: a headline line, then the body;
* a listing page: several items, each a headline paragraph followed by a
  summary paragraph that ends in an ellipsis ("…" or "...");
* an article with a ``date YYYY-MM-DD`` header and an agency dateline such as
  ``MOSCOW, May 25. /TASS/.`` (then the title is the first sentence).

Photo-credit lines ("Фото: РИА «Новости»", "Photo: AFP") are boilerplate and
are removed, and reported.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

__all__ = ["ParsedItem", "ParsedFile", "parse_news_text", "derive_title", "item_title"]

_DATE_HEADER = re.compile(r"^\s*date\s+(\d{4}-\d{2}-\d{2})\b[ \t]*")
# "MOSCOW, May 25. /TASS/." or "DAMASCUS, Sept 3 (SANA) -"
_DATELINE = re.compile(
    r"^(?P<place>[A-Z][A-Z .'\-]{1,40}),\s+[A-Z][a-z]{2,8}\.?\s+\d{1,2}\.?\s*"
    r"(?:/(?P<agency_slash>[A-Za-z][\w .\-]{0,24})/\.?|\((?P<agency_paren>[A-Za-z][\w .\-]{0,24})\)\s*[-–—])\s*"
)
_CREDIT_LINE = re.compile(
    r"^\s*(?:фото|photo(?:\s+credit)?|foto|image|picture|credit|صورة|© ?)\s*[:：]\s*\S.{0,100}$",
    re.IGNORECASE,
)
_ELLIPSIS_END = re.compile(r"(?:…|\.\.\.)\s*$")
_SENTENCE_END = re.compile(r'[.!?]["”’)]?\s')
_MAX_HEADLINE_CHARS = 250
_MAX_DERIVED_TITLE_CHARS = 160


@dataclass
class ParsedItem:
    """One item found in a text file; ``line`` is 1-based."""

    title: str
    text: str
    line: int
    date: date | None = None
    source: str | None = None
    title_given: bool = True


@dataclass
class ParsedFile:
    items: list[ParsedItem]
    boilerplate: list[str] = field(default_factory=list)
    shape: str = "article"


@dataclass
class _Paragraph:
    text: str
    line: int


def _paragraphs(lines: list[tuple[int, str]]) -> list[_Paragraph]:
    paragraphs: list[_Paragraph] = []
    current: list[str] = []
    start = 0
    for number, line in lines:
        if line.strip():
            if not current:
                start = number
            current.append(line.strip())
        elif current:
            paragraphs.append(_Paragraph(" ".join(current), start))
            current = []
    if current:
        paragraphs.append(_Paragraph(" ".join(current), start))
    return paragraphs


def _is_headline(paragraph: _Paragraph) -> bool:
    text = paragraph.text
    return (
        len(text) <= _MAX_HEADLINE_CHARS
        and not text.endswith((".", "…", "...", ":", ";", ","))
        and len(text.split()) >= 2
    )


def derive_title(text: str) -> str:
    """First sentence of ``text``, shortened at a word boundary if long."""
    match = _SENTENCE_END.search(text + " ")
    sentence = text[: match.start() + 1] if match else text
    sentence = " ".join(sentence.split())  # a title is one line
    if len(sentence) > _MAX_DERIVED_TITLE_CHARS:
        cut = sentence[:_MAX_DERIVED_TITLE_CHARS].rsplit(" ", 1)[0]
        sentence = cut.rstrip(",;:") + "…"
    return sentence


def item_title(headline: str | None, text: str) -> str:
    """The one title rule for every input kind: the headline when given, else the text's first sentence."""
    headline = (headline or "").strip()
    return headline or derive_title(text)


def parse_news_text(text: str) -> ParsedFile:
    """Split clean text of one file into items (see module docstring).

    Parameters
    ----------
    text : str
        The decoded, cleaned file content (newlines as ``\\n``).

    Returns
    -------
    ParsedFile
        Items with title, body, 1-based line, and the date and source found in
        a header or dateline; the removed boilerplate lines; the shape found.
    """
    lines: list[tuple[int, str]] = []
    boilerplate: list[str] = []
    for number, line in enumerate(text.split("\n"), start=1):
        if _CREDIT_LINE.match(line):
            boilerplate.append(line.strip())
            lines.append((number, ""))
        else:
            lines.append((number, line))

    found_date: date | None = None
    source: str | None = None
    first = next((i for i, (_, line) in enumerate(lines) if line.strip()), None)
    if first is not None:
        number, line = lines[first]
        header = _DATE_HEADER.match(line)
        if header:
            try:
                found_date = date.fromisoformat(header.group(1))
            except ValueError:
                found_date = None
            line = line[header.end() :]
        dateline = _DATELINE.match(line.strip())
        if dateline:
            source = dateline.group("agency_slash") or dateline.group("agency_paren")
            line = line.strip()[dateline.end() :]
        if header or dateline:
            lines[first] = (number, line)
    has_header = found_date is not None or source is not None

    paragraphs = _paragraphs(lines)
    if not paragraphs:
        return ParsedFile(items=[], boilerplate=boilerplate)

    summaries = [i for i, p in enumerate(paragraphs) if _ELLIPSIS_END.search(p.text)]
    if len(summaries) >= 2 and not has_header:
        return ParsedFile(
            items=_split_listing(paragraphs, summaries, found_date, source),
            boilerplate=boilerplate,
            shape="listing",
        )

    item = _block_item(paragraphs, found_date, source, headline_allowed=not has_header)
    return ParsedFile(items=[item], boilerplate=boilerplate, shape="article")


def _block_item(block, found_date, source, *, headline_allowed=True) -> ParsedItem:
    """One item from paragraphs: a first paragraph that reads as a headline is its title (the title rule otherwise)."""
    if headline_allowed and len(block) > 1 and _is_headline(block[0]):
        title, body = block[0].text, block[1:]
    else:
        title, body = "", block
    body_text = "\n\n".join(p.text for p in body)
    return ParsedItem(title=item_title(title, body_text), text=body_text, line=block[0].line, date=found_date,
                      source=source, title_given=bool(title.strip()))


def _split_listing(paragraphs, summaries, found_date, source) -> list[ParsedItem]:
    items: list[ParsedItem] = []
    start = 0
    ends = summaries if summaries[-1] == len(paragraphs) - 1 else summaries + [len(paragraphs) - 1]
    for end in ends:
        block = paragraphs[start : end + 1]
        start = end + 1
        if block:
            items.append(_block_item(block, found_date, source))
    return items
