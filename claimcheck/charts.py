"""The report's charts, each chosen by what the article's data holds.

A chart is drawn only when the data can fill it; otherwise it is left out with a one-line note.
Titles, axes, units, periods, entity names and alt text come from the figures and the article's
metadata. File names are neutral and stable: verdicts, levels, parts, changes, signs,
sensitivity, mirror.
"""

from __future__ import annotations

import ast
import base64
import io
from collections import Counter, defaultdict
from dataclasses import dataclass
from pathlib import Path

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402
import pandas as pd  # noqa: E402
import seaborn as sns  # noqa: E402

from .expressions import parse  # noqa: E402
from .formatting import SHORT_SCALES, currency_name, format_value, ordinal  # noqa: E402
from .kinds import KINDS  # noqa: E402
from .quantities import SCALE_WORDS, Dimension, parse_unit  # noqa: E402
from .report import Report  # noqa: E402
from .style import FLOW_COLORS, VERDICT_COLORS, VERDICT_ICONS, VERDICT_LABELS  # noqa: E402

SOURCE = "Source: the article's own figures; arithmetic by claimcheck."
MAX_PANELS = 4
plt.rcParams.update({
    "svg.hashsalt": "claimcheck",  # fixed ids in SVG output, so rebuilds are byte-identical
    "svg.fonttype": "none",  # text stays text: searchable, and set in the page's own font
    "font.family": "DejaVu Sans",
    "font.size": 9,
    "axes.titlesize": 11,
    "axes.titleweight": "bold",
})
sns.set_theme(style="whitegrid", rc=dict(plt.rcParams))
PALETTE = sns.color_palette("colorblind", 10)


@dataclass
class Chart:
    name: str
    title: str
    alt: str
    figure: plt.Figure
    axis: str = ""  # the value axis's label: what is counted, in which unit and currency
    source: str = SOURCE

    def svg(self) -> bytes:
        """The chart as SVG, drawn once and reused for the file and the page."""
        if not hasattr(self, "_svg"):
            buffer = io.BytesIO()
            self.figure.savefig(buffer, format="svg", metadata={"Date": None, "Creator": None})
            self._svg = buffer.getvalue()
        return self._svg

    def save(self, folder: Path) -> list[Path]:
        folder.mkdir(parents=True, exist_ok=True)
        png, svg = folder / f"{self.name}.png", folder / f"{self.name}.svg"
        self.figure.savefig(png, dpi=150, metadata={"Software": None})
        svg.write_bytes(self.svg())
        return [png, svg]

    def svg_data_uri(self) -> str:
        return "data:image/svg+xml;base64," + base64.b64encode(self.svg()).decode("ascii")

    @property
    def marks(self) -> int:
        """How many marks (bars, points, lines) the chart draws: never zero for a chart that is shown."""
        return sum(len(ax.patches) + len(ax.collections) + len(ax.lines) for ax in self.figure.axes)


# -- units on an axis ------------------------------------------------------------------------------------

def axis_scale(values, dimension: Dimension) -> tuple[float, str]:
    """How to show values of a dimension on an axis: the divisor and the axis label."""
    largest = max((abs(v) for v in values), default=0)
    if dimension.kind in ("money", "count"):
        size, word = 1.0, ""
        for name, scale in SHORT_SCALES:
            if largest >= scale:
                size, word = scale, SCALE_WORDS[name]
                break
        what = currency_name(dimension.code) if dimension.kind == "money" else dimension.code
        return size, f"{what}, {word}s" if word else what
    return 1.0, {"percent": "percent", "pp": "percentage points", "ratio": "times", "rate": dimension.code.replace("/", " per ")
                 }.get(dimension.kind, "value")


