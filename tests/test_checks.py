"""Each kind of claim on a tiny article, with expectations worked out by hand."""

from claimcheck.engine import check_claims, load_inputs, verdict_table
from conftest import claim, figure

ARTICLE = (
    "Ruritania's trade reached $10.0 billion in 2024, up from $8.0 billion, a rise of 25%. "
    "Exports were $6.1 billion and imports $4.0 billion. "
    "Borduria traded $3 billion and Syldavia nearly $2.5 billion, making Syldavia the largest partner. "
    "Borduria grew by about 10%. Borduria alone ran a surplus. Leaders may be pleased."
)
FIGURES = [
    figure("r_2024", "reached $10.0 billion", 10.0),
    figure("r_2023", "up from $8.0 billion", 8.0, period="2023"),
    figure("r_change", "a rise of 25%", 25, unit="percent", direction="up"),
    figure("r_exports", "Exports were $6.1 billion", 6.1, metric="exports"),
    figure("r_imports", "imports $4.0 billion", 4.0, metric="imports"),
    figure("b_2024", "Borduria traded $3 billion", 3, entity="Borduria"),
    figure("s_2024", "Syldavia nearly $2.5 billion", 2.5, entity="Syldavia", qualifier="nearly"),
    figure("b_change", "Borduria grew by about 10%", 10, unit="percent", entity="Borduria", qualifier="about",
           direction="up"),
]


def verdicts(case, claims, figures=FIGURES, article=ARTICLE):
    inputs = load_inputs(*case(article, figures, claims), require_every_figure_used=False)
    return verdict_table(check_claims(inputs)).set_index("claim_id")


def test_growth_that_the_amounts_reproduce_is_consistent(case):
    # 10.0 / 8.0 = 1.25 -> 25.0%, inside [24.5, 25.5]
    result = verdicts(case, [claim("c", "a rise of 25%", "growth", stated="r_change", computed="growth(r_2024, r_2023)")])
    assert result.loc["c", "verdict"] == "consistent"


def test_growth_far_from_the_amounts_is_inconsistent_with_a_correction(case):
    article = ARTICLE.replace("a rise of 25%", "a rise of 20%")
    figures = [f if f["id"] != "r_change" else {**f, "value": 20, "quote": "a rise of 20%"} for f in FIGURES]
    result = verdicts(case, [claim("c", "a rise of 20%", "growth", stated="r_change", computed="growth(r_2024, r_2023)")],
                      figures, article)
    # the amounts give 25% (interval 9.95/8.05 - 1 = 23.6% to 10.05/7.95 - 1 = 26.4%), never 19.5-20.5%
    assert result.loc["c", "verdict"] == "inconsistent"
    assert "about 25%" in result.loc["c", "correction"]


def test_parts_that_miss_the_total_only_by_rounding_are_consistent_within_rounding(case):
    # 6.1 + 4.0 = 10.1, outside [9.95, 10.05]; but the parts range over [10.0, 10.2], which touches it
    result = verdicts(case, [claim("c", "Exports were $6.1 billion", "total", stated="r_2024", computed="r_exports + r_imports")])
    assert result.loc["c", "verdict"] == "consistent_within_rounding"
    assert result.loc["c", "reading"] == "printed precision"
    assert "$6.1bn + $4.0bn" in result.loc["c", "explanation"]


def test_a_residual_names_whose_number_it_can_be(case):
    # 10.0 - 6.1 = 3.9, far from Borduria's 3 (2.5 to 3.5)
    result = verdicts(case, [claim("c", "Borduria traded $3 billion", "residual", subject="Borduria",
                                   stated="b_2024", computed="r_2024 - r_exports")])
    assert result.loc["c", "verdict"] == "inconsistent"


def test_attribution_against_a_different_figure_for_the_same_entity(case):
    result = verdicts(case, [claim("c", "Borduria traded $3 billion", "attribution", stated="b_2024", computed="s_2024")])
    # 3 stands for [2.5, 3.5]; the point 2.5 of "nearly $2.5 billion" lies on its lower edge
    assert result.loc["c", "verdict"] == "consistent"
    assert result.loc["c", "reading"] == "as printed"


