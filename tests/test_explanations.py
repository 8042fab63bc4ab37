"""Explanations read as the article prints its numbers, and say which reading widens what."""

import pytest

from claimcheck.engine import load_and_check
from conftest import claim, figure


def explanations(case, article, figures, claims):
    _, verdicts = load_and_check(*case(article, figures, claims))
    return {v.claim_id: v for v in verdicts}


def test_whole_dollars_and_head_counts_read_as_printed(case):
    article = ("The median price fell 1.3% to $790,000 from $800,500. "
               "The census counted 25,422,788 people, up 8.6% from 23,401,892.")
    figures = [
        figure("price", "to $790,000", 790000, unit="USD", metric="price", period="2025-03"),
        figure("price_before", "from $800,500", 800500, unit="USD", metric="price", period="2024-03"),
        figure("price_chg", "fell 1.3%", 1.3, unit="percent", metric="price", period="2025-03", direction="down"),
        figure("pop", "counted 25,422,788 people", 25422788, unit="people", metric="population", period="2021"),
        figure("pop_before", "from 23,401,892", 23401892, unit="people", metric="population", period="2016"),
        figure("pop_chg", "up 8.6%", 8.6, unit="percent", metric="population", period="2021", direction="up"),
    ]
    claims = [claim("P1", "fell 1.3% to $790,000", "growth", stated="price_chg", computed="growth(price, price_before)"),
              claim("P2", "up 8.6% from 23,401,892", "growth", stated="pop_chg", computed="growth(pop, pop_before)",
                    periods="mixed")]
    found = explanations(case, article, figures, claims)
    # 790,000 / 800,500 - 1 = -1.31%; 25,422,788 / 23,401,892 - 1 = +8.64%.
    assert found["P1"].verdict == "consistent" and "growth($790,000, $800,500)" in found["P1"].explanation
    assert found["P2"].verdict == "consistent"
    assert "growth(25,422,788 people, 23,401,892 people)" in found["P2"].explanation


def test_a_fall_is_stated_without_a_minus_sign_and_a_hedged_multiple_keeps_its_hedge(case):
    article = "Prices fell by $35,000 to $1,020,000 from $1,055,000. Sales nearly doubled to 31,240 from 16,100."
    figures = [
        figure("fall", "fell by $35,000", 35000, unit="USD", metric="price", direction="down"),
        figure("now", "to $1,020,000", 1020000, unit="USD", metric="price"),
        figure("before", "from $1,055,000", 1055000, unit="USD", metric="price", period="2023"),
        figure("twice", "nearly doubled", 2, unit="times", metric="sales", qualifier="nearly", direction="up"),
        figure("sales", "to 31,240", 31240, unit="homes", metric="sales"),
        figure("sales_before", "from 16,100", 16100, unit="homes", metric="sales", period="2023"),
    ]
    claims = [claim("F1", "Prices fell by $35,000", "change", stated="fall", computed="change(now, before)"),
              claim("M1", "Sales nearly doubled", "multiple", stated="twice", computed="multiple(sales, sales_before)")]
    found = explanations(case, article, figures, claims)
    # 1,020,000 - 1,055,000 = -35,000, printed in full as its inputs are.
    assert found["F1"].explanation == ("change($1,020,000, $1,055,000) is a change of -$35,000 (-$35,001 to -$34,999), "
                                       "which reproduces the stated fall of $35,000.")
    # 31,240 / 16,100 = 1.940, inside "nearly double" = [1.9, 2.0].
    assert found["M1"].verdict == "consistent"
    assert "= 1.94×" in found["M1"].explanation and "the stated 'nearly doubled'" in found["M1"].explanation


