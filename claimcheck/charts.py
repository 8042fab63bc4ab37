"""The report's charts, each chosen by what the article's data holds.

A chart is drawn only when the data can fill it; otherwise it is left out with a one-line note.
Titles, axes, units, periods, entity names and alt text come from the figures and the article's
metadata. File names are neutral and stable: verdicts, levels, parts, changes, signs,
sensitivity, mirror.

Each chart is two functions: one gathers the plain data it shows (`*_data`), the other draws it
(`draw_*`). The drawn chart is kept in the content cache under a hash of that data, so after an
edit only the charts whose data changed are drawn again; matplotlib is imported only then.
"""

from __future__ import annotations

import ast
import base64
import io
from collections import Counter, defaultdict
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

from .expressions import parse
from .formatting import SHORT_SCALES, currency_name, format_value, ordinal
from .kinds import KINDS
from .quantities import LEVEL_KINDS, SCALE_WORDS, Dimension, parse_unit
from .report import Report
from .style import FLOW_COLORS, VERDICT_COLORS, VERDICT_ICONS, VERDICT_LABELS

SOURCE = "Source: the article's own figures; arithmetic by claimcheck."
MAX_PANELS = 4
NAMES = ("verdicts", "levels", "parts", "changes", "signs", "sensitivity", "mirror")


@dataclass
class Chart:
    """A drawn chart: its words, and its SVG and PNG bytes (the figure itself is not kept)."""

    name: str
    title: str
    alt: str
    axis: str  # the value axis's label: what is counted, in which unit and currency
    marks: int  # bars, points and lines drawn: never zero for a chart that is shown
    svg: bytes
    png: bytes
    source: str = SOURCE

    def save(self, folder: Path) -> list[Path]:
        folder.mkdir(parents=True, exist_ok=True)
        png, svg = folder / f"{self.name}.png", folder / f"{self.name}.svg"
        png.write_bytes(self.png)
        svg.write_bytes(self.svg)
        return [png, svg]

    def svg_data_uri(self) -> str:
        return "data:image/svg+xml;base64," + base64.b64encode(self.svg).decode("ascii")


# -- drawing ------------------------------------------------------------------------------------------------

_PYPLOT = None


def pyplot():
    """matplotlib and seaborn, imported and themed on first use only."""
    global _PYPLOT
    if _PYPLOT is None:
        import matplotlib

        matplotlib.use("Agg")
        import matplotlib.pyplot as plt
        import seaborn as sns

        plt.rcParams.update({
            "svg.hashsalt": "claimcheck",  # fixed ids in SVG output, so rebuilds are byte-identical
            "svg.fonttype": "none",  # text stays text: searchable, and set in the page's own font
            "font.family": "DejaVu Sans",
            "font.size": 9,
            "axes.titlesize": 11,
            "axes.titleweight": "bold",
        })
        sns.set_theme(style="whitegrid", rc=dict(plt.rcParams))
        _PYPLOT = plt
    return _PYPLOT


def palette():
    import seaborn as sns

    pyplot()
    return sns.color_palette("colorblind", 10)


def rendered(name: str, title: str, alt: str, axis: str, figure, source: str = SOURCE) -> Chart:
    """A figure drawn to SVG and PNG, and closed."""
    plt = pyplot()
    marks = sum(len(ax.patches) + len(ax.collections) + len(ax.lines) for ax in figure.axes)
    svg, png = io.BytesIO(), io.BytesIO()
    figure.savefig(svg, format="svg", metadata={"Date": None, "Creator": None})
    figure.savefig(png, format="png", dpi=150, metadata={"Software": None})
    plt.close(figure)
    return Chart(name, title, alt, axis, marks, svg.getvalue(), png.getvalue(), source)


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
    if dimension.kind == "price":
        numerator, thing = dimension.code.split("/")
        return 1.0, f"{currency_name(numerator) if numerator.isupper() else numerator} per {thing}"
    return 1.0, {"percent": "percent", "pp": "percentage points", "ratio": "times",
                 "rate": dimension.code.replace("/", " per ")}.get(dimension.kind, "value")


