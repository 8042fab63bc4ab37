"""The six new kinds of claim (share, cagr, percentage_points, multiple, change, conversion) on three
fixture articles, with every expectation worked out by hand from data/README.md.

The readings used in the arithmetic below, as the README gives them:
- strict: the last printed digit is exact to half a unit ("EUR 48.6 billion" is [48.55, 48.65]);
- "nearly X" is [0.95 X, X]; "just over X" is [X, 1.05 X]; "about X" is the hull of [0.95 X, 1.05 X]
  and the printed precision; "doubled" is read like "about 2", [1.9, 2.1]; a range "2.5-3" is
  [2.5, 3] and its point is 2.75; a change with direction `down` is negative;
- loose: a whole number with trailing zeros may be rounded to its last non-zero digit, capped at
  +-10% ("EUR 300 million" is [270, 330]); "rose N times" may also mean +N*100%.
`computed_value` is the expression at the printed numbers, `computed_low`/`computed_high` its exact
range over the inputs' strict (hedged) intervals, all in the stated figure's unit.
"""

import csv
import functools
import math
from pathlib import Path

import pytest

from claimcheck.engine import check_claims, load_inputs, verdict_table
from claimcheck.errors import InputError
from conftest import claim

FIXTURES = Path(__file__).parent / "fixtures"
NEW_KINDS = ["share", "cagr", "percentage_points", "multiple", "change", "conversion"]


@functools.lru_cache(maxsize=None)
def checked(article):
    """(verdict table indexed by claim id, verdicts by claim id) of one fixture article."""
    folder = FIXTURES / article
    inputs = load_inputs(folder / "article.txt", folder / "figures.csv", folder / "claims.csv")
    verdicts = check_claims(inputs)
    return verdict_table(verdicts).set_index("claim_id"), {v.claim_id: v for v in verdicts}


def row(article, claim_id):
    return checked(article)[0].loc[claim_id]


def assert_verdict(article, claim_id, verdict, reading):
    result = row(article, claim_id)
    assert (result["verdict"], result["reading"]) == (verdict, reading)


def assert_computed(article, claim_id, value, low, high):
    result = checked(article)[1][claim_id]
    assert (result.computed_value, result.computed_low, result.computed_high) == pytest.approx((value, low, high), rel=1e-6)


def blank(value) -> bool:
    return value is None or (isinstance(value, float) and math.isnan(value)) or str(value).strip() == ""


# -- budget: fiscal years, a share of GDP, points, an average rate, a stock of debt, two currencies ---


def test_a_deficit_that_is_spending_less_revenue_is_consistent():
    # 53.4 - 48.6 = 4.8, inside [4.75, 4.85]; range 53.35 - 48.65 = 4.7 to 53.45 - 48.55 = 4.9
    assert_verdict("budget", "B01", "consistent", "as printed")
    assert_computed("budget", "B01", 4.8, 4.7, 4.9)


def test_a_deficit_as_a_share_of_gdp_is_consistent():
    # 4.8 / 166 = 2.8916%, inside [2.85, 2.95]; range 4.75 / 166.5 = 2.85285% to 4.85 / 165.5 = 2.93051%
    assert_verdict("budget", "B02", "consistent", "as printed")
    assert_computed("budget", "B02", 4.8 / 166 * 100, 4.75 / 166.5 * 100, 4.85 / 165.5 * 100)


def test_a_fall_in_the_deficit_ratio_in_percentage_points_is_consistent():
    # "down 0.7 points" is [-0.75, -0.65]; 2.9 - 3.6 = -0.7; range 2.85 - 3.65 = -0.8 to 2.95 - 3.55 = -0.6
    assert_verdict("budget", "B03", "consistent", "as printed")
    assert_computed("budget", "B03", -0.7, -0.8, -0.6)


def test_an_average_annual_rate_the_end_years_cannot_give_is_inconsistent():
    # (48.6 / 36.2) ** (1/5) - 1 = 6.068%; range (48.55 / 36.25) ** 0.2 - 1 = 6.0172% to
    # (48.65 / 36.15) ** 0.2 - 1 = 6.1194%, far below the stated [7.45, 7.55]; no figure has a loose reading
    assert_verdict("budget", "B04", "inconsistent", "none")
    assert_computed("budget", "B04", 6.0682833, 6.0171792, 6.1194300)
    assert not blank(row("budget", "B04")["correction"])


