"""What every kind of claim shares: the verdict record, the context a claim is checked in, and the
judgement of a stated value against a computed one under every reading of the printed numbers.

A kind is one class in one module of this package. It declares the columns it needs and its
documentation row, and implements its check; comparison kinds only write their sentences.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field
from typing import Callable, ClassVar

from ..config import Tolerances
from ..expressions import Compiler, ExpressionError, Operand, Term, names_in, substitute_names
from ..formatting import format_interval, format_step, format_value
from ..intervals import Interval
from ..load import Figure
from ..metadata import Metadata
from ..periods import same
from ..quantities import LEVEL_KINDS, Dimension, Unit
from ..ranges import Range, Undefined, exact_range
from ..readings import OPEN_QUALIFIERS, QUALIFIER_SIDES, Printed, Reading, readings

VERDICTS = ("consistent", "consistent_within_rounding", "inconsistent", "unverifiable", "opinion")
AS_PRINTED, PRINTED_PRECISION, NO_READING = "as printed", "printed precision", "none"
REGISTRY: dict[str, "Kind"] = {}


class ClaimError(ValueError):
    """A claim row the engine cannot check; `field` names the column at fault."""

    def __init__(self, field: str, expected: str, found: str, hint: str | None = None):
        self.field, self.expected, self.found, self.hint = field, expected, found, hint
        super().__init__(f"field '{field}': expected {expected}, found {found}")


@dataclass
class Verdict:
    claim_id: str
    kind: str
    quote: str
    verdict: str
    reading: str = ""  # as printed, printed precision, loose: ids, none; empty when nothing was computed
    stated: str = ""
    computed: str = ""
    explanation: str = ""
    figures_used: tuple[str, ...] = ()
    correction: str = ""
    note: str = ""
    review: str = ""
    unit: Unit | None = None  # the stated figure's unit
    dimension: Dimension | None = None  # what the stated and computed values measure
    stated_interval: Interval | None = None  # in base units (a dollar, a tonne, a percent)
    computed_interval: Interval | None = None  # the exact range at the printed precision, in base units
    extra: dict = field(default_factory=dict)

    def _in_stated_unit(self, value: float | None) -> float | None:
        if value is None or self.unit is None:
            return value
        return value / self.unit.scale

    @property
    def computed_value(self) -> float | None:
        return self._in_stated_unit(self.computed_interval.point) if self.computed_interval else None

    @property
    def computed_low(self) -> float | None:
        return self._in_stated_unit(self.computed_interval.lo) if self.computed_interval else None

    @property
    def computed_high(self) -> float | None:
        return self._in_stated_unit(self.computed_interval.hi) if self.computed_interval else None


def _interval(r: Range) -> Interval:
    return Interval(r.lo, r.hi, r.point)


# -- the context ---------------------------------------------------------------------------------------

class Context:
    """The figures, rates and tolerances a claim is checked against."""

    def __init__(self, figures: dict[str, Figure], tolerances: Tolerances, metadata: Metadata | None = None):
        self.figures = figures
        self.tolerances = tolerances
        self.metadata = metadata or Metadata(None)
        self.rates = self.metadata.rates
        self.numbers = "the article's numbers"  # whose numbers a re-run check uses, for its sentences
        self.overrides: dict[str, list[Reading]] = {}  # independent values put in place of a figure's
        self._readings: dict[str, list[Reading]] = {}

    # -- names ---------------------------------------------------------------------------------
    def figure(self, figure_id: str, field_name: str = "stated") -> Figure:
        if figure_id not in self.figures:
            raise ClaimError(field_name, "the id of a row in the figures table", repr(figure_id))
        return self.figures[figure_id]

    def operand(self, name: str) -> Operand:
        if name in self.figures:
            figure = self.figures[name]
            return Operand(figure.unit.dimension, figure.period, figure.unit.code, self.range_ends(figure))
        if name in self.rates:
            rate = self.rates[name]
            return Operand(rate.unit.dimension, rate.period, rate.unit.code)
        raise ExpressionError(f"no figure with id {name!r}" + (" (nor a rate of that name in article.toml)"
                                                                if self.rates else ""))

    def unit_of(self, name: str) -> Unit:
        return self.figures[name].unit if name in self.figures else self.rates[name].unit

    def range_ends(self, f) -> tuple[tuple[float, float, float], tuple[float, float, float]] | None:
        """A range figure's two ends as (point, lo, hi) in base units, each end read strictly on its own digits with
        the range's hedge on its outer side: '3.8-4.2 billion' has ends 3.75-3.85 and 4.15-4.25."""
        if f.printed.high is None:
            return None
        side = QUALIFIER_SIDES[f.qualifier.lower()]
        ends = []
        for value, decimals, outer in ((f.printed.value, f.printed.decimals, "below"),
                                       (f.printed.high, f.printed.high_decimals, "above")):
            qualifier = f.qualifier.lower() if side in (outer, "both") else "none"
            end = readings(Printed(value, decimals), qualifier, self.tolerances)[0]  # the strict reading
            ends.append((end.point * f.unit.scale, end.lo * f.unit.scale, end.hi * f.unit.scale))
        return ends[0], ends[1]

    # -- readings ------------------------------------------------------------------------------
    def readings(self, name: str) -> list[Reading]:
        """The readings of a figure or rate, in base units; the strict one first."""
        if name in self.overrides:
            return self.overrides[name]
        if name not in self._readings:
            if name in self.figures:
                f = self.figures[name]
                kind = f.unit.kind
                found = readings(f.printed, f.qualifier, self.tolerances,
                                 rises_times=kind == "ratio" and f.direction == "up",
                                 negative=f.direction == "down" and kind != "ratio",
                                 # "fell 3 times" is a ratio of 1/3; "halved" (0.5) already is the fraction,
                                 # and its hedge bounds the fall: "nearly halved" leaves a little more than half
                                 inverse=f.direction == "down" and kind == "ratio" and f.printed.value > 1,
                                 mirrored=self.mirrored(f))
                scale = f.unit.scale
            else:
                rate = self.rates[name]
                found = readings(Printed(rate.value, rate.decimals), "none", self.tolerances)[:1]
                scale = 1.0
            self._readings[name] = [Reading(r.name, r.lo * scale, r.hi * scale, r.point * scale, r.step)
                                    for r in found]
        return self._readings[name]

    @staticmethod
    def mirrored(f) -> bool:
        """Whether a hedge bounds a fall rather than what is left: 'nearly halved', 'fell by more than half'."""
        return f.unit.kind == "ratio" and f.printed.value < 1 and bool(
            re.search(r"\bhalv|\bby\s+(?:\w+\s+){0,2}half\b", f.text, re.I))

    def open_end(self, name: str) -> str:
        """Which end of a figure's interval an open hedge leaves open: 'hi' for 'more than 30%', 'lo' for 'less
        than 5%' or 'fell more than 5%' (a negative change), '' for none."""
        f = self.figures.get(name)
        if f is None or f.qualifier.lower() not in OPEN_QUALIFIERS:
            return ""
        above = QUALIFIER_SIDES[f.qualifier.lower()] == "above"
        above ^= self.mirrored(f)
        ratio = f.unit.kind == "ratio"
        # a fall read negative ('fell more than 5%'), or 'fell more than 3 times' read as 1/3; 'halved' is neither
        above ^= f.direction == "down" and (not ratio or f.printed.value > 1)
        return "hi" if above else "lo"

    def stated_interval(self, name: str) -> tuple[float, float]:
        """A stated figure's interval with an open hedge's end left open: 'more than $3bn' is [3bn, inf)."""
        lo, hi = self.interval(name)
        end = self.open_end(name)
        return (-math.inf if end == "lo" else lo), (math.inf if end == "hi" else hi)

    def interval(self, name: str, choice: str | None = None) -> tuple[float, float]:
        """A name's interval under a reading: 'strict' by default, a reading's name, or 'all' (their hull)."""
        found = self.readings(name)
        if choice == "all":
            return min(r.lo for r in found), max(r.hi for r in found)
        chosen = next((r for r in found if r.name == choice), found[0])
        return chosen.lo, chosen.hi

    def point(self, name: str) -> float:
        return self.readings(name)[0].point

    def alternatives(self, names) -> list[tuple[str, str]]:
        """Every (name, reading) other than the strict one, in the order the names are given."""
        return [(name, r.name) for name in dict.fromkeys(names) for r in self.readings(name)[1:]]

    # -- expressions ---------------------------------------------------------------------------
    def compile(self, expression: str, claim, field_name: str = "computed") -> Term:
        mixed = getattr(claim, "periods", "") == "mixed"
        try:
            return Compiler(self.operand, allow_mixed=mixed, steady_tolerance=self.tolerances.steady).compile(expression)
        except ExpressionError as error:
            raise ClaimError(field_name, "an expression over known figure ids with matching units and periods",
                             str(error), hint="see the Expressions table in data/README.md for what each function "
                             "takes, and the figures table for each id's unit and period") from None

    def range(self, term: Term, choice: dict | None = None) -> Range:
        """The exact range of a term with each name at the chosen reading (strict by default)."""
        choice = choice or {}
        box = {name: self.interval(name, choice.get(name)) for name in term.names}
        point = {name: self.point(name) for name in term.names}
        for name, lo, hi in term.aux:
            box[name], point[name] = (lo, hi), 0.0
        return exact_range(term.evaluate, box, point)

    # -- words ---------------------------------------------------------------------------------
    def show(self, name: str, magnitude: bool = False) -> str:
        """A figure's value as printed, with its hedge: 'nearly 5%', '$12.5bn', '$350m'. `magnitude` drops
        the sign, for a sentence that says the direction in words ('a fall of $35,000')."""
        if name in self.rates:
            rate = self.rates[name]
            return format_value(rate.value, rate.unit.dimension, rate.decimals)
        f = self.figures[name]
        reading = self.readings(name)[0]
        decimals = None if f.unit.kind == "year" else f.printed.decimals
        text = format_value(abs(reading.point) if magnitude else reading.point, f.unit.dimension, decimals, f.unit)
        if f.printed.high is not None:
            text = f"{format_value(f.value * f.unit.scale, f.unit.dimension, decimals, f.unit)}–" \
                   f"{format_value(f.printed.high * f.unit.scale, f.unit.dimension, decimals, f.unit)}"
        if f.printed.word:
            text = f.text
        return text if f.qualifier == "none" else f"{f.qualifier} {text}"

    def describe(self, expression: str) -> str:
        """The expression with each figure id replaced by its value: '$28bn + $15.9bn'; a stated fall added is
        subtracted ('71,200 people - 12,800 people', never '+ -12,800 people')."""
        text = substitute_names(expression, lambda name: self.show(name) if name in self.figures or name in self.rates
                                else None)
        return re.sub(r"([+-])\s+-(?=[^\s\d]?\d|\S)", lambda m: "- " if m.group(1) == "+" else "+ ", text)

    def reading_words(self, name: str, reading: str) -> str:
        """A reading in words: '$80 million is rounded to the nearest $10 million'."""
        if name not in self.figures:
            return name
        f = self.figures[name]
        found = {r.name: r for r in self.readings(name)}
        if reading == "increase":
            return f"'{f.text}' means an increase of {f.value * 100:,.0f}% (×{f.value + 1:g})"
        chosen = found.get(reading)
        if chosen is None:
            return f.text
        half = (chosen.hi - chosen.lo) / 2 / f.unit.scale
        if chosen.step and math.isclose(half, chosen.step / 2, rel_tol=1e-9):
            return f"{f.text} is rounded to the nearest {format_step(chosen.step, f.unit)}"
        return f"{f.text} is a rounded figure (within ±{self.tolerances.loose_cap:.0%})"

    def label(self, name: str) -> str:
        """Whose what, for when: "Chile's trade in 2024"."""
        f = self.figures[name]
        return f"{f.entity}'s {f.metric} in {f.period}"


