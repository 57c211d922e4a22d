"""Table inputs (CSV/TSV, JSONL, JSON) turned into items, every row and field accounted for.

Both kinds become ``(line, record)`` pairs, where a record maps field
names to values; :func:`records_to_items` then picks the text, title, id,
date and source fields, applies the one title rule
(:func:`~newstag.corpus.textfile.item_title`) and the file's date order
(:class:`~newstag.corpus.dates.DateOrder`), and says which fields it did
not use.
"""

from __future__ import annotations

import csv
import json
from itertools import chain, islice
from pathlib import Path
from typing import Iterator

from newstag.corpus.cleaning import clean_text
from newstag.corpus.dates import DateOrder
from newstag.corpus.files import Item, ReadContext, Skipped, display, open_lines, read_text
from newstag.corpus.tables import TableRows
from newstag.corpus.textfile import item_title

__all__ = ["read_csv_file", "read_jsonl_file", "records_to_items", "LOOKAHEAD",
           "TEXT_COLUMNS", "TITLE_COLUMNS", "ID_COLUMNS", "DATE_COLUMNS", "SOURCE_COLUMNS"]

TEXT_COLUMNS = ("text", "content", "body", "article_content", "article_text")
TITLE_COLUMNS = ("title", "headline", "article_title")
ID_COLUMNS = ("id", "unit_id", "doc_id")
DATE_COLUMNS = ("date", "published", "published_at")
SOURCE_COLUMNS = ("source", "outlet", "agency")
FAKES_EXTRA_COLUMNS = ("location", "actor", "cause_of_death", "label")
#: The fields of the first this many records decide which field is the text,
#: title, id...; their dates decide the file's day/month order.
LOOKAHEAD = 10_000
_JSON = json.JSONDecoder(strict=False)  # control characters in strings: kept, then removed and counted by clean_text


def _pick(columns: list[str], candidates: tuple[str, ...]) -> str | None:
    lowered: dict[str, str] = {}
    for column in columns:
        lowered.setdefault(column.strip().lower(), column)  # the first of a repeated name
    for name in candidates:
        if name in lowered:
            return lowered[name]
    return None


def _as_text(value, name: str, where: str, ctx: ReadContext) -> str:
    """A field value as text; a list of strings is joined, anything else is named in a warning."""
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return str(value)
    if isinstance(value, list) and all(isinstance(v, str) for v in value):
        ctx.warn("field type", f"{where}: field {name!r} is a list of {len(value)} strings; joined them as paragraphs")
        return "\n\n".join(value)
    ctx.warn("field type", f"{where}: field {name!r} is a JSON {type(value).__name__}, not text; "
             "kept it written as JSON: give it as a string")
    return json.dumps(value, ensure_ascii=False)


