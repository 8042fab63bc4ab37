"""Independent evidence: reference figures with provenance, and an external verdict for every claim.

The reference rows are citations of several reporters' statistics, which can conflict; nothing is
averaged. A claim's figure is judged against the rows of the reporter the article itself cites (its
metadata's `[reference] reporter`) where any exist, and against every row otherwise; each basis
names the rows and reporters it used. The table's own column and metric names are mapped to the
figures' by the metadata, so the raw table is never edited.
"""

from __future__ import annotations

import inspect
import itertools
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from urllib.parse import urlparse

import pandas as pd

from .errors import InputError, Problem, display_path
from .formatting import format_interval, format_value
from .intervals import Interval
from .kinds import KINDS, Context, Verdict
from .load import read_table
from .metadata import Metadata, Reference
from .periods import PeriodError, describe, parse_period
from .quantities import UnitError, parse_unit
from .readings import Reading

EXTERNAL_VERDICTS = ("supported", "contradicted", "mixed", "no_source")
REFERENCE_FIELDS = ("entity", "period", "metric")
OTHER_COLUMNS = ("value", "unit", "reporter", "source_title", "source_url", "quote")


def _columns(reference: Reference | None) -> dict[str, str]:
    """The reference table's column for each of entity, period and metric."""
    given = reference.columns if reference else {}
    return {name: given.get(name, name) for name in REFERENCE_FIELDS}


def reference_schema(reference: Reference | None) -> "pa.DataFrameSchema":
    import pandera.pandas as pa

    columns = _columns(reference)
    return pa.DataFrameSchema(
        {
            columns["entity"]: pa.Column(str, pa.Check.str_length(min_value=1, error="an entity name")),
            columns["period"]: pa.Column(str, pa.Check.str_length(min_value=1, error="a period")),
            columns["metric"]: pa.Column(str, pa.Check.str_length(min_value=1, error="a metric")),
            "value": pa.Column(float, [pa.Check(lambda s: s.notna(), error="a number, not NaN"),
                                       pa.Check.ge(0, error="a non-negative number")], coerce=True, nullable=False),
            "unit": pa.Column(str, pa.Check(lambda s: s.map(_is_money), error="a money unit such as USD_bn or USD_m")),
            "reporter": pa.Column(str, pa.Check.str_length(min_value=1, error="whose statistics the figure is")),
            "source_title": pa.Column(str, pa.Check.str_length(min_value=1, error="the source's title")),
            "source_url": pa.Column(str, pa.Check.str_matches(r"^https?://[^\s/]+",
                                                              error="the source's address (http or https URL)")),
            "quote": pa.Column(str, pa.Check.str_length(min_value=1, error="the source's verbatim quote")),
        },
        strict=False,
    )


def _is_money(text: str) -> bool:
    try:
        return parse_unit(text).kind == "money"
    except UnitError:
        return False


@dataclass(frozen=True)
class ReferenceRow:
    id: str
    entity: str
    period: str  # as written in the table
    metric: str  # the figures' metric this row measures (mapped through the metadata)
    flow: str  # the table's own metric word
    value: float
    unit: str
    reporter: str
    title: str
    address: str
    quote: str
    interval: Interval  # in base units, with the precision of the value as written

    @property
    def producer(self) -> str:
        return urlparse(self.address).netloc.removeprefix("www.")

    @property
    def period_label(self) -> str:
        try:
            return describe(parse_period(self.period))
        except PeriodError:
            return self.period

    def shown(self) -> str:
        code = parse_unit(self.unit).dimension
        return (f"{self.id} ({self.reporter}) {self.entity} {self.period_label} {self.flow.replace('_', ' ')} "
                f"{format_value(self.interval.point, code)}")


