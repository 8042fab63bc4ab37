"""One function per kind of claim. Each turns a claim row into a Verdict with its arithmetic shown."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Callable

from .config import Tolerances
from .expressions import Evaluator, ExpressionError, Quantity, names_in, substitute_names
from .formatting import format_interval, format_value, ordinal
from .intervals import Interval
from .load import Figure
from .numbers import MONEY_UNITS
from .rounding import stated_interval
from .schema import METRICS

VERDICTS = ("consistent", "consistent_within_rounding", "inconsistent", "unverifiable", "opinion")


class ClaimError(ValueError):
    """A claim row the engine cannot check; `field` names the column at fault."""

    def __init__(self, field: str, expected: str, found: str):
        self.field, self.expected, self.found = field, expected, found
        super().__init__(f"field '{field}': expected {expected}, found {found}")


@dataclass
class Verdict:
    claim_id: str
    kind: str
    quote: str
    verdict: str
    stated: str = ""
    computed: str = ""
    explanation: str = ""
    figures_used: tuple[str, ...] = ()
    correction: str = ""
    unit: str = ""
    stated_interval: Interval | None = None
    computed_interval: Interval | None = None
    extra: dict = field(default_factory=dict)


def normal_unit(unit: str) -> str:
    if unit.startswith("USD_"):
        return "USD_bn"
    if unit.startswith("CNY_"):
        return "CNY_bn"
    return unit


class Context:
    """The figures and tolerances a claim is checked against."""

    def __init__(self, figures: dict[str, Figure], tolerances: Tolerances):
        self.figures = figures
        self.tolerances = tolerances
        self.evaluator = Evaluator(self.quantity, tolerances.steady)
        self._quantities: dict[str, Quantity] = {}
        self.numbers = "the article's numbers"  # whose numbers a re-run check uses, for its explanations

    def figure(self, figure_id: str, field_name: str = "stated") -> Figure:
        if figure_id not in self.figures:
            raise ClaimError(field_name, "the id of a row in the figures table", repr(figure_id))
        return self.figures[figure_id]

    def quantity(self, figure_id: str) -> Quantity:
        if figure_id not in self._quantities:
            if figure_id not in self.figures:
                raise ExpressionError(f"no figure with id {figure_id!r}")
            fig = self.figures[figure_id]
            interval = stated_interval(fig.value, fig.decimals, fig.qualifier, self.tolerances, fig.sign)
            scale = MONEY_UNITS.get(fig.unit.replace("CNY_", "USD_"), 1.0) if fig.unit[:4] in ("USD_", "CNY_") else 1.0
            if scale != 1.0:
                interval = interval * scale
            self._quantities[figure_id] = Quantity(interval, normal_unit(fig.unit), (figure_id,))
        return self._quantities[figure_id]

    def evaluate(self, expression: str, field_name: str = "computed") -> Quantity:
        try:
            return self.evaluator.evaluate(expression)
        except ExpressionError as error:
            raise ClaimError(field_name, "an expression over known figure ids with matching units", str(error)) from None

    def show(self, figure_id: str) -> str:
        """A figure's value as printed, with its hedge: 'nearly 5%', '$94.8bn', '$350m'."""
        fig = self.figures[figure_id]
        q = self.quantity(figure_id)
        decimals = None if fig.unit == "year" else fig.decimals + (3 if fig.unit.endswith("_m") else 0)
        text = format_value(q.interval.point, q.unit, decimals)
        return text if fig.qualifier == "none" else f"{fig.qualifier} {text}"

    def describe(self, expression: str) -> str:
        """The expression with each figure id replaced by its value: '$28bn + $15.9bn'."""
        return substitute_names(expression, lambda name: self.show(name) if name in self.figures else None)


# ---------------------------------------------------------------------------------------------
# helpers shared by the kinds

def _require(claim, *names: str) -> None:
    for name in names:
        if not getattr(claim, name):
            raise ClaimError(name, f"a value: kind '{claim.kind}' needs {', '.join(names)}", "nothing")


def _compare(stated: Interval, computed: Interval) -> str:
    if stated.contains(computed.point):
        return "consistent"
    if stated.overlaps(computed):
        return "consistent_within_rounding"
    return "inconsistent"


