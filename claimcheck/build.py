"""Build the report: validate inputs, execute the report notebook, render HTML and PDF, publish atomically.

    python -m claimcheck.build [--article A] [--figures F] [--claims C] [--out DIR] [--charts DIR]
                               [--set nearly=0.1 ...]

Inputs are hashed (article, tables, notebooks, package code, parameters); when nothing changed
since the last build of the same output folder, nothing is redone. Otherwise the report notebook
runs again, but the results inside it are kept in the content
cache (claimcheck.cache) by what they are computed from: after an edit, the checks run again and
only the charts and sections whose data changed are drawn again, the build drawing charts on the
second core while the kernel starts. Every result is written to a staging folder first and moved
into place only when all of it succeeded, so a failed or interrupted build leaves the published
report as it was.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import shutil
import signal
import sys
import time
from contextlib import contextmanager
from pathlib import Path

from . import config

EXIT_INPUT, EXIT_NOTEBOOK, EXIT_NO_CHROMIUM, EXIT_INTERRUPTED = 2, 3, 4, 130
PUBLISHED_REPORT_FILES = ("verdicts.csv", "report.html", "report.pdf")


class BuildError(Exception):
    def __init__(self, message: str, code: int):
        super().__init__(message)
        self.code = code


def log(message: str) -> None:
    print(f"[claimcheck] {message}", flush=True)


# -- parameters ---------------------------------------------------------------------------------

def parse_arguments(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="python -m claimcheck.build", description=__doc__.split("\n\n")[0])
    parser.add_argument("--article", default=str(config.ARTICLE))
    parser.add_argument("--figures", default=str(config.FIGURES_TABLE))
    parser.add_argument("--claims", default=str(config.CLAIMS_TABLE))
    parser.add_argument("--metadata", default=None, help="the article's metadata (default: article.toml beside the "
                        "figures table)")
    parser.add_argument("--reference", default=None, help="independent figures (default: the table the article's "
                        "metadata names); '' for none")
    parser.add_argument("--external-checks", default=None, help="which outside check settles which claim (default: "
                        "the table the article's metadata names); '' for none")
    parser.add_argument("--reviewer", default="", help="the reviewing organisation, for ClaimReview (default: the "
                        "metadata's [review] organisation)")
    parser.add_argument("--report-url", default="", help="where the report will be published, for ClaimReview "
                        "(default: the metadata's [review] url)")
    parser.add_argument("--out", default=str(config.REPORTS), help="folder for report.html, report.pdf, verdicts.csv")
    parser.add_argument("--charts", default=None, help="folder for the charts (default: figures/ for the published "
                        "report, OUT/figures otherwise)")
    parser.add_argument("--set", action="append", default=[], metavar="NAME=VALUE",
                        help="a tolerance parameter, e.g. nearly=0.1 or rounding=false")
    parser.add_argument("--notebooks", default=str(config.NOTEBOOKS), help="folder of the notebooks to run")
    parser.add_argument("--cache", default=str(config.BUILD_CACHE), help="folder for the build cache and staging "
                        "(default: .build/, or $CLAIMCHECK_BUILD_CACHE)")
    parser.add_argument("--force", action="store_true", help="rebuild even if nothing changed")
    return parser.parse_args(argv)


def parse_tolerances(settings: list[str]) -> config.Tolerances:
    values = {}
    for setting in settings:
        name, sep, text = setting.partition("=")
        if not sep:
            raise BuildError(f"error: parameter {setting!r}: expected NAME=VALUE, e.g. nearly=0.1", EXIT_INPUT)
        lowered = text.strip().lower()
        if lowered in ("true", "false"):
            values[name.strip()] = lowered == "true"
        else:
            try:
                values[name.strip()] = float(text)
            except ValueError:
                values[name.strip()] = text  # Tolerances reports the type error with the parameter's name
    try:
        return config.Tolerances.from_mapping(values)
    except (TypeError, ValueError) as error:
        raise BuildError(f"error: {error}", EXIT_INPUT) from None


def resolve_paths(args: argparse.Namespace) -> dict[str, Path]:
    paths = {name: Path(getattr(args, name)).expanduser().resolve()
             for name in ("article", "figures", "claims", "out", "notebooks", "cache")}
    paths["metadata"] = (Path(args.metadata).expanduser().resolve() if args.metadata
                         else paths["figures"].parent / config.METADATA_NAME)
    if args.metadata and not paths["metadata"].is_file():
        raise BuildError(f"error: parameter METADATA={args.metadata}: expected a TOML file, found "
                         f"{'a folder' if paths['metadata'].is_dir() else 'no such file'}", EXIT_INPUT)
    for name in ("reference", "external_checks"):
        given = getattr(args, name)
        paths[name] = None if given is None else (Path(given).expanduser().resolve() if given else "")
        if paths[name] and not paths[name].is_file():
            raise BuildError(f"error: parameter {name.upper()}={given}: expected a CSV file, found "
                             f"{'a folder' if paths[name].is_dir() else 'no such file'}", EXIT_INPUT)
    published = paths["out"] == config.REPORTS.resolve()
    paths["charts"] = Path(args.charts).expanduser().resolve() if args.charts else (
        config.FIGURES.resolve() if published else paths["out"] / "figures")
    for name in ("out", "charts"):
        if paths[name].exists() and not paths[name].is_dir():
            raise BuildError(f"error: parameter {name.upper()}={getattr(args, name) or paths[name]}: expected a folder, "
                             f"found a file\n    how to fix: pass a folder path, or remove the file", EXIT_INPUT)
    missing = [n for n in config.NOTEBOOK_ORDER if not (paths["notebooks"] / n).is_file()]
    if missing:
        raise BuildError(f"error: parameter NOTEBOOKS={args.notebooks}: expected a folder holding "
                         f"{', '.join(config.NOTEBOOK_ORDER)}, found no {', '.join(missing)}", EXIT_INPUT)
    for name in ("article", "figures", "claims"):
        if paths[name].is_dir():
            raise BuildError(f"error: parameter {name.upper()}={getattr(args, name)}: expected a file, found a folder",
                             EXIT_INPUT)
    return paths


# -- change detection -----------------------------------------------------------------------------

def _base_files(paths: dict[str, Path]) -> list[Path]:
    """The files every build of these paths reads, known without parsing any of them."""
    files = [paths["article"], paths["figures"], paths["claims"], paths["metadata"], config.ROOT / "requirements.txt"]
    files += [p for p in (paths["reference"], paths["external_checks"]) if p]
    package = Path(__file__).parent
    files += sorted(p for p in package.rglob("*") if p.is_file() and p.suffix in (".py", ".css", ".j2", ".json"))
    return files


def _named_reference_files(paths: dict[str, Path]) -> list[Path]:
    """The reference tables the article's metadata names, where no parameter overrides them."""
    if paths["reference"] is not None and paths["external_checks"] is not None:
        return []
    from .errors import InputError
    from .metadata import load_metadata

    try:
        named = load_metadata(paths["metadata"]).reference
    except InputError:
        return []  # check_inputs reports it
    return [p for p in (named.figures, named.checks) if p] if named else []


