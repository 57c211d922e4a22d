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
import re
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Iterable, Iterator

from newstag.config import SEEDS_DIR, resolve_fakes_path
from newstag.corpus.cleaning import Repairs, dedup_key
from newstag.corpus.dates import AUTO
from newstag.corpus.encoding import Decoding
from newstag.corpus.readers import Item, ReadContext, Skipped, read_input

if TYPE_CHECKING:  # pandas is imported where a frame is built: `newstag tag` never needs it
    import pandas as pd

__all__ = [
    "ITEM_FIELDS",
    "LoadReport",
    "summarise_library_warnings",
    "default_inputs",
    "iter_corpus",
    "load_corpus",
    "item_to_json",
    "write_jsonl",
]

ITEM_FIELDS = ("id", "title", "text", "source", "date", "origin")
_NUMBER = re.compile(r"\d+(?:\.\d+)?")
# What a known library warning means for the user's data, and what to do.
_HINTS = [
    (re.compile(r"Number of distinct clusters \((\d+)\) found smaller than n_clusters"),
     "the items have only {0} distinct feature vectors (near-identical texts), so at most {0} topics can be "
     "told apart: pass --topics {0}, or give more varied items"),
]


@dataclass
class LoadReport:
    """What happened to every input record, file and field of one load.

    Besides items loaded, duplicates and records skipped, it holds how each
    file was decoded (``decodings``), what was worth knowing about a file as
    a whole (``file_notes``: columns not used, delimiter, date order), every
    warning about a row or field (``warnings``, each with a ``kind``), and
    the warnings that libraries raised while later stages ran on the corpus
    (``library_warnings``, filled by :meth:`add_library_warnings`).
    """

    loaded: Counter = field(default_factory=Counter)
    records: Counter = field(default_factory=Counter)
    duplicates: list[str] = field(default_factory=list)
    skipped: list[Skipped] = field(default_factory=list)
    repairs: Repairs = field(default_factory=Repairs)
    boilerplate: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    decodings: list[Decoding] = field(default_factory=list)
    file_notes: list[str] = field(default_factory=list)
    library_warnings: list[dict] = field(default_factory=list)

    @property
    def n_loaded(self) -> int:
        return sum(self.loaded.values())

    @property
    def worth_reading(self) -> bool:
        """True when something was skipped, warned about, repaired or decided that a user should hear of."""
        return bool(self.skipped or self.warnings or self.file_notes or self.library_warnings or self.repairs.total
                    or any(not d.plain for d in self.decodings))

    def add_library_warnings(self, caught, stage: str) -> None:
        """Record warnings caught (``warnings.catch_warnings(record=True)``) while ``stage`` ran."""
        for warning in caught:
            self.library_warnings.append({
                "stage": stage,
                "category": warning.category.__name__,
                "module": _library(warning.filename),
                "message": str(warning.message),
            })

    def format(self, *, limit: int = 20) -> str:
        """Human-readable summary; lists at most ``limit`` lines per section (per kind of warning)."""
        lines = ["Load report"]
        for name, count in self.records.items():
            lines.append(
                f"  {name}: {count} record(s) read, {self.loaded.get(name, 0)} item(s) loaded"
            )
        lines.append(f"  total: {self.n_loaded} distinct item(s) loaded")
        if self.decodings:
            kinds = Counter(d.label for d in self.decodings)
            lines.append(f"  encodings: {len(self.decodings)} file(s): "
                         + ", ".join(f"{n} {label}" for label, n in kinds.most_common()))
            odd = [f"{d.where}: {d.label}: {d.evidence}" for d in self.decodings if not d.plain]
            lines.extend(_entries(odd, limit))
        repairs = self.repairs
        lines.append(
            f"  text repairs: {repairs.total} in {repairs.items_repaired} file(s)/item(s) "
            f"({repairs.undecodable_runs} undecodable byte run(s) replaced, "
            f"{repairs.mojibake_fixed} mojibake fix(es), {repairs.replacement_chars} U+FFFD removed, "
            f"{repairs.control_chars} control char(s) removed)"
        )
        sections = [
            (f"duplicates collapsed: {len(self.duplicates)}", self.duplicates),
            (f"skipped: {len(self.skipped)}", [f"{s.where}: {s.reason}" for s in self.skipped]),
        ]
        for title, entries in sections:
            lines.append(f"  {title}")
            lines.extend(_entries(entries, limit))
        lines.append(f"  warnings: {len(self.warnings)}")
        by_kind: dict[str, list[str]] = {}
        for warning in self.warnings:
            by_kind.setdefault(getattr(warning, "kind", "other"), []).append(warning)
        for kind, entries in by_kind.items():
            if len(by_kind) > 1 or len(entries) > limit:
                lines.append(f"    {kind}: {len(entries)}")
            lines.extend(_entries(entries, limit))
        lines.append(f"  boilerplate lines removed: {len(self.boilerplate)}")
        lines.extend(_entries(self.boilerplate, limit))
        if self.file_notes:
            lines.append(f"  about the files: {len(self.file_notes)}")
            lines.extend(_entries(self.file_notes, limit))
        if self.library_warnings:
            lines.append(f"  library warnings: {len(self.library_warnings)} (one line per kind; all in --report-file)")
            lines.extend(f"    - {line}" for line in summarise_library_warnings(self.library_warnings))
        lines.extend(f"  note: {note}" for note in self.notes)
        return "\n".join(lines)

    def to_dict(self) -> dict:
        return {
            "records_read": dict(self.records),
            "items_loaded": dict(self.loaded),
            "total_loaded": self.n_loaded,
            "duplicates": self.duplicates,
            "skipped": [{"where": s.where, "reason": s.reason, "id": s.id} for s in self.skipped],
            "warnings": list(self.warnings),
            "warning_kinds": dict(Counter(getattr(w, "kind", "other") for w in self.warnings)),
            "boilerplate_removed": self.boilerplate,
            "decodings": [d.to_dict() for d in self.decodings],
            "file_notes": self.file_notes,
            "repairs": {
                "undecodable_byte_runs": self.repairs.undecodable_runs,
                "mojibake_fixed": self.repairs.mojibake_fixed,
                "replacement_chars_removed": self.repairs.replacement_chars,
                "control_chars_removed": self.repairs.control_chars,
                "examples": self.repairs.examples,
            },
            "library_warnings": self.library_warnings,
            "notes": self.notes,
        }