def _finish(fig: plt.Figure, ax: plt.Axes, title: str, xlabel: str, ylabel: str, source: str = SOURCE) -> None:
    height = fig.get_size_inches()[1]
    fig.suptitle(title, x=0.01, y=1 - 0.08 / height, ha="left", va="top", fontsize=11, fontweight="bold", wrap=True)
    ax.set_xlabel(xlabel)
    ax.set_ylabel(ylabel)
    fig.text(0.01, 0.01, source, fontsize=7, color="#555555", ha="left", va="bottom")
    fig.tight_layout(rect=(0, 0.22 / height, 1, 1 - 0.18 / height))


def _log_axis(ax: plt.Axes) -> None:
    ax.set_xscale("log")
    ax.xaxis.set_major_locator(matplotlib.ticker.LogLocator(base=10, subs=(1.0, 2.0, 5.0)))
    ax.xaxis.set_major_formatter(matplotlib.ticker.FuncFormatter(lambda value, _: f"{value:g}"))
    ax.xaxis.set_minor_formatter(matplotlib.ticker.NullFormatter())


def _short(text: str, width: int = 70) -> str:
    return text if len(text) <= width else text[: width - 1].rstrip() + "…"


def _join(words: list[str]) -> str:
    return words[0] if len(words) == 1 else ", ".join(words[:-1]) + " and " + words[-1]


# -- verdicts -----------------------------------------------------------------------------------------------

def verdict_overview(report: Report) -> Chart:
    verdicts = report.verdicts
    counts = pd.Series([v.verdict for v in verdicts]).value_counts().reindex(list(VERDICT_COLORS)).fillna(0).astype(int)
    fig, ax = plt.subplots(figsize=(7.2, 2.6))
    labels = [f"{VERDICT_ICONS[k]} {VERDICT_LABELS[k]}" for k in counts.index]
    ax.barh(labels[::-1], counts.values[::-1], color=[VERDICT_COLORS[k] for k in counts.index][::-1])
    for i, value in enumerate(counts.values[::-1]):
        ax.annotate(str(value), (value, i), xytext=(4, 0), textcoords="offset points", va="center", fontsize=8)
    title = f"Verdicts on the article's {len(verdicts)} claims"
    _finish(fig, ax, title, "number of claims", "")
    alt = "Bar chart of claims per verdict: " + ", ".join(f"{VERDICT_LABELS[k]} {v}" for k, v in counts.items()) + "."
    return Chart("verdicts", title, alt, fig, "number of claims")


# -- levels: what the article states, entity by entity ---------------------------------------------------------