def load_reference(path: Path | str, metadata: Metadata | None = None) -> list[ReferenceRow]:
    """Read and validate the reference table; every row needs an address and a quote."""
    reference = metadata.reference if metadata else None
    columns = _columns(reference)
    needed = tuple(columns[f] for f in REFERENCE_FIELDS) + OTHER_COLUMNS
    frame = read_table(path, reference_schema(reference), needed)
    raw = pd.read_csv(path, dtype=str, keep_default_na=False)
    metrics = reference.metrics if reference and reference.metrics else {}
    rows, problems = [], []
    for index, row in frame.iterrows():
        flow = row[columns["metric"]]
        if metrics and flow not in metrics:
            problems.append(Problem(display_path(path), f"a metric named in article.toml [reference.metrics] "
                                    f"({', '.join(metrics)})", repr(flow), line=int(index) + 2, field=columns["metric"]))
            continue
        text = raw.loc[index, "value"].strip()
        decimals = len(text.partition(".")[2])
        half = 0.5 * 10 ** (-decimals)
        scale = parse_unit(row.unit).scale
        interval = Interval((row.value - half) * scale, (row.value + half) * scale, row.value * scale)
        rows.append(ReferenceRow(f"R{int(index) + 1:02d}", row[columns["entity"]], str(row[columns["period"]]),
                                 metrics.get(flow, flow), flow, float(row.value), row.unit, row.reporter,
                                 row.source_title, row.source_url, row.quote, interval))
    if problems:
        raise InputError(problems)
    return rows


def sources_table(rows: list[ReferenceRow], compiled: str = "") -> pd.DataFrame:
    """Provenance of every reference figure: who published it, where, in what words, and when it was compiled."""
    return pd.DataFrame([
        {"reference_id": r.id, "producer": r.producer, "reporter": r.reporter, "title": r.title,
         "address": r.address, "quote": r.quote, "compiled": compiled}
        for r in rows
    ])


@dataclass
class ExternalVerdict:
    verdict: str
    basis: str
    rows: tuple[str, ...] = ()


class Evidence:
    """The reference rows, and whose statistics the article cites."""

    def __init__(self, rows: list[ReferenceRow], reporter: str = ""):
        self.rows = rows
        self.reporter = reporter

    def matching(self, entity: str, period, metric: str) -> list[ReferenceRow]:
        label = getattr(period, "label", str(period))
        return [r for r in self.rows if r.entity == entity and r.period == label and r.metric == metric]

    def preferred(self, rows: list[ReferenceRow]) -> list[ReferenceRow]:
        return [r for r in rows if r.reporter == self.reporter] or rows

    def judge(self, outcomes: list[tuple[ReferenceRow, bool]], target: str) -> ExternalVerdict:
        """Supported if the rows all agree, contradicted if none does, mixed otherwise; the cited reporter first."""
        preferred = [(r, ok) for r, ok in outcomes if r.reporter == self.reporter]
        pool = preferred or outcomes
        agree = [ok for _, ok in pool]
        verdict = "supported" if all(agree) else "contradicted" if not any(agree) else "mixed"
        used = "; ".join(f"{r.shown()} {'agrees with' if ok else 'differs from'} {target}" for r, ok in pool)
        if preferred:
            lead = f"Using {self.reporter} rows (the source the article cites): "
        elif self.reporter:
            lead = f"Using every reporter's rows (none from {self.reporter}): "
        else:
            lead = "Using every reporter's rows: "
        basis = lead + used
        others = [(r, ok) for r, ok in outcomes if (r, ok) not in pool]
        if others:
            basis += ". Other reporters, not counted: " + "; ".join(
                f"{r.shown()} {'agrees' if ok else 'differs'}" for r, ok in others)
        return ExternalVerdict(verdict, basis + ".", tuple(r.id for r, _ in outcomes))


# -- strategies a kind names in its `outside` tuple ---------------------------------------------------

def level(verdict: Verdict, claim, ctx: Context, evidence: Evidence, entity: str | None = None) -> ExternalVerdict | None:
    """The stated amount against rows for the same entity, period and metric."""
    figure = ctx.figures[claim.stated]
    rows = evidence.matching(entity or figure.entity, figure.period, figure.metric)
    if not rows or figure.unit.kind != "money":
        return None
    stated = Interval(*ctx.stated_interval(figure.id), ctx.point(figure.id))  # 'more than $3bn' has no upper end
    target = f"the stated {ctx.show(figure.id)}" + (f" (as {entity}'s)" if entity else "")
    return evidence.judge([(r, r.interval.overlaps(stated)) for r in rows], target)


