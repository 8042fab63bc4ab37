"""The report's sections as HTML: summary, annotated article, evidence, sensitivity, corrections, method.

Every piece of article or data text passes through `html.escape`.
"""

from __future__ import annotations

import html
from collections import Counter
from dataclasses import dataclass

import pandas as pd

from .checks import Context, Verdict
from .config import SENSITIVITY_GRID, Tolerances
from .engine import check_claims, check_externally, verdict_table
from .formatting import format_interval
from .load import Inputs
from .rounding import QUALIFIER_SIDES
from .style import (EXTERNAL_COLORS, EXTERNAL_ICONS, EXTERNAL_LABELS, VERDICT_COLORS, VERDICT_ICONS, VERDICT_LABELS,
                    VERDICT_SEVERITY)

esc = html.escape


@dataclass
class Report:
    inputs: Inputs
    tolerances: Tolerances
    verdicts: list[Verdict]
    context: Context
    external: list | None = None
    reference: list | None = None
    settles: dict | None = None

    @classmethod
    def build(cls, inputs: Inputs, tolerances: Tolerances, reference=None, external_checks=None) -> "Report":
        verdicts = check_claims(inputs, tolerances)
        context = Context(inputs.figures, tolerances)
        report = cls(inputs, tolerances, verdicts, context)
        if reference:
            from .external import load_reference, load_special_checks

            report.reference = load_reference(reference)
            settles = {}
            if external_checks:
                settles = load_special_checks(external_checks, context, set(inputs.claims.id))[1]
            report.settles = settles
            report.external = check_externally(inputs, verdicts, reference, external_checks, tolerances)
        return report

    @property
    def table(self) -> pd.DataFrame:
        return verdict_table(self.verdicts, self.external)

    @property
    def title(self) -> str:
        return self.inputs.article.strip().splitlines()[0].strip()

    def title_html(self) -> str:
        source = self.inputs.paths["article"].name
        return (f"<h1>Claim check: {esc(self.title)}</h1><p class='byline'>Every number and claim of "
                f"<code>{esc(source)}</code>, checked against the article's own arithmetic.</p>")

    def save_charts(self, grid: pd.DataFrame, folder) -> dict:
        """Draw every chart, save it as PNG and SVG into `folder`, and return them by name."""
        from pathlib import Path

        drawn = {chart.name: chart for chart in self.chart_list(grid)}
        for chart in drawn.values():
            chart.save(Path(folder))
        return drawn

    # -----------------------------------------------------------------------------------------
    def badge(self, v: Verdict, with_tip: bool = True) -> str:
        tip = f'<span class="tip" role="tooltip">{esc(VERDICT_LABELS[v.verdict])}: {esc(v.explanation)}</span>' if with_tip else ""
        return (f'<span class="badge v-{v.verdict}" tabindex="0" aria-label="{esc(v.claim_id)}: '
                f'{esc(VERDICT_LABELS[v.verdict])}. {esc(v.explanation)}"><span class="icon" aria-hidden="true">'
                f'{VERDICT_ICONS[v.verdict]}</span>{esc(v.claim_id)}{tip}</span>')

    def summary_html(self) -> str:
        counts = Counter(v.verdict for v in self.verdicts)
        items = "".join(
            f'<li><span class="chip v-{k}"><span aria-hidden="true">{VERDICT_ICONS[k]}</span> {VERDICT_LABELS[k]}</span> '
            f"<strong>{counts.get(k, 0)}</strong></li>" for k in VERDICT_COLORS
        )
        wrong = [v for v in self.verdicts if v.verdict == "inconsistent"]
        findings = "".join(
            f"<li>{self.badge(v, with_tip=False)} <q>{esc(v.quote)}</q><br><span class='arith'>{esc(v.explanation)}</span></li>"
            for v in wrong
        )
        checkable = sum(counts.get(k, 0) for k in ("consistent", "consistent_within_rounding", "inconsistent"))
        lead = (f"We checked <strong>{len(self.verdicts)} claims</strong>. {checkable} can be checked against the "
                f"article's own numbers: {counts.get('consistent', 0)} hold, {counts.get('consistent_within_rounding', 0)} "
                f"hold only within rounding, and <strong>{len(wrong)} are contradicted by the article's own numbers</strong>. "
                f"{counts.get('unverifiable', 0)} need outside data and {counts.get('opinion', 0)} are opinion.")
        if self.external:
            outside = Counter(x.verdict for x in self.external)
            lead += (f" Against {len(self.reference)} independent figures, {outside.get('supported', 0)} claims are supported, "
                     f"{outside.get('contradicted', 0)} contradicted and {outside.get('mixed', 0)} mixed; "
                     f"{outside.get('no_source', 0)} have no source (see <a href='#What-independent-sources-say'>What "
                     "independent sources say</a>).")
        return (f'<section class="summary"><p class="lead">{lead}</p><ul class="counts">{items}</ul>'
                f"<h3>What the article's own numbers contradict</h3><ol class='findings'>{findings or '<li>Nothing.</li>'}</ol></section>")

    def annotated_article_html(self) -> str:
        article = self.inputs.article
        claims = self.inputs.claims
        spans = [(int(row.start), int(row.start) + len(row.quote), v) for row, v in zip(claims.itertuples(), self.verdicts)]
        bounds = sorted({0, len(article), *(s for s, _, _ in spans), *(e for _, e, _ in spans)})
        ending: dict[int, list[Verdict]] = {}
        for _, end, v in spans:
            ending.setdefault(end, []).append(v)
        pieces = []
        for a, b in zip(bounds, bounds[1:]):
            covering = [v for s, e, v in spans if s <= a and b <= e]
            text = esc(article[a:b])
            if covering:
                worst = min(covering, key=lambda v: VERDICT_SEVERITY.index(v.verdict))
                ids = " ".join(v.claim_id for v in covering)
                hover = " | ".join(f"{v.claim_id} {VERDICT_LABELS[v.verdict]}: {v.explanation}" for v in covering)
                pieces.append(f'<mark class="v-{worst.verdict}" data-claims="{esc(ids)}" title="{esc(hover)}">{text}</mark>')
            else:
                pieces.append(text)
            pieces.extend(self.badge(v) for v in ending.get(b, []))
        notes = "".join(
            f'<li id="note-{esc(v.claim_id)}"><span class="chip v-{v.verdict}">{VERDICT_ICONS[v.verdict]} {esc(v.claim_id)}</span> '
            f"<em>{esc(VERDICT_LABELS[v.verdict])}.</em> {esc(v.explanation)}</li>" for v in self.verdicts
        )
        legend = " ".join(f'<span class="chip v-{k}">{VERDICT_ICONS[k]} {VERDICT_LABELS[k]}</span>' for k in VERDICT_COLORS)
        return (f'<div class="legend">{legend}</div><div class="article">{"".join(pieces)}</div>'
                f'<h3 class="print-only">Notes</h3><ol class="notes print-only">{notes}</ol>')

    # -----------------------------------------------------------------------------------------
    def figure_trace(self, figure_id: str) -> str:
        f = self.inputs.figures[figure_id]
        return f"{figure_id} = {self.context.show(figure_id)} (\u201c{f.quote}\u201d)"

    def evidence_frame(self) -> pd.DataFrame:
        rows = []
        for v in self.verdicts:
            rows.append({
                "claim": v.claim_id, "verdict": f"{VERDICT_ICONS[v.verdict]} {VERDICT_LABELS[v.verdict]}",
                "quote": v.quote, "stated": v.stated, "computed": v.computed,
                "figures used": "; ".join(self.figure_trace(f) for f in v.figures_used),
                "explanation": v.explanation,
            })
        return pd.DataFrame(rows)

    def evidence_table_html(self) -> str:
        """The plain table for paper: figures by id (the numbers table gives their words); explanations are in the notes."""
        head = "".join(f"<th>{h}</th>" for h in ("claim", "verdict", "quote", "stated", "computed", "figures used"))
        body = []
        for v in self.verdicts:
            cells = [
                f'<td class="id">{esc(v.claim_id)}</td>',
                f'<td><span class="chip v-{v.verdict}">{VERDICT_ICONS[v.verdict]} {esc(VERDICT_LABELS[v.verdict])}</span></td>',
                f"<td>\u201c{esc(v.quote)}\u201d</td>", f"<td>{esc(v.stated)}</td>", f"<td>{esc(v.computed)}</td>",
                f'<td class="ids">{esc(", ".join(v.figures_used))}</td>',
            ]
            body.append(f'<tr id="evidence-{esc(v.claim_id)}">{"".join(cells)}</tr>')
        widths = "".join(f'<col style="width:{w}%">' for w in (7, 14, 31, 14, 14, 20))
        return (f'<div class="print-only"><table class="plain evidence"><colgroup>{widths}</colgroup><thead><tr>{head}</tr></thead>'
                f'<tbody>{"".join(body)}</tbody></table></div>')

    def figures_table_html(self) -> str:
        rows = []
        for f in self.inputs.figures.values():
            q = self.context.quantity(f.id)
            rows.append(f'<tr id="figure-{esc(f.id)}"><td class="id">{esc(f.id)}</td><td>{esc(f.entity)}</td>'
                        f"<td>{esc(f.metric)}</td><td>{f.year}</td><td>{esc(self.context.show(f.id))}</td>"
                        f"<td>{esc(format_interval(q.interval, q.unit))}</td><td>\u201c{esc(f.quote)}\u201d</td></tr>")
        head = "".join(f"<th>{h}</th>" for h in ("id", "entity", "metric", "year", "as printed", "interval", "quote"))
        widths = "".join(f'<col style="width:{w}%">' for w in (17, 10, 12, 6, 11, 17, 27))
        return (f'<table class="plain figures"><colgroup>{widths}</colgroup><thead><tr>{head}</tr></thead>'
                f'<tbody>{"".join(rows)}</tbody></table>')

    # -----------------------------------------------------------------------------------------
    def sensitivity_grid(self) -> pd.DataFrame:
        """Each claim's verdict under each tolerance setting, from strict to lenient."""
        columns = {name: [v.verdict for v in check_claims(self.inputs, tol)] for name, tol in SENSITIVITY_GRID.items()}
        return pd.DataFrame(columns, index=[v.claim_id for v in self.verdicts])

    def sensitivity_html(self, grid: pd.DataFrame) -> str:
        changing = grid[grid.nunique(axis=1) > 1]
        settings = "".join(
            f"<li><strong>{esc(name)}</strong>: rounding {'on' if t.rounding else 'off'}, nearly {t.nearly:g}, "
            f"just over {t.just_over:g}, approximately {t.approximately:g}, steady {t.steady:g}</li>"
            for name, t in SENSITIVITY_GRID.items()
        )
        head = "".join(f"<th>{esc(c)}</th>" for c in grid.columns)
        body = "".join(
            f'<tr><td class="id">{esc(claim)}</td>' + "".join(
                f'<td><span class="chip v-{grid.loc[claim, s]}">{VERDICT_ICONS[grid.loc[claim, s]]} {VERDICT_LABELS[grid.loc[claim, s]]}</span></td>'
                for s in grid.columns) + "</tr>"
            for claim in changing.index
        )
        steady_wrong = [c for c in grid.index if (grid.loc[c] == "inconsistent").all()]
        return (f"<p>The engine was run {len(grid.columns)} times, once per setting:</p><ul>{settings}</ul>"
                f"<p>{len(changing)} of {len(grid)} verdicts change across the settings (table below). "
                f"Inconsistent under every setting, even the most lenient: <strong>{esc(', '.join(steady_wrong) or 'none')}</strong>.</p>"
                f'<table class="plain sensitivity"><colgroup><col style="width:10%">'
                + "".join(f'<col style="width:{90 / len(grid.columns):.0f}%">' for _ in grid.columns)
                + f'</colgroup><thead><tr><th>claim</th>{head}</tr></thead><tbody>{body}</tbody></table>')

    def corrections_html(self) -> str:
        items = "".join(
            f"<li>{self.badge(v, with_tip=False)} The article says <q>{esc(v.quote)}</q>. "
            f"<strong>{esc(v.correction)}</strong></li>" for v in self.verdicts if v.verdict == "inconsistent"
        )
        return f'<ol class="corrections">{items or "<li>No corrections: nothing is inconsistent.</li>"}</ol>'

    def method_html(self) -> str:
        t = self.tolerances
        hedges = ", ".join(f"<em>{esc(q)}</em> ({side})" for q, side in QUALIFIER_SIDES.items() if side)
        verdicts = "".join(
            f'<li><span class="chip v-{k}">{VERDICT_ICONS[k]} {VERDICT_LABELS[k]}</span> {esc(text)}</li>'
            for k, text in {
                "consistent": "the article's own figures reproduce the stated value at its stated precision;",
                "consistent_within_rounding": "the point values differ, but the stated and computed intervals overlap;",
                "inconsistent": "the intervals do not overlap: the article's own numbers contradict it;",
                "unverifiable": "nothing in the article settles it; it needs outside data;",
                "opinion": "a judgement or speculation, not a checkable fact.",
            }.items()
        )
        return (
            f"<p><strong>Extraction.</strong> Each of the article's {len(self.inputs.figures)} numbers is a row of "
            "<code>data/figures.csv</code> with the exact words that state it; each of its "
            f"{len(self.verdicts)} claims is a row of <code>data/claims.csv</code> with its exact quote and the kind of check "
            "that applies. Loading refuses any quote not found verbatim in the article and any number that differs from its quote.</p>"
            "<p><strong>Rounding.</strong> A stated number carries the precision of its last digit: $94.8 billion is "
            "94.75 to 94.85. Hedges widen it by a fraction of its value: "
            f"{hedges}; here nearly {t.nearly:g}, just over {t.just_over:g}, approximately {t.approximately:g}, "
            f"and 'steady' means unchanged within {t.steady:g}. Derived values are computed as intervals.</p>"
            f"<p><strong>Verdicts.</strong></p><ul class='verdict-defs'>{verdicts}</ul>"
            "<p><strong>Limits.</strong> The checks test the article against itself, not against the world: a figure "
            "that is wrong but agrees with the article's other figures passes. The reading of a claim (which figures it "
            "uses, what 'steady' or 'largest' covers) is written in the claims table and shown with each verdict.</p>"
        )

    # -- independent evidence ------------------------------------------------------------------
    def external_chip(self, name: str) -> str:
        return f'<span class="chip x-{name}">{EXTERNAL_ICONS[name]} {EXTERNAL_LABELS[name]}</span>'

    def _link_rows(self, text: str) -> str:
        """Escape a basis and turn each reference id in it into a link to its source row."""
        import re

        return re.sub(r"\bR\d{2}\b", lambda m: f'<a href="#source-{m.group(0)}">{m.group(0)}</a>', esc(text))

    def independent_html(self) -> str:
        if not self.external:
            return "<p>No reference table was given for this article, so nothing was checked against outside sources.</p>"
        counts = Counter(x.verdict for x in self.external)
        lead = ", ".join(f"{self.external_chip(k)} {counts.get(k, 0)}" for k in EXTERNAL_COLORS)
        rows = "".join(
            f'<tr><td class="id">{esc(v.claim_id)}</td><td><span class="chip v-{v.verdict}">{VERDICT_ICONS[v.verdict]} '
            f"{esc(VERDICT_LABELS[v.verdict])}</span></td><td>{self.external_chip(x.verdict)}</td>"
            f"<td>\u201c{esc(v.quote)}\u201d</td><td>{self._link_rows(x.basis)}</td></tr>"
            for v, x in zip(self.verdicts, self.external) if x.verdict != "no_source" or v.verdict != "opinion"
        )
        widths = "".join(f'<col style="width:{w}%">' for w in (7, 13, 12, 22, 46))
        return (f"<p>Each claim against {len(self.reference)} figures compiled from public reports ({lead}). The article "
                "names China's customs (GACC) as its source, so a figure is judged against rows attributed to GACC "
                "where any exist; other reporters' rows are listed but not counted. Opinions are left out.</p>"
                f'<table class="plain external"><colgroup>{widths}</colgroup><thead><tr><th>claim</th><th>against the article</th>'
                f"<th>against sources</th><th>quote</th><th>basis (source rows)</th></tr></thead><tbody>{rows}</tbody></table>")

    def mirror_frame(self) -> pd.DataFrame:
        from .external import mirror_pairs

        return mirror_pairs(self.reference or [])

    def whose_numbers_html(self) -> str:
        if not self.reference:
            return "<p>No reference table was given for this article.</p>"
        pairs = self.mirror_frame()
        widest = pairs.loc[pairs.ratio.idxmax()] if len(pairs) else None
        example = (f"The widest gap here is {widest.partner}'s {widest.period} {widest.flow}: China's customs record "
                   f"{widest.ratio:.1f} times what {widest.partner}'s own statistics do "
                   f"({widest.gacc_id} against {widest.national_id}). " if widest is not None else "")
        body = "".join(
            f'<tr><td>{esc(r.partner)}</td><td>{esc(r.period)}</td><td>{esc(r.flow)}</td>'
            f'<td><a href="#source-{r.gacc_id}">{r.gacc_id}</a> ${r.gacc:,.2f}bn</td>'
            f'<td><a href="#source-{r.national_id}">{r.national_id}</a> ${r.national:,.2f}bn</td>'
            f"<td>{r.gap:+,.2f}bn</td><td>{r.ratio:.2f}×</td></tr>" for r in pairs.itertuples()
        )
        return (
            "<p>China's customs and the partner countries' own statistical offices record the same trade, and their "
            "figures can differ severalfold. The notes that come with the reference table call this a known "
            "phenomenon of mirror trade statistics (transit, re-exports, valuation, temporary imports), not a typo "
            "(<code>data/reference/README.upstream.md</code>): an export is valued as it leaves and an import as it "
            "arrives, and goods routed through a third country, re-exported or only temporarily imported are "
            f"booked differently by each side. {esc(example)}The article uses China's figures throughout: its "
            "rankings, totals and growth rates would read differently in the partners' own numbers. Each pair below "
            "is one GACC row beside one national row for the same partner, period and flow; conflicting rows are "
            "paired separately, never averaged.</p>"
            '<table class="plain mirror"><thead><tr><th>partner</th><th>period</th><th>flow</th><th>China\'s customs (GACC)</th>'
            f"<th>partner's statistics</th><th>gap</th><th>ratio</th></tr></thead><tbody>{body}</tbody></table>"
        )

    def sources_html(self) -> str:
        if not self.reference:
            return ""
        rows = "".join(
            f'<tr id="source-{r.id}"><td class="id">{r.id}</td><td>{esc(r.reporter)}</td><td>{esc(r.partner)}</td>'
            f"<td>{esc(r.year)}</td><td>{esc(r.flow.replace('_', ' '))}</td><td>{r.value:g} {esc(r.unit)}</td>"
            f'<td><a href="{esc(r.address)}" title="{esc(r.quote)}">{esc(r.producer)}</a></td>'
            f"<td class='quote'>\u201c{esc(r.quote)}\u201d</td></tr>" for r in self.reference
        )
        widths = "".join(f'<col style="width:{w}%">' for w in (5, 8, 12, 8, 10, 8, 14, 35))
        return (f'<table class="plain sources"><colgroup>{widths}</colgroup><thead><tr><th>id</th><th>reporter</th><th>partner</th>'
                "<th>period</th><th>flow</th><th>value</th><th>published by</th><th>quote</th></tr></thead>"
                f"<tbody>{rows}</tbody></table>")

    def open_questions_html(self) -> str:
        claims = self.inputs.claims.set_index("id")
        items = []
        for index, v in enumerate(self.verdicts):
            outside = self.external[index].verdict if self.external else "no_source"
            if v.verdict == "unverifiable" and outside == "no_source":
                needs = claims.loc[v.claim_id, "needs"] or (self.settles or {}).get(v.claim_id, "")
                items.append(f"<li>{self.badge(v, with_tip=False)} <q>{esc(v.quote)}</q>: it would take "
                             f"{esc(needs)}.</li>")
        return f'<ol class="open">{"".join(items) or "<li>None: every unverifiable claim found an outside source.</li>"}</ol>'

    def chart_list(self, grid: pd.DataFrame) -> list:
        from . import charts  # matplotlib is imported only by the notebook that draws

        result = [
            charts.verdict_overview(self.verdicts),
            charts.trade_by_partner(self.verdicts, self.context),
            charts.balance_by_partner(self.verdicts, self.context),
            charts.change_2023_2024(self.verdicts, self.context),
            charts.parts_against_total(self.verdicts, self.context),
        ]
        changing = grid[grid.nunique(axis=1) > 1]
        if len(changing):
            result.append(charts.sensitivity_chart(changing))
        if self.reference:
            result.append(charts.mirror_chart(self.mirror_frame()))
        return result