def _file_digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest() if path.exists() else "<missing>"


def _settings(paths: dict[str, Path], tolerances: config.Tolerances, options: dict) -> str:
    """The build's parameters: where everything is, the tolerances, the review options, whether Chromium is there."""
    return json.dumps({"paths": {k: str(v) for k, v in sorted(paths.items())}, "tolerances": tolerances.as_dict(),
                       "options": options, "chromium": config.CHROMIUM.exists()}, sort_keys=True)


def input_hashes(paths: dict[str, Path]) -> dict[str, str]:
    """A content hash of every file the outputs depend on: inputs, reference tables, package code, notebooks."""
    files = _base_files(paths) + _named_reference_files(paths) + sorted(paths["notebooks"].glob("*.ipynb"))
    return {str(p): _file_digest(p) for p in files}


def step_keys(paths: dict[str, Path], tolerances: config.Tolerances, options: dict) -> dict[str, str]:
    """One content hash per step: the report notebook (its own file plus every shared input) and the rendering."""
    shared = hashlib.sha256(_settings(paths, tolerances, options).encode())
    for path in _base_files(paths) + _named_reference_files(paths):
        shared.update(path.name.encode())
        shared.update(_file_digest(path).encode())
    keys = {}
    for name in (config.REPORT_NOTEBOOK,):
        step = shared.copy()
        step.update(name.encode())
        step.update((paths["notebooks"] / name).read_bytes())
        keys[name] = step.hexdigest()
    keys["render"] = hashlib.sha256((keys[config.REPORT_NOTEBOOK] + str(config.CHROMIUM.exists())).encode()).hexdigest()
    return keys


