"""The data dictionary documents every column, unit word, qualifier, role, kind and function the code accepts."""

from claimcheck import config
from claimcheck.expressions import FUNCTIONS
from claimcheck.kinds import KINDS, VERDICTS
from claimcheck.metadata import REFERENCE_KEYS, REVIEW_KEYS, ROLES, TEXT_KEYS
from claimcheck.readings import QUALIFIER_SIDES
from claimcheck.schema import CLAIM_COLUMNS, CLAIM_OPTIONAL, FIGURE_COLUMNS, FIGURE_OPTIONAL

DICTIONARY = (config.DATA / "README.md").read_text(encoding="utf-8")


def test_every_column_is_documented():
    for column in FIGURE_COLUMNS + FIGURE_OPTIONAL + CLAIM_COLUMNS + CLAIM_OPTIONAL:
        assert f"| `{column}` |" in DICTIONARY, column


def test_every_qualifier_role_and_verdict_is_documented():
    for word in [*QUALIFIER_SIDES, *ROLES, *VERDICTS]:
        assert f"`{word}`" in DICTIONARY, word


def test_every_metadata_key_is_documented():
    for key in TEXT_KEYS:
        assert f"| `{key}` |" in DICTIONARY, key
    for key in (*REVIEW_KEYS, *REFERENCE_KEYS):
        assert f"`{key}`" in DICTIONARY, key


def test_each_kinds_documentation_row_is_the_one_its_module_declares():
    for kind in KINDS.values():
        assert kind.documentation_row in DICTIONARY, kind.documentation_row


def test_each_expression_function_is_documented_with_its_signature_and_description():
    for function in FUNCTIONS.values():
        assert f"| `{function.signature}` | {function.doc} |" in DICTIONARY, function.signature


def test_every_make_variable_the_dictionary_names_reaches_the_build():
    """`METADATA=`, `REVIEWER=` and the rest, as written in data/README.md, must change the build's command."""
    import re
    import subprocess

    named = set(re.findall(r"`([A-Z][A-Z_]+)=", DICTIONARY))
    assert {"METADATA", "REVIEWER"} <= named
    for variable in sorted(named):
        command = subprocess.run(
            ["make", "--no-print-directory", "-n", "-o", "setup", "report", f"{variable}=/some/where-{variable}"],
            cwd=config.ROOT, capture_output=True, text=True, check=True,
        ).stdout
        assert f"/some/where-{variable}" in command, f"make report ignores {variable}="


def test_each_kind_names_only_a_chart_the_report_can_draw():
    from claimcheck.charts import FAMILIES

    for kind in KINDS.values():
        assert kind.chart is None or kind.chart in FAMILIES, f"{kind.name} names the chart {kind.chart!r}"
