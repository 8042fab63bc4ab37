"""The built report, opened offline in the system Chromium through Playwright (no browser download)."""

import pytest
from playwright.sync_api import sync_playwright

import csv

from claimcheck import config

LOCAL_SCHEMES = ("file:", "data:", "blob:", "about:")


@pytest.fixture(scope="module")
def page_visit(seed_build):
    """Open the report once; record console errors and every request the page makes."""
    if not config.CHROMIUM.exists():
        pytest.fail(f"{config.CHROMIUM} is missing: {config.CHROMIUM_INSTALL}")
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(config.CHROMIUM), args=list(config.CHROMIUM_ARGS))
        page = browser.new_page(viewport={"width": 1200, "height": 900})
        errors, requests = [], []
        page.on("console", lambda message: errors.append(message.text) if message.type == "error" else None)
        page.on("pageerror", lambda error: errors.append(str(error)))
        page.on("request", lambda request: requests.append(request.url))
        page.goto((seed_build / "report.html").as_uri(), wait_until="load")
        page.wait_for_function("document.querySelectorAll('#evidence-interactive tbody tr').length > 0", timeout=15000)
        visit = {
            "errors": errors,
            "requests": requests,
            "article_ids": page.eval_on_selector_all(".article .badge", "els => els.map(e => e.textContent)"),
            "table_text": page.inner_text("#evidence-interactive"),
            "images": page.eval_on_selector_all("figure.chart img", "els => els.map(e => [e.complete, e.naturalWidth])"),
            "tip_visible": None,
        }
        badge = page.locator(".article .badge").first
        badge.focus()
        visit["tip_visible"] = badge.locator(".tip").is_visible()
        browser.close()
    return visit


with config.CLAIMS_TABLE.open(encoding="utf-8") as _claims:
    CLAIM_IDS = [row["id"] for row in csv.DictReader(_claims)]


def test_the_console_shows_no_errors(page_visit):
    assert page_visit["errors"] == []


def test_no_request_leaves_the_machine(page_visit):
    assert page_visit["requests"], "the page made no request at all, so this test saw nothing"
    remote = [url for url in page_visit["requests"] if not url.startswith(LOCAL_SCHEMES)]
    assert remote == []


def test_every_claim_id_is_in_the_annotated_article(page_visit):
    for claim_id in CLAIM_IDS:
        assert any(claim_id in text for text in page_visit["article_ids"]), claim_id
    assert len(page_visit["article_ids"]) == len(CLAIM_IDS)


def test_every_claim_id_is_in_the_interactive_evidence_table(page_visit):
    for claim_id in CLAIM_IDS:
        assert claim_id in page_visit["table_text"], claim_id


def test_every_chart_image_has_loaded(page_visit):
    assert len(page_visit["images"]) >= 6
    assert all(complete and width > 0 for complete, width in page_visit["images"])


def test_focusing_a_highlight_shows_its_explanation(page_visit):
    assert page_visit["tip_visible"] is True


def test_no_table_overflows_the_printed_page_width(seed_build):
    """Laid out as for print on A4 (210 mm less 24 mm of margins), every table fits the page width."""
    printable_px = round((210 - 24) / 25.4 * 96)
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(config.CHROMIUM), args=list(config.CHROMIUM_ARGS))
        page = browser.new_page(viewport={"width": printable_px, "height": 1000})
        page.emulate_media(media="print")
        page.goto((seed_build / "report.html").as_uri(), wait_until="load")
        widths = page.eval_on_selector_all(
            "table.plain",
            "els => els.map(e => [e.className, e.getBoundingClientRect().right, e.scrollWidth, e.clientWidth])",
        )
        browser.close()
    assert len(widths) == 6  # evidence, external, mirror, sensitivity, figures, sources
    for name, right, scroll, client in widths:
        assert right <= printable_px + 1, f"{name} ends at {right}px, past the page's {printable_px}px"
        assert scroll <= client + 1, f"{name} content is wider than the table"


def test_hovering_highlighted_text_names_its_claims_and_verdicts(seed_build):
    page = (seed_build / "report.html").read_text(encoding="utf-8")
    # the highlight over "recording a nearly 5% increase..." carries C04's verdict and arithmetic as its tooltip
    assert 'title="C04 inconsistent: growth($94.8bn, $89.4bn) is a change of 6.0%' in page
