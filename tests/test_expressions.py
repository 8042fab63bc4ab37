"""The expression language: parsed, never evaluated as Python, and checked for units and periods."""

import pytest

from claimcheck.expressions import Compiler, ExpressionError, Operand, names_in
from claimcheck.kinds import KINDS  # noqa: F401  (registers the functions the kinds define)
from claimcheck.periods import parse_period
from claimcheck.quantities import money, PERCENT

OPERANDS = {
    "now": Operand(money("USD"), parse_period("2024"), "USD_bn"),
    "before": Operand(money("USD"), parse_period("2023"), "USD_bn"),
    "other": Operand(money("USD"), parse_period("2024"), "USD_bn"),
    "yuan": Operand(money("CNY"), parse_period("2024"), "CNY_bn"),
    "rate": Operand(PERCENT, parse_period("2024"), "percent"),
}


def compile_(expression, mixed=False):
    def lookup(name):
        if name not in OPERANDS:
            raise ExpressionError(f"no figure with id {name!r}")
        return OPERANDS[name]

    return Compiler(lookup, allow_mixed=mixed).compile(expression)


def test_growth_is_a_percentage_of_the_later_period():
    term = compile_("growth(now, before)")
    assert term.dimension == PERCENT and term.period.label == "2024"
    assert term.evaluate({"now": 94.8, "before": 89.4}) == pytest.approx((94.8 / 89.4 - 1) * 100)  # 6.04%
    assert term.names == ("now", "before")


def test_previous_undoes_a_percentage_change_for_the_year_before():
    term = compile_("previous(now, rate)")
    assert term.period.label == "2023"
    assert term.evaluate({"now": 94.8, "rate": 5}) == pytest.approx(94.8 / 1.05)


def test_a_share_is_a_percentage():
    assert compile_("share(now, other)").dimension == PERCENT


def test_adding_a_percentage_to_dollars_is_refused():
    with pytest.raises(ExpressionError, match="adds money in USD and a percentage"):
        compile_("now + rate")


def test_adding_yuan_to_dollars_is_refused():
    with pytest.raises(ExpressionError, match="same thing"):
        compile_("now + yuan")


def test_adding_two_periods_is_refused_unless_the_claim_says_mixed():
    with pytest.raises(ExpressionError, match="different periods"):
        compile_("now + before")
    assert compile_("now + before", mixed=True).mixed


def test_growth_over_two_years_is_refused():
    OPERANDS["long_ago"] = Operand(money("USD"), parse_period("2021"), "USD_bn")
    with pytest.raises(ExpressionError, match="a year earlier or the one just before"):
        compile_("growth(now, long_ago)")


def test_cagr_checks_the_years_against_the_periods():
    OPERANDS["start"] = Operand(money("USD"), parse_period("2013"), "USD_bn")
    assert compile_("cagr(now, start, 11)").evaluate({"now": 674.15, "start": 312.04}) == pytest.approx(
        ((674.15 / 312.04) ** (1 / 11) - 1) * 100)  # 7.25% a year
    with pytest.raises(ExpressionError, match="spans 11 years, found 12"):
        compile_("cagr(now, start, 12)")


def test_python_beyond_arithmetic_is_refused_without_running_it():
    for source in ["__import__('os').system('true')", "now.real", "[now]", "now if now else before", "'text'",
                   "now ** 2"]:
        with pytest.raises(ExpressionError):
            compile_(source)


def test_unknown_names_are_reported():
    with pytest.raises(ExpressionError, match="nowhere"):
        compile_("now - nowhere")


def test_names_in_lists_figure_ids_but_not_functions():
    assert names_in("growth(now, before) + steady(now)") == ["now", "before"]