def _finish(fig, ax, title: str, xlabel: str, ylabel: str, source: str = SOURCE) -> None:
    height = fig.get_size_inches()[1]
    fig.suptitle(title, x=0.01, y=1 - 0.08 / height, ha="left", va="top", fontsize=11, fontweight="bold", wrap=True)
    ax.set_xlabel(xlabel)
    ax.set_ylabel(ylabel)
    fig.text(0.01, 0.01, source, fontsize=7, color="#555555", ha="left", va="bottom")
    fig.tight_layout(rect=(0, 0.22 / height, 1, 1 - 0.18 / height))


def _log_axis(ax) -> None:
    import matplotlib.ticker

    ax.set_xscale("log")
    ax.xaxis.set_major_locator(matplotlib.ticker.LogLocator(base=10, subs=(1.0, 2.0, 5.0)))
    ax.xaxis.set_major_formatter(matplotlib.ticker.FuncFormatter(lambda value, _: f"{value:g}"))
    ax.xaxis.set_minor_formatter(matplotlib.ticker.NullFormatter())


def _short(text: str, width: int = 70) -> str:
    return text if len(text) <= width else text[: width - 1].rstrip() + "…"


def _join(words: list[str]) -> str:
    return words[0] if len(words) == 1 else ", ".join(words[:-1]) + " and " + words[-1]


# -- verdicts -----------------------------------------------------------------------------------------------

def verdicts_data(report: Report) -> dict:
    counts = Counter(v.verdict for v in report.verdicts)
    return {"total": len(report.verdicts), "counts": [(k, counts.get(k, 0)) for k in VERDICT_COLORS]}


def draw_verdicts(data: dict) -> Chart:
    plt = pyplot()
    counts = data["counts"]
    fig, ax = plt.subplots(figsize=(7.2, 2.6))
    labels = [f"{VERDICT_ICONS[k]} {VERDICT_LABELS[k]}" for k, _ in counts]
    values = [n for _, n in counts]
    ax.barh(labels[::-1], values[::-1], color=[VERDICT_COLORS[k] for k, _ in counts][::-1])
    for i, value in enumerate(values[::-1]):
        ax.annotate(str(value), (value, i), xytext=(4, 0), textcoords="offset points", va="center", fontsize=8)
    title = f"Verdicts on the article's {data['total']} claims"
    _finish(fig, ax, title, "number of claims", "")
    alt = "Bar chart of claims per verdict: " + ", ".join(f"{VERDICT_LABELS[k]} {n}" for k, n in counts) + "."
    return rendered("verdicts", title, alt, "number of claims", fig)


# -- levels: what the article states, entity by entity ---------------------------------------------------------

def levels_data(report: Report) -> dict | str:
    meta = report.metadata
    groups: dict[tuple, list] = defaultdict(list)
    for f in report.inputs.figures.values():
        role = meta.role(f.entity) or "entity"
        aggregate = bool(meta.entities[f.entity].members) if f.entity in meta.entities else False
        # a region listed with its members is a total, drawn against its parts elsewhere, never beside them here;
        # a region with no members named (a city, a province) compares like any entity
        if f.is_change or f.unit.kind in ("year", "ratio", "rate") or role in ("group", "reporter") or aggregate:
            continue
        groups[(role, f.period.label, f.unit.dimension)].append(f)
    groups = {key: figs for key, figs in groups.items() if len({f.entity for f in figs}) >= 2}
    if not groups:
        return "Levels by entity: left out, as the article states no two comparable levels for one period."
    (role, _, dimension), figures = max(groups.items(), key=lambda item: (len({f.entity for f in item[1]}), len(item[1])))
    ctx = report.context
    metrics = list(dict.fromkeys(f.metric for f in figures))
    rows = [{"entity": f.entity, "metric": f.metric, "start": f.start, "point": ctx.point(f.id),
             "interval": ctx.interval(f.id), "shown": ctx.show(f.id)} for f in figures]
    counterpart = meta.counterpart if meta.counterpart and dimension.kind == "money" else ""
    return {"role": role, "period": str(figures[0].period), "dimension": dimension, "metrics": metrics, "rows": rows,
            "counterpart": counterpart}


