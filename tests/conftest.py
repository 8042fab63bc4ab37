"""Helpers that write tiny articles and tables to disk, as a user would, and the reports the tests look at.

Every build a test starts, in this process or another, uses a build cache in a temporary folder,
so the repository's own .build/ (the published report's cache) is never touched. `make test` runs
the tests on two workers (pytest-xdist); the reports are built once for both, in the background.
The run ends by checking that git's view of the work tree and the published build cache are as
they were before it started.
"""

from __future__ import annotations

import atexit
import csv
import fcntl
import json
import os
import shutil
import subprocess
import tempfile
import threading
from pathlib import Path

if "CLAIMCHECK_TEST_RUN" not in os.environ:  # the first process of a run (xdist's workers inherit it)
    _RUN = tempfile.mkdtemp(prefix="claimcheck-test-run-")
    os.environ["CLAIMCHECK_TEST_RUN"] = _RUN
    os.environ["CLAIMCHECK_BUILD_CACHE"] = str(Path(_RUN) / "cache")  # before claimcheck.config is imported
    atexit.register(shutil.rmtree, _RUN, True)
RUN = Path(os.environ["CLAIMCHECK_TEST_RUN"])

import pytest  # noqa: E402
from hypothesis import settings  # noqa: E402

# No property test has a deadline: timing belongs in `make bench`, and a busy machine must not fail a test.
settings.register_profile("claimcheck", deadline=None)
settings.load_profile("claimcheck")

_ROOT = Path(__file__).resolve().parent.parent


def _repository_state() -> dict:
    """What a test run must leave as it was: git's view of the work tree, and the published build's cache."""
    status = subprocess.run(["git", "status", "--porcelain", "--untracked-files=all"], cwd=_ROOT,
                            capture_output=True, text=True).stdout
    cache = _ROOT / ".build"
    files = sorted(str(p.relative_to(cache)) for p in cache.rglob("*") if p.is_file()) if cache.exists() else []
    return {"git status": status, "cache files": files}


REPOSITORY_BEFORE = _repository_state()
BUILD_FIXTURES = {"built", "seed_build", "fresh_checkout", "fixture_build"}


FIRST = ("test_jupyterlab", "test_build_failures")  # the longest files that need no report: started first


def pytest_configure(config):
    """A whole-suite run on workers: the process that starts them builds the reports from the first second,
    two at a time, while the workers collect and run the tests that need none."""
    whole_suite = all(Path(arg).resolve() in (config.rootpath, config.rootpath / "tests") for arg in config.args)
    if getattr(config.option, "numprocesses", None) and not hasattr(config, "workerinput") and whole_suite:
        BUILDS.start(threads=2)


def pytest_collection_modifyitems(config, items):
    """Tests that need a built report run after the others, while the reports build in the background."""
    needs_build = {id(item): bool(BUILD_FIXTURES & set(getattr(item, "fixturenames", ()))) for item in items}
    first = {name: index for index, name in enumerate(FIRST)}
    items.sort(key=lambda item: (needs_build[id(item)], first.get(item.module.__name__, len(first))))
    if any(needs_build.values()):
        BUILDS.start()


def pytest_sessionfinish(session, exitstatus):
    """After every test of the run, in the process that started it: the repository must be as it was."""
    if hasattr(session.config, "workerinput"):
        return  # a worker: the process that started the run checks once all workers are done
    after = _repository_state()
    if after != REPOSITORY_BEFORE:
        changed = {k: (REPOSITORY_BEFORE[k], after[k]) for k in after if after[k] != REPOSITORY_BEFORE[k]}
        reporter = session.config.pluginmanager.get_plugin("terminalreporter")
        message = f"the test run changed the repository (git status, or the published build cache): {changed}"
        if reporter:
            reporter.write_line(f"FAILED repository check: {message}", red=True)
        session.exitstatus = pytest.ExitCode.TESTS_FAILED

from claimcheck.schema import CLAIM_COLUMNS, CLAIM_OPTIONAL, FIGURE_COLUMNS, FIGURE_OPTIONAL  # noqa: E402