def levels(report: Report) -> Chart | str:
    meta = report.metadata
    groups: dict[tuple, list] = defaultdict(list)
    for f in report.inputs.figures.values():
        role = meta.role(f.entity) or "entity"
        if f.is_change or f.unit.kind in ("year", "ratio", "rate") or role in ("region", "group", "reporter"):
            continue
        groups[(role, f.period.label, f.unit.dimension)].append(f)
    groups = {key: figs for key, figs in groups.items() if len({f.entity for f in figs}) >= 2}
    if not groups:
        return "Levels by entity: left out, as the article states no two comparable levels for one period."
    (role, _, dimension), figures = max(groups.items(), key=lambda item: (len({f.entity for f in item[1]}), len(item[1])))
    period = figures[0].period
    metrics = list(dict.fromkeys(f.metric for f in figures))
    ctx = report.context
    by_entity: dict[str, list] = defaultdict(list)
    for f in figures:
        by_entity[f.entity].append(f)
    size, label = axis_scale([ctx.point(f.id) for f in figures], dimension)
    order = sorted(by_entity, key=lambda e: max(ctx.point(f.id) for f in by_entity[e]))
    bars = sum(len(figs) for figs in by_entity.values())
    fig, ax = plt.subplots(figsize=(7.2, 0.24 * bars + 0.25 * len(order) + 1.9))
    hedged, y, ticks = False, 0.0, []
    for entity in order:
        figs = sorted(by_entity[entity], key=lambda f: (metrics.index(f.metric), f.start))
        top = y
        for f in reversed(figs):
            point, (lo, hi) = ctx.point(f.id), ctx.interval(f.id)
            hedged = hedged or lo != hi
            same = [g for g in figs if g.metric == f.metric]
            ax.barh(y, point / size, height=0.85, color=PALETTE[metrics.index(f.metric) % 10],
                    hatch="//" if len(same) > 1 and same.index(f) > 0 else None,
                    xerr=[[(point - lo) / size], [(hi - point) / size]],
                    error_kw={"ecolor": "#333333", "capsize": 2, "elinewidth": 0.8})
            suffix = f" ({ordinal(same.index(f) + 1)} {f.metric} figure)" if len(same) > 1 else ""
            ax.annotate(ctx.show(f.id) + suffix, (hi / size, y), xytext=(4, 0), textcoords="offset points",
                        va="center", fontsize=6.5)
            y += 1
        ticks.append((top + y - 1) / 2)
        y += 0.7
    ax.set_yticks(ticks, order)
    ax.margins(x=0.28, y=0.02)
    handles = [matplotlib.patches.Patch(color=PALETTE[k % 10], label=m) for k, m in enumerate(metrics)]
    if len(metrics) > 1:
        ax.legend(handles=handles, loc="lower right", fontsize=7, frameon=True)
    counterpart = f" with {meta.counterpart}" if meta.counterpart and dimension.kind == "money" else ""
    title = f"{_join(metrics).capitalize()}{counterpart} by {role}, {period}, as the article states {'them' if len(metrics) > 1 else 'it'}"
    _finish(fig, ax, title, label + (" (whiskers: rounding and hedges)" if hedged else ""), "")
    alt = (f"Horizontal bars of {_join(metrics)} by {role} for {period}, as the article states them: "
           + "; ".join(f"{e}: " + ", ".join(f"{f.metric} {ctx.show(f.id)}" for f in by_entity[e]) for e in reversed(order))
           + ".")
    return Chart("levels", title, alt, fig, label)


# -- parts against the total they are checked against ---------------------------------------------------------

def _additive_terms(node: ast.AST, sign: int = 1) -> list[tuple[int, ast.AST]]:
    """The top-level terms of a sum, each with its sign: a - (b + c) is +a, -b, -c."""
    if isinstance(node, ast.BinOp) and isinstance(node.op, (ast.Add, ast.Sub)):
        right_sign = sign if isinstance(node.op, ast.Add) else -sign
        return _additive_terms(node.left, sign) + _additive_terms(node.right, right_sign)
    return [(sign, node)]


def _term_label(report: Report, node: ast.AST, with_metric: bool) -> str:
    """A part's name: its entity, with the metric where parts share an entity; '(implied)' for a computed part."""
    figures = report.inputs.figures
    names = [n.id for n in ast.walk(node) if isinstance(n, ast.Name) and n.id in figures]
    if isinstance(node, ast.Name) and node.id in figures:
        f = figures[node.id]
        return f"{f.entity} {f.metric}" if with_metric else f.entity
    entities = list(dict.fromkeys(figures[n].entity for n in names))
    return (entities[0] + " (implied)") if len(entities) == 1 else _short(report.context.describe(ast.unparse(node)), 28)


def _term_value(report: Report, claim, node: ast.AST) -> float:
    term = report.context.compile(ast.unparse(node), claim)
    point = {n: report.context.point(n) for n in term.names}
    point.update({name: 0.0 for name, _, _ in term.aux})
    return float(term.evaluate(point))


