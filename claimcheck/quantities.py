"""Units and their dimensions: money per currency, exchange rates, prices, percent, points, multiples, counts, years.

A figure's unit is written as text in figures.csv (`USD_bn`, `CNY_per_USD`, `percent`, `pp`, `times`,
`year`, `tonnes`, `barrels_m`, `USD_per_barrel`) and parsed once into a `Unit`. Arithmetic never looks at that text
again: it combines `Dimension`s by the algebra in `add`, `subtract`, `multiply` and `divide`.
Values are held in base units (a US dollar, a tonne); a unit's `scale` says how many base units one
printed unit is (`USD_bn`: 1e9).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

SCALES = {"k": 1e3, "lakh": 1e5, "m": 1e6, "cr": 1e7, "bn": 1e9, "tn": 1e12}
SCALE_WORDS = {"k": "thousand", "lakh": "lakh", "m": "million", "cr": "crore", "bn": "billion", "tn": "trillion"}
RESERVED = {"percent": "percent", "pp": "pp", "times": "ratio", "year": "year"}
# Dimensions of a level that rises and falls: what growth, changes, averages and 'steady' compare.
LEVEL_KINDS = ("money", "count", "rate", "price")
# A price's thing, in the singular: "CAD_per_residents" and "CAD_per_resident" are one price.
_SINGULAR = {"persons": "person", "liter": "litre", "buses": "bus", "menus": "menu", "children": "child",
             "women": "woman", "men": "man", "megawatt-hour": "mwh", "megawatt-hours": "mwh", "kilowatt-hour": "kwh",
             "kilowatt-hours": "kwh", "gigawatt-hour": "gwh", "gigawatt-hours": "gwh", "kilogram": "kg",
             "kilograms": "kg", "kilo": "kg", "lb": "pound", "lbs": "pound"}
# Masses are counted in tonnes: a kilogram is a thousandth of one, so '1.31 million tonnes' and 'NOK 95.11 per kilo'
# divide and compare ('kg' stays the unit a table writes; its value is held in tonnes).
TONNES_PER = {"kg": 1e-3, "tonne": 1.0}
# Counts of people by what counts them share `people` (data/README.md), so a price per resident is a price per
# person: spend / residents and spend / people are one thing. A table keeps the article's word ('CAD_per_resident').
_PEOPLE = {"people", "capita", "head", *(noun for word in ("resident", "inhabitant", "citizen", "migrant", "individual",
                                                           "adult", "worker", "employee", "voter", "passenger",
                                                           "visitor", "tourist") for noun in (word, word + "s"))}

# Things that are only ever counted whole, one by one, and published as counted. A count of them printed in full
# ("19 matches", "312 stores") has no fraction to round away, as the GRIM test reasons about means of whole numbers.
# Not here: units of measure ("23 tonnes" may be 22.5 to 23.5), and counts that statistics offices estimate,
# average over a period or perturb (people, jobs, households, visitors, nights, sales): "234,567 unemployed in 2024"
# is an average of twelve months, and a census count may be adjusted, so their printed parts need not add up to the
# unit. A noun missing here is read as rounded, which can only widen a check.
WHOLE_THINGS = frozenset({
    "match", "game", "fixture", "store", "shop", "branch", "outlet", "restaurant", "hotel", "school", "hospital",
    "clinic", "aircraft", "plane", "jet", "ship", "vessel", "train", "mine", "plant", "factory", "refinery", "seat",
    "country", "city", "region", "province", "state", "county", "municipality", "bank", "brand", "model",
})


def counts_whole_things(unit: "Unit") -> bool:
    """An unscaled count of things only ever counted whole: 'people', 'matches', 'stores' (not 'tonnes')."""
    return unit.kind == "count" and unit.scale == 1 and singular(unit.dimension.code) in WHOLE_THINGS


def singular(noun: str, people: bool = True) -> str:
    """The singular of a counted noun, as prices name it: barrels -> barrel, companies -> company; with `people`,
    a count of people by what counts them is a person (residents -> person), as a unit's dimension needs."""
    if people and noun in _PEOPLE:
        return "person"
    if noun in _SINGULAR:
        return _SINGULAR[noun]
    if noun.endswith("ies") and len(noun) > 4:
        return noun[:-3] + "y"
    if noun.endswith(("ches", "shes", "sses", "xes")):
        return noun[:-2]
    if noun.endswith("s") and not noun.endswith(("ss", "us")) and len(noun) > 3:
        return noun[:-1]
    return noun


class UnitError(ValueError):
    """A unit that cannot be parsed, or an operation its dimensions do not allow."""


@lru_cache(maxsize=1)
def currency_codes() -> frozenset[str]:
    """ISO 4217 codes, from Babel's locale data (no list is kept by hand)."""
    from babel.numbers import list_currencies

    return frozenset(list_currencies())


