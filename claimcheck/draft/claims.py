"""Claims proposed from drafted figures, within a sentence and across sentences.

Every rule pairs figures only by their labels (entity, metric, counterpart, period and unit), never by
their values: a pair chosen because its numbers agree would hide the very errors a check must find.

- growth, change, percentage points, multiples: a stated change is checked against the level of the same
  entity, metric and counterpart in its own period and in the period a year earlier (or just before), or
  the earlier level its own sentence gives ("up 4.1% from 6.25 million three years earlier"); a change
  whose earlier level the article does not give is `unanchored_growth`;
  the earlier level its own words name ("German funding fell 13% from €3.3 billion") is paired with the one level
  of its entity in that unit and period the paragraph gave before it, however its measure was named there;
- average annual rates ("3.8% a year since 2019, when it stood at ..."): `cagr(end, start, years)`;
- shares: a share of a whole ("(24%)", "accounting for 46% of the total", "1,850 of them, or 26.5%",
  "85% of national output", "17.6% of the market", "the three together made up 59%") against
  `share(part, total)`, the total being the main entity's (or the region's) figure for the same metric
  and period;
- totals: exports + imports = trade, a deficit = imports - exports (or spending - revenue); amounts said
  to be together ("A, with X, and B, with Y, together held Z"); parts with "the remaining" against the
  paragraph's first amount, or the sentence's own whole before "of which"; a region's total = its
  members' figures named in the sentences that follow it, only when its sentence says how many
  members there are ("its three partners");
- ranks: "largest", "busiest", "most expensive", "second-largest", "ranked third", "followed by",
  "smallest", "the fastest growth", "the steepest decline" against the figures of the same metric and
  period for every entity of the same kind ("the group's largest mine": among the group's parts), never the groups
  a sentence breaks the whole into ("Pelagic species accounted for ...") beside the species ranked; a superlative
  that names the other end of a comparison ("the gap between the highest and lowest", "below the highest") ranks
  nothing;
- conversions: an amount restated in another currency against `convert(amount, rate)`, the later of the
  two being the stated one;
- signs: "narrower than", "below", "above", "eased to X from Y" (in points for a rate) against the sign
  of the difference; "more than" before a number is a hedge, not a comparison;
- gaps: an amount a verb gives as more or less than a level named after it ("pumped 150,000 bpd more than its
  quota of 4.06 million") against the entity's one level of that measure and period less the named one;
- headlines: a headline's change that rounds the body's is checked on the body's levels; a headline's level
  that rounds the body's ("climbs to 5.46 million" over "5,458,600 people") is an `attribution` of that level,
  and its direction word a `sign` of that level against the one before; a headline's direction word whose
  measure is no word the drafter knows ("Hong Kong IPO haul soars") is about the main entity's first level in the
  lede, when every comparison the lede makes of it goes that way; a clause after 'as' that names one part and no
  measure ("... as Asia-Pacific booms") is about that part's compared levels, or its one stated change, when they
  all go its way;
- sentences without a number: `opinion` when they judge or forecast, `unverifiable` when they attribute;
- every figure no rule uses: `unverifiable`, with the figure as `stated`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from ..numbers import currency_named, find_mentions
from ..periods import PeriodError, parse_period
from ..quantities import parse_unit, singular
from .figures import YEAR_TO_DATE, Article, DraftFigure, metric_phrases
from .lexicon import (ANTECEDENT, APPOSITION_ADVERB, ATTRIBUTION, CHANGE_NOUNS, DECLINE_NOUNS, DOWN_RE, GENERIC_MODIFIERS, HEADLINE_DOWN, HEADLINE_UP, JUDGEMENT,
                      MEASURE_UNITS, METRIC_HEADS, MOST_ADJECTIVE, ORDINAL_WORDS, ORDINALS, PAYMENT_MODIFIERS, RANK_WORDS, STOCKS, UP_RE, WHOLE_WORDS,
                      CLAUSE_LINKS, COMPARATIVES, HIGHER_HEADS, HIGHER_RATE_WORDS, LOWER_HEADS, LOWER_RATE_WORDS, MOVING_VERBS, PLAIN_RATE_WORDS,
                      UNSIGNED_HEADS)
from .text import (CALENDAR_WORDS, FUNCTION_WORDS, clause_bounds, country_of_demonym, dateline, full_territory_name,
                   is_region, is_route, is_territory, world_regions)
from .when import COUNT, is_earlier, just_before, year_earlier, years_between


def money_code(f: DraftFigure) -> str:
    """The currency of an amount of money or of a price ('PLN' for PLN_per_mwh); '' for anything else."""
    code = f.unit.split("_")[0]
    return code if f.kind == "amount" and code.isupper() else ""


def priced_thing(f: DraftFigure) -> str:
    """What a price is paid for ('mwh' for PLN_per_mwh); '' for an amount that is no price."""
    return f.unit.rpartition("_per_")[2] if "_per_" in f.unit and f.kind == "amount" else ""


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
    periods: str = ""
    review: str = ""
    rule: str = ""
    uses: tuple[str, ...] = ()


def label_of(f: DraftFigure) -> str:
    """Whom a figure is about, as a rank names it: the partner of a flow, or its entity."""
    return f.counterpart or f.entity


def same_thing(a: DraftFigure, b: DraftFigure) -> bool:
    return a.entity == b.entity and a.metric == b.metric and a.counterpart == b.counterpart


def same_family(a: DraftFigure, b: DraftFigure) -> bool:
    """Two figures that add, subtract or divide: amounts in one currency (or noun), or two percentages."""
    if a.kind == "amount" and b.kind == "amount":
        return a.currency == b.currency
    return a.kind == b.kind == "percent"


# A change measured otherwise than the levels printed beside it: without currency moves, on the same stores, without
# acquisitions, after inflation.
CONSTANT_BASIS = re.compile(r"\b(?:at\s+constant\s+(?:exchange\s+rates?|currenc(?:y|ies)|prices)|constant[\s-]currency|"
                            r"in\s+local\s+currenc(?:y|ies)|like[\s-]for[\s-]like|organic(?:ally)?|comparable[\s-]store|"
                            r"same[\s-]store|in\s+real\s+terms|real(?:[\s-]+terms)?\s+(?:increase|rise|growth|gain|decline|fall|terms)|"
                            r"real[\s-]+terms|"
                            r"after\s+(?:adjusting\s+for\s+)?inflation|adjusted\s+for\s+inflation|inflation[\s-]adjusted|"
                            # ... and every other basis than the reported one: a change on it is of other levels
                            r"(?:on\s+an?\s+)?(?:comparable|underlying|adjusted|organic|currency[\s-]neutral)\s+basis|"
                            r"adjusted\s+for\s+(?:one[\s-]offs?|one[\s-]time|exceptional|special|non[\s-]recurring|"
                            r"currenc(?:y|ies)|exchange|acquisitions?|disposals?|divestments?|the\s+sale)|"
                            r"in\s+local[\s-]currenc(?:y|ies)(?:\s+terms)?|in\s+constant[\s-]currency(?:\s+terms)?|"
                            r"(?:excluding|stripping\s+out|strip(?:s|ped)?\s+out|adjusting\s+for|ex)\s+(?:the\s+)?"
                            r"(?:effects?|impact)\s+of\b|"
                            r"(?:excluding|stripping\s+out|strip(?:s|ped)?\s+out|ex)\s+(?:the\s+|an?\s+)?(?:effects?\s+of\s+)?"
                            r"(?:currenc(?:y|ies)|exchange|foreign\s+exchange|fx|acquisitions?|disposals?|one[\s-]offs?|"
                            r"one[\s-]time|exceptional|special|fuel|energy|food)|"
                            r"pro[\s-]forma|(?:on\s+an?\s+)?per[\s-](?:capita|head|person)\s+basis|"
                            # 'at constant scope', 'in euro terms' beside dollar levels, 'excluding the acquired stores',
                            # 'without the contribution of', 'when adjusted for the extra trading week'
                            r"at\s+constant\s+(?:scope|perimeter|structure)|constant[\s-](?:scope|perimeter)|"
                            r"in\s+(?:[a-z]+\s+)?(?:dollar|euro|sterling|pound|yen|yuan|renminbi|rupee|franc|krona|krone|rand|"
                            r"peso|won|lira|rouble|ruble|zloty|forint|koruna|ringgit|rupiah|baht|dong|dirham|riyal)\s+terms|"
                            r"(?:excluding|stripping\s+out|without)\s+(?:the\s+|its\s+)?(?:[\w\-]+\s+){0,3}?(?:acquired|acquisitions?|"
                            r"divested|disposed|sold|bought|purchased|gains?|loss(?:es)?|contribution|extra|additional)\b|"
                            r"(?:when|once|after)\s+adjusted\s+for|adjusted\s+for\s+the\s+(?:extra|additional)|"
                            r"\b[Pp]er\s+(?:employee|worker|head|capita|person|customer|user|subscriber|share|passenger)\s*,)",
                            re.IGNORECASE)


VALUE_TERMS = re.compile(r"\b(?:in\s+value\s+terms|by\s+value|in\s+value)\b", re.IGNORECASE)
VOLUME_TERMS = re.compile(r"\b(?:in\s+(?:volume|unit|real)\s+terms|by\s+volume|in\s+volume)\b", re.IGNORECASE)

# 'the second-busiest', 'the third-cheapest': any superlative of the lexicon after an ordinal
# Words that put one of the ranked at the top of a measure the words themselves say is of sales or pay: 'the
# best-selling brand', 'the best-paid region', 'the market leader', 'took the top spot'
LEADER_WORDS = r"(?:best|top)[-\s]selling|best[-\s]paid|market[-\s]leader|top[-\s]spot"
ORDINAL_SUPERLATIVES = "|".join(sorted({w for w in RANK_WORDS if w.endswith("est")} | {"most"}, key=len, reverse=True))

# '$575 million at its closest rival, Hartwell Stores', '$7.3 billion for the third-placed Harbor Stars': a figure
# someone else holds, named right after it
OTHER_HOLDER = re.compile(r"\s+(?:at|for|by)\s+(?:(?:its|their|the)\s+)?(?:[\w\-]+,?\s+){0,3}?([A-Z][\w\-]*)")

# What a size superlative can describe without ranking the figure beside it: 'the bloc's largest economy'
ENTITY_NOUNS = {"economy", "economies", "country", "nation", "company", "firm", "group", "carmaker", "bank", "lender",
                "insurer", "airline", "airport", "port", "city", "state", "province", "member", "producer", "exporter",
                "importer", "retailer", "market", "operator", "miner", "maker", "manufacturer", "employer", "hospital",
                "school", "university", "club", "team", "plant", "store", "chain", "council", "district", "county",
                "region", "mine", "field", "terminal"}

# Modifiers that make a measure of its own: 'core inflation' is not the inflation a headline names
DISTINCT_MEASURES = {"core", "services", "goods", "food", "energy", "trimmed", "median",
                     "youth", "real", "nominal", "monthly", "weekly", "cumulative"}


class ClaimDrafter:
    def __init__(self, article: Article):
        self.article = article
        self.text = article.text
        # a headline's change that restates the body's is claimed with the body's levels alone (`restatements`)
        self.restating = [f for f in article.figures if f.evidence.get("restates")]
        # a figure below zero ('inflation was -0.3%') is no level any check can use, and the changes of its sentence
        # may be changes from or to it ('down 0.5 percentage points from 0.2%'): they are left to a person
        below_zero = {f.sentence for f in article.figures if "minus" in f.evidence}
        self.signed = [f for f in article.figures if "minus" in f.evidence
                       or f.sentence in below_zero and f.is_change and not f.evidence.get("restates")]
        signed = {id(f) for f in self.signed}
        # ... and a headline's level that rounds the body's, with the body's level alone (`headline_levels`)
        self.rounding = [f for f in article.figures if f.evidence.get("rounds")]
        self.figures = [f for f in article.figures if not f.evidence.get("restates") and not f.evidence.get("rounds")
                        and id(f) not in signed]
        self.claims: list[DraftClaim] = []
        self.scopes: dict[int, tuple[str, bool]] = {}  # each sentence's place ('In Japan, ...') and whether it opens it
        self.ranked_nouns: dict[int, str] = {}  # what each sentence ranks its subject as ('market', 'destination')
        self.ranking: dict[int, str] | None = None  # the sentences that rank or list (`ranking_sentences`)
        self._mentions = None  # every number in the text, read when first needed

    # -- helpers ---------------------------------------------------------------------------------
    def sentence_of(self, f: DraftFigure):
        return self.article.sentences[f.sentence]

    def quote(self, sentence, start: int, end: int) -> str | None:
        """The sentence's text from start to end (article positions), widened to whole words and grown until it
        occurs once in the article."""
        lo, hi = max(start, sentence.start), min(end, sentence.end)
        while lo > sentence.start and self.text[lo - 1] not in " \n":
            lo -= 1
        while hi < sentence.end and self.text[hi] not in " ,;\n":
            hi += 1
        for _ in range(40):
            piece = self.text[lo:hi].strip().rstrip(",;")
            if piece and self.text.count(piece) == 1:
                return piece
            if hi < sentence.end:
                nxt = self.text.find(" ", hi + 1)
                hi = sentence.end if nxt == -1 or nxt > sentence.end else nxt
            elif lo > sentence.start:
                prev = self.text.rfind(" ", sentence.start, lo - 1)
                lo = sentence.start if prev == -1 else prev + 1
            else:
                break
        piece = self.text[sentence.start:sentence.end].strip()
        return piece if self.text.count(piece) == 1 else None

    def span(self, *figures: DraftFigure) -> tuple[int, int]:
        return min(f.start for f in figures), max(f.end for f in figures)

    def add(self, kind: str, figures_in_quote: list[DraftFigure], rule: str, check: str, *, sentence=None,
            own_quote: bool = False, **fields) -> bool:
        """Propose a claim, unless one of its kind on the same figures is proposed already (`own_quote`: unless that one
        quotes other words, as a headline repeats a change its body states)."""
        sentence = sentence or self.sentence_of(figures_in_quote[0])
        local = [f for f in figures_in_quote if f.sentence == sentence.index] or figures_in_quote[:1]
        start, end = self.span(*local) if local and local[0].sentence == sentence.index else (sentence.start, sentence.end)
        if "span" in fields:
            start, end = fields.pop("span")
        quote = self.quote(sentence, start, end)
        if quote is None:
            return False
        uses = tuple(dict.fromkeys(x for x in [fields.get("stated", "")] + re.findall(r"[A-Za-z_][A-Za-z0-9_]*",
                                   fields.get("computed", "") + " " + " ".join(p.partition(":")[2] for p in fields.get("members", "").split(";")))
                                   if x and x in self.ids))
        named = set(re.findall(r"[A-Za-z_][A-Za-z0-9_]*", fields.get("computed", "") + " " + fields.get("members", "")))
        if kind != "unverifiable" and named & {f.id for f in self.signed}:
            return False  # 'fell to minus 0.12% from 0.03%': a figure below zero is checked by hand, by no rule
        key = (kind, frozenset(uses), fields.get("subject", ""), fields.get("expect", ""))
        if any((c.kind, frozenset(c.uses), c.subject, c.expect) == key and (not own_quote or c.quote == quote)
               for c in self.claims):
            return False
        review = f"Needs review: proposed by the rule '{rule}'. Check {check}."
        self.claims.append(DraftClaim("", quote, kind, review=review, rule=rule, uses=uses, **fields))
        return True

    def undrafted(self, start: int, end: int) -> list:
        """The numbers between two places in the text that no drafted figure holds (years aside): where a sum's parts
        are listed, one of them may be among these, so the parts the figures give may not be all of them."""
        if self._mentions is None:
            self._mentions = find_mentions(self.text)
        held = [(f.number_start, f.number_end) for f in self.figures]
        return [m for m in self._mentions if start <= m.number_start < end
                and not (m.unit is not None and m.unit.kind == "year")
                and not any(a <= m.number_start < b for a, b in held)]

    @property
    def ids(self) -> set[str]:
        return {f.id for f in self.article.figures}

    def unique(self, candidates: list[DraftFigure], near: DraftFigure | None = None) -> DraftFigure | None:
        """The one candidate: the only one in the article, or the only one in `near`'s sentence."""
        if near is not None:
            local = [c for c in candidates if c.sentence == near.sentence]
            if len(local) == 1:
                return local[0]
            if len(local) > 1:
                after = [c for c in local if c.number_start > near.number_start]
                before = [c for c in local if c.number_start < near.number_start]
                if after and before and re.search(r";|,(?!\d)", self.text[near.number_end:after[0].number_start]):
                    return None  # 'from $10.99 to $11.99, an increase of 9.1%, and the family plan from $16.99 to ...'
                return after[0] if after else None
        return candidates[0] if len(candidates) == 1 else None

    # -- changes --------------------------------------------------------------------------------
    def changes(self) -> None:
        for c in self.figures:
            if c.kind == "times":
                self.multiple(c)
            elif c.is_change and c.kind in ("percent", "amount", "pp"):
                self.change(c)

    def levels_like(self, c: DraftFigure, kind: str) -> list[DraftFigure]:
        """Levels a change of `c` can be measured between; a change in points moves shares too (3.5% of GDP)."""
        return [g for g in self.figures if g is not c and g.is_level and g.kind == kind and same_thing(g, c)
                and (not g.forecast or g.sentence == c.sentence) and (not g.share or c.kind == "pp") and (kind != "amount" or c.kind != "amount" or g.currency == c.currency)]

    def stated_from(self, g: DraftFigure) -> bool:
        """'from a projected 5.4%': a forecast given as the base a change starts from ('lower than the 1.25 million
        tonnes forecast' is a forecast of the outcome, never its base)."""
        sentence = self.sentence_of(g)
        return re.search(r"\bfrom\s+(?:(?:a|an|the)\s+)?(?:[\w\-]+\s+)?\S{0,4}\s?$",
                         sentence.text[:g.number_start - sentence.start]) is not None

    def own_levels(self, c: DraftFigure) -> tuple[DraftFigure, DraftFigure] | None:
        """'lowered its US growth forecast to 1.4% from 2.3%, a cut of 0.9 points': the two levels the change's own
        words give, right before it, whatever entity or period they were drafted with."""
        before = [f for f in self.sentence_of(c).figures if f.number_end <= c.number_start]
        if len(before) < 2:
            return None
        a, b = before[-2], before[-1]
        kinds = LEVEL_KINDS.get(c.kind, ())
        # a change in points may move a share ('or 42.3% of it, down from 45.1%, a fall of 2.8 points')
        if not (a.is_level and b.is_level and a.unit == b.unit and a.kind in kinds
                and (c.kind == "pp" or not a.share and not b.share)
                and (c.kind != "amount" or a.currency == c.currency)):
            return None
        text = self.text
        if CONSTANT_BASIS.search(re.split(r"[,;.]", text[c.number_end:c.number_end + 60])[0]):
            return None  # 'an increase of 4.0% in local currencies': a change of other levels than the printed ones
        if re.search(r"\bto\s+(?:an?\s+)?(?:about\s+|around\s+)?$", text[:a.number_start]) \
                and re.fullmatch(r"\s*(?:[a-z]+\s+){0,3}?from\s+(?:an?\s+|the\s+)?(?:about\s+|around\s+)?",
                                 text[a.number_end:b.number_start]) \
                and re.fullmatch(r"\s*(?:[a-z]+\s+){0,3}?[a-z]*\s*,\s*(?:a|an)\s+(?:[\w\-]+\s+){0,2}(?:cut|rise|fall|drop|decline|"
                                 r"increase|gain|reduction|jump|slide|decrease|downgrade|upgrade|revision|improvement|"
                                 r"deterioration|slowdown|acceleration|narrowing|widening)\s+of\s+(?:about\s+|around\s+)?",
                                 text[b.number_end:c.number_start]):
            return a, b
        # 'or 42.3% of it, down from 45.1% in the previous quarter, a fall of 2.8 points': the same, with 'up/down from'
        if re.fullmatch(r"(?:\s+of\s+[\w\s’'\-]{1,30}?)?\s*,?\s*(?:up|down)\s+from\s+(?:an?\s+|the\s+)?(?:about\s+|around\s+)?",
                        text[a.number_end:b.number_start]) \
                and re.fullmatch(r"(?:\s+(?:in|at|a|the|on)\s+[\w\s\-]{1,30}?)?\s*,\s*(?:a|an)\s+(?:[\w\-]+\s+){0,2}"
                                 r"(?:rise|fall|drop|decline|increase|gain|reduction|jump|slide|decrease|narrowing|widening|"
                                 r"improvement|deterioration)\s+of\s+(?:about\s+|around\s+)?",
                                 text[b.number_end:c.number_start]) \
                and not (a.earlier and not b.earlier):
            return a, b
        return None

    def levels_around(self, c: DraftFigure) -> tuple[DraftFigure, DraftFigure] | None:
        """'at CZK 61,240, up 5.8% from CZK 57,880', '$2.61 per lb, up 5.6% from $2.48 per lb a year earlier': the
        level right before a change and the earlier level its own words name right after it, in the same unit, however
        many other levels of that measure and period the article gives."""
        figures = self.sentence_of(c).figures
        position = next((i for i, f in enumerate(figures) if f is c), None)
        if position is None or position == 0 or position + 1 >= len(figures):
            return None
        current, previous = figures[position - 1], figures[position + 1]
        kinds = {"pp": ("percent",), "percent": ("amount",), "amount": ("amount",)}.get(c.kind, ())
        if not (current.is_level and previous.is_level and current.kind in kinds and previous.kind == current.kind
                and current.unit == previous.unit and not current.share and not previous.share
                and not current.forecast and not previous.forecast and not current.earlier
                and (c.kind != "amount" or current.currency == c.currency)
                and previous.period != current.period and is_earlier(current.period, previous.period)):
            return None
        basis = c.evidence.get("basis")
        if basis is not None and not _on_basis(basis, previous.period, current.period):
            return None
        text = self.text
        if not (re.fullmatch(r"(?:\s+(?:in|for|during|over|on|at\s+the\s+end\s+of)\s+(?:the\s+)?[\w\-]+(?:\s+[\w\-]+){0,3})?"
                             r"\s*,\s*(?:(?:up|down|higher|lower)\s+(?:by\s+)?|(?:an?\s+)?(?:rise|increase|gain|jump|fall|drop|"
                             r"decline|decrease)\s+of\s+)?(?:about\s+|around\s+|some\s+|nearly\s+|almost\s+)?",
                             text[current.end:c.number_start])
                and re.fullmatch(r"\s*(?:(?:percentage\s+)?points?\s+|basis\s+points\s+)?(?:(?:(?:higher|lower|more|less|"
                                 r"above|below)\s+)?(?:from|than)|above|below)\s+(?:the\s+|its\s+|a\s+)?",
                                 text[c.number_end:previous.start])):
            return None
        after = re.split(r"[,;.]", text[previous.end:previous.end + 60])[0]
        if CONSTANT_BASIS.search(after) or VALUE_TERMS.search(after) or VOLUME_TERMS.search(after):
            return None  # '... from $5.1 billion on a like-for-like basis': a change of other levels than the printed
        return current, previous

    def change(self, c: DraftFigure) -> None:
        wanted = "percent" if c.kind == "pp" else "amount"
        if self.moves_to_an_earlier_level(c):
            return
        if re.search(r"\bwithin\s+(?:about\s+|some\s+)?$", self.text[max(0, c.number_start - 20):c.number_start]) \
                or re.match(r"\s*(?:percentage\s+points?|points?|pp|basis\s+points|%)?\s+(?:of|short\s+of)\s+(?:the|its|their|a|an)\b",
                            self.text[c.number_end:c.number_end + 40]) and not re.search(
                                r"\b(?:of|by)\s+(?:about\s+|some\s+)?$", self.text[max(0, c.number_start - 20):c.number_start]):
            return  # 'to within 0.2 percentage point of the ECB's 2% target': a gap to a benchmark, no change of levels
        if c.kind == "pp" and re.match(r"\s*(?:percentage\s+points?|points?|pp)?\s+(?:to|from|off)\s+(?:\w+\s+){0,3}?"
                                       r"(?:growth|gdp|inflation|the\s+(?:rise|increase|fall|decline))\b",
                                       self.text[c.number_end:c.number_end + 60], re.I):
            return  # 'contributed 2.69 percentage points to growth': a component's share of a change, no change of levels
        pair = self.own_levels(c)
        if pair is not None:
            self.add_change(c, *pair, "the two levels a change's own words give ('to A from B, a cut of C')")
            return
        # 'rose 6% to $53bn from $50bn in 2022 and $45bn in 2021': the two levels right after it, whatever other base
        # follows them
        following = [f for f in self.sentence_of(c).figures if f.number_start >= c.number_end][:2]
        kinds = LEVEL_KINDS.get(c.kind, ())
        if len(following) == 2 and all(f.is_level and not f.share and f.kind in kinds for f in following) \
                and following[0].unit == following[1].unit and same_thing(following[0], c) \
                and (c.kind != "amount" or following[0].currency == c.currency) \
                and re.fullmatch(r"\s*(?:%|per\s?cent|percent|(?:percentage\s+)?points?)?\s+to\s+(?:about\s+|around\s+)?[^\w\s]{0,3}",
                                 self.text[c.number_end:following[0].number_start]) \
                and re.fullmatch(r"\s*(?:million|billion|trillion|thousand|m|bn|tn|k)?\s*,?\s*(?:[a-z]+\s+){0,2}?from\s+"
                                 r"(?:about\s+|around\s+)?[^\w\s]{0,3}", self.text[following[0].number_end:following[1].number_start]) \
                and not CONSTANT_BASIS.search(re.split(r"[,;.]", self.text[c.number_end:c.number_end + 60])[0]) \
                and not ((holder := OTHER_HOLDER.match(self.text, following[1].number_end))
                         and holder.group(1).lower() not in CALENDAR_WORDS) \
                and not re.match(r"\s*(?:million|billion|trillion|thousand|m|bn|tn|k)?\s*(?:[a-z]+\s+){0,2}?(?:and|,)\s+"
                                 r"(?:about\s+|around\s+)?[^\w\s]{0,3}\d", self.text[following[1].number_end:]):
            # never 'from $575 million at Hartwell', nor one of a list of bases ('from 51.9 trillion won and 56.3 trillion
            # won a year earlier', each of its change)
            self.add_change(c, following[0], following[1], "the two levels a change's own words give ('rose C to A from B')")
            return
        if c.evidence.get("direction", "").endswith("after it: a difference") and re.match(
                r"[^,;\d]{0,40}?\b(?:than|above|below)\s+(?:the\s+|its\s+|their\s+)?(?:[A-Z][\w\-]*|[\w\-]+[’']s\b|th(?:ose|at)\s+"
                r"(?:of|at|for|in)\b|(?:[\w\-]+\s+){0,2}?"
                r"(?:average|median|mean|target|forecast|consensus|benchmark|norm|estimate|expectations?|quota|limit|"
                r"ceiling)\b)", self.text[c.number_end:]):
            return  # '2.0 trillion won more than Daegu's 4.0 trillion won', '€11 billion less than platinum's', '1.8 points
            #         above its long-run average': a gap to another's level or a benchmark (`gaps`), never a change of the
            #         subject's own levels
        named_unprinted = re.match(
            r"\s*(?:percentage\s+)?(?:points?|pp|%|per\s?cent|percent)?\s+(?:above|below|higher\s+than|lower\s+than|more\s+than|"
            r"less\s+than)\s+(?:the\s+|its\s+|their\s+)?(?:[\w\-’']+\s+){0,2}?(?:outcome|result|level|figure|"
            r"average|reading|forecast|target|estimate|consensus)\b([^.;]*)", self.text[c.number_end:])
        if named_unprinted and not re.match(r"\s*(?:of|at|,)\s*(?:about\s+|some\s+)?[^\w\s]{0,3}\d", named_unprinted.group(1)):
            return  # '85%, 15 points above last year's outcome': a gap to a level its words name but do not print here,
            #         which a person pairs
        if re.search(r"\b(?:gap|spread|difference|premium|discount|lead)\s+(?:to|of|at)\s+(?:about\s+|some\s+|nearly\s+)?$",
                     self.text[max(0, c.number_start - 40):c.number_start], re.I):
            return  # 'widening the gap to 0.8 points': between two entities, never the change of one of them
        if re.search(r"(?:\bwhen\s+(?:it|they|[a-z]+)\s+|\bafter\s+|\b(?:a|one)\s+year\s+(?:earlier|before)\s*,?\s*(?:it|they)?\s*|"
                     r"\bthe\s+(?:year|quarter|month)\s+before\s*,?\s*(?:it|they)?\s*)(?:had\s+)?(?:grew|grown|growing|rose|risen|"
                     r"rising|fell|fallen|falling|increased|increasing|declined|declining|climbed|climbing|dropped|dropping|"
                     r"slipped|jumped)\s+(?:by\s+)?(?:about\s+|some\s+|nearly\s+|almost\s+)?$",
                     self.text[max(0, c.number_start - 60):c.number_start], re.I):
            # 'rose to €2.3 billion from €2.0 billion, after growing 7.5% from €1.86 billion', '...; a year earlier it grew
            # 7.5% from €1.86 billion': the change of the year before, which ends at the sentence's earlier level
            s = self.sentence_of(c)
            ends = [g for g in s.figures if g.number_end <= c.number_start and g.is_level and g.earlier and same_thing(g, c)
                    and g.kind == wanted]
            starts = [g for g in s.figures if g.number_start >= c.number_end and g.is_level and same_thing(g, c)
                      and g.kind == wanted and re.fullmatch(r"\s*(?:%|per\s?cent|percent|(?:percentage\s+)?points?)?\s*from\s+"
                                                            r"(?:about\s+|some\s+)?[^\w\s]{0,3}",
                                                            self.text[c.number_end:g.number_start])]
            if len(ends) == 1 and starts:
                self.add_change(c, ends[0], starts[0], "a change of the period before, from the base its words name to "
                                                       "the sentence's earlier level")
            return
        if re.search(r"\b(?:compared\s+(?:with|to)|against|versus|vs\.?)\s+(?:an?\s+)?(?:about\s+|some\s+|nearly\s+)?$",
                     self.text[max(0, c.number_start - 40):c.number_start], re.I):
            return  # 'compared with an 11% fall to €2.9 billion at Halvard': another's change, whose levels its words
            #         give only in part
        if re.match(r"\s*(?:per\s*cent|percent|%|(?:percentage\s+)?points?)?\s*(?:[a-z]+\s+){0,2}?(?:in\s+)?(?:the\s+(?:year|"
                    r"quarter|month|season)\s+before(?:\s+that)?|the\s+(?:previous|prior|preceding)\s+(?:year|quarter|month|"
                    r"season)|(?:a|one)\s+(?:year|quarter|month)\s+(?:earlier|before))\b", self.text[c.number_end:c.number_end + 60],
                    re.I) and not re.search(r"\b(?:from|on|over|than|against|compared|versus|vs|above|below)\s", re.split(
                        r"\b(?:the|a|one)\s+(?:year|quarter|month|season|previous|prior|preceding)\b",
                        self.text[c.number_end:c.number_end + 60])[0]) and any(
                    g.is_level and g.sentence == c.sentence and g.number_end <= c.number_start for g in self.figures):
            return  # '..., which lifted the minimum to A$24.10 from A$23.23, and a 5.75 per cent increase the year before
            #         that': a change of an earlier period than the levels before it
        sentence = self.sentence_of(c)
        before = [f for f in sentence.figures if f.number_end <= c.number_start]
        if before and ANTECEDENT.search(self.text[before[-1].number_end:c.number_start]):
            # '... from 4.55 billion euros a year earlier, which itself had been up 26% from 3.6 billion euros': the
            # change of the level just before it, from the base its own words name; without that base, a person says
            level = before[-1]
            base = next((g for g in sentence.figures if g.number_start > c.number_end), None)
            if level.is_level and level.kind == wanted and base is not None and base.is_level and base.unit == level.unit \
                    and re.fullmatch(r"%?\s*(?:(?:percentage\s+)?points?\s+|basis\s+points\s+)?(?:(?:higher|lower|more|less|"
                                     r"above|below|up|down|rise|fall|increase|decrease|gain|drop)\s+)?(?:[\w\-]+\s+){0,3}?"
                                     r"(?:from|than|above|below|on)\s+(?:the\s+|its\s+|a\s+)?",
                                     self.text[c.number_end:base.start]) \
                    and level.period != base.period and is_earlier(level.period, base.period):
                self.add_change(c, level, base, "a change of the level just before it ('which itself had been up C "
                                                "from B'), from the base its words name")
            return
        pair = self.levels_around(c)
        if pair is not None:
            self.add_change(c, *pair, "the level right before a change and the base its words name right after it "
                                      "('A, up C from B')")
            return
        candidates = self.levels_like(c, wanted)
        if c.forecast:
            # 'is forecast to climb 20% to €66 billion from €55 billion' compares its own levels; 'had targeted
            # export growth of 6%' is no change of the outcomes printed elsewhere
            candidates = [g for g in candidates if g.sentence == c.sentence]
        # ... never a benchmark or an earlier estimate of the same period ('3.5 points below the median of 87.8%')
        now = [g for g in candidates if g.period == c.period and not g.earlier]
        # never a level in a clause about another time or thing after the change: 'Sales were 34% higher than the 7.2
        # billion zlotys sold in October, when bids of 12.9 billion zlotys covered ...'
        now = [g for g in now if not (g.sentence == c.sentence and c.number_end <= g.number_start and re.search(
            r",\s*(?:when|where|which|whose|while)\b[^;]*$", self.text[c.number_end:g.number_start]))]
        # ... nor one after a clause of its own: '... growth of 1.5% in 2026, and said it had set aside C$5.0 billion'
        now = [g for g in now if not (g.sentence == c.sentence and c.number_end <= g.number_start and re.search(
            r"\band\s+(?:said|says|added|noted|(?:it|they|he|she|the\s+[a-z]+)\s+(?:said|says|added|noted|had|has|have|will|"
            r"would|also))\b", self.text[c.number_end:g.number_start]))]
        # ... nor one inside a clause about another time before it: 'when the contract traded at $4,150, and are about 35%
        # below the record'
        now = [g for g in now if not (g.sentence == c.sentence and g.number_end <= c.number_start and re.search(
            r",\s*(?:when|where)\b[^,;]*$", self.text[self.sentence_of(g).start:g.start])
            and "," in self.text[g.number_end:c.number_start])]
        # ... nor anything its sentence compares with ('down 20% from ฿13.25 and twice the ฿5.30 charged in Lampang', '20%
        # above Rotterdam's $2,850 but still down 41%', '0.4 point lower than a year ago (4.5%) and below the 4.3% euro-area
        # average')
        now = [g for g in now if g.sentence != c.sentence or not self.compared_with(g)]
        # ... nor a level told of another holder after it ('compared with an 11% fall to €2.9 billion at Halvard')
        now = [g for g in now if not (g.sentence == c.sentence and c.number_end <= g.number_start and (
            (holder := OTHER_HOLDER.match(self.text, g.number_end)) and holder.group(1).lower() not in CALENDAR_WORDS
            and not self.article.main.startswith(holder.group(1))))]
        # ... nor a base in brackets after its time ('up 4.5% on September (17,600)')
        now = [g for g in now if not (g.sentence == c.sentence and c.number_end <= g.number_start and re.search(
            r"\b(?:on|from|than|over|against)\s+[^,;()\d]{1,30}\(\s*[^\w\s]{0,3}$", self.text[c.number_end:g.number_start],
            re.I))]
        # an outcome before a target: 'up 2.4 points from 70.4% but 6.2 points below the 78% target' changes 71.8%
        # ... and a level of its own sentence before any other: 'forecast revenue of $5.05-5.15 billion, about 5% above
        # the third quarter', never the '$5.0 billion' a later sentence says the year's forecast implies
        own = [g for g in now if g.sentence == c.sentence]
        current = self.unique([g for g in own if not g.forecast] or own or [g for g in now if not g.forecast] or now
                              if not c.forecast else now, c)
        if current is not None and re.search(r"\bfrom\s+(?:about\s+|around\s+|some\s+|the\s+)?$|"
                                             r"\b(?:compares?|compared)\s+(?:with|to)\s+(?:about\s+|around\s+|some\s+|the\s+)?$",
                                             self.text[max(0, current.start - 25):current.start]):
            current = None  # 'That is up from $19,800 a day a month ago, a rise of 39%': the base, never the level now;
            #                 'That compares with 238.4 million at the end of June and 220.7 million a year earlier' too
        if c.evidence.get("annual") and (self.cagr(c, current, candidates)
                                         or re.search(r"average|compound|annuali[sz]ed", c.evidence["annual"], re.I)):
            # without the levels at both ends, a rate said to be an average over years ('an average annual increase of
            # 6.6%' between 2020 and 2024) is no change from the year before, and is left unpaired; a bare 'a year'
            # is read as an ordinary change below
            return
        previous = None
        sentence = self.sentence_of(c)
        before = sentence.text[max(0, c.number_start - sentence.start - 40):c.number_start - sentence.start]
        after = sentence.text[c.number_end - sentence.start:c.number_end - sentence.start + 45]
        # ... in the change's own clause after it, or anywhere before it back to the figure before it in its sentence
        # ('On a comparable basis, which strips out currency moves and acquisitions, sales grew 4.1%')
        lead = sentence.text[max((f.number_end - sentence.start for f in sentence.figures
                                  if f.number_end <= c.number_start), default=0):c.number_start - sentence.start]
        # ... or a measure of the other kind: 'In value terms, exports rose 24.5%' beside levels in tonnes, 'By volume,
        # sales rose 2.3%' beside levels in money
        other_kind = (VALUE_TERMS, lambda f: not money_code(f)), (VOLUME_TERMS, lambda f: bool(money_code(f)))
        if current is not None and any(words.search(re.split(r"[,;]", after)[0]) or words.search(re.split(r";", lead)[-1])
                                       for words, mismatch in other_kind if mismatch(current)):
            current = None
        if CONSTANT_BASIS.search(re.split(r"[,;]", after)[0]) or CONSTANT_BASIS.search(re.split(r";", lead)[-1]):
            current = None  # 'rose 7% at constant exchange rates to €10.4 billion': not the change of the levels printed
        # 'rose 5.9% in dollar terms', 'In dollar terms, exports rose 5.9%'
        terms = re.search(r"\bin\s+((?:US\s+|U\.S\.\s+)?[a-z]+)\s+terms\b", re.split(r"[,;]", after)[0]) or \
            re.search(r"\bIn\s+((?:US\s+|U\.S\.\s+)?[a-z]+)\s+terms,", sentence.text[:c.number_start - sentence.start])
        if current is not None and terms and money_code(current) and \
                currency_named(terms.group(1).replace("U.S.", "US")) not in (None, money_code(current)):
            current = None  # 'rose 5.9% in dollar terms', beside levels in yuan: a change of other levels
        if current is not None:
            basis = c.evidence.get("basis")
            # a forecast is a base only when the change starts from it ('from a projected 5.4%'), never 'lower
            # than the 1.25 million tonnes forecast'
            # a base stated for another change in its own sentence ('down 49% from 364 tonnes a year earlier') is
            # that change's, never the base of a change in another sentence
            taken = {g.id for g in candidates if g.sentence != c.sentence and g.earlier and any(
                h.is_change and h is not c and h.sentence == g.sentence for h in self.figures)}
            earlier = [g for g in candidates if g.period != c.period and is_earlier(c.period, g.period)
                       and g.id not in taken
                       and not self.in_a_clause_before(g, c)
                       and (not g.forecast or c.forecast or self.stated_from(g))
                       and (wanted != "amount" or g.currency == current.currency)
                       and (basis is None or _on_basis(basis, g.period, c.period))]
            previous = self.unique(earlier, c)
            # the base the change's own clause names wins: 'up 4.5% from 33.6 million in 2023 and 12.5% more than the
            # 31.2 million of 2019'
            named_base = [g for g in candidates if g.sentence == c.sentence and g is not current
                          and c.number_end <= g.number_start
                          and (wanted != "amount" or g.currency == current.currency)
                          and re.fullmatch(r"\s*(?:(?:percentage\s+)?points?\s+|basis\s+points\s+)?"
                                           r"(?:(?:(?:higher|lower|more|less|fewer|above|below|up|down|[a-z]+er)\s+)?(?:from|than)|"
                                           r"above|below)\s+"
                                           r"(?:the\s+|its\s+|a\s+)?(?:[\w\-’']+\s+){0,3}[^\w\s]{0,2}",
                                           sentence.text[c.number_end - sentence.start:g.number_start - sentence.start])
                          ]
            # ... or the base its sentence names just before it: 'That is up from $19,800 a day a month ago, a rise of 39%'
            named_base += [g for g in candidates if g.sentence == c.sentence and g is not current
                           and g.number_end <= c.number_start and (wanted != "amount" or g.currency == current.currency)
                           and re.search(r"\b(?:up|down|higher|lower)?\s*from\s+(?:the\s+|a\s+)?(?:about\s+|around\s+)?"
                                         r"[^\w\s]{0,3}$", sentence.text[:g.number_start - sentence.start])
                           and re.fullmatch(r"[^;.]*?,\s*(?:a|an)\s+(?:[\w\-]+\s+)?(?:rise|increase|gain|jump|fall|drop|decline|"
                                            r"decrease|cut|reduction)\s+of\s+(?:about\s+|some\s+|nearly\s+)?",
                                            sentence.text[g.number_end - sentence.start:c.number_start - sentence.start])]
            if named_base and named_base[0].period == c.period:
                return  # a base its clause names, of the change's own period: which levels it compares is a person's call
                #         ('0.09 point below the 4.47% of a month earlier' in an article about a year)
            if named_base and basis is None:
                previous = named_base[0]
            if previous is not None and previous.sentence == c.sentence and any(
                    h is not c and h.is_change and h.kind == c.kind and h.sentence == c.sentence
                    and c.number_end <= h.number_start < previous.number_start for h in self.figures):
                # 'cut its rate by 25 basis points to 1.25%, bringing the total reduction to 50 basis points from
                # 1.75%': a base after another change of the same kind is that change's
                return
            between = sentence.text[c.number_end - sentence.start:previous.number_start - sentence.start] if (
                previous is not None and previous.sentence == c.sentence and c.number_end <= previous.number_start) else ""
            if basis is None and re.search(r";|,(?!\d)", between) and not re.search(r"\b(?:from|than)\b", between) \
                    and previous.period != year_earlier(c.period):
                # 'rose 8% to $5.4 billion in the second quarter, compared with $5.2 billion in the first': a level set
                # beside a change whose basis the article does not say (a year earlier, most likely); 'compared with
                # CHF 398.3 million a year earlier' is that basis
                previous = None
            if basis is None and previous is not None and (re.fullmatch(r"\d{4}-\d{2}(?:-\d{2})?|.*\.\..*", c.period)
                                                           or c.kind == "pp") \
                    and (re.search(r"[,;]\s*(?:compared\s+(?:with|to)|against|versus|vs\.?|and\s+(?:was|were|is|are|has|have|"
                                   r"had|stood|remained)\b)", between)
                         # 'rose 0.2 percentage points to 4.5% in September, ... and up from 4.1% a year earlier': a rate's
                         # month's move in points, with a year-earlier level given a direction of its own
                         or c.kind == "pp" and re.fullmatch(r"\d{4}-\d{2}", c.period)
                         and previous.period == year_earlier(c.period)
                         and re.search(r",\s*(?:and\s+)?(?:up|down|higher|lower)\s+(?:from|than)\b", between)):
                # 'The jobless rate rose 0.2 point to 4.3% in July, compared with 3.5% a year earlier': a month's (or a
                # rolling window's, or a rate's) change with no basis of its own is as often on the release before, so a
                # level set beside it is no base of it
                previous = None
            if previous is None and basis is None:  # "up 4.1% from 6.25 million three years earlier": the base its sentence gives
                # ... in the change's own clause ('grew 9.9% from 5.93 million in 2016', '25.2% more than the 649,171
                # of 2016'): 'rose 8% to $5.4 billion in 2024, compared with $4.6 billion in 2019' sets a level beside a
                # year-on-year change, and is no base of it
                text, offset = sentence.text, sentence.start
                stated_base = [g for g in candidates if g.sentence == c.sentence and g.earlier and g is not current
                               and not self.in_a_clause_before(g, c)
                               and (not g.forecast or c.forecast or self.stated_from(g))
                               and years_between(g.period, c.period) > 0
                               and (wanted != "amount" or g.currency == current.currency)
                               and (g.number_start < c.number_start  # 'up from 26.3% in 2016, a rise of 1.3 points'
                                    or re.search(r"\b(?:from|than)\b", text[c.number_end - offset:g.number_start - offset])
                                    and not re.search(r";|,(?!\d)", text[c.number_end - offset:g.number_start - offset])
                                    # ... never a second comparison after 'and': '0.3 point above a year earlier and
                                    # higher than the 3.4% low of April 2023'
                                    and not re.search(r"\band\s+(?:\w+\s+)?(?:higher|lower|more|less|above|below|bigger|"
                                                      r"smaller|greater)\b", text[c.number_end - offset:g.number_start - offset])
                                    # 'has grown 30% since 2020, when it was 4.0 million tonnes', '36.3% higher than in
                                    # June last year, when 9,870 were sold'
                                    or re.search(r"\b(?:since\s+\d{4}|than\s+(?:in\s+)?[^,;\d]{1,30}),\s+when\b",
                                                 text[c.number_end - offset:g.number_start - offset]))]
                previous = stated_base[0] if len(stated_base) == 1 else None
        if current is not None and previous is not None:
            # 'rose 7.3 percent and 4.1 percent to 48.29 trillion won and 3.6 trillion won ... from 45.0 trillion won and
            # 3.458 trillion won', 'compared with 4.18 trillion won and 4.28 trillion won a year earlier': levels listed
            # together go with the changes listed, in their order; a list with no list of changes to match is left to a person
            changes = self.listed(c)
            for level in (current, previous):
                levels = self.listed(level)
                if len(levels) < 2:
                    continue
                if len(changes) != len(levels):
                    return
                chosen = levels[changes.index(c)]
                if chosen.unit != level.unit:
                    return
                current, previous = (chosen, previous) if level is current else (current, chosen)
        holder = OTHER_HOLDER.match(self.text, previous.end) if previous is not None and previous.sentence == c.sentence \
            and previous.number_start > c.number_end else None
        if holder and holder.group(1).lower() not in CALENDAR_WORDS:
            previous = None  # 'rose 12% to $612 million, compared with $575 million at its closest rival, Hartwell': theirs
        label = f"{c.entity}'s {c.metric}" + (f" with {c.counterpart}" if c.counterpart else "")
        if current is not None and previous is not None and not self.names_base(c, previous) and any(
                g.is_level and same_thing(g, current) and g.unit == current.unit
                and _before(previous.period, g.period) and _before(g.period, current.period) for g in self.figures):
            return  # '4.9% this year, up from 4.7%, and 4.4% next year, 0.5 percentage points slower': a change that names
            #         no base is on the period between, which the article gives, never on an older level
        if current is not None and previous is not None:
            self.add_change(c, current, previous, f"a stated change with both levels of {label}")
        elif current is not None and c.kind == "percent" and not c.evidence.get("annual"):
            self.add("unanchored_growth", [c, current], "a percentage change with only its current level",
                     f"that {current.id} is the level after the change and that the article gives no earlier level",
                     stated=c.id, computed=f"previous({current.id}, {c.id})",
                     needs=f"{label} in the period before {c.period}")
        elif current is None and c.kind == "percent" and not c.evidence.get("annual") and not c.forecast:
            self.change_from_named_base(c)

    def in_a_clause_before(self, g: DraftFigure, c: DraftFigure) -> bool:
        """Whether `g` is in a clause of `c`'s sentence that a contrast closes before `c`: 'Traffic rose 9.0% to 5.45
        billion from 5.0 billion, while capacity rose 11.7% to 6.49 billion': the 5.0 billion is no base of the 11.7%."""
        return g.sentence == c.sentence and g.number_end <= c.number_start and re.search(
            r"(?:[,;]\s*(?:while|whereas|but)|;)\s", self.text[g.number_end:c.number_start]) is not None

    def moves_to_an_earlier_level(self, c: DraftFigure) -> bool:
        """'A year earlier, revenue had grown 11% to $3.00 billion', 'rose 12% to $412 million, after an 8.8% rise to
        $368 million a year earlier': a change whose own words end at an earlier level is that earlier period's change,
        from a base the article does not give, never the change from that level to the current one."""
        after = [f for f in self.sentence_of(c).figures if f.number_start > c.number_end]
        if not after:
            return False
        target = after[0]
        return target.is_level and (target.earlier or (target.period != c.period and is_earlier(c.period, target.period))) \
            and re.fullmatch(r"\s*(?:(?:percentage\s+)?points?|basis\s+points|per\s*cent)?\s*(?:rise|increase|gain|jump|"
                             r"climb|fall|drop|decline|decrease)?\s*to\s+(?:an?\s+)?(?:about\s+|around\s+|nearly\s+|almost\s+|"
                             r"some\s+)?", self.text[c.number_end:target.start]) is not None

    def change_from_named_base(self, c: DraftFigure) -> None:
        """'Britain led with €4.3 billion, ahead of Germany with €2.9 billion. German funding fell 13% from €3.3 billion
        in the second quarter': a change whose own words name its base, of an entity whose one level in that unit and
        the change's period the paragraph gave before, however its measure was named there. Only where the article
        gives that entity no other level of that unit and period, so that which level changed is never a guess."""
        sentence = self.sentence_of(c)
        base = next((g for g in sentence.figures if g.number_start >= c.number_end), None)
        if base is None or not base.is_level or not base.earlier or base.kind != "amount" or base.share or base.forecast \
                or base.entity != c.entity or base.counterpart != c.counterpart \
                or not re.fullmatch(r"\s*(?:(?:higher|lower|more|less|up|down)\s+)?from\s+(?:the\s+|its\s+|a\s+)?",
                                    self.text[c.number_end:base.start]) \
                or not is_earlier(c.period, base.period):
            return
        alike = [g for g in self.figures if g is not base and g.is_level and not g.earlier and not g.share
                 and not g.forecast and g.kind == "amount" and g.entity == c.entity and g.counterpart == c.counterpart
                 and g.unit == base.unit and g.period == c.period]
        if len(alike) != 1:
            return
        current = alike[0]
        if self.article.sentences[current.sentence].paragraph != sentence.paragraph or current.sentence >= c.sentence:
            return  # (a level in the change's own sentence is the other rules' to pair, or no level of this change)
        self.add_change(c, current, base, "a change from the base its words name, of the one level its entity has in "
                                          "that unit and period, given before it in its paragraph")

    def listed(self, f: DraftFigure) -> list[DraftFigure]:
        """The figures of `f`'s sentence listed with it ('4.18 trillion won and 4.28 trillion won', '7.3 percent and 4.1
        percent'), in order: changes with changes, levels with levels of its unit; [f] when it stands alone."""
        same = [g for g in self.sentence_of(f).figures if bool(g.is_change) == bool(f.is_change) and g.unit == f.unit
                and g.kind == f.kind]
        i = same.index(f) if f in same else -1
        if i < 0:
            return [f]
        joined = (lambda a, b: re.fullmatch(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?:about\s+|around\s+)?[^\w\s]{0,4}\s?"
                                           r"(?:[A-Z]{3}\s)?", self.text[a.end:b.start]) is not None)
        start = i
        while start > 0 and joined(same[start - 1], same[start]):
            start -= 1
        end = i
        while end + 1 < len(same) and joined(same[end], same[end + 1]):
            end += 1
        return same[start:end + 1]

    def names_base(self, c: DraftFigure, base: DraftFigure) -> bool:
        """Whether a change's own clause names `base` as what it is measured from ('up 4.5% from 33.6 million')."""
        if base.sentence != c.sentence or base.number_start < c.number_end:
            return False
        return re.search(r"\b(?:from|than|below|above|against|over|on)\b", self.text[c.number_end:base.number_start]) is not None

    def range_end(self, f: DraftFigure) -> bool:
        """Whether a figure is one end of a range printed with 'to' or 'and' ('of 26% to 28%', 'between €5.0 billion and
        €5.1 billion'): the number beside it is of its unit, larger but at most twice it, after it, and no 'from' or
        'by' opens the pair."""
        for g in self.sentence_of(f).figures:
            low, high = (g, f) if g.number_end <= f.number_start else (f, g)
            if g is f or g.unit != f.unit or not re.fullmatch(r"\s*(?:%|per\s*cent|percent|[a-z]+(?:\s+[a-z]+)?)?\s+(?:to|and)\s+"
                                                                r"[^\w\s]{0,3}", self.text[low.number_end:high.number_start]):
                continue
            before = self.text[max(0, low.number_start - 25):low.number_start]
            try:
                # a range's ends are close: never 'rose 4,250 to 224,750', a change and the level it reached
                rising = 0 < _first_value(low) < _first_value(high) <= 2 * _first_value(low)
            except ValueError:
                continue
            if rising and not re.search(r"\b(?:from|by)\s+(?:about\s+|around\s+|some\s+)?[^\w\s]{0,3}$", before, re.I):
                return True
        return False

    def add_change(self, c: DraftFigure, current: DraftFigure, previous: DraftFigure, rule: str) -> None:
        """The check of a stated change `c` on the two levels it is between."""
        kind, function = {"percent": ("growth", "growth"), "amount": ("change", "change"), "pp": ("percentage_points", "pp")}[c.kind]
        place = re.match(r"\s*(?:%|per\s*cent|percent|(?:percentage\s+)?points?)?\s+in\s+(?:the\s+)?([A-Z][\w’'\-]*(?:\s+[A-Z][\w’'\-]*)*)",
                         self.text[c.number_end:c.number_end + 60])
        if place and (is_territory(place.group(1)) or is_region(place.group(1))) and place.group(1) not in (
                current.entity, current.counterpart, previous.entity, previous.counterpart):
            return  # '..., to 337,353 tonnes, from 363,520 tonnes a year earlier, and were down 3.7% in Asia': another place's
        if any(self.range_end(f) for f in (c, current, previous)):
            return  # 'revenue of 5.0 billion to 5.1 billion euros, an increase of 26% to 28%': ends of ranges, which pair
            #         end to end; a person writes them as ranges ('5.0-5.1', '26-28')
        if self.level_of_another_thing(previous):
            return
        basis = c.evidence.get("basis")
        if basis == "a year earlier" and previous.period == just_before(current.period) != year_earlier(current.period) \
                or basis == "just before" and previous.period == year_earlier(current.period) != just_before(current.period):
            return  # '14% month on month and 28% year on year to 522,000 in July, from 458,000 in June': a base of the
            #         other step than the change's own words name
        if previous.sentence == current.sentence and previous.number_start > current.number_end and re.search(
                r",\s*(?:while|whereas|but)\b|;", self.text[current.number_end:previous.number_start]) and any(
                g.is_level and not g.earlier and current.number_end < g.number_start < previous.number_start
                for g in self.sentence_of(previous).figures):
            return  # 'rose 3.4 points to 53.2%, while ethanol's fell to 46.8% from 50.2%': the base of the next clause's level
        if c.kind == "amount" and re.match(r"\s*(?:[\w\-]+\s+){0,2}?(?:in|during|over)\s+the\s+(?:quarter|month|week)\b",
                                           self.text[c.number_end:]) and previous.period == year_earlier(current.period):
            return  # 'rose by 3.4 million in the quarter to 84.6 million, up from 76.1 million a year earlier': a change over
            #         the quarter, never the year's
        noun = re.search(r"\d\s+(?:million\s+|billion\s+|thousand\s+)?([a-z][a-z\-]*s)$",
                         self.text[previous.number_start:previous.number_end]) if previous.is_count else None
        if noun and current.number_end < previous.number_start \
                and re.search(r"\b(?:compared|against|versus|vs)\b", self.text[current.number_end:previous.number_start]) \
                and not re.search(rf"\b{re.escape(singular(noun.group(1)))}", self.text[self.sentence_of(previous).start:
                                                                                       previous.number_start], re.I):
            return  # 'Sales of electric cars rose 12% to 410,000, compared with 380,000 hybrids': a count of other things
        computed = f"{function}({current.id}, {previous.id})"
        if c.forecast and not (current.forecast or previous.forecast) and all(
                g.sentence == c.sentence and g.number_end <= c.number_start for g in (current, previous)):
            return  # 'rose to $31.2 billion from $29.0 billion, missing the 10% growth the ministry had projected': a
            #         forecast after the outcome's levels is what they are measured against, never their change
        if c.kind == "pp" and (re.search(r"\b(?:gap|difference|spread|premium|discount)\s+of\s+(?:about\s+|some\s+|nearly\s+)?$",
                                         self.text[max(0, c.start - 30):c.start], re.I)
                               or re.match(r"[^,;.]{0,30}?\b(?:above|below|ahead\s+of|behind|short\s+of|higher\s+than|"
                                           r"lower\s+than)\s+(?:the\s+|its\s+)?(?:[\w\-’']+\s+){0,3}?(?:forecasts?|expectations?|"
                                           r"consensus|estimates?|average|target|benchmark|euro\s+(?:area|zone)|eurozone|"
                                           r"national|rest)\b", self.text[c.number_end:c.number_end + 90], re.I)):
            return  # 'so the reading was 0.4 percentage point above forecasts', 'a gap of 14.3 points' with the national
            #         rate: a difference from another figure, never the change since the period before
        stated_before = {other.stated for other in self.claims if other.kind == kind and other.computed == computed}
        if any(f.id in stated_before and f.id != c.id and f.value != c.value and f.sentence == c.sentence
               for f in self.figures):
            return  # 'down 8.8% from 38.60 euros in July and 9.7% below the 39.00 euros of August 2024': two changes
            #         of one sentence are never between the same two levels
        self.add(kind, [c, current, previous], rule,
                 f"that {current.id} ({current.period}) and {previous.id} ({previous.period}) are the levels the "
                 f"change {c.id} is about", stated=c.id, computed=f"{function}({current.id}, {previous.id})",
                 periods="" if is_earlier(current.period, previous.period) else "mixed")

    def compared_with(self, f: DraftFigure) -> bool:
        """Whether a figure is what its sentence compares something with: the words since the figure before it end in a
        comparison ('above Gyeonggi's 4.0 trillion won', 'twice the $6.8bn', 'below its level a year ago of $5,800',
        'from $2,760'), never in the level a clause reaches ('rose more than expected to $5 billion')."""
        s = self.sentence_of(f)
        # the words since the figure before it, a multiple aside ('twice those to Korea, at'), which names the compared
        # one before its level
        before = self.text[max([s.start] + [g.number_end for g in s.figures if g.number_end <= f.number_start
                                            and g.kind != "times"]):f.number_start]
        return bool(COMPARED_CUE.search(before)) and not re.search(
            r"(?<!,)\s(?:to|at|with|reaching|reached|hit|hitting)\s+(?:about\s+|some\s+|nearly\s+|around\s+|almost\s+|just\s+over\s+)?"
            r"[^\w\s]{0,3}$", before, re.I)  # 'ahead of Greater Poland with 78.9 billion': a member of a list, at its level

    def level_of_another_thing(self, base: DraftFigure) -> bool:
        """'compared with $590 in Melbourne', 'against €21.62 for smaller flats', 'versus £33,000 for non-graduates',
        'up from $590 at the start of the pandemic': a level the words right after it tie to another place, group or
        occasion, in no time the calendar reads, is no earlier level of the thing a change is about."""
        s = self.sentence_of(base)
        rest = re.split(r"[,;:]|\.(?!\d)|\s(?:and|but|while|whereas|as)\s", self.text[base.end:s.start + len(s.text)])[0]
        # ... after the words of its unit: 'a week', 'an hour', 'per square metre', 'tonnes per hectare'
        rest = re.sub(r"^\s*(?:[a-z]+\s+)?(?:a|an|per|each)\s+(?:[a-z]+\s+)?[a-z]+\b", "", rest)
        if not re.match(r"\s*(?:(?:in|for|at|among|across|outside|within)\s|(?:nationally|elsewhere|regionally|abroad)\b)",
                        rest):
            return False
        return not self.article.calendar.find(rest) and not re.search(
            r"\b(?:previous|prior|preceding|last|earlier|ago|same|year|quarter|month|week|period|season|half)\b", rest, re.I)

    def cagr(self, c: DraftFigure, current: DraftFigure | None, candidates: list[DraftFigure]) -> bool:
        """'has grown by an average of 3.8% a year since 2019, when it was 2.79 million': the average annual rate
        between the current level and the one earlier level of the same thing the article gives. Whether it
        proposed one."""
        if current is None:
            return False
        starts = [g for g in candidates if g.earlier and years_between(g.period, c.period) >= 2
                  and g.currency == current.currency]
        local = [g for g in starts if abs(g.sentence - c.sentence) <= 1]
        start = self.unique(local) or self.unique(starts)
        if years_between(str(self.article.calendar.year), current.period) > 0:
            # 'Reaching 18 million by 2028 needs growth of 9.3% a year': a target's rate runs from the latest level the
            # article gives, never from an older one
            actual = [g for g in candidates if g is not current and not g.forecast and g.currency == current.currency
                      and years_between(g.period, current.period) >= 2
                      and years_between(str(self.article.calendar.year), g.period) == 0]
            latest = [g for g in actual if not any(years_between(g.period, h.period) > 0 for h in actual)]
            start = latest[0] if len(latest) == 1 else None
        if start is None:
            return False
        years = years_between(start.period, current.period)
        if re.fullmatch(r"\d{4}-12-31", start.period) and re.fullmatch(r"\d{4}", current.period):
            years = int(current.period) - int(start.period[:4])  # 'at the end of 2024' to '20 GW by 2030': six years
        said = re.search(r"\bover\s+(?:the\s+(?:past|last|previous)\s+)?(\w+)\s+years\b", self.sentence_of(c).text, re.I)
        stated_years = (COUNT.get(said.group(1).lower()) or (int(said.group(1)) if said.group(1).isdigit() else None)) \
            if said else None
        if stated_years and int(stated_years) != years:
            return False  # 'an average annual increase of 4.9% over nine years': the article counts other years than
            #               the levels' periods as drafted, so which levels it means is a person's call
        return self.add("cagr", [c, current, start], "an average annual rate with the levels at both ends",
                 f"that {start.id} ({start.period}) is where the {years:g} years of {c.id} start and {current.id} "
                 f"({current.period}) where they end", stated=c.id, computed=f"cagr({current.id}, {start.id}, {years:g})",
                 periods="mixed")

    def multiple(self, c: DraftFigure) -> None:
        s = self.sentence_of(c)
        text = s.text
        if re.search(r"\btimes\s+(?:its\s+|annual\s+|annualised\s+|annualized\s+|core\s+|adjusted\s+|underlying\s+)*"
                     r"(?:earnings|EBITDA|EBIT|income|revenue|sales|profits?|interest|cash\s+flow|equity|GDP|output|costs?)\b", text):
            return  # 'net debt fell to £1.4bn, or 1.9 times EBITDA, down from 2.4 times': a ratio to another measure
        owners = [m.group(1) for m in re.finditer(r"\b([A-Za-z][\w\-]*)[’']s\b", text[dateline(s)[2]:c.number_start - s.start])]
        if c.evidence.get("entity", "").startswith("the article's main entity") and any(
                o.lower() != self.article.main.lower() and o.lower() not in ("it", "that", "there") for o in owners):
            return  # 'Education's budget is twice the interior ministry's': a subject the drafted figures do not name, never
            #         the main entity's amount
        after = text[c.number_end - s.start:]
        if re.match(r"\s+(?:the|its|their|that|as)\s+(?:[\w\-’']+\s+){0,3}?(?:rate|pace|growth|rise|increase|gain|fall|decline|"
                    r"drop|speed|fast|quickly)\b", after, re.I):
            return  # 'rose 15% ..., twice the rate of 2022': how fast it grew, against a rate of growth, never its levels
        other_entity = re.match(r"\s+(?:the\s+)?(?:[\w\-]+\s+){0,3}?of\s+([A-Z][\w’']*(?:\s+[A-Z][\w’']*)*)", after)
        pool = [g for g in self.figures if g.is_level and g.kind in ("amount", "percent") and g is not c]
        # the counterpart of a multiple is the side it is compared with ('1.9 times the share of Sainsbury's'), whose
        # own figures are no flow with it
        side = replace(c, counterpart="") if c.evidence.get("comparator") else c
        same = [g for g in pool if same_thing(g, side) and g.period == c.period]
        # what it multiplies is never what its sentence compares with ('below its level a year ago of $5,800 but 2.3
        # times ...', '50% above Gyeonggi's 4.0 trillion won and twice ...'), nor a level after it but the one it
        # reaches ('doubled to $5 billion')
        same = [g for g in same if g.sentence != c.sentence or not self.compared_with(g) and (
            g.number_start < c.number_start or re.search(r"\b(?:to|at|reaching|reached)\s+(?:about\s+|some\s+|nearly\s+|"
                                                         r"around\s+)?[^\w\s]{0,3}$", self.text[c.number_end:g.number_start]))]
        # 'with 52,300 tonnes, or 44.1% of the total, nearly twice as much as Lumwana East': the amount, never its share
        a = self.unique([g for g in same if not g.share], c) if any(not g.share for g in same) else self.unique(same, c)
        start_level = next((g for g in s.figures if g.number_start > c.number_end and g.is_level and g.kind in ("amount", "percent")
                            and re.fullmatch(r"\s*(?:from|(?:its|the|their)\s+(?:[a-z]+\s+){0,2}?(?:level|value|price|peak|size|"
                                             r"rate)\s+(?:of|in|at))\s+(?:the\s+|a\s+|its\s+)?(?:about\s+|around\s+|some\s+)?"
                                             r"[^\w\s]{0,3}", self.text[c.number_end:g.number_start])), None)
        if start_level is not None:
            # 'The rate fell to $1,609 ..., and has halved from $3,250 in January', '... was half its level of $3,250':
            # from the level its words name to the subject's latest level before it, never from an earlier base
            # ... never a level told in a clause about another time ('since January, when it traded at $3.19, and is
            # 2.2 times its level of $1.85 a year ago')
            now = [g for g in s.figures if g.is_level and not g.earlier and not g.share and g is not start_level
                   and g.number_end <= c.number_start and same_family(g, start_level)
                   and not re.search(r",\s*when\s+[^,;]*$", text[:g.number_start - s.start])]
            appositive = self.appositive_level(c)
            if appositive is not None and appositive is not start_level and same_family(appositive, start_level):
                now = [appositive]  # 'a year ago it was 26.5%, 2.4 times the overall rate of 11.21%': that level's
            if now:
                self.add("multiple", [c, now[-1], start_level], "a multiple from the level its words name",
                         f"that {now[-1].id} is {c.id} times {start_level.id}", stated=c.id,
                         computed=f"multiple({now[-1].id}, {start_level.id})")
                return
            # ... or, with no level before it in its sentence ('Chinese arrivals nearly tripled from 2.43 million'),
            # the level the rules below find, unless that is one told of another time
            if a is not None and a.sentence == c.sentence and re.search(r",\s*when\s+[^,;]*$", text[:a.number_start - s.start]):
                return
        if a is not None and a.sentence == c.sentence and a.number_start > c.number_end and re.match(
                r"\s*(?:[\w\-]+\s+){0,2}?(?:target|goal|ceiling|limit|benchmark|threshold|objective)\b",
                self.text[a.number_end:a.number_end + 40], re.I):
            return  # '3.8% in May, nearly double the Fed's 2% target': a target after the multiple is its base,
            #         never what is that many times something
        # 'about 1.7 times Indonesia's $21.5 billion and nearly four times the Philippines' $9.2 billion': a second
        # multiple of a list compares the first one's subject, never the base the first one names
        chained = next((m for m in reversed(s.figures) if m.kind == "times" and m.number_end <= c.number_start
                        and re.fullmatch(rf"[^,;]*?{AND_HEDGED}", self.text[m.number_end:c.start])
                        and re.search(r"\d", self.text[m.number_end:c.start])), None)
        if chained is not None:
            first = next((x for x in self.claims if x.kind == "multiple" and x.stated == chained.id), None)
            found = re.fullmatch(r"multiple\(([A-Za-z_]\w*), [A-Za-z_]\w*\)", first.computed) if first else None
            a = next((g for g in pool if found and g.id == found.group(1)), None)
            if a is None:
                return  # the first multiple's subject is not drafted: the second's, a person says
        base = a is not None and (a.earlier or re.search(r"\b(?:from|than)\s+(?:the\s+|a\s+)?(?:about\s+|around\s+)?$",
                                                         self.text[max(0, a.start - 30):a.start]))
        if base and a.sentence == c.sentence and a.number_end <= c.number_start and re.fullmatch(
                rf"[^,;]*?{AND_HEDGED}", self.text[a.number_end:c.start]):
            # 'reached 35.5 million in 2024, up from 28.1 million in 2023 and more than double the 15.2 million of 2022':
            # a second comparison of the level the first compares, never of the first one's base
            compared = [g for g in pool if same_thing(g, side) and g.sentence == c.sentence and not g.earlier
                        and not g.share and g.unit == a.unit and g.number_end <= a.number_start]
            a = compared[-1] if compared else None
            if a is None:
                return
        b = None
        # 'nearly twice the $12,640 earned by smaller Supramaxes': the amount printed right after it is the base
        printed = next((g for g in pool if g.sentence == c.sentence and g.number_start > c.number_end and re.fullmatch(
            r"\s+(?:the|as\s+much\s+as|as\s+many\s+as)\s+(?:[A-Z]{1,3})?[^\w\s]{0,3}",  # 'the HK$13.2 billion' too
            self.text[c.number_end:g.number_start])), None)
        if printed is not None and a is printed:
            # 'almost double the €850 of 2014': the amount printed right after it is the base, never what is double it
            a = self.unique([g for g in same if g is not printed and not g.share], c)
        if printed is not None and a is not None and printed is not a and same_family(printed, a) and not printed.earlier:
            b = printed
        if b is None and other_entity:
            names = {other_entity.group(1), re.sub(r"[’']s$", "", other_entity.group(1))}
            b = self.unique([g for g in pool if g.entity in names and g.metric == c.metric and g.period == c.period])
        whose = re.match(r"\s+(?:that\s+of\s+|those\s+of\s+)?([A-Z][\w\-]*(?:\s+[A-Z][\w\-]*)*)[’']s?(?=[\s,.;]|$)", after)
        if b is None and whose and a is not None:
            # 'its exports were nearly 1.4 times Japan's': the named one's figure of the same measure and period, never
            # the nearest pair of the sentence
            name = next((n for n in self.article.names[s.index] if n.start == c.number_end - s.start + whose.start(1)), None)
            label = re.sub(r"[’']s$", "", (name.country or name.text) if name is not None else whose.group(1))
            based = [g for g in pool if label_of(g) == label and g.metric == a.metric and g.period == a.period
                     and g.unit == a.unit and not g.share]
            if len(based) != 1:
                return  # the named one's figure of that measure is not printed, or not once: a person says which
            b = based[0]
        # '2.2 times what the city spends on police': the base is what the words after it name, never the level of
        # another period the sentence also gives, unless those words are a time ('twice last year's', 'the 2019 level')
        named = re.match(r"\s+(?:what|as\s+much\s+as|as\s+many\s+as|that\s+of|those\s+of|the|its|their)\s+"
                         r"((?:[^,.;]|\.(?=\d)){3,80})",  # 'the HK$13.2 billion of a year earlier' whole
                         after, re.I)
        if b is None and named and re.search(r"\b(?:combined|together|both|all|two|three|four|five|six|seven|eight|nine|ten)\b",
                                             named.group(1), re.I):
            return  # '5.0 times as much as Europe's two biggest ports combined': a group whose total is not given
        named_head = re.split(r"\s+(?:and|but|while|whereas|up|down)\s+", named.group(1))[0] if named else ""
        if b is None and re.search(r"\b(?:overall|national|nationwide|average|headline|whole|wider)\b", named_head, re.I) \
                and not re.search(r"\b(?:\d{4}|year|quarter|month|earlier|before|ago|previous|prior|last)\b", named_head, re.I):
            return  # 'a bit more than double the overall rate and down from 14.5%': a whole's figure, named and not printed
            #         here, never the change's base after it
        if b is None and a is not None and named and not re.search(
                r"\b(?:\d{4}|year|years|quarter|month|earlier|before|ago|previous|prior|last|level|figure|rate)\b",
                named.group(1), re.I):
            b = self.unique([g for g in pool if g is not a and g.entity and g.period == a.period and same_family(g, a)
                             and g.metric == a.metric and re.search(rf"\b{re.escape(g.entity)}\b", named.group(1), re.I)])
            if b is None:
                return
        # 'rose to 12.3 billion euros from 11.2 billion, 1.5 times imports of 8.2 billion euros', 'half as large again as
        # in the Americas ($14.8 billion)': a level of its time printed after it in its clause is what it is compared
        # with, never the subject's earlier level before it; one in another unit ('twice the 98,000 yen spent by
        # Koreans' beside yen per visitor) leaves the base to a person
        compared_with = next((g for g in s.figures if g.number_start > c.number_end and g.is_level and not g.share
                              and g.kind in ("amount", "percent") and not re.search(
                                  r"[;:]|,\s*(?:and|while|but|whereas|up|down)\b|^\s*(?:to|at|reaching)\b",
                                  self.text[c.number_end:g.number_start])), None)
        if b is None and a is not None and compared_with is not None and compared_with is not a \
                and not compared_with.earlier:
            if not same_family(compared_with, a):
                return
            b = compared_with
        if b is None and a is not None:
            in_sentence = [g for g in pool if g.sentence == c.sentence and g is not a and same_family(g, a)
                           and same_thing(g, a) and g.period != a.period]
            year_named = re.match(r"\s+(?:(?:the|its|their|[\w\-]+[’']s)\s+)?((?:19|20)\d\d)\b", after)
            if year_named:  # 'nearly double its 2021 deliveries': that year's, never the next comparison's 2020 figure
                in_sentence = [g for g in in_sentence if g.period.startswith(year_named.group(1))]
            ago = re.match(r"\s+(?:as\s+(?:much|many|large|high)\s+as\s+|that\s+of\s+)?(?:a\s+(decade)|(a|one|two|three|four|"
                           r"five|six|seven|eight|nine|ten|\d+)\s+years?)\s+(?:earlier|ago|before)\b", after, re.I)
            if ago:  # 'twice as many as a decade earlier': that year's level, never 2023's printed after it
                years = 10 if ago.group(1) else {"a": 1, "one": 1, **COUNT}.get(ago.group(2).lower()) or int(ago.group(2))
                try:
                    then = parse_period(a.period).shifted(-12 * years).label
                except (PeriodError, ValueError):
                    then = ""
                in_sentence = [g for g in in_sentence if g.period == then]
            since = re.match(r"\s+since\s+([^,;]*)", after)
            if since:  # 'more than doubled since March 2022 to 119 GW': the level of March 2022, never another base
                times = self.article.calendar.find(since.group(1))
                then = times[0].period if times and times[0].start == 0 else ""
                in_sentence = [g for g in in_sentence if then and (g.period == then or _within(g.period, then))]
            following = [g for g in in_sentence if g.number_start > c.number_start]
            b = following[0] if following else (in_sentence[0] if len(in_sentence) == 1 else None)
            previous_year = re.match(r"\s+(last|the\s+previous)\s+year[’']s\b", after)
            if b is None and previous_year:
                # 'last year's' is the year before the article's; 'the previous year's' the year before the figure's
                year = str(self.article.calendar.year - 1) if previous_year.group(1) == "last" else year_earlier(a.period)
                b = self.unique([g for g in pool if same_thing(g, a) and same_family(g, a) and g.period == year
                                 and g is not a])
        if a is None or b is None or a is b or not same_family(a, b):
            return
        if re.match(r"\s+(?:the|a|an|its|their)\s+(?:[\w\-]+\s+){0,2}?[^\w\s]{0,3}\d[\d.,]*\s*(?:%|per\s?cent|percent|"
                    r"-?\s*(?:percentage\s+)?points?\b|pp\b)", after, re.I) and not (a.is_change or b.is_change):
            return  # 'to £1,849 from £1,738, double the 3.2% rise in earnings': the change compared, never the two levels
        own = self.text[s.start + clause_bounds(text, c.number_start - s.start)[0]:c.number_start]
        if re.search(r"\b(?:per|a|each)\s+(?:subscriber|subscription|user|customer|head|capita|person|resident|household|"
                     r"employee|worker|share|unit|vehicle|passenger|hectare)\b", own, re.I) \
                and "_per_" not in a.unit and "_per_" not in b.unit:
            return  # '..., so traffic per subscription more than tripled': a ratio of its own, never the levels before it
        contrast = re.match(r"\s*(?:while|whereas|but|and|although)\s+(.*)$", own, re.I | re.S)
        if contrast and {p[3] for p in metric_phrases(contrast.group(1), [])} - _heads(a.metric) - {""}:
            return  # '..., while investment demand more than doubled': a measure of its own, never the sentence's figures
        appositive = self.appositive_level(c)
        if appositive is not None and appositive is not a and appositive is not b:
            return  # 'a year earlier it produced 15.1 TWh, 1.6 times nuclear's 9.4 TWh': the level right before it is
            #         what it multiplies, and the figures drafted to compare are others
        periods = "" if a.period == b.period else "mixed"
        if not c.counterpart and (b.counterpart or b.entity) != (a.counterpart or a.entity) and c.entity == a.entity:
            # 'about 1.7 times Indonesia's': the multiple is of its subject against the other one, as its table says
            c.counterpart = b.counterpart or b.entity
            c.evidence["counterpart"] = f"'{b.counterpart or b.entity}', the one its multiple compares it with"
        self.add("multiple", [c, a, b] if a.sentence == c.sentence else [c, b], "a multiple with the two values it compares",
                 f"that {c.id} compares {a.id} ({a.entity}, {a.period}) with {b.id} ({b.entity}, {b.period})",
                 stated=c.id, computed=f"multiple({a.id}, {b.id})", periods=periods)

    def appositive_level(self, c: DraftFigure) -> DraftFigure | None:
        """The level a multiple is said of right after it, set off by a comma ('it was 26.5%, 2.4 times ...')."""
        sentence = self.sentence_of(c)
        before = [g for g in sentence.figures if g.number_end <= c.number_start and g.is_level and not g.share
                  and g.kind in ("amount", "percent")]
        if before and re.fullmatch(r"\s*,\s*(?:or\s+)?(?:about\s+|nearly\s+|almost\s+|roughly\s+|some\s+|more\s+than\s+|"
                                   r"less\s+than\s+|over\s+|just\s+(?:over|under)\s+)?", self.text[before[-1].end:c.start]) \
                and not re.search(r"\b(?:from|than|with|against|versus)\s+(?:the\s+|a\s+|an\s+)?(?:about\s+|some\s+)?"
                                  r"[^\w\s]{0,3}$", self.text[max(0, before[-1].start - 40):before[-1].start]):
            return before[-1]  # ... never the base of a change before it ('up 24.4% from $19,110, nearly twice ...')
        return None

    # -- shares ---------------------------------------------------------------------------------
    def part_before(self, share: DraftFigure) -> DraftFigure | None:
        """The amount a share is stated right after ('12.1 million tonnes, or 66%'), if any."""
        sentence = self.sentence_of(share)
        before = [g for g in sentence.figures if g.kind == "amount" and g.number_end <= share.number_start]
        if before and re.fullmatch(r"(?:\s+of\s+(?:that|it|them|those|these|the\s+total))?"  # '4.94 trillion pesos of that, or 74%'
                                   r"[\s,(]*(?:or|and|about|some|nearly|almost|roughly|around|for|accounting\s+for|"
                                   r"making\s+up|equal\s+to)?[\s,]*(?:about|some|nearly|almost|roughly|around)?\s*",
                                   self.text[before[-1].end:share.start]):
            return before[-1]
        return None

    def shares(self) -> None:
        kinds = {f.entity.lower() for f in self.figures if f.entity[:1].islower()}  # 'rice', 'wind': things the figures are of
        for s in self.figures:
            if not s.share or s.direction:
                continue
            whole_words = re.match(r"[^,;.]{0,60}", self.text[s.number_end:]).group(0)
            if re.match(r"\s+of\b", whole_words) and re.search(
                    r"\b(?:excluding|excl\.?|ex-|other\s+than|except|not\s+counting|without)\b", whole_words, re.I):
                continue  # 'or 14.8% of sales excluding fuel': a whole of its own, never the total sales beside it
            opening = self.sentence_of(s)
            shares_before = [g for g in self.figures if g.share and g.share_of.strip() and g.number_start < s.number_start
                             and s.sentence - 1 <= g.sentence <= s.sentence]
            if not s.share_of.strip() and len({g.share_of.strip().lower() for g in shares_before}) > 1:
                continue  # 'or 48% of international traffic and 38.5% of all passengers. The Middle East followed with
                #           12.2 million, or 19.0%': of which of the two wholes, a person says
            # '€4.9 billion, or 45% of group revenue. The UK contributed €2.6 billion (24%)': of the whole the share
            # just before names
            named_before = [m.group(0).strip()[3:] for m in (re.match(r"\s+of\s+[^,;.()]{0,50}", self.text[g.number_end:])
                                                             for g in shares_before) if m]
            share_of = s.share_of if s.share_of.strip() or not named_before else named_before[-1]
            if re.match(r"\s*Of\s+(?:the|all)\s+[^,]{3,60},", opening.text[dateline(opening)[2]:]):
                continue  # 'Of the new energy vehicles exported, plug-in hybrids accounted for 390,000, or 33.1%': of those
            if re.match(r"\s*(?:Within|Among|Of|Inside)\s+(?:that|this|the|those|these|them)\b(?:\s+(?:group|total|segment|"
                        r"category|region|figure|number))?\s*,", opening.text[dateline(opening)[2]:]):
                continue  # 'Within that group, Japanese visitors numbered 450,000, or 30%': of the group before, a person says
            parts: list[DraftFigure] = []
            by_its_word = False  # a part found by the share's thing, of an entity that may also hold the whole
            if s.together:
                wanted = s.evidence.get("parts", [])
                parts = [f for f in self.figures if id(f) in wanted]
            else:
                candidates = [g for g in self.figures if g.kind == "amount" and g.is_level and not g.earlier
                              and g.entity == s.entity and g.period == s.period and g.counterpart == s.counterpart
                              # never what its sentence compares with ('$5 billion, 2.5 times Europe's $2 billion and 20%
                              # of the total')
                              and not (g.sentence == s.sentence and self.compared_with(g))]
                # ... or said after it in its sentence ('made up 27.5% of deliveries, ..., with 48,517 of them sold')
                part = self.unique([g for g in candidates if g.number_start < s.number_start and g.sentence == s.sentence]
                                   or [g for g in candidates if g.metric == s.metric]
                                   or [g for g in candidates if g.sentence == s.sentence and not g.share and not g.forecast
                                       and re.search(r"\bof\s+(?:them|those|these|which)\b",
                                                     self.text[g.number_end:g.number_end + 12])])
                if re.fullmatch(r"(?:market\s+)?share", s.metric) and part is None:
                    # 'Salmon ... exports up 4.8% to 122.3 billion crowns. Its share of the total rose to 69.7%': a share
                    # named only as a share is of the entity's amount said last before it
                    said = [g for g in candidates if g.number_start < s.number_start and "share" not in g.metric]
                    part = said[-1] if said else None
                if part is None and s.entity[:1].islower():
                    # 'Mortgage debt rose to 548.6 billion zlotys ... Mortgages made up 67.5% of all household debt',
                    # 'gold holdings rose to $8.6 billion ...; gold alone made up 6.6% of reserves': the one amount
                    # just before whose measure or name holds the share's thing
                    # ... every word of it, never another kind's ('Petrol cars numbered 66,100. Diesel cars made up 14.1%')
                    said = (lambda g: all(re.search(rf"\b{re.escape(singular(w))}", f"{g.metric} {g.entity}", re.I)
                                          for w in s.entity.lower().split()))
                    part = self.unique([g for g in self.figures if g.kind == "amount" and g.is_level and not g.earlier
                                        and not g.forecast and not g.share and g.period == s.period
                                        and g.counterpart == s.counterpart and g.number_start < s.number_start
                                        and 0 <= s.sentence - g.sentence <= 1 and "_per_" not in g.unit
                                        and (g.entity.lower().startswith(s.entity.lower() + " ") or said(g))])
                    by_its_word = part is not None and part.entity != s.entity
                parts = [part] if part is not None else []
            if not parts:
                continue
            first = parts[0]
            if first.number_start < s.number_start and re.match(r"\s*of\s+(?:those|these)\b", self.text[first.number_end:]):
                # 'Trunk routes carried 0.9 million, and the N2 Express 212,000 of those, or 23.6%': of the amount before
                before = [g for g in self.sentence_of(first).figures if g.kind == "amount" and g.is_level and not g.share
                          and g.currency == first.currency and g.number_end <= first.number_start]
                if before:
                    self.add("share", [s, before[-1], first], "a percentage of the amount 'of those' points back to",
                             f"that {first.id} is the part of {before[-1].id}", stated=s.id,
                             computed=f"share({first.id}, {before[-1].id})")
                continue
            named_whole = next((g for g in self.figures if g.sentence == s.sentence and g.kind == "amount" and g.is_level
                                and g.currency == first.currency and 0 < g.number_start - s.number_end <= 60
                                and (re.match(r"\s+of\s+[^,;.\d]*\bof\s+(?:about\s+|some\s+)?$",
                                              self.text[s.number_end:g.start])
                                     # '$1.94 billion, or 56.6% of the city's $3.43 billion in revenue': with its part
                                     # right before it, never 'its wage bill made up 30% of its $5.0 billion in costs'
                                     or self.part_before(s) is first and re.fullmatch(
                                         r"\s+of\s+(?:the\s+|its\s+|their\s+)?(?:[\w\-]+[’']s\s+)?"
                                         r"(?:(?:total|overall|combined|entire)\s+)?(?:about\s+|some\s+|nearly\s+|almost\s+)?",
                                         self.text[s.number_end:g.start]))), None)
            if named_whole is not None and named_whole in parts:
                continue  # 'or 51% of its total exports of $100.2 billion': that amount is the whole, not the part
            sentence = self.sentence_of(s)
            which = re.search(r",?\s*of\s+which\b", self.text[sentence.start:first.start]) \
                if first.sentence == s.sentence else None
            heads = [g for g in sentence.figures if which and g.kind == "amount" and g.is_level and not g.earlier
                     and g.unit == first.unit and g.number_end <= sentence.start + which.start()]
            if named_whole is None and heads and heads[-1] not in parts:
                # 'Domestic airlines flew 13.2 million passengers, of which IndiGo carried 8.12 million, a market share
                # of 61.5%': the whole is the amount 'of which' follows, never another total of the article
                named_whole = heads[-1]
            if named_whole is not None:  # '67.7% of its total imports of 108.5 million tonnes'
                part_text = " + ".join(p.id for p in parts)
                self.add("share", [s, named_whole] + [p for p in parts if p.sentence == s.sentence],
                         "a percentage of a whole its sentence names", f"that {part_text} is the part of {named_whole.id}",
                         stated=s.id, computed=f"share({part_text}, {named_whole.id})")
                continue
            metric = s.metric if s.metric else first.metric
            # a company's own amount is no whole for a rival's: 'IndiGo carried 8.12 million passengers ... Air India
            # carried 3.80 million, or 28.8%' is a share of a market the article does not give
            main = self.article.main
            # ... a rival being a name that is its own sentence's subject, as the company's is ('Air India carried')
            # ... or a name listed after such a rival in its sentence ('Air India was second with 3.80 million, followed
            # by Akasa Air with 0.62 million (4.7%)')
            subject = self.article.subjects.get(first.sentence, "")
            rival = first.entity != main and not (is_territory(main) or is_region(main)) and first.entity[:1].isupper() \
                and subject[:1].isupper() and subject != main and not (is_territory(subject) or is_region(subject)) \
                and (subject == first.entity or re.search(rf"\b{re.escape(subject)}\b",
                                                           self.text[self.sentence_of(first).start:first.start]))  \
                and not (is_territory(first.entity) or is_region(first.entity)) \
                and not re.search(r"\b(?:group|company|firm|its|our|national|nation|country|nationwide)\b", share_of,
                                  re.I)  # '56% of group output', '85% of national output': the main entity's own whole
            # '$35.2 billion, or 17.9% of spending': the whole is spending, whatever measure the amount inherited
            of = _named_heads(share_of)
            if of and not of & _heads(first.metric):
                measured_as = (lambda g: bool(of & _heads(g.metric)))
            elif first.currency.isupper() and _heads(first.metric) == {"sales"} and re.match(
                    r"\s+of\s+(?:the\s+|its\s+)?(?:group|company|total|overall)\s+sales\b", whole_words, re.I):
                # '€11.26 billion, or 61.2% of group sales': a company's sales in money are its revenue, whether the
                # sentence names it 'Verhoef Group' or 'Verhoef'
                measured_as = (lambda g: g.metric in (metric, first.metric, "revenue") and (
                    g.entity == main or g.entity.startswith(main + " ") or main.startswith(g.entity + " ")))
            else:
                measured_as = (lambda g: g.metric in (metric, first.metric))
            wholes = [g for g in self.figures if g.kind == "amount" and g.is_level and not g.earlier and not g.forecast
                      and not (rival and g.entity == main)
                      and g.currency == first.currency and g.period == first.period and measured_as(g)
                      and ((g.entity, g.counterpart) not in [(p.entity, p.counterpart) for p in parts]
                           or by_its_word and g not in parts and g.metric != first.metric)
                      # a region is the whole of a country's part only: never of another region ('Western Europe ...
                      # 56.4% of revenue' beside Asia's revenue) nor of a segment ('automotive ... 41.8% of revenue');
                      # the world's is the whole of anything
                      # ... never a complement ('Non-EU nationals', 'the rest of the world'), which holds no part of it
                      and not re.match(r"(?:non[\s-]|others?\b|(?:the\s+)?rest\s+of\b)", g.entity, re.I)
                      and (g.entity == self.article.main or is_region(g.entity) and (
                          g.entity.lower() in ("world", "global") or is_territory(first.entity)
                          and not is_region(first.entity)))
                      and (not first.counterpart or g.counterpart in ("", first.counterpart) or g.entity == self.article.main)]
            if re.search(rf"\b(?:{WHOLE_WORDS})\b", share_of):
                # 'or 60% of the total': a whole the reader has already been given, never one in a later sentence
                wholes = [g for g in wholes if g.sentence <= s.sentence]
            # the main entity's own whole is 'the group's' or 'the national' one, unless the article is about a
            # company and gives a country's figure of that kind ('Norway's total output was 4.03 million barrels')
            other_country = not is_territory(self.article.main) and any(
                g.entity != self.article.main and is_territory(g.entity) and g.is_level and g.unit == first.unit
                and g.period == first.period for g in self.figures)
            own_whole = {"group", "company", "firm"} | (set() if other_country else
                                                         {"national", "nation", "country", "nationwide"})
            measured = {w.rstrip("s") for w in first.metric.split()}
            named = [w for w in re.findall(r"[a-z][\w\-]*", share_of.lower().replace("’", "'").replace("'s", ""))
                     if w not in ("the", "its", "their", "all", "of", "month", "year", "quarter", "period", "business")
                     and w not in own_whole and w.rstrip("s") not in measured
                     and not re.fullmatch(rf"{WHOLE_WORDS}", w) and w not in METRIC_HEADS]
            if named:
                continue  # 'of the national total' in a company's story, 'of foreign arrivals': a whole of its own
            # an amount with its own share right after it is a part like this one ('Mexico accounted for 12.1
            # million tonnes, or 66%, ... Central America for 2.0 million tonnes, or 11%'), never their whole
            wholes = [g for g in wholes if not any(f.share and self.part_before(f) is g for f in self.figures)]
            # ... nor a part in a clause beside it ('80.3 million subscribers, or 32% of the total, while Europe, the Middle
            # East and Africa contributed 88.8 million')
            wholes = [g for g in wholes if not (g.sentence == s.sentence and g.number_start > s.number_end and re.search(
                r"[,;]\s*(?:while|whereas|and|but)\b", self.text[s.number_end:g.start]))]
            # ... nor one whose share is printed before it ('accounting for 46% of stay-over arrivals, or about 653,000')
            wholes = [g for g in wholes if not any(f.share and not f.direction and f.entity == g.entity and f.period == g.period
                                                   and f.sentence == g.sentence and f.number_end <= g.number_start
                                                   and re.search(r",\s*or\s+(?:about\s+|around\s+|some\s+|nearly\s+)?\S{0,4}$",
                                                                 self.text[f.number_end:g.start]) for f in self.figures)]
            # ... nor the whole another share after this one names ('25% of the total and 33% of clothing sales of £5.2
            # billion': the £5.2 billion is the 33%'s whole)
            wholes = [g for g in wholes if not self.named_for_another_share(s, g)]
            # ... nor an amount of another order of size ('unit revenue rose 1.2% to 104.6 won' beside '1.92 trillion won,
            # or nearly 23% of group revenue'): a price or rate in the part's currency, never a whole of it
            wholes = [g for g in wholes if _first_value(g) * 10 >= sum(_first_value(p) for p in parts)]
            exact = [g for g in wholes if g.metric == metric and not g.counterpart]
            total = self.unique(exact) or self.unique(wholes)
            if total is None and re.search(rf"\b(?:{WHOLE_WORDS})\b", share_of):
                # '17.6% of the market': the main entity's one amount of that unit and period, whatever it is named,
                # unless the share names its measure ('84% of total revenue' is no share of spending)
                total = self.unique([g for g in self.figures if g.kind == "amount" and g.is_level and not g.earlier
                                     and not g.forecast and g.currency == first.currency and g.period == first.period and not g.counterpart
                                     and g.entity == self.article.main and g not in parts and g.sentence <= s.sentence
                                     and not self.named_for_another_share(s, g)
                                     # never a part with its own share ('SEK 651 billion, or 58.5 per cent of the total')
                                     and not any(f.share and self.part_before(f) is g for f in self.figures)
                                     and (not of or of & _heads(g.metric))
                                     # never a whole of another measure than the part's ('¥582.3 trillion of assets, or
                                     # 77.7% of the total' against a GDP of ¥609 trillion)
                                     and not (first.evidence.get("metric", "").startswith("'of total")
                                              and _other_measures(first.metric, g.metric))])
                if total is not None and _heads(first.metric) & {"exports", "imports"} and "trade" in _heads(total.metric):
                    # 'Cars were the largest export, worth $48.7 billion, or 27.6% of the total': of the exports, never
                    # of the two-way trade named before them
                    total = None
            if total is None:
                continue
            if any(g is not total and g not in parts and g.is_level and not g.earlier and g.unit == total.unit
                   and g.period == total.period and g.entity.lower() == g.metric.lower() == total.metric.lower()
                   for g in self.figures):
                continue  # 'visitors, including citizens living abroad, reached 62.3 million. Foreign visitors numbered 52.6
                #           million': the measure given again as its own subject is another whole the share may be of
            if re.search(rf"\b(?:{WHOLE_WORDS})\b", share_of) and any(
                    g is not total and g not in parts and g.is_level and not g.earlier and not g.forecast and not g.share
                    and g.unit == total.unit and g.period == total.period and g.sentence <= s.sentence
                    and (bool(_heads(g.metric) & _heads(total.metric)) or g.metric.lower() in MEASURE_UNITS)
                    and _first_value(g) > _first_value(total) for g in self.figures):
                continue  # '8.1 million passengers, or 33% of the total' after 'Airlines flew 24.5 million passengers' and
                #           'Domestic passengers numbered 19.2 million': the total is the larger one, or a person says
            if _first_value(total) < sum(_first_value(p) for p in parts):
                continue  # a whole smaller than its part ('293 seats, or 54% of the total' against 240): the wrong whole
            of_words = re.match(r"\s*(?:%|per\s*cent|percent)?\s+of\s+([^,;.()\d]{2,60})", self.text[s.number_end:], re.I)
            named_kind = next((w for w in re.findall(r"[a-z][a-z\-]+", f"{share_of} {of_words.group(1) if of_words else ''}"
                                                                       .lower()) if w in kinds), None)
            if named_kind and named_kind not in f"{total.entity} {total.metric}".lower():
                continue  # 'or 37.8 per cent of the national rice harvest': of the rice the article gives, never all grain
            if re.match(r"\s*(?:million|billion|thousand|m|bn)?\s*of\s+(?:the\s+|a\s+|an\s+)?(?:about\s+|some\s+)?"
                        r"[^\w\s]{0,3}\d", self.text[total.number_end:]):
                continue  # 'Australians made up 1.4 million of 3.3 million arrivals': a part of the number after it
            part_text = " + ".join(p.id for p in parts)
            self.add("share", [s] + [p for p in parts if p.sentence == s.sentence], "a percentage of a whole",
                     f"that {part_text} is the part and {total.id} ({total.entity}'s {total.metric}) the whole",
                     stated=s.id, computed=f"share({part_text}, {total.id})")

    def earlier_shares(self) -> None:
        """'made up 27.5% of deliveries, up from 20.1% a year earlier': the earlier share is of the same part and whole at
        the earlier time, when the article gives each of them there once (35,710 of 129,854 now; 23,722 of 118,020
        then)."""
        for claim in [c for c in self.claims if c.kind == "share" and c.stated]:
            found = re.fullmatch(r"share\(([A-Za-z_]\w*), ([A-Za-z_]\w*)\)", claim.computed or "")
            now = next((f for f in self.figures if f.id == claim.stated), None)
            if found is None or now is None:
                continue
            part, whole = (next(f for f in self.figures if f.id == name) for name in found.groups())
            for then in self.figures:
                if not (then.share and then.earlier and then.entity == now.entity and then.metric == now.metric
                        and then.counterpart == now.counterpart and then.period != now.period
                        and then.sentence == now.sentence and not then.direction):
                    continue

                def at_then(f: DraftFigure) -> DraftFigure | None:
                    return self.unique([g for g in self.figures if g.kind == "amount" and g.is_level and not g.share
                                        and not g.forecast and g.entity == f.entity and g.metric == f.metric
                                        and g.unit == f.unit and g.counterpart == f.counterpart and g.period == then.period])
                part_then, whole_then = at_then(part), at_then(whole)
                if part_then is None or whole_then is None or part_then is whole_then:
                    continue
                self.add("share", [then], "the earlier share of the same part and whole",
                         f"that {part_then.id} and {whole_then.id} are the part and the whole at {then.period}, as "
                         f"{part.id} and {whole.id} are at {now.period}", stated=then.id,
                         computed=f"share({part_then.id}, {whole_then.id})")

    def named_for_another_share(self, share: DraftFigure, g: DraftFigure) -> bool:
        """Whether `g` is the whole another percentage of its sentence names after itself, the first number after its
        'of': 'and 33% of clothing sales of £5.2 billion', '35% of sales outside France, which came to 6.0 billion euros'."""
        return any(f is not share and f.kind == "percent" and f.sentence == g.sentence and f.number_end <= g.start
                   and re.fullmatch(r"\s+of\s+[^;.\d]{1,60}", self.text[f.number_end:g.number_start])
                   for f in self.figures)

    def per_unit(self) -> None:
        """'That works out at an average of 64,700 crowns a tonne', 'CHF 25.30 a share on 48.0 million shares': an amount
        per unit is the amount over the count it divides. Proposed only when, among the levels of its entity and period
        in its own sentence and the two before, exactly one amount and one count divide to its unit."""
        from ..quantities import UnitError, divide

        dimensions: dict[str, object] = {}

        def dimension(f: DraftFigure):
            if f.unit not in dimensions:
                try:
                    dimensions[f.unit] = parse_unit(f.unit).dimension
                except UnitError:
                    dimensions[f.unit] = None
            return dimensions[f.unit]

        for p in self.figures:
            if p.kind != "amount" or "_per_" not in p.unit or not p.is_level or p.earlier or p.forecast or p.share:
                continue
            wanted = dimension(p)
            if wanted is None or wanted.kind != "price":
                continue
            sentence = self.sentence_of(p)
            before = self.text[sentence.start:p.start]
            # an average the words say is one ('works out at', 'an average of', 'equivalent to'), of the amounts just
            # given: its own sentence's, or the sentence before's when it opens by pointing back ('That works out');
            # never 'a dividend of $1.20 a share' or 'Its salmon fetched an average of 90,000 crowns a tonne'
            # ... or 'Earnings per share came to CHF 25.30 on 48.0 million shares': the profit over the shares it names
            on_shares = p.metric.endswith(" per share") and re.match(
                r"\s+on\s+(?:about\s+|some\s+|nearly\s+)?[\d.,]+\s*(?:million|billion|m|bn)?\s+(?:[\w\-]+\s+)?shares\b",
                self.text[p.number_end:p.number_end + 60], re.I)
            # ... or a measure per each of what the article counts ('Revenue per hectolitre rose to about 510 crowns')
            per_each = p.evidence.get("unit", "").endswith(f"the measure is per {p.unit.rpartition('_per_')[2]}")
            if not on_shares and not per_each and not re.search(r"\b(?:works?\s+out|worked\s+out|averag\w*|equivalent\s+to|"
                                                                r"equal\s+to|on\s+average)\b", before, re.I):
                continue
            if re.match(r"\s+(?:[a-z]+ed|sold|built|made|sent|shipped|bought|taken|grown|caught|won|paid|held|kept|"
                        r"served|flown|driven|ridden|eaten|drunk)\b", self.text[p.number_end:], re.I):
                continue  # 'an average of ¥67,000 per vehicle repaired', '$418 per tonne exported': per each of a part
                #           of the count, which the words name and the article may not give
            back = re.match(r"\s*(?:That|This|Which|It)\b", sentence.text[dateline(sentence)[2]:]) or \
                re.search(r",\s*which\b[^,;]*$", before)
            span = p.sentence if on_shares else 1 if back or per_each else 0  # the net profit may be named anywhere before
            # never 'revenue of A$521 million including freight': more than the things priced
            more_than_priced = (lambda g: re.match(r"\s*,?\s*(?:including|incl\.?|excluding|excl\.?|plus|net\s+of|before|"
                                                   r"after)\b", self.text[g.number_end:g.number_end + 30], re.I))
            pool = [g for g in self.figures if g is not p and g.is_level and not g.earlier and not g.forecast
                    and not g.share and not g.together and "_per_" not in g.unit and g.period == p.period
                    and g.entity == p.entity and g.counterpart == p.counterpart and 0 <= p.sentence - g.sentence <= span
                    and not more_than_priced(g)]
            def dividing(amounts, counts):
                pairs = []
                for amount in amounts:
                    for count in counts:
                        if amount is count or dimension(amount) is None or dimension(count) is None:
                            continue
                        try:
                            if divide(dimension(amount), dimension(count))[0] == wanted:
                                pairs.append((amount, count))
                        except UnitError:
                            continue
                return pairs

            pairs = dividing(pool, pool)
            if not pairs and not on_shares:
                # 'matchday income made up the remaining £87.5 million ... which works out at matchday income of about
                # £88 per fan': the amount of the average's own measure, whoever the sentence names; over the one count
                # of the article's main entity in that period ('212.4 million journeys' ... 'an average of $2.29 per
                # journey'), when its own sentences give none
                level = (lambda g: g is not p and g.is_level and not g.earlier and not g.forecast and not g.share
                         and not g.together and "_per_" not in g.unit and g.period == p.period
                         and g.counterpart == p.counterpart and not more_than_priced(g))
                amounts = [g for g in self.figures if level(g) and 0 <= p.sentence - g.sentence <= span
                           and (g.entity == p.entity or g.metric and g.metric == p.metric)]
                counts = [g for g in self.figures if level(g) and g.sentence <= p.sentence
                          and (g.entity == p.entity and 0 <= p.sentence - g.sentence <= span or g.entity == self.article.main)]
                pairs = dividing(amounts, counts)
            if on_shares:
                # ... of the net profit only: 'operating profit' or 'investment income' divides into no earnings per share
                pairs = [(amount, count) for amount, count in pairs if count.sentence == p.sentence
                         and re.fullmatch(r"net\s+(?:profit(?:\s+.*)?|(?:income|earnings)(?:\s+attributable.*)?)", amount.metric)]
            if len(pairs) != 1:
                continue  # none, or several amounts or counts it may be of: which, a person says
            amount, count = pairs[0]
            self.add("total", [p] + [f for f in (amount, count) if f.sentence == p.sentence],
                     "an amount per unit: the amount over the count", f"that {p.id} is {amount.id} per each of {count.id}",
                     stated=p.id, computed=f"{amount.id} / {count.id}")

    def margins(self) -> None:
        """'giving an operating margin of 8.8%', 'the EBITDA margin widened to 39.2% from 38.1%': a margin is its kind
        of profit as a share of revenue, when the article gives both for the margin's entity and period. A margin
        qualified as adjusted (or underlying, core ...) pairs only with a profit qualified the same way."""
        for m in self.figures:
            if m.kind != "percent" or m.direction or m.share or m.forecast:
                continue
            if any(g is not m and g.kind == "percent" and not g.direction and g.value != m.value and same_thing(g, m)
                   and g.period == m.period for g in self.figures):
                continue  # 'Operating margin: 11.4% (2023: 14.9%)' read as one period: which margin is whose, a person says
            text = self.sentence_of(m).text
            local = m.number_start - self.sentence_of(m).start
            clause = text[clause_bounds(text, local)[0]:local]
            if re.search(r"\b(?:target|targets|targeted|goal|aim|aims|ambition|guidance|range|forecast|outlook|expect\w*|"
                         r"plan\w*|medium-term|long-term)\b[^,;]*$", clause, re.I) \
                    or re.match(r"\s*(?:%|percent|per\s?cent)?\s*(?:to|-|–)\s*\d", text[m.number_end - self.sentence_of(m).start:]) \
                    or re.search(r"\d\s*(?:%|percent|per\s?cent)?\s*(?:to|-|–)\s*$", clause):
                continue  # 'compared with a target range of 14% to 16%': a goal, no margin the profit gives
            # ... in its clause, or in the sentence's subject before a relative clause ('Its automation division, which
            # generated 3.10 billion euros of the revenue, earned an operating margin of 17.2%')
            subject = re.sub(r",\s*(?:which|who|that)\b[^,;]*,", " ", text[dateline(self.sentence_of(m))[2]:local])
            if re.search(r"\b(?:division|divisions|unit|units|segment|segments|business|arm|subsidiary|industry|sector|"
                         r"peers?|rivals?|competitors?|average)\b", clause, re.I) or re.match(
                    r"\s*(?:[\w’'\-]+\s+){0,4}(?:division|unit|segment|business|arm|subsidiary)\b[^,;]*$", subject, re.I) \
                    or re.match(r"\s*(?:[\w’'\-]+\s+){0,4}(?:division|unit|segment|business|arm|subsidiary)\b[^;]*,\s*"
                                r"(?:an?|the|giving|for|representing|with)\s+(?:[\w\-]+\s+){0,3}margin\s+of\s*$", subject, re.I):
                continue  # 'The retail division's operating margin was 6.3%': a part's or a peer's, not the company's;
                #           'Its motorcycles segment posted operating income of $170 million on revenue of $1.19 billion,
                #           an operating margin of 14.3%': the segment's, set after its own clause
            if re.match(r"\s*(?:excluding|excl\.?|before\s+(?:the\s+|those\s+|these\s+)?(?:charges|costs|items|one-off|"
                        r"exceptional|restructuring|impairment|writedowns?)|stripping\s+out|adjusted\s+for|without)\b",
                        text[dateline(self.sentence_of(m))[2]:], re.I) \
                    or re.search(r"\b(?:excluding|excl\.?|stripping\s+out|adjusted\s+for)\b", clause, re.I):
                continue  # 'Excluding those charges, the operating margin was 13.2%': a margin of a profit not printed
            named = re.search(r"\b((?:[\w\-]+\s+){0,2}?)(ebitda|ebit|operating|net|gross|pre-tax)(?:\s+(?:profit|income|earnings))?"
                              r"\s+margins?\b"
                              r"(?![^,;]*\b(?:of|at)\s+[\w\-]+\s+(?:of|at)\b)", f"{m.metric} {clause}", re.I)
            if named is None:
                continue
            kind = named.group(2).lower()
            qualifiers = {w for w in named.group(1).lower().split() if w in MARGIN_QUALIFIERS}
            profit_words = MARGIN_PROFITS[kind]

            def profit(g: DraftFigure, pattern: str) -> bool:
                words = set(g.metric.lower().split())
                return re.fullmatch(pattern, g.metric.lower()) is not None and \
                    {w for w in words if w in MARGIN_QUALIFIERS} == qualifiers

            def revenue(g: DraftFigure) -> bool:
                # never a revenue 'including excise duties' or 'excluding ...': the margin's base may be another one
                said = self.sentence_of(g).text[:g.number_start - self.sentence_of(g).start]
                return g.metric.lower() in ("revenue", "sales", "net sales", "turnover", "total revenue") \
                    and not re.search(r"\b(?:including|excluding|incl\.|excl\.)\s", said, re.I) \
                    and not re.search(r"\b(?:before|after|gross)\b[^.;]{0,60}$", said, re.I)

            # ... of the margin's own stretch of time: 'The margin was 21.4% in the third quarter. Year to date, operating
            # income reached $1.9 billion' is no quarter's income, whatever period the drafter gave it
            to_date = bool(YEAR_TO_DATE.search(text))
            same = [g for g in self.figures if g.kind == "amount" and g.is_level and not g.forecast and g.currency.isupper()
                    and "_per_" not in g.unit and g.entity == m.entity and g.period == m.period and not g.counterpart
                    and bool(YEAR_TO_DATE.search(self.sentence_of(g).text)) == to_date]
            numerator = next((found for found in (self.unique([g for g in same if profit(g, pattern)])
                                                  for pattern in profit_words) if found is not None), None)
            if numerator is None:
                continue
            # the company's revenue in the profit's currency: the largest, as a segment's is a part of it
            revenues = [g for g in same if revenue(g) and g.currency == numerator.currency]
            denominator = max(revenues, key=_first_value) if revenues else None
            if denominator is not None and any(
                    g not in revenues and g.currency == numerator.currency and g.period == m.period and g.is_level
                    and re.search(r"\b(?:revenue|revenues|sales|turnover)$", g.metric.lower())
                    and _first_value(g) > _first_value(denominator) for g in self.figures):
                continue  # 'Group revenue rose to £13.84 billion. The food division lifted sales to £8.12 billion': a
                #           larger revenue the rules do not take for the company's, so which one the margin is of, a
                #           person says
            if denominator is None or _first_value(numerator) > _first_value(denominator):
                continue
            self.add("share", [m], "a margin: its profit as a share of revenue",
                     f"that {numerator.id} is the profit the margin is of and {denominator.id} the revenue",
                     stated=m.id, computed=f"share({numerator.id}, {denominator.id})")

    # -- totals ---------------------------------------------------------------------------------
    def names_a_partner(self, f: DraftFigure) -> bool:
        """Whether a flow's clause names whom it is with though its figure has no counterpart: 'Imports from China,
        its biggest supplier, came to $144.0 billion', 'a surplus of $104.4 billion with the United States'. Such a
        flow is no part of the economy's total exports, imports or balance."""
        s = self.sentence_of(f)
        before = [g.number_end for g in s.figures if g.number_end <= f.number_start]
        head = s.text[(max(before) if before else s.start) - s.start:f.number_start - s.start]
        tail = re.split(r"[,;]", s.text[f.number_end - s.start:f.number_end - s.start + 60])[0]
        clause = head + tail
        named = {n.text for n in self.article.names[s.index]} | {n.country for n in self.article.names[s.index] if n.country}
        for m in re.finditer(r"\b(?:from|to|with)\s+(?:the\s+)?(?:([A-Z][\w.’']*(?:\s+[A-Z][\w.’']*)*)|(?:its|their)\s+"
                             r"(?:\w+\s+)?(?:market|partner|customer|supplier|buyer|neighbou?r)s?\b)", clause):
            if m.group(1) and not any(m.group(1).startswith(n) or n.startswith(m.group(1)) for n in named):
                continue  # 'from January to June', 'to US$405 billion': no partner
            if not (m.group(1) and self.article.counterpart and m.group(1).startswith(self.article.counterpart)):
                return True  # the article's one partner ('Chile's trade with Japan ...') is every flow's
        return False

    def group_totals(self, levels: list[DraftFigure]) -> None:
        """'Together the five biggest buyers took 21.62 million bags': the sum of the five the article lists, where it
        lists exactly that many of one measure in that unit and period besides the whole."""
        for group in levels:
            named = re.match(r"(?:top\s+)?(" + "|".join(COUNT) + r")\s+(?:(?:" + ORDINAL_SUPERLATIVES + r")\s+)?[a-z\-]+$",
                             (group.counterpart or group.entity).lower())
            if not named:
                continue
            size = int(COUNT[named.group(1)])
            # ... listed before the group, never a later sentence's ('Rotterdam, Europe's biggest port' after 'Together the
            # three ports')
            members = [f for f in levels if f is not group and f.unit == group.unit and f.period == group.period
                       and not f.earlier and not f.forecast and (f.counterpart or f.entity) != self.article.main
                       and (f.counterpart or f.entity)[:1].isupper() and f.number_start < group.number_start]
            if len(members) != size or len({f.metric for f in members}) != 1 \
                    or len({f.counterpart or f.entity for f in members}) != size:
                continue
            own = [f for f in levels if f is not group and f.unit == group.unit and f.period == group.period
                   and not f.earlier and not f.forecast and (f.counterpart or f.entity) == self.article.main
                   and f.number_start < group.number_start]
            try:
                if any(_first_value(f) < sum(_first_value(g) for g in members) for f in own):
                    continue  # 'Gatwick handled 41.2 million ..., the four largest airports': the article's own subject may be
                    #           one of the group, as it is no whole of the others
            except ValueError:
                continue
            noun = (group.counterpart or group.entity).split()[-1]
            if not any(re.search(rf"\b{re.escape(singular(noun, people=False))}", self.article.sentences[f.sentence].text, re.I)
                       for f in members):
                continue  # 'the three regions' are not the three countries the sentences before name as markets
            ranked_lower = [w for f in members for w, place in ORDINALS.items()
                            if place > size and re.search(rf"\b{w}\b", self.article.sentences[f.sentence].text, re.I)]
            if ranked_lower:
                continue  # 'Japan came third ...': the article ranks a member below the group it would be in
            others = [f for f in levels if f is not group and f not in members and f.unit == group.unit
                      and f.period == group.period and not f.earlier and not f.forecast
                      and (f.counterpart or f.entity) != self.article.main and (f.counterpart or f.entity)[:1].isupper()]
            try:
                if others and max(_first_value(f) for f in others) > min(_first_value(f) for f in members):
                    continue  # 'the two biggest' are not these two: a larger one the article gives was left out
            except ValueError:
                continue
            parts = " + ".join(f.id for f in members)
            self.add("total", [group], "a group of a stated size with its members",
                     f"that {', '.join(f.counterpart or f.entity for f in members)} are the {named.group(0)}",
                     stated=group.id, computed=parts)

    def totals(self) -> None:
        levels = [f for f in self.figures if f.kind == "amount" and f.is_level and not f.share]
        self.group_totals(levels)
        groups: dict[tuple, dict[str, list[DraftFigure]]] = {}
        for f in levels:
            groups.setdefault((f.entity, f.counterpart, f.period, f.currency), {}).setdefault(f.metric, []).append(f)
        for (entity, counterpart, period, currency), by_metric in groups.items():
            one = {m: fs[0] for m, fs in by_metric.items() if len(fs) == 1}
            exports, imports = one.get("exports"), one.get("imports")
            trade = one.get("trade")
            if exports and imports and trade and len(by_metric.get("trade", [])) == 1 \
                    and self.same_coverage(exports, imports, trade) \
                    and not any(self.names_a_partner(f) for f in (exports, imports, trade) if not counterpart):
                self.add("total", [exports, imports], "exports and imports add up to trade",
                         f"that {trade.id} is the trade of which {exports.id} and {imports.id} are the two flows",
                         stated=trade.id, computed=f"{exports.id} + {imports.id}")
            for metric, f in one.items():
                if "deficit" in metric or "surplus" in metric:
                    words = set(metric.split())
                    if words & {"current", "account", "primary", "structural", "operating", "pension", "cyclically"}:
                        continue  # a current-account or primary deficit is no plain difference of two flows
                    budget = bool(words & {"budget", "fiscal", "public", "government", "federal", "state"})
                    flows = [] if budget else [(imports, exports)]
                    if "trade" not in words:
                        flows.append((one.get("spending") or one.get("expenditure"), one.get("revenue")))
                    for outflow, inflow in flows:
                        if outflow is not None and inflow is not None and self.same_coverage(f, outflow, inflow) \
                                and (counterpart or not any(self.names_a_partner(g) for g in (f, outflow, inflow))):
                            a, b = (outflow, inflow) if "deficit" in metric else (inflow, outflow)
                            self.add("total", [f], f"a {metric.split()[-1]} is what one flow leaves of the other",
                                     f"that {f.id} is {a.entity}'s {a.metric} less its {b.metric}", stated=f.id,
                                     computed=f"{a.id} - {b.id}")
                            break
        self.region_totals(levels)
        self.remainders(levels)
        self.excesses(levels)
        self.gaps(levels)
        for f in levels:
            parts = [g for g in self.figures if id(g) in f.evidence.get("parts", [])]
            size = re.search(r"\b(?:the\s+|these\s+|those\s+|all\s+)?(" + "|".join(COUNT) + r"|\d+)\s+(?:[\w\-]+\s+){0,2}?"
                             r"(?:together|combined)\b", self.text[max(self.sentence_of(f).start, f.start - 80):f.start], re.I)
            if size and int(COUNT.get(size.group(1).lower(), size.group(1) if size.group(1).isdigit() else 0)) != len(parts):
                continue  # 'so the three countries together produced 12.0 million tonnes' after two amounts: one is elsewhere
            if f.together and parts:
                self.add("total", [f] + parts, "amounts said to add up together",
                         f"that {f.id} is the sum of {', '.join(p.id for p in parts)} and of nothing else",
                         stated=f.id, computed=" + ".join(p.id for p in parts))

    def same_coverage(self, *figures: DraftFigure) -> bool:
        """Whether flows cover the same trade: 'exports of goods' and 'imports of goods' never make up a deficit
        'including services'."""
        def coverage(f: DraftFigure) -> str:
            text = self.sentence_of(f).text.lower()
            if re.search(r"\b(?:including|plus|with|and)\s+services\b|\bgoods\s+and\s+services\b", text):
                return "goods and services"
            if re.search(r"\b(?:including|plus|excluding)\b", text):
                return "goods and more"  # 'Including tourism and shipping, the deficit was ...': not goods alone
            if re.search(r"\bservices\b", text) and not re.search(r"\b(?:goods|merchandise)\b", text):
                return "services"
            return "goods"  # 'merchandise exports', 'exports of goods', or flows unqualified

        return len({coverage(f) for f in figures}) == 1

    def beside_an_amount(self, share: DraftFigure) -> bool:
        """Whether a percentage stands right beside an amount of its sentence, as that amount's share ('£3.98 billion of
        that, or 40.4%', 'Exports made up 66.5%, or 2,781 billion forints')."""
        return any(g.kind == "amount" and g.sentence == share.sentence
                   and (0 <= share.number_start - g.number_end <= 25 or 0 <= g.number_start - share.number_end <= 25)
                   for g in self.sentence_of(share).figures)

    def remainders(self, levels: list[DraftFigure]) -> None:
        """'Revenue rose to €61.8m. Fees brought in €35.0m and other income the remaining €26.8m': the whole is the
        paragraph's first amount of that unit and period, in an earlier sentence, and the parts are the remainder's
        sentence's amounts, when no other such amount lies between the whole and them. A whole from another
        paragraph is never guessed. 'Costs were €41m, of which staff took €25m and energy the remaining €16m':
        the whole and its parts are in one sentence."""
        for rest in levels:
            s = self.sentence_of(rest)
            if not re.search(r"\b(?:the\s+)?(?:remaining|remainder|rest)\s*(?:of\s+(?:the\s+)?)?$",
                             s.text[:rest.start - s.start]):
                continue
            if re.search(r"\bby\s+(?:the\s+)?(?:remaining|remainder|rest)\s*(?:of\s+(?:the\s+)?)?$", s.text[:rest.start - s.start]):
                continue  # 'other loans rose by the remaining ₩6.8 trillion': the rest of a rise, never of the level
            alike = [f for f in levels if f.currency == rest.currency and f.period == rest.period and not f.earlier
                     and not f.together and f.number_start <= rest.number_start]
            which = re.search(r",?\s*of\s+which\b|:", s.text[:rest.start - s.start])
            if which and ";" in s.text[which.end():rest.start - s.start]:
                which = None  # 'renewables supplied 32.9 TWh, of which wind 17.8 TWh; gas ... and other sources the
                #               remaining 4.1 TWh': the aside ends before the remainder's list
            of_those = re.match(r"\s*Of\s+(?:those|these|them|that|this)\b(?:\s+([a-z]+))?", s.text[dateline(s)[2]:])
            if of_those:
                # 'Urban starts accounted for 238,900 units. Of those, multi-unit projects made up 194,100 units and
                # single-detached homes the remaining 44,800': the whole is the sentence before's one amount of its
                # kind; with two ('revenue ... and its costs ...'), which one 'that revenue' is, a person says
                before = [f for f in alike if f.sentence == rest.sentence - 1 and not f.share]
                whole = before[0] if len(before) == 1 else None
                if whole is not None and of_those.group(1) and not (_heads(of_those.group(1)) & _heads(whole.metric)
                                                                  or of_those.group(1) in whole.quote):
                    whole = None
                alike = [f for f in alike if f.sentence == rest.sentence or f is whole]
                which = of_those  # the parts follow it, as they follow 'of which'
            elif which and (re.search(r",\s+(?:and|while|but|whereas|with)\s+", s.text[which.end():rest.start - s.start])
                            or re.match(r"\s*[^\w\s]{0,3}\d", s.text[which.end():]) and re.search(
                                r",\s+(?:the\s+)?[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?\s+[^\w\s]{0,3}\d",
                                s.text[which.end():rest.start - s.start])):
                continue  # '$19.9 billion, of which $3.1 billion went on package tours, and Turkish citizens living abroad
                #           spent the remaining $4.3 billion': the rest of an outer whole, after the 'of which' aside
            elif which:  # 'of which', or a colon: 'Europe brought in €40.0m: Germany €28.0m and France the remaining €12.0m'
                in_sentence = [f for f in alike if f.sentence == rest.sentence]
                wholes = [f for f in in_sentence if f.number_end - s.start <= which.start()]
                whole = wholes[-1] if wholes else None
            else:
                paragraph = [f for f in alike if self.article.sentences[f.sentence].paragraph == s.paragraph]
                whole = paragraph[0] if paragraph and paragraph[0].sentence != rest.sentence else None
                if whole is None or (whole.entity != self.article.main and self.role(whole) == self.role(rest)):
                    # no whole in the paragraph, or only a part like the remainder: 'Brazil exported 43.87 million
                    # bags.' then a paragraph of its parts, 'Arabica accounted for 36.45 million bags ..., while soluble
                    # coffee made up the remaining 2.46 million': the main entity's amount before the paragraph is the
                    # whole when the paragraph names only parts
                    before = [f for f in alike if self.article.sentences[f.sentence].paragraph < s.paragraph
                              and f.entity == self.article.main and not f.counterpart]
                    # only one such amount: 'revenue reached €612.5m and its costs €410.2m' leaves the whole a guess
                    main_whole = before[0] if len(before) == 1 else None
                    if main_whole is not None and paragraph and all(
                            f.entity != self.article.main and not f.counterpart for f in paragraph):
                        whole = main_whole
            if whole is None:
                continue
            named_whole = re.match(r"\s+of\s+(?!(?:the\s+)?(?:total|all|it|them|those|these|that)\b)(?:the\s+)?([a-z][a-z\- ]{2,40}?)"
                                   r"(?=[,;.)]|\s+(?:and|while|but)\b|$)", self.text[rest.number_end:])
            if named_whole and not all(singular(w) in {singular(x) for x in f"{whole.metric} {whole.entity}".lower().split()}
                                       for w in named_whole.group(1).split()):
                continue  # 'the remaining 8.4 TWh of renewable output': the rest of the whole its words name, not this one
            if which and re.search(r"\b(?:accounted\s+for|accounting\s+for|accounts\s+for|made\s+up|makes\s+up|contributed|"
                                   r"represented)\s+(?:about\s+|some\s+|nearly\s+)?[^\w\s]{0,3}$",
                                   self.text[max(0, whole.start - 40):whole.start]):
                continue  # 'Europe accounted for 4.0 billion euros of Solvane's sales, of which Germany contributed 1.5
                #           billion, the Americas 3.5 billion and Asia the remaining 2.5 billion': a whole that is itself
                #           a part, so whether the list is of it or of the sales, a person says
            # 'Europe accounted for 4.0 billion euros (Germany alone 1.5 billion euros) and the Americas for the remaining
            # 6.0 billion': a part of a part, never one of the parts
            parts = [f for f in alike if f.number_start > whole.number_start and not re.search(
                r"\(\s*(?:[A-Z][\w’'\-]*\s+)+(?:alone|only)\s+[^\w\s]{0,3}$|\b(?:including|incl\.)\s+(?:[^\d,;()]{0,40}?)$",
                self.text[max(0, f.start - 50):f.start])]
            cross = self.article.sentences[whole.sentence].paragraph != s.paragraph
            if cross:  # the parts are the remainder's paragraph's, never a buyer named beside the whole
                parts = [f for f in parts if self.article.sentences[f.sentence].paragraph == s.paragraph]
                own = [f for f in parts if f.sentence == rest.sentence]
                others = [f for f in parts if f.sentence != rest.sentence]
                try:
                    whole_apart = len(others) >= 2 and abs(sum(_first_value(f) for f in others) - _first_value(whole)) \
                        <= 0.01 * _first_value(whole)
                except ValueError:
                    whole_apart = False
                if len(own) >= 2 and whole_apart:
                    # 'PC games generated €582m, consoles €525m and mobile €313m. Back-catalogue titles made up €966m,
                    # and new releases the remaining €454m': the sentences before already add up to the whole, so the
                    # remainder's sentence, with parts of its own and the rest, is another split of it
                    parts = own
            if any(f.sentence != rest.sentence for f in parts) and not self.one_list(
                    parts, rest, self.article.sentences[min(f.sentence for f in parts)].start if cross else whole.number_end):
                continue  # amounts between the whole and the remainder's sentence: parts or not, a person says
            if len(parts) < 2 or not which and len({p.entity for p in parts}) < len(parts):
                continue  # one entity twice: which of its amounts is the part is for a person to say
            if not which and self.role(whole) in {self.role(p) for p in parts} and (
                    whole.entity != self.article.main or {self.role(p) for p in parts} == {self.role(whole)}):
                continue  # 'North America brought in $4.4bn. Europe ... and Asia the remaining ...': a part like them
                #           ('Los Pelambres produced 310,200 tonnes. Centinela ... and Zaldivar the remaining ...')
            if any(f.share and f.sentence == whole.sentence and f.number_start > whole.number_start for f in self.figures):
                continue  # 'Mortgages rose to 154 billion reais, or 37% of loans': a part of another whole
            if any((f.share or f.kind == "percent" and not f.is_change and not RATE_MEASURE.search(f.metric))
                   and whole.number_end <= f.number_start < rest.number_start
                   and not self.beside_an_amount(f) for f in self.figures):
                continue  # 'The stadium costs £112 million, so the council is providing about 40%. The owners put in £52
                #           million, with the remaining £15 million ...': a part given as a share is one of the parts
                #           (a share beside an amount, '£3.98 billion of that, or 40.4%', is that part's); a rate ('Vessel
                #           utilisation slipped to 86.5%') is no part of anything
            whole_words = {singular(w) for w in f"{whole.metric} {whole.entity}".lower().split()}
            if not cross and any(f.share and whole.number_end <= f.number_start < rest.number_start and f.entity.split()
                                 and singular(f.entity.lower().split()[-1]) in whole_words
                                 and f.entity != whole.entity for f in self.figures):
                continue  # 'Mortgage debt rose to 548.6 billion. Mortgages made up 67.5% of all household debt': a part
                #           of a larger whole, never the whole of the parts after it
            first_part = min(parts, key=lambda f: f.number_start)
            listed_from = self.article.sentences[first_part.sentence].start if cross else whole.number_end
            if self.undrafted(listed_from, rest.number_start):
                continue  # '... followed by hospitality with 486 ... the remaining 1,187': a part no figure holds
            kind_of = (lambda f: money_code(f) or "count")  # money in its currency; a count of any noun
            if any(whole.number_end <= f.number_start < rest.number_start and f not in parts and f.kind == "amount"
                   and f.is_level and not f.share and not f.earlier and not f.forecast and kind_of(f) == kind_of(rest)
                   and f.period == rest.period for f in self.figures):
                continue  # 'Hybrid-electric cars ... 1.94 million registrations, ahead of petrol cars at 1.56 million':
                #           amounts listed with the parts but drafted otherwise, so the parts may not be all of them
            self.add("total", [p for p in parts if p.sentence == rest.sentence],
                     "parts and 'the remaining' add up to the whole before them",
                     f"that {whole.id} is the whole of which {', '.join(p.id for p in parts)} are all the parts",
                     stated=whole.id, computed=" + ".join(p.id for p in parts))

    def one_list(self, parts: list[DraftFigure], rest: DraftFigure, listed_from: int) -> bool:
        """Whether the amounts from `listed_from` to 'the remaining' one, over several sentences, are one list of its
        parts: 'The transpacific carried 468,000 TEU, followed by intra-Asia with 415,000 TEU. Asia-Europe carried
        352,000 TEU. Other routes made up the remaining 89,000 TEU.' Each names another thing of one kind (in the
        remainder's unit and period), and no words between set one apart as a part of another ('of which', 'alone',
        'including', 'among them') or as a second breakdown ('by value', 'in volume')."""
        others = [f for f in parts if f is not rest]
        if len(others) < 2 or len({f.entity for f in others} | {rest.entity}) != len(others) + 1:
            return False
        # ... the rest named as the others of them ('Other routes') or as one more of their kind
        if len({self.role(f) for f in others}) != 1 or not (re.match(r"(?:all\s+)?others?\b", rest.entity, re.I)
                                                          or self.role(rest) == self.role(others[0])) \
                or any(f.share or f.earlier or f.forecast or f.together for f in others):
            return False
        if self.role(others[0]) == "territory" and len({is_region(f.entity) for f in others}) > 1:
            return False  # 'Asia took 4.1 million, China 2.3 million': a region and a country in it
        between = self.text[listed_from:rest.start]
        return not re.search(r"\b(?:of\s+which|alone|including|among\s+them|of\s+them|of\s+those|in\s+turn|by\s+value|"
                             r"by\s+volume|in\s+value|in\s+volume|of\s+that)\b|\(", between, re.I)

    def excesses(self, levels: list[DraftFigure]) -> None:
        """'births exceeded deaths by 21,400': the stated gap is the first measure less the second, each the one
        figure of that measure, unit and period the article gives."""
        for s in self.article.sentences:
            for m in re.finditer(r"\b([a-z]+)\s+(?:exceeded|outnumbered|outstripped|surpassed|topped)\s+(?:the\s+)?([a-z]+)\s+by\s+",
                                 s.text):
                gap = next((f for f in s.figures if f.number_start - s.start == m.end() or f.start - s.start == m.end()), None)
                if gap is None or gap.kind != "amount":
                    continue
                alike = [f for f in levels if f is not gap and f.unit == gap.unit and f.entity == gap.entity]
                first = [f for f in alike if f.metric == m.group(1)]
                second = [f for f in alike if f.metric == m.group(2)]
                if len(first) != 1 or len(second) != 1:
                    continue  # which of two figures is meant is for a person to say
                a, b = first[0], second[0]
                self.add("total", [gap] + [f for f in (a, b) if f.sentence == s.index],
                         "'A exceeded B by N': the gap is A less B", f"that {gap.id} is {a.id} less {b.id}",
                         stated=gap.id, computed=f"{a.id} - {b.id}", sentence=s,
                         span=(s.start + m.start(), gap.end), periods="" if a.period == b.period else "mixed")

    def gaps(self, levels: list[DraftFigure]) -> None:
        """'Iraq pumped 150,000 bpd more than its quota of 4.06 million': a gap a verb gives between its entity's level
        and the one named after 'than' (or 'above', 'below') is that level less the named one, or the named one less
        it for 'less', 'fewer' or 'below'. The level is the entity's one figure of that measure, unit kind and period
        in the article, given before the gap or in its sentence; with none, or two, which level is meant is a person's
        call."""
        for gap in self.figures:
            if not gap.evidence.get("direction", "").endswith("after it: a difference") or gap.kind != "amount":
                continue
            s = self.sentence_of(gap)
            base = next((f for f in s.figures if f.number_start > gap.number_end and f.is_level and f.kind == "amount"
                         and f.currency == gap.currency and not f.share), None)
            if base is None or re.search(r"\b(?:and|but|while|up|down|from)\b", self.text[gap.number_end:base.number_start]) \
                    or not re.fullmatch(r"\s*(?:million|billion|thousand|m|bn|k)?\s*(?:[a-z]+\s+){0,2}?"
                                                r"(?:(?:more|less|fewer)\s+than|above|below)\s+(?:the\s+|its\s+|their\s+|a\s+|an\s+)?"
                                                r"(?:[\w\-’']+\s+){0,4}?(?:of\s+)?(?:about\s+|some\s+)?(?:[A-Z]{1,3})?[^\w\s]{0,3}",
                                                self.text[gap.number_end:base.number_start]):
                continue
            own = [f for f in levels if f is not gap and f is not base and f.entity == gap.entity and not f.counterpart
                   and f.currency == gap.currency and f.period == gap.period and not f.earlier and not f.forecast
                   and f.metric == gap.metric and not (f.sentence == gap.sentence and self.compared_with(f))]
            if len(own) != 1 or own[0].sentence > gap.sentence:
                continue
            level = own[0]
            first, second = (base, level) if gap.direction == "down" else (level, base)
            self.add("total", [gap, base] + ([level] if level.sentence == gap.sentence else []),
                     "a gap a verb gives between a level and the one named after 'than'",
                     f"that {gap.id} is {first.id} less {second.id}", stated=gap.id, computed=f"{first.id} - {second.id}",
                     periods="" if level.period == base.period else "mixed")

    def region_totals(self, levels: list[DraftFigure]) -> None:
        regions = [f for f in levels if is_region(f.entity)]
        firsts = sorted({f.entity: min(g.number_start for g in levels if g.entity == f.entity) for f in regions}.items(),
                        key=lambda kv: kv[1])
        for i, (region, first) in enumerate(firsts):
            end = firsts[i + 1][1] if i + 1 < len(firsts) else len(self.text)
            for total in [f for f in regions if f.entity == region and not f.earlier]:
                members = [f for f in levels if first <= f.number_start < end and not is_region(f.entity)
                           and not f.together  # 'the three countries together': a subtotal, never a member
                           and f.entity != self.article.main and f.entity != self.article.counterpart
                           and f.metric == total.metric and f.period == total.period and f.currency == total.currency]
                entities = [f.entity for f in members]
                if len(set(entities)) < 2 or len(set(entities)) != len(entities):
                    continue  # two figures for one member: which one is its part is for a person to say
                if not self.says_how_many(total, members):
                    continue  # four countries named of a bloc of 27: no sum; the article must say they are all
                self.add("total", [total], "a region's total against its members' figures",
                         f"that {', '.join(sorted(set(entities)))} are all of {region}'s members",
                         stated=total.id, computed=" + ".join(f.id for f in members))

    def says_how_many(self, total: DraftFigure, members: list[DraftFigure]) -> bool:
        """Whether the region's own sentence says it has exactly as many members as are named: 'trade with the
        five Central Asian countries', 'all three', 'its four partners' ('the smallest of the four' in a member's
        sentence counts the members named, not the region's)."""
        count = len(members)
        words = [word for word, n in COUNT.items() if n == count] + (["both"] if count == 2 else [])
        if not words:
            return False
        text = self.article.sentences[total.sentence].text
        return re.search(rf"\b(?:the|its|all|these|those|their)\s+(?:{'|'.join(words)}|{count})\b", text, re.I) is not None

    # -- ranks ----------------------------------------------------------------------------------
    def ranks(self) -> None:
        for s in self.article.sentences:
            if s.headline:
                continue
            text = s.text
            first_rank_word = min((m.start() for m in re.finditer(r"\b(?:" + ORDINAL_WORDS + r")[- ](?:" + ORDINAL_SUPERLATIVES
                                                                   + r")|\b(?:largest|biggest|highest|smallest|lowest)\b", text)),
                                  default=len(text))
            for m in re.finditer(r"\b(?:(" + ORDINAL_WORDS + r")[- ](?:" + ORDINAL_SUPERLATIVES +
                                 r")|ranked\s+(" + ORDINAL_WORDS + r")|(largest|biggest|leading|"
                                 r"top(?![\s-]+(?:two|three|four|five|six|seven|eight|nine|ten|\d+|group|tier|ranks|half|end)\b)|"
                                 r"highest|fastest|strongest|greatest|smallest|lowest|slowest|weakest|busiest|dearest|"
                                 r"costliest|richest|steepest|sharpest|deepest|heaviest|cheapest|poorest|" + LEADER_WORDS + r"|"
                                 + MOST_ADJECTIVE + r")|"
                                 r"(?:[A-Z][\w’']+\s+)?(" + ORDINAL_WORDS + r")\s+(?:at|with)\b|followed\s+by)", text):
                word = m.group(0).lower()
                if word == "leading" and not re.search(r"\b(?:the|its|their|a|his|her)\s+$", text[:m.start()], re.I):
                    continue  # ', leading analysts to raise their forecasts': a verb, no rank
                if re.search(r"\b(?:two|three|four|five|six|seven|eight|nine|ten|\d+)\s+$", text[:m.start()], re.I):
                    continue  # 'the five biggest buyers': a group named by its size, no rank of one of them
                if re.match(r"\s+(?:\d+(?:\.\d+)?\s*(?:%|per\s*cent|percent)|one\s+per\s*cent|tenth|decile|quintile|quartile|"
                            r"fifth|quarter|third|half|percentile)s?\b", text[m.end():], re.I) \
                        or re.search(r"\bin\s+the\s+$", text[:m.start()]) and re.match(r"(?:richest|poorest)$", word):
                    continue  # 'the wealthiest tenth of neighbourhoods', 'the richest 1%', 'men in the poorest areas': a
                    #           group the rank defines, never a rank of the figures
                if m.group(3) and re.search(r"\b(?:between|than|below|above|behind|beneath)\s+(?:the\s+)?$",
                                            text[:m.start()], re.I) or m.group(3) and re.match(r"\s+and\s+(?:the\s+)?(?:" + "|".join(RANK_WORDS) + r")\b",
                                                                 text[m.end():], re.I):
                    continue  # 'the gap between the highest and lowest regions', '2.9 points below the highest': the
                    #           other end of a comparison, never a rank of the sentence's subject
                if word.startswith("followed"):
                    self.followed(s, m)
                    continue
                own_end = clause_bounds(text, m.end())[1] if m.end() < len(text) else len(text)
                if m.start() > first_rank_word and re.search(r"\band\s+(?:the\s+|its\s+)?$", text[:m.start()]) and not any(
                        m.end() <= f.number_start - s.start < own_end and f.kind != "year" for f in s.figures):
                    continue  # '... the second-biggest buyer of seafood, at 3.9 billion crowns, ..., and the biggest
                    #           buyer of salmon': the same subject ranked again by a measure the article does not give
                ordinal = m.group(1) or m.group(2) or m.group(4)
                expect = ORDINALS[ordinal.lower()] if ordinal else RANK_WORDS.get(m.group(3).lower().split()[0], 1)
                placed = re.search(rf"\b({ORDINAL_WORDS})[- ]$", text[:m.start()], re.I) if m.group(3) else None
                if placed:
                    expect = ORDINALS[placed.group(1).lower()]  # 'its second-best-selling model'

                if ordinal and RANK_WORDS.get(re.split(r"[- ]", word)[-1], 1) < 0:
                    expect = -expect  # 'the second-smallest', 'the third-cheapest': counted from the bottom
                self.rank(s, m.start(), m.end(), expect)

    def rank_subject(self, s, position: int) -> tuple[str, DraftFigure | None]:
        """Who a rank word is about: the figure of its clause, else the name or thing before it."""
        text = s.text
        start, end = clause_bounds(text, position)
        before = [f for f in s.figures if f.number_end - s.start <= position and (f.is_level or f.is_change)]
        if before and re.fullmatch(r"[\s,)]*(?:was|were|is|are|remains|remained|becomes|became)?\s*(?:the\s+)?",
                                   text[before[-1].number_end - s.start:position]):
            # 'Eastland ($2.4 billion), the smallest': the figure right before the rank word
            return before[-1].counterpart or before[-1].entity, before[-1]
        if re.search(r"\b(?:to\s+become|becoming|making\s+it|to\s+rank\s+as)\s+(?:the\s+)?$", text[:position], re.I):
            # 'The South-West, with 803,400, overtook the Mid-East's 794,600 to become the second-most-populous':
            # the sentence's subject becomes it, not the one it overtook
            levels = [f for f in s.figures if f.is_level and f.number_end - s.start <= position]
            return (levels[0].counterpart or levels[0].entity, levels[0]) if levels else ("", None)
        # 'highest for Toyota at 10.1% and lowest for Mazda at 2.3%': the name after the rank word and its figure
        named_after = next((f for f in s.figures if f.number_start - s.start > position and f.is_level and re.fullmatch(
            r"[\w\-]+\s+(?:[a-z]+\s+){0,2}?(?:for|in|at|among)\s+(?:the\s+)?[A-Z][\w’'\-]*(?:\s+[A-Z][\w’'\-]*)*\s*,?\s*"
            r"(?:at|with|on)\s+(?:about\s+|some\s+|nearly\s+|just\s+over\s+)?[^\w\s]{0,3}",
            text[position:f.number_start - s.start])), None)
        if named_after is not None:
            return named_after.counterpart or named_after.entity, named_after
        in_clause = [f for f in s.figures if start <= f.number_start - s.start < end and f.is_level]
        if in_clause:
            return in_clause[0].counterpart or in_clause[0].entity, in_clause[0]
        names = [n for n in self.article.names[s.index] if n.end <= position]
        making = re.search(r"\bmaking\s+(\S+(?:\s+[A-Z]\S+)*)\s+(?:the\s+)?\S*$", text[:position])
        if making:
            name = next((n for n in self.article.names[s.index] if n.start == making.start(1)), None)
            if name is not None:
                return name.country or name.text, None
        apposed = re.search(r"(\S+)\s*,\s*" + APPOSITION_ADVERB +
                            r"(?:the\s+|its\s+|their\s+)?(?:[\w\-]+[’']s\s+)?(?:the\s+)?\S*$", text[:position])
        if apposed:
            name = next((n for n in names if n.end == apposed.end(1) or n.end + 2 == apposed.end(1)), None)
            # 'the United States and Canada, still its largest market': the two names together, as its figure has them
            pair = next((n for n in names if name is not None
                         and re.fullmatch(r"\s+and\s+(?:the\s+)?", text[n.end:name.start])), None)
            if pair is not None and any((f.counterpart or f.entity) == text[pair.start:name.end] for f in s.figures):
                return text[pair.start:name.end], None
            if name is not None:
                return name.country or name.text, None
            # 'led by the Gdańsk corridor, the busiest': a name and its noun, whatever figure its sentence gives
            named_noun = next((n for n in names if re.fullmatch(r"\s+[a-z][\w\-]*", text[n.end:apposed.end(1)])), None)
            if named_noun is not None:
                return text[named_noun.start:apposed.end(1)], None
            # 'while fuel stations, the smallest, made up ...': the thing the words describe, a figure's entity
            described = [f for f in s.figures if f.is_level and not f.share and (f.counterpart or f.entity).lower()
                         .endswith(apposed.group(1).lower()) and (f.counterpart or f.entity)[:1].islower()]
            if len({f.counterpart or f.entity for f in described}) == 1:
                return described[0].counterpart or described[0].entity, described[0]
        # 'South Dakota had the lowest rate, while Nevada had the highest': the name that opens the rank's clause
        opener = re.search(r"(?:^|[,;])\s*(?:while|whereas|and|but|although|though|yet)?\s*(?:The\s+)?"
                           r"([A-Z][\w’'\-]*(?:\s+[A-Z][\w’'\-]*)*)\s+"
                           r"(?:had|has|was|is|were|are|posted|recorded|reported|saw|remained)\s+(?:the\s+)?\S*$",
                           text[start:position])
        if opener:
            name = next((n for n in names if n.start == start + opener.start(1)), None)
            if name is not None:
                return name.country or name.text, None
        if re.search(r"(?:^|[,;])\s*(?:while|whereas|although|though|but|yet)\s+(?:the\s+)?[a-z][\w\-]*(?:\s+[a-z][\w\-]*){0,3}"
                     r"\s+(?:had|has|was|is|were|are|remained|stayed|posted|recorded)\s+(?:the\s+)?\S*$", text[start:position]):
            return "", None  # '..., although police remained the largest': a subject of its own, never the sentence's
        subject = self.article.subjects.get(s.index, "")
        if subject.lower() not in text.lower():
            return "", None  # a subject carried over from another sentence is a guess: no rank on it
        first = [f for f in s.figures if f.is_level and (f.counterpart or f.entity) == subject]
        return subject, first[0] if first else None

    def role(self, f: DraftFigure) -> str:
        """What kind of thing a figure is about, for ranking like with like: a flow's counterpart, a country, a
        product or sector (lower case), or another name."""
        if f.counterpart:
            return "counterpart"
        if f.entity[:1].islower() or is_route(f.entity):
            return "thing"  # 'crude oil', 'the transpacific', 'Asia-Europe' (a trade lane)
        # 'the United States and Canada' (a region of two countries) is a place like the others
        places = re.split(r",\s*(?:the\s+)?|\s+and\s+(?:the\s+)?", f.entity)
        return "territory" if all(is_territory(p) or is_region(p) for p in places) else "name"

    def wholes(self) -> set[str]:
        """Figures other figures are parts or shares of: never ranked among their parts."""
        found = set()
        for c in self.claims:
            if c.kind == "share" and c.computed:
                found.add(c.computed.rsplit(",", 1)[-1].strip(" )"))
            if c.kind == "total" and "+" in c.computed:
                entity = {f.id: f.entity for f in self.figures}
                if any(entity.get(part.strip()) != entity.get(c.stated) for part in c.computed.split("+")):
                    found.add(c.stated)  # a total of other entities' parts (a region's), not exports + imports
        return found

    def rank_pool(self, figure: DraftFigure, changes: bool, with_main: bool = False) -> list[DraftFigure]:
        """Figures ranked with `figure`: same metric, period, unit and role; never a whole its parts are ranked in
        (a share's total, a region's total, the country whose sources or partners are ranked, unless `with_main`).
        A company's regions and countries are one list when `company_markets` says so."""
        if self.about_a_company(figure):
            wide = self._rank_pool(figure, changes, with_main, mixed=True)
            if self.company_markets(figure, wide):
                return wide
        return self._rank_pool(figure, changes, with_main, mixed=False)

    def _rank_pool(self, figure: DraftFigure, changes: bool, with_main: bool, mixed: bool) -> list[DraftFigure]:
        place = (lambda f: bool(f.entity) and (is_region(f.entity) or is_territory(f.entity)))
        wholes = self.wholes()
        main = self.article.main
        from .metadata import guess_role

        if (figure.counterpart or figure.entity) != main and guess_role(main, self.article) != "company" and not with_main:
            wholes |= {f.id for f in self.figures if f.entity == main and not f.counterpart}
        # a rate per unit ('5.9 tonnes per hectare') is never ranked with amounts ('1.03 million tonnes')
        per_unit = (lambda f: re.match(r"\s*(?:[\w\-]+\s+){0,2}?(?:per\s+(?!cent\b)[a-z]|(?:a|each)\s+(?:day|week|month|year|head|"
                                       r"person)\b)", self.text[f.number_end:f.number_end + 40]))
        # a list within a place ('In Japan, Toyota was the best-selling brand', 'the largest source of visitors to
        # Thailand') is ranked only with figures of that place
        # ... and a figure of a place never with one of another place's list ('In neighbouring Tanzania, Vodacom had
        # 20.1 million subscribers'); 'In France, sales were 138,210' names the figure's own place, no list within it
        def place_of(f: DraftFigure) -> str:
            s = self.sentence_of(f)
            if s.index not in self.scopes:
                self.scopes[s.index] = (self.scope(s), bool(re.match(r"\s*In\s", s.text)))
            found, opener = self.scopes[s.index]
            return "" if opener and found == f.entity and not f.counterpart else found

        scope = place_of(figure)
        # 'Codelco's total output, from all of its mines, fell to 1.33 million tons': a sum, never one of the ranked
        # ... nor a group's total ('Together the three port corridors handled 4.21 million tonnes')
        # ... nor what the article calls the total ('total merchandise exports were flat at $437.4 billion')
        aggregate = (lambda f: f is not figure and (re.fullmatch(r"(?:the\s+)?(?:total|overall|all|grand\s+total)", f.entity,
                                                                 re.I) or re.match(r"\s*(?:Combined|Together|Taken\s+together|Altogether|In\s+"
                                                             r"total)\b", self.sentence_of(f).text) or re.search(
            r"\b(?:from|across|at)\s+all\s+(?:of\s+)?(?:its|their|the)\b|\bin\s+all\b|\baltogether\b|\bas\s+a\s+whole\b|"
            r"\b(?:together|combined)\b[^\d,;]*$|"  # in the number's own clause: 'where it combined two units, with'
            r"^[^\d]*\b(?:airports|stores|mines|plants|hotels|hospitals|ports|terminals|branches|fields)\s+(?:run|operated|"
            r"owned|managed)\s+by\b",  # 'Airports run by Avinor ... handled 42.71 million': all of them together
            self.text[max(self.sentence_of(f).start, f.number_start - 80):f.number_start], re.I)
            # ... or after it: '€1.9 trillion in goods and services combined'
            or re.match(r"[^,;.()]{0,40}?\b(?:combined|together|in\s+all)\b", self.text[f.number_end:], re.I)))
        rival = self.is_rival(figure)
        # 'Other minerals accounted for the remaining A$0.80 billion': a catch-all, never one of the ranked ('fuel
        # stations, the smallest, made up the remaining £0.73 billion' is a category like the others)
        rest = (lambda f: f is not figure and (re.match(r"(?:all\s+)?(?:others?|the\s+rest|rest|remaining|everything\s+else|"
                                                         r"miscellaneous|various)\b", f.entity, re.I)
                                                # 'leaving 93.8 million for all other brands': what the others have
                                                or re.search(r"\bleaving\s+(?:about\s+|some\s+|nearly\s+)?[^\w\s]{0,3}$",
                                                             self.text[max(0, f.start - 20):f.start])))
        # 'Britain was the largest source market ... Catalonia was the top destination': two lists, ranked apart
        # ... and 'Escondida, the biggest single mine, ... Collahuasi was second with 559,000 tonnes' goes on ranking mines
        own = self.sentence_of(figure)
        ranked_as = self.ranked_as(own.index) or (self.ranked_as(own.index - 1) if own.index and re.search(
            r"\b(?:second|third|fourth|fifth|followed\s+by)\b", own.text) else "")
        apart = (lambda f: bool(ranked_as) and not changes and f.sentence != figure.sentence
                 and self.ranked_as(f.sentence) not in ("", ranked_as))
        # 'The 24 mega-rounds of the quarter accounted for €7.0 billion': the things the article counts, taken together,
        # are no category ranked with the sectors ('Artificial intelligence was again the biggest sector')
        counted = (lambda f: f.entity.lower() in {f.metric.lower()} | {g.unit.lower() for g in self.figures
                                                                        if g.sentence == f.sentence})
        # 'Postpaid lines totalled 146.1 million, or 55.6% of the total, while prepaid accesses fell to 116.9 million, or
        # 44.4%. Vivo remained the largest operator': parts whose shares make up the whole are another breakdown of it
        other_breakdown = {part for parts in self.breakdowns(without=figure.id) for part in parts}
        # ... and so are the parts one sentence lists of a whole, down to 'the remaining' amount ('Pelagic species accounted
        # for 754,300 tonnes of the 2023 catch, ... and shellfish the remaining 27,400 tonnes'), or that a total adds up
        # to the article's whole: a breakdown too, of which the ranked, in another sentence, is no part
        totalled = [set(re.findall(r"[A-Za-z_][A-Za-z0-9_]*", c.computed)) for c in self.claims if c.kind == "total"]
        for index in {f.sentence for f in self.figures if f.sentence != figure.sentence}:
            listed = [f for f in self.article.sentences[index].figures if f.is_level and not f.earlier and not f.share
                      and f.unit == figure.unit and f.period == figure.period]
            if len(listed) >= 3 and any(re.search(r"\bthe\s+(?:remaining|rest\s+of\s+the)\s+\S{0,3}$",
                                                  self.text[max(0, f.number_start - 30):f.number_start]) for f in listed) \
                    and (re.match(r"\s+of\s+(?:the|all|its|their)\s", self.text[listed[0].end:])
                         or {f.id for f in listed} in totalled):
                other_breakdown |= {f.id for f in listed}
        # 'That would be more than 11% below current levels': a supposition, never a figure ranked with outcomes
        # 'For comparison, Frankfurt, Germany's biggest cargo airport, handled 2.5 million tonnes': a yardstick from
        # outside the list, never one of the ranked
        yardstick = (lambda f: re.match(r"\s*(?:For|By|In)\s+comparison\b", self.article.sentences[f.sentence].text[
            dateline(self.article.sentences[f.sentence])[2]:], re.I))
        supposed = (lambda f: re.search(r"\b(?:would|could|might)\s+(?:\w+\s+)?(?:be|mean|leave|put|take|cut|lift|add)\b[^.;]*$",
                                        self.text[self.sentence_of(f).start:f.start], re.I))
        # 'That places Baltica ahead of Gothenburg's 0.7 million TEU': a yardstick another sentence compares with, never
        # one of the ranked
        yardstick_of_another = (lambda f: f.sentence != figure.sentence and self.compared_with(f)
                                and not self.ranked_as(f.sentence))
        return [f for f in self.figures if bool(per_unit(f)) == bool(per_unit(figure)) and not aggregate(f) and not rest(f) and self.is_rival(f) == rival
                and not yardstick_of_another(f)
                and (f is figure or not supposed(f)) and (f.sentence == figure.sentence or not yardstick(f))
                and f.id not in other_breakdown
                and place_of(f) == scope and not apart(f) and counted(f) == counted(figure)
                and f.metric == figure.metric and f.period == figure.period
                and f.kind == figure.kind and f.currency == figure.currency and bool(f.is_change) == changes
                and (f.is_change or f.is_level) and not f.earlier and not f.together and not f.forecast
                and (mixed or is_region(f.entity) == is_region(figure.entity))  # regions with regions, countries with
                # countries ... as partners too: never a continent's buyers ('Asian buyers took 380,000 tonnes') among them
                and (mixed or not (is_territory(figure.counterpart or figure.entity)
                                   and (f.counterpart or f.entity).lower() in world_regions()))
                and f.share == figure.share and (self.role(f) == self.role(figure) or mixed and {self.role(f), self.role(figure)}
                                                 <= {"territory", "name"} and place(f) and place(figure))
                and f.id not in wholes]

    def about_a_company(self, figure: DraftFigure) -> bool:
        """Whether the article is about a company and `figure` is one of its parts (no flow, not the company's own)."""
        from .metadata import guess_role

        return not figure.counterpart and figure.entity != self.article.main \
            and guess_role(self.article.main, self.article) == "company"

    def company_markets(self, figure: DraftFigure, pool: list[DraftFigure]) -> bool:
        """Whether a company's figures for regions and countries may be ranked together, as the markets its sales
        are split into ('Europe, its largest market, took 74,528 cars ... China, the second-largest'): only in an
        article about a company (`about_a_company`), and only when the places' amounts add up to no more than the company's own total
        of that measure, so that no region holds a country beside it ('Asia ... China, its biggest market')."""
        main = self.article.main
        regions = [f for f in pool if is_region(f.entity)]
        countries = [f for f in pool if is_territory(f.entity) and not is_region(f.entity)]
        if not regions or not countries or figure.kind != "amount":
            return False
        totals = [f for f in self.figures if f.entity == main and not f.counterpart and f.metric == figure.metric
                  and f.period == figure.period and f.unit == figure.unit and f.is_level and not f.share
                  and not f.earlier and not f.forecast]
        try:
            return bool(totals) and sum(_first_value(f) for f in regions + countries) <= _first_value(totals[0]) * 1.001
        except ValueError:
            return False

    def breakdowns(self, without: str = "") -> list[set[str]]:
        """The complete breakdowns `without` is no part of: other parts whose stated shares add up to a whole (99% to
        101%), either those its share claims pair with one whole or those one sentence lists ('Postpaid lines totalled
        146.1 million, or 55.6% of the total, while prepaid accesses fell to 116.9 million, or 44.4%'). Only when
        `without` has a stated share itself (its claim's, or one in its sentence): else none."""
        shares = {}  # ('whole', whole id) or ('sentence', index) -> {part id: its share figure}
        by_id = {f.id: f for f in self.figures}
        for c in self.claims:
            found = re.fullmatch(r"share\(([A-Za-z_][A-Za-z0-9_]*), ([A-Za-z_][A-Za-z0-9_]*)\)", c.computed or "")
            if c.kind == "share" and found and c.stated in by_id:
                shares.setdefault(("whole", found.group(2)), {})[found.group(1)] = by_id[c.stated]
        for f in self.figures:
            part = self.part_before(f) if f.share else None
            if part is not None:
                shares.setdefault(("sentence", f.sentence), {})[part.id] = f
        figure = by_id.get(without)
        if figure is not None and not any(without in parts for parts in shares.values()) and not any(
                f.share and f.sentence == figure.sentence and f.entity == figure.entity for f in self.figures):
            return []  # no part of a whole itself ('a market share of 38.9%' in its sentence makes it one)
        found = []
        for parts in shares.values():
            others = {p: share for p, share in parts.items() if p != without}
            try:
                if len(others) >= 2 and 99 <= sum(_first_value(share) for share in others.values()) <= 101:
                    found.append(set(others))
            except ValueError:
                continue
        return found

    def ranked_as(self, index: int) -> str:
        """`ranked_noun` of the sentence at `index`, read once."""
        if index not in self.ranked_nouns:
            self.ranked_nouns[index] = self.ranked_noun(self.article.sentences[index])
        return self.ranked_nouns[index]

    @staticmethod
    def ranked_nouns_in(text: str) -> list[str]:
        """The head noun after each rank word of a text ('the largest single wine export' -> 'export'), but for ranks of
        changes or of no named kind, which are no second list."""
        return [noun for noun in _ranked_heads(text, ORDINAL_SUPERLATIVES)
                if noun and not re.fullmatch(rf"{CHANGE_RANKS}|one|level|share|rate|number|amount", noun)]

    @staticmethod
    def ranked_noun(s) -> str:
        """What a sentence ranks its subject as, by its head noun: 'the largest source market' -> 'market', 'the top
        destination' -> 'destination', 'its largest division' -> 'division'; '' when it ranks nothing or says no noun."""
        noun = next(iter(_ranked_heads(s.text, ORDINAL_SUPERLATIVES + "|top|leading")), "")
        # 'the fastest growth among the five largest markets' ranks changes, no list of levels of its own
        # ... nor 'the strongest performer'; 'the biggest earner' names no kind, so 'Cod was the second-largest species'
        # goes on with its list
        return "" if re.fullmatch(rf"{CHANGE_RANKS}|{KINDLESS_RANKS}", noun) else noun

    def is_rival(self, f: DraftFigure) -> bool:
        """'The Maldives, a rival island destination, received ...', 'rival Bolt': a rival is ranked with rivals only."""
        name = re.escape(f.counterpart or f.entity)
        text = self.sentence_of(f).text
        return bool(re.search(rf"\b{name}\b,?\s+(?:a|an|the|its|their)\s+(?:[\w\-]+\s+){{0,3}}(?:rival|competitor|peer)s?\b|"
                              rf"\b(?:rival|competitor)s?\s+(?:[\w\-]+\s+){{0,2}}{name}\b", text, re.I))

    @staticmethod
    def scope(s) -> str:
        """The place a sentence's figures are within: 'In Japan, ...', '... of visitors to Thailand'; '' if none."""
        found = re.match(r"\s*In\s+(?:[a-z][\w\-]*\s+)?(?!(?:January|February|March|April|May|June|July|August|"
                         r"September|October|November|December)\b)([A-Z][\w’'\-]*(?:\s+[A-Z][\w’'\-]*)*),", s.text) or re.search(
            r"\b(?:visitors|tourists|arrivals)\s+(?:to|in)\s+(?:the\s+)?([A-Z][\w’'\-]*(?:\s+[A-Z][\w’'\-]*)*)", s.text)
        return found.group(1) if found else ""

    def rank(self, s, start: int, end: int, expect: int) -> None:
        subject, figure = self.rank_subject(s, start)
        if not subject:
            return
        if subject in ("unknown", self.article.main) and re.search(r"\b(?:[Ii]ts|[Tt]heir)\s+$", s.text[:start]) \
                and (figure is None or figure.entity in ("unknown", self.article.main)):
            return  # 'Its largest terminal handled 4.9 million TEU': one of its parts, unnamed, never ranked against it
        if re.search(r"\b(?:traditionally|historically|usually|typically|normally|formerly|previously|once|long)\s+"
                     r"(?:(?:the|its|their|[\w\-]+[’']s)\s+)?$", s.text[:start], re.I):
            return  # 'the United States, traditionally Brazil's largest customer': a rank of the past, not of these figures
        if re.search(r"\b(?:one\s+of|among|of)\s+the\s+(?:\w+\s+)?$|\bthe\s+(?:world|country|nation|region|state|city|"
                     r"continent|province|island)[’']s\s+$", s.text[:start], re.I) or re.match(
                r"(?:\s+[\w\-]+){0,3}?\s+(?:since|on\s+record|ever|(?:in|for)\s+(?:a\s+|an\s+)?(?:[\w\-]+\s+){0,4}?(?:years?|"
                r"months?|weeks?|quarters?|decades?|century|centuries|generations?|lifetime)|"
                r"in\s+(?:its|their|the\s+\w+[’']s|[\w\-]+[’']s)\s+"
                r"(?:\d+-year\s+|recent\s+|modern\s+|entire\s+|whole\s+)?history)\b",
                s.text[end:], re.I):
            return  # 'one of the highest', 'the world's biggest', 'the country's largest lender', 'the biggest gain since
            #         2020': not among these figures
        if re.match(r"(?:\s+[\w\-]+){0,3}?\s+(?:(?:a|one|two|three|four|five|\d+)\s+(?:years?|months?|quarters?|decades?)\s+"
                    r"(?:earlier|before|ago)|(?:in\s+)?(?:the\s+)?(?:previous|prior)\s+(?:year|quarter|month|season))\b",
                    s.text[end:], re.I) and re.search(r"\b(?:was|were|had\s+been)\s+(?:the\s+)?$", s.text[:start], re.I):
            return  # 'Syrians, who were the largest group a year earlier, fell to fifth place': a rank of the past
        clause_after = re.split(r"[,;.]|\s(?:while|whereas|but|and)\s", s.text[end:])[0]
        if re.match(r"(?:\s+[\w\-’']+){0,3}?\s+(?:(?:so\s+far\s+)?(?:this|last)\s+(?:year|month|week|quarter|season|summer|"
                    r"winter|spring|autumn|decade)|of\s+the\s+(?:year|month|week|quarter|season|summer|winter|spring|autumn|"
                    r"decade)|in\s+(?:19|20)\d{2}|for\s+an?\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|"
                    r"weekday|weekend|single\s+day)|(?:day|week|month|session|quarter)s?|daily|weekly|monthly)\b",
                    clause_after, re.I) \
                or re.search(r"\b(?:its|their)\s+(?:[\w\-]+\s+)?$", s.text[:start]) and re.match(
                    r"\s*(?:level|reading|total|point|close|figure|rate|pace)?\s*$", clause_after, re.I):
            return  # 'its lowest this year', 'its biggest drop this month', 'its busiest day', 'to its lowest': a thing
            #         against its own past, never against the other figures
        place_after = re.match(r"\s+((?:[A-Z]\.){2,}|[A-Z][a-z]+)\s+[a-z]", s.text[end:])
        if place_after and (place_after.group(1) in ("U.S.", "U.K.", "E.U.") or is_territory(place_after.group(1))
                            or country_of_demonym(place_after.group(1)) is not None):
            return  # 'Coinbase, the largest U.S. crypto exchange': ranked within a country, among exchanges not all listed
        if re.match(r"\s+(?:single[\s-](?:country|nation|market)|individual|single)\b", s.text[end:], re.I):
            return  # 'the largest single-country market': ranked among countries, never with the EU's bloc beside it
        plural = re.match(r"\s+([a-z\-]+)\b(?:\s+([a-z]+)\b)?", s.text[end:])
        if plural and re.search(r"[^su]s$", plural.group(1)) and re.search(r"(?:^|[,;:]\s*)[Tt]he\s+$", s.text[:start]) \
                and re.search(r"\d[^;.]*\band\b[^;.]*\d", s.text[end:]):
            return  # 'The lowest shares were recorded in Ireland (15.3%), Malta (15.1%) and Belgium (14.7%)': a group
        if plural and any(re.search(r"[^su]s$", w or "") for w in plural.groups()) and re.search(
                r"\d[^;]*?\band\s+[^,;]*$", re.split(r"[;:]|\.\s", s.text[:start])[-1]):
            return  # 'Britain (€98 million) and the United States (€71 million) the largest markets': the top two together,
            #         where 'Pension funds and insurers were the biggest buyers' is one group
        ranked_by = re.match(r"(?:\s+[\w\-]+){0,2}?\s+by\s+(?!far\b)([a-z]+)(?:\s+([a-z]+))?", s.text[end:], re.I)
        if _within_a_subset(s.text[:start], s.text[end:]):
            return  # 'the largest European market', 'the lowest in the bloc', 'Among Asian markets, Japan was the largest'
        within = re.match(r"(?:\s+[\w\-]+){0,2}?\s+(?:in|among|of|outside|from)\s+(?:the\s+)?([A-Z][\w’'\-]*(?:\s+[A-Z][\w’'\-]*)*)",
                          s.text[end:])
        if within and within.group(1) != self.article.main and within.group(1).split()[0].lower() not in CALENDAR_WORDS:
            return  # 'Japan, the largest market in Asia': ranked within a group the article does not list
        owner = re.search(r"([A-Z][\w’'\-]*(?:\s+[A-Z][\w’'\-]*)*)[’']s\s+(?:[\w\-]+\s+)?$", s.text[:start])
        owned = next((n for n in self.article.names[s.index] if owner and n.start == owner.start(1)), None)
        place = (owned.country or owned.text) if owned is not None else (owner.group(1) if owner else "")
        if owner and (place != self.article.main or is_region(place)) and (is_territory(place) or is_region(place)
                                                                          or (owned is not None and owned.country)):
            return  # 'Frankfurt, Germany's busiest airport': ranked within a country, among airports not all listed
        if owner and place != subject and not self.article.main.startswith(place) and not subject.startswith(place):
            return  # 'the Bundesliga's richest club': ranked within a league or group the article does not list
        bloc = re.search(r"\bthe\s+(?:bloc|region|zone|union|continent|league|alliance|area)[’']s\s+(?:[\w\-]+\s+)?$",
                         s.text[:start])
        # ... in the rank word's own phrase: 'the fastest growth', never 'Celtica, the smallest, posted the fastest growth'
        growth = re.search(rf"(?:\b|-)(growth|growing|increases?|rises?|gains?|gainers?|risers?|advancers?|{DECLINE_NOUNS})\b",
                           re.split(r"[,;]", s.text[end:end + 30])[0])
        if not growth and re.search(r"fastest|slowest|quickest", s.text[start:end], re.I):
            # 'FlyMarhaba grew fastest': a verb of change right before it ranks the changes
            growth = re.search(r"\b(grew|grown|grows|rose|risen|rises|increased|expanded|climbed|gained)\s+$", s.text[:start],
                               re.I)
            if re.search(r"\b(?:fell|fallen|declined|dropped|shrank)\s+$", s.text[:start], re.I):
                return  # 'fell fastest': the biggest fall, which the figures may give as a rise or a fall
        if not growth and re.search(r"fastest|slowest|quickest", s.text[start:end], re.I) and not any(
                f.is_change for f in s.figures):
            return  # 'Solar output rose fastest': a rank of changes the sentence does not give, never of the levels
        if growth and re.fullmatch(DECLINE_NOUNS, growth.group(1)):
            expect = -expect  # 'the steepest decline' is the lowest change, 'the smallest decline' the highest
        if not growth and re.search(r"\b(?:weakest|strongest|best|worst)(?:[\s-]+perform\w*)?$", s.text[start:end], re.I) \
                and any(f.is_change for f in s.figures):
            # 'Palladium fell 3.0% ..., making it the weakest of the precious metals': ranked by the change, not the price
            growth = re.search(r"\w+", s.text[start:end])
        if figure is None:
            local = [f for f in s.figures if label_of(f) == subject and (f.is_change if growth else f.is_level) and not f.earlier]
            amounts = [f for f in local if not f.share]  # 'taking 7.12 million bags, or 16.2% of the total': the amount
            figure = local[0] if len(local) == 1 else amounts[0] if len(amounts) == 1 else None
        if figure is None:
            phrases = [p for p in metric_phrases(s.text, self.article.names[s.index]) if p[0] >= end - 1]
            metric = phrases[0][2] if phrases else ""
            # with no measure named, only a figure of its own sentence: 'Load factors were ... 86.9% at FlyMarhaba, the
            # highest of the three' is never about FlyMarhaba's passengers in the sentence before
            own = [f for f in self.figures if label_of(f) == subject and (f.metric == metric if metric else f.sentence == s.index)
                   and (f.is_change if growth else f.is_level) and not f.earlier and not f.share]
            figure = own[0] if len(own) == 1 else None
            if figure is None and not metric and not s.figures and s.index > 0 and not self.article.sentences[s.index].headline:
                # 'North Quay handled 71.0 million tonnes, South Quay 43.0 million ... North Quay remained the busiest
                # terminal': a sentence with no figure ranks its subject's one level in the sentence before
                before = [f for f in self.article.sentences[s.index - 1].figures if label_of(f) == subject
                          and (f.is_change if growth else f.is_level) and not f.earlier and not f.share]
                figure = before[0] if len(before) == 1 else None
        if figure is None:
            return
        if figure.number_end - s.start <= start and re.search(r"\b(?:but|while|whereas|yet|and)\s+(?:also\s+)?(?:the\s+|its\s+)?$",
                                                              s.text[:start]) and any(
                f is not figure and f.number_start - s.start >= end and re.fullmatch(
                    r"[^,;.\d]*(?:,\s*|\s+(?:at|of|with)\s+)(?:about\s+|some\s+|nearly\s+)?[^\w\s]{0,3}",
                    s.text[end:f.number_start - s.start]) for f in s.figures):
            return  # 'had the lowest average rent, £708, but the highest annual rental inflation, 9.6%': a second rank of
            #         the figure after it, never of the first one's
        if ranked_by and not (ranked_by.group(1).lower() == "value" and (ranked_by.group(2) or "at") in FUNCTION_WORDS
                              and figure.kind == "amount" and "_per_" not in figure.unit and not figure.is_count):
            return  # 'the largest buyer by value', 'by land area': ranked by a measure the figures may not be; 'by
            #         value at 12.6 billion crowns' ranks the amount of money it names
        if bloc and not is_region(self.article.main):
            # 'Germany, the bloc's biggest steelmaker' beside countries outside the bloc: ranked within a bloc whose
            # members the article does not say; in an article about the bloc, among the members it gives
            return
        described = re.match(r"\s+([a-z][\w\-]*)", s.text[end:])
        if described and described.group(1) in ENTITY_NOUNS and re.search(r"larg|bigg|small|great", s.text[start:end]) \
                and ((figure.kind == "percent" and not figure.share)
                     or described.group(1).startswith("econom") and not re.search(r"gdp|output|economy", figure.metric)):
            return  # 'Germany, the bloc's largest economy, recorded inflation of 2.4%': its size is not that figure
        if "_per_" in figure.unit and not re.search(r"expensiv|cheap|pric|cost|dear|afford", s.text[start:end + 20], re.I):
            return  # 'New Zealand's most important export ... $3,544 a tonne': a price settles no rank of importance
        changes = bool(growth) or figure.is_change
        pool = self.rank_pool(figure, changes)
        # the members that would put it in another place than its words say
        ahead = [f for f in pool if f is not figure and (_first_value(f) > _first_value(figure) if expect > 0
                                                          else _first_value(f) < _first_value(figure))]
        if len(ahead) + 1 != abs(expect):
            if len(set(self.ranked_nouns_in(s.text))) > 1:
                return  # 'Champagne was the largest single wine export ..., while cognac ... was the largest spirit'
        if figure.share and not changes and sum(_first_value(f) for f in {id(f): f for f in pool + [figure]}.values()) > 101:
            return  # 'Transport ... 29% of the total' and 'Carbon dioxide made up about 80%': shares of one whole that add
            #         up to more than all of it are two breakdowns of it (sectors and gases), never one list
        sizes = [abs(_first_value(f)) for f in pool + [figure] if f.kind == "amount"]
        if sizes and min(sizes) > 0 and max(sizes) / min(sizes) > 1e5:
            return  # '£3.80 a week ... the highest of any region' beside national totals in billions: no one list
        mine = label_of(figure)
        if sum((label_of(f) == mine or label_of(f).startswith(mine + " ") or mine.startswith(label_of(f) + " "))
               and f.metric == figure.metric and f.period == figure.period
               and f.unit == figure.unit and f.is_level == figure.is_level and not f.earlier and not f.forecast
               and not f.share for f in self.figures) > 1:
            return  # 'Istanbul's transfer traffic, at 32.5 million, was the highest', beside its 80.1 million passengers:
            #         two of one entity's figures of one measure, so the ranked one is a part of a measure apart
        if figure.evidence.get("unit", "").endswith("counts)") and any(
                f.sentence == figure.sentence and f.entity != figure.entity and f.number_start > figure.number_start
                and not f.evidence.get("unit", "").endswith("counts)") for f in pool):
            return  # 'the biggest average crowd, 73,500, in Old Trafford's 74,310 seats': its unit is the seats' 
        part_of = re.search(r"\b(?:[Ii]ts|[Tt]heir)\s+(?:[A-Z][\w\-]*\s+)*(?:unit|division|segment|business|arm|category|brand|"
                            r"subsidiary|mine|plant|market|region)s?\b|"
                            # 'Its diabetes drug Glyvex ranked second': one of the company's products
                            r"\b(?:[Ii]ts|[Tt]heir)\s+(?:[\w\-]+\s+){0,3}?(?:drug|medicine|treatment|product|model|franchise|"
                            r"title|game|app|device|vehicle)s?\s+(?:[A-Z][\w\-]*\s+)+$|"
                            r"\b(?:the|its|their)\s+(?:group|company|firm|bloc|"
                            r"country|nation|region|state|union|bank)[’']s\s+\S*\s*$", s.text[:start])
        if part_of and subject != self.article.main:
            # 'Lakeside, the group's largest mine', 'its Cloud unit, the largest': ranked among the parts, never
            # against the whole the article is about
            pool = [f for f in pool if (f.counterpart or f.entity) != self.article.main]
        if PART_NOUN.match(s.text[end:]):
            pool = _without_whole(pool, self.article.main, figure)  # 'by far the biggest item', 'the biggest share'
        if expect > 0 and any(f is not figure and f.kind == "amount" and _first_value(f) > _first_value(figure)
                              and (not label_of(f)[:1].isupper() or label_of(f) == self.article.main)
                              # ... and not ranked itself ('Marlow's remained the largest grocer, with £9.10 billion')
                              and not re.search(rf"\b(?:{ORDINAL_SUPERLATIVES}|top|leading|followed)\b",
                                                self.sentence_of(f).text, re.I)
                              and _first_value(f) >= sum(_first_value(g) for g in pool if g is not f)
                              and all(g.sentence != f.sentence for g in pool if g is not f) for f in pool):
            # 'Startups raised $14.8 billion in September. Fintech remained the largest sector with $4.1 billion': an
            # amount of no name as large as all the others, stated on its own, may be their total; whether it is
            # ranked is a person's call
            return
        entities = [label_of(f) for f in pool]
        if subject not in entities or len(set(entities)) < 2 or len(set(entities)) != len(entities):
            return
        if any(f not in pool and f is not figure and f.is_level and not f.share and not f.earlier and not f.forecast
               and f.unit == figure.unit and f.period == figure.period and f.number_start > s.start + start
               for f in s.figures):
            # 'Bengaluru-based startups raised $5.1 billion, keeping the city in the top spot, followed by Delhi's
            # capital region with $3.2 billion': what the rank word compares follows it in its sentence, and the
            # figures drafted to compare do not hold it
            return
        # 'the fastest growth among the big producers after India.', never 'after India cut its tariffs'
        after = re.match(r"(?:\s+[\w\-]+){0,6}?\s+(?:after|behind)\s+(?:the\s+)?([A-Z][\w’'\-]*(?:\s+[A-Z][\w’'\-]*)*)"
                         r"\s*(?:[,.;)]|$|and\b|or\b)", s.text[end:])
        if after and expect in (1, -1):
            ahead = next((e for e in entities if e == after.group(1) or e.startswith(after.group(1) + " ")), None)
            if ahead is not None and ahead != subject:
                expect += 1 if expect > 0 else -1  # 'the fastest growth among the big producers after India': second
        if _members_missing(pool, figure, expect) or not _mixed_list_agrees(pool, figure, expect) \
                or self.hinges_on_a_stray(pool, figure, expect, s.index, figure.sentence):
            return
        if re.search(r"\bwith\s+[A-Z][\w’'\-]*(?:\s+[A-Z][\w’'\-]*)*\s+(?:the\s+)?\S*$", s.text[:start]) and any(
                f.is_level and f.unit == figure.unit and f.number_end <= figure.number_start
                and (f not in pool or is_region(label_of(f))) for f in s.figures):
            return  # 'Asian buyers took 380,000 tonnes, with Japan the biggest': ranked within that group only
        # ... also after the measure: 'the lowest unemployment rate of the five counties'
        counted = re.match(r"\s+(?:[a-z][\w\-]*\s+){0,3}?of\s+(?:its|the|their|all|[\w\-]+[’']s)\s+(\d+|" + "|".join(COUNT)
                           + r")\b", s.text[end:], re.I)
        if counted:
            # 'the largest of its three terminals' ranks among three: a pool of any other size is the wrong one ('the
            # smallest of the four' may count the country the article is about)
            size = int(COUNT.get(counted.group(1).lower(), counted.group(1)))
            widened = self.rank_pool(figure, changes, with_main=True)
            added = [f for f in widened if f not in pool]
            if any(_first_value(f) >= sum(_first_value(g) for g in widened if g is not f) for f in added):
                widened = []  # the country the article is about may be the whole of the others: never among them
            pool = next((p for p in (pool, widened) if len(p) == size), None)
            if pool is None:
                return
            entities = [label_of(f) for f in pool]
        members = "; ".join(f"{label_of(f)}: {f.id}" for f in pool)
        quote_start = s.start + min(start, max(0, (figure.number_start - s.start) if figure.sentence == s.index else start))
        quote_start = min(quote_start, s.start + self.name_start(s, subject, start))
        self.add("rank", [figure] if figure.sentence == s.index else [], "a rank word with the figures of its kind",
                 f"that the members ({', '.join(entities)}) are all that compare, and that {subject} ranks {expect}",
                 sentence=s, span=(quote_start, s.start + end), subject=subject, members=members, expect=str(expect))

    def hinges_on_a_stray(self, pool: list[DraftFigure], figure: DraftFigure, expect: int, *listed: int) -> bool:
        """Whether a rank would be denied only by a member that stands alone: a figure alone in its sentence, which is
        not the rank's (nor its list head's), of no one the article is about, and named in no sentence that ranks or
        lists ('E-commerce made up 36% of tonnage, about 700,000 tonnes' beside 'Asia-Europe, its busiest lane, ...
        followed by the transpacific'). Such a member may be of another breakdown, so the rank is left to a person
        rather than drafted as a contradiction."""
        ranked_sentences = self.ranking_sentences()

        def stray(f: DraftFigure) -> bool:
            if f.sentence in listed or sum(g.sentence == f.sentence for g in pool) > 1 or label_of(f) == self.article.main:
                return False
            # ... and named in no sentence that ranks ('with public transit once again the largest single item' names
            # the leader whose amount comes later: 'Transit will receive $912 million')
            return f.sentence not in ranked_sentences \
                and not any(label_of(f).lower() in text for text in ranked_sentences.values())

        try:
            value = _first_value(figure)
            denies = (lambda f: _first_value(f) > value) if expect > 0 else (lambda f: _first_value(f) < value)
            return any(stray(f) and denies(f) for f in pool if f is not figure)
        except ValueError:
            return False

    def ranking_sentences(self) -> dict[int, str]:
        """The sentences that rank or list, by index, in lower case: read once per article."""
        if self.ranking is None:
            words = re.compile(rf"\b(?:{ORDINAL_SUPERLATIVES}|top|leading|followed\s+by|ahead\s+of|behind|second|third|"
                               r"fourth|fifth|sixth|seventh|eighth|ninth|tenth)\b", re.I)
            self.ranking = {t.index: t.text.lower() for t in self.article.sentences if words.search(t.text)}
        return self.ranking

    def name_start(self, s, subject: str, default: int) -> int:
        names = [n for n in self.article.names[s.index] if (n.country or n.text) == subject and n.start <= default]
        if names:
            return names[-1].start
        found = s.text.lower().rfind(subject.lower(), 0, default + 1)
        return found if found >= 0 else default

    def followed(self, s, m) -> None:
        """'A ..., followed by B with X and C with Y': B ranks second, C third, among the list's figures."""
        # ... up to a clause of its own: 'followed by Bauchi at 29.6%, while Kwara had the lowest at 14.2%' lists Bauchi alone
        stop = re.search(r";|,?\s+\b(?:while|whereas|but)\b", s.text[m.end():])
        end = m.end() + stop.start() if stop else len(s.text)
        items = [f for f in s.figures if f.is_level and m.end() < f.number_start - s.start < end]
        if not items:
            return
        # 'had the lowest rate at 1.9%, followed by Vermont at 2.2%': counted from the bottom, Vermont second-lowest
        head = re.split(r"[;:]|,(?!\d)", s.text[:m.start()].rstrip(" ,"))[-1]  # the clause the list follows
        said = re.split(r"[;:]", s.text[:m.start()])[-1]
        # the superlative of the head's own clause: the last one, but never a group's ('of the biggest farm states')
        superlatives = [m.group(1) for m in re.finditer(r"\bthe\s+(?:\w+[\s-]+)?(" + ORDINAL_SUPERLATIVES + r"|top|leading)\b",
                                                     said, re.I)
                        if not re.search(r"\b(?:of|among)\s+$", said[:m.start()], re.I)]
        if not superlatives and re.match(r"\s*(?:It|They|This|That)\s+(?:was|were|is|are)\s*$", said) and s.index > 0:
            # 'Lisbon, the group's busiest airport, handled 17.9 million. It was followed by Porto': the sentence before
            # says where the list's head stands
            before = self.article.sentences[s.index - 1].text
            superlatives = [m.group(1) for m in re.finditer(r"\bthe\s+(?:[\w’']+[\s-]+){0,2}?(" + ORDINAL_SUPERLATIVES +
                                                              r"|top|leading)\b", before, re.I)][-1:]
        if not superlatives and s.figures:
            # 'South Dakota had the lowest rate ... . South Dakota's rate was 1.9%, followed by': the sentence before
            # says which end its list's head is at
            head_figure = next((f for f in s.figures if f.is_level and f.number_start - s.start < m.start()), None)
            before = self.article.sentences[s.index - 1].text if s.index > 0 else ""
            label = (head_figure.counterpart or head_figure.entity) if head_figure else ""
            found = re.search(re.escape(label) + r"\b[^.;]{0,40}?\bthe\s+(?:\w+[\s-]+)?(" + ORDINAL_SUPERLATIVES + r")\b",
                              before) if label else None
            superlatives = [found.group(1)] if found else []
        sign = -1 if superlatives and RANK_WORDS.get(superlatives[-1].lower(), 1) < 0 else 1
        last = list(re.finditer(r"\bthe\s+(?:\w+[\s-]+)?(?:" + ORDINAL_SUPERLATIVES + r")\b", said, re.I))
        if last and _within_a_subset(said[:last[-1].start()], said[last[-1].end():]):
            return  # 'Germany was the largest European market, followed by France': ranked among a subset

        # 'South Korea ranked second with $4.2 billion, followed by Taiwan': the list goes on from the head's place
        # ... also when the head's place is said before its amount: 'X are the second-largest department at $684
        # million, an increase of 8.7% from $652 million, followed by police'
        placed = re.search(r"\b(?:ranked\s+|came\s+|was\s+(?:the\s+)?)?(second|third|fourth|fifth)\b", head, re.I) or \
            re.search(r"\b(?:is|are|was|were|ranked|came|remained|became)\s+(?:the\s+)?(second|third|fourth|fifth)\b", said, re.I)
        rank = ORDINALS[placed.group(1).lower()] + 1 if placed else 2
        first = rank
        # the list's head: the last amount before 'followed by', or for 'It was followed by' the sentence before's
        # ... in the unit of the list ('took £3.98 billion of that, or 40.4%, followed by': the amount, not its share)
        unit = next((f.unit for f in items if not f.share), "")
        heads = [f for f in s.figures if f.is_level and not f.share and not f.earlier and f.unit == unit
                 and f.number_start - s.start < m.start()]
        if not heads and s.index > 0:
            heads = [f for f in self.article.sentences[s.index - 1].figures
                     if f.is_level and not f.share and not f.earlier and f.unit == unit][:1]
        head = heads[-1] if heads else None
        if head is None:
            return  # 'Wind was the largest source, followed by hydropower with 18.6 TWh': the head has no figure to rank
        listed = [f for f in items if not f.share][:1]
        if not placed and not superlatives and (not listed or any(
                f.number_start < head.number_start for f in _without_whole(self.rank_pool(listed[0], False) + [head],
                                                                            self.article.main, head) if f is not head)):
            # 'Tesco held 27.7%. Sainsbury's held 15.0%, followed by Asda': a head with no place stated is first only when
            # no other of its kind comes before it
            return
        for f in items:
            if f.share:
                continue
            self.rank_with(s, f, sign * rank, m.start() if rank == first else None, head)
            rank += 1

    def rank_with(self, s, figure: DraftFigure, expect: int, start: int | None, head: DraftFigure | None = None) -> None:
        # never the whole the list's items are parts of: 'Police will get $0.9bn, the biggest share', 'SkyLark carried
        # 14.6 million passengers. Its busiest route, Dublin-London, carried 1.9 million, followed by ...'
        pool = _without_whole(self.rank_pool(figure, False), self.article.main, figure, head)
        if head is not None and head not in pool:
            return  # the list's head is not among the figures drafted to compare: which ones compare is unknown
        entities = [label_of(f) for f in pool]
        subject = label_of(figure)
        if len(set(entities)) < 2 or len(set(entities)) != len(entities) or subject not in entities:
            return
        if _members_missing(pool, figure, expect) or not _mixed_list_agrees(pool, figure, expect) \
                or self.hinges_on_a_stray(pool, figure, expect, s.index, *((head.sentence,) if head is not None else ())):
            return
        begin = s.start + (start if start is not None else self.name_start(s, subject, figure.number_start - s.start))
        self.add("rank", [figure], "'followed by': the list's order", f"that the members ({', '.join(entities)}) are all "
                 f"that compare, and that {subject} ranks {expect}", sentence=s, span=(begin, figure.end),
                 subject=subject, members="; ".join(f"{label_of(f)}: {f.id}" for f in pool), expect=str(expect))

    # -- conversions ------------------------------------------------------------------------------
    def conversions(self) -> None:
        """First amounts restated right after another ("X yuan (about Y dollars)", "X, or Y"), then an amount in a
        sentence that states a rate, against the same measure in the rate's other currency elsewhere."""
        rates = [f for f in self.figures if f.kind == "rate" and not self.assumed(f)]
        money = [f for f in self.figures if money_code(f)]  # amounts of money, and prices ('€107.4 per MWh')
        for b in money:
            s = self.sentence_of(b)
            before = [a for a in s.figures if money_code(a) and money_code(a) != money_code(b)
                      and priced_thing(a) == priced_thing(b) and a.number_end <= b.number_start]
            if before and re.fullmatch(r"(?:\s+(?:in|of)\s+[\w\s-]{2,30}?)?\s*(?:,\s*)?(?:\(|or\s+|about\s+|around\s+|roughly\s+|"
                                       r"some\s+|is\s+worth\s+|worth\s+|equivalent\s+to\s+|,\s*)*\s*",
                                       self.text[before[-1].number_end:b.start]):
                a = before[-1]
                if a.earlier and "(" not in self.text[a.number_end:b.start]:
                    # "rose to €61.8m from €57.1m, equivalent to $67m": the clause's own amount, not its base
                    main = [g for g in before if not g.earlier and g.period == b.period and g.currency == a.currency
                            and same_thing(g, a)]
                    a = main[-1] if len(main) == 1 else a
                rate = self.rate_for(b, a, rates)
                if rate is not None:
                    self.convert(a, b, rate)
        for b in money:
            # the sentence's rate, unless the amount has its own or the sentence lists its rates (see `rate_for`)
            rate = self.rate_for(b, None, [r for r in rates if r.sentence == b.sentence])
            if b.forecast or re.match(r"\s*(?:trillion|billion|million|thousand|bn|tn|m|k)?\s*(?:to|and|–|-)\s*\S{0,4}\d",
                                      self.text[b.number_end:]):
                continue  # 'within the company's guidance of $25.0 billion to $25.8 billion': a forecast's end, never a
                #           restated amount
            if rate is None or any(b.id in c.uses for c in self.claims if c.kind == "conversion"):
                continue
            other = rate.unit.split("_per_")
            wanted = other[1] if money_code(b) == other[0] else other[0]
            same_time = [g for g in money if money_code(g) == wanted and priced_thing(g) == priced_thing(b) and g.is_level
                         and g.period == b.period and not g.earlier and not g.share]
            # the same measure; failing that, the one amount of the same entity and period in the other currency
            a = self.unique([g for g in same_time if same_thing(g, b)])
            # ... never when its entity is a name its sentence capitalises ('Spotify, with €4.19 billion, earned ...')
            lower_thing = b.entity[:1].islower() and re.search(rf"\b{re.escape(b.entity[:1].upper() + b.entity[1:])}\b",
                                                               self.sentence_of(b).text) is None
            if a is None and (b.entity == self.article.main or lower_thing or b.evidence.get("entity", "").startswith(
                    ("the sentence's subject", "the article's main entity"))):  # a subject carried over, not named here
                # 'the year's inflows were worth MXN 187bn': the main entity's amount of the same measure
                a = self.unique([g for g in same_time if g.metric == b.metric and g.entity == self.article.main
                                 and not g.counterpart])
            if a is not None and a.number_start > b.number_start:
                continue  # the later of the two restates the earlier: it is the stated one
            if a is not None and a.sentence != b.sentence and re.search(
                    r"\b(?:total|overall|combined)\b[^,;]*$", self.text[self.sentence_of(b).start:b.start], re.I) and any(
                    g is not a and g.entity == a.entity and _heads(g.metric) & _heads(a.metric) for g in same_time):
                continue  # 'total exports were worth about ₹70 lakh crore' after total, merchandise and services exports
                #           in dollars: which one it restates, a person says
            if a is not None and not any(a.id in c.uses for c in self.claims if c.kind == "conversion"):
                self.convert(a, b, rate)

    def convert(self, a: DraftFigure, b: DraftFigure, rate: DraftFigure) -> None:
        self.add("conversion", [a, b, rate] if a.sentence == b.sentence == rate.sentence else [b, rate] if
                 rate.sentence == b.sentence else [a, b], "an amount restated in another currency",
                 f"that {b.id} restates {a.id} at the rate {rate.id}", stated=b.id, computed=f"convert({a.id}, {rate.id})")

    def assumed(self, rate: DraftFigure) -> bool:
        """A rate assumed for a forecast ('assuming an exchange rate of 145 yen per dollar for the rest of the year'):
        no rate the article's amounts are restated at, which wire copy does at the day's rate."""
        return bool(re.search(r"\b(?:assum\w*|forecast\w*|budget\w*|project\w*|expect\w*)\s+(?:an?\s+|the\s+)?"
                              r"(?:[\w\-]+\s+){0,3}$", self.text[max(0, rate.number_start - 60):rate.number_start], re.I))

    def own_rate(self, b: DraftFigure, printed: list[DraftFigure]) -> tuple[bool, DraftFigure | None]:
        """Whether an amount is printed with a rate of its own right after it ('$563 billion at last year's average of
        83.8'), and that rate among the `printed` ones, if it was drafted as one."""
        own = re.match(r"\s*(?:trillion|billion|million|thousand|bn|tn|m|k)?\s*(?:[a-z]+\s+)?\s*,?\s*(?:at|using|based\s+on)\s+"
                       r"[^$€£¥₹\d,;()]{0,50}(?=\d)", self.text[b.number_end:])
        if own is None:
            return False, None
        at = b.number_end + own.end()
        return True, next((r for r in printed if min(r.start, r.number_start) <= at <= r.number_end), None)

    def rate_for(self, b: DraftFigure, a: DraftFigure | None, rates: list[DraftFigure]) -> DraftFigure | None:
        pair = {money_code(b), money_code(a)} if a else {money_code(b)}
        # never a rate the currency moved to ('The yen weakened to 161.2 per dollar, ... who spent 9.79 trillion yen ($62
        # billion) between April 26 and May 29'): a market level at a moment, not the rate an amount is restated at
        fitting = [r for r in rates if set(r.unit.split("_per_")) >= pair and not re.search(
            r"\b(?:weaken\w*|strengthen\w*|fell|rose|slid|slipped|hit|touched|dropped|climbed|firmed|eased|plunged|"
            r"tumbled|jumped|ended|closed)\s+(?:to\s+|at\s+)?(?:about\s+|around\s+)?$",
            self.text[max(0, r.start - 40):r.start], re.I)]
        local = [r for r in fitting if r.sentence == b.sentence]
        # the rate printed right after the amount is its own ('$563 billion at last year's average of 83.8', '$52 billion at
        # the year-end forecast of 42.3 lira per dollar'), whatever other rate the sentence gives; rates listed
        # 'respectively' go with the restated amounts in their order; of two others, which one, a person says
        printed = [r for r in self.figures if r.kind == "rate" and r.sentence == b.sentence and set(r.unit.split("_per_")) >= pair]
        has_own, attached = self.own_rate(b, printed)
        if has_own:
            return attached if attached in fitting else None
        listed = printed and re.match(r"[^.;]{0,40}?\brespectively\b", self.text[printed[-1].end:])
        if len(printed) > 1 or listed:
            restated = [g for g in self.sentence_of(b).figures if money_code(g) == money_code(b) and g.is_level
                        and priced_thing(g) == priced_thing(b)]
            if listed and len(restated) == len(printed) and b in restated:
                chosen = printed[restated.index(b)]
                return chosen if chosen in fitting else None
            return None
        if local:
            return local[0]
        # a rate from another sentence converts only if it is the only one the article gives for the pair, and is
        # not an average over a period ('the yen averaged 152.60 in the quarter' is no rate for '($8.72 billion)')
        # ... nor a rate at a moment ('the rupee ended the fiscal year at 136.2 per US dollar' is no rate for a year's
        # remittances 'equivalent to $10.8 billion')
        earlier = [r for r in fitting if r.number_start < b.number_start]
        if len(fitting) == 1 and earlier and a is not None and not re.search(
                r"\baverag|\b(?:ended|ending|closed|closing|finished|opened|end\s+of|start\s+of)\b",
                self.article.sentences[earlier[-1].sentence].text, re.I):
            return earlier[-1]
        return None

    # -- signs ----------------------------------------------------------------------------------
    def signs(self) -> None:
        for s in self.article.sentences:
            text = s.text
            for m in re.finditer(r"\b(?:(narrower|wider|lower|higher|smaller|larger|bigger|less|more)\s+than|(below|above))\b", text):
                word = m.group(1) or m.group(2)
                if re.match(r"\s*(?:[\d$€£¥₹]|doubl|tripl|trebl|quadrupl|twice|half\b|\w+\s+times\b|(?:a|one|two|three)[\s-]+"
                            r"(?:half|third|quarter|fifth|tenth|thirds|quarters|fifths|tenths)\b|one\s+in\b)", text[m.end():]):
                    continue  # 'more than 50,000', 'more than doubled', 'more than a quarter of': a hedge, not a comparison
                if re.match(r"\s*(?:in|during|over|for|at)\s+(?:the\s+)?(?:same|previous|prior|last|first|second|third|"
                            r"fourth|year|month|quarter)\b|\s*(?:a|last|the\s+previous)\s+(?:year|month|quarter|week)\b",
                            text[m.end():]):
                    continue  # '£7.2bn, or 7.8%, more than in the same period last year, and £7.5bn above ...': a time'
                stated = next((f for f in s.figures if f.number_start - s.start < m.start() and
                               re.fullmatch(r"\s*", text[f.number_end - s.start:m.start()]) is not None
                               or f.number_start - s.start < m.start() < f.number_end - s.start), None)
                if stated is not None:
                    continue  # '8% more than the 1,200 sold', '100,000 more than Beta': a stated difference
                # what it is compared with: the first figure after it, a level, in its own phrase; never a later number
                # ('narrower than the 6.2% recorded in 2023 but above the 5.6% target') nor the subject's own figure
                # after a pronoun ('higher than both, at 24.9%', 'higher than any other region's, at 16.9%')
                y = next((f for f in s.figures if 0 <= f.number_start - s.start - m.end() <= 45), None)
                if y is None or not y.is_level or re.search(r",\s*(?:at|with|on)\s+[^\s\d]{0,3}$",
                                                           text[m.end():y.number_start - s.start]):
                    continue
                if re.search(r"\bsea\s+level\b|\b(?:up|down|rising|falling|rose|fell)\s+from\b",
                             text[m.end():y.number_start - s.start]):
                    continue  # 'above sea level on Monday, down from 3,808.3 metres': the base of another comparison
                if re.match(rf"[^\s]*\s*(?:million|billion|thousand)?\s*(?:[a-z\-]+\s+)?(?:{CHANGE_NOUNS})\b",
                            text[y.number_start - s.start:], re.I):
                    continue  # 'less than the 10,000 increase analysts had expected': changes compared, never levels
                x = self.compared(s, y, m.start())
                if x is None:
                    continue
                negative = word in ("narrower", "lower", "smaller", "less", "below")
                if same_thing(x, y) and is_earlier(x.period, y.period):
                    computed, periods = f"change({x.id}, {y.id})", ""
                else:
                    computed, periods = f"{x.id} - {y.id}", "" if x.period == y.period else "mixed"
                self.add("sign", [y], f"'{m.group(0)}' a stated figure", f"that {x.id} is what is compared with {y.id}",
                         sentence=s, span=(s.start + m.start(), y.end), computed=computed,
                         expect="negative" if negative else "positive", periods=periods)
            for m in re.finditer(r"\b(?:(beat(?:s|ing)?|exceed(?:s|ed|ing)?|top(?:s|ped|ping)|surpass(?:es|ed|ing)?|"
                                 r"outstripp?(?:s|ed|ing)?|"
                                 # 'ahead of the 0.9% forecast', never 'ahead of an expected rate hike', a time
                                 r"ahead\s+of(?=\s+(?:[\w\-]+\s+){0,3}?(?:forecasts?|estimates?|expectations|consensus|"
                                 r"analysts|economists|targets?|guidance|projections?)\b|\s+(?:the\s+|a\s+)?[$€£¥\d]))|"
                                 r"(miss(?:es|ed|ing)?|short\s+of|trail(?:s|ed|ing)?|"
                                 r"behind|undershoot(?:s|ing)?|undershot))\b", text):
                self.against_forecast(s, m, negative=m.group(2) is not None)
            for m in re.finditer(r"\bto\s+", text):
                to = next((f for f in s.figures if f.number_start - s.start == m.end() or f.start - s.start == m.end()), None)
                if to is None or not to.is_level or to.kind not in ("amount", "percent") or to.share:
                    continue
                # 'to 5,458,600 people in 2024 from 5,380,300': the noun it counts and its time may come between
                frm = next((f for f in s.figures if f.is_level and f.earlier and same_thing(f, to) and 0 < f.number_start - to.number_end <= 50
                            and re.fullmatch(r"(?:\s+[a-z][\w\-]*){0,2}?(?:\s+(?:in|on|as\s+of|(?:at|by)\s+the\s+end\s+of)\s+"
                                             r"[^,;]{1,20}?)?\s+from\s+[^\w\s]{0,3}",
                                             text[to.number_end - s.start:f.number_start - s.start])), None)
                if frm is not None and self.opposite_sides(to, frm):
                    continue  # 'swung to a deficit of $2 billion from a surplus of $1 billion': signs apart
                if frm is None or any(to.id in c.uses and frm.id in c.uses for c in self.claims
                                      if c.kind in ("growth", "change", "percentage_points")):
                    continue  # the same two levels are checked already
                # never a relative clause about another time: 'registrations, which fell sharply in March, rebounded'
                # ... nor an aside about a cause: 'Revenue rose, despite falling attendance, to £612.3 million'
                lead = re.sub(r",\s*(?:which|who|that|when|where|despite|with|after|amid|helped|boosted|driven|hit|hurt|"
                              r"weighed|dragged|buoyed|lifted|thanks|partly|mainly|largely|even\s+as|as|while|whereas|"
                              r"although|though)\b[^,;]*,", ",", text[:to.start - s.start])
                # ... only its own clause: 'Atlas's return was 21%, up from 17%, while Meridian's slipped to 12% from 13%'
                lead = re.split(r";|,\s*(?:while|whereas|but|and)\b", lead)[-1]
                verb = re.findall(r"[\w\-]+", lead)[-8:]
                verb = [w for i, w in enumerate(verb) if w.lower() not in ("lower", "higher", "more", "less", "above",
                                                                          "below", "extra", "additional")
                        and not (i and (verb[i - 1].lower() in ("its", "the", "a", "their", "his", "her")
                                        or verb[i - 1].lower() == "s" and not re.fullmatch(
                                            r"[a-z]+ed|fell|rose|grew|slid|sank|shrank", w)))  # "the economy's slowdown pushed"
                        and w.lower() != "growth"]
                # 'Lower prices pushed'; 'cut its growth forecast': a noun after a determiner is no verb
                last = max((i for i, w in enumerate(verb) if UP_RE.fullmatch(w) or DOWN_RE.fullmatch(w)), default=-1)
                if last >= 0 and any(w.lower() in CAUSE_VERBS for w in verb[last + 1:]):
                    continue  # 'Falling gas prices pushed output to 44.8 from 39.6': the direction is the cause's
                cause = max((i for i, w in enumerate(verb) if w.lower() in CAUSE_VERBS), default=-1)
                verb = verb[cause + 1:]  # 'Imports jumped, pushing the surplus down to': the way the cause sends it
                ups = [w for w in verb if UP_RE.fullmatch(w)]
                downs = [w for w in verb if DOWN_RE.fullmatch(w)]
                judged = _judged_way(verb, lead)
                if judged is not None:  # 'annual loss worsened to £1.65 billion from £1.0 billion': a bigger loss
                    if not judged:
                        continue
                    ups, downs = judged
                if ups and downs and re.search(r"\b(?:as|while|whereas|because|since)\s+(?:[\w\-]+\s+){0,4}?(?:" + "|".join(
                        re.escape(w) for w in verb if UP_RE.fullmatch(w) or DOWN_RE.fullmatch(w)) + r")(?:\s+to)?\s*$", lead):
                    continue  # 'The share of renewables rose as coal use declined to 45% from 41%': which of the two moved
                    #           to the level, a person says
                if ups and downs:  # 'pay increases ... cooled to', 'with costs falling to': the word right before moves it
                    moving = [w for w in verb if UP_RE.fullmatch(w) or DOWN_RE.fullmatch(w)]
                    closest = moving[-1]
                    # ... unless it is a noun of change a verb before it moves: 'raised its forecast of contraction to
                    # 0.4% from 0.2%', 'expanded price cuts to 3,000 products from 1,000'
                    if re.fullmatch(rf"(?:{CHANGE_NOUNS})s?", closest, re.I):
                        closest = next((w for w in reversed(moving[:-1]) if VERB_FORM.fullmatch(w)), closest)
                    ups, downs = ([closest], []) if UP_RE.fullmatch(closest) else ([], [closest])
                revised = re.search(r"\b(?:revised|restated|amended)\s+(up(?:ward)?|higher|down(?:ward)?|"
                                    r"lower)?\s*$", text[:m.start()], re.I)
                if revised:  # 'September's monthly increase was revised to 0.1% from 0.3%': an estimate, not a move
                    if not revised.group(1):
                        continue
                    ups, downs = ([revised.group(1)], []) if revised.group(1).lower().startswith(("up", "higher")) \
                        else ([], [revised.group(1)])
                if bool(ups) == bool(downs):
                    continue
                function = "pp" if to.kind == "percent" else "change"  # a rate moves in points
                self.add("sign", [to, frm], "'to X from Y' with a direction word", f"that {to.id} and {frm.id} are the "
                         f"same measure at two dates", sentence=s, span=(s.start + m.start() - 12, frm.end),
                         computed=f"{function}({to.id}, {frm.id})", expect="positive" if ups else "negative",
                         periods="" if is_earlier(to.period, frm.period) else "mixed")
            for m in re.finditer(r",?\s*\b(down|up)\s+from\s+", text):
                # 'grew 1.2% in the second quarter, down from 1.5% in the first': two levels of one measure
                now = next((f for f in reversed(s.figures) if f.number_end - s.start <= m.start()
                            and m.start() - (f.number_end - s.start) <= 40 and f.is_level and not f.earlier), None)
                then = next((f for f in s.figures if 0 <= f.number_start - s.start - m.end() <= 12 and f.is_level), None)
                if then is not None and re.match(r"\s*(?:%|per\s?cent|percent)?\s*(?:to|-|–)\s*[^\w\s]{0,3}\d",
                                                 text[then.number_end - s.start:]) or now is not None and re.search(
                        r"\d\s*(?:%|per\s?cent|percent)?\s*(?:and|to|-|–)\s*$",
                        text[max(0, now.number_start - s.start - 16):now.number_start - s.start]):
                    continue  # 'between 8% and 14%, down from 13% to 21%': ranges, whose ends are no two levels
                if now is not None and then is not None and self.opposite_sides(now, then):
                    continue  # 'outflows of 6.3 billion euros, down from inflows of 4.1 billion euros': signs apart
                if now is None or then is None or not same_thing(now, then) or now.unit != then.unit or now.share \
                        or re.search(r"[,;]", text[now.number_end - s.start:m.start()].rstrip(", ")) \
                        or any(now.id in c.uses and then.id in c.uses for c in self.claims):
                    continue
                if re.search(r"\b(?:ahead\s+of|behind|above|below|than|versus|vs\.?|compared\s+(?:with|to)|against|"
                             r"times)\b[^,;\d]{0,40}$",
                             text[clause_bounds(text, now.number_start - s.start)[0]:now.start - s.start], re.I):
                    continue  # 'rose to 28.4%, well ahead of Sainsbury's 14.9%, up from 27.6%': the subject's level moved,
                    #           never the one it is compared with
                function = "pp" if now.kind == "percent" else "change"
                self.add("sign", [now, then], "'X, down from Y' or 'up from'", f"that {now.id} and {then.id} are the same "
                         "measure at two dates", sentence=s, span=(now.start, then.end),
                         computed=f"{function}({now.id}, {then.id})",
                         expect="negative" if m.group(1).lower() == "down" else "positive",
                         periods="" if is_earlier(now.period, then.period) else "mixed")

    def opposite_sides(self, a: DraftFigure, b: DraftFigure) -> bool:
        """Whether two amounts are named as opposite sides of one balance ('outflows of 6.3 billion euros' and
        'inflows of 4.1 billion euros', a deficit and a surplus, a loss and a profit): magnitudes whose signs differ."""
        def side(f: DraftFigure) -> int:
            before = self.text[max(0, f.start - 40):f.start].lower()
            found = re.search(r"\b(outflows?|inflows?|deficits?|surplus(?:es)?|loss(?:es)?|profits?|net\s+sales?|net\s+"
                              r"buying|net\s+selling)\s+(?:of\s+)?(?:about\s+|around\s+|some\s+|nearly\s+)?[^\w\s]{0,4}$", before)
            if not found:
                return 0
            return -1 if re.match(r"outflow|deficit|loss|net\s+sell", found.group(1)) else 1
        return side(a) * side(b) < 0

    def outcome_words(self, outcome: DraftFigure, s, m) -> list[str]:
        """The words naming the measure of an outcome judged against a forecast by the verb `m` of sentence `s`: those
        of its own sentence before it, or before the verb where the outcome follows it ('Losses beat expectations, at
        EUR163 million')."""
        own = self.sentence_of(outcome)
        end = min(outcome.start, s.start + m.start()) if own.index == s.index else outcome.start
        return measure_words(self.text[own.start + dateline(own)[2]:end])

    def against_forecast(self, s, m, negative: bool) -> None:
        """'beating the 0.4% median forecast', 'ahead of the €8.31 billion analysts had expected', 'missed the
        consensus of 50,000': the outcome is above (or below) the forecast it is measured against."""
        # the forecast in the verb's own clause: never 'revenue of $3.11 billion missed, but net profit of $0.62 billion'
        forecast = next((f for f in s.figures if f.forecast and 0 <= f.number_start - s.start - m.end() <= 45
                         and not re.search(r"[,;]\s*(?:but|while|and|whereas)\b", s.text[m.end():f.number_start - s.start])),
                        None)
        if forecast is None:
            return
        if re.match(r"[^,;.\d]{0,25}?\s+and\s+(?:about\s+|around\s+|some\s+)?[^\w\s]{0,3}\d", self.text[forecast.number_end:]):
            return  # 'returned 6.2% and 5.1%, beating their targets of 5.5% and 5.0%': a list of forecasts, each of its
            #         own outcome, which a person pairs
        alike = (lambda f: f is not forecast and not f.forecast and f.kind == forecast.kind and f.unit == forecast.unit
                 and f.period == forecast.period and not f.earlier and not f.share
                 and f.metric == forecast.metric  # revenue never beats a profit forecast
                 and bool(f.is_change) == bool(forecast.is_change))  # a rise forecast is met by a rise
        # ... never a part given beside the outcome ('of which cloud revenue was $3.1 billion, beating the $8.3 billion')
        part = (lambda f: re.search(r"\b(?:of\s+which|including|of\s+it)\b[^,;]*$",
                                    s.text[clause_bounds(s.text, f.number_start - s.start)[0]:f.number_start - s.start]))
        before = [f for f in s.figures if alike(f) and f.number_end - s.start <= m.start() and not part(f)]
        earlier = [f for f in self.figures if alike(f) and f.sentence < s.index]
        outcome = before[-1] if before else (earlier[-1] if len(earlier) == 1 else None)
        if outcome is None:
            return
        verb_clause = clause_bounds(s.text, m.start())[0]
        if any(f is not outcome and f is not forecast and not f.earlier and f.number_end > outcome.number_end
               and verb_clause <= f.number_start - s.start < m.start() for f in s.figures):
            return  # 'Starts were 1.35 million, while permits of 1.45 million beat the 1.40 million expected': the verb's
            #         own clause has a figure of its own, whatever the drafter made of it
        computed = f"pp({outcome.id}, {forecast.id})" if forecast.kind == "percent" else f"{outcome.id} - {forecast.id}"
        # 'a loss of $120 million, beating the forecast of a $150 million loss': smaller; but a deficit that 'exceeded'
        # or 'surpassed' its target is larger, and 'After last year's loss, net income ... beat' is no loss
        # ... 'beat' and 'miss' judge; 'ahead of', 'short of', 'behind' and 'undershot' only say above or below
        judged = re.match(r"beat|miss", m.group(0), re.I)
        outcome_words = re.split(r"[,;]", self.text[max(self.sentence_of(outcome).start, outcome.start - 60):outcome.end + 5])[-1]
        lossy = r"\b(?:loss|losses|deficit|shortfall|lost|shed|cut)\b"
        forecast_words = self.text[max(self.sentence_of(forecast).start, forecast.start - 20):forecast.end + 8]
        if bool(re.search(lossy, outcome_words, re.I)) != bool(re.search(lossy, forecast_words, re.I)):
            return  # 'added 54,000 jobs, beating forecasts of a loss of 5,000': a gain against a loss, signs the figures
            #         do not carry
        positional = re.match(r"ahead|short|trail|behind|undershoot|undershot", m.group(0), re.I)
        if judged or positional:
            # 'costs were 5.4 billion crowns, beating the 5.6 billion forecast': lower; 'Inflation of 3.1% missed the 2%
            # target' says no way at all (a rate misses its target from either side)
            way = better_when(self.outcome_words(outcome, s, m) or outcome.metric.lower().split())
            if way is None or way == "plain" and re.match(r"miss", m.group(0), re.I):
                return  # 'Inflation of 3.1% missed the 2% target': from either side
            if positional and way == "lower":
                return  # 'Costs ... trailing the forecast': behind it in amount, or in how good it is, a person says
            if judged and way == "lower":
                negative = not negative
        self.add("sign", [forecast] + ([outcome] if outcome.sentence == s.index else []),
                 f"'{m.group(0)}' a forecast", f"that {outcome.id} is the outcome {forecast.id} forecast",
                 sentence=s, span=(s.start + m.start(), forecast.end), computed=computed,
                 expect="negative" if negative else "positive")

    def compared(self, s, y: DraftFigure, position: int) -> DraftFigure | None:
        when = re.search(r"\b(?:when\s+(?:it|they|this|that)|which)\s+(?:was|were|is|are|stood|had\s+been|remained)\s+"
                         r"(?:\w+\s+)?$", s.text[:position])
        if when:  # 'from 2.1% in April, when it was above the 2% target': April's level, the one right before 'when'; 'after
            #       growth of 7.7%, which was below the bank's earlier projection of 9%' too
            before = [f for f in s.figures if f.number_end - s.start <= when.start() and f.is_level and same_family(f, y)]
            right_before = before[-1] if before and re.fullmatch(  # never 'the lowest since March 2021, when it was'
                r"\s*(?:in\s+[\w\-]+(?:\s+[\w\-]+)?(?:\s+\d{4})?\s*)?,\s*", s.text[before[-1].number_end - s.start:when.start()]) else None
            return right_before
        clause_start = clause_bounds(s.text, position)[0]
        own = [f for f in s.figures if clause_start <= f.number_start - s.start < position and f is not y
               and f.kind == y.kind and f.currency == y.currency]
        if own and (own[-1].is_change or own[-1].earlier) and re.fullmatch(
                r"\s*(?:was|were|is|are|came\s+in|stood|remained)?\s*(?:well\s+|just\s+|slightly\s+|still\s+)?",
                s.text[own[-1].end - s.start:position]):
            return None  # 'but total pay growth of 4.5% was below the expected 4.6%': the clause's own figure, drafted as
            #              a change, is what is compared, never a level before it
        # ... never what a gap is measured against ('72,000 above output and higher than'): no measure of the subject
        named = {p[3] for p in metric_phrases(re.sub(
            r"[\d.,]+\s*(?:[a-z%]+\s+)?(?:above|below|(?:more|less|higher|lower)\s+than)\s+(?:the\s+|its\s+)?[a-z\-]+", " ",
            s.text[clause_start:position]), [])}
        candidates = [f for f in s.figures if f.number_start - s.start < position and f.is_level and not f.earlier
                      and same_family(f, y) and f is not y
                      # never what another comparison of the sentence is with ('twice Europe's $2.5 billion and a quarter
                      # more than Africa's $4 billion')
                      and not self.compared_with(f)
                      # never a second base of a list after 'from' ('from 4.2% in October and 4.3% in September')
                      and not FROM_LIST.search(s.text[:f.start - s.start])
                      # ... nor a gap said as one ('$3.1 billion more than imports and above the $55.0 billion')
                      and not re.match(r"\s*(?:more|less|fewer|higher|lower|bigger|smaller|greater)\s+than\b|\s*(?:above|below|"
                                       r"ahead\s+of|behind)\b", s.text[f.number_end - s.start:])
                      # 'an upward revision of 2.6 million tonnes': a change, whatever its drafted direction
                      and not re.search(r"\b(?:revision|adjustment|(?:" + CHANGE_NOUNS + r")s?)\s+of\s+(?:about\s+|some\s+|"
                                        r"around\s+|nearly\s+|almost\s+)?[^\w\s]{0,3}$", s.text[:f.start - s.start], re.I)
                      # 'cut its rate to 4.75% ... as inflation remained below': the clause's own measure, not the rate
                      and (not named or f.number_start - s.start >= clause_start
                           or named & _heads(f.metric))]
        latest = max((f.number_end - s.start for f in candidates), default=None)
        if latest is not None and re.search(r"(?:,\s*(?:and|but|while|whereas)|;)\s+(?:the\s+)?(?:[A-Z][\w’'\-]*\s+)*"
                                            r"[A-Z][\w\-]*[’']s?\s+(?:[a-z]+\s+)?(?:was|were|is|are)\b[^\d]*$",
                                            s.text[latest:position]):
            return None  # 'Manchester City's revenue of €838 million was above Arsenal's, and Liverpool's was below':
            #              a new subject with no figure of its own, never the one before
        # "Spain's 2.6% compared with Italy's 1.2% and was higher than Germany's": the subject's, never one
        # another comparison brought in
        # ... nor the reference of a comparison before ('well short of the 92% target, and below the interim goal of 65%')
        subjects = [f for f in candidates if not re.search(r"\b(?:compared\s+(?:with|to)|against|versus|vs\.?|than|from|"
                                                           r"above|below|over|under|beyond|short\s+of|ahead\s+of|behind|"
                                                           r"exceeding|beating|missing|topping)\s+"
                                                           # ... or in brackets after it: 'higher than a year ago ($298)'
                                                           r"(?:[\w’'\-]+\s+){0,5}\(?$", s.text[:f.start - s.start], re.I)]
        # ... by its own words: a measure taken from the number before it names nothing ('with total group sales at 15.4
        # billion francs, below the 2.1 billion francs the drug brought in')
        measured = [f for f in subjects if f.metric == y.metric
                    and not y.evidence.get("metric", "").startswith("the metric of the number before")]
        if subjects and subjects[-1].period != y.period and re.search(INTENT_CUE, s.text[:position]):
            return None  # 'aims to cut the deficit to 5.4% of GDP this year ... and to bring it below 3% by 2029': a
            #              level to come in another period, never compared with this one
        if len(measured) == 1 and measured[0] is subjects[-1]:
            return measured[0]  # 'Imports rose to $207.0 billion, leaving a trade surplus of $12.8 billion, narrower than'
        if subjects and any(f is not subjects[-1] and f.entity == subjects[-1].entity and f.period == subjects[-1].period
                            for f in subjects):
            return None  # 'earned 0.7 billion euros on revenue of 3.2 billion euros, less than the 0.8 billion euros made
            #              by Nordbank': which of its measures is compared, a person says
        if subjects:
            return subjects[-1]
        if candidates:
            return None
        said = s.text[clause_start:position]
        if not (named & _heads(y.metric) or re.search(r"\b(?:it|this|that|which)\b", said, re.I)
                or re.match(r"\s*(?:and|but|while|though|although|yet)?\s*(?:\w+ly\s+)?(?:remained|was|were|is|are|stayed|"
                            r"came\s+in|ended|stood)\b", said, re.I)):
            return None  # 'The new range's upper end is still below the 95.8%': what is compared is not a figure before
        if re.search(FUTURE_CUE, said, re.I):
            return None  # 'expects inflation to fall below its 2% target in 2027': a level to come, never one printed before
        current = [f for f in self.figures if f.entity == y.entity and f.metric == y.metric and f.is_level and not f.earlier
                   and same_family(f, y) and f is not y and f.period != y.period and f.sentence < s.index
                   and not FROM_LIST.search(self.text[self.sentence_of(f).start:f.start])]
        # ... the latest one: 'The rate was still below the 4.3% hit in July' is November's 4.2%, never the 6.0% of
        # March 2021 the sentence before recalled
        try:
            latest = max((parse_period(f.period).end for f in current), default=None)
            current = [f for f in current if parse_period(f.period).end == latest]
        except PeriodError:
            return None
        return current[-1] if len(current) == 1 else None

    # -- the headline's direction ----------------------------------------------------------------
    def headline_sign(self) -> None:
        """'Kopano Telecom's second-quarter profit rises': the direction a headline's main clause gives its measure,
        against the change the article reports for it; and so for a clause after 'as', 'while', 'but' or 'after'
        ('... as shipments slide', '... as Lumwana East ramps up'), of the entity it names or else the main one.
        Proposed only when every change the article gives for that measure of that entity, within the period the
        headline names, goes the same way; where they differ (operating profit fell, net profit rose), which one the
        headline means is a person's call."""
        headline = next((s for s in self.article.sentences if s.headline), None)
        if headline is None:
            return
        parts = re.split(r"\s(as|after|while|but|despite|amid|on|with)\s|([,;:])(?!\d)", headline.text)  # never '66,100'
        clauses = [(parts[0], 0)]
        offset = len(parts[0])
        for i in range(1, len(parts) - 1, 3):
            word = parts[i] or parts[i + 1]
            offset += len(word) + (2 if parts[i] else 0)
            if parts[i] in ("as", "after", "while", "but"):
                clauses.append((parts[i + 2], offset))
            offset += len(parts[i + 2])
        moving = (lambda text: any(UP_RE.fullmatch(w) or DOWN_RE.fullmatch(w) or w in HEADLINE_UP | HEADLINE_DOWN
                                   for w in re.findall(r"[a-z]+(?:-[a-z]+)*", text.lower())))
        for clause, start in clauses:
            at = headline.text.find(clause, start)
            # '... as freight rates slide and costs climb': two clauses, each with its own verb ('Exports and imports
            # rise' is one)
            halves = re.split(r"\s+and\s+", clause)
            if len(halves) == 2 and all(moving(half) for half in halves):
                for half in halves:
                    self.headline_clause_sign(headline, half, headline.text.find(half, at), main_clause=start == 0
                                              and half is halves[0])
                continue
            self.headline_clause_sign(headline, clause, at, main_clause=start == 0)

    def headline_clause_sign(self, headline, clause: str, start: int, main_clause: bool = True) -> None:
        if any(headline.start + start <= h.number_start < headline.start + start + len(clause) for h in self.restating):
            return  # 'revenue rises 11%' is checked as the body's change it restates, never as a bare direction
        # 'prices more than halve': a hedge, whose 'more' is no direction
        # ... and 'listings dry up' is a fall: 'up' ends a verb of shrinking there
        # ... and 'start-up funding slips' has no 'up': a hyphened word is one word
        words = re.findall(r"[a-z]+(?:-[a-z]+)*", re.sub(r"\b(?:dr(?:y|ies|ied|ying)|shrivel\w*|seiz(?:e|es|ed|ing))\s+up\b",
                                                         " shrinks ", re.sub(r"\b(?:more|less|fewer)\s+than\b", " ",
                                                                            clause.lower())))
        ups = [w for w in words if UP_RE.fullmatch(w) or w in HEADLINE_UP]
        downs = [w for w in words if (DOWN_RE.fullmatch(w) or w in HEADLINE_DOWN) and w not in ("loss", "losses")]
        judged = _judged_way(words, clause)
        if judged is not None:  # 'Thames Water's annual loss worsens': bigger, as a loss that worsens is
            verb_at = re.search(r"\b(?:worsen|deteriorat|improv)\w*", clause, re.I)
            if not judged or better_when(measure_words(clause[:verb_at.start()] if verb_at else clause)) != "lower":
                return  # ... but 'Sales worsen' may be a decline that deepened: which way, a person says
            ups, downs = judged
        if bool(ups) == bool(downs) or re.search(r"\b(?:forecasts?|estimates?|expect\w*|target\w*|guidance|"
                                                  r"hits?|tops?|beats?|miss(?:es)?)\b", clause, re.I):
            return  # no direction, both, a forecast ('budget forecasts wider deficit') or a level reached
        heads = {p[3] for p in metric_phrases(clause, [])}
        if judged is not None and not heads:
            return  # 'A&E performance improves': better by a measure the words do not name, never the lede's first
        if not heads:
            if main_clause:
                self.lede_measure_sign(headline, clause, start, ups, downs)
            else:
                self.named_part_sign(headline, clause, start, ups, downs)
            return
        # 'Japan's exports slow in March': a speed word is about a rate of growth, never a fall of the level
        speed = all(re.match(r"slow|quicken|accelerat|decelerat", w) for w in ups + downs)
        main = self.article.main
        entities = {f.entity for f in self.figures if f.entity[:1].isupper()}
        named = [e for e in entities if re.search(rf"\b{re.escape(e)}\b", clause)]
        # 'coal output slides': a part named right before the measure is the clause's entity, as a name is
        # ... in the measure's canonical word or the clause's own ('beef shipments rise' over the body's exports of beef)
        head_words = "|".join(sorted({re.escape(w) for p in metric_phrases(clause, [])
                                      for w in p[2].split()[-1:] + clause[p[0]:p[1]].lower().split()[-1:]}))
        parts = [f.entity for f in self.figures if f.entity[:1].islower() and head_words
                 # ... as the headline words it: 'cherry prices climb' for the body's 'cherries'
                 and re.search(rf"(?<![\w-])(?:{re.escape(f.entity)}|{re.escape(singular(f.entity))})(?:[\s-]+\w+)?\s+"
                               rf"(?:{head_words})\b", clause, re.I)
                 and f.entity != main.split()[0].lower()]  # 'nordhavn' as a sentence opens it is the main 'Nordhavn Cars'
        # 'Kartal sales slip at Anadol': a name right before the measure is the part whose measure moved, whatever the
        # main entity the clause names after it did
        owned = [e for e in named if e != main and not main.startswith(e) and head_words and re.search(
            rf"\b{re.escape(e)}(?:[’']s)?(?:\s+[a-z][\w\-]*){{0,2}}\s+(?:{head_words})\b", clause)]
        if parts:  # never the whole: 'Ruritania's coal output slides' is coal's, whatever the country's total did
            entity = max(parts, key=len)
        elif owned:
            entity = max(owned, key=len)
        elif named and main not in named and not any(main.startswith(e) for e in named):
            entity = max(named, key=len)  # 'as Lumwana East ramps up': the part it names
        else:
            entity = main
        others = {n.country or n.text for found in self.article.names.values() for n in found} - entities - {main}
        if not main_clause and entity == main and (
                any(re.search(rf"\b{re.escape(o)}\b", clause) for o in others if not main.startswith(o))
                or re.search(r"\b(?:industry|rivals?|peers?|market|sector|global|world|nationwide|national|regional)\b",
                             clause, re.I)):
            return  # '... as Bolt sales slump', '... as industry sales slump': someone else's measure, not the main's
        per_unit = re.search(r"\bper\s+(?!cent\b)[a-z]+\b", clause, re.I)  # 'Revenue per parcel falls', 'per household'
        times = [t.period for t in self.article.calendar.find(clause) if t.period and not t.earlier]
        headline_period = times[0] if len(times) == 1 else ""
        words = set(clause.lower().split())
        # the clause's own words for its measure ('real wages', 'data revenue', 'shipments'), but no time ('second-quarter')
        phrases = metric_phrases(clause, [])
        spans = [clause[p[0]:p[1]].lower() for p in phrases]
        for p in phrases:  # the lower-case word just before the measure qualifies it too ('data revenue')
            before = re.search(r"(?<![\w’'])([a-z][a-z\-]*)\s+$", clause[:p[0]])
            if before and before.group(1) not in FUNCTION_WORDS and not UP_RE.fullmatch(before.group(1)) \
                    and not DOWN_RE.fullmatch(before.group(1)) and before.group(1) not in HEADLINE_UP | HEADLINE_DOWN:
                spans.append(before.group(1))
        said = {_said(w) for span in spans for w in re.findall(r"[a-z][a-z\-]*", span)
                if w not in GENERIC_MODIFIERS and not re.search(r"quarter|half|year|month|annual|weekly|daily", w)
                and w not in CALENDAR_WORDS and w not in FUNCTION_WORDS}

        # the partner a flow in the clause goes to or comes from, by its full name ('exports to US slump')
        partners = {n.country or full_territory_name(n.text) or n.text for n in self.article.names[headline.index]
                    if headline.start + start <= n.start < headline.start + start + len(clause)
                    and re.search(r"\b(?:to|from|with)\s+(?:the\s+)?$", headline.text[:n.start - headline.start])}

        def measures(f) -> bool:
            """A figure of the clause's entity whose measure the clause names in the words of the figure's own sentence
            ('data revenue' is no group revenue, 'real wages' no gross wage; 'shipments' are exports), whose metric is a
            measure of that kind ('average export price' is a price, no exports), and no distinct measure the clause
            does not name."""
            told = {_said(w) for w in re.findall(r"[a-z][a-z\-]*", self.sentence_of(f).text.lower() + " " + f.metric)}
            head = next((METRIC_HEADS[w] for w in reversed(f.metric.split()) if w in METRIC_HEADS), "")
            # ... or of a kind of it ('salmon prices climb' over 'fresh whole salmon fetched 86.40 crowns a kilo')
            return ((f.entity == entity or entity[:1].islower() and " " in f.entity
                     and singular(f.entity.split()[-1].lower()) == singular(entity.lower()))
                    and bool(heads & _heads(f.metric))
                    # 'non-oil revenue rises' is never the oil revenue beside it
                    and all(word in f.metric.lower() for word in re.findall(r"\bnon-[a-z]+", clause.lower()))
                    # ... and 'toll revenue jumps' is no total revenue, whose sentence says what tolls brought in
                    and all(_said(word) in {_said(w) for w in f.metric.lower().split()}
                            for word in set(clause.lower().split()) & PAYMENT_MODIFIERS)
                    # a flow with one partner ('shipments to China fell') is no total the headline's 'exports surge' names
                    and (not f.counterpart or re.search(rf"\b{re.escape(f.counterpart)}\b", clause) is not None
                         or f.counterpart in partners)
                    # ... and a flow with a partner the clause names is no total ('exports to US slump')
                    and (not partners or f.counterpart in partners or f.entity in partners)
                    and (not head or head in heads or head in ("rate", "index", "growth", "level"))
                    and not set(f.metric.split()) & DISTINCT_MEASURES - words and said <= told
                    and words & DISTINCT_MEASURES <= set(f.metric.split())  # 'real wages fall' is no gross wage
                    and not (per_unit and "_per_" not in f.unit and " per " not in f" {f.metric} ")
                    and (not headline_period or _within(f.period, headline_period)))

        # 'Spain's unemployment falls to 2.42 million': a level the headline names is what moved, in its unit
        named_level = next((f for f in self.figures if f.sentence == headline.index and f.is_level
                            and headline.start + start <= f.number_start < headline.start + start + len(clause)), None)
        if named_level is None:  # 'Czech average wage climbs to record CZK 49,380': the body's level it rounds
            rounded = next((h.evidence["rounds"] for h in self.rounding
                            if headline.start + start <= h.number_start < headline.start + start + len(clause)), None)
            named_level = next((f for f in self.figures if id(f) == rounded), None)
        if named_level is None and re.search(r"\d", clause) and not re.search(r"\d\s*(?:%|per\s?cent)", clause):
            return  # 'falls to 2.42 million', a count the drafter could not read: whose measure moved, a person says
        pairs = []
        for c in self.claims:
            if c.kind not in ("growth", "change", "percentage_points", "sign") or not re.match(r"(?:growth|change|pp)\(", c.computed):
                continue
            inputs = [next((f for f in self.figures if f.id == name), None)
                      for name in re.findall(r"[A-Za-z_][A-Za-z0-9_]*", c.computed)[1:3]]
            if len(inputs) != 2 or None in inputs:
                continue
            current, previous = inputs
            if named_level is not None and (current.kind != named_level.kind or current.currency != named_level.currency):
                continue
            if not measures(current) or current.forecast or previous.forecast \
                    or current.metric != previous.metric or current.unit != previous.unit \
                    or current.share or previous.share or (speed and current.kind != "percent"):
                continue
            pairs.append((current, previous))
        rate = re.search(r"\bto\s+(\d+(?:\.\d+)?)\s*(?:%|per\s?cent)", clause)
        if rate and named_level is None:
            # 'Jobless rate falls to 6.8%' beside 'In Coastal region the rate rose to 8.1% from 7.8%': the rate the
            # headline prints is the one that moved, never another place's pair
            try:
                pairs = [(current, previous) for current, previous in pairs if _first_value(current) == float(rate.group(1))]
            except ValueError:
                pairs = []
        if named_level is not None:  # the level the headline prints is the one that moved
            pairs = [(current, previous) for current, previous in pairs if current is named_level]
        if not pairs and main_clause and named_level is None and not heads & {"profit", "income", "loss"} \
                and not any(heads & _heads(f.metric) for f in self.figures):
            # 'European start-up funding slips' over 'venture capital investment fell 6.8%': a word for the measure the
            # body never uses is read as the measure the lede opens with; never a line of profit, which is no other
            # measure than itself ('streaming profit jumps' over a lede that opens with subscribers)
            self.lede_measure_sign(headline, clause, start, ups, downs)
            return
        if not pairs:
            return
        paired = {id(current) for current, _ in pairs}
        if named_level is None and any(f.is_level and not f.share and not f.earlier and not f.forecast and measures(f) and id(f) not in paired
               and any(f.period == current.period and f.unit == current.unit for current, _ in pairs) for f in self.figures):
            return  # 'exports hit a record $52.6 billion' beside 'shipments to China fell to $10.2 billion': which level
            #         the headline's 'exports surge' is about, a person says
        moves = []  # (sign, the figure that moved: a current level or a stated change)
        for current, previous in pairs:
            try:
                moves.append((_sign(current, previous), current))
            except ValueError:
                return
        # ... and every stated change of that measure ('operating profit fell 12%' beside a net profit that rose)
        amounts = all(current.kind == "amount" for current, _ in pairs)
        for f in self.figures:
            # a change in points moves a rate or a share, never the amounts the headline's measure is counted in
            if f.is_change and f.direction in ("up", "down") and measures(f) and not (amounts and f.kind == "pp") \
                    and not f.forecast \
                    and not f.evidence.get("annual"):  # an outcome's direction, whatever a forecast says or the average
                #                                        year of a longer stretch ('have grown 3.2% a year since 2019-20')
                moves.append((1 if f.direction == "up" else -1, f))
            # ... and every other line of profit of the entity: 'profit rise' beside an operating profit that fell and
            # a net income that rose is a person's call
            if heads & PROFIT_LINES and f.is_change and f.direction in ("up", "down") and f.entity == entity \
                    and _heads(f.metric) & PROFIT_LINES and f.kind != "pp" and not f.forecast:
                moves.append((1 if f.direction == "up" else -1, f))
        # ... and every two levels of it a year or a period apart in one sentence, paired by a claim or not ('net
        # profit was 1.42 billion crowns, compared with 1.21 billion', beside an operating profit that fell)
        levels = [f for f in self.figures if f.is_level and not f.share and not f.forecast and measures(f)
                  and not (speed and f.kind != "percent")]
        for f in levels:
            for g in self.figures:
                if g is not f and g.sentence == f.sentence and g.is_level and not g.share and not g.forecast \
                        and g.entity == f.entity \
                        and g.metric == f.metric and g.unit == f.unit and is_earlier(f.period, g.period):
                    try:
                        moves.append((_sign(f, g), f))
                    except ValueError:
                        return
        signs = {sign for sign, _ in moves}
        if len(signs) > 1 and headline_period:
            # 'Indonesia's foreign reserves climb in October': a stock climbs in a period from the end of the one before,
            # whatever it did since the start of the year or against its record
            over = [(current, previous) for current, previous in pairs
                    if set(current.metric.split()) & STOCKS and _within(current.period, headline_period)
                    and _within(previous.period, just_before(headline_period))]
            try:
                over_signs = {_sign(current, previous) for current, previous in over}
            except ValueError:
                over_signs = set()
            if len(over_signs) == 1:
                signs = over_signs
        lede_first = self.lede_comparison(headline, pairs, moves) if len(signs) > 1 else None
        if lede_first is not None:
            try:
                signs = {_sign(*lede_first)}
            except ValueError:
                return
            if signs != {1 if ups else -1}:
                return  # moves both ways, and the lede's first comparison is not the headline's: a person's call
        if len(signs) != 1:
            return
        # ... and a narrower measure of the same thing the headline does not name ('inflation eases' over a core
        # inflation that slowed beside a headline rate that rose): which one the headline means, a person says
        variants = {1 if f.direction == "up" else -1 for f in self.figures
                    if f.entity == entity and f.is_change and f.direction in ("up", "down") and not f.forecast
                    and heads & _heads(f.metric) and set(f.metric.split()) & DISTINCT_MEASURES - words}
        if variants - signs:
            return

        def closeness(pair) -> tuple:  # the comparison with the latest earlier period: 'edges higher' from last month
            try:
                return (1, parse_period(pair[1].period).end)
            except PeriodError:
                return (0, 0)
        if lede_first is not None:
            self.headline_direction("the headline's direction for the comparison its lede makes first", headline,
                                    clause, start, ups, downs, *lede_first)
            return
        current, previous = max((p for p in pairs if p[0] is pairs[0][0]), key=closeness)
        self.headline_direction("the headline's direction for its measure", headline, clause, start, ups, downs,
                                current, previous)

    def lede_comparison(self, headline, pairs: list[tuple[DraftFigure, DraftFigure]],
                        moves: list[tuple[int, DraftFigure]]) -> tuple[DraftFigure, DraftFigure] | None:
        """'Kafue Basin Copper lifts second-quarter output' over 'produced 118,600 tonnes ..., up 4.8% from 113,200
        tonnes in the first three months of the year but 6.5% less than the 126,900 tonnes of a year earlier': when one
        level moved both ways against different bases, the headline speaks of the comparison the lede makes first.
        Only when every move is of that one level (the same entity, measure and period, so never an operating profit
        that fell beside a net profit that rose), and the level is in the first sentence of the body."""
        currents = {id(current) for current, _ in pairs}
        if len(currents) != 1:
            return None
        level = pairs[0][0]
        if level.sentence != headline.index + 1 or any(
                f.entity != level.entity or f.metric != level.metric or f.period != level.period
                or f.counterpart != level.counterpart or f.sentence != level.sentence for _, f in moves):
            return None
        ordered = sorted((p for p in pairs if p[1].sentence == level.sentence and p[1].number_start > level.number_start),
                         key=lambda p: p[1].number_start)
        return ordered[0] if ordered else None

    def headline_direction(self, rule: str, headline, clause: str, start: int, ups: list[str], downs: list[str],
                           current: DraftFigure, previous: DraftFigure | None = None) -> None:
        """Propose the sign a headline clause's direction word gives (up when `ups` holds it, else down): of `current`
        against `previous` (in points for a rate), or, with no `previous`, of the stated change `current`."""
        word = (ups or downs)[0]
        if previous is None:
            check, computed, figures, periods = f"that the headline's '{word}' is about {current.id}", current.id, \
                [current], ""
        else:
            function = "pp" if current.kind == "percent" else "change"
            check = f"that the headline's '{word}' is about {current.id} against {previous.id}"
            computed, figures, periods = f"{function}({current.id}, {previous.id})", [current, previous], "mixed"
        self.add("sign", figures, rule, check, sentence=headline,
                 span=(headline.start + start, headline.start + start + len(clause)), own_quote=True, computed=computed,
                 expect="positive" if ups else "negative", periods=periods)

    def lede_measure_sign(self, headline, clause: str, start: int, ups: list[str], downs: list[str]) -> None:
        """'Hong Kong IPO haul soars', 'Pennine hospital waiting list shrinks': a headline whose measure is no word the
        drafter knows is about the measure its lede opens with, the main entity's first level in the first sentence of
        the body, against the levels the lede's own claims compare it with. Proposed only when the clause names no one
        else, no speed word moves it ('slows' is about a rate of growth) and every comparison the lede makes of that
        level, and every change it states of it, goes the headline's way; else which measure is meant, a person says."""
        main = self.article.main
        lede = next((s for s in self.article.sentences if not s.headline and getattr(s, "figures", None)), None)
        if lede is None or lede.index != headline.index + 1 \
                or all(re.match(r"slow|quicken|accelerat|decelerat", w) for w in ups + downs):
            return
        others = {n.country or n.text for n in self.article.names[headline.index]
                  if headline.start + start <= n.start < headline.start + start + len(clause)} - {main}
        if any(not main.startswith(o) and not o.startswith(main) for o in others):
            return  # 'Borduria's tourism arrivals jump' in an article about Ruritania: someone else's measure
        first = next((f for f in lede.figures if f.is_level and not f.earlier and not f.share and not f.forecast
                      and f.kind in ("amount", "percent")), None)
        if first is None or first.entity != main or first.counterpart:
            return
        # the levels of the same measure at earlier times in the lede, compared by a claim or not ('HK$107.1 billion
        # ..., more than eight times the HK$13.2 billion of a year earlier')
        pairs = [g for g in lede.figures if g.is_level and not g.share and not g.forecast and g.entity == first.entity
                 and not g.counterpart and g.metric == first.metric and g.unit == first.unit
                 and is_earlier(first.period, g.period)]
        if not pairs:
            return
        try:
            signs = {_sign(first, p) for p in pairs}
        except ValueError:
            return
        signs |= {1 if f.direction == "up" else -1 for f in lede.figures if f.is_change and f.direction in ("up", "down")
                  and f.entity == first.entity and f.metric == first.metric and f.kind != "pp"}
        if signs != {1 if ups else -1}:
            return  # no move, or moves both ways ('fell 6.8% on the quarter, 11% higher than a year earlier')
        self.headline_direction("the headline's direction for the measure its lede opens with", headline, clause,
                                start, ups, downs, first, pairs[0])

    def named_part_sign(self, headline, clause: str, start: int, ups: list[str], downs: list[str]) -> None:
        """'... as Asia-Pacific booms', '... as Western Europe softens': a clause after 'as' that names one part of the
        main entity and no measure is about that part's levels the article compares, of the measure its main clause's
        direction is about where the article gives that part one. Proposed only when every comparison and every
        stated change of that part goes the clause's way: where they go the other way, the clause more likely means
        a measure the figures do not give (a growth that slowed) than a wrong direction, and a person says."""
        if all(re.match(r"slow|quicken|accelerat|decelerat|soft|firm|cool|heat", w) for w in ups + downs):
            return
        names = [n for n in self.article.names[headline.index]
                 if headline.start + start <= n.start < headline.start + start + len(clause)]
        entities = {f.entity for f in self.figures}
        parts = {n.country or n.text for n in names} & entities - {self.article.main}
        if len(names) != 1 or len(parts) != 1:
            return
        part = parts.pop()
        pairs = []
        for c in self.claims:
            inputs = re.match(r"(?:growth|change|pp)\(([A-Za-z_]\w*),\s*([A-Za-z_]\w*)\)$", c.computed or "")
            if inputs is None:
                continue
            current = next((f for f in self.figures if f.id == inputs.group(1)), None)
            previous = next((f for f in self.figures if f.id == inputs.group(2)), None)
            if current is None or previous is None or current.entity != part or current.counterpart \
                    or current.share or previous.share or current.forecast or previous.forecast \
                    or current.metric != previous.metric or current.unit != previous.unit:
                continue
            pairs.append((current, previous))
        if not pairs:
            # '... as North America slips' beside 'down 0.9%' and no earlier level: the part's stated change, when it
            # is its one change of the kind and goes the clause's way
            stated = [f for f in self.figures if f.is_change and f.entity == part and f.kind == "percent"
                      and f.direction in ("up", "down") and not f.forecast and not f.counterpart]
            if len(stated) == 1 and stated[0].direction == ("up" if ups else "down"):
                self.headline_direction("a headline clause's direction for the part it names", headline, clause, start,
                                        ups, downs, stated[0])
            return
        main_pair = next((c for c in self.claims if c.kind == "sign" and c.rule.startswith("the headline's direction")),
                         None)
        measured = {f.metric for f in self.figures if main_pair is not None and f.id in main_pair.uses}
        chosen = [p for p in pairs if p[0].metric in measured] or pairs
        try:
            signs = {_sign(a, b) for a, b in pairs}
        except ValueError:
            return
        signs |= {1 if f.direction == "up" else -1 for f in self.figures if f.is_change and f.entity == part
                  and f.direction in ("up", "down") and not f.forecast and not f.counterpart}
        if signs != {1 if ups else -1}:
            return
        self.headline_direction("a headline clause's direction for the part it names", headline, clause, start, ups,
                                downs, *chosen[0])

    def bare_forecast_signs(self) -> None:
        """'Alpstein Bank's quarterly profit beats forecasts', '..., beating expectations': the forecast is named but
        not given in the clause, so the outcome and the forecast it beat are the one pair the article gives of them:
        a claim that already compares them ('beating the CHF 124.5 million average forecast'), or else the only
        forecast figure the article has with the only outcome of the same measure, entity, period and unit. With two
        such pairs ('hiring beats forecasts' beside a jobless rate that was forecast too), which one is meant is a
        person's call, and nothing is proposed."""
        verb = re.compile(r"\b(?:(beat(?:s|ing)?|exceed(?:s|ed|ing)?|top(?:s|ped|ping)|surpass(?:es|ed|ing)?|"
                          r"overshoot(?:s|ing)?|overshot|outstripp?(?:s|ed|ing)?)|(miss(?:es|ed|ing)?|undershoot(?:s|ing)?|"
                          r"undershot|trail(?:s|ed|ing)?))\s+(?:(?:the\s+)?(?:analysts'?|economists'?|market|consensus|"
                          r"official|its\s+own|their)\s+)?(?:forecasts?|expectations|estimates|consensus|predictions|"
                          r"projections?)\b(?!\s+(?:of|for|by)\b)", re.I)
        for s in self.article.sentences:
            for m in verb.finditer(s.text):
                if re.search(r"\b(?:not|never|n't|failed\s+to|fail\s+to|unlikely\s+to|could|would|may|might)\s+(?:\w+\s+)?$",
                             s.text[:m.start()], re.I):
                    continue  # 'failed to beat forecasts', 'could beat estimates'
                end = clause_bounds(s.text, m.end())[1] if m.end() < len(s.text) else len(s.text)
                if any(m.end() <= f.number_start - s.start < end for f in s.figures):
                    continue  # the forecast is given in the clause: `against_forecast` reads it
                before = s.text[:m.start()]
                heads = {p[3] for p in metric_phrases(before, [])} if before.strip() else set()
                self._bare_forecast_sign(s, m, heads, negative=m.group(2) is not None)

    def _bare_forecast_sign(self, s, m, heads: set[str], negative: bool) -> None:
        def fits(outcome: DraftFigure) -> bool:  # the measure the sentence names before the verb, if it names one
            return not heads or bool(heads & _heads(outcome.metric))

        pairs = set()  # (outcome, forecast, computed)
        for c in self.claims:
            if c.kind == "sign" and c.rule.endswith("' a forecast") and len(c.uses) == 2:
                outcome_id, forecast_id = c.uses  # in the order the claim computes them: the outcome first
                if fits(next(f for f in self.figures if f.id == outcome_id)):
                    pairs.add((outcome_id, forecast_id, c.computed))
        if not pairs:
            for forecast in (f for f in self.figures if f.forecast and not f.share and f.kind in ("amount", "percent")):
                outcomes = [f for f in self.figures if not f.forecast and f.kind == forecast.kind and f.unit == forecast.unit
                            and f.period == forecast.period and f.metric == forecast.metric and not f.earlier
                            and not f.share and bool(f.is_change) == bool(forecast.is_change)
                            and f.direction == forecast.direction and fits(f)]
                if len(outcomes) > 1:
                    return  # which outcome the forecast was of, a person says
                pairs |= {(o.id, forecast.id, f"pp({o.id}, {forecast.id})" if forecast.kind == "percent"
                           else f"{o.id} - {forecast.id}") for o in outcomes}
        if len(pairs) != 1:
            return
        (outcome_id, forecast_id, computed), = pairs
        outcome = next(f for f in self.figures if f.id == outcome_id)
        forecast = next(f for f in self.figures if f.id == forecast_id)
        if not heads and outcome.entity != self.article.main and \
                not re.search(rf"\b{re.escape(outcome.entity)}\b", s.text, re.I):
            return  # 'beats forecasts' of someone the sentence does not name
        # the verb's own direction, turned for a loss: 'its loss beat forecasts' is a smaller loss
        own_words = self.outcome_words(outcome, s, m)
        if re.match(r"trail|behind|short|ahead|undershoot|undershot|overshoot|overshot", m.group(0), re.I):
            if better_when(own_words or outcome.metric.lower().split()) == "lower":
                return  # 'Costs trailed forecasts': behind them in amount, or in how good they are, a person says
        if re.match(r"beat|miss", m.group(0), re.I):  # 'trailed forecasts' only says below them
            # 'Bank's impairment charges beat forecasts': the words before the verb say which way is better, or else
            # the outcome's measure; where neither does, no way is read into the verb
            # ... and the outcome's own words say it first ('Storm payouts of $410 million came in below ..., beating
            # expectations')
            way = better_when(own_words or measure_words(s.text[dateline(s)[2]:m.start()]) or outcome.metric.lower().split())
            if way is None or way == "plain" and re.match(r"miss", m.group(0), re.I):
                return  # a measure that may miss from either side; 'inflation beat forecasts' came in above them
            if way == "lower":
                negative = not negative
        self.add("sign", [outcome, forecast], "a forecast named but not given ('beats forecasts')",
                 f"that the forecast meant is {forecast_id} and its outcome {outcome_id}", sentence=s,
                 span=(s.start + m.start(), s.start + m.end()), own_quote=True, computed=computed,
                 expect="negative" if negative else "positive")

    # -- sentences without numbers, and every figure left over --------------------------------------
    def statements(self) -> None:
        for s in self.article.sentences:
            if s.figures:
                for m in ATTRIBUTION.finditer(s.text):
                    self.add("unverifiable", [], "an attribution to a source", "what the source says",
                             sentence=s, span=(s.start + m.start(), s.start + m.end()),
                             needs=f"the source's own publication ({m.group(0).strip()})")
                continue
            words = len(s.text.split())
            if words < 4:
                continue
            if not s.headline and any(c.kind not in ("unverifiable", "opinion") and c.quote and c.quote in s.text
                                      for c in self.claims):
                continue  # 'North Quay remained the busiest terminal': checked already, on the sentence before's figures
            if JUDGEMENT.search(s.text) or re.search(r"[\"“”]", s.text) or s.headline:
                self.add("opinion", [], "a judgement, forecast or quotation without a number", "that it is no checkable fact",
                         sentence=s, span=(s.start, s.end))
            else:
                self.add("unverifiable", [], "a factual statement without a number", "what outside data would settle it",
                         sentence=s, span=(s.start, s.end), needs="outside data (name it)")

    def leftovers(self) -> None:
        used = {u for c in self.claims for u in c.uses}
        for f in self.figures:
            if f.id in used:
                continue
            label = f"{f.entity}'s {f.metric} in {f.period}"
            self.add("unverifiable", [f], "a number no other rule used", "whether another figure in the article settles it",
                     stated=f.id, needs=f"data the article does not give about {label}")

    def below_zero(self) -> None:
        for f in self.signed:
            which = "this figure, printed below zero" if "minus" in f.evidence else "a change beside a figure below zero"
            self.add("unverifiable", [f], "a number below zero, or a change beside one",
                     "by hand: the tables hold magnitudes only", stated=f.id,
                     needs=f"a person to check {which} ({f.quote}) by hand")

    def restatements(self) -> None:
        """'New Zealand dairy export earnings jump 14%': a headline's change that restates the body's ('up 14.1%', the
        one change of the body that goes its way and rounds to it) is checked on the levels the body's change is."""
        by_id = {id(f): f for f in self.figures}
        for h in self.restating:
            body = by_id.get(h.evidence["restates"])
            claim = next((c for c in self.claims if body is not None and c.stated == body.id
                          and c.kind in ("growth", "change", "percentage_points")), None)
            headline = self.sentence_of(h)
            if claim is None:
                self.add("unverifiable", [h], "a headline's change whose body change has no levels to check",
                         "whether another figure in the article settles it", sentence=headline, stated=h.id,
                         needs=f"the levels of {h.entity}'s {h.metric} the change is between")
                continue
            verb = re.search(r"[A-Za-z]+\s+(?:by\s+)?$", self.text[headline.start:h.number_start])
            self.add(claim.kind, [h], "a headline's change restating the body's",
                     f"that the headline's {h.value}% is the change {body.id} states ({body.value}%), rounded",
                     sentence=headline, span=(headline.start + verb.start() if verb else h.start, h.end), stated=h.id,
                     computed=claim.computed, periods=claim.periods)

    def headline_levels(self) -> None:
        """'Ireland's population climbs to 5.46 million': a headline's level that rounds the body's ('5,458,600') is
        an attribution of that level, checked against it."""
        by_id = {id(f): f for f in self.figures}
        for h in self.rounding:
            body = by_id.get(h.evidence["rounds"])
            if body is None:
                continue
            headline = self.sentence_of(h)
            self.add("attribution", [h], "a headline's level rounding the body's",
                     f"that the headline's {h.quote} is the {body.quote} of the body, rounded",
                     sentence=headline, span=(headline.start, h.end), stated=h.id, computed=body.id)

    def draft(self) -> list[DraftClaim]:
        self.changes()
        self.restatements()
        self.headline_levels()
        self.shares()
        self.earlier_shares()
        self.margins()
        self.per_unit()
        self.totals()
        self.ranks()
        self.conversions()
        self.signs()
        self.headline_sign()
        self.bare_forecast_signs()
        self.statements()
        self.leftovers()
        self.below_zero()
        order = sorted(self.claims, key=lambda c: (self.text.find(c.quote), c.kind))
        for i, c in enumerate(order, 1):
            c.id = f"D{i:02d}"
        return order


