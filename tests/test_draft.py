"""Drafting figures and claims from an article's text: one behaviour per test, on small articles worked by hand.

No report is built here: a draft is checked in-process with the engine's own loader (load_inputs).
"""

from datetime import date

import pandas as pd
import pytest

from claimcheck import config
from claimcheck.draft import draft, draft_article, main
from claimcheck.engine import load_and_check, load_inputs

CORPUS_DEV = config.ROOT / "benchmarks" / "corpus" / "dev"
DATELINE = "LONDON (Fixture Wire) – "


def drafted(body: str, headline: str = "A test article", on: date | None = date(2025, 7, 1)):
    """The figures and claims drafted from a headline and a body, and the article text."""
    text = f"{headline}\n{body}\n"
    article, claims = draft_article(text, on)
    return article.figures, claims, text


def figure(figures, printed: str):
    """The drafted figure whose quote contains the printed number (exactly one)."""
    found = [f for f in figures if printed in f.quote]
    assert len(found) == 1, (printed, [f.quote for f in figures])
    return found[0]


def claims_of(claims, kind):
    return [c for c in claims if c.kind == kind]


def headline_signs(claims, word: str):
    """What the sign claims quoting a headline's word compute, and the sign each expects."""
    return [(c.computed, c.expect) for c in claims_of(claims, "sign") if word in c.quote]


def ranked_labels(claim) -> set[str]:
    """The member labels a rank claim ranks ('A: a_id; B: b_id' -> {'A', 'B'})."""
    return {part.split(":")[0].strip() for part in claim.members.split(";")}


# -- figures: entity, counterpart, metric, period, direction ------------------------------------------

def test_a_list_gives_each_amount_its_own_entity_and_a_parenthesised_percentage_is_its_share():
    figures, claims, _ = drafted(
        f"{DATELINE}Ruritania's exports reached $94.8 billion in 2024. Its largest buyers were Borduria with "
        "$22.7 billion (24%), Syldavia with $13.7 billion (14.5%) and Carpania with $9.1 billion (9.6%).")
    assert [figure(figures, v).counterpart or figure(figures, v).entity for v in ("22.7", "13.7", "9.1")] == \
        ["Borduria", "Syldavia", "Carpania"]
    share = figure(figures, "24%")
    amount = figure(figures, "22.7")
    assert (share.entity, share.counterpart, share.metric, share.period) == \
        (amount.entity, amount.counterpart, f"share of {amount.metric}", amount.period)
    assert share.unit == "percent" and share.direction == ""
    (claim,) = [c for c in claims_of(claims, "share") if c.stated == share.id]
    assert claim.computed == f"share({amount.id}, {figure(figures, '94.8').id})"


def test_the_year_before_is_the_period_a_year_earlier():
    figures, _, _ = drafted(f"{DATELINE}Ruritania's imports rose 12% to $5.6 billion in 2024 from $5.0 billion "
                            "the year before.")
    assert figure(figures, "5.6").period == "2024"
    assert figure(figures, "5.0").period == "2023"
    assert figure(figures, "12%").period == "2024"


def test_a_sentence_that_opens_a_year_earlier_is_about_the_year_before():
    figures, _, _ = drafted(f"{DATELINE}The average mortgage rate fell to 6.08% this week. A year ago, the rate "
                            "averaged 7.18%. In the same week a year earlier, the 15-year rate was 6.31%.")
    assert figure(figures, "6.08").period == "2025"
    assert figure(figures, "7.18").period == "2024"
    assert figure(figures, "6.31").period == "2024"
    # 'the previous quarter's $23.1 billion' is the quarter before's level
    figures, _, _ = drafted(f"{DATELINE}Acme reported second-quarter revenue of $24.3 billion, up 5.2% from the previous "
                            "quarter's $23.1 billion. Beta's sales were $5.0 billion, above last year's $4.1 billion.")
    assert figure(figures, "24.3").period == "2025-Q2"
    assert figure(figures, "23.1").period == "2025-Q1"
    assert figure(figures, "4.1").period == "2024"
    # a marker in the middle of the sentence dates only what it follows
    figures, _, _ = drafted(f"{DATELINE}Lenders approved 4,300 loans, more than a year ago, and the rate was 6.08%.")
    assert figure(figures, "6.08").period == "2025"


@pytest.mark.parametrize("phrase, period", [
    ("in the first five months of 2025", "2025-01..2025-05"),
    ("in the second quarter of 2025", "2025-Q2"),
    ("in the first half of 2025", "2025-H1"),
    ("in fiscal 2024", "FY2024"),
    ("in FY24", "FY2024"),
    ("in March 2025", "2025-03"),
    ("as fourth-quarter results showed", "2024-Q4"),  # the article is dated 2025-07-01: the latest fourth quarter
    ("in the third quarter", "2024-Q3"),
    ("in the second quarter", "2025-Q2"),
    # a span named by its length and the month it ends with (the article is dated 2025-07-01)
    ("in the three months to June", "2025-Q2"),
    ("in the quarter ended 31 March 2025", "2025-Q1"),
    ("in the six months to December", "2024-H2"),
    ("in the nine months ended September 30, 2024", "2024-01..2024-09"),
    ("in the four months to May", "2025-02..2025-05"),
    # a week, by the day it ends, with the month's abbreviation and its dot
    ("in the week ended Nov. 8", "2024-11-08"),
    ("in the week ending June 27", "2025-06-27"),
    # a reporting year ended on a day is the fiscal year named by the year it ends in, not that day
    ("in the fiscal year ended March 31", "FY2025"),
    ("in the year ended 30 June 2024", "FY2024"),
    ("in the financial year ended Sept. 30, 2024", "FY2024"),
    # a fiscal year starting in a month, written before it: the next one, named by the year it ends in
    ("for the fiscal year starting in April", "FY2027"),
    ("in the March quarter", "2025-Q1"),  # the quarter that ends with the month, Australian style
    ("in the September quarter of 2024", "2024-Q3"),  # April 2026 to March 2027, written in July 2025
    # a fiscal quarter by the month it ended in: the three months to that month, whatever the fiscal year numbers it
    ("in the fiscal second quarter ended Dec. 31", "2024-Q4"),
    ("in its third quarter ended Nov. 30", "2024-09..2024-11"),
    ("in the first quarter ending 30 September 2024", "2024-Q3"),
])
def test_a_time_expression_becomes_a_period_in_the_data_dictionarys_grammar(phrase, period):
    figures, _, _ = drafted(f"{DATELINE}Ruritania's tourism revenue reached EUR 4.2 billion {phrase}.")
    assert figure(figures, "4.2").period == period


def test_x_exports_to_y_has_entity_x_metric_exports_and_counterpart_y():
    figures, _, _ = drafted(f"{DATELINE}Borduria's exports to Ruritania fell by 12% in 2023, while its imports "
                            "from Syldavia reached $3.1 billion.")
    change = figure(figures, "12%")
    assert (change.entity, change.metric, change.counterpart, change.direction, change.period) == \
        ("Borduria", "exports", "Ruritania", "down", "2023")
    imports = figure(figures, "3.1")
    assert (imports.entity, imports.metric, imports.counterpart) == ("Borduria", "imports", "Syldavia")


def test_a_rise_is_a_change_and_a_rate_that_rises_to_a_value_is_a_level():
    figures, _, _ = drafted(f"{DATELINE}Ruritania's exports rose 7% in 2024. Ruritania's inflation rose to 3.2% "
                            "in June 2025.")
    assert figure(figures, "7%").direction == "up"
    assert figure(figures, "3.2%").direction == ""


def test_percentage_points_and_a_signed_amount_change_have_their_direction_and_are_checked():
    figures, claims, _ = drafted(
        f"{DATELINE}Ruritania's net profit fell by $65 million to $212 million in 2024 from $277 million a year "
        "earlier. Its market share rose to 28.3% in 2024, up 0.7 percentage point from 27.6% a year earlier.")
    fell = figure(figures, "$65 million")
    assert (fell.direction, fell.unit) == ("down", "USD_m")
    (change,) = claims_of(claims, "change")
    assert change.computed == f"change({figure(figures, '212').id}, {figure(figures, '277').id})"
    points = figure(figures, "0.7 percentage point")
    assert (points.unit, points.direction) == ("pp", "up")
    (pp,) = claims_of(claims, "percentage_points")
    assert pp.computed == f"pp({figure(figures, '28.3%').id}, {figure(figures, '27.6%').id})"


@pytest.mark.parametrize("sentence", [
    "Compared with 2023, Ruritania's exports reached $5.0 billion in 2024.",
    "Customs data show Ruritania's exports reached $5.0 billion in 2024.",
    "Over the year, Ruritania's exports reached $5.0 billion in 2024.",
    "Critics say Ruritania's exports reached $5.0 billion in 2024.",
    "Observers note that Ruritania's exports reached $5.0 billion in 2024.",
    "Leaders agreed that Ruritania's exports reached $5.0 billion in 2024.",
])
def test_a_capitalised_word_that_opens_a_sentence_is_not_an_entity(sentence):
    figures, _, _ = drafted(f"{DATELINE}{sentence}")
    assert figure(figures, "5.0").entity == "Ruritania"


# -- claims across sentences ----------------------------------------------------------------------------

def test_a_region_total_is_checked_against_its_members_named_in_other_sentences_when_it_says_how_many():
    members = ("Kazakhstan's trade with Ruritania was $14.2 billion. Uzbekistan's trade with Ruritania came to $8.6 "
               "billion. Kyrgyzstan's trade with Ruritania stood at $8.7 billion.")
    figures, claims, _ = drafted(
        f"{DATELINE}Ruritania's trade with its three Central Asian partners reached $31.5 billion in 2024. {members}")
    total = figure(figures, "31.5")
    assert total.entity == "Central Asia"
    (claim,) = [c for c in claims_of(claims, "total") if c.stated == total.id]
    parts = {figure(figures, v).id for v in ("14.2", "8.6", "8.7")}
    assert set(claim.computed.split(" + ")) == parts
    # without 'three', three members named of a region of five are no sum: 14.2 + 8.6 + 8.7 is only part of it
    figures, claims, _ = drafted(f"{DATELINE}Ruritania's trade with Central Asia reached $41.5 billion in 2024. {members}")
    assert not [c for c in claims_of(claims, "total") if c.stated == figure(figures, "41.5").id]


def test_exports_and_imports_of_one_entity_and_year_add_up_to_its_trade():
    figures, claims, _ = drafted(
        f"{DATELINE}Chile's trade with Japan reached $14.2 billion in 2024. "
        "Chile's exports to Japan were $9.1 billion, while its imports from Japan came to $5.2 billion.")
    (claim,) = claims_of(claims, "total")
    assert claim.stated == figure(figures, "14.2").id
    assert claim.computed == f"{figure(figures, '9.1').id} + {figure(figures, '5.2').id}"


def test_shipments_from_a_supplier_are_the_main_entitys_imports_from_it():
    figures, _, _ = drafted(f"{DATELINE}India's imports of coal rose 4% to 260 million tonnes in 2024. Shipments from "
                            "Indonesia fell 7.6% to 110 million tonnes from 119 million, and those from Australia "
                            "dropped 16% to 52 million from 62 million.")
    whole = figure(figures, "260")
    for printed, supplier in (("110", "Indonesia"), ("119", "Indonesia"), ("7.6%", "Indonesia"), ("52", "Australia"),
                              ("62 million", "Australia")):
        f = figure(figures, printed)
        assert (f.entity, f.counterpart, f.metric) == ("India", supplier, whole.metric), printed


def test_respectively_gives_each_of_a_pair_of_numbers_the_thing_named_in_its_place():
    figures, _, _ = drafted(
        "TOKYO, Jan 23, 2025 (Fixture Wire) - Japan's exports and imports rose 2.8% and 1.8% respectively in December, "
        "to 9,911.1 billion yen and 9,780.2 billion yen. Exports to China and the United States rose 4.8% and 5.4% "
        "respectively, to 1.84 trillion yen and 1.89 trillion yen.", on=date(2025, 1, 23))
    assert [(figure(figures, v).metric, figure(figures, v).direction) for v in ("2.8%", "1.8%", "9,911.1", "9,780.2")] \
        == [("exports", "up"), ("imports", "up"), ("exports", ""), ("imports", "")]
    assert [(figure(figures, v).entity, figure(figures, v).counterpart) for v in ("4.8%", "5.4%", "1.84", "1.89")] == \
        [("Japan", "China"), ("Japan", "United States"), ("Japan", "China"), ("Japan", "United States")]
    # the dateline's day, with its year, is no period of the figures
    assert figure(figures, "9,911.1").period == "2024-12"


def test_the_first_half_of_a_fiscal_year_that_starts_in_april_is_april_to_september():
    figures, _, _ = drafted(
        "LONDON, Oct 21 (Fixture Wire) – Britain's government borrowed £99.4 billion in the first half of the fiscal "
        "year, up 8.3% from £91.8 billion a year earlier. It was the second-highest April-to-September figure on "
        "record.", on=date(2025, 10, 21))
    assert (figure(figures, "99.4").period, figure(figures, "91.8").period) == ("2025-04..2025-09", "2024-04..2024-09")
    # ... and of a year the article says starts in July, July to December
    figures, _, _ = drafted(
        "SYDNEY, Feb 12 (Fixture Wire) – Acme, whose fiscal year begins in July, earned A$2.2 billion in the first half "
        "of its fiscal year.", on=date(2025, 2, 12))
    assert figure(figures, "2.2").period == "2024-H2"
    # a calendar year's first half stays the first half
    figures, _, _ = drafted(f"{DATELINE}Acme earned $2.2 billion in the first half of the year.")
    assert figure(figures, "2.2").period == "2025-H1"


def test_a_markets_weekday_is_a_day_and_a_contract_month_no_period():
    figures, _, _ = drafted(
        "LONDON, Nov 17 (Fixture Wire) – Cocoa futures fell for a second week, with the benchmark March contract in New "
        "York settling at $5,412 a tonne on Friday, down 6.3% from $5,776 a week earlier. Hershey reported revenue of "
        "$3.2 billion on Thursday.", on=date(2025, 11, 17))
    # Monday 17 November: Friday is the 14th, and a week earlier the 7th
    assert (figure(figures, "5,412").period, figure(figures, "5,776").period) == ("2025-11-14", "2025-11-07")
    assert figure(figures, "3.2").period != "2025-11-13"  # the day results were reported dates no figure
    # after 'in', a month is a month, even before a commodity's name
    figures, _, _ = drafted(f"{DATELINE}In March gas demand fell 4.0% to 41.2 billion cubic metres.")
    assert figure(figures, "41.2").period == "2025-03"


def test_an_index_reading_beside_percentages_is_in_points_and_a_forecast_pair_is_both_forecast():
    figures, _, _ = drafted(
        "MANILA, Dec 5 (Fixture Wire) – The consumer price index rose to 128.4 in November from 127.6 in October, a "
        "monthly gain of 0.6%. Economists had expected a 0.5% monthly rise and a 1.2% annual increase.",
        on=date(2025, 12, 5))
    assert [(figure(figures, v).unit, figure(figures, v).period) for v in ("128.4", "127.6")] == \
        [("points", "2025-11"), ("points", "2025-10")]
    assert figure(figures, "0.5%").forecast and figure(figures, "1.2%").forecast


def test_a_span_of_months_is_no_name():
    figures, _, _ = drafted(f"{DATELINE}Global smartphone shipments rose 4.2% in the July-September quarter to 316.4 "
                            "million units from 303.6 million a year earlier, Tallis Data said.")
    assert {figure(figures, v).entity for v in ("4.2%", "316.4", "303.6")} == {"world"}
    # the article is dated 2025-07-01: the latest July-September quarter is 2024's
    assert (figure(figures, "316.4").period, figure(figures, "303.6").period) == ("2024-Q3", "2023-Q3")


def test_a_weeks_figures_a_states_opener_and_a_bare_counted_noun():
    figures, _, _ = drafted(
        "WASHINGTON, Nov 13 (Fixture Wire) - Initial claims for unemployment benefits rose by 12,000 to 231,000 for the "
        "week ended Nov. 8 from 219,000. California had the most, 41,276. In Michigan, claims jumped 70% to 9,804 from "
        "5,870. Claims were about 4.5% higher than in the same week a year ago.", on=date(2025, 11, 13))
    # the week is the day it ends, and the 'from' side of its change the week before
    assert [figure(figures, v).period for v in ("231,000", "219,000", "9,804", "5,870")] == \
        ["2025-11-08", "2025-11-01", "2025-11-08", "2025-11-01"]
    # 'In Michigan,' names a state, and 'claims', what is counted, is nobody
    assert [figure(figures, v).entity for v in ("70%", "9,804", "5,870")] == ["Michigan"] * 3
    assert figure(figures, "4.5%").entity != "claims"


def test_a_growth_rate_is_paired_with_the_same_entity_and_metric_a_year_earlier():
    figures, claims, _ = drafted(
        f"{DATELINE}Ruritania's exports rose 27% to $89.4 billion in 2024 from $70.4 billion in 2023. "
        "Borduria's exports reached $70.2 billion in 2024.")
    (growth,) = claims_of(claims, "growth")
    assert growth.stated == figure(figures, "27%").id
    assert growth.computed == f"growth({figure(figures, '89.4').id}, {figure(figures, '70.4').id})"


def test_a_growth_rate_is_never_paired_with_another_entitys_or_metrics_figures():
    """growth(70.2, 89.4) = -21.5% against a stated +27% would be a false accusation: never proposed."""
    figures, claims, _ = drafted(
        f"{DATELINE}Ruritania's exports rose 27% to $89.4 billion in 2024. Borduria's exports reached $70.2 billion "
        "in 2023. Ruritania's imports were $70.1 billion in 2023.")
    rate = figure(figures, "27%")
    for claim in claims:
        if claim.stated == rate.id:
            assert figure(figures, "70.2").id not in claim.computed
            assert figure(figures, "70.1").id not in claim.computed
    (unanchored,) = claims_of(claims, "unanchored_growth")
    assert unanchored.computed == f"previous({figure(figures, '89.4').id}, {rate.id})"


def test_rank_words_compare_the_figures_of_the_same_metric_and_period():
    figures, claims, _ = drafted(
        f"{DATELINE}Ruritania welcomed 30.1 million visitors in 2024. Borduria was the largest source of "
        "visitors, with 8.8 million, followed by Syldavia with 6.9 million and Carpania with 6.0 million. "
        "Borduria's visitors numbered 7.5 million in 2023.", headline="Ruritania's visitor numbers hit a record")
    ranks = {c.subject: c for c in claims_of(claims, "rank")}
    assert {s: ranks[s].expect for s in ranks} == {"Borduria": "1", "Syldavia": "2", "Carpania": "3"}
    members = ranked_labels(ranks["Borduria"])
    assert members == {"Borduria", "Syldavia", "Carpania"}  # not Ruritania's total, not Borduria's 2023 figure


def test_an_amount_restated_in_another_currency_is_checked_at_the_stated_rate():
    figures, claims, _ = drafted(
        f"{DATELINE}Ruritania's exports to Borduria were 286.42 billion yuan in 2024 (about 39.88 billion US "
        "dollars) at 7.18 yuan per dollar.")
    (claim,) = claims_of(claims, "conversion")
    assert claim.stated == figure(figures, "39.88").id
    assert claim.computed == f"convert({figure(figures, '286.42').id}, {figure(figures, '7.18').id})"


def test_a_judgement_without_a_number_is_an_opinion():
    _, claims, _ = drafted(f"{DATELINE}Ruritania's trade reached $5 billion in 2024. "
                           "The deal may have strengthened Ruritania's hand.")
    assert [c.kind for c in claims if c.quote == "The deal may have strengthened Ruritania's hand."] == ["opinion"]


# -- drafts pass the project's validation, every row flagged --------------------------------------------

# the seed, the fixtures and every third dev article: `make bench` drafts and loads every one of them
ARTICLES = [config.ARTICLE, *sorted(p / "article.txt" for p in config.FIXTURES.iterdir() if (p / "article.txt").exists()),
            *sorted(p / "article.txt" for p in CORPUS_DEV.iterdir() if (p / "article.txt").exists())[::3]]


@pytest.mark.parametrize("article", ARTICLES, ids=lambda p: p.parent.name)
def test_every_draft_passes_load_inputs_and_every_row_asks_for_review(article, tmp_path):
    figures, claims = draft(article, tmp_path)
    inputs = load_inputs(article, figures, claims, tmp_path / "article.toml")
    assert inputs.figures and len(inputs.claims) > 0
    assert all(f.review for f in inputs.figures.values())
    assert all(review.startswith("Needs review") for review in inputs.claims.review)
    assert set(inputs.unreviewed) == set(inputs.figures) | set(inputs.claims.id)


def test_the_drafted_article_toml_has_the_headline_the_publisher_and_a_role_for_every_entity(tmp_path):
    article = tmp_path / "article.txt"
    article.write_text("Ruritania's exports surge\nVALDOR (Fixture Wire) – Ruritania's exports to Borduria reached "
                       "$5.0 billion in 2024, according to the Ruritanian Statistics Office.\n", encoding="utf-8")
    figures, claims = draft(article, tmp_path / "out", date(2025, 2, 1))
    inputs, _ = load_and_check(article, figures, claims, tmp_path / "out" / "article.toml")
    assert inputs.metadata.headline == "Ruritania's exports surge"
    assert inputs.metadata.publisher == "Fixture Wire"
    assert {f.entity for f in inputs.figures.values()} <= set(inputs.metadata.entities)
    assert "review" in (tmp_path / "out" / "article.toml").read_text(encoding="utf-8")


def test_the_command_line_writes_the_three_files(tmp_path, capsys):
    assert main(["--article", str(config.FIXTURES / "andes" / "article.txt"), "--out", str(tmp_path)]) == 0
    assert {p.name for p in tmp_path.iterdir()} == {"figures.csv", "claims.csv", "article.toml"}
    assert "needs review" in capsys.readouterr().out


def test_a_bare_dollar_is_the_currency_the_article_toml_beside_it_names(tmp_path):
    article = tmp_path / "article.txt"
    article.write_text("House prices in Auckland\n\nAUCKLAND (Wire) - The median price fell to $790,000 in March.\n",
                       encoding="utf-8")
    (tmp_path / "article.toml").write_text('dollar = "NZD"\ndate_published = "2025-04-10"\n', encoding="utf-8")
    figures, _ = draft(article, tmp_path / "draft")
    drafted = pd.read_csv(figures, dtype=str, keep_default_na=False)
    assert drafted.loc[drafted.quote.str.contains("790,000"), "unit"].tolist() == ["NZD"]
    assert 'dollar = "NZD"' in (tmp_path / "draft" / "article.toml").read_text(encoding="utf-8")


def test_head_counts_are_drafted_as_people_and_a_grouped_bare_number_as_a_count():
    article, _ = draft_article("Census counts\n\nSYDNEY (Wire) - The census counted 25,422,788 people in 2021. "
                               "England led the birthplaces with 927,490 people, and India came second with 673,352.\n",
                               date(2022, 6, 28))
    units = {f.value: f.unit for f in article.figures}
    assert units["25422788"] == "people" and units["927490"] == "people"
    assert units["673352"] == "people"  # no noun of its own: the noun its sentence counts


def test_a_rank_whose_drafted_members_miss_the_leader_is_left_to_the_reviewer():
    text = ("Birthplaces\n\nSYDNEY (Wire) - England was the most common birthplace. India came second with 673,352 "
            "people, ahead of China at 549,618 and New Zealand at 530,492.\n")
    _, claims = draft_article(text, date(2022, 6, 28))
    # Among the drafted India, China and New Zealand, India is first: the one it is second to is not drafted,
    # so a 'second' rank would accuse the article of an error that is only a missing member.
    assert not [c for c in claims if c.kind == "rank" and c.subject == "India"]


def test_a_change_verb_right_before_an_amount_and_n_percent_more_than_give_a_direction():
    text = ("Housing\n\nWELLINGTON (Wire) - Wellington's median fell $42,000 to $770,000. The census counted 812,728 "
            "people, 25.2% more than the 649,171 of 2016. Retail made £2,973 million and the insurance unit added £155 million.\n")
    article, _ = draft_article(text, date(2025, 4, 10))
    direction = {f.value: f.direction for f in article.figures}
    assert direction["42000"] == "down" and direction["770000"] == ""
    assert direction["25.2"] == "up"
    assert direction["155"] == ""  # 'added' here is a contribution, not a rise


def test_a_verb_a_few_words_before_by_makes_an_amount_a_change_of_the_sentences_subject():
    # 3.39 - 2.97 = 0.42 million, printed as 400,000: the Emirates' change, never Iran's (3.24 - 2.97 = 0.27)
    figures, claims, _ = drafted(
        f"{DATELINE}The group pumped 28.62 million barrels per day (bpd) of crude in October. The United Arab "
        "Emirates came third at 3.39 million bpd, ahead of Iran at 3.24 million, and has raised its output by "
        "400,000 bpd in a year from 2.97 million.")
    change = figure(figures, "400,000")
    assert (change.direction, change.entity) == ("up", "United Arab Emirates")
    assert figure(figures, "2.97").entity == "United Arab Emirates"
    (claim,) = claims_of(claims, "change")
    assert claim.computed == f"change({figure(figures, '3.39').id}, {figure(figures, '2.97').id})"


@pytest.mark.parametrize("whole", ["the city's $3.43 billion in revenue", "its total $3.43 billion", "its total revenue of $3.43 billion"])
def test_a_share_of_an_amount_right_after_it_is_a_share_of_that_amount(whole):
    # 1.94 / 3.43 = 56.56%, printed 56.6%
    figures, claims, _ = drafted(f"{DATELINE}In 2026, property taxes will bring in $1.94 billion, or 56.6% of {whole}.")
    (claim,) = claims_of(claims, "share")
    assert claim.computed == f"share({figure(figures, '1.94').id}, {figure(figures, '3.43').id})"


def test_an_amount_per_unit_is_the_amount_over_the_count_it_divides():
    # 175.4 billion crowns / 2.71 million tonnes = 64,723 crowns a tonne, printed 64,700
    figures, claims, _ = drafted(f"{DATELINE}Norway exported 2.71 million tonnes of seafood worth 175.4 billion crowns "
                                 "in 2024. That works out at an average of 64,700 crowns a tonne.")
    (claim,) = [c for c in claims_of(claims, "total") if c.stated == figure(figures, "64,700").id]
    assert claim.computed == f"{figure(figures, '175.4').id} / {figure(figures, '2.71').id}"


def test_an_amount_per_unit_with_two_amounts_it_may_be_of_is_left_to_the_reviewer():
    figures, claims, _ = drafted(f"{DATELINE}Norway exported 2.71 million tonnes of seafood worth 175.4 billion crowns "
                                 "in 2024, and paid 12.0 billion crowns in freight. That works out at an average of "
                                 "64,700 crowns a tonne.")
    assert not [c for c in claims_of(claims, "total") if c.stated == figure(figures, "64,700").id]


def test_a_route_between_two_places_is_one_name_and_the_next_item_of_a_list_of_prices_is_a_price():
    figures, _, _ = drafted(f"{DATELINE}Shanghai–New York was the most expensive lane at $3,150 per FEU in the third "
                            "quarter of 2025, followed by Shanghai–Genoa at $2,910.")
    new_york, genoa = figure(figures, "3,150"), figure(figures, "2,910")
    assert (new_york.entity, genoa.entity) == ("Shanghai–New York", "Shanghai–Genoa")
    assert new_york.unit == genoa.unit == "USD_per_feu"
    assert new_york.id.startswith("shanghai_new_york_")


@pytest.mark.parametrize("body, entity", [
    ("Korea's exports rose 5.0% to $60.0 billion in May from $57.1 billion.", "South Korea"),
    ("Germany's Volkswagen said its deliveries rose to 2.20 million cars in 2024 from 2.10 million.", "Volkswagen"),
    ("Korea's National Retirement Fund returned 6.8% in the first half of 2025, lifting its assets to 1,245.6 "
     "trillion won.", "National Retirement Fund"),
])
def test_a_possessive_place_before_a_name_is_the_names_place_and_korea_is_south_korea(body, entity):
    figures, _, _ = drafted(f"{DATELINE}{body}")
    assert {f.entity for f in figures} == {entity}


@pytest.mark.parametrize("body", [
    "Germany's Bundesbank said inflation slowed to 2.0% in June 2025 from 2.3% in May.",
    "Germany's CPI rose 0.5% in June 2025.",
])
def test_a_source_or_a_statistic_a_place_owns_leaves_the_figures_the_places(body):
    figures, _, _ = drafted(f"{DATELINE}{body}")
    assert {f.entity for f in figures} == {"Germany"}


def test_a_bare_number_a_change_starts_from_or_a_list_goes_on_with_counts_what_the_count_before_it_counts():
    figures, _, _ = drafted(f"{DATELINE}Construction was the hardest-hit sector in the second quarter of 2025 with 512 "
                            "bankruptcies, up 11.8% from 458, followed by hospitality with 486.")
    assert [figure(figures, n).unit for n in ("512", "458", "486")] == ["bankruptcies"] * 3
    assert figure(figures, "486").entity == "hospitality"


def test_an_amount_earned_by_someone_named_after_it_is_theirs():
    # 24,350 / 19,110 - 1 = 27.4%: Capesize's change, once the $12,640 is the Supramaxes' and not a second Capesize level
    figures, claims, _ = drafted(f"{DATELINE}In dry bulk, Capesize vessels earned an average of $24,350 a day in the third "
                                 "quarter of 2025, up 27.4% from $19,110, nearly twice the $12,640 earned by smaller "
                                 "Supramaxes.")
    assert figure(figures, "12,640").entity == "Supramaxes"
    (claim,) = claims_of(claims, "growth")
    assert claim.computed == f"growth({figure(figures, '24,350').id}, {figure(figures, '19,110').id})"
    # 24,350 / 12,640 = 1.93, 'nearly twice': the amount printed right after the multiple is its base
    (multiple,) = claims_of(claims, "multiple")
    assert multiple.computed == f"multiple({figure(figures, '24,350').id}, {figure(figures, '12,640').id})"


def test_the_level_a_price_fell_from_a_year_earlier_is_a_price_of_the_same_thing():
    figures, _, _ = drafted(f"{DATELINE}The index averaged $2,140 per FEU, or forty-foot equivalent unit, in "
                            "July–September 2025, down 38.2% from $3,465 a year earlier.")
    assert figure(figures, "3,465").unit == "USD_per_feu"


def test_a_draft_that_fails_its_own_check_leaves_the_tables_drafted_before(tmp_path, monkeypatch):
    article, out = tmp_path / "article.txt", tmp_path / "draft"
    article.write_text(f"Trade\n{DATELINE}Ruritania's exports rose 12% to $5.6 billion in 2024 from $5.0 billion.\n",
                       encoding="utf-8")
    tables = draft(article, out, date(2025, 7, 1))
    drafted_before = [path.read_bytes() for path in tables]
    article.write_text(f"Trade\n{DATELINE}Ruritania's imports fell 4% to $4.8 billion in 2024 from $5.0 billion.\n",
                       encoding="utf-8")

    def refuse(*args, **kwargs):
        raise RuntimeError("the loader refused the draft")

    monkeypatch.setattr("claimcheck.engine.load_inputs", refuse)
    with pytest.raises(RuntimeError, match="refused the draft"):
        draft(article, out, date(2025, 7, 1))
    assert [path.read_bytes() for path in tables] == drafted_before


def test_an_unknown_dollar_currency_is_refused_before_anything_is_written(tmp_path, capsys):
    article = tmp_path / "article.txt"
    article.write_text("Prices\n\nAUCKLAND (Wire) - The median price fell to $790,000 in March.\n", encoding="utf-8")
    code = main(["--article", str(article), "--out", str(tmp_path / "draft"), "--dollar", "XYZ"])
    assert code == 2 and "--dollar: expected an ISO 4217 currency code" in capsys.readouterr().err
    assert not (tmp_path / "draft").exists()


def test_years_earlier_and_since_set_where_a_change_starts_and_the_period_runs_on():
    text = ("Census\n\nCANBERRA (Wire) - Australia counted 25,422,788 people in August 2021, up 8.6% from 23.40 "
            "million five years earlier. Since the 2011 count of 21.51 million, the population has grown by an "
            "average of 1.7% a year. Overall, 7.0 million residents were born overseas. Auckland's median has "
            "doubled since 2015, when it stood at $540,000.\n")
    article, _ = draft_article(text, date(2022, 6, 28))
    period = {f.value: (f.period, f.earlier) for f in article.figures}
    assert period["23.40"] == ("2016-08", True)  # five years before August 2021
    assert period["21.51"] == ("2011", True)  # where the change since 2011 starts
    assert period["1.7"][0] == "2021-08"  # the change runs to the period the article is about
    assert period["7.0"][0] == "2021-08"  # and so does the next sentence, not 2011
    assert period["540000"] == ("2015", True)  # 'since 2015, when it stood at'