def level_as_subject(verdict, claim, ctx, evidence) -> ExternalVerdict | None:
    """A residual's amount against the rows of the entity it would belong to."""
    return level(verdict, claim, ctx, evidence, claim.subject)


def judge_changes(evidence: Evidence, pairs, band: Interval, target: str) -> ExternalVerdict:
    """Each (this period, the one before) pair of one reporter's rows as a percentage change, judged against `band`."""
    outcomes, parts = [], []
    for now, before in pairs:
        change = (now.interval / before.interval - 1) * 100
        outcomes.append((now, change.overlaps(band)))
        code = parse_unit(now.unit).dimension
        parts.append(f"{now.id}/{before.id} ({now.reporter}): {format_value(before.interval.point, code)} to "
                     f"{format_value(now.interval.point, code)}, {format_interval(change, parse_unit('percent').dimension, 1)}")
    judged = evidence.judge(outcomes, target)
    judged.basis = "; ".join(parts) + ". " + judged.basis
    judged.rows = tuple(dict.fromkeys(judged.rows + tuple(before.id for _, before in pairs)))
    return judged


def growth(verdict: Verdict, claim, ctx: Context, evidence: Evidence) -> ExternalVerdict | None:
    """A stated rate of change against the change between one reporter's rows for the period and the one before."""
    rate = ctx.figures[claim.stated]
    if rate.unit.kind != "percent" or not rate.is_change:
        return None
    now = evidence.matching(rate.entity, rate.period, rate.metric)
    before = evidence.matching(rate.entity, rate.period.year_earlier(), rate.metric)
    pairs = [(a, b) for a in now for b in before if a.reporter == b.reporter]
    if not pairs:
        return None
    band = Interval(*ctx.stated_interval(rate.id), ctx.point(rate.id))
    return judge_changes(evidence, pairs, band, f"the stated {ctx.show(rate.id)}")


def implied_base(verdict: Verdict, claim, ctx: Context, evidence: Evidence) -> ExternalVerdict | None:
    """The earlier value a stated rate implies, against rows for that period."""
    extra = verdict.extra
    if extra.get("period") is None:
        return None
    rows = evidence.matching(extra["entity"], extra["period"], extra["metric"])
    if not rows:
        return None
    implied = extra["implied_previous"]
    shown = format_interval(implied, verdict.dimension, None, verdict.unit)
    return evidence.judge([(r, r.interval.overlaps(implied)) for r in rows],
                          f"the {extra['period']} value the stated rate implies, {shown}")


def rerun(verdict: Verdict, claim, ctx: Context, evidence: Evidence) -> ExternalVerdict | None:
    """Run the claim's own check again with independent figures in place of every level it uses.

    Reference rows are levels: a stated change ("rose by $2bn") is kept as the article states it, and only
    the levels it is checked against are replaced, never the change by its period's level.
    """
    options = []
    for figure_id in verdict.figures_used:
        figure = ctx.figures[figure_id]
        if figure.is_change:
            continue
        rows = evidence.preferred(evidence.matching(figure.entity, figure.period, figure.metric)) \
            if figure.unit.kind == "money" else []
        if not rows:
            return None
        options.append((figure_id, rows[:3]))
    if not options:
        return None
    outcomes = []
    for choice in itertools.product(*(rows for _, rows in options)):
        swapped = Context(ctx.figures, ctx.tolerances, ctx.metadata)
        swapped.numbers = "the independent figures"
        for (figure_id, _), row in zip(options, choice):
            swapped.overrides[figure_id] = [Reading("strict", row.interval.lo, row.interval.hi, row.interval.point)]
        outcomes.append((choice, KINDS[claim.kind].check(claim, swapped)))
    results = {again.verdict for _, again in outcomes}
    name = ("supported" if results <= {"consistent", "consistent_within_rounding"} else
            "contradicted" if results == {"inconsistent"} else "mixed")
    first_choice, first = outcomes[0]
    rows = tuple(dict.fromkeys(row.id for choice, _ in outcomes for row in choice))
    used = "; ".join(row.shown() for row in first_choice)
    return ExternalVerdict(name, f"The claim re-checked with independent figures ({used}): {first.explanation}"
                           + (f" ({len(outcomes)} combinations of conflicting rows tried)" if len(outcomes) > 1 else ""),
                           rows)


