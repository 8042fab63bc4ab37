"""Draft the figures and claims tables (and article.toml) of any plain-text article, for a person to review.

    python -m claimcheck.draft --article ARTICLE --out DIR [--date YYYY-MM-DD] [--dollar AUD]

Writes DIR/figures.csv, DIR/claims.csv and DIR/article.toml in the format of data/README.md. They pass
the project's validation as they stand (`claimcheck.engine.load_inputs`), and every row carries a
`review` note saying what a person should check, so a report built on a draft is a DRAFT and a would-be
contradiction is listed "to review", never as a finding.

How it reads an article (each module's docstring has the rules):

- `text`: sentences, clauses and names. Names are told from sentence words by grammar (a capitalised word
  that starts a sentence is a name only if the article also capitalises it inside a sentence, or it names
  a country, a region or a nationality in Babel's CLDR data; function words never start a name), not by a
  list of words taken from articles.
- `when`: time expressions as periods ("the first five months of 2025" -> 2025-01..2025-05, "a year
  earlier"), read against the article's date (`--date`, or `date_published` of an article.toml beside the
  article, else the latest year it reports on).
- `figures`: every number with entity, counterpart, metric, period, unit, qualifier and direction. A bare
  '$' is the currency `--dollar` names, or `dollar` of an article.toml beside the article, else US dollars.
- `claims`: claims within and across sentences (growth pairs, shares, totals, ranks, conversions, signs).
- `metadata`: article.toml with the headline, the publisher a dateline names, and a guessed role for
  every entity.
- `review`: the review notebook's helpers (notebooks/00-review-draft.ipynb).

Why rules and no NLP library: the project may only use a model that installs from PyPI with the model
inside, downloading nothing at run time. spaCy's English pipelines are not on PyPI as packages of their
own (only unofficial re-uploads are), Stanza, Flair and GLiNER download their models at run time, and
NLTK's and TextBlob's taggers need a separate corpus download. None qualifies, so the drafter is readable
rules over the sentence's structure; `numbers.find_mentions` finds the numbers themselves.
"""

from __future__ import annotations

import argparse
import re
import sys
import tomllib
from datetime import date
from pathlib import Path

import pandas as pd

from ..load import load_article
from .claims import DraftClaim, draft_claims
from .figures import Article, DraftFigure, draft_figures, review_note

FIGURE_OUTPUT = ("id", "entity", "counterpart", "metric", "period", "value", "unit", "qualifier", "direction", "quote",
                 "review")
CLAIM_OUTPUT = ("id", "quote", "kind", "subject", "stated", "computed", "members", "expect", "needs", "note", "periods",
                "review")

__all__ = ["Article", "DraftClaim", "DraftFigure", "draft", "draft_article", "draft_claims", "draft_figures",
           "reference_date", "main"]


def _beside(article_path: Path | str, key: str) -> str:
    """A key of the article.toml beside the article, as a reader of the article would know it; '' if none."""
    toml = Path(article_path).parent / "article.toml"
    if toml.is_file():
        try:
            return str(tomllib.loads(toml.read_text(encoding="utf-8")).get(key, ""))
        except tomllib.TOMLDecodeError:
            return ""
    return ""


def reference_date(article_path: Path | str) -> date | None:
    """The article's date: `date_published` of an article.toml beside it, if there is one."""
    try:
        value = _beside(article_path, "date_published")
        return date.fromisoformat(value) if value else None
    except ValueError:
        return None


def reference_dollar(article_path: Path | str) -> str:
    """The currency a bare '$' means: `dollar` of an article.toml beside the article, else US dollars."""
    return _beside(article_path, "dollar") or "USD"


def _require_currency(code: str, source: str) -> None:
    """Refuse a '$' currency that is not an ISO 4217 code before anything is written."""
    from ..errors import InputError, Problem
    from ..quantities import UnitError, parse_unit

    try:
        if parse_unit(code).kind == "money":
            return
    except UnitError:
        pass
    raise InputError(Problem(source, "an ISO 4217 currency code such as USD or AUD", repr(code),
                             hint="use a code from the ISO 4217 list in capitals, such as USD, EUR, AUD or NZD"))


def draft_article(text: str, reference: date | None = None, dollar: str = "USD") -> tuple[Article, list[DraftClaim]]:
    """Figures and claims of an article's text, before validation."""
    article = draft_figures(text, reference, dollar)
    claims = draft_claims(article)
    _write_names_in_full(article, claims)
    _one_word_for_the_top_line(article)
    _name_shares(article)
    for figure in article.figures:  # the review notes say the labels as they finally are
        figure.review = review_note(figure)
    return article, claims


# sales measured apart from revenue, named before the number in its sentence
OWN_SALES = re.compile(r"\b(?:like[\s-]for[\s-]like|same[\s-]store|comparable|organic|underlying|constant[\s-]currency|"
                       r"retail|unit|volume)\s+sales\b", re.IGNORECASE)