def records_to_items(records, columns, path: Path, ctx: ReadContext, what: str) -> Iterator[Item | Skipped]:
    """Turn table records (dicts) into items; ``records`` yields ``(line, record)`` or ``(line, Skipped)``."""
    where = display(path)
    is_fakes = {"unit_id", "article_content"} <= {c.strip().lower() for c in columns}
    text_col = _pick(columns, TEXT_COLUMNS)
    if text_col is None:
        shown = ", ".join(repr(c) for c in columns[:12]) or "none"
        yield Skipped(where, f"no text {what} (looked for {', '.join(TEXT_COLUMNS)}; found {shown}); "
                      f"name the {what} that holds the article text 'text'")
        return
    title_col = _pick(columns, TITLE_COLUMNS)
    id_col = _pick(columns, ID_COLUMNS)
    date_col = _pick(columns, DATE_COLUMNS)
    source_col = _pick(columns, SOURCE_COLUMNS)
    extra_cols = [_pick(columns, (name,)) for name in FAKES_EXTRA_COLUMNS] if is_fakes else []
    # newstag's own items.jsonl marks titles it derived from the text; read back, they stay derived.
    given_col = _pick(columns, ("title_given",)) if title_col else None
    used = {text_col, title_col, id_col, date_col, source_col, given_col, *extra_cols} - {None}
    unused = [c for c in columns if c not in used]
    if unused:
        roles = ", ".join(f"{role} <- {col!r}" for role, col in
                          (("text", text_col), ("title", title_col), ("id", id_col), ("date", date_col),
                           ("source", source_col)) if col)
        shown = ", ".join(repr(c) for c in unused[:8]) + (f" and {len(unused) - 8} more" if len(unused) > 8 else "")
        ctx.file_notes.append(f"{where}: read {roles}; {what}(s) not used: {shown}")
    dates = DateOrder(where, ctx.date_order)
    if date_col:
        ahead = list(islice(records, LOOKAHEAD))
        dates.infer((line, r.get(date_col)) for line, r in ahead if isinstance(r, dict))
        records = chain(ahead, records)
    prefix = "fakes" if is_fakes else path.stem
    row_number = 0
    for line, row in records:
        row_number += 1
        if isinstance(row, Skipped):
            yield row
            continue
        item_where = f"{where}:{line}"
        raw_id = _as_text(row.get(id_col), id_col, item_where, ctx).strip() if id_col else ""
        if is_fakes:
            item_id = f"fakes:{raw_id}" if raw_id else f"fakes:row{row_number}"
        else:
            item_id = raw_id or f"{prefix}:{row_number}"
        text = clean_text(_as_text(row.get(text_col), text_col, item_where, ctx), ctx.repairs)
        text = ctx.without_footer(text, item_where)
        headline = clean_text(_as_text(row.get(title_col), title_col, item_where, ctx), ctx.repairs) if title_col else ""
        if not text and headline.strip():
            # A wire alert is often a headline alone: it is the item's text (and its title, derived from it).
            ctx.warn("headline only", f"{item_where}: no {text_col!r}; its {title_col!r} is read as the text")
            text, headline = headline, ""
        if not text:
            yield Skipped(item_where, f"empty text (row {row_number}); fill in its '{text_col}' or remove the row",
                          id=item_id)
            continue
        text = ctx.limit(text, item_where)
        if given_col and row.get(given_col) in (False, "false", "False", "0", 0):
            headline = ""  # derived by newstag from the text: derived again, the same way
        item_date = None
        if date_col:
            try:
                item_date = dates.parse(row.get(date_col), item_where, ctx.warn)
            except ValueError as error:
                ctx.warn("date", f"{item_where}: {error}; date left empty (use YYYY-MM-DD)")
        source = _as_text(row.get(source_col), source_col, item_where, ctx).strip() or None if source_col else None
        extra = {}
        if is_fakes:
            extra = {name: (str(row.get(col) or "").strip() or None) if col else None
                     for name, col in zip(FAKES_EXTRA_COLUMNS, extra_cols)}
        yield Item(id=item_id, title=item_title(headline, text), text=text, source=source, date=item_date,
                   origin=item_where, extra=extra, title_given=bool(headline.strip()))
    summary = dates.summary()
    if summary:
        ctx.file_notes.append(summary)


def read_csv_file(path: Path, ctx: ReadContext) -> Iterator[Item | Skipped]:
    where = display(path)
    lines = open_lines(path, where, ctx, newline="")
    if isinstance(lines, Skipped):
        yield lines
        return
    table = TableRows(lines, "\t" if path.suffix.lower() == ".tsv" else ",", where, ctx.warn)
    try:
        columns = table.read_header()
    except csv.Error as error:
        lines.close()
        yield Skipped(f"{where}:1", f"the header line is not valid CSV ({error}); fix its quotes")
        return
    if not columns:
        yield Skipped(where, "file is empty; remove it or put news text in it")
        return
    ctx.file_notes.extend(f"{where}: {note}" for note in table.notes)
    lowered = [c.strip().lower() for c in columns]

    def index(candidates):
        name = _pick(columns, candidates)
        return lowered.index(name.strip().lower()) if name else None

    table.set_roles(index(TEXT_COLUMNS), index(ID_COLUMNS), index(DATE_COLUMNS))
    rows = ((line, dict(zip(columns, fields))) for line, fields in table)
    count = 0
    for record in records_to_items(rows, columns, path, ctx, "column"):
        count += 1
        yield record
    if count == 0:
        yield Skipped(where, "has a header but no rows; put the items on the lines after the header")


def _json_values(text: str, first_line: int):
    """Every JSON value in ``text``, as ``(line, value)``, then ``(line, error, rest)`` for what is not JSON."""
    position, n = 0, len(text)
    while True:
        while position < n and text[position] in " \t\r\n,":
            position += 1
        if position >= n:
            return
        line = first_line + text.count("\n", 0, position)
        try:
            value, position = _JSON.raw_decode(text, position)
        except json.JSONDecodeError as error:
            yield line, error, text[position:].strip()
            return
        yield line, value, None