STRATEGIES = {"level": level, "level_as_subject": level_as_subject, "growth": growth, "implied_base": implied_base,
              "rerun": rerun}


def external_verdict(verdict: Verdict, claim, ctx: Context, evidence: Evidence, special: dict) -> ExternalVerdict:
    if claim.id in special:
        return special[claim.id](evidence)
    for name in KINDS[claim.kind].outside:
        result = STRATEGIES[name](verdict, claim, ctx, evidence)
        if result is not None:
            return result
    if claim.kind == "opinion":
        return ExternalVerdict("no_source", "A judgement; no figure bears on it.")
    missing = ", ".join(verdict.figures_used) or "the facts it states"
    related = [r for f in verdict.figures_used
               for r in evidence.matching(ctx.figures[f].entity, ctx.figures[f].period, ctx.figures[f].metric)]
    basis = f"No reference rows settle it: none cover all of {missing} for the same entity, period and metric"
    related = list(dict.fromkeys(related))
    if related:
        basis += "; related rows: " + "; ".join(r.shown() for r in related[:5])
        basis += f"; and {len(related) - 5} more" if len(related) > 5 else ""
    return ExternalVerdict("no_source", basis + ".", tuple(r.id for r in related))


# -- checks for claims the article's own numbers cannot reach, named in the external checks table --------

def _parse_arguments(text: str) -> dict[str, str]:
    return {k.strip(): v.strip() for k, _, v in (part.partition("=") for part in text.split(";") if part.strip())}


def check_larger_than(evidence: Evidence, partner: str, rival: str, year: str, metric: str = "trade") -> ExternalVerdict:
    ours = [r for r in evidence.rows if r.entity == partner and r.period == year and r.metric == metric]
    theirs = [r for r in evidence.rows if r.entity == rival and r.period == year and r.metric == metric]
    if not ours or not theirs:
        return ExternalVerdict("no_source", f"No {year} {metric} rows for both {partner} and {rival}.")
    outcomes = [(a, all(a.interval.lo > b.interval.hi for b in theirs)) for a in ours]
    judged = evidence.judge(outcomes, "every " + rival + " row (" + "; ".join(b.shown() for b in theirs) + ")")
    judged.basis = f"Is {partner} larger than {rival} in {year}? " + judged.basis.replace("agrees with", "exceeds").replace(
        "differs from", "does not exceed")
    judged.rows = tuple(dict.fromkeys(judged.rows + tuple(b.id for b in theirs)))
    return judged


def check_surplus_years(evidence: Evidence, partner: str, since: str, until: str, exports: str = "exports",
                        imports: str = "imports") -> ExternalVerdict:
    years = range(int(since), int(until) + 1)
    sold = {y: [r for r in evidence.rows if r.entity == partner and r.period == str(y) and r.metric == exports] for y in years}
    bought = {y: [r for r in evidence.rows if r.entity == partner and r.period == str(y) and r.metric == imports] for y in years}
    covered = [y for y in years if sold[y] and bought[y]]
    if not covered:
        return ExternalVerdict("no_source", f"No year from {since} to {until} has both of {partner}'s flows.")
    outcomes, parts = [], []
    for y in covered:
        for e, i in itertools.product(sold[y], bought[y]):
            surplus = e.interval - i.interval
            outcomes.append((e, surplus.lo > 0))
            code = parse_unit(e.unit).dimension
            parts.append(f"{y}: {exports} {e.id} ({e.reporter}) {format_value(e.interval.point, code)} less {imports} "
                         f"{i.id} ({i.reporter}) {format_value(i.interval.point, code)} = {format_value(surplus.point, code)}")
    uncovered = [str(y) for y in years if y not in covered]
    verdict = "supported" if all(ok for _, ok in outcomes) else "contradicted" if not any(ok for _, ok in outcomes) else "mixed"
    rows = tuple(dict.fromkeys([r.id for y in covered for r in sold[y] + bought[y]]))
    if verdict == "supported" and uncovered:
        return ExternalVerdict(verdict, "; ".join(parts) + f". A surplus in every covered year; no row covers "
                               f"{', '.join(uncovered)}, so the claim is supported only for the years shown.", rows)
    return ExternalVerdict(verdict, "; ".join(parts) + ".", rows)


