"""Every way a build can go wrong ends in one clear message, a non-zero exit, and the published report untouched.

Each test does what a user would: writes the bad file, runs the build, and looks at the exit code,
the message and the output folders.
"""

import json
import shutil
import signal
import subprocess
import sys
import time

import nbformat
import pytest

from claimcheck import config
from conftest import run_build

ANDES = config.FIXTURES / "andes"


def snapshot(*folders):
    return {str(p): p.read_bytes() for folder in folders if folder.exists() for p in sorted(folder.rglob("*")) if p.is_file()}


@pytest.fixture
def project(tmp_path, fixture_build):
    """Copies of the fixture article's inputs, and a previously published report to protect."""
    inputs = tmp_path / "inputs"
    shutil.copytree(ANDES, inputs)
    published = tmp_path / "published"
    shutil.copytree(fixture_build, published)
    before = snapshot(published, config.REPORTS, config.FIGURES)

    class Project:
        article, figures, claims, out = inputs / "article.txt", inputs / "figures.csv", inputs / "claims.csv", published

        def build(self, *extra, **overrides):
            args = {"--article": self.article, "--figures": self.figures, "--claims": self.claims, "--out": self.out}
            args.update({f"--{k}": v for k, v in overrides.items()})
            flat = [str(x) for pair in args.items() for x in pair]
            return run_build(*flat, "--force", *extra)

        def untouched(self):
            return snapshot(published, config.REPORTS, config.FIGURES) == before

        def edit(self, path, old, new):
            text = path.read_text(encoding="utf-8")
            assert old in text, f"fixture text {old!r} not in {path.name}"
            path.write_text(text.replace(old, new, 1), encoding="utf-8")

    return Project()


def assert_refused(result, project, *fragments, code=2):
    message = result.stderr
    assert result.returncode == code, message
    for fragment in fragments:
        assert fragment in message, f"{fragment!r} not in:\n{message}"
    assert project.untouched(), "a failed build changed the published outputs"


# 1. the article -----------------------------------------------------------------------------------

def test_article_missing(project):
    project.article.unlink()
    assert_refused(project.build(), project, "article.txt: expected an article as a plain-text file, found no such file")


def test_article_empty(project):
    project.article.write_text("   \n", encoding="utf-8")
    assert_refused(project.build(), project, "article.txt: expected an article with text in it, found an empty file")


def test_article_not_utf8(project):
    project.article.write_bytes(project.article.read_bytes().replace(b"Chile", b"Chil\xe9", 1))
    assert_refused(project.build(), project, "article.txt, line 3 (row 2): expected UTF-8 text, found byte 0xe9")


# 2. the tables ------------------------------------------------------------------------------------

@pytest.mark.parametrize("table", ["figures", "claims"])
def test_table_missing(project, table):
    getattr(project, table).unlink()
    assert_refused(project.build(), project, f"{table}.csv: expected a CSV file, found no such file")


@pytest.mark.parametrize("table", ["figures", "claims"])
def test_table_empty(project, table):
    getattr(project, table).write_text("", encoding="utf-8")
    assert_refused(project.build(), project, f"{table}.csv: expected a header row with columns id,")


def test_table_missing_a_column(project):
    project.edit(project.claims, "id,quote,kind,", "id,quote,")
    assert_refused(project.build(), project, "claims.csv, line 1 (row 0): expected columns", "found no column kind")


# 3. values -------------------------------------------------------------------------------------------

@pytest.mark.parametrize("bad, expected", [
    ("31.5x", "expected a number, found '31.5x'"),
    ("-31.5", "expected a non-negative number"),
    ("NaN", "expected a value, not empty or NaN, found 'NaN'"),
])
def test_value_not_a_sensible_number(project, bad, expected):
    project.edit(project.figures, "turnover,2024,31.5,", f"turnover,2024,{bad},")
    assert_refused(project.build(), project, "figures.csv, line 2 (row 1), field 'value'", expected)


# 4. vocabularies --------------------------------------------------------------------------------------