def test_a_rise_in_debt_larger_than_the_two_stocks_allow_is_inconsistent():
    # 112 - 106 = +6 (EUR bn); range 111.5 - 106.5 = 5 to 112.5 - 105.5 = 7, never the stated [8.5, 9.5]
    assert_verdict("budget", "B05", "inconsistent", "none")
    assert_computed("budget", "B05", 6, 5, 7)
    assert not blank(row("budget", "B05")["correction"])


def test_a_conversion_at_the_stated_rate_inside_an_about_hedge_is_consistent_and_shows_the_implied_rate():
    # 2.35 * 1.07 = 2.5145 (USD bn); range 2.345 * 1.065 = 2.497425 to 2.355 * 1.075 = 2.531625;
    # "about $2.5 billion" is [2.375, 2.625]. The two amounts imply 2.5 / 2.35 = 1.0638 dollars per euro.
    assert_verdict("budget", "B06", "consistent", "as printed")
    assert_computed("budget", "B06", 2.5145, 2.497425, 2.531625)
    assert "1.06" in row("budget", "B06")["explanation"]


def test_a_conversion_the_stated_rate_cannot_give_is_inconsistent_and_shows_the_implied_rate():
    # 9.49 * 1.07 = 10.1543 (USD bn); range 9.485 * 1.065 = 10.101525 to 9.495 * 1.075 = 10.207125,
    # never the stated [11.15, 11.25]. The two amounts imply 11.2 / 9.49 = 1.1802 dollars per euro.
    assert_verdict("budget", "B07", "inconsistent", "none")
    assert_computed("budget", "B07", 10.1543, 10.101525, 10.207125)
    assert "1.18" in row("budget", "B07")["explanation"]
    assert not blank(row("budget", "B07")["correction"])


def test_a_range_is_its_ends_and_its_point_is_the_middle():
    # "EUR 2.5-3 billion" is [2.5, 3], point 2.75: 2.75 / 48.6 = 5.6584%; range 2.5 / 48.65 = 5.13875%
    # to 3 / 48.55 = 6.17920%. "about 5.7%" is the hull of [5.415, 5.985] and [5.65, 5.75] = [5.415, 5.985].
    assert_verdict("budget", "B08", "consistent", "as printed")
    assert_computed("budget", "B08", 2.75 / 48.6 * 100, 2.5 / 48.65 * 100, 3 / 48.55 * 100)


# -- inflation: months, quarters, a span of months, multiples of prices, average annual rates -------


def test_points_against_the_same_month_a_year_earlier_that_the_rates_cannot_give_are_inconsistent():
    # 3.4 - 5.1 = -1.7; range 3.35 - 5.15 = -1.8 to 3.45 - 5.05 = -1.6; "1.9 points below" is [-1.95, -1.85]
    assert_verdict("inflation", "I01", "inconsistent", "none")
    assert_computed("inflation", "I01", -1.7, -1.8, -1.6)
    assert not blank(row("inflation", "I01")["correction"])


def test_points_between_quarters_that_only_the_printed_precision_reconciles_are_within_rounding():
    # 3.7 - 4.2 = -0.5, outside [-0.65, -0.55]; range 3.65 - 4.25 = -0.6 to 3.75 - 4.15 = -0.4 overlaps it
    assert_verdict("inflation", "I02", "consistent_within_rounding", "printed precision")
    assert_computed("inflation", "I02", -0.5, -0.6, -0.4)


def test_nearly_bounds_the_size_of_a_fall_in_points():
    # "a slowdown of nearly 2.5 points" is a fall of 2.375 to 2.5: [-2.5, -2.375].
    # Jan-Jun: 3.9 - 6.3 = -2.4 inside it; range 3.85 - 6.35 = -2.5 to 3.95 - 6.25 = -2.3
    assert_verdict("inflation", "I03", "consistent", "as printed")
    assert_computed("inflation", "I03", -2.4, -2.5, -2.3)


