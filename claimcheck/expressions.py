"""A small arithmetic language over figure ids, parsed with Python's own parser and never eval'd.

    kz_imports_2024 + kz_exports_2024
    growth(ca_trade_2024, ca_trade_2023)
    previous(kz_trade_2024, kz_trade_change_2024) + steady(tm_trade_2024)

Names are figure ids (or exchange rates named in the article's metadata). An expression compiles to
a `Term`: its dimension and period, checked by the algebra of `quantities` and `periods`, and a
function of the named variables that `ranges.exact_range` evaluates over their intervals.
Functions live in a registry: a kind of claim that needs one registers it with `@function`.
"""

from __future__ import annotations

import ast
from dataclasses import dataclass, field, replace
from functools import lru_cache
from typing import Callable

from . import quantities as q
from .periods import Period, is_earlier_comparison, same
from .quantities import LEVEL_KINDS, Dimension, UnitError
from .ranges import divide


class ExpressionError(ValueError):
    """An expression that cannot be parsed, names no known figure, or mixes units or periods."""


Evaluate = Callable[[dict], object]


@dataclass(frozen=True)
class Term:
    """A compiled (sub)expression: what it measures, for which period, and how to compute it."""

    dimension: Dimension
    period: Period | None  # None: a constant, or a value that spans periods (`mixed`)
    names: tuple[str, ...]  # the figure ids and rate names it uses, in order of first appearance
    evaluate: Evaluate  # called with a dict of name -> value (float, or ranges.Dual)
    source: str = ""
    aux: tuple[tuple[str, float, float], ...] = ()  # extra variables, such as 'steady' slack: (name, lo, hi)
    mixed: bool = False  # combines figures of different periods, as the claim allows
    unit_text: str = ""  # for a bare name, the unit as written in its table (USD_bn); else empty
    span: Period | None = None  # for a change between two readings on days: the months it covers

    @property
    def shown(self) -> str:
        """The term for a message: 'kz_trade_2024 (USD_bn)', or 'a + b (money in USD)'."""
        return f"{self.source} ({self.unit_text or self.dimension})"

    def describe(self) -> str:
        return f"{self.source} ({self.dimension}{', ' + str(self.period) if self.period else ''})"


@dataclass(frozen=True)
class Operand:
    """What a name stands for: a figure's or a rate's dimension and period, and its unit as written."""

    dimension: Dimension
    period: Period | None
    unit_text: str = ""
    ends: tuple[tuple[float, float, float], tuple[float, float, float]] | None = None  # a range's (point, lo, hi) ends


@dataclass(frozen=True)
class Function:
    signature: str  # "growth(current, previous)"
    doc: str  # one line, as in the data dictionary
    arity: tuple[int, ...]
    build: Callable  # build(compiler, *terms) -> Term

    @property
    def name(self) -> str:
        return self.signature.partition("(")[0]


FUNCTIONS: dict[str, Function] = {}


def function(signature: str, doc: str, arity: tuple[int, ...] | None = None):
    """Register an expression function. `build(compiler, *args)` type-checks its arguments and returns a Term."""

    def register(build: Callable) -> Callable:
        count = signature.count(",") + 1 if "()" not in signature else 0
        FUNCTIONS[signature.partition("(")[0]] = Function(signature, doc, arity or (count,), build)
        return build

    return register


@lru_cache(maxsize=1 << 16)
def parse(expression: str) -> ast.Expression:
    """Parse and vet an expression. The tree is cached and shared: callers must not change it."""
    try:
        tree = ast.parse(expression.strip(), mode="eval")
    except SyntaxError as error:
        raise ExpressionError(f"cannot parse {expression!r}: {error.msg}") from None
    allowed = (ast.Expression, ast.BinOp, ast.UnaryOp, ast.Name, ast.Load, ast.Call, ast.Constant,
               ast.Add, ast.Sub, ast.Mult, ast.Div, ast.USub, ast.UAdd)
    for node in ast.walk(tree):
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