def _stated_and_computed(claim, ctx: Context) -> tuple[Figure, Quantity, Quantity]:
    _require(claim, "stated", "computed")
    fig = ctx.figure(claim.stated)
    stated = ctx.quantity(claim.stated)
    computed = ctx.evaluate(claim.computed)
    if stated.unit != computed.unit:
        raise ClaimError("computed", f"a value in {stated.unit}, the unit of the stated figure {claim.stated}",
                         f"{computed.unit} from {claim.computed!r}")
    return fig, stated, computed


def _used(*ids) -> tuple[str, ...]:
    seen: dict[str, None] = {}
    for group in ids:
        for figure_id in ([group] if isinstance(group, str) else group):
            if figure_id:
                seen.setdefault(figure_id, None)
    return tuple(seen)


def _relation(verdict: str) -> str:
    return {
        "consistent": "which reproduces",
        "consistent_within_rounding": "which differs from, but within rounding of,",
        "inconsistent": "which contradicts",
    }[verdict]


def _interval_verdict(claim, ctx, fig, stated, computed, explanation, correction="") -> Verdict:
    verdict = _compare(stated.interval, computed.interval)
    return Verdict(
        claim.id, claim.kind, claim.quote, verdict,
        stated=format_interval(stated.interval, stated.unit),
        computed=format_interval(computed.interval, computed.unit),
        explanation=explanation(verdict) + (f" {claim.note}" if claim.note and claim.kind != "attribution" else ""),
        figures_used=_used(claim.stated, computed.figures),
        correction=correction[:1].upper() + correction[1:] if verdict == "inconsistent" else "",
        unit=stated.unit, stated_interval=stated.interval, computed_interval=computed.interval,
    )


def _label(fig: Figure) -> str:
    return METRICS.get(fig.metric, "value")


# ---------------------------------------------------------------------------------------------
# the kinds

def check_total(claim, ctx: Context) -> Verdict:
    """A stated amount against the sum (or other arithmetic) of the parts the article gives."""
    fig, stated, computed = _stated_and_computed(claim, ctx)
    worked = f"{ctx.describe(claim.computed)} = {format_interval(computed.interval, computed.unit)}"
    return _interval_verdict(
        claim, ctx, fig, stated, computed,
        lambda v: f"The parts give {worked}, {_relation(v)} the stated {ctx.show(claim.stated)}.",
        f"By the article's own parts, {fig.entity}'s {_label(fig)} is about "
        f"{format_value(computed.interval.point, computed.unit, fig.decimals)}, not {ctx.show(claim.stated)}.",
    )


def check_growth(claim, ctx: Context) -> Verdict:
    """A stated percentage change against the change between the two amounts the article gives."""
    fig, stated, computed = _stated_and_computed(claim, ctx)
    point = computed.interval.point
    direction = "rose" if point >= 0 else "fell"
    return _interval_verdict(
        claim, ctx, fig, stated, computed,
        lambda v: f"{ctx.describe(claim.computed)} is a change of "
        f"{format_interval(computed.interval, 'percent', max(fig.decimals, 1))}, {_relation(v)} the stated "
        f"{ctx.show(claim.stated)}{' ' + ('increase' if fig.sign > 0 else 'decrease')}.",
        f"{fig.entity}'s {_label(fig)} {direction} by about "
        f"{format_value(abs(point), 'percent', fig.decimals)}, not {ctx.show(claim.stated)}.",
    )


def check_unanchored_growth(claim, ctx: Context) -> Verdict:
    """A percentage change with no previous-year figure: show the base it implies; outside data settles it."""
    _require(claim, "stated", "computed")
    fig, stated, computed = ctx.figure(claim.stated), ctx.quantity(claim.stated), ctx.evaluate(claim.computed)
    if stated.unit != "percent" or not computed.is_amount:
        raise ClaimError("computed", "a percentage change as stated and an amount as computed",
                         f"{stated.unit} and {computed.unit}")
    return Verdict(
        claim.id, claim.kind, claim.quote, "unverifiable",
        stated=format_interval(stated.interval, stated.unit),
        computed=format_interval(computed.interval, computed.unit),
        explanation=f"The article gives no {fig.year - 1} figure for {fig.entity}'s {_label(fig)}; "
        f"the stated {ctx.show(claim.stated)} implies {ctx.describe(claim.computed)} = "
        f"{format_interval(computed.interval, computed.unit)} in {fig.year - 1}, which only outside data can confirm."
        + (f" {claim.note}" if claim.note else ""),
        figures_used=_used(claim.stated, computed.figures), unit=computed.unit,
        stated_interval=stated.interval, computed_interval=computed.interval,
        extra={"implied_previous": computed, "entity": fig.entity, "metric": fig.metric.removesuffix("_change"),
               "year": fig.year - 1,
               "current": next((f for f in computed.figures if ctx.quantity(f).is_money), None)},
    )


