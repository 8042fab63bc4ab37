"""Draft the figures and claims tables of any plain-text article, by rules an analyst can read.

    python -m claimcheck.draft --article ARTICLE --out DIR

Writes DIR/figures.csv and DIR/claims.csv in the project's schema. They pass the project's
validation as they stand; every guess (entity, year, metric, kind, members) is flagged for review:
figures in their `review` column, claims in their `note`.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from .load import load_article
from .numbers import find_mentions
from .readings import QUALIFIER_SIDES
from .schema import CLAIM_COLUMNS, FIGURE_COLUMNS

# -- the rules, as data --------------------------------------------------------------------------------
QUALIFIERS = sorted((q for q in QUALIFIER_SIDES if q != "none"), key=len, reverse=True)
UP_WORDS = r"increas\w*|ris\w*|rose|grew|grow\w*|up|surg\w*|expand\w*|skyrocket\w*|jump\w*|climb\w*|gain\w*|boost\w*"
DOWN_WORDS = r"decreas\w*|declin\w*|drop\w*|fell|fall\w*|down|shr[iu]nk\w*|contract\w*|slump\w*|plung\w*"
SUPERLATIVES = {"largest": 1, "biggest": 1, "highest": 1, "top": 1, "leading": 1, "main": 1, "primary": 1}
ORDINALS = {"second": 2, "third": 3, "fourth": 4, "fifth": 5}
JUDGEMENT_WORDS = (r"\b(may|might|could|likely|underscor\w*|influence|signal\w*|cement\w*|dominant|strengthen\w*|"
                   r"solidif\w*|significant|suggest\w*|appears?|seems?)\b")
COUNT_UNITS = r"(tonnes|tons|barrels|people|containers|vehicles|jobs|units|kilometres|kilometers|km|flights|trains)"
STOP_NAMES = {"The", "A", "An", "This", "That", "These", "Its", "It", "In", "On", "By", "For", "With", "While",
              "Although", "Similarly", "Overall", "Imports", "Exports", "Trade", "Critics", "Observers", "According",
              "Leaders", "US", "GDP"}


@dataclass
class DraftFigure:
    id: str
    entity: str
    metric: str
    period: str
    value: float
    unit: str
    qualifier: str
    direction: str
    quote: str
    start: int
    end: int
    sentence: int
    review: str

    def row(self) -> dict:
        return {c: getattr(self, c) for c in FIGURE_COLUMNS} | {"review": self.review}

    @property
    def year(self) -> int:
        return int(self.period[:4])


@dataclass
class Sentence:
    index: int
    start: int
    text: str
    figures: list[DraftFigure] = field(default_factory=list)


def sentences(article: str) -> list[Sentence]:
    """Split on line breaks and on sentence ends that are not decimal points."""
    found = []
    for line in re.finditer(r"[^\n]+", article):
        offset = line.start()
        for part in re.finditer(r".+?(?:[.!?](?=\s|$)|$)", line.group(0)):
            text = part.group(0).strip()
            if text:
                start = offset + part.start() + (len(part.group(0)) - len(part.group(0).lstrip()))
                found.append(Sentence(len(found), start, text))
    return found


def _names(text: str) -> list[tuple[int, str]]:
    """Capitalised word sequences, possessives dropped: candidate entities, with positions."""
    names = []
    for match in re.finditer(r"[A-Z][\w\-]*(?:\s+[A-Z][\w\-]*)*", text):
        words = [w for w in match.group(0).split() if w not in STOP_NAMES and not (len(w) > 1 and w.isupper())]
        if words:
            name = re.sub(r"[’']s$", "", " ".join(words))
            names.append((match.start(), name))
    return names


def _unique_quote(article: str, start: int, end: int, bounds: tuple[int, int]) -> tuple[str, int]:
    """Grow the span word by word, inside its sentence, until it occurs once in the article."""
    lo, hi = start, end
    while article.count(article[lo:hi]) > 1 and (lo > bounds[0] or hi < bounds[1]):
        if hi < bounds[1]:
            nxt = article.find(" ", hi + 1)
            hi = bounds[1] if nxt == -1 or nxt > bounds[1] else nxt
        if article.count(article[lo:hi]) > 1 and lo > bounds[0]:
            prev = article.rfind(" ", bounds[0], lo - 1)
            lo = bounds[0] if prev == -1 else prev + 1
    quote = article[lo:hi].strip()
    return quote, article.find(quote, lo)


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "_", text.lower()).strip("_")[:24] or "x"


def counterpart(parts: list[Sentence]) -> str | None:
    """The name in most sentences (the country all the trade is with), if it is in at least 40% of them."""
    counts = Counter(name for s in parts for name in dict.fromkeys(n for _, n in _names(s.text)))
    if not counts:
        return None
    name, seen = counts.most_common(1)[0]  # ties go to the name seen first: the same answer every run
    return name if seen >= 3 and seen >= 0.4 * len(parts) else None


def _entity(text: str, position: int, other: str | None, previous: str) -> str:
    """The sentence's own subject: a possessive name first, then the first name that is not the counterpart."""
    names = [(p, " ".join(w for w in n.split() if w != other)) for p, n in _names(text)]
    names = [(p, n) for p, n in names if n]
    possessive = [(p, re.sub(r"[’']s$", "", n)) for p, n in names if re.match(r"[’']s\b", text[p + len(n):p + len(n) + 2])]
    if possessive:
        before = [n for p, n in possessive if p < position]
        return before[-1] if before else possessive[0][1]
    return names[0][1] if names else previous