def test_rank_with_a_hedged_runner_up_is_only_consistent_within_rounding(case):
    result = verdicts(case, [claim("c", "making Syldavia the largest partner", "rank", subject="Syldavia",
                                   members="Borduria: b_2024; Syldavia: s_2024", expect="1")])
    # points: 2.5 < 3, so rank 2; "nearly 2.5" is at most 2.5 and Borduria's 3 at least 2.5: a tie is possible
    assert result.loc["c", "verdict"] == "consistent_within_rounding"
    assert result.loc["c", "computed"].startswith("rank 2")


def test_the_smallest_is_rank_minus_one(case):
    result = verdicts(case, [claim("c", "Syldavia nearly $2.5 billion", "rank", subject="Syldavia",
                                   members="Ruritania: r_2024; Borduria: b_2024; Syldavia: s_2024", expect="-1")])
    # 2.5 < 3 < 10: Syldavia is the smallest of three
    assert result.loc["c", "verdict"] == "consistent"


def test_only_fails_when_another_member_shares_the_sign(case):
    result = verdicts(case, [claim("c", "Borduria alone ran a surplus", "only", subject="Borduria",
                                   members="Borduria: b_2024 - s_2024; Ruritania: r_exports - r_imports", expect="positive")])
    # Ruritania: 6.1 - 4.0 = 2.1, surely positive (6.05 - 4.05 = 2.0 > 0)
    assert result.loc["c", "verdict"] == "inconsistent"
    assert "Ruritania" in result.loc["c", "correction"]


def test_sign_of_a_balance(case):
    result = verdicts(case, [claim("c", "Exports were $6.1 billion", "sign", computed="r_exports - r_imports", expect="negative")])
    assert result.loc["c", "verdict"] == "inconsistent"


def test_growth_without_a_base_is_unverifiable_and_shows_the_implied_base(case):
    result = verdicts(case, [claim("c", "Borduria grew by about 10%", "unanchored_growth", stated="b_change",
                                   computed="previous(b_2024, b_change)")])
    assert result.loc["c", "verdict"] == "unverifiable"
    assert result.loc["c", "computed"].startswith("$2.73bn")  # 3 / 1.1 = 2.727


def test_implied_previous_sum(case):
    # undo 10% on Borduria's 3 -> 2.727; against a stated 2023 total of 8.0 it is far off
    result = verdicts(case, [claim("c", "up from $8.0 billion", "implied_previous", stated="r_2023",
                                   computed="previous(b_2024, b_change)")])
    assert result.loc["c", "verdict"] == "inconsistent"


def test_unverifiable_and_opinion_verdicts_come_from_the_kind(case):
    result = verdicts(case, [
        claim("u", "Borduria alone ran a surplus", "unverifiable", needs="Borduria's trade balance"),
        claim("o", "Leaders may be pleased.", "opinion"),
    ])
    assert result.loc["u", "verdict"] == "unverifiable"
    assert "Borduria's trade balance" in result.loc["u", "explanation"]
    assert result.loc["o", "verdict"] == "opinion"


def test_rank_not_first_holds_for_a_runner_up(case):
    # Syldavia nearly 2.5 (point) < Borduria 3: second, which is "not first"
    result = verdicts(case, [claim("c", "making Syldavia the largest partner", "rank", subject="Syldavia",
                                   members="Borduria: b_2024; Syldavia: s_2024", expect="not 1")])
    assert result.loc["c", "verdict"] == "consistent"


def test_rank_not_first_fails_for_the_surely_largest(case):
    # Ruritania 10.0 (9.95 to 10.05) is above Borduria's 3.5 at most: surely first
    result = verdicts(case, [claim("c", "reached $10.0 billion", "rank", subject="Ruritania",
                                   members="Ruritania: r_2024; Borduria: b_2024", expect="not 1")])
    assert result.loc["c", "verdict"] == "inconsistent"


