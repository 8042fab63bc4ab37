"""Render an executed notebook to a self-contained HTML page and, through the system Chromium, a PDF."""

from __future__ import annotations

import asyncio
import re
import tempfile
from pathlib import Path

import nbformat
from nbconvert.exporters import HTMLExporter, WebPDFExporter
from nbconvert.preprocessors import TagRemovePreprocessor
from traitlets import Any, Unicode
from traitlets.config import Config

from . import config

TEMPLATES = Path(__file__).parent / "templates"
STYLESHEET = Path(__file__).parent / "report.css"
HIDDEN_TAGS = {"parameters", "injected-parameters"}


class ChromiumMissing(RuntimeError):
    """The system browser that prints the PDF is not installed."""


def _exporter_config() -> Config:
    c = Config()
    c.TemplateExporter.exclude_input = True
    c.TemplateExporter.exclude_input_prompt = True
    c.TemplateExporter.exclude_output_prompt = True
    c.TemplateExporter.extra_template_basedirs = [str(TEMPLATES)]
    c.TemplateExporter.template_name = "claimcheck"
    c.TagRemovePreprocessor.enabled = True
    c.TagRemovePreprocessor.remove_cell_tags = set(HIDDEN_TAGS)
    return c


def _resources(title: str) -> dict:
    return {"metadata": {"name": title}, "claimcheck_css": STYLESHEET.read_text(encoding="utf-8")}


def render_html(notebook: nbformat.NotebookNode, title: str) -> str:
    exporter = HTMLExporter(config=_exporter_config())
    exporter.register_preprocessor(TagRemovePreprocessor(config=_exporter_config()), enabled=True)
    html, _ = exporter.from_notebook_node(notebook, resources=_resources(title))
    return html


class SystemChromiumPDFExporter(WebPDFExporter):
    """nbconvert's WebPDF exporter, printing with the system Chromium instead of a downloaded one.

    With a `printer` it prints through that already running browser; `html` keeps the page it printed,
    so that one export gives both the report's HTML and its PDF.
    """

    printer = Any(None, allow_none=True, help="a running Printer to print with; None starts Chromium for this page")
    html = Unicode("", help="the HTML page the last export printed")

    def run_playwright(self, html: str) -> bytes:
        self.html = html
        return print_pdf(html) if self.printer is None else self.printer.print_pdf(html)


def render_report(notebook: nbformat.NotebookNode, title: str, printer: "Printer | None") -> tuple[str, bytes | None]:
    """The report's HTML page and, given a printer, its PDF, both from the executed notebook."""
    if printer is None:
        return render_html(notebook, title), None
    exporter = SystemChromiumPDFExporter(config=_exporter_config(), printer=printer)
    exporter.register_preprocessor(TagRemovePreprocessor(config=_exporter_config()), enabled=True)
    pdf, _ = exporter.from_notebook_node(notebook, resources=_resources(title))
    return exporter.html, pdf


PDF_OPTIONS = dict(
    format="A4", print_background=True, prefer_css_page_size=True,
    margin={"top": "14mm", "bottom": "14mm", "left": "12mm", "right": "12mm"},
    display_header_footer=True, header_template="<span></span>",
    footer_template='<div style="font-size:8px;width:100%;text-align:center;color:#555">'
    '<span class="pageNumber"></span> / <span class="totalPages"></span></div>',
)


async def _launch(playwright):
    return await playwright.chromium.launch(
        executable_path=str(config.CHROMIUM), args=list(config.CHROMIUM_ARGS),
        handle_sigint=False, handle_sigterm=False, handle_sighup=False,
    )


async def _print_page(browser, html_path: Path) -> bytes:
    page = await browser.new_page()
    try:
        await page.emulate_media(media="print")
        await page.goto(html_path.as_uri(), wait_until="load")
        return await page.pdf(**PDF_OPTIONS)
    finally:
        await page.close()


async def _print(html_path: Path) -> bytes:
    from playwright.async_api import async_playwright

    async with async_playwright() as playwright:
        browser = await _launch(playwright)
        try:
            return await _print_page(browser, html_path)
        finally:
            await browser.close()


class Printer:
    """One Chromium, started early in its own thread and reused for every page printed."""

    def __init__(self):
        import threading

        self._loop = asyncio.new_event_loop()
        self._thread = threading.Thread(target=self._loop.run_forever, name="chromium-printer", daemon=True)
        self._thread.start()
        self._ready = asyncio.run_coroutine_threadsafe(self._start(), self._loop)

    async def _start(self):
        from playwright.async_api import async_playwright

        self._playwright = await async_playwright().start()
        self._browser = await _launch(self._playwright)

    def print_pdf(self, html: str) -> bytes:
        self._ready.result()
        with tempfile.TemporaryDirectory(prefix="claimcheck-pdf-") as folder:
            page = Path(folder) / "report.html"
            page.write_text(html, encoding="utf-8")
            job = asyncio.run_coroutine_threadsafe(_print_page(self._browser, page), self._loop)
            return fix_pdf_dates(job.result())

    def close(self) -> None:
        async def stop():
            if self._ready.done() and not self._ready.exception():
                await self._browser.close()
                await self._playwright.stop()

        try:
            asyncio.run_coroutine_threadsafe(stop(), self._loop).result(timeout=30)
        finally:
            self._loop.call_soon_threadsafe(self._loop.stop)
            self._thread.join(timeout=10)


# Chromium stamps the PDF with the time it was printed; a fixed stamp of the same length keeps
# rebuilds byte-identical without moving any byte offset the PDF's cross-reference table relies on.
FIXED_PDF_DATE = b"D:20000101000000"
_PDF_DATE = re.compile(rb"D:\d{14}")


def fix_pdf_dates(pdf: bytes) -> bytes:
    return _PDF_DATE.sub(FIXED_PDF_DATE, pdf)


def print_pdf(html: str) -> bytes:
    """Print an HTML page to PDF bytes with the system Chromium."""
    if not config.CHROMIUM.exists():
        raise ChromiumMissing(
            f"{config.CHROMIUM} is not installed, so report.pdf was not built. Install it with: {config.CHROMIUM_INSTALL}"
        )
    with tempfile.TemporaryDirectory(prefix="claimcheck-pdf-") as folder:
        page = Path(folder) / "report.html"
        page.write_text(html, encoding="utf-8")
        return fix_pdf_dates(asyncio.run(_print(page)))