def test_unit_outside_the_vocabulary(project):
    project.edit(project.figures, "31.5,USD_bn,", "31.5,EUR_bn,")
    assert_refused(project.build(), project, "figures.csv, line 2 (row 1), field 'unit': expected one of: USD_tn",
                   "found 'EUR_bn'")


def test_qualifier_outside_the_vocabulary(project):
    project.edit(project.figures, "2.7,USD_bn,just over,", "2.7,USD_bn,a tad over,")
    assert_refused(project.build(), project, "field 'qualifier': expected one of: none, nearly", "found 'a tad over'")


# 5. duplicate ids ----------------------------------------------------------------------------------------

def test_duplicate_figure_id(project):
    project.edit(project.figures, "andes_turnover_2023,", "andes_turnover_2024,")
    assert_refused(project.build(), project, "figures.csv, line 3 (row 2), field 'id': expected an id used only once")


def test_duplicate_claim_id(project):
    project.edit(project.claims, "F02,", "F01,")
    assert_refused(project.build(), project, "claims.csv, line 3 (row 2), field 'id': expected an id used only once, found 'F01'")


# 6.-7. quotes -------------------------------------------------------------------------------------------------

def test_quote_not_in_the_article_shows_the_nearest_passage(project):
    project.edit(project.figures, "with trade of $14.2 billion", "with trading of $14.2 billion")
    assert_refused(project.build(), project, "field 'quote': expected a quote that occurs verbatim in the article",
                   "the nearest passage is 'with trade of $14.2 billion")


def test_quote_number_differs_from_the_value(project):
    project.edit(project.figures, "Chile,turnover,2024,14.2,", "Chile,turnover,2024,14.3,")
    assert_refused(project.build(), project, "figures.csv, line 5 (row 4), field 'value': expected the value printed "
                   "in the quote, '$14.2 billion' = 14.2, found 14.3")


# 8.-9. claims ---------------------------------------------------------------------------------------------------

def test_claim_refers_to_a_missing_figure(project):
    project.edit(project.claims, "cl_exports_2024 + cl_imports_2024", "cl_exports_2024 + cl_imports_2025")
    assert_refused(project.build(), project, "claims.csv, line 5 (row 4), field 'computed'", "no figure with id 'cl_imports_2025'")


def test_claim_adds_a_percentage_to_dollars(project):
    project.edit(project.claims, "cl_exports_2024 + cl_imports_2024", "cl_exports_2024 + pe_turnover_change_2024")
    assert_refused(project.build(), project, "claims.csv, line 5 (row 4), field 'computed'", "adds or subtracts USD_bn and percent")


def test_unknown_claim_kind(project):
    project.edit(project.claims, ",opinion,", ",hunch,")
    assert_refused(project.build(), project, "claims.csv, line 10 (row 9), field 'kind': expected one of:", "found 'hunch'")


# 10. parameters ------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("setting, expected", [
    ("nearly=-0.1", "tolerance parameter 'nearly': expected a fraction between 0 and 1, found -0.1"),
    ("approximately=lots", "tolerance parameter 'approximately': expected a number, found 'lots'"),
    ("rounding=0.5", "tolerance parameter 'rounding': expected true or false, found 0.5"),
    ("sorta=0.1", "unknown tolerance parameter(s) sorta"),
    ("nearly", "expected NAME=VALUE"),
])
def test_bad_tolerance_parameter(project, setting, expected):
    assert_refused(project.build("--set", setting), project, expected)


def test_output_folder_that_is_a_file(project, tmp_path):
    a_file = tmp_path / "report-as-file"
    a_file.write_text("not a folder")
    assert_refused(project.build(out=a_file), project, "expected a folder, found a file")


def test_unknown_parameter_name(project):
    result = project.build("--tolerance", "0.1")
    assert result.returncode == 2 and "unrecognized arguments: --tolerance" in result.stderr
    assert project.untouched()


# 11. a notebook that fails mid-run -------------------------------------------------------------------------------