def _entries(entries: list[str], limit: int) -> list[str]:
    lines = [f"    - {entry}" for entry in entries[:limit]]
    if len(entries) > limit:
        lines.append(f"    ... and {len(entries) - limit} more (see --report-file)")
    return lines


def _library(filename: str) -> str:
    """The package a warning came from ("sklearn", "umap"), from the file that raised it."""
    parts = Path(filename).parts
    if "site-packages" in parts:
        return parts[parts.index("site-packages") + 1].removesuffix(".py")
    return Path(filename).stem


def summarise_library_warnings(entries: list[dict]) -> list[str]:
    """One line per kind of library warning: same category and message up to its numbers."""
    groups: dict[tuple, list[dict]] = {}
    for entry in entries:
        key = (entry["stage"], entry["category"], entry["module"], _NUMBER.sub("N", entry["message"]))
        groups.setdefault(key, []).append(entry)
    lines = []
    for (stage, category, module, _), group in groups.items():
        message = " ".join(group[0]["message"].split())
        shown = message if len(message) <= 140 else message[:137] + "..."
        line = f"{stage}: {len(group)} x {category} from {module}, e.g. {shown}"
        for pattern, hint in _HINTS:
            found = pattern.search(message)
            if found:
                line += f" ({hint.format(*found.groups())})"
                break
        lines.append(line)
    return lines


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
    date_order: str = AUTO,
) -> Iterator[Item | Skipped]:
    """Yield distinct items, in input order, filling ``report`` as it goes.

    Duplicates (same id, or same text ignoring case and punctuation) are
    collapsed onto the first item seen. With ``keep_skipped`` the records
    that gave no item are yielded too, in their place, so that a caller can
    answer every input record. With ``collapse_duplicates=False`` every
    item is yielded, duplicates included (tagging answers each input line).
    ``date_order`` (``auto``, ``dayfirst``, ``monthfirst``) settles
    ambiguous numeric dates; ``auto`` infers it per file.
    """
    report = report if report is not None else LoadReport()
    if isinstance(inputs, (str, os.PathLike)):
        inputs = [inputs]  # one path, not a sequence of characters
    names = [str(name) for name in inputs] if inputs else default_inputs(fakes, report)
    seen_ids: dict[str, str] = {}
    seen_texts: dict[bytes, str] = {}  # digest of the text's dedup key -> id: memory stays small per item
    for name in names:
        ctx = ReadContext(max_chars=max_chars, repairs=report.repairs, date_order=date_order)
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
        report.decodings.extend(ctx.decodings)
        report.file_notes.extend(ctx.file_notes)


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
    date_order: str = AUTO,
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
    date_order : {"auto", "dayfirst", "monthfirst"}, default "auto"
        How ambiguous numeric dates (03/05/2016) are read; ``auto`` infers
        it per file from its unambiguous dates, month-first when it has none.

    Returns
    -------
    pandas.DataFrame or (DataFrame, LoadReport)
        One row per distinct item with columns ``id, title, text, source,
        date, origin`` (plus ``location, actor, cause_of_death, label`` for
        FA-KES rows).
    """
    report = LoadReport()
    frame = items_to_frame(iter_corpus(inputs, fakes=fakes, report=report, max_chars=max_chars, date_order=date_order))
    return (frame, report) if return_report else frame


def item_to_json(item: Item) -> dict:
    """The JSONL form of an item: the item fields, dates as ISO strings.

    A title derived from the text (the input had no headline) is marked
    ``"title_given": false``, so that reading the file back (``newstag tag
    items.jsonl``) treats it as derived again.
    """
    out = {
        "id": item.id,
        "title": item.title,
        "text": item.text,
        "source": item.source,
        "date": item.date.isoformat() if item.date else None,
        "origin": item.origin,
    }
    if not item.title_given:
        out["title_given"] = False
    return out


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
