"""Every reading of a printed number, and both sides of every hedge, with ends worked out by hand."""

import pytest

from claimcheck.config import Tolerances
from claimcheck.engine import run
from claimcheck.quantities import parse_unit
from claimcheck.readings import Printed, printed_whole, readings
from conftest import claim, figure

DEFAULT = Tolerances()


def ends(printed, qualifier="none", tolerances=DEFAULT, **options):
    return {r.name: (pytest.approx(r.lo), pytest.approx(r.hi)) for r in readings(printed, qualifier, tolerances, **options)}


# -- digits --------------------------------------------------------------------------------------------

def test_the_strict_reading_is_half_a_unit_of_the_last_digit():
    assert ends(Printed(94.8, decimals=1)) == {"strict": (94.75, 94.85)}
    assert ends(Printed(28)) == {"strict": (27.5, 28.5)}


def test_eighty_million_may_be_rounded_to_the_nearest_ten():
    # 80 has one trailing zero: rounding to the nearest 10 puts it anywhere in [75, 85]
    assert ends(Printed(80, trailing_zeros=1)) == {"strict": (79.5, 80.5), "loose": (75, 85)}


def test_a_percentage_with_a_trailing_zero_has_a_loose_reading_too():
    assert ends(Printed(3270, trailing_zeros=1)) == {"strict": (3269.5, 3270.5), "loose": (3265, 3275)}


def test_twelve_hundred_tonnes_may_be_rounded_to_the_nearest_hundred():
    assert ends(Printed(1200, trailing_zeros=2))["loose"] == (1150, 1250)


def test_the_loose_reading_is_never_wider_than_ten_percent_of_the_value():
    # "$10 billion" rounded to the nearest 10 would be [5, 15]; the cap keeps it to 10 +/- 1
    assert ends(Printed(10, trailing_zeros=1))["loose"] == (9, 11)
    assert ends(Printed(100, trailing_zeros=2))["loose"] == (90, 110)
    assert ends(Printed(20, trailing_zeros=1))["loose"] == (18, 22)


def test_the_cap_is_a_parameter():
    assert ends(Printed(10, trailing_zeros=1), tolerances=Tolerances(loose_cap=0.5))["loose"] == (5, 15)


def test_printed_decimals_are_always_significant():
    assert ends(Printed(80.0, decimals=1)) == {"strict": (79.95, 80.05)}


def test_a_number_without_trailing_zeros_has_only_the_strict_reading():
    assert list(ends(Printed(2.8, decimals=1))) == ["strict"]
    assert list(ends(Printed(142))) == ["strict"]


def test_the_readings_parameter_can_keep_the_strict_reading_alone():
    assert list(ends(Printed(80, trailing_zeros=1), tolerances=Tolerances(readings="strict"))) == ["strict"]


def test_with_rounding_off_every_digit_is_exact():
    assert ends(Printed(80, trailing_zeros=1), tolerances=Tolerances(rounding=False)) == {"strict": (80, 80)}


# -- hedges --------------------------------------------------------------------------------------------

def test_just_over_is_never_below_the_number():
    assert ends(Printed(1), "just over") == {"strict": (1.0, 1.05)}


@pytest.mark.parametrize("hedge", ["nearly", "almost", "just under"])
def test_nearly_almost_and_just_under_are_never_above_the_number(hedge):
    assert ends(Printed(5), hedge) == {"strict": (4.75, 5.0)}


@pytest.mark.parametrize("hedge", ["about", "around", "approximately", "roughly"])
def test_about_spreads_both_ways_by_the_tolerance(hedge):
    # 15 +/- 5% = [14.25, 15.75], wider than the printed precision [14.5, 15.5]
    assert ends(Printed(15), hedge) == {"strict": (14.25, 15.75)}


def test_about_is_never_narrower_than_the_printed_precision():
    # 9 +/- 5% = [8.55, 9.45] is narrower than 9's own precision, [8.5, 9.5]
    assert ends(Printed(9), "about") == {"strict": (8.5, 9.5)}
    assert ends(Printed(2), "around") == {"strict": (1.5, 2.5)}