def _flow(text: str, position: int) -> str:
    """The flow word nearest before the number in its clause, else the nearest after it."""
    clause_start = max([m.start() for m in re.finditer(r",(?!\d)|;", text[:position])] or [0])
    before = (re.findall(r"export|import|trade|turnover", text[clause_start:position].lower())
              or re.findall(r"export|import", text[:position].lower()))
    after = re.findall(r"export|import|trade|turnover", text[position:position + 40].lower())
    word = before[-1] if before else after[0] if after else "trade"
    return {"export": "exports", "import": "imports"}.get(word, "trade")


def draft_figures(article: str) -> tuple[list[DraftFigure], list[Sentence]]:
    parts = sentences(article)
    other = counterpart(parts)
    years = [int(m.value) for m in find_mentions(article) if m.unit is not None and m.unit.kind == "year"]
    latest = max(years) if years else 2000
    figures: list[DraftFigure] = []
    used_ids: Counter = Counter()
    previous_entity = "unknown"
    for sentence in parts:
        text = sentence.text
        sentence_years = [(m.start, int(m.value)) for m in find_mentions(text) if m.unit is not None and m.unit.kind == "year"]
        for mention in find_mentions(text):
            if mention.unit is None or mention.word:
                continue  # a bare number with no unit is not a figure
            kinds = {"year": "year", "count": "count", "percent": "percent"}
            unit = kinds.get(mention.unit.kind, mention.unit.code)
            if mention.unit.kind == "money" and "_" not in mention.unit.code:
                unit = "USD"
            counted = None
            if unit == "year":
                if not re.search(rf"since (?:at least )?{mention.text}\b", text):
                    continue  # a year is a figure only when the year itself is the claim
            elif unit == "count":
                counted = re.search(rf"\b{COUNT_UNITS}\b", mention.text)
                if not counted:
                    continue  # a count of something that is not a quantity
            elif unit == "USD":
                continue  # a dollar amount with no scale word is too ambiguous to draft
            before = text[max(0, mention.start - 40): mention.start].lower()
            qualifier = next((q for q in QUALIFIERS if re.search(rf"\b{q}\s*$", before)), "none")
            start = mention.start - (len(qualifier) + 1 if qualifier != "none" else 0)
            direction, metric, review = "", "trade", []
            flow = _flow(text, mention.start)
            if unit == "percent":
                near = text[max(0, mention.start - 45): mention.end + 15].lower()
                if re.search(rf"\b({DOWN_WORDS})\b", near):
                    direction = "down"
                elif re.search(rf"\b({UP_WORDS})\b", near):
                    direction = "up"
                metric = flow
            elif unit == "year":
                metric = "since year"
            elif unit == "count":
                metric = "quantity"
                review.append(f"counted in {counted.group(1)}")
            else:
                metric = flow
            entity = _entity(text, mention.start, other, previous_entity)
            review.append(f"entity '{entity}' guessed from the sentence")
            if unit == "percent":  # a change is for the latest year the sentence names
                nearest_year = max((y for _, y in sentence_years), default=None)
            else:  # "to $2.8 billion in 2024": a year just after the amount is its year
                following = [y for p, y in sentence_years if 0 <= p - mention.end <= 12]
                nearest_year = following[0] if following else (
                    min(sentence_years, key=lambda y: abs(y[0] - mention.start))[1] if sentence_years else None)
            if unit == "year":
                year = int(mention.value)
            elif re.search(r"previous year|a year earlier|last year", text[mention.end: mention.end + 40]):
                year = (nearest_year or latest) - 1
                review.append("year taken as the one before")
            else:
                year = nearest_year or latest
                review.append(f"year {year} guessed")
            absolute_start = sentence.start + start
            absolute_end = sentence.start + mention.end
            quote, qstart = _unique_quote(article, absolute_start, absolute_end,
                                          (sentence.start, sentence.start + len(text)))
            base = f"{_slug(entity)}_{_slug(metric)}_{year}"
            used_ids[base] += 1
            figure_id = base if used_ids[base] == 1 else f"{base}_{used_ids[base]}"
            code = mention.unit.code
            figure = DraftFigure(figure_id, entity, metric, str(year), mention.value, code,
                                 qualifier, direction, quote, qstart, qstart + len(quote), sentence.index, "; ".join(review))
            figures.append(figure)
            sentence.figures.append(figure)
        if sentence.figures:
            previous_entity = sentence.figures[-1].entity
        else:
            previous_entity = _entity(text, len(text), other, previous_entity)
    return figures, parts