def write_table(path: Path, columns, rows) -> Path:
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(columns), lineterminator="\n")
        writer.writeheader()
        for row in rows:
            writer.writerow({c: row.get(c, "") for c in columns})
    return path


def figure(id, quote, value, unit="USD_bn", entity="Ruritania", metric="trade", period="2024",
           qualifier="none", direction=""):
    return dict(id=id, entity=entity, metric=metric, period=period, value=value, unit=unit,
                qualifier=qualifier, direction=direction, quote=quote)


def claim(id, quote, kind, **fields):
    return dict(id=id, quote=quote, kind=kind, **fields)


@pytest.fixture
def case(tmp_path):
    """case(article, figures, claims) -> (article_path, figures_path, claims_path) written to a temp folder."""

    def make(article: str, figures: list[dict], claims: list[dict]):
        article_path = tmp_path / "article.txt"
        article_path.write_text(article, encoding="utf-8")
        figure_columns = FIGURE_COLUMNS + tuple(c for c in FIGURE_OPTIONAL if any(c in f for f in figures))
        claim_columns = CLAIM_COLUMNS + tuple(c for c in CLAIM_OPTIONAL if any(c in r for r in claims))
        return (
            article_path,
            write_table(tmp_path / "figures.csv", figure_columns, figures),
            write_table(tmp_path / "claims.csv", claim_columns, claims),
        )

    return make


# -- whole builds, shared by the pipeline, browser, PDF, accessibility and fixture tests ------------------

import sys  # noqa: E402

from claimcheck import config  # noqa: E402

# Every fixture article of tests/fixtures/, each built once per test session.
FIXTURE_ARTICLES = tuple(sorted(p.name for p in config.FIXTURES.iterdir() if (p / "article.txt").exists()))


def run_build(*arguments, env=None, cwd=None, timeout=300) -> subprocess.CompletedProcess:
    """Run the build as a user would, from the project root (or from `cwd`, a copy of it)."""
    return subprocess.run([sys.executable, "-m", "claimcheck.build", *map(str, arguments)], cwd=cwd or config.ROOT,
                          capture_output=True, text=True, env=env, timeout=timeout)


def copy_checkout(destination: Path) -> Path:
    """The project as a fresh clone of the work tree would have it: every file git tracks or would track."""
    listed = subprocess.run(["git", "ls-files", "-z", "--cached", "--others", "--exclude-standard"], cwd=_ROOT,
                            capture_output=True, text=True, check=True).stdout.split("\0")
    for name in filter(None, listed):
        source = _ROOT / name
        if source.is_file():
            target = destination / name
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source, target)
    return destination


def _build_fresh_checkout(root: Path):
    """A copy of the project, built with `python -m claimcheck.build` as a new user's first run would be:
    no build cache, the copy's own code, its own reports/ and figures/ rebuilt in place."""
    copy_checkout(root)
    env = {k: v for k, v in os.environ.items() if k != "CLAIMCHECK_BUILD_CACHE"}
    env["PYTHONPATH"] = str(root)  # the build and its kernels import the copy's package
    return root, run_build(env=env, cwd=root)


def _build_fixture(name: str, out: Path):
    """A fixture article's report. The andes fixture is built without Chromium: the build must still write
    the HTML, the verdicts and the charts, print the install command, and exit 4."""
    folder = config.FIXTURES / name
    env = dict(os.environ)
    if name == "andes":
        env["CLAIMCHECK_CHROMIUM"] = str(out.parent / "no-such-chromium")
    return out, run_build("--article", folder / "article.txt", "--figures", folder / "figures.csv",
                          "--claims", folder / "claims.csv", "--out", out, env=env)


# Several fixture reports built one after another by one process, which imports the build's libraries once.
_BATCH = """
import contextlib, io, json, sys
from claimcheck import build
results = {}
for name, arguments in json.loads(sys.argv[1]).items():
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = build.main(arguments)
    results[name] = {"returncode": code, "stdout": out.getvalue(), "stderr": err.getvalue()}
print(json.dumps(results))
"""


