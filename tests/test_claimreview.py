"""ClaimReview markup, read back from the built HTML the way a search engine or fact-check aggregator reads it."""

import csv
import json

import extruct
from bs4 import BeautifulSoup

from claimcheck import config
from conftest import FIXTURE_ARTICLES

# What data/article.toml says about the seed article, written out by hand.
SEED_HEADLINE = "China strengthens its economic presence in Central Asia"
SEED_PUBLISHER = SEED_AUTHOR = "MNTV"
SEED_REVIEWER, SEED_REVIEW_DATE = "claimcheck", "2026-11-29"
PLAIN_LABELS = {"consistent": "consistent", "consistent_within_rounding": "consistent within rounding",
                "inconsistent": "inconsistent", "unverifiable": "unverifiable"}


def reviews_in(html_path):
    html = html_path.read_text(encoding="utf-8")
    return extruct.extract(html, syntaxes=["json-ld"], uniform=True)["json-ld"]


def rows(path):
    with open(path, encoding="utf-8", newline="") as table:
        return list(csv.DictReader(table))


def test_the_seed_report_carries_one_review_per_factual_claim_with_its_quote_verdict_and_explanation(seed_build):
    reviews = reviews_in(seed_build / "report.html")
    claims = {row["quote"]: row for row in rows(config.CLAIMS_TABLE)}
    verdicts = {row["claim_id"]: row for row in rows(seed_build / "verdicts.csv")}
    factual = [v for v in verdicts.values() if v["verdict"] != "opinion"]
    assert len(reviews) == len(factual) == 41 - 6  # the seed's 41 claims, 6 of them opinions

    for review in reviews:
        assert review["@context"] == "https://schema.org" and review["@type"] == "ClaimReview"
        claim = claims[review["claimReviewed"]]  # every review quotes a claim of claims.csv, word for word
        verdict = verdicts[claim["id"]]
        assert review["reviewRating"] == {"@type": "Rating", "alternateName": PLAIN_LABELS[verdict["verdict"]],
                                          "ratingExplanation": verdict["explanation"]}
        assert review["itemReviewed"] == {
            "@type": "Claim", "author": {"@type": "Organization", "name": SEED_AUTHOR},
            "appearance": {"@type": "NewsArticle", "headline": SEED_HEADLINE,
                           "publisher": {"@type": "Organization", "name": SEED_PUBLISHER}},
        }  # the seed's metadata gives no url or date for the article, so neither is invented
        assert review["author"] == {"@type": "Organization", "name": SEED_REVIEWER}
        assert review["datePublished"] == SEED_REVIEW_DATE
        assert "url" not in review  # no [review] url in the seed's metadata

    by_quote = {r["claimReviewed"]: r["reviewRating"]["alternateName"] for r in reviews}
    assert by_quote["recording a nearly 5% increase in trade turnover in 2024"] == "inconsistent"
    assert by_quote["making Turkmenistan China’s third-largest trade partner in the region"] == "inconsistent"


def test_claimreview_json_is_the_markup_the_report_embeds(seed_build):
    written = json.loads((seed_build / "claimreview.json").read_text(encoding="utf-8"))
    assert sorted(map(json.dumps, written)) == sorted(map(json.dumps, reviews_in(seed_build / "report.html")))


def test_the_build_says_which_metadata_the_markup_leaves_out(fresh_checkout):
    from conftest import BUILDS

    log = BUILDS.result("seed")[1].stdout
    # data/article.toml gives no url or publication date for the article, and no address for the report.
    assert "the article's metadata does not say: url, date_published, review.url;" in log


def test_every_fixture_report_carries_valid_markup(built):
    for name in FIXTURE_ARTICLES:
        out = built(name)
        reviews = reviews_in(out / "report.html")
        factual = [row for row in rows(out / "verdicts.csv") if row["verdict"] != "opinion"]
        assert len(reviews) == len(factual), name
        for review, verdict in zip(reviews, factual):
            assert review["@type"] == "ClaimReview" and review["claimReviewed"] == verdict["quote"], name
            assert review["reviewRating"]["alternateName"] == PLAIN_LABELS[verdict["verdict"]], name


def test_markup_in_the_metadata_cannot_break_out_of_the_json_ld_script(built):
    """The hostile fixture's review address holds '</script><script>alert(…)', its reviewer a script tag."""
    html = (built("hostile") / "report.html").read_text(encoding="utf-8")
    assert "</script><script>alert('review')" not in html
    scripts = BeautifulSoup(html, "html.parser").find_all("script")
    assert not [s for s in scripts if s.get_text().strip().startswith("alert(")]  # no script element was injected

    reviews = reviews_in(built("hostile") / "report.html")
    address = "https://example.org/report.html?x=</script><script>alert('review')</script>"
    assert reviews and all(r["url"].startswith(address + "#claim-H") for r in reviews)
    assert {r["author"]["name"] for r in reviews} == {"<script>alert('organisation')</script>"}
    anchors = {tag["id"] for tag in BeautifulSoup(html, "html.parser").select("[id^=claim-]")}
    assert {r["url"][len(address) + 1:] for r in reviews} <= anchors  # each url points at its claim's badge