def _one_word_for_the_top_line(article: Article) -> None:
    """'Revenue rose 6.1% to €4.5 billion ... Automotive sales grew 14.7% to €2.03 billion': an article that counts money
    as revenue means the same by bare sales, so its tables name it once ('revenue'), as a reader compares them. Where
    the article counts any sales in things (room nights, cars), sales is another measure and keeps its name; so does
    any sales with a word of its own ('like-for-like sales'). Renamed once the claims are drafted, as the names are
    written in full: what drafting pairs and ranks stays as its sentences word it."""
    def money(f) -> bool:
        return f.kind == "amount" and not f.is_count and "_per_" not in f.unit

    sales = [f for f in article.figures if f.metric == "sales"]
    if not any(f.metric == "revenue" and money(f) for f in article.figures) or not any(money(f) for f in sales) \
            or any(f.kind == "amount" and not money(f) for f in sales):
        return
    for figure in sales:
        sentence = article.sentences[figure.sentence]
        if not OWN_SALES.search(sentence.text[:figure.number_start - sentence.start]):
            figure.metric = "revenue"


def _name_shares(article: Article) -> None:
    """A share is its own measure: '16.2% of the total' of coffee exports measures the share of coffee exports, not
    coffee exports. Drafting pairs a share with its amount by their common measure, so it is renamed only here."""
    for figure in article.figures:
        if figure.share and figure.unit == "percent" and not re.search(r"\b(?:share|ratio|rate|margin|weight)\b",
                                                                       figure.metric):
            figure.metric = f"share of {figure.metric}"


def _write_names_in_full(article: Article, claims: list[DraftClaim]) -> None:
    """The tables name each entity in full ('Hanul Airlines'), however a sentence shortens it ('Hanul'). Drafting
    reads the sentences' own words, so the names are written in full only once the claims are drafted."""
    full = article.full_names()
    if not full:
        return
    for figure in article.figures:
        figure.entity = full.get(figure.entity, figure.entity)
        figure.counterpart = full.get(figure.counterpart, figure.counterpart)
    for claim in claims:
        claim.subject = full.get(claim.subject, claim.subject)
        if claim.members:
            members = (member.partition(": ") for member in claim.members.split("; "))
            claim.members = "; ".join(f"{full.get(label, label)}{colon}{ids}" for label, colon, ids in members)


def draft(article_path: Path | str, out: Path | str, reference: date | None = None,
          dollar: str | None = None) -> tuple[Path, Path]:
    """Draft figures.csv, claims.csv and article.toml into `out`; returns the paths of the two tables."""
    from .metadata import draft_metadata
    from .validate import make_checkable

    text = load_article(article_path)
    reference = reference or reference_date(article_path)
    source = "--dollar" if dollar else f"{Path(article_path).parent / 'article.toml'}, field 'dollar'"
    dollar = dollar or reference_dollar(article_path)
    _require_currency(dollar, source)
    article, claims = draft_article(text, reference, dollar)
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    figures_path, claims_path, toml_path = out / "figures.csv", out / "claims.csv", out / "article.toml"
    toml_path.write_text(draft_metadata(article, dollar), encoding="utf-8")
    # written and loaded where they are kept, so that the check a person runs next reuses that load
    make_checkable(Path(article_path), toml_path, article.figures, claims, (figures_path, claims_path))
    return figures_path, claims_path


def write_tables(figures: list[DraftFigure], claims: list[DraftClaim], figures_path: Path, claims_path: Path) -> None:
    for rows, columns, path in ((figures, FIGURE_OUTPUT, figures_path), (claims, CLAIM_OUTPUT, claims_path)):
        table = pd.DataFrame([[getattr(row, column) for column in columns] for row in rows], columns=list(columns))
        table.to_csv(path, index=False, lineterminator="\n")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m claimcheck.draft", description=__doc__.split("\n\n")[0])
    parser.add_argument("--article", required=True)
    parser.add_argument("--out", required=True)
    parser.add_argument("--date", default=None, help="the article's date, YYYY-MM-DD (default: article.toml beside it)")
    parser.add_argument("--dollar", default=None, help="the currency a bare '$' means, e.g. AUD (default: article.toml "
                        "beside it, else USD)")
    args = parser.parse_args(argv)
    from ..errors import InputError

    try:
        reference = date.fromisoformat(args.date) if args.date else None
    except ValueError:
        print(f"error: --date: expected YYYY-MM-DD, found {args.date!r}", file=sys.stderr)
        return 2
    try:
        figures_path, claims_path = draft(args.article, args.out, reference, args.dollar)
    except InputError as error:
        print(error, file=sys.stderr)
        return 2
    print(f"[claimcheck] drafted {figures_path}, {claims_path} and {Path(args.out) / 'article.toml'}; every row "
          "needs review before it is trusted.")
    if len(pd.read_csv(figures_path)) == 0:
        print(f"[claimcheck] no number in {args.article} could be drafted as a figure: add its rows to {figures_path} "
              "by hand (data/README.md) before building a report.", file=sys.stderr)
    return 0