# Measures a forecast is beaten by coming in lower: a loss beats its forecast by being smaller, and so do costs
# A later base of a list after 'from': 'fell to 4.0% from 4.2% in October and 4.3% in September'
FROM_LIST = re.compile(r"\bfrom\s+[^\w\s]{0,3}[\d.,]+[^;.]{0,40}?\s+and\s+(?:about\s+|some\s+)?[^\w\s]{0,3}$")


def measure_words(text: str) -> list[str]:
    """The words naming the measure a clause gives right before a number or a verb ('The insurer's combined ratio of',
    'The unemployment rate fell to', 'Loan impairment charges'): up to four words back from the last noun, never past
    a possessive or a function word."""
    # 'Profit excluding one-off charges of', 'Revenue from emissions trading of': the measure is named before its
    # qualifier
    text = re.sub(r",\s*(?:which|who|that|when|where)\b[^,;]*,", " ", text)  # 'Adjusted earnings, which exclude ..., of'
    # ... and an aside ('Arrears in Scotland, by contrast, worsened')
    text = re.sub(r",\s*(?:by\s+contrast|in\s+contrast|however|meanwhile|too|also|again|in\s+turn)\s*,", " ", text, flags=re.I)
    change = re.search(r"\b(decline|fall|drop|contraction|slump|slowdown|shortfall)\s+(?:in|of)\s+[^,;]*$", text, re.I)
    if change:  # 'The decline in department store sales worsened': the decline is what worsened
        return [change.group(1).lower()]
    text = re.split(r"\b(?:excluding|before|after|from|including|ex|net\s+of|less)\b", text, maxsplit=1, flags=re.I)[0]
    # ... and before what it takes to do something ('The time needed to get a building permit', 'Costs to consumers')
    text = re.split(r"\s+(?:needed|required|taken|it\s+takes?)\s+to\s+(?=[a-z])|(?<=\btime)\s+to\s+(?=[a-z])|"
                    r"(?<=\bcosts)\s+to\s+(?=[a-z])|(?<=\bcost)\s+to\s+(?=[a-z])", text, maxsplit=1, flags=re.I)[0]
    words = re.findall(r"[A-Za-z][\w\-’']*", text)
    i = len(words)
    while i and (words[i - 1].lower() in FUNCTION_WORDS or words[i - 1].lower() in CLAUSE_LINKS
                 or VERB_FORM.fullmatch(words[i - 1]) or words[i - 1].lower() in MOVING_VERBS | COMPARATIVES | LINKING_ADVERBS):
        i -= 1
    if {w.lower() for w in words[i:]} & STAND_INS:
        return []  # 'In Scotland, they worsened': a measure named before, which these words do not say
    for _ in range(4):
        phrase: list[str] = []
        while i and len(phrase) < 4 and (words[i - 1].lower() not in FUNCTION_WORDS or words[i - 1].isupper()) \
                and not re.search(r"[’']s?$", words[i - 1]):  # 'US credit cards': a name, never the pronoun
            phrase.insert(0, words[i - 1].lower())
            i -= 1
        k = i
        while k and (words[k - 1].lower() in ("the", "a", "an", "both", "all", "each", "every", "its", "their", "our",
                                               "his", "her", "some", "many", "most", "other", "several")
                     or re.search(r"[’']s?$", words[k - 1])):
            k -= 1  # 'at the airport operator', "at Manila's port", 'at both insurers'
        if phrase and k >= 2 and words[k - 1].lower() in OWNER_PREPOSITIONS and words[k - 2].lower() in STAND_INS:
            return []  # 'while those in Scotland worsened', 'that of Greece': the measure named before
        if not (phrase and k >= 2 and words[k - 1].lower() in OWNER_PREPOSITIONS
                and words[k - 2].lower() not in FUNCTION_WORDS | MOVING_VERBS | COMPARATIVES
                and not re.fullmatch(rf"(?:{CHANGE_NOUNS})s?", words[k - 2].lower())):
            return phrase  # ... but 'a 10% rise in net profit' is the profit's
        # 'Costs at the airport operator', 'The unemployment rate in Tokyo', 'Arrears on mortgage payments in Poland':
        # the measure is named before whom or where it is of ...
        if words[k - 1].lower() == "of" and words[k - 2].lower() in ("number", "numbers", "amount", "level", "volume"):
            return phrase  # ... but 'the number of unemployed' counts the unemployed
        if words[k - 1].lower() == "of" and words[k - 2].lower() in ("rate", "ratio", "share", "proportion"):
            return phrase + [words[k - 2].lower()]  # ... and 'the rate of unemployment' is the unemployment rate
        i = k - 1
    return phrase


