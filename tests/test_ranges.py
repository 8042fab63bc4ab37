"""Exact ranges: each figure one variable, the true lowest and highest value over the box."""

import math
import random

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from claimcheck.ranges import Undefined, divide, exact_range


def growth(v):
    return (divide(v["now"], v["before"]) - 1) * 100


def test_a_figure_less_itself_is_exactly_zero():
    r = exact_range(lambda v: v["x"] - v["x"], {"x": (1.0, 2.0)}, {"x": 1.5})
    assert (r.lo, r.hi) == (0.0, 0.0)


def test_a_share_of_a_sum_is_exact():
    # a / (a + b) rises with a and falls with b: [1 / (1 + 4), 2 / (2 + 3)] = [0.2, 0.4]
    r = exact_range(lambda v: divide(v["a"], v["a"] + v["b"]), {"a": (1, 2), "b": (3, 4)}, {"a": 1.5, "b": 3.5})
    assert (r.lo, r.hi) == pytest.approx((0.2, 0.4), abs=1e-12)


def test_growth_of_kyrgyz_exports_at_both_readings_of_80_million():
    # 2.75 / 0.0805 - 1 = 3,316.1% ; 2.85 / 0.0795 - 1 = 3,484.9%; loosely 2.75 / 0.085 and 2.85 / 0.075
    strict = exact_range(growth, {"now": (2.75e9, 2.85e9), "before": (79.5e6, 80.5e6)}, {"now": 2.8e9, "before": 80e6})
    assert (strict.lo, strict.point, strict.hi) == pytest.approx((3316.149, 3400.0, 3484.906), abs=1e-3)
    loose = exact_range(growth, {"now": (2.75e9, 2.85e9), "before": (75e6, 85e6)}, {"now": 2.8e9, "before": 80e6})
    assert (loose.lo, loose.hi) == pytest.approx((3135.294, 3700.0), abs=1e-3)


def test_a_function_that_is_not_monotone_is_searched():
    # x (1 - x) on [0, 1] peaks at x = 0.5 inside the box, not at a corner
    r = exact_range(lambda v: v["x"] * (1 - v["x"]), {"x": (0.0, 1.0)}, {"x": 0.2})
    assert (r.lo, r.hi) == pytest.approx((0.0, 0.25), abs=1e-12)
    assert r.argmax["x"] == pytest.approx(0.5, abs=1e-6)


def test_a_divisor_that_spans_zero_is_undefined():
    with pytest.raises(Undefined, match="zero"):
        exact_range(lambda v: divide(v["a"], v["b"]), {"a": (1, 2), "b": (-1, 1)}, {"a": 1.5, "b": 0.5})


# -- properties ------------------------------------------------------------------------------------------

SHAPES = {
    "sum": (lambda v: v["a"] + v["b"] - v["c"], 3),
    "growth of a sum": (lambda v: (divide(v["a"] + v["b"], v["c"]) - 1) * 100, 3),
    "share": (lambda v: divide(v["a"], v["a"] + v["b"] + v["c"]) * 100, 3),
    "balance less a part": (lambda v: v["a"] - v["b"] - (v["c"] - v["a"]), 3),
    "implied earlier": (lambda v: divide(v["a"], 1 + v["b"] / 100) + divide(v["c"], 1 + v["b"] / 100), 3),
    "product": (lambda v: v["a"] * (v["b"] - v["c"]), 3),
    "ratio of differences": (lambda v: divide(v["a"] - v["b"], v["c"]), 3),
}
boxes = st.lists(st.tuples(st.floats(0.5, 100, allow_nan=False), st.floats(0.0, 0.5, allow_nan=False)),
                 min_size=3, max_size=3)


def _box(raw):
    return {name: (centre * (1 - width), centre * (1 + width)) for name, (centre, width) in zip("abc", raw)}


@settings(max_examples=60, deadline=None)
@given(st.sampled_from(sorted(SHAPES)), boxes, st.integers(0, 2**32 - 1))
def test_the_range_contains_the_value_at_a_thousand_random_points(shape, raw, seed):
    function, _ = SHAPES[shape]
    box = _box(raw)
    centre = {k: (lo + hi) / 2 for k, (lo, hi) in box.items()}
    r = exact_range(function, box, centre)
    sampler = random.Random(seed)
    for _ in range(1000):
        value = function({k: sampler.uniform(lo, hi) for k, (lo, hi) in box.items()})
        assert r.lo - 1e-9 * max(1, abs(r.lo)) <= value <= r.hi + 1e-9 * max(1, abs(r.hi))


@settings(max_examples=60, deadline=None)
@given(st.sampled_from(sorted(SHAPES)), boxes)
def test_each_end_is_reached_at_a_point_of_the_box(shape, raw):
    function, _ = SHAPES[shape]
    box = _box(raw)
    r = exact_range(function, box, {k: (lo + hi) / 2 for k, (lo, hi) in box.items()})
    for end, point in ((r.lo, r.argmin), (r.hi, r.argmax)):
        assert all(box[k][0] <= point[k] <= box[k][1] for k in box)
        assert math.isclose(function(point), end, rel_tol=1e-9, abs_tol=1e-9)


@given(st.floats(0.1, 1000), st.floats(0.0, 0.5))
def test_x_minus_x_is_exactly_zero_whatever_the_box(centre, width):
    r = exact_range(lambda v: v["x"] - v["x"], {"x": (centre * (1 - width), centre * (1 + width))}, {"x": centre})
    assert (r.lo, r.hi) == (0.0, 0.0)


@given(st.floats(0.1, 100), st.floats(0.1, 100), st.floats(0.0, 0.5), st.floats(0.0, 0.5))
def test_a_share_of_a_sum_is_exact_whatever_the_box(a, b, wa, wb):
    box = {"a": (a * (1 - wa), a * (1 + wa)), "b": (b * (1 - wb), b * (1 + wb))}
    r = exact_range(lambda v: divide(v["a"], v["a"] + v["b"]), box, {"a": a, "b": b})
    (alo, ahi), (blo, bhi) = box["a"], box["b"]
    assert r.lo == pytest.approx(alo / (alo + bhi), rel=1e-12)
    assert r.hi == pytest.approx(ahi / (ahi + blo), rel=1e-12)