def parts(report: Report) -> Chart | str:
    claims = report.inputs.claims.set_index("id")
    candidates = []
    for v in report.verdicts:
        if KINDS[v.kind].chart != "parts" or v.computed_interval is None or v.verdict == "unverifiable":
            continue
        claim = claims.loc[v.claim_id]
        terms = _additive_terms(parse(claim.computed).body)
        if len(terms) < 2:
            continue
        stated = report.inputs.figures[claim.stated]
        role = report.metadata.role(stated.entity)
        candidates.append((role in ("region", "group"), len(terms), v, claim, terms, stated))
    if not candidates:
        return "Parts against totals: left out, as no total in the article is checked against two or more parts."
    candidates.sort(key=lambda c: (not c[0], -c[1], c[2].claim_id))
    shown, rest = candidates[:MAX_PANELS], candidates[MAX_PANELS:]
    columns = min(2, len(shown))
    rows = (len(shown) + columns - 1) // columns
    fig, axes = plt.subplots(rows, columns, figsize=(7.2, 3.3 * rows + 0.9), squeeze=False)
    alts, units = [], set()
    for ax, (_, _, v, claim, terms, stated) in zip(axes.ravel(), shown):
        dimension = stated.unit.dimension
        entities = [report.inputs.figures[node.id].entity for _, node in terms
                    if isinstance(node, ast.Name) and node.id in report.inputs.figures]
        with_metric = len(set(entities)) < len(entities)
        values = [(sign * _term_value(report, claim, node), _term_label(report, node, with_metric)) for sign, node in terms]
        size, label = axis_scale([abs(x) for x, _ in values] + [v.stated_interval.point], dimension)
        units.add(label)
        running, labels = 0.0, []
        for i, (value, name) in enumerate(values):
            bottom = running if value >= 0 else running + value
            ax.bar(i, abs(value) / size, bottom=bottom / size, color=PALETTE[0] if value >= 0 else FLOW_COLORS["imports"],
                   edgecolor="white")
            running += value
            labels.append(("− " if value < 0 else "") + name)
            ax.annotate(format_value(value, dimension), (i, (bottom + abs(value)) / size), xytext=(0, 2),
                        textcoords="offset points", ha="center", fontsize=6)
        computed, stated_i = v.computed_interval, v.stated_interval
        n = len(values)
        ax.bar(n, computed.point / size, color="#777777")
        ax.errorbar([n], [computed.point / size], yerr=[[(computed.point - computed.lo) / size], [(computed.hi - computed.point) / size]],
                    color="black", capsize=4)
        ax.bar(n + 1, stated_i.point / size, color="#222222")
        ax.errorbar([n + 1], [stated_i.point / size], yerr=[[(stated_i.point - stated_i.lo) / size], [(stated_i.hi - stated_i.point) / size]],
                    color="black", capsize=4)
        ax.set_xticks(range(n + 2), labels + ["sum of parts", "stated"], rotation=35, ha="right", fontsize=6.5)
        ax.set_ylabel(label, fontsize=7)
        ax.set_title(f"{v.claim_id}: {stated.entity} {stated.metric}, {stated.period}\n{VERDICT_ICONS[v.verdict]} "
                     f"{VERDICT_LABELS[v.verdict]}", fontsize=8.5, loc="left")
        alts.append(f"{v.claim_id}, {stated.entity} {stated.metric} {stated.period}: stated {format_value(stated_i.point, dimension)}; "
                    + ", ".join(f"{'minus ' if x < 0 else ''}{name} {format_value(abs(x), dimension)}" for x, name in values)
                    + f" sum to {format_value(computed.point, dimension)}; {VERDICT_LABELS[v.verdict]}")
    for ax in axes.ravel()[len(shown):]:
        ax.axis("off")
    title = "Parts against the total they are checked against (whiskers: rounding and hedges)"
    fig.suptitle(title, x=0.01, ha="left", fontsize=11, fontweight="bold")
    fig.text(0.01, 0.005, SOURCE + " Subtracted parts are drawn as steps down.", fontsize=7, color="#555555")
    fig.tight_layout(rect=(0, 0.03, 1, 0.95))
    note = f" Also checked as totals, not drawn: {', '.join(c[2].claim_id for c in rest)}." if rest else ""
    return Chart("parts", title, "Waterfalls of each total's parts, added and subtracted in order, beside the sum and the "
                 "stated total. " + "; ".join(alts) + "." + note, fig, "; ".join(sorted(units)))


