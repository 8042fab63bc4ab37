"""Every fixture article's report fits that article: its own names, units, periods and sources, and nothing else."""

import re
import xml.etree.ElementTree as ElementTree
from functools import lru_cache

import pytest
from bs4 import BeautifulSoup

from claimcheck import config
from claimcheck.engine import load_inputs
from claimcheck.formatting import currency_name, currency_symbol
from claimcheck.report import Report
from conftest import FIXTURE_ARTICLES

ARTICLES = {"seed": (config.ARTICLE, config.FIGURES_TABLE, config.CLAIMS_TABLE)} | {
    name: tuple(config.FIXTURES / name / f for f in ("article.txt", "figures.csv", "claims.csv"))
    for name in FIXTURE_ARTICLES
}


@lru_cache(maxsize=None)
def inputs_of(name: str):
    return load_inputs(*ARTICLES[name])


@lru_cache(maxsize=None)
def own_words(name: str) -> str:
    """Everything the article's data holds, as text: the article, its tables, its metadata and reference table."""
    article, figures, claims = ARTICLES[name]
    texts = [p.read_text(encoding="utf-8") for p in (article, figures, claims)]
    metadata = figures.parent / "article.toml"
    if metadata.exists():
        texts.append(metadata.read_text(encoding="utf-8"))
    reference = inputs_of(name).metadata.reference
    for table in (reference.figures, reference.checks) if reference else ():
        if table:
            texts.append(table.read_text(encoding="utf-8"))
    return "\n".join(texts)


def markers(name: str) -> set[str]:
    """The names a report can only have from this article's data: entities, currencies, sources, periods."""
    inputs = inputs_of(name)
    meta = inputs.metadata
    words = {f.entity for f in inputs.figures.values()} | set(meta.entities)
    words |= {w for w in (meta.counterpart, meta.cites, meta.publisher) if w}
    if meta.reference:
        words |= {w for w in (meta.reference.reporter, meta.reference.mirror) if w}
    for f in inputs.figures.values():
        words.add(str(f.period))
        if f.unit.kind == "money":
            words |= {currency_name(f.unit.dimension.code), currency_symbol(f.unit.dimension.code).strip()}
    return {w for w in words if len(w) > 2 and not w.isdigit()}


def visible_text(html: str) -> str:
    soup = BeautifulSoup(html, "html.parser")
    for hidden in soup(["script", "style"]):
        hidden.decompose()
    return soup.get_text(" ")


def svg_text(path) -> str:
    root = ElementTree.parse(path).getroot()
    return " ".join(t for t in root.itertext() if t.strip())


@pytest.mark.parametrize("name", FIXTURE_ARTICLES)
def test_no_other_articles_names_currencies_sources_or_periods_leak_in(name, built):
    out = built(name)
    page = visible_text((out / "report.html").read_text(encoding="utf-8"))
    chart_text = " ".join(svg_text(p) for p in sorted((out / "figures").glob("*.svg")))
    mine, own = own_words(name), markers(name)
    for other in ("seed", *FIXTURE_ARTICLES):
        if other == name:
            continue
        for word in sorted(markers(other)):
            if word in mine or word in own:
                continue  # this article's own data holds it too
            assert word not in page, f"{other}'s {word!r} appears in {name}'s report"
            assert word not in chart_text, f"{other}'s {word!r} appears in {name}'s charts"


@pytest.mark.parametrize("name", FIXTURE_ARTICLES)
def test_the_report_names_no_input_file_but_its_own(name, built):
    page = visible_text((built(name) / "report.html").read_text(encoding="utf-8"))
    for mentioned in re.findall(r"[\w\-]+\.(?:csv|txt|toml)", page):
        assert mentioned in ("article.txt", "figures.csv", "claims.csv", "article.toml", "reference.csv"), mentioned
    assert "china-central-asia" not in page and "data/figures.csv" not in page


def charts_in(html: str) -> list[dict]:
    """Each chart of a built report, as its figure tag describes it: name, axis label, marks drawn."""
    soup = BeautifulSoup(html, "html.parser")
    return [{"name": f["id"].removeprefix("chart-"), "axis": f["data-axis"], "marks": int(f["data-marks"])}
            for f in soup.select("figure.chart")]


@pytest.mark.parametrize("name", ("seed", *FIXTURE_ARTICLES))
def test_no_chart_is_empty_and_each_axis_names_the_articles_unit(name, built, seed_build):
    out = seed_build if name == "seed" else built(name)
    shown = charts_in((out / "report.html").read_text(encoding="utf-8"))
    units = {f.unit.dimension for f in inputs_of(name).figures.values()}
    expected = {currency_name(d.code) for d in units if d.kind == "money"} | {d.code for d in units if d.kind == "count"}
    expected |= {"percent", "percentage points", "times", "number of claims", "setting"}
    assert {c["name"] for c in shown} >= {"verdicts"}
    for chart in shown:
        assert chart["marks"] > 0, f"{name}: chart {chart['name']} draws nothing"
        assert any(word in chart["axis"] for word in expected), f"{name}: {chart['name']}'s axis {chart['axis']!r}"
        svg = svg_text(out / "figures" / f"{chart['name']}.svg")
        assert chart["axis"].split(" (")[0] in svg, f"{name}: the axis label is not drawn in {chart['name']}.svg"


