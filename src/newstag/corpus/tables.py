"""CSV/TSV rows checked against their header, so that no row or field is lost unannounced.

Python's csv module, asked to be lenient, silently drops a quote that is
followed by more text (``"He said" no``), lets a stray quote swallow the
rows after it into one field, and leaves the checking of field counts to
its caller. :class:`TableRows` reads strictly and, where a record is
irregular, recovers it and says what it did:

* a quote in the middle of a field, or one never closed, is kept as a
  literal character; the lines that an unclosed quote ran over are read as
  rows of their own when they look like rows (:meth:`TableRows.looks_like_row`);
* a row with more fields than the header has its surplus joined back into
  the text column (the usual cause is an unquoted comma in the text); a row
  with fewer has its missing columns left empty;
* a well-formed quoted field that spans lines looking like rows is read as
  written, and reported: a quote is probably missing or stray.
"""

from __future__ import annotations

import csv
import re
import sys
from typing import Callable, Iterator

from newstag.corpus.dates import parse_date

__all__ = ["TableRows", "lenient_rows", "unique_columns", "MAX_PULLED_LINES"]

#: An unclosed quote is followed at most this many lines looking for its close.
MAX_PULLED_LINES = 10_000
_ID_TOKEN = re.compile(r"^[^\s,;]{1,64}$")
_NAMES = {",": "comma", ";": "semicolon", "\t": "tab", "|": "pipe"}


def lenient_rows(text: str, delimiter: str) -> tuple[list[list[str]], int, bool]:
    """Split ``text`` into rows keeping every character; ``(rows, literal_quotes, unclosed)``.

    Like csv, except that a quote inside a quoted field that is not doubled
    and not followed by the delimiter or a line end is kept as a literal
    quote, and an opening quote never closed is kept as a literal quote
    (the field then ends at the next delimiter or line end). ``unclosed``
    tells that the text ended inside a quoted field.
    """
    literal_at: set[int] = set()
    while True:
        rows, literals, unclosed_at = _split(text, delimiter, literal_at)
        if unclosed_at is None:
            return rows, literals + len(literal_at), bool(literal_at)
        literal_at.add(unclosed_at)
        if len(literal_at) > 1000:  # pathological input: give up on quotes altogether
            return [line.split(delimiter) for line in text.splitlines()], text.count('"'), True


def _split(text: str, delimiter: str, literal_at: set[int]):
    rows: list[list[str]] = []
    fields: list[str] = []
    buf: list[str] = []
    literals = 0
    quoted = False
    quote_start = -1
    at_start = True
    i, n = 0, len(text)
    while i < n:
        c = text[i]
        if quoted:
            if c == '"':
                nxt = text[i + 1] if i + 1 < n else ""
                if nxt == '"':
                    buf.append('"')
                    i += 2
                    continue
                if nxt in (delimiter, "\n", "\r", ""):
                    quoted = False
                    i += 1
                    continue
                buf.append('"')  # a quote followed by text: literal
                literals += 1
            else:
                buf.append(c)
            i += 1
            continue
        if at_start and c == '"' and i not in literal_at:
            quoted, quote_start, at_start = True, i, False
            i += 1
            continue
        at_start = False
        if c == delimiter:
            fields.append("".join(buf))
            buf, at_start = [], True
        elif c in "\r\n":
            if c == "\r" and text[i + 1 : i + 2] == "\n":
                i += 1
            fields.append("".join(buf))
            rows.append(fields)
            fields, buf, at_start = [], [], True
        else:
            buf.append(c)
        i += 1
    if quoted:
        return rows, literals, quote_start
    if buf or fields:
        fields.append("".join(buf))
        rows.append(fields)
    return rows, literals, None


def unique_columns(header: list[str]) -> tuple[list[str], list[str]]:
    """Header names made unique (a repeated name gets ``.2``, ``.3``...), and one note per repeat."""
    seen: dict[str, int] = {}
    names, notes = [], []
    for position, name in enumerate(header, start=1):
        name = name.strip() or f"(column {position})"
        key = name.lower()
        if key in seen:
            seen[key] += 1
            renamed = f"{name}.{seen[key]}"
            notes.append(f"column {position} is named {name!r} again: the first one is used, this one is "
                         f"kept as {renamed!r}; rename the columns to choose")
            name = renamed
        else:
            seen[key] = 1
        names.append(name)
    return names, notes


