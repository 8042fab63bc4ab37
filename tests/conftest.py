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


def pytest_collection_modifyitems(config, items):
    """The check that the repository was left alone runs after every other test."""
    items.sort(key=lambda item: item.module.__name__ == "test_repository_left_alone")

from claimcheck.schema import CLAIM_COLUMNS, FIGURE_COLUMNS  # noqa: E402


def write_table(path: Path, columns, rows) -> Path:
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(columns), lineterminator="\n")
        writer.writeheader()
        for row in rows:
            writer.writerow({c: row.get(c, "") for c in columns})
    return path


def figure(id, quote, value, unit="USD_bn", entity="Ruritania", metric="turnover", year=2024,
           qualifier="none", direction=""):
    return dict(id=id, entity=entity, metric=metric, year=year, value=value, unit=unit,
                qualifier=qualifier, direction=direction, quote=quote)


def claim(id, quote, kind, **fields):
    return dict(id=id, quote=quote, kind=kind, **fields)


@pytest.fixture
def case(tmp_path):
    """case(article, figures, claims) -> (article_path, figures_path, claims_path) written to a temp folder."""

    def make(article: str, figures: list[dict], claims: list[dict]):
        article_path = tmp_path / "article.txt"
        article_path.write_text(article, encoding="utf-8")
        return (
            article_path,
            write_table(tmp_path / "figures.csv", FIGURE_COLUMNS, figures),
            write_table(tmp_path / "claims.csv", CLAIM_COLUMNS, claims),
        )

    return make


# -- whole builds, shared by the pipeline, browser and PDF tests ------------------------------------

import sys  # noqa: E402

from claimcheck import config  # noqa: E402


def run_build(*arguments, env=None, timeout=300) -> subprocess.CompletedProcess:
    """Run the build as a user would, from the project root."""
    return subprocess.run([sys.executable, "-m", "claimcheck.build", *map(str, arguments)], cwd=config.ROOT,
                          capture_output=True, text=True, env=env, timeout=timeout)


@pytest.fixture(scope="session")
def seed_build(tmp_path_factory):
    """A fresh build of the seed article into a temporary folder (the published report is not touched)."""
    out = tmp_path_factory.mktemp("seed") / "out"
    result = run_build("--out", out, "--force")
    assert result.returncode == 0, result.stderr
    return out


@pytest.fixture(scope="session")
def fixture_build(tmp_path_factory):
    """A build of the fixture article, with its own parameters only."""
    andes = config.FIXTURES / "andes"
    out = tmp_path_factory.mktemp("andes") / "out"
    result = run_build("--article", andes / "article.txt", "--figures", andes / "figures.csv",
                       "--claims", andes / "claims.csv", "--out", out, "--force")
    assert result.returncode == 0, result.stderr
    return out