def check_implied_previous(claim, ctx: Context) -> Verdict:
    """A stated previous-year total against the sum of previous-year values the parts' growth rates imply."""
    fig, stated, computed = _stated_and_computed(claim, ctx)
    return _interval_verdict(
        claim, ctx, fig, stated, computed,
        lambda v: f"Undoing each part's stated growth gives {ctx.describe(claim.computed)} = "
        f"{format_interval(computed.interval, computed.unit)} for {fig.year}, {_relation(v)} the stated "
        f"{ctx.show(claim.stated)}.",
        f"The growth rates the article gives imply about {format_value(computed.interval.point, computed.unit, fig.decimals)} "
        f"for {fig.year}, not {ctx.show(claim.stated)}.",
    )


def check_attribution(claim, ctx: Context) -> Verdict:
    """A number the sentence gives an entity against what the article states for that entity elsewhere."""
    fig, stated, computed = _stated_and_computed(claim, ctx)
    others = ", ".join(f"'{ctx.figures[f].quote}'" for f in computed.figures if f in ctx.figures)
    return _interval_verdict(
        claim, ctx, fig, stated, computed,
        lambda v: f"The sentence gives {fig.entity} {ctx.show(claim.stated)}; the article elsewhere gives "
        f"{ctx.describe(claim.computed)} ({others}), {_relation(v)} it"
        + (": both cannot be the same quantity." if v == "inconsistent" else "."),
        f"{ctx.show(claim.stated)} cannot be {fig.entity}'s {fig.year} {_label(fig)}: the article gives that as "
        f"{ctx.describe(claim.computed)}."
        + (f" {claim.note}" if claim.note else ""),
    )


def check_residual(claim, ctx: Context) -> Verdict:
    """A stated amount against what a total leaves once the named parts are taken out: whose number it can be."""
    _require(claim, "subject")
    fig, stated, computed = _stated_and_computed(claim, ctx)
    return _interval_verdict(
        claim, ctx, fig, stated, computed,
        lambda v: f"The total less the parts named with it, {ctx.describe(claim.computed)}, leaves "
        f"{format_interval(computed.interval, computed.unit)}, {_relation(v)} the stated {ctx.show(claim.stated)}"
        + (f": the number fits {claim.subject}." if v != "inconsistent" else "."),
        f"The total less the named parts leaves {format_value(computed.interval.point, computed.unit, fig.decimals)}, "
        f"not {ctx.show(claim.stated)}.",
    )


def _members(claim, ctx: Context) -> dict[str, Quantity]:
    _require(claim, "subject", "members", "expect")
    members = {}
    for part in claim.members.split(";"):
        if not part.strip():
            continue
        label, sep, expression = part.partition(":")
        if not sep or not label.strip() or not expression.strip():
            raise ClaimError("members", "'Label: expression' pairs separated by ';'", repr(part.strip()))
        members[label.strip()] = ctx.evaluate(expression.strip(), "members")
    if claim.subject not in members:
        raise ClaimError("subject", f"one of the member labels ({', '.join(members)})", repr(claim.subject))
    units = {q.unit for q in members.values()}
    if len(units) != 1:
        raise ClaimError("members", "members that all share one unit", ", ".join(sorted(units)))
    return members


def _rank_expectation(claim) -> tuple[int, bool]:
    """'3' means third; 'not 1' means anything but first (as in 'emerged as the largest' for the year before)."""
    text = claim.expect.strip()
    negated = text.startswith("not ")
    try:
        return int(text.removeprefix("not ").strip()), negated
    except ValueError:
        raise ClaimError("expect", "a rank as a whole number (1 for largest), or 'not N'", repr(claim.expect)) from None