@dataclass(frozen=True)
class Dimension:
    """What a value measures. `kind` is one of money, rate, price, count, percent, pp, ratio, year, number.

    `code` names the currency (money), the noun (count), the pair `CNY/USD` (rate: yuan per dollar) or what is paid
    or counted for each of a thing: `USD/barrel` (price: dollars per barrel) or `tonnes/hectare` (a yield), the
    thing in the singular.
    """

    kind: str
    code: str = ""

    def __str__(self) -> str:
        if self.kind == "money":
            return f"money in {self.code}"
        if self.kind == "rate":
            numerator, denominator = self.code.split("/")
            return f"a rate in {numerator} per {denominator}"
        if self.kind == "price":
            numerator, thing = self.code.split("/")
            return f"a price in {numerator} per {thing}" if numerator.isupper() else f"{numerator} per {thing}"
        if self.kind == "count":
            return f"a count of {self.code}"
        return {"percent": "a percentage", "pp": "percentage points", "ratio": "a multiple", "year": "a year",
                "number": "a plain number"}[self.kind]

    @property
    def is_amount(self) -> bool:
        """Money or a count of things: what grows, adds up and has shares."""
        return self.kind in ("money", "count")


NUMBER = Dimension("number")
PERCENT = Dimension("percent")
POINTS = Dimension("pp")
RATIO = Dimension("ratio")
YEAR = Dimension("year")


@dataclass(frozen=True)
class Unit:
    """A unit as written in a table: its text, its dimension, and how many base units one of it is."""

    code: str
    dimension: Dimension
    scale: float = 1.0
    scale_word: str = ""  # "billion" for USD_bn, "" when unscaled

    @property
    def kind(self) -> str:
        return self.dimension.kind


def money(currency: str) -> Dimension:
    return Dimension("money", currency)


def parse_unit(text: str) -> Unit:
    """Parse a unit as written in figures.csv; UnitError says what is expected."""
    return _parse_unit(text.strip())


@lru_cache(maxsize=512)
def _parse_unit(text: str) -> Unit:
    if text in RESERVED:
        return Unit(text, Dimension(RESERVED[text]))
    if text == "bp":  # basis points: hundredths of a percentage point
        return Unit(text, Dimension("pp"), 0.01, "basis points")
    rate = re.fullmatch(r"([A-Z]{3})_per_([A-Z]{3})", text)
    if rate:
        for code in rate.groups():
            _require_currency(code, text)
        return Unit(text, Dimension("rate", f"{rate[1]}/{rate[2]}"))
    price = re.fullmatch(r"([A-Z]{3})(?:_([a-z]+))?_per_([a-z][a-z\-]*)", text)
    if price:  # 'USD_per_barrel', 'CAD_per_resident', 'USD_m_per_player'
        _require_currency(price[1], text)
        thing = singular(price[3])
        if thing in TONNES_PER:  # NOK 95.11 a kilo is NOK 95,110 a tonne
            return Unit(text, Dimension("price", f"{price[1]}/tonne"), _scale(price[2], text) / TONNES_PER[thing],
                        SCALE_WORDS.get(price[2] or "", ""))
        return Unit(text, Dimension("price", f"{price[1]}/{thing}"), _scale(price[2], text),
                    SCALE_WORDS.get(price[2] or "", ""))
    per_thing = re.fullmatch(r"([a-z][a-z\-]*)(?:_([a-z]+))?_per_([a-z][a-z\-]*)", text)
    if per_thing and per_thing[1].upper() not in currency_codes():  # 'tonnes_per_hectare': a yield
        return Unit(text, Dimension("price", f"{per_thing[1]}/{singular(per_thing[3])}"), _scale(per_thing[2], text),
                    SCALE_WORDS.get(per_thing[2] or "", ""))
    cash = re.fullmatch(r"([A-Z]{3})(?:_([a-z]+))?", text)
    if cash:
        _require_currency(cash[1], text)
        return Unit(text, money(cash[1]), _scale(cash[2], text), SCALE_WORDS.get(cash[2] or "", ""))
    counted = re.fullmatch(r"([a-z][a-z\-]*)(?:_([a-z]+))?", text)
    if counted and counted[1].upper() in currency_codes():
        raise UnitError(f"a currency code in capitals, such as {counted[1].upper()}_bn; found {text!r}")
    if counted and singular(counted[1]) in TONNES_PER:  # 'kg': a count of tonnes, a thousandth each
        return Unit(text, Dimension("count", "tonnes"), _scale(counted[2], text) * TONNES_PER[singular(counted[1])],
                    SCALE_WORDS.get(counted[2] or "", ""))
    if counted:
        return Unit(text, Dimension("count", _measure_noun(counted[1])), _scale(counted[2], text),
                    SCALE_WORDS.get(counted[2] or "", ""))
    raise UnitError(f"a unit such as USD_bn, EUR_m, CNY_per_USD, USD_per_barrel, percent, pp, bp, times, year or a counted noun "
                    f"such as tonnes, barrels_m or seat-km_bn (two words joined by a hyphen); found {text!r}")