def draw_levels(data: dict) -> Chart:
    plt, colours = pyplot(), palette()
    import matplotlib.patches

    dimension, metrics, rows = data["dimension"], data["metrics"], data["rows"]
    by_entity: dict[str, list] = defaultdict(list)
    for row in rows:
        by_entity[row["entity"]].append(row)
    size, label = axis_scale([r["point"] for r in rows], dimension)
    order = sorted(by_entity, key=lambda e: max(r["point"] for r in by_entity[e]))
    fig, ax = plt.subplots(figsize=(7.2, 0.24 * len(rows) + 0.25 * len(order) + 1.9))
    hedged, y, ticks = False, 0.0, []
    for entity in order:
        figs = sorted(by_entity[entity], key=lambda r: (metrics.index(r["metric"]), r["start"]))
        top = y
        for r in reversed(figs):
            point, (lo, hi) = r["point"], r["interval"]
            hedged = hedged or lo != hi
            same = [g for g in figs if g["metric"] == r["metric"]]
            ax.barh(y, point / size, height=0.85, color=colours[metrics.index(r["metric"]) % 10],
                    hatch="//" if len(same) > 1 and same.index(r) > 0 else None,
                    xerr=[[(point - lo) / size], [(hi - point) / size]],
                    error_kw={"ecolor": "#333333", "capsize": 2, "elinewidth": 0.8})
            suffix = f" ({ordinal(same.index(r) + 1)} {r['metric']} figure)" if len(same) > 1 else ""
            ax.annotate(r["shown"] + suffix, (hi / size, y), xytext=(4, 0), textcoords="offset points",
                        va="center", fontsize=6.5)
            y += 1
        ticks.append((top + y - 1) / 2)
        y += 0.7
    ax.set_yticks(ticks, order)
    ax.margins(x=0.28, y=0.02)
    if len(metrics) > 1:
        handles = [matplotlib.patches.Patch(color=colours[k % 10], label=m) for k, m in enumerate(metrics)]
        ax.legend(handles=handles, loc="lower right", fontsize=7, frameon=True)
    with_whom = f" with {data['counterpart']}" if data["counterpart"] else ""
    title = (f"{_join(metrics).capitalize()}{with_whom} by {data['role']}, {data['period']}, as the article states "
             f"{'them' if len(metrics) > 1 else 'it'}")
    _finish(fig, ax, title, label + (" (whiskers: rounding and hedges)" if hedged else ""), "")
    alt = (f"Horizontal bars of {_join(metrics)} by {data['role']} for {data['period']}, as the article states them: "
           + "; ".join(f"{e}: " + ", ".join(f"{r['metric']} {r['shown']}" for r in by_entity[e]) for e in reversed(order))
           + ".")
    return rendered("levels", title, alt, label, fig)


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


def parts_data(report: Report) -> dict | str:
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
    panels = []
    for _, _, v, claim, terms, stated in candidates[:MAX_PANELS]:
        entities = [report.inputs.figures[node.id].entity for _, node in terms
                    if isinstance(node, ast.Name) and node.id in report.inputs.figures]
        with_metric = len(set(entities)) < len(entities)
        values = [(sign * _term_value(report, claim, node), _term_label(report, node, with_metric)) for sign, node in terms]
        panels.append({"claim": v.claim_id, "verdict": v.verdict, "entity": stated.entity, "metric": stated.metric,
                       "period": str(stated.period), "dimension": stated.unit.dimension, "values": values,
                       "computed": (v.computed_interval.lo, v.computed_interval.point, v.computed_interval.hi),
                       "stated": (v.stated_interval.lo, v.stated_interval.point, v.stated_interval.hi)})
    return {"panels": panels, "rest": [c[2].claim_id for c in candidates[MAX_PANELS:]]}


