"""Read one input path as the CLI does, for the reader tests: records, items, skipped."""

from __future__ import annotations

from newstag.corpus.readers import Item, ReadContext, Skipped, read_input


def read(path, **settings):
    ctx = ReadContext(**settings)
    records = list(read_input(str(path), ctx))
    return records, ctx


def items(records):
    return [r for r in records if isinstance(r, Item)]


def skipped(records):
    return [r for r in records if isinstance(r, Skipped)]
