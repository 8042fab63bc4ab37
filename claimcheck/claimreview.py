"""The verdicts as schema.org ClaimReview structured data, for search engines and fact-check tools.

One ClaimReview per claim with a verdict about facts (every verdict but `opinion`). Every field comes
from the article's metadata or the build's parameters; a field whose value is unknown is left out,
never invented, and `missing` says which.
"""

from __future__ import annotations

import json
from pathlib import Path

from .report import Report
from .style import VERDICT_LABELS


def _drop_empty(value):
    """The structure without empty strings, and without objects left holding only their @type."""
    if isinstance(value, dict):
        cleaned = {k: _drop_empty(v) for k, v in value.items()}
        cleaned = {k: v for k, v in cleaned.items() if v not in ("", None, {}, [])}
        return {} if set(cleaned) <= {"@type"} else cleaned
    if isinstance(value, list):
        return [v for v in (_drop_empty(v) for v in value) if v not in ("", None, {}, [])]
    return value


def claim_reviews(report: Report) -> list[dict]:
    meta = report.metadata
    appearance = {
        "@type": "NewsArticle", "url": meta.url, "headline": meta.headline, "datePublished": meta.date_published,
        "publisher": {"@type": "Organization", "name": meta.publisher},
    }
    reviews = []
    for v in report.verdicts:
        if v.verdict == "opinion":
            continue
        reviews.append(_drop_empty({
            "@context": "https://schema.org",
            "@type": "ClaimReview",
            "claimReviewed": v.quote,
            "itemReviewed": {"@type": "Claim", "author": {"@type": "Organization", "name": meta.author},
                             "appearance": appearance},
            "reviewRating": {"@type": "Rating", "alternateName": VERDICT_LABELS[v.verdict],
                             "ratingExplanation": v.explanation},
            "author": {"@type": "Organization", "name": report.reviewer},
            "datePublished": meta.review.get("date", ""),
            "url": f"{report.report_url}#claim-{v.claim_id}" if report.report_url else "",
        }))
    return reviews


def missing(report: Report) -> list[str]:
    """Which ClaimReview fields the metadata and parameters leave empty."""
    return [name for name in report.metadata.missing() if name != "review.organisation" or not report.reviewer]


def write_claimreview(report: Report, path: Path | str) -> None:
    """claimreview.json: the same markup as in the report, with stable bytes."""
    Path(path).parent.mkdir(parents=True, exist_ok=True)
    Path(path).write_text(json.dumps(claim_reviews(report), ensure_ascii=False, indent=1, sort_keys=True) + "\n",
                          encoding="utf-8")