def draw_parts(data: dict) -> Chart:
    plt, colours = pyplot(), palette()
    panels = data["panels"]
    columns = min(2, len(panels))
    rows = (len(panels) + columns - 1) // columns
    fig, axes = plt.subplots(rows, columns, figsize=(7.2, 3.3 * rows + 0.9), squeeze=False)
    alts, units = [], set()
    for ax, panel in zip(axes.ravel(), panels):
        dimension, values = panel["dimension"], panel["values"]
        (c_lo, c_point, c_hi), (s_lo, s_point, s_hi) = panel["computed"], panel["stated"]
        size, label = axis_scale([abs(x) for x, _ in values] + [s_point], dimension)
        units.add(label)
        running, labels = 0.0, []
        for i, (value, name) in enumerate(values):
            bottom = running if value >= 0 else running + value
            ax.bar(i, abs(value) / size, bottom=bottom / size, color=colours[0] if value >= 0 else FLOW_COLORS["imports"],
                   edgecolor="white")
            running += value
            labels.append(("− " if value < 0 else "") + name)
            ax.annotate(format_value(value, dimension), (i, (bottom + abs(value)) / size), xytext=(0, 2),
                        textcoords="offset points", ha="center", fontsize=6)
        n = len(values)
        ax.bar(n, c_point / size, color="#777777")
        ax.errorbar([n], [c_point / size], yerr=[[(c_point - c_lo) / size], [(c_hi - c_point) / size]], color="black",
                    capsize=4)
        ax.bar(n + 1, s_point / size, color="#222222")
        ax.errorbar([n + 1], [s_point / size], yerr=[[(s_point - s_lo) / size], [(s_hi - s_point) / size]],
                    color="black", capsize=4)
        ax.set_xticks(range(n + 2), labels + ["sum of parts", "stated"], rotation=35, ha="right", fontsize=6.5)
        ax.set_ylabel(label, fontsize=7)
        ax.set_title(f"{panel['claim']}: {panel['entity']} {panel['metric']}, {panel['period']}\n"
                     f"{VERDICT_ICONS[panel['verdict']]} {VERDICT_LABELS[panel['verdict']]}", fontsize=8.5, loc="left")
        alts.append(f"{panel['claim']}, {panel['entity']} {panel['metric']} {panel['period']}: stated "
                    f"{format_value(s_point, dimension)}; "
                    + ", ".join(f"{'minus ' if x < 0 else ''}{name} {format_value(abs(x), dimension)}" for x, name in values)
                    + f" sum to {format_value(c_point, dimension)}; {VERDICT_LABELS[panel['verdict']]}")
    for ax in axes.ravel()[len(panels):]:
        ax.axis("off")
    title = "Parts against the total they are checked against (whiskers: rounding and hedges)"
    fig.suptitle(title, x=0.01, ha="left", fontsize=11, fontweight="bold")
    fig.text(0.01, 0.005, SOURCE + " Subtracted parts are drawn as steps down.", fontsize=7, color="#555555")
    fig.tight_layout(rect=(0, 0.03, 1, 0.95))
    note = f" Also checked as totals, not drawn: {', '.join(data['rest'])}." if data["rest"] else ""
    return rendered("parts", title, "Waterfalls of each total's parts, added and subtracted in order, beside the sum "
                    "and the stated total. " + "; ".join(alts) + "." + note, "; ".join(sorted(units)), fig)


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
            rows.append({"claim": v.claim_id, "verdict": v.verdict, "label": f"{f.entity} {f.metric}",
                         "dimension": f.unit.dimension, "earlier": v.computed_interval.point,
                         "later": ctx.point(current), "implied": True,
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
        rows.append({"claim": v.claim_id, "verdict": v.verdict, "label": label, "dimension": later.unit.dimension,
                     "earlier": ctx.point(earlier.id), "later": ctx.point(later.id), "implied": False,
                     "periods": f"{earlier.period} → {later.period}" if same_entity else str(later.period)})
    return rows


def changes_data(report: Report) -> dict | str:
    rows = [r for r in _change_rows(report) if r["dimension"].kind in (*LEVEL_KINDS, "percent")]
    if not rows:
        return "Changes: left out, as the article states no change with both of its values, stated or implied."
    dimension = Counter(r["dimension"] for r in rows).most_common(1)[0][0]
    return {"dimension": dimension, "rows": [r for r in rows if r["dimension"] == dimension][:24],
            "other": [r["claim"] for r in rows if r["dimension"] != dimension]}


def draw_changes(data: dict) -> Chart:
    plt = pyplot()
    dimension, chosen = data["dimension"], data["rows"]
    values = [r["earlier"] for r in chosen] + [r["later"] for r in chosen]
    size, label = axis_scale(values, dimension)
    use_log = all(x > 0 for x in values) and max(values) / min(values) > 20
    fig, ax = plt.subplots(figsize=(7.2, 0.5 * len(chosen) + 1.9))
    if use_log:
        _log_axis(ax)
    for i, r in enumerate(chosen):
        color = VERDICT_COLORS[r["verdict"]]
        ax.annotate("", xy=(r["later"] / size, i), xytext=(r["earlier"] / size, i),
                    arrowprops=dict(arrowstyle="->", color=color, linewidth=1.5))
        ax.scatter([r["earlier"] / size], [i], s=22, zorder=3, facecolors="white" if r["implied"] else color,
                   edgecolors=color)
        moved = (f"{(r['later'] / r['earlier'] - 1) * 100:+,.1f}%" if r["earlier"] > 0 and dimension.kind != "percent"
                 else format_value(r["later"] - r["earlier"], Dimension("pp") if dimension.kind == "percent" else dimension))
        ax.annotate(f"{r['claim']} {VERDICT_ICONS[r['verdict']]} {moved}", (max(r["later"], r["earlier"]) / size, i),
                    xytext=(6, 0), textcoords="offset points", va="center", fontsize=7)
    ax.set_yticks(range(len(chosen)), [f"{r['label']} ({r['periods']})" for r in chosen], fontsize=7)
    ax.margins(x=0.25, y=0.6 / max(len(chosen), 1))
    handles = [plt.Line2D([], [], color="#555555", marker="o", linestyle="", label="earlier value stated in the article"),
               plt.Line2D([], [], color="#555555", marker="o", markerfacecolor="white", linestyle="",
                          label="earlier value implied by a stated rate")]
    ax.legend(handles=handles, loc="lower left", bbox_to_anchor=(0, 1.0), ncol=2, fontsize=7, frameon=False)
    title = "Earlier and later values behind each stated change (arrow colour: verdict)"
    _finish(fig, ax, title, label + (" (log scale)" if use_log else ""), "")
    alt = "Arrows from each earlier value to the later one: " + "; ".join(
        f"{r['claim']} {r['label']} ({r['periods']}) from {format_value(r['earlier'], dimension)}"
        f"{' (implied)' if r['implied'] else ''} to {format_value(r['later'], dimension)}, {VERDICT_LABELS[r['verdict']]}"
        for r in chosen) + "." + (f" Changes in other units, not drawn: {', '.join(data['other'])}." if data["other"] else "")
    return rendered("changes", title, alt, label, fig)


# -- signs: the members an 'only' claim compares -------------------------------------------------------------

def signs_data(report: Report) -> dict | str:
    found = [v for v in report.verdicts if v.kind == "only" and v.extra.get("members")]
    if not found:
        return "Signs: left out, as no claim says that only one member has a surplus, a rise or another sign."
    v = found[0]
    return {"claim": v.claim_id, "quote": v.quote, "verdict": v.verdict, "members": dict(v.extra["members"]),
            "dimension": v.extra["dimension"], "word": v.extra.get("word", "positive")}


def draw_signs(data: dict) -> Chart:
    plt = pyplot()
    members, dimension = data["members"], data["dimension"]
    size, label = axis_scale(members.values(), dimension)
    order = sorted(members, key=lambda k: members[k])
    fig, ax = plt.subplots(figsize=(7.2, 0.45 * len(order) + 1.8))
    ax.barh(order, [members[k] / size for k in order],
            color=[FLOW_COLORS["exports"] if members[k] > 0 else FLOW_COLORS["imports"] for k in order])
    ax.axvline(0, color="#333333", linewidth=0.8)
    for k in order:
        value = members[k]
        ax.annotate(format_value(value, dimension), (value / size, k), xytext=(4 if value >= 0 else -4, 0),
                    textcoords="offset points", ha="left" if value >= 0 else "right", va="center", fontsize=7)
    ax.margins(x=0.2)
    title = f"{data['claim']}: the values behind “{_short(data['quote'], 60)}”"
    _finish(fig, ax, title, f"{label} (right of zero: {data['word']})", "")
    alt = (f"Diverging bars of the values claim {data['claim']} compares ({data['quote']}): "
           + "; ".join(f"{k} {format_value(members[k], dimension)}" for k in order) + f". {VERDICT_LABELS[data['verdict']]}.")
    return rendered("signs", title, alt, label, fig)


# -- sensitivity and mirror statistics --------------------------------------------------------------------------

def sensitivity_data(report: Report) -> dict | str:
    grid = report.changing
    if grid.empty:
        return "Sensitivity: no chart, as no verdict changes from the strictest reading to the most lenient."
    return {"claims": list(grid.index), "settings": list(grid.columns), "verdicts": grid.values.tolist()}


def draw_sensitivity(data: dict) -> Chart:
    plt = pyplot()
    import matplotlib.colors
    import matplotlib.patches
    import pandas as pd
    import seaborn as sns

    grid = pd.DataFrame(data["verdicts"], index=data["claims"], columns=data["settings"])
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
    return rendered("sensitivity", title, alt, "setting", fig)


def mirror_data(report: Report) -> dict | str:
    if not report.reference:
        return ""
    pairs = report.mirror
    if pairs.empty:
        return "Whose numbers: no chart, as no entity has figures from both reporters for one period and metric."
    pairs = pairs[pairs.cited > 0]
    reference = report.metadata.reference
    return {"cited": reference.reporter, "mirror": reference.mirror, "unit": pairs.unit.iloc[0],
            "pairs": pairs[["entity", "period", "metric", "cited_id", "mirror_id", "cited", "mirror", "ratio"]].to_dict("records")}


def draw_mirror(data: dict) -> Chart:
    plt = pyplot()
    pairs, cited, mirror = data["pairs"], data["cited"], data["mirror"]
    dimension = parse_unit(data["unit"]).dimension
    size, label = axis_scale([p["cited"] for p in pairs] + [p["mirror"] for p in pairs], dimension)
    labels = [f"{p['entity']} {p['period']} {p['metric']} ({p['cited_id']}/{p['mirror_id']})" for p in pairs]
    fig, ax = plt.subplots(figsize=(7.2, 0.32 * len(pairs) + 1.9))
    y = list(range(len(pairs)))
    ax.hlines(y, [p["mirror"] / size for p in pairs], [p["cited"] / size for p in pairs], color="#BBBBBB", linewidth=2)
    ax.scatter([p["cited"] / size for p in pairs], y, color=FLOW_COLORS["imports"], label=cited, zorder=3)
    ax.scatter([p["mirror"] / size for p in pairs], y, color=FLOW_COLORS["exports"], label=mirror, zorder=3)
    for i, p in enumerate(pairs):
        text = f"{p['ratio']:.2f}×" if p["mirror"] else "ratio undefined"
        ax.annotate(text, (max(p["cited"], p["mirror"]) / size, i), xytext=(6, 0), textcoords="offset points",
                    va="center", fontsize=7)
    ax.set_yticks(y, labels, fontsize=7)
    ax.margins(x=0.12)
    positive = all(p["mirror"] > 0 for p in pairs)
    if positive:
        _log_axis(ax)
    ax.legend(loc="lower left", fontsize=7)
    source = f"Source: the reference table's rows; ratio = {cited} / {mirror}."
    title = f"Whose numbers? {cited} against {mirror}"
    _finish(fig, ax, title, label + (" (log scale)" if positive else ""), "", source)
    alt = f"Pairs of dots for the same figure as recorded by {cited} and by {mirror}: " + "; ".join(
        f"{text}: {cited} {format_value(p['cited'], dimension)}, {mirror} {format_value(p['mirror'], dimension)}"
        for text, p in zip(labels, pairs)) + "."
    return rendered("mirror", title, alt, label, fig, source)


# -- choosing -----------------------------------------------------------------------------------------------

FAMILIES = {
    "verdicts": (verdicts_data, draw_verdicts), "levels": (levels_data, draw_levels), "parts": (parts_data, draw_parts),
    "changes": (changes_data, draw_changes), "signs": (signs_data, draw_signs),
    "sensitivity": (sensitivity_data, draw_sensitivity), "mirror": (mirror_data, draw_mirror),
}


def choose(report: Report, families: list[str] | None = None) -> tuple[dict[str, Chart], list[str]]:
    """Every chart the data can fill, by name (drawn, or taken from the content cache when its data is
    unchanged), and a one-line note for each one the data cannot fill. `families` limits and orders them."""
    from . import cache

    store = cache.shared()
    drawn, notes = {}, []
    for name in families or list(FAMILIES):
        gather, draw = FAMILIES[name]
        data = gather(report)
        if isinstance(data, str):
            if data:
                notes.append(data)
            continue
        drawn[name] = store.memo("chart", cache.digest("chart", name, data), lambda draw=draw, data=data: draw(data),
                                 name)
    return drawn, notes


def prepare(report: Report, stopped: Callable[[], bool] = lambda: False) -> None:
    """Draw every chart into the content cache, last family first, until `stopped()`: started while a
    notebook's kernel starts, it shares the drawing with that kernel, which asks for them first family
    first (each waits for a chart the other is drawing, and takes the finished ones from the cache)."""
    for name in reversed(FAMILIES):
        if stopped():
            return
        choose(report, [name])


def save_all(drawn: dict[str, Chart], folder: Path | str) -> None:
    for chart in drawn.values():
        chart.save(Path(folder))
