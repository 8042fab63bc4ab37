"""How numbers, intervals and periods read in verdicts, explanations, charts and the report."""

from __future__ import annotations

import math
import re
from functools import lru_cache

from .intervals import Interval
from .quantities import SCALES, SCALE_WORDS, TONNES_PER, Dimension, Unit, singular

SHORT_SCALES = (("tn", 1e12), ("bn", 1e9), ("m", 1e6), ("k", 1e3))
DEFAULT_PLACES = {"tn": 2, "bn": 2, "m": 1, "k": 1, "cr": 2, "lakh": 2, "": 2}
COUNT_PLACES = {"tn": 2, "bn": 2, "m": 2, "k": 1, "": 0}  # 3.35 million barrels: a count's sum keeps its hundredths


@lru_cache(maxsize=256)
def currency_symbol(code: str) -> str:
    """The symbol a reader knows ($, €, £, CN¥), or the ISO code followed by a space (KZT 5.2bn)."""
    from babel.numbers import get_currency_symbol

    symbol = get_currency_symbol(code, locale="en")
    return f"{code} " if symbol == code or symbol.isalpha() else symbol


@lru_cache(maxsize=256)
def currency_name(code: str) -> str:
    """The currency's English name in the plural: US dollars, euros, Japanese yen."""
    from babel.numbers import get_currency_name

    return get_currency_name(code, count=2, locale="en")


INDIAN_SCALES = ("cr", "lakh")
# Unit symbols, which tables keep in lower case, as a reader writes them: '12.4 GW', 'per MWh', '2.31 million TEU'
SYMBOL_CASE = {"gw": "GW", "mw": "MW", "kw": "kW", "gwh": "GWh", "mwh": "MWh", "twh": "TWh", "kwh": "kWh", "teu": "TEU"}


def _scale_for(magnitude: float, unit: Unit | None, printed: bool = False) -> tuple[str, float]:
    """The scale to show a value in: the figure's own (when given and the value is not far below it), else by size.

    A value shown at its printed precision keeps its figure's scale however large it is, so '$790,000' and
    '25,422,788 people' read as printed, never as '$790.000k' or '25 million people'."""
    if unit is not None and unit.scale == 1 and unit.kind in ("money", "count"):
        return "", 1.0  # printed in full ('$790,000', '6,982 homes'): so are the values computed from it
    if unit is not None and (unit.scale > 1 or printed):
        code = unit.code.rpartition("_")[2] if unit.scale > 1 else ""
        # Indian scales run to five digits before the next one: '₹24,860 crore', never '₹248.6bn'
        span = 100_000 if code in INDIAN_SCALES else 1000
        if unit.scale <= magnitude < unit.scale * span or magnitude == 0 or (printed and magnitude >= unit.scale):
            return code, unit.scale
    for name, size in SHORT_SCALES:
        if magnitude >= size:
            return name, size
    return "", 1.0


def _default_places(scale: str, size: float, unit: Unit | None, magnitude: float, places: dict) -> int:
    """Decimals for a computed value: by its scale; none for whole units of 1,000 and more ('$35,000'), and two
    for a count below 1,000 in its own unit ('22.35 kt', never '22 kt')."""
    if size == 1 and unit is not None and unit.scale == 1 and magnitude >= 1000:
        return 0
    if size == 1 and scale == "" and magnitude < 1000 and places is COUNT_PLACES:
        return 2
    if scale in INDIAN_SCALES and magnitude >= 1000 * size:
        return 0  # '₹1,945cr', never '₹1,945.00cr'; '₹1.70cr' keeps its hundredths
    return places.get(scale, 2)