# -- judging a stated value against a computed one -----------------------------------------------

@dataclass
class Outcome:
    verdict: str
    reading: str
    stated: Interval  # the stated figure's interval (strict reading)
    computed: Interval  # the computed range at the printed precision
    decided: Interval | None = None  # the computed range under the readings that decided, when they differ
    stated_decided: Interval | None = None  # the stated figure's interval under the reading that decided, if loose
    together: bool = False  # the readings hold only all at once, not one at a time
    readings: list[tuple[str, str]] = field(default_factory=list)  # the (name, reading) the verdict needs
    needed: tuple[str, float] | None = None  # a figure and the value the claim needs it to have


def _contains(interval: tuple[float, float], value: float) -> bool:
    lo, hi = interval
    slack = 1e-9 * max(1.0, abs(lo), abs(hi))
    return lo - slack <= value <= hi + slack


def _touches_zero(r: Range) -> bool:
    slack = 1e-9 * max(1.0, abs(r.lo), abs(r.hi))
    return r.lo - slack <= 0 <= r.hi + slack


def first_reading_that_works(ctx: Context, names, works: Callable[[dict], bool]) -> tuple[str, list, dict] | None:
    """The least generous reading under which `works(choice)` holds: printed precision, then one loose
    reading at a time, then every loose reading at once. None when no reading works."""
    if works({}):
        return PRINTED_PRECISION, [], {}
    alternatives = ctx.alternatives(names)
    single = [(name, reading) for name, reading in alternatives if works({name: reading})]
    if single:
        return "loose: " + ", ".join(dict.fromkeys(n for n, _ in single)), single, {single[0][0]: single[0][1]}
    if len(alternatives) > 1:
        everything = {name: "all" for name, _ in alternatives}
        if works(everything):
            return "loose: " + ", ".join(dict.fromkeys(n for n, _ in alternatives)), alternatives, everything
    return None