# -- changes: earlier and later values behind each stated change ------------------------------------------------

CHANGE_FUNCTIONS = ("growth", "change", "multiple", "cagr", "pp")


def _change_rows(report: Report) -> list[dict]:
    claims = report.inputs.claims.set_index("id")
    figures, ctx = report.inputs.figures, report.context
    rows = []
    for v in report.verdicts:
        if KINDS[v.kind].chart != "changes":
            continue
        claim = claims.loc[v.claim_id]
        if v.kind == "unanchored_growth":
            current = v.extra.get("current")
            if not current or v.computed_interval is None:
                continue
            f = figures[current]
            rows.append({"claim": v, "label": f"{f.entity} {f.metric}", "dimension": f.unit.dimension,
                         "earlier": v.computed_interval.point, "later": ctx.point(current), "implied": True,
                         "periods": f"{v.extra.get('period') or 'before'} → {f.period}"})
            continue
        call = parse(claim.computed).body
        if not (isinstance(call, ast.Call) and call.func.id in CHANGE_FUNCTIONS and len(call.args) >= 2
                and all(isinstance(a, ast.Name) and a.id in figures for a in call.args[:2])):
            continue
        later, earlier = figures[call.args[0].id], figures[call.args[1].id]
        if later.unit.dimension != earlier.unit.dimension:
            continue
        same_entity = later.entity == earlier.entity
        label = f"{later.entity} {later.metric}" if same_entity else f"{later.entity} against {earlier.entity}"
        rows.append({"claim": v, "label": label, "dimension": later.unit.dimension, "earlier": ctx.point(earlier.id),
                     "later": ctx.point(later.id), "implied": False,
                     "periods": f"{earlier.period} → {later.period}" if same_entity else str(later.period)})
    return rows


def changes(report: Report) -> Chart | str:
    rows = [r for r in _change_rows(report) if r["dimension"].kind in ("money", "count", "percent", "rate")]
    if not rows:
        return "Changes: left out, as the article states no change with both of its values, stated or implied."
    by_dimension = Counter(r["dimension"] for r in rows)
    dimension = by_dimension.most_common(1)[0][0]
    chosen = [r for r in rows if r["dimension"] == dimension][:24]
    other = [r["claim"].claim_id for r in rows if r["dimension"] != dimension]
    values = [r["earlier"] for r in chosen] + [r["later"] for r in chosen]
    size, label = axis_scale(values, dimension)
    positive = all(x > 0 for x in values)
    use_log = positive and max(values) / min(values) > 20
    fig, ax = plt.subplots(figsize=(7.2, 0.5 * len(chosen) + 1.9))
    if use_log:
        _log_axis(ax)
    for i, r in enumerate(chosen):
        color = VERDICT_COLORS[r["claim"].verdict]
        ax.annotate("", xy=(r["later"] / size, i), xytext=(r["earlier"] / size, i),
                    arrowprops=dict(arrowstyle="->", color=color, linewidth=1.5))
        ax.scatter([r["earlier"] / size], [i], s=22, zorder=3, facecolors="white" if r["implied"] else color, edgecolors=color)
        moved = (f"{(r['later'] / r['earlier'] - 1) * 100:+,.1f}%" if r["earlier"] > 0 and dimension.kind != "percent"
                 else format_value(r["later"] - r["earlier"], Dimension("pp") if dimension.kind == "percent" else dimension))
        ax.annotate(f"{r['claim'].claim_id} {VERDICT_ICONS[r['claim'].verdict]} {moved}",
                    (max(r["later"], r["earlier"]) / size, i), xytext=(6, 0), textcoords="offset points", va="center",
                    fontsize=7)
    ax.set_yticks(range(len(chosen)), [f"{r['label']} ({r['periods']})" for r in chosen], fontsize=7)
    ax.margins(x=0.25, y=0.6 / max(len(chosen), 1))
    handles = [plt.Line2D([], [], color="#555555", marker="o", linestyle="", label="earlier value stated in the article"),
               plt.Line2D([], [], color="#555555", marker="o", markerfacecolor="white", linestyle="",
                          label="earlier value implied by a stated rate")]
    ax.legend(handles=handles, loc="lower left", bbox_to_anchor=(0, 1.0), ncol=2, fontsize=7, frameon=False)
    title = "Earlier and later values behind each stated change (arrow colour: verdict)"
    _finish(fig, ax, title, label + (" (log scale)" if use_log else ""), "")
    alt = "Arrows from each earlier value to the later one: " + "; ".join(
        f"{r['claim'].claim_id} {r['label']} ({r['periods']}) from {format_value(r['earlier'], dimension)}"
        f"{' (implied)' if r['implied'] else ''} to {format_value(r['later'], dimension)}, {VERDICT_LABELS[r['claim'].verdict]}"
        for r in chosen) + "." + (f" Changes in other units, not drawn: {', '.join(other)}." if other else "")
    return Chart("changes", title, alt, fig, label)