def test_a_loose_reading_of_the_stated_number_says_the_stated_value_widens(case):
    article = "Melbourne grew by 500,000 people to 4.92 million from 4.45 million."
    figures = [
        figure("rise", "grew by 500,000 people", 500000, unit="people", metric="population", direction="up"),
        figure("now", "to 4.92 million", 4.92, unit="people_m", metric="population"),
        figure("before", "from 4.45 million", 4.45, unit="people_m", metric="population", period="2016"),
    ]
    claims = [claim("L1", "grew by 500,000 people", "change", stated="rise", computed="change(now, before)",
                    periods="mixed")]
    verdict = explanations(case, article, figures, claims)["L1"]
    # 4.92m - 4.45m = 470,000 (460,000 to 480,000 at the printed hundredths of a million); 500,000 strict is
    # [499,999.5, 500,000.5] and misses; rounded to the nearest 100,000 it is [450,000, 550,000] and holds.
    assert verdict.verdict == "consistent_within_rounding"
    assert "rounded to the nearest 100,000 people" in verdict.explanation
    assert "which widens the stated value to 450,000 people to 550,000 people" in verdict.explanation
    assert "widens the range" not in verdict.explanation  # the computed range does not change


def test_a_multiple_that_fell_is_named_as_printed(case):
    article = "Output fell 3 times to $2 billion from $6 billion."
    figures = [figure("thrice", "fell 3 times", 3, unit="times", direction="down"),
               figure("now", "to $2 billion", 2), figure("before", "from $6 billion", 6, period="2023")]
    verdict = explanations(case, article, figures, [claim("M2", "Output fell 3 times", "multiple", stated="thrice",
                                                          computed="multiple(now, before)")])["M2"]
    # 2 / 6 = 0.33, a third: 'fell 3 times' read as ÷3 holds.
    assert verdict.verdict == "consistent" and "the stated '3 times'" in verdict.explanation


def test_halved_marked_as_a_fall_is_a_half_not_a_half_inverted(case):
    article = "Robusta shipments halved to 4.97 million bags from 9.86 million."
    figures = [figure("halved", "halved", 0.5, unit="times", direction="down"),
               figure("now", "to 4.97 million bags", 4.97, unit="bags_m"),
               figure("before", "from 9.86 million", 9.86, unit="bags_m", period="2023")]
    verdict = explanations(case, article, figures, [claim("M3", "halved", "multiple", stated="halved",
                                                          computed="multiple(now, before)")])["M3"]
    # 4.97 / 9.86 = 0.504 (4.965/9.865 = 0.503 to 4.975/9.855 = 0.505), within 'about half'; read as x2 it would miss
    assert verdict.verdict == "consistent"


def test_a_rank_shows_its_members_at_the_precision_they_are_printed_with(case):
    article = "A coffee costs $1.85 in Oslo, ahead of Paris at $1.45 and Rome at $1.25."
    figures = [figure("oslo", "$1.85 in Oslo", 1.85, unit="USD", entity="Oslo", metric="coffee price"),
               figure("paris", "Paris at $1.45", 1.45, unit="USD", entity="Paris", metric="coffee price"),
               figure("rome", "Rome at $1.25", 1.25, unit="USD", entity="Rome", metric="coffee price")]
    verdict = explanations(case, article, figures, [claim("R1", "ahead of Paris", "rank", subject="Oslo",
                                                          members="Oslo: oslo; Paris: paris; Rome: rome",
                                                          expect="1")])["R1"]
    assert "Oslo $1.85 > Paris $1.45 > Rome $1.25" in verdict.explanation


def test_a_loose_stated_fall_widens_to_ends_without_a_sign(case):
    article = "The median fell $40,000 to $1,020,500 from $1,064,300."
    figures = [figure("fall", "fell $40,000", 40000, unit="USD", direction="down"),
               figure("now", "to $1,020,500", 1020500, unit="USD"),
               figure("before", "from $1,064,300", 1064300, unit="USD", period="2023")]
    verdict = explanations(case, article, figures, [claim("F2", "fell $40,000", "change", stated="fall",
                                                          computed="change(now, before)")])["F2"]
    # 1,020,500 - 1,064,300 = -43,800 (-43,801 to -43,799: both inputs exact to the dollar) misses a fall of
    # exactly 40,000. Read to the nearest $10,000, 40,000 is 35,000 to 45,000, capped at ±10%: 36,000 to 44,000,
    # which holds 43,800. Neither input has a trailing zero to read loosely.
    assert verdict.verdict == "consistent_within_rounding"
    assert verdict.explanation.endswith("it holds only if $40,000 is a rounded figure (within ±10%), which widens "
                                        "the stated value to $36,000 to $44,000.")


