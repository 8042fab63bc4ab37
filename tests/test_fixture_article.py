"""A second article with other entities runs through the same code unchanged."""

from claimcheck import config
from claimcheck.engine import run

ANDES = config.FIXTURES / "andes"


def test_fixture_article_verdicts_match_hand_arithmetic():
    table = run(ANDES / "article.txt", ANDES / "figures.csv", ANDES / "claims.csv").set_index("claim_id")
    expected = {
        "F01": "inconsistent",  # 31.5 / 28.0 = +12.5% (12.3% to 12.7%), the article says 15% (14.5% to 15.5%)
        # 14.2 + 8.6 + 5.9 + 2.7 = 31.4 against 31.5; "just over 2.7" is 2.7 to 2.835, so the sum reaches 31.585
        "F02": "consistent_within_rounding",
        "F03": "consistent",  # Chile 14.2 is the largest
        "F04": "consistent_within_rounding",  # 9.1 + 5.2 = 14.3 against 14.2
        "F05": "consistent",  # 9.1 - 5.2 = 3.9 > 0, a surplus
        "F06": "unverifiable",  # no 2023 figure for Peru
        "F07": "consistent",  # Colombia 5.9 is third after 14.2 and 8.6
        "F08": "unverifiable",
        "F09": "opinion",
    }
    assert table.verdict.to_dict() == expected
