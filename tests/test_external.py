"""External verdicts against hand-made reference rows, and refusal of reference rows without provenance."""

import csv

import pytest

from claimcheck import config
from claimcheck.engine import run
from claimcheck.errors import InputError
from claimcheck.external import load_reference, sources_table
from claimcheck.metadata import load_metadata
from conftest import claim, figure

REFERENCE_COLUMNS = ("partner", "year", "flow", "value", "unit", "reporter", "source_title", "source_url", "quote")
METADATA = """
[entities]
Ruritania = "partner"
Borduria = "partner"
Syldavia = "partner"

[reference]
reporter = "GACC"
columns = { entity = "partner", period = "year", metric = "flow" }
metrics = { turnover = "trade" }
"""

ARTICLE = ("Ruritania's trade reached $10.0 billion in 2024, up from $8.0 billion, a rise of 25%. "
           "Borduria traded $3 billion. Syldavia traded $2.0 billion. Leaders may be pleased.")
FIGURES = [
    figure("r_2024", "reached $10.0 billion", 10.0),
    figure("r_2023", "up from $8.0 billion", 8.0, period="2023"),
    figure("r_change", "a rise of 25%", 25, unit="percent", direction="up"),
    figure("b_2024", "Borduria traded $3 billion", 3, entity="Borduria"),
    figure("s_2024", "Syldavia traded $2.0 billion", 2.0, entity="Syldavia"),
]
CLAIMS = [
    claim("total", "Ruritania's trade reached $10.0 billion", "total", stated="r_2024", computed="r_2023 * 1.25",
          periods="mixed"),
    claim("growth", "a rise of 25%", "growth", stated="r_change", computed="growth(r_2024, r_2023)"),
    claim("borduria", "Borduria traded $3 billion", "total", stated="b_2024", computed="b_2024"),
    claim("syldavia", "Syldavia traded $2.0 billion", "total", stated="s_2024", computed="s_2024"),
    claim("opinion", "Leaders may be pleased.", "opinion"),
]


def reference_row(partner, year, value, reporter="GACC", flow="turnover", unit="USD_bn", url="https://example.org/a",
                  quote="a verbatim sentence"):
    return dict(partner=partner, year=year, flow=flow, value=value, unit=unit, reporter=reporter,
                source_title="A report (Example Outlet)", source_url=url, quote=quote)