def chart_html(chart) -> str:
    return (f'<figure class="chart" id="chart-{esc(chart.name)}"><img src="{chart.svg_data_uri()}" alt="{esc(chart.alt)}">'
            f"<figcaption>{esc(chart.title)}. {esc(chart.source)}</figcaption></figure>")


def figures_frame(inputs: Inputs, tolerances: Tolerances) -> pd.DataFrame:
    """Each figure with the interval it stands for under the given tolerances."""
    context = Context(inputs.figures, tolerances)
    rows = []
    for f in inputs.figures.values():
        q = context.quantity(f.id)
        rows.append({"id": f.id, "entity": f.entity, "metric": f.metric, "year": f.year, "as printed": context.show(f.id),
                     "low": q.interval.lo, "high": q.interval.hi, "unit": q.unit, "quote": f.quote})
    return pd.DataFrame(rows)


def write_verdicts(table: pd.DataFrame, path) -> None:
    """verdicts.csv: UTF-8, Unix line ends, no index, so that equal verdicts give equal bytes."""
    from pathlib import Path

    Path(path).parent.mkdir(parents=True, exist_ok=True)
    table.to_csv(path, index=False, lineterminator="\n", encoding="utf-8")


def offline_table_setup() -> None:
    """Load the interactive-table library into the page itself, so the report needs no network."""
    import itables

    itables.init_notebook_mode(all_interactive=False, connected=False)


def interactive_table_html(frame: pd.DataFrame, table_id: str) -> str:
    """A sortable, filterable table for the screen; the plain table stands in for it on paper.

    Every cell is escaped here, and the verdict cell becomes its coloured chip.
    """
    import itables

    cells = frame.map(lambda value: esc(str(value)))
    if "verdict" in frame.columns:
        by_label = {f"{VERDICT_ICONS[k]} {VERDICT_LABELS[k]}": k for k in VERDICT_COLORS}
        cells["verdict"] = [f'<span class="chip v-{by_label[label]}">{esc(label)}</span>' for label in frame.verdict]
    table = itables.to_html_datatable(
        cells, table_id=table_id, connected=False, display_logo_when_loading=False, showIndex=False,
        pageLength=50, lengthMenu=[10, 25, 50, 100], classes="display compact", allow_html=True,
        columnDefs=[{"className": "dt-left", "targets": "_all"}],
    )
    return f'<div class="screen-only">{table}</div>'