# Prepositions after a measure that name whom or where it is of: 'Costs at the airport operator', 'Debt of the airline'
OWNER_PREPOSITIONS = {"at", "in", "on", "for", "across", "among", "within", "per", "of"}
# Words that stand in for a measure named before: 'those in Scotland', 'that of Greece', 'they'
STAND_INS = {"those", "these", "that", "they", "it", "them", "this"}
# Adverbs between a measure and its verb: 'The combined ratio therefore improved'
LINKING_ADVERBS = {"therefore", "thus", "also", "still", "again", "too", "further", "meanwhile", "consequently",
                   "accordingly", "hence", "nonetheless", "nevertheless", "likewise", "similarly", "instead", "duly"}


def _judged_way(words: list[str], text: str) -> tuple | None:
    """The direction of a verb that judges rather than moves ('worsened', 'deteriorated', 'improved'): by which way its
    measure is better ('loss worsened' is a rise, 'margin worsened' a fall). None where no such verb is the last of
    `words`; () where the measure's words do not say which way is better, so that no direction is read."""
    moving = [w for w in words if UP_RE.fullmatch(w) or DOWN_RE.fullmatch(w)
              or re.fullmatch(r"worsen\w*|deteriorat\w*|improv\w*", w, re.I)]
    judging = [w for w in words if re.fullmatch(r"worsen\w*|deteriorat\w*|improv\w*", w, re.I)]
    if not judging or moving[-1] is not judging[-1]:
        return None
    way = better_when(measure_words(text[:text.lower().rfind(judging[-1].lower())]))
    if way not in ("higher", "lower"):
        return ()
    worse = bool(re.match(r"worsen|deteriorat", judging[-1], re.I))
    return ([judging[-1]], []) if worse == (way == "lower") else ([], [judging[-1]])