@dataclass
class DraftClaim:
    id: str
    quote: str
    kind: str
    subject: str = ""
    stated: str = ""
    computed: str = ""
    members: str = ""
    expect: str = ""
    needs: str = ""
    note: str = ""
    review: str = ""

    def row(self) -> dict:
        return {c: getattr(self, c) for c in CLAIM_COLUMNS} | {"review": self.review}


def _money(figures):
    """Amounts a rate can apply to: money, or counts of things."""
    return [f for f in figures if f.unit not in ("percent", "pp", "times", "year")]


def draft_claims(article: str, figures: list[DraftFigure], parts: list[Sentence]) -> list[DraftClaim]:
    claims: list[DraftClaim] = []
    used: set[str] = set()
    latest = max((f.year for f in figures), default=2000)
    levels = [f for f in figures if f.metric == "trade" and f.unit != "percent" and f.year == latest]

    def add(kind, quote, rule, **fields):
        if article.count(quote) != 1:
            return
        claims.append(DraftClaim(f"D{len(claims) + 1:02d}", quote, kind, review=f"Needs review: proposed by the rule '{rule}'.",
                                 **fields))
        used.update(v for k, v in fields.items() if k == "stated" and v)
        for key in ("computed", "members"):
            used.update(re.findall(r"[A-Za-z_][A-Za-z0-9_]*", fields.get(key, "")))

    for sentence in parts:
        text, figs = sentence.text, sentence.figures
        lowered = text.lower()
        money, rates = _money(figs), [f for f in figs if f.unit == "percent" and f.direction]
        if not figs:
            if re.search(JUDGEMENT_WORDS, lowered):
                add("opinion", text, "a judgement word and no number")
            elif len(text.split()) >= 5:
                add("unverifiable", text, "a statement with no number", needs="outside data (review)")
            continue
        rank_word = next((w for w in SUPERLATIVES if re.search(rf"\b{w}\b", lowered)), None)
        ordinal = next((n for w, n in ORDINALS.items() if re.search(rf"\b{w}-(largest|biggest)\b", lowered)), None)
        subject_fig = money[0] if money else None
        if (rank_word or ordinal) and subject_fig and len(levels) > 1:
            members = "; ".join(f"{f.entity}: {f.id}" for f in levels if f.entity != "unknown")
            entities = [f.entity for f in levels]
            if subject_fig.entity in entities and len(set(entities)) == len(entities):
                add("rank", text, "a superlative or ranking word", subject=subject_fig.entity, members=members,
                    expect=str(ordinal or 1))
        from_to = re.search(r"from\s+(\S+)\s.*?\bto\s+(\S+)|to\s+(\S+)\s.*?up from\s+(\S+)", text)
        if rates and len(money) >= 2 and from_to:
            previous = next((f for f in money if f.year < max(m.year for m in money)), money[0])
            current = next((f for f in money if f is not previous and f.year >= previous.year), money[-1])
            if current.year == previous.year + 1 and current.unit.split("_")[0] == previous.unit.split("_")[0]:
                add("growth", text, "'from ... to' or 'up from' with a percentage", stated=rates[0].id,
                    computed=f"growth({current.id}, {previous.id})")
        elif rates and money:
            add("unanchored_growth", text, "'rose/fell by N%' with one amount", stated=rates[0].id,
                computed=f"previous({money[-1].id}, {rates[0].id})", needs="the previous year's figure")
        exports = [f for f in money if f.metric == "exports"]
        imports = [f for f in money if f.metric == "imports"]
        if exports and imports:
            entity = exports[0].entity
            total = next((f for f in figures if f.metric == "trade" and f.unit != "percent" and f.year == exports[0].year
                          and f.entity == entity), None)
            if total is not None:
                add("total", text, "parts that follow a total", stated=total.id, computed=f"{exports[0].id} + {imports[0].id}")
            if re.search(r"\bsurplus\b", lowered) or re.search(r"\bdeficit\b", lowered):
                add("sign", text, "surplus or deficit", computed=f"{exports[0].id} - {imports[0].id}",
                    expect="positive" if "surplus" in lowered else "negative")
        if re.search(JUDGEMENT_WORDS, lowered) and not any(c.quote == text for c in claims):
            add("opinion", text, "a judgement word")
    for figure in figures:  # a report is never silent about a number
        if figure.id not in used:
            add("unverifiable", figure.quote, "a number no other rule used", stated=figure.id,
                needs="a rule for this number, or outside data (review)")
    return claims


