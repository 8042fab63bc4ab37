"""Every way a build can go wrong ends in one clear message, a non-zero exit, and the published report untouched.

Bad input is refused before any notebook runs, so those cases call the build's entry point in this
process. The cases about the process itself (an exit code seen by the shell, a failing kernel, a
signal) start a real build.
"""

import contextlib
import os
import re
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import nbformat
import pytest

from claimcheck import build, config
from conftest import run_build

ANDES = config.FIXTURES / "andes"


def snapshot(*folders):
    return {str(p): p.read_bytes() for folder in folders if folder.exists() for p in sorted(folder.rglob("*")) if p.is_file()}


@pytest.fixture
def project(tmp_path, capsys):
    """Copies of the fixture article's inputs, and a previously published report to protect."""
    inputs = tmp_path / "inputs"
    shutil.copytree(ANDES, inputs)
    published = tmp_path / "published"
    (published / "figures").mkdir(parents=True)
    for name in ("report.html", "report.pdf", "verdicts.csv"):
        (published / name).write_text(f"the last good {name}")
    (published / "figures" / "levels.svg").write_text("<svg/>")
    before = snapshot(published, config.REPORTS, config.FIGURES)

    class Project:
        article, figures, claims, out = inputs / "article.txt", inputs / "figures.csv", inputs / "claims.csv", published
        metadata = inputs / "article.toml"
        # A build that fails or is interrupted before it prints needs no Chromium: none is started for it.
        no_printer = {**os.environ, "CLAIMCHECK_CHROMIUM": str(tmp_path / "no-chromium")}

        def arguments(self, *extra, **overrides):
            args = {"--article": self.article, "--figures": self.figures, "--claims": self.claims, "--out": self.out}
            args.update({f"--{k.replace('_', '-')}": v for k, v in overrides.items()})
            return [str(x) for pair in args.items() for x in pair] + ["--force", *extra]

        def build(self, *extra, **overrides):
            """The build's entry point, in this process: (exit code, what it printed to stderr)."""
            code = build.main(self.arguments(*extra, **overrides), handle_signals=False)
            return code, capsys.readouterr().err

        def untouched(self):
            return snapshot(published, config.REPORTS, config.FIGURES) == before

        def edit(self, path, old, new):
            text = path.read_text(encoding="utf-8")
            assert old in text, f"fixture text {old!r} not in {path.name}"
            path.write_text(text.replace(old, new, 1), encoding="utf-8")

    return Project()


def assert_refused(outcome, project, *fragments, code=2):
    exit_code, message = outcome
    assert exit_code == code, message
    for fragment in fragments:
        assert fragment in message, f"{fragment!r} not in:\n{message}"
    assert "The published report was left as it was." in message
    assert project.untouched(), "a failed build changed the published outputs"


# 1. the article -----------------------------------------------------------------------------------

def test_article_missing(project):
    project.article.unlink()
    assert_refused(project.build(), project, "article.txt: expected an article as a plain-text file, found no such file")


# 2. the tables and the metadata ----------------------------------------------------------------------

def test_table_empty(project):
    project.claims.write_text("", encoding="utf-8")
    assert_refused(project.build(), project, "claims.csv: expected a header row with columns id,")


def test_table_missing_a_column(project):
    project.edit(project.claims, "id,quote,kind,", "id,quote,")
    assert_refused(project.build(), project, "claims.csv, line 1 (row 0): expected columns", "found no column kind")


def test_metadata_with_an_unknown_role(project):
    project.edit(project.metadata, 'Chile = "partner"', 'Chile = "ally"')
    assert_refused(project.build(), project, "article.toml", "field 'entities.Chile': expected a role")


# 3.-5. values, vocabularies, ids -------------------------------------------------------------------------

def test_a_bad_cell_in_the_figures_table(project):
    # every kind of bad cell is refused by the same loader: test_bad_input.py covers them one by one
    project.edit(project.figures, "trade,2024,31.5,", "trade,2024,31.5x,")
    assert_refused(project.build(), project, "figures.csv, line 2 (row 1), field 'value': expected a non-negative "
                   "number", "how to fix:")


# 6.-9. quotes and claims ---------------------------------------------------------------------------------

def test_quote_not_in_the_article_shows_the_nearest_passage(project):
    project.edit(project.figures, "with trade of $14.2 billion", "with trading of $14.2 billion")
    assert_refused(project.build(), project, "field 'quote': expected a quote that occurs verbatim in the article",
                   "the nearest passage is 'with trade of $14.2 billion")