def better_when(words: list[str]) -> str | None:
    """Which way a measure is better, by its head noun and, for a ratio or a rate, the words before it: 'lower' for a
    loss, a cost, debt, unemployment or a combined ratio; 'higher' for a profit, revenue, jobs or a capital ratio; None
    where the words do not say (an unnamed ratio or rate); 'plain' for a measure neither better high nor low
    (inflation, prices, yields), which 'beats' forecasts by coming in above them and may miss from either side. A word
    of loss before another head never turns it: 'pre-provision profit' is a profit."""
    if not words:
        return None
    head, modifiers = words[-1], set(words[:-1])
    if head in LOWER_HEADS or head in ("loans", "assets", "debts", "payments", "payment", "bills", "invoices") and modifiers & {
            "bad", "non-performing", "nonperforming", "stressed", "impaired", "doubtful", "overdue", "late", "missed",
            "unpaid", "delinquent"}:
        return "lower"  # 'Bad loans worsened', 'Stressed assets improved', 'Late payments improved'
    if head == "turnover" and modifiers & {"staff", "employee", "labour", "labor"}:
        return "lower"  # 'Staff turnover improved', where a company's turnover is its revenue
    if head in ("use", "consumption") and modifiers & {"energy", "water", "fuel", "power", "electricity", "resource"}:
        return "lower"  # 'Energy use per tonne improved', where household consumption is better higher
    if set(words) & {"days", "weeks", "hours", "minutes", "months", "outstanding"}:
        return None  # 'Days sales outstanding improved', 'battery hours': a span of time better either way, a person says
    if head in ("ratio", "ratios", "rate", "rates"):
        if modifiers & LOWER_RATE_WORDS or any(re.search(r"cost|charge|loss|default|delinquen|expense|arrear", m)
                                              for m in modifiers):
            return "lower"
        if modifiers & PLAIN_RATE_WORDS:
            return "plain"  # 'the annual inflation rate'
        if modifiers & HIGHER_RATE_WORDS:
            return "higher"
        return None
    if head in ("list", "lists"):  # 'the waiting list': fewer waiting is better
        return "lower" if "waiting" in modifiers else None
    if head == "interest" and modifiers & {"debt", "interest"}:
        return "lower"  # 'Debt interest worsened', never interest income
    if head == "growth" and modifiers & {"price", "prices", "cost", "costs", "rent", "rents", "wage", "wages", "pay"}:
        return "plain"  # 'Price growth worsened': inflation by another name
    if head in UNSIGNED_HEADS:
        return "plain"
    if head in METRIC_HEADS or head in HIGHER_HEADS:
        return "higher"
    return None  # 'The cancellation score worsened', 'Lateness improved': a measure the words do not say the way of