def format_value(value: float, dimension: Dimension, decimals: int | None = None, unit: Unit | None = None) -> str:
    """One value, in base units, as a reader writes it: $12.5bn, CN¥286.42bn, 6.04%, 2.3 pp, 10.9×, 1,200 tonnes,
    $82.10 per barrel."""
    kind = dimension.kind
    if kind == "price":  # money or a count, then the thing it is for: '$82.10 per barrel', '3.45 tonnes per hectare'
        numerator, thing = dimension.code.split("/")
        inner = Dimension("money" if numerator.isupper() else "count", numerator)
        scaled = unit.code.partition("_per_")[0] if unit is not None else numerator  # 'EUR_m' of EUR_m_per_player
        scale = unit.scale if unit is not None else 1.0
        printed = singular(unit.code.rpartition("_per_")[2]) if unit is not None and "_per_" in unit.code else thing
        if printed != thing and printed in TONNES_PER:  # held per tonne, printed per kg as the table writes it
            value, scale, thing = value * TONNES_PER[printed], scale * TONNES_PER[printed], printed
        as_inner = Unit(scaled, inner, scale, unit.scale_word if unit is not None else "")
        if inner.kind == "count" and decimals is None and abs(value) < 1000:
            decimals = 2
        thing = re.sub(r"^(square|cubic)-", r"\1 ", thing)  # 'per square metre', as printed
        return f"{format_value(value, inner, decimals, as_inner)} per {SYMBOL_CASE.get(thing, thing)}"
    if kind == "money":
        sign = "-" if value < 0 else ""
        scale, size = _scale_for(abs(value), unit, printed=decimals is not None)
        places = _default_places(scale, size, unit, abs(value), DEFAULT_PLACES) if decimals is None else decimals
        if unit is not None and size != unit.scale and decimals is not None:
            places = max(0, decimals - round(math.log10(unit.scale / size)))  # $0.35bn shown as $350m
        return f"{sign}{currency_symbol(dimension.code)}{abs(value) / size:,.{places}f}{scale}"
    if kind == "percent":
        places = (1 if abs(value) >= 100 else 2) if decimals is None else decimals
        return f"{value:,.{places}f}%"
    if kind == "pp":
        if unit is not None and unit.scale != 1:  # basis points stay basis points: '9 bp', not '0.09 pp'
            places = 1 if decimals is None else decimals
            return f"{value / unit.scale:,.{places}f} {unit.code}"
        places = 2 if decimals is None else decimals
        return f"{value:,.{places}f} pp"
    if kind == "ratio":
        places = 2 if decimals is None else decimals
        return f"{value:,.{places}f}×"
    if kind == "year":
        return f"{value:.0f}"
    if kind == "count":
        noun = unit.code.split("_")[0] if unit is not None else ""
        if dimension.code == "tonnes" and singular(noun) in TONNES_PER and singular(noun) != "tonne":  # held in tonnes
            grams = Unit(unit.code, Dimension("count", noun), unit.scale / TONNES_PER[singular(noun)], unit.scale_word)
            return format_value(value / TONNES_PER[singular(noun)], Dimension("count", noun), decimals, grams)
        scale, size = _scale_for(abs(value), unit, printed=decimals is not None)
        places = _default_places(scale, size, unit, abs(value), COUNT_PLACES) if decimals is None else decimals
        if unit is not None and size != unit.scale and decimals is not None:
            places = max(0, decimals - round(math.log10(unit.scale / size)))  # 0.35 million shown as 350 thousand
        word = f" {SCALE_WORDS[scale]}" if scale else ""
        return f"{value / size:,.{places}f}{word} {SYMBOL_CASE.get(dimension.code, dimension.code)}"
    if kind == "rate":
        numerator, denominator = dimension.code.split("/")
        places = 4 if decimals is None else decimals
        return f"{value:,.{places}f} {numerator} per {denominator}"
    places = 2 if decimals is None else decimals
    return f"{value:,.{places}f}"


def format_interval(interval: Interval, dimension: Dimension, decimals: int | None = None, unit: Unit | None = None) -> str:
    """An interval as "point (lo to hi)", or just the point when it is exact."""
    point = format_value(interval.point, dimension, decimals, unit)
    if interval.is_exact:
        return point
    low, high = (format_value(interval.lo, dimension, decimals, unit), format_value(interval.hi, dimension, decimals, unit))
    if low == high and decimals is not None:  # '6.2% (6.2% to 6.2%)' hides the range: show its ends more finely
        for more in range(1, 4):
            low, high = (format_value(interval.lo, dimension, decimals + more, unit),
                         format_value(interval.hi, dimension, decimals + more, unit))
            if low != high:
                break
    return f"{point} ({low} to {high})"


def format_step(step: float, unit: Unit) -> str:
    """A rounding step in the words of the printed unit: $10 million, 10 percentage points, 100 tonnes."""
    kind = unit.kind
    number = f"{step:,.0f}"
    if kind == "money":
        scale = f" {unit.scale_word}" if unit.scale_word else ""
        return f"{currency_symbol(unit.dimension.code)}{number}{scale}"
    if kind == "pp" and unit.scale != 1:
        return f"{number} {unit.scale_word or unit.code}"  # '150 basis points' is rounded to the nearest 10 basis points
    if kind in ("percent", "pp"):
        return f"{number} percentage points"
    if kind == "count":
        scale = f" {unit.scale_word}" if unit.scale_word else ""
        noun = unit.code.split("_")[0]  # a mass held in tonnes is printed in the table's unit ('5 kg')
        return f"{number}{scale} {noun if singular(noun) in TONNES_PER else unit.dimension.code}"
    if kind == "price":
        numerator, thing = unit.dimension.code.split("/")
        printed = singular(unit.code.rpartition("_per_")[2]) if "_per_" in unit.code else thing
        thing = printed if printed in TONNES_PER else thing
        scale = f" {unit.scale_word}" if unit.scale_word else ""
        if not numerator.isupper():
            return f"{number}{scale} {numerator} per {thing}"
        return f"{currency_symbol(numerator)}{number}{scale} per {thing}"
    return number


def ordinal(n: int) -> str:
    """first ... tenth, then 11th, 21st, 22nd, 23rd, 101st, 111th."""
    words = {1: "first", 2: "second", 3: "third", 4: "fourth", 5: "fifth", 6: "sixth", 7: "seventh",
             8: "eighth", 9: "ninth", 10: "tenth"}
    if n in words:
        return words[n]
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


__all__ = ["format_value", "format_interval", "format_step", "ordinal", "currency_symbol",
           "currency_name", "SCALES"]
