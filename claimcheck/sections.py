"""The report's sections: each a small builder that hands plain data to its Jinja2 template.

Templates live in templates/sections/, one per section, rendered with autoescape on: no builder
writes HTML or escapes anything itself. Every sentence comes from a template fed with the article's
data, or is quoted from the article or a source.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from functools import lru_cache

import pandas as pd
from markupsafe import Markup, escape

from .config import SENSITIVITY_GRID
from .formatting import format_value
from .kinds import Context
from .quantities import parse_unit
from .readings import OPEN_QUALIFIERS, QUALIFIER_SIDES
from .report import Report, figures_frame
from .style import (EXTERNAL_COLORS, EXTERNAL_ICONS, EXTERNAL_LABELS, VERDICT_COLORS, VERDICT_ICONS, VERDICT_LABELS,
                    VERDICT_SEVERITY)

DEFINITIONS = {
    "consistent": "the numbers as printed reproduce the claim;",
    "consistent_within_rounding": "only some readings reproduce it: within the precision of the printed numbers, or "
                                  "only if a round number is read as rounded; the explanation names the reading;",
    "inconsistent": "no reading of the printed numbers reproduces it: the article's own numbers contradict it;",
    "unverifiable": "nothing in the article settles it, or the arithmetic it needs is undefined; it needs outside data;",
    "opinion": "a judgement or speculation, not a checkable fact.",
}
SIDES = {"below": "never above the number", "above": "never below the number", "both": "both ways"}


def _link_rows(text: str) -> Markup:
    """Escape a basis and turn each reference id in it into a link to its source row."""
    return Markup(re.sub(r"\bR\d{2,}\b", lambda m: f'<a href="#source-{m.group(0)}">{m.group(0)}</a>', str(escape(text))))


@lru_cache(maxsize=1)
def environment():
    import jinja2

    env = jinja2.Environment(loader=jinja2.PackageLoader("claimcheck", "templates/sections"), autoescape=True,
                             undefined=jinja2.StrictUndefined, trim_blocks=True, lstrip_blocks=True)
    env.globals.update(icons=VERDICT_ICONS, labels=VERDICT_LABELS, x_icons=EXTERNAL_ICONS, x_labels=EXTERNAL_LABELS,
                       verdict_order=list(VERDICT_COLORS))
    env.filters["link_rows"] = _link_rows
    return env


def render(template: str, **data) -> str:
    return environment().get_template(f"{template}.html.j2").render(**data)


def section(template: str, **data) -> str:
    """A whole section: rendered, in a box that JupyterLab's maths typesetting leaves alone (amounts such as
    "$12.5bn ... $10.4bn" are not LaTeX). Kept in the content cache under a hash of its template and data."""
    from . import cache

    key = cache.digest("section", template, sorted(data.items()))
    html = cache.shared().memo("section", key, lambda: render(template, **data), template)
    return f'<div class="tex2jax_ignore mathjax_ignore">{html}</div>'



# -- the sections -------------------------------------------------------------------------------------------

def title(report: Report) -> str:
    meta = report.metadata
    return section("title", headline=report.headline, publisher=meta.publisher, date_published=meta.date_published,
                  url=meta.url, reviewer=report.reviewer, review_date=meta.review.get("date", ""),
                  has_reference=bool(report.reference), article_file=report.inputs.paths["article"].name,
                  draft=report.is_draft, unreviewed=len(report.unreviewed))


def summary(report: Report) -> str:
    counts = Counter(v.verdict for v in report.verdicts)
    counts = {k: counts.get(k, 0) for k in VERDICT_COLORS}
    checkable = counts["consistent"] + counts["consistent_within_rounding"] + counts["inconsistent"]
    external = Counter(x.verdict for x in report.external) if report.external else None
    return section("summary", total=len(report.verdicts), counts=counts, checkable=checkable,
                  findings=report.findings, to_review=report.to_review,
                  external={k: external.get(k, 0) for k in EXTERNAL_COLORS} if external else None,
                  reference_count=len(report.reference or []))


def article(report: Report) -> str:
    text = report.inputs.article
    spans = [(int(row.start), int(row.start) + len(row.quote), v)
             for row, v in zip(report.inputs.claims.itertuples(), report.verdicts)]
    bounds = sorted({0, len(text), *(s for s, _, _ in spans), *(e for _, e, _ in spans)})
    ending: dict[int, list] = {}
    for _, end, v in spans:
        ending.setdefault(end, []).append(v)
    pieces = []
    for a, b in zip(bounds, bounds[1:]):
        covering = [v for s, e, v in spans if s <= a and b <= e]
        mark = None
        if covering:
            worst = min(covering, key=lambda v: VERDICT_SEVERITY.index(v.verdict))
            mark = {"verdict": worst.verdict, "ids": " ".join(v.claim_id for v in covering),
                    "title": " | ".join(f"{v.claim_id} {VERDICT_LABELS[v.verdict]}: {v.explanation}" for v in covering)}
        pieces.append({"text": text[a:b], "mark": mark, "badges": ending.get(b, [])})
    return section("article", pieces=pieces, verdicts=report.verdicts)


def corrections(report: Report) -> str:
    return section("corrections", findings=report.findings)


def review(report: Report) -> str:
    """For a draft: the would-be contradictions to check, never as findings."""
    return section("review", unreviewed=report.unreviewed, to_review=report.to_review) if report.is_draft else ""


def evidence(report: Report) -> str:
    return section("evidence", verdicts=report.verdicts)


def chart(drawn) -> str:
    return section("chart", name=drawn.name, src=drawn.svg_data_uri(), alt=drawn.alt, title=drawn.title,
                   source=drawn.source, axis=drawn.axis, marks=drawn.marks)


def charts(drawn: list, notes: list[str]) -> str:
    return section("charts", charts=[Markup(chart(c)) for c in drawn], notes=notes)


def sensitivity(report: Report) -> str:
    grid = report.sensitivity
    settings = []
    for name, t in SENSITIVITY_GRID.items():
        digits = ("every printed number exact" if not t.rounding else
                  "printed digits exact" if t.readings == "strict" else
                  f"printed digits, or trailing zeros as rounding (up to ±{t.loose_cap:.0%})")
        settings.append({"name": name, "description": f"{digits}; nearly {t.nearly:g}, just over {t.just_over:g}, "
                                                       f"approximately {t.approximately:g}, open bounds as inputs "
                                                       f"{t.open_bound:g}, steady {t.steady:g}"})
    changing = report.changing
    rows = [{"claim": claim, "verdicts": list(changing.loc[claim])} for claim in changing.index]
    always_wrong = [c for c in grid.index if (grid.loc[c] == "inconsistent").all()]
    reading_dependent = [c for c in grid.index
                         if grid.loc[c, "printed digits"] == "inconsistent" and grid.loc[c, "default"] != "inconsistent"]
    return section("sensitivity", settings=settings, changing=rows, total=len(grid), always_wrong=always_wrong,
                  reading_dependent=reading_dependent)


def independent(report: Report) -> str:
    rows = []
    if report.external:
        for v, x in zip(report.verdicts, report.external):
            if x.verdict != "no_source" or v.verdict != "opinion":
                rows.append({"claim_id": v.claim_id, "verdict": v.verdict, "external": x.verdict, "quote": v.quote,
                             "basis": x.basis})
    counts = Counter(x.verdict for x in report.external or [])
    reference = report.metadata.reference
    return section("independent", rows=rows, reference_count=len(report.reference or []),
                  counts=[(k, counts.get(k, 0)) for k in EXTERNAL_COLORS],
                  reporter=reference.reporter if reference else "", cites=report.metadata.cites)


def _money(value: float, unit: str) -> str:
    return format_value(value, parse_unit(unit).dimension)


def whose_numbers(report: Report) -> str:
    reference = report.metadata.reference
    pairs = report.mirror
    shown, widest = [], None
    for p in pairs.itertuples():
        ratio = "undefined (a zero)" if not math.isfinite(p.ratio) else f"{p.ratio:.2f}×"
        shown.append({"entity": p.entity, "period": p.period, "metric": p.metric, "cited_id": p.cited_id,
                      "cited": _money(p.cited, p.unit), "mirror_id": p.mirror_id, "mirror": _money(p.mirror, p.unit),
                      "gap": ("+" if p.gap >= 0 else "") + _money(p.gap, p.unit), "ratio": ratio})
    finite = pairs[pairs.ratio.map(lambda r: math.isfinite(r))] if len(pairs) else pairs
    if len(finite):
        top = finite.loc[finite.ratio.idxmax()]
        widest = {"entity": top.entity, "metric": top.metric, "period": top.period, "ratio": f"{top.ratio:.1f}",
                  "cited_id": top.cited_id, "mirror_id": top.mirror_id}
    return section("whose_numbers", pairs=shown, widest=widest, has_reference=bool(report.reference),
                  reporter=reference.reporter if reference else "", mirror=reference.mirror if reference else "",
                  cites=report.metadata.cites, note=reference.note if reference else "",
                  note_source=reference.note_source if reference else "")


def open_questions(report: Report) -> str:
    claims = report.inputs.claims.set_index("id")
    items = []
    for v in report.verdicts:
        outside = report.external_of(v)
        if v.verdict == "unverifiable" and (outside is None or outside.verdict == "no_source"):
            needs = claims.loc[v.claim_id, "needs"] or report.settles.get(v.claim_id, "") or "data from outside the article"
            items.append({"verdict": v, "needs": needs})
    return section("open_questions", items=items, has_reference=bool(report.reference))


def numbers(report: Report) -> str:
    frame = figures_frame(report.inputs, report.tolerances)
    return section("numbers", figures=frame.to_dict("records"), any_other=bool((frame["other reading"] != "").any()))


def sources(report: Report) -> str:
    rows = [{"id": r.id, "reporter": r.reporter, "entity": r.entity, "period": r.period_label,
             "flow": r.flow.replace("_", " "), "value": f"{r.value:g} {r.unit}", "address": r.address,
             "producer": r.producer, "quote": r.quote} for r in report.reference or []]
    return section("sources", rows=rows)


def _ends(shown: str) -> str:
    """'$12.50bn ($12.45bn to $12.55bn)' -> '$12.45bn to $12.55bn': an interval by its ends."""
    match = re.search(r"\((.*) to (.*)\)$", shown)
    return f"{match[1]} to {match[2]}" if match else shown


def method(report: Report) -> str:
    t = report.tolerances
    paths = report.inputs.paths
    frame = figures_frame(report.inputs, t)
    amounts = frame[~frame["as printed"].str.contains("%")] if len(frame) else frame
    example = amounts.iloc[0] if len(amounts) else (frame.iloc[0] if len(frame) else None)
    loose = frame[frame["other reading"] != ""]
    whole = next((f.id for f in report.inputs.figures.values() if f.printed.whole and f.qualifier == "none"), None)
    grouped: dict[tuple, list[str]] = {}
    for word, side in QUALIFIER_SIDES.items():
        if side:
            grouped.setdefault((side, word in OPEN_QUALIFIERS), []).append(word)
    hedges = [{"word": ", ".join(words), "side": SIDES[side] + (", open" if open_bound else "")}
              for (side, open_bound), words in grouped.items()]
    widths = (f"nearly {t.nearly:g}, just over {t.just_over:g}, approximately {t.approximately:g} of the value; "
              f"'more than X' has no upper end where it is the claim, and reaches {1 + t.open_bound:g} times X where it "
              f"feeds arithmetic; 'steady' means a change within ±{t.steady:g}")
    return section(
        "method", figure_count=len(report.inputs.figures), claim_count=len(report.verdicts),
        figures_file=paths["figures"].name, claims_file=paths["claims"].name,
        metadata_file=paths["metadata"].name if "metadata" in paths else "",
        example={"printed": example["as printed"], "strict": _ends(example["interval"])} if example is not None else None,
        loose_example={"printed": loose.iloc[0]["as printed"], "loose": _ends(loose.iloc[0]["other reading"])}
        if len(loose) else None,
        whole_example=Context(report.inputs.figures, t, report.inputs.metadata).show(whole) if whole else "",
        loose_cap=f"{t.loose_cap:.0%}", hedges=hedges, widths=widths, definitions=list(DEFINITIONS.items()),
        has_reference=bool(report.reference), missing=report.metadata.missing())


def claimreview(report: Report) -> str:
    from .claimreview import claim_reviews

    return render("claimreview", reviews=claim_reviews(report))


# -- interactive tables (screen only; the plain tables stand in on paper) ----------------------------------

def offline_table_setup() -> None:
    """Load the interactive-table library into the page itself, so the report needs no network."""
    import itables

    itables.init_notebook_mode(all_interactive=False, connected=False)


def interactive_table(frame: pd.DataFrame, table_id: str) -> str:
    """A sortable, searchable table with whole cells; every cell is escaped, the verdict cell becomes its chip."""
    import itables

    cells = frame.map(lambda value: str(escape(str(value))))
    if "verdict" in frame.columns:
        by_label = {f"{VERDICT_ICONS[k]} {VERDICT_LABELS[k]}": k for k in VERDICT_COLORS}
        cells["verdict"] = [render("verdict_chip", verdict=by_label[label]) if label in by_label else str(escape(label))
                            for label in frame.verdict]
    table = itables.to_html_datatable(
        cells, table_id=table_id, connected=False, display_logo_when_loading=False, showIndex=False,
        pageLength=50, lengthMenu=[10, 25, 50, 100], classes="display compact", allow_html=True,
        columnDefs=[{"className": "dt-left", "targets": "_all"}],
    )
    return section("screen_only", content=Markup(table))
