"""Read one input (text file, folder, CSV, JSONL, FA-KES csv) into records.

Each reader yields, in input order, either an :class:`Item` or a
:class:`Skipped` that names where the problem is and what to do. Readers
never raise for bad user input: that is the caller's report to print.
"""

from __future__ import annotations

import csv
import io
import json
import sys
from dataclasses import dataclass, field
from datetime import date, datetime
from itertools import chain
from pathlib import Path
from typing import Iterator

from newstag.config import SEEDS_DIR
from newstag.corpus.cleaning import (
    Repairs,
    clean_text,
    decode_bytes,
    looks_binary,
    strip_footer,
)
from newstag.corpus.textfile import parse_news_text

__all__ = ["Item", "Skipped", "ReadContext", "read_input", "TEXT_SUFFIXES", "TABLE_SUFFIXES"]

TEXT_SUFFIXES = {".txt", ".text", ".md"}
TABLE_SUFFIXES = {".csv", ".tsv", ".jsonl", ".ndjson", ".json"}

TEXT_COLUMNS = ("text", "content", "body", "article_content", "article_text")
TITLE_COLUMNS = ("title", "headline", "article_title")
ID_COLUMNS = ("id", "unit_id", "doc_id")
DATE_COLUMNS = ("date", "published", "published_at")
SOURCE_COLUMNS = ("source", "outlet", "agency")
FAKES_EXTRA_COLUMNS = ("location", "actor", "cause_of_death", "label")

csv.field_size_limit(sys.maxsize)


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


@dataclass
class Skipped:
    """An input, or a part of one, that gave no item, and why."""

    where: str
    reason: str
    id: str | None = None


@dataclass
class ReadContext:
    """Settings and running counts shared by the readers of one load."""

    max_chars: int = 200_000
    repairs: Repairs = field(default_factory=Repairs)
    boilerplate: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


def _display(path: Path) -> str:
    try:
        return str(path.resolve().relative_to(Path.cwd()))
    except ValueError:
        return str(path)


def _read_bytes(path: Path, where: str) -> bytes | Skipped:
    try:
        raw = path.read_bytes()
    except PermissionError:
        return Skipped(where, "cannot be read (permission denied); check the file's permissions")
    except OSError as error:
        return Skipped(where, f"cannot be read ({error.strerror}); check the path")
    if not raw.strip():
        return Skipped(where, "file is empty; remove it or put news text in it")
    kind = looks_binary(raw)
    if kind:
        return Skipped(where, f"looks like a {kind}, not text; give a .txt, .csv or .jsonl file")
    return raw


#: How many bytes of a file are looked at to tell text from binary data.
_HEAD_BYTES = 8192
#: JSONL: the fields of the first this many records decide which field is
#: the text, title, id... (a smaller file: all of its records).
JSONL_LOOKAHEAD = 10_000


def _open_lines(path: Path, where: str, ctx: ReadContext, *, newline: str | None):
    """Open a table file to read it line by line, in bounded memory.

    Returns a Skipped (same checks and messages as :func:`_read_bytes`), or
    an iterator of decoded lines that keep their line ends. Lines with bytes
    that are not UTF-8 are repaired by :func:`decode_bytes` one line at a
    time; the file counts once in ``items_repaired``, as a whole-file decode
    would.
    """
    try:
        handle = path.open("rb")
    except PermissionError:
        return Skipped(where, "cannot be read (permission denied); check the file's permissions")
    except OSError as error:
        return Skipped(where, f"cannot be read ({error.strerror}); check the path")
    try:
        head = handle.read(_HEAD_BYTES)
        blank = not head.strip()
        while blank:  # only whitespace so far: is there anything further on?
            more = handle.read(1 << 20)
            if not more:
                break
            blank = not more.strip()
    except OSError as error:
        handle.close()
        return Skipped(where, f"cannot be read ({error.strerror}); check the path")
    if blank:
        handle.close()
        return Skipped(where, "file is empty; remove it or put news text in it")
    kind = looks_binary(head)
    if kind:
        handle.close()
        return Skipped(where, f"looks like a {kind}, not text; give a .txt, .csv or .jsonl file")
    handle.seek(0)
    text = io.TextIOWrapper(handle, encoding="utf-8-sig", errors="surrogateescape", newline=newline)

    def lines():
        file_repairs = Repairs()
        try:
            for line in text:
                if not line.isascii():
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


def _without_footer(text: str, where: str, ctx: ReadContext) -> str:
    """The text less a trailing site footer (follow us, newsletter, copyright), reported as boilerplate."""
    kept, removed = strip_footer(text)
    if removed:
        shown = removed if len(removed) <= 80 else removed[:77] + "..."
        ctx.boilerplate.append(f"{where}: trailing footer ({len(removed)} chars): {shown}")
    return kept


def _limit(text: str, where: str, ctx: ReadContext) -> str:
    if len(text) > ctx.max_chars:
        ctx.warnings.append(
            f"{where}: item is {len(text):,} characters; kept the first {ctx.max_chars:,} "
            "(raise --max-chars to keep more, or split the file into articles)"
        )
        return text[: ctx.max_chars]
    return text