def judge(ctx: Context, stated_name: str, term: Term) -> Outcome:
    """A stated figure against a computed term: consistent at the printed numbers, within rounding under
    some reading, or inconsistent under every reading. The stated figure and the term share variables."""
    open_end = ctx.open_end(stated_name)
    if open_end:
        # 'more than doubled' says nothing of how far beyond: the open end reaches past anything the computed value
        # can be, here, where the stated figure is judged (as an input elsewhere it keeps the open_bound width)
        widest = ctx.range(term, {name: "all" for name, _ in ctx.alternatives(term.names)})
        replaced = ctx.overrides.get(stated_name)
        ctx.overrides[stated_name] = [
            Reading(r.name, min(r.lo, widest.lo) if open_end == "lo" else r.lo,
                    max(r.hi, widest.hi) if open_end == "hi" else r.hi, r.point, r.step)
            for r in ctx.readings(stated_name)]
        try:
            return _judge(ctx, stated_name, term)
        finally:
            if replaced is None:
                del ctx.overrides[stated_name]
            else:
                ctx.overrides[stated_name] = replaced
    return _judge(ctx, stated_name, term)


def _judge(ctx: Context, stated_name: str, term: Term) -> Outcome:
    stated = ctx.interval(stated_name)
    computed = ctx.range(term)
    outcome = Outcome("", "", Interval(*stated, ctx.point(stated_name)), _interval(computed))
    if _contains(stated, computed.point):
        outcome.verdict, outcome.reading = "consistent", AS_PRINTED
        return outcome
    gap = Term(term.dimension, term.period, term.names + (stated_name,),
               lambda env: term.evaluate(env) - env[stated_name], term.source, term.aux)
    found = first_reading_that_works(ctx, gap.names, lambda choice: _touches_zero(ctx.range(gap, choice)))
    if found is None:
        everything = {name: "all" for name, _ in ctx.alternatives(gap.names)}
        outcome.verdict, outcome.reading = "inconsistent", NO_READING
        outcome.readings = ctx.alternatives(gap.names)
        _widened(ctx, outcome, stated_name, term, everything)
        return outcome
    outcome.verdict, (outcome.reading, outcome.readings, choice) = "consistent_within_rounding", found
    outcome.together = len(choice) > 1
    if choice:
        _widened(ctx, outcome, stated_name, term, choice)
        inputs = [name for name, reading in outcome.readings if name != stated_name and reading != "increase"]
        if inputs:
            outcome.needed = solve_for(ctx, term, inputs[0], ctx.point(stated_name))
    return outcome