def test_amounts_in_crore_are_explained_without_error(case):
    article = "Revenue rose by ₹5 crore to ₹25 crore from ₹20 crore."
    figures = [figure("rise", "rose by ₹5 crore", 5, unit="INR_cr", direction="up"),
               figure("now", "to ₹25 crore", 25, unit="INR_cr"),
               figure("before", "from ₹20 crore", 20, unit="INR_cr", period="2023")]
    verdict = explanations(case, article, figures, [claim("C1", "rose by ₹5 crore", "change", stated="rise",
                                                          computed="change(now, before)")])["C1"]
    assert verdict.verdict == "consistent" and "the stated rise of" in verdict.explanation


def test_the_value_a_fall_needs_is_said_of_the_fall_not_of_a_signed_number(case):
    article = "The median fell $40,000 to $1,020,000 from $1,063,000."
    figures = [figure("fall", "fell $40,000", 40000, unit="USD", metric="price", direction="down"),
               figure("now", "to $1,020,000", 1020000, unit="USD", metric="price"),
               figure("before", "from $1,063,000", 1063000, unit="USD", metric="price", period="2023")]
    verdict = explanations(case, article, figures, [claim("F3", "fell $40,000", "change", stated="fall",
                                                          computed="change(now, before)")])["F3"]
    # -43,000 misses 40,000; read to the nearest $10,000, 1,020,000 may be 1,015,000 to 1,025,000, and a fall of
    # exactly 40,000 needs 1,063,000 - 40,000 = 1,023,000.
    assert verdict.verdict == "consistent_within_rounding"
    assert "A fall of $40,000 needs Ruritania's price in 2024 to be about $1,023,000" in verdict.explanation


def test_a_count_below_a_thousand_in_its_own_unit_keeps_its_decimals_and_a_range_that_prints_as_one_value_is_shown_finer():
    from claimcheck.formatting import format_interval
    from claimcheck.intervals import Interval
    from claimcheck.quantities import parse_unit

    kt = parse_unit("kt")
    # 118.4 + 64.7 + 41.4 = 224.5, each ±0.05: 224.35 to 224.65 (not '225 kt (224 kt to 225 kt)')
    assert format_interval(Interval(224.35, 224.65, 224.5), kt.dimension, None, kt) == "224.50 kt (224.35 kt to 224.65 kt)"
    # 224.35 / 211.35 - 1 = 6.15% to 224.45 / 211.25 - 1 = 6.25%: at one decimal both ends print 6.2%
    percent = parse_unit("percent")
    assert format_interval(Interval(6.15, 6.25, 6.2), percent.dimension, 1, percent) == "6.2% (6.15% to 6.25%)"


def test_spending_per_resident_is_money_divided_by_residents_and_a_price_converts_per_the_same_thing(case):
    article = ("The city will spend $3.62 billion, or $3,175 for each of its 1.14 million residents. Power cost "
               "462.5 zlotys per megawatt-hour, or €107.3 at 4.31 zlotys per euro.")
    figures = [figure("spend", "$3.62 billion", 3.62, unit="USD_bn"),
               figure("per", "$3,175 for each", 3175, unit="USD_per_resident"),
               figure("residents", "1.14 million residents", 1.14, unit="residents_m"),
               figure("pln", "462.5 zlotys per megawatt-hour", 462.5, unit="PLN_per_mwh"),
               figure("eur", "€107.3", 107.3, unit="EUR_per_mwh"),
               figure("rate", "4.31 zlotys per euro", 4.31, unit="PLN_per_EUR")]
    verdicts = explanations(case, article, figures, [
        claim("P1", "$3,175 for each of its 1.14 million residents", "total", stated="per",
              computed="spend / residents"),
        claim("P2", "or €107.3", "conversion", stated="eur", computed="convert(pln, rate)")])
    # 3.62bn / 1.14m = 3,175.4 (3.615bn/1.145m = 3,157.2 to 3.625bn/1.135m = 3,193.8) holds $3,175
    assert verdicts["P1"].verdict == "consistent"
    assert "$3,175 per person" in verdicts["P1"].explanation  # a resident is a person, as residents are people
    # 462.5 / 4.31 = 107.31 (462.45/4.315 = 107.17 to 462.55/4.305 = 107.44), inside 107.3's [107.25, 107.35]
    assert verdicts["P2"].verdict == "consistent"
    assert "per MWh" in verdicts["P2"].explanation  # the symbol as a reader writes it, whatever case the table keeps


