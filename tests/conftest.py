"""Helpers that write tiny articles and tables to disk, as a user would.

Every build a test starts, in this process or another, uses a build cache in a temporary folder,
so the repository's own .build/ (the published report's cache) is never touched.
"""

from __future__ import annotations

import atexit
import csv
import os
import shutil
import subprocess
import tempfile
from pathlib import Path

_TEST_CACHE = tempfile.mkdtemp(prefix="claimcheck-test-cache-")
atexit.register(shutil.rmtree, _TEST_CACHE, True)
os.environ["CLAIMCHECK_BUILD_CACHE"] = _TEST_CACHE  # before claimcheck.config is imported

import pytest  # noqa: E402

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


def pytest_collection_modifyitems(config, items):
    """Tests that need a built report run after the others, while the reports build in the background;
    the check that the repository was left alone runs after everything."""
    needs_build = [bool(BUILD_FIXTURES & set(getattr(item, "fixturenames", ()))) for item in items]
    order = {id(item): (item.module.__name__ == "test_repository_left_alone", needed)
             for item, needed in zip(items, needs_build)}
    items.sort(key=lambda item: order[id(item)])
    if any(needs_build):
        BUILDS.start()

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


class Builds:
    """Every report the tests look at, built once per session, two at a time, in the background."""

    def __init__(self):
        self.futures = {}

    def start(self) -> None:
        if self.futures:
            return
        from concurrent.futures import ThreadPoolExecutor

        root = Path(tempfile.mkdtemp(prefix="claimcheck-test-builds-"))
        atexit.register(shutil.rmtree, root, True)
        pool = ThreadPoolExecutor(max_workers=2, thread_name_prefix="build")
        self.futures["seed"] = pool.submit(_build_fresh_checkout, root / "checkout" / "claimcheck")
        for name in FIXTURE_ARTICLES:
            self.futures[name] = pool.submit(_build_fixture, name, root / name / "out")
        pool.shutdown(wait=False)

    def result(self, name: str):
        self.start()
        return self.futures[name].result()


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
