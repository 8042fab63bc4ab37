"""Independent evidence: reference figures with provenance, and an external verdict for every claim.

The reference rows are secondary citations of several reporters' statistics (China's customs,
partner countries' own offices, others). They conflict; nothing is averaged. A claim's figure is
judged against the rows of the reporter the article itself cites (China's customs) where any exist,
and against every row otherwise; each basis names the rows and reporters it used.
"""

from __future__ import annotations

import inspect
import itertools
from functools import partial
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlparse

import pandas as pd
import pandera.pandas as pa

from .checks import CHECKS, Context, Verdict
from .errors import InputError, Problem, display_path
from .expressions import Quantity
from .formatting import format_interval, format_value
from .intervals import Interval
from .load import Figure, read_table

REPORTERS = ("GACC", "national", "other")
FLOWS = ("turnover", "china_exports", "china_imports", "partner_exports", "partner_imports")
REFERENCE_UNITS = {"USD_bn": 1.0, "USD_m": 0.001}
REFERENCE_COLUMNS = ("partner", "year", "flow", "value", "unit", "reporter", "source_title", "source_url", "quote")
EXTERNAL_VERDICTS = ("supported", "contradicted", "mixed", "no_source")
ARTICLE_REPORTER = "GACC"  # the article names China's customs as its source
COMPILED = "received 2026-11-29"
# The same trade seen from China's side: its exports are the partner's imports.
FLOW_OF_METRIC = {
    "turnover": ("turnover",),
    "partner_exports": ("partner_exports", "china_imports"),
    "partner_imports": ("partner_imports", "china_exports"),
}

REFERENCE_SCHEMA = pa.DataFrameSchema(
    {
        "partner": pa.Column(str, pa.Check.str_length(min_value=1, error="a partner name")),
        "year": pa.Column(str, pa.Check.str_matches(r"^\d{4}", error="a year, or part of one such as 2024Q1")),
        "flow": pa.Column(str, pa.Check.isin(list(FLOWS), error=f"one of: {', '.join(FLOWS)}")),
        "value": pa.Column(float, [pa.Check(lambda s: s.notna(), error="a number, not NaN"),
                                   pa.Check.ge(0, error="a non-negative number")], coerce=True, nullable=False),
        "unit": pa.Column(str, pa.Check.isin(list(REFERENCE_UNITS), error=f"one of: {', '.join(REFERENCE_UNITS)}")),
        "reporter": pa.Column(str, pa.Check.isin(list(REPORTERS), error=f"one of: {', '.join(REPORTERS)}")),
        "source_title": pa.Column(str, pa.Check.str_length(min_value=1, error="the source's title")),
        "source_url": pa.Column(str, pa.Check.str_matches(r"^https?://[^\s/]+", error="the source's address (http or https URL)")),
        "quote": pa.Column(str, pa.Check.str_length(min_value=1, error="the source's verbatim quote")),
    },
    strict=False,
)


@dataclass(frozen=True)
class ReferenceRow:
    id: str
    partner: str
    year: str
    flow: str
    value: float
    unit: str
    reporter: str
    title: str
    address: str
    quote: str
    interval: Interval  # in US$ billion, with the precision of the value as written

    @property
    def producer(self) -> str:
        return urlparse(self.address).netloc.removeprefix("www.")

    def shown(self) -> str:
        return f"{self.id} ({self.reporter}) {self.partner} {self.year} {self.flow.replace('_', ' ')} {format_value(self.interval.point, 'USD_bn')}"


def load_reference(path: Path | str) -> list[ReferenceRow]:
    """Read and validate the reference table; every row needs an address and a quote."""
    frame = read_table(path, REFERENCE_SCHEMA, REFERENCE_COLUMNS)
    raw = pd.read_csv(path, dtype=str, keep_default_na=False)
    rows = []
    for index, row in frame.iterrows():
        text = raw.loc[index, "value"].strip()
        decimals = len(text.partition(".")[2])
        half = 0.5 * 10 ** (-decimals)
        scale = REFERENCE_UNITS[row.unit]
        interval = Interval((row.value - half) * scale, (row.value + half) * scale, row.value * scale)
        rows.append(ReferenceRow(f"R{int(index) + 1:02d}", row.partner, row.year, row.flow, float(row.value), row.unit,
                                 row.reporter, row.source_title, row.source_url, row.quote, interval))
    return rows


