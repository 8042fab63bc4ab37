"""The report's charts: each with a title, labelled axes with units, a source line and alt text."""

from __future__ import annotations

import base64
import io
from dataclasses import dataclass
from pathlib import Path

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402
import pandas as pd  # noqa: E402
import seaborn as sns  # noqa: E402

from .checks import Context, Verdict  # noqa: E402
from .style import FLOW_COLORS, VERDICT_COLORS, VERDICT_ICONS, VERDICT_LABELS  # noqa: E402

SOURCE = "Source: figures as stated in the article; arithmetic by claimcheck."
plt.rcParams.update({
    "svg.hashsalt": "claimcheck",  # fixed ids in SVG output, so rebuilds are byte-identical
    "svg.fonttype": "path",
    "font.family": "DejaVu Sans",
    "font.size": 9,
    "axes.titlesize": 11,
    "axes.titleweight": "bold",
})
sns.set_theme(style="whitegrid", rc=dict(plt.rcParams))


@dataclass
class Chart:
    name: str
    title: str
    alt: str
    figure: plt.Figure
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


def _finish(fig: plt.Figure, ax: plt.Axes, title: str, xlabel: str, ylabel: str, source: str = SOURCE) -> None:
    height = fig.get_size_inches()[1]
    fig.suptitle(title, x=0.01, y=1 - 0.08 / height, ha="left", va="top", fontsize=11, fontweight="bold")
    ax.set_xlabel(xlabel)
    ax.set_ylabel(ylabel)
    fig.text(0.01, 0.01, source, fontsize=7, color="#555555", ha="left", va="bottom")
    fig.tight_layout(rect=(0, 0.22 / height, 1, 1))  # tight_layout leaves room for the suptitle itself


def _empty(name: str, title: str, reason: str) -> Chart:
    """A chart for an article that has nothing of this kind to show: says so instead of failing."""
    fig, ax = plt.subplots(figsize=(7.2, 1.6))
    ax.axis("off")
    ax.text(0.01, 0.5, reason, fontsize=9, va="center")
    ax.set_title(title, loc="left")
    fig.text(0.01, 0.01, SOURCE, fontsize=7, color="#555555")
    return Chart(name, title, f"{title}: {reason}", fig)


def _log_axis(ax: plt.Axes) -> None:
    """A log scale labelled in plain numbers (0.1, 1, 10), without crowded minor labels."""
    ax.set_xscale("log")
    ax.xaxis.set_major_locator(matplotlib.ticker.LogLocator(base=10, subs=(1.0, 2.0, 5.0)))
    ax.xaxis.set_major_formatter(matplotlib.ticker.FuncFormatter(lambda value, _: f"{value:g}"))
    ax.xaxis.set_minor_formatter(matplotlib.ticker.NullFormatter())


def _money(value: float) -> str:
    return f"${value * 1000:g}m" if abs(value) < 1 else f"${value:g}bn"


def _latest_year(ctx: Context) -> int:
    return max(f.year for f in ctx.figures.values() if f.unit != "year")


def aggregate_entities(verdicts: list[Verdict], ctx: Context) -> set[str]:
    """Regions: entities whose stated total is checked against parts belonging to other entities."""
    aggregates = set()
    for v in verdicts:
        if v.kind != "total" or not v.figures_used:
            continue
        stated = ctx.figures[v.figures_used[0]]
        parts = {ctx.figures[f].entity for f in v.figures_used[1:]}
        if len(parts - {stated.entity}) >= 2:
            aggregates.add(stated.entity)
    return aggregates


def _flows(ctx: Context, aggregates: set[str]) -> pd.DataFrame:
    year = _latest_year(ctx)
    rows = []
    for f in ctx.figures.values():
        if f.year == year and f.entity not in aggregates and f.metric in ("turnover", "partner_exports", "partner_imports"):
            rows.append({"entity": f.entity, "metric": f.metric, "value": ctx.quantity(f.id).interval.point, "id": f.id})
    return pd.DataFrame(rows, columns=["entity", "metric", "value", "id"])


