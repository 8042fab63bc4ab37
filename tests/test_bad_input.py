"""Bad input is refused with the file, line, field, what was expected and what was found."""

import pytest

from claimcheck.engine import load_inputs
from claimcheck.errors import InputError
from conftest import claim, figure, write_table

ARTICLE = "Ruritania's trade reached $10.0 billion in 2024, up from $8.0 billion, a rise of 25%."
GOOD_FIGURES = [
    figure("r_2024", "reached $10.0 billion", 10.0),
    figure("r_2023", "up from $8.0 billion", 8.0, period="2023"),
    figure("r_change", "a rise of 25%", 25, unit="percent", direction="up"),
]
GOOD_CLAIMS = [claim("c1", "a rise of 25%", "growth", stated="r_change", computed="growth(r_2024, r_2023)")]


def error_for(case, figures=GOOD_FIGURES, claims=GOOD_CLAIMS, article=ARTICLE) -> str:
    with pytest.raises(InputError) as caught:
        load_inputs(*case(article, figures, claims))
    return str(caught.value)


def test_the_good_case_loads(case):
    inputs = load_inputs(*case(ARTICLE, GOOD_FIGURES, GOOD_CLAIMS))
    assert list(inputs.figures) == ["r_2024", "r_2023", "r_change"]


def test_a_table_loaded_twice_is_checked_again_once_its_bytes_change(case):
    article, figures, claims = case(ARTICLE, GOOD_FIGURES, GOOD_CLAIMS)
    first, again = load_inputs(article, figures, claims), load_inputs(article, figures, claims)
    assert list(first.figures) == list(again.figures) == ["r_2024", "r_2023", "r_change"]
    # the same file, now with a value that is no number: refused, never the table validated before
    figures.write_text(figures.read_text(encoding="utf-8").replace(",10.0,", ",ten,"), encoding="utf-8")
    with pytest.raises(InputError, match="value"):
        load_inputs(article, figures, claims)


def test_missing_column(case, tmp_path):
    article, figures, claims = case(ARTICLE, GOOD_FIGURES, GOOD_CLAIMS)
    write_table(figures, ["id", "entity", "metric", "period", "value", "unit", "direction", "quote"], GOOD_FIGURES)
    with pytest.raises(InputError, match=r"figures.csv, line 1 \(row 0\): expected columns .* found no column qualifier"):
        load_inputs(article, figures, claims)


@pytest.mark.parametrize("bad", ["ten", "nan", "-8", "", "1e3"])
def test_a_value_that_is_not_a_number_as_printed(case, bad):
    figures = [{**GOOD_FIGURES[0], "value": bad}] + GOOD_FIGURES[1:]
    message = error_for(case, figures)
    assert "figures.csv, line 2 (row 1), field 'value': expected a non-negative number as printed" in message
    assert "how to fix: write the number exactly as printed" in message


def test_duplicate_ids(case):
    message = error_for(case, GOOD_FIGURES + [GOOD_FIGURES[0]])
    assert "line 5 (row 4), field 'id': expected an id used only once, found 'r_2024'" in message
    message = error_for(case, claims=GOOD_CLAIMS * 2)
    assert "claims.csv, line 3 (row 2), field 'id': expected an id used only once, found 'c1'" in message


def test_quote_not_in_the_article_shows_the_nearest_passage(case):
    figures = [{**GOOD_FIGURES[0], "quote": "reached $10.0 billions"}] + GOOD_FIGURES[1:]
    message = error_for(case, figures)
    assert "line 2 (row 1), field 'quote': expected a quote that occurs verbatim in the article" in message
    assert "the nearest passage is 'reached $10.0 billion" in message


def test_quote_whose_number_differs_from_the_value(case):
    figures = [{**GOOD_FIGURES[0], "value": 11.0}] + GOOD_FIGURES[1:]
    message = error_for(case, figures)
    assert "line 2 (row 1), field 'value': expected the value printed in the quote, '$10.0 billion' = 10, found 11.0" in message


def test_a_unit_the_quote_does_not_state(case):
    figures = [{**GOOD_FIGURES[0], "unit": "EUR_bn"}] + GOOD_FIGURES[1:]
    message = error_for(case, figures)
    assert "line 2 (row 1), field 'quote': expected a quote that states exactly one number in EUR_bn" in message
    assert "it states '$10.0 billion' (USD_bn)" in message


@pytest.mark.parametrize("field, bad, expected", [
    ("unit", "dollars_bn!", "expected a unit such as USD_bn"), ("qualifier", "circa", "expected one of: none, nearly"),
    ("period", "last year", "expected a period such as 2024"), ("metric", "Trade", "expected a metric in lower-case"),
])
def test_a_cell_outside_its_vocabulary(case, field, bad, expected):
    figures = [{**GOOD_FIGURES[0], field: bad}] + GOOD_FIGURES[1:]
    message = error_for(case, figures)
    assert f"line 2 (row 1), field '{field}': {expected}" in message
    assert repr(bad) in message and "how to fix:" in message