def test_a_rank_from_the_bottom_is_explained_from_the_bottom(case):
    article = "Unemployment was 5.1% in Alberta, 5.9% in Manitoba and 6.2% in Ontario, the second-lowest."
    figures = [figure("ab", "5.1% in Alberta", 5.1, unit="percent", entity="Alberta", metric="unemployment rate"),
               figure("mb", "5.9% in Manitoba", 5.9, unit="percent", entity="Manitoba", metric="unemployment rate"),
               figure("on", "6.2% in Ontario", 6.2, unit="percent", entity="Ontario", metric="unemployment rate")]
    verdict = explanations(case, article, figures, [claim("R2", "the second-lowest", "rank", subject="Ontario",
                                                          members="Alberta: ab; Manitoba: mb; Ontario: on",
                                                          expect="-2")])["R2"]
    # 6.2 > 5.9 > 5.1: Ontario is the highest of three, the third-smallest, not the second-smallest
    assert verdict.verdict == "inconsistent"
    assert "Ontario ranks third-smallest, not second-smallest" in verdict.explanation


def test_a_fall_added_to_a_level_is_shown_subtracted(case):
    article = "Employment rose to 71.2 thousand people, after falling by 12.8 thousand people to 58.4 thousand people."
    figures = [figure("now", "rose to 71.2 thousand people", 71.2, unit="people_k"),
               figure("fall", "falling by 12.8 thousand people", 12.8, unit="people_k", direction="down"),
               figure("low", "to 58.4 thousand people", 58.4, unit="people_k")]
    verdict = explanations(case, article, figures, [claim("T1", "to 58.4 thousand people", "total", stated="low",
                                                          computed="now + fall")])["T1"]
    # 71.2 - 12.8 = 58.4
    assert verdict.verdict == "consistent"
    assert "- 12.8 thousand people" in verdict.explanation and "+ -" not in verdict.explanation


@pytest.mark.parametrize("qualifier, text, value, now, before, verdict", [
    # 450 / 100 = 4.5 is more than double: an open bound has no upper limit as a claim
    ("more than", "more than doubled", 2, 450, 100, "consistent"),
    # 150 / 100 = 1.5 is not more than double under any reading
    ("more than", "more than doubled", 2, 150, 100, "inconsistent"),
    # 2.4 / 5.0 = 0.48 'fell to nearly half': the hedge bounds what is left, not the fall
    ("nearly", "fell to nearly half", 0.5, 2.4, 5.0, "consistent"),
    # 5.6 / 10.9 = 0.514 'nearly halved': the hedge bounds the fall, so a little more than half is left
    ("nearly", "nearly halved", 0.5, 5.6, 10.9, "consistent"),
    # 40 / 50 = 0.8 is not less than half, whichever way the table marks the fraction
    ("less than", "fell to less than half", 0.5, 40, 50, "inconsistent"),
    # 15 / 50 = 0.3: 'more than halved' leaves less than half
    ("more than", "more than halved", 0.5, 15, 50, "consistent"),
    # 80 / 50 = 1.6 is not 'more than halved'
    ("more than", "more than halved", 0.5, 80, 50, "inconsistent"),
])
def test_open_bounds_and_hedged_halves(case, qualifier, text, value, now, before, verdict):
    article = f"Profit {text} to ${now} million from ${before} million."
    figures = [figure("m", text, value, unit="times", qualifier=qualifier, direction="down" if value < 1 else "up"),
               figure("now", f"to ${now} million", now, unit="USD_m"),
               figure("before", f"from ${before} million", before, unit="USD_m", period="2023")]
    result = explanations(case, article, figures, [claim("M4", text, "multiple", stated="m",
                                                         computed="multiple(now, before)")])["M4"]
    assert result.verdict == verdict