# -- signs: the members an 'only' claim compares -------------------------------------------------------------

def signs(report: Report) -> Chart | str:
    found = [v for v in report.verdicts if v.kind == "only" and v.extra.get("members")]
    if not found:
        return "Signs: left out, as no claim says that only one member has a surplus, a rise or another sign."
    v = found[0]
    members = v.extra["members"]
    dimension = v.extra["dimension"]
    size, label = axis_scale(members.values(), dimension)
    order = sorted(members, key=lambda k: members[k])
    fig, ax = plt.subplots(figsize=(7.2, 0.45 * len(order) + 1.8))
    colors = [FLOW_COLORS["exports"] if members[k] > 0 else FLOW_COLORS["imports"] for k in order]
    ax.barh(order, [members[k] / size for k in order], color=colors)
    ax.axvline(0, color="#333333", linewidth=0.8)
    for k in order:
        value = members[k]
        ax.annotate(format_value(value, dimension), (value / size, k), xytext=(4 if value >= 0 else -4, 0),
                    textcoords="offset points", ha="left" if value >= 0 else "right", va="center", fontsize=7)
    ax.margins(x=0.2)
    title = f"{v.claim_id}: the values behind “{_short(v.quote, 60)}”"
    _finish(fig, ax, title, f"{label} (right of zero: {v.extra.get('word', 'positive')})", "")
    alt = (f"Diverging bars of the values claim {v.claim_id} compares ({v.quote}): "
           + "; ".join(f"{k} {format_value(members[k], dimension)}" for k in order) + f". {VERDICT_LABELS[v.verdict]}.")
    return Chart("signs", title, alt, fig, label)


# -- sensitivity and mirror statistics --------------------------------------------------------------------------

