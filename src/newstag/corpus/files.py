"""What every reader shares: the records it yields, its context, and opening and decoding a file.

A reader yields, in input order, an :class:`Item` or a :class:`Skipped`
that names where the problem is and what to do, and tells the
:class:`ReadContext` everything else it did (encoding chosen, fields
repaired, dates ordered, columns not used).
"""

from __future__ import annotations

import io
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from newstag.corpus.cleaning import Repairs, decode_bytes, strip_footer
from newstag.corpus.dates import AUTO
from newstag.corpus.encoding import UTF8_REPAIR, Decoding, looks_binary, sniff_encoding

__all__ = ["Item", "Skipped", "Problem", "ReadContext", "display", "read_text", "open_lines"]

#: How many bytes of a file are looked at to tell text from binary data.
HEAD_BYTES = 8192


@dataclass
class Item:
    """One news item: an article or a snippet."""

    id: str
    title: str
    text: str
    source: str | None
    date: date | None
    origin: str
    extra: dict = field(default_factory=dict)
    #: False when the input had no headline and ``title`` is the text's first
    #: sentence (the one title rule): listings and maps show it, but the
    #: tagger is not given it, so that it does not read that sentence twice.
    title_given: bool = True

    @property
    def headline(self) -> str:
        """The headline as the input gave it: ``title``, or ``""`` when the title was derived from the text."""
        return self.title if self.title_given else ""


@dataclass
class Skipped:
    """An input, or a part of one, that gave no item, and why."""

    where: str
    reason: str
    id: str | None = None


class Problem(str):
    """A warning line that also knows its kind ("field count", "date order"...), for the report's summary."""

    kind: str = "other"

    def __new__(cls, kind: str, message: str):
        line = super().__new__(cls, message)
        line.kind = kind
        return line


@dataclass
class ReadContext:
    """Settings and running accounts shared by the readers of one load.

    ``date_order`` is ``auto`` (inferred per file), ``dayfirst`` or
    ``monthfirst``. ``decodings`` holds one :class:`~newstag.corpus.encoding.Decoding`
    per file read; ``file_notes`` one line per thing worth knowing about a
    file as a whole (columns not used, delimiter, date order).
    """

    max_chars: int = 200_000
    date_order: str = AUTO
    repairs: Repairs = field(default_factory=Repairs)
    boilerplate: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    decodings: list[Decoding] = field(default_factory=list)
    file_notes: list[str] = field(default_factory=list)

    def warn(self, kind: str, message: str) -> None:
        self.warnings.append(Problem(kind, message))

    def without_footer(self, text: str, where: str) -> str:
        """The text less a trailing site footer (follow us, newsletter, copyright), reported as boilerplate."""
        kept, removed = strip_footer(text)
        if removed:
            shown = removed if len(removed) <= 80 else removed[:77] + "..."
            self.boilerplate.append(f"{where}: trailing footer ({len(removed)} chars): {shown}")
        return kept

    def limit(self, text: str, where: str) -> str:
        if len(text) > self.max_chars:
            self.warn("truncated", f"{where}: item is {len(text):,} characters; kept the first {self.max_chars:,} "
                      "(raise --max-chars to keep more, or split the file into articles)")
            return text[: self.max_chars]
        return text


def display(path: Path) -> str:
    try:
        return str(path.resolve().relative_to(Path.cwd()))
    except ValueError:
        return str(path)


def _unreadable(where: str, error: OSError) -> Skipped:
    if isinstance(error, PermissionError):
        return Skipped(where, "cannot be read (permission denied); check the file's permissions")
    if isinstance(error, IsADirectoryError):
        return Skipped(where, "is a folder where a file was expected; check the path")
    return Skipped(where, f"cannot be read ({error.strerror or error}); check the path")


def _check_head(handle, where: str) -> Skipped | None:
    """Skipped when the file is empty, blank or binary; the handle is left at its start."""
    head = handle.read(HEAD_BYTES)
    blank = not head.strip()
    while blank:  # only whitespace so far: is there anything further on?
        more = handle.read(1 << 20)
        if not more:
            break
        blank = not more.strip()
    if blank:
        return Skipped(where, "file is empty; remove it or put news text in it")
    kind = looks_binary(head)
    if kind:
        return Skipped(where, f"looks like a {kind}, not text; give a .txt, .csv or .jsonl file")
    handle.seek(0)
    return None


def read_text(path: Path, where: str, ctx: ReadContext) -> str | Skipped:
    """The whole file decoded (encoding chosen from its bytes and recorded), or Skipped.

    Line ends are kept as in the file.
    """
    try:
        raw = path.read_bytes()
    except OSError as error:
        return _unreadable(where, error)
    problem = _check_head(io.BytesIO(raw), where)
    if problem:
        return problem
    decoding = sniff_encoding(raw, where)
    ctx.decodings.append(decoding)
    if decoding.encoding == UTF8_REPAIR:
        return decode_bytes(raw, ctx.repairs)
    # A broken UTF-16 pair becomes U+FFFD here, removed and counted by clean_text.
    return raw.decode(decoding.encoding, errors="replace")


def open_lines(path: Path, where: str, ctx: ReadContext, *, newline: str | None):
    """Open a table file to read it line by line, in bounded memory.

    Returns a Skipped, or an iterator of decoded lines that keep their line
    ends. The file is first read once as bytes to choose its encoding
    (recorded in ``ctx.decodings``). In a UTF-8 file with stray bytes, the
    lines that hold them are repaired by :func:`decode_bytes` one at a time;
    the file counts once in ``items_repaired``, as a whole-file decode would.
    """
    try:
        handle = path.open("rb")
    except OSError as error:
        return _unreadable(where, error)
    try:
        problem = _check_head(handle, where)
        decoding = None if problem else sniff_encoding(handle, where)
        handle.seek(0)
    except OSError as error:
        problem = _unreadable(where, error)
    if problem:
        handle.close()
        return problem
    ctx.decodings.append(decoding)
    repair = decoding.encoding == UTF8_REPAIR
    encoding = "utf-8" if repair else decoding.encoding
    text = io.TextIOWrapper(handle, encoding=encoding, errors="surrogateescape" if repair else "replace",
                            newline=newline)

    def lines():
        file_repairs = Repairs()
        try:
            for line in text:
                if repair and not line.isascii():
                    try:
                        line.encode("utf-8")
                    except UnicodeEncodeError:  # undecodable bytes, kept as surrogates
                        line = decode_bytes(line.encode("utf-8", errors="surrogateescape"), file_repairs)
                yield line
        finally:
            text.close()
            file_repairs.items_repaired = min(file_repairs.items_repaired, 1)
            ctx.repairs.add(file_repairs)

    return lines()