def _widened(ctx: Context, outcome: Outcome, stated_name: str, term: Term, choice: dict) -> None:
    """What a loose reading widens: the computed range (a reading of its inputs), the stated figure, or both."""
    inputs = {name: reading for name, reading in choice.items() if name in term.names}
    if inputs:
        outcome.decided = _interval(ctx.range(term, inputs))
    reading = choice.get(stated_name)
    if reading == "all":  # every loose reading of the stated figure at once; 'rose N times' as +N×100% shifts it,
        loose = [r for r in ctx.readings(stated_name) if r.name != "increase"]  # so it is said in words, not here
        if len(loose) > 1:
            outcome.stated_decided = Interval(min(r.lo for r in loose), max(r.hi for r in loose), ctx.point(stated_name))
    elif reading is not None and reading != "increase":
        outcome.stated_decided = Interval(*ctx.interval(stated_name, reading), ctx.point(stated_name))


def solve_for(ctx: Context, term: Term, name: str, target: float) -> tuple[str, float] | None:
    """The value `name` would need, the other figures as printed, for the term to equal `target`."""
    point = {n: ctx.point(n) for n in term.names}
    for aux_name, _, _ in term.aux:
        point[aux_name] = 0.0

    def gap(value: float) -> float:
        return float(term.evaluate({**point, name: value})) - target

    lo, hi = ctx.interval(name, "all")
    lo, hi = (lo / 2, hi * 2) if lo > 0 else (lo - (hi - lo), hi + (hi - lo))
    try:
        f_lo, f_hi = gap(lo), gap(hi)
    except (Undefined, ZeroDivisionError):
        return None
    if f_lo * f_hi > 0:
        return None
    for _ in range(200):
        middle = (lo + hi) / 2
        try:
            f_middle = gap(middle)
        except (Undefined, ZeroDivisionError):
            return None
        if (f_middle < 0) == (f_lo < 0):
            lo, f_lo = middle, f_middle
        else:
            hi = middle
        if hi - lo <= 1e-12 * max(1.0, abs(hi)):
            break
    return name, (lo + hi) / 2


