"""From a number as printed to the interval it stands for: last-digit precision plus hedge words."""

from __future__ import annotations

from .config import Tolerances
from .intervals import Interval

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
}
_TOLERANCE_OF_SIDE = {"below": "nearly", "above": "just_over", "both": "approximately"}


def stated_interval(
    value: float, decimals: int, qualifier: str, tolerances: Tolerances, sign: int = 1
) -> Interval:
    """The interval a printed number stands for.

    `value` is the magnitude as printed; `sign` is -1 for a stated decrease ("dropping by 2%").
    The last printed digit sets the precision: 94.8 -> [94.75, 94.85], 28 -> [27.5, 28.5].
    A hedge then widens the magnitude by a fraction of it: downward for "nearly",
    upward for "just over", both ways for "approximately".
    """
    if qualifier not in QUALIFIER_SIDES:
        raise ValueError(f"unknown qualifier {qualifier!r}: expected one of {', '.join(QUALIFIER_SIDES)}")
    half = 0.5 * 10 ** (-decimals) if tolerances.rounding else 0.0
    magnitude = Interval(value - half, value + half, value)
    side = QUALIFIER_SIDES[qualifier]
    if side:
        slack = getattr(tolerances, _TOLERANCE_OF_SIDE[side]) * abs(value)
        magnitude = magnitude.widen(
            below=slack if side in ("below", "both") else 0.0,
            above=slack if side in ("above", "both") else 0.0,
        )
    return magnitude if sign > 0 else -magnitude


def round_half_up(value: float, decimals: int) -> float:
    """Round as a reporter does: 3.85 -> 3.9, never banker's rounding."""
    from decimal import ROUND_HALF_UP, Decimal

    quantum = Decimal(1).scaleb(-decimals)
    return float(Decimal(repr(value)).quantize(quantum, rounding=ROUND_HALF_UP))
