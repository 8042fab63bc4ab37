"""The content cache: results are keyed by what they are computed from, so an edit redoes only what it touches."""

from dataclasses import dataclass

import pandas as pd
import pytest

from claimcheck import cache, charts, config, sections
from claimcheck.engine import load_inputs
from claimcheck.report import Report

from conftest import claim, figure

ARTICLE = ("Three partners and their trade\n\nAlpha traded $6.0 billion in 2024. Beta traded $4.0 billion in 2024. "
           "Together the pair traded $10.0 billion in 2024. "
           "Gamma traded $3.0 billion in 2024, the smallest of the three.\n")
FIGURES = [
    figure("alpha", "Alpha traded $6.0 billion", 6.0, entity="Alpha"),
    figure("beta", "Beta traded $4.0 billion", 4.0, entity="Beta"),
    figure("pair", "the pair traded $10.0 billion", 10.0, entity="Pair"),
    figure("gamma", "Gamma traded $3.0 billion", 3.0, entity="Gamma"),
]
CLAIMS = [
    claim("C1", "Together the pair traded $10.0 billion", "total", stated="pair", computed="alpha + beta"),
    claim("C2", "the smallest of the three", "rank", subject="Gamma", members="Alpha: alpha; Beta: beta; Gamma: gamma",
          expect="-1"),
]
SECTIONS = ("title", "summary", "article", "evidence", "numbers", "method")


@pytest.fixture
def store(tmp_path):
    """A cache of its own for each test, in a temporary folder."""
    previous = cache.shared()
    yield cache.use(tmp_path / "build-cache")
    cache._SHARED = previous


def present(paths):
    """What the report notebook computes: the report, every chart, and a few sections."""
    report = Report.build(load_inputs(*paths), config.DEFAULT_TOLERANCES, "", "")
    drawn, _ = charts.choose(report)
    for name in SECTIONS:
        getattr(sections, name)(report)
    return report, drawn


def edit(paths, old: str, new: str) -> None:
    article, figures, claims = paths
    for path in (article, figures, claims):
        path.write_text(path.read_text(encoding="utf-8").replace(old, new), encoding="utf-8")
    figures.write_text(figures.read_text(encoding="utf-8").replace(",3.0,", ",3.5,"), encoding="utf-8")


def test_a_second_run_on_the_same_files_computes_nothing(case, store):
    paths = case(ARTICLE, FIGURES, CLAIMS)
    present(paths)
    assert store.hits == []
    store.misses.clear()
    present(paths)
    assert store.misses == []
    assert {"inputs", "engine", "chart levels", "chart parts", "section numbers"} <= set(store.hits)


def test_an_edited_figure_reruns_the_checks_and_redraws_only_what_shows_it(case, store):
    paths = case(ARTICLE, FIGURES, CLAIMS)
    before, drawn_before = present(paths)
    assert {"levels", "parts", "verdicts"} <= set(drawn_before)
    # Gamma, $3.0bn -> $3.5bn: still the smallest (4.0 and 6.0 are larger) and in no total, so every verdict
    # stays what it was. Only what shows Gamma's value changes: the levels chart and the sections that print it.
    edit(paths, "$3.0 billion", "$3.5 billion")
    store.hits.clear()
    store.misses.clear()
    after, drawn_after = present(paths)

    assert [v.verdict for v in after.verdicts] == [v.verdict for v in before.verdicts] == ["consistent", "consistent"]
    assert {"inputs", "engine"} <= set(store.misses)
    assert "chart levels" in store.misses
    assert {"chart verdicts", "chart parts"} <= set(store.hits)
    assert {"section numbers", "section evidence", "section article"} <= set(store.misses)
    assert {"section title", "section method"} <= set(store.hits)
    assert drawn_after["levels"].svg != drawn_before["levels"].svg
    assert drawn_after["parts"].svg == drawn_before["parts"].svg


def test_inputs_changed_in_memory_are_not_mistaken_for_the_files(case, store):
    paths = case(ARTICLE, FIGURES, CLAIMS)
    inputs = load_inputs(*paths)
    Report.build(inputs, config.DEFAULT_TOLERANCES, "", "")
    claims = inputs.claims.copy()
    claims.loc[claims.id == "C2", "expect"] = "1"  # "Gamma is the largest": false at every reading
    changed = type(inputs)(inputs.article, inputs.figures, claims, inputs.paths, inputs.metadata)
    report = Report.build(changed, config.DEFAULT_TOLERANCES, "", "")
    assert [v.verdict for v in report.verdicts] == ["consistent", "inconsistent"]