def test_claim_adds_a_percentage_to_dollars(project):
    project.edit(project.claims, "cl_exports_2024 + cl_imports_2024", "cl_exports_2024 + pe_turnover_change_2024")
    assert_refused(project.build(), project, "claims.csv, line 5 (row 4), field 'computed'",
                   "adds money in USD and a percentage")


def test_unknown_claim_kind(project):
    project.edit(project.claims, ",opinion,", ",hunch,")
    assert_refused(project.build(), project, "claims.csv, line 10 (row 9), field 'kind': expected one of:", "found 'hunch'")


# 10. parameters -------------------------------------------------------------------------------------------

def test_bad_tolerance_parameter(project):
    assert_refused(project.build("--set", "nearly=-0.1"), project,
                   "tolerance parameter 'nearly': expected a fraction between 0 and 1, found -0.1")


@pytest.mark.parametrize("setting, expected", [
    ("approximately=lots", "tolerance parameter 'approximately': expected a number, found 'lots'"),
    ("rounding=0.5", "tolerance parameter 'rounding': expected true or false, found 0.5"),
    ("readings=some", "tolerance parameter 'readings': expected one of both, strict, found 'some'"),
    ("sorta=0.1", "unknown tolerance parameter(s) sorta"),
    ("nearly", "expected NAME=VALUE"),
])
def test_each_bad_tolerance_parameter_is_named(setting, expected):
    with pytest.raises(build.BuildError, match=re.escape(expected)) as refused:
        build.parse_tolerances([setting])
    assert refused.value.code == build.EXIT_INPUT


def test_output_folder_that_is_a_file(project, tmp_path):
    a_file = tmp_path / "report-as-file"
    a_file.write_text("not a folder")
    assert_refused(project.build(out=a_file), project, "expected a folder, found a file")


def test_a_reference_table_that_is_not_there(project, tmp_path):
    assert_refused(project.build(reference=tmp_path / "nowhere.csv"), project,
                   "parameter REFERENCE=", "expected a CSV file, found no such file")


def test_unknown_parameter_name(project):
    with pytest.raises(SystemExit) as exited:
        project.build("--tolerance", "0.1")
    assert exited.value.code == 2 and project.untouched()


# the process itself: what the shell sees ------------------------------------------------------------------

def test_bad_input_exits_2_for_the_shell(project):
    project.article.unlink()
    result = run_build(*project.arguments())
    assert result.returncode == 2 and "found no such file" in result.stderr
    assert project.untouched()


def tiny_notebooks(folder, report_source):
    """A notebooks folder whose report notebook runs `report_source` after its parameters cell."""
    shutil.copytree(config.NOTEBOOKS, folder)
    report = nbformat.read(folder / config.REPORT_NOTEBOOK, as_version=4)
    report.cells = [report.cells[0], nbformat.v4.new_code_cell(report_source)]
    nbformat.write(report, folder / config.REPORT_NOTEBOOK)
    return folder


def test_failing_notebook_cell_keeps_the_partial_notebook(project, tmp_path):
    notebooks = tiny_notebooks(tmp_path / "notebooks", 'raise RuntimeError("a cell that fails mid-run")')
    result = run_build(*project.arguments(notebooks=notebooks), env=project.no_printer)
    printed = result.stdout + result.stderr
    assert result.returncode == 3, printed
    for fragment in (f"notebook {config.REPORT_NOTEBOOK} failed", "RuntimeError: a cell that fails mid-run",
                     "the partly executed notebook is kept at"):
        assert fragment in result.stderr, printed
    assert project.untouched(), printed
    kept = Path(re.search(r"the partly executed notebook is kept at (\S+)", result.stderr).group(1))
    executed = nbformat.read(kept, as_version=4)
    outputs = [o for c in executed.cells for o in c.get("outputs", [])]
    assert any(o.get("ename") == "RuntimeError" for o in outputs), outputs
    ran = [c for c in executed.cells[:-1] if c.cell_type == "code" and c.get("execution_count")]
    assert ran, f"the cells before the failure ran: {executed.cells}"


@pytest.mark.parametrize("signum, moment", [(signal.SIGTERM, "running"), (signal.SIGINT, "checking inputs")],
                         ids=["SIGTERM while the report notebook runs", "SIGINT while the inputs are checked"])