def _build_fixtures(names: tuple[str, ...], root: Path) -> dict:
    jobs = {}
    for name in names:
        folder = config.FIXTURES / name
        jobs[name] = [str(x) for x in ("--article", folder / "article.txt", "--figures", folder / "figures.csv",
                                       "--claims", folder / "claims.csv", "--out", root / name / "out")]
    done = subprocess.run([sys.executable, "-c", _BATCH, json.dumps(jobs)], cwd=config.ROOT, capture_output=True,
                          text=True, timeout=600)
    if done.returncode != 0:
        return {name: (root / name / "out", done) for name in names}
    results = json.loads(done.stdout.strip().splitlines()[-1])
    return {name: (root / name / "out", subprocess.CompletedProcess([], r["returncode"], r["stdout"], r["stderr"]))
            for name, r in results.items()}


class Builds:
    """Every report the tests look at, each built once per run, however many workers ask for it.

    A background thread in each worker builds, in order, every report no other worker is building
    (a file lock per report says who is); `result` waits for a report, building it if nobody has.
    """

    # Two batches of the fixtures other than andes, each built by one process: the seed's build, andes and
    # two batches make four jobs of similar length for two threads.
    OTHERS = tuple(n for n in FIXTURE_ARTICLES if n != "andes")
    BATCHES = {"batch-1": OTHERS[: len(OTHERS) // 2], "batch-2": OTHERS[len(OTHERS) // 2:]}
    ORDER = ("seed", "andes", *BATCHES)

    def __init__(self):
        self.root = RUN / "builds"
        self.thread = None

    def start(self, threads: int = 1) -> None:
        if self.thread is None:
            self.root.mkdir(exist_ok=True)
            for _ in range(threads):
                self.thread = threading.Thread(target=self._build_all, name="builds", daemon=True)
                self.thread.start()

    def _build_all(self) -> None:
        for name in self.ORDER:
            self._build(name, wait=False)

    def _build(self, name: str, wait: bool):
        with open(self.root / f"{name}.lock", "w") as lock:
            try:
                fcntl.flock(lock, fcntl.LOCK_EX | (0 if wait else fcntl.LOCK_NB))
            except BlockingIOError:
                return None  # another worker is building it
            done = self.root / f"{name}.json"
            if not done.exists():
                if name == "seed":
                    built = {name: _build_fresh_checkout(self.root / "checkout" / "claimcheck")}
                elif name == "andes":
                    built = {name: _build_fixture(name, self.root / name / "out")}
                else:
                    built = _build_fixtures(self.BATCHES[name], self.root)
                done.write_text(json.dumps({key: {"out": str(out), "returncode": result.returncode,
                                                  "stdout": result.stdout, "stderr": result.stderr}
                                            for key, (out, result) in built.items()}))
            return {key: (Path(r["out"]), subprocess.CompletedProcess([], r["returncode"], r["stdout"], r["stderr"]))
                    for key, r in json.loads(done.read_text()).items()}

    def result(self, name: str):
        self.root.mkdir(exist_ok=True)
        job = next((batch for batch, names in self.BATCHES.items() if name in names), name)
        return self._build(job, wait=True)[name]


BUILDS = Builds()


@pytest.fixture(scope="session")
def fresh_checkout():
    root, result = BUILDS.result("seed")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "executed" in result.stdout, "the first run reused a cache"
    return root


@pytest.fixture(scope="session")
def seed_build(fresh_checkout):
    """The seed article's published outputs, freshly built: report files in it, charts in its figures/."""
    out = fresh_checkout / "reports"
    if not (out / "figures").exists():
        (out / "figures").symlink_to(fresh_checkout / "figures")
    return out


@pytest.fixture(scope="session")
def built():
    """built(name) -> the output folder of a fixture article's build; built.results(name) -> its process."""

    def build(name: str) -> Path:
        out, result = BUILDS.result(name)
        assert result.returncode == (4 if name == "andes" else 0), result.stdout + result.stderr
        return out

    build.results = lambda name: BUILDS.result(name)[1]
    return build


@pytest.fixture(scope="session")
def fixture_build(built):
    return built("andes")