def parse_date(value, *, dayfirst: bool = False) -> date | None:
    """Parse a date written as ISO, ``M/D/YY`` or free text; None if empty.

    Raises ValueError when a non-empty value is not a date.
    """
    if value is None:
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    text = str(value).strip()
    if not text:
        return None
    for fmt in ("%Y-%m-%d", "%m/%d/%y", "%m/%d/%Y"):
        try:
            return datetime.strptime(text, fmt).date()
        except ValueError:
            pass
    from dateutil import parser as date_parser

    try:
        return date_parser.parse(text, dayfirst=dayfirst).date()
    except (ValueError, OverflowError) as error:
        raise ValueError(f"date {text!r} not understood") from error


def read_text_file(path: Path, ctx: ReadContext, *, prefix: str | None = None) -> Iterator[Item | Skipped]:
    where = _display(path)
    raw = _read_bytes(path, where)
    if isinstance(raw, Skipped):
        yield raw
        return
    text = clean_text(decode_bytes(raw, ctx.repairs), ctx.repairs)
    if not text:
        yield Skipped(where, "file holds only whitespace; remove it or put news text in it")
        return
    parsed = parse_news_text(text)
    ctx.boilerplate.extend(f"{where}: {line}" for line in parsed.boilerplate)
    if prefix is None:
        prefix = "seed" if path.resolve().parent == SEEDS_DIR.resolve() or path.parent.name == "seeds" else "txt"
    several = len(parsed.items) > 1
    for number, found in enumerate(parsed.items, start=1):
        item_where = f"{where}:{found.line}"
        item_id = f"{prefix}:{path.stem}" + (f"#{number}" if several else "")
        if not found.text.strip():
            yield Skipped(item_where, "item has a headline but no text", id=item_id)
            continue
        yield Item(
            id=item_id,
            title=found.title,
            text=_limit(_without_footer(found.text, item_where, ctx), item_where, ctx),
            source=found.source,
            date=found.date,
            origin=item_where,
        )


def _pick(columns: list[str], candidates: tuple[str, ...]) -> str | None:
    lowered = {c.strip().lower(): c for c in columns}
    for name in candidates:
        if name in lowered:
            return lowered[name]
    return None


def _records_from_rows(rows, columns, path: Path, ctx: ReadContext, what: str) -> Iterator[Item | Skipped]:
    """Turn table rows (dicts) into items; ``rows`` yields (line, row)."""
    where = _display(path)
    is_fakes = {"unit_id", "article_content"} <= {c.strip().lower() for c in columns}
    text_col = _pick(columns, TEXT_COLUMNS)
    if text_col is None:
        shown = ", ".join(repr(c) for c in columns[:12]) or "none"
        yield Skipped(
            where,
            f"no text {what} (looked for {', '.join(TEXT_COLUMNS)}; found {shown}); "
            f"name the {what} that holds the article text 'text'",
        )
        return
    title_col = _pick(columns, TITLE_COLUMNS)
    id_col = _pick(columns, ID_COLUMNS)
    date_col = _pick(columns, DATE_COLUMNS)
    source_col = _pick(columns, SOURCE_COLUMNS)
    prefix = "fakes" if is_fakes else path.stem
    for row_number, (line, row) in enumerate(rows, start=1):
        if isinstance(row, Skipped):
            yield row
            continue
        item_where = f"{where}:{line}"
        raw_id = row.get(id_col) if id_col else None
        raw_id = str(raw_id).strip() if raw_id not in (None, "") else ""
        if is_fakes:
            item_id = f"fakes:{raw_id}" if raw_id else f"fakes:row{row_number}"
        else:
            item_id = raw_id or f"{prefix}:{row_number}"
        text_value = row.get(text_col)
        text = clean_text(str(text_value), ctx.repairs) if text_value is not None else ""
        text = _without_footer(text, item_where, ctx)
        if not text:
            yield Skipped(item_where, f"empty text (row {row_number}); fill in its '{text_col}' or remove the row", id=item_id)
            continue
        title = clean_text(str(row.get(title_col) or ""), ctx.repairs) if title_col else ""
        item_date = None
        if date_col:
            try:
                item_date = parse_date(row.get(date_col))
            except ValueError as error:
                ctx.warnings.append(f"{item_where}: {error}; date left empty (use YYYY-MM-DD)")
        source = str(row.get(source_col) or "").strip() or None if source_col else None
        extra = {}
        if is_fakes:
            extra = {name: (str(row.get(name) or "").strip() or None) for name in FAKES_EXTRA_COLUMNS}
        yield Item(
            id=item_id,
            title=title,
            text=_limit(text, item_where, ctx),
            source=source,
            date=item_date,
            origin=item_where,
            extra=extra,
        )


