"""Build a corpus of clean, identified news items from raw inputs.

``load_corpus`` is the public entry point: it reads every input, collapses
duplicates and returns a DataFrame with one row per distinct item. Its
:class:`LoadReport` accounts for every input record: loaded, collapsed as a
duplicate, or skipped with the reason.
"""

from __future__ import annotations

import hashlib
import json
import os
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Iterable, Iterator

from newstag.config import SEEDS_DIR, resolve_fakes_path
from newstag.corpus.cleaning import Repairs, dedup_key
from newstag.corpus.readers import Item, ReadContext, Skipped, read_input

if TYPE_CHECKING:  # pandas is imported where a frame is built: `newstag tag` never needs it
    import pandas as pd

__all__ = [
    "ITEM_FIELDS",
    "LoadReport",
    "default_inputs",
    "iter_corpus",
    "load_corpus",
    "item_to_json",
    "write_jsonl",
]

ITEM_FIELDS = ("id", "title", "text", "source", "date", "origin")


@dataclass
class LoadReport:
    """What happened to every input record of one load."""

    loaded: Counter = field(default_factory=Counter)
    records: Counter = field(default_factory=Counter)
    duplicates: list[str] = field(default_factory=list)
    skipped: list[Skipped] = field(default_factory=list)
    repairs: Repairs = field(default_factory=Repairs)
    boilerplate: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    @property
    def n_loaded(self) -> int:
        return sum(self.loaded.values())

    def format(self, *, limit: int = 20) -> str:
        """Human-readable summary; lists at most ``limit`` lines per section."""
        lines = ["Load report"]
        for name, count in self.records.items():
            lines.append(
                f"  {name}: {count} record(s) read, {self.loaded.get(name, 0)} item(s) loaded"
            )
        lines.append(f"  total: {self.n_loaded} distinct item(s) loaded")
        sections = [
            (f"duplicates collapsed: {len(self.duplicates)}", self.duplicates),
            (f"skipped: {len(self.skipped)}", [f"{s.where}: {s.reason}" for s in self.skipped]),
            (f"warnings: {len(self.warnings)}", self.warnings),
            (f"boilerplate lines removed: {len(self.boilerplate)}", self.boilerplate),
        ]
        repairs = self.repairs
        lines.append(
            f"  text repairs: {repairs.total} in {repairs.items_repaired} file(s)/item(s) "
            f"({repairs.undecodable_runs} undecodable byte run(s) replaced, "
            f"{repairs.mojibake_fixed} mojibake fix(es), {repairs.replacement_chars} U+FFFD removed, "
            f"{repairs.control_chars} control char(s) removed)"
        )
        for title, entries in sections:
            lines.append(f"  {title}")
            for entry in entries[:limit]:
                lines.append(f"    - {entry}")
            if len(entries) > limit:
                lines.append(f"    ... and {len(entries) - limit} more (see --report-file)")
        lines.extend(f"  note: {note}" for note in self.notes)
        return "\n".join(lines)

    def to_dict(self) -> dict:
        return {
            "records_read": dict(self.records),
            "items_loaded": dict(self.loaded),
            "total_loaded": self.n_loaded,
            "duplicates": self.duplicates,
            "skipped": [{"where": s.where, "reason": s.reason, "id": s.id} for s in self.skipped],
            "warnings": self.warnings,
            "boilerplate_removed": self.boilerplate,
            "repairs": {
                "undecodable_byte_runs": self.repairs.undecodable_runs,
                "mojibake_fixed": self.repairs.mojibake_fixed,
                "replacement_chars_removed": self.repairs.replacement_chars,
                "control_chars_removed": self.repairs.control_chars,
                "examples": self.repairs.examples,
            },
            "notes": self.notes,
        }


def default_inputs(fakes: str | os.PathLike | None = None, report: LoadReport | None = None) -> list[str]:
    """The embedded default corpus: ``seeds/`` plus FA-KES when configured."""
    inputs = [str(SEEDS_DIR)]
    fakes_path = resolve_fakes_path(fakes)
    if fakes_path is not None:
        inputs.append(str(fakes_path))
    elif report is not None:
        report.notes.append(
            "FA-KES is not configured: loaded the seeds only. Set NEWSTAG_FAKES_CSV=/path/to/fakes.csv, "
            "pass --fakes PATH, or run `make data` (see README)."
        )
    return inputs