def test_a_gross_would_be_contradiction_is_held_back_for_review_and_a_near_miss_is_proposed(tmp_path):
    """A miss in the other direction, or more than three times off, is more often a wrong pairing than an error.

    imports: 70.2 / 89.4 - 1 = -21.5%, against a stated rise of 27%: the other direction, held back.
    sales: 81.3 / 40.7 - 1 = +99.8%, against a stated 20% (at most 20.5%): 99.4 / 20.5 = 4.8 times, held back.
    exports: 70.6 / 63.4 - 1 = +11.4%, against a stated 14% (13.5 to 14.5): a near miss, proposed as growth."""
    article = tmp_path / "article.txt"
    article.write_text(f"Trade report\n{DATELINE}Ruritania's imports rose 27% to $70.2 billion in 2024 from $89.4 "
                       "billion in 2023. Borduria's sales rose 20% to $81.3 million in 2024 from $40.7 million in 2023. "
                       "Ruritania's exports rose 14% to $70.6 billion in 2024 from $63.4 billion in 2023.\n",
                       encoding="utf-8")
    figures_path, claims_path = draft(article, tmp_path / "draft", date(2025, 7, 1))
    claims = pd.read_csv(claims_path, dtype=str, keep_default_na=False).set_index("stated")
    imports, sales = claims.loc["ruritania_imports_2024_chg"], claims.loc["borduria_sales_2024_chg"]
    assert imports.kind == sales.kind == "unverifiable"
    assert "the other direction" in imports.review and "Either the article is wrong or the pairing is" in imports.review
    assert "set kind to growth; computed to growth(ruritania_imports_2024, ruritania_imports_2023)" in imports.review
    assert "more than 3 times off" in sales.review
    exports = claims.loc["ruritania_exports_2024_chg"]
    assert exports.kind == "growth" and exports.computed == "growth(ruritania_exports_2024, ruritania_exports_2023)"
    _, verdicts = load_and_check(article, figures_path, claims_path, tmp_path / "draft" / "article.toml")
    assert {v.claim_id: v.verdict for v in verdicts}[exports.id] == "inconsistent"


def test_a_new_paragraph_returns_to_the_ledes_entity_and_period_and_a_price_keeps_the_measure_of_prices():
    text = ("Portville prices ease as Ruritania's housing market cools\n"
            "PORTVILLE (Wire) – Ruritania's median flat price fell 2.1% in June from a year earlier to $410,500.\n"
            "Sales rose 4.0% to 3,120 flats. Across the second quarter, 9,870 flats were sold.\n"
            "Portville was the dearest city at $612,000, ahead of Lakeside at $455,000. Portville's mayor welcomed "
            "the cooling.\n")
    article, _ = draft_article(text, date(2025, 7, 10))
    # Portville is in the headline and two sentences, Ruritania in the headline and the lede: the lede wins.
    assert article.main == "Ruritania"
    assert figure(article.figures, "3,120").entity == "Ruritania"
    # No measure is named beside $612,000: it is the measure last named for an amount in dollars (the price),
    # not the sales of the sentence before, and in the lede's June, not the quarter the paragraph before ran to.
    price, city = figure(article.figures, "410,500"), figure(article.figures, "612,000")
    assert city.metric == price.metric == "price"
    assert city.period == price.period == "2025-06"
    assert figure(article.figures, "9,870").period == "2025-Q2"


def test_an_average_annual_rate_is_checked_as_cagr_between_the_levels_at_both_ends():
    figures, claims, _ = drafted(
        f"{DATELINE}Ruritania's steel output reached 4.12 million tonnes in 2024. It has grown by an average of 3.8% "
        "a year since 2019, when it stood at 3.42 million tonnes.", on=date(2025, 2, 1))
    # (4.12 / 3.42) ** (1 / 5) - 1 = 3.80%: five years, from 2019 to 2024
    (cagr,) = claims_of(claims, "cagr")
    assert cagr.stated == figure(figures, "3.8%").id
    assert cagr.computed == f"cagr({figure(figures, '4.12').id}, {figure(figures, '3.42').id}, 5)"
    assert not claims_of(claims, "growth") and not claims_of(claims, "unanchored_growth")


def test_a_change_from_a_base_its_sentence_gives_years_earlier_is_a_growth_over_those_years():
    figures, claims, _ = drafted(
        f"{DATELINE}Census data show Borduria counted 6,506,300 residents in 2024, up 4.1% from 6.25 million three "
        "years earlier.", on=date(2025, 2, 1))
    (growth,) = claims_of(claims, "growth")
    assert {f.entity for f in figures} == {"Borduria"}
    assert figure(figures, "6.25").period == "2021"
    assert growth.computed == f"growth({figure(figures, '6,506,300').id}, {figure(figures, '6.25').id})"
    assert growth.periods == "mixed"  # three years apart, on purpose


def test_amounts_said_to_be_together_are_a_sum_of_the_named_parts():
    figures, claims, _ = drafted(
        f"{DATELINE}Census figures show that Northland, with 2.10 million people, and Southland, with 1.45 million, were together home to "
        "3.55 million in 2024.", on=date(2025, 2, 1))
    north, south, both = figure(figures, "2.10"), figure(figures, "1.45"), figure(figures, "3.55")
    assert (north.entity, south.entity, both.entity) == ("Northland", "Southland", "Northland and Southland")
    (total,) = claims_of(claims, "total")
    assert (total.stated, total.computed) == (both.id, f"{north.id} + {south.id}")


def test_a_count_measured_only_by_its_noun_takes_the_measure_the_article_names_for_that_noun():
    figures, _, _ = drafted(
        f"{DATELINE}Ruritania pumped 2.10 million barrels a day in 2024. Its output was 1.70 million barrels a day "
        "in 2019.", on=date(2025, 2, 1))
    assert figure(figures, "2.10").metric == figure(figures, "1.70").metric == "output"


def test_an_amount_restated_after_a_change_restates_the_clauses_own_amount_not_its_base():
    figures, claims, _ = drafted(
        f"{DATELINE}Ruritania's revenue rose 8.5% to €412.5 million in 2024 from €380.2 million, equivalent to "
        "$450 million at an average rate of $1.09 per euro.", on=date(2025, 2, 1))
    (conversion,) = claims_of(claims, "conversion")
    assert conversion.stated == figure(figures, "$450").id
    assert conversion.computed.startswith(f"convert({figure(figures, '412.5').id}, ")


def test_a_unit_symbol_is_what_a_number_counts_and_the_previous_quarter_is_the_one_just_before():
    figures, claims, _ = drafted(
        f"{DATELINE}Ruritania Mining produced 52.4 kt of copper in the third quarter of 2025, up 6.3% from 49.3 kt "
        "in the previous quarter. Its iron ore output was 9.8 million tonnes.", on=date(2025, 10, 20))
    now, before = figure(figures, "52.4"), figure(figures, "49.3")
    assert (now.unit, before.unit) == ("kt", "kt")  # 52.4 thousand tonnes, not 52.4 tonnes
    assert (now.period, before.period) == ("2025-Q3", "2025-Q2")
    # 52.4 / 49.3 - 1 = 6.29%
    (growth,) = claims_of(claims, "growth")
    assert growth.computed == f"growth({now.id}, {before.id})"


def test_us_with_dots_is_the_united_states_and_a_report_or_an_adverb_is_never_an_entity():
    figures, claims, _ = drafted(
        "WASHINGTON (Wire) – U.S. employers added 119,000 jobs in September 2025, well above the 50,000 forecast, "
        "and the unemployment rate climbed to 4.4% from 4.3% in August. The report also showed that July's gain "
        "was 72,000 jobs.", on=date(2025, 10, 3))
    assert figure(figures, "119,000").entity == "United States"
    assert figure(figures, "4.4%").entity == figure(figures, "4.3%").entity == "United States"
    assert figure(figures, "72,000").entity == "United States"  # not 'report'
    # 'climbed to 4.4% from 4.3%': a rate that rises is a positive change in points, a month apart
    signs = {c.computed: c.expect for c in claims_of(claims, "sign")}
    assert signs[f"pp({figure(figures, '4.4%').id}, {figure(figures, '4.3%').id})"] == "positive"
    assert signs[f"{figure(figures, '119,000').id} - {figure(figures, '50,000').id}"] == "positive"  # 'well above'



def test_accented_names_a_parenthesised_amount_the_headlines_measure_and_the_number_of_things():
    figures, _, _ = drafted(
        "SAN ISIDRO (Wire) – Workers abroad sent home $38.12 billion in 2024. Among the states, Querétaro received $3.51 billion and "
        "the State of Borduria ($2.44 billion) came next. The number of individual transfers fell to 96.4 million.",
        headline="Remittances to Ruritania slide", on=date(2025, 2, 1))
    assert figure(figures, "3.51").entity == "Querétaro" and figure(figures, "3.51").id.startswith("queretaro_")
    assert figure(figures, "2.44").entity == "State of Borduria"
    # no measure in the sentence or before it: the one the headline names
    assert figure(figures, "38.12").metric == "remittances"
    assert figure(figures, "96.4").unit == "transfers_m"


def test_a_restated_amount_the_full_year_a_superlative_and_a_place_on_an_island():
    figures, claims, _ = drafted(
        "PORTVILLE (Wire) – Ruritania Airports' revenue rose to €412.5 million in the first half of 2025, equivalent to "
        "$450 million. Portville handled 17.9 million passengers in the first half of 2025, followed by Lakeside with "
        "8.2 million and Eastport on Isla Verde with 2.3 million, the smallest of the three. The company expects 71 "
        "million passengers for the full year.", on=date(2025, 7, 29))
    assert figure(figures, "$450").entity == figure(figures, "412.5").entity == "Ruritania Airports"
    assert figure(figures, "2.3").entity == "Eastport"
    assert figure(figures, "71").period == "2025"
    # 17.9 > 8.2 > 2.3: 'followed by ... Eastport' third, and 'the smallest of the three' last (the dateline's
    # PORTVILLE makes the 'Portville' that opens its sentence a name, one of the three)
    smallest = [c for c in claims_of(claims, "rank") if c.subject == "Eastport"]
    assert sorted(c.expect for c in smallest) == ["-1", "3"]


def test_produced_names_output_and_the_whole_of_a_share_does_not_name_the_amount_before_it():
    figures, _, _ = drafted(
        f"{DATELINE}Ruritania Mining produced 52.4 kt of copper in the third quarter of 2025, the company said in a "
        "production report. Its Lakeside mine produced 27.3 kt, or 52% of group output.", on=date(2025, 10, 20))
    # 'produced ... of copper' names copper output, and the mine's amount the same measure; 'of group output' is the
    # whole of the 52%, not the measure of 27.3 kt
    assert figure(figures, "52.4").metric == figure(figures, "27.3").metric == "copper output"


def test_parts_and_the_remaining_amount_add_up_to_the_whole_given_before_them():
    figures, claims, _ = drafted(
        f"{DATELINE}Ruritania Airports' revenue reached €412.5 million in 2024. Aviation charges brought in €240.0 "
        "million and commercial income the remaining €172.5 million.", on=date(2025, 2, 1))
    # 240.0 + 172.5 = 412.5: the parts named with 'the remaining' against the whole before them
    (total,) = claims_of(claims, "total")
    assert total.stated == figure(figures, "412.5").id
    assert total.computed == f"{figure(figures, '240.0').id} + {figure(figures, '172.5').id}"


def test_a_percentage_of_a_whole_after_an_amount_and_a_comma_is_that_amounts_share():
    figures, claims, _ = drafted(
        f"{DATELINE}Ruritania's oil output averaged 2.10 million barrels a day in 2024. The state company Petrorur "
        "produced 1.78 million barrels a day, about 85% of national output.", on=date(2025, 2, 1))
    # 1.78 / 2.10 = 84.8%: the share of the main entity's output
    (share,) = claims_of(claims, "share")
    assert share.stated == figure(figures, "85%").id
    assert share.computed == f"share({figure(figures, '1.78').id}, {figure(figures, '2.10').id})"


def test_the_ratio_alone_is_the_measure_named_before_for_that_unit():
    figures, _, _ = drafted(
        f"{DATELINE}Ruritania's public debt reached 113.9% of GDP in March 2025. At the end of 2024 the ratio stood "
        "at 113.0%.", on=date(2025, 6, 1))
    assert figure(figures, "113.0%").metric == figure(figures, "113.9%").metric == "public debt"


def test_an_institution_that_speaks_is_no_person_and_the_smallest_is_the_item_right_before_it():
    figures, claims, _ = drafted(
        "SAN ISIDRO (Wire) – Remittances reached $38.12 billion in 2024, the Bank of Borduria said. Among the states, "
        "Querétaro took $3.51 billion, followed by Westland with $3.20 billion; together the three largest took 26.4% "
        "of the national total. The State of Borduria ($2.44 billion) and Eastland ($2.01 billion), the smallest of "
        "the five, completed the top group.", on=date(2025, 2, 1))
    # 'the Bank of Borduria said' made 'Borduria' a person's name, and so hid the State of Borduria
    assert figure(figures, "2.44").entity == "State of Borduria"
    assert figure(figures, "26.4%").share  # 'of the national total' names the whole
    ranks = {c.subject: c.expect for c in claims_of(claims, "rank")}
    # 'Eastland ($2.01 billion), the smallest of the five': four states are given, not five, so the rank is left
    # to the reviewer rather than checked against the four
    assert "Eastland" not in ranks
    assert "State of Borduria" not in ranks  # 'the top group' is no claim to be first


def test_a_sector_named_by_an_ing_noun_is_the_entity_and_lost_is_a_verb():
    figures, _, _ = drafted(
        f"{DATELINE}Construction payrolls grew by 12,000 jobs in September 2025, while manufacturing lost 6,000 jobs "
        "and transportation and warehousing shed 25,000 jobs.", on=date(2025, 10, 3))
    assert figure(figures, "6,000").entity == "manufacturing"
    assert figure(figures, "25,000").entity == "transportation and warehousing"


def test_more_than_before_a_number_is_a_hedge_and_n_percent_above_is_a_rise_not_a_sign_check():
    figures, claims, _ = drafted(
        f"{DATELINE}Ruritania's exports more than doubled to $41.4 billion in 2024. Its imports were $9.8 billion in "
        "2024, 7.7% above the $9.1 billion of 2023.", on=date(2025, 2, 1))
    assert not claims_of(claims, "sign")  # neither 'more than doubled' nor '7.7% above the' compares two levels
    assert figure(figures, "7.7%").direction == "up"
    # 9.8 / 9.1 - 1 = 7.69%
    (growth,) = claims_of(claims, "growth")
    assert growth.computed == f"growth({figure(figures, '9.8').id}, {figure(figures, '9.1').id})"


@pytest.mark.parametrize("stated, computed, held", [
    ((-5.05, -4.95), (4.85, 4.95), "the other direction"),  # a fall stated, a rise computed
    ((4.95, 5.05), (15.15, 15.25), ""),  # 15.15 / 5.05 = 3.0 times at the closest: not more than 3
    ((4.95, 5.05), (15.2, 15.3), "more than 3 times off"),  # 15.2 / 5.05 = 3.01
    ((-5.05, -4.95), (-16.6, -16.5), "more than 3 times off"),  # magnitudes: 16.5 / 5.05 = 3.27
    ((4.95, 5.05), (-0.12, 0.13), "more than 3 times off"),  # reaches zero: 4.95 / 0.13 = 38
    ((-0.5, 0.5), (39.5, 40.5), "more than 3 times off"),  # a stated 0% against 40%: 39.5 / 0.5 = 79
    ((4.95, 5.05), (3.95, 4.05), ""),  # a near miss: proposed
])
def test_a_miss_is_gross_in_the_other_direction_or_beyond_three_times_at_the_closest(stated, computed, held):
    from claimcheck.draft.validate import gross_miss
    from claimcheck.intervals import Interval
    from claimcheck.kinds.base import Verdict

    verdict = Verdict("D01", "growth", "q", "inconsistent", stated="s", computed="c",
                      stated_interval=Interval(stated[0], stated[1], sum(stated) / 2),
                      computed_interval=Interval(computed[0], computed[1], sum(computed) / 2))
    assert (held in gross_miss(verdict)) if held else gross_miss(verdict) == ""


def test_a_remainder_after_of_which_adds_up_to_its_own_sentences_whole_and_no_whole_is_guessed():
    figures, claims, _ = drafted(
        f"{DATELINE}Ruritania's revenue reached €612.5 million in 2024. Its costs were €410.2 million in 2024, of "
        "which staff took €250.1 million and energy the remaining €160.1 million.", on=date(2025, 2, 1))
    # 250.1 + 160.1 = 410.2: the costs, not the revenue, and never the costs as one of their own parts
    (total,) = claims_of(claims, "total")
    assert (total.stated, total.computed) == (figure(figures, "410.2").id,
                                              f"{figure(figures, '250.1').id} + {figure(figures, '160.1').id}")
    _, claims, _ = drafted(
        f"{DATELINE}Ruritania's revenue reached €612.5 million in 2024 and its costs €410.2 million. Fees "
        "brought in €352.0 million and other income the remaining €260.5 million.", on=date(2025, 2, 1))
    assert not claims_of(claims, "total")  # two wholes, neither named like the parts: a person says which


def test_amounts_of_another_measure_are_no_parts_of_a_sum_and_most_recent_is_no_rank():
    _, claims, _ = drafted(
        f"{DATELINE}Figures show that Northland, with revenue of $2.10 billion, and Southland, with $1.45 billion, "
        "together spent $3.20 billion on research in 2024. In the most recent quarter, Ruritania's exports were "
        "$5.1 billion, while Borduria's were $6.3 billion.", on=date(2025, 2, 1))
    assert not claims_of(claims, "total") and not claims_of(claims, "rank")


def test_the_smallest_decline_is_the_highest_change():
    figures, claims, _ = drafted(
        f"{DATELINE}Northland's sales fell 1.2% in 2024, the smallest decline, while Southland's sales fell 4.5% and "
        "Eastland's sales fell 3.1%.", on=date(2025, 2, 1))
    # -1.2% > -3.1% > -4.5%: the smallest decline ranks first among the changes
    (rank,) = claims_of(claims, "rank")
    assert (rank.subject, rank.expect) == ("Northland", "1")
    assert figure(figures, "1.2%").id in rank.members and figure(figures, "4.5%").id in rank.members


@pytest.mark.parametrize("sentence, printed, period", [
    ("Ruritania's retail sales rose 0.8% month-on-month in June 2025, to $5.10 billion.", "0.8%", "2025-06"),
    ("Ruritania's exports rose 2.0% in March 2025 to $5.1 billion and were up 4.0% on the previous quarter.",
     "4.0%", "2025-03"),
])
def test_a_change_measured_against_an_earlier_period_runs_to_the_current_one(sentence, printed, period):
    figures, _, _ = drafted(f"{DATELINE}{sentence}", on=date(2025, 7, 1))
    assert (figure(figures, printed).period, figure(figures, printed).earlier) == (period, False)


def test_an_annual_wage_and_a_year_after_are_not_average_annual_rates():
    figures, claims, _ = drafted(
        f"{DATELINE}Ruritania's average annual wage rose 4.2% to $61,000 in 2024 from $58,540 in 2023. Acme's profit "
        "rose 5.0% a year after the merger, to $2.10 billion in 2024 from $2.00 billion in 2023.", on=date(2025, 2, 1))
    # 61,000 / 58,540 - 1 = 4.20% and 2.10 / 2.00 - 1 = 5.0%: ordinary growth over one year, no cagr
    assert not claims_of(claims, "cagr")
    computed = {c.computed for c in claims_of(claims, "growth")}
    assert f"growth({figure(figures, '61,000').id}, {figure(figures, '58,540').id})" in computed
    assert f"growth({figure(figures, '2.10').id}, {figure(figures, '2.00').id})" in computed


def test_the_share_of_something_is_no_pointer_back_and_a_named_measure_beats_the_rate():
    figures, _, _ = drafted(
        f"{DATELINE}Ruritania's inflation rate was 3.1% in 2024. In 2024, the share of exports going to China was "
        "30.2%. Unemployment figures released on Friday put the rate at 4.4%.", on=date(2025, 2, 1))
    assert figure(figures, "30.2%").metric != "inflation rate"
    assert figure(figures, "4.4%").metric == "unemployment rate"


def test_inventories_are_a_measure_and_the_most_in_five_years_is_no_entity():
    figures, claims, _ = drafted(
        f"{DATELINE}Ruritania's unsold inventories rose to 12,400 cars in March 2025, the most in five years and "
        "nearly double the 6,300 on the market in March 2023.", on=date(2025, 4, 10))
    assert {f.entity for f in figures} == {"Ruritania"} and figure(figures, "12,400").metric == "inventories"
    # 12,400 / 6,300 = 1.97 times: 'nearly double'
    (multiple,) = claims_of(claims, "multiple")
    assert multiple.computed == f"multiple({figure(figures, '12,400').id}, {figure(figures, '6,300').id})"


def test_a_restatement_further_along_the_sentence_converts_the_current_amount():
    figures, claims, _ = drafted(
        f"{DATELINE}Ruritania's visitor spending rose 20% to ¥6.00 trillion in 2024 from ¥5.00 trillion, according to "
        "the tourism agency, or about $40 billion at last year's average rate of 150.0 yen per dollar.",
        on=date(2025, 2, 1))
    # 6.00 trillion / 150.0 = $40.0 billion: the 2024 amount, not the ¥5.00 trillion it rose from
    (conversion,) = claims_of(claims, "conversion")
    assert conversion.stated == figure(figures, "$40").id
    assert conversion.computed == f"convert({figure(figures, '6.00').id}, {figure(figures, '150.0').id})"


def test_a_restatement_in_another_sentence_converts_the_main_entitys_amount_of_that_measure():
    figures, claims, _ = drafted(
        f"{DATELINE}Ruritania's remittances reached $10.0 billion in 2024. In peso terms, the year's inflows were "
        "worth MXN 187 billion at an average exchange rate of 18.7 MXN per US dollar.", on=date(2025, 2, 1))
    assert figure(figures, "MXN 187").metric == "remittances"  # not the 'exchange rate' after it
    # 10.0 billion x 18.7 = MXN 187 billion
    (conversion,) = claims_of(claims, "conversion")
    assert conversion.stated == figure(figures, "MXN 187").id
    assert conversion.computed == f"convert({figure(figures, '10.0').id}, {figure(figures, '18.7').id})"


def test_a_change_in_points_is_measured_between_shares_too():
    figures, claims, _ = drafted(
        f"{DATELINE}Ruritania's remittances equalled 3.5% of gross domestic product in 2024, and economists expect "
        "the ratio to fall to 3.1% in 2025, a drop of 0.4 percentage point.", on=date(2025, 2, 1))
    # 3.1 - 3.5 = -0.4 points
    (points,) = claims_of(claims, "percentage_points")
    assert points.stated == figure(figures, "0.4").id
    assert points.computed == f"pp({figure(figures, '3.1%').id}, {figure(figures, '3.5%').id})"


def test_the_jobless_rate_a_year_earlier_when_it_stood_at_a_level():
    figures, claims, _ = drafted(
        "WASHINGTON (Wire) – The U.S. unemployment rate climbed to 4.4% in September 2025 from 4.3% in August. "
        "Total nonfarm employment stood at 159.6 million. The jobless rate was 0.5 percentage point higher than a "
        "year earlier, when it stood at 4.1%.", on=date(2025, 10, 3))
    before, now = figure(figures, "4.1%"), figure(figures, "4.4%")
    assert (before.period, before.earlier, before.metric) == ("2024-09", True, "unemployment rate")
    assert figure(figures, "0.5").entity == now.entity == "United States"
    # 4.4 - 4.1 = 0.3 points against a stated 0.5; and 4.4 - 4.3 = +0.1 for 'climbed to 4.4% from 4.3%'
    (points,) = claims_of(claims, "percentage_points")
    assert points.computed == f"pp({now.id}, {before.id})"
    (sign,) = claims_of(claims, "sign")
    assert sign.computed == f"pp({now.id}, {figure(figures, '4.3%').id})"


def test_a_remainder_with_other_amounts_between_it_and_its_whole_is_left_to_a_person():
    _, claims, _ = drafted(
        f"{DATELINE}Ruritania Bank's revenue rose to €41.2 million in 2024. Interest income fell to €22.8 million. "
        "Fees climbed to €13.2 million, while other income made up the remaining €5.2 million.", on=date(2025, 2, 1))
    # 22.8 + 13.2 + 5.2 = 41.2, but 13.2 + 5.2 = 18.4 would be 'wrong': whether 22.8 is a part, a person says
    assert not claims_of(claims, "total")


def test_company_results_read_hyphenated_quarters_and_ratios_and_returns_named_with_a_complement():
    figures, _, _ = drafted(
        "ZURICH (Wire) – Ruritania Bank reported a 10% rise in third-quarter net profit to CHF 133.1 million. The "
        "cost-to-income ratio improved to 58.3% from 60.1%, and return on equity rose to 9.4% from 8.7%. Loans to "
        "customers grew 4.2% to CHF 38.4 billion.", on=date(2025, 10, 28))
    assert figure(figures, "133.1").period == "2025-Q3"  # 'third-quarter'
    assert figure(figures, "58.3%").entity == "Ruritania Bank"  # 'cost-to-income' qualifies the ratio
    assert figure(figures, "58.3%").metric == "cost-to-income ratio"
    assert figure(figures, "9.4%").metric == "return on equity"
    assert figure(figures, "38.4").metric == "loans to customers"


def test_registrations_are_a_measure_and_new_car_qualifies_them():
    figures, _, _ = drafted(
        f"{DATELINE}New-car registrations in Ruritania rose 5.8% in October 2025 from a year earlier to 90,245 cars.",
        on=date(2025, 11, 25))
    assert figure(figures, "90,245").metric == figure(figures, "5.8%").metric == "new-car registrations"


def test_a_rank_among_a_stated_number_is_drafted_only_over_that_many():
    figures, claims, _ = drafted(
        f"{DATELINE}Kelp Port handled 5.24 million TEU in the first half of 2025. West Terminal, the largest of its "
        "three terminals, handled 2.31 million TEU and North Terminal 1.87 million TEU. Among the region's ports, "
        "Harbourton handled 6.1 million TEU and Saltmarsh 4.6 million.", on=date(2025, 7, 31))
    assert figure(figures, "2.31").unit == "teu_m" and figure(figures, "2.31").entity == "West Terminal"
    # two terminals are known, not three, and the other ports' volumes are no terminals': ranking West Terminal
    # (2.31) against Harbourton (6.1) and Saltmarsh (4.6) would make it third, a false accusation
    assert [c for c in claims_of(claims, "rank") if c.subject == "West Terminal"] == []
    # with as many terminals as it says, the rank is drafted among them: 2.31 > 1.87, West Terminal first
    figures, claims, _ = drafted(
        f"{DATELINE}Kelp Port handled 5.24 million TEU in the first half of 2025. West Terminal, the largest of its "
        "two terminals, handled 2.31 million TEU. North Terminal handled 1.87 million TEU.", on=date(2025, 7, 31))
    (largest,) = [c for c in claims_of(claims, "rank") if c.subject == "West Terminal"]
    assert largest.expect == "1" and "North Terminal" in largest.members and "Kelp Port" not in largest.members


def test_an_apposition_before_the_number_and_there_point_to_the_place_named_before():
    figures, claims, _ = drafted(
        f"{DATELINE}Germany, the bloc's largest market, registered 242,730 cars in October 2025. It was followed by "
        "France with 138,210 and Italy with 131,840, while Spain, the smallest of the four, registered 92,560; "
        "registrations there climbed 15.9%.", on=date(2025, 11, 25))
    assert figure(figures, "92,560").entity == figure(figures, "15.9%").entity == "Spain"
    # 242,730 > 138,210 > 131,840 > 92,560: Spain last of the four; 'the bloc's largest' is within a bloc whose
    # members the article does not say, so Germany's rank is left to the reviewer
    ranks = {c.subject: c.expect for c in claims_of(claims, "rank")}
    assert ranks["Spain"] == "-1" and "Germany" not in ranks


def test_the_groups_largest_is_ranked_among_the_groups_parts_and_a_headlines_short_name_is_the_lede_subject():
    text = ("Condor Range lifts copper output\n"
            "SANTIAGO (Wire) – Condor Range Resources produced 224.4 kt of copper from its mines in Chile and Peru in "
            "the third quarter of 2025. Cerro Alto, the group's largest mine, produced 118.4 kt, and Quebrada Negra "
            "followed with 64.7 kt. Output in southern Peru rose as a new mine in Peru ramped up.\n")
    article, claims = draft_article(text, date(2025, 10, 23))
    assert article.main == "Condor Range Resources"  # not Peru, named in three sentences
    (largest,) = [c for c in claims_of(claims, "rank") if c.subject == "Cerro Alto"]
    # 118.4 > 64.7 among the mines; against the group's 224.4 it would be second, a false accusation
    assert largest.expect == "1" and "Condor Range Resources" not in largest.members


def test_n_of_them_or_a_percentage_is_the_share_of_the_amount_before():
    figures, claims, _ = drafted(
        f"{DATELINE}Ruritania's home sales rose to 6,982 homes in March 2025, and first-time buyers accounted for "
        "1,850 of them, or 26.5%.", on=date(2025, 4, 10))
    # 1,850 / 6,982 = 26.50%
    (share,) = claims_of(claims, "share")
    assert share.computed == f"share({figure(figures, '1,850').id}, {figure(figures, '6,982').id})"


def test_a_percentage_of_the_market_is_a_share_of_the_main_entitys_total():
    figures, claims, _ = drafted(
        f"{DATELINE}New-car registrations in Ruritania rose to 902,450 cars in October 2025. Battery-electric cars "
        "took 17.6% of the market in October 2025, with 158,900 of them registered.", on=date(2025, 11, 25))
    # 158,900 / 902,450 = 17.61%
    (share,) = claims_of(claims, "share")
    assert share.computed == f"share({figure(figures, '158,900').id}, {figure(figures, '902,450').id})"


def test_a_time_told_of_another_event_and_over_the_past_year_leave_a_figure_in_the_current_period():
    figures, _, _ = drafted(
        f"{DATELINE}Ruritania Bank's revenue rose to CHF 412.6 million in the third quarter of 2025. Its interest "
        "income fell to CHF 228.4 million after the central bank cut its rate in June, and the net interest margin "
        "narrowed to 1.12% from 1.21%. Its median deposit dropped $3,500 over the past year.", on=date(2025, 10, 28))
    assert figure(figures, "1.12%").period == "2025-Q3"  # not June, when the central bank acted
    assert figure(figures, "$3,500").period == "2025-Q3"  # the twelve months to now, not 2024


def test_a_counted_thing_keeps_its_noun_and_the_number_of_is_no_entity():
    figures, _, _ = drafted(
        f"{DATELINE}In Ruritania, battery-electric cars took 17.6% of the market in October 2025. The number of "
        "individual transfers dropped 6.4% to 117.3 million.", on=date(2025, 11, 25))
    assert figure(figures, "17.6%").entity == "battery-electric cars"
    assert figure(figures, "117.3").entity != "number"


def test_the_ledes_first_name_is_the_main_entity_when_its_subject_is_a_measure():
    article, _ = draft_article(
        "Spain's jobless rate falls\nMADRID (Wire) – Unemployment in Spain fell to 10.6% in the third quarter of 2025. "
        "The European Union average was 5.9%. Across the European Union, joblessness held steady. The European Union "
        "rate was unchanged. The European Union figure is due again in January.\n", date(2025, 10, 28))
    assert article.main == "Spain"  # named in the headline and the lede; the EU in four later sentences


def test_a_hyphenated_word_ending_in_ly_can_name_a_thing_and_volumes_are_a_measure():
    figures, _, _ = drafted(
        f"{DATELINE}Ruritanian shoppers spent £9.86 billion a week in August 2025. Food stores took £3.98 billion, "
        "followed by non-food stores with £3.62 billion and online-only retailers with £1.54 billion. Sales volumes "
        "rose 0.5%.", on=date(2025, 9, 19))
    assert figure(figures, "1.54").entity == "online-only retailers"
    assert figure(figures, "0.5%").metric == "sales volume"