def test_doubled_is_read_as_about_two():
    # 1.26 / 0.62 = 2.0323, inside [1.9, 2.1]; range 1.255 / 0.625 = 2.008 to 1.265 / 0.615 = 2.05691
    assert_verdict("inflation", "I04", "consistent", "as printed")
    assert_computed("inflation", "I04", 1.26 / 0.62, 1.255 / 0.625, 1.265 / 0.615)


def test_rose_n_times_holds_only_as_an_increase_of_n_hundred_percent():
    # 2.10 / 0.60 = 3.5; range 2.095 / 0.605 = 3.46281 to 2.105 / 0.595 = 3.53782. As x2.5 the claim is
    # [2.45, 2.55], far off; as +250% it is x[3.45, 3.55], which holds the point: only the second reading works.
    assert_verdict("inflation", "I05", "consistent_within_rounding", "loose: syl_onions_multiple")
    assert_computed("inflation", "I05", 3.5, 2.095 / 0.605, 2.105 / 0.595)
    assert "250%" in row("inflation", "I05")["explanation"]


def test_times_as_much_has_one_reading_and_can_be_inconsistent():
    # 0.31 / 0.19 = 1.6316; range 0.305 / 0.195 = 1.56410 to 0.315 / 0.185 = 1.70270, below [1.75, 1.85]
    assert_verdict("inflation", "I06", "inconsistent", "none")
    assert_computed("inflation", "I06", 0.31 / 0.19, 0.305 / 0.195, 0.315 / 0.185)
    assert not blank(row("inflation", "I06")["correction"])


def test_an_average_annual_rate_over_five_years_of_months_is_consistent():
    # (164.50 / 121.80) ** (1/5) - 1 = 6.1949%, inside [6.15, 6.25];
    # range (164.495 / 121.805) ** 0.2 - 1 = 6.19340% to (164.505 / 121.795) ** 0.2 - 1 = 6.19643%
    assert_verdict("inflation", "I07", "consistent", "as printed")
    assert_computed("inflation", "I07", 6.1949153, 6.1933979, 6.1964327)


def test_an_average_annual_rate_over_ten_years_is_consistent_within_rounding():
    # (164.50 / 117) ** (1/10) - 1 = 3.4661%, outside [3.35, 3.45];
    # range (164.495 / 117.5) ** 0.1 - 1 = 3.42166% to (164.505 / 116.5) ** 0.1 - 1 = 3.51072% overlaps it
    assert_verdict("inflation", "I08", "consistent_within_rounding", "printed precision")
    assert_computed("inflation", "I08", 3.4660821, 3.4216551, 3.5107172)


# -- results: quarters and a half-year, segment shares, a fall in euros, dollars at a reference rate -


def test_about_dollars_at_the_reference_rate_is_consistent_and_shows_the_implied_rate():
    # 1.84 * 1.133562 = 2.085754 (USD bn); range 1.835 * 1.133562 = 2.080086 to 1.845 * 1.133562 = 2.091422;
    # "about $2.1 billion" is [1.995, 2.205]. The two amounts imply 2.1 / 1.84 = 1.1413 dollars per euro.
    assert_verdict("results", "R01", "consistent", "as printed")
    assert_computed("results", "R01", 1.84 * 1.133562, 1.835 * 1.133562, 1.845 * 1.133562)
    assert "1.14" in row("results", "R01")["explanation"]


def test_fell_by_an_amount_is_a_negative_change():
    # "fell by EUR 65 million" is [-65.5, -64.5]; 212 - 277 = -65; range 211.5 - 277.5 = -66 to 212.5 - 276.5 = -64
    assert_verdict("results", "R02", "consistent", "as printed")
    assert_computed("results", "R02", -65, -66, -64)


def test_dollars_at_the_reference_rate_off_in_the_last_digit_are_consistent_within_rounding():
    # 212 * 1.133562 = 240.315 (USD m), outside [240.5, 241.5];
    # range 211.5 * 1.133562 = 239.748 to 212.5 * 1.133562 = 240.882 overlaps it
    assert_verdict("results", "R03", "consistent_within_rounding", "printed precision")
    assert_computed("results", "R03", 212 * 1.133562, 211.5 * 1.133562, 212.5 * 1.133562)