@dataclass(frozen=True)
class Point:
    x: float
    tags: frozenset


def test_a_key_depends_on_the_value_only():
    assert cache.digest({"a": 1, "b": [1.5, None]}) == cache.digest({"b": [1.5, None], "a": 1})
    assert cache.digest({"x", "y", "z"}) == cache.digest({"z", "y", "x"})
    # equal strings built apart (not one object) give the same key
    assert cache.digest(["ab" * 3, "ab" * 3]) == cache.digest(["ababab", "".join(["abab", "ab"])])
    assert cache.digest(Point(1.0, frozenset({"a", "b"}))) == cache.digest(Point(1.0, frozenset({"b", "a"})))
    frame = pd.DataFrame({"id": ["C1", "C2"], "value": [1.0, 2.0]})
    assert cache.digest(frame) == cache.digest(frame.copy())


def test_a_key_tells_apart_what_differs():
    assert cache.digest(Point(1.0, frozenset())) != cache.digest(Point(1.0000001, frozenset()))
    assert cache.digest([1, 2]) != cache.digest((1, 2))
    assert cache.digest(1) != cache.digest(1.0) != cache.digest("1")
    assert cache.digest(pd.DataFrame({"v": [1.0]})) != cache.digest(pd.DataFrame({"v": [1.5]}))
    assert cache.digest(pd.DataFrame({"v": [1.0]})) != cache.digest(pd.DataFrame({"w": [1.0]}))


def test_a_value_without_a_content_key_is_refused():
    with pytest.raises(TypeError, match="no content key"):
        cache.digest(object())


def test_an_entry_cut_short_is_computed_again(tmp_path):
    store = cache.ContentCache(tmp_path)
    key = cache.digest("anything")
    assert store.memo("test", key, lambda: 41) == 41
    entry = next(p for p in (tmp_path / "test").rglob("*") if p.is_file() and p.name == key)
    entry.write_bytes(entry.read_bytes()[:3])
    assert store.memo("test", key, lambda: 42) == 42
    assert store.misses == ["test", "test"]


def test_pruning_removes_the_least_recently_used_entries_first(tmp_path):
    import os

    store = cache.ContentCache(tmp_path)
    for age, name in enumerate(["newest", "middle", "oldest"]):
        store.memo("test", cache.digest(name), lambda: b"x" * 1000)
        entry = tmp_path / "test" / cache.digest(name)[:2] / cache.digest(name)
        os.utime(entry, (1_000_000 - age, 1_000_000 - age))
    size = entry.stat().st_size
    store.memo("test", cache.digest("oldest"), lambda: None)  # a hit: "oldest" is now the most recently used
    assert store.prune(2 * size) == 1
    left = {p.name for p in (tmp_path / "test").rglob("*") if p.is_file() and not p.name.startswith(".")}
    assert left == {cache.digest("newest"), cache.digest("oldest")}


def test_a_step_stored_beside_another_builds_copy_in_progress_leaves_that_copy_alone(tmp_path, monkeypatch):
    """Two builds store the same step at once: the clean-up of older entries never removes the other build's
    `.partial-` copy, and a copy cut short by another build's clean-up leaves the step uncached instead of failing."""
    import shutil

    from claimcheck.build import StepCache

    cache = StepCache(tmp_path / "steps")
    source = tmp_path / "source"
    (source / "reports").mkdir(parents=True)
    (source / "reports" / "report.html").write_text("<p>report</p>", encoding="utf-8")
    in_progress = tmp_path / "steps" / "render" / "other-key.partial-99999"
    in_progress.mkdir(parents=True)
    cache.store("render", "this-key", source)
    assert cache.has("render", "this-key") and in_progress.exists()

    def cut_short(*args, **kwargs):
        raise shutil.Error([("a", "b", "[Errno 2] No such file or directory")])

    monkeypatch.setattr(shutil, "copytree", cut_short)
    cache.store("render", "next-key", source)  # no exception: the step is just not cached
    assert not cache.has("render", "next-key")
    assert not list((tmp_path / "steps" / "render").glob("next-key.partial-*"))