def test_about_a_round_number_keeps_its_loose_reading():
    # about 40: strict hull of [38, 42] and [39.5, 40.5]; loose hull of [38, 42] and 40 +/- min(5, 4)
    assert ends(Printed(40, trailing_zeros=1), "about") == {"strict": (38, 42), "loose": (36, 44)}


def test_hedge_widths_are_parameters():
    wide = Tolerances(nearly=0.1, just_over=0.2)
    assert ends(Printed(5), "nearly", wide) == {"strict": (4.5, 5.0)}
    assert ends(Printed(1), "just over", wide) == {"strict": (1.0, 1.2)}


@pytest.mark.parametrize("hedge, bounds", [("more than", (2.0, 4.0)), ("over", (2.0, 4.0)), ("at least", (2.0, 4.0)),
                                           ("less than", (0.0, 2.0)), ("under", (0.0, 2.0)), ("at most", (0.0, 2.0)),
                                           ("up to", (0.0, 2.0))])
def test_an_open_bound_reaches_one_way_as_far_as_its_parameter(hedge, bounds):
    # 'more than doubled': not below 2 and, at the default open bound of 1.0, up to 2 + 2 = 4
    doubled = Printed(2, word=True)
    assert ends(doubled, hedge) == {"strict": bounds}
    narrow = Tolerances(open_bound=0.25)
    assert ends(doubled, hedge, narrow)["strict"] == ((2.0, 2.5) if bounds[0] == 2.0 else (1.5, 2.0))


def test_a_hedge_on_a_fall_bounds_the_fall_so_nearly_halved_leaves_a_little_more_than_half():
    halved = Printed(0.5, 1, word=True)
    # 'halved' is itself about a half (±0.025), and 'nearly' bounds the fall a further 0.025: a fall of 45% to 50%
    assert ends(halved, "nearly", mirrored=True) == {"strict": (0.5, 0.55)}
    assert ends(halved, "more than", mirrored=True) == {"strict": (0.0, 0.5)}  # a fall of more than half
    assert ends(halved, "nearly") == {"strict": (0.45, 0.5)}  # 'nearly half' of something


@pytest.mark.parametrize("hedge", ["nearly", "almost", "roughly", "about", "just over"])
def test_a_hedge_on_a_multiple_in_words_never_reads_it_more_narrowly_than_the_bare_word(hedge):
    # 'doubled' is 1.9 to 2.1; 'nearly doubled' reaches 2 - 0.1 - 0.1 = 1.8 below, 'roughly doubled' 1.8 to 2.2
    assert ends(Printed(2, word=True)) == {"strict": (1.9, 2.1)}
    expected = {"nearly": (1.8, 2.0), "almost": (1.8, 2.0), "roughly": (1.8, 2.2), "about": (1.8, 2.2),
                "just over": (2.0, 2.2)}[hedge]
    assert ends(Printed(2, word=True), hedge) == {"strict": expected}


def test_a_decrease_mirrors_its_interval():
    assert ends(Printed(2), "nearly", negative=True) == {"strict": (-2.0, -1.9)}


# -- multiples and ranges ----------------------------------------------------------------------------------

def test_rose_n_times_may_also_mean_an_increase_of_n_hundred_percent():
    # "rose 10.9 times": x10.9 at its precision [10.85, 10.95], or +1,090%, x11.9: [11.85, 11.95]
    assert ends(Printed(10.9, decimals=1), rises_times=True) == {"strict": (10.85, 10.95), "increase": (11.85, 11.95)}


def test_a_multiple_in_words_is_read_like_about():
    assert ends(Printed(2, word=True), rises_times=True) == {"strict": (1.9, 2.1)}


def test_fell_three_times_is_a_third():
    assert ends(Printed(3), inverse=True) == {"strict": (1 / 3.5, 1 / 2.5)}


def test_a_range_is_the_interval_between_its_ends():
    (reading,) = readings(Printed(2.5, decimals=1, high=3), "none", DEFAULT)
    assert (reading.lo, reading.hi, reading.point) == pytest.approx((2.5, 3.0, 2.75))


def test_a_year_is_exact():
    assert ends(Printed(2014, exact=True)) == {"strict": (2014, 2014)}


# -- counts of whole things ------------------------------------------------------------------------------