def test_nearly_holds_a_share_just_below_its_bound():
    # 1.02 / 1.84 = 55.43%: outside a strict 56% [55.5, 56.5], inside "nearly 56%" [53.2, 56];
    # range 1.015 / 1.845 = 55.0136% to 1.025 / 1.835 = 55.8583%
    assert_verdict("results", "R04", "consistent", "as printed")
    assert_computed("results", "R04", 1.02 / 1.84 * 100, 1.015 / 1.845 * 100, 1.025 / 1.835 * 100)


def test_just_over_a_share_that_the_amounts_leave_below_is_inconsistent_even_with_loose_zeros():
    # 520 / 1840 = 28.26%; range 519.5 / 1845 = 28.157% to 520.5 / 1835 = 28.365%; even with "EUR 520
    # million" loose, [515, 525], at most 525 / 1835 = 28.61%: never "just over 29%", [29, 30.45]
    assert_verdict("results", "R05", "inconsistent", "none")
    assert_computed("results", "R05", 520 / 1840 * 100, 519.5 / 1845 * 100, 520.5 / 1835 * 100)
    assert not blank(row("results", "R05")["correction"])


def test_a_share_that_only_a_loose_round_amount_reproduces_is_within_rounding_and_names_the_value_needed():
    # 300 / 1840 = 16.30%; range 299.5 / 1845 = 16.2331% to 300.5 / 1835 = 16.3760%, never [16.85, 16.95].
    # "EUR 300 million" rounded to the nearest 100 is capped at +-10%, [270, 330]: up to 330 / 1835 = 17.98%.
    # 16.9% of EUR 1,840 million needs services of 0.169 * 1840 = EUR 311 million.
    assert_verdict("results", "R06", "consistent_within_rounding", "loose: nv_services_2025q2")
    assert_computed("results", "R06", 300 / 1840 * 100, 299.5 / 1845 * 100, 300.5 / 1835 * 100)
    assert "311" in row("results", "R06")["explanation"]


def test_a_change_stated_in_millions_is_computed_in_millions_from_billions():
    # 3.7 - 3.9 = -0.2 bn = -200 m, outside [-150.5, -149.5]; range 3650 - 3950 = -300 to 3750 - 3850 = -100
    assert_verdict("results", "R07", "consistent_within_rounding", "printed precision")
    assert_computed("results", "R07", -200, -300, -100)


# -- across the three articles ----------------------------------------------------------------------


@pytest.mark.parametrize("article, claim_id", [("budget", "B09"), ("inflation", "I09"), ("results", "R08")])
def test_opinions_have_no_reading(article, claim_id):
    result = row(article, claim_id)
    assert result["verdict"] == "opinion"
    assert blank(result["reading"])


def test_the_note_is_shown_as_written_and_kept_out_of_the_explanation():
    result = row("results", "R01")
    assert result["note"] == "The article gives no rate: the quarter's reference rate from article.toml is used."
    assert "reference rate from article.toml" not in result["explanation"]


@pytest.mark.parametrize("kind", NEW_KINDS)
def test_the_fixtures_hold_every_verdict_of_every_new_kind(kind):
    seen = set()
    for article in ["budget", "inflation", "results"]:
        with (FIXTURES / article / "claims.csv").open(encoding="utf-8") as handle:
            ids = [r["id"] for r in csv.DictReader(handle) if r["kind"] == kind]
        seen |= {row(article, claim_id)["verdict"] for claim_id in ids}
    assert {"consistent", "consistent_within_rounding", "inconsistent"} <= seen


# -- bad input for each new kind --------------------------------------------------------------------

MINI_ARTICLE = (
    "Ruritania's exports rose to EUR 6.0 billion in 2025 from EUR 5.0 billion in 2024, an increase of EUR 1.0 billion; "
    "they were 1.2 times the 2024 level. Machinery made up 40% of the 2025 total, at EUR 2.4 billion. "
    "Exports have grown by an average of 5% a year since 2020, when they were EUR 4.7 billion. "
    "Inflation rose to 3.5% in 2025 from 2.0% in 2024, up 1.5 percentage points. "
    "The 2025 exports equal $6.5 billion at 1.08 dollars per euro, or 7.1 yuan per dollar."
)
MINI_METADATA = """headline = "Ruritania's exports rise"
[entities]
Ruritania = "country"
machinery = "product"
"""