def trade_by_partner(verdicts, ctx: Context) -> Chart:
    flows = _flows(ctx, aggregate_entities(verdicts, ctx))
    year = _latest_year(ctx)
    if flows.empty:
        return _empty("trade_by_partner", f"{year} trade by partner", "The article states no partner's trade.")
    order = (flows[flows.metric == "turnover"].groupby("entity").value.max()
             .reindex(flows.entity.unique()).fillna(0).sort_values(ascending=True).index.tolist())
    fig, ax = plt.subplots(figsize=(7.2, 0.45 * len(order) + 1.6))
    exports = flows[flows.metric == "partner_exports"].groupby("entity").value.sum().reindex(order).fillna(0)
    imports = flows[flows.metric == "partner_imports"].groupby("entity").value.sum().reindex(order).fillna(0)
    ax.barh(order, exports, color=FLOW_COLORS["exports"], label="partner's exports to China")
    ax.barh(order, imports, left=exports, color=FLOW_COLORS["imports"], label="partner's imports from China")
    turnover = flows[flows.metric == "turnover"]
    ax.scatter(turnover.value, turnover.entity, marker="D", color=FLOW_COLORS["turnover"], zorder=3,
               label="total trade as stated")
    for row in turnover.itertuples():
        ax.annotate(f"${row.value:g}bn", (row.value, row.entity), xytext=(5, 3), textcoords="offset points", fontsize=7)
    ax.legend(loc="lower right", fontsize=7, frameon=True)
    title = f"{year} trade with China by partner, as the article states it"
    _finish(fig, ax, title, "US$ billion", "")
    alt = (f"Horizontal bars of each partner's {year} exports to and imports from China, with diamonds for the total "
           "trade the article states. " + "; ".join(
               f"{e}: exports ${exports[e]:g}bn, imports ${imports[e]:g}bn" for e in reversed(order)) + ".")
    return Chart("trade_by_partner", title, alt, fig)


def balance_by_partner(verdicts, ctx: Context) -> Chart:
    flows = _flows(ctx, aggregate_entities(verdicts, ctx))
    pivot = flows.pivot_table(index="entity", columns="metric", values="value", aggfunc="sum")
    title = "Each partner's trade balance with China (exports minus imports)"
    if not {"partner_exports", "partner_imports"} <= set(pivot.columns) or pivot[["partner_exports", "partner_imports"]].dropna().empty:
        return _empty("balance_by_partner", title, "The article states no partner's exports and imports both.")
    both = pivot.dropna(subset=["partner_exports", "partner_imports"])
    balance = (both["partner_exports"] - both["partner_imports"]).sort_values()
    fig, ax = plt.subplots(figsize=(7.2, 0.45 * len(balance) + 1.6))
    colors = [FLOW_COLORS["exports"] if b > 0 else FLOW_COLORS["imports"] for b in balance]
    ax.barh(balance.index, balance.values, color=colors)
    ax.axvline(0, color="#333333", linewidth=0.8)
    for entity, value in balance.items():
        ax.annotate(f"{value:+.2f}", (value, entity), xytext=(4 if value >= 0 else -4, 0), textcoords="offset points",
                    ha="left" if value >= 0 else "right", va="center", fontsize=7)
    _finish(fig, ax, title, "US$ billion (positive = surplus with China)", "")
    alt = ("Bars of each partner's exports to China minus its imports from China, for partners whose two flows the "
           "article states: " + "; ".join(f"{e} {v:+.2f} billion dollars" for e, v in balance.items()) + ".")
    return Chart("balance_by_partner", title, alt, fig)