class StepCache:
    """Finished steps' files by content hash, outside reports/, so a rebuild redoes only the steps whose inputs changed."""

    def __init__(self, root: Path):
        self.root = root

    def _folder(self, step: str, key: str) -> Path:
        return self.root / step / key

    def has(self, step: str, key: str) -> bool:
        return (self._folder(step, key) / ".complete").exists()

    def restore(self, step: str, key: str, into: Path) -> None:
        shutil.copytree(self._folder(step, key), into, dirs_exist_ok=True, ignore=shutil.ignore_patterns(".complete"))

    def store(self, step: str, key: str, source: Path) -> None:
        """Copy a finished step in, then drop the step's older entries: one entry per step is kept. Another build's
        copy in progress (a `.partial-` folder) is left alone, and a copy that another build's clean-up cut short
        only leaves the step uncached: the step's files are in this build's stage either way."""
        target = self._folder(step, key)
        partial = target.with_name(target.name + f".partial-{os.getpid()}")
        try:
            shutil.rmtree(partial, ignore_errors=True)
            shutil.copytree(source, partial)
            (partial / ".complete").touch()
            shutil.rmtree(target, ignore_errors=True)
            os.replace(partial, target)
        except (OSError, shutil.Error):
            shutil.rmtree(partial, ignore_errors=True)
            return
        for older in target.parent.iterdir():
            if older != target and ".partial-" not in older.name:
                shutil.rmtree(older, ignore_errors=True)


def _state_file(paths: dict[str, Path]) -> Path:
    key = hashlib.sha256(str(paths["out"]).encode()).hexdigest()[:16]
    return paths["cache"] / "state" / f"{key}.json"


def up_to_date(paths: dict[str, Path], settings: str) -> bool:
    """Whether the last build of this output folder had these settings, and its inputs and outputs are unchanged.

    Only hashes files: the record lists every file the last build read (including the reference tables its
    metadata named, which can only change if the metadata file's hash does), so nothing needs parsing.
    """
    state_file = _state_file(paths)
    if not state_file.exists():
        return False
    state = json.loads(state_file.read_text())
    inputs, outputs = state.get("inputs", {}), state.get("outputs", {})
    expected = {str(p) for p in _base_files(paths) + sorted(paths["notebooks"].glob("*.ipynb"))}
    expected |= set(state.get("named_reference", []))
    if state.get("settings") != settings or set(inputs) != expected:
        return False
    return all(_file_digest(Path(p)) == h for p, h in {**inputs, **outputs}.items())


def record_state(paths: dict[str, Path], settings: str, inputs: dict[str, str], outputs: list[Path]) -> None:
    state_file = _state_file(paths)
    state_file.parent.mkdir(parents=True, exist_ok=True)
    state = {"settings": settings, "inputs": inputs, "named_reference": [str(p) for p in _named_reference_files(paths)],
             "outputs": {str(p): _file_digest(p) for p in outputs}}
    state_file.write_text(json.dumps(state, indent=1, sort_keys=True))


# -- signals --------------------------------------------------------------------------------------

class Interrupted(Exception):
    pass


class InterruptedOncePublished(Interrupted):
    """A signal that arrived while the results moved into place: it is acted on once they all have."""


def _raise_interrupted(signum, frame):
    raise Interrupted(signal.Signals(signum).name)


@contextmanager
def signals_deferred():
    """Hold SIGINT and SIGTERM while results move into place, so the move is never cut in half."""
    blocked = {signal.SIGINT, signal.SIGTERM}
    previous = signal.pthread_sigmask(signal.SIG_BLOCK, blocked)
    try:
        yield
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, previous)


# -- the steps ------------------------------------------------------------------------------------

# Imported by the kernel while it starts, before any cell runs (IPython's exec_lines add no execution count):
# the report notebook's own first imports, done while the build draws the charts.
KERNEL_PRELOAD = "import claimcheck.charts, claimcheck.report, claimcheck.sections; claimcheck.charts.pyplot()"


def start_kernel(paths: dict[str, Path]):
    """Start the report notebook's kernel, so that it starts up while the build draws the charts ahead.

    It keeps its results in this build's cache, where the build leaves the checks and the charts it draws.
    """
    import tempfile

    from jupyter_client.manager import KernelManager

    # Its sockets are files in a folder of its own, never TCP ports: a port picked for one build may be taken by a
    # build starting at the same moment before the kernel binds it ('Address already in use'). The folder's path is
    # short, as a socket's path must be.
    sockets = Path(tempfile.mkdtemp(prefix="claimcheck-kernel-"))
    manager = KernelManager(kernel_name="python3", transport="ipc", ip=str(sockets / "kernel"))
    manager.sockets_folder = sockets
    manager.start_kernel(
        cwd=str(paths["notebooks"]), env={**os.environ, "CLAIMCHECK_BUILD_CACHE": str(paths["cache"])},
        extra_arguments=["--IPKernelApp.log_level=CRITICAL",  # keep the start-up chatter off the terminal
                         f"--IPKernelApp.exec_lines={json.dumps([KERNEL_PRELOAD])}"],
    )
    return manager