def sources_table(rows: list[ReferenceRow]) -> pd.DataFrame:
    """Provenance of every reference figure: who published it, where, in what words, and when it was compiled."""
    return pd.DataFrame([
        {"reference_id": r.id, "producer": r.producer, "reporter": r.reporter, "title": r.title,
         "address": r.address, "quote": r.quote, "compiled": COMPILED}
        for r in rows
    ])


@dataclass
class ExternalVerdict:
    verdict: str
    basis: str
    rows: tuple[str, ...] = ()


def _judge(outcomes: list[tuple[ReferenceRow, bool]], target: str) -> ExternalVerdict:
    """Supported if the rows all agree, contradicted if none does, mixed otherwise; the article's own reporter first."""
    preferred = [(r, ok) for r, ok in outcomes if r.reporter == ARTICLE_REPORTER]
    pool = preferred or outcomes
    agree = [ok for _, ok in pool]
    verdict = "supported" if all(agree) else "contradicted" if not any(agree) else "mixed"
    used = "; ".join(f"{r.shown()} {'agrees with' if ok else 'differs from'} {target}" for r, ok in pool)
    basis = (f"Using {ARTICLE_REPORTER} rows (the article's source): " if preferred else "Using every reporter's rows (none from GACC): ") + used
    others = [(r, ok) for r, ok in outcomes if (r, ok) not in pool]
    if others:
        basis += ". Other reporters, not counted: " + "; ".join(
            f"{r.shown()} {'agrees' if ok else 'differs'}" for r, ok in others)
    return ExternalVerdict(verdict, basis + ".", tuple(r.id for r, _ in outcomes))


class Evidence:
    """Looks up the reference rows that bear on a figure."""

    def __init__(self, rows: list[ReferenceRow]):
        self.rows = rows

    def matching(self, entity: str, year: int | str, metric: str) -> list[ReferenceRow]:
        flows = FLOW_OF_METRIC.get(metric.removesuffix("_change"), ())
        return [r for r in self.rows if r.partner == entity and r.year == str(year) and r.flow in flows]

    def quantity_options(self, figure: Figure) -> list[tuple[ReferenceRow, Quantity]]:
        rows = self.matching(figure.entity, figure.year, figure.metric)
        preferred = [r for r in rows if r.reporter == ARTICLE_REPORTER] or rows
        return [(r, Quantity(r.interval, "USD_bn", (figure.id,))) for r in preferred]


def _level(verdict: Verdict, claim, ctx: Context, evidence: Evidence, entity: str | None = None) -> ExternalVerdict | None:
    figure = ctx.figures[claim.stated]
    rows = evidence.matching(entity or figure.entity, figure.year, figure.metric)
    if not rows or figure.unit == "percent":
        return None
    stated = ctx.quantity(figure.id).interval
    target = f"the stated {ctx.show(figure.id)}" + (f" (as {entity}'s)" if entity else "")
    return _judge([(r, r.interval.overlaps(stated)) for r in rows], target)


def _judge_changes(pairs: list[tuple[ReferenceRow, ReferenceRow]], band: Interval, target: str) -> ExternalVerdict:
    """Each (this year, last year) pair of one reporter's rows as a percentage change, judged against `band`."""
    outcomes, parts = [], []
    for now, before in pairs:
        change = (now.interval / before.interval - 1) * 100
        outcomes.append((now, change.overlaps(band)))
        parts.append(f"{now.id}/{before.id} ({now.reporter}): {format_value(before.interval.point, 'USD_bn')} to "
                     f"{format_value(now.interval.point, 'USD_bn')}, {format_interval(change, 'percent', 1)}")
    judged = _judge(outcomes, target)
    judged.basis = "; ".join(parts) + ". " + judged.basis
    judged.rows = tuple(dict.fromkeys(judged.rows + tuple(before.id for _, before in pairs)))
    return judged


