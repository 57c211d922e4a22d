"""Dates: parse one value, and choose day-first or month-first for a whole file.

``03/05/2016`` is 3 May or 5 March depending on who wrote it. A file is
written one way, so the order is chosen per file (per date column) from its
unambiguous dates (``25/12/2016`` can only be day-first, ``12/25/2016`` only
month-first) and applied to all of its dates; when every numeric date in the
file is ambiguous, the reader says which order it used and how to choose
the other (``--dayfirst`` / ``--monthfirst``).
"""

from __future__ import annotations

import re
from collections import Counter
from datetime import date, datetime

__all__ = ["DAYFIRST", "MONTHFIRST", "AUTO", "parse_date", "written_order", "DateOrder"]

AUTO, DAYFIRST, MONTHFIRST = "auto", "dayfirst", "monthfirst"
_OPTION = {DAYFIRST: "--dayfirst", MONTHFIRST: "--monthfirst"}
_SHAPE = {DAYFIRST: "D/M/Y", MONTHFIRST: "M/D/Y"}
# 03/05/2016, 3.5.16, 03-05-2016, optionally followed by a time.
_NUMERIC = re.compile(r"^\s*(\d{1,2})([/.\-])(\d{1,2})\2(\d{4}|\d{2})(?:[ T]\d{1,2}:\d{2}(?::\d{2})?)?\s*$")
_ISO = re.compile(r"^\s*\d{4}-\d{2}-\d{2}")


def written_order(text: str) -> str | None:
    """DAYFIRST or MONTHFIRST when a numeric date can only be read that way; else None.

    None for ISO and text dates (no order to choose) and for ambiguous ones
    such as ``03/05/2016``.
    """
    match = _NUMERIC.match(text)
    if not match:
        return None
    first, second = int(match.group(1)), int(match.group(3))
    if first > 12 >= second:
        return DAYFIRST
    if second > 12 >= first:
        return MONTHFIRST
    return None


def is_ambiguous(text: str) -> bool:
    """True for a numeric date that reads differently day-first and month-first."""
    match = _NUMERIC.match(text)
    if not match:
        return False
    first, second = int(match.group(1)), int(match.group(3))
    return first <= 12 and second <= 12 and first != second


def parse_date(value, *, dayfirst: bool = False) -> date | None:
    """Parse a date written as ISO, ``M/D/Y``, ``D/M/Y`` or free text; None if empty.

    ``dayfirst`` settles ambiguous numeric dates; a numeric date that is
    valid only in the other order is read in that order (a caller that
    chose an order for a file reports it, see :class:`DateOrder`).

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
    if _ISO.match(text):
        try:
            return date.fromisoformat(text[:10])
        except ValueError:
            pass
    match = _NUMERIC.match(text)
    if match:
        first, second, year = int(match.group(1)), int(match.group(3)), int(match.group(4))
        if len(match.group(4)) == 2:  # the strptime %y rule: 69-99 -> 19xx, 00-68 -> 20xx
            year += 1900 if year >= 69 else 2000
        orders = [(first, second), (second, first)] if dayfirst else [(second, first), (first, second)]
        for day, month in orders:
            try:
                return date(year, month, day)
            except ValueError:
                pass
        raise ValueError(f"date {text!r} not understood")
    from dateutil import parser as date_parser

    try:
        return date_parser.parse(text, dayfirst=dayfirst).date()
    except (ValueError, OverflowError) as error:
        raise ValueError(f"date {text!r} not understood") from error


class DateOrder:
    """The day/month order of one file's date column, and what to say about it.

    Parameters
    ----------
    where : str
        The file, as reported.
    choice : {"auto", "dayfirst", "monthfirst"}
        ``auto`` infers the order from the unambiguous dates passed to
        :meth:`infer`; the others are the user's choice.
    """

    def __init__(self, where: str, choice: str = AUTO):
        if choice not in (AUTO, DAYFIRST, MONTHFIRST):
            raise ValueError(f"date order must be auto, dayfirst or monthfirst, not {choice!r}")
        self.where = where
        self.choice = choice
        self.order = MONTHFIRST if choice == AUTO else choice
        self.votes: Counter = Counter()
        self.examples: dict[str, str] = {}
        self.ambiguous = 0
        self.first_ambiguous: str | None = None

    def infer(self, values) -> None:
        """Choose the order from ``(line, value)`` pairs: the majority of the unambiguous dates."""
        for line, value in values:
            text = str(value or "").strip()
            order = written_order(text)
            if order:
                self.votes[order] += 1
                self.examples.setdefault(order, f"line {line}: {text}")
            elif is_ambiguous(text):
                self.ambiguous += 1
                if self.first_ambiguous is None:
                    self.first_ambiguous = f"line {line}: {text}"
        if self.choice == AUTO and self.votes:
            # Ties go to month-first, the reader's default before any evidence.
            self.order = DAYFIRST if self.votes[DAYFIRST] > self.votes[MONTHFIRST] else MONTHFIRST

    def parse(self, value, where: str, warn) -> date | None:
        """Parse one value in the file's order; ``warn(kind, message)`` hears of a date written the other way."""
        text = str(value).strip() if value is not None else ""
        parsed = parse_date(value, dayfirst=self.order == DAYFIRST)
        other = written_order(text)
        if parsed is not None and other and other != self.order:
            warn("date order", f"{where}: date {text!r} can only be {_SHAPE[other]}, but this file's dates are read "
                 f"{_SHAPE[self.order]}; read it as {parsed.isoformat()}: check this file's dates")
        return parsed

    def summary(self) -> str | None:
        """One line on the order used, or None when the file has no numeric date to order."""
        shape = _SHAPE[self.order]
        if self.choice != AUTO:
            return f"{self.where}: dates read {shape} ({_OPTION[self.choice]})"
        if not self.votes and not self.ambiguous:
            return None
        other = DAYFIRST if self.order == MONTHFIRST else MONTHFIRST
        if not self.votes:
            return (f"{self.where}: all {self.ambiguous} numeric date(s) are ambiguous (e.g. {self.first_ambiguous}); "
                    f"read them {shape}; if they are {_SHAPE[other]}, rerun with {_OPTION[other]}")
        mine, theirs = self.votes[self.order], self.votes[other]
        line = (f"{self.where}: dates read {shape}: {mine} date(s) can only be {shape} "
                f"(e.g. {self.examples[self.order]})")
        if theirs:
            line += (f", but {theirs} only {_SHAPE[other]} (e.g. {self.examples[other]}): this file mixes both "
                     f"orders; its ambiguous dates follow the majority; choose with {_OPTION[other]} or "
                     f"{_OPTION[self.order]}")
        return line