def read_csv_file(path: Path, ctx: ReadContext) -> Iterator[Item | Skipped]:
    where = _display(path)
    lines = _open_lines(path, where, ctx, newline="")
    if isinstance(lines, Skipped):
        yield lines
        return
    delimiter = "\t" if path.suffix.lower() == ".tsv" else ","
    reader = csv.DictReader(lines, delimiter=delimiter)
    try:
        columns = list(reader.fieldnames or [])
    except csv.Error as error:
        yield Skipped(where, f"not a readable CSV ({error}); check the file is comma-separated")
        return

    def rows():
        previous_line = reader.line_num
        while True:
            try:
                row = next(reader)
            except StopIteration:
                return
            except csv.Error as error:
                yield reader.line_num, Skipped(f"{where}:{reader.line_num}", f"malformed CSV row ({error}); fix the quoting")
                previous_line = reader.line_num
                continue
            start = previous_line + 1
            previous_line = reader.line_num
            if None in row:
                row.pop(None)
            yield start, row

    yield from _records_from_rows(rows(), columns, path, ctx, "column")


def read_jsonl_file(path: Path, ctx: ReadContext) -> Iterator[Item | Skipped]:
    """Read a JSONL file line by line (a ``.json`` array file is read whole).

    The fields of the first :data:`JSONL_LOOKAHEAD` records decide which one
    holds the text, title, id, date and source.
    """
    where = _display(path)
    if path.suffix.lower() == ".json":
        raw = _read_bytes(path, where)
        if isinstance(raw, Skipped):
            yield raw
            return
        text = decode_bytes(raw, ctx.repairs)
        if text.lstrip().startswith("["):
            try:
                records = json.loads(text)
            except json.JSONDecodeError as error:
                yield Skipped(where, f"not valid JSON ({error.msg} at line {error.lineno}); fix it or write one object per line")
                return
            lines = iter([json.dumps(r) for r in records])
        else:
            lines = iter(text.split("\n"))
    else:
        lines = _open_lines(path, where, ctx, newline="\n")
        if isinstance(lines, Skipped):
            yield lines
            return

    def parsed():
        for line_number, line in enumerate(lines, start=1):
            if not line.strip():
                continue
            try:
                record = json.loads(line)
            except json.JSONDecodeError as error:
                yield line_number, Skipped(f"{where}:{line_number}", f"not valid JSON ({error.msg}); fix the line")
                continue
            if not isinstance(record, dict):
                yield line_number, Skipped(f"{where}:{line_number}", "line is not a JSON object; write {\"text\": ...}")
                continue
            yield line_number, record

    records = parsed()
    columns: list[str] = []
    ahead: list[tuple[int, dict | Skipped]] = []
    any_object = False
    for entry in records:
        ahead.append(entry)
        if isinstance(entry[1], dict):
            any_object = True
            for key in entry[1]:
                if key not in columns:
                    columns.append(key)
        if any_object and len(ahead) >= JSONL_LOOKAHEAD:
            break
    if not ahead:
        yield Skipped(where, "no JSON records found; write one JSON object per line")
        return
    if not any_object:  # report each bad line
        yield from (record for _, record in ahead)
        return
    yield from _records_from_rows(chain(ahead, records), columns or ["(none)"], path, ctx, "field")


def read_folder(path: Path, ctx: ReadContext) -> Iterator[Item | Skipped]:
    entries = sorted(p for p in path.rglob("*") if p.is_file())
    if not entries:
        yield Skipped(_display(path), "folder holds no files; put .txt, .csv or .jsonl files in it")
        return
    for entry in entries:
        if any(part.startswith(".") for part in entry.relative_to(path).parts):
            yield Skipped(_display(entry), "hidden file ignored")
            continue
        yield from read_path(entry, ctx, in_folder=True)


def read_path(path: Path, ctx: ReadContext, *, in_folder: bool = False) -> Iterator[Item | Skipped]:
    """Yield the records of one input path, whatever its kind."""
    where = _display(path)
    if not path.exists():
        yield Skipped(where, "no such file or folder; check the path")
        return
    if path.is_dir():
        yield from read_folder(path, ctx)
        return
    suffix = path.suffix.lower()
    if suffix in {".csv", ".tsv"}:
        yield from read_csv_file(path, ctx)
    elif suffix in {".jsonl", ".ndjson", ".json"}:
        yield from read_jsonl_file(path, ctx)
    elif suffix in TEXT_SUFFIXES or (suffix == "" and not in_folder):
        yield from read_text_file(path, ctx)
    else:
        yield Skipped(where, f"unsupported file type '{suffix}'; use .txt, .csv, .tsv or .jsonl")


def read_input(name: str, ctx: ReadContext) -> Iterator[Item | Skipped]:
    """Yield records for one INPUT argument (a path, or ``-`` for stdin JSONL)."""
    if name == "-":
        import shutil
        import tempfile

        with tempfile.TemporaryDirectory() as tmp:
            stdin_path = Path(tmp) / "stdin.jsonl"
            with stdin_path.open("wb") as copy:  # in chunks: stdin may be larger than memory
                shutil.copyfileobj(sys.stdin.buffer, copy, 1 << 20)
            for record in read_jsonl_file(stdin_path, ctx):
                if isinstance(record, Skipped):
                    record.where = record.where.replace(str(stdin_path), "<stdin>")
                else:
                    record.origin = record.origin.replace(str(stdin_path), "<stdin>")
                yield record
        return
    yield from read_path(Path(name), ctx)
