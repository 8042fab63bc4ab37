"""How numbers and intervals read in verdicts, explanations and the report."""

from __future__ import annotations

from .intervals import Interval

CURRENCY_SIGNS = {"USD_bn": "$", "CNY_bn": "¥"}


def format_value(value: float, unit: str, decimals: int | None = None) -> str:
    """One value as a reader writes it: $94.8bn, $276m, 6.04%, 2014."""
    if unit in CURRENCY_SIGNS:
        sign = "-" if value < 0 else ""
        magnitude = abs(value)
        symbol = CURRENCY_SIGNS[unit]
        if magnitude and magnitude < 1:
            millions = magnitude * 1000
            places = 1 if decimals is None else max(decimals - 3, 0)
            return f"{sign}{symbol}{millions:,.{places}f}m"
        places = 2 if decimals is None else decimals
        return f"{sign}{symbol}{magnitude:,.{places}f}bn"
    if unit == "percent":
        places = (1 if abs(value) >= 100 else 2) if decimals is None else decimals
        return f"{value:,.{places}f}%"
    if unit == "year":
        return f"{value:.0f}"
    places = 2 if decimals is None else decimals
    return f"{value:,.{places}f}"


def format_interval(interval: Interval, unit: str, decimals: int | None = None) -> str:
    """An interval as "point (lo to hi)", or just the point when it is exact."""
    point = format_value(interval.point, unit, decimals)
    if interval.is_exact:
        return point
    return f"{point} ({format_value(interval.lo, unit, decimals)} to {format_value(interval.hi, unit, decimals)})"


def ordinal(n: int) -> str:
    words = {1: "first", 2: "second", 3: "third", 4: "fourth", 5: "fifth", 6: "sixth", 7: "seventh",
             8: "eighth", 9: "ninth", 10: "tenth"}
    return words.get(n, f"{n}th")