# A verb's form, never a noun's: 'raised' and 'falling' move a figure, 'contraction' and 'increases' name it
VERB_FORM = re.compile(r"[A-Za-z]+(?:ed|ing)|fell|rose|grew|slid|sank|shrank|swung|sped|lost", re.I)


def draft_claims(article: Article) -> list[DraftClaim]:
    return ClaimDrafter(article).draft()


# the lines of a company's profit that a headline's 'profit' may mean
PROFIT_LINES = {"profit", "income", "earnings"}

# '... and more than double', '..., and was nearly four times': a second comparison of a list, its hedge before it
AND_HEDGED = (r"\s+and\s+(?:(?:was|is|were|are)\s+)?(?:(?:more|less)\s+than|nearly|almost|about|roughly|some|over|"
              r"just\s+(?:over|under))?\s*")


# words that make a level one to come: 'expects inflation to fall below', 'aims ... to bring it below'
FUTURE_CUE = (r"\b(?:expects?|expected|expecting|aims?|aimed|aiming|plans?|planned|wants?|hopes?|seeks?|intends?|"
              r"forecasts?|projects?|projected|will|would|could|should|may|might|to\s+(?:fall|bring|get|cut|reduce|"
              r"push|keep|lower|return|drop|stay|remain|rise|climb))\b")