def _growth(verdict: Verdict, claim, ctx: Context, evidence: Evidence) -> ExternalVerdict | None:
    rate = ctx.figures[claim.stated]
    base_metric = rate.metric.removesuffix("_change")
    now = evidence.matching(rate.entity, rate.year, base_metric)
    before = evidence.matching(rate.entity, rate.year - 1, base_metric)
    pairs = [(a, b) for a in now for b in before if a.reporter == b.reporter]
    if not pairs:
        return None
    return _judge_changes(pairs, ctx.quantity(rate.id).interval, f"the stated {ctx.show(rate.id)}")


def _implied_base(verdict: Verdict, claim, ctx: Context, evidence: Evidence) -> ExternalVerdict | None:
    extra = verdict.extra
    rows = evidence.matching(extra["entity"], extra["year"], extra["metric"])
    if not rows:
        return None
    implied = extra["implied_previous"].interval
    return _judge([(r, r.interval.overlaps(implied)) for r in rows],
                  f"the {extra['year']} value the stated rate implies, {format_interval(implied, 'USD_bn')}")


def _rerun(verdict: Verdict, claim, ctx: Context, evidence: Evidence) -> ExternalVerdict | None:
    """Run the claim's own check again with independent figures in place of every figure it uses."""
    options = []
    for figure_id in verdict.figures_used:
        figure = ctx.figures[figure_id]
        found = evidence.quantity_options(figure) if figure.unit != "percent" else []
        if not found:
            return None
        options.append((figure_id, found[:3]))
    outcomes = []
    for choice in itertools.product(*(found for _, found in options)):
        swapped = Context(ctx.figures, ctx.tolerances)
        swapped.numbers = "the independent figures"
        for (figure_id, _), (row, quantity) in zip(options, choice):
            swapped._quantities[figure_id] = quantity
        rerun = CHECKS[claim.kind](claim, swapped)
        outcomes.append((choice, rerun))
    results = {rerun.verdict for _, rerun in outcomes}
    verdict_name = ("supported" if results <= {"consistent", "consistent_within_rounding"} else
                    "contradicted" if results == {"inconsistent"} else "mixed")
    first_choice, first = outcomes[0]
    rows = tuple(dict.fromkeys(row.id for choice, _ in outcomes for row, _ in choice))
    used = "; ".join(row.shown() for row, _ in first_choice)
    return ExternalVerdict(verdict_name, f"The claim re-checked with independent figures ({used}): {first.explanation}"
                           + (f" ({len(outcomes)} combinations of conflicting rows tried)" if len(outcomes) > 1 else ""), rows)


EXTERNAL_CHECKS = {
    "total": (_level, _rerun),
    "implied_previous": (_level,),
    "attribution": (_level, _growth),
    "residual": (_level,),
    "growth": (_growth,),
    "unanchored_growth": (_implied_base,),
    "rank": (_rerun,),
    "only": (_rerun,),
    "sign": (_rerun,),
}


def external_verdict(verdict: Verdict, claim, ctx: Context, evidence: Evidence, special: dict) -> ExternalVerdict:
    if claim.id in special:
        return special[claim.id](evidence)
    for attempt in EXTERNAL_CHECKS.get(claim.kind, ()):
        result = (_level(verdict, claim, ctx, evidence, claim.subject) if attempt is _level and claim.kind == "residual"
                  else attempt(verdict, claim, ctx, evidence))
        if result is not None:
            return result
    if claim.kind == "opinion":
        return ExternalVerdict("no_source", "A judgement; no figure bears on it.")
    missing = ", ".join(verdict.figures_used) or "the facts it states"
    related = [r for f in verdict.figures_used for r in evidence.matching(ctx.figures[f].entity, ctx.figures[f].year,
                                                                           ctx.figures[f].metric)]
    basis = f"No reference rows settle it: none cover all of {missing} for the same partner, year and flow"
    related = list(dict.fromkeys(related))
    if related:
        basis += "; related rows: " + "; ".join(r.shown() for r in related[:5])
        basis += f"; and {len(related) - 5} more" if len(related) > 5 else ""
    return ExternalVerdict("no_source", basis + ".", tuple(r.id for r in related))