def test_an_interrupted_build_leaves_no_half_written_file(project, tmp_path, signum, moment):
    notebooks = tiny_notebooks(tmp_path / "notebooks", "import time\ntime.sleep(3)")
    command = [sys.executable, "-m", "claimcheck.build", *project.arguments(notebooks=notebooks)]
    process = subprocess.Popen(command, cwd=config.ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                               env=project.no_printer)
    try:
        deadline = time.monotonic() + 60
        for line in process.stdout:
            if moment in line or time.monotonic() > deadline:
                break
        time.sleep(1.0 if moment == "running" else 0.1)
        process.send_signal(signum)
        _, stderr = process.communicate(timeout=60)
    finally:
        if process.poll() is None:  # never leave a build running after the test
            process.kill()
            process.wait()
    assert process.returncode == 130, stderr
    assert f"interrupted by {signum.name}" in stderr
    assert project.untouched()
    staging = config.BUILD_CACHE / "staging"
    assert not any(p.name.endswith(f"-{process.pid}") for p in staging.iterdir()) if staging.exists() else True


def staged(tmp_path, with_pdf: bool):
    """A build's staging folder with a new report in it, and the output folder of an earlier build."""
    stage, out = tmp_path / "stage", tmp_path / "out"
    (stage / "figures").mkdir(parents=True)
    (stage / "reports").mkdir()
    (stage / "reports" / "report.html").write_text("new html")
    (stage / "reports" / "verdicts.csv").write_text("new verdicts")
    if with_pdf:
        (stage / "reports" / "report.pdf").write_bytes(b"new pdf")
    (stage / "figures" / "levels.svg").write_text("new chart")
    out.mkdir()
    for name, text in (("report.html", "old html"), ("verdicts.csv", "old verdicts"), ("report.pdf", "old pdf")):
        (out / name).write_text(text)
    paths = {"out": out, "charts": out / "figures", "cache": tmp_path / "cache", "article": tmp_path / "a.txt"}
    return stage, paths


def test_a_build_without_chromium_removes_the_earlier_pdf_that_no_longer_matches(tmp_path):
    stage, paths = staged(tmp_path, with_pdf=False)
    build.publish(stage, paths)
    assert (paths["out"] / "report.html").read_text() == "new html"
    assert not (paths["out"] / "report.pdf").exists()


def test_a_signal_while_results_move_into_place_waits_until_all_have_moved(tmp_path, monkeypatch):
    stage, paths = staged(tmp_path, with_pdf=True)
    moved = []

    def replace_then_signal(source, target):
        if not moved:
            signal.raise_signal(signal.SIGTERM)  # held until every file has moved
        moved.append(target)
        shutil.move(source, target)

    monkeypatch.setattr(build.os, "replace", replace_then_signal)
    previous = signal.signal(signal.SIGTERM, build._raise_interrupted)
    try:
        with pytest.raises(build.InterruptedOncePublished):
            build.publish(stage, paths)
    finally:
        signal.signal(signal.SIGTERM, previous)
    assert len(moved) == 4
    assert [(paths["out"] / n).read_text() for n in ("report.html", "verdicts.csv", "report.pdf")] == [
        "new html", "new verdicts", "new pdf"]


def test_a_signal_that_comes_before_the_results_move_is_not_reported_as_after(tmp_path, monkeypatch):
    stage, paths = staged(tmp_path, with_pdf=True)

    @contextlib.contextmanager
    def interrupted_on_entry():
        raise build.Interrupted("SIGTERM")  # a pending handler runs as the signals are being held
        yield

    monkeypatch.setattr(build, "signals_deferred", interrupted_on_entry)
    with pytest.raises(build.Interrupted) as raised:
        build.publish(stage, paths)
    assert type(raised.value) is build.Interrupted  # not InterruptedOncePublished: nothing moved
    assert (paths["out"] / "report.html").read_text() == "old html"


def test_a_signal_that_lands_inside_an_import_still_exits_as_an_interruption(capsys):
    """A SIGINT during a slow first import can come back wrapped in a RuntimeError ('Error calling
    __set_name__'); the build must still exit 130 and say nothing was published."""
    from claimcheck import build

    def interrupted_inside_a_class_definition(argv):
        try:
            raise build.Interrupted("SIGINT")
        except build.Interrupted as signal_error:
            raise RuntimeError("Error calling __set_name__ on 'Field' instance") from signal_error

    original = build.build
    build.build = interrupted_inside_a_class_definition
    try:
        assert build.main([], handle_signals=False) == build.EXIT_INTERRUPTED == 130
    finally:
        build.build = original
    assert "interrupted by SIGINT: nothing was published" in capsys.readouterr().err