def _called(tree: ast.AST) -> set[int]:
    return {id(n.func) for n in ast.walk(tree) if isinstance(n, ast.Call)}


def names_in(expression: str) -> list[str]:
    """The names an expression refers to, in order of first appearance."""
    tree = parse(expression)
    callees = _called(tree)
    seen: dict[str, None] = {}
    for node in ast.walk(tree):
        if isinstance(node, ast.Name) and id(node) not in callees:
            seen.setdefault(node.id, None)
    return list(seen)


def substitute_names(expression: str, replace: Callable[[str], str | None]) -> str:
    """The expression's text with each name swapped for `replace(name)` (None keeps the name)."""
    text = expression.strip()
    tree = parse(expression)
    callees = _called(tree)
    nodes = sorted((n for n in ast.walk(tree) if isinstance(n, ast.Name) and id(n) not in callees),
                   key=lambda n: n.col_offset, reverse=True)
    for node in nodes:
        new = replace(node.id)
        if new is not None:
            text = text[: node.col_offset] + new + text[node.end_col_offset:]
    return text


def _merge(*groups: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(name for group in groups for name in group))


@dataclass
class Compiler:
    """Compiles expressions against a lookup of name -> Operand, for one claim."""

    lookup: Callable[[str], Operand]
    allow_mixed: bool = False
    steady_tolerance: float = 0.02
    _steady_count: int = field(default=0, init=False)

    def compile(self, expression: str) -> Term:
        self._steady_count = 0
        return self._compile(parse(expression).body)

    # -- building blocks that functions use -------------------------------------------------------
    def fail(self, message: str) -> ExpressionError:
        return ExpressionError(message)

    def period_of(self, *terms: Term, operation: str) -> tuple[Period | None, bool]:
        """The one period several terms share; figures of different periods only where the claim allows."""
        periods = [t.period for t in terms if t.period is not None]
        mixed = any(t.mixed for t in terms)
        if not periods:
            return None, mixed
        first = periods[0]
        if all(same(p, first) for p in periods):
            return first, mixed
        if self.allow_mixed:
            return None, True
        shown = ", ".join(dict.fromkeys(f"{t.source} ({t.period.label})" for t in terms if t.period is not None))
        raise self.fail(f"{operation} figures of different periods: {shown}; a check compares one period "
                        "unless the claim says otherwise (write 'mixed' in its periods column)")

    def require_earlier(self, current: Term, previous: Term, name: str) -> None:
        """`previous` must be the same period a year earlier, or the period just before."""
        if current.period is None or previous.period is None or self.allow_mixed:
            return
        if not is_earlier_comparison(current.period, previous.period):
            raise self.fail(f"{name} compares {current.source} ({current.period.label}) with {previous.source} "
                            f"({previous.period.label}): expected the same period a year earlier or the one just before; "
                            "write 'mixed' in the claim's periods column if the comparison is meant")

    def require_same_amount(self, a: Term, b: Term, name: str, kinds=LEVEL_KINDS) -> None:
        if a.dimension != b.dimension or a.dimension.kind not in kinds:
            raise self.fail(f"{name} needs two amounts of the same unit, found {a.shown} and {b.shown}")

    def steady_variable(self) -> str:
        self._steady_count += 1
        return f"steady#{self._steady_count}"

    # -- the walk ------------------------------------------------------------------------------------
    def _compile(self, node: ast.AST) -> Term:
        source = ast.unparse(node)
        if isinstance(node, ast.Constant):
            value = float(node.value)
            return Term(q.NUMBER, None, (), lambda env, value=value: value, source)
        if isinstance(node, ast.Name):
            operand = self.lookup(node.id)
            name = node.id
            return Term(operand.dimension, operand.period, (name,), lambda env, name=name: env[name], source,
                        unit_text=operand.unit_text)
        if isinstance(node, ast.UnaryOp):
            inner = self._compile(node.operand)
            if isinstance(node.op, ast.UAdd):
                return inner
            return Term(inner.dimension, inner.period, inner.names, lambda env, f=inner.evaluate: -f(env), source,
                        inner.aux, inner.mixed)
        if isinstance(node, ast.BinOp):
            return self._binary(node, self._compile(node.left), self._compile(node.right), source)
        if isinstance(node, ast.Call):
            function_ = FUNCTIONS[node.func.id]
            args = [self._compile(arg) for arg in node.args]
            if len(args) not in function_.arity:
                raise self.fail(f"{source}: {function_.signature} takes {' or '.join(map(str, function_.arity))} "
                                f"argument(s), got {len(args)}")
            term = function_.build(self, *args)
            return replace(term, source=source, aux=tuple(dict.fromkeys(term.aux + tuple(a for arg in args for a in arg.aux))))
        raise self.fail(f"cannot compile {source!r}")

    def _binary(self, node: ast.BinOp, left: Term, right: Term, source: str) -> Term:
        names = _merge(left.names, right.names)
        aux = tuple(dict.fromkeys(left.aux + right.aux))
        f, g = left.evaluate, right.evaluate
        try:
            if isinstance(node.op, (ast.Add, ast.Sub)):
                adding = isinstance(node.op, ast.Add)
                dimension = q.add(left.dimension, right.dimension) if adding else q.subtract(left.dimension, right.dimension)
                period, mixed = self.period_of(left, right, operation="adds" if adding else "subtracts")
                evaluate = (lambda env: f(env) + g(env)) if adding else (lambda env: f(env) - g(env))
                return Term(dimension, period, names, evaluate, source, aux, mixed)
            if isinstance(node.op, ast.Mult):
                dimension, factor = q.multiply(left.dimension, right.dimension)
                period, mixed = self.period_of(left, right, operation="multiplies")
                return Term(dimension, period, names, lambda env: f(env) * g(env) * factor, source, aux, mixed)
            dimension, factor = q.divide(left.dimension, right.dimension)
            period, mixed = self.period_of(left, right, operation="divides")
            what = f"a division by {right.source}, which is zero or can be"
            return Term(dimension, period, names, lambda env: divide(f(env), g(env), what) * factor, source, aux, mixed)
        except UnitError as error:
            raise self.fail(f"{source!r} {error} ({left.shown} and {right.shown})") from None