def change_2023_2024(verdicts, ctx: Context) -> Chart:
    """Previous-year values, stated or implied by a growth rate, against the latest year's."""
    year = _latest_year(ctx)
    rows = []
    for v in verdicts:
        if v.kind == "growth" and v.figures_used:
            rate = ctx.figures[v.figures_used[0]]
            current = [ctx.figures[f] for f in v.figures_used[1:] if ctx.figures[f].year == rate.year]
            previous = [ctx.figures[f] for f in v.figures_used[1:] if ctx.figures[f].year == rate.year - 1]
            if current and previous:
                value = ctx.quantity(current[0].id).interval.point
                label = f"{rate.entity} ({'exports' if 'exports' in rate.metric else 'trade'}, {_money(value)})"
                rows.append({"label": label, "previous": ctx.quantity(previous[0].id).interval.point,
                             "current": ctx.quantity(current[0].id).interval.point, "basis": "stated",
                             "implied_by_rate": ctx.quantity(current[0].id).interval.point / (1 + ctx.quantity(rate.id).interval.point / 100)})
        if v.kind == "unanchored_growth":
            extra = v.extra
            if extra.get("current"):
                value = ctx.quantity(extra["current"]).interval.point
                flow = "exports" if "exports" in extra["metric"] else "imports" if "imports" in extra["metric"] else "trade"
                label = f"{extra['entity']} ({flow}, {_money(value)})"
                rows.append({"label": label, "previous": extra["implied_previous"].interval.point,
                             "current": value, "basis": "implied", "implied_by_rate": None})
    title = f"Change from {year - 1} to {year}: stated, and implied by the article's growth rates"
    if not rows:
        return _empty("change_2023_2024", title, "The article states no growth rate with an amount to apply it to.")
    frame = pd.DataFrame(rows).drop_duplicates("label").sort_values("current")
    fig, ax = plt.subplots(figsize=(7.2, 0.5 * len(frame) + 1.8))
    _log_axis(ax)
    for i, row in enumerate(frame.itertuples()):
        color = FLOW_COLORS["turnover"] if row.basis == "stated" else FLOW_COLORS["implied"]
        ax.annotate("", xy=(row.current, i), xytext=(row.previous, i),
                    arrowprops=dict(arrowstyle="->", color=color, linewidth=1.4))
        ax.scatter([row.previous], [i], color=color, s=18, zorder=3)
        if row.implied_by_rate is not None and pd.notna(row.implied_by_rate):
            ax.scatter([row.implied_by_rate], [i], marker="x", color=VERDICT_COLORS["inconsistent"], zorder=4, s=30)
        ax.annotate(f"{(row.current / row.previous - 1) * 100:+.1f}%", (max(row.current, row.previous), i),
                    xytext=(6, 0), textcoords="offset points", va="center", fontsize=7)
    ax.set_yticks(range(len(frame)), frame.label)
    ax.set_xlim(frame[["previous", "current"]].min().min() / 1.6, frame[["previous", "current"]].max().max() * 2.2)
    handles = [
        plt.Line2D([], [], color=FLOW_COLORS["turnover"], marker="o", label=f"{year - 1} value stated in the article"),
        plt.Line2D([], [], color=FLOW_COLORS["implied"], marker="o", label=f"{year - 1} value implied by the stated growth rate"),
        plt.Line2D([], [], color=VERDICT_COLORS["inconsistent"], marker="x", linestyle="",
                   label=f"{year - 1} value the stated rate would need"),
    ]
    ax.legend(handles=handles, loc="lower right", fontsize=7)
    _finish(fig, ax, title, "US$ billion (log scale)", "")
    alt = "Arrows from each partner's previous-year value to its latest value: " + "; ".join(
        f"{r.label} from {r.previous:.2f} ({r.basis}) to {r.current:.2f} billion dollars" for r in frame.itertuples()) + "."
    return Chart("change_2023_2024", title, alt, fig)


def parts_against_total(verdicts, ctx: Context) -> Chart:
    """For each region, its stated total beside the stack of the parts the article gives."""
    aggregates = aggregate_entities(verdicts, ctx)
    checks = [v for v in verdicts if v.kind == "total" and v.figures_used and ctx.figures[v.figures_used[0]].entity in aggregates]
    title = "Parts against the total for each region (error bars: rounding and hedges)"
    if not checks:
        return _empty("parts_against_total", title, "The article states no total that its parts can be added up to.")
    fig, axes = plt.subplots(1, max(len(checks), 1), figsize=(7.2, 3.6), squeeze=False)
    palette = sns.color_palette("colorblind", 10)
    alts = []
    for ax, v in zip(axes[0], checks):
        total = ctx.figures[v.figures_used[0]]
        parts = [ctx.figures[f] for f in v.figures_used[1:]]
        bottom = 0.0
        for i, part in enumerate(parts):
            value = ctx.quantity(part.id).interval.point
            ax.bar("sum of parts", value, bottom=bottom, color=palette[i % 10], edgecolor="white")
            if value >= 0.08 * (v.computed_interval.point or 1):
                ax.text(0, bottom + value / 2, f"{part.entity}\n${value:g}bn", ha="center", va="center", fontsize=6.5,
                        color="white")
            else:  # a thin slice: one small line
                ax.text(0, bottom + value / 2, f"{part.entity} ${value:g}bn", ha="center", va="center", fontsize=5.5,
                        color="white")
            bottom += value
        stated = v.stated_interval
        ax.bar("stated total", stated.point, color="#444444")
        ax.errorbar(["stated total"], [stated.point], yerr=[[stated.point - stated.lo], [stated.hi - stated.point]],
                    color="black", capsize=4)
        computed = v.computed_interval
        ax.errorbar(["sum of parts"], [computed.point], yerr=[[computed.point - computed.lo], [computed.hi - computed.point]],
                    color="black", capsize=4)
        ax.set_title(f"{total.entity}\n{VERDICT_ICONS[v.verdict]} {VERDICT_LABELS[v.verdict]}", fontsize=9, loc="left")
        ax.set_ylabel("US$ billion")
        alts.append(f"{total.entity}: stated total {stated.point:g}, parts sum to {computed.point:g} billion dollars "
                    f"({', '.join(f'{p.entity} {ctx.quantity(p.id).interval.point:g}' for p in parts)}); {VERDICT_LABELS[v.verdict]}")
    fig.suptitle(title, x=0.01, ha="left", fontsize=11, fontweight="bold")
    fig.text(0.01, 0.01, SOURCE, fontsize=7, color="#555555")
    fig.tight_layout(rect=(0, 0.04, 1, 0.95))
    return Chart("parts_against_total", title, "Stacked bars of the parts beside each region's stated total. " + "; ".join(alts) + ".", fig)