def test_an_elided_currency_points_beside_percentages_and_aircraft_are_read():
    figures, claims, _ = drafted(
        "SEOUL (Wire) – Ruritania Air's revenue rose 6.2% to 8.42 trillion won in the first half of 2025 from 7.94 "
        "trillion. Its load factor climbed to 83.9% from 82.4%, a rise of 1.5 points. It ended June with 162 "
        "aircraft, up from 155 a year earlier.", on=date(2025, 8, 13))
    assert figure(figures, "7.94").unit == "KRW_tn"  # the won of the amount it is compared with
    assert figure(figures, "1.5").unit == "pp" and figure(figures, "83.9%").metric == "load factor"
    assert figure(figures, "162").unit == "aircraft"
    # 8.42 / 7.94 - 1 = 6.05%; 83.9 - 82.4 = 1.5 points
    kinds = {c.kind: c.computed for c in claims}
    assert kinds["growth"] == f"growth({figure(figures, '8.42').id}, {figure(figures, '7.94').id})"
    assert kinds["percentage_points"] == f"pp({figure(figures, '83.9%').id}, {figure(figures, '82.4%').id})"


def test_an_article_with_no_number_to_draft_gives_empty_tables_and_says_so(tmp_path, capsys):
    article = tmp_path / "article.txt"
    article.write_text(f"Rates on hold\n{DATELINE}The central bank kept its policy unchanged, its governor said.\n",
                       encoding="utf-8")
    assert main(["--article", str(article), "--out", str(tmp_path / "draft"), "--date", "2025-07-01"]) == 0
    assert pd.read_csv(tmp_path / "draft" / "figures.csv").empty
    assert "no number in" in capsys.readouterr().err


def test_a_datelines_day_dates_the_article_and_is_no_figures_period():
    figures, claims, _ = drafted(
        "MANILA, June 5 (Wire) - Philippine annual inflation slowed to 2.8% in May from 3.4% in April, the statistics "
        "agency said, a decline of 0.6 percentage points and the lowest reading since January 2024.\n"
        "Food inflation eased to 4.1% from 5.2% the previous month. The central bank kept its policy rate at 6.25%.",
        on=None)
    # no date given: June 5 of 2024, the latest year the article names, dates it, so May is May 2024
    assert figure(figures, "2.8%").period == "2024-05" and figure(figures, "3.4%").period == "2024-04"
    assert figure(figures, "4.1%").period == "2024-05"  # not the dateline's day, 2024-06-05
    assert figure(figures, "2.8%").entity == "Philippines"  # 'Philippine' is the nationality word
    assert figure(figures, "6.25%").entity == "Philippines"  # 'kept' is a verb, not what the rate is about
    # 'the lowest reading since January 2024' starts a record, not the period of the 0.6-point decline: 2.8 - 3.4
    (points,) = claims_of(claims, "percentage_points")
    assert points.stated == figure(figures, "0.6").id
    assert points.computed == f"pp({figure(figures, '2.8%').id}, {figure(figures, '3.4%').id})"


def test_a_name_that_opens_its_sentences_is_known_by_the_headline_a_capital_inside_or_an_apposition():
    figures, _, _ = drafted(
        f"{DATELINE}Ferroval shipped 78.2 million tonnes of iron ore in 2024. PetroNord said its output fell 3% to 1.9 "
        "million barrels a day. Texas, the biggest producing state, pumped 5.7 million bpd.",
        headline="Ferroval iron ore shipments steady as prices slide")
    assert figure(figures, "78.2").entity == "Ferroval"  # the sentence-case headline capitalises it
    assert figure(figures, "1.9").entity == "PetroNord"  # a capital inside the word
    assert figure(figures, "5.7").entity == "Texas"  # 'Texas, the biggest producing state'


def test_a_sequential_change_is_against_the_quarter_before_not_the_year_before():
    figures, claims, _ = drafted(
        f"{DATELINE}Stellar Micro said revenue rose 7% sequentially to $8.4 billion in the third quarter of 2025, versus "
        "$7.3 billion a year ago.")
    # 8.4 / 7.3 - 1 = 15.1% is the change on a year; the 7% is on the second quarter, which the article does not give
    assert claims_of(claims, "growth") == []
    # given the second quarter, the 7% is checked against it: 8.4 / 7.85 - 1 = 7.0%
    figures, claims, _ = drafted(
        f"{DATELINE}Stellar Micro said revenue rose 7% sequentially to $8.4 billion in the third quarter of 2025, from "
        "$7.85 billion in the second quarter.")
    (growth,) = claims_of(claims, "growth")
    assert growth.computed == f"growth({figure(figures, '8.4').id}, {figure(figures, '7.85').id})"


def test_a_forecast_is_the_forecasters_figure_and_a_source_of_imports_is_measured_in_imports():
    figures, claims, _ = drafted(
        f"{DATELINE}Ruritania's inflation rate rose to 2.4% in October 2025 from 2.1% in September. That was 0.4 "
        "percentage point above the median forecast of economists polled by the wire, who had expected 2.2%. "
        "Borduria remained the largest source of imports, supplying $84.4 billion, or 40.8% of the total.")
    assert figure(figures, "2.2%").entity == "economists"  # not Ruritania's October rate
    # 2.4 - 2.2 = 0.2 against the stated 0.4 is the article's own error; pairing the forecast with September's 2.1%
    # (2.2 - 2.1 = 0.1) would be the drafter's
    forecast, september = figure(figures, "2.2%").id, figure(figures, "2.1%").id
    assert not [c for c in claims_of(claims, "percentage_points") if forecast in c.computed and september in c.computed]
    assert figure(figures, "84.4").metric == "imports"  # 'the largest source of imports', not a whole 'of imports'


def test_a_national_accounts_release_is_about_the_country_and_april_to_june_is_the_second_quarter():
    figures, _, _ = drafted(
        "TOKYO (Wire) – Japan's economy grew 0.3% in April–June 2025 from the previous three months. Real gross "
        "domestic product stood at 561.8 trillion yen. Household spending rose 0.2%. Domestic demand added 0.4 "
        "percentage point to growth, while net exports subtracted 0.1 point as exports fell 0.6%.\nNominal GDP, "
        "which is not adjusted for prices, rose 0.8%.", on=date(2025, 8, 15))
    assert figure(figures, "0.3%").period == "2025-Q2"  # a named quarter, not the span 2025-04..2025-06
    assert figure(figures, "561.8").entity == "Japan"  # GDP spelled out is the measure, not what it is about
    assert figure(figures, "0.2%").entity == "Japan" and figure(figures, "0.2%").metric == "household spending"
    assert figure(figures, "0.6%").entity != "point"  # never the unit of the number before it
    assert figure(figures, "0.8%").entity == "Japan"  # 'Nominal GDP' opening a sentence is no name


def test_an_outcome_that_beats_or_misses_a_forecast_is_a_sign_against_it():
    figures, claims, _ = drafted(
        f"{DATELINE}Acme's net profit rose to $130.2 million in the third quarter of 2025, beating the $124.5 million "
        "average forecast of analysts polled by the wire. Beta's sales were $8.2 billion, missing the $8.3 billion "
        "analysts had expected.", on=date(2025, 10, 30))
    signs = {c.computed: c.expect for c in claims_of(claims, "sign")}
    # 130.2 - 124.5 = +5.7: beating is positive; 8.2 - 8.3 = -0.1: missing is negative
    assert signs[f"{figure(figures, '130.2').id} - {figure(figures, '124.5').id}"] == "positive"
    assert signs[f"{figure(figures, '8.2').id} - {figure(figures, '8.3').id}"] == "negative"
    assert figure(figures, "124.5").entity == figure(figures, "8.3").entity == "analysts"


def test_a_headline_that_beats_forecasts_names_the_one_forecast_the_body_gives():
    # the body compares 133.1 with the forecast 124.5; the headline's 'beats forecasts' is the same comparison
    figures, claims, _ = drafted(
        f"{DATELINE}Acme's third-quarter net profit rose to CHF 133.1 million, beating the CHF 124.5 million average "
        "forecast of analysts polled by the bank.", headline="Acme's quarterly profit beats forecasts",
        on=date(2025, 10, 30))
    outcome, forecast = figure(figures, "133.1").id, figure(figures, "124.5").id
    headline = [c for c in claims_of(claims, "sign") if c.quote == "beats forecasts"]
    assert [(c.computed, c.expect) for c in headline] == [(f"{outcome} - {forecast}", "positive")]


def test_a_bare_forecast_is_paired_only_when_the_article_gives_one_forecast_of_one_outcome():
    # the poll's 2.2% for October against October's 2.4%: 2.4 - 2.2 = +0.2 points, so 'beating' is positive
    figures, claims, _ = drafted(
        f"{DATELINE}Ruritania's annual inflation rate rose to 2.4% in October from 2.1% in September. Economists "
        "polled by the wire had expected 2.2% for October.",
        headline="Ruritanian inflation quickens in October, beating forecasts", on=date(2025, 11, 18))
    (claim,) = [c for c in claims_of(claims, "sign") if c.quote == "beating forecasts"]
    assert (claim.computed, claim.expect) == (f"pp({figure(figures, '2.4%').id}, {figure(figures, '2.2%').id})",
                                              "positive")
    # two forecasts, of jobs and of the jobless rate: which one 'hiring beats forecasts' means is a person's call
    _, claims, _ = drafted(
        f"{DATELINE}Ruritania's unemployment rate fell to 7.0% in September, as employers added 58,400 jobs. "
        "Economists had expected 25,000 jobs in September and a rate of 7.1%.",
        headline="Ruritania's jobless rate edges down as hiring beats forecasts", on=date(2025, 10, 10))
    assert not [c for c in claims if "forecasts" in c.quote and c.kind == "sign"]

def test_a_two_year_span_is_the_fiscal_year_it_ends_in():
    figures, _, _ = drafted(
        f"{DATELINE}Ruritania's government expects a budget deficit of $5.3 billion in 2026-27, equal to 0.9% of the state's "
        "economy, and expenses to grow 4.6% to $101.7 billion.", on=date(2026, 6, 10))
    assert figure(figures, "5.3").period == figure(figures, "101.7").period == "FY2027"
    assert figure(figures, "0.9%").entity != "equal"  # 'equal to' restates, it names nothing
    assert figure(figures, "101.7").entity == "Ruritania" and figure(figures, "101.7").metric == "expenses"


def test_a_sentence_adverb_or_a_headlines_first_word_is_no_name():
    figures, _, _ = drafted(
        f"{DATELINE}Record yields pushed output up 12% in 2024. Meanwhile, the central bank kept its policy rate at "
        "6.25%. Separately, the jobless rate rose to 4.1% in May.", headline="Record harvest lifts Ruritania farm incomes")
    assert figure(figures, "12%").entity != "Record"
    assert figure(figures, "6.25%").entity != "Meanwhile" and figure(figures, "4.1%").entity != "Separately"


def test_a_record_since_a_year_dates_no_figure_but_a_harvest_since_2020_does():
    figures, _, _ = drafted(f"{DATELINE}The harvest has grown steadily since 2020, when it was 4.0 million tonnes.")
    assert figure(figures, "4.0").period == "2020"  # 'harvest' is no superlative


def test_births_and_deaths_are_people_and_the_one_that_becomes_a_rank_is_the_subject():
    figures, claims, _ = drafted(
        f"{DATELINE}There were 54,900 births and 35,700 deaths in Ruritania in 2024. The South-West, with 803,400 "
        "residents, overtook the Mid-East's 794,600 to become the second-most-populous region after the capital, with "
        "1.50 million people.", on=date(2025, 8, 27))
    # one unit, so that births less deaths is a number of people; each measured by what it counts
    assert figure(figures, "54,900").unit == figure(figures, "35,700").unit == figure(figures, "803,400").unit == "people"
    assert (figure(figures, "54,900").metric, figure(figures, "35,700").metric) == ("births", "deaths")
    # 'overtook the Mid-East's 794,600 to become the second': the South-West is second, not the Mid-East
    assert [c.subject for c in claims_of(claims, "rank") if c.expect == "2"] in ([], ["South-West"])


def test_a_stated_excess_is_the_first_measure_less_the_second():
    figures, claims, _ = drafted(
        f"{DATELINE}There were 54,900 births in Ruritania in 2024. Deaths came to 35,700, so births exceeded deaths by "
        "21,400.", on=date(2025, 8, 27))
    # 54,900 - 35,700 = 19,200, not 21,400: the check the article's own numbers call for
    (excess,) = [c for c in claims_of(claims, "total") if c.stated == figure(figures, "21,400").id]
    assert excess.computed == f"{figure(figures, '54,900').id} - {figure(figures, '35,700').id}"


def test_a_nationality_in_ian_is_first_the_country_in_ia():
    figures, _, _ = drafted(f"{DATELINE}Nigerian exports rose to $45.2 billion in 2024.")
    assert figure(figures, "45.2").entity == "Nigeria"  # not Niger, whose people are Nigerien


def test_an_age_and_a_rent_are_measures_of_the_place_and_a_headlines_main_clause_names_its_measure():
    figures, _, _ = drafted(
        f"{DATELINE}Ruritania's population reached 5.46 million people in April 2025. The median age rose to 39.4 years "
        "from 39.1. Average asking rents climbed 4% to 1,850 euros.",
        headline="Remittances slide as immigration crackdown bites")
    age = figure(figures, "39.4")
    assert (age.entity, age.metric, age.unit) == ("Ruritania", "median age", "years")
    assert figure(figures, "4%").entity == "Ruritania"
    headline_only, _, _ = drafted(f"{DATELINE}Ruritanians abroad sent home $45.68 billion in the first nine months of "
                                  "2025.", headline="Remittances slide as immigration crackdown bites")
    assert figure(headline_only, "45.68").metric == "remittances"  # the main clause's, not the crackdown's


def test_a_price_is_drafted_per_its_thing_and_an_amount_compared_with_it_is_a_price_too():
    figures, claims, _ = drafted(
        f"{DATELINE}Ruritania's average power price was 462.5 zlotys per megawatt-hour in 2024, down 21.4% from 588.1 "
        "zlotys in 2023. Neighbouring prices averaged €78.0 per MWh.")
    assert [figure(figures, p).unit for p in ("462.5", "588.1", "78.0")] == ["PLN_per_mwh", "PLN_per_mwh", "EUR_per_mwh"]
    growth = claims_of(claims, "growth")
    # 462.5 / 588.1 - 1 = -21.36%: the fall is drafted between the two prices
    assert [c.computed for c in growth] == [f"growth({figure(figures, '462.5').id}, {figure(figures, '588.1').id})"]


def test_a_number_with_no_noun_counts_no_currency_and_a_unit_symbol_is_no_name():
    figures, _, _ = drafted(
        f"{DATELINE}Ruritel's revenue rose to 3.8 billion euros. Monthly active users rose 14% to 626 million from 551 "
        "million. Its wind capacity rose 34% to 10,934 megawatts (MW) from 8,160 MW, adding 2,774 MW.")
    assert figure(figures, "626").unit == "users_m"  # the sentence's users, never 'euros'
    assert {figure(figures, p).entity for p in ("8,160", "2,774")} == {figure(figures, "10,934").entity}
    assert {figure(figures, p).unit for p in ("8,160", "10,934")} == {"mw"}


def test_together_the_five_biggest_buyers_is_a_group_of_its_own():
    figures, _, _ = drafted(
        f"{DATELINE}Ruritania exported 43.87 million bags. Borduria came second with 6.94 million bags, followed by "
        "Syldavia with 3.51 million. Together the five biggest buyers took 21.62 million bags.")
    assert figure(figures, "21.62").entity == "five biggest buyers"  # never Borduria, the subject before it


def test_a_thing_described_after_a_comma_is_the_entity_and_the_subject_of_its_rank():
    figures, claims, _ = drafted(
        f"{DATELINE}Shoppers spent £9.86 billion a week. Food stores took £3.98 billion, followed by non-food stores "
        "with £3.62 billion, while fuel stations, the smallest, made up the remaining £0.72 billion.")
    assert figure(figures, "0.72").entity == "fuel stations"
    # 'the smallest' ranks it last of the three (0.72 < 3.62 < 3.98); the list after 'followed by' ends at 'while'
    assert {c.expect for c in claims_of(claims, "rank") if c.subject == "fuel stations"} == {"-1"}


def test_a_part_with_figures_is_no_subject_for_the_next_sentence_but_a_topic_sentence_is():
    figures, _, _ = drafted(
        f"{DATELINE}Ruritania's jobless rate fell to 7.0% in September. Full-time employment rose by 71,200, while "
        "part-time work fell by 12,800. The number of people in work reached 20.95 million, 1.2% more than the 20.69 "
        "million of September 2024. Young people fared better. Their jobless rate dropped to 14.1%.",
        on=date(2025, 10, 10))
    assert figure(figures, "20.95").entity == "Ruritania"  # the article's, not full-time employment's
    assert figure(figures, "14.1%").entity == "young people"


def test_a_previous_peak_is_a_level_of_its_own_past_never_the_current_level():
    figures, claims, _ = drafted(
        f"{DATELINE}Ruritanian house prices rose to a record high in the third quarter, with the average home costing "
        "£272,450, up 2.9% from £264,760 a year earlier. Prices rose 0.7% from £270,560 in the second quarter and "
        "passed the previous peak of £271,190, set in the third quarter of 2022, by £1,260.", on=date(2025, 10, 1))
    assert figure(figures, "271,190").period == "2022-Q3"
    peak = figure(figures, "271,190").id
    assert not [c for c in claims_of(claims, "growth") if f"growth({peak}," in c.computed]  # never the current level


def test_a_group_of_a_stated_size_adds_up_its_members_when_the_article_lists_that_many():
    _, claims, _ = drafted(
        f"{DATELINE}Ruritania exported 43.87 million bags of coffee in 2025. The United States remained the largest "
        "buyer, taking 7.12 million bags. Germany came second with "
        "6.94 million bags, followed by Italy with 3.51 million. Together the three biggest buyers took 17.57 million "
        "bags.", headline="Ruritania's coffee exports slide")
    # 7.12 + 6.94 + 3.51 = 17.57
    (total,) = [c for c in claims_of(claims, "total") if c.rule == "a group of a stated size with its members"]
    assert total.computed.count("+") == 2


def test_the_headline_and_the_lede_opening_with_one_name_make_it_the_main_entity():
    article, _ = draft_article(
        "Nordhavn Cars' third-quarter deliveries slip\nGOTHENBURG (Wire) – Nordhavn Cars, the carmaker, delivered "
        "176,312 cars in the third quarter, as a slump in China outweighed record electric sales. China, its "
        "second-largest market, fell 14.5% to 34,167. In China, prices fell. Deliveries in China were weak. China's "
        "market shrank. Rivals in China cut prices. Buyers in China waited. China's subsidies ended.\n",
        date(2025, 10, 9))
    assert article.main == "Nordhavn Cars"  # though China is named in more sentences


def test_a_dateline_in_any_latin_capitals_is_the_place_and_its_agency_no_entity():
    figures, _, _ = drafted("SÃO PAULO (Commodities Wire) – Brazil exported 43.87 million bags. Export revenue "
                            "nevertheless jumped 52.3% to $14.82 billion.", headline="Brazil's coffee export revenue")
    assert figure(figures, "14.82").entity == "Brazil"


def test_more_additional_or_extra_after_a_number_makes_it_an_increment():
    figures, _, _ = drafted(f"{DATELINE}Ruritania Airport handled 83.9 million passengers. A third runway would add "
                            "capacity for 50 million more passengers a year.")
    assert figure(figures, "50 million").direction == "up"  # never a level to rank beside 83.9 million


def test_figures_from_a_country_are_its_own_and_a_firm_according_to_which_they_are_is_no_entity():
    figures, _, _ = drafted(f"{DATELINE}Figures from Chile showed exports rose 12% to $40 billion in 2024, according "
                            "to analysts at Deloitte.", headline="Chile's exports rise")
    assert figure(figures, "$40 billion").entity == "Chile"


def test_a_name_shortened_after_its_first_mention_is_written_in_full_in_every_table():
    figures, claims, text = drafted(
        f"{DATELINE}Northbridge Athletic's revenue rose to £540.2 million in the year to June. Its wage bill was "
        "£301.0 million. Riverside Rovers earned £430.5 million. Northbridge spent £148.5 million on new players, "
        "while Riverside's wages were £320.1 million, the highest of the two clubs.",
        headline="Northbridge Athletic revenue climbs")
    # 'Northbridge' and 'Riverside' are the two clubs the article first names in full
    assert {figure(figures, v).entity for v in ("540.2", "148.5")} == {"Northbridge Athletic"}
    assert figure(figures, "320.1").entity == "Riverside Rovers"
    # a claim's subject and members are renamed the same way (a rank drafted on the short names)
    from claimcheck.draft import DraftClaim, _write_names_in_full, draft_figures
    article = draft_figures(text)
    short = sorted({f.entity for f in article.figures if " " not in f.entity}, key=str.lower)  # as drafted, before
    assert [e.lower() for e in short] == ["northbridge", "riverside"]
    rank = DraftClaim("D1", "q", "rank", subject=short[1], members=f"{short[0]}: a; {short[1]}: b", expect="1")
    _write_names_in_full(article, [rank])
    assert (rank.subject, rank.members) == ("Riverside Rovers", "Northbridge Athletic: a; Riverside Rovers: b")


def test_a_measure_is_never_a_word_of_the_dateline_nor_of_an_amount_of_something_else():
    figures, _, _ = drafted(
        "PRAGUE (Central European Travel Trade) – Hotels in Prague recorded 6.42 million guest nights from June to "
        "August. Spending rose 4.6% to £2.84 billion from £2.71 billion, and the board treated 1.21 million patients "
        "over the period.")
    assert figure(figures, "6.42").metric != "trade"  # 'Trade' names the agency
    assert figure(figures, "2.84").metric == "spending"
    assert figure(figures, "1.21").metric == "patients"  # what it counts, not the spending before it


def test_the_number_of_things_names_the_measure():
    figures, _, _ = drafted(f"{DATELINE}The number of patients waiting for planned treatment fell 3.1% to 412,800.")
    assert figure(figures, "3.1%").metric == figure(figures, "412,800").metric == "patients waiting"


def test_each_clause_of_a_headline_gives_its_own_measure_a_direction():
    _, claims, _ = drafted(
        f"{DATELINE}Acme's revenue rose 8.1% to €2.41 billion in the third quarter from €2.23 billion a year earlier. "
        "Its shipments fell 3.0% to 1.29 million tonnes from 1.33 million tonnes.",
        headline="Acme revenue climbs to record as shipments slide")
    signs = {c.quote: (c.computed, c.expect) for c in claims_of(claims, "sign")}
    assert signs["Acme revenue climbs to record"][1] == "positive"   # 'to record' is still a climb
    assert signs["shipments slide"][1] == "negative"
    assert "tonnes" not in signs["Acme revenue climbs to record"][0] and "revenue" not in signs["shipments slide"][0]


def test_a_headline_clause_names_its_part_and_its_quarter():
    _, claims, _ = drafted(
        f"{DATELINE}Power output in Ruritania rose 2.0% to 153.0 TWh in 2024 from 150.0 TWh. Coal output fell 8.5% "
        "to 62.5 TWh from 68.3 TWh. In the first nine months Acme's sales rose 4.0% to €9.1 billion from €8.75 billion, "
        "while third-quarter sales fell 2.0% to €2.94 billion from €3.0 billion.",
        headline="Ruritania's coal output slides")
    (sign,) = claims_of(claims, "sign")
    # the coal figures (62.5 against 68.3), never the country's total output that rose
    assert sign.expect == "negative" and "coal" in sign.computed
    _, claims, _ = drafted(
        f"{DATELINE}Acme's sales in the third quarter fell 2.0% to €2.94 billion from €3.0 billion. In the first nine "
        "months, Acme's sales rose 4.0% to €9.1 billion from €8.75 billion.", headline="Acme's third-quarter sales slip",
        on=date(2025, 11, 1))
    # January to September is not within the third quarter: only the quarter's own fall counts, and it agrees (were
    # the nine months' rise counted too, the two would differ and no claim would be drafted)
    (sign,) = claims_of(claims, "sign")
    assert sign.expect == "negative" and "2025_q3" in sign.computed and "2025_01" not in sign.computed


def test_a_company_that_says_its_profit_rose_is_the_main_entity_not_a_person_nor_the_dateline_city():
    figures, _, _ = drafted(
        "MADRID, Oct 29 - Banco Meridional said on Wednesday its net profit rose 22.9% to 2.84 billion euros in the "
        "third quarter. Shares in the bank rose 3.1% in early trading in Madrid.", headline="Lender's profit jumps")
    assert figure(figures, "2.84").entity == "Banco Meridional"


def test_a_bare_count_counts_who_its_clause_names_or_what_the_rest_of_its_sentence_counts():
    figures, _, _ = drafted(
        f"{DATELINE}Heathrow handled 79.2 million passengers in 2024. It also moved 1.62 million tonnes of cargo. "
        "International travellers accounted for 57.8 million of the total, with the remaining 21.4 million flying on "
        "domestic routes. The owners expect passenger numbers to rise to about 80 million in 2025.")
    assert [figure(figures, v).unit for v in ("57.8", "21.4", "80 million")] == \
        ["travellers_m", "travellers_m", "passengers_m"]  # never the article's tonnes


def test_an_amount_after_a_change_and_or_is_the_same_change_for_the_period_the_sentence_is_about():
    figures, claims, _ = drafted(
        f"{DATELINE}Health spending reached €284.7 billion in 2023, an increase of 6.2% or €16.5 billion over 2022. "
        "Exports fell 3.1%, or €4.2 billion, to €130.5 billion.")
    rise, fall = figure(figures, "16.5"), figure(figures, "4.2")
    assert (rise.direction, rise.period) == ("up", "2023")  # a rise in 2023 measured against 2022, never 2022's level
    assert fall.direction == "down"
    assert not [c for c in claims if "16.5" in c.quote and c.kind == "growth"]


def test_the_verb_a_few_words_before_by_gives_points_their_direction():
    figures, _, _ = drafted(f"{DATELINE}The Reserve Bank cut its official cash rate by 50 basis points to 5.25% on "
                            "Wednesday. It raised its deposit rate by 0.25 percentage point.")
    assert figure(figures, "50 basis").direction == "down"  # never the 'up' guessed when no change word is near
    assert figure(figures, "0.25").direction == "up"


def test_a_verb_in_the_past_and_what_it_changed_give_a_percentage_its_direction_without_by():
    figures, _, _ = drafted(f"{DATELINE}Online-only retailers grew their sales 4.8% from a year earlier. Borvik cut its "
                            "workforce 10% in the year. Acme raised its stake to 12%.")
    assert [figure(figures, printed).direction for printed in ("4.8%", "10%", "12%")] == ["up", "down", ""]


def test_a_quarter_between_two_months_and_the_agents_of_a_place():
    figures, _, _ = drafted(
        f"{DATELINE}Builders in Romania finished 16,840 new dwellings between July and September, 6.3% fewer than "
        "a year earlier. Construction began on 14,120 homes in the quarter, 2.7% fewer than a year earlier, when work "
        "started on 14,510.", on=date(2025, 11, 20))
    done = figure(figures, "16,840")
    assert (done.entity, done.period, done.unit) == ("Romania", "2025-Q3", "dwellings")
    assert figure(figures, "14,120").period == "2025-Q3"  # 'in the quarter': the one the article is about
    assert figure(figures, "14,510").period == "2024-Q3"  # 'a year earlier, when work started on'


def test_a_name_given_before_a_longer_one_or_a_word_is_never_renamed():
    figures, _, _ = drafted(
        f"{DATELINE}Santander's net profit rose 12.0% to €12.6 billion in 2024 from €11.25 billion. Santander UK, its "
        "British arm, earned £1.2 billion.")
    assert figure(figures, "12.6").entity == "Santander"  # the group, named alone first, is no subsidiary
    figures, _, _ = drafted(
        f"{DATELINE}India generated 1,824 TWh of electricity in the year to March. Coal supplied 1,350 TWh, followed "
        "by solar with 144 TWh and wind with 83 TWh. Coal India, the state-run miner, said it would raise output.")
    assert figure(figures, "1,350").entity != "Coal India"  # the fuel, never the company named after it


def test_a_year_to_a_month_is_twelve_months_for_a_total_and_the_month_for_a_level():
    figures, _, _ = drafted(
        f"{DATELINE}Ruritania's coffee exports rose 8.0% to $3.24 billion in the year to August, from $3.00 billion "
        "a year earlier. The number of registered growers fell 2.5% to 15,600 in the year to August.",
        on=date(2025, 9, 12))
    # a total over the twelve months September 2024 to August 2025, against the twelve months before
    assert figure(figures, "3.24").period == "2024-09..2025-08"
    assert figure(figures, "3.00").period == "2023-09..2024-08"
    figures, _, _ = drafted(
        f"{DATELINE}Ruritania's population rose 1.1% in the year to March to 2,184,000 people from "
        "2,160,200. Exports grew 4.0% in the 12 months to March.", on=date(2025, 5, 20))
    # a population is counted on a day: the level at the end of March, against March a year before
    assert [figure(figures, v).period for v in ("2,184,000", "2,160,200")] == ["2025-03", "2024-03"]
    assert figure(figures, "4.0%").period == "2024-04..2025-03"  # a flow's change over the twelve months
    figures, _, _ = drafted(
        f"{DATELINE}The central bank cut its growth forecast for the fiscal year to March 2026 to 0.7% from 1.0%.",
        on=date(2025, 7, 31))
    assert figure(figures, "0.7%").period == "FY2026"  # a fiscal year, named by the year it ends in
    figures, _, _ = drafted(f"{DATELINE}Ruritania welcomed 6.84 million visitors in the first six months of the year and "
                            "1.9 million in the first three months.", on=date(2025, 7, 24))
    assert [figure(figures, v).period for v in ("6.84", "1.9")] == ["2025-H1", "2025-Q1"]  # a half, a quarter


def test_a_verb_an_ordinal_or_an_adverb_never_names_what_a_figure_is_about():
    figures, _, _ = drafted(
        f"{DATELINE}Ruritania's budget shortfall widens to $2.1 billion next year. Spending works out at $3,050 per "
        "resident. Listings were slow early on: the first quarter brought 12 new listings. A typical "
        "flat now costs 8.2 times the average salary.", headline="Ruritania's shortfall widens")
    # 'widens', 'works', 'first', 'second' and 'now' are no products, sectors or places
    for printed in ("2.1", "3,050", "12", "8.2"):
        assert figure(figures, printed).entity.split()[-1] not in ("widens", "works", "first", "second", "now")
    assert figure(figures, "2.1").entity == "Ruritania"


def test_in_value_after_a_change_says_which_side_of_the_measure_changed_and_names_no_measure():
    figures, claims, _ = drafted(
        f"{DATELINE}Ruritania's tea exports rose 7.2% in value to $1.49 billion in 2024, from $1.39 billion in 2023.")
    # the amounts are the exports the change is about, so the growth is proposed: 1.49 / 1.39 - 1 = 7.2%
    assert {figure(figures, v).metric for v in ("7.2%", "1.49", "1.39")} == {"exports"}
    assert [c.computed for c in claims_of(claims, "growth")] == [
        f"growth({figure(figures, '1.49').id}, {figure(figures, '1.39').id})"]


def test_a_verb_after_a_name_and_a_comma_opens_no_product():
    figures, _, _ = drafted(
        f"{DATELINE}Ruritania's timber exports reached $4.2 billion in 2024. Borduria was the largest market, buying "
        "timber worth $1.1 billion.")
    assert figure(figures, "1.1").entity != "buying timber"  # Borduria's purchases, or Ruritania's sales to it


def test_the_unit_of_the_number_before_names_no_thing_the_next_number_is_about():
    figures, claims, _ = drafted(
        f"{DATELINE}Airlines carried 24.1 billion cargo tonne-kilometres (CTKs) in August. International cargo rose "
        "3.2% to 21.4 billion CTKs from 20.7 billion, while domestic cargo fell.", on=date(2025, 9, 1))
    assert figure(figures, "20.7").entity == figure(figures, "21.4").entity  # never 'ctks'
    assert [c.computed for c in claims_of(claims, "growth")] == [
        f"growth({figure(figures, '21.4').id}, {figure(figures, '20.7').id})"]


def test_a_count_never_takes_the_measure_named_after_a_contrast():
    figures, claims, _ = drafted(
        f"{DATELINE}Borduria Shipping had a mixed quarter. Volumes held up. The company carried 2.31 million TEU, up "
        "4.2% from 2.22 million, but average revenue per box fell 3.1% to $412 per TEU.", on=date(2025, 10, 20))
    assert figure(figures, "2.31").metric != figure(figures, "$412").metric  # TEU carried, no revenue per box
    assert f"growth({figure(figures, '2.31').id}, {figure(figures, '2.22').id})" in [
        c.computed for c in claims_of(claims, "growth")]