def iter_corpus(
    inputs: Iterable[str] | None = None,
    *,
    fakes: str | os.PathLike | None = None,
    report: LoadReport | None = None,
    max_chars: int = 200_000,
    keep_skipped: bool = False,
    collapse_duplicates: bool = True,
) -> Iterator[Item | Skipped]:
    """Yield distinct items, in input order, filling ``report`` as it goes.

    Duplicates (same id, or same text ignoring case and punctuation) are
    collapsed onto the first item seen. With ``keep_skipped`` the records
    that gave no item are yielded too, in their place, so that a caller can
    answer every input record. With ``collapse_duplicates=False`` every
    item is yielded, duplicates included (tagging answers each input line).
    """
    report = report if report is not None else LoadReport()
    if isinstance(inputs, (str, os.PathLike)):
        inputs = [inputs]  # one path, not a sequence of characters
    names = [str(name) for name in inputs] if inputs else default_inputs(fakes, report)
    seen_ids: dict[str, str] = {}
    seen_texts: dict[bytes, str] = {}  # digest of the text's dedup key -> id: memory stays small per item
    for name in names:
        ctx = ReadContext(max_chars=max_chars, repairs=report.repairs)
        label = name
        report.records[label] += 0
        for record in read_input(name, ctx):
            report.records[label] += 1
            if isinstance(record, Skipped):
                report.skipped.append(record)
                if keep_skipped:
                    yield record
                continue
            if not collapse_duplicates:
                report.loaded[label] += 1
                yield record
                continue
            if record.id in seen_ids:
                report.duplicates.append(
                    f"{record.origin}: id {record.id} already loaded from {seen_ids[record.id]}; kept the first"
                )
                continue
            key = dedup_key(record.title + " " + record.text) if len(record.text) < 400 else dedup_key(record.text)
            key = hashlib.blake2b(key.encode("utf-8", "surrogatepass"), digest_size=16).digest()
            if key in seen_texts:
                report.duplicates.append(
                    f"{record.origin}: {record.id} has the same text as {seen_texts[key]}; kept the first"
                )
                seen_ids[record.id] = record.origin
                continue
            seen_ids[record.id] = record.origin
            seen_texts[key] = record.id
            report.loaded[label] += 1
            yield record
        report.boilerplate.extend(ctx.boilerplate)
        report.warnings.extend(ctx.warnings)


def items_to_frame(items: Iterable[Item]) -> "pd.DataFrame":
    """DataFrame with the item fields, plus any extra fields (e.g. FA-KES's)."""
    import pandas as pd

    rows = []
    for item in items:
        row = {name: getattr(item, name) for name in ITEM_FIELDS}
        row.update(item.extra)
        rows.append(row)
    frame = pd.DataFrame(rows, columns=list(ITEM_FIELDS) if not rows else None)
    if "date" in frame:
        frame["date"] = pd.to_datetime(frame["date"], errors="coerce")
    return frame


def load_corpus(
    inputs: Iterable[str] | None = None,
    *,
    fakes: str | os.PathLike | None = None,
    max_chars: int = 200_000,
    return_report: bool = False,
):
    """Load news items from files, folders, CSV or JSONL.

    Parameters
    ----------
    inputs : iterable of str, optional
        Paths to text files, folders, CSV/TSV or JSONL files. Default: the
        embedded corpus, ``seeds/`` plus FA-KES when configured.
    fakes : path, optional
        FA-KES csv for the default corpus (else ``$NEWSTAG_FAKES_CSV`` or
        ``data/raw/fakes.csv``).
    max_chars : int, default 200_000
        Longer items are truncated, and listed in the report.
    return_report : bool, default False
        Also return the :class:`LoadReport`.

    Returns
    -------
    pandas.DataFrame or (DataFrame, LoadReport)
        One row per distinct item with columns ``id, title, text, source,
        date, origin`` (plus ``location, actor, cause_of_death, label`` for
        FA-KES rows).
    """
    report = LoadReport()
    frame = items_to_frame(iter_corpus(inputs, fakes=fakes, report=report, max_chars=max_chars))
    return (frame, report) if return_report else frame


def item_to_json(item: Item) -> dict:
    """The JSONL form of an item: the item fields, dates as ISO strings."""
    return {
        "id": item.id,
        "title": item.title,
        "text": item.text,
        "source": item.source,
        "date": item.date.isoformat() if item.date else None,
        "origin": item.origin,
    }


def write_jsonl(items: Iterable[Item], path: str | os.PathLike) -> int:
    """Write items as JSON lines, as they come; return how many."""
    count = 0
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8") as handle:
        for item in items:
            handle.write(json.dumps(item_to_json(item), ensure_ascii=False) + "\n")
            count += 1
    return count