def verdict_overview(verdicts) -> Chart:
    counts = pd.Series([v.verdict for v in verdicts]).value_counts().reindex(list(VERDICT_COLORS)).fillna(0).astype(int)
    fig, ax = plt.subplots(figsize=(7.2, 2.6))
    labels = [f"{VERDICT_ICONS[k]} {VERDICT_LABELS[k]}" for k in counts.index]
    ax.barh(labels[::-1], counts.values[::-1], color=[VERDICT_COLORS[k] for k in counts.index][::-1])
    for i, value in enumerate(counts.values[::-1]):
        ax.annotate(str(value), (value, i), xytext=(4, 0), textcoords="offset points", va="center", fontsize=8)
    title = f"Verdicts on the article's {len(verdicts)} claims"
    _finish(fig, ax, title, "number of claims", "")
    alt = "Bar chart of claims per verdict: " + ", ".join(f"{VERDICT_LABELS[k]} {v}" for k, v in counts.items()) + "."
    return Chart("verdict_overview", title, alt, fig)


def sensitivity_chart(grid: pd.DataFrame) -> Chart:
    """Claims whose verdict changes across the tolerance grid, coloured by verdict per setting."""
    codes = {k: i for i, k in enumerate(VERDICT_COLORS)}
    numeric = grid.replace(codes).astype(float)
    fig, ax = plt.subplots(figsize=(7.2, 0.32 * len(grid) + 1.8))
    cmap = matplotlib.colors.ListedColormap(list(VERDICT_COLORS.values()))
    sns.heatmap(numeric, cmap=cmap, vmin=-0.5, vmax=len(codes) - 0.5, cbar=False, linewidths=0.5, linecolor="white",
                annot=grid.replace(VERDICT_ICONS), fmt="", annot_kws={"fontsize": 8, "color": "white"}, ax=ax)
    ax.tick_params(axis="x", rotation=0)
    handles = [matplotlib.patches.Patch(color=c, label=f"{VERDICT_ICONS[k]} {VERDICT_LABELS[k]}") for k, c in VERDICT_COLORS.items()
               if k in set(grid.values.ravel())]
    ax.legend(handles=handles, bbox_to_anchor=(1.01, 1), loc="upper left", fontsize=7)
    title = "Verdicts that change from strict to lenient readings"
    _finish(fig, ax, title, "tolerance setting (strict: every number exact → very lenient)", "claim")
    alt = "Grid of claims by tolerance setting, coloured by verdict: " + "; ".join(
        f"{claim}: " + ", ".join(f"{s} {grid.loc[claim, s]}" for s in grid.columns) for claim in grid.index) + "."
    return Chart("sensitivity", title, alt, fig)


def mirror_chart(pairs: pd.DataFrame) -> Chart:
    """China's customs figure beside the partner's own for the same trade."""
    title = "Whose numbers? China's customs against the partners' own statistics"
    if pairs.empty:
        return _empty("mirror_statistics", title, "No partner has both a GACC and a national figure for the same period.")
    labels = [f"{r.partner} {r.period} {r.flow} ({r.gacc_id}/{r.national_id})" for r in pairs.itertuples()]
    fig, ax = plt.subplots(figsize=(7.2, 0.32 * len(pairs) + 1.8))
    y = range(len(pairs))
    ax.hlines(y, pairs.national, pairs.gacc, color="#BBBBBB", linewidth=2)
    ax.scatter(pairs.gacc, y, color=FLOW_COLORS["imports"], label="China's customs (GACC)", zorder=3)
    ax.scatter(pairs.national, y, color=FLOW_COLORS["exports"], label="partner's own statistics", zorder=3)
    for i, r in enumerate(pairs.itertuples()):
        ax.annotate(f"{r.ratio:.2f}×", (max(r.gacc, r.national), i), xytext=(6, 0), textcoords="offset points",
                    va="center", fontsize=7)
    ax.set_yticks(list(y), labels, fontsize=7)
    _log_axis(ax)
    ax.legend(loc="lower left", fontsize=7)
    source = "Source: reference rows compiled from public reports (data/reference); ratio = GACC / national."
    _finish(fig, ax, title, "US$ billion (log scale)", "", source)
    alt = "Pairs of dots for the same trade as recorded by China's customs and by the partner: " + "; ".join(
        f"{label}: GACC {r.gacc:.2f}, national {r.national:.2f} billion dollars" for label, r in zip(labels, pairs.itertuples())) + "."
    return Chart("mirror_statistics", title, alt, fig, source)