# -- the kinds -----------------------------------------------------------------------------------

class Kind:
    """One kind of claim. Subclasses set `name`, `summary` and `needs`, and implement `check`."""

    name: ClassVar[str]
    order: ClassVar[int] = 100  # where the kind stands in the documentation's table
    summary: ClassVar[str]  # the documentation row's "what is checked"
    needs: ClassVar[tuple[str, ...]] = ()
    # which of the report's charts draws claims of this kind: a name of claimcheck.charts.FAMILIES, or None
    chart: ClassVar[str | None] = None
    # how independent figures bear on it: strategies from claimcheck.external, tried in order
    outside: ClassVar[tuple[str, ...]] = ()

    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        if "name" in cls.__dict__:
            REGISTRY[cls.name] = cls()

    @property
    def documentation_row(self) -> str:
        needs = ", ".join(f"`{n}`" for n in self.needs) or "—"
        return f"| `{self.name}` | {self.summary} | {needs} |"

    def require(self, claim, *names: str) -> None:
        for name in names or self.needs:
            if not getattr(claim, name):
                raise ClaimError(name, f"a value: kind '{self.name}' needs {', '.join(self.needs)}", "nothing")

    def check(self, claim, ctx: Context) -> Verdict:
        raise NotImplementedError

    def base_verdict(self, claim, verdict: str, **fields) -> Verdict:
        return Verdict(claim.id, claim.kind, claim.quote, verdict, note=claim.note,
                       review=getattr(claim, "review", ""), **fields)

    def figures_of(self, claim) -> list[str]:
        """Every figure id a claim row names, in its stated, computed and members fields."""
        ids = [claim.stated] if claim.stated else []
        if claim.computed:
            ids += names_in(claim.computed)
        for part in (claim.members or "").split(";"):
            if ":" in part:
                ids += names_in(part.partition(":")[2])
        return list(dict.fromkeys(ids))