def check_steady(evidence: Evidence, partner: str, metric: str, year: str, tolerance: str) -> ExternalVerdict:
    now = [r for r in evidence.rows if r.entity == partner and r.period == year and r.metric == metric]
    before = [r for r in evidence.rows if r.entity == partner and r.period == str(int(year) - 1) and r.metric == metric]
    pairs = [(a, b) for a in now for b in before if a.reporter == b.reporter]
    if not pairs:
        return ExternalVerdict("no_source", f"No pair of {partner} {metric} rows for {int(year) - 1} and {year} "
                               "from one reporter.")
    bound = float(tolerance) * 100
    return judge_changes(evidence, pairs, Interval(-bound, bound, 0), f"'steady' (within ±{bound:g}%)")


def check_rank_in_year(evidence: Evidence, partner: str, members: str, year: str, rank: str,
                       metric: str = "trade") -> ExternalVerdict:
    names = [m.strip() for m in members.split(",")]
    values = {}
    for name in names:
        rows = evidence.preferred([r for r in evidence.rows if r.entity == name and r.period == year and r.metric == metric])
        if not rows:
            return ExternalVerdict("no_source", f"No {year} {metric} row for {name}.")
        values[name] = rows
    subject = values[partner]
    best = 1 + sum(all(r.interval.lo > s.interval.hi for r in rows for s in subject) for n, rows in values.items() if n != partner)
    worst = 1 + sum(any(r.interval.hi >= s.interval.lo for r in rows for s in subject) for n, rows in values.items() if n != partner)
    expected = int(rank)
    verdict = "supported" if best == worst == expected else "contradicted" if not best <= expected <= worst else "mixed"
    order = "; ".join(f"{n} " + ", ".join(f"{r.id} ({r.reporter}) {format_value(r.interval.point, parse_unit(r.unit).dimension)}"
                                          for r in rows) for n, rows in values.items())
    return ExternalVerdict(verdict, f"{year}: {order}. {partner} ranks {best if best == worst else f'{best} to {worst}'}, "
                           f"the claim says {expected}.", tuple(r.id for rows in values.values() for r in rows))


def check_source_reports(evidence: Evidence, ctx: Context, reporter: str) -> ExternalVerdict:
    outcomes = []
    for figure in ctx.figures.values():
        if figure.unit.kind != "money":
            continue
        for row in evidence.matching(figure.entity, figure.period, figure.metric):
            if row.reporter == reporter:
                stated = Interval(*ctx.interval(figure.id), ctx.point(figure.id))
                outcomes.append((row, row.interval.overlaps(stated), figure))
    if not outcomes:
        return ExternalVerdict("no_source", f"No {reporter} row matches any of the article's figures.")
    agree = [o for o in outcomes if o[1]]
    verdict = "supported" if len(agree) == len(outcomes) else "mixed" if agree else "contradicted"
    detail = "; ".join(f"{f.id} {ctx.show(f.id)} vs {r.shown()} {'agrees' if ok else 'differs'}" for r, ok, f in outcomes)
    return ExternalVerdict(verdict, f"{len(agree)} of {len(outcomes)} comparisons of the article's figures with rows "
                           f"attributed to {reporter} agree: {detail}.", tuple(r.id for r, _, _ in outcomes))


