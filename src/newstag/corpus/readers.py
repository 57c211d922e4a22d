"""Read one input (text file, folder, CSV/TSV, JSONL, stdin) into records.

Each reader yields, in input order, either an :class:`Item` or a
:class:`Skipped` that names where the problem is and what to do. Readers
never raise for bad user input: that is the caller's report to print. The
table readers live in :mod:`~newstag.corpus.records`; what all readers
share (opening, decoding, the context) in :mod:`~newstag.corpus.files`.
"""

from __future__ import annotations

import os
import stat
import sys
from pathlib import Path
from typing import Iterator

from newstag.config import SEEDS_DIR
from newstag.corpus.cleaning import Repairs, clean_text
from newstag.corpus.dates import parse_date
from newstag.corpus.files import Item, ReadContext, Skipped, display, read_text
from newstag.corpus.records import read_csv_file, read_jsonl_file
from newstag.corpus.textfile import parse_news_text

__all__ = ["Item", "Skipped", "ReadContext", "read_input", "read_path", "parse_date", "TEXT_SUFFIXES",
           "TABLE_SUFFIXES"]

TEXT_SUFFIXES = {".txt", ".text", ".md"}
TABLE_SUFFIXES = {".csv", ".tsv", ".jsonl", ".ndjson", ".json"}


def _clean_lines(text: str, ctx: ReadContext) -> str:
    """Clean each line on its own, so that line numbers stay those of the file."""
    file_repairs = Repairs()
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    cleaned = "\n".join(clean_text(line, file_repairs) if line.strip() else "" for line in lines)
    file_repairs.items_repaired = min(file_repairs.items_repaired, 1)
    ctx.repairs.add(file_repairs)
    return cleaned


def read_text_file(path: Path, ctx: ReadContext, *, prefix: str | None = None) -> Iterator[Item | Skipped]:
    where = display(path)
    text = read_text(path, where, ctx)
    if isinstance(text, Skipped):
        yield text
        return
    text = _clean_lines(text, ctx)
    if not text.strip():
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
            text=ctx.limit(ctx.without_footer(found.text, item_where), item_where),
            source=found.source,
            date=found.date,
            origin=item_where,
            title_given=found.title_given,
        )


def _walk(path: Path) -> Iterator[Path | Skipped]:
    """Every entry under ``path``, sorted; a folder that cannot be listed is a Skipped, not silence."""
    problems: list[Skipped] = []

    def report(error: OSError) -> None:
        where = display(Path(error.filename)) if error.filename else display(path)
        reason = "permission denied" if isinstance(error, PermissionError) else (error.strerror or str(error))
        problems.append(Skipped(where, f"folder cannot be read ({reason}); its files were not loaded: "
                                "check its permissions"))

    entries = []
    for root, folders, files in os.walk(path, onerror=report):
        folders.sort()
        entries.extend(Path(root) / name for name in files)
        # Links to folders are not followed (os.walk's default): name them rather than drop them.
        entries.extend(Path(root) / name for name in folders if (Path(root) / name).is_symlink())
    yield from problems
    yield from sorted(entries)


def read_folder(path: Path, ctx: ReadContext) -> Iterator[Item | Skipped]:
    found = False
    for entry in _walk(path):
        found = True
        if isinstance(entry, Skipped):
            yield entry
            continue
        if any(part.startswith(".") for part in entry.relative_to(path).parts):
            yield Skipped(display(entry), "hidden file ignored")
            continue
        yield from read_path(entry, ctx, in_folder=True)
    if not found:
        yield Skipped(display(path), "folder holds no files; put .txt, .csv or .jsonl files in it")


def read_path(path: Path, ctx: ReadContext, *, in_folder: bool = False) -> Iterator[Item | Skipped]:
    """Yield the records of one input path, whatever its kind."""
    where = display(path)
    try:
        mode = path.stat().st_mode
    except FileNotFoundError:
        yield Skipped(where, "no such file or folder" + (" (a broken link)" if path.is_symlink() else "")
                      + "; check the path")
        return
    except OSError as error:
        yield Skipped(where, f"cannot be read ({error.strerror or error}); check the path")
        return
    if stat.S_ISDIR(mode):
        if in_folder:
            yield Skipped(where, "link to a folder, not followed; give the folder itself as an input")
        else:
            yield from read_folder(path, ctx)
        return
    if not stat.S_ISREG(mode):
        yield Skipped(where, "not a regular file (a pipe, socket or device); give a .txt, .csv or .jsonl file")
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
            shown = display(stdin_path)
            for record in read_jsonl_file(stdin_path, ctx):
                if isinstance(record, Skipped):
                    record.where = record.where.replace(shown, "<stdin>")
                else:
                    record.origin = record.origin.replace(shown, "<stdin>")
                yield record
            for decoding in ctx.decodings:
                decoding.where = decoding.where.replace(shown, "<stdin>")
            ctx.warnings[:] = [_renamed(w, shown) for w in ctx.warnings]
            ctx.file_notes[:] = [note.replace(shown, "<stdin>") for note in ctx.file_notes]
        return
    yield from read_path(Path(name), ctx)


def _renamed(warning: str, shown: str) -> str:
    from newstag.corpus.files import Problem

    if isinstance(warning, Problem):
        return Problem(warning.kind, warning.replace(shown, "<stdin>"))
    return warning.replace(shown, "<stdin>")