def used(*groups) -> tuple[str, ...]:
    seen: dict[str, None] = {}
    for group in groups:
        for name in ([group] if isinstance(group, str) else group):
            if name:
                seen.setdefault(name, None)
    return tuple(seen)


class Comparison(Kind):
    """A stated figure against an expression of other figures. Subclasses write the sentences."""

    needs = ("stated", "computed")
    # what the stated figure may measure: dimension kinds, or () for "the same as the computed value"
    stated_kinds: ClassVar[tuple[str, ...]] = ()
    stated_is_change: ClassVar[bool | None] = None  # True: needs a direction; False: must have none
    period_rule: ClassVar[str] = "same"  # "same": stated and computed share a period; "any"

    # -- validation -------------------------------------------------------------------------------
    def validate(self, claim, ctx: Context, figure: Figure, term: Term) -> None:
        if self.stated_kinds and figure.unit.kind not in self.stated_kinds:
            wanted = " or ".join(str(Dimension(k)) if k not in LEVEL_KINDS else k
                                 for k in self.stated_kinds)
            raise ClaimError("stated", f"a stated figure in {wanted} for kind '{self.name}'",
                             f"{figure.id} in {figure.unit.code}",
                             hint=f"point `stated` at the figure the claim states, or choose another kind")
        if self.stated_is_change is True and not figure.is_change:
            raise ClaimError("stated", f"a change (a figure with direction up or down) for kind '{self.name}'",
                             f"{figure.id} with no direction")
        if self.stated_is_change is False and figure.is_change and figure.unit.kind != "ratio":
            raise ClaimError("stated", f"a level (a figure with no direction) for kind '{self.name}'",
                             f"{figure.id} with direction {figure.direction}")
        if term.dimension != figure.unit.dimension:
            raise ClaimError("computed", f"a value in {figure.unit.dimension}, as the stated figure {figure.id} is",
                             f"{term.dimension} from {claim.computed!r}", hint=self.unit_hint(term))
        if (self.period_rule == "same" and term.period is not None and not term.mixed
                and getattr(claim, "periods", "") != "mixed"
                and not any(p is not None and same(p, figure.period) for p in (term.period, term.span))):
            raise ClaimError("computed", f"a value for {figure.period}, the period of the stated figure {figure.id}",
                             f"{term.period} from {claim.computed!r}",
                             hint="write 'mixed' in the claim's periods column if the claim compares periods on purpose")

    def unit_hint(self, term: Term) -> str | None:
        if term.dimension.kind == "ratio":
            return "a / b of two amounts is a multiple: use share(part, total) for a percentage"
        return None

    # -- the check --------------------------------------------------------------------------------
    def check(self, claim, ctx: Context) -> Verdict:
        self.require(claim)
        figure = ctx.figure(claim.stated)
        term = ctx.compile(claim.computed, claim)
        self.validate(claim, ctx, figure, term)
        figures = used(claim.stated, term.names)
        try:
            outcome = judge(ctx, claim.stated, term)
        except Undefined as undefined:
            return self.base_verdict(
                claim, "unverifiable", stated=ctx.show(claim.stated), figures_used=figures, unit=figure.unit,
                dimension=figure.unit.dimension,
                explanation=f"{ctx.describe(claim.computed)} is undefined: it needs {undefined.reason}, so the "
                "claim cannot be checked this way.")
        dimension = figure.unit.dimension
        shown = self.show_computed(outcome.computed, figure)
        explanation = self.explain(claim, ctx, figure, outcome)
        return self.base_verdict(
            claim, outcome.verdict, reading=outcome.reading,
            stated=format_interval(outcome.stated, dimension, unit=figure.unit), computed=shown,
            explanation=explanation, figures_used=figures,
            correction=self.capital(self.correct(claim, ctx, figure, outcome)) if outcome.verdict == "inconsistent" else "",
            unit=figure.unit, dimension=dimension, stated_interval=outcome.stated, computed_interval=outcome.computed,
            extra={"outcome": outcome},
        )

    @staticmethod
    def capital(text: str) -> str:
        return text[:1].upper() + text[1:]

    def show_computed(self, interval: Interval, figure: Figure, decimals: int | None = None) -> str:
        return format_interval(interval, figure.unit.dimension, decimals, figure.unit)

    def value(self, value: float, figure: Figure, decimals: int | None = None) -> str:
        return format_value(value, figure.unit.dimension, decimals, figure.unit)

    # -- sentences ---------------------------------------------------------------------------------
    def worked(self, claim, ctx: Context, figure: Figure, outcome: Outcome) -> str:
        """The arithmetic with its result: '$28bn + $15.9bn = $43.90bn ($43.35bn to $44.45bn)'."""
        return f"{ctx.describe(claim.computed)} = {self.show_computed(outcome.computed, figure)}"

    def stated_phrase(self, claim, ctx: Context, figure: Figure) -> str:
        return f"the stated {ctx.show(claim.stated)}"

    def explain(self, claim, ctx: Context, figure: Figure, outcome: Outcome) -> str:
        worked = self.worked(claim, ctx, figure, outcome)
        stated = self.stated_phrase(claim, ctx, figure)
        if outcome.verdict == "consistent":
            return f"{worked}, which reproduces {stated}."
        if outcome.reading == PRINTED_PRECISION:
            return (f"{worked}, which differs from {stated} but lies within the precision of the printed numbers.")
        widening = self.widening(figure, outcome)
        if outcome.verdict == "consistent_within_rounding":
            said = [ctx.reading_words(n, r) for n, r in outcome.readings]
            if outcome.together:  # needed all at once: the widening is theirs together
                condition = " and ".join(said) + widening
            else:  # each works alone: the widening shown is the first one's, the one the verdict names
                condition = said[0] + widening + "".join(f"; or if {words}" for words in said[1:])
            text = f"{worked}, which misses {stated} at the printed precision; it holds only if {condition}."
            if outcome.needed:
                name, value = outcome.needed
                needed_figure = ctx.figures[name]
                text += (f" {self.capital(self.stated_short(claim, ctx, figure))} needs {needed_figure.entity}'s "
                         f"{needed_figure.metric} in {needed_figure.period} to be about "
                         f"{format_value(value, needed_figure.unit.dimension, None, needed_figure.unit)}"
                         f" (printed: {needed_figure.text}).")
            return text
        loosest = ""
        if outcome.readings:
            words = "; ".join(ctx.reading_words(n, r) for n, r in outcome.readings)
            loosest = f" Even if {words}, {self.widened(figure, outcome)}." if widening else ""
        return f"{worked}, which contradicts {stated} under every reading of the printed numbers.{loosest}"

    def widening(self, figure: Figure, outcome: Outcome) -> str:
        """', which widens the range to …' and/or the stated figure's wider interval, for the reading that decided."""
        parts = self._wider(figure, outcome, "to")
        return f", which widens {' and '.join(parts)}" if parts else ""

    def widened(self, figure: Figure, outcome: Outcome) -> str:
        """'the range is …' and/or 'the stated value is …' under the loosest readings."""
        return " and ".join(self._wider(figure, outcome, "is"))

    def _wider(self, figure: Figure, outcome: Outcome, verb: str) -> list[str]:
        parts = []
        if outcome.decided:
            parts.append(f"the range {verb} {self.show_computed(outcome.decided, figure)}")
        if outcome.stated_decided:
            parts.append(f"the stated value {verb} {self._stated_span(figure, outcome.stated_decided)}")
        return parts

    def stated_short(self, claim, ctx: Context, figure: Figure) -> str:
        """The stated figure as a sentence's subject: '3,270%', 'a fall of $40,000'."""
        return ctx.show(claim.stated)

    def _stated_span(self, figure: Figure, stated: Interval) -> str:
        decimals = figure.printed.decimals + (1 if figure.unit.kind in ("percent", "pp", "ratio") else 0)
        lo, hi = sorted((abs(stated.lo), abs(stated.hi))) if self.says_direction(figure) else (stated.lo, stated.hi)
        return f"{self.value(lo, figure, decimals)} to {self.value(hi, figure, decimals)}"

    def says_direction(self, figure: Figure) -> bool:
        """Whether the sentence names the stated figure's direction in words ('a fall of'), so its sign is dropped."""
        return False

    def correct(self, claim, ctx: Context, figure: Figure, outcome: Outcome) -> str:
        decimals = figure.printed.decimals
        return (f"by the article's own numbers, {figure.entity}'s {figure.metric} is about "
                f"{self.value(outcome.computed.point, figure, decimals)}, not {ctx.show(claim.stated)}.")


