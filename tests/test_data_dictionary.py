"""The data dictionary documents every column, unit, qualifier and kind the code accepts."""

from claimcheck import config
from claimcheck.checks import CHECKS
from claimcheck.rounding import QUALIFIER_SIDES
from claimcheck.schema import CLAIM_COLUMNS, FIGURE_COLUMNS, METRICS, UNITS

DICTIONARY = (config.DATA / "README.md").read_text(encoding="utf-8")


def test_every_column_is_documented():
    for column in FIGURE_COLUMNS + CLAIM_COLUMNS:
        assert f"| `{column}` |" in DICTIONARY, column


def test_every_vocabulary_word_is_documented():
    for word in [*UNITS, *QUALIFIER_SIDES, *METRICS]:
        assert f"`{word}`" in DICTIONARY, word


def test_every_kind_is_documented():
    for kind in CHECKS:
        assert f"| `{kind}` |" in DICTIONARY, kind