def test_a_headline_change_restating_the_bodys_is_checked_on_the_same_levels():
    figures, claims, _ = drafted(
        f"{DATELINE}Ruritania's tea exports rose 7.2% to $1.49 billion in 2024 from $1.39 billion in 2023.",
        headline="Ruritania's tea exports jump 7%")
    headline_change = figure(figures, "7%")
    assert (headline_change.entity, headline_change.metric, headline_change.period, headline_change.direction) == \
        ("Ruritania", "tea exports", "2024", "up")  # the labels of the body's 7.2%, which rounds to it
    growths = {c.stated: c.computed for c in claims_of(claims, "growth")}
    assert growths[headline_change.id] == growths[figure(figures, "7.2%").id] == \
        f"growth({figure(figures, '1.49').id}, {figure(figures, '1.39').id})"
    # a forecast for a headline that says it is one ('set to drop'), and for no other
    figures, claims, _ = drafted(
        f"{DATELINE}Ruritania's wine output is forecast to fall 9% this year to 39.6 million hectolitres from 43.5 "
        "million in 2024.", headline="Ruritania's wine output set to drop 9%", on=date(2025, 9, 9))
    headline_change = next(f for f in figures if f.sentence == 0)
    assert {c.computed for c in claims_of(claims, "growth") if c.stated == headline_change.id} == {
        f"growth({figure(figures, '39.6').id}, {figure(figures, '43.5').id})"}
    # a headline change no body change rounds to is no restatement: which one it means is a person's call
    figures, claims, _ = drafted(
        f"{DATELINE}Ruritania's tea exports rose 7.2% to $1.49 billion in 2024 from $1.39 billion in 2023.",
        headline="Ruritania's tea exports jump 9%")
    assert "9%" not in [f.quote for f in figures]


def test_buyers_and_places_described_after_a_comma_are_whose_figures_they_are():
    figures, claims, _ = drafted(
        f"{DATELINE}Ruritania's coffee exports rose to $8.0 billion in 2024. Germany was again the largest buyer, but its "
        "purchases fell 4.0% to $1.20 billion from $1.25 billion, cutting its share of the total to 15.0%. Italy, the "
        "second-largest market, bought $1.00 billion. Spain ranked third at $0.80 billion, ahead of France, where sales "
        "fell 2.0% to $0.49 billion from $0.50 billion. Arabica overtook robusta as the biggest variety, its earnings "
        "jumping 9.0% to $4.36 billion from $4.00 billion.", on=date(2025, 3, 1))
    # 'its purchases fell 4.0% to $1.20 billion': the change of that level, never the share named after it
    assert (figure(figures, "4.0%").counterpart, figure(figures, "4.0%").metric) == ("Germany", "exports")
    assert f"growth({figure(figures, '1.20').id}, {figure(figures, '1.25').id})" in [
        c.computed for c in claims_of(claims, "growth")]
    # 'the second-largest market, bought': what Ruritania sold to Italy, as it sold to Germany
    assert (figure(figures, "1.00").entity, figure(figures, "1.00").counterpart) == ("Ruritania", "Italy")
    assert figure(figures, "0.49").entity == "France"  # 'France, where sales fell': France's, never Spain's
    assert figure(figures, "4.36").entity == "arabica"  # 'overtook' is a verb, no part of a name


def test_a_month_last_year_is_a_period_and_the_level_then_the_base_of_the_change_against_it():
    figures, claims, _ = drafted(
        f"{DATELINE}Ruritania sold 8,120 electric cars in June, up 9.1% from 7,440 in May and 24.0% higher than in June "
        "last year, when 6,550 were sold.", on=date(2025, 7, 10))
    assert (figure(figures, "24.0%").period, figure(figures, "6,550").period) == ("2025-06", "2024-06")
    # 8,120 / 6,550 - 1 = 24.0%, and 8,120 / 7,440 - 1 = 9.1%: each change with its own base
    growths = {c.stated: c.computed for c in claims_of(claims, "growth")}
    assert growths[figure(figures, "24.0%").id] == f"growth({figure(figures, '8,120').id}, {figure(figures, '6,550').id})"
    assert growths[figure(figures, "9.1%").id] == f"growth({figure(figures, '8,120').id}, {figure(figures, '7,440').id})"


def test_a_dateline_with_a_country_and_a_date_gives_no_period():
    figures, _, _ = drafted(
        "EINDHOVEN, Netherlands, Oct 29 (Fixture Wire) – Borduria Chips reported third-quarter revenue of €4.86 billion "
        "on Wednesday.\nNet profit climbed 18.4% to €812 million from €686 million.", on=date(2025, 10, 29))
    # the dateline's 'Oct 29' is when the story was filed; the article is about the third quarter
    assert {figure(figures, v).period for v in ("4.86", "812")} == {"2025-Q3"}


def test_an_amount_never_takes_a_rate_a_change_before_it_only_guessed():
    figures, claims, _ = drafted(
        f"{DATELINE}Borduria Chips' revenue rose 11.2% to €4.86 billion in the third quarter. The gross margin rose to "
        "43.6% from 41.9%. Automotive, the largest segment, grew 14.7% to €2.03 billion from €1.77 billion.",
        on=date(2025, 10, 29))
    # the segment's euros are revenue, never a margin in percent; and its change is the change of those euros
    assert figure(figures, "2.03").metric != figure(figures, "43.6%").metric
    assert figure(figures, "14.7%").metric == figure(figures, "2.03").metric


def test_a_stocks_change_in_percent_is_dated_as_its_level_is():
    figures, claims, _ = drafted(
        f"{DATELINE}Ruritanian household debt rose 1.3% in the second quarter to 412.4 billion crowns from 407.1 billion "
        "crowns a year earlier.",
        on=date(2025, 9, 18))
    # a debt is a stock, read at the quarter's end; so is its change, which 412.4 / 407.1 - 1 = 1.3% checks
    assert figure(figures, "1.3%").period == figure(figures, "412.4").period == "2025-06-30"
    assert [c.computed for c in claims_of(claims, "growth")] == [
        f"growth({figure(figures, '412.4').id}, {figure(figures, '407.1').id})"]


def test_closing_up_an_amount_is_a_move_and_the_percentage_after_it_the_same_move():
    figures, claims, _ = drafted(
        f"{DATELINE}Nickel rose on Tuesday, with the three-month contract closing up $310, or 2.0%, at $15,810 a tonne, "
        "from $15,500 a year earlier.", on=date(2025, 10, 21))
    # a move of $310 and of 2.0% (15,810 / 15,500 - 1 = 2.0%), never a level of $310 with a 2.0% share of it
    assert (figure(figures, "$310").direction, figure(figures, "2.0%").direction) == ("up", "up")
    assert not figure(figures, "2.0%").share


def test_a_cumulative_cut_since_an_event_runs_to_now_and_the_rate_is_the_rate():
    figures, _, _ = drafted(
        f"{DATELINE}The bank cut its policy rate to 1.25% from 1.50%. The move was predicted by 14 of the 22 "
        "economists polled, or 64%. Since the easing cycle began in October 2024, when the rate stood at 2.50%, the "
        "bank has lowered borrowing costs by a cumulative 150 basis points.", on=date(2025, 10, 8))
    cut = figure(figures, "150")
    assert (cut.direction, cut.period) == ("down", "2025")  # since October 2024, to the year it is said in
    assert figure(figures, "2.50%").metric == figure(figures, "1.25%").metric  # 'the rate', not the economists' 64%


def test_a_growth_rate_down_from_another_is_a_level_of_growth_compared():
    figures, claims, _ = drafted(
        f"{DATELINE}Ruritania's economy grew 1.2% in the second quarter, down from 1.5% in the first quarter.",
        on=date(2025, 10, 8))
    now, then = figure(figures, "1.2%"), figure(figures, "1.5%")
    assert now.direction == "" and now.metric == then.metric  # two levels of one growth rate
    (sign,) = [c for c in claims_of(claims, "sign") if now.id in c.computed]
    assert (sign.computed, sign.expect) == (f"pp({now.id}, {then.id})", "negative")
    figures, _, _ = drafted(f"{DATELINE}The bank cut its growth forecast to 2.0%, a downgrade of 0.3 percentage point.")
    assert figure(figures, "0.3").direction == "down"  # a downgrade


def test_a_change_over_a_span_of_its_own_is_for_that_span():
    figures, _, _ = drafted(
        f"{DATELINE}Acme's revenue rose 5% to $1.05 billion in the third quarter of 2025. Revenue rose 8% over the "
        "first nine months of 2025, to $3.24 billion.", on=date(2025, 11, 1))
    assert figure(figures, "8%").period == figure(figures, "3.24").period == "2025-01..2025-09"


def test_a_sentence_may_open_with_a_province_and_a_list_item_may_come_before_its_comma():
    figures, claims, _ = drafted(
        f"{DATELINE}Canada's unemployment rate fell to 7.0% in September. Newfoundland and Labrador again had the "
        "highest unemployment rate, at 10.4%, followed by Prince Edward Island at 8.1%. Quebec had the lowest rate, at "
        "5.4%, and British Columbia the second-lowest, at 6.3%.", on=date(2025, 10, 10))
    # provinces named by ISO 3166-2 (pycountry) open their sentences; 'Western' or 'Central' would not
    assert [figure(figures, v).entity for v in ("10.4", "5.4", "6.3")] == \
        ["Newfoundland and Labrador", "Quebec", "British Columbia"]
    ranks = {c.subject: c.expect for c in claims_of(claims, "rank")}
    assert ranks["Newfoundland and Labrador"] == "1" and ranks["Quebec"] == "-1"


def test_up_an_amount_from_a_level_and_or_a_percent_are_one_change():
    figures, _, _ = drafted(
        f"{DATELINE}Saudi Arabia pumped 9.98 million barrels per day in October, up 140,000 bpd, or 1.5%, from 9.84 "
        "million in September.", on=date(2025, 11, 3))
    rise, rate = figure(figures, "140,000"), figure(figures, "1.5%")
    assert (rise.direction, rise.unit) == ("up", "barrels")  # barrels a day are counted as barrels
    assert (rate.direction, rate.share) == ("up", False)  # the same rise in percent, no share of anything


def test_delivered_names_deliveries_so_a_headline_about_deliveries_is_checked_against_them():
    figures, claims, _ = drafted(
        f"{DATELINE}Borvik Motors delivered 176,312 cars in the third quarter, 4.1% fewer than the 183,840 of a year "
        "earlier, the company said.", headline="Borvik Motors' third-quarter deliveries slip", on=date(2025, 10, 9))
    assert figure(figures, "176,312").metric == "deliveries"
    (sign,) = claims_of(claims, "sign")
    # 176,312 < 183,840: the deliveries did slip
    assert sign.computed == f"change({figure(figures, '176,312').id}, {figure(figures, '183,840').id})"
    assert sign.expect == "negative"


def test_once_one_country_is_a_buyer_every_country_with_that_flow_is_the_exporters_partner():
    figures, claims, _ = drafted(
        f"{DATELINE}Brazil exported 43.87 million bags of coffee in 2024. The United States remained the largest buyer, "
        "taking 7.12 million bags. Germany came second with 6.94 million bags, followed by Italy with 3.51 million. "
        "Shipments to Japan rose 3.5% to 2.09 million bags from 2.02 million bags.", on=date(2025, 7, 10))
    for printed, partner in (("7.12", "United States"), ("6.94", "Germany"), ("3.51", "Italy"),
                             ("2.09", "Japan"), ("2.02", "Japan"), ("3.5%", "Japan")):
        assert (figure(figures, printed).entity, figure(figures, printed).counterpart) == ("Brazil", partner), printed
    largest = [c for c in claims_of(claims, "rank") if c.subject == "United States"]
    assert largest and largest[0].expect == "1"
    assert ranked_labels(largest[0]) == {"United States", "Germany", "Italy",
                                                                               "Japan"}


def test_a_crop_year_that_ends_in_june_runs_from_july_and_a_fiscal_year_stays_one():
    figures, _, _ = drafted(
        f"{DATELINE}Brazil exported 43.87 million bags of coffee in the 2024-25 crop year that ended in June, down 8.1% "
        "from 47.74 million bags a season earlier. Exporters expect 45.5 million bags in 2025-26.", on=date(2025, 7, 10))
    assert figure(figures, "43.87").period == "2024-07..2025-06"
    assert figure(figures, "47.74").period == "2023-07..2024-06"
    assert figure(figures, "45.5").period == "2025-07..2026-06"
    figures, _, _ = drafted(f"{DATELINE}The city will spend $3.4 billion in the 2025-26 fiscal year.", on=date(2025, 7, 10))
    assert figure(figures, "3.4").period == "FY2026"


def test_a_split_years_season_that_ended_in_september_runs_from_october():
    figures, _, _ = drafted(
        f"{DATELINE}Ruritania exported 1.21 million tonnes of cocoa beans in the 2024-25 season that ended in September, "
        "up from 1.16 million tonnes in 2023-24.", on=date(2025, 11, 12))
    assert figure(figures, "1.21").period == "2024-10..2025-09"
    assert figure(figures, "1.16").period == "2023-10..2024-09"


def test_a_change_against_an_earlier_quarter_runs_to_the_quarter_the_sentence_is_about():
    figures, claims, _ = drafted(
        f"{DATELINE}Lumora's revenue rose to $4.87 billion in the third quarter, and was 5.7% higher than the second "
        "quarter's $4.61 billion. It made $4.42 billion in the first quarter.", on=date(2025, 10, 21))
    change = figure(figures, "5.7%")
    assert (change.period, figure(figures, "4.61").period) == ("2025-Q3", "2025-Q2")
    # 4.87 / 4.61 - 1 = 5.64%, which prints as 5.6%, so the check is within rounding, and never of Q2 against Q1
    (growth,) = [c for c in claims_of(claims, "growth") if c.stated == change.id]
    assert growth.computed == f"growth({figure(figures, '4.87').id}, {figure(figures, '4.61').id})"


def test_a_forecasts_quarter_named_without_a_year_is_the_next_one_and_a_past_forecast_keeps_its_quarter():
    figures, _, _ = drafted(
        f"{DATELINE}For the fourth quarter, Lumora forecast revenue of $5.05-5.15 billion. Economists had forecast "
        "revenue of $4.8 billion in the third quarter, and Lumora earned $3.9 billion in the fourth quarter a year "
        "ago.", on=date(2025, 10, 21))
    assert figure(figures, "5.05-5.15").period == "2025-Q4"  # October 2025: the fourth quarter ahead
    assert figure(figures, "4.8").period == "2025-Q3"
    figures, _, _ = drafted(f"{DATELINE}Employers added 119,000 jobs in September, above the 50,000 forecast by "
                            "economists.", on=date(2025, 11, 20))
    assert figure(figures, "119,000").period == figure(figures, "50,000").period == "2025-09"


def test_a_measure_in_a_place_described_by_its_rank_is_the_places_and_a_count_takes_its_usual_measure():
    figures, claims, _ = drafted(
        f"{DATELINE}Borvik Motors delivered 176,312 cars in the third quarter, down from 183,840. It sold 48,517 electric "
        "cars. Deliveries in the first nine months fell to 548,906 from 571,230. Europe, its largest market, took "
        "74,528 cars in the third quarter. China, the second-largest, fell 14.5% to 34,167 from 40,210, while deliveries in the United "
        "States, its third-largest market, rose 9.8% to 31,905.", on=date(2025, 10, 23))
    assert figure(figures, "31,905").entity == figure(figures, "9.8%").entity == "United States"
    # 'deliveries' names four counts of cars, 'sold' one: Europe's cars are deliveries, ranked with China's and the US's
    assert figure(figures, "74,528").metric == figure(figures, "34,167").metric == "deliveries"
    # a company's region and countries are one list of markets when they add up to no more than its total
    # (74,528 + 34,167 + 31,905 = 140,600 of 176,312) and the list bears out each rank word
    ranks = {c.subject: c.expect for c in claims_of(claims, "rank")}
    assert ranks == {"Europe": "1", "China": "2", "United States": "3"}


def test_the_fastest_after_a_named_one_is_second():
    article = CORPUS_DEV / "world-steel-output-sep-2025" / "article.txt"
    text = article.read_text(encoding="utf-8")
    assert "up 6.6%, the fastest growth among the big producers after India" in text
    _, claims = draft_article(text, date(2025, 10, 23))
    (fastest,) = [c for c in claims_of(claims, "rank") if c.subject == "United States"]
    # India's 14.3% leads the changes, the United States' 6.6% comes after it: second, not first
    assert "India" in fastest.members and fastest.expect == "2"


def test_an_abbreviation_spelled_out_in_lower_case_is_a_unit_and_worldwide_is_the_worlds():
    figures, claims, _ = drafted(
        f"{DATELINE}Airlines worldwide flew 842.6 billion revenue passenger kilometres (RPKs) in August, up 4.6% from "
        "805.5 billion a year earlier. International traffic rose 5.9% to 534.8 billion RPKs.", on=date(2025, 10, 1))
    # 'RPKs' abbreviates the lower-case words before it: a unit, counted as 'rpk', and no one the figures are about
    assert [figure(figures, v).unit for v in ("842.6", "805.5", "534.8")] == ["rpk_bn"] * 3
    assert figure(figures, "842.6").entity == "world"
    assert all("RPK" not in f.entity.upper() for f in figures)
    # 842.6 / 805.5 - 1 = 4.61%
    (growth,) = [c for c in claims_of(claims, "growth") if c.stated == figure(figures, "4.6%").id]
    assert growth.computed == f"growth({figure(figures, '842.6').id}, {figure(figures, '805.5').id})"


def test_what_a_company_makes_before_its_name_is_no_entity_and_a_currency_sign_ends_a_name():
    figures, claims, _ = drafted(
        f"{DATELINE}Listings in Hong Kong raised HK$107.1 billion in the first half. Battery maker Zhenhai Battery "
        "Technology's HK$41.0 billion deal was the largest. Snack maker Lanshan Foods came second with HK$10.1 billion, and chip "
        "designer Qingyun Semiconductor ranked third with HK$9.2 billion.", on=date(2025, 7, 3))
    assert [figure(figures, v).entity for v in ("41.0", "10.1", "9.2")] == \
        ["Zhenhai Battery Technology", "Lanshan Foods", "Qingyun Semiconductor"]
    # 41.0 > 10.1 > 9.2: Lanshan Foods second, Qingyun Semiconductor third
    ranks = {c.subject: c.expect for c in claims_of(claims, "rank")}
    assert ranks.get("Lanshan Foods") == "2" and ranks.get("Qingyun Semiconductor") == "3"


def test_the_fiscal_year_that_ended_in_a_month_is_the_fiscal_year_named_by_its_end():
    figures, _, _ = drafted(
        f"{DATELINE}Ships made 13,404 transits through the canal in the fiscal year that ended in September, up 19.3% "
        "from 11,240 a year earlier.", on=date(2025, 10, 7))
    assert (figure(figures, "13,404").period, figure(figures, "11,240").period) == ("FY2025", "FY2024")


def test_the_remaining_in_a_paragraph_of_parts_is_of_the_main_entitys_one_amount_before_it():
    figures, claims, _ = drafted(
        f"{DATELINE}Brazil exported 43.87 million bags of coffee in 2024.\nArabica accounted for 36.45 million bags. "
        "Robusta shipments halved to 4.96 million bags, while soluble coffee made up the remaining 2.46 million bags.",
        on=date(2025, 7, 10))
    # 36.45 + 4.96 + 2.46 = 43.87
    (total,) = [c for c in claims_of(claims, "total") if c.stated == figure(figures, "43.87").id]
    assert set(total.computed.split(" + ")) == {figure(figures, v).id for v in ("36.45", "4.96", "2.46")}
    # with two amounts of the main entity before the paragraph, which one is the whole is a person's call
    figures, claims, _ = drafted(
        f"{DATELINE}Ruritania's revenue reached €612.5 million in 2024 and its costs €410.2 million.\nFees brought in "
        "€352.0 million, investment income €150.0 million and other income the remaining €110.5 million.")
    assert not claims_of(claims, "total")


def test_a_list_of_parts_over_several_sentences_ends_in_the_remaining_amount():
    """468,000 + 415,000 + 352,000 + 96,000 + 89,000 TEU = 1.42 million TEU; a rate between them ('utilisation slipped to
    86.5%') is no part. A country said 'alone' among regions, or a part 'of which' another is, leaves it to a person."""
    text = ("{whole}\nThe transpacific carried 468,000 TEU, followed by intra-Asia with 415,000 TEU. {middle}, and the "
            "transatlantic 96,000 TEU. Other routes made up the remaining 89,000 TEU.")
    figures, claims, _ = drafted(DATELINE + text.format(
        whole="Harbourlight Marine carried 1.42 million TEU in the third quarter. Vessel utilisation slipped to 86.5%.",
        middle="Asia-Europe carried 352,000 TEU"), on=date(2025, 11, 10))
    (total,) = [c for c in claims_of(claims, "total") if c.stated == figure(figures, "1.42").id]
    assert set(total.computed.split(" + ")) == {figure(figures, v).id for v in ("468,000", "415,000", "352,000", "96,000",
                                                                                "89,000")}
    for middle in ("Asia-Europe carried 352,000 TEU, of which Rotterdam took 120,000 TEU",
                   "Asia-Europe carried 352,000 TEU (Rotterdam alone 120,000 TEU)"):
        _, claims, _ = drafted(DATELINE + text.format(whole="Harbourlight Marine carried 1.42 million TEU in the third "
                                                            "quarter.", middle=middle), on=date(2025, 11, 10))
        assert not claims_of(claims, "total"), middle


def test_past_periods_stay_past_beside_words_about_the_future_or_a_past_forecast():
    figures, _, _ = drafted(
        f"{DATELINE}Lumora's revenue rose 10.2% to $4.87 billion in the third quarter and the company will pay a special "
        "dividend, it said on Tuesday.", on=date(2025, 10, 21))
    assert figure(figures, "4.87").period == "2025-Q3"
    figures, _, _ = drafted(f"{DATELINE}Ruritania's retail sales rose 0.6% in September. Economists forecast a rise of "
                            "0.2% in September.", on=date(2025, 10, 15))
    assert figure(figures, "0.2%").period == "2025-09"


def test_the_figures_are_the_countrys_never_a_person_s_or_the_initials_of_an_agency():
    figures, _, _ = drafted(
        f"{DATELINE}Finance Minister Helena Cordeiro told parliament that Borduria had cut unemployment by a third. The "
        "National Statistics Institute (INE) counted 269,000 unemployed people in the third quarter. INE's survey put "
        "employment at 4.91 million. \"Hiring slowed,\" said Rui Matos, an economist at Atlantico Research.",
        headline="Fact check: Cordeiro's jobs claim stands up", on=date(2025, 11, 20))
    assert figure(figures, "269,000").entity == "Borduria"
    assert figure(figures, "4.91").entity == "Borduria"


def test_a_regions_or_a_segments_share_is_of_the_companys_whole_never_of_another_regions():
    figures, claims, _ = drafted(
        f"{DATELINE}Skagen Breweries' revenue rose 4.3% to 74.6 billion crowns in 2024. Western Europe, its largest "
        "region, contributed 42.1 billion crowns, or 56.4% of revenue. Asia revenue climbed 9.5% to 21.8 billion "
        "crowns. Automotive chips brought in 31.2 billion crowns, or 41.8% of revenue.", on=date(2025, 2, 6))
    shares = {c.stated: c.computed for c in claims_of(claims, "share")}
    whole = figure(figures, "74.6").id
    # 42.1 / 74.6 = 56.4%, 31.2 / 74.6 = 41.8%
    assert shares[figure(figures, "56.4%").id] == f"share({figure(figures, '42.1').id}, {whole})"
    assert shares[figure(figures, "41.8%").id] == f"share({figure(figures, '31.2').id}, {whole})"


def test_a_segment_of_a_measure_is_a_measure_of_its_own_and_no_member_of_the_countrys_rank():
    figures, claims, _ = drafted(
        f"{DATELINE}New-car registrations in the European Union rose 5.8% in October to 902,450 cars. Germany, the "
        "bloc's largest market, registered 242,730 cars. It was followed by France with 138,210 and Italy with "
        "131,840. German battery-electric registrations rose 40% to 52,370 from 37,080.", on=date(2025, 11, 25))
    assert figure(figures, "242,730").metric == "new-car registrations"
    assert figure(figures, "52,370").metric == "battery-electric registrations"
    (largest,) = [c for c in claims_of(claims, "rank") if c.subject == "Germany"]
    members = {m.split(": ")[1] for m in largest.members.split("; ")}
    assert members == {figure(figures, v).id for v in ("242,730", "138,210", "131,840")}


def test_the_four_companies_together_add_up_the_four_amounts_before_them():
    figures, claims, _ = drafted(
        f"{DATELINE}Andes Cobre said its third-quarter output fell to 412,000 tonnes. Kivu Copper Mining produced 356,000 "
        "tonnes and Zamtonga Resources 305,000 tonnes, while Pacifica Minerals mined 298,000 tonnes. The four "
        "companies together produced 1.37 million tonnes in the quarter.", on=date(2025, 10, 21))
    # 412,000 + 356,000 + 305,000 + 298,000 = 1,371,000
    (total,) = [c for c in claims_of(claims, "total") if c.stated == figure(figures, "1.37").id]
    assert set(total.computed.split(" + ")) == {figure(figures, v).id for v in ("412,000", "356,000", "305,000",
                                                                                  "298,000")}


def test_a_flows_partner_is_read_past_an_apposition_and_the_bloc_is_the_one_named_before():
    figures, _, _ = drafted(
        f"{DATELINE}Britain's goods exports to the European Union rose 2.1% to £88.4 billion in the first half of 2025. "
        "Imports from the bloc fell 1.3% to £139.2 billion. Exports to Germany, the largest market, were £14.2 "
        "billion, while shipments to France fell to £9.8 billion.", on=date(2025, 8, 12))
    assert (figure(figures, "139.2").entity, figure(figures, "139.2").counterpart) == ("Britain", "European Union")
    assert (figure(figures, "14.2").entity, figure(figures, "14.2").counterpart) == ("Britain", "Germany")
    assert figure(figures, "9.8").counterpart == "France"


def test_what_a_country_imported_is_named_by_the_initials_the_article_gives_it():
    figures, _, _ = drafted(f"{DATELINE}India imported 27.34 million tonnes of liquefied natural gas (LNG) in 2024. Japan "
                            "imported 65.1 million tonnes of thermal coal in 2024.", on=date(2025, 5, 14))
    assert figure(figures, "27.34").metric == "lng imports"
    assert figure(figures, "65.1").metric == "thermal coal imports"


def test_a_suppliers_cargoes_and_its_share_are_the_main_entitys_imports_from_it():
    figures, _, _ = drafted(
        f"{DATELINE}India imported 27.34 million tonnes of liquefied natural gas (LNG) in 2024. Qatar remained the "
        "biggest supplier with 11.26 million tonnes, but its share of imports slipped to 41.2% from 41.8%. The United "
        "States became the second-largest supplier, with cargoes rising 20% to 4.83 million tonnes.",
        on=date(2025, 5, 14))
    for value, partner in (("11.26", "Qatar"), ("41.2%", "Qatar"), ("41.8%", "Qatar"), ("4.83", "United States")):
        assert (figure(figures, value).entity, figure(figures, value).counterpart) == ("India", partner), value


def test_a_multiples_other_side_is_its_counterpart_and_still_its_base():
    figures, claims, _ = drafted(
        f"{DATELINE}Tesco's market share was 27.9% in the 12 weeks to March 23, 2025, and Sainsbury's share was 14.6%. "
        "That is 1.9 times the share of Sainsbury's. Lumwana East produced 61,200 tonnes and Nkana 31,000 tonnes, so "
        "Lumwana East produced nearly twice as much as Nkana.", on=date(2025, 4, 10))
    assert figure(figures, "1.9").counterpart == "Sainsbury's"
    assert figure(figures, "twice").counterpart == "Nkana"
    # 27.9 / 14.6 = 1.91
    multiples = {c.stated: c.computed for c in claims_of(claims, "multiple")}
    assert multiples[figure(figures, "1.9").id] == f"multiple({figure(figures, '27.9').id}, {figure(figures, '14.6').id})"


def test_a_flows_partner_follows_its_verb_and_two_way_trade_is_trade():
    figures, _, _ = drafted(
        f"{DATELINE}UK goods exports to the EU rose 3.2% to £95.1 billion in the first half of 2025. Germany remained "
        "the UK's largest trading partner, with two-way trade of £48.2 billion. The UK exported £12.3 billion of goods "
        "to Ireland.", on=date(2025, 8, 12))
    assert (figure(figures, "48.2").counterpart, figure(figures, "48.2").metric) == ("Germany", "trade")
    assert (figure(figures, "12.3").entity, figure(figures, "12.3").counterpart) == ("United Kingdom", "Ireland")


def test_a_price_that_moved_on_a_weekday_is_that_days():
    figures, _, _ = drafted(
        f"{DATELINE}Copper prices jumped on Tuesday, with the three-month contract closing up 2.1% at $10,845 a tonne, "
        "from $10,622 on Monday.", on=date(2025, 10, 21))
    assert figure(figures, "10,845").period == "2025-10-21"
    assert figure(figures, "10,622").period == "2025-10-20"


def test_a_level_at_the_end_of_a_month_is_that_months_last_day_and_a_year_earlier_stays_a_year():
    figures, _, _ = drafted(
        f"{DATELINE}Polish households owed 812.4 billion zlotys at the end of June, up 1.3% from 801.7 billion at the "
        "end of March. Consumer credit climbed 4.7% from a year earlier to 171.3 billion zlotys from 165.2 billion. The "
        "index ended June at 24,072.3 points.", on=date(2025, 8, 20))
    assert [figure(figures, v).period for v in ("812.4", "801.7", "171.3", "165.2", "24,072.3")] == \
        ["2025-06-30", "2025-03-31", "2025-06-30", "2024-06-30", "2025-06-30"]


def test_a_month_or_a_year_before_a_day_is_that_day_a_month_or_a_year_before():
    figures, _, _ = drafted(
        f"{DATELINE}Indonesia's foreign exchange reserves rose to $152.4 billion at the end of October from $148.7 "
        "billion a month earlier. The reserves were 0.8% higher than the $151.2 billion of a year earlier.",
        on=date(2025, 11, 7))
    assert [figure(figures, v).period for v in ("152.4", "148.7", "151.2")] == ["2025-10-31", "2025-09-30", "2024-10-31"]


def test_an_average_annual_rate_is_a_rise_of_the_measure_before_it_and_no_measure_of_its_own():
    figures, _, _ = drafted(
        f"{DATELINE}Indonesia's foreign exchange reserves rose to $152.4 billion at the end of October. Over the past "
        "five years, reserves have grown at an average annual rate of 5.2%, from $120 billion at the end of October "
        "2020. Thailand held $262.5 billion at the end of October.", on=date(2025, 11, 7))
    rate = figure(figures, "5.2%")
    assert (rate.metric, rate.direction) == ("reserves", "up")
    assert figure(figures, "262.5").metric == "foreign exchange reserves"


def test_the_euro_area_is_whom_its_figures_are_about():
    figures, _, _ = drafted(
        f"{DATELINE}Inflation in the euro area eased to 2.0% in June from 2.2% in May, Eurostat said. Among the largest "
        "economies, German inflation was 2.0% and France's 0.9%. The eurozone's unemployment rate stood at 6.2%.",
        on=date(2025, 7, 1))
    assert [figure(figures, v).entity for v in ("2.2%", "0.9%", "6.2%")] == ["euro area", "France", "euro area"]


def test_an_inflation_rate_from_a_rate_is_the_month_befores_and_an_occupancy_the_year_befores():
    figures, _, _ = drafted(
        f"{DATELINE}Inflation in the euro area eased to 2.0% in June. Services inflation slowed to 3.2% from 3.4%. "
        "Hotel occupancy rose to 78.4% in June from 76.9%.", on=date(2025, 7, 1))
    assert figure(figures, "3.4%").period == "2025-05"
    assert figure(figures, "76.9%").period == "2024-06"


def test_pence_are_read_and_a_price_in_pence_is_compared_with_one():
    figures, claims, _ = drafted(
        f"{DATELINE}The price cap will rise to £1,755 a year. The electricity unit rate rises 5.1% to 27.69p per kWh "
        "from 26.35p.", on=date(2025, 11, 21))
    now, then = (next(f for f in figures if f.value == value) for value in ("27.69", "26.35"))
    assert (now.unit, then.unit) == ("pence_per_kwh", "pence_per_kwh")
    # 27.69 / 26.35 - 1 = +5.09%
    (growth,) = [c for c in claims_of(claims, "growth") if c.stated == figure(figures, "5.1%").id]
    assert growth.computed == f"growth({now.id}, {then.id})"


