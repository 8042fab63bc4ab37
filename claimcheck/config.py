"""Every path and default parameter of the project, in one place."""

from __future__ import annotations

import os
from dataclasses import asdict, dataclass, fields
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
DATA = ROOT / "data"
NOTEBOOKS = ROOT / "notebooks"
FIGURES = ROOT / "figures"  # published charts (PNG and SVG)
REPORTS = ROOT / "reports"  # published report.html, report.pdf, verdicts.csv
TESTS = ROOT / "tests"
FIXTURES = TESTS / "fixtures"
# Build cache, staging and notebook scratch space; never published. CLAIMCHECK_BUILD_CACHE (or the
# build's --cache) moves it, which is how the tests keep the repository's own cache untouched.
BUILD_CACHE = Path(os.environ.get("CLAIMCHECK_BUILD_CACHE") or ROOT / ".build")
CONTENT_CACHE_LIMIT = 256 * 2**20  # bytes of cached results a build keeps, the least recently used going first

ARTICLE = SEEDS / "china-central-asia-trade-2024.txt"
FIGURES_TABLE = DATA / "figures.csv"
CLAIMS_TABLE = DATA / "claims.csv"
REFERENCE_TABLE = DATA / "reference" / "trade_sources.csv"  # independent figures, raw and immutable
EXTERNAL_CHECKS = DATA / "reference" / "external_checks.csv"  # which outside check settles which claim
METADATA_NAME = "article.toml"  # facts about the article, beside its figures table unless a path is given

# The notebooks in reading order. The build executes the last one, whose output is the report (and which
# writes verdicts.csv); the first two are the narrative a reader explores in JupyterLab.
NOTEBOOK_ORDER = ("00-review-draft.ipynb", "01-load-figures.ipynb", "02-check-claims.ipynb", "03-present-report.ipynb")
REPORT_NOTEBOOK = NOTEBOOK_ORDER[-1]

# Debian's Chromium prints the PDF and runs the browser tests; CLAIMCHECK_CHROMIUM points elsewhere.
CHROMIUM = Path(os.environ.get("CLAIMCHECK_CHROMIUM", "/usr/bin/chromium"))
CHROMIUM_INSTALL = "sudo apt-get install -y chromium fonts-dejavu-core"
# Flags that keep Chromium from reaching out to the network on its own.
CHROMIUM_ARGS = (
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--font-render-hinting=none",
)


READING_CHOICES = ("both", "strict")


@dataclass(frozen=True)
class Tolerances:
    """How a printed number may be read: hedge widths, the loose reading of trailing zeros, and 'steady'.

    Widths are fractions of the value. `rounding` off reads every printed digit as exact (the strict
    end of the sensitivity grid). `readings` chooses which readings of a printed number count:
    `both` (strict digits and loose trailing zeros) or `strict` only.
    """

    nearly: float = 0.05  # "nearly", "almost", "just under": at most this far below the number, never above
    just_over: float = 0.05  # "just over": at most this far above, never below
    approximately: float = 0.05  # "approximately", "around", "about", "roughly": both ways
    open_bound: float = 1.0  # "more than X" as an input to arithmetic: up to this far beyond X (as a claim: no limit)
    steady: float = 0.02  # "remained steady": a change within +/- this fraction
    loose_cap: float = 0.10  # a loose reading of trailing zeros is never wider than +/- this fraction
    rounding: bool = True
    readings: str = "both"

    def __post_init__(self) -> None:
        for field in fields(self):
            value = getattr(self, field.name)
            if field.type in (bool, "bool"):
                if not isinstance(value, bool):
                    raise ValueError(
                        f"tolerance parameter '{field.name}': expected true or false, found {value!r}"
                    )
                continue
            if field.type in (str, "str"):
                if value not in READING_CHOICES:
                    raise ValueError(f"tolerance parameter '{field.name}': expected one of "
                                     f"{', '.join(READING_CHOICES)}, found {value!r}")
                continue
            if isinstance(value, bool) or not isinstance(value, (int, float)):
                raise ValueError(
                    f"tolerance parameter '{field.name}': expected a number, found {value!r}"
                )
            if not 0 <= value <= 1:
                raise ValueError(
                    f"tolerance parameter '{field.name}': expected a fraction between 0 and 1, "
                    f"found {value!r}"
                )

    @classmethod
    def from_mapping(cls, values: dict) -> "Tolerances":
        known = {f.name for f in fields(cls)}
        unknown = sorted(set(values) - known)
        if unknown:
            raise ValueError(
                f"unknown tolerance parameter(s) {', '.join(unknown)}: expected some of "
                f"{', '.join(sorted(known))}"
            )
        return cls(**values)

    def as_dict(self) -> dict:
        return asdict(self)


DEFAULT_TOLERANCES = Tolerances()

# The sensitivity grid runs the engine from strict (every number exact) to lenient, and over the
# two readings of trailing zeros: printed digits exact, or trailing zeros as rounding.
SENSITIVITY_GRID = {
    "exact numbers": Tolerances(nearly=0, just_over=0, approximately=0, open_bound=0, steady=0, rounding=False,
                                readings="strict"),
    "printed digits": Tolerances(readings="strict"),
    "default": DEFAULT_TOLERANCES,
    "lenient": Tolerances(nearly=0.10, just_over=0.10, approximately=0.10, steady=0.05),
    "very lenient": Tolerances(nearly=0.25, just_over=0.25, approximately=0.25, steady=0.10, loose_cap=0.25),
}
