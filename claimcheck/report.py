"""What the report shows, as data: the verdicts, the outside checks, the sensitivity grid and the tables.

Nothing here writes HTML: `sections` turns this into the report's sections through templates, and
`charts` draws from it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path

import pandas as pd

from .config import SENSITIVITY_GRID, Tolerances
from .engine import check_claims, check_externally, reference_tables, verdict_table
from .formatting import format_interval
from .intervals import Interval
from .kinds import Context, Verdict
from .load import Inputs
from .style import VERDICT_ICONS, VERDICT_LABELS


@dataclass
class Report:
    inputs: Inputs
    tolerances: Tolerances
    verdicts: list[Verdict]
    context: Context
    external: list | None = None
    reference: list | None = None
    settles: dict = field(default_factory=dict)
    options: dict = field(default_factory=dict)  # reviewer, report address: the build's parameters

    @classmethod
    def build(cls, inputs: Inputs, tolerances: Tolerances, reference=None, external_checks=None,
              **options) -> "Report":
        """Check every claim; `reference` and `external_checks` default (None) to the tables the article's
        metadata names, and '' turns them off."""
        from . import cache

        reference, external_checks = reference_tables(inputs, reference, external_checks)
        context = Context(inputs.figures, tolerances, inputs.metadata)
        key = cache.digest("engine", cls.inputs_key(inputs), cache.file_digest(reference),
                           cache.file_digest(external_checks), str(reference), tolerances.as_dict())

        def compute():
            verdicts = check_claims(inputs, tolerances)
            rows, settles, external = None, {}, None
            if reference:
                from .external import load_reference, load_special_checks

                rows = load_reference(reference, inputs.metadata)
                if external_checks:
                    settles = load_special_checks(external_checks, context, set(inputs.claims.id))[1]
                external = check_externally(inputs, verdicts, reference, external_checks, tolerances)
            return verdicts, external, rows, settles

        verdicts, external, rows, settles = cache.shared().memo("engine", key, compute)
        report = cls(inputs, tolerances, verdicts, context, external, rows, settles, options)
        return report

    @staticmethod
    def inputs_key(inputs: Inputs) -> str:
        """What the inputs are, for the content cache: their whole content (article, figures, claims, metadata),
        so that inputs changed in memory, not only on disk, are never mistaken for others."""
        from . import cache

        return cache.digest("inputs", inputs)

    # -- what the article is ------------------------------------------------------------------
    @property
    def metadata(self):
        return self.inputs.metadata

    @property
    def headline(self) -> str:
        return self.metadata.headline

    @property
    def reviewer(self) -> str:
        return self.options.get("reviewer") or self.metadata.review.get("organisation", "")

    @property
    def report_url(self) -> str:
        return self.options.get("report_url") or self.metadata.review.get("url", "")

    # -- verdicts -------------------------------------------------------------------------------
    @property
    def table(self) -> pd.DataFrame:
        return verdict_table(self.verdicts, self.external)

    @property
    def unreviewed(self) -> list[str]:
        return self.inputs.unreviewed

    @property
    def is_draft(self) -> bool:
        return bool(self.unreviewed)

    def is_reviewed(self, verdict: Verdict) -> bool:
        """A verdict is a finding only when its claim and every figure it uses have been checked by a person."""
        if verdict.review:
            return False
        return not any(self.inputs.figures[f].review for f in verdict.figures_used if f in self.inputs.figures)

    @property
    def findings(self) -> list[Verdict]:
        """Claims the article's own numbers contradict, on reviewed rows only."""
        return [v for v in self.verdicts if v.verdict == "inconsistent" and self.is_reviewed(v)]

    @property
    def to_review(self) -> list[Verdict]:
        """Would-be contradictions on rows a person has not checked yet: never published as findings."""
        return [v for v in self.verdicts if v.verdict == "inconsistent" and not self.is_reviewed(v)]

    def external_of(self, verdict: Verdict):
        return self.external[self.verdicts.index(verdict)] if self.external else None

    # -- sensitivity ----------------------------------------------------------------------------
    @cached_property
    def sensitivity(self) -> pd.DataFrame:
        """Each claim's verdict under each setting, from every digit exact to lenient, over both readings."""
        from . import cache

        def compute():
            return {name: [v.verdict for v in check_claims(self.inputs, tol)] for name, tol in SENSITIVITY_GRID.items()}

        key = cache.digest("sensitivity", self.inputs_key(self.inputs), {k: t.as_dict() for k, t in SENSITIVITY_GRID.items()})
        columns = cache.shared().memo("sensitivity", key, compute)
        return pd.DataFrame(columns, index=[v.claim_id for v in self.verdicts])

    @property
    def changing(self) -> pd.DataFrame:
        grid = self.sensitivity
        return grid[grid.nunique(axis=1) > 1]

    # -- mirror statistics ------------------------------------------------------------------------
    @cached_property
    def mirror(self) -> pd.DataFrame:
        from .external import mirror_pairs

        reference = self.metadata.reference
        return mirror_pairs(self.reference or [], reference.reporter if reference else "",
                            reference.mirror if reference else "")

    # -- tables --------------------------------------------------------------------------------
    def evidence_frame(self) -> pd.DataFrame:
        rows = []
        for v in self.verdicts:
            rows.append({
                "claim": v.claim_id, "verdict": f"{VERDICT_ICONS[v.verdict]} {VERDICT_LABELS[v.verdict]}",
                "quote": v.quote, "stated": v.stated, "computed": v.computed, "reading": v.reading,
                "figures used": ", ".join(v.figures_used),
                "explanation": v.explanation, "note": v.note,
            })
        return pd.DataFrame(rows)


def figures_frame(inputs: Inputs, tolerances: Tolerances) -> pd.DataFrame:
    """Each figure with the intervals it stands for under the given tolerances: strict, and loose when it has one."""
    context = Context(inputs.figures, tolerances, inputs.metadata)
    rows = []
    for f in inputs.figures.values():
        readings = {r.name: r for r in context.readings(f.id)}
        strict = readings["strict"]
        loose = readings.get("loose") or readings.get("increase")
        dimension = f.unit.dimension
        # a printed number's ends lie half a unit of its last digit away: one digit more shows them ('£512.4m' is
        # £512.35m to £512.45m, never '£512.4m to £512.4m')
        ends = f.printed.decimals + 1 if f.qualifier == "none" and f.unit.kind != "year" and not f.printed.word \
            and f.printed.high is None else None  # a hedge's or a range's ends keep the usual places
        rows.append({
            "id": f.id, "entity": f.entity, "metric": f.metric, "period": str(f.period),
            "as printed": context.show(f.id),
            "interval": format_interval(Interval(strict.lo, strict.hi, strict.point), dimension, ends, f.unit),
            "other reading": (format_interval(Interval(loose.lo, loose.hi, loose.point), dimension, ends, f.unit)
                              if loose else ""),
            "quote": f.quote,
        })
    return pd.DataFrame(rows)


def write_verdicts(table: pd.DataFrame, path) -> None:
    """verdicts.csv: UTF-8, Unix line ends, no index, so that equal verdicts give equal bytes."""
    Path(path).parent.mkdir(parents=True, exist_ok=True)
    table.to_csv(path, index=False, lineterminator="\n", encoding="utf-8")


def write_outputs(report: Report, folder) -> None:
    """The machine-readable results beside the report: verdicts.csv and claimreview.json."""
    from .claimreview import write_claimreview

    write_verdicts(report.table, Path(folder) / "verdicts.csv")
    write_claimreview(report, Path(folder) / "claimreview.json")
