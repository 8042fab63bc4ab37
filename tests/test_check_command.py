"""`make check`: every claim's verdict in the terminal, and the same refusals as the build."""

from claimcheck import check, config
from conftest import claim, figure

ARTICLE = "Trade reached $5.5 billion in 2024, up 10% from $5 billion in 2023. Officials expect more."
FIGURES = [figure("t24", "$5.5 billion in 2024", 5.5), figure("t23", "$5 billion in 2023", 5, period="2023")]


def run_check(capsys, article, figures, claims):
    code = check.main(["--article", str(article), "--figures", str(figures), "--claims", str(claims)])
    out, err = capsys.readouterr()
    return code, out, err


def test_the_seed_prints_each_claims_verdict_and_the_counts(capsys):
    code = check.main(["--article", str(config.ARTICLE), "--figures", str(config.FIGURES_TABLE),
                       "--claims", str(config.CLAIMS_TABLE)])
    out = capsys.readouterr().out
    assert code == 0
    assert "C04    inconsistent" in out  # 94.8 against 89.4 is +6.0%, not "nearly 5%"
    assert "C19    consistent within rounding [loose" in out  # only if $80 million is rounded to $10 million
    summary = out.strip().splitlines()[-1]
    assert summary.startswith("41 claims:")
    for count in ("4 inconsistent", "15 consistent,", "5 consistent within rounding", "11 unverifiable", "6 opinion"):
        assert count in summary, count


def test_a_claim_naming_a_figure_that_figures_csv_lacks_is_refused_with_its_row_and_field(case, capsys):
    tables = case(ARTICLE, FIGURES, [claim("G1", "up 10%", "growth", stated="up_10", computed="growth(t24, t23)")])
    code, out, err = run_check(capsys, *tables)
    assert code == 2 and out == ""
    assert "claims.csv, line 2 (row 1), field 'stated'" in err and "up_10" in err


def test_growth_of_ten_percent_from_5_to_5_5_billion_is_consistent(case, capsys):
    figures = FIGURES + [figure("up_10", "up 10%", 10, unit="percent", direction="up")]
    tables = case(ARTICLE, figures, [claim("G1", "up 10% from $5 billion", "growth", stated="up_10",
                                           computed="growth(t24, t23)")])
    code, out, err = run_check(capsys, *tables)
    assert code == 0, err
    assert "G1     consistent" in out and "1 claims: 1 consistent." in out


def test_a_figure_no_claim_uses_is_refused_as_the_build_refuses_it_after_the_verdicts(case, capsys):
    figures = FIGURES + [figure("up_10", "up 10%", 10, unit="percent", direction="up")]
    tables = case(ARTICLE, figures, [claim("T1", "Trade reached $5.5 billion", "unverifiable", needs="t24")])
    code, out, err = run_check(capsys, *tables)
    assert code == 2
    assert "T1     unverifiable" in out
    assert "figures.csv" in err and "'t23', used by no claim" in err and "'up_10', used by no claim" in err


def test_a_metadata_path_that_does_not_exist_is_refused_as_the_build_refuses_it(case, capsys, tmp_path):
    figures = FIGURES + [figure("up_10", "up 10%", 10, unit="percent", direction="up")]
    article, figures_path, claims_path = case(ARTICLE, figures, [claim("G1", "up 10% from $5 billion", "growth",
                                                                       stated="up_10", computed="growth(t24, t23)")])
    code = check.main(["--article", str(article), "--figures", str(figures_path), "--claims", str(claims_path),
                       "--metadata", str(tmp_path / "missing.toml")])
    err = capsys.readouterr().err
    assert code == 2 and "METADATA=" in err and "expected a TOML file, found no such file" in err