def test_an_id_that_is_a_reserved_word_is_refused_by_name(case):
    figures = [{**GOOD_FIGURES[0], "id": "yield"}] + GOOD_FIGURES[1:]
    claims = [claim("c1", "a rise of 25%", "growth", stated="r_change", computed="growth(yield, r_2023)")]
    message = error_for(case, figures, claims)
    assert "line 2 (row 1), field 'id': expected an id that expressions can name" in message
    assert "'yield'" in message


def test_unknown_claim_kind(case):
    message = error_for(case, claims=[{**GOOD_CLAIMS[0], "kind": "vibes"}])
    assert "claims.csv, line 2 (row 1), field 'kind': expected one of: total, growth" in message


def test_claim_referring_to_a_missing_figure(case):
    message = error_for(case, claims=[{**GOOD_CLAIMS[0], "computed": "growth(r_2024, r_2022)"}])
    assert "claims.csv, line 2 (row 1), field 'computed'" in message
    assert "no figure with id 'r_2022'" in message


def test_claim_adding_a_percentage_to_dollars(case):
    message = error_for(case, claims=GOOD_CLAIMS + [claim("c2", "reached $10.0 billion", "total", stated="r_2024",
                                                          computed="r_2024 + r_change")])
    assert "claims.csv, line 3 (row 2), field 'computed'" in message
    assert "adds money in USD and a percentage" in message and "r_change (percent)" in message


def test_a_figure_no_claim_uses(case):
    message = error_for(case, claims=[claim("c1", "a rise of 25%", "opinion")])
    assert "field 'id': expected a figure that at least one claim uses, found 'r_2024'" in message


@pytest.mark.parametrize("content, found", [(None, "no such file"), (b"", "an empty file"), (b"\xff\xfe caf\xe9", "byte 0xff")])
def test_article_missing_empty_or_not_utf8(case, tmp_path, content, found):
    article, figures, claims = case(ARTICLE, GOOD_FIGURES, GOOD_CLAIMS)
    article.unlink()
    if content is not None:
        article.write_bytes(content)
    with pytest.raises(InputError, match=found):
        load_inputs(article, figures, claims)


def test_an_entity_without_a_role_in_the_metadata(case, tmp_path):
    paths = case(ARTICLE, GOOD_FIGURES, GOOD_CLAIMS)
    (tmp_path / "article.toml").write_text('[entities]\nBorduria = "partner"\n', encoding="utf-8")
    message = str(pytest.raises(InputError, load_inputs, *paths).value)
    assert "figures.csv, line 2 (row 1), field 'entity': expected an entity with a role in" in message
    assert "'Ruritania'" in message and 'how to fix: add a line such as "Ruritania" = "partner"' in message


@pytest.mark.parametrize("toml, expected", [
    ('headlin = "x"', "field 'headlin': expected one of the keys headline"),
    ('[entities]\nRuritania = "empire"', "field 'entities.Ruritania': expected a role, one of partner"),
    ('date_published = "1 May"', "field 'date_published': expected a date as YYYY-MM-DD"),
    ('[rates.usd]\nvalue = 7.1\nunit = "percent"\nsource = "x"', "field 'rates.usd': expected a unit such as CNY_per_USD"),
    ('headline = ', "expected valid TOML"),
    ('[rates.yield]\nvalue = 7.1\nunit = "CNY_per_USD"\nsource = "x"', "field 'rates.yield': expected a name of letters"),
])
def test_bad_metadata_names_the_key(case, tmp_path, toml, expected):
    paths = case(ARTICLE, GOOD_FIGURES, GOOD_CLAIMS)
    (tmp_path / "article.toml").write_text(toml, encoding="utf-8")
    message = str(pytest.raises(InputError, load_inputs, *paths).value)
    assert "article.toml" in message and expected in message


def test_a_price_of_another_thing_is_refused_and_the_plural_of_its_thing_is_the_same_unit(case):
    article = "Brent rose to $82.10 a barrel, and coal to $130.50 a tonne."
    brent = figure("brent", "$82.10 a barrel", 82.10, unit="USD_per_barrels", entity="Brent", metric="price")
    coal = figure("coal", "$130.50 a tonne", 130.50, unit="USD_per_barrel", entity="coal", metric="price")
    message = error_for(case, [brent, coal], [], article)
    assert "line 3 (row 2), field 'quote': expected a quote that states exactly one number in USD_per_barrel" in message
    assert "line 2 (row 1)" not in message  # USD_per_barrels is USD_per_barrel