# ... and the words of a plan for a later period: 'aims to cut the deficit to 5.4% ... and to bring it below 3% by 2029'
INTENT_CUE = (r"\b(?:[Aa]ims?|aimed|aiming|[Pp]lans?|planned|planning|[Ii]ntends?|intended|[Tt]argets?|targeted|targeting|"
              r"pledged?|promised?|vowed?|seeks?|wants?)\b")


def _heads(metric: str) -> set[str]:
    """What a metric's words measure: 'trade deficit' -> {'trade', 'deficit'}, 'shipments' -> {'exports'}."""
    return {METRIC_HEADS.get(w, w) for w in metric.split()}


# Head nouns of ranks of changes: 'the fastest growth', 'the strongest performer'
# the kinds of levels a change of each kind moves between: points move rates, a percentage moves amounts or rates
LEVEL_KINDS = {"pp": ("percent",), "percent": ("amount", "percent"), "amount": ("amount",)}
# the words that make the figure after them what something is compared with ('twice the $6.8bn', 'above Rotterdam's
# $2,850', 'below its level a year ago of $5,800')
COMPARED_CUE = re.compile(r"\bfrom\s+(?:(?:the|its|their|a|an)\s+)?(?:(?:[\w\-]+\s+)?(?:level|peak|high|low|record|average|"
                          r"figure|total)\s+(?:of\s+)?)?(?:about\s+|around\s+|some\s+|nearly\s+)?[^\w\s]{0,3}$|"
                          # ... never 'Visitors from Taiwan spent'
                          # ... and 'second after Delhi's 74 million', 'trailing only Delhi's'
                          r"\b(?:after|trailing(?:\s+only)?)\s+(?:only\s+)?(?:[A-Z][\w\-]*\s+)*[A-Z][\w\-]*[’']s\s+"
                          r"(?:[\w\-]+\s+){0,2}?[^\w\s]{0,3}$|"
                          # ... never the hedges 'just over', 'well under'
                          r"\b(?:than|above|below|(?<!just\s)(?<!well\s)(?<!slightly\s)(?:under|over)(?=\s+(?:the|its|their|last|"
                          r"a|an)\b)|against|versus|vs\.?|compared\s+(?:with|to)|ahead\s+of|"
                          r"behind|beyond|exceeding|beating|twice|double|treble|triple|quadruple|times|"
                          r"(?<!first\s)(?<!second\s)(?<!-)half(?=\s+(?:of|the|that|those|its|their)\b))\s+"
                          r"(?:(?:of|the|its|their|a|an|that\s+of|those\s+(?:of|to|in|at|for))\s+)*"
                          r"(?:[\w\-’']+,?\s+){0,6}?[^\w\s]{0,3}$", re.I)