def test_steady_against_a_stated_growth_rate_is_that_rate_whatever_the_level(case):
    # b_2024 / previous(b_2024, b_change) - 1 is exactly b_change: "about 10%" is [9.5%, 10.5%] however
    # coarse "$3 billion" is, because b_2024 is one variable; a 10% rise is not "steady" (+/-2%)
    result = verdicts(case, [claim("c", "Borduria traded $3 billion", "steady", stated="b_2024",
                                   computed="previous(b_2024, b_change)")])
    assert result.loc["c", "verdict"] == "inconsistent"
    assert "+10.0% (+9.5% to +10.5%)" in result.loc["c", "explanation"]


def test_steady_fails_for_a_quarter_more(case):
    # 10.0 (9.95 to 10.05) against 8.0 (7.95 to 8.05): at least 9.95 / 8.05 - 1 = +23.6%, far beyond +/-2%
    result = verdicts(case, [claim("c", "reached $10.0 billion", "steady", stated="r_2024", computed="r_2023")])
    assert result.loc["c", "verdict"] == "inconsistent"
    assert "+25.0%" in result.loc["c", "explanation"]


def test_a_figure_used_twice_is_one_variable(case):
    # r_2024 - r_2024 + r_exports is exactly r_exports: its range is 6.1's own [6.05, 6.15], not widened
    result = verdicts(case, [claim("c", "Exports were $6.1 billion", "total", stated="r_exports",
                                   computed="r_2024 - r_2024 + r_exports")])
    assert result.loc["c", "computed"] == "$6.10bn ($6.05bn to $6.15bn)"


def test_a_steady_claim_is_a_change_within_the_steady_tolerance(case):
    # 10.0 against 8.0 a year earlier is +25%, far outside +/-2%
    article = ARTICLE + " Ruritania's trade remained steady at $10.0 billion."
    figures = FIGURES + [figure("r_steady", "remained steady at $10.0 billion", 10.0)]
    result = verdicts(case, [claim("c", "Ruritania's trade remained steady", "steady", stated="r_steady",
                                   computed="r_2023")], figures, article)
    assert result.loc["c", "verdict"] == "inconsistent"
    assert "+25.0%" in result.loc["c", "explanation"]


def test_a_sign_claim_on_a_change_between_periods(case):
    result = verdicts(case, [claim("c", "up from $8.0 billion", "sign", computed="change(r_2024, r_2023)", expect="positive")])
    # 10.0 - 8.0 = 2.0, and at worst 9.95 - 8.05 = 1.9 > 0
    assert result.loc["c", "verdict"] == "consistent"


def test_adding_figures_of_different_periods_needs_the_claim_to_say_so(case):
    from claimcheck.errors import InputError
    import pytest

    with pytest.raises(InputError, match="different periods"):
        verdicts(case, [claim("c", "reached $10.0 billion", "total", stated="r_2024", computed="r_2023 + r_exports")])
    result = verdicts(case, [claim("c", "reached $10.0 billion", "total", stated="r_2024", computed="r_2023 + r_exports",
                                   periods="mixed")])
    assert result.loc["c", "verdict"] == "inconsistent"  # 8.0 + 6.1 = 14.1, far from 10.0


def test_an_analysts_note_stays_out_of_the_computed_text(case):
    result = verdicts(case, [claim("c", "a rise of 20%", "growth", stated="r_change", computed="growth(r_2024, r_2023)",
                                   note="Read as the year's growth.")], article=ARTICLE.replace("25%", "20%"),
                      figures=[f if f["id"] != "r_change" else {**f, "value": 20, "quote": "a rise of 20%"} for f in FIGURES])
    assert result.loc["c", "note"] == "Read as the year's growth."
    assert "Read as" not in result.loc["c", "explanation"] and "Read as" not in result.loc["c", "correction"]