def test_failing_notebook_cell_keeps_the_partial_notebook(project, tmp_path):
    notebooks = tmp_path / "notebooks"
    shutil.copytree(config.NOTEBOOKS, notebooks)
    broken = nbformat.read(notebooks / "02-check-claims.ipynb", as_version=4)
    broken.cells.insert(3, nbformat.v4.new_code_cell('raise RuntimeError("a cell that fails mid-run")'))
    nbformat.write(broken, notebooks / "02-check-claims.ipynb")
    result = project.build(notebooks=notebooks)
    assert_refused(result, project, "notebook 02-check-claims.ipynb failed", "RuntimeError: a cell that fails mid-run",
                   "the partly executed notebook is kept at", code=3)
    kept = config.BUILD_CACHE / "failed" / "02-check-claims.ipynb"
    executed = nbformat.read(kept, as_version=4)
    assert any(o.get("ename") == "RuntimeError" for c in executed.cells for o in c.get("outputs", []))
    assert executed.cells[2].execution_count is not None, "the cells before the failure ran"


# 12. no Chromium ------------------------------------------------------------------------------------------------

def test_without_chromium_the_html_and_verdicts_are_built_and_the_fix_is_printed(project, tmp_path):
    out = tmp_path / "no-chromium"
    env = {**__import__("os").environ, "CLAIMCHECK_CHROMIUM": str(tmp_path / "no-such-chromium")}
    result = run_build("--article", project.article, "--figures", project.figures, "--claims", project.claims,
                       "--out", out, "--force", env=env)
    assert result.returncode == 4, result.stderr
    assert "report.pdf was not built" in result.stderr and "sudo apt-get install -y chromium" in result.stderr
    assert (out / "report.html").exists() and (out / "verdicts.csv").exists()
    assert not (out / "report.pdf").exists()


# 13. interrupted builds ------------------------------------------------------------------------------------------

@pytest.mark.parametrize("signum", [signal.SIGTERM, signal.SIGINT])
def test_an_interrupted_build_leaves_no_half_written_file(project, signum):
    command = [sys.executable, "-m", "claimcheck.build", "--article", str(project.article), "--figures",
               str(project.figures), "--claims", str(project.claims), "--out", str(project.out), "--force"]
    process = subprocess.Popen(command, cwd=config.ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    deadline = time.monotonic() + 120
    for line in process.stdout:  # the small notebooks finish while the report notebook still runs
        if "executed 01-load-figures" in line or "executed 02-check-claims" in line or time.monotonic() > deadline:
            break
    process.send_signal(signum)
    _, stderr = process.communicate(timeout=60)
    assert process.returncode == 130, stderr
    assert f"interrupted by {signum.name}" in stderr
    assert project.untouched()
    staging = config.BUILD_CACHE / "staging"
    assert not any(p.name.endswith(f"-{process.pid}") for p in staging.iterdir()) if staging.exists() else True


# security ---------------------------------------------------------------------------------------------------------

def test_html_and_script_in_the_inputs_are_shown_escaped(tmp_path):
    hostile = config.FIXTURES / "hostile"
    out = tmp_path / "hostile"
    result = run_build("--article", hostile / "article.txt", "--figures", hostile / "figures.csv",
                       "--claims", hostile / "claims.csv", "--out", out, "--force")
    assert result.returncode == 0, result.stderr
    page = (out / "report.html").read_text(encoding="utf-8")
    for raw in ('<script>alert("article")</script>', "<script>alert('entity')</script>", "<img src=x onerror",
                "<script>alert('needs')</script>", "<b>nothing</b>"):
        assert raw not in page, raw
    assert "&lt;script&gt;alert(&quot;article&quot;)&lt;/script&gt;" in page
    assert "&lt;img src=x onerror=alert(1)&gt;" in page


def test_a_clean_state_file_is_written_only_after_success(project):
    result = project.build()
    assert result.returncode == 0, result.stderr
    states = [json.loads(p.read_text()) for p in (config.BUILD_CACHE / "state").glob("*.json")]
    assert any(str(project.out / "report.html") in s["outputs"] for s in states)