def sensitivity_chart(report: Report) -> Chart | str:
    grid = report.changing
    if grid.empty:
        return "Sensitivity: no chart, as no verdict changes from the strictest reading to the most lenient."
    codes = {k: i for i, k in enumerate(VERDICT_COLORS)}
    numeric = grid.replace(codes).astype(float)
    fig, ax = plt.subplots(figsize=(7.2, 0.32 * len(grid) + 1.9))
    cmap = matplotlib.colors.ListedColormap(list(VERDICT_COLORS.values()))
    sns.heatmap(numeric, cmap=cmap, vmin=-0.5, vmax=len(codes) - 0.5, cbar=False, linewidths=0.5, linecolor="white",
                annot=grid.replace(VERDICT_ICONS), fmt="", annot_kws={"fontsize": 8, "color": "white"}, ax=ax)
    ax.tick_params(axis="x", rotation=0, labelsize=7)
    handles = [matplotlib.patches.Patch(color=c, label=f"{VERDICT_ICONS[k]} {VERDICT_LABELS[k]}")
               for k, c in VERDICT_COLORS.items() if k in set(grid.values.ravel())]
    ax.legend(handles=handles, bbox_to_anchor=(1.01, 1), loc="upper left", fontsize=7)
    title = "Verdicts that change from the strictest reading to the most lenient"
    _finish(fig, ax, title, "setting (every number exact → printed digits → trailing zeros as rounding → lenient)", "claim")
    alt = "Grid of claims by setting, coloured by verdict: " + "; ".join(
        f"{claim}: " + ", ".join(f"{s} {VERDICT_LABELS[grid.loc[claim, s]]}" for s in grid.columns) for claim in grid.index) + "."
    return Chart("sensitivity", title, alt, fig, "setting")


def mirror_chart(report: Report) -> Chart | str:
    pairs = report.mirror
    reference = report.metadata.reference
    if not report.reference:
        return ""
    if pairs.empty:
        return "Whose numbers: no chart, as no entity has figures from both reporters for one period and metric."
    pairs = pairs[pairs.cited > 0]
    cited, mirror = reference.reporter, reference.mirror
    dimension = parse_unit(pairs.unit.iloc[0]).dimension
    size, label = axis_scale(list(pairs.cited) + list(pairs.mirror), dimension)
    labels = [f"{r.entity} {r.period} {r.metric} ({r.cited_id}/{r.mirror_id})" for r in pairs.itertuples()]
    fig, ax = plt.subplots(figsize=(7.2, 0.32 * len(pairs) + 1.9))
    y = range(len(pairs))
    ax.hlines(y, pairs.mirror / size, pairs.cited / size, color="#BBBBBB", linewidth=2)
    ax.scatter(pairs.cited / size, y, color=FLOW_COLORS["imports"], label=cited, zorder=3)
    ax.scatter(pairs.mirror / size, y, color=FLOW_COLORS["exports"], label=mirror, zorder=3)
    for i, r in enumerate(pairs.itertuples()):
        text = f"{r.ratio:.2f}×" if r.mirror else "ratio undefined"
        ax.annotate(text, (max(r.cited, r.mirror) / size, i), xytext=(6, 0), textcoords="offset points", va="center",
                    fontsize=7)
    ax.set_yticks(list(y), labels, fontsize=7)
    ax.margins(x=0.12)
    if (pairs.mirror > 0).all():
        _log_axis(ax)
    ax.legend(loc="lower left", fontsize=7)
    source = f"Source: the reference table's rows; ratio = {cited} / {mirror}."
    title = f"Whose numbers? {cited} against {mirror}"
    _finish(fig, ax, title, label + (" (log scale)" if (pairs.mirror > 0).all() else ""), "", source)
    alt = f"Pairs of dots for the same figure as recorded by {cited} and by {mirror}: " + "; ".join(
        f"{text}: {cited} {format_value(r.cited, dimension)}, {mirror} {format_value(r.mirror, dimension)}"
        for text, r in zip(labels, pairs.itertuples())) + "."
    return Chart("mirror", title, alt, fig, label, source)


# -- choosing -----------------------------------------------------------------------------------------------

def choose(report: Report) -> tuple[dict[str, Chart], list[str]]:
    """Every chart the data can fill, by name, and a one-line note for each one it cannot."""
    drawn, notes = {}, []
    for builder in (verdict_overview, levels, parts, changes, signs, sensitivity_chart, mirror_chart):
        result = builder(report)
        if isinstance(result, Chart):
            drawn[result.name] = result
        elif result:
            notes.append(result)
    return drawn, notes


def save_all(drawn: dict[str, Chart], folder: Path | str) -> None:
    for chart in drawn.values():
        chart.save(Path(folder))
