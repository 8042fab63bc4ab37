"""Accessibility of the built reports: axe-core in the system Chromium, with nothing downloaded.

axe-core comes bundled in the PyPI package axe-playwright-python (its axe.min.js), which injects it into
the page. Each built report is audited on screen with its interactive DataTables table drawn, with a
highlight's explanation open, and in the print layout (the PDF's); any violation fails the test.
axe does not judge focus rings or whether an alt text says anything, so two more tests do.

The seed's report and every fixture article's report (tests/fixtures/) are audited on screen; the parts
that are the same template for every article (an open explanation, the print layout, focus rings) are
audited on the seed's. Half of the fixture reports are audited by test_accessibility_more.py, so that
the two halves can run side by side.
"""

from __future__ import annotations

import re

import pytest
from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import sync_playwright

from claimcheck import config
from conftest import FIXTURE_ARTICLES

HALF = len(FIXTURE_ARTICLES) // 2  # the seed report is the largest: it goes with the smaller half
REPORTS = ("seed", *FIXTURE_ARTICLES[:HALF])
MORE_REPORTS = FIXTURE_ARTICLES[HALF:]  # test_accessibility_more.py
AXE_OPTIONS = {"resultTypes": ["violations"]}  # every rule axe runs by default: WCAG 2.x A/AA and best practices
# In the print layout (the PDF's) only these differ from the screen, which is audited whole. Their colours
# are the screen's, whose contrast is checked there: leaving that rule out here saves most of the time.
PRINT_ONLY = [".print-only", ".screen-hidden"]
PRINT_OPTIONS = {**AXE_OPTIONS, "rules": {"color-contrast": {"enabled": False}}}
SHOWN_TARGETS = 5


@pytest.fixture(scope="module")
def browser():
    if not config.CHROMIUM.exists():
        pytest.fail(f"{config.CHROMIUM} is missing: {config.CHROMIUM_INSTALL}")
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(config.CHROMIUM), args=list(config.CHROMIUM_ARGS))
        yield browser
        browser.close()


@pytest.fixture(scope="module", params=REPORTS)
def report(request, browser, built):
    """(name, the report open on screen): one page per report, shared by the tests below."""
    yield from open_report(request, browser, built)


def open_report(request, browser, built):
    build = request.getfixturevalue("seed_build") if request.param == "seed" else built(request.param)
    page = browser.new_page(viewport={"width": 1200, "height": 900})
    page.emulate_media(media="screen")
    page.goto((build / "report.html").as_uri(), wait_until="load")
    # the interactive table draws itself after load: audit it drawn
    page.wait_for_function("[...document.querySelectorAll('table.dataTable')].some(t => t.querySelector('tbody tr'))",
                           timeout=15000)
    yield request.param, page
    page.close()


def describe(violations) -> str:
    lines = []
    for v in violations:
        targets = [" ".join(map(str, node["target"])) for node in v["nodes"]]
        more = f"; ... ({len(targets)} in all)" if len(targets) > SHOWN_TARGETS else ""
        lines.append(f"- {v['id']} [{v['impact']}]: {v['help']} ({v['helpUrl']})\n"
                     f"    {'; '.join(targets[:SHOWN_TARGETS])}{more}")
    return "\n".join(lines)


def assert_no_violation(page, what: str, context=None, options=AXE_OPTIONS) -> None:
    results = Axe().run(page, context=context, options=options).response
    violations = results["violations"]
    engine = f"{results['testEngine']['name']} {results['testEngine']['version']}"
    if violations:
        print(f"{engine} found {len(violations)} violation(s) in {what}:\n{describe(violations)}")
        rules = ", ".join(v["id"] for v in violations)
        pytest.fail(f"{engine}: {rules} in {what} (each with its impact, help and targets in the captured stdout)",
                    pytrace=False)


def test_axe_finds_no_violation_on_screen(report):
    name, page = report
    page.keyboard.press("Escape")
    page.evaluate("document.activeElement && document.activeElement.blur()")
    assert page.locator("table.dataTable").first.is_visible(), "the interactive table is not on screen"
    assert_no_violation(page, f"the {name} report on screen")