def stop_kernel(kernel) -> None:
    """Shut the kernel down with its sockets and their folder."""
    kernel.shutdown_kernel(now=True)
    kernel.context.destroy(linger=0)  # the notebook client's sockets too: exiting does not wait on them
    shutil.rmtree(kernel.sockets_folder, ignore_errors=True)


def execute_notebook(paths: dict[str, Path], tolerances: config.Tolerances, stage: Path, name: str, options: dict,
                     kernel) -> None:
    """Run a notebook with papermill's Python API in the kernel started for it.

    It writes into its own folder, stage/steps/NAME/ (reports/, figures/, notebook.ipynb), so that its
    files can be cached as one step.
    """
    import papermill
    from papermill.exceptions import PapermillExecutionError

    folder = stage / "steps" / name
    (folder / "reports").mkdir(parents=True, exist_ok=True)
    (folder / "figures").mkdir(parents=True, exist_ok=True)
    parameters = {
        "article_path": str(paths["article"]), "figures_path": str(paths["figures"]),
        "claims_path": str(paths["claims"]), "tolerances": tolerances.as_dict(),
        "metadata_path": str(paths["metadata"]),
        "reference_path": None if paths["reference"] is None else str(paths["reference"]),
        "external_checks_path": None if paths["external_checks"] is None else str(paths["external_checks"]),
        "reviewer": options.get("reviewer", ""), "report_url": options.get("report_url", ""),
        "output_dir": str(folder / "reports"), "charts_dir": str(folder / "figures"),
    }
    started = time.perf_counter()
    log(f"running {name}")
    try:
        papermill.execute_notebook(
            str(paths["notebooks"] / name), str(folder / "notebook.ipynb"), parameters=parameters,
            kernel_name="python3", km=kernel, progress_bar=False, cwd=str(paths["notebooks"]), log_output=False,
            request_save_on_cell_execute=False,  # written once at the end (and on failure), not after each cell
        )
    except PapermillExecutionError as error:
        kept = paths["cache"] / "failed" / name
        kept.parent.mkdir(parents=True, exist_ok=True)
        # kept for debugging: it shows every cell up to the failure
        shutil.copyfile(folder / "notebook.ipynb", kept)
        raise BuildError(
            f"error: notebook {name} failed in cell {error.exec_count}: {error.ename}: {error.evalue}\n"
            f"    the partly executed notebook is kept at {kept}", EXIT_NOTEBOOK) from None
    log(f"executed {name} ({time.perf_counter() - started:.1f}s)")


def gather(stage: Path) -> None:
    """Move every step's reports and charts into the stage's reports/ and figures/, ready to publish."""
    for step in sorted((stage / "steps").iterdir()):
        for kind in ("reports", "figures"):
            for path in sorted((step / kind).glob("*")) if (step / kind).exists() else []:
                os.replace(path, stage / kind / path.name)


def render(report_notebook: Path, folder: Path, printer) -> str | None:
    """Export the executed report notebook to report.html and, through the Chromium started at the beginning,
    report.pdf (nbconvert's WebPDF exporter); without Chromium, the HTML alone and a warning."""
    import nbformat

    from . import render as renderer

    notebook = nbformat.read(report_notebook, as_version=4)
    started = time.perf_counter()
    html, pdf = renderer.render_report(notebook, "Claim check", printer)
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "report.html").write_text(html, encoding="utf-8")
    if pdf is None:
        log(f"rendered report.html ({time.perf_counter() - started:.1f}s)")
        return (f"warning: {config.CHROMIUM} is not installed, so report.pdf was not built; the HTML and "
                f"verdicts.csv were.\n    how to fix: {config.CHROMIUM_INSTALL}")
    (folder / "report.pdf").write_bytes(pdf)
    log(f"rendered report.html and printed report.pdf with {config.CHROMIUM} ({time.perf_counter() - started:.1f}s)")
    return None