def test_a_multiple_after_an_amount_and_its_share_compares_the_amount():
    figures, claims, _ = drafted(
        f"{DATELINE}Kafue Basin Copper produced 118,600 tonnes of copper in the second quarter. Nkana West remained the "
        "largest of its three mines with 52,300 tonnes, or 44.1% of the total, nearly twice as much as Lumwana East. "
        "Lumwana East, the smallest, produced 27,400 tonnes.", on=date(2025, 7, 20))
    # 52,300 / 27,400 = 1.91
    (multiple,) = claims_of(claims, "multiple")
    assert multiple.computed == f"multiple({figure(figures, '52,300').id}, {figure(figures, '27,400').id})"


def test_a_level_a_change_since_a_year_reached_is_now_and_that_year_is_no_opening_period():
    figures, _, _ = drafted(f"{DATELINE}Exports have risen 40% since 2020 to $52 billion.", on=date(2025, 11, 20))
    assert (figure(figures, "40%").period, figure(figures, "$52").period) == ("2025", "2025")


def test_two_places_combined_took_a_share_of_the_whole():
    figures, claims, _ = drafted(
        f"{DATELINE}Nordic Foods sold NOK 12.0 billion of goods in 2024. Sweden took NOK 4.1 billion, Denmark NOK 2.2 "
        "billion and Finland NOK 1.5 billion. Denmark and Finland combined took 30.8% of sales.", on=date(2025, 2, 20))
    share = figure(figures, "30.8%")
    assert share.entity == "Denmark and Finland"
    # (2.2 + 1.5) / 12.0 = 30.83%
    (claim,) = [c for c in claims_of(claims, "share") if c.stated == share.id]
    parts = " + ".join(figure(figures, v).id for v in ("2.2", "1.5"))
    assert claim.computed == f"share({parts}, {figure(figures, '12.0').id})"


def test_a_years_total_against_last_years_is_no_change_since_the_start_of_the_year():
    figures, claims, _ = drafted(
        f"{DATELINE}France's wine production is forecast to fall 9% this year to 39.6 million hectolitres from 43.5 "
        "million in 2024.", on=date(2025, 9, 9))
    # 39.6 / 43.5 - 1 = -8.97%
    (growth,) = claims_of(claims, "growth")
    assert growth.computed == f"growth({figure(figures, '39.6').id}, {figure(figures, '43.5').id})"


def test_an_exchange_rate_is_of_the_currency_it_prices():
    figures, _, _ = drafted(f"{DATELINE}At 1.16 dollars per euro, revenue was the equivalent of $129.7 million. The "
                            "rupiah was at 16,620 per dollar.", on=date(2025, 11, 13))
    assert (figure(figures, "1.16").entity, figure(figures, "16,620").entity) == ("euro", "rupiah")


def test_a_dollar_priced_is_named_as_the_article_names_it():
    """'the dollar' alone is the US dollar: a New Taiwan dollar is named in full, as the article writes it, and a
    crown by the article's word ('crowns', where CLDR says 'kroner'); a currency the article never names in words
    gets its full English name where its last word is shared ('Hong Kong dollar')."""
    figures, _, _ = drafted(f"{DATELINE}Profit was 9.6 billion New Taiwan dollars, or about US$315 million at 30.5 New "
                            "Taiwan dollars per US dollar. Converted at US$0.597 per New Zealand dollar, exports were "
                            "worth US$4.2 billion. Sales were 175.4 billion Norwegian crowns, at 11.63 crowns per "
                            "euro. The peg held at HK$7.85 per US dollar.", on=date(2025, 11, 13))
    assert [figure(figures, printed).entity for printed in ("30.5", "0.597", "11.63", "7.85")] == [
        "New Taiwan dollar", "New Zealand dollar", "euro", "Hong Kong dollar"]
    figures, _, _ = drafted(f"{DATELINE}The krone weakened to 6.92 Norwegian crowns per dollar.", on=date(2025, 11, 13))
    assert figure(figures, "6.92").entity == "Norwegian crown"


def test_a_rank_by_value_ranks_the_money_its_clause_names():
    """'Cod was the second-largest species by value at 12.6 billion crowns': 'by value' says what the rank is by, and
    the crowns are the exports named before (122.3 > 12.6 > 9.8); 'by volume' with no volumes to rank is left alone."""
    figures, claims, _ = drafted(
        "OSLO (Wire) - Norway exported seafood worth 175.4 billion Norwegian crowns in 2024. Salmon exports rose to "
        "122.3 billion crowns and mackerel exports to 9.8 billion crowns. Cod was the second-largest species by value "
        "at 12.6 billion crowns. Herring was the largest species by volume at 0.6 million tonnes.", on=date(2025, 1, 6))
    assert figure(figures, "12.6").metric == figure(figures, "122.3").metric == "exports"
    (rank,) = claims_of(claims, "rank")
    assert (rank.subject, rank.expect) == ("cod", "2")
    assert set(rank.members.split("; ")) == {f"salmon: {figure(figures, '122.3').id}", f"cod: {figure(figures, '12.6').id}",
                                              f"mackerel: {figure(figures, '9.8').id}"}


def test_the_biggest_earner_names_no_kind_so_a_later_rank_goes_on_with_its_list():
    """'Salmon remained the biggest earner' ... 'Cod was the second-largest species': 'earner' says no kind of thing, so
    both rank words rank the same four species (122.3 > 12.6 > 9.8 > 5.1), while 'the largest market' starts a list
    of its own."""
    figures, claims, _ = drafted(
        "OSLO (Wire) - Norway exported seafood worth 175.4 billion Norwegian crowns in 2024. Salmon remained the "
        "biggest earner, with exports of 122.3 billion crowns. Cod was the second-largest species at 12.6 billion "
        "crowns, followed by mackerel at 9.8 billion. Herring exports fell to 5.1 billion crowns. Poland was the largest "
        "market, buying seafood worth 19.6 billion crowns.", on=date(2025, 1, 6))
    ranks = {(c.subject, c.expect): set(c.members.split("; ")) for c in claims_of(claims, "rank")}
    species = {f"{name}: {figure(figures, printed).id}" for name, printed in
               (("salmon", "122.3"), ("cod", "12.6"), ("mackerel", "9.8"), ("herring", "5.1"))}
    assert ranks[("salmon", "1")] == species
    assert ranks[("cod", "2")] == species
    assert not any(members & species for (subject, _), members in ranks.items() if subject == "Poland")


def test_a_base_right_after_its_change_is_the_earlier_level_of_the_thing_that_changed():
    """'Shipments to Egypt rose 30% from 1.84 million tonnes': the 1.84 is what Ukraine sold Egypt a season before, so
    the change pairs with the 2.36 million tonnes Egypt bought this season (2.36 / 1.84 - 1 = 28.3%, which '30%' may
    round)."""
    figures, claims, _ = drafted(
        "KYIV (Wire) - Ukraine exported 15.7 million tonnes of wheat in the 2024-25 season, down 14.7% from 18.4 million "
        "tonnes. Egypt remained the largest buyer with 2.36 million tonnes, or 15.0% of the total. Shipments to Egypt "
        "rose 30% from 1.84 million tonnes.", on=date(2025, 8, 1))
    change, base, level = figure(figures, "30%"), figure(figures, "1.84"), figure(figures, "2.36")
    assert (base.entity, base.counterpart, base.metric) == (change.entity, change.counterpart, change.metric) == (
        level.entity, level.counterpart, level.metric)
    assert (base.entity, base.counterpart) == ("Ukraine", "Egypt")
    growth = [c for c in claims_of(claims, "growth") if change.id in c.stated]
    assert [c.computed for c in growth] == [f"growth({level.id}, {base.id})"]


def test_a_targets_yearly_rate_runs_from_the_latest_level_and_a_headline_names_the_part_that_moved():
    """'Reaching 18 million by 2028 needs growth of 9.3% a year' from 12.6 million in 2024: four years (18 / 12.6 =
    1.0933^4), never five from 2023's 12.0 million. 'Kartal sales slip at Anadol': the Kartal's sales moved (5,000 ->
    4,600), whatever Anadol's did."""
    figures, claims, _ = drafted(f"{DATELINE}Hotels sold 12.6 million nights in 2024, against 12.0 million in 2023. "
                                 "Reaching 18 million by 2028 needs growth of 9.3% a year.", on=date(2025, 4, 8))
    (cagr,) = claims_of(claims, "cagr")
    assert cagr.computed == f"cagr({figure(figures, '18 million').id}, {figure(figures, '12.6').id}, 4)"
    # from the end of 2024 to 2030 is six years: (20 / 12.4) ** (1 / 6) = 1.0829
    figures, claims, _ = drafted(f"{DATELINE}Wind capacity reached 12.4 GW at the end of 2024, from 11.1 GW a year "
                                 "earlier; the government's goal of 20 GW by 2030 requires average growth of 8.3% a "
                                 "year.", on=date(2025, 2, 1))
    (cagr,) = claims_of(claims, "cagr")
    assert cagr.computed == f"cagr({figure(figures, '20 GW').id}, {figure(figures, '12.4').id}, 6)"
    figures, claims, _ = drafted("Anadol sold 18,400 cars in October, up from 16,000. Sales of the Kartal fell to 4,600 "
                                 "from 5,000.", headline="Kartal sales slip at Anadol", on=date(2025, 11, 4))
    headline = [c for c in claims_of(claims, "sign") if c.quote == "Kartal sales slip at Anadol"]
    assert [(c.computed, c.expect) for c in headline] == [
        (f"change({figure(figures, '4,600').id}, {figure(figures, '5,000').id})", "negative")]


def test_bare_numbers_count_what_the_clauses_subject_counts_when_it_counts_itself():
    """'Enrolments rose ... to 48,210 from 45,930' counts enrolments and 'Bankruptcies in hospitality fell ... to 655 from
    982' bankruptcies, after a dateline too; deliveries count the cars the article names."""
    figures, _, _ = drafted(f"{DATELINE}Enrolments rose by more than 2,000 to 48,210 from 45,930.", on=date(2025, 10, 20))
    assert [figure(figures, printed).unit for printed in ("48,210", "45,930")] == ["enrolments", "enrolments"]
    figures, _, _ = drafted(f"{DATELINE}Bankruptcies in hospitality fell by a third, to 655 from 982.",
                            on=date(2025, 10, 20))
    assert [figure(figures, printed).unit for printed in ("655", "982")] == ["bankruptcies", "bankruptcies"]
    figures, _, _ = drafted(f"{DATELINE}Nordhavn delivered 176,312 cars in the third quarter. Deliveries in the first "
                            "nine months fell to 548,906 from 571,230.", on=date(2025, 10, 9))
    assert figure(figures, "548,906").unit == "cars"


def test_a_change_by_a_fraction_is_checked_as_a_multiple_of_its_two_levels():
    """'fell by a third, to 655 from 982': 655 / 982 = 0.667, two thirds of the level it fell from; 'rose by a fifth to
    $1.86 trillion from $1.55 trillion': 1.86 / 1.55 = 1.2."""
    figures, claims, _ = drafted(f"{DATELINE}Bankruptcies in hospitality fell by a third, to 655 from 982. Tax receipts "
                                 "rose by a fifth to $1.86 trillion from $1.55 trillion.", on=date(2025, 10, 20))
    assert figure(figures, "a third").value == "0.6667" and figure(figures, "a fifth").value == "1.2"
    assert sorted(c.computed for c in claims_of(claims, "multiple")) == sorted([
        f"multiple({figure(figures, '655').id}, {figure(figures, '982').id})",
        f"multiple({figure(figures, '1.86').id}, {figure(figures, '1.55').id})"])


def test_from_a_to_b_over_a_span_of_years_gives_each_level_its_end_of_the_span():
    """'Between 2020 and 2024 revenue rose from CHF 6.5 billion to CHF 8.4 billion, an average annual increase of 6.6%':
    (8.4 / 6.5) ** (1 / 4) = 1.0662; 'From 2019 to 2024, exports grew from $3.1 billion to $4.0 billion, or 5.2% a year':
    (4.0 / 3.1) ** (1 / 5) = 1.0523, a rate a year and never a share."""
    figures, claims, _ = drafted(f"{DATELINE}Between 2020 and 2024 revenue rose from CHF 6.5 billion to CHF 8.4 billion, an "
                                 "average annual increase of 6.6%. From 2019 to 2024, exports grew from $3.1 billion to "
                                 "$4.0 billion, or 5.2% a year.", on=date(2025, 3, 1))
    assert [figure(figures, printed).period for printed in ("6.5", "8.4", "3.1", "$4.0")] == ["2020", "2024", "2019", "2024"]
    assert not figure(figures, "5.2%").share and figure(figures, "5.2%").direction == "up"
    assert sorted(c.computed for c in claims_of(claims, "cagr")) == sorted([
        f"cagr({figure(figures, '8.4').id}, {figure(figures, '6.5').id}, 4)",
        f"cagr({figure(figures, '$4.0').id}, {figure(figures, '3.1').id}, 5)"])


def test_a_change_of_the_year_before_ends_at_the_sentences_earlier_level():
    """'rose to €2.3 billion in 2023 from €2.0 billion, after growing 7.5% from €1.86 billion in 2022': 2.0 / 1.86 =
    1.075, the 2022 rise, never 2.3 / 1.86."""
    figures, claims, _ = drafted(f"{DATELINE}Revenue rose to €2.3 billion in 2023 from €2.0 billion, after growing 7.5% "
                                 "from €1.86 billion in 2022.", on=date(2024, 4, 1))
    (growth,) = claims_of(claims, "growth")
    assert growth.computed == f"growth({figure(figures, '2.0').id}, {figure(figures, '1.86').id})"


def test_a_gap_to_a_forecast_right_after_a_level_is_a_difference_and_in_the_capital_is_the_capitals():
    figures, _, _ = drafted(f"{DATELINE}Borrowing was £64.1bn, £3.2bn more than forecast and up from £57.4bn. Profit was "
                            "$5.2m, $0.3m short of forecasts. In the capital, the unemployment rate was 2.9%.",
                            on=date(2024, 8, 21))
    assert [figure(figures, printed).direction for printed in ("£64.1bn", "£3.2bn", "$0.3m")] == ["", "up", "down"]
    assert figure(figures, "2.9%").entity == "the capital"


def test_a_population_after_money_counts_people_and_a_possessive_list_item_names_its_owner():
    figures, _, _ = drafted(f"{DATELINE}GDP rose 2% to CHF 2495bn in 2022 from CHF 2446bn, but as the population grew to "
                            "51.5 million from 50 million, GDP per head fell 1% to CHF 48,447 from CHF 48,920.",
                            on=date(2023, 3, 18))
    assert [figure(figures, printed).unit for printed in ("51.5", "50 million")] == ["people_m", "people_m"]
    figures, _, _ = drafted(f"{DATELINE}Poland ranked second with exports of €167bn in 2019, behind Mexico's €371bn and "
                            "ahead of Turkey at €151bn.", on=date(2020, 4, 9))
    assert figure(figures, "€371bn").entity == "Mexico"


def test_rose_c_to_a_from_b_pairs_its_own_levels_whatever_older_base_follows():
    """'Sales rose 6% to $53bn from $50bn in 2022 and $45bn in 2021': 53 / 50 = 1.06, never 53 / 45."""
    figures, claims, _ = drafted(f"{DATELINE}Sales rose 6% to $53bn from $50bn in 2022 and $45bn in 2021.",
                                 on=date(2024, 5, 14))
    (growth,) = claims_of(claims, "growth")
    assert growth.computed == f"growth({figure(figures, '$53bn').id}, {figure(figures, '$50bn').id})"


def test_a_base_that_was_itself_a_record_is_still_the_base():
    """'up 4.5% from a record $61.9 billion': the year before's level, which was a record then (64.7 / 61.9 - 1 =
    4.52%)."""
    figures, claims, _ = drafted("Remittances were $64.7 billion in 2024, up 4.5% from a record $61.9 billion, equal "
                                 "to 3.5% of GDP.", on=date(2025, 6, 15))
    assert (figure(figures, "61.9").period, figure(figures, "61.9").earlier) == ("2023", True)
    (growth,) = claims_of(claims, "growth")
    assert growth.computed == f"growth({figure(figures, '64.7').id}, {figure(figures, '61.9').id})"


def test_a_population_counts_people_though_no_noun_says_so():
    """'Japan's population fell by 898,000 to 120.3 million': people, drafted though the sentence names no noun."""
    figures, _, _ = drafted("TOKYO (Wire) - Japan's population fell by 898,000 to 120.3 million in 2024.", on=date(2025, 6, 15))
    assert [(f.value, f.unit) for f in figures] == [("898000", "people"), ("120.3", "people_m")]


def test_sequentially_is_the_quarter_before():
    """'sequentially, it was up 7.7% from $5.2 billion': the second quarter's level, beside the third's (5.6 / 5.2 - 1
    = 7.7%), never a year earlier's."""
    figures, claims, _ = drafted("Revenue rose 12% year on year to $5.6 billion in the third quarter; sequentially, it "
                                 "was up 7.7% from $5.2 billion.", on=date(2025, 11, 1))
    assert figure(figures, "5.2").period == "2025-Q2"


def test_for_the_nine_months_is_the_years_first_nine_months():
    """'for the nine months, operating income was $1.9 billion': January to September, as 'the first nine months' is;
    'over the past six months' is no such stretch."""
    figures, _, _ = drafted("Third-quarter operating margin was 21.4%; for the nine months, operating income was $1.9 "
                            "billion on revenue of $9.3 billion.", on=date(2025, 11, 14))
    assert figure(figures, "1.9").period == figure(figures, "9.3").period == "2025-01..2025-09"


def test_a_verb_in_the_present_ends_the_thing_a_clause_is_about():
    """'while network charges take £461': the network charges', never 'network charges take'."""
    figures, _, _ = drafted("LONDON (Wire) - Wholesale energy costs account for £742 of the typical bill, while network "
                            "charges take £461.", on=date(2025, 12, 5))
    assert figure(figures, "461").entity == "network charges"


def test_a_dateline_closed_by_a_colon_is_no_entity():
    """'KARACHI: Workers' remittances to Pakistan rose': where the story was filed, as South Asian papers print it."""
    figures, _, _ = drafted("KARACHI: Workers' remittances to Pakistan rose 26.6 per cent to a record $38.3 billion in "
                            "the 2024-25 fiscal year.", on=date(2025, 7, 9))
    assert figure(figures, "38.3").entity == "Pakistan"


def test_an_earlier_share_is_checked_on_the_same_part_and_whole_then():
    """'made up 27.5% of deliveries, up from 20.1% a year earlier': 35,710 / 129,854 = 27.50% now, and 23,722 /
    118,020 = 20.10% a year earlier."""
    figures, claims, _ = drafted(
        "Nordhavn Cars delivered 129,854 cars in the third quarter, up from 118,020 a year earlier. Fully electric cars "
        "made up 27.5% of deliveries, up from 20.1% a year earlier, at 35,710 cars against 23,722.", on=date(2025, 10, 3))
    shares = {c.stated: c.computed for c in claims_of(claims, "share")}
    assert shares[figure(figures, "20.1%").id] == f"share({figure(figures, '23,722').id}, {figure(figures, '118,020').id})"
    assert shares[figure(figures, "27.5%").id] == f"share({figure(figures, '35,710').id}, {figure(figures, '129,854').id})"


def test_a_shares_part_may_follow_it_as_so_many_of_them():
    """'made up 27.5% of deliveries, ..., with 48,517 of them sold': 48,517 / 176,312 = 27.52%."""
    figures, claims, _ = drafted(
        "GOTHENBURG (Wire) - Nordhavn Cars delivered 176,312 cars in the third quarter, 4.1% fewer than the 183,840 of a "
        "year earlier.\nFully electric cars made up 27.5% of deliveries, up from 20.1% a year earlier, a gain of 7.5 "
        "percentage points, with 48,517 of them sold.", on=date(2025, 10, 3))
    (share,) = [c for c in claims_of(claims, "share") if c.stated == figure(figures, "27.5%").id]
    assert share.computed == f"share({figure(figures, '48,517').id}, {figure(figures, '176,312').id})"


def test_a_measure_per_each_of_what_the_article_counts_is_a_price_checked_as_an_average():
    """'Revenue per hectolitre rose to about 510 crowns' where the article counts hectolitres: 74.6 billion / 146.2
    million = 510.3 crowns a hectolitre."""
    figures, claims, _ = drafted(
        "COPENHAGEN (Wire) - Skagen Breweries sold 146.2 million hectolitres of beer in 2024 and revenue rose to 74.6 "
        "billion Danish crowns. Revenue per hectolitre rose to about 510 crowns.", on=date(2025, 2, 10))
    assert figure(figures, "510").unit == "DKK_per_hectolitre"
    (average,) = claims_of(claims, "total")
    assert average.computed == f"{figure(figures, '74.6').id} / {figure(figures, '146.2').id}"


def test_a_currency_named_in_words_is_no_entity():
    """'Converted at 30.5 New Taiwan dollars per US dollar, profit came to about US$315 million': the profit is the
    container line's, never 'New Taiwan''s."""
    figures, _, _ = drafted("Harbourlight Marine, Taiwan's third-largest container line, posted a 58% drop in "
                            "third-quarter net profit to NT$9.6 billion. Converted at 30.5 New Taiwan dollars per US "
                            "dollar, profit came to about US$315 million.", on=date(2025, 11, 13))
    assert figure(figures, "US$315").entity == "Harbourlight Marine"


def test_up_to_is_a_bound_unless_a_level_went_up_to_it():
    figures, _, _ = drafted(f"{DATELINE}The plan could cut up to 1,200 jobs. GDP growth was revised up to 0.3% in the "
                            "second quarter.", on=date(2025, 11, 20))
    assert (figure(figures, "1,200").qualifier, figure(figures, "0.3%").qualifier) == ("up to", "none")


def test_a_quarter_left_unsaid_after_a_quarter_is_one_of_the_same_kind():
    figures, _, _ = drafted(f"{DATELINE}The unemployment rate rose to 10.5% in the third quarter from 10.3% in the "
                            "second. Output fell in the fourth quarter of 2024 from the third.", on=date(2025, 11, 4))
    assert (figure(figures, "10.5%").period, figure(figures, "10.3%").period) == ("2025-Q3", "2025-Q2")


def test_a_shares_move_on_a_weekday_is_that_days_and_on_the_day_before():
    figures, claims, _ = drafted(f"{DATELINE}Shares in Kessler fell 3.8% on Tuesday to 41.20 euros. A year earlier they "
                                 "traded at 45.10 euros.", on=date(2025, 11, 19))
    assert figure(figures, "3.8%").period == "2025-11-18"
    # never checked against a year earlier's price (41.20 / 45.10 - 1 = -8.6%)
    assert not [c for c in claims_of(claims, "growth") if figure(figures, "45.10").id in c.computed]


def test_a_measures_code_is_no_thing_the_figures_are_about():
    figures, _, _ = drafted(f"{DATELINE}Kafue Basin Copper produced 118,600 tonnes of copper in the second quarter. C1 "
                            "cash costs rose 8.2% to $1.92 per lb.", on=date(2025, 7, 20))
    assert figure(figures, "1.92").entity == "Kafue Basin Copper"


def test_ridership_is_a_measure_of_the_mode_before_it():
    figures, _, _ = drafted(f"{DATELINE}Riverton's network carried 212.4 million journeys in 2024. Light rail ridership "
                            "jumped 17.4% to 61.3 million from 52.2 million.", on=date(2025, 5, 21))
    assert (figure(figures, "61.3").entity, figure(figures, "61.3").metric) == ("light rail", "ridership")


def test_a_day_a_change_will_take_effect_is_the_next_such_day():
    # dated in November, 'from Jan. 1' of a price that will rise is next January's first day, even after '£1,755'
    figures, _, _ = drafted(f"{DATELINE}The price cap will rise to £1,755 a year from Jan. 1, the regulator said.",
                            on=date(2025, 11, 21))
    assert figure(figures, "1,755").period == "2026-01-01"
    # ... and a day already past stays in its year
    figures, _, _ = drafted(f"{DATELINE}The price cap rose to £1,718 a year on Oct. 1, the regulator said.",
                            on=date(2025, 11, 21))
    assert figure(figures, "1,718").period == "2025-10-01"


def test_a_season_is_a_crop_or_marketing_year_and_its_end_month_no_period_of_its_own():
    figures, _, _ = drafted(
        f"{DATELINE}European Union soft wheat exports in the marketing year 2024/25, which ended in June, rose 5.0% to "
        "31.5 million tonnes from 30.0 million tonnes in 2023/24.", on=date(2025, 7, 10))
    assert [figure(figures, v).period for v in ("5.0%", "31.5", "30.0")] == \
        ["2024-07..2025-06", "2024-07..2025-06", "2023-07..2024-06"]
    # a drought's season is none; a budget's split year is its fiscal year; '2025/26' holds no number 26
    figures, _, _ = drafted(
        f"{DATELINE}India's sugar output is expected to reach 31.0 million tonnes in the 2025/26 marketing year that "
        "ends in September. The government's 2025/26 budget set aside 40.0 billion rupees for cane subsidies.",
        on=date(2025, 7, 10))
    assert figure(figures, "31.0").period == "2025-10..2026-09"
    assert figure(figures, "40.0").period == "FY2026"
    assert "26" not in [f.value for f in figures]
    figures, _, _ = drafted(f"{DATELINE}Brazil exported 43.87 million bags in the 2024/25 season after a drought which "
                            "ended in March.", on=date(2025, 7, 10))
    assert figure(figures, "43.87").period == "FY2025"


def test_a_change_over_a_half_is_the_halfs_and_index_points_need_an_index_level():
    figures, _, _ = drafted(f"{DATELINE}Ruritania's average house price was 312,400 crowns in the third quarter of "
                            "2025. Prices rose 4.2% over the first half of 2025.", on=date(2025, 10, 16))
    assert figure(figures, "4.2%").period == "2025-H1"
    figures, _, _ = drafted(f"{DATELINE}Annual inflation as measured by the consumer price index rose to 3.1% in May "
                            "from 2.7% in April, an increase of 0.4 points.", on=date(2025, 6, 10))
    assert figure(figures, "0.4").unit == "pp"  # 3.1 - 2.7 = 0.4 percentage points
    figures, _, _ = drafted(f"{DATELINE}In May, Airbus delivered 67 jets and Boeing 45 jets.", on=date(2025, 6, 10))
    assert figure(figures, "45").entity == "Boeing"


def test_the_blocs_biggest_is_ranked_only_in_an_article_about_the_bloc():
    # a world report names the European Union apart: 'the bloc's biggest' is among members it does not list
    text = (CORPUS_DEV / "world-steel-output-sep-2025" / "article.txt").read_text(encoding="utf-8")
    assert "Germany, the bloc's biggest steelmaker" in text
    _, claims = draft_article(text, date(2025, 10, 23))
    assert "Germany" not in {c.subject for c in claims_of(claims, "rank")}
    # nor beside a country that 'left the bloc' (300,000 > 250,000 would accuse Germany wrongly)
    _, claims, _ = drafted(f"{DATELINE}Germany, the bloc's biggest market, registered 250,000 new cars in May. France "
                           "registered 150,000 new cars in May and Italy 140,000. Britain, which left the bloc in "
                           "2020, registered 300,000 new cars in May.", on=date(2025, 6, 10))
    assert "Germany" not in {c.subject for c in claims_of(claims, "rank")}
    # an article about the bloc ranks the members it gives: 242,730 > 138,210 > 131,840
    figures, claims, _ = drafted(f"{DATELINE}New-car registrations in the European Union rose 2.1% to 902,450 cars in "
                                 "October 2025. Germany, the bloc's largest market, took 242,730 cars. It was followed "
                                 "by France with 138,210 cars and Italy with 131,840 cars.",
                                 headline="EU car registrations rise in October", on=date(2025, 11, 25))
    assert {c.subject: c.expect for c in claims_of(claims, "rank")}.get("Germany") == "1"


def test_a_verb_with_what_it_counts_names_the_product_in_the_measure():
    figures, claims, _ = drafted(
        f"{DATELINE}Brazil exported 43.87 million bags of coffee in 2024, down 8.1% from 47.74 million bags in 2023. "
        "Exports to the United States rose to 7.12 million bags. Shipments fell as tight supplies bit, and Brazil "
        "sold 48,517 of them to new buyers.", on=date(2025, 7, 10))
    assert [figure(figures, v).metric for v in ("43.87", "47.74", "8.1%")] == ["coffee exports"] * 3
    # 43.87 / 47.74 - 1 = -8.1%: the change still pairs its two levels
    (growth,) = [c for c in claims_of(claims, "growth") if c.stated == figure(figures, "8.1%").id]
    assert growth.computed == f"growth({figure(figures, '43.87').id}, {figure(figures, '47.74').id})"
    assert figure(figures, "48,517").metric != "them sales"


def test_the_whole_of_a_ratio_is_no_measure_of_its_percentage():
    figures, _, _ = drafted(f"{DATELINE}Northbridge Athletic's wage bill rose 5.5% to £341.2 million from £323.6 "
                            "million, equal to 66.6% of revenue, down from 68.6% a year earlier.", on=date(2025, 11, 20))
    # 66.6% is the wage bill against revenue, never a level of revenue
    assert figure(figures, "66.6%").metric != "revenue"


def test_the_fiscal_year_that_ends_in_a_month_is_the_next_one():
    figures, _, _ = drafted(f"{DATELINE}The city expects to spend $3.4 billion in the fiscal year that ends in March "
                            "and spent $3.1 billion in the fiscal year that ended in March.", on=date(2025, 10, 7))
    assert (figure(figures, "3.4").period, figure(figures, "3.1").period) == ("FY2026", "FY2025")


def test_a_past_forecast_or_a_plan_to_report_keeps_the_quarter_and_in_may_is_no_place():
    figures, _, _ = drafted(f"{DATELINE}Ruritania's retail sales rose 0.6% in September from August. Economists polled "
                            "by Reuters forecast a rise of 0.2% in September.", on=date(2025, 10, 15))
    assert figure(figures, "0.2%").period == "2025-09"
    figures, _, _ = drafted(f"{DATELINE}Lumora's revenue rose 10.2% to $4.87 billion in the third quarter, which the "
                            "company plans to report in detail next week.", on=date(2025, 10, 21))
    assert figure(figures, "4.87").period == "2025-Q3"
    # 'In May,' is a time: China's 60,000 and France's 30,000 rank with Germany's 40,000
    _, claims, _ = drafted(f"{DATELINE}Borvik Motors sold 176,312 cars in May. Germany, its second-largest market, took "
                           "40,000 cars in May. In May, China took 60,000 cars and France 30,000 cars.",
                           on=date(2025, 6, 10))
    # 60,000 > 40,000 > 30,000: Germany second among the three
    (germany,) = [c for c in claims_of(claims, "rank") if c.subject == "Germany"]
    assert germany.expect == "2" and ranked_labels(germany) == \
        {"Germany", "China", "France"}


def test_a_bare_whole_number_that_a_change_pairs_with_a_count_counts_the_same_thing():
    figures, claims, _ = drafted(f"{DATELINE}Hanul Airlines ended June with 162 aircraft, up from 155 a year earlier. "
                                 "The number of new listings rose to 42 from 31.", on=date(2025, 7, 20))
    assert [figure(figures, n).unit for n in ("162", "155", "42", "31")] == \
        ["aircraft", "aircraft", "listings", "listings"]
    # 162 - 155 = +7 and 42 - 31 = +11: both said to be rises
    signs = {tuple(c.computed.split("(")[1].rstrip(")").split(", ")): c.expect for c in claims_of(claims, "sign")}
    assert signs[(figure(figures, "162").id, figure(figures, "155").id)] == "positive"
    assert signs[(figure(figures, "42").id, figure(figures, "31").id)] == "positive"
    # no counted partner and no 'number of': a score or a code stays no figure, while an index's reading printed with
    # decimals is a level in the index's points (52.3 - 50.1 = +2.2: a rise)
    figures, claims, _ = drafted(f"{DATELINE}The purchasing managers' index rose to 52.3 from 50.1, and the team's rank "
                                 "rose to 4 from 9.", on=date(2025, 7, 20))
    assert not [f for f in figures if f.value in ("4", "9")]
    assert [figure(figures, n).unit for n in ("52.3", "50.1")] == ["points", "points"]
    assert [c.expect for c in claims_of(claims, "sign")] == ["positive"]
    figures, _, _ = drafted(f"{DATELINE}Germany's PMI climbed to 43.0 from 40.6, while Italy's fell to 46.9 from 48.3.",
                            on=date(2025, 11, 3))
    assert {(figure(figures, n).unit, figure(figures, n).metric) for n in ("43.0", "40.6")} == {("points", "pmi")}