SPECIAL_CHECKS = {
    "larger_than": check_larger_than,
    "surplus_years": check_surplus_years,
    "steady": check_steady,
    "rank_in_year": check_rank_in_year,
    "source_reports": check_source_reports,
}
SPECIAL_COLUMNS = ("claim_id", "check", "arguments", "settles")


def load_special_checks(path: Path | str, ctx: Context, claim_ids: set[str]) -> tuple[dict, dict]:
    """The table naming which outside check settles which unverifiable claim; returns (checks, what each settles)."""
    import pandera.pandas as pa

    schema = pa.DataFrameSchema({
        "claim_id": pa.Column(str, pa.Check.str_length(min_value=1)),
        "check": pa.Column(str, pa.Check.isin(list(SPECIAL_CHECKS), error=f"one of: {', '.join(SPECIAL_CHECKS)}")),
        "arguments": pa.Column(str), "settles": pa.Column(str),
    }, unique=["claim_id"], strict=False)
    frame = read_table(path, schema, SPECIAL_COLUMNS)
    name = display_path(path)
    checks, problems = {}, []
    for index, row in frame.iterrows():
        line = int(index) + 2
        if row.claim_id not in claim_ids:
            problems.append(Problem(name, "the id of a claim", repr(row.claim_id), line=line, field="claim_id"))
            continue
        arguments = _parse_arguments(row.arguments)
        function = SPECIAL_CHECKS[row.check]
        parameters = inspect.signature(function).parameters
        context = {"ctx": ctx} if "ctx" in parameters else {}
        required = [p for p, spec in parameters.items() if p not in ("evidence", "ctx") and spec.default is inspect._empty]
        optional = [p for p, spec in parameters.items() if spec.default is not inspect._empty]
        if not set(required) <= set(arguments) or not set(arguments) <= set(required) | set(optional):
            problems.append(Problem(name, f"arguments {', '.join(required)} (and optionally {', '.join(optional) or 'none'}) "
                                    f"for check {row.check}", ", ".join(arguments) or "none", line=line, field="arguments"))
            continue
        checks[row.claim_id] = partial(function, **context, **arguments)  # called with the evidence
    if problems:
        raise InputError(problems)
    return checks, dict(zip(frame.claim_id, frame.settles))


def external_verdicts(verdicts: list[Verdict], claims: pd.DataFrame, ctx: Context, rows: list[ReferenceRow],
                      special: dict) -> list[ExternalVerdict]:
    reporter = ctx.metadata.reference.reporter if ctx.metadata.reference else ""
    evidence = Evidence(rows, reporter)
    return [external_verdict(v, claim, ctx, evidence, special) for v, claim in zip(verdicts, claims.itertuples(index=False))]


# -- mirror statistics ---------------------------------------------------------------------------------------

MIRROR_COLUMNS = ["entity", "period", "metric", "cited_id", "cited", "mirror_id", "mirror", "gap", "ratio", "unit"]


def mirror_pairs(rows: list[ReferenceRow], cited: str, mirror: str) -> pd.DataFrame:
    """The cited reporter's figure beside the mirror reporter's, for every entity, period and metric with both."""
    records = []
    if not cited or not mirror:
        return pd.DataFrame(records, columns=MIRROR_COLUMNS)
    for ours, theirs in itertools.product([r for r in rows if r.reporter == cited], [r for r in rows if r.reporter == mirror]):
        if (ours.entity, ours.period, ours.metric, ours.unit[:3]) == (theirs.entity, theirs.period, theirs.metric, theirs.unit[:3]):
            records.append({
                "entity": ours.entity, "period": ours.period_label, "metric": ours.metric,
                "cited_id": ours.id, "cited": ours.interval.point, "mirror_id": theirs.id, "mirror": theirs.interval.point,
                "gap": ours.interval.point - theirs.interval.point,
                "ratio": ours.interval.point / theirs.interval.point if theirs.interval.point else float("nan"),
                "unit": ours.unit,
            })
    return pd.DataFrame(records, columns=MIRROR_COLUMNS)
