"""The table schemas: the single source of truth for columns, types and vocabularies."""

from __future__ import annotations

import pandera.pandas as pa

from .rounding import QUALIFIER_SIDES

# Units a figure may be recorded in. Money is normalised per currency before any arithmetic.
UNITS = ("USD_tn", "USD_bn", "USD_m", "CNY_tn", "CNY_bn", "CNY_m", "percent", "year", "count")
# What a figure measures, seen from the partner's side, and how a sentence names it.
METRICS = {
    "turnover": "trade",
    "partner_exports": "exports",
    "partner_imports": "imports",
    "turnover_change": "trade",
    "partner_exports_change": "exports",
    "partner_imports_change": "imports",
    "since_year": "first year",
    "other": "value",
}
CHANGE_METRICS = tuple(m for m in METRICS if m.endswith("_change"))
DIRECTIONS = ("up", "down")
ID_PATTERN = r"^[A-Za-z][A-Za-z0-9_]*$"

FIGURE_COLUMNS = ("id", "entity", "metric", "year", "value", "unit", "qualifier", "direction", "quote")
CLAIM_COLUMNS = ("id", "quote", "kind", "subject", "stated", "computed", "members", "expect", "needs", "note")


def _text(required: bool = True, *checks: pa.Check) -> pa.Column:
    checks = list(checks)
    if required:
        checks.append(pa.Check.str_length(min_value=1, error="a non-empty text"))
    return pa.Column(str, checks=checks, nullable=False)


def _one_of(values) -> pa.Check:
    return pa.Check.isin(list(values), error=f"one of: {', '.join(values)}")


FIGURES_SCHEMA = pa.DataFrameSchema(
    {
        "id": _text(True, pa.Check.str_matches(ID_PATTERN, error="an id of letters, digits and _")),
        "entity": _text(),
        "metric": _text(True, _one_of(METRICS)),
        "year": pa.Column(int, pa.Check.in_range(1900, 2100, error="a year between 1900 and 2100"), coerce=True),
        "value": pa.Column(
            float,
            [
                pa.Check(lambda s: s.notna(), error="a number, not NaN"),
                pa.Check.ge(0, error="a non-negative number (a decrease is written with direction 'down')"),
            ],
            coerce=True,
            nullable=False,
        ),
        "unit": _text(True, _one_of(UNITS)),
        "qualifier": _text(True, _one_of(QUALIFIER_SIDES)),
        "direction": _text(False, pa.Check.isin(["", *DIRECTIONS], error="empty, up or down")),
        "quote": _text(),
    },
    unique=["id"],
    report_duplicates="exclude_first",
    strict=False,
)


def claims_schema(kinds) -> pa.DataFrameSchema:
    """The claims schema; `kinds` is the engine's registry of check kinds."""
    return pa.DataFrameSchema(
        {
            "id": _text(True, pa.Check.str_matches(ID_PATTERN, error="an id of letters, digits and _")),
            "quote": _text(),
            "kind": _text(True, _one_of(kinds)),
            **{name: _text(False) for name in CLAIM_COLUMNS[3:]},
        },
        unique=["id"],
        report_duplicates="exclude_first",
        strict=False,
    )