def fig(id, quote, value, unit, period="2025", entity="Ruritania", metric="exports", qualifier="none", direction=""):
    return dict(id=id, entity=entity, counterpart="", metric=metric, period=period, value=value, unit=unit,
                qualifier=qualifier, direction=direction, quote=quote)


MINI_FIGURES = {f["id"]: f for f in [
    fig("x_2025", "rose to EUR 6.0 billion in 2025", "6.0", "EUR_bn"),
    fig("x_2024", "from EUR 5.0 billion in 2024", "5.0", "EUR_bn", period="2024"),
    fig("x_change", "an increase of EUR 1.0 billion", "1.0", "EUR_bn", direction="up"),
    fig("x_multiple", "1.2 times the 2024 level", "1.2", "times"),
    fig("machinery_share", "Machinery made up 40%", "40", "percent", entity="machinery"),
    fig("machinery", "at EUR 2.4 billion", "2.4", "EUR_bn", entity="machinery"),
    fig("x_cagr", "an average of 5% a year", "5", "percent", direction="up"),
    fig("x_2020", "when they were EUR 4.7 billion", "4.7", "EUR_bn", period="2020"),
    fig("inflation_2025", "Inflation rose to 3.5% in 2025", "3.5", "percent", metric="inflation"),
    fig("inflation_2024", "from 2.0% in 2024", "2.0", "percent", metric="inflation", period="2024"),
    fig("inflation_pp", "up 1.5 percentage points", "1.5", "pp", metric="inflation", direction="up"),
    fig("x_usd", "equal $6.5 billion", "6.5", "USD_bn"),
    fig("usd_per_eur", "1.08 dollars per euro", "1.08", "USD_per_EUR", metric="exchange rate"),
    fig("cny_per_usd", "7.1 yuan per dollar", "7.1", "CNY_per_USD", metric="exchange rate"),
]}

# kind -> (figure ids, the claim's fields, its value at the printed numbers in the stated unit)
MINI_CASES = {
    # 2.4 / 6.0 = 40%
    "share": (["machinery_share", "machinery", "x_2025"],
              dict(quote="Machinery made up 40% of the 2025 total, at EUR 2.4 billion", stated="machinery_share",
                   computed="share(machinery, x_2025)"), 40.0),
    # (6.0 / 4.7) ** (1/5) - 1 = 5.0052%
    "cagr": (["x_cagr", "x_2025", "x_2020"],
             dict(quote="Exports have grown by an average of 5% a year since 2020", stated="x_cagr",
                  computed="cagr(x_2025, x_2020, 5)", periods="mixed"), 5.0051691),
    # 3.5 - 2.0 = 1.5 points
    "percentage_points": (["inflation_pp", "inflation_2025", "inflation_2024"],
                          dict(quote="up 1.5 percentage points", stated="inflation_pp",
                               computed="pp(inflation_2025, inflation_2024)", periods="mixed"), 1.5),
    # 6.0 / 5.0 = 1.2
    "multiple": (["x_multiple", "x_2025", "x_2024"],
                 dict(quote="they were 1.2 times the 2024 level", stated="x_multiple",
                      computed="multiple(x_2025, x_2024)", periods="mixed"), 1.2),
    # 6.0 - 5.0 = +1.0 (EUR bn)
    "change": (["x_change", "x_2025", "x_2024"],
               dict(quote="an increase of EUR 1.0 billion", stated="x_change",
                    computed="change(x_2025, x_2024)", periods="mixed"), 1.0),
    # 6.0 * 1.08 = 6.48 (USD bn)
    "conversion": (["x_usd", "x_2025", "usd_per_eur"],
                   dict(quote="The 2025 exports equal $6.5 billion at 1.08 dollars per euro", stated="x_usd",
                        computed="convert(x_2025, usd_per_eur)"), 6.48),
}

