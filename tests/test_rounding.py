"""What a printed number stands for: its last digit and its hedge word."""

import pytest

from claimcheck.config import Tolerances
from claimcheck.rounding import round_half_up, stated_interval

DEFAULT = Tolerances()


def bounds(interval):
    return pytest.approx((interval.lo, interval.hi)), interval


def test_last_digit_sets_the_precision():
    assert (stated_interval(94.8, 1, "none", DEFAULT).lo, stated_interval(94.8, 1, "none", DEFAULT).hi) == pytest.approx((94.75, 94.85))
    assert (stated_interval(28, 0, "none", DEFAULT).lo, stated_interval(28, 0, "none", DEFAULT).hi) == pytest.approx((27.5, 28.5))
    assert (stated_interval(3270, 0, "none", DEFAULT).lo, stated_interval(3270, 0, "none", DEFAULT).hi) == pytest.approx((3269.5, 3270.5))


def test_nearly_widens_downward_only():
    # nearly 5% with a 5% tolerance: 4.5 - 0.25 = 4.25 below, 5.5 above.
    interval = stated_interval(5, 0, "nearly", DEFAULT)
    assert (interval.lo, interval.hi, interval.point) == pytest.approx((4.25, 5.5, 5))


def test_just_over_widens_upward_only():
    # just over $1 billion: 0.5 below from the digit, 1.5 + 0.05 above.
    interval = stated_interval(1, 0, "just over", DEFAULT)
    assert (interval.lo, interval.hi) == pytest.approx((0.5, 1.55))


def test_approximately_widens_both_ways():
    interval = stated_interval(15, 0, "approximately", Tolerances(approximately=0.1))
    assert (interval.lo, interval.hi) == pytest.approx((13.0, 17.0))


def test_a_stated_decrease_is_negative():
    interval = stated_interval(2, 0, "approximately", DEFAULT, sign=-1)
    assert (interval.lo, interval.hi, interval.point) == pytest.approx((-2.6, -1.4, -2))


def test_without_rounding_a_plain_number_is_exact():
    interval = stated_interval(94.8, 1, "none", Tolerances(rounding=False))
    assert interval.lo == interval.hi == 94.8


def test_unknown_qualifier_is_refused():
    with pytest.raises(ValueError, match="unknown qualifier"):
        stated_interval(1, 0, "circa", DEFAULT)


def test_tolerances_refuse_negative_or_non_numeric_values():
    with pytest.raises(ValueError, match="nearly"):
        Tolerances(nearly=-0.1)
    with pytest.raises(ValueError, match="steady"):
        Tolerances(steady="a lot")
    with pytest.raises(ValueError, match="unknown tolerance"):
        Tolerances.from_mapping({"sorta": 0.1})


def test_round_half_up_as_a_reporter_rounds():
    assert round_half_up(3.85, 1) == 3.9
    assert round_half_up(2.5, 0) == 3
