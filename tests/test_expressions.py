"""The expression language: parsed, never evaluated as Python, and unit-checked."""

import pytest

from claimcheck.expressions import Evaluator, ExpressionError, Quantity, names_in
from claimcheck.intervals import Interval

VALUES = {
    "now": Quantity(Interval(94.75, 94.85, 94.8), "USD_bn", ("now",)),
    "before": Quantity(Interval(89.35, 89.45, 89.4), "USD_bn", ("before",)),
    "rate": Quantity(Interval(4.25, 5.5, 5), "percent", ("rate",)),
}


def evaluate(expression, steady=0.02):
    def lookup(name):
        if name not in VALUES:
            raise ExpressionError(f"no figure with id {name!r}")
        return VALUES[name]

    return Evaluator(lookup, steady).evaluate(expression)


def test_growth_is_a_percentage_change():
    result = evaluate("growth(now, before)")
    assert result.unit == "percent"
    assert result.interval.point == pytest.approx((94.8 / 89.4 - 1) * 100)  # 6.04%
    assert result.figures == ("now", "before")


def test_previous_undoes_a_percentage_change():
    result = evaluate("previous(now, rate)")
    assert result.interval.point == pytest.approx(94.8 / 1.05)
    assert result.interval.lo == pytest.approx(94.75 / 1.055)


def test_steady_widens_by_the_steady_tolerance():
    result = evaluate("steady(before)", steady=0.1)
    assert (result.interval.lo, result.interval.hi) == pytest.approx((89.35 - 8.94, 89.45 + 8.94))


def test_adding_a_percentage_to_dollars_is_refused():
    with pytest.raises(ExpressionError, match="same unit"):
        evaluate("now + rate")


def test_python_beyond_arithmetic_is_refused_without_running_it():
    for source in ["__import__('os').system('true')", "now.real", "[now]", "now if now else before", "'text'"]:
        with pytest.raises(ExpressionError):
            evaluate(source)


def test_unknown_names_are_reported():
    with pytest.raises(ExpressionError, match="nowhere"):
        evaluate("now - nowhere")


def test_names_in_lists_figure_ids_but_not_functions():
    assert names_in("growth(now, before) + steady(now)") == ["now", "before"]