@pytest.mark.parametrize("sentence, printed, entity", [
    # a period said as an adjective, the board, the shares: the company's own figures
    ("Harbourlight Marine's revenue rose 4% in the third quarter. Nine-month profit fell 41.2% to $31.2 billion.",
     "41.2%", "Harbourlight Marine"),
    ("Verhoef Group's sales rose 3% to €9.1 billion in 2024. The board proposed a dividend of €0.74 a share.",
     "0.74", "Verhoef Group"),
    ("Lumora's revenue rose 10.2% in the third quarter. Shares rose 6.2% to $412.30 in extended trading.",
     "412.30", "Lumora"),
    # what a measure is 'of' is the thing, a participle ends it, and a name after it is the name's
    ("Brazil exported 43.9 million bags of coffee in 2024. Shipments of robusta, known in Brazil as conilon, "
     "halved to 4.97 million bags from 9.86 million.", "4.97", "robusta"),
    ("Ardenne Biopharma's sales rose 9% in 2024. Sales of eczema treatment Immuvax slipped 3.1% to €1.48 billion.",
     "1.48", "Immuvax"),
    # pay is a measure, so the region its clause names is whose pay it is
    ("Average pay in Czechia rose 7.1% in 2024. Pay grew fastest in the Ústí region, up 8.4% to CZK 43,960.",
     "43,960", "Ústí region"),
])
def test_a_period_adjective_a_companys_organ_or_a_participle_is_never_the_entity(sentence, printed, entity):
    figures, _, _ = drafted(f"{DATELINE}{sentence}", on=date(2025, 10, 30))
    assert figure(figures, printed).entity == entity


def test_a_margin_is_its_profit_as_a_share_of_the_companys_revenue():
    figures, claims, _ = drafted(
        f"{DATELINE}Nordhavn Cars' revenue fell 6.3% to SEK 94.6 billion in the third quarter, and its dealers sold "
        "182,000 cars. Operating profit came to SEK 5.2 billion, giving an operating margin of 5.6%.",
        on=date(2025, 10, 23))
    # 5.2 / 94.6 = 5.50%: the margin's claim divides the profit by the revenue, never by the cars sold
    (margin,) = [c for c in claims_of(claims, "share") if c.stated == figure(figures, "5.6%").id]
    assert margin.computed == f"share({figure(figures, '5.2').id}, {figure(figures, '94.6').id})"
    # the EBITDA spelled out is the measure, and its margin is of EBITDA
    figures, claims, _ = drafted(
        f"{DATELINE}Kopano Telecom's revenue rose 6.8% to 18.64 billion rand in the second quarter. Earnings before "
        "interest, tax, depreciation and amortisation (EBITDA) rose 9.9% to 7.31 billion rand, and the EBITDA margin "
        "widened to 39.2%.", on=date(2025, 8, 20))
    ebitda = figure(figures, "7.31")
    assert (ebitda.entity, ebitda.metric) == ("Kopano Telecom", "ebitda")
    (margin,) = [c for c in claims_of(claims, "share") if c.stated == figure(figures, "39.2%").id]
    assert margin.computed == f"share({ebitda.id}, {figure(figures, '18.64').id})"


def test_an_adjusted_margin_is_never_checked_against_reported_profit():
    figures, claims, _ = drafted(
        f"{DATELINE}Verhoef Group's revenue rose 4% to €18.4 billion in 2024. Operating profit was €0.52 billion, and "
        "the adjusted operating margin was 3.8%.", on=date(2025, 3, 1))
    assert not [c for c in claims_of(claims, "share") if c.stated == figure(figures, "3.8%").id]


def test_a_scaled_amount_listed_after_money_is_money_and_n_times_as_much_is_a_multiple():
    figures, _, _ = drafted(f"{DATELINE}Norway exported 2.71 million tonnes of seafood worth 175.4 billion crowns in "
                            "2024. Cod earned 12.6 billion crowns, followed by mackerel at 9.8 billion. Sales to Poland "
                            "were three times those to France. The central bank raised rates three times in 2024.",
                            on=date(2025, 1, 6))
    assert figure(figures, "9.8").unit == figure(figures, "12.6").unit == "NOK_bn"
    assert figure(figures, "three times those").unit == "times"
    assert not [f for f in figures if f.quote.startswith("three times in")]


def test_a_name_that_ends_in_s_keeps_it_and_a_possessive_does_not():
    figures, _, _ = drafted(f"{DATELINE}Marlow's remained the largest grocer. Marlow's sales rose 5.9% to £9.10 billion "
                            "in the year, while Tesco's sales rose 3.1% to £8.2 billion, Tesco said.", on=date(2025, 10, 14))
    assert figure(figures, "9.10").entity == "Marlow's"
    assert figure(figures, "8.2").entity == "Tesco"


def test_a_rival_named_before_which_owns_its_number_and_the_short_name_is_no_thing():
    figures, claims, _ = drafted(
        "GOTHENBURG (Fixture Wire) – Nordhavn Cars delivered 176,312 cars in the third quarter, 4.1% fewer than the "
        "183,840 of a year earlier. Fully electric cars made up 27.5% of deliveries, up from 20.1% a year earlier, a gain "
        "of 7.5 percentage points. Nordhavn remains a fraction of the size of Chinese rival Zhenlong Auto, which "
        "delivered 412,300 cars in the quarter.", headline="Nordhavn Cars' third-quarter deliveries slip",
        on=date(2025, 10, 23))
    assert figure(figures, "412,300").entity == "Zhenlong Auto"
    # 176,312 < 183,840: the headline's 'slip' is checked, though the electric share rose 7.5 points
    (headline,) = [c for c in claims_of(claims, "sign") if c.quote.startswith("Nordhavn Cars' third-quarter")]
    assert (headline.computed, headline.expect) == \
        (f"change({figure(figures, '176,312').id}, {figure(figures, '183,840').id})", "negative")


def test_a_headlines_direction_is_of_its_own_measure_against_the_latest_earlier_level():
    _, claims, _ = drafted(
        "WASHINGTON (Fixture Wire) – The unemployment rate climbed to 4.4% in September from 4.3% in August. It was "
        "0.3 percentage point higher than a year earlier, when it stood at 4.1%.",
        headline="US jobless rate edges higher", on=date(2025, 10, 3))
    # 4.4% against August's 4.3%, the comparison a monthly release's headline makes
    (headline,) = [c for c in claims_of(claims, "sign") if c.quote == "US jobless rate edges higher"]
    assert "2025_08" in headline.computed and headline.expect == "positive"
    # 'exports slip' is about the exports, never their price, which rose
    _, claims, _ = drafted(
        "KYIV (Fixture Wire) – Ukraine's exports fell 6% to 15.7 million tonnes in 2024 from 16.7 million tonnes in 2023. "
        "The average export price rose 4% to $231 a tonne in 2024 from $222 a tonne in 2023.",
        headline="Ukraine's exports slip", on=date(2025, 7, 1))
    (headline,) = [c for c in claims_of(claims, "sign") if c.quote == "Ukraine's exports slip"]
    assert headline.expect == "negative" and "price" not in headline.computed


def test_a_sentence_opening_competitor_placed_in_a_list_is_a_name():
    figures, claims, _ = drafted(f"{DATELINE}Marlow's remained the largest grocer, with sales of £9.10 billion. It was "
                                 "followed by Greenacre with £4.76 billion. Kestrel was third with £3.95 billion.",
                                 on=date(2025, 10, 14))
    assert figure(figures, "3.95").entity == "Kestrel"
    # 9.10 > 4.76 > 3.95: Kestrel third of the three
    assert [c.expect for c in claims_of(claims, "rank") if c.subject == "Kestrel"] == ["3"]


def test_subscribers_in_a_quarter_are_those_at_its_end_and_those_added_are_the_quarters():
    figures, claims, _ = drafted(
        f"{DATELINE}Lumen Stream ended the third quarter with 118.4 million paid subscribers, up 9.1% from 108.5 "
        "million a year earlier. It added 3.6 million subscribers in the quarter. Loans to customers at its payments "
        "arm grew 4.2% to $38.4 billion in the third quarter.", on=date(2025, 10, 21))
    assert figure(figures, "118.4").period == "2025-09-30"
    assert figure(figures, "108.5").period == "2024-09-30"
    assert figure(figures, "9.1%").period == "2025-09-30"
    assert figure(figures, "3.6").period == "2025-Q3"  # a flow over the quarter, not a level on its last day
    assert figure(figures, "38.4").period == "2025-09-30"  # 'loans to customers' is counted in loans
    (growth,) = [c for c in claims_of(claims, "growth") if c.stated == figure(figures, "9.1%").id]
    assert growth.computed == f"growth({figure(figures, '118.4').id}, {figure(figures, '108.5').id})"


def test_a_lede_about_the_world_makes_the_world_the_articles_subject_whatever_region_the_headline_names():
    figures, _, _ = drafted(
        f"{DATELINE}Shipping lines worldwide carried 14.2 million containers in August, up 3.1% from a year earlier. "
        "Capacity rose 2.4%, and the average load factor edged up 0.5 percentage points to 81.5%.",
        headline="Global container volumes climb as Europe slips", on=date(2025, 10, 1))
    assert figure(figures, "14.2").entity == "world"
    assert figure(figures, "2.4%").entity == "world"  # no name in its sentence: the article's subject
    assert figure(figures, "81.5%").entity == "world"


def test_a_hyphenated_region_opening_a_sentence_is_a_name():
    figures, _, _ = drafted(
        f"{DATELINE}Airlines worldwide flew 842.6 billion passenger kilometres in August. Asia-Pacific airlines, the "
        "largest region, flew 282.3 billion passenger kilometres, 7.9% more than a year before. US-China flights "
        "carried 0.9 million passengers.", on=date(2025, 10, 1))
    assert figure(figures, "282.3").entity == "Asia-Pacific"
    assert figure(figures, "7.9%").entity == "Asia-Pacific"


def test_a_change_between_the_level_before_it_and_the_base_after_it_is_checked_on_those_two():
    # two costs of one measure and period: only the words around each change say which levels it compares
    figures, claims, _ = drafted(
        f"{DATELINE}Kafue Copper's C1 cash costs rose to $1.92 per lb in the second quarter. All-in sustaining costs "
        "were $2.61 per lb, up 5.6% from $2.48 per lb a year earlier. Prague's average wage was CZK 61,240 in the "
        "second quarter, up 5.8% from CZK 57,880.", on=date(2025, 8, 5))
    growths = {c.stated: c.computed for c in claims_of(claims, "growth")}
    assert growths[figure(figures, "5.6%").id] == \
        f"growth({figure(figures, '2.61').id}, {figure(figures, '2.48').id})"
    assert growths[figure(figures, "5.8%").id] == \
        f"growth({figure(figures, '61,240').id}, {figure(figures, '57,880').id})"


def test_a_change_on_another_basis_than_the_levels_around_it_is_not_checked_on_them():
    figures, claims, _ = drafted(
        f"{DATELINE}Verhoef's sales were €5.2 billion in the quarter, up 4.0% from €5.1 billion on a like-for-like "
        "basis.", on=date(2025, 8, 5))
    assert not [c for c in claims if c.stated == figure(figures, "4.0%").id and c.kind == "growth"]


def test_a_change_which_itself_follows_a_level_is_that_levels_change_in_its_period():
    figures, claims, _ = drafted(
        f"{DATELINE}Orsola Games' revenue rose 10% to 5.0 billion euros in 2024 from 4.55 billion euros a year earlier, "
        "which itself had been up 26% from 3.6 billion euros.", on=date(2025, 2, 13))
    earlier = figure(figures, "26%")
    assert earlier.period == "2023"  # the year of 4.55 billion, a year before 2024
    (growth,) = [c for c in claims_of(claims, "growth") if c.stated == earlier.id]
    # 4.55 / 3.6 - 1 = 26.4%, where 5.0 / 3.6 - 1 = 38.9% would contradict the stated 26%
    assert growth.computed == f"growth({figure(figures, '4.55').id}, {figure(figures, '3.6').id})"


def test_an_average_is_a_measures_statistic_and_a_rate_lends_no_entity_to_the_amount_after_it():
    figures, claims, _ = drafted(
        f"{DATELINE}Poland's power market cooled in 2024. The average day-ahead price fell 21.4% to 462.5 zlotys per "
        "megawatt-hour from 588.1 zlotys in 2023. Converted at 4.30 zlotys per euro, the price was €107.6.",
        on=date(2025, 2, 3))
    assert figure(figures, "462.5").entity == "Poland"  # not 'average day-ahead'
    assert figure(figures, "21.4%").entity == "Poland"
    assert figure(figures, "107.6").entity == "Poland"  # the amount after a rate is not the currency it prices


def test_a_number_after_from_takes_the_unit_the_level_it_changes_to_states():
    figures, claims, _ = drafted(f"{DATELINE}Ireland's population grew in 2025. The median age rose to 39.4 years from "
                                 "39.1.", on=date(2025, 9, 1))
    assert figure(figures, "39.1").unit == "years"
    (sign,) = claims_of(claims, "sign")  # 39.4 > 39.1: the rise the verb says
    assert sign.computed == f"change({figure(figures, '39.4').id}, {figure(figures, '39.1').id})"


def test_a_headlines_topic_names_what_the_articles_bare_measure_measures():
    figures, _, _ = drafted(
        f"{DATELINE}Ruritania's exports earned $27.8 billion in the year to May, up 14.1% from $24.4 billion. "
        "Butter exports rose 9% to $4.2 billion.", headline="Ruritania dairy export earnings jump as butter prices soar")
    assert figure(figures, "27.8").metric == "dairy exports"
    assert figure(figures, "24.4").metric == "dairy exports"
    assert figure(figures, "14.1%").metric == "dairy exports"


@pytest.mark.parametrize("headline", [
    "Ruritania's October exports surge, but oil imports widen the gap",  # a topic outside the main clause
    "Ruritania lifts imports as demand recovers",  # a verb before the measure, no topic
    "Ruritania's imports hit record levels",
])
def test_a_headline_word_that_is_no_topic_of_the_measure_leaves_it_bare(headline):
    figures, _, _ = drafted(f"{DATELINE}Ruritania's imports rose 12% to $5.6 billion in 2024 from $5.0 billion in 2023.",
                            headline=headline)
    assert figure(figures, "5.6").metric == "imports"


def test_a_share_of_group_sales_is_a_share_of_the_companys_revenue():
    figures, claims, _ = drafted(
        f"{DATELINE}Verhoef Group, the supermarket chain, said revenue climbed 4.1% to €18.42 billion in 2024 from "
        "€17.69 billion. The Netherlands, its home market, brought in €11.26 billion, or 61.2% of group sales, with "
        "like-for-like sales up 2.7%. Belgian sales rose 7.0% to €4.87 billion.", headline="Verhoef lifts profit",
        on=date(2025, 3, 5))
    (share,) = [c for c in claims_of(claims, "share") if c.stated == figure(figures, "61.2%").id]
    # 11.26 / 18.42 = 61.13%: the share of the group's revenue, which its sales in money are
    assert share.computed == f"share({figure(figures, '11.26').id}, {figure(figures, '18.42').id})"


@pytest.mark.parametrize("printed, sign", [("-0.3%", "-"), ("−0.3%", "−"), ("minus 0.3%", "minus"),
                                           ("negative 0.3%", "negative")])
def test_a_number_below_zero_is_checked_by_no_rule_nor_are_the_changes_beside_it(printed, sign):
    figures, claims, _ = drafted(f"{DATELINE}Ruritania's inflation was {printed} in March, down 0.5 percentage points "
                                 "from 0.2% in February. Core inflation held at 0.6%.")
    below, change = figure(figures, "0.3%"), figure(figures, "0.5 percentage")
    assert below.evidence["minus"] == sign and below.review.startswith("Below zero")
    assert below.quote.startswith(printed.partition("0.3")[0]) and below.value == "0.3"  # the sign shown, never stored
    # -0.3 - 0.2 = -0.5: right, but a table of magnitudes would check 0.3 - 0.2 = +0.1 against it
    by_stated = {c.stated: c for c in claims if c.stated}
    assert by_stated[below.id].kind == by_stated[change.id].kind == "unverifiable"
    assert not [c for c in claims if below.id in c.computed or change.id in c.computed]


@pytest.mark.parametrize("text", ["Sales rose 2 - 3% in May.", "LONDON (Wire) - 12 banks failed in 2024."])
def test_the_dash_of_a_range_or_a_dateline_is_no_minus_sign(text):
    figures, _, _ = drafted(text)
    assert not [f for f in figures if "minus" in f.evidence]


def test_a_change_above_an_earlier_quarters_level_runs_to_the_sentences_quarter():
    figures, claims, _ = drafted(
        f"{DATELINE}Veldmark's gross margin rose to 43.6% in the third quarter from 41.9% a year earlier, and stood 0.8 "
        "point above the second quarter's 42.8%.", on=date(2025, 10, 29))
    above = figure(figures, "0.8")
    assert above.period == "2025-Q3" and figure(figures, "42.8%").period == "2025-Q2"
    # 43.6 - 42.8 = 0.8, never 42.8 - 41.9 = 0.9
    (pp,) = [c for c in claims_of(claims, "percentage_points") if c.stated == above.id]
    assert pp.computed == f"pp({figure(figures, '43.6%').id}, {figure(figures, '42.8%').id})"


def test_a_forecasts_figures_after_a_change_above_the_latest_quarter_stay_the_forecasts():
    figures, _, _ = drafted(
        f"{DATELINE}Lumora's revenue rose to $4.87 billion in the third quarter. For the fourth quarter, Lumora forecast "
        "revenue of $5.05-5.15 billion, about 5% above the third quarter at the midpoint, and an operating margin of "
        "23.5%, 4.4 points below the latest quarter's.", on=date(2025, 10, 21))
    assert figure(figures, "23.5%").period == figure(figures, "4.4").period == "2025-Q4"


def test_a_headlines_topic_names_its_parts_but_never_a_larger_product_or_the_total():
    figures, _, _ = drafted(
        f"{DATELINE}Chile's exports rose 6.8% to $6.4 billion in 2024 from $5.99 billion in 2023. Copper, the largest "
        "export product, rose 8.1% to $50.9 billion, and total exports were up 1.7% at $100.2 billion. Cherries made up "
        "$2.6 billion.", headline="Chile's fruit exports rise on cherry boom")
    assert figure(figures, "6.4").metric == "fruit exports"
    assert figure(figures, "2.6").metric == "fruit exports"  # 2.6 <= 6.4: a part of them
    assert figure(figures, "50.9").metric == figure(figures, "100.2").metric == "exports"  # 50.9 > 6.4: no fruit


def test_a_country_moving_up_a_ranking_of_suppliers_is_one_of_them():
    figures, _, _ = drafted(
        f"{DATELINE}India imported 27.34 million tonnes of liquefied natural gas (LNG) in 2024. Qatar remained the "
        "biggest supplier with 11.26 million tonnes, up 5.1% from 10.71 million. Shipments from the UAE fell 7.6% to "
        "3.81 million tonnes from 4.12 million. Angola moved up to fourth place with 1.44 million tonnes.",
        on=date(2025, 2, 14))
    angola, qatar = figure(figures, "1.44"), figure(figures, "11.26")
    assert (angola.entity, angola.counterpart, angola.metric) == ("India", "Angola", qatar.metric)


def test_an_average_annual_rate_over_a_stated_number_of_years_is_never_checked_over_another():
    # undated, the article's year is read as 2021 from its latest year; the article says nine years (2015 to 2024):
    # (694 / 452) ** (1 / 9) - 1 = 4.9%, where six years would give 7.4%
    figures, claims, _ = drafted(
        f"{DATELINE}House prices rose in the three months to February. Christchurch prices jumped 6.4% to 694,000 "
        "dollars from 652,000 dollars. Over the past decade, Christchurch prices have risen from 452,000 dollars in "
        "2015, an average annual increase of 4.9% over nine years. Sales remain below the 92,300 of the year to February "
        "2021.", on=None)
    assert not [c for c in claims_of(claims, "cagr") if c.stated == figure(figures, "4.9%").id and "6" in c.computed]


def test_a_byline_names_the_writer_not_what_the_article_is_about():
    figures, _, _ = drafted("By Staff Reporter | 12 June 2025\nCity council on Tuesday approved a $1.86 billion budget. "
                            "The plan is 2.8 percent larger than the current year's $1.81 billion budget.",
                            headline="Council approves budget", on=date(2025, 6, 12))
    assert "Staff Reporter" not in {f.entity for f in figures}


def test_the_coming_fiscal_year_is_the_next_one_and_the_current_year_its_base():
    # dated June 2025 with no fiscal year named: the current one is FY2025 and the coming one FY2026
    figures, _, _ = drafted(f"{DATELINE}The council approved a $1.86 billion budget for the coming fiscal year. The plan "
                            "is 2.8 percent larger than the current year's $1.81 billion budget.", on=date(2025, 6, 12))
    assert figure(figures, "1.86").period == "FY2026"
    assert (figure(figures, "1.81").period, figure(figures, "1.81").earlier) == ("FY2025", True)
    assert figure(figures, "2.8").direction == "up"  # 'larger than': a change, no level


def test_an_amount_below_a_peak_is_a_gap_not_a_level():
    figures, _, _ = drafted(f"{DATELINE}The Fed's balance sheet shrank to $6.71 trillion this week. Total assets are now "
                            "$2.26 trillion below the peak of $8.97 trillion reached in 2022.", on=date(2025, 4, 4))
    assert figure(figures, "2.26").direction == "down"
    assert figure(figures, "8.97").direction == ""


def test_a_peak_dated_after_it_is_that_quarters_and_a_gap_between_regions_is_no_level():
    figures, claims, _ = drafted(
        f"{DATELINE}In the third quarter of 2025, London remained the most expensive region at £531,400, and prices there "
        "are still £20,000 below their peak of £551,470 in the second quarter of 2022. The South East was second at "
        "£389,700. The North East was the cheapest at £166,300, leaving a gap of £365,100 with the capital.",
        on=date(2025, 10, 1))
    peak = figure(figures, "551,470")
    assert (peak.period, peak.earlier) == ("2022-Q2", True)
    assert figure(figures, "365,100").direction == "up"  # a difference, never the North East's price
    # 531,400 > 389,700 > 166,300: London is first among the three regions priced
    (london,) = [c for c in claims_of(claims, "rank") if c.subject == "London"]
    assert london.expect == "1"
    assert sorted(ranked_labels(london)) == ["London", "North East", "South East"]


def test_a_unit_of_measure_is_no_measure_and_oil_per_day_is_oil():
    figures, _, _ = drafted(f"{DATELINE}Ruritania's electricity output fell to 158.4 TWh in 2024. Coal remained the "
                            "largest source, at 88.7 TWh, and onshore wind came second with 29.8 TWh.")
    assert figure(figures, "29.8").metric == figure(figures, "158.4").metric != "twh"
    figures, _, _ = drafted(f"{DATELINE}Ruritania produced an average of 3.36 million barrels of oil per day in 2024.")
    assert figure(figures, "3.36").metric == "oil output"


def test_key_figure_bullets_take_the_lists_year_and_a_bracketed_year_labels_the_comparative():
    figures, _, _ = drafted(
        f"{DATELINE}Harwell Foods said its annual profit fell.\n\nKey figures for 2024:\n\n- Revenue: £3.62bn (2023: £3.96bn)"
        "\n\n- Dividend per share: 18.4p (2023: 18.0p)\n", on=date(2025, 3, 12))
    revenue, before = figure(figures, "3.62"), figure(figures, "3.96")
    assert (revenue.entity, revenue.metric, revenue.period) == ("Harwell Foods", "revenue", "2024")
    assert (before.entity, before.metric, before.period) == ("Harwell Foods", "revenue", "2023")
    dividend = figure(figures, "18.4p")  # pence in an article in pounds: a figure of its own
    assert (dividend.unit, dividend.period, figure(figures, "18.0p").period) == ("pence", "2024", "2023")


def test_n_times_the_number_after_it_is_a_multiple_of_that_number():
    figures, claims, _ = drafted(f"{DATELINE}Tesla sold 169,300 cars in the quarter, more than five times the 32,100 "
                                 "sold by General Motors.", on=date(2025, 10, 3))
    (multiple,) = claims_of(claims, "multiple")
    # 169,300 / 32,100 = 5.27: more than five times
    assert multiple.computed == f"multiple({figure(figures, '169,300').id}, {figure(figures, '32,100').id})"


def test_emissions_in_megatonnes_are_drafted_as_emissions_at_their_scale():
    figures, _, _ = drafted(f"{DATELINE}Transport remained the largest emitting sector in 2023, at 112.5 MtCO2e, or 29% "
                            "of the total.", on=date(2025, 3, 27))
    emitted = figure(figures, "112.5")
    assert (emitted.metric, emitted.unit, emitted.value) == ("emissions", "tonnes-carbon-dioxide-equivalent_m", "112.5")
    assert figure(figures, "29%").metric == "share of emissions"


def test_a_name_then_its_place_in_the_list_then_its_number_is_that_names_number():
    figures, _, _ = drafted(f"{DATELINE}Steel output rose in September. Russia made 5.1 million tonnes and South Korea, in "
                            "sixth place, 4.9 million tonnes.", on=date(2025, 10, 23))
    assert (figure(figures, "5.1").entity, figure(figures, "4.9").entity) == ("Russia", "South Korea")


def test_trade_lanes_between_regions_are_ranked_with_the_other_lanes():
    _, claims, _ = drafted(
        f"{DATELINE}Harbour Line carried 1.42 million TEU in the third quarter. The transpacific was the busiest trade, "
        "with 468,000 TEU, followed by intra-Asia with 415,000 TEU. Asia-Europe, the third-largest trade, carried "
        "352,000 TEU, and the transatlantic, the smallest of the named lanes, 96,000 TEU.", on=date(2025, 11, 6))
    ranks = {c.subject: c.expect for c in claims_of(claims, "rank")}
    # 468,000 > 415,000 > 352,000 > 96,000: 'Asia-Europe' and 'intra-Asia' are lanes, not regions beside the others
    assert ranks == {"transpacific": "1", "intra-asia": "2", "Asia-Europe": "3", "transatlantic": "-1"}


def test_a_companys_region_that_may_hold_a_country_of_its_list_never_drafts_a_rank_the_list_denies():
    # Asia's 50,000 may include China's 30,000, so a list that says China is the largest is left to a person, never
    # drafted as a contradiction (a list that bears its ranks out is drafted: see the Borvik Motors example above)
    _, claims, _ = drafted(f"{DATELINE}Lumen Motors delivered 120,000 cars in the third quarter. Asia took 50,000 cars. "
                           "China, its largest market, took 30,000, while Europe took 25,000.", on=date(2025, 10, 2))
    assert not [c for c in claims_of(claims, "rank") if c.subject == "China"]


def test_people_named_by_a_noun_of_their_own_are_their_countrys_and_rank_with_the_other_nationalities():
    figures, claims, _ = drafted(
        "ZAGREB (Fixture Wire) – Hotels in Croatia recorded 3.9 million foreign guest nights over the summer. Germans "
        "remained the largest group of foreign guests with 781,400 nights. Americans came second with 524,300 nights, "
        "followed by Britons with 412,900 and Poles with 368,500.", headline="Croatian hotels fill up", on=date(2025, 9, 30))
    assert [figure(figures, n).entity for n in ("781,400", "524,300", "412,900", "368,500")] == \
        ["Germany", "United States", "United Kingdom", "Poland"]
    ranks = {c.subject: c.expect for c in claims_of(claims, "rank")}
    assert ranks == {"Germany": "1", "United States": "2", "United Kingdom": "3", "Poland": "4"}


def test_n_times_a_names_possessive_compares_with_that_names_figure_of_the_same_measure():
    figures, claims, _ = drafted(f"{DATELINE}China exported 5.86 million vehicles in 2024 and Japan 4.22 million. China's "
                                 "lead over Japan widened to 1.64 million vehicles from 0.49 million a year earlier; its "
                                 "exports were nearly 1.4 times Japan's.", on=date(2025, 1, 14))
    assert figure(figures, "1.64").metric == "lead"  # a difference between the two, never an amount of exports
    (multiple,) = claims_of(claims, "multiple")
    # 5.86 / 4.22 = 1.39: nearly 1.4 times
    assert multiple.computed == f"multiple({figure(figures, '5.86').id}, {figure(figures, '4.22').id})"


def test_a_rank_says_what_it_ranks_among_with_its_or_their():
    _, claims, _ = drafted("Consumer products, its largest division, grew 6% to 15.9 billion euros, while professional "
                           "products added 4.3% to 4.8 billion euros. Skincare remained its largest category at about 17 "
                           "billion euros.", headline="Celestine beauty sales rise", on=date(2025, 2, 7))
    ranks = [c for c in claims_of(claims, "rank") if c.subject == "consumer products"]
    # divisions only: 15.9 > 4.8, never the category of 17 billion
    assert [sorted(ranked_labels(c)) for c in ranks] == \
        [["consumer products", "professional products"]]


def test_a_paragraph_with_no_time_of_its_own_goes_on_with_the_marketing_year_before_it():
    figures, _, _ = drafted("KYIV (Fixture Wire) – Farmers harvested 21.0 million tonnes of barley this year. Exports in "
                            "the 2024/25 marketing year, which ended in June, fell 8% to 4.6 million tonnes.\n\n"
                            "China remained the largest buyer with 1.9 million tonnes.\n\n"
                            "Farmers expect a smaller crop in 2026.", headline="Barley exports slip", on=date(2025, 8, 14))
    assert figure(figures, "4.6").period == "2024-07..2025-06"
    assert figure(figures, "1.9").period == "2024-07..2025-06"  # the season the paragraph before reports, not 2025
    assert figure(figures, "21.0").period == "2025"


def test_an_n_year_average_is_the_mean_of_the_years_before_never_a_second_level_of_this_year():
    figures, claims, _ = drafted("KYIV (Fixture Wire) – Farmers harvested 23.6 million tonnes of wheat this year, 6.3% more "
                                 "than the 22.2 million tonnes of 2024, the ministry said, although the crop was still "
                                 "below the five-year average of 25.1 million tonnes.", headline="Wheat crop rebounds",
                                 on=date(2025, 9, 4))
    average = figure(figures, "25.1")
    assert (average.period, average.earlier) == ("2020..2024", True)
    # with the average out of 2025, the growth's two levels are the only ones: 23.6 / 22.2 - 1 = 6.3%
    (growth,) = claims_of(claims, "growth")
    assert growth.computed == f"growth({figure(figures, '23.6').id}, {figure(figures, '22.2').id})"


def test_a_headline_level_that_rounds_the_bodys_is_an_attribution_of_that_level_and_names_what_moved():
    figures, claims, _ = drafted(
        f"{DATELINE}Ruritania's population rose to 5,458,600 people in 2024 from 5,380,300 in 2023, the statistics "
        "office said.", headline="Ruritania's population climbs to 5.46 million")
    headline_level = figure(figures, "5.46 million")
    body = figure(figures, "5,458,600")
    # 5,458,600 printed to two decimals of a million is 5.46: the headline's number is the body's, with its labels
    assert (headline_level.entity, headline_level.metric, headline_level.period, headline_level.unit) == \
        (body.entity, body.metric, "2024", "people_m")
    (attribution,) = claims_of(claims, "attribution")
    assert (attribution.stated, attribution.computed) == (headline_level.id, body.id)
    assert attribution.quote == "Ruritania's population climbs to 5.46 million"
    # the body's 'rose to 5,458,600 people in 2024 from 5,380,300' is a direction of its own
    (rose,) = [c for c in claims_of(claims, "sign") if "rose to 5,458,600 people in 2024 from 5,380,300" in c.quote]
    assert (rose.computed, rose.expect) == (f"change({body.id}, {figure(figures, '5,380,300').id})", "positive")
    # ... and 'climbs' is about that level against the year before: 5,458,600 > 5,380,300
    (sign,) = [c for c in claims_of(claims, "sign") if "climbs" in c.quote]
    assert (sign.computed, sign.expect) == (f"change({body.id}, {figure(figures, '5,380,300').id})", "positive")


