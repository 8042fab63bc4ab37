"""The one-command build: the report notebook under papermill, HTML and PDF through nbconvert, outputs current."""

import html
import json
import re
import unicodedata

import nbformat
from pypdf import PdfReader

from claimcheck import config
from claimcheck.engine import run
from claimcheck.report import write_verdicts
from conftest import FIXTURE_ARTICLES, run_build

VERDICTS = ("consistent", "consistent_within_rounding", "inconsistent", "unverifiable", "opinion")
PUBLISHED = ("verdicts.csv", "claimreview.json", "report.html", "report.pdf")


def package_verdicts(tmp_path, article, figures, claims):
    path = tmp_path / "direct.csv"
    write_verdicts(run(article, figures, claims), path)
    return path.read_bytes()


def test_a_fresh_checkouts_first_build_gives_the_published_outputs_byte_for_byte(fresh_checkout):
    """The staleness test: what is committed is what the inputs give today. It is also the test that two
    builds (the one that made the committed files, and this one) are byte-identical, PDF included."""
    for name in PUBLISHED:
        assert (fresh_checkout / "reports" / name).read_bytes() == (config.REPORTS / name).read_bytes(), \
            f"reports/{name} is stale: rebuild with `make report` and commit reports/ and figures/"
    fresh = sorted(p.name for p in (fresh_checkout / "figures").iterdir())
    assert fresh == sorted(p.name for p in config.FIGURES.iterdir()), "figures/ holds charts the build no longer draws"
    for name in fresh:
        assert (fresh_checkout / "figures" / name).read_bytes() == (config.FIGURES / name).read_bytes(), name


def test_the_build_writes_the_verdicts_the_package_computes(seed_build, tmp_path):
    assert (seed_build / "verdicts.csv").read_bytes() == package_verdicts(
        tmp_path, config.ARTICLE, config.FIGURES_TABLE, config.CLAIMS_TABLE)


def test_every_fixture_builds_a_complete_report_with_no_code_change(built, tmp_path):
    for name in FIXTURE_ARTICLES:
        out = built(name)
        folder = config.FIXTURES / name
        assert (out / "verdicts.csv").read_bytes() == package_verdicts(
            tmp_path, folder / "article.txt", folder / "figures.csv", folder / "claims.csv"), name
        assert (out / "report.html").stat().st_size > 20_000, name
        assert (out / "report.pdf").exists() == (name != "andes"), name  # andes is built without Chromium
        charts = sorted((out / "figures").glob("*.svg"))
        assert charts and all(c.with_suffix(".png").stat().st_size > 1000 for c in charts), name


def test_without_chromium_the_html_and_verdicts_are_built_and_the_fix_is_printed(built):
    out = built("andes")
    message = built.results("andes").stderr
    assert "report.pdf was not built" in message and "sudo apt-get install -y chromium" in message
    assert (out / "report.html").exists() and (out / "verdicts.csv").exists() and not (out / "report.pdf").exists()


def test_html_names_every_claim_and_verdict_and_loads_nothing_remote(seed_build):
    page = (seed_build / "report.html").read_text(encoding="utf-8")
    for claim_id in run(config.ARTICLE, config.FIGURES_TABLE, config.CLAIMS_TABLE).claim_id:
        assert f'id="claim-{claim_id}"' in page
    for verdict in VERDICTS:
        assert f"v-{verdict}" in page
    assert not re.search(r"<script[^>]+src=[\"']?(https?:)?//", page)
    assert not re.search(r"<link[^>]+href=[\"']?(https?:)?//", page)
    assert not re.search(r"<script[^>]*mathjax", page, re.IGNORECASE) and "require.min.js" not in page


def test_html_hides_code_and_parameters(seed_build):
    page = (seed_build / "report.html").read_text(encoding="utf-8")
    assert "hl-ipython3" not in page  # no highlighted code cell
    assert "from claimcheck" not in page and "display(HTML" not in page
    assert "article_path" not in page and "injected-parameters" not in page


def test_pdf_has_every_claim_verdict_section_and_chart_title(seed_build):
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
    chart_titles = [html.unescape(t) for t in re.findall(r'<figure class="chart"[^>]*data-title="([^"]*)"', page)]
    assert len(chart_titles) == 7
    svg_text = " ".join(p.read_text(encoding="utf-8") for p in (seed_build / "figures").glob("*.svg"))
    for title in chart_titles:  # the title is drawn in the chart itself, which the PDF embeds as an image
        assert html.escape(title.split(" ")[0], quote=False) in svg_text, title
    assert 8 <= len(reader.pages) <= 40


def test_a_rebuild_with_nothing_changed_executes_nothing(fresh_checkout):
    env = {"PYTHONPATH": str(fresh_checkout), "PATH": __import__("os").environ["PATH"]}
    result = run_build(env=env, cwd=fresh_checkout)
    assert result.returncode == 0, result.stderr
    assert "up to date" in result.stdout and "executed" not in result.stdout


def test_editing_a_notebook_the_report_does_not_run_reuses_every_step(fresh_checkout):
    notebook = fresh_checkout / "notebooks" / "01-load-figures.ipynb"
    narrative = nbformat.read(notebook, as_version=4)
    narrative.cells[0].source += "\n\nA sentence added by an editor."
    nbformat.write(narrative, notebook)
    env = {"PYTHONPATH": str(fresh_checkout), "PATH": __import__("os").environ["PATH"]}
    result = run_build(env=env, cwd=fresh_checkout)
    assert result.returncode == 0, result.stderr
    assert f"reused {config.REPORT_NOTEBOOK}" in result.stdout and "reused render" in result.stdout
    assert "executed" not in result.stdout


def test_claimreview_json_holds_one_review_per_factual_claim(seed_build):
    reviews = json.loads((seed_build / "claimreview.json").read_text(encoding="utf-8"))
    table = run(config.ARTICLE, config.FIGURES_TABLE, config.CLAIMS_TABLE)
    assert len(reviews) == int((table.verdict != "opinion").sum())


def test_the_report_kernel_listens_on_files_of_its_own_never_on_ports(tmp_path):
    """Two builds that start at once never race for a free TCP port: the kernel's sockets are files in its folder."""
    from claimcheck.build import start_kernel, stop_kernel

    kernel = start_kernel({"notebooks": tmp_path, "cache": tmp_path})
    try:
        info = kernel.get_connection_info()
        assert info["transport"] == "ipc" and info["ip"].startswith(str(kernel.sockets_folder))
        assert kernel.client().wait_for_ready(timeout=60) is None
    finally:
        stop_kernel(kernel)
    assert not kernel.sockets_folder.exists()
