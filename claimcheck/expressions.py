"""A small arithmetic language over figure ids, parsed with Python's own parser and never eval'd.

    kz_imports_2024 + kz_exports_2024
    growth(ca_turnover_2024, ca_turnover_2023)
    previous(kz_turnover_2024, kz_turnover_change_2024) + steady(tm_turnover_2024)

Names are figure ids. Each value carries an interval and a unit; adding a percentage to dollars,
or any syntax beyond numbers, names, + - * / and the functions below, is an error.
"""

from __future__ import annotations

import ast
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Callable

from .intervals import Interval


class ExpressionError(ValueError):
    """An expression that cannot be parsed, names no known figure, or mixes units."""


@dataclass(frozen=True)
class Quantity:
    interval: Interval
    unit: str  # USD_bn, CNY_bn, percent, year or number
    figures: tuple[str, ...] = field(default=())

    @property
    def is_money(self) -> bool:
        return self.unit.endswith("_bn")

    @property
    def is_amount(self) -> bool:
        """Money or a count of things: what a growth rate can apply to."""
        return self.is_money or self.unit == "count"


FUNCTIONS = {
    "growth": "growth(current, previous): percentage change from previous to current",
    "previous": "previous(current, change): the value before a percentage change",
    "steady": "steady(x): x within the 'steady' tolerance; steady(): a change of about 0%",
}


@lru_cache(maxsize=1 << 18)
def parse(expression: str) -> ast.Expression:
    """Parse and vet an expression. The tree is cached and shared: callers must not change it."""
    try:
        tree = ast.parse(expression.strip(), mode="eval")
    except SyntaxError as error:
        raise ExpressionError(f"cannot parse {expression!r}: {error.msg}") from None
    for node in ast.walk(tree):
        allowed = (
            ast.Expression, ast.BinOp, ast.UnaryOp, ast.Name, ast.Load, ast.Call, ast.Constant,
            ast.Add, ast.Sub, ast.Mult, ast.Div, ast.USub, ast.UAdd,
        )
        if not isinstance(node, allowed):
            raise ExpressionError(
                f"{expression!r} uses {type(node).__name__}, which is not allowed: use figure ids, "
                "numbers, + - * / and the functions " + ", ".join(FUNCTIONS)
            )
        if isinstance(node, ast.Constant) and (isinstance(node.value, bool) or not isinstance(node.value, (int, float))):
            raise ExpressionError(f"{expression!r} contains {node.value!r}: only numbers are allowed")
        if isinstance(node, ast.Call) and (
            not isinstance(node.func, ast.Name) or node.func.id not in FUNCTIONS or node.keywords
        ):
            name = node.func.id if isinstance(node.func, ast.Name) else ast.unparse(node.func)
            raise ExpressionError(f"{expression!r} calls {name}: expected one of " + ", ".join(FUNCTIONS))
    return tree


def substitute_names(expression: str, replace: Callable[[str], str | None]) -> str:
    """The expression's text with each figure id swapped for `replace(id)` (None keeps the id)."""
    text = expression.strip()
    tree = parse(expression)
    callees = {id(n.func) for n in ast.walk(tree) if isinstance(n, ast.Call)}
    names = sorted((n for n in ast.walk(tree) if isinstance(n, ast.Name) and id(n) not in callees),
                   key=lambda n: n.col_offset, reverse=True)
    for node in names:
        new = replace(node.id)
        if new is not None:
            text = text[: node.col_offset] + new + text[node.end_col_offset:]
    return text


def names_in(expression: str) -> list[str]:
    """The figure ids an expression refers to, in order of first appearance."""
    tree = parse(expression)
    callees = {id(n.func) for n in ast.walk(tree) if isinstance(n, ast.Call)}
    seen: dict[str, None] = {}
    for node in ast.walk(tree):
        if isinstance(node, ast.Name) and id(node) not in callees:
            seen.setdefault(node.id, None)
    return list(seen)