def check_rank(claim, ctx: Context) -> Verdict:
    """A stated rank ("largest", "third-largest") against the order of the members' values, largest first."""
    members = _members(claim, ctx)
    expected, negated = _rank_expectation(claim)
    subject = members[claim.subject].interval
    others = [q.interval for label, q in members.items() if label != claim.subject]
    point_rank = 1 + sum(o.point > subject.point for o in others)
    best = 1 + sum(o.lo > subject.hi for o in others)
    worst = 1 + sum(o.hi >= subject.lo for o in others)
    if negated:
        holds, possible = point_rank != expected, not best == worst == expected
    else:
        holds, possible = point_rank == expected, best <= expected <= worst
    verdict = "consistent" if holds else "consistent_within_rounding" if possible else "inconsistent"
    said = f"not {ordinal(expected)}" if negated else ordinal(expected)
    unit = next(iter(members.values())).unit
    order = " > ".join(
        f"{label} {format_value(q.interval.point, unit, 1)}"
        for label, q in sorted(members.items(), key=lambda item: -item[1].interval.point)
    )
    span = f"{ordinal(best)}" if best == worst else f"{ordinal(best)} to {ordinal(worst)}"
    return Verdict(
        claim.id, claim.kind, claim.quote, verdict,
        stated=f"rank {claim.expect.strip()}", computed=f"rank {point_rank} (possible: {span})",
        explanation=f"By {ctx.numbers}, {order}: {claim.subject} ranks {ordinal(point_rank)}"
        + ("" if holds else f", not {said}")
        + (f" ({claim.note})" if claim.note else "") + ".",
        figures_used=_used(*(q.figures for q in members.values())),
        correction=f"By the article's own numbers, {claim.subject} ranks {ordinal(point_rank)}, not {said}."
        if verdict == "inconsistent" else "",
        extra={"members": {k: v.interval for k, v in members.items()}, "unit": unit, "rank": point_rank},
    )


def check_steady(claim, ctx: Context) -> Verdict:
    """"Remained steady at X": X against the previous year's value the article's numbers imply, within the steady tolerance."""
    _require(claim, "stated", "computed")
    fig, stated, computed = _stated_and_computed(claim, ctx)
    slack = ctx.tolerances.steady * abs(stated.interval.point)
    steady_band = Quantity(stated.interval.widen(slack, slack), stated.unit, stated.figures)
    change = (stated.interval.point / computed.interval.point - 1) * 100 if computed.interval.point else float("nan")
    return _interval_verdict(
        claim, ctx, fig, steady_band, computed,
        lambda v: f"The article's numbers put {fig.entity}'s {fig.year - 1} {_label(fig)} at {ctx.describe(claim.computed)} = "
        f"{format_interval(computed.interval, computed.unit)}; {ctx.show(claim.stated)} in {fig.year} is a change of "
        f"{change:+.1f}%, {'within' if v != 'inconsistent' else 'outside'} the ±{ctx.tolerances.steady * 100:g}% read as 'steady'.",
        f"{fig.entity}'s {_label(fig)} changed by about {change:+.0f}% by the article's own numbers; it did not remain steady.",
    )


_SIGNS = {"positive": 1, "negative": -1}


def _sign_expectation(claim) -> int:
    if claim.expect not in _SIGNS:
        raise ClaimError("expect", "positive or negative", repr(claim.expect))
    return _SIGNS[claim.expect]


def _sign_status(interval: Interval, sign: int) -> tuple[bool, bool]:
    """(point has the sign, interval allows the sign)."""
    if sign > 0:
        return interval.point > 0, interval.hi > 0
    return interval.point < 0, interval.lo < 0