# -- the ends of a printed range ("guidance of CHF 3.8-4.2 billion") -----------------------------------

def _range_end(compiler: Compiler, term: Term, which: str, index: int, called: str = "") -> Term:
    """One end of a range figure as a value of its own, within that end's printed rounding."""
    operand = compiler.lookup(term.names[0]) if len(term.names) == 1 and term.source == term.names[0] else None
    if operand is None or operand.ends is None:
        raise compiler.fail(f"{called or which}() takes a figure printed as a range, such as a guidance of "
                            f"'3.8-4.2 billion'; found {term.shown}")
    point, lo, hi = operand.ends[index]
    slack = f"{which}#{term.names[0]}"
    return Term(term.dimension, term.period, term.names, lambda env: point + env[slack],
                aux=((slack, lo - point, hi - point),))


@function("low(range)", "The lower end of a figure printed as a range (its printed digits exact to half a unit).")
def low(compiler, value):
    return _range_end(compiler, value, "low", 0)


@function("high(range)", "The upper end of a figure printed as a range (its printed digits exact to half a unit).")
def high(compiler, value):
    return _range_end(compiler, value, "high", 1)


@function("mid(range)", "The midpoint of a figure printed as a range.")
def mid(compiler, value):
    lower, upper = _range_end(compiler, value, "low", 0, "mid"), _range_end(compiler, value, "high", 1, "mid")
    return Term(value.dimension, value.period, value.names,
                lambda env: (lower.evaluate(env) + upper.evaluate(env)) / 2, aux=lower.aux + upper.aux)