# kind -> (figure ids, what replaces the good claim's fields, the field blamed, the unit found)
UNIT_MISMATCHES = {
    "share": (["x_change", "machinery", "x_2025"], dict(stated="x_change"), "stated", "EUR_bn"),
    "cagr": (["x_multiple", "x_2025", "x_2020"], dict(stated="x_multiple"), "stated", "times"),
    "percentage_points": (["inflation_pp", "x_2025", "x_2024"], dict(computed="pp(x_2025, x_2024)"), "computed", "EUR_bn"),
    "multiple": (["inflation_2025", "x_2025", "x_2024"], dict(stated="inflation_2025"), "stated", "percent"),
    "change": (["inflation_pp", "x_2025", "x_2024"], dict(stated="inflation_pp"), "stated", "pp"),
    "conversion": (["inflation_2025", "x_2025", "usd_per_eur"], dict(stated="inflation_2025"), "stated", "percent"),
}


def mini(case, tmp_path, kind, figure_ids, blank_period=None, **changes):
    """The mini article with the figures named and one claim of the kind; article.toml written beside it."""
    _, fields, _ = MINI_CASES[kind]
    figures = [{**MINI_FIGURES[i], "period": ""} if i == blank_period else MINI_FIGURES[i] for i in figure_ids]
    paths = case(MINI_ARTICLE, figures, [claim("c1", kind=kind, **{**fields, **changes})])
    (tmp_path / "article.toml").write_text(MINI_METADATA, encoding="utf-8")
    return paths


def input_error(paths) -> str:
    with pytest.raises(InputError) as caught:
        check_claims(load_inputs(*paths))
    return str(caught.value)


@pytest.mark.parametrize("kind", NEW_KINDS)
def test_the_good_mini_case_of_each_kind_is_consistent(case, tmp_path, kind):
    figure_ids, _, value = MINI_CASES[kind]
    verdict = {v.claim_id: v for v in check_claims(load_inputs(*mini(case, tmp_path, kind, figure_ids)))}["c1"]
    assert (verdict.verdict, verdict.reading) == ("consistent", "as printed")
    assert verdict.computed_value == pytest.approx(value, rel=1e-6)


@pytest.mark.parametrize("kind", NEW_KINDS)
def test_a_unit_the_kind_cannot_take_names_the_row_the_field_and_the_unit(case, tmp_path, kind):
    figure_ids, changes, field, unit = UNIT_MISMATCHES[kind]
    message = input_error(mini(case, tmp_path, kind, figure_ids, **changes))
    assert f"claims.csv, line 2 (row 1), field '{field}'" in message
    assert unit in message.partition("found")[2]
    assert "how to fix:" in message


@pytest.mark.parametrize("kind", NEW_KINDS)
def test_a_figure_without_a_period_names_its_row(case, tmp_path, kind):
    figure_ids, _, _ = MINI_CASES[kind]
    # the second row, line 3, is the first figure the expression uses
    message = input_error(mini(case, tmp_path, kind, figure_ids, blank_period=figure_ids[1]))
    assert "figures.csv, line 3 (row 2), field 'period'" in message
    assert "how to fix:" in message


def test_a_rate_in_the_wrong_currency_names_the_row_the_field_and_the_rate(case, tmp_path):
    # EUR_bn cannot be converted at yuan per dollar
    message = input_error(mini(case, tmp_path, "conversion", ["x_usd", "x_2025", "cny_per_usd"],
                               computed="convert(x_2025, cny_per_usd)"))
    assert "claims.csv, line 2 (row 1), field 'computed'" in message
    assert "CNY_per_USD" in message.partition("found")[2]
    assert "how to fix:" in message


