"""The accessibility audit of test_accessibility.py, on the other half of the fixture articles' reports."""

import pytest

from test_accessibility import (MORE_REPORTS, browser, open_report,  # noqa: F401  (fixtures used below)
                                test_a_full_page_screenshot_of_each_report_is_kept_for_a_person_to_look_at,
                                test_axe_finds_no_violation_on_screen, test_every_chart_has_a_text_alternative)

__all__ = ["test_a_full_page_screenshot_of_each_report_is_kept_for_a_person_to_look_at",
           "test_axe_finds_no_violation_on_screen", "test_every_chart_has_a_text_alternative"]


@pytest.fixture(scope="module", params=MORE_REPORTS)
def report(request, browser, built):  # noqa: F811
    yield from open_report(request, browser, built)
