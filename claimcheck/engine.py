"""Run every claim through its check and collect the verdicts as a table."""

from __future__ import annotations

import gc
from contextlib import contextmanager
from pathlib import Path

import pandas as pd

from .checks import CHECKS, ClaimError, Context, Verdict, referenced_figures
from .config import DEFAULT_TOLERANCES, Tolerances
from .errors import InputError, Problem, display_path
from .expressions import ExpressionError
from .load import Inputs, load_article, load_claims, load_figures

VERDICT_COLUMNS = ("claim_id", "quote", "kind", "verdict", "stated", "computed", "explanation",
                   "figures_used", "correction", "external_verdict", "external_basis")
NO_REFERENCE = "No reference table was given for this article."


def load_inputs(article: Path | str, figures: Path | str, claims: Path | str, *,
                require_every_figure_used: bool = True) -> Inputs:
    """Load and cross-check the article, its figures and its claims; raise InputError on any problem.

    A report must never be silent about a number, so by default every figure must be used by a claim.
    """
    text = load_article(article)
    figure_rows = load_figures(figures, text)
    claim_rows = load_claims(claims, text, CHECKS)
    inputs = Inputs(text, figure_rows, claim_rows, {"article": Path(article), "figures": Path(figures),
                                                     "claims": Path(claims)})
    check_claims(inputs, DEFAULT_TOLERANCES)  # every claim must be checkable before anything is built
    if require_every_figure_used:
        _require_every_figure_used(inputs)
    return inputs


def _require_every_figure_used(inputs: Inputs) -> None:
    used = set()
    for claim in inputs.claims.itertuples(index=False):
        used.update(referenced_figures(claim))
    unused = [f for f in inputs.figures.values() if f.id not in used]
    if unused:
        name = display_path(inputs.paths["figures"])
        raise InputError([
            Problem(name, "a figure that at least one claim uses", f"{f.id!r}, used by no claim", line=f.line,
                    field="id", hint="add a claim that checks it, or say in a claim why it cannot be checked")
            for f in unused
        ])


def check_claims(inputs: Inputs, tolerances: Tolerances = DEFAULT_TOLERANCES) -> list[Verdict]:
    context = Context(inputs.figures, tolerances)
    verdicts, problems = [], []
    name = display_path(inputs.paths.get("claims", "claims"))
    with _cyclic_gc_paused():
        for claim in inputs.claims.itertuples(index=False):
            try:
                verdicts.append(CHECKS[claim.kind](claim, context))
            except ClaimError as error:
                problems.append(Problem(name, error.expected, error.found, line=claim.line, field=error.field))
            except ExpressionError as error:
                problems.append(Problem(name, "a computable expression", str(error), line=claim.line, field="computed"))
    if problems:
        raise InputError(problems)
    return verdicts


@contextmanager
def _cyclic_gc_paused():
    """The checks allocate many small acyclic objects; pausing the cycle collector keeps large tables linear."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def verdict_table(verdicts: list[Verdict], external: list | None = None) -> pd.DataFrame:
    """The machine-readable result, one row per claim, as written to verdicts.csv."""
    rows = []
    for index, v in enumerate(verdicts):
        outside = external[index] if external else None
        rows.append({
            "claim_id": v.claim_id, "quote": v.quote, "kind": v.kind, "verdict": v.verdict,
            "stated": v.stated, "computed": v.computed, "explanation": v.explanation,
            "figures_used": " ".join(v.figures_used), "correction": v.correction,
            "external_verdict": outside.verdict if outside else "no_source",
            "external_basis": outside.basis if outside else NO_REFERENCE,
        })
    return pd.DataFrame(rows, columns=list(VERDICT_COLUMNS))


def check_externally(inputs: Inputs, verdicts: list[Verdict], reference=None, external_checks=None,
                     tolerances: Tolerances = DEFAULT_TOLERANCES) -> list | None:
    """External verdicts from a reference table (and the table of checks for unverifiable claims), if given."""
    if not reference:
        return None
    from .checks import Context
    from .external import external_verdicts, load_reference, load_special_checks

    context = Context(inputs.figures, tolerances)
    special = load_special_checks(external_checks, context, set(inputs.claims.id))[0] if external_checks else {}
    return external_verdicts(verdicts, inputs.claims, context, load_reference(reference), special)


def run(article, figures, claims, tolerances: Tolerances = DEFAULT_TOLERANCES, reference=None,
        external_checks=None) -> pd.DataFrame:
    """Everything in one call: load, check (against the article, and against a reference table if given), tabulate."""
    inputs = load_inputs(article, figures, claims)
    verdicts = check_claims(inputs, tolerances)
    return verdict_table(verdicts, check_externally(inputs, verdicts, reference, external_checks, tolerances))