def test_a_sum_in_crore_is_shown_in_crore_as_the_article_prints_it(case):
    # ₹24,860 crore less ₹22,915 crore leaves ₹1,945 crore: in crore, never ₹19.45bn
    article = "Revenue was ₹24,860 crore, of which services made ₹22,915 crore and products the remaining ₹1,945 crore."
    figures = [figure("revenue", "Revenue was ₹24,860 crore", 24860, unit="INR_cr"),
               figure("services", "made ₹22,915 crore", 22915, unit="INR_cr", metric="services"),
               figure("products", "the remaining ₹1,945 crore", 1945, unit="INR_cr", metric="products")]
    verdict = explanations(case, article, figures, [claim("C1", "the remaining ₹1,945 crore", "total", stated="products",
                                                          computed="revenue - services")])["C1"]
    # 24,859.5 - 22,915.5 = 1,944 to 24,860.5 - 22,914.5 = 1,946
    assert verdict.computed == "₹1,945cr (₹1,944cr to ₹1,946cr)"


def test_small_amounts_in_crore_keep_their_decimals(case):
    # 24.6 - 22.9 = 1.7 (24.55 - 22.95 = 1.6 to 24.65 - 22.85 = 1.8) against a stated 1.9 (1.85 to 1.95)
    article = "Revenue was ₹24.6 crore, of which services made ₹22.9 crore and products the remaining ₹1.9 crore."
    figures = [figure("revenue", "Revenue was ₹24.6 crore", 24.6, unit="INR_cr"),
               figure("services", "made ₹22.9 crore", 22.9, unit="INR_cr", metric="services"),
               figure("products", "the remaining ₹1.9 crore", 1.9, unit="INR_cr", metric="products")]
    verdict = explanations(case, article, figures, [claim("C1", "the remaining ₹1.9 crore", "total", stated="products",
                                                          computed="revenue - services")])["C1"]
    assert verdict.verdict == "inconsistent" and verdict.computed == "₹1.70cr (₹1.60cr to ₹1.80cr)"


def test_the_numbers_table_shows_a_printed_numbers_ends_one_digit_finer(case):
    from claimcheck.config import Tolerances
    from claimcheck.engine import load_inputs
    from claimcheck.report import figures_frame
    article = "Revenue was £512.4m in 2024."
    paths = case(article, [figure("rev", "£512.4m", 512.4, unit="GBP_m")],
                 [claim("C1", "Revenue was £512.4m", "total", stated="rev", computed="rev")])
    frame = figures_frame(load_inputs(*paths), Tolerances())
    # half a unit of the last digit either side: 512.35 to 512.45, never '£512.4m to £512.4m'
    assert frame.loc[0, "interval"] == "£512.40m (£512.35m to £512.45m)"


def test_a_change_by_a_fraction_in_words_reads_as_that_fraction_of_its_start(case):
    article = "Bankruptcies fell by a third, to 655 from 982. Exports rose by a fifth to $1.40 billion from $1.55 billion."
    figures = [
        figure("third", "fell by a third", 0.6667, unit="times", metric="bankruptcies", direction="down"),
        figure("now", "to 655", 655, unit="bankruptcies", metric="bankruptcies"),
        figure("before", "from 982", 982, unit="bankruptcies", metric="bankruptcies", period="2023"),
        figure("fifth", "rose by a fifth", 1.2, unit="times", metric="exports", direction="up"),
        figure("exports", "to $1.40 billion", 1.40, unit="USD_bn", metric="exports"),
        figure("exports_before", "from $1.55 billion", 1.55, unit="USD_bn", metric="exports", period="2023")]
    found = explanations(case, article, figures, [
        claim("F1", "fell by a third, to 655 from 982", "multiple", stated="third", computed="multiple(now, before)"),
        claim("F2", "rose by a fifth to $1.40 billion", "multiple", stated="fifth",
              computed="multiple(exports, exports_before)")])
    # 655 / 982 = 0.667, two thirds of where it started; 1.40 / 1.55 = 0.90 is a fall, never a rise by a fifth (1.2)
    assert found["F1"].verdict == "consistent" and "the stated 'fell by a third'" in found["F1"].explanation
    assert found["F2"].verdict == "inconsistent"