# Distances written out or abbreviated are one measure: 'km' and 'kilometres', 'tonne-kilometres' and 'tonne-km'.
_DISTANCES = {"kilometres": "km", "kilometers": "km", "kilometre": "km", "kilometer": "km", "mile": "miles"}


def _measure_noun(noun: str) -> str:
    head, dash, tail = noun.rpartition("-")
    if dash:
        return f"{head}-{_DISTANCES.get(tail, tail)}"
    return _DISTANCES.get(noun, noun)


def _require_currency(code: str, text: str) -> None:
    if code not in currency_codes():
        raise UnitError(f"an ISO 4217 currency code (USD, EUR, CNY, ...) in {text!r}; found {code!r}")


def _scale(word: str | None, text: str) -> float:
    if word is None:
        return 1.0
    if word not in SCALES:
        two_words = text.replace("_", "-", 1) if text.count("_") == 1 else ""
        raise UnitError(f"a scale of {', '.join(SCALES)} after '_' in {text!r}; found {word!r}"
                        + (f" (a counted noun of two words takes a hyphen: {two_words!r})" if two_words else ""))
    return SCALES[word]


# -- the algebra --------------------------------------------------------------------------------------
# Each operation returns (dimension of the result, factor applied to the numeric result). The factor
# is 1 except where a percentage acts as a fraction (5% of $2bn is $2bn * 5 * 0.01).


def add(left: Dimension, right: Dimension) -> Dimension:
    if left == right and left.kind not in ("year",):
        return left
    pair = {left.kind, right.kind}
    if pair == {"percent", "pp"}:
        return PERCENT
    if pair <= {"ratio", "number"}:
        return RATIO if "ratio" in pair else NUMBER
    raise UnitError(f"adds {left} and {right}: both sides must measure the same thing")


def subtract(left: Dimension, right: Dimension) -> Dimension:
    if left.kind == right.kind == "percent":
        return POINTS  # a percentage less a percentage is percentage points
    if left.kind == right.kind == "year":
        return NUMBER  # years apart
    if left.kind == "percent" and right.kind == "pp":
        return PERCENT
    if left == right or {left.kind, right.kind} <= {"ratio", "number"}:
        return add(left, right)
    raise UnitError(f"subtracts {right} from {left}: both sides must measure the same thing")


def multiply(left: Dimension, right: Dimension) -> tuple[Dimension, float]:
    if left.kind == "number":
        return right, 1.0
    if right.kind == "number":
        return left, 1.0
    if left.kind == "ratio" and right.kind != "year":
        return right, 1.0
    if right.kind == "ratio" and left.kind != "year":
        return left, 1.0
    for amount, other in ((left, right), (right, left)):
        if (amount.is_amount or amount.kind == "price") and other.kind == "percent":
            return amount, 0.01
        if amount.kind == "price" and other.kind == "count":
            numerator, thing = amount.code.split("/")
            if singular(other.code) == thing:  # $3,175 a resident times 1.14 million residents; tonnes a hectare
                return (money(numerator) if numerator.isupper() else Dimension("count", numerator)), 1.0
            raise UnitError(f"multiplies {amount} by {other}: the price is per {thing}, not per {singular(other.code)}")
        if amount.kind == "money" and other.kind == "rate":
            numerator, denominator = other.code.split("/")
            if amount.code == denominator:
                return money(numerator), 1.0
            raise UnitError(f"multiplies {amount} by {other}: the rate converts from {denominator}, not {amount.code}")
    raise UnitError(f"multiplies {left} by {right}: one side must be a plain number, a multiple, a percentage of an "
                    "amount, or a count the other is a price of")


def divide(left: Dimension, right: Dimension) -> tuple[Dimension, float]:
    if right.kind in ("number", "ratio") and left.kind != "year":
        return left, 1.0
    if left.kind in ("number", "ratio") and right.kind == "rate":
        numerator, denominator = right.code.split("/")
        return Dimension("rate", f"{denominator}/{numerator}"), 1.0  # 1 / (baht per dollar) is dollars per baht
    if left == right and left.kind in ("money", "count", "percent", "pp", "rate", "price"):
        return RATIO, 1.0
    if left.kind == right.kind == "count" and "-" in left.code:
        carried, _, measure = left.code.rpartition("-")  # tonne-km per tonne is km: the average haul
        if singular(carried) == singular(right.code):
            return Dimension("count", measure), 1.0
    if left.kind in ("money", "count") and right.kind == "count" and left != right:
        return Dimension("price", f"{left.code}/{singular(right.code)}"), 1.0  # spending per resident, tonnes a hectare
    if left.kind == right.kind == "money":
        return Dimension("rate", f"{left.code}/{right.code}"), 1.0
    raise UnitError(f"divides {left} by {right}: the units do not divide")
