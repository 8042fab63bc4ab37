"""A drafted article.toml: the headline, the publisher a dateline names, and a guessed role for every entity.

Roles follow from the figures and the names: a region or bloc (CLDR's regions, or a name such as
"Andean partners") is a `region` with the countries named after it as members; a country is a `partner`
when the article is about flows with it, else a `country`; a statistics office or ministry is a
`reporter`; a central bank or government is `government`; a name with a company word, or the main
entity of an article about revenue and profit, is a `company`; a lower-case entity is a `product` when
it is traded, else a `sector`; "A, B and C" is a `group`; a currency is `other`.
"""

from __future__ import annotations

import json
import re

from .figures import Article, CURRENCY_NOUNS
from .text import AGENCY_WORDS, COMPANY_WORDS, GOVERNMENT_WORDS, dateline, is_region, is_territory

CORPORATE_METRICS = ("revenue", "profit", "sales", "earnings", "cash flow", "buyback", "dividend", "margin", "debt")


def _quote(text: str) -> str:
    return json.dumps(text, ensure_ascii=False)


def guess_role(entity: str, article: Article) -> str:
    words = set(re.findall(r"[a-z]+", entity.lower()))
    metrics = " ".join(f.metric for f in article.figures if f.entity == entity)
    if entity in CURRENCY_NOUNS.values() or entity.lower() in ("yuan", "yen", "rupee", "euro", "dollar", "pound"):
        return "other"
    if " and " in entity and "," in entity or re.search(r"\band\b", entity) and all(
            part.strip() in {f.entity for f in article.figures} for part in re.split(r",|\band\b", entity) if part.strip()):
        return "group"
    if is_region(entity):
        return "region"
    if words & AGENCY_WORDS:
        return "reporter"
    if words & GOVERNMENT_WORDS:
        return "government"
    if words & COMPANY_WORDS:
        return "company"
    if is_territory(entity):
        traded = article.counterpart or any(f.counterpart == entity for f in article.figures)
        return "partner" if traded and entity != article.main else "country"
    if entity[:1].islower():
        return "product" if re.search(r"\b(exports|imports|trade)\b", metrics) else "sector"
    if entity == article.main and any(m in metrics for m in CORPORATE_METRICS):
        return "company"
    if entity[:1].isupper() and any(m in metrics for m in CORPORATE_METRICS):
        return "company"
    return "other"


def region_members(region: str, article: Article) -> list[str]:
    """The countries named with figures after the region's first figure, up to the next region's."""
    starts = sorted({f.entity: min(g.number_start for g in article.figures if g.entity == f.entity)
                     for f in article.figures if is_region(f.entity)}.items(), key=lambda kv: kv[1])
    for i, (name, first) in enumerate(starts):
        if name == region:
            end = starts[i + 1][1] if i + 1 < len(starts) else len(article.text)
            return list(dict.fromkeys(f.entity for f in article.figures if first <= f.number_start < end
                                      and is_territory(f.entity) and not is_region(f.entity)
                                      and f.entity not in (article.main, article.counterpart)))
    return []


def draft_metadata(article: Article, dollar: str = "USD") -> str:
    lines = ["# Drafted by `make draft` (claimcheck.draft): every value here is a guess to review; see data/README.md.",
             f"headline = {_quote(article.sentences[0].text if article.sentences else '')}"]
    if dollar != "USD":
        lines.append(f"dollar = {_quote(dollar)}  # the currency a bare '$' means in this article")
    for s in article.sentences[:3]:
        _, publisher, _ = dateline(s)
        if publisher:
            lines.append(f"publisher = {_quote(publisher)}")
            break
    if article.counterpart:
        lines.append("# The economy every flow in the article is with (guessed from the names after 'with', 'to', 'from').")
        lines.append(f"counterpart = {_quote(article.counterpart)}")
    lines += ["", "# Roles guessed by claimcheck.draft.metadata: review each one (partner, region, product, company, reporter, ...).",
              "[entities]"]
    entities = list(dict.fromkeys([f.entity for f in article.figures] + [f.counterpart for f in article.figures if f.counterpart]))
    for entity in entities:
        role = guess_role(entity, article)
        if role == "region":
            members = region_members(entity, article)
            lines.append(f"{_quote(entity)} = {{ role = \"region\", members = [{', '.join(_quote(m) for m in members)}] }}")
        else:
            lines.append(f"{_quote(entity)} = {_quote(role)}")
    return "\n".join(lines) + "\n"