def test_basis_points_are_hundredths_of_a_point_and_stay_basis_points_in_the_explanation(tmp_path):
    """1.12 - 1.21 = -0.09 points = -9 bp (at the printed precision -10 to -8 bp): a stated 9 bp decline holds.
    58.3 - 60.1 = -1.8 points = -180 bp against a stated 25 bp drop: a contradiction under every reading."""
    (tmp_path / "article.txt").write_text(
        "Bank margin narrows\nZURICH (Wire) – Ruritania Bank's net interest margin narrowed to 1.12% in the third "
        "quarter of 2025 from 1.21% a year earlier, a decline of 9 basis points. Its cost ratio fell to 58.3% from "
        "60.1%, a drop of 25 basis points.\n", encoding="utf-8")
    (tmp_path / "figures.csv").write_text(
        "id,entity,counterpart,metric,period,value,unit,qualifier,direction,quote\n"
        "nim,Ruritania Bank,,net interest margin,2025-Q3,1.12,percent,none,,narrowed to 1.12%\n"
        "nim_prev,Ruritania Bank,,net interest margin,2024-Q3,1.21,percent,none,,from 1.21% a year earlier\n"
        "nim_bp,Ruritania Bank,,net interest margin,2025-Q3,9,bp,none,down,a decline of 9 basis points\n"
        "ci,Ruritania Bank,,cost ratio,2025-Q3,58.3,percent,none,,fell to 58.3%\n"
        "ci_prev,Ruritania Bank,,cost ratio,2024-Q3,60.1,percent,none,,from 60.1%\n"
        "ci_bp,Ruritania Bank,,cost ratio,2025-Q3,25,bp,none,down,a drop of 25 basis points\n", encoding="utf-8")
    (tmp_path / "claims.csv").write_text(
        "id,quote,kind,subject,stated,computed,members,expect,needs,periods,note\n"
        'C01,"from 1.21% a year earlier, a decline of 9 basis points",percentage_points,,nim_bp,"pp(nim, nim_prev)",,,,,\n'
        'C02,"fell to 58.3% from 60.1%, a drop of 25 basis points",percentage_points,,ci_bp,"pp(ci, ci_prev)",,,,,\n',
        encoding="utf-8")
    from claimcheck.engine import load_and_check

    _, (margin, ratio) = load_and_check(tmp_path / "article.txt", tmp_path / "figures.csv", tmp_path / "claims.csv")
    assert margin.verdict == "consistent" and "a difference of -9 bp (-10 bp to -8 bp)" in margin.explanation
    assert ratio.verdict == "inconsistent"
    assert ratio.correction == "By the article's own numbers the difference is -180 bp, not 25 bp down."


# -- the ends of a printed range ------------------------------------------------------------------------

GUIDANCE = ("Acme expects net profit of $3.8-4.2 billion this year. It earned $4.3 billion last year, "
            "$0.1 billion above the top of that range, and its new midpoint is $4.0 billion.")


def guidance_case(case, claims):
    from conftest import figure
    return case(GUIDANCE, [figure("guidance", "net profit of $3.8-4.2 billion", "3.8-4.2", entity="Acme", metric="net profit"),
                           figure("profit", "earned $4.3 billion", 4.3, entity="Acme", metric="net profit"),
                           figure("beat", "$0.1 billion above", 0.1, entity="Acme", metric="net profit", direction="up"),
                           figure("midpoint", "midpoint is $4.0 billion", 4.0, entity="Acme", metric="net profit")],
                claims)


def test_a_range_has_a_low_and_a_high_end_each_with_its_own_rounding(case):
    from claimcheck.engine import run
    paths = guidance_case(case, [
        # 4.3 (4.25 to 4.35) less the top end 4.2 (4.15 to 4.25) is 0.1 (0.0 to 0.2); stated 0.1 is 0.05 to 0.15
        claim("above", "$0.1 billion above the top of that range", "change", stated="beat",
              computed="change(profit, high(guidance))", periods="mixed"),
        # the midpoint of 3.8 (3.75 to 3.85) and 4.2 (4.15 to 4.25) is 4.0 (3.95 to 4.05); stated 3.95 to 4.05
        claim("mid", "its new midpoint is $4.0 billion", "total", stated="midpoint", computed="mid(guidance)"),
        # the low end is 3.8 (3.75 to 3.85): a stated 4.0 is outside it
        claim("low", "its new midpoint is $4.0 billion", "total", stated="midpoint", computed="low(guidance)"),
    ])
    table = run(*paths).set_index("claim_id")
    assert table.loc["above", "verdict"] == "consistent"
    assert table.loc["mid", "verdict"] == "consistent"
    assert table.loc["low", "verdict"] == "inconsistent"
    assert table.loc["low", "computed"] == "$3.80bn ($3.75bn to $3.85bn)"


def test_the_end_of_a_figure_that_is_no_range_is_refused_by_row_and_field(case):
    from claimcheck.engine import run
    for function in ("low", "mid"):
        paths = guidance_case(case, [claim("C1", "earned $4.3 billion", "total", stated="profit",
                                           computed=f"{function}(profit)")])
        with pytest.raises(InputError) as error:
            run(*paths)
        message = str(error.value)
        assert "claims.csv" in message and "computed" in message and f"{function}() takes a figure printed as a range" \
            in message


