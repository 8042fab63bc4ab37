"""Periods a figure can be for: years, quarters, halves, months, spans, fiscal years and days.

    2024   2024-Q1   2024-H2   2024-03   2025-01..2025-05   2013..2024   FY2024   2024-12-31

A period is a span of months (a day is a span of one day inside its month). Two periods compare as
"the same", "a year earlier" (shifted by twelve months) or "just before" (the span of the same
length that ends where this one starts).
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from functools import lru_cache

EXPECTED = "a period such as 2024, 2024-Q1, 2024-H1, 2024-03, 2025-01..2025-05, 2013..2024, FY2024 or 2024-12-31"


class PeriodError(ValueError):
    """A period that cannot be parsed."""


@dataclass(frozen=True, order=True)
class Period:
    """Months are counted from year 0: month index = 12 * year + (month - 1). `end` is inclusive."""

    start: int
    end: int
    label: str  # the period as written in the table
    day: int = 0  # for a day: its day of the month
    fiscal: bool = False

    @property
    def months(self) -> int:
        return self.end - self.start + 1

    @property
    def is_year_like(self) -> bool:
        """A calendar or fiscal year: what a number of years between two periods is counted in."""
        return self.months == 12 and (self.fiscal or self.start % 12 == 0) and not self.day

    def shifted(self, months: int) -> "Period":
        return _from_months(self.start + months, self.end + months, self.day, self.fiscal, self.label)

    def year_earlier(self) -> "Period":
        return self.shifted(-12)

    def just_before(self) -> "Period":
        if self.day:
            return self.year_earlier()  # a stock's previous reading is a year earlier
        return self.shifted(-self.months)

    def years_after(self, other: "Period") -> float:
        """How many years this period lies after another of the same length."""
        return (self.start - other.start) / 12

    def __str__(self) -> str:
        return describe(self)


@lru_cache(maxsize=4096)
def parse_period(text: str) -> Period:
    text = text.strip()
    match = re.fullmatch(r"(\d{4})", text)
    if match:
        year = int(match[1])
        return Period(12 * year, 12 * year + 11, text)
    match = re.fullmatch(r"(\d{4})-Q([1-4])", text)
    if match:
        start = 12 * int(match[1]) + 3 * (int(match[2]) - 1)
        return Period(start, start + 2, text)
    match = re.fullmatch(r"(\d{4})-H([12])", text)
    if match:
        start = 12 * int(match[1]) + 6 * (int(match[2]) - 1)
        return Period(start, start + 5, text)
    match = re.fullmatch(r"(\d{4})-(\d{2})", text)
    if match and 1 <= int(match[2]) <= 12:
        month = 12 * int(match[1]) + int(match[2]) - 1
        return Period(month, month, text)
    match = re.fullmatch(r"(\d{4})-(\d{2})\.\.(\d{4})-(\d{2})", text)
    if match and 1 <= int(match[2]) <= 12 and 1 <= int(match[4]) <= 12:
        start, end = 12 * int(match[1]) + int(match[2]) - 1, 12 * int(match[3]) + int(match[4]) - 1
        if end > start:
            return Period(start, end, text)
    match = re.fullmatch(r"(\d{4})\.\.(\d{4})", text)
    if match and int(match[2]) > int(match[1]):
        return Period(12 * int(match[1]), 12 * int(match[2]) + 11, text)
    match = re.fullmatch(r"FY(\d{4})", text)
    if match:
        year = int(match[1])
        return Period(12 * year, 12 * year + 11, text, fiscal=True)
    match = re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})", text)
    if match and 1 <= int(match[2]) <= 12 and 1 <= int(match[3]) <= calendar.monthrange(int(match[1]), int(match[2]))[1]:
        month = 12 * int(match[1]) + int(match[2]) - 1
        return Period(month, month, text, day=int(match[3]))
    raise PeriodError(f"{EXPECTED}; found {text!r}")


def _from_months(start: int, end: int, day: int, fiscal: bool, old_label: str) -> Period:
    """The label a shifted period would be written with, in the same style as the original."""
    y0, m0 = divmod(start, 12)
    y1, m1 = divmod(end, 12)
    if fiscal:
        label = f"FY{y0}"
    elif day:
        day = min(day, calendar.monthrange(y0, m0 + 1)[1])
        label = f"{y0:04d}-{m0 + 1:02d}-{day:02d}"
    elif ".." in old_label and start % 12 == 0 and end % 12 == 11 and y1 > y0:
        label = f"{y0}..{y1}"
    elif end - start == 11 and m0 == 0:
        label = f"{y0}"
    elif end - start == 5 and m0 in (0, 6):
        label = f"{y0}-H{m0 // 6 + 1}"
    elif end - start == 2 and m0 % 3 == 0:
        label = f"{y0}-Q{m0 // 3 + 1}"
    elif end == start:
        label = f"{y0:04d}-{m0 + 1:02d}"
    else:
        label = f"{y0:04d}-{m0 + 1:02d}..{y1:04d}-{m1 + 1:02d}"
    return Period(start, end, label, day, fiscal)


def same(a: Period, b: Period) -> bool:
    return (a.start, a.end, a.day, a.fiscal) == (b.start, b.end, b.day, b.fiscal)


def is_earlier_comparison(current: Period, previous: Period) -> bool:
    """Whether `previous` is what a change of `current` is measured against: a year earlier, or just before.

    A stock read on a day (debt at 31 March) compares with any earlier reading of it.
    """
    if current.day and previous.day:
        return (previous.start, previous.day) < (current.start, current.day)
    return same(previous, current.year_earlier()) or same(previous, current.just_before())


def _is_month_end(period: Period) -> bool:
    year, month = divmod(period.start, 12)
    return period.day == calendar.monthrange(year, month + 1)[1]


def between(earlier: Period, later: Period) -> Period:
    """The span a change between two readings covers: from 31 Dec 2024 to 31 Mar 2025 is Q1 2025.

    Readings on days cover the months after the earlier one up to the later one; other periods give
    the later period itself.
    """
    if earlier.day and later.day and (earlier.start, earlier.day) < (later.start, later.day):
        start = earlier.start + 1 if _is_month_end(earlier) else earlier.start
        return _from_months(start, later.start, 0, False, "")
    return later


MONTHS = [calendar.month_abbr[i] for i in range(1, 13)]


def describe(period: Period) -> str:
    """A period in words for a reader: 2024, Q1 2024, H2 2024, Mar 2024, Jan–May 2025, FY2024, 31 Dec 2024."""
    y0, m0 = divmod(period.start, 12)
    y1, m1 = divmod(period.end, 12)
    if period.fiscal:
        return period.label
    if period.day:
        return f"{period.day} {MONTHS[m0]} {y0}"
    if period.months == 12 and m0 == 0:
        return f"{y0}"
    if period.months == 6 and m0 in (0, 6):
        return f"H{m0 // 6 + 1} {y0}"
    if period.months == 3 and m0 % 3 == 0:
        return f"Q{m0 // 3 + 1} {y0}"
    if period.months == 1:
        return f"{MONTHS[m0]} {y0}"
    if m0 == 0 and m1 == 11:
        return f"{y0}–{y1}"
    if y0 == y1:
        return f"{MONTHS[m0]}–{MONTHS[m1]} {y0}"
    return f"{MONTHS[m0]} {y0}–{MONTHS[m1]} {y1}"