# -- members: the entities a rank or an 'only' claim compares -------------------------------------

def parse_members(claim, ctx: Context) -> dict[str, Term]:
    """'Label: expression; ...' as compiled terms, checked to share a unit and (unless mixed) a period."""
    members: dict[str, Term] = {}
    for part in (claim.members or "").split(";"):
        if not part.strip():
            continue
        label, sep, expression = part.partition(":")
        if not sep or not label.strip() or not expression.strip():
            raise ClaimError("members", "'Label: expression' pairs separated by ';'", repr(part.strip()))
        members[label.strip()] = ctx.compile(expression.strip(), claim, "members")
    if claim.subject not in members:
        raise ClaimError("subject", f"one of the member labels ({', '.join(members)})", repr(claim.subject))
    dimensions = {t.dimension for t in members.values()}
    if len(dimensions) != 1:
        raise ClaimError("members", "members that all measure the same thing",
                         "; ".join(f"{label}: {t.dimension}" for label, t in members.items()))
    periods = {str(t.period) for t in members.values() if t.period is not None}
    if len(periods) > 1 and getattr(claim, "periods", "") != "mixed" and not any(t.mixed for t in members.values()):
        raise ClaimError("members", "members for one period (or 'mixed' in the claim's periods column)",
                         "; ".join(f"{label}: {t.period}" for label, t in members.items()))
    return members


def difference(a: Term, b: Term) -> Term:
    """a - b as one term, so that a figure both use is one variable."""
    from ..expressions import _merge

    return Term(a.dimension, a.period, _merge(a.names, b.names), lambda env: a.evaluate(env) - b.evaluate(env),
                f"{a.source} - {b.source}", tuple(dict.fromkeys(a.aux + b.aux)))


def all_names(terms) -> tuple[str, ...]:
    return tuple(dict.fromkeys(n for t in terms for n in t.names))


def touches(r: Range, sign: int, strictly: bool = False) -> bool:
    """Whether the range reaches values of the sign (above zero for +1): at some point, or (strictly) everywhere."""
    slack = 1e-9 * max(1.0, abs(r.lo), abs(r.hi))
    if strictly:
        return r.lo > slack if sign > 0 else r.hi < -slack
    return r.hi > slack if sign > 0 else r.lo < -slack