@pytest.mark.parametrize("name", FIXTURE_ARTICLES)
def test_each_chart_in_the_built_report_has_text_alt_and_a_neutral_file_name(name, built):
    out = built(name)
    names = {p.stem for p in (out / "figures").glob("*.svg")}
    assert names <= {"verdicts", "levels", "parts", "changes", "signs", "sensitivity", "mirror"}
    page = (out / "report.html").read_text(encoding="utf-8")
    alts = re.findall(r'<img alt="([^"]*)" src="data:image/svg', page) + re.findall(r'<img src="data:image/svg[^"]*" alt="([^"]*)"', page)
    assert len(alts) == len(names) and all(len(alt) > 40 for alt in alts)


def test_subtracted_parts_are_drawn_as_steps_down(monkeypatch):
    from claimcheck import charts

    # a total of a minus b: the chart draws a bar up for a and a step down for b, and no bar of negative height
    figures = {}
    monkeypatch.setattr(charts, "rendered", lambda name, title, alt, axis, figure, *rest: figures.setdefault(name, figure))
    data = charts.parts_data(Report.build(inputs_of("budget"), config.DEFAULT_TOLERANCES))
    assert any(value < 0 for panel in data["panels"] for value, _ in panel["values"])
    charts.draw_parts(data)
    heights = [p.get_height() for ax in figures["parts"].axes for p in ax.patches]
    assert heights and all(h >= 0 for h in heights)


def test_markup_in_every_text_field_is_shown_as_text(built):
    """The hostile fixture puts markup in the article, entities, member labels, notes, needs, metadata and
    reference rows; the report shows it all as text and runs none of it."""
    page = (built("hostile") / "report.html").read_text(encoding="utf-8")
    for raw in ('<script>alert("article")</script>', "<script>alert('entity')</script>", "<img src=x onerror",
                "<script>alert('needs')</script>", "<b>nothing</b>", "<script>alert('headline')</script>",
                "<script>alert('cites')</script>", "<img src=x onerror=alert('author')>",
                "<script>alert('organisation')</script>", "</script><script>alert('review')</script>","<script>alert('title')</script>", "<script>alert('url')</script>", "<img src=x onerror=alert('quote')>",
                "<b>customs</b>", "<i>national</i>", "<b>statistics</b>", "<script>alert('note')</script>",
                "<b>reference notes</b>", "<b>Freedonia</b>", "<i>Ruritania</i>", "<script>alert('members')</script>",
                "<script>alert('breakout')</script>"):
        assert raw not in page, raw
    assert "&lt;b&gt;customs&lt;/b&gt;" in page and "&lt;i&gt;Ruritania&lt;/i&gt;" in page
    assert "&lt;script&gt;alert(" in page and "&lt;img src=x onerror=alert(1)&gt;" in page


def test_cities_named_as_regions_without_members_are_compared_while_a_regional_total_is_not(case):
    from claimcheck import charts

    article, figures_path, claims_path = case(
        "Auckland's median was $1,020,000 and Wellington's $770,000; the region of both averaged $900,000.",
        [{"id": "akl", "entity": "Auckland", "metric": "median price", "period": "2025-03", "value": "1020000",
          "unit": "NZD", "qualifier": "none", "direction": "", "quote": "Auckland's median was $1,020,000"},
         {"id": "wgn", "entity": "Wellington", "metric": "median price", "period": "2025-03", "value": "770000",
          "unit": "NZD", "qualifier": "none", "direction": "", "quote": "Wellington's $770,000"},
         {"id": "both", "entity": "North", "metric": "median price", "period": "2025-03", "value": "900000",
          "unit": "NZD", "qualifier": "none", "direction": "", "quote": "averaged $900,000"}],
        [{"id": "R1", "quote": "Auckland's median was", "kind": "rank", "subject": "Auckland",
          "members": "Auckland: akl; Wellington: wgn", "expect": "1"},
         {"id": "U1", "quote": "the region of both averaged", "kind": "unverifiable", "stated": "both",
          "needs": "the regional figures"}])
    (figures_path.parent / "article.toml").write_text(
        'dollar = "NZD"\n[entities]\nAuckland = "region"\nWellington = "region"\n'
        'North = { role = "region", members = ["Auckland", "Wellington"] }\n', encoding="utf-8")
    data = charts.levels_data(Report.build(load_inputs(article, figures_path, claims_path), config.DEFAULT_TOLERANCES))
    assert [row["entity"] for row in data["rows"]] == ["Auckland", "Wellington"]