# -- checks for claims the article's own numbers cannot reach, named in external_checks.csv --------------

def _parse_arguments(text: str) -> dict[str, str]:
    return {k.strip(): v.strip() for k, _, v in (part.partition("=") for part in text.split(";") if part.strip())}


def check_larger_than(evidence: Evidence, partner: str, rival: str, year: str) -> ExternalVerdict:
    ours = [r for r in evidence.rows if r.partner == partner and r.year == year and r.flow == "turnover"]
    theirs = [r for r in evidence.rows if r.partner == rival and r.year == year and r.flow == "turnover"]
    if not ours or not theirs:
        return ExternalVerdict("no_source", f"No {year} turnover rows for both {partner} and {rival}.")
    outcomes = [(a, all(a.interval.lo > b.interval.hi for b in theirs)) for a in ours]
    judged = _judge(outcomes, "every " + rival + " row (" + "; ".join(b.shown() for b in theirs) + ")")
    judged.basis = f"Is {partner} larger than {rival} in {year}? " + judged.basis.replace("agrees with", "exceeds").replace(
        "differs from", "does not exceed")
    judged.rows = tuple(dict.fromkeys(judged.rows + tuple(b.id for b in theirs)))
    return judged


def check_surplus_years(evidence: Evidence, partner: str, since: str, until: str) -> ExternalVerdict:
    years = range(int(since), int(until) + 1)
    exports = {y: [r for r in evidence.rows if r.partner == partner and r.year == str(y) and r.flow in ("partner_exports", "china_imports")] for y in years}
    imports = {y: [r for r in evidence.rows if r.partner == partner and r.year == str(y) and r.flow in ("partner_imports", "china_exports")] for y in years}
    covered = [y for y in years if exports[y] and imports[y]]
    if not covered:
        return ExternalVerdict("no_source", f"No year from {since} to {until} has both of {partner}'s flows.")
    outcomes, parts = [], []
    for y in covered:
        for e, i in itertools.product(exports[y], imports[y]):
            surplus = e.interval - i.interval
            outcomes.append((e, surplus.lo > 0))
            parts.append(f"{y}: exports {e.id} ({e.reporter}) {format_value(e.interval.point, 'USD_bn')} less imports "
                         f"{i.id} ({i.reporter}) {format_value(i.interval.point, 'USD_bn')} = {format_value(surplus.point, 'USD_bn')}")
    uncovered = [str(y) for y in years if y not in covered]
    verdict = "supported" if all(ok for _, ok in outcomes) else "contradicted" if not any(ok for _, ok in outcomes) else "mixed"
    rows = tuple(dict.fromkeys([r.id for y in covered for r in exports[y] + imports[y]]))
    return ExternalVerdict(verdict, "; ".join(parts) + f". A surplus in every covered year; no row covers {', '.join(uncovered)}, "
                           "so the claim is supported only for the years shown." if verdict == "supported" else "; ".join(parts) + ".", rows)


def check_steady(evidence: Evidence, partner: str, flow: str, year: str, tolerance: str) -> ExternalVerdict:
    now = [r for r in evidence.rows if r.partner == partner and r.year == year and r.flow == flow]
    before = [r for r in evidence.rows if r.partner == partner and r.year == str(int(year) - 1) and r.flow == flow]
    pairs = [(a, b) for a in now for b in before if a.reporter == b.reporter]
    if not pairs:
        return ExternalVerdict("no_source", f"No pair of {partner} {flow} rows for {int(year) - 1} and {year} from one reporter.")
    bound = float(tolerance) * 100
    return _judge_changes(pairs, Interval(-bound, bound, 0), f"'steady' (within ±{bound:g}%)")


