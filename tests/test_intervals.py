"""Interval arithmetic, checked against bounds worked out by hand."""

import pytest

from claimcheck.intervals import Interval


def test_sum_adds_bounds_and_points():
    total = Interval(27.5, 28.5, 28) + Interval(15.85, 15.95, 15.9)
    assert (total.lo, total.hi, total.point) == pytest.approx((43.35, 44.45, 43.9))


def test_difference_subtracts_the_opposite_bounds():
    gap = Interval(9.55, 9.65, 9.6) - Interval(0.95, 1.1, 1.0)
    assert (gap.lo, gap.hi, gap.point) == pytest.approx((8.45, 8.70, 8.6))


def test_ratio_takes_the_extreme_quotients():
    ratio = Interval(94.75, 94.85, 94.8) / Interval(89.35, 89.45, 89.4)
    assert ratio.lo == pytest.approx(94.75 / 89.45)
    assert ratio.hi == pytest.approx(94.85 / 89.35)
    assert ratio.point == pytest.approx(94.8 / 89.4)


def test_product_with_a_negative_interval_orders_the_bounds():
    product = Interval(-2, 1, 0) * Interval(3, 4, 3)
    assert (product.lo, product.hi) == (-8, 4)


def test_division_by_an_interval_holding_zero_is_refused():
    with pytest.raises(ZeroDivisionError):
        Interval(1, 2, 1.5) / Interval(-1, 1, 0.5)


def test_containment_forgives_float_noise():
    assert Interval(3.85, 3.95, 3.9).contains(0.35 + 3.5)


def test_overlap_is_symmetric_and_touching_counts():
    a, b = Interval(1, 2, 1.5), Interval(2, 3, 2.5)
    assert a.overlaps(b) and b.overlaps(a)
    assert not a.overlaps(Interval(2.1, 3, 2.5))


def test_nan_is_refused():
    with pytest.raises(ValueError):
        Interval(float("nan"), 1, 0)