def _stale_charts(paths: dict[str, Path], drawn: set[str]) -> list[Path]:
    """Charts an earlier build put in the charts folder that this one no longer draws.

    In the project's own figures/ folder that is every chart file not drawn now; elsewhere only the files
    the last build of the same output folder recorded, so that nothing a user put there is ever removed.
    """
    if paths["charts"] == config.FIGURES.resolve():
        earlier = [p for p in paths["charts"].glob("*") if p.suffix in (".png", ".svg")]
    else:
        state_file = _state_file(paths)
        recorded = json.loads(state_file.read_text()).get("outputs", {}) if state_file.exists() else {}
        earlier = [Path(p) for p in recorded if Path(p).parent == paths["charts"]]
    return [p for p in earlier if p.name not in drawn and p.exists()]


def publish(stage: Path, paths: dict[str, Path]) -> list[Path]:
    """Move each staged file over its published counterpart (each move is atomic); drop charts no longer drawn."""
    moves = [(p, paths["out"] / p.name) for p in sorted((stage / "reports").iterdir())]
    moves += [(p, paths["charts"] / p.name) for p in sorted((stage / "figures").iterdir())]
    stale = _stale_charts(paths, {p.name for p in (stage / "figures").iterdir()})
    if not (stage / "reports" / "report.pdf").exists() and (paths["out"] / "report.pdf").exists():
        stale.append(paths["out"] / "report.pdf")  # an earlier PDF would contradict the new HTML beside it
    moved = False
    try:
        with signals_deferred():
            paths["out"].mkdir(parents=True, exist_ok=True)
            paths["charts"].mkdir(parents=True, exist_ok=True)
            for source, target in moves:
                os.replace(source, target)
            for path in stale:
                path.unlink()
            moved = True
    except Interrupted as signame:
        if not moved:  # it came before the signals were held: nothing moved
            raise
        raise InterruptedOncePublished(str(signame)) from None  # held, and let through once every file moved
    return [target for _, target in moves]


def check_inputs(paths: dict[str, Path], tolerances: config.Tolerances, options: dict):
    """Every input against its schema and the article, before anything is published; BuildError if not.
    Returns the checked report."""
    from .claimreview import missing
    from .engine import load_inputs
    from .errors import InputError
    from .report import Report

    log(f"checking inputs: {paths['article'].name}, {paths['figures'].name}, {paths['claims'].name}")
    try:
        inputs = load_inputs(paths["article"], paths["figures"], paths["claims"], paths["metadata"])
        report = Report.build(inputs, tolerances, paths["reference"], paths["external_checks"], **options)
    except InputError as error:
        raise BuildError(str(error), EXIT_INPUT) from None
    unknown = missing(report)
    if unknown:
        log(f"the article's metadata does not say: {', '.join(unknown)}; the report and its ClaimReview markup leave "
            "them out")
    if report.is_draft:
        log(f"DRAFT: {len(report.unreviewed)} rows are unreviewed; would-be contradictions go under 'To review'")
    return report


class DrawingAhead:
    """The report's charts drawn into the content cache in a thread, for the kernel about to start.

    `stop()` waits for the chart being drawn and draws no more: an interpreter must not exit while a
    thread is inside matplotlib.
    """

    def __init__(self, report):
        import threading

        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._draw, args=(report,), name="drawing-ahead", daemon=True)
        self._thread.start()

    def _draw(self, report) -> None:
        from . import charts

        try:
            charts.prepare(report, self._stop.is_set)
        except Exception as error:  # the notebook draws them itself, and reports any error where it happens
            log(f"drawing the charts ahead failed ({type(error).__name__}); the notebook draws them")

    def stop(self) -> None:
        self._stop.set()
        self._thread.join()