def test_nineteen_matches_are_exactly_nineteen_but_twelve_hundred_stores_may_be_rounded():
    # a count of whole things has no fraction to round away; its trailing zeros may still be rounding
    assert ends(Printed(19, whole=True)) == {"strict": (19, 19)}
    assert ends(Printed(1200, trailing_zeros=2, whole=True)) == {"strict": (1200, 1200), "loose": (1150, 1250)}
    # a hedge still spreads it: about 19 is 19 +/- 0.95
    assert ends(Printed(19, whole=True), "about") == {"strict": (18.05, 19.95)}


@pytest.mark.parametrize("unit, metric, decimals, whole", [
    ("matches", "home matches played", 0, True),
    ("stores", "store count", 0, True),
    ("people", "population", 0, False),     # statistics offices estimate, average and perturb counts of people
    ("residents", "population", 0, False),
    ("fans", "attendance", 0, False),
    ("matches", "average matches a season", 0, False),
    ("stores", "Average stores per town rose to 12", 0, False),  # the quote says 'average'
    ("tonnes", "harvest", 0, False),        # a unit of measure is rounded: 23 tonnes may be 22.5 to 23.5
    ("teu", "container throughput", 0, False),
    ("people_m", "population", 0, False),   # 25 million people is a rounded figure
    ("patients", "average patients seen a day", 0, False),  # an average of whole things need not be whole
    ("patients", "patients seen daily", 0, False),
    ("stores", "store count", 1, False),    # printed with a decimal: not a count in full
    ("stores", "store count averaged", 0, False),
])
def test_which_printed_numbers_count_whole_things(unit, metric, decimals, whole):
    assert printed_whole(parse_unit(unit), metric, decimals, None) is whole


def test_an_exact_count_of_matches_catches_a_total_that_a_rounded_one_would_let_through(case):
    # 52,340 fans a match over 19 matches is 994,460 (994,450.5 to 994,469.5 with the average rounded); a total of
    # 993,000 is 1,460 short. Read as 18.5 to 19.5 matches, the range would be 968,281 to 1,020,640 and hide it.
    article = "The club drew an average of 52,340 fans per match over 19 matches, a total of 993,000 fans."
    paths = case(article, [figure("avg", "52,340 fans per match", 52340, unit="fans_per_match", metric="average attendance"),
                           figure("matches", "19 matches", 19, unit="matches", metric="home matches"),
                           figure("total", "993,000 fans", 993000, unit="fans", metric="attendance")],
                 [claim("C1", "a total of 993,000 fans", "total", stated="total", computed="avg * matches")])
    verdict = run(*paths).set_index("claim_id").loc["C1"]
    # 993,000 has three trailing zeros: loosely 992,500 to 993,500 (the nearest thousand), still below 994,450.5
    assert verdict.verdict == "inconsistent"


@pytest.mark.parametrize("article, unit, metric, values", [
    # averages of 52,340.5-52,341.5 and 51,314.5-51,315.5 differ by 1,025 to 1,027: a printed 1,025 fits
    ("Average home attendance rose by 1,025 to 52,341 fans from 51,315 fans.", "fans", "home attendance",
     ("rose by 1,025", "to 52,341 fans", "from 51,315 fans", 1025, 52341, 51315)),
    # a year's unemployed are an average of its months: 234,567.4 and 235,801.6 print a fall of 1,234
    ("Ruritania had 234,567 unemployed people in 2024, 1,234 fewer than the 235,802 of 2023.", "people", "unemployed",
     ("1,234 fewer", "had 234,567", "the 235,802", 1234, 234567, 235802)),
])
def test_an_average_or_an_estimated_count_stays_rounded(case, article, unit, metric, values):
    change_quote, now_quote, before_quote, change, now, before = values
    paths = case(article, [figure("now", now_quote, now, unit=unit, metric=metric),
                           figure("before", before_quote, before, unit=unit, metric=metric, period="2023"),
                           figure("chg", change_quote, change, unit=unit, metric=metric,
                                  direction="down" if "fewer" in change_quote else "up")],
                 [claim("C1", change_quote, "change", stated="chg", computed="change(now, before)")])
    assert run(*paths).set_index("claim_id").loc["C1", "verdict"] == "consistent_within_rounding"