def test_a_revised_forecast_is_steady_against_the_one_before_it_for_the_same_year_when_the_claim_says_mixed(case):
    from claimcheck.engine import run
    from conftest import figure
    article = ("Acme narrowed its revenue forecast to $11.2-11.4 billion from $11.1-11.5 billion, keeping the midpoint "
               "unchanged. Bolt raised its forecast to $11.6-11.8 billion from $11.1-11.5 billion, keeping it steady.")
    paths = case(article, [
        figure("acme_new", "to $11.2-11.4 billion", "11.2-11.4", entity="Acme", metric="revenue guidance"),
        figure("acme_old", "from $11.1-11.5 billion, keeping the midpoint", "11.1-11.5", entity="Acme", metric="revenue guidance"),
        figure("bolt_new", "to $11.6-11.8 billion", "11.6-11.8", entity="Bolt", metric="revenue guidance"),
        figure("bolt_old", "from $11.1-11.5 billion, keeping it steady", "11.1-11.5", entity="Bolt", metric="revenue guidance"),
    ], [
        # the midpoints: (11.2 + 11.4) / 2 = 11.3 against (11.1 + 11.5) / 2 = 11.3, a change of 0%
        claim("acme", "keeping the midpoint unchanged", "steady", stated="acme_new", computed="mid(acme_old)", periods="mixed"),
        # 11.7 against 11.3 is +3.5%; at the least, the new range's low end 11.6 against the old midpoint's high 11.35
        # (each end read to half a unit) is +2.2%, beyond the steady tolerance of 2%
        claim("bolt", "keeping it steady", "steady", stated="bolt_new", computed="mid(bolt_old)", periods="mixed"),
    ])
    table = run(*paths).set_index("claim_id")
    assert table.loc["acme", "verdict"] == "consistent"
    assert table.loc["bolt", "verdict"] == "inconsistent"


def test_each_end_of_a_range_is_read_on_its_own_digits(case):
    from claimcheck.engine import run
    from conftest import figure
    article = "Acme expects net profit of $3.5-4 billion. It earned $4.5 billion last year, $0.7 billion above the top."
    paths = case(article, [figure("g", "net profit of $3.5-4 billion", "3.5-4", entity="Acme", metric="net profit"),
                           figure("p", "earned $4.5 billion", 4.5, entity="Acme", metric="net profit"),
                           figure("b", "$0.7 billion above", 0.7, entity="Acme", metric="net profit", direction="up")],
                 [claim("C1", "$0.7 billion above the top", "change", stated="b", computed="change(p, high(g))",
                        periods="mixed")])
    # the top '4' is 3.5 to 4.5 on its own digits, so 4.5 (4.45 to 4.55) less it is -0.05 to 1.05, which reaches the
    # stated 0.65 to 0.75 only within rounding; read with the low end's decimal it would be 3.95 to 4.05 and accuse
    assert run(*paths).set_index("claim_id").loc["C1", "verdict"] == "consistent_within_rounding"


def test_a_currency_that_strengthens_is_the_growth_of_its_rates_reciprocal(case):
    from claimcheck.engine import run
    from conftest import figure
    article = "The baht strengthened 4.6% this year to 32.4 per dollar from 33.9 per dollar."
    paths = case(article, [figure("now", "to 32.4 per dollar", 32.4, unit="THB_per_USD", entity="baht", metric="rate"),
                           figure("then", "from 33.9 per dollar", 33.9, unit="THB_per_USD", entity="baht", metric="rate",
                                  period="2023"),
                           figure("gain", "strengthened 4.6%", 4.6, unit="percent", entity="baht", metric="rate",
                                  direction="up")],
                 [claim("C1", "strengthened 4.6%", "growth", stated="gain", computed="growth(1 / now, 1 / then)")])
    # a baht is worth 1/32.4 dollars against 1/33.9: 33.9 / 32.4 - 1 = 4.63% (33.85/32.45 - 1 = 4.31% to
    # 33.95/32.35 - 1 = 4.95%), and the stated 4.6% is 4.55% to 4.65%
    assert run(*paths).set_index("claim_id").loc["C1", "verdict"] == "consistent"
