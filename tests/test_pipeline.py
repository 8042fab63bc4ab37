"""The one-command build: notebooks under papermill, HTML and PDF through nbconvert, published outputs current."""

import html
import re
import unicodedata

from pypdf import PdfReader

from claimcheck import config
from claimcheck.engine import run
from claimcheck.report import write_verdicts
from conftest import run_build

VERDICTS = ("consistent", "consistent_within_rounding", "inconsistent", "unverifiable", "opinion")
CHART_NAMES = ("verdict_overview", "trade_by_partner", "balance_by_partner", "change_2023_2024", "parts_against_total")
SEED_CHARTS = CHART_NAMES + ("sensitivity", "mirror_statistics")


def package_verdicts(tmp_path, article, figures, claims, reference=None, external_checks=None):
    path = tmp_path / "direct.csv"
    write_verdicts(run(article, figures, claims, reference=reference, external_checks=external_checks), path)
    return path.read_bytes()


def seed_verdicts(tmp_path):
    return package_verdicts(tmp_path, config.ARTICLE, config.FIGURES_TABLE, config.CLAIMS_TABLE,
                            config.REFERENCE_TABLE, config.EXTERNAL_CHECKS)


def test_seed_build_verdicts_equal_the_package_computed_directly(seed_build, tmp_path):
    assert (seed_build / "verdicts.csv").read_bytes() == seed_verdicts(tmp_path)


def test_fixture_build_verdicts_equal_the_package_computed_directly(fixture_build, tmp_path):
    andes = config.FIXTURES / "andes"
    direct = package_verdicts(tmp_path, andes / "article.txt", andes / "figures.csv", andes / "claims.csv")
    assert (fixture_build / "verdicts.csv").read_bytes() == direct
    assert "F01" in (fixture_build / "report.html").read_text(encoding="utf-8")


def test_a_build_elsewhere_writes_its_charts_beside_its_report(fixture_build):
    for name in CHART_NAMES:
        assert (fixture_build / "figures" / f"{name}.png").stat().st_size > 1000
        assert (fixture_build / "figures" / f"{name}.svg").read_text(encoding="utf-8").lstrip().startswith("<?xml")


def test_published_verdicts_are_what_the_inputs_give_today(tmp_path):
    assert (config.REPORTS / "verdicts.csv").read_bytes() == seed_verdicts(tmp_path), \
        "rebuild with `make report` and commit reports/"


def test_published_report_and_charts_are_what_a_fresh_build_gives(seed_build):
    assert (config.REPORTS / "report.html").read_bytes() == (seed_build / "report.html").read_bytes()
    for name in SEED_CHARTS:
        for suffix in (".png", ".svg"):
            assert (config.FIGURES / f"{name}{suffix}").read_bytes() == (seed_build / "figures" / f"{name}{suffix}").read_bytes()


def test_html_names_every_claim_and_verdict_and_loads_nothing_remote(seed_build):
    page = (seed_build / "report.html").read_text(encoding="utf-8")
    for claim_id in run(config.ARTICLE, config.FIGURES_TABLE, config.CLAIMS_TABLE).claim_id:
        assert f">{claim_id}<" in page or f"{claim_id}</span>" in page
    for verdict in VERDICTS:
        assert f"v-{verdict}" in page
    assert not re.search(r"<script[^>]+src=[\"']?(https?:)?//", page)
    assert not re.search(r"<link[^>]+href=[\"']?(https?:)?//", page)
    assert "mathjax" not in page.lower() and "require.min.js" not in page


def test_html_hides_code_and_parameters(seed_build):
    page = (seed_build / "report.html").read_text(encoding="utf-8")
    assert "hl-ipython3" not in page  # no highlighted code cell
    assert "from claimcheck" not in page and "display(HTML" not in page
    assert "article_path" not in page and "injected-parameters" not in page


def test_pdf_has_every_claim_verdict_and_chart_title(seed_build):
    reader = PdfReader(seed_build / "report.pdf")
    text = " ".join(page.extract_text() for page in reader.pages)
    flat = re.sub(r"\s+", " ", unicodedata.normalize("NFKC", text))  # Chromium sets "fi" as a ligature
    for claim_id in run(config.ARTICLE, config.FIGURES_TABLE, config.CLAIMS_TABLE).claim_id:
        assert claim_id in flat
    for label in ("consistent", "consistent within rounding", "inconsistent", "unverifiable", "opinion"):
        assert label in flat
    for title in ("The article, annotated", "Corrections", "The evidence", "Sensitivity to rounding",
                  "What independent sources say", "Whose numbers?", "Open questions", "Method"):
        assert title in flat
    page = (seed_build / "report.html").read_text(encoding="utf-8")
    chart_titles = [html.unescape(t) for t in re.findall(r"<figcaption>(.*?)\. Source:", page)]
    assert len(chart_titles) == 7
    for title in chart_titles:
        assert re.sub(r"\s+", " ", title) in flat, title
    assert 8 <= len(reader.pages) <= 30


def test_two_builds_of_the_same_inputs_are_byte_identical(seed_build, tmp_path):
    again = tmp_path / "again"
    result = run_build("--out", again, "--force")
    assert result.returncode == 0, result.stderr
    for name in ("verdicts.csv", "report.html", "report.pdf"):
        assert (again / name).read_bytes() == (seed_build / name).read_bytes(), name
    for chart in (seed_build / "figures").iterdir():
        assert (again / "figures" / chart.name).read_bytes() == chart.read_bytes(), chart.name


def test_a_rebuild_with_nothing_changed_executes_nothing(fixture_build):
    andes = config.FIXTURES / "andes"
    result = run_build("--article", andes / "article.txt", "--figures", andes / "figures.csv",
                       "--claims", andes / "claims.csv", "--out", fixture_build)
    assert result.returncode == 0, result.stderr
    assert "up to date" in result.stdout
    assert "executed" not in result.stdout


def test_editing_one_notebook_reruns_only_that_notebook(tmp_path):
    import shutil

    import nbformat

    notebooks = tmp_path / "notebooks"
    shutil.copytree(config.NOTEBOOKS, notebooks)
    andes = config.FIXTURES / "andes"
    inputs = ["--article", andes / "article.txt", "--figures", andes / "figures.csv", "--claims", andes / "claims.csv",
              "--notebooks", notebooks]
    first = run_build(*inputs, "--out", tmp_path / "first")
    assert first.returncode == 0, first.stderr
    narrative = nbformat.read(notebooks / "01-load-figures.ipynb", as_version=4)
    narrative.cells[0].source += "\n\nA sentence added by an editor."
    nbformat.write(narrative, notebooks / "01-load-figures.ipynb")
    second = run_build(*inputs, "--out", tmp_path / "second")
    assert second.returncode == 0, second.stderr
    assert "executed 01-load-figures.ipynb" in second.stdout
    for step in ("02-check-claims.ipynb", "03-present-report.ipynb", "render"):
        assert f"reused {step}" in second.stdout
    assert (tmp_path / "second" / "report.html").read_bytes() == (tmp_path / "first" / "report.html").read_bytes()