class TableRows:
    """The rows of a CSV/TSV file as lists of fields, one per header column.

    Parameters
    ----------
    lines : iterator of str
        The file's lines, decoded, line ends kept.
    delimiter : str
        The expected delimiter; a header with none of it but another
        (``;``, tab, ``|``) is read with that one, and :attr:`notes` says so.
    where : str
        The file's name, as reported.
    warn : callable
        ``warn(kind, message)`` hears of every irregular row.

    After the header is read (:meth:`read_header`), iterating yields
    ``(line, fields)`` with ``len(fields) == len(columns)``.
    """

    def __init__(self, lines: Iterator[str], delimiter: str, where: str, warn: Callable[[str, str], None]):
        # An article can be longer than csv's default field limit (128 KB). The
        # limit is process-wide, so it is raised here, when a table is read,
        # rather than as a side effect of importing this module.
        csv.field_size_limit(sys.maxsize)
        self._lines = lines
        self._pending: list[str] = []
        self._taken: list[str] = []
        self.delimiter = delimiter
        self.where = where
        self.warn = warn
        self.columns: list[str] = []
        self.notes: list[str] = []
        self.text_index: int | None = None
        self.anchors: list[tuple[int, str]] = []  # (column, "id" | "date") that tell a row from prose
        self.line = 0  # physical lines consumed so far
        self._reader = None

    def _source(self):
        while True:
            if self._pending:
                line = self._pending.pop()
            else:
                line = next(self._lines, None)
                if line is None:
                    return
            self._taken.append(line)
            yield line

    def read_header(self) -> list[str] | None:
        """Read the header line; None when the file has no line at all. Raises csv.Error if unreadable."""
        first = next(self._lines, None)
        if first is None:
            return None
        self.line = 1
        header = next(csv.reader([first], delimiter=self.delimiter, strict=True), [])
        if len(header) <= 1:
            for other in (";", "\t", "|", ","):
                candidate = next(csv.reader([first], delimiter=other, strict=True), [])
                if other != self.delimiter and len(candidate) > 1:
                    self.notes.append(f"read as {_NAMES[other]}-separated (its header has no {_NAMES[self.delimiter]})")
                    self.delimiter, header = other, candidate
                    break
        self.columns, repeats = unique_columns(header)
        self.notes.extend(repeats)
        self._reader = csv.reader(self._source(), delimiter=self.delimiter, strict=True)
        return self.columns

    def set_roles(self, text_index: int | None, id_index: int | None, date_index: int | None) -> None:
        """Name the columns that hold the text, the id and the date (for recovering rows)."""
        self.text_index = text_index
        self.anchors = [(i, kind) for i, kind in ((id_index, "id"), (date_index, "date")) if i is not None]

    def looks_like_row(self, line: str) -> bool:
        """True when ``line`` alone reads as a row: as many fields as the header, and its id and date plausible."""
        n = len(self.columns)
        if n < 2:
            return False
        try:
            fields = next(csv.reader([line], delimiter=self.delimiter, strict=True), [])
        except csv.Error:
            fields, _, _ = lenient_rows(line, self.delimiter)
            fields = fields[0] if len(fields) == 1 else []
        if len(fields) != n:
            return False
        for index, kind in self.anchors:
            value = fields[index].strip()
            if kind == "id" and not _ID_TOKEN.match(value):
                return False
            if kind == "date" and value:
                try:
                    parse_date(value)
                except ValueError:
                    return False
        return True

    def __iter__(self) -> Iterator[tuple[int, list[str]]]:
        n = len(self.columns)
        while True:
            self._taken = []
            error = None
            try:
                fields = next(self._reader)
            except StopIteration:
                return
            except csv.Error as problem:
                fields, error = None, problem
            raw = self._taken
            start = self.line + 1
            self.line += len(raw)
            if fields is not None:
                if len(raw) == 1 and len(fields) == n:
                    yield start, fields
                    continue
                if not fields:
                    continue  # a blank line
                if len(raw) > 1:
                    self._check_span(start, raw)
                yield start, self._fit(start, fields)
                continue
            yield from self._recover(start, raw, error)

    def _check_span(self, start: int, raw: list[str]) -> None:
        """Report a well-formed quoted field that runs over lines that look like rows.

        The last line is not looked at: it holds the closing quote and the
        fields after it, so it often reads like a row of its own.
        """
        if not self.anchors:
            return
        rows = [start + k for k, line in enumerate(raw[1:-1], start=1) if self.looks_like_row(line)]
        if rows:
            shown = ", ".join(str(r) for r in rows[:5]) + (" ..." if len(rows) > 5 else "")
            self.warn("quote spans rows", f"{self.where}:{start}: a quoted field runs to line {start + len(raw) - 1} "
                      f"over {len(rows)} line(s) that look like rows of their own (line {shown}); read as one row, "
                      f"as written: check the quotes on line {start}")

    def _recover(self, start: int, raw: list[str], error) -> Iterator[tuple[int, list[str]]]:
        """Rows from the raw lines of a record the strict reader refused."""
        # Split where a line looks like a row of its own: a stray quote ran over it.
        cuts = [0] + [k for k in range(1, len(raw)) if self.looks_like_row(raw[k])]
        segments = [raw[a:b] for a, b in zip(cuts, cuts[1:] + [len(raw)])]
        last = segments[-1]
        # The last segment may end inside a quote that closes further on (a quote
        # followed by text does not close it): read on until it closes, or a row starts.
        pulled = 0
        while _split("".join(last), self.delimiter, set())[2] is not None and pulled < MAX_PULLED_LINES:
            line = self._pending.pop() if self._pending else next(self._lines, None)
            if line is None:
                break
            if self.looks_like_row(line):
                self._pending.append(line)
                break
            last.append(line)
            pulled += 1
        self.line += pulled
        if len(segments) > 1:
            self.warn("unclosed quote", f"{self.where}:{start}: a quote on this line is never closed, so the rows "
                      f"after it ran into it (to line {start + len(raw) - 1}); read the quote as a literal character "
                      f"and those lines as rows of their own: fix the quote on line {start}")
        line = start
        for segment in segments:
            rows, literals, unclosed = lenient_rows("".join(segment), self.delimiter)
            if len(segments) == 1:
                if unclosed:
                    what = "a quote on this line is never closed"
                elif literals:
                    what = "a quote in the middle of a field"
                else:
                    what = f"not valid CSV ({error})"
                self.warn("stray quote", f"{self.where}:{line}: {what}; kept it as a literal character and read "
                          "the row leniently: double the quote (\"\") or quote the whole field")
            offset = 0
            for fields in rows:
                if fields != [""]:
                    yield line + offset, self._fit(line + offset, fields)
                offset += 1 + sum(f.count("\n") for f in fields)
            line += len(segment)

    def _fit(self, line: int, fields: list[str]) -> list[str]:
        """``fields`` made as long as the header: surplus joined into the text column, missing left empty."""
        n = len(self.columns)
        if len(fields) == n:
            return fields
        if len(fields) < n:
            missing = ", ".join(repr(c) for c in self.columns[len(fields):][:4])
            self.warn("field count", f"{self.where}:{line}: {len(fields)} field(s), the header has {n}: "
                      f"{missing} left empty; check the row's delimiters and quotes")
            return fields + [""] * (n - len(fields))
        surplus = len(fields) - n
        target = self.text_index if self.text_index is not None else n - 1
        joined = self.delimiter.join(fields[target : target + surplus + 1])
        self.warn("field count", f"{self.where}:{line}: {len(fields)} fields, the header has {n}: joined fields "
                  f"{target + 1}-{target + surplus + 1} into {self.columns[target]!r} with the "
                  f"{_NAMES.get(self.delimiter, repr(self.delimiter))} between them (an unquoted "
                  f"{_NAMES.get(self.delimiter, 'delimiter')} in the text?); quote that field")
        return fields[:target] + [joined] + fields[target + surplus + 1 :]