def build(argv: list[str]) -> int:
    args = parse_arguments(argv)
    tolerances = parse_tolerances(args.set)
    paths = resolve_paths(args)
    options = {"reviewer": args.reviewer, "report_url": args.report_url}
    settings = _settings(paths, tolerances, options)
    if not args.force and up_to_date(paths, settings):
        log(f"up to date: nothing changed since the last build of {paths['out']}")
        return 0

    keys, cache = step_keys(paths, tolerances, options), StepCache(paths["cache"] / "steps")
    reuse = {step for step, key in keys.items() if not args.force and cache.has(step, key)}
    to_run = [name for name in (config.REPORT_NOTEBOOK,) if name not in reuse]

    from . import cache as content_cache
    from .render import Printer

    content_cache.use(paths["cache"])
    kernel, printer, stage, drawing = None, None, None, None
    try:
        report = check_inputs(paths, tolerances, options)  # bad input fails here, before any notebook runs
        kernel = start_kernel(paths) if to_run else None  # it starts up while the charts are drawn ahead
        inputs = input_hashes(paths)
        stage = paths["cache"] / "staging" / f"{keys[config.REPORT_NOTEBOOK][:12]}-{os.getpid()}"
        shutil.rmtree(stage, ignore_errors=True)
        for folder in ("reports", "figures", "steps"):
            (stage / folder).mkdir(parents=True)
        for step in sorted(reuse):
            try:
                cache.restore(step, keys[step], stage / "steps" / step)
                log(f"reused {step} (its inputs are unchanged)")
            except (OSError, shutil.Error):  # another build replaced that entry meanwhile: redo the step
                shutil.rmtree(stage / "steps" / step, ignore_errors=True)
                reuse.discard(step)
                if step != "render":
                    to_run.append(step)
                    kernel = kernel or start_kernel(paths)
        if "render" not in reuse and config.CHROMIUM.exists():
            printer = Printer()  # it starts up while the notebook runs
        drawing = DrawingAhead(report) if to_run else None  # on the second core while the kernel starts
        for name in to_run:  # the report notebook, unless its step was reused
            execute_notebook(paths, tolerances, stage, name, options, kernel)
        for name in to_run:
            cache.store(name, keys[name], stage / "steps" / name)
        warning = None
        if "render" not in reuse:
            report_notebook = stage / "steps" / config.REPORT_NOTEBOOK / "notebook.ipynb"
            warning = render(report_notebook, stage / "steps" / "render" / "reports", printer)
            if not warning:
                cache.store("render", keys["render"], stage / "steps" / "render")
        gather(stage)
        if warning and (paths["out"] / "report.pdf").exists():
            warning += (f"\n    {paths['out'] / 'report.pdf'} from an earlier build was removed: it no longer matched "
                        "the new HTML and verdicts.")
        outputs = publish(stage, paths)
    finally:
        if drawing is not None:
            drawing.stop()
        if stage is not None:
            shutil.rmtree(stage, ignore_errors=True)
        if printer is not None:
            printer.close()
        if kernel is not None:
            stop_kernel(kernel)
    if warning:
        print(warning, file=sys.stderr)
        return EXIT_NO_CHROMIUM
    record_state(paths, settings, inputs, outputs)
    content_cache.shared().prune(config.CONTENT_CACHE_LIMIT)
    log("done. Outputs:")
    for output in outputs:
        print(f"  {output}")
    return 0


def main(argv: list[str] | None = None, handle_signals: bool = True) -> int:
    """The command line: the exit code, with errors printed. `handle_signals` is off when a caller in the same
    process (a test) keeps its own signal handling."""
    if handle_signals:
        # A parent that blocked these (a test runner's worker, a supervisor) must not make the build
        # uninterruptible: a blocked signal mask survives exec.
        signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGINT, signal.SIGTERM})
        signal.signal(signal.SIGTERM, _raise_interrupted)
        signal.signal(signal.SIGINT, _raise_interrupted)
    try:
        return build(sys.argv[1:] if argv is None else argv)
    except BuildError as error:
        print(str(error), file=sys.stderr)
        print("The published report was left as it was.", file=sys.stderr)
        return error.code
    except InterruptedOncePublished as signame:
        print(f"interrupted by {signame} while the results moved into place: they were all published first.",
              file=sys.stderr)
        return EXIT_INTERRUPTED
    except Interrupted as signame:
        print(f"interrupted by {signame}: nothing was published; the previous report is untouched.", file=sys.stderr)
        return EXIT_INTERRUPTED
    except Exception as error:
        # a signal that lands inside an import or a class definition comes back wrapped ('Error calling
        # __set_name__'): it is still an interruption, and exits as one
        signame = _interruption_in(error)
        if signame is None:
            raise
        print(f"interrupted by {signame}: nothing was published; the previous report is untouched.", file=sys.stderr)
        return EXIT_INTERRUPTED


def _interruption_in(error: BaseException) -> Interrupted | None:
    """The Interrupted an exception was raised from or during, if any."""
    seen: set[int] = set()
    while error is not None and id(error) not in seen:
        if isinstance(error, Interrupted):
            return error
        seen.add(id(error))
        error = error.__cause__ or error.__context__
    return None


if __name__ == "__main__":
    code = main()
    import gc

    gc.freeze()  # exiting skips a last collection of everything the build loaded: 0.7 s saved, nothing lost
    sys.exit(code)
