"""Periods: parsed from the table, compared as the same, a year earlier or just before, and named for readers."""

import pytest

from claimcheck.periods import PeriodError, between, describe, is_earlier_comparison, parse_period


@pytest.mark.parametrize("text, words", [
    ("2024", "2024"), ("2024-Q1", "Q1 2024"), ("2024-H2", "H2 2024"), ("2024-03", "Mar 2024"),
    ("2025-01..2025-05", "Jan–May 2025"), ("2013..2024", "2013–2024"), ("FY2024", "FY2024"),
    ("2024-12-31", "31 Dec 2024"), ("2024-11..2025-02", "Nov 2024–Feb 2025"),
])
def test_each_period_is_named_for_a_reader(text, words):
    assert describe(parse_period(text)) == words


@pytest.mark.parametrize("text", ["", "24", "2024-Q5", "2024-13", "2025-05..2025-01", "2024-02-30", "Q1 2024"])
def test_a_period_that_is_not_one_is_refused(text):
    with pytest.raises(PeriodError, match="a period such as 2024"):
        parse_period(text)


@pytest.mark.parametrize("current, previous", [
    ("2024", "2023"), ("2024-Q1", "2023-Q1"), ("2024-Q1", "2023-Q4"), ("2025-01..2025-05", "2024-01..2024-05"),
    ("2024-03", "2024-02"), ("FY2025", "FY2024"), ("2025-03-31", "2024-12-31"),
])
def test_a_change_compares_a_year_earlier_or_just_before(current, previous):
    assert is_earlier_comparison(parse_period(current), parse_period(previous))


@pytest.mark.parametrize("current, previous", [("2024", "2022"), ("2024-Q1", "2023-Q2"), ("2025-01..2025-05", "2024")])
def test_other_pairs_are_not_a_change(current, previous):
    assert not is_earlier_comparison(parse_period(current), parse_period(previous))


def test_a_change_between_two_month_end_readings_covers_the_months_between():
    assert between(parse_period("2024-12-31"), parse_period("2025-03-31")).label == "2025-Q1"