def test_a_full_page_screenshot_of_each_report_is_kept_for_a_person_to_look_at(report):
    name, page = report
    shot = config.TESTS / "artifacts" / f"report-{name}.jpeg"
    shot.parent.mkdir(exist_ok=True)
    page.screenshot(path=shot, full_page=True, quality=85)  # JPEG: a third of PNG's time for a page this long
    assert shot.stat().st_size > 50_000


@pytest.mark.parametrize("report", ["seed"], indirect=True)  # the same templates as every fixture
def test_axe_finds_no_violation_in_an_open_explanation(report):
    name, page = report
    badge = page.locator(".article .badge").first
    badge.focus()
    assert badge.locator(".tip").is_visible()
    assert_no_violation(page, f"the {name} report's first explanation", context=".article .badge:focus")


@pytest.mark.parametrize("report", ["seed"], indirect=True)  # the same templates as every fixture
def test_axe_finds_no_violation_in_print(report):
    name, page = report
    page.emulate_media(media="print")
    try:
        assert page.locator(", ".join(PRINT_ONLY)).first.is_visible(), "nothing print-only is shown"
        assert not page.locator("table.dataTable").first.is_visible()
        assert_no_violation(page, f"the {name} report's print layout", context={"include": PRINT_ONLY},
                            options=PRINT_OPTIONS)
    finally:
        page.emulate_media(media="screen")


def relative_luminance(rgb: str) -> float:
    def channel(c: float) -> float:
        c /= 255
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    r, g, b = (float(x) for x in re.findall(r"[\d.]+", rgb)[:3])
    return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b)


def contrast(a: str, b: str) -> float:
    high, low = sorted((relative_luminance(a), relative_luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


@pytest.mark.parametrize("report", ["seed"], indirect=True)  # the same templates as every fixture
def test_keyboard_focus_is_visible_everywhere(report):
    """Every focusable element shows a ring, and a badge's ring stands out (3:1, WCAG 1.4.11) against the
    white page and every highlight colour it may sit beside."""
    name, page = report
    page.keyboard.press("Tab")  # keyboard modality, so :focus-visible applies as it would for a reader
    focus = page.evaluate("""() => {
      const focusable = 'a[href], button, input, select, textarea, [tabindex]:not([tabindex="-1"])';
      const shown = [...document.querySelectorAll(focusable)].filter(el => el.getClientRects().length);
      return shown.map(el => { el.focus(); const s = getComputedStyle(el);
        return {what: el.outerHTML.slice(0, 80), outline: s.outlineStyle, width: parseFloat(s.outlineWidth),
                color: s.outlineColor, shadow: s.boxShadow, badge: el.classList.contains('badge')}; });
    }""")
    highlights = page.eval_on_selector_all(".article mark", "els => els.map(e => getComputedStyle(e).backgroundColor)")
    assert any(f["badge"] for f in focus), f"no badge to focus in the {name} report"
    hidden = [f["what"] for f in focus if (f["outline"] == "none" or f["width"] == 0) and f["shadow"] == "none"]
    assert hidden == [], f"no focus indicator on {hidden[:SHOWN_TARGETS]}"
    for ring in {f["color"] for f in focus if f["badge"]}:
        for background in {"rgb(255, 255, 255)", *highlights}:
            assert contrast(ring, background) >= 3, f"badge focus ring {ring} on {background}"


def test_every_chart_has_a_text_alternative(report):
    """axe accepts alt="" (decorative); a chart must say what it shows."""
    name, page = report
    images = page.eval_on_selector_all("img", "els => els.map(e => [e.closest('figure.chart') !== null, e.alt])")
    assert images, f"no chart in the {name} report"
    assert all(in_chart for in_chart, _ in images), "an image outside a chart figure"
    for _, alt in images:
        assert len(alt.split()) >= 8 and alt.rstrip().endswith("."), f"chart alt text too thin: {alt!r}"