def check_rank_in_year(evidence: Evidence, partner: str, members: str, year: str, rank: str) -> ExternalVerdict:
    names = [m.strip() for m in members.split(",")]
    values = {}
    for name in names:
        rows = [r for r in evidence.rows if r.partner == name and r.year == year and r.flow == "turnover"]
        rows = [r for r in rows if r.reporter == ARTICLE_REPORTER] or rows
        if not rows:
            return ExternalVerdict("no_source", f"No {year} turnover row for {name}.")
        values[name] = rows
    subject = values[partner]
    best = 1 + sum(all(r.interval.lo > s.interval.hi for r in rows for s in subject) for n, rows in values.items() if n != partner)
    worst = 1 + sum(any(r.interval.hi >= s.interval.lo for r in rows for s in subject) for n, rows in values.items() if n != partner)
    expected = int(rank)
    verdict = "supported" if best == worst == expected else "contradicted" if not best <= expected <= worst else "mixed"
    order = "; ".join(f"{n} " + ", ".join(f"{r.id} ({r.reporter}) {format_value(r.interval.point, 'USD_bn')}" for r in rows)
                      for n, rows in values.items())
    return ExternalVerdict(verdict, f"{year}: {order}. {partner} ranks {best if best == worst else f'{best} to {worst}'}, "
                           f"the claim says {expected}.", tuple(r.id for rows in values.values() for r in rows))


def check_source_reports(evidence: Evidence, ctx: Context, reporter: str) -> ExternalVerdict:
    outcomes = []
    for figure in ctx.figures.values():
        if figure.unit == "percent" or figure.unit == "year":
            continue
        for row in evidence.matching(figure.entity, figure.year, figure.metric):
            if row.reporter == reporter:
                outcomes.append((row, row.interval.overlaps(ctx.quantity(figure.id).interval), figure))
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
        context = {"ctx": ctx} if "ctx" in inspect.signature(function).parameters else {}
        checks[row.claim_id] = partial(function, **context, **arguments)  # called with the evidence
        expected = [p for p in inspect.signature(function).parameters if p not in ("evidence", "ctx")]
        if sorted(expected) != sorted(arguments):
            problems.append(Problem(name, f"arguments {', '.join(expected)} for check {row.check}",
                                    ", ".join(arguments) or "none", line=line, field="arguments"))
    if problems:
        raise InputError(problems)
    return checks, dict(zip(frame.claim_id, frame.settles))


def external_verdicts(verdicts: list[Verdict], claims: pd.DataFrame, ctx: Context, rows: list[ReferenceRow],
                      special: dict) -> list[ExternalVerdict]:
    evidence = Evidence(rows)
    return [external_verdict(v, claim, ctx, evidence, special) for v, claim in zip(verdicts, claims.itertuples(index=False))]


# -- mirror statistics ---------------------------------------------------------------------------------------

def mirror_pairs(rows: list[ReferenceRow]) -> pd.DataFrame:
    """China's customs figure beside the partner's own, for every partner, period and flow that has both."""
    def side(flow):  # the partner's exports are China's imports, and the other way round
        return {"china_imports": "partner_exports", "china_exports": "partner_imports"}.get(flow, flow)

    records = []
    for gacc, national in itertools.product([r for r in rows if r.reporter == "GACC"], [r for r in rows if r.reporter == "national"]):
        if gacc.partner == national.partner and gacc.year == national.year and side(gacc.flow) == side(national.flow):
            records.append({
                "partner": gacc.partner, "period": gacc.year, "flow": side(gacc.flow).replace("_", " "),
                "gacc_id": gacc.id, "gacc": gacc.interval.point, "national_id": national.id, "national": national.interval.point,
                "gap": gacc.interval.point - national.interval.point, "ratio": gacc.interval.point / national.interval.point,
            })
    return pd.DataFrame(records, columns=["partner", "period", "flow", "gacc_id", "gacc", "national_id", "national", "gap", "ratio"])