@pytest.mark.parametrize("headline", [
    "Ruritania's exports top $5 billion",  # a threshold passed: 'tops' is no rounding
    "Ruritania's exports near $5 billion",
    "Ruritania's exports reach nearly $5 billion",  # a hedge is a bound
    "Ruritania's trade reaches $7 billion",  # no body level rounds to it
])
def test_a_headline_level_that_is_a_bound_or_rounds_nothing_is_no_figure(headline):
    figures, claims, _ = drafted(f"{DATELINE}Ruritania's exports rose to $5.1 billion in 2024 from $4.6 billion in 2023.",
                                 headline=headline)
    assert [f for f in figures if f.sentence == 0] == []
    assert claims_of(claims, "attribution") == []


def test_a_headline_level_that_two_measures_round_to_is_left_to_a_person():
    # exports of $5.1 billion and imports of $4.9 billion both print as '$5 billion': which one, a person says
    figures, claims, _ = drafted(
        f"{DATELINE}Ruritania's exports rose to $5.1 billion in 2024, while its imports reached $4.9 billion.",
        headline="Ruritania's trade hits $5 billion")
    assert [f for f in figures if f.sentence == 0] == []
    assert claims_of(claims, "attribution") == []


def test_a_measure_in_a_place_is_the_places_and_an_apposition_may_open_with_an_adverb():
    figures, claims, _ = drafted(
        f"{DATELINE}Tavira Hotels sold 2.10 million room nights in October. Room nights in the Americas rose 8% to "
        "540,000 from 500,000, while Oceania, now the group's smallest region, slipped 5% to 190,000 from 200,000.",
        headline="Tavira Hotels fills more rooms", on=date(2025, 11, 12))
    # 'Room nights in the Americas' are the Americas' room nights, never an entity called 'room nights'
    assert {figure(figures, n).entity for n in ("8%", "540,000", "500,000")} == {"Americas"}
    # 'Oceania, now the group's smallest region, slipped 5%': the name the description follows
    assert {figure(figures, n).entity for n in ("5%", "190,000", "200,000")} == {"Oceania"}
    growths = {c.computed for c in claims_of(claims, "growth")}
    assert f"growth({figure(figures, '540,000').id}, {figure(figures, '500,000').id})" in growths
    assert f"growth({figure(figures, '190,000').id}, {figure(figures, '200,000').id})" in growths


def test_two_places_a_description_follows_are_one_entity_ranked_with_the_other_regions():
    figures, claims, _ = drafted(
        f"{DATELINE}By region, the United States and Canada, still its largest market, had 40.1 million subscribers, "
        "Latin America 20.3 million and Asia-Pacific 18.9 million.", headline="Streamer adds subscribers",
        on=date(2025, 10, 20))
    north_america = figure(figures, "40.1")
    assert north_america.entity == "United States and Canada"
    (largest,) = claims_of(claims, "rank")
    # 40.1 > 20.3 > 18.9: first of the three regions the sentence lists
    assert largest.expect == "1" and ranked_labels(largest) == {
        "United States and Canada", "Latin America", "Asia-Pacific"}


def test_a_thing_a_which_clause_describes_is_the_entity_of_its_number_but_an_amount_keeps_its_own():
    figures, _, _ = drafted(
        f"{DATELINE}Ruritania generated 150.0 TWh of electricity in 2024. Solar output rose 30% to 17.9 TWh, "
        "overtaking natural gas, which supplied 15.2 TWh. Borduria's trade deficit with Ruritania reached $58.2 "
        "billion, which widened 18% from $49.3 billion.", headline="Solar overtakes gas", on=date(2025, 2, 10))
    assert figure(figures, "17.9").entity == "solar"
    assert figure(figures, "15.2").entity == "natural gas"  # never solar's, the thing before the clause
    # '$58.2 billion, which widened 18%': the clause describes the amount, whose entity it keeps ('billion' is none)
    assert figure(figures, "18%").entity == figure(figures, "58.2").entity == "Borduria"


def test_a_thing_described_by_a_longer_phrase_owns_its_number_and_a_named_corridor_is_never_the_clauses_subject():
    figures, claims, text = drafted(
        f"{DATELINE}Hard coal remained the largest cargo group with 5.87 million tonnes. Liquid fuels and chemicals "
        "accounted for 2.18 million tonnes and metals and ores, the smallest of the named groups, for 1.35 million "
        "tonnes. Rail traffic to the seaports was led by the Gdańsk corridor, the busiest, with 1.74 million tonnes.",
        headline="Rail freight edges up", on=date(2025, 10, 20))
    assert figure(figures, "1.35").entity == "metals and ores"
    # 'the busiest' describes the Gdańsk corridor, no cargo group: no rank of 'rail traffic' among coal and ores
    # (1.74 is below coal's 5.87, so such a rank would accuse the article wrongly)
    assert [c.quote for c in claims_of(claims, "rank") if "busiest" in c.quote] == []


def test_a_headline_whose_measure_is_no_known_word_is_about_the_measure_its_lede_opens_with():
    body = ("{dateline}Companies raised HK$107.1 billion through listings in Hong Kong in the first half of the year, "
            "{comparison}")
    figures, claims, _ = drafted(
        body.format(dateline=DATELINE, comparison="up from HK$13.2 billion a year earlier."),
        headline="Hong Kong listing haul soars as giants flock to the city", on=date(2025, 7, 2))
    (sign,) = [c for c in claims_of(claims, "sign") if c.quote.startswith("Hong Kong listing haul soars")]
    # 107.1 > 13.2: 'soars' is about the lede's first level against the level of a year earlier
    assert (sign.computed, sign.expect) == (f"change({figure(figures, '107.1').id}, {figure(figures, '13.2').id})",
                                            "positive")
    # the lede's comparisons go both ways (down on the quarter, up on the year): which one is meant, a person says
    figures, claims, _ = drafted(
        f"{DATELINE}Companies raised HK$107.1 billion through listings in Hong Kong in the second quarter, down from "
        "HK$115.0 billion in the first quarter but up from HK$13.2 billion a year earlier.",
        headline="Hong Kong listing haul soars", on=date(2025, 7, 2))
    assert [c for c in claims_of(claims, "sign") if c.quote.startswith("Hong Kong listing haul")] == []


def test_a_headline_clause_naming_one_part_and_no_measure_is_about_that_parts_levels_when_they_agree():
    body = (f"{DATELINE}Tavira Hotels sold 2.10 million room nights in October, up 4.0% from 2.02 million a year "
            "earlier. Asia-Pacific room nights rose 14.4% to 326,000 from 285,000.")
    figures, claims, _ = drafted(body, headline="Tavira Hotels fills more rooms as Asia-Pacific booms",
                                 on=date(2025, 11, 13))
    (booms,) = [c for c in claims_of(claims, "sign") if c.quote == "Asia-Pacific booms"]
    # 326,000 > 285,000: the part the clause names, against a year earlier
    assert (booms.computed, booms.expect) == (f"change({figure(figures, '326,000').id}, {figure(figures, '285,000').id})",
                                              "positive")
    # where the part's figures fell, 'booms' more likely means something the figures do not give: no claim, no accusation
    figures, claims, _ = drafted(body.replace("rose 14.4% to 326,000 from 285,000", "fell 12.6% to 249,000 from 285,000"),
                                 headline="Tavira Hotels fills more rooms as Asia-Pacific booms", on=date(2025, 11, 13))
    assert [c for c in claims_of(claims, "sign") if c.quote == "Asia-Pacific booms"] == []


def test_the_biggest_buyers_of_a_bond_sale_make_purchases_and_of_a_countrys_goods_take_its_exports():
    figures, _, _ = drafted(
        f"{DATELINE}Calderwood sold $750 million of 10-year bonds on Tuesday. Pension funds were the biggest buyers, "
        "taking $465 million, or 62% of the bonds.", headline="Calderwood sells bonds", on=date(2025, 10, 15))
    assert figure(figures, "$465 million").metric == "purchases"  # no exports in an article about no trade
    figures, _, _ = drafted(
        f"{DATELINE}Brazil's exports rose to $337 billion in 2024. China remained the biggest buyer of Brazilian goods, "
        "taking $94.4 billion.", headline="Brazil's exports rise", on=date(2025, 1, 10))
    assert figure(figures, "$94.4 billion").metric == "exports"


def test_a_segment_a_description_follows_owns_its_amount_and_is_ranked_and_shared_as_a_part():
    figures, claims, _ = drafted(
        f"{DATELINE}Kaveri Infotech's revenue rose 7.4% to ₹24,860 crore in the quarter. Financial services, its largest "
        "vertical, brought in ₹8,120 crore, or 32.7% of revenue. Retail, the second-largest, earned ₹5,000 crore.",
        headline="Kaveri Infotech's revenue rises", on=date(2025, 10, 15))
    assert figure(figures, "8,120").entity == "financial services"
    assert figure(figures, "5,000").entity == "retail"  # a modifier alone before its description is the thing
    shares = {c.computed for c in claims_of(claims, "share")}
    assert f"share({figure(figures, '8,120').id}, {figure(figures, '24,860').id})" in shares  # 8,120 / 24,860 = 32.7%
    ranks = {(c.quote, c.expect) for c in claims_of(claims, "rank")}
    assert ("Retail, the second-largest", "2") in ranks


def test_a_clause_with_a_verb_is_no_description_of_the_words_before_it():
    figures, _, _ = drafted(
        f"{DATELINE}Saudi Arabia pumped 9.98 million bpd in October and held 2.02 million bpd of spare capacity, the survey "
        "estimated, against a maximum sustainable capacity of 12.0 million bpd.", headline="Oil output rises")
    assert figure(figures, "12.0").entity == "Saudi Arabia"


def test_a_change_from_a_named_base_pairs_with_its_entitys_one_level_given_before_in_the_paragraph():
    figures, claims, _ = drafted(
        f"{DATELINE}Venture investment in European start-ups fell to €14.6 billion in the third quarter. Britain remained "
        "the largest market with €4.3 billion, ahead of Germany with €2.9 billion. German funding fell 13% from €3.3 "
        "billion in the second quarter.", headline="European start-up funding slips", on=date(2025, 10, 9))
    # ('investment' there, 'funding' here: one measure named twice)
    growths = {c.stated: c.computed for c in claims_of(claims, "growth")}
    # 2.9 / 3.3 - 1 = -12.1%, which 13% reproduces within the rounding of €2.9 billion and €3.3 billion
    assert growths[figure(figures, "13%").id] == f"growth({figure(figures, '2.9').id}, {figure(figures, '3.3').id})"
    # with a second level of Germany's in euros for the quarter, which one fell is a person's call
    figures, claims, _ = drafted(
        f"{DATELINE}Venture investment in European start-ups fell to €14.6 billion in the third quarter. Britain remained "
        "the largest market with €4.3 billion, ahead of Germany with €2.9 billion. Germany's biotech firms also borrowed "
        "€1.1 billion. German funding fell 13% from €3.3 billion in the second quarter.",
        headline="European start-up funding slips",
        on=date(2025, 10, 9))
    assert figure(figures, "13%").id not in {c.stated for c in claims_of(claims, "growth")}


@pytest.mark.parametrize("words, base", [("more than eight times the HK$13.2 billion of a year earlier", "13.2"),
                                         ("nearly nine times the HK$12.1 billion raised a year earlier", "12.1")])
def test_a_hedged_multiple_of_an_amount_in_a_currency_with_letters_is_checked_against_that_amount(words, base):
    figures, claims, _ = drafted(
        f"{DATELINE}Companies raised HK$107.1 billion through listings in Hong Kong in the first half, {words}.",
        headline="Hong Kong listings surge", on=date(2025, 7, 2))
    (multiple,) = claims_of(claims, "multiple")
    # 107.1 / 13.2 = 8.1 ('more than eight'); 107.1 / 12.1 = 8.9 ('nearly nine')
    assert (multiple.stated, multiple.computed) == (
        figure(figures, "times").id, f"multiple({figure(figures, '107.1').id}, {figure(figures, base).id})")


def test_a_word_multiple_counting_occasions_is_no_figure():
    figures, _, _ = drafted(f"{DATELINE}The central bank has cut rates three times in the past year, to 3.5%.",
                            headline="Rates cut again")
    assert [f.quote for f in figures if f.kind == "times"] == []


def test_a_headline_levels_trailing_zeros_may_be_rounding_within_the_loose_cap():
    body = (f"{DATELINE}Bharat Union Bank's net profit rose 18.2% to ₹5,188 crore in the October-December quarter from "
            "₹4,389 crore a year earlier.")
    # '₹5,200 crore' read loosely is the nearest hundred crore, 5,150 to 5,250: it holds 5,188
    figures, claims, _ = drafted(body, headline="Bharat Union Bank profit rises to ₹5,200 crore", on=date(2025, 1, 24))
    (attribution,) = claims_of(claims, "attribution")
    assert attribution.computed == figure(figures, "5,188").id
    # '₹6,000 crore' is the nearest thousand at most, capped at 10% of 6,000: 5,500 to 6,500 holds no 5,188
    figures, claims, _ = drafted(body, headline="Bharat Union Bank profit rises to ₹6,000 crore", on=date(2025, 1, 24))
    assert claims_of(claims, "attribution") == []


def test_the_from_side_of_a_change_of_a_month_end_stock_over_the_quarter_is_the_quarter_before():
    figures, claims, _ = drafted(
        f"{DATELINE}Polish households owed 812.4 billion zlotys at the end of June. Mortgage debt rose 1.8% in the "
        "quarter to 548.6 billion zlotys from 538.9 billion.", headline="Polish household debt rises",
        on=date(2025, 9, 18))
    assert (figure(figures, "548.6").period, figure(figures, "538.9").period) == ("2025-06-30", "2025-03-31")
    # ... while a price's from-side, with no step named, stays the day before ('closed ... on Friday, from $10,622')
    figures, _, _ = drafted(f"{DATELINE}Copper closed at $10,845 a tonne on Friday, Oct. 31, from $10,622.",
                            headline="Copper climbs", on=date(2025, 11, 1))
    assert figure(figures, "10,622").period == "2025-10-30"


def test_a_bare_scaled_amount_is_in_the_money_its_paragraph_last_counted_in_at_that_scale():
    figures, _, _ = drafted(
        f"{DATELINE}The average household owed about 58,400 zlotys, based on 13.9 million households.\n"
        "Silesia was the most indebted region with 168.2 billion zlotys, followed by Lodz with 96.4 billion. Lesser "
        "Poland ranked third with 81.3 billion.", headline="Polish household debt rises", on=date(2025, 9, 18))
    assert figure(figures, "81.3").unit == "PLN_bn"  # never the article's 'households', counted in another paragraph
    # ... but a sentence that says what it counts keeps that count
    figures, _, _ = drafted(
        f"{DATELINE}Remittances reached $45.7 million in the period. The number of individual transfers dropped 6.4% to "
        "117.3 million.", headline="Remittances slip", on=date(2025, 10, 1))
    assert figure(figures, "117.3").unit == "transfers_m"


def test_a_change_in_points_after_up_or_down_from_compares_the_two_shares_before_it():
    figures, claims, _ = drafted(
        f"{DATELINE}The typical annual bill will be £1,755. Wholesale energy costs account for £742, or 42.3% of it, down "
        "from 45.1% in the previous quarter, a fall of 2.8 percentage points.", headline="Energy price cap to rise",
        on=date(2025, 11, 21))
    points = {c.stated: c.computed for c in claims_of(claims, "percentage_points")}
    # 42.3 - 45.1 = -2.8 points
    assert points[figure(figures, "2.8").id] == f"pp({figure(figures, '42.3').id}, {figure(figures, '45.1').id})"


def test_arrivals_from_a_country_are_that_source_markets_and_rank_with_the_others():
    figures, claims, _ = drafted(
        f"{DATELINE}Germany remained the biggest source market with 1.42 million visitors in the first half. Visitors "
        "from Poland jumped 14.2% to 523,000 from 458,000, while arrivals from Britain fell 4.6% to 391,000 from "
        "410,000.", headline="Croatia's arrivals rise", on=date(2025, 7, 10))
    assert {figure(figures, n).entity for n in ("4.6%", "391,000", "410,000")} == {"Britain"}
    (biggest,) = claims_of(claims, "rank")
    # 1.42 million > 523,000 > 391,000: Germany first of the three source markets
    assert biggest.expect == "1" and ranked_labels(biggest) == {
        "Germany", "Poland", "Britain"}


def test_an_amount_more_than_another_is_a_gap_never_a_second_level_of_its_entity():
    figures, claims, _ = drafted(
        f"{DATELINE}Saudi Arabia remained the group's largest producer at 9.98 million bpd, ahead of Iraq, the "
        "second-largest at 4.21 million. Iraq pumped 150,000 bpd more than its quota of 4.06 million bpd.",
        headline="OPEC output rises", on=date(2025, 11, 4))
    gap = figure(figures, "150,000")
    # a gap, so no second level of Iraq's output beside its 4.21 million to make a rank of producers ambiguous
    assert (gap.direction, gap.is_level) == ("up", False)
    assert figure(figures, "4.21").is_level
    # ... while 'more than' before a number is a hedge on it, no gap
    figures, _, _ = drafted(f"{DATELINE}Exports rose to more than 150,000 tonnes in 2024.", headline="Exports rise")
    assert (figure(figures, "150,000").qualifier, figure(figures, "150,000").direction) == ("more than", "")


def test_a_gap_between_a_level_and_the_one_named_after_than_is_checked_as_their_difference():
    text = (f"{DATELINE}Iraq, the second-largest producer, pumped 4.21 million bpd in October. Iraq pumped 150,000 bpd "
            "more than its quota of 4.06 million bpd.")
    figures, claims, _ = drafted(text, headline="OPEC output rises", on=date(2025, 11, 4))
    gaps = {c.stated: c.computed for c in claims_of(claims, "total")}
    # 4.21 million - 4.06 million = 150,000
    assert gaps[figure(figures, "150,000").id] == f"{figure(figures, '4.21').id} - {figure(figures, '4.06').id}"
    # two levels of Iraq's output for October: which one is meant, a person says
    figures, claims, _ = drafted(text.replace("in October.", "in October, and 4.19 million bpd on average over the "
                                                                "month in a second survey."),
                                 headline="OPEC output rises", on=date(2025, 11, 4))
    assert figure(figures, "150,000").id not in {c.stated for c in claims_of(claims, "total")}


def test_million_bpd_alone_in_its_sentence_is_a_count_of_barrels():
    figures, _, _ = drafted(f"{DATELINE}Iraq pumped 4.21 million bpd in October.", headline="OPEC output rises",
                            on=date(2025, 11, 4))
    assert (figure(figures, "4.21").unit, figure(figures, "4.21").entity) == ("barrels_m", "Iraq")


def test_a_headline_clause_naming_a_part_with_only_a_stated_change_is_about_that_change():
    body = (f"{DATELINE}Airlines worldwide flew 842.6 billion passenger kilometres in August, up 4.6% from 805.5 billion "
            "a year earlier. In North America, traffic fell 0.9% to 188.4 billion.")
    figures, claims, _ = drafted(body, headline="Global air travel climbs in August as North America slips",
                                 on=date(2025, 10, 1))
    (slips,) = [c for c in claims_of(claims, "sign") if c.quote == "North America slips"]
    assert (slips.computed, slips.expect) == (figure(figures, "0.9%").id, "negative")  # 'fell 0.9%'
    # a part whose one change went the other way: the clause means something the figures do not give, no claim
    figures, claims, _ = drafted(body.replace("fell 0.9%", "rose 0.9%"),
                                 headline="Global air travel climbs in August as North America slips",
                                 on=date(2025, 10, 1))
    assert [c for c in claims_of(claims, "sign") if c.quote == "North America slips"] == []


def test_the_unit_an_article_spells_out_is_no_entity_but_an_abbreviated_product_is():
    figures, _, _ = drafted(
        f"{DATELINE}Airlines worldwide flew 842.6 billion revenue passenger kilometres (RPKs) in August. North American "
        "airlines were the only ones to lose traffic, with RPKs down 0.9% to 188.4 billion. Tankers carrying liquefied "
        "petroleum gas (LPG) paid 310 million dollars in tolls, and LPG tolls rose 31%.",
        headline="Global air travel climbs", on=date(2025, 10, 1))
    assert figure(figures, "188.4").entity == "North America"  # never 'rpks', the unit every figure is counted in
    assert figure(figures, "31%").entity == "lpg tolls"  # LPG is a product the article abbreviates, no unit


def test_a_list_item_whose_verb_is_left_out_has_the_direction_of_the_change_before_it():
    figures, _, _ = drafted(f"{DATELINE}Middle East airlines rose 5.4%, and African carriers 5.6%. Inflation was 5.4%, and "
                            "core inflation 5.6%.", headline="Air travel climbs", on=date(2025, 10, 1))
    changes = [f for f in figures if f.quote.endswith("5.6%.") or "5.6%" in f.quote]
    assert [(f.direction, f.is_change) for f in changes] == [("up", True), ("", False)]  # a level after a level stays one


def test_the_rest_of_a_place_or_of_a_portfolio_is_its_own_entity():
    figures, _, _ = drafted(
        f"{DATELINE}Acme's net sales rose to ¥148.2 billion. North America was the biggest market, at ¥52.7 billion, "
        "followed by Japan (¥41.3 billion), Europe (¥33.9 billion) and the rest of Asia (¥20.3 billion). "
        "The rest of the portfolio contributed €3.12 billion.")
    # the complement of the parts named, never the last of them (Europe) nor the amount before it
    assert figure(figures, "20.3").entity == "rest of Asia"
    assert figure(figures, "3.12").entity == "rest of the portfolio"
    figures, _, _ = drafted(f"{DATELINE}Sales in Germany fell to €4.82 billion, while revenue in the rest of Europe grew "
                            "5.0% to €3.17 billion.")
    assert figure(figures, "3.17").entity == "rest of Europe"
    # ... and 'for the rest of the decade' is a time: the 2% stays Acme's
    figures, _, _ = drafted(f"{DATELINE}Acme expects sales growth to stay above 2% for the rest of the decade.")
    assert not figure(figures, "2%").entity.startswith("rest of")


def test_a_headline_over_a_level_that_moved_both_ways_speaks_of_the_comparison_its_lede_makes_first():
    # 118,600 against 113,200 a quarter earlier is up (+5,400); against 126,900 a year earlier it is down (-8,300)
    lede = ("Acme produced 118,600 tonnes of copper in the second quarter, up 4.8% from 113,200 tonnes in the first "
            "quarter but 6.5% less than the 126,900 tonnes of a year earlier.")
    figures, claims, _ = drafted(f"{DATELINE}{lede}", headline="Acme lifts second-quarter copper output",
                                 on=date(2025, 7, 20))
    (sign,) = claims_of(claims, "sign")
    assert (sign.computed, sign.expect) == (
        f"change({figure(figures, '118,600').id}, {figure(figures, '113,200').id})", "positive")
    # a headline that says the output fell disagrees with the lede's first comparison: which comparison it means,
    # the year-earlier one or a mistake, is a person's call, so nothing is drafted
    _, claims, _ = drafted(f"{DATELINE}{lede}", headline="Acme's second-quarter copper output falls",
                           on=date(2025, 7, 20))
    assert not claims_of(claims, "sign")


def test_bare_sales_in_an_article_that_counts_revenue_in_money_is_revenue():
    figures, _, _ = drafted(
        f"{DATELINE}Acme's revenue rose 6.1% to €4.52 billion in the third quarter. Automotive sales grew 14.7% to "
        "€2.03 billion, while like-for-like sales rose 2.7%.", on=date(2025, 10, 30))
    assert figure(figures, "€2.03 billion").metric == "revenue"
    assert figure(figures, "2.7%").metric != "revenue"  # a measure of its own keeps its name
    # ... but where sales are counted in things, they are another measure than the money revenue
    figures, _, _ = drafted(
        f"{DATELINE}Meridia's revenue rose 6.1% to €4.52 billion in October. Its sales rose to 2.46 million room "
        "nights, and sales in Europe were €1.91 billion.", on=date(2025, 11, 12))
    assert figure(figures, "€1.91 billion").metric != "revenue"


def test_an_article_that_names_no_one_its_figures_are_about_is_about_the_country_of_its_dateline():
    figures, _, _ = drafted(
        "LISBON, Nov 20 (Fixture Wire) – Finance Minister Helena Cordeiro told parliament on Wednesday that the jobless "
        "rate had dropped. The National Statistics Institute (INE) counted 269,000 unemployed people in the third quarter, and the "
        "jobless rate fell to 5.2% from 8.1%.", on=date(2025, 11, 20))
    assert figure(figures, "269,000").entity == "Portugal"  # Lisbon is in Portugal (GeoNames)
    # ... a city written without its accent or only by the start of its name is found too
    figures, _, _ = drafted("ZURICH (Fixture Wire) – The jobless rate fell to 2.8% in October from 2.9%.",
                            on=date(2025, 11, 7))
    assert figure(figures, "2.8%").entity == "Switzerland"
    # ... but a country the article names is what it is about, wherever it was filed
    figures, _, _ = drafted("LONDON (Fixture Wire) – Ruritania's jobless rate fell to 5.2% in October from 5.4%.",
                            on=date(2025, 11, 7))
    assert figure(figures, "5.2%").entity == "Ruritania"


def test_an_amount_earned_in_a_place_named_after_it_is_that_places():
    figures, claims, _ = drafted(
        "SYDNEY (Fixture Wire) – Harbourline Retail's revenue in Australia was A$4.02 billion in the September quarter, "
        "while the A$1.12 billion generated in New Zealand was up 9.8% from A$1.02 billion a year earlier.",
        on=date(2024, 10, 24))
    assert figure(figures, "A$1.12 billion").entity == "New Zealand"
    assert figure(figures, "A$4.02 billion").entity == "Australia"
    # ... so New Zealand's growth is checked on New Zealand's levels: 1.12 / 1.02 = +9.8%
    (growth,) = claims_of(claims, "growth")
    assert growth.computed == f"growth({figure(figures, 'A$1.12 billion').id}, {figure(figures, 'A$1.02 billion').id})"


def test_a_country_named_before_the_measure_it_has_is_that_figures_entity():
    figures, claims, _ = drafted(
        "TOKYO (Fixture Wire) – Japan's unemployment rate of 2.6% in May was less than half the euro zone's 6.4% and "
        "well below the U.S. rate of 4.0%.", on=date(2024, 6, 28))
    assert figure(figures, "4.0%").entity == "United States"  # never the euro zone named earlier in the sentence
    # 'well below': 2.6 - 4.0 = -1.4 points, Japan's rate against the United States'
    (below,) = [c for c in claims_of(claims, "sign") if "U.S." in c.quote]
    assert (below.computed, below.expect) == (f"{figure(figures, '2.6%').id} - {figure(figures, '4.0%').id}", "negative")


def test_a_forecast_in_a_relative_clause_after_a_date_does_not_move_the_date_ahead():
    # dated 14 August 2024: the minimum wage rose from the latest July 1, whatever the figures 'will show' later
    figures, _, _ = drafted(
        "SYDNEY (Fixture Wire) – The minimum wage rose 3.75% from July 1 to $24.10 an hour, from $23.23, which will "
        "show up in the September quarter figures.", on=date(2024, 8, 14))
    assert figure(figures, "$24.10").period == "2024-07-01"
    # ... while a date the clause itself looks ahead to is the next one
    figures, _, _ = drafted("SYDNEY (Fixture Wire) – The minimum wage will rise to $24.95 an hour from July 1.",
                            on=date(2024, 8, 14))
    assert figure(figures, "$24.95").period == "2025-07-01"


def test_a_rate_of_growth_given_as_a_level_is_a_measure_of_growth():
    figures, claims, _ = drafted(
        f"{DATELINE}Ruritania's annual wage growth eased to 4.1% in the second quarter from 4.2% in the first. "
        "Export growth of 5% was the strongest in years.", on=date(2025, 8, 14))
    assert figure(figures, "4.1%").metric == figure(figures, "4.2%").metric == "wage growth"  # never the wage itself
    assert figure(figures, "5%").metric == "exports"  # 'growth of 5%' is a change of the exports
    (eased,) = claims_of(claims, "sign")  # 4.1 - 4.2 = -0.1 points: 'eased'
    assert (eased.computed, eased.expect) == (f"pp({figure(figures, '4.1%').id}, {figure(figures, '4.2%').id})", "negative")


def test_a_list_that_names_no_measure_takes_the_main_measure_its_parts_add_up_to():
    lede = (f"{DATELINE}Net sales at Kitsune Interactive rose 21% to ¥148.2 billion in the six months to September, "
            "and net profit rose 29.5% to ¥22.4 billion. ")
    figures, _, _ = drafted(
        lede + "North America was the biggest market, at ¥52.7 billion, followed by Japan (¥41.3 billion), Europe "
        "(¥33.9 billion) and the rest of Asia (¥20.3 billion).", headline="Kitsune Interactive's profit jumps",
        on=date(2025, 11, 10))
    # 52.7 + 41.3 + 33.9 + 20.3 = 148.2: the net sales, never the net profit named just before
    assert {figure(figures, v).metric for v in ("52.7", "41.3", "33.9", "20.3")} == {"net sales"}
    # parts that add up to no total of the main entity keep the measure they were read with
    figures, _, _ = drafted(
        lede + "North America was the biggest market, at ¥52.7 billion, followed by Japan (¥41.3 billion) and Europe "
        "(¥30.1 billion) and the rest of Asia (¥12.0 billion).", headline="Kitsune Interactive's profit jumps",
        on=date(2025, 11, 10))
    assert figure(figures, "52.7").metric == figure(figures, "¥22.4 billion").metric


def test_a_headline_word_for_its_measure_the_body_never_uses_is_read_as_the_ledes_measure():
    body = (f"{DATELINE}Venture capital investment in European start-ups fell 6.8% in the third quarter to €14.6 billion "
            "from €15.7 billion in the previous three months.")
    # 'start-up' is one word, no 'up'; 'funding' is a word the body never uses: the lede's 14.6 against 15.7
    figures, claims, _ = drafted(body, headline="European start-up funding slips in third quarter", on=date(2025, 10, 8))
    (sign,) = claims_of(claims, "sign")
    assert (sign.computed, sign.expect) == (f"change({figure(figures, '€14.6').id}, {figure(figures, '€15.7').id})",
                                            "negative")
    # ... but a line of profit is no other measure than itself: never the lede's investment
    _, claims, _ = drafted(body, headline="European start-up profit slips", on=date(2025, 10, 8))
    assert not claims_of(claims, "sign")


def test_a_second_comparison_after_and_compares_the_level_the_first_one_compares():
    figures, claims, _ = drafted(
        "BANGKOK (Fixture Wire) – Arrivals reached 35.5 million in 2024, up from 28.1 million in 2023 and more than "
        "double the 15.2 million recorded in 2022.", on=date(2025, 8, 20))
    double = figure(figures, "double")
    assert double.qualifier == "more than"  # a hedge: 'in 2023 and more than' compares nothing by itself
    (multiple,) = claims_of(claims, "multiple")  # 35.5 / 15.2 = 2.34, more than double
    assert multiple.computed == f"multiple({figure(figures, '35.5').id}, {figure(figures, '15.2').id})"


def test_a_headline_about_a_flow_to_a_partner_is_checked_on_that_flow():
    figures, claims, _ = drafted(
        "NEW DELHI (Fixture Wire) – India's exports to the United States fell to $6.9 billion in August from $7.9 billion "
        "a year earlier. Total exports rose to $35.1 billion from $32.9 billion.", headline="India's exports to US slump",
        on=date(2025, 9, 15))
    (headline,) = [c for c in claims_of(claims, "sign") if c.quote == "India's exports to US slump"]
    assert (headline.computed, headline.expect) == (
        f"change({figure(figures, '$6.9').id}, {figure(figures, '$7.9').id})", "negative")


def test_a_nationality_that_says_what_a_company_is_names_no_country_the_figures_are_about():
    figures, _, _ = drafted(
        "MUNICH (Fixture Wire) – German drive-systems maker Halvorsen AG said on Thursday its revenue rose to €12.94 "
        "billion in 2024. Sales in Germany fell to €4.82 billion. Operating profit fell to €1.07 billion.",
        on=date(2025, 3, 13))
    assert figure(figures, "€1.07").entity == "Halvorsen"
    assert figure(figures, "€4.82").entity == "Germany"
    figures, _, _ = drafted(
        "PARIS (Fixture Wire) – French carmaker Varenne Automobiles said on Thursday its revenue rose to €48.6 billion in "
        "2024. Sales in France fell to €14.2 billion in 2024. Operating profit fell to €3.1 billion.", on=date(2025, 2, 20))
    assert figure(figures, "€3.1").entity == "Varenne Automobiles"  # a trade in one word ('carmaker') says it too