class Evaluator:
    """Evaluates expressions against a lookup of figure id -> Quantity."""

    def __init__(self, lookup: Callable[[str], Quantity], steady_tolerance: float):
        self.lookup = lookup
        self.steady_tolerance = steady_tolerance

    def evaluate(self, expression: str) -> Quantity:
        return self._eval(parse(expression).body, expression)

    def _eval(self, node: ast.AST, source: str) -> Quantity:
        if isinstance(node, ast.Constant):
            return Quantity(Interval.exact(float(node.value)), "number")
        if isinstance(node, ast.Name):
            return self.lookup(node.id)
        if isinstance(node, ast.UnaryOp):
            operand = self._eval(node.operand, source)
            interval = -operand.interval if isinstance(node.op, ast.USub) else operand.interval
            return Quantity(interval, operand.unit, operand.figures)
        if isinstance(node, ast.BinOp):
            return self._binary(node, self._eval(node.left, source), self._eval(node.right, source), source)
        if isinstance(node, ast.Call):
            args = [self._eval(arg, source) for arg in node.args]
            return getattr(self, "_call_" + node.func.id)(args, source)
        raise ExpressionError(f"cannot evaluate {ast.unparse(node)!r} in {source!r}")

    @staticmethod
    def _binary(node: ast.BinOp, left: Quantity, right: Quantity, source: str) -> Quantity:
        figures = left.figures + tuple(f for f in right.figures if f not in left.figures)
        op = type(node.op)
        if op in (ast.Add, ast.Sub):
            if left.unit != right.unit:
                raise ExpressionError(
                    f"{source!r} adds or subtracts {left.unit} and {right.unit}: "
                    "both sides must have the same unit"
                )
            interval = left.interval + right.interval if op is ast.Add else left.interval - right.interval
            return Quantity(interval, left.unit, figures)
        if op is ast.Mult:
            if "number" not in (left.unit, right.unit):
                raise ExpressionError(f"{source!r} multiplies {left.unit} by {right.unit}: one side must be a plain number")
            unit = right.unit if left.unit == "number" else left.unit
            return Quantity(left.interval * right.interval, unit, figures)
        # division
        if right.unit == "number":
            unit = left.unit
        elif left.unit == right.unit:
            unit = "number"
        else:
            raise ExpressionError(f"{source!r} divides {left.unit} by {right.unit}: the units do not divide")
        try:
            interval = left.interval / right.interval
        except ZeroDivisionError as error:
            raise ExpressionError(f"{source!r}: {error}") from None
        return Quantity(interval, unit, figures)

    @staticmethod
    def _arity(args: list[Quantity], count: int, name: str, source: str) -> None:
        if len(args) != count:
            raise ExpressionError(f"{source!r}: {FUNCTIONS[name]} takes {count} argument(s), got {len(args)}")

    def _call_growth(self, args: list[Quantity], source: str) -> Quantity:
        self._arity(args, 2, "growth", source)
        current, previous = args
        if not (current.is_amount and current.unit == previous.unit):
            raise ExpressionError(f"{source!r}: growth() needs two amounts in the same unit, got {current.unit} and {previous.unit}")
        try:
            ratio = current.interval / previous.interval
        except ZeroDivisionError as error:
            raise ExpressionError(f"{source!r}: {error}") from None
        return Quantity((ratio - 1) * 100, "percent", current.figures + previous.figures)

    def _call_previous(self, args: list[Quantity], source: str) -> Quantity:
        self._arity(args, 2, "previous", source)
        current, change = args
        if not current.is_amount or change.unit != "percent":
            raise ExpressionError(f"{source!r}: previous() needs an amount and a percentage, got {current.unit} and {change.unit}")
        try:
            interval = current.interval / (1 + change.interval / 100)
        except ZeroDivisionError as error:
            raise ExpressionError(f"{source!r}: {error}") from None
        return Quantity(interval, current.unit, current.figures + change.figures)

    def _call_steady(self, args: list[Quantity], source: str) -> Quantity:
        if not args:
            bound = self.steady_tolerance * 100
            return Quantity(Interval(-bound, bound, 0.0), "percent")
        self._arity(args, 1, "steady", source)
        (value,) = args
        if not value.is_amount:
            raise ExpressionError(f"{source!r}: steady() takes an amount, got {value.unit}")
        slack = self.steady_tolerance * abs(value.interval.point)
        return Quantity(value.interval.widen(slack, slack), value.unit, value.figures)
