"""Interval arithmetic that carries a point estimate alongside the bounds.

Every stated number is an interval (its rounding and hedge) with a point (the number as written).
Arithmetic on intervals gives the range a derived value can take; arithmetic on the points gives
the value a reader computes from the article's numbers as printed. Verdicts need both.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

# Relative slack for float comparisons, so that 0.35 + 3.5 "equals" 3.85.
EPSILON = 1e-9


def _slack(x: float) -> float:
    return EPSILON * max(1.0, abs(x))


@dataclass(frozen=True)
class Interval:
    lo: float
    hi: float
    point: float

    def __post_init__(self) -> None:
        if any(math.isnan(v) for v in (self.lo, self.hi, self.point)):
            raise ValueError("an interval cannot hold NaN")
        if self.lo > self.hi + _slack(self.hi):
            raise ValueError(f"interval lower bound {self.lo} exceeds upper bound {self.hi}")

    @classmethod
    def exact(cls, value: float) -> "Interval":
        return cls(value, value, value)

    @classmethod
    def of(cls, value: float) -> "Interval":
        return value if isinstance(value, Interval) else cls.exact(float(value))

    # arithmetic -----------------------------------------------------------------------------
    def __add__(self, other) -> "Interval":
        other = Interval.of(other)
        return Interval(self.lo + other.lo, self.hi + other.hi, self.point + other.point)

    __radd__ = __add__

    def __neg__(self) -> "Interval":
        return Interval(-self.hi, -self.lo, -self.point)

    def __sub__(self, other) -> "Interval":
        return self + (-Interval.of(other))

    def __rsub__(self, other) -> "Interval":
        return Interval.of(other) - self

    def __mul__(self, other) -> "Interval":
        other = Interval.of(other)
        products = [a * b for a in (self.lo, self.hi) for b in (other.lo, other.hi)]
        return Interval(min(products), max(products), self.point * other.point)

    __rmul__ = __mul__

    def __truediv__(self, other) -> "Interval":
        other = Interval.of(other)
        if other.lo <= 0 <= other.hi:
            raise ZeroDivisionError(f"cannot divide by an interval that contains zero: {other}")
        return self * Interval(1 / other.hi, 1 / other.lo, 1 / other.point)

    def __rtruediv__(self, other) -> "Interval":
        return Interval.of(other) / self

    # comparisons -----------------------------------------------------------------------------
    def contains(self, value: float) -> bool:
        return self.lo - _slack(self.lo) <= value <= self.hi + _slack(self.hi)

    def overlaps(self, other: "Interval") -> bool:
        return self.lo - _slack(self.lo) <= other.hi + _slack(other.hi) and other.lo - _slack(
            other.lo
        ) <= self.hi + _slack(self.hi)

    def widen(self, below: float = 0.0, above: float = 0.0) -> "Interval":
        """Move the bounds outward by absolute amounts; the point stays."""
        if below < 0 or above < 0:
            raise ValueError("an interval can only be widened by non-negative amounts")
        return Interval(self.lo - below, self.hi + above, self.point)

    @property
    def is_exact(self) -> bool:
        return self.hi - self.lo <= _slack(self.hi)

    def __str__(self) -> str:
        return f"[{self.lo:g}, {self.hi:g}] (point {self.point:g})"