def test_economic_growth_is_gdp_and_a_level_in_a_clause_of_its_own_is_no_level_of_the_change():
    figures, claims, _ = drafted(
        "OTTAWA (Fixture Wire) – Canada's federal revenue will rise 4.6% to C$512.4 billion. The ministry also forecast "
        "economic growth of just under 1.5% in 2026, and said it had set aside C$5.0 billion as a contingency reserve.",
        on=date(2025, 11, 5))
    assert figure(figures, "1.5%").metric == "gdp"  # never the federal revenue of the sentence before
    # the reserve is set aside in a clause of its own: no level the 1.5% growth ends at
    assert not [c for c in claims if c.kind == "unanchored_growth" and figure(figures, "1.5%").id in c.computed]


def test_earnings_per_share_on_a_number_of_shares_is_the_net_profit_over_them():
    figures, claims, _ = drafted(
        f"{DATELINE}Lemanis's net profit rose 12.0% to CHF 1.21 billion in the first half from CHF 1.08 billion, while "
        "its operating profit reached CHF 1.49 billion. Earnings per share came to CHF 25.30 on 48.0 million shares.",
        headline="Lemanis lifts profit", on=date(2025, 8, 1))
    eps = figure(figures, "25.30")
    assert (eps.metric, eps.unit) == ("earnings per share", "CHF_per_share")
    # 1.21 billion / 48.0 million = CHF 25.21 a share: the net profit, never the operating profit (CHF 31.04)
    (per_share,) = [c for c in claims_of(claims, "total") if c.stated == eps.id]
    assert per_share.computed == f"{figure(figures, 'CHF 1.21').id} / {figure(figures, '48.0').id}"


def test_the_next_thing_of_a_list_whose_verb_is_left_out_is_its_own_entity():
    figures, _, _ = drafted(
        f"{DATELINE}In all, Acme sold 14.8 million units in the half, with new titles accounting for 8.1 million and its "
        "back catalogue for 6.9 million. Coal supplied 41% of power and natural gas 22%.", on=date(2025, 11, 10))
    assert figure(figures, "6.9").entity == "back catalogue"
    assert figure(figures, "22%").entity == "natural gas"
    # ... never a verb that goes on with the same thing: 'rose 2.3% to $138.9 billion and accounted for 91.1%'
    figures, _, _ = drafted(f"{DATELINE}Foreign currency assets rose 2.3% to $138.9 billion and accounted for 91.1% of "
                            "the total.", on=date(2025, 11, 10))
    assert figure(figures, "91.1%").entity == figure(figures, "$138.9").entity


def test_a_share_price_that_lost_or_payrolls_that_shed_jobs_moved_down():
    figures, _, _ = drafted(f"{DATELINE}Acme shares lost 5.7% to 310 pence on Tuesday. US payrolls shed 25,000 jobs in "
                            "June.", on=date(2025, 7, 8))
    assert (figure(figures, "5.7%").direction, figure(figures, "25,000").direction) == ("down", "down")


def test_the_from_side_of_a_level_is_that_levels_entity_whatever_its_unit_words():
    figures, claims, _ = drafted(
        "MEXICO CITY (Fixture Wire) – Aeromex's traffic rose 9.0% to 5.45 billion passenger kilometres from 5.0 billion, "
        "while capacity rose 11.7% to 6.49 billion available seat kilometres from 5.81 billion.", on=date(2025, 8, 5))
    assert figure(figures, "5.81").entity == figure(figures, "6.49").entity  # never 'seat kilometres'
    # each change is checked on its own levels: 6.49 / 5.81 = +11.7%
    capacity = [c for c in claims_of(claims, "growth") if c.stated == figure(figures, "11.7%").id]
    assert [c.computed for c in capacity] == [f"growth({figure(figures, '6.49').id}, {figure(figures, '5.81').id})"]


def test_a_multiple_is_labelled_with_the_one_it_compares_against_and_its_review_note_says_so():
    figures, claims, _ = drafted(
        "JAKARTA (Fixture Wire) – Vietnam's exports rose to $40.2 billion in May, about 1.7 times Indonesia's. "
        "Indonesia's exports were $23.6 billion in May.", on=date(2025, 6, 10))
    times = figure(figures, "1.7")
    assert (times.entity, times.counterpart) == ("Vietnam", "Indonesia")
    assert "counterpart 'Indonesia'" in times.review  # the note a person checks says the label the table holds
    (multiple,) = claims_of(claims, "multiple")  # 40.2 / 23.6 = 1.70
    assert multiple.computed == f"multiple({figure(figures, '$40.2').id}, {figure(figures, '$23.6').id})"


def test_the_next_partner_of_a_list_of_flows_whose_verb_is_left_out_is_that_flows_counterpart():
    figures, _, _ = drafted(
        "HANOI (Fixture Wire) – Vietnam's exports rose 12% to $200 billion in 2024. Exports to the United States "
        "accounted for 30% of the total and China for 17%. Shipments to Japan rose 5% to $24 billion and those to South "
        "Korea 3% to $26 billion.", on=date(2025, 1, 10))
    china = figure(figures, "17%")
    assert (china.entity, china.counterpart, china.share) == ("Vietnam", "China", True)  # a share, as the 30% is
    korea = figure(figures, "3%")
    assert (korea.entity, korea.counterpart, korea.direction) == ("Vietnam", "South Korea", "up")


def test_a_rivals_or_a_units_figure_named_by_its_possessive_is_theirs():
    figures, _, _ = drafted(
        f"{DATELINE}Falkon Motors said first-quarter revenue rose to 38.2 billion euros from 36.9 billion euros. Its main "
        "rival's sales fell to 33.1 billion euros from 34.0 billion euros, while its leasing unit's profit rose to 1.2 "
        "billion euros.", on=date(2024, 4, 24))
    assert figure(figures, "33.1").entity == "main rival"
    assert figure(figures, "1.2 billion").entity == "leasing unit"
    assert figure(figures, "38.2").entity == "Falkon Motors"


def test_its_share_after_a_sentence_about_a_part_is_that_parts_share_of_the_whole():
    figures, claims, _ = drafted(
        "OSLO (Fixture Wire) – Norway exported seafood worth 175.4 billion crowns in 2024. Salmon remained the biggest "
        "earner, with exports up 4.8% to 122.3 billion crowns. Its share of the total rose to 69.7% from 68.5%, although at "
        "1.21 million tonnes it made up less than 45% of the 2.71 million tonnes shipped.", on=date(2025, 1, 6))
    share = figure(figures, "69.7%")
    assert (share.entity, share.share) == ("salmon", True)
    assert figure(figures, "68.5%").share  # the same share a year before, after 'from'
    assert figure(figures, "1.21").entity == "salmon"
    assert "share" not in figure(figures, "1.21").metric  # tonnes, never the share's measure
    # 122.3 / 175.4 = 69.7%: the part said last before 'Its share', of the whole in its money
    shares = {c.stated: c.computed for c in claims_of(claims, "share")}
    assert shares[share.id] == f"share({figure(figures, '122.3').id}, {figure(figures, '175.4').id})"


def test_a_share_of_a_market_rising_to_a_level_is_a_level_that_ranks_with_the_others():
    figures, claims, _ = drafted(
        f"{DATELINE}Verhoef's share of the grocery market rose to 21.4% from 20.8% a year earlier, making it the "
        "second-largest grocer behind Zuiderhof at 33.9% and ahead of Bonte at 14.6%.", on=date(2025, 3, 1))
    assert not figure(figures, "21.4%").share  # no whole the article gives: a level, as a market share is
    (rank,) = claims_of(claims, "rank")
    assert ranked_labels(rank) == {"Verhoef", "Zuiderhof", "Bonte"}


def test_a_degree_adverb_opening_a_things_name_is_part_of_it():
    figures, _, _ = drafted(f"{DATELINE}Fully electric cars made up 27.5% of deliveries in the quarter.",
                            on=date(2025, 10, 2))
    assert figure(figures, "27.5%").entity == "fully electric cars"


def test_the_verb_moves_a_figure_and_a_forecast_beaten_by_less_of_what_is_unwanted_is_lower():
    # 'raised' governs, 'contraction' names the measure: 0.4% is above 0.2%
    _, claims, _ = drafted(f"{DATELINE}The central bank raised its forecast of economic contraction to 0.4% from 0.2% for "
                           "this year.", on=date(2025, 11, 20))
    assert [c.expect for c in claims_of(claims, "sign")] == ["positive"]
    # an unemployment rate that beat its forecast came in below it (4.1 < 4.3)
    _, claims, _ = drafted(f"{DATELINE}The unemployment rate fell to 4.1% in October, beating forecasts of 4.3%.",
                           on=date(2025, 11, 20))
    assert [c.expect for c in claims_of(claims, "sign")] == ["negative"]
    # a rate that missed its target may be on either side of it: no direction to check
    _, claims, _ = drafted(f"{DATELINE}Annual inflation of 3.1% in October missed the central bank's 2% target.",
                           on=date(2025, 11, 20))
    assert claims_of(claims, "sign") == []


def test_a_name_the_headline_shortens_is_written_in_full_as_the_body_first_gives_it():
    figures, _, _ = drafted(
        "EINDHOVEN (Fixture Wire) – The Dutch chipmaker Veldmark Semiconductors reported revenue of €4.86 billion for the "
        "third quarter. For the fourth quarter, Veldmark forecast revenue of €5.0 billion.",
        headline="Veldmark revenue rises", on=date(2025, 10, 29))
    assert {figure(figures, "4.86").entity, figure(figures, "5.0").entity} == {"Veldmark Semiconductors"}


def test_an_average_per_unit_divides_the_main_entitys_one_count_of_its_period_said_earlier():
    # 330.0 / 150.0 = $2.20 a journey: the journeys are two sentences back, and the only count of the operator's year
    text = ("Harbourside Transit carried 150.0 million journeys in 2024, up 4.0% from 144.2 million. Buses carried 90.1 "
            "million of them. Trams carried 59.9 million.\nFare revenue rose to $330.0 million, an average of $2.20 per "
            "journey.")
    figures, claims, _ = drafted(f"{DATELINE}{text}", on=date(2025, 3, 1))
    average = figure(figures, "2.20")
    (claim,) = [c for c in claims_of(claims, "total") if c.stated == average.id]
    assert claim.computed == f"{figure(figures, '330.0').id} / {figure(figures, '150.0').id}"


def test_an_average_per_unit_with_two_counts_it_may_divide_is_left_to_a_person():
    # the operator's journeys of 2024 are given twice, by two counts: which one the average divides, a person says
    text = ("Harbourside Transit carried 150.0 million journeys in 2024. Harbourside Transit also carried 12.0 million "
            "journeys on night services in 2024.\nFare revenue rose to $330.0 million, an average of $2.20 per journey.")
    figures, claims, _ = drafted(f"{DATELINE}{text}", on=date(2025, 3, 1))
    assert [c for c in claims_of(claims, "total") if c.stated == figure(figures, "2.20").id] == []


def test_a_things_share_is_of_the_amount_just_before_that_its_measure_names():
    # 1,500.0 / 2,000.0 = 75.0%: the mortgage debt is the country's, the share is the mortgages'
    figures, claims, _ = drafted(
        f"{DATELINE}Czech household debt reached 2,000.0 billion crowns at the end of June. Mortgage debt rose 2.0% to "
        "1,500.0 billion crowns. Mortgages made up 75.0% of all household debt.", on=date(2025, 9, 1))
    share = figure(figures, "75.0%")
    (claim,) = [c for c in claims_of(claims, "share") if c.stated == share.id]
    assert claim.computed == f"share({figure(figures, '1,500.0').id}, {figure(figures, '2,000.0').id})"


def test_the_city_as_a_subject_is_the_city_the_article_is_about():
    figures, _, _ = drafted(
        f"{DATELINE}Ashford sold $750 million of bonds on Tuesday. The city sold $450 million of 10-year bonds at a "
        "yield of 3.62%.", headline="Ashford sells $750 million of bonds", on=date(2025, 10, 16))
    assert figure(figures, "450").entity == figure(figures, "sold $750").entity == "Ashford"


def test_toll_revenue_is_a_measure_of_the_one_who_collects_it_and_what_a_headline_says_jumped():
    # 280.0 / 250.0 = +12.0%: the tolls are the authority's revenue, a part of its 412.0 total
    figures, claims, _ = drafted(
        f"{DATELINE}The Harwich Bridge Authority earned total revenue of $412.0 million in 2024. Toll revenue rose 12.0% "
        "to $280.0 million from $250.0 million.", headline="Harwich Bridge toll revenue jumps", on=date(2025, 2, 1))
    tolls, total = figure(figures, "280.0"), figure(figures, "412.0")
    assert (tolls.entity, tolls.metric) == (total.entity, "toll revenue")
    assert total.metric == "revenue"
    assert headline_signs(claims, "jumps") == [
        (f"change({tolls.id}, {figure(figures, '250.0').id})", "positive")]


def test_the_word_right_before_a_move_and_the_way_a_cause_sends_it_give_its_direction():
    _, claims, _ = drafted(f"{DATELINE}Net profit rose 8%, with operating costs falling to $2.7 billion from $2.9 billion.",
                           on=date(2025, 11, 20))
    assert [c.expect for c in claims_of(claims, "sign")] == ["negative"]
    _, claims, _ = drafted(f"{DATELINE}Imports surged, pushing the trade surplus down to $1.2 billion in October from "
                           "$3.4 billion a year earlier.", on=date(2025, 11, 20))
    assert [c.expect for c in claims_of(claims, "sign")] == ["negative"]
    # a noun of change after the verb names the measure the verb moves: 3,000 is more than 1,000
    _, claims, _ = drafted(f"{DATELINE}The retailer expanded price cuts to 3,000 products from 1,000 in October.",
                           on=date(2025, 11, 20))
    assert [c.expect for c in claims_of(claims, "sign")] == ["positive"]


def test_what_a_company_does_before_its_name_is_no_part_of_the_name():
    figures, _, _ = drafted(f"{DATELINE}Chipmaker Veldmark Semiconductors reported revenue of €4.86 billion, while miner "
                            "Condor Range produced 224.4 kt of copper.", on=date(2025, 10, 29))
    assert figure(figures, "4.86").entity == "Veldmark Semiconductors"
    figures, _, _ = drafted(f"{DATELINE}Carmaker Nordhavn delivered 102,400 cars in the third quarter.", on=date(2025, 10, 2))
    assert figure(figures, "102,400").entity == "Nordhavn"


def test_a_change_below_a_price_of_a_year_earlier_is_the_growth_from_that_price():
    # 58.40 / 60.20 - 1 = -3.0%; 58.40 / 73.20 - 1 = -20.2%: both bases are prices of a barrel, as the level is
    figures, claims, _ = drafted(
        f"{DATELINE}WTI crude averaged $58.40 a barrel in November, down 3.0% from $60.20 in October and 20.2% below "
        "$73.20 a year earlier.", on=date(2025, 12, 2))
    now, year_ago = figure(figures, "58.40"), figure(figures, "73.20")
    assert year_ago.unit == now.unit == "USD_per_barrel"
    growths = {c.stated: c.computed for c in claims_of(claims, "growth")}
    assert growths[figure(figures, "20.2%").id] == f"growth({now.id}, {year_ago.id})"


def test_a_central_banks_own_measures_are_its_and_the_economys_are_its_countrys():
    figures, _, _ = drafted(
        "OSLO (Fixture Wire) – The Bank of Norway raised its policy rate by 25 basis points to 4.5% on Thursday. "
        "Inflation rose to 3.1% in October, above the central bank's 2% target. The bank has raised rates by a cumulative "
        "425 basis points since 2021, when the rate stood at 0.25%. Norway's economy grew 0.6% in the third quarter.",
        headline="Bank of Norway raises rates", on=date(2025, 11, 20))
    labels = {printed: (figure(figures, printed).entity, figure(figures, printed).metric)
              for printed in ("4.5%", "3.1%", "2%", "0.25%", "0.6%")}
    assert labels == {"4.5%": ("Bank of Norway", "policy rate"), "3.1%": ("Norway", "inflation"),
                      "2%": ("Bank of Norway", "inflation target"),
                      "0.25%": ("Bank of Norway", "policy rate"),  # 'the rate' is the rate named before
                      "0.6%": ("Norway", "gdp")}  # 'the economy grew'
    # a bank whose name says no country, named two ways
    figures, _, _ = drafted(
        "WASHINGTON (Fixture Wire) – The Federal Reserve held its benchmark rate at 4.25% on Wednesday. Inflation rose to "
        "3.0% in October, above the Fed's 2% target.", headline="Fed holds rates", on=date(2025, 11, 20))
    assert [(figure(figures, p).entity, figure(figures, p).metric) for p in ("4.25%", "3.0%", "2%")] == [
        ("Federal Reserve", "benchmark rate"), ("United States", "inflation"), ("Federal Reserve", "inflation target")]


def test_a_stock_that_climbs_in_a_month_climbs_from_the_end_of_the_month_before():
    # 1,210 > 1,190 over October, whatever it did since the end of 2024 (1,210 < 1,225)
    figures, claims, _ = drafted(
        "COPENHAGEN (Fixture Wire) – Danish household deposits rose to 1,210 billion crowns at the end of October from "
        "1,190 billion a month earlier. They have fallen by 15 billion crowns since the end of 2024, when they stood at "
        "1,225 billion.", headline="Danish household deposits climb in October", on=date(2025, 11, 20))
    assert headline_signs(claims, "climb") == [
        (f"change({figure(figures, '1,210').id}, {figure(figures, '1,190').id})", "positive")]


def test_a_headlines_shipments_are_the_amounts_shipped_and_an_average_year_is_no_move_of_its_own():
    # 7.10 / 7.47 - 1 = -5.0%: the tonnes shipped slid, while the money rose (5.60 / 5.00 - 1 = +12.0%) and the average
    # year since 2019 says nothing of this one
    figures, claims, _ = drafted(
        "HANOI (Fixture Wire) – Vietnam exported 7.10 million tonnes of rice in 2024, down 5.0% from 7.47 million tonnes "
        "shipped a year earlier. Export revenue rose 12.0% to $5.60 billion from $5.00 billion. Shipments have grown by an "
        "average of 2.0% a year since 2019.", headline="Vietnam's rice export revenue hits record as shipments slide",
        on=date(2025, 1, 20))
    assert headline_signs(claims, "slide") == [
        (f"change({figure(figures, '7.10').id}, {figure(figures, '7.47').id})", "negative")]


def test_a_headline_clause_with_two_verbs_is_two_clauses():
    # 'as freight rates slide and costs climb': the costs rose (5.10 > 4.60), whatever the rates did
    figures, claims, _ = drafted(
        "TAIPEI (Fixture Wire) – Harbourlight Marine's operating costs rose to NT$5.10 billion in the third quarter from "
        "NT$4.60 billion a year earlier.", headline="Harbourlight's profit sinks as freight rates slide and costs climb",
        on=date(2025, 11, 5))
    assert headline_signs(claims, "climb") == [
        (f"change({figure(figures, '5.10').id}, {figure(figures, '4.60').id})", "positive")]


def test_which_way_beats_a_forecast_is_the_measures_head_nouns_to_say():
    # a lower combined ratio beats (92.8 < 94.5); more pre-provision profit beats (1.9 > 1.7); inflation that beat
    # forecasts came in above them (2.4 > 2.2); a ratio the words do not name says no way at all
    expected = {"The insurer's combined ratio of 92.8% in the second quarter beat analysts' forecast of 94.5%.": ["negative"],
                "The bank's pre-provision profit of 1.9 billion euros beat analysts' forecasts of 1.7 billion euros.": ["positive"],
                "The annual inflation rate of 2.4% in October beat the 2.2% economists had forecast.": ["positive"],
                "The bank's headline ratio of 14.1% beat the 13.8% analysts had forecast.": []}
    for text, signs in expected.items():
        _, claims, _ = drafted(f"{DATELINE}{text}", on=date(2025, 11, 6))
        assert [c.expect for c in claims_of(claims, "sign")] == signs, text


def test_a_rate_of_growth_from_a_year_earlier_read_as_a_level_is_of_the_months_the_article_is_about():
    # 3.8 - 2.7 = 1.1 points: November's food inflation against October's, never a level of a year before
    figures, claims, _ = drafted(
        f"{DATELINE}Annual inflation rose to 2.4% in November. Food prices rose 3.8% from a year earlier, up from 2.7% in "
        "October, an acceleration of 1.1 percentage points.", on=date(2025, 12, 5))
    food = figure(figures, "3.8%")
    assert (food.period, food.earlier) == ("2025-11", False)
    points = {c.stated: c.computed for c in claims_of(claims, "percentage_points")}
    assert points[figure(figures, "1.1").id] == f"pp({food.id}, {figure(figures, '2.7%').id})"


def test_a_bare_count_of_payrolls_or_unemployment_counts_jobs_or_people():
    figures, _, _ = drafted(f"{DATELINE}Payrolls were revised down by 30,000 to 89,000.", headline="Markets",
                            on=date(2025, 11, 20))
    assert [(f.quote, f.unit) for f in figures] == [("30,000", "jobs"), ("89,000", "jobs")]
    figures, _, _ = drafted(f"{DATELINE}Unemployment rose by 50,000 in October.", headline="Markets",
                            on=date(2025, 11, 20))
    assert figure(figures, "50,000").unit == "people"


def test_a_headlines_prices_are_the_price_its_body_gives_for_a_kind_of_the_thing():
    # 6.20 > 5.40: 'cherry prices climb' over the price of fresh cherries, one a kilo as the other
    figures, claims, _ = drafted(
        "SANTIAGO (Fixture Wire) – Chile exported fruit worth $7.10 billion in 2024. Cherries brought in $2.10 billion. "
        "Fresh cherries fetched an average of $6.20 a kilo, up from $5.40 a kilo a year earlier.",
        headline="Chile's fruit exports hit record as cherry prices climb", on=date(2025, 1, 20))
    assert headline_signs(claims, "climb") == [
        (f"change({figure(figures, '6.20').id}, {figure(figures, '5.40').id})", "positive")]


def test_the_remainder_is_whoever_its_clause_names_as_taking_it_and_a_relative_clauses_time_is_not_its_own():
    figures, _, _ = drafted(
        f"{DATELINE}The port handled 5.0 million TEU in the first half. North Terminal handled 2.0 million TEU, West "
        "Terminal 1.95 million TEU, and Terminal 3, which opened in March 2024, handled the remaining 1.05 million TEU.",
        on=date(2025, 7, 20))
    terminal = figure(figures, "1.05")
    assert (terminal.entity, terminal.period) == ("Terminal 3", "2025-H1")


def test_a_period_written_as_an_adjective_of_its_measure_is_its_period():
    figures, _, _ = drafted(
        f"{DATELINE}Brixham Foods said second-quarter revenue was £1.6 billion and first-half revenue was £3.1 billion.",
        on=date(2025, 7, 30))
    assert [figure(figures, p).period for p in ("1.6", "3.1")] == ["2025-Q2", "2025-H1"]
    figures, _, _ = drafted(f"{DATELINE}Nine-month profit fell 41.2% to NT$31.2 billion from NT$53.1 billion.",
                            on=date(2025, 11, 5))
    assert [(figure(figures, p).period, figure(figures, p).earlier) for p in ("41.2%", "31.2", "53.1")] == [
        ("2025-01..2025-09", False), ("2025-01..2025-09", False), ("2024-01..2024-09", True)]


def test_a_currency_that_moved_is_its_own_exchange_rate_never_the_measure_before_it():
    figures, _, _ = drafted(f"{DATELINE}The unemployment rate rose to 4.5% in September. The Australian dollar rose 0.4% "
                            "after the decision.", on=date(2025, 11, 4))
    moved = figure(figures, "0.4%")
    assert (moved.entity, moved.metric) == ("Australian dollar", "exchange rate")
    assert figure(figures, "4.5%").metric == "unemployment rate"


def test_a_second_change_after_and_on_another_base_shares_the_verb_before_it():
    # 'grew 0.6% in the second quarter and 1.8% from a year earlier': both rises of the second quarter's GDP
    figures, _, _ = drafted(f"{DATELINE}The economy grew 0.6% in the second quarter and 1.8% from a year earlier.",
                            on=date(2025, 9, 3))
    annual = figure(figures, "1.8%")
    assert (annual.direction, annual.period, annual.earlier, annual.metric) == ("up", "2025-Q2", False, "gdp")


def test_a_measure_that_worsens_or_improves_moves_the_way_its_head_noun_says_is_worse_or_better():
    # a loss that worsened grew (1.2 > 0.7); a margin that worsened fell (8.1 < 9.4); a cost ratio that improved fell
    expected = {"The utility's annual loss worsened to £1.2 billion from £0.7 billion.": ["positive"],
                "The operating margin worsened to 8.1% from 9.4%.": ["negative"],
                "The cost-to-income ratio improved to 52% from 55%.": ["negative"]}
    for text, signs in expected.items():
        _, claims, _ = drafted(f"{DATELINE}{text}", on=date(2025, 11, 6))
        assert [c.expect for c in claims_of(claims, "sign")] == signs, text


def test_a_company_in_capitals_a_place_owns_is_the_company_and_a_statistic_in_capitals_the_places():
    figures, _, _ = drafted(f"{DATELINE}China's BYD sold 380,000 cars in October, up 12% from a year earlier.",
                            on=date(2025, 11, 4))
    assert figure(figures, "380,000").entity == "BYD"
    figures, _, _ = drafted(f"{DATELINE}China's CPI rose 0.2% in October from a year earlier.", on=date(2025, 11, 4))
    assert figure(figures, "0.2%").entity == "China"


def test_two_names_read_as_one_are_two_before_respectively():
    figures, _, _ = drafted(f"{DATELINE}Kestrel Bank and Orwell Bank reported returns on equity of 12% and 5%, "
                            "respectively.", on=date(2025, 11, 4))
    assert [figure(figures, p).entity for p in ("12%", "5%")] == ["Kestrel Bank", "Orwell Bank"]


def test_an_index_reading_below_zero_is_drafted_with_its_note_and_checked_by_nothing():
    figures, claims, _ = drafted(f"{DATELINE}The consumer confidence index rose to -17 in November from -22.3 in October.",
                                 on=date(2025, 11, 25))
    readings = [figure(figures, p) for p in ("-17", "-22.3")]
    assert [(f.value, f.unit) for f in readings] == [("17", "points"), ("22.3", "points")]
    assert all(f.review.startswith("Below zero") for f in readings)
    assert not [c for c in claims if c.kind not in ("unverifiable", "opinion")]


def test_changes_listed_after_one_verb_with_their_own_periods_are_all_changes():
    figures, _, _ = drafted(f"{DATELINE}Prices had risen 0.4% in September and 0.2% in August.", on=date(2025, 11, 3))
    assert [(figure(figures, p).direction, figure(figures, p).period) for p in ("0.4%", "0.2%")] == [
        ("up", "2025-09"), ("up", "2025-08")]


@pytest.mark.parametrize("body, entity", [
    ("The port of Westhaven handled 4.2 million TEU in 2024, up 5.1% from 4.0 million.", "Westhaven"),
    ("The island of Tarrow welcomed 1.2 million visitors in 2024, up 9% from 1.1 million.", "Tarrow"),
])
def test_a_place_noun_before_its_name_leaves_the_figures_the_named_places(body, entity):
    figures, claims, _ = drafted(f"{DATELINE}{body}")
    assert {f.entity for f in figures} == {entity}
    assert len(claims_of(claims, "growth")) == 1


@pytest.mark.parametrize("body, parts, whole", [
    # the whole named in two words ('group revenue'), beside a price in the same currency that is no whole of anything
    ("Kestrel Air's revenue rose 6.2% to 8.42 trillion won in the first half of 2025 from 7.94 trillion, while unit "
     "revenue edged up 1.2% to 104.6 won. Fuel cost 2.39 trillion won. Americas routes were the biggest earner, bringing "
     "in 1.92 trillion won, or nearly 23% of group revenue.", ["1.92 trillion"], "8.42 trillion"),
    # 'the group's business' is the group's total
    ("Lemanis wrote CHF 14.4 billion of gross written premiums in the first half of 2025, up 4.1% from CHF 13.8 billion. "
     "Property and casualty premiums rose 3.0% to CHF 6.80 billion, while life insurance wrote CHF 4.29 billion, or 29.8% "
     "of the group's business.", ["4.29 billion"], "14.4 billion"),
    # lending is loans
    ("Nordbank's loans totalled 156 billion euros at the end of March 2025. Mortgages were 93.6 billion euros, or 60% of "
     "lending.", ["93.6 billion"], "156 billion"),
    # arrivals and visitors are one measure
    ("Croatia welcomed 6.1 million foreign visitors in the first half of 2025, up 3.4% from 5.9 million. Germany sent "
     "1.4 million and Slovenia 0.6 million. Together the two accounted for 33% of foreign arrivals.",
     ["1.4 million", "0.6 million"], "6.1 million"),
])
def test_a_share_of_a_whole_named_in_its_own_words_is_of_the_amount_that_measures_it(body, parts, whole):
    figures, claims, _ = drafted(f"{DATELINE}{body}", on=date(2025, 8, 1))
    part_ids = " + ".join(figure(figures, p).id for p in parts)
    assert [c.computed for c in claims_of(claims, "share")] == [f"share({part_ids}, {figure(figures, whole).id})"]


def test_a_word_that_is_no_english_word_ranked_at_a_sentences_start_is_a_name_and_best_selling_ranks_it_first():
    figures, claims, _ = drafted(f"{DATELINE}New car registrations in Poland rose 4% to 48,500 in November 2025 from "
                                 "46,630. Kalvo remained the best-selling brand with 8,342 cars, followed by Norda with 6,118 "
                                 "and Tessel with 4,020.", on=date(2025, 12, 3))
    assert figure(figures, "8,342").entity == "Kalvo"
    ranks = claims_of(claims, "rank")
    assert [(ranked_labels(c), c.expect) for c in ranks] == [({"Kalvo", "Norda", "Tessel"}, "1"),
                                                             ({"Kalvo", "Norda", "Tessel"}, "2"),
                                                             ({"Kalvo", "Norda", "Tessel"}, "3")]


@pytest.mark.parametrize("word, english", [("kalvo", False), ("tessel", False), ("construction", True),
                                           ("aluminium", True), ("harbour", True), ("organised", True), ("centre", True)])
def test_english_words_are_known_in_british_spelling_too(word, english):
    from claimcheck.draft.text import is_english_word

    assert is_english_word(word) is english


def test_a_rank_in_a_sentence_with_no_figure_ranks_its_subjects_level_in_the_sentence_before():
    figures, claims, _ = drafted(f"{DATELINE}Westhaven port handled 142.0 million tonnes of cargo in 2023. North Quay "
                                 "handled 71.0 million tonnes, South Quay 43.0 million tonnes and East Quay 28.0 million "
                                 "tonnes. North Quay remained the busiest terminal.", on=date(2024, 1, 22))
    assert figure(figures, "142.0").entity == "Westhaven"  # a port's name before the word 'port', no English word
    ranks = claims_of(claims, "rank")
    assert [(ranked_labels(c), c.expect, c.quote) for c in ranks] == [
        ({"North Quay", "South Quay", "East Quay"}, "1", "North Quay remained the busiest")]
    assert not [c for c in claims if c.kind == "unverifiable" and "busiest" in c.quote]


def test_a_division_or_ministry_named_by_what_it_does_is_the_entity_not_its_owner():
    figures, _, _ = drafted(f"{DATELINE}Harbor Bank earned $2.4 billion in the third quarter of 2025. Its consumer banking "
                            "division earned $1.1 billion, up from $0.9 billion.", on=date(2025, 10, 17))
    assert [figure(figures, p).entity for p in ("$2.4", "$1.1", "$0.9")] == [
        "Harbor Bank", "consumer banking division", "consumer banking division"]
    figures, claims, _ = drafted(f"{DATELINE}Portugal will spend 14.0 billion euros on its ministries in 2025. The social "
                                 "affairs ministry will receive the biggest allocation, 4.2 billion euros, followed by the "
                                 "health ministry with 2.1 billion euros and the defence ministry with 1.4 billion euros.",
                                 on=date(2024, 10, 1))
    assert [figure(figures, p).entity for p in ("4.2", "2.1", "1.4")] == [
        "social affairs ministry", "health ministry", "defence ministry"]
    assert [c.expect for c in claims_of(claims, "rank")] == ["2", "3"]
    # ... while 'The electricity unit rate rises' is a rate of electricity
    figures, _, _ = drafted(f"{DATELINE}The electricity unit rate rises 5.1% to 27.69p per kWh in January 2026.",
                            on=date(2025, 11, 21))
    assert figure(figures, "27.69p").entity == "electricity"