# the head words of a measure that is a rate of its own, never a part of an amount
RATE_MEASURE = re.compile(r"\b(?:rates?|ratios?|margins?|yields?|utili[sz]ation|occupancy|factors?|index|inflation)$")
# what a rank word may call the ranked without saying what kind of thing they are
KINDLESS_RANKS = r"earner|contributor|money-spinner|generator"
CHANGE_RANKS = rf"growth|rise|increase|gain|jump|{DECLINE_NOUNS}|performer|gainer|riser|climber|grower|improver|mover"


def _ranked_heads(text: str, rank_words: str) -> list[str]:
    """The head noun after each of `rank_words` in a text, singular ('the largest source markets' -> 'market'), '' where
    the words after it name none."""
    heads = []
    for found in re.finditer(r"\b(?:the|its|their)\s+(?:[\w\-]+[’']s\s+)?(?:(?:second|third|fourth|fifth)[- ])?(?:"
                             + rank_words + r")\s+((?:[a-z][a-z\-]*\s+){0,2}[a-z][a-z\-]*)", text):
        words = found.group(1).split()
        cut = next((i for i, w in enumerate(words) if w in RANKED_NOUN_STOPS), len(words))
        heads.append(re.sub(r"(?<=[^s])s$", "", words[cut - 1]) if cut else "")
    return heads


