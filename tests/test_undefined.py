"""Undefined arithmetic gets a sentence, not a number: a claim that needs it is unverifiable, with the reason."""

import pytest

from claimcheck.engine import check_claims, load_inputs, verdict_table
from claimcheck.external import ReferenceRow, mirror_pairs
from claimcheck.formatting import ordinal
from claimcheck.intervals import Interval
from conftest import claim, figure

ARTICLE = ("Profit was $5 million in 2024 against a loss in 2023, when revenue of $3 million fell short of costs of "
           "$4 million. Profit rose 150%. Costs fell 100% to $2 million. Revenue was $3 million in 2024 and costs "
           "$3.0 million, a share of 40% and 2 times as much.")
FIGURES = [
    figure("profit_2024", "Profit was $5 million", 5, "USD_m", metric="profit"),
    figure("revenue_2023", "revenue of $3 million", 3, "USD_m", metric="revenue", period="2023"),
    figure("costs_2023", "costs of $4 million", 4, "USD_m", metric="costs", period="2023"),
    figure("profit_change", "Profit rose 150%", 150, "percent", metric="profit", direction="up"),
    figure("costs_change", "Costs fell 100%", 100, "percent", metric="costs", direction="down"),
    figure("costs_2024", "to $2 million", 2, "USD_m", metric="costs"),
    figure("revenue_2024", "Revenue was $3 million in 2024", 3, "USD_m", metric="revenue"),
    figure("costs_2024_b", "$3.0 million", 3.0, "USD_m", metric="costs"),
    figure("share_x", "a share of 40%", 40, "percent", metric="share"),
    figure("times_x", "2 times as much", 2, "times", metric="ratio"),
]


def verdict_of(case, row):
    inputs = load_inputs(*case(ARTICLE, FIGURES, [row]), require_every_figure_used=False)
    return verdict_table(check_claims(inputs)).iloc[0]


def test_growth_from_a_negative_base_is_unverifiable_with_the_reason(case):
    # the 2023 profit the article implies is 3 - 4 = -1 million: a percentage change from it means nothing
    result = verdict_of(case, claim("c", "Profit rose 150%", "growth", stated="profit_change",
                                    computed="growth(profit_2024, revenue_2023 - costs_2023)", periods="mixed"))
    assert result.verdict == "unverifiable"
    assert "undefined" in result.explanation and "above zero" in result.explanation
    assert result.correction == ""


def test_growth_from_a_base_that_spans_zero_is_unverifiable(case):
    # 3 - 3.0: revenue [2.5, 3.5] less costs [2.95, 3.05] can be below, at or above zero
    result = verdict_of(case, claim("c", "Profit rose 150%", "growth", stated="profit_change",
                                    computed="growth(profit_2024, revenue_2024 - costs_2024_b)", periods="mixed"))
    assert result.verdict == "unverifiable"


def test_growth_from_a_zero_base_is_unverifiable(case):
    result = verdict_of(case, claim("c", "Profit rose 150%", "growth", stated="profit_change",
                                    computed="growth(profit_2024, revenue_2024 - revenue_2024)", periods="mixed"))
    assert result.verdict == "unverifiable"


def test_the_value_before_a_fall_of_100_percent_is_undefined(case):
    # previous(2, -100%) = 2 / (1 - 1) has no value
    result = verdict_of(case, claim("c", "Costs fell 100%", "unanchored_growth", stated="costs_change",
                                    computed="previous(costs_2024, costs_change)"))
    assert result.verdict == "unverifiable"
    assert "-100%" in result.explanation


def test_a_share_of_a_zero_total_is_unverifiable(case):
    result = verdict_of(case, claim("c", "a share of 40%", "share", stated="share_x",
                                    computed="share(revenue_2024, costs_2024 - costs_2024)"))
    assert result.verdict == "unverifiable"
    assert "total" in result.explanation


def test_a_ratio_with_a_zero_is_unverifiable(case):
    result = verdict_of(case, claim("c", "2 times as much", "multiple", stated="times_x",
                                    computed="multiple(revenue_2024, revenue_2024 - revenue_2024)"))
    assert result.verdict == "unverifiable"
    assert "zero" in result.explanation


def test_a_mirror_ratio_with_a_zero_is_not_a_number():
    def row(id, reporter, value):
        return ReferenceRow(id, "Ruritania", "2024", "exports", "exports", value, "USD_bn", reporter, "t",
                            "https://example.org", "q", Interval(value * 1e9, value * 1e9, value * 1e9))

    pairs = mirror_pairs([row("R01", "customs", 2.0), row("R02", "national", 0.0)], "customs", "national")
    assert pairs.ratio.isna().all() and pairs.gap.iloc[0] == pytest.approx(2e9)


@pytest.mark.parametrize("n, word", [(1, "first"), (2, "second"), (3, "third"), (10, "tenth"), (11, "11th"),
                                     (12, "12th"), (13, "13th"), (21, "21st"), (22, "22nd"), (23, "23rd"),
                                     (101, "101st"), (111, "111th"), (112, "112th")])
def test_ordinals(n, word):
    assert ordinal(n) == word
