"""The exact range of an expression over a box of intervals, each figure one variable.

Plain interval arithmetic overestimates: it treats each occurrence of a figure as a new number, so
`x - x` over x in [1, 2] comes out as [-1, 1]. Here a function of named variables is evaluated on
`Dual` numbers, which enclose both its value and each partial derivative over a box. The method:

1. **Monotonicity.** Where a partial derivative cannot change sign over the box, the minimum lies at
   one end of that variable (the low end if the function rises with it) and the maximum at the
   other; the variable is fixed there and the box shrinks. Sums, differences, growth rates, shares
   and implied earlier values are monotone in every figure, so their range is settled by two point
   evaluations at the right corners.
2. **Branch and bound.** Where that is not enough (a derivative's enclosure spans zero), the box is
   halved along its widest free variable, boxes whose lower bound cannot beat the best value found
   are dropped, and the search stops when the best value found at a point is within a relative
   1e-12 of the lowest bound left. A box's lower bound is the better of the plain enclosure and the
   mean-value form f(mid) + sum of (df/dx_i over the box) * (x_i - mid_i), which stays tight where
   the function is flat in a variable that appears more than once (b / (b / (1 + c)) - 1). The ends
   reported are values the function takes at points of the box, so each is reached; the bounds
   prove nothing lies beyond them. A function that is exactly flat in such a variable gives every
   box the same promise; after MAX_BOXES boxes the search stops and returns the lowest bound left,
   a sound outer end within a hair of the true one, and says so (`Range.exact` is False).

Undefined arithmetic (dividing by a value that can be zero, a logarithm of a value that can be
non-positive) raises `Undefined` with a reason, for the whole box, before any range is computed.
"""

from __future__ import annotations

import heapq
import itertools
import math
from dataclasses import dataclass, field
from typing import Callable, Mapping

RELATIVE_TOLERANCE = 1e-12
MAX_BOXES = 600  # a safety net for functions flat in a repeated variable; then a sound outer bound is returned


class Undefined(ArithmeticError):
    """The expression has no value somewhere on the box; `reason` says why, in words."""

    def __init__(self, reason: str):
        super().__init__(reason)
        self.reason = reason


def _mul(a: tuple[float, float], b: tuple[float, float]) -> tuple[float, float]:
    products = (a[0] * b[0], a[0] * b[1], a[1] * b[0], a[1] * b[1])
    return min(products), max(products)


class Dual:
    """An enclosure [lo, hi] of a value over a box, with an enclosure of each partial derivative."""

    __slots__ = ("lo", "hi", "grad")

    def __init__(self, lo: float, hi: float, grad: dict[str, tuple[float, float]]):
        self.lo, self.hi, self.grad = lo, hi, grad

    @classmethod
    def variable(cls, name: str, lo: float, hi: float) -> "Dual":
        return cls(lo, hi, {name: (1.0, 1.0)})

    # -- arithmetic -----------------------------------------------------------------------------
    def __neg__(self) -> "Dual":
        return Dual(-self.hi, -self.lo, {k: (-g[1], -g[0]) for k, g in self.grad.items()})

    def __add__(self, other) -> "Dual":
        if not isinstance(other, Dual):
            return Dual(self.lo + other, self.hi + other, self.grad)
        grad = dict(self.grad)
        for k, g in other.grad.items():
            mine = grad.get(k)
            grad[k] = g if mine is None else (mine[0] + g[0], mine[1] + g[1])
        return Dual(self.lo + other.lo, self.hi + other.hi, grad)

    __radd__ = __add__

    def __sub__(self, other) -> "Dual":
        return self + (-other)

    def __rsub__(self, other) -> "Dual":
        return (-self) + other

    def __mul__(self, other) -> "Dual":
        if not isinstance(other, Dual):
            lo, hi = sorted((self.lo * other, self.hi * other))
            return Dual(lo, hi, {k: tuple(sorted((g[0] * other, g[1] * other))) for k, g in self.grad.items()})
        value = _mul((self.lo, self.hi), (other.lo, other.hi))
        grad: dict[str, tuple[float, float]] = {}
        for k in self.grad.keys() | other.grad.keys():
            parts = []
            if k in self.grad:
                parts.append(_mul(self.grad[k], (other.lo, other.hi)))
            if k in other.grad:
                parts.append(_mul(other.grad[k], (self.lo, self.hi)))
            grad[k] = (sum(p[0] for p in parts), sum(p[1] for p in parts))
        return Dual(value[0], value[1], grad)

    __rmul__ = __mul__

    def reciprocal(self) -> "Dual":
        if self.lo <= 0 <= self.hi:
            raise Undefined("a divisor that can be zero")
        squares = sorted((self.lo * self.lo, self.hi * self.hi))
        factor = (-1 / squares[0], -1 / squares[1])
        return Dual(1 / self.hi, 1 / self.lo, {k: _mul(g, factor) for k, g in self.grad.items()})

    def __truediv__(self, other) -> "Dual":
        if not isinstance(other, Dual):
            if other == 0:
                raise Undefined("a divisor that is zero")
            return self * (1 / other)
        return self * other.reciprocal()

    def __rtruediv__(self, other) -> "Dual":
        return self.reciprocal() * other

    def log(self) -> "Dual":
        if self.lo <= 0:
            raise Undefined("the logarithm of a value that can be zero or negative")
        factor = (1 / self.hi, 1 / self.lo)
        return Dual(math.log(self.lo), math.log(self.hi), {k: _mul(g, factor) for k, g in self.grad.items()})

    def exp(self) -> "Dual":
        factor = (math.exp(self.lo), math.exp(self.hi))
        return Dual(factor[0], factor[1], {k: _mul(g, factor) for k, g in self.grad.items()})

    def __repr__(self) -> str:
        return f"Dual([{self.lo:g}, {self.hi:g}], {self.grad})"


