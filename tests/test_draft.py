"""Drafting figures and claims from an article's text: every number form, the rules, and the measured quality."""

import pytest

from claimcheck import config
from claimcheck.draft import draft, draft_claims, draft_figures, quality
from claimcheck.engine import load_inputs
from conftest import run_build

ANDES = config.FIXTURES / "andes"


def only_figure(text):
    figures, _ = draft_figures(text)
    assert len(figures) == 1, [f.quote for f in figures]
    return figures[0]


@pytest.mark.parametrize("text, value, unit", [
    ("Ruritania's exports reached $1.2bn in 2024.", 1.2, "USD_bn"),
    ("Ruritania's imports were US$350 million in 2024.", 350, "USD_m"),
    ("Ruritania's exports rose by 3,270% in 2024.", 3270, "percent"),
    ("Ruritania's trade grew by 15 per cent in 2024.", 15, "percent"),
    ("Ruritania's trade reached 1.5 trillion yuan in 2024.", 1.5, "CNY_tn"),
])
def test_every_common_form_of_a_number_is_drafted(text, value, unit):
    figure = only_figure(text)
    assert (figure.value, figure.unit) == (value, unit)
    assert figure.quote in text and figure.year == 2024


def test_a_count_with_its_unit_is_drafted_and_a_bare_number_is_not():
    figure = only_figure("Ruritania shipped 1,200 tonnes of tea to 3 ports in 2024.")
    assert (figure.value, figure.unit, figure.quote) == (1200, "tonnes", "1,200 tonnes")
    assert "counted in tonnes" in figure.review


@pytest.mark.parametrize("text, qualifier", [
    ("Ruritania's trade was nearly $5 billion in 2024.", "nearly"),
    ("Ruritania's trade was just over $5 billion in 2024.", "just over"),
    ("Ruritania's trade was approximately $5 billion in 2024.", "approximately"),
    ("Ruritania's trade was $5 billion in 2024.", "none"),
])
def test_the_qualifier_is_taken_as_written(text, qualifier):
    figure = only_figure(text)
    assert figure.qualifier == qualifier
    assert qualifier == "none" or figure.quote.startswith(qualifier)


def test_entity_year_and_direction_are_guessed_and_flagged_for_review():
    figure = only_figure("Borduria's exports to Ruritania fell by 12% in 2023.")
    assert (figure.entity, figure.year, figure.direction, figure.metric) == ("Borduria", 2023, "down", "exports")
    assert "entity 'Borduria' guessed" in figure.review


def test_a_judgement_without_a_number_is_proposed_as_opinion():
    article = "Ruritania's trade reached $5 billion in 2024. The deal may have strengthened Ruritania's hand."
    figures, parts = draft_figures(article)
    kinds = {c.quote: c.kind for c in draft_claims(article, figures, parts)}
    assert kinds["The deal may have strengthened Ruritania's hand."] == "opinion"


def test_from_to_with_a_percentage_is_proposed_as_growth():
    article = "Ruritania's exports rose by 25%, from $8.0 billion in 2023 to $10.0 billion in 2024."
    figures, parts = draft_figures(article)
    (claim,) = [c for c in draft_claims(article, figures, parts) if c.kind == "growth"]
    by_id = {f.id: f for f in figures}
    assert by_id[claim.stated].value == 25
    assert claim.computed.startswith("growth(")


@pytest.mark.parametrize("article", [config.ARTICLE, ANDES / "article.txt"], ids=["seed", "andes"])
def test_drafts_pass_the_projects_own_validation(article, tmp_path):
    figures, claims = draft(article, tmp_path)
    inputs = load_inputs(article, figures, claims)
    assert inputs.figures and len(inputs.claims) > 0
    assert all(flag.startswith("Needs review") for flag in inputs.claims.review)


@pytest.mark.parametrize("article, figures, claims, floor", [
    (config.ARTICLE, config.FIGURES_TABLE, config.CLAIMS_TABLE, 0.5),
    (ANDES / "article.txt", ANDES / "figures.csv", ANDES / "claims.csv", 0.7),
], ids=["seed", "andes"])
def test_draft_finds_every_curated_figure(article, figures, claims, floor):
    measured = quality(article, figures, claims)
    assert measured["figures_recall"] == 1.0, measured["figures_missed"]
    assert measured["figures_precision"] == 1.0
    assert measured["claims_recall"] >= floor  # a floor against regressions; the figure is in benchmarks/


def test_a_build_on_drafted_tables_runs_and_marks_rows_for_review(tmp_path):
    figures, claims = draft(ANDES / "article.txt", tmp_path / "draft")
    out = tmp_path / "report"
    result = run_build("--article", ANDES / "article.txt", "--figures", figures, "--claims", claims, "--out", out, "--force")
    assert result.returncode == 0, result.stderr
    import pandas as pd

    verdicts = pd.read_csv(out / "verdicts.csv", keep_default_na=False)
    assert len(verdicts) == len(load_inputs(ANDES / "article.txt", figures, claims).claims)
    assert verdicts.review.str.contains("Needs review").all()