def draft(article_path: Path | str, out: Path | str) -> tuple[Path, Path]:
    article = load_article(article_path)
    figures, parts = draft_figures(article)
    claims = draft_claims(article, figures, parts)
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    figures_path, claims_path = out / "figures.csv", out / "claims.csv"
    pd.DataFrame([f.row() for f in figures], columns=[*FIGURE_COLUMNS, "review"]).to_csv(figures_path, index=False, lineterminator="\n")
    pd.DataFrame([c.row() for c in claims], columns=[*CLAIM_COLUMNS, "review"]).to_csv(claims_path, index=False,
                                                                                      lineterminator="\n")
    return figures_path, claims_path


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m claimcheck.draft", description=__doc__.split("\n\n")[0])
    parser.add_argument("--article", required=True)
    parser.add_argument("--out", required=True)
    args = parser.parse_args(argv)
    from .errors import InputError

    try:
        figures_path, claims_path = draft(args.article, args.out)
    except InputError as error:
        print(error, file=sys.stderr)
        return 2
    print(f"[claimcheck] drafted {figures_path} and {claims_path}; every row needs review before it is trusted.")
    return 0


if __name__ == "__main__":
    sys.exit(main())


# -- how good a draft is, against hand-curated tables ----------------------------------------------------

def quality(article_path: Path | str, curated_figures: Path | str, curated_claims: Path | str) -> dict:
    """Recall and precision of a draft against curated tables of the same article."""
    from .engine import load_inputs

    article = load_article(article_path)
    curated = load_inputs(article_path, curated_figures, curated_claims)
    drafted, parts = draft_figures(article)
    claims = draft_claims(article, drafted, parts)

    def overlaps(a_start, a_end, b_start, b_end):
        return a_start < b_end and b_start < a_end

    def same(draft: DraftFigure, figure) -> bool:
        return (draft.value == figure.value and draft.unit == figure.unit.code
                and overlaps(draft.start, draft.end, figure.start, figure.start + len(figure.quote)))

    found = [f for f in curated.figures.values() if any(same(d, f) for d in drafted)]
    real = [d for d in drafted if any(same(d, f) for f in curated.figures.values())]

    def sentence_of(position: int) -> int:
        return next(s.index for s in reversed(parts) if s.start <= position)

    proposed = {(sentence_of(article.index(c.quote)), c.kind) for c in claims}
    matched = [c for c in curated.claims.itertuples() if (sentence_of(int(c.start)), c.kind) in proposed]
    return {
        "figures_curated": len(curated.figures), "figures_drafted": len(drafted), "figures_found": len(found),
        "figures_recall": len(found) / len(curated.figures), "figures_precision": len(real) / len(drafted) if drafted else 0.0,
        "figures_missed": [f.id for f in curated.figures.values() if f not in found],
        "claims_curated": len(curated.claims), "claims_drafted": len(claims), "claims_matched": len(matched),
        "claims_recall": len(matched) / len(curated.claims),
    }
