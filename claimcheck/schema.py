"""The table schemas: the single source of truth for columns, what each cell must say and vocabularies.

Every cell is read as text; each column's checks say what that text must be (a number as printed, a period
or a unit the grammars read, one of a vocabulary)."""

from __future__ import annotations

import keyword
import re
from functools import lru_cache

from .periods import EXPECTED as PERIOD_EXPECTED
from .periods import PeriodError, parse_period
from .quantities import UnitError, parse_unit
from .readings import QUALIFIER_SIDES

DIRECTIONS = ("up", "down")
PERIOD_FLAGS = ("mixed",)
ID_PATTERN = r"^[A-Za-z][A-Za-z0-9_]*$"
VALUE_PATTERN = re.compile(r"^\d+(?:\.\d+)?(?:\s*[–-]\s*\d+(?:\.\d+)?)?$")
UNIT_EXPECTED = ("a unit such as USD_bn, EUR_m, CNY_per_USD, percent, pp, times, year or a counted noun such as "
                 "tonnes (see data/README.md)")

# What to do about a bad cell, by column: every error message ends with one.
HINTS = {
    "id": "use letters, digits and _, starting with a letter, and give every row its own id",
    "entity": "name who or what the number is about, as the article does",
    "metric": "write what is measured in lower-case words, such as trade or exports",
    "period": "write the period the number is for: 2024, 2024-Q1, or 2025-01..2025-05 for a span (data/README.md, Periods)",
    "value": "write the number exactly as printed, without sign, unit or thousands separators",
    "unit": "use a unit from the units table in data/README.md, such as USD_bn or percent",
    "qualifier": "write the hedge word as printed (nearly, about, just over, ...), or none",
    "direction": "write up or down for a change, and leave it empty for a level",
    "quote": "copy the exact words from the article",
    "kind": "use a kind from the kinds table in data/README.md",
    "periods": "leave it empty, or write mixed when the claim compares periods on purpose",
}

FIGURE_COLUMNS = ("id", "entity", "metric", "period", "value", "unit", "qualifier", "direction", "quote")
FIGURE_OPTIONAL = ("counterpart", "review")
CLAIM_COLUMNS = ("id", "quote", "kind", "subject", "stated", "computed", "members", "expect", "needs", "note")
CLAIM_OPTIONAL = ("periods", "review")


# Columns carry no pandera dtype: `load.read_table` reads every cell as text (dtype=str, no NA values), so a
# dtype check could never fail, and it was half the time of validating a table.
def _text(required: bool = True, *checks) -> "pa.Column":
    import pandera.pandas as pa

    checks = list(checks)
    if required:
        checks.append(pa.Check.str_length(min_value=1, error="a non-empty text"))
    return pa.Column(None, checks=checks, nullable=False)


def _one_of(values) -> "pa.Check":
    import pandera.pandas as pa

    return pa.Check.isin(list(values), error=f"one of: {', '.join(values)}")


def _parses(parser, error_type):
    def ok(text: str) -> bool:
        try:
            parser(text)
            return True
        except error_type:
            return False
    return lambda series: series.map(ok)


def _optional(name: str, required: bool = False, *checks) -> "pa.Column":
    import pandera.pandas as pa

    return pa.Column(None, checks=list(checks), nullable=False, required=required, name=name)


@lru_cache(maxsize=1)
def figures_schema() -> "pa.DataFrameSchema":
    """The figures table's schema (pandera is imported when a table is first validated, not before)."""
    import pandera.pandas as pa

    return pa.DataFrameSchema(
        {
            "id": _text(True, pa.Check.str_matches(ID_PATTERN, error="an id of letters, digits and _"),
                        pa.Check(lambda s: ~s.isin(keyword.kwlist), error="an id that expressions can name: not a word "
                                 "Python reserves (yield, in, and, or, not, is, if, ...); rename it, e.g. yield_t")),
            "entity": _text(),
            "metric": _text(True, pa.Check.str_matches(r"^[a-z0-9][a-z0-9 ,;:'’()/&%+.\-]*$",
                                                       error="a metric in lower-case words, such as trade or exports")),
            "period": _text(True, pa.Check(_parses(parse_period, PeriodError), error=PERIOD_EXPECTED)),
            "value": _text(True, pa.Check(lambda s: s.str.strip().str.match(VALUE_PATTERN),
                                          error="a non-negative number as printed, such as 12.5, or a range such as 2.5-3")),
            "unit": _text(True, pa.Check(_parses(parse_unit, UnitError), error=UNIT_EXPECTED)),
            "qualifier": _text(True, _one_of(QUALIFIER_SIDES)),
            "direction": _text(False, pa.Check.isin(["", *DIRECTIONS], error="empty, up or down")),
            "quote": _text(),
            "counterpart": _optional("counterpart"),
            "review": _optional("review"),
        },
        unique=["id"],
        report_duplicates="exclude_first",
        strict=False,
    )


@lru_cache(maxsize=4)
def _claims_schema(kinds: tuple[str, ...]) -> "pa.DataFrameSchema":
    import pandera.pandas as pa

    return pa.DataFrameSchema(
        {
            "id": _text(True, pa.Check.str_matches(ID_PATTERN, error="an id of letters, digits and _")),
            "quote": _text(),
            "kind": _text(True, _one_of(kinds)),
            **{name: _text(False) for name in CLAIM_COLUMNS[3:]},
            "periods": _optional("periods", False, pa.Check.isin(["", *PERIOD_FLAGS], error="empty, or mixed")),
            "review": _optional("review"),
        },
        unique=["id"],
        report_duplicates="exclude_first",
        strict=False,
    )


def claims_schema(kinds) -> "pa.DataFrameSchema":
    """The claims schema; `kinds` is the registry of check kinds."""
    return _claims_schema(tuple(kinds))


def parse_value(text: str) -> tuple[float, float | None]:
    """A value as printed: a number, or a range 'low-high'."""
    parts = re.split(r"\s*[–-]\s*", text.strip(), maxsplit=1)
    return float(parts[0]), (float(parts[1]) if len(parts) > 1 else None)