def _within_a_subset(before: str, after: str) -> bool:
    """Whether a rank word ranks within a subset of what the article gives: a place's word after it ('the
    largest European market', 'the biggest Gulf buyer'), a group after it in lower case ('the lowest rate in the
    bloc', 'among its peers'), a group set apart before it ('outside the European Union the biggest', 'Among Asian
    markets, Japan was the largest')."""
    after = re.sub(r"^-(?:ranked|placed|rated)\b", "", after)  # 'the highest-ranked English club'
    adjective = re.match(r"\s+(?:[A-Z][\w\-]+\s+){1,2}[a-z]", after)  # 'the largest European market', 'Gulf buyer'
    if adjective:
        return True
    compound = re.match(r"\s+(?:[a-z]+\s+)?([a-z]+-[a-z]+)\s+[a-z]", after)
    if compound and not re.fullmatch(r"(?:year|month|quarter|week|day)-on-\w+|all-time|so-called|one-(?:day|week|month|year)",
                                     compound.group(1)):
        return True  # 'the largest still-wine region', 'the most valuable wild-caught species': of that kind only
    if re.match(r"\s+(?:private|privately[\s-]owned|public|publicly[\s-]listed|state|state[\s-](?:owned|run|controlled)|"
                r"government[\s-]owned|listed|unlisted|independent|foreign|foreign[\s-]owned|domestic|local|regional|"
                r"national|online|budget|low[\s-]cost|full[\s-]service|family[\s-]owned|non[\s-]\w+|mutual|"
                r"co-?operative|non-bank|digital|single|individual)\s+[a-z]", after, re.I):
        return True  # 'SBI Life, the biggest private insurer', 'the biggest single mine': ranked among those alone (private
        #             firms, mines), not among all named
    if re.match(r"(?:\s+[\w\-]+){0,3}?\s+(?:outside|beyond|excluding|except|apart\s+from|other\s+than)\b", after, re.I):
        return True  # 'Bergen, the busiest airport outside the capital'
    if re.match(r"(?:\s+[\w\-]+){0,3}?\s+(?:in|among|within|across)\s+(?:the|its|their)\s+(?:bloc|region|zone|euro\s+zone|"
                r"eurozone|union|group|league|sector|industry|peers?|members?|continent|area|club|alliance)\b", after, re.I):
        return True
    if re.search(r"\b(?:outside|beyond|except|excluding|apart\s+from)\s+(?:the\s+)?[A-Z][\w’'\-]*(?:\s+[A-Z][\w’'\-]*)*"
                 r"[\s,]+(?:the\s+|its\s+)?$", before):
        return True
    # ... at the start of its clause too: '; among emerging markets, China took $8 billion and Brazil, the
    # second-largest', 'while among European countries Germany, the largest', 'Excluding the United States, Singapore
    # was the largest', 'Outside London, Bristol had the highest', 'in Europe, Germany was its largest market'
    opener = re.search(r"(?:^|[.;:–—]\s*|\s-\s+|,\s*(?:while|and|but|whereas)\s+|,\s*)\s*(?:[Aa]mong|[Ww]ithin|[Oo]f|[Oo]utside|"
                       r"[Bb]eyond|[Ee]xcept(?:\s+for)?|[Ee]xcluding|[Aa]part\s+from|[Oo]ther\s+than|([Ii]n))\s+(?:the\s+)?"
                       r"([^,;]{3,60}),[^;]*$", before)
    if opener and opener.group(1):  # 'in Europe,': a region, never a time ('In 2024,') or a place whose own list it is
        return bool(re.fullmatch(r"[A-Z][\w\-]*(?:\s+[A-Z][\w\-]*)*", opener.group(2))) and is_region(opener.group(2))
    return opener is not None


def _on_basis(basis: str, period: str, current: str) -> bool:
    """Whether a level of `period` is the base a change of `current` names: the year before ('a year earlier'), a
    year named ('period:2022', 'since 2022'), a number of years before ('years:2'); never one for a base the article
    does not date ('unknown': 'above their pre-pandemic level'). 'just before' is any period before; 'the start of
    the year' the end of the year before."""
    if basis == "a year earlier":
        return period == year_earlier(current)
    if basis == "just before":
        return period != year_earlier(current)
    if basis == "the start of the year":  # the end of the year before: 'since the end of last year, when it traded at'
        year = int(current[:4]) if re.match(r"\d{4}", current) else 0
        return period in (f"{year - 1}-12-31", f"{year - 1}-12", f"{year}-01-01")
    if basis.startswith("period:"):
        year = basis.partition(":")[2]
        return period == year or (period.startswith(year) and len(period) == len(current))
    if basis.startswith("years:"):
        base = current
        for _ in range(int(basis.partition(":")[2])):
            base = year_earlier(base)
        return period == base
    return False


def _said(word: str) -> str:
    """A word of a measure as a headline and a sentence may both say it: 'jobless' is unemployment (but 'shipments'
    are no exports: a carmaker ships abroad and at home)."""
    return singular(SAID_AS.get(word, word))


SAID_AS = {"jobless": "unemployment",
           # a verb says its measure as its noun does: 'bags shipped' are shipments, 'cars sold' sales
           "shipped": "shipments", "exported": "exports", "imported": "imports", "sold": "sales", "delivered": "deliveries",
           "registered": "registrations", "borrowed": "borrowing", "spent": "spending", "invested": "investment"}


def _before(earlier: str, later: str) -> bool:
    """Whether the period `earlier` ends before `later` starts ('2024' and '2025'); False when either cannot be read."""
    try:
        return parse_period(earlier).end < parse_period(later).start
    except PeriodError:
        return False


def _other_measures(a: str, b: str) -> bool:
    """Whether two metrics each name a measure and share none ('assets' and 'nominal gdp')."""
    known = set(METRIC_HEADS.values())
    heads_a, heads_b = _heads(a) & known, _heads(b) & known
    return bool(heads_a and heads_b and not heads_a & heads_b)


def _named_heads(text: str) -> set[str]:
    """The measures a phrase names, and no other word of it: 'of total revenue' -> {'revenue'}."""
    return {METRIC_HEADS[w] for w in re.findall(r"[a-z]+", text.lower()) if w in METRIC_HEADS}


def _within(period: str, outer: str) -> bool:
    """Whether a period lies within another ('2025-06' and '2025-06-30' are within '2025-Q2'; January to September
    is not within the third quarter, nor January to October within 'October')."""
    try:
        inner, whole = parse_period(period), parse_period(outer)
    except PeriodError:
        return period.startswith(outer)
    return whole.start <= inner.start and inner.end <= whole.end


def _sign(current: DraftFigure, previous: DraftFigure) -> int:
    """1, 0 or -1: which way `current` lies from `previous`, at their printed values."""
    return (_first_value(current) > _first_value(previous)) - (_first_value(current) < _first_value(previous))


def _first_value(f: DraftFigure) -> float:
    """A figure's value in its unit's base ('¥8.14 trillion' is 8.14e12 yen), or the low end of its range."""
    return float(re.split(r"\s*[–-]\s*", f.value.strip())[0]) * parse_unit(f.unit).scale


# The profit each kind of margin is of (metric names, as regular expressions), and the words that make a margin
# and its profit a measure of their own: an adjusted margin is of adjusted profit.
MARGIN_PROFITS = {
    "operating": [r"(?:\w+ )*operating (?:profit|income|earnings)"],
    "ebitda": [r"(?:\w+ )*ebitda"],
    "ebit": [r"(?:\w+ )*ebit", r"(?:\w+ )*operating (?:profit|income)"],  # EBIT is operating profit when no EBIT is given
    "net": [r"(?:\w+ )*net (?:profit|income|earnings)"],
    "gross": [r"(?:\w+ )*gross profit"],
    "pre-tax": [r"(?:\w+ )*pre-tax (?:profit|income|earnings)"],
}
MARGIN_QUALIFIERS = {"adjusted", "underlying", "core", "comparable", "recurring", "organic", "reported", "clean"}


# Verbs by which a cause moves a measure: a direction word before them is the cause's ('Rising costs pushed the margin
# to 18.6%'), not the measure's.
CAUSE_VERBS = {"pushed", "push", "pushes", "pushing", "helped", "help", "helps", "drove", "drive", "drives", "driven",
               "brought", "bring", "brings", "took", "take", "takes", "sent", "send", "sends", "put", "puts", "left",
               "leaves", "kept", "keeps", "made", "makes", "forced", "forces", "led", "leads", "caused", "causes",
               "dragged", "drags", "propelled", "nudged", "tipped", "squeezing", "squeezed", "squeezes", "dragging",
               "driving", "bringing", "taking", "sending", "putting", "leaving", "keeping", "making", "forcing",
               "leading", "causing", "propelling", "nudging", "tipping", "helping", "eroding", "eroded", "erodes",
               "denting", "dented", "dents", "trimming", "shaving", "shaved", "compressing", "compressed"}


# A rank among the parts of a whole: 'the biggest item', 'the largest share', 'the second-biggest department'.
# words that end the noun a superlative ranks by: 'the largest source market with', 'the top destination, receiving'
RANKED_NOUN_STOPS = {"with", "at", "by", "for", "in", "of", "on", "to", "was", "is", "were", "are", "and", "or", "after",
                     "ahead", "followed", "receiving", "taking", "accounting", "buying", "selling", "than", "as", "since", "among",
                     "the", "a", "an", "its", "their", "from", "over", "across", "between", "behind", "before", "after",
                     "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "spot", "place", "position"}
PART_NOUN = re.compile(r"(?:\s+[\w\-]+)?\s+(?:items?|shares?|slices?|portions?|components?|parts?|chunks?|expenses?|"
                       r"lines?|categor(?:y|ies)|departments?|divisions?|units?|segments?|business(?:es)?|arms?|"
                       r"subsidiar(?:y|ies)|verticals?)\b", re.IGNORECASE)


def _without_whole(pool: list[DraftFigure], main: str, *ranked: DraftFigure | None) -> list[DraftFigure]:
    """The pool without its whole: an amount as large as all the others together that is the main entity's, or that
    its own sentence states apart from every other member ('The city will spend $2.4 billion. Police will get $0.9
    billion, the biggest share, followed by schools with $0.7 billion.'). What the rank is about never is."""
    def whole(f: DraftFigure) -> bool:
        others = [g for g in pool if g is not f]
        return (f.kind == "amount" and f not in ranked and _first_value(f) >= sum(_first_value(g) for g in others)
                and (f.entity == main or all(g.sentence != f.sentence for g in others)))
    try:
        return [f for f in pool if not whole(f)]
    except ValueError:
        return pool


def _mixed_list_agrees(pool: list[DraftFigure], figure: DraftFigure, expect: int) -> bool:
    """Whether a list of regions beside countries (a company's markets, `ClaimDrafter.company_markets`) bears out the
    rank word. A region may hold a country of the same list ('Asia' and 'China, its largest market'), and then the
    list, not the article, would be wrong: such a list only ever drafts a rank it agrees with, and any other is left
    to a person."""
    if not (any(is_region(f.entity) for f in pool) and any(is_territory(f.entity) and not is_region(f.entity)
                                                           for f in pool)):
        return True
    try:
        value = _first_value(figure)
        place = 1 + sum(_first_value(f) > value for f in pool if f is not figure) if expect > 0 else \
            -(1 + sum(_first_value(f) < value for f in pool if f is not figure))
    except ValueError:
        return False
    return place == expect


def _members_missing(pool: list[DraftFigure], figure: DraftFigure, expect: int) -> bool:
    """Whether a rank's drafted members cannot hold the ones ranked above it: 'India came second ..., ahead of
    China and New Zealand' drafts three members, none of them above India, so the one that leads is missing.
    Such a claim is left to the reviewer rather than drafted as a contradiction of the article."""
    try:
        above = sum(_first_value(f) > _first_value(figure) for f in pool if f is not figure)
        below = sum(_first_value(f) < _first_value(figure) for f in pool if f is not figure)
    except ValueError:
        return False
    return (1 < expect and above < expect - 1) or (expect < -1 and below < -expect - 1)