Number = float | Dual


def log(x: Number) -> Number:
    if isinstance(x, Dual):
        return x.log()
    if x <= 0:
        raise Undefined("the logarithm of a value that is zero or negative")
    return math.log(x)


def exp(x: Number) -> Number:
    return x.exp() if isinstance(x, Dual) else math.exp(x)


def divide(a: Number, b: Number, reason: str = "a divisor that can be zero") -> Number:
    """a / b, refusing a divisor that is zero, or can be zero anywhere on the box."""
    if isinstance(b, Dual):
        if b.lo <= 0 <= b.hi:
            raise Undefined(reason)
        return a / b
    if b == 0:
        raise Undefined(reason)
    return a / b


def require_positive(x: Number, reason: str) -> None:
    """Refuse a value that is zero or negative, or can be anywhere on the box (a growth rate's base)."""
    low = x.lo if isinstance(x, Dual) else x
    if low <= 0:
        raise Undefined(reason)


def low(x: Number) -> float:
    return x.lo if isinstance(x, Dual) else x


def high(x: Number) -> float:
    return x.hi if isinstance(x, Dual) else x


# -- the search -----------------------------------------------------------------------------------

Box = Mapping[str, tuple[float, float]]


@dataclass(frozen=True)
class Range:
    """The lowest and highest value over a box, the value at the printed point, and where the ends are reached."""

    lo: float
    hi: float
    point: float
    argmin: dict = field(default_factory=dict, compare=False)
    argmax: dict = field(default_factory=dict, compare=False)
    exact: bool = True  # False only if the search hit MAX_BOXES: then [lo, hi] is a sound outer bound


def _evaluate(function: Callable, box: Box) -> Dual | float:
    arguments = {name: (lo if lo == hi else Dual.variable(name, lo, hi)) for name, (lo, hi) in box.items()}
    return function(arguments)


def _as_dual(value) -> Dual:
    return value if isinstance(value, Dual) else Dual(value, value, {})


def _tolerance(value: float) -> float:
    return RELATIVE_TOLERANCE * max(1.0, abs(value))


def _lower_bound(function: Callable, box: dict, enclosure: Dual, sense: float) -> float:
    """The better of the plain enclosure's low end and the mean-value form's, for sense * f over the box."""
    middle = {k: (lo + hi) / 2 for k, (lo, hi) in box.items()}
    try:
        centre = sense * function(middle)
    except Undefined:
        return enclosure.lo
    spread = 0.0
    for name, (lo, hi) in box.items():
        if lo == hi:
            continue
        slope = enclosure.grad.get(name, (0.0, 0.0))
        half = (hi - lo) / 2
        spread += min(slope[0] * -half, slope[0] * half, slope[1] * -half, slope[1] * half)
    return max(enclosure.lo, centre + spread)


def _shrink(function: Callable, box: dict, sense: float) -> tuple[dict, float]:
    """Fix every variable in which the function is monotone over the box at the end that minimises sense*f;
    return the smaller box and a lower bound of sense*f over it."""
    while True:
        enclosure = _as_dual(_evaluate(function, box)) * sense
        fixed = False
        for name, (lo, hi) in list(box.items()):
            if lo == hi:
                continue
            slope = enclosure.grad.get(name, (0.0, 0.0))
            if slope[0] >= 0:
                box[name], fixed = (lo, lo), True
            elif slope[1] <= 0:
                box[name], fixed = (hi, hi), True
        if not fixed:
            return box, _lower_bound(function, box, enclosure, sense)


def _minimum(function: Callable, box: Box, sense: float) -> tuple[float, dict, bool]:
    """min over the box of sense * f, the point where it is reached, and whether the search finished."""
    best, best_point = math.inf, {}

    def consider(point: dict) -> None:
        nonlocal best, best_point
        value = sense * function(point)
        if value < best:
            best, best_point = value, point

    counter = itertools.count()
    start, bound = _shrink(function, dict(box), sense)
    consider({k: (lo + hi) / 2 for k, (lo, hi) in start.items()})
    heap = [(bound, next(counter), start)]
    boxes = 0
    while heap:
        bound, _, current = heapq.heappop(heap)
        if bound >= best - _tolerance(best):
            break  # nothing left can beat the best point found
        free = [k for k, (lo, hi) in current.items() if lo != hi]
        if not free:
            consider({k: lo for k, (lo, _) in current.items()})
            continue
        boxes += 1
        if boxes > MAX_BOXES:
            return min(bound, best), best_point, False
        widest = max(free, key=lambda k: (current[k][1] - current[k][0]) / max(1.0, abs(current[k][0])))
        lo, hi = current[widest]
        middle = (lo + hi) / 2
        for half in ((lo, middle), (middle, hi)):
            part = dict(current)
            part[widest] = half
            part, bound = _shrink(function, part, sense)
            consider({k: (a + b) / 2 for k, (a, b) in part.items()})
            if bound < best - _tolerance(best):
                heapq.heappush(heap, (bound, next(counter), part))
    return best, best_point, True


def exact_range(function: Callable[[dict], Number], box: Box, point: Mapping[str, float]) -> Range:
    """The range of `function` (called with a dict of variable values) over `box`, and its value at `point`.

    Raises Undefined if the function is undefined anywhere on the box.
    """
    _evaluate(function, box)  # refuse undefined arithmetic over the whole box first
    at_point = function(dict(point))
    lowest, argmin, done_low = _minimum(function, box, 1.0)
    negated_highest, argmax, done_high = _minimum(function, box, -1.0)
    lo, hi = min(lowest, at_point), max(-negated_highest, at_point)
    return Range(lo, hi, at_point, argmin, argmax, done_low and done_high)