def _line_records(where: str, line_number: int, text: str):
    """The records of one JSONL line (or a JSON file's top level), each ``(line, dict | Skipped)``."""
    values = list(_json_values(text, line_number))
    complete = [v for v in values if v[2] is None]
    for line, value, rest in values:
        at = f"{where}:{line}"
        if rest is not None:
            shown = rest if len(rest) <= 40 else rest[:37] + "..."
            reason = f"not valid JSON ({value.msg}): {shown!r}; fix the line"
            if complete:
                reason = (f"after the JSON value(s) on this line, {len(rest)} character(s) are not JSON "
                          f"({value.msg}): {shown!r}; not loaded: fix the line")
            yield line, Skipped(at, reason)
        elif isinstance(value, dict):
            yield line, value
        elif isinstance(value, list) and value and all(isinstance(v, dict) for v in value):
            for element in value:
                yield line, element
        else:
            kind = {list: "list", str: "string", bool: "true/false", type(None): "null"}.get(type(value), "number")
            if isinstance(value, list):
                kind = "empty list" if not value else "list of " + ", ".join(sorted({type(v).__name__ for v in value}))
            yield line, Skipped(at, f"line is a JSON {kind}, not a JSON object; write {{\"text\": ...}}")


def read_jsonl_file(path: Path, ctx: ReadContext) -> Iterator[Item | Skipped]:
    """Read a JSONL file line by line (a ``.json`` file is read whole).

    A line may hold several objects, or a list of objects: each is an item,
    and the report says so. The fields of the first :data:`LOOKAHEAD`
    records decide which one holds the text, title, id, date and source.
    """
    where = display(path)
    if path.suffix.lower() == ".json":
        text = read_text(path, where, ctx)
        if isinstance(text, Skipped):
            yield text
            return
        records = _json_file_records(where, text, ctx)
    else:
        lines = open_lines(path, where, ctx, newline=None)
        if isinstance(lines, Skipped):
            yield lines
            return
        records = _jsonl_records(where, lines, ctx)
    columns: list[str] = []
    ahead: list = []
    for entry in records:
        ahead.append(entry)
        if isinstance(entry[1], dict):
            columns.extend(key for key in entry[1] if key not in columns)
        if columns and len(ahead) >= LOOKAHEAD:
            break
    if not ahead:
        yield Skipped(where, "no JSON records found; write one JSON object per line")
        return
    if not columns:  # report each bad line (or the file holds only empty objects)
        if any(isinstance(record, dict) for _, record in ahead):
            yield Skipped(where, "no text field (its objects have no fields); write {\"text\": ...} on each line")
            return
        yield from (record for _, record in ahead)
        return
    yield from records_to_items(chain(ahead, records), columns, path, ctx, "field")


def _jsonl_records(where: str, lines, ctx: ReadContext):
    for line_number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        records = list(_line_records(where, line_number, line))
        objects = sum(isinstance(r, dict) for _, r in records)
        if objects > 1:
            ctx.warn("several objects on a line", f"{where}:{line_number}: holds {objects} JSON objects; read each "
                     "as an item: write one object per line")
        yield from records


def _json_file_records(where: str, text: str, ctx: ReadContext):
    """A ``.json`` file: an array of objects, one object (or one that wraps a single list of objects), or JSONL."""
    stripped = text.lstrip()
    first_line = 1 + text.count("\n", 0, len(text) - len(stripped))
    if stripped.startswith("{"):
        try:
            whole = json.loads(text, strict=False)
        except json.JSONDecodeError:
            whole = None
        if isinstance(whole, dict):
            lists = [k for k, v in whole.items() if isinstance(v, list) and v and all(isinstance(e, dict) for e in v)]
            if len(lists) == 1 and not any(k.lower() in TEXT_COLUMNS for k in whole):
                others = [k for k in whole if k != lists[0]]
                ctx.file_notes.append(f"{where}: read the {len(whole[lists[0]])} objects of its {lists[0]!r} list"
                                      + (f"; top-level field(s) not used: {', '.join(map(repr, others))}" if others else ""))
                yield from ((first_line, r) for r in whole[lists[0]])
                return
            yield first_line, whole
            return
        yield from _jsonl_records(where, text.splitlines(keepends=True), ctx)
        return
    if stripped.startswith("["):
        inner = text[: len(text) - len(stripped)] + " " + stripped[1:]
        closing = inner.rstrip()
        if closing.endswith("]"):
            inner = closing[:-1]
        else:
            ctx.warn("json", f"{where}: the JSON array is not closed with ']'; read the objects before the break")
        yield from _line_records(where, 1, inner)
        return
    yield from _jsonl_records(where, text.splitlines(keepends=True), ctx)