def write_reference(path, rows):
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.DictWriter(handle, fieldnames=REFERENCE_COLUMNS, lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
    return path


@pytest.fixture
def external(case, tmp_path):
    paths = case(ARTICLE, FIGURES, CLAIMS)
    (tmp_path / "article.toml").write_text(METADATA, encoding="utf-8")
    reference = write_reference(tmp_path / "reference.csv", [
        reference_row("Ruritania", "2024", "10.02"),               # agrees with 10.0 (9.95 to 10.05)
        reference_row("Ruritania", "2023", "8.0"),                 # with 10.02: a rise of 25.25%, in 24.5-25.5
        reference_row("Ruritania", "2024", "7.1", reporter="national"),  # listed, not counted: GACC rows exist
        reference_row("Borduria", "2024", "4.1", reporter="national"),   # 3 is 2.5 to 3.5: contradicted
        reference_row("Syldavia", "2024", "2.04", reporter="other"),     # agrees with 1.95 to 2.05
        reference_row("Syldavia", "2024", "2.6", reporter="national"),   # disagrees: the two rows conflict
    ])
    return run(*paths, reference=reference).set_index("claim_id")


def test_an_agreeing_row_from_the_articles_reporter_supports(external):
    assert external.loc["total", "external_verdict"] == "supported"
    assert "Using GACC rows (the source the article cites): R01 (GACC)" in external.loc["total", "external_basis"]
    assert "not counted: R03 (national)" in external.loc["total", "external_basis"]


def test_growth_from_a_pair_of_rows_of_one_reporter(external):
    # 10.02 / 8.0 = 1.2525 -> +25.25%, inside the stated 24.5% to 25.5%
    assert external.loc["growth", "external_verdict"] == "supported"
    assert "R01/R02 (GACC)" in external.loc["growth", "external_basis"]


def test_a_row_beyond_the_claims_interval_contradicts(external):
    assert external.loc["borduria", "external_verdict"] == "contradicted"


def test_rows_that_disagree_with_each_other_are_mixed(external):
    assert external.loc["syldavia", "external_verdict"] == "mixed"
    assert "R05 (other)" in external.loc["syldavia", "external_basis"] and "R06 (national)" in external.loc["syldavia", "external_basis"]


def test_nothing_bearing_on_a_claim_is_no_source(external):
    assert external.loc["opinion", "external_verdict"] == "no_source"


def test_internal_verdicts_keep_their_meaning(external):
    assert external.loc["borduria", "verdict"] == "consistent"


@pytest.mark.parametrize("field, bad, expected", [
    ("source_url", "", "field 'source_url': expected the source's address"),
    ("quote", "", "field 'quote': expected the source's verbatim quote"),
    ("reporter", "", "field 'reporter': expected whose statistics the figure is"),
    ("unit", "tonnes", "field 'unit': expected a money unit such as USD_bn"),
    ("flow", "sales", "field 'flow': expected a metric named in article.toml [reference.metrics] (turnover)"),
])
def test_reference_rows_without_provenance_or_in_unknown_vocabulary_are_refused(tmp_path, field, bad, expected):
    (tmp_path / "article.toml").write_text(METADATA, encoding="utf-8")
    rows = [reference_row("Ruritania", "2024", "10.0"), {**reference_row("Borduria", "2024", "3"), field: bad}]
    path = write_reference(tmp_path / "reference.csv", rows)
    with pytest.raises(InputError) as caught:
        load_reference(path, load_metadata(tmp_path / "article.toml"))
    assert "line 3 (row 2)" in str(caught.value) and expected in str(caught.value)


def test_the_seed_reference_table_loads_every_row_and_its_sources_table_is_current():
    rows = load_reference(config.REFERENCE_TABLE, load_metadata(config.DATA / "article.toml"))
    assert len(rows) == 93
    with (config.DATA / "reference" / "sources.csv").open(encoding="utf-8") as handle:
        committed = list(csv.DictReader(handle))
    derived = sources_table(rows, "received 2026-11-29").to_dict("records")
    assert committed == [{k: str(v) for k, v in row.items()} for row in derived]


def test_seed_claims_against_the_reference_table():
    table = run(config.ARTICLE, config.FIGURES_TABLE, config.CLAIMS_TABLE, reference=config.REFERENCE_TABLE,
                external_checks=config.EXTERNAL_CHECKS).set_index("claim_id")
    # GACC: 94.82 / 89.4 = +6.06%, not "nearly 5%"
    assert table.loc["C04", "external_verdict"] == "contradicted"
    # GACC 2024: Kazakhstan 43.82, Kyrgyzstan 22.71, Uzbekistan 13.78, Turkmenistan 10.65: fourth, not third
    assert table.loc["C21", "external_verdict"] == "contradicted"
    # every Russia-Central Asia row for 2024 (45, 47, 50) is below China's 94.8
    assert table.loc["C05", "external_verdict"] == "supported"
    # GACC gives Kyrgyzstan both 22.71 and 22.071 for 2024: the rows conflict
    assert table.loc["C18", "external_verdict"] == "mixed"
    # Georgia's 2023 exports were $270m (national), not the $114m a 142% rise to $276m implies
    assert table.loc["C36", "external_verdict"] == "contradicted"
    assert set(table.external_verdict) == {"supported", "contradicted", "mixed", "no_source"}


def test_an_open_bound_has_no_upper_end_against_a_source(case, tmp_path):
    article = "Borduria traded more than $3 billion in 2024, and its exports were $7.0 billion."
    paths = case(article, [figure("b_2024", "more than $3 billion", 3, entity="Borduria", qualifier="more than"),
                           figure("b_exp", "$7.0 billion", 7.0, entity="Borduria", metric="exports")],
                 [claim("C1", "Borduria traded more than $3 billion", "total", stated="b_2024", computed="b_exp")])
    (tmp_path / "article.toml").write_text(METADATA, encoding="utf-8")
    reference = write_reference(tmp_path / "reference.csv", [reference_row("Borduria", "2024", "7.0")])
    table = run(*paths, reference=reference).set_index("claim_id")
    # a row of $7.0bn is more than $3bn: it supports the claim, never contradicts it for being over twice as much
    assert table.loc["C1", "external_verdict"] == "supported"


def test_a_stated_change_is_rechecked_against_rows_of_levels_never_taken_for_one(case, tmp_path):
    article = "Borduria's trade rose by $2.0 billion to $10.0 billion in 2024 from $8.0 billion."
    paths = case(article, [figure("b_2024", "to $10.0 billion", 10.0, entity="Borduria"),
                           figure("b_2023", "from $8.0 billion", 8.0, entity="Borduria", period="2023"),
                           figure("b_rise", "rose by $2.0 billion", 2.0, entity="Borduria", direction="up")],
                 [claim("C1", "rose by $2.0 billion", "change", stated="b_rise", computed="change(b_2024, b_2023)")])
    (tmp_path / "article.toml").write_text(METADATA, encoding="utf-8")
    reference = write_reference(tmp_path / "reference.csv", [reference_row("Borduria", "2024", "10.02"),
                                                             reference_row("Borduria", "2023", "8.0")])
    table = run(*paths, reference=reference).set_index("claim_id")
    # the rows' rise is 10.02 - 8.0 = 2.02, inside the stated $2.0 billion (1.95 to 2.05); the 2024 row is a
    # level, and $10.02 billion in place of the stated rise would contradict it
    assert table.loc["C1", "external_verdict"] == "supported"
