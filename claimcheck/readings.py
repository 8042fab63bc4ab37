"""From a number as printed to the intervals it can stand for: its readings.

A printed number has a *strict* reading (its last digit exact to half a unit) and, when it is a
whole number with trailing zeros, a *loose* one (those zeros may be rounding: "$80 million" may be
the nearest $10 million). "Rose 10.9 times" has a second reading, an *increase* of 1,090%. Hedges
are bounds: "nearly X" is never above X, "just over X" never below it, "about X" spreads both ways, and
"more than X" reaches further above X than "just over" does ("more than doubled" may be 2.6 times). A multiple in
words is itself about its number ("doubled" is about 2), and a hedge on it widens that: "nearly doubled" may be 1.8.
A count of whole things printed in full ("19 matches") is exact: there is no fraction to round away, though its
trailing zeros may still be rounding ("1,200 jobs").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .config import Tolerances
from .quantities import Unit, counts_whole_things

# An average is no count of whole things, whatever it counts: "an average of 19 patients a day", "average attendance".
AVERAGE_WORDS = re.compile(r"\b(?:averag\w*|mean|median|typical|per|daily|weekly|a day|a week)\b", re.IGNORECASE)


def printed_whole(unit: Unit, words: str, decimals: int, high: float | None) -> bool:
    """Whether a printed number is a count of whole things in full: no decimals, no range, and no average in `words`
    (the figure's metric and quote)."""
    return (counts_whole_things(unit) and decimals == 0 and high is None
            and not AVERAGE_WORDS.search(words))

# Which way each hedge word widens a stated number. One source of truth for the vocabulary.
QUALIFIER_SIDES = {
    "none": None,
    "nearly": "below",
    "almost": "below",
    "just under": "below",
    "just over": "above",
    "approximately": "both",
    "around": "both",
    "about": "both",
    "roughly": "both",
    "more than": "above",
    "over": "above",
    "at least": "above",
    "less than": "below",
    "fewer than": "below",
    "under": "below",
    "at most": "below",
    "no more than": "below",
    "up to": "below",
    "no less than": "above",
}
# Open bounds: "more than X" says only that the value is not below X, so it reaches as far as `open_bound` allows.
OPEN_QUALIFIERS = {"more than", "over", "at least", "less than", "fewer than", "under", "at most", "no more than",
                   "up to", "no less than"}
_TOLERANCE_OF_SIDE = {"below": "nearly", "above": "just_over", "both": "approximately"}
_MIRRORED = {"below": "above", "above": "below", "both": "both", None: None}


def tolerance_of(qualifier: str, side: str) -> str:
    """The name of the tolerance that widens a hedge: `open_bound` for an open one, else by its side."""
    return "open_bound" if qualifier.lower() in OPEN_QUALIFIERS else _TOLERANCE_OF_SIDE[side]


@dataclass(frozen=True)
class Printed:
    """How a number is printed: what the rounding rules look at."""

    value: float
    decimals: int = 0
    trailing_zeros: int = 0
    high: float | None = None  # the upper end of a range
    word: bool = False  # a multiple in words ("doubled")
    exact: bool = False  # a year: no rounding at all
    whole: bool = False  # a count of whole things printed in full ("19 matches"): no fraction to round away
    high_decimals: int = 0  # a range's upper end's printed decimals: "3.5-4" -> 0


@dataclass(frozen=True)
class Reading:
    """One reading of a printed number: an interval and the point it is read as, in the printed unit."""

    name: str  # "strict", "loose" or "increase"
    lo: float
    hi: float
    point: float
    step: float = 0.0  # for "loose": the rounding step the trailing zeros stand for (10 for "80")


def readings(printed: Printed, qualifier: str, tolerances: Tolerances, *, rises_times: bool = False,
             negative: bool = False, inverse: bool = False, mirrored: bool = False) -> list[Reading]:
    """Every reading of a printed number; the strict one first.

    `rises_times`: a multiple in digits with direction up ("rose 10.9 times"), which may also mean ×(N+1).
    `negative`: a stated decrease (the interval is mirrored). `inverse`: "fell N times", a ratio of 1/N.
    `mirrored`: the hedge bounds the fall, not the value: "nearly halved" leaves a little more than half.
    """
    if qualifier not in QUALIFIER_SIDES:
        raise ValueError(f"unknown qualifier {qualifier!r}: expected one of {', '.join(QUALIFIER_SIDES)}")
    found = [r for r in _magnitude_readings(printed, qualifier, tolerances, mirrored)
             if tolerances.readings == "both" or r.name == "strict"]
    if rises_times and not printed.word and tolerances.readings == "both":
        strict = found[0]
        found.append(Reading("increase", strict.lo + 1, strict.hi + 1, strict.point + 1))
    if inverse:
        found = [Reading(r.name, 1 / r.hi, 1 / r.lo, 1 / r.point, r.step) for r in found]
    if negative:
        found = [Reading(r.name, -r.hi, -r.lo, -r.point, r.step) for r in found]
    return found


def _magnitude_readings(printed: Printed, qualifier: str, tolerances: Tolerances, mirrored: bool = False) -> list[Reading]:
    value = printed.value
    if printed.exact:
        return [Reading("strict", value, value, value)]
    side = QUALIFIER_SIDES[qualifier]
    width = getattr(tolerances, tolerance_of(qualifier, side)) if side else 0.0
    side = _MIRRORED[side] if mirrored else side
    slack = width * abs(value)
    if printed.word and side and qualifier.lower() not in OPEN_QUALIFIERS:
        # "doubled" is itself about 2, so a hedge widens that, never narrows it: "nearly doubled" may be 1.8 times,
        # "roughly doubled" 1.8 to 2.2 times, and "nearly halved" may leave 0.55
        slack += tolerances.approximately * abs(value)
    if printed.high is not None:  # a range is a bound at both ends
        lo, hi = value, printed.high
        below = slack if side in ("below", "both") else 0.0
        above = width * printed.high if side in ("above", "both") else 0.0
        return [Reading("strict", lo - below, hi + above, (lo + hi) / 2)]
    if side == "below":
        return [Reading("strict", value - slack, value, value)]
    if side == "above":
        return [Reading("strict", value, value + slack, value)]
    if printed.word:  # "doubled": about 2
        half = tolerances.approximately * abs(value)
        return [Reading("strict", value - max(half, slack), value + max(half, slack), value)]
    half = 0.5 * 10 ** (-printed.decimals) if tolerances.rounding and not printed.whole else 0.0
    found = [Reading("strict", value - max(half, slack), value + max(half, slack), value)]
    if printed.trailing_zeros and not printed.decimals and tolerances.rounding:
        step = 10.0 ** printed.trailing_zeros
        loose_half = max(min(step / 2, tolerances.loose_cap * abs(value)), half)
        if loose_half > half:
            found.append(Reading("loose", value - max(loose_half, slack), value + max(loose_half, slack), value, step))
    return found