def check_only(claim, ctx: Context) -> Verdict:
    """"The only one with a surplus": the subject's value has the sign, and no other member's has."""
    members = _members(claim, ctx)
    sign = _sign_expectation(claim)
    word = claim.expect
    unit = next(iter(members.values())).unit
    subject_has, subject_could = _sign_status(members[claim.subject].interval, sign)
    others = {label: q.interval for label, q in members.items() if label != claim.subject}
    others_have = [label for label, i in others.items() if _sign_status(i, sign)[0]]
    others_surely = [label for label, i in others.items() if (i.lo > 0 if sign > 0 else i.hi < 0)]
    if subject_has and not others_have:
        verdict = "consistent"
    elif subject_could and not others_surely:
        verdict = "consistent_within_rounding"
    else:
        verdict = "inconsistent"
    values = "; ".join(f"{label} {format_value(q.interval.point, unit)}" for label, q in members.items())
    if subject_has and not others_have:
        finding = f"only {claim.subject} is {word}"
    elif not subject_has:
        finding = f"{claim.subject} is not {word}" + (f"; {', '.join(others_have)} {'are' if len(others_have) > 1 else 'is'}" if others_have else "")
    else:
        finding = f"{', '.join(others_have)} {'are' if len(others_have) > 1 else 'is'} {word} as well"
    return Verdict(
        claim.id, claim.kind, claim.quote, verdict,
        stated=f"only {claim.subject} {word}",
        computed=f"{word}: {', '.join(([claim.subject] if subject_has else []) + others_have) or 'none'}",
        explanation=f"By {ctx.numbers}: {values}; {finding}." + (f" {claim.note}" if claim.note else ""),
        figures_used=_used(*(q.figures for q in members.values())),
        correction=f"By the article's own numbers, {finding}." if verdict == "inconsistent" else "",
        extra={"members": {k: v.interval for k, v in members.items()}, "unit": unit},
    )


def check_sign(claim, ctx: Context) -> Verdict:
    """A stated direction (a rise, a surplus, a balance in someone's favour) against the sign of a computed value."""
    _require(claim, "computed", "expect")
    sign = _sign_expectation(claim)
    computed = ctx.evaluate(claim.computed)
    point_true, possible = _sign_status(computed.interval, sign)
    verdict = "consistent" if point_true else "consistent_within_rounding" if possible else "inconsistent"
    shown = format_interval(computed.interval, computed.unit)
    return Verdict(
        claim.id, claim.kind, claim.quote, verdict,
        stated=claim.expect, computed=shown,
        explanation=f"{ctx.describe(claim.computed)} = {shown}, which is "
        + ("" if point_true else "not ") + f"{claim.expect}" + (f" ({claim.note})" if claim.note else "") + ".",
        figures_used=_used(computed.figures),
        correction=f"By the article's own numbers the value is {format_value(computed.interval.point, computed.unit)}, "
        f"not {claim.expect}." if verdict == "inconsistent" else "",
        unit=computed.unit, computed_interval=computed.interval,
    )


def check_unverifiable(claim, ctx: Context) -> Verdict:
    """A factual statement the article's own numbers cannot settle; `needs` says what would."""
    _require(claim, "needs")
    used = []
    stated = ""
    if claim.stated:
        used = [ctx.figure(claim.stated).id]
        stated = ctx.show(claim.stated)
    return Verdict(
        claim.id, claim.kind, claim.quote, "unverifiable", stated=stated,
        explanation=f"Nothing in the article settles this; it needs {claim.needs}."
        + (f" {claim.note}" if claim.note else ""),
        figures_used=tuple(used),
    )


def check_opinion(claim, ctx: Context) -> Verdict:
    """A judgement or speculation: reported, not checked."""
    return Verdict(
        claim.id, claim.kind, claim.quote, "opinion",
        explanation="A judgement or speculation, not a checkable fact." + (f" {claim.note}" if claim.note else ""),
    )


CHECKS: dict[str, Callable] = {
    "total": check_total,
    "growth": check_growth,
    "unanchored_growth": check_unanchored_growth,
    "implied_previous": check_implied_previous,
    "attribution": check_attribution,
    "residual": check_residual,
    "rank": check_rank,
    "steady": check_steady,
    "only": check_only,
    "sign": check_sign,
    "unverifiable": check_unverifiable,
    "opinion": check_opinion,
}


def referenced_figures(claim) -> list[str]:
    """Every figure id a claim row names, in its stated, computed and members fields."""
    ids = [claim.stated] if claim.stated else []
    if claim.computed:
        ids += names_in(claim.computed)
    for part in (claim.members or "").split(";"):
        if ":" in part:
            ids += names_in(part.partition(":")[2])
    return list(dict.fromkeys(ids))
