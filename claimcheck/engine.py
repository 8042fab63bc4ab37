"""Run every claim through its kind's check and collect the verdicts as a table."""

from __future__ import annotations

import gc
from contextlib import contextmanager
from pathlib import Path

import pandas as pd

from .config import DEFAULT_TOLERANCES, Tolerances
from .errors import InputError, Problem, display_path
from .expressions import ExpressionError
from .kinds import KINDS, ClaimError, Context, Verdict
from .load import Inputs, load_article, load_claims, load_figures
from .metadata import default_path, load_metadata

VERDICT_COLUMNS = ("claim_id", "quote", "kind", "verdict", "reading", "stated", "computed", "explanation",
                   "figures_used", "correction", "note", "review", "external_verdict", "external_basis")
NO_REFERENCE = "No reference table was given for this article."


def load_inputs(article: Path | str, figures: Path | str, claims: Path | str, metadata: Path | str | None = None, *,
                require_every_figure_used: bool = True) -> Inputs:
    """Load and cross-check the article, its metadata, its figures and its claims; raise InputError on any problem.

    The metadata is `article.toml` beside the figures table unless a path is given. A report must never be
    silent about a number, so by default every figure must be used by a claim.
    """
    return load_and_check(article, figures, claims, metadata, require_every_figure_used=require_every_figure_used)[0]


def load_and_check(article: Path | str, figures: Path | str, claims: Path | str, metadata: Path | str | None = None, *,
                   require_every_figure_used: bool = True) -> tuple[Inputs, list[Verdict]]:
    """load_inputs, and the verdicts at the default tolerances that loading computes anyway.

    Both are kept in the content cache by the bytes of the four files: a kernel that loads what the build
    has just checked reads the result instead of validating again.
    """
    from . import cache

    metadata_path = Path(metadata) if metadata else default_path(figures)
    key = cache.digest("inputs", [str(Path(p).resolve()) for p in (article, figures, claims, metadata_path)],
                       [cache.file_digest(p) for p in (article, figures, claims, metadata_path)],
                       require_every_figure_used)
    if not all(Path(p).is_file() for p in (article, figures, claims)):
        return _load_and_check(article, figures, claims, metadata, require_every_figure_used)  # the error message
    return cache.shared().memo("inputs", key, lambda: _load_and_check(article, figures, claims, metadata,
                                                                      require_every_figure_used))


def _load_and_check(article, figures, claims, metadata, require_every_figure_used):
    text = load_article(article)
    metadata_path = Path(metadata) if metadata else default_path(figures)
    about = load_metadata(metadata_path, text)
    figure_rows = load_figures(figures, text, about)
    claim_rows = load_claims(claims, text, KINDS)
    paths = {"article": Path(article), "figures": Path(figures), "claims": Path(claims)}
    if about.path:
        paths["metadata"] = about.path
    inputs = Inputs(text, figure_rows, claim_rows, paths, about)
    verdicts = check_claims(inputs, DEFAULT_TOLERANCES)  # every claim must be checkable before anything is built
    if require_every_figure_used:
        _require_every_figure_used(inputs)
    return inputs, verdicts


def referenced_figures(claim) -> list[str]:
    """Every figure id a claim row names, in its stated, computed and members fields."""
    return KINDS[claim.kind].figures_of(claim)


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
    context = Context(inputs.figures, tolerances, inputs.metadata)
    verdicts, problems = [], []
    name = display_path(inputs.paths.get("claims", "claims"))
    with _cyclic_gc_paused():
        for claim in inputs.claims.itertuples(index=False):
            try:
                verdicts.append(KINDS[claim.kind].check(claim, context))
            except ClaimError as error:
                problems.append(Problem(name, error.expected, error.found, line=claim.line, field=error.field,
                                        hint=error.hint))
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
            "claim_id": v.claim_id, "quote": v.quote, "kind": v.kind, "verdict": v.verdict, "reading": v.reading,
            "stated": v.stated, "computed": v.computed, "explanation": v.explanation,
            "figures_used": " ".join(v.figures_used), "correction": v.correction, "note": v.note, "review": v.review,
            "external_verdict": outside.verdict if outside else "no_source",
            "external_basis": outside.basis if outside else NO_REFERENCE,
        })
    return pd.DataFrame(rows, columns=list(VERDICT_COLUMNS))


def check_externally(inputs: Inputs, verdicts: list[Verdict], reference=None, external_checks=None,
                     tolerances: Tolerances = DEFAULT_TOLERANCES) -> list | None:
    """External verdicts from a reference table (and the table of checks for unverifiable claims), if given."""
    if not reference:
        return None
    from .external import external_verdicts, load_reference, load_special_checks

    context = Context(inputs.figures, tolerances, inputs.metadata)
    special = load_special_checks(external_checks, context, set(inputs.claims.id))[0] if external_checks else {}
    rows = load_reference(reference, inputs.metadata)
    return external_verdicts(verdicts, inputs.claims, context, rows, special)


def reference_tables(inputs: Inputs, reference=None, external_checks=None) -> tuple:
    """The reference tables to check against: those given, or (None) those the article's metadata names; '' for none."""
    named = inputs.metadata.reference
    reference = (named.figures if named else None) if reference is None else (reference or None)
    external_checks = (named.checks if named else None) if external_checks is None else (external_checks or None)
    return reference, external_checks


def run(article, figures, claims, tolerances: Tolerances = DEFAULT_TOLERANCES, reference=None,
        external_checks=None, metadata=None) -> pd.DataFrame:
    """Everything in one call: load, check against the article and against the reference tables (those given,
    or those its metadata names; '' for none), tabulate."""
    inputs = load_inputs(article, figures, claims, metadata)
    verdicts = check_claims(inputs, tolerances)
    reference, external_checks = reference_tables(inputs, reference, external_checks)
    return verdict_table(verdicts, check_externally(inputs, verdicts, reference, external_checks, tolerances))
