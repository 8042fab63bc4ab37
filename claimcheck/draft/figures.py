"""Every number an article states, with who it is about, what it measures, for when, and how it moved.

A figure's labels are read from its sentence's structure, nearest first:

- entity: a parenthesised percentage after an amount, or ", or N%", is that amount's entity's share; an
  amount restated (", equivalent to $67m") is the restated amount's; a list item ("Peru with $8.6 billion",
  "Greece at 153.6%", "and Southland, with 1.45 million", "Querétaro ($3.5 billion)") belongs to the name
  just before it ("Portville on Eastisle": the place, not the island); an apposition ("Borduria, the smallest of
  the four, registered ...", "Oceania, now the group's smallest region, slipped ...") to the name it follows, or
  to the two it follows ("the United States and Canada, still its largest market"), or to the thing it follows
  ("Retail, the second-largest, earned", "metals and ores, the smallest of the named groups, for"); "there" to the place named
  before; a thing a relative clause describes ("overtaking natural gas, which supplied 15.2 TWh") to that
  thing; a measure in a place ("Room nights in the Americas rose 10%") to the place; then a possessive
  name in the clause ("Chile's exports to Japan"); then a product or sector the clause is about ("crude oil
  imports rose", "manufacturing lost", "online-only retailers"); then the sentence's subject; then the
  subject carried from the sentence before in the same paragraph; then the article's main entity (the lede's
  subject weighs most, then the names most sentences mention).
- counterpart: "exports to Y", "imports from Y", "trade with Y", "trade between X and Y" (unless Y is the
  economy the whole article is about trade with).
- metric: the measure named nearest before the number in its clause ("adjusted operating profit", "imports",
  "share of the UK grocery market" -> "grocery market share", "return on equity"); "the ratio" alone is the
  measure last named for that unit; else the one the sentence is about; else the one last named for a figure
  in the same unit, the headline's, or what the number counts (a count measured only by its noun takes
  the measure the article names for that noun). A bare measure takes the topic the headline gives it
  ("Norway's seafood exports ..." makes "exports" seafood exports), for the article's own figures, its
  partners' and its parts', never for a product larger than the article's own total.
- period: a time expression just after the number ("to $2.8 billion in 2024", "a year earlier", "the previous
  quarter"), else the "from" side of a change ("from $80 million"), else the nearest time expression before
  it in the sentence that does not date another event ("after the bank cut its rate in June"), else the
  period the article is talking about at that point (a new paragraph starts from the lede's period, unless
  it names no time and the paragraph before went on to a season across two years, such as a marketing year). A
  change measured against an earlier period ("up 4% on the previous quarter") runs to the current one. The "from"
  side of a change is a year earlier, or for a day just before it, unless the change names its step: a month-end
  stock that "rose 1.8% in the quarter to 548.6 billion from 538.9 billion" was 538.9 billion a quarter-end before. "The
  five-year average of 25.1 million tonnes" in a report on 2025 is the mean of 2020..2024.
- direction: a change ("rose 7%", "fell by $65 million", "up 0.7 percentage point", "7.7% above", "doubled")
  is up or down; a level ("rose to 3.2%", "accounting for 46%", "(24%)") has none.
- unit: what the number states ("$2.15/lb", "13.8 weeks", "1.42 million TEU"); an index's reading printed with
  decimals in a sentence about an index ("the PMI rose to 46.0 from 45.0") is in the index's own `points`; a
  bare scaled number in a sentence that counts nothing ("ranked third with 81.3 billion") is in the money its
  paragraph last counted in at that scale; a
  bare whole number is a count only when a change pairs it with a counted one.
- the headline: its numbers restate the body's, whose labels they take: a change after a word of its direction
  ("jumps 14%") the one body change that rounds to it, and a level printed without a hedge or a threshold verb
  ("climbs to 5.46 million", never "tops $5 billion") the one body level of its kind that some reading of the
  headline's digits holds ("5,458,600 people"; "₹5,200 crore" may be the nearest hundred, "₹5,188 crore").
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from dataclasses import dataclass, field, replace
from datetime import date

from ..config import Tolerances
from ..numbers import (CURRENCY_WORDS, DURATION_UNITS, EMISSIONS_NOUN, FRACTION_CHANGE, MONEY_WORDS, SCALE_WORDS,
                       STOCK_INDEXES, UNIT_SYMBOLS, Mention, find_mentions, mentions_in)
from ..periods import PeriodError, parse_period
from ..quantities import SCALES, parse_unit
from ..readings import OPEN_QUALIFIERS, Printed, readings
from .lexicon import (ANTECEDENT, OF_WHOLE_STOP, PLACE_NOUNS, APPOSITION_ADVERB, CANONICAL, CHANGE_NOUNS, DOWN, DOWN_RE, GENERIC_MODIFIERS, HEADLINE_DOWN, HEADLINE_UP,
                      MEASURE_UNITS, METRIC_HEADS, METRIC_MODIFIERS, PAYMENT_MODIFIERS, LEVELS, QUALIFIERS, RANK_WORDS, REST_OF, REST_OF_TIME, SHARE_CUES, STOCKS, UP, UP_RE, WHOLE_WORDS)
from .text import (CALENDAR_WORDS, COMPANY_DESCRIPTORS, FUNCTION_WORDS, Name, NameFinder, Sentence, _folded, _is_currency_code, abbreviates,
                   clause_bounds, country_of_city, dateline, is_region, is_territory, measure_abbreviations, split_sentences, subdivisions,
                   territories)
from .when import COUNT, Calendar, TimeExpression, days_before, fiscal_start, just_before, season_end, year_earlier

CURRENCY_NOUNS = {"CNY": "yuan", "JPY": "yen", "INR": "rupee", "EUR": "euro", "USD": "dollar", "GBP": "pound",
                  "RUB": "rouble", "KZT": "tenge", "KRW": "won", "CHF": "franc"}


def _currency_noun(code: str, article: str = "") -> str:
    """A currency's everyday name: 'yuan' for CNY; else as the article names it in words ('New Taiwan dollar',
    'Norwegian crown'); else from Babel's English name, its last word ('rupiah' for IDR) unless another current
    currency shares it ('Hong Kong dollar', never 'dollar', which is the US dollar's)."""
    if code in CURRENCY_NOUNS:
        return CURRENCY_NOUNS[code]
    names = sorted((name for name, named in CURRENCY_WORDS.items() if named == code and " " in name), key=len, reverse=True)
    said = re.search(r"\b(?:" + "|".join(map(re.escape, names)) + r")\b", article, re.IGNORECASE) if names else None
    if said:  # the singular the article's words start with ('Norwegian crowns' -> 'Norwegian crown')
        singular = min((name for name in names if said.group(0).lower().startswith(name)), key=len)
        written = said.group(0)[:len(singular)]
        return written[:written.rindex(" ")] + written[written.rindex(" "):].lower()
    from babel.numbers import get_currency_name

    name = get_currency_name(code, locale="en")
    if not name or name == code:
        return code
    last = name.split()[-1].lower()
    shared = any(other.split()[-1].rstrip("s") == last.rstrip("s") for other, named in CURRENCY_WORDS.items()
                 if named not in (code, "$"))
    return f"{name[:name.rindex(' ')]} {last}" if shared and " " in name else last


VERBS = {"rose", "risen", "rise", "rises", "rising", "fell", "fall", "falls", "fallen", "grew", "grow", "grows",
         "growing", "increased", "increases", "decreased", "declined", "dropped", "jumped", "surged", "climbed",
         "climbing", "slipped", "eased", "slid", "widened", "narrowed", "reached", "reaching", "totalled", "totaled",
         "amounted", "stood", "came", "contributed", "added", "brought", "made", "make", "makes", "accounted",
         "accounting", "remained", "held", "hit", "topped", "expanded", "shrank", "contracted", "doubled", "tripled",
         "welcomed", "reported", "spent", "cost", "costs", "receives", "received", "provide", "provides", "raised",
         "cut", "lowered", "set", "aims", "expects", "took", "taking", "saw", "recorded", "posted", "returned",
         "lifted", "lifting", "showed", "skyrocketed", "emerged", "retained", "continued", "experienced", "stayed",
         "averaged", "jumps", "gained", "soared", "plunged", "reached", "exported", "imported", "exporting",
         "importing", "traded", "generated", "earned", "sold", "delivered", "registered", "logged", "recovered",
         "slowed", "accelerated", "fell", "dipped", "tumbled", "sank", "slumped", "increasing", "dropping",
         "decreasing", "declining", "worth", "says", "said", "warned", "unveiled", "approved", "projected", "remains",
         "stays", "rises", "accounts", "takes", "shows", "plans", "sees", "has", "leads", "tops", "trails", "follows",
         "lost", "loses", "shed", "sheds", "handled", "produced", "pumped", "sent", "paid", "bought", "mined",
         "hired", "created", "fetched", "attracted", "drew", "served", "carried", "shipped", "booked", "kept", "keeps",
         "left", "leaves", "maintained", "maintains", "gave", "gives", "put", "puts", "targets", "targeted",
         "forecast", "forecasts", "estimated", "estimates", "announced", "announces", "expected", "predicted", "flew",
         "flies", "reaches", "employs", "employed", "began", "begun", "begins", "started", "finished", "completed",
         "built", "won", "went", "grew", "rang", "ran", "saw", "sought", "spent", "wrote", "bore", "froze", "beat",
         "narrows", "widens", "comes", "works", "brings", "bringing", "eases", "slips", "climbs", "surges", "slides",
         "buying", "selling", "earning", "paying", "making", "producing", "carrying", "handling", "generating",
         "delivering", "posting", "recording", "overtook", "overtakes", "overtaken", "surpassed", "outpaced",
         "outsold", "overtaking",
         # the present of verbs that take a share or an amount ('while network charges take £461', 'four categories
         # carry 60% of the weight')
         "take", "carry", "carries", "represent", "represents", "generate", "generates", "earn", "earns", "bring"}
# Verbs that make the amount right after them a change, never a level or a contribution ('added £155 million').
# the verbs as regex alternatives, longest first
VERB_ALTERNATIVES = "|".join(sorted(VERBS, key=len, reverse=True))
CHANGE_VERBS = (r"rose|fell|dropped|climbed|jumped|slipped|declined|increased|decreased|grew|shrank|slumped|plunged|"
                r"surged|soared|gained|slid|dipped|tumbled|sank|shed|edged\s+(?:up|down)")
COUNT_NOUNS = {"visitors", "arrivals", "tourists", "passengers", "people", "tonnes", "tons", "barrels", "vehicles", "cars",
               "units", "jobs", "workers", "households", "flights", "containers", "homes", "customers", "users",
               "subscribers", "students", "residents", "employees", "shares", "overnights", "nights", "stays", "deliveries",
               "orders", "trips", "guests", "migrants", "births", "deaths", "cases", "approvals", "registrations",
               "permits", "bookings", "transactions", "applications", "claims", "insolvencies", "bankruptcies", "listings"}
# Measures that count people, or the jobs they hold, whatever unit the amounts beside them are in
PEOPLE_MEASURES = r"payrolls|employment|unemployment|unemployed|jobless|population|workforce|labou?r\s+force"
# Measures that count themselves ('Enrolments rose to 48,210'), never something else ('deliveries' count cars, 'permits'
# homes), nor money
SELF_COUNTED = {"enrolments", "transits", "bankruptcies", "insolvencies", "births", "deaths", "arrivals", "visitors",
                "tourists", "passengers", "subscribers", "users", "customers", "listings", "applications", "claims"}
# Counted nouns that name who is counted, not an event that counts something else ('registrations' count cars)
WHO_IS_COUNTED = {"users", "subscribers", "customers", "passengers", "visitors", "tourists", "students", "residents",
                  "employees", "workers", "households", "guests", "migrants", "members", "accounts", "clients",
                  "travellers", "travelers", "patients", "pupils", "viewers", "readers", "fans"}
# Words before the name of who reports a figure rather than whom it is about
SOURCE_CUE = re.compile(r"\b(?:according\s+to|analysts\s+at|economists\s+at|data\s+compiled\s+by|compiled\s+by|"
                        r"research\s+by|a\s+survey\s+by|estimates?\s+by|a\s+report\s+by|calculations\s+by)\s+"
                        r"(?:the\s+)?(?:[\w’'\-]+\s+){0,2}$", re.IGNORECASE)
# 'the previous peak of', 'its pre-pandemic high of', 'the record of': a level of the past the current one is measured against
# ... never 'to an all-time high of $14.82 billion' or 'to a record of', the level the change reaches
# 'below the five-year average of 25.1 million tonnes': an average over the years before the current one
YEARS_AVERAGE = re.compile(r"\b(?:the|its|their|a)\s+(?P<years>two|three|four|five|six|seven|eight|nine|ten|\d{1,2})-year\s+"
                           r"average\s+(?:of\s+|at\s+)?(?:about\s+|around\s+|some\s+)?[^\w\s]{0,3}$", re.I)
PREVIOUS_RECORD = re.compile(r"\b(?:previous|prior|former|earlier|pre-pandemic|pre-crisis|last)\s+(?:[\w\-]+\s+)?"
                             r"(?:peak|record|high|low|top)\s+(?:of|was|stood\s+at|at)?\s*(?:about\s+|around\s+|nearly\s+)?$|"
                             r"(?<!\bto\sa\s)(?<!\bto\sthe\s)(?<!\bhit\sa\s)(?<!\breached\sa\s)"
                             r"\b(?:peak|record)\s+of\s+(?:about\s+|around\s+|nearly\s+)?$", re.IGNORECASE)
FROM_CUE = re.compile(r"\b(?:up|down)?\s*(?:from|against|than|compared\s+(?:with|to)|versus|vs\.?)\s+(?:the\s+|a\s+|an\s+)?"
                      r"(?:projected\s+|revised\s+|estimated\s+|(?:previous\s+|prior\s+)?record\s+)?$|"
                      r"(?:%|\bper\s?cent)\s+(?:above|below)\s+(?:the\s+|its\s+)?$", re.IGNORECASE)  # '10% above the 6.22 million'


@dataclass
class DraftFigure:
    id: str
    entity: str
    counterpart: str
    metric: str
    period: str
    value: str
    unit: str
    qualifier: str
    direction: str
    quote: str
    start: int  # where the quote starts in the article
    end: int
    sentence: int
    review: str = ""
    number_start: int = 0  # where the number (with its currency sign) starts in the article
    number_end: int = 0
    kind: str = ""  # amount, percent, pp, times, rate, year
    share: bool = False  # a percentage of a whole
    share_of: str = ""  # the whole it is a percentage of, as written
    together: int = 0  # "the two together made up 38%": how many parts
    earlier: bool = False  # the "from" side of a change, or a value a year earlier
    forecast: bool = False  # what forecasters expected ('the 50,000 forecast by economists'), not an outcome
    evidence: dict = field(default_factory=dict)

    @property
    def year(self) -> int:
        return int(re.search(r"\d{4}", self.period).group(0))

    @property
    def currency(self) -> str:
        """The dimension an amount adds up in: a currency, a counted noun or a price's whole unit
        ('USD_per_barrel', never added to dollars); '' for anything else."""
        if self.kind != "amount":
            return ""
        if "_per_" in self.unit:
            return self.unit
        return self.unit.split("_")[0]

    @property
    def is_count(self) -> bool:
        """An amount of things ('1.2 million tonnes'): neither money nor a price."""
        return self.kind == "amount" and not self.currency.isupper() and "_per_" not in self.unit

    @property
    def is_change(self) -> bool:
        return bool(self.direction)

    @property
    def is_level(self) -> bool:
        return not self.direction and self.kind in ("amount", "percent")


@dataclass
class Article:
    """An article read for drafting: its sentences, names and figures, and who it is mostly about."""

    text: str
    sentences: list[Sentence]
    names: dict[int, list[Name]]
    figures: list[DraftFigure]
    main: str  # the name most sentences mention
    counterpart: str  # the economy every flow is with, when there is one
    calendar: Calendar
    subjects: dict[int, str] = field(default_factory=dict)  # each sentence's subject entity

    def full_names(self) -> dict[str, str]:
        """Each short name the article also gives in full, and that full name: 'Hanul' -> 'Hanul Airlines',
        'Saudi' -> 'Saudi Arabia', where the article names exactly one longer name that starts with it. A
        country keeps its own name (Mexico is not Mexico City)."""
        names = {n.country or n.text for found in self.names.values() for n in found}
        found = {}
        for figure in self.figures:
            entity = figure.entity
            # a name that opens a sentence may have been read as a word ('Northbridge spent' -> 'northbridge'), but a
            # word the article also writes in lower case is a word ('coal' is no 'Coal India')
            written = entity if entity[:1].isupper() else entity[:1].upper() + entity[1:]
            if not written or is_territory(written) or not re.search(rf"\b{re.escape(written)}\b", self.text) \
                    or (entity[:1].islower() and re.search(rf"\b{re.escape(entity)}\b", self.text)):
                continue
            # ... never two names joined by 'and' ('Kestrel Bank and Orwell Bank' is no full name of Kestrel Bank)
            longer = {name for name in names if name.startswith(written + " ")
                      and not re.match(r"\s*and\s", name[len(written):])}
            if len(longer) != 1:
                continue
            full = longer.pop()
            # ... in the body: a headline shortens names by habit ('Veldmark revenue rises' over 'Veldmark Semiconductors')
            body = max((s.end for s in self.sentences if s.headline), default=0)
            alone = re.search(rf"\b{re.escape(written)}\b(?!\s+{re.escape(full[len(written) + 1:])})", self.text[body:])
            if alone and body + alone.start() < self.text.find(full, body):
                continue  # 'Santander ... Santander UK, its British arm': named alone first, the short name is its own
            found[entity] = full
        return found


# -- metric phrases ------------------------------------------------------------------------------------

def _months_in(period: str) -> int:
    """How many months a period spans; 0 for what is no span of months."""
    try:
        parsed = parse_period(period)
    except PeriodError:
        return 0
    return parsed.end - parsed.start if not parsed.day else 0


def _singular(word: str) -> str:
    if word.endswith("ies"):
        return word[:-3] + "y"
    if word.endswith("s") and not word.endswith(("ss", "us", "ics")) and len(word) > 3:
        return word[:-1]
    return word


# A currency that moved, as a clause's subject: 'The Australian dollar rose 0.4%', 'the yen weakened 1.2% to 152.4'
CURRENCY_MOVE = re.compile(r"^(?:[^,;]*?\b)?(?:[Tt]he\s+)?((?:(?!The\b)[A-Z][a-z]+\s+){0,2}(?:dollar|euro|yen|pound|sterling|rupee|yuan|"
                           r"renminbi|won|real|rand|peso|rouble|ruble|lira|franc|krona|krone|zloty|forint|ringgit|baht|"
                           r"rupiah|dong|shekel|dirham|riyal))s?\s+(?:[a-z]+ly\s+)?(?:rose|fell|gained|lost|climbed|slipped|"
                           r"dropped|weakened|strengthened|firmed|eased|jumped|slumped|tumbled|rallied|advanced|declined|"
                           r"appreciated|depreciated|edged\s+(?:up|down|higher|lower))\b[^,;]*$")

# A cause told beside a measure that moved, before the number it moved to: 'The operating margin, boosted by falling fuel
# costs, widened to', 'climbed on lower storm losses to', 'jumped, with bad loans shrinking, to', 'fell, even as revenue
# rose, to'
CAUSE_ASIDE = re.compile(r",\s*(?:boosted|helped|driven|hit|hurt|weighed|dragged|pushed|lifted|buoyed|supported|despite|"
                         r"thanks|amid|dented|squeezed|even\s+as|with\s+(?:[\w\-]+\s+){1,4}?[a-z]+ing)\b[^,;]*,|"
                         r"\b(?:on|thanks\s+to|despite|amid)\s+(?:lower|higher|weaker|stronger|rising|falling|strong|weak|"
                         r"smaller|bigger|larger|reduced|increased)\s+[^,;]*?(?=\s+to\s+[^\w\s]{0,3}\d)")

# Statistics named by their capitals, which a place's possessive owns as its own figures
STATISTIC_ABBREVIATIONS = {"CPI", "GDP", "PMI", "PPI", "HICP", "RPI", "CPIH", "GNP", "GNI", "FDI", "PCE", "NPL", "M1", "M2",
                           "M3", "IIP", "WPI", "ISM", "ZEW", "IFO", "GFCF", "BOP"}

# A central bank of a country ('Bank of Thailand', "People's Bank of China", 'Reserve Bank of Australia'), and what it
# measures of its own or of the economy it watches
CENTRAL_BANK = re.compile(r"(?:the\s+)?(?:(?:Reserve|Central|National|People[’']s)\s+)?Bank\s+of\s+(?:the\s+)?([A-Z][\w.]*(?:\s+[A-Z][\w.]*)*)")
CENTRAL_BANK_MEASURE = re.compile(r"\b(?:(?:policy|repo|repurchase|benchmark|key|deposit|lending|refinancing|discount|"
                                  r"overnight|cash|interest|bank)\s+rates?|reserve\s+requirements?|borrowing\s+costs|"
                                  r"balance\s+sheet)\b", re.I)
# ... and central banks whose names do not say their country
NAMED_CENTRAL_BANKS = {"Federal Reserve": "United States", "Fed": "United States", "Bank of England": "United Kingdom",
                       "Norges Bank": "Norway", "Riksbank": "Sweden", "Swiss National Bank": "Switzerland",
                       "Bundesbank": "Germany", "Banxico": "Mexico", "Bank Indonesia": "Indonesia",
                       "Bank Negara Malaysia": "Malaysia", "Danmarks Nationalbank": "Denmark"}
ECONOMY_MEASURES = {"inflation", "gdp", "unemployment", "employment", "jobs", "payrolls", "wages", "exports", "imports",
                    "trade", "cpi"}

# a measure's growth given as a level by the verb after it: 'growth slowed to 1.2%', 'growth was 3%' ('growth of 5%'
# is a change of the measure)
GROWTH_LEVEL = re.compile(r"(\s+growth)\s+(?:slowed|eased|picked\s+up|quickened|accelerated|cooled|stood|held|remained|"
                          r"came\s+in|was|were|is|hit|reached|rose|fell|dropped|climbed|edged\s+(?:up|down))\s+"
                          r"(?:to|at)?\s*(?:about\s+|around\s+|nearly\s+|almost\s+|just\s+(?:over|under)\s+|an?\s+)?"
                          r"-?\d[\d.]*\s*(?:%|per\s*cent|percent)", re.IGNORECASE)


def metric_phrases(text: str, names: list[Name]) -> list[tuple[int, int, str, str]]:
    """Every measure the text names: (start, end, metric, head), with its qualifying modifiers."""
    named = [(n.start, n.end) for n in names]
    words = list(re.finditer(r"[^\W\d_](?:[^\W\d_]|-)*", text))
    found = []
    for i, w in enumerate(words):
        lower = w.group(0).lower()
        spelled = re.search(r"\b(?:gross\s+)?domestic\s+$", text[:w.start()], re.I) if lower == "product" else None
        if spelled:  # 'real gross domestic product' is GDP spelled out
            lower = "gdp"
        economic = re.search(r"\b(?:economic|the\s+economy[’']s)\s+$", text[:w.start()], re.I) if lower == "growth" else None
        if economic:  # 'forecast economic growth of 1.5%': the growth of GDP
            found.append((economic.start(), w.end(), "gdp", "gdp"))
            continue
        if lower in ("economy", "economies") and re.match(
                r"\s+(?:(?:has|have|had|is|was|will|would|could)\s+(?:\w+\s+)?)?(?:to\s+)?(?:grow|grew|grows|growing|grown|"
                r"expand|expanded|expands|expanding|contract|contracted|contracts|contracting|shrank|shrink|shrinks|"
                r"shrinking|shrunk)\b", text[w.end():], re.I) and not any(a <= w.start() < b for a, b in named):
            found.append((w.start(), w.end(), "gdp", "gdp"))  # 'the economy grew 0.6%': GDP, whose growth it is
            continue
        if lower not in METRIC_HEADS or any(a <= w.start() < b for a, b in named):
            continue
        if w.group(0).isupper() and re.search(r"\([^()]{0,30}$", text[:w.start()]) and re.match(r"[^()]{0,5}\)", text[w.end():]):
            continue  # 'Operating profit (EBIT) rose', 'operating loss (adjusted EBIT)': capitals restating the measure before
        if lower == "rate" and re.search(r"\bat\s+an?\s+(?:(?:average|compound(?:ed)?|annual|annualised|annualized|yearly)\s+)+"
                                         r"(?:growth\s+)?$", text[:w.start()], re.I) \
                and re.match(r"\s+of\s+(?:about\s+|around\s+|nearly\s+|almost\s+|just\s+over\s+)?[\d.]+\s*(?:%|per\s*cent|percent)",
                             text[w.end():], re.I):
            continue  # 'have grown at an average annual rate of 5.2%': how fast the measure named before grew, no measure
        if lower in ("value", "volume", "volumes") and re.search(r"(?:%|\bper\s*cent|\bpercent)\s+in\s+$", text[:w.start()], re.I) \
                and not re.match(r"\s+of\b", text[w.end():]):
            continue  # 'exports rose 5.4% in value to $2.55 billion': which side of the exports changed, no measure
        nxt = words[i + 1].group(0).lower() if i + 1 < len(words) else ""
        if nxt in METRIC_HEADS and text[w.end():words[i + 1].start()] == " " and nxt not in ("sales",) \
                and lower in METRIC_MODIFIERS:
            continue  # "trade deficit": the head is the next word
        head = METRIC_HEADS[lower]
        start = spelled.start() if spelled else w.start()
        modifiers: list[str] = []
        j = i - 1 - (len(spelled.group(0).split()) if spelled else 0)
        while j >= 0 and text[words[j].end():words[j + 1].start()] == " " and len(modifiers) < 4:
            prev = words[j].group(0)
            compound = re.fullmatch(r"[a-z]+-to-[a-z]+", prev.lower())  # 'cost-to-income ratio', 'loan-to-value'
            if (prev.lower() not in METRIC_MODIFIERS and not compound) or any(a <= words[j].start() < b for a, b in named):
                break
            if prev.lower() in SEGMENT_MODIFIERS and lower in ("cars", "vehicles", "units", "models"):
                break  # 'Battery-electric cars took 17.6% of the market': a kind of car, whose measure is told elsewhere
            if prev.lower() in ("earned", "written") and lower not in ("premiums", "premium"):
                break  # 'net earned premiums' is a measure; 'The canal earned total revenue' is a verb before it
            modifiers.insert(0, prev.lower())
            start = words[j].start()
            j -= 1
        end = w.end()
        word = head if lower in ("spenders", "spent", "spend", "exported", "imported", "sold", "traded", "exporting", "importing",
                                 "production", "produced", "pumped", "mined", "extracted", "volumes", "proportion", "delivered",
                                 "registered") else lower
        phrase = [m for m in modifiers if m not in GENERIC_MODIFIERS] + [word]
        complement = re.match(r"\s+(?:before\s+tax|of\s+(?:the\s+)?(?:[A-Z][\w’']*\s+)*((?:[a-z\-]+\s+){0,2}?market)\b|"
                              r"on\s+(?:the\s+)?(debt|loans|bonds)\b|(?:of|in)\s+(goods\s+and\s+services)\b|"
                              # 'the rate on its main refinancing operations' is the refinancing rate
                              r"on\s+(?:its|the|their)\s+(?:main\s+|marginal\s+)?([a-z\-]+)\s+(?:operations|facility)\b)",
                              text[end:])
        if complement:
            if complement.group(0).strip().startswith("before"):
                phrase.append("before tax")
            else:
                inner = complement.group(1) or complement.group(2) or complement.group(3) or complement.group(4)
                phrase = [inner.strip()] + phrase
            end += complement.end()
        after_head = re.match(r"\s+(on\s+(?:equity|assets|capital|investment)|to\s+(?:customers|households|companies|"
                              r"businesses|firms|clients))\b", text[end:]) if lower in ("return", "loans", "lending") else None
        if after_head:  # 'return on equity', 'loans to customers': the complement names the measure too
            phrase.append(" ".join(after_head.group(1).split()))
            end += after_head.end()
        # 'GDP growth slowed to 1.2%', 'annual wage growth eased to 4.1%': a rate of growth the text gives as a level
        rate_of_growth = GROWTH_LEVEL.match(text, end) if lower != "growth" else None
        if rate_of_growth:
            phrase.append("growth")
            end += len(rate_of_growth.group(1))
        per_head = re.match(r"\s+per\s+(capita|head|person|inhabitant|resident|share)\b", text[end:])
        if per_head:  # 'GDP per capita' is a measure of its own, never the GDP of the whole country
            phrase.append("per share" if per_head.group(1) == "share" else "per capita")  # ... and 'earnings per share'
            end += per_head.end()
        by = re.match(r"\s+by\s+(?:foreign\s+)?(visitors|tourists|households|consumers)\b", text[end:])
        if lower == "spending" and by:
            phrase = [_singular(by.group(1)), "spending"]
            end += by.end()
        if lower in ("exported", "imported", "produced", "delivered", "shipped", "mined", "pumped", "sold") and len(phrase) == 1:
            # 'exported 43.87 million bags of coffee', 'produced 118,600 tonnes of copper': coffee exports, copper output
            product = re.match(r"\s+(?:an?\s+(?:average|total)\s+of\s+)?[\d.,]+\s*(?:million|billion|thousand|trillion|mn|bn|m|k)?"
                               r"\s+(?:[\w\-]+\s+){1,3}?of\s+([a-z][a-z\-]*(?:\s+(?!and\b|in\b|from\b|to\b|at\b|for\b|per\b|a\b|an\b|each\b|"
                               r"every\b)[a-z][a-z\-]*)"
                               r"{0,2})\b(?:\s+\(([A-Z]{2,6})\))?",
                               text[end:])
            if product and product.group(1).split()[0] not in FUNCTION_WORDS | {"them", "which", "these", "those"} \
                    and not set(product.group(1).split()) & set(METRIC_HEADS):
                # 'imported 27.34 million tonnes of liquefied natural gas (LNG)': LNG imports, by the name it goes on by
                named_as = product.group(1).split()
                name = product.group(2).lower() if product.group(2) else " ".join(named_as[:2])
                phrase = [name, head]
        metric = " ".join(phrase)
        metric = CANONICAL.get(metric, metric)
        if metric.endswith(" turnover"):
            metric = "trade"
        metric = {"export": "exports", "import": "imports"}.get(metric, metric)
        found.append((start, end, metric, head))
    # 'the number of patients waiting', 'the number of homes sold': what is counted, and how, is the measure
    for m in re.finditer(r"\b(?:the\s+)?(?:total\s+)?number\s+of\s+([a-z]+s)\b(?:\s+([a-z]+(?:ing|ed)))?\b", text):
        if any(a <= m.start(1) < b for a, b in named):
            continue
        participle = m.group(2) or ""
        if participle in ("during", "according", "being", "having") or participle in VERBS or UP_RE.fullmatch(participle) \
                or DOWN_RE.fullmatch(participle):
            participle = ""  # 'the number of users increased 12%': the verb of the sentence, not what is counted
        metric = m.group(1) + (f" {participle}" if participle else "")
        found.append((m.start(), m.end(), metric, m.group(1)))
    # 'equity inflows', 'capital outflows': measures of money in or out; a bare 'inflows' ('In September alone, inflows
    # fell 2%') is the article's own flow, named elsewhere
    for m in re.finditer(r"(?<![’'\w])([a-z][a-z\-]{2,})\s+(inflows?|outflows?)\b", text):
        qualifier = m.group(1)
        if any(a <= m.start() < b for a, b in named) or qualifier in FUNCTION_WORDS or _not_a_noun(qualifier) \
                or PERIOD_ADJECTIVE.fullmatch(qualifier) or qualifier in CALENDAR_WORDS:
            continue
        flow = "inflows" if m.group(2).startswith("in") else "outflows"
        found.append((m.start(), m.end(), f"{qualifier} {flow}", flow))
    # 'Earnings before interest, tax, depreciation and amortisation (EBITDA)': a measure spelled out, named by its capitals
    for m in re.finditer(r"((?:[A-Za-z][a-z\-]*,?\s+){2,9})\(([A-Z]{2,8})\)", text):
        letters = m.group(2)
        words = [w for w in re.finditer(r"[A-Za-z][a-z\-]*", m.group(1)) if w.group(0).lower() not in ("and", "of", "the")]
        if len(words) < len(letters) or "".join(w.group(0)[0] for w in words[-len(letters):]).upper() != letters:
            continue
        first = words[-len(letters)]
        start = m.start(1) + first.start()
        if any(a <= start < b for a, b in named) or any(w.group(0)[:1].isupper() for w in words[-len(letters) + 1:]) \
                or not any(w.group(0).lower() in METRIC_HEADS for w in words[-len(letters):]):
            continue  # 'the National Statistics Institute (NSI)' is a name, 'liquefied petroleum gas (LPG)' a product
        found.append((start, m.end(), letters.lower(), letters.lower()))
    return [p for p in found if not any(q is not p and q[0] <= p[0] and p[1] <= q[1] for q in found)]


# -- the drafter -----------------------------------------------------------------------------------------

class FigureDrafter:
    def __init__(self, article: str, reference: date | None = None, dollar: str = "USD"):
        self.article = article
        self.dollar = dollar
        self.sentences = split_sentences(article)
        self.finder = NameFinder(self.sentences)
        self.mentions = find_mentions(article, dollar)
        years = [int(m.value) for m in self.mentions if m.unit is not None and m.unit.kind == "year"]
        latest = max(years, default=date.today().year)
        if reference is None:
            reference = _dateline_date(self.sentences, _latest_past_year(article, latest))
        self.calendar = Calendar(reference, reference.year if reference else _latest_past_year(article, latest),
                                 season_end(article), fiscal_start(article))
        self.calendar.fiscal_article = bool(re.search(r"\b(?:fiscal|financial)\s+year\b", article, re.I))
        # 'for the week ended Nov. 8': an article of weeks, dated by the day each ends, whose comparisons are a week apart
        self.weekly = bool(re.search(r"\bweek\s+(?:ended|ending|to|through)\b", article, re.I))
        self.agency_initials = {m.group(2) for m in re.finditer(r"((?:[A-Z][\w’'\-]*\s+(?:(?:of|for)\s+(?:the\s+)?)?){1,6})"
                                                                 r"\(([A-Z]{2,6})\)", article)
                                if _is_agency(m.group(1))}
        self.all_names = self.finder.article_names(self.sentences)
        self.names = {i: [n for n in found if not n.person] for i, found in self.all_names.items()}
        self.main, self.counterpart = self._main_entities()
        self.count_noun = self._article_count_noun()

    @staticmethod
    def _units_of_measure(figures: list[DraftFigure]) -> None:
        """'29.8 TWh', '4.62 million tonnes': a unit of measure is no measure, so a figure left measuring its unit takes
        the measure of the last figure before it in that unit that has one ('electricity output fell to 158.4 TWh')."""
        named: dict[str, str] = {}
        renamed: dict[tuple[int, str], str] = {}  # (sentence, unit noun) -> the measure it stood for there
        for f in figures:
            if f.metric.removeprefix("share of ").startswith(EMISSIONS_NOUN):
                # '112.5 MtCO2e, or 29% of the total': emissions, and a share of them, whatever their unit
                share = f.metric.startswith("share of ")
                f.metric = ("share of " if share else "") + ((None if share else named.get(f.unit)) or "emissions")
                f.evidence["metric"] = "a unit of measure, no measure: emissions"
            elif f.metric == f.currency and f.currency in MEASURE_UNITS and named.get(f.unit):
                renamed[(f.sentence, f.metric)] = f.metric = named[f.unit]
                f.evidence["metric"] = f"a unit of measure, no measure: that of the last figure in {f.unit}"
            elif (f.sentence, f.metric) in renamed:  # 'producing 88.7 TWh, ..., down 9.4%': its change too
                f.metric = renamed[(f.sentence, f.metric)]
                f.evidence["metric"] = "a unit of measure, no measure: that of the level before it"
            elif f.metric and f.metric != f.currency and f.metric not in MEASURE_UNITS:
                named[f.unit] = f.metric

    def _is_agency(self, name: str) -> bool:
        """An agency that publishes figures, never what they are about: 'the Finance Ministry', 'Eurostat', and
        the initials the article gives one ('the National Statistics Institute (INE)')."""
        return _is_agency(name) or name in self.agency_initials

    # -- who the article is about ------------------------------------------------------------------
    def _main_entities(self) -> tuple[str, str]:
        counts: Counter = Counter()
        flows: Counter = Counter()
        lede_sentence = next((s for s in self.sentences if not s.headline), None)
        lede = lede_sentence.index if lede_sentence is not None else -1
        self.counterpart = ""  # not known yet: the lede's subject is read without one
        lede_subject = self._subject(lede_sentence) if lede_sentence is not None else ""
        if not lede_subject and lede_sentence is not None:  # 'Unemployment in Spain fell': the lede's first name
            first = next((n for n in self.names[lede_sentence.index]
                          if n.start >= dateline(lede_sentence)[2] and not self._is_agency(n.text)), None)
            lede_subject = (first.country or first.text) if first is not None else ""
        for s in self.sentences:
            seen = set()
            for n in self.names[s.index]:
                name = n.country or n.text
                if n.start < dateline(s)[2]:
                    continue  # 'MADRID, Oct 29 -': where the story was filed, not what it is about
                if n.text.isupper() and not n.country and not is_territory(n.text) and not n.possessive:
                    continue
                if _describes_a_company(s.text, n):
                    continue  # 'German drive-systems maker Halvorsen AG': the company's, not Germany's
                if SOURCE_CUE.search(s.text[max(0, n.start - 40):n.start]) or (
                        re.match(r",?\s*(?:said|says|estimated|estimates|calculated|reported)\b", s.text[n.end:])
                        and re.search(r",\s*$", s.text[max(0, n.start - 3):n.start])):
                    # 'according to analysts at Deloitte', '..., Deloitte said': who reports the figures, not whom
                    # they are about
                    continue
                if name not in seen and not self._is_agency(name):
                    seen.add(name)
                    # the lede's subject weighs most: what the article is about
                    counts[name] += 1 + (1 if s.headline else 2 if s.index == lede and name == lede_subject else 0)
                before = s.text[max(0, n.start - 25):n.start].lower()
                if re.search(r"\b(?:exports?|imports?|trade|turnover|shipments|sales)\s+(?:to|from|with)\s+$|"
                             r"\b(?:with|between)\s+$|\btrade\s+partner\s+of\s+$", before):
                    flows[n.text] += 1
        for short in list(counts):  # 'Acme Range' in the headline is 'Acme Range Resources' in the text
            longer = [name for name in counts if name.startswith(short + " ")]
            if len(longer) == 1 and not is_territory(short):  # Mexico is not Mexico City
                counts[longer[0]] += counts.pop(short)
        main = counts.most_common(1)[0][0] if counts else "unknown"
        headline = next((s for s in self.sentences if s.headline), None)
        opener = next((n.country or n.text for n in self.names[headline.index]), "") if headline is not None else ""
        if lede_subject and opener and (opener == lede_subject or lede_subject.startswith(opener + " ")):
            # 'Nordhavn Cars' third-quarter deliveries slip' over 'Nordhavn Cars ... delivered': the headline opens with
            # the lede's subject, whatever other name more sentences mention
            main = lede_subject
        if lede_sentence is not None:
            # 'Airlines worldwide flew 842.6 billion ...': a lede about the world, naming no one before its first number,
            # makes the world what the article is about, whatever region its headline or later sentences name
            opening = dateline(lede_sentence)[2]
            first_number = re.search(r"\d", lede_sentence.text[opening:])
            upto = opening + first_number.start() if first_number else len(lede_sentence.text)
            if GLOBAL_CUE.search(lede_sentence.text[opening:upto]) and not any(
                    opening <= n.start < upto and not self._is_agency(n.text) for n in self.names[lede_sentence.index]):
                main = "world"
        if main == "unknown" and lede_sentence is not None and dateline(lede_sentence)[0]:
            # 'LISBON, Nov 20 (Tagus Herald) – Finance Minister Helena Cordeiro told parliament ...': an article that
            # names no one its figures could be about is about the country it was filed from
            main = country_of_city(dateline(lede_sentence)[0]) or main
        counterpart = ""
        if flows:
            name, seen = flows.most_common(1)[0]
            if seen >= 3 and counts[name] >= 0.4 * len(self.sentences):
                counterpart = name
        return main, counterpart

    def _article_count_noun(self) -> str:
        nouns = Counter()
        for m in self.mentions:
            noun = self._noun_after(self.article, m)
            if noun:
                nouns[noun] += 1
        return nouns.most_common(1)[0][0] if nouns else ""

    @staticmethod
    def _noun_after(text: str, m: Mention) -> str:
        """The plural noun a scaled number counts: '36.87 million foreign visitors' -> visitors, '4.31 billion
        tonne-kilometres' -> tonne-kilometres."""
        if m.unit is None and not m.scale and re.fullmatch(r"\d{1,3}(?:,\d{3})+", m.text.strip()):
            capitals = re.match(r"[\d,]+\s+([A-Z]{2,5})s\b", text[m.number_start:m.number_start + 30])
            if capitals and not _is_currency_code(capitals.group(1)):
                return capitals.group(1).lower() + "s"  # '169,300 EVs', '12,400 SUVs': things counted by their capitals
        if (m.unit is not None and m.unit.kind != "count") or (m.unit is None and not m.scale):
            return ""  # '405 million euros' is money, never a count of euros
        start = m.number_start
        tail = text[start:start + 60]
        found = re.match(r"[\d.,]+\s*(?:million|billion|thousand|trillion|mn|bn|m|k)?\s+((?:[a-z\-]+\s+){0,2}?)([a-z]+(?:-[a-z]+)*s|people|"
                         r"aircraft|staff|personnel|cattle|livestock|feet)\b",
                         tail)
        if found and found.group(2) not in FUNCTION_WORDS and found.group(2) not in ("years", "times", "points", *DURATION_UNITS) \
                and found.group(2) not in MONEY_WORDS:  # '11.45 crowns', '5 billion pesos': money, not things
            words = found.group(1).split()
            if all(w not in FUNCTION_WORDS and w not in VERBS for w in words):
                # 'twenty-foot equivalent units (TEU)': the symbol the article goes on to count in, a known one or the
                # initials of the words it counts ('revenue passenger kilometres (RPKs)')
                symbol = re.match(r"\s*\(([A-Za-z]{1,6}?)s?\)", tail[found.end():])  # '(TEU)', '(TEUs)'
                if symbol and (symbol.group(1).lower() in UNIT_SYMBOLS or (
                        symbol.group(1).isupper() and abbreviates(symbol.group(1), words + [found.group(2)]))):
                    return symbol.group(1).lower()
                return found.group(2)
        # '534.8 billion RPKs': an abbreviation the article spells out as what it counts
        abbreviated = re.match(r"[\d.,]+\s*(?:million|billion|thousand|trillion|mn|bn|m|k)?\s+([A-Z]{2,6})s?\b", tail)
        if abbreviated and abbreviated.group(1) in measure_abbreviations(text):
            return abbreviated.group(1).lower()
        return ""

    # -- figures -----------------------------------------------------------------------------------
    def draft(self) -> Article:
        figures: list[DraftFigure] = []
        self.all_figures_so_far = figures  # the sentences before drafted, as the rules for a later one read them
        running = self.opening_period = self._opening_period()
        previous_subject = self.main
        self.previous_metric = ""
        self.metric_of_unit: dict[str, str] = {}  # the last metric named for each unit
        # an article about trade, whose buyers take exports (a bond sale's buyers make purchases)
        self.trade_article = re.search(r"\b(?:exports?|imports?|exported|imported|shipments?|shipped|trade)\b",
                                       self.article, re.I) is not None
        headline = next((s for s in self.sentences if s.headline), None)
        named = metric_phrases(headline.text, self.names[headline.index]) if headline else []
        if len({p[2] for p in named}) > 1:  # 'Remittances slide as immigration crackdown bites': the main clause's
            main_clause = re.search(r"\s(?:as|after|while|despite|amid|on|but)\s|[,;:]", headline.text)
            named = [p for p in named if main_clause is None or p[1] <= main_clause.start()]
        self.headline_metric = named[0][2] if len({p[2] for p in named}) == 1 else ""
        subjects = {}
        list_period = ""  # 'Key figures for 2024:': the period of the list items under it
        pronoun_thing = ""  # the part the sentence before was about ('Salmon remained the biggest earner')
        for s in self.sentences:
            if s.headline:
                continue
            bullet = re.match(r"\s*[-•*–]\s", s.text) is not None
            if s.first_in_paragraph:  # a new paragraph starts from what the article is about: its entity and period
                previous_subject = self.main
                list_period = list_period if bullet else ""
                # ... unless the paragraph before moved to a season or fiscal year that spans two calendar years
                # ('Exports in the 2024/25 marketing year fell ...' then 'Egypt remained the largest buyer with 2.36
                # million tonnes'), and this paragraph names no time of its own: it goes on with that season
                own_times = [t for t in self.calendar.find(s.text) if t.start >= dateline(s)[2] and t.period]
                running = list_period or (running if not own_times and ".." in running
                                          and ".." not in self.opening_period else self.opening_period)
            mentions = [m for m in self.mentions if s.start <= m.number_start < s.end]
            if s.text.rstrip().endswith(":") and all(m.unit is not None and m.unit.kind == "year" for m in mentions):
                heading = [t for t in self.calendar.find(s.text) if t.period and not t.earlier]
                list_period = heading[0].period if len(heading) == 1 else ""
            # never the dateline's day ('MANILA, June 5 (Reuters) -'), nor the start of a record ('the lowest reading
            # since January')
            times = [t for t in self.calendar.find(s.text) if t.start >= dateline(s)[2]
                     and not RECORD_SINCE.search(s.text[:t.start])]
            # 'half-year sales' in an article about April to September: that half, the article's own
            times = [replace(t, period=self.opening_period) if re.fullmatch(r"(?:six|nine|6|9)-month|half-year",
                                                                            s.text[t.start:t.end], re.I)
                     and _months_in(t.period) == _months_in(self.opening_period) else t for t in times]
            subject = self._subject(s) or previous_subject
            if pronoun_thing and not s.first_in_paragraph and re.match(r"\s*(?:It|Its)\s", s.text[dateline(s)[2]:]) \
                    and not self._subject(s):
                # 'Salmon remained the biggest earner ... Its share of the total rose to 69.7%': the thing the sentence
                # before was about, which 'it' goes back to
                subject = pronoun_thing
            subjects[s.index] = subject
            sentence_figures: list[DraftFigure] = []
            s.figures_so_far = sentence_figures
            for m in mentions:
                figure = self._figure(s, m, mentions, times, subject, sentence_figures, running)
                if figure is None:
                    continue
                sentence_figures.append(figure)
            self._periods(s, sentence_figures, times, running)
            self._span_ends(s, sentence_figures)
            self._shares_of_earlier_amounts(s, sentence_figures)
            self._respectively(s, sentence_figures)
            main = next((f for f in sentence_figures if not f.earlier and f.kind != "year"
                         and not re.fullmatch(r"\d{4}-\d{2}-\d{2}", f.period)), None)
            series = {f.period for f in sentence_figures if not f.earlier and f.kind != "year" and not f.is_change}
            pluperfect = main is not None and re.search(r"\bhad\s+(?:been|totall?ed|stood\s+at|reached|come\s+to)\s+[^,;]*$",
                                                         s.text[:main.start - s.start]) and _ends_before(main.period, running)
            if main is not None and len(series) < 3 and not pluperfect:
                # the sentence's main statement; later figures are mostly comparisons ... unless it goes back to a base
                # ('Exports had totalled $354.7 billion in 2023'), after which the article goes on with its own period
                # ... unless it is a series ('had been 20,526 in 2020, 20,433 in 2021 and 29,851 in 2022'), after which
                # the article goes back to its own period
                running = main.period
            self._partners(s, sentence_figures)
            self._forecasters(s, sentence_figures, figures)
            s.figures = sentence_figures
            figures += sentence_figures
            if sentence_figures and sentence_figures[-1].metric:
                self.previous_metric = sentence_figures[-1].metric
            for f in sentence_figures:
                if f.metric and not f.evidence.get("metric", "").startswith(("the measure of the sentence before",
                                                                            "the measure last named")):
                    self.metric_of_unit[f.unit] = f.metric
            own = self._subject(s)
            pronoun_thing = ""
            if own and (own[:1].isupper() or own in (self.main, self.counterpart) or not mentions):
                previous_subject = own  # a name, or a topic sentence: 'Young people fared better than in the summer.'
            elif own:  # 'Full-time employment rose by 71,200': a part, no subject for the sentences after it
                previous_subject = self.main
                pronoun_thing = own  # ... but the one a next sentence's 'It' or 'Its' means
        self._harmonise(figures, self.main)
        self._product_scopes(figures)
        self._headline_topics(figures)
        self._levels_at_the_month(figures)
        for s in self.sentences:  # again, now that a count's measure is known ('the largest buyer with 2.36 million tonnes')
            self._partners(s, getattr(s, "figures", []))
        self._more_partners(figures)
        self._units_of_measure(figures)
        self._changes_of_their_levels(figures)
        self._bases_of_their_changes(figures)
        self._together(figures)
        self._headline_changes(figures)
        self._headline_levels(figures)
        self._comparators(figures)
        self._central_bank_and_its_economy(figures)
        self._ids_and_quotes(figures)
        return Article(self.article, self.sentences, self.names, figures, self.main, self.counterpart, self.calendar,
                       subjects)

    def _central_bank_and_its_economy(self, figures: list[DraftFigure]) -> None:
        """'The Bank of Thailand cut its rate to 1.25% ... The bank expects the economy to grow 2.0%': a central bank's
        own measures (its policy rate, the borrowing costs it sets, its targets) are the bank's, and the
        measures of the economy it watches (inflation, GDP, jobs, wages, trade) are its country's, whichever of the two
        a sentence names. Only in an article that names one central bank of one country."""
        banks = {}
        for found in self.names.values():
            for n in found:
                m = CENTRAL_BANK.fullmatch(n.text)
                if m and is_territory(m.group(1)):
                    banks[n.text] = territories()[m.group(1).replace(".", "").lower()]
                elif n.text in NAMED_CENTRAL_BANKS:
                    banks[n.text] = NAMED_CENTRAL_BANKS[n.text]
        if len(set(banks.values())) != 1:
            return
        bank, country = max(banks, key=len), next(iter(banks.values()))  # 'the Federal Reserve', later 'the Fed'
        for f in figures:
            if f.entity not in (*banks, country) or f.counterpart:
                continue
            after = re.split(r"[,;.](?!\d)", self.article[f.number_end:f.number_end + 40])[0]
            before = self.article[max(0, f.number_start - 60):f.number_start]
            # its target, range or ceiling ('the 2% midpoint it targets', 'its 1% to 3% control range'), or a figure
            # the bank's name owns ('the Bank of Canada's 1% ...')
            target = re.search(r"\b(?:targets?|targeted|targeting|ceiling|goal|range|band|midpoint|corridor)\b", after, re.I) \
                or re.search(r"\b(?:target|ceiling|goal)\s+(?:of|at)\s+(?:about\s+|around\s+)?$", before, re.I) \
                or any(re.search(rf"\b{re.escape(name)}[’']s\s+(?:[\w\-]+\s+){{0,2}}$", before) for name in banks)
            own = target or CENTRAL_BANK_MEASURE.search(f.metric)
            economy = set(f.metric.lower().split()) & ECONOMY_MEASURES
            entity = bank if own else country if economy else f.entity
            goal = re.search(r"\b(range|band|ceiling|corridor)\b|\b(?:targets?|targeted|targeting|goal|midpoint)\b", after, re.I)
            if goal and economy and not re.search(r"\b(?:target|range|band|ceiling|corridor|goal)\b", f.metric):
                # 'inside the Bank of Canada's 1% to 3% control range': the bank's range for the measure, never its level
                f.metric = f"{f.metric} {(goal.group(1) or 'target').lower()}"
                f.evidence["metric"] = f.evidence.get("metric", "") + f"; '{goal.group(0)}' after it: the bank's goal for it"
            if entity != f.entity:
                f.entity = entity
                f.evidence["entity"] = (f"the measure of {bank}, the central bank" if entity == bank
                                        else f"a measure of {country}'s economy, which {bank} watches")

    def _product_scopes(self, figures: list[DraftFigure]) -> None:
        """'Of the corn, Iran bought 5.1 million tonnes': a sentence that opens on a product measures that product, never
        the one the sentences before measured (the soybeans a rank before it ranks)."""
        for s in self.sentences:
            opener = re.match(r"\s*Of\s+the\s+([a-z][a-z\-]*(?:\s+[a-z][a-z\-]*)?)\s*,", s.text[dateline(s)[2]:])
            if not opener:
                continue
            words = opener.group(1).split()
            if any(w in FUNCTION_WORDS or w in CALENDAR_WORDS or w in METRIC_HEADS or w in METRIC_MODIFIERS
                   or _not_a_noun(w) for w in words):
                continue
            product = " ".join(words)
            for f in figures:
                if f.sentence == s.index and f.kind == "amount" and product not in f.metric and product not in f.entity:
                    f.metric = f"{product} {f.metric}".strip()
                    f.evidence["metric"] = f"'{opener.group(0).strip()}' opening its sentence: {product}'s"

    def _headline_topics(self, figures: list[DraftFigure]) -> None:
        """'Norway's seafood exports hit record value': the headline says what the article's bare 'exports' are, so a
        figure measured only by 'exports' measures seafood exports. The topic is one or two lower-case nouns just
        before a measure the headline names, and it is read only where the headline gives one topic per measure."""
        headline = next((s for s in self.sentences if s.headline), None)
        if headline is None:
            return
        named = [(n.start - headline.start, n.end - headline.start) for n in self.names[headline.index]]
        topics: dict[str, set[str]] = {}
        # only the main clause's: 'India's October exports surge, but oil imports widen' says nothing of all imports
        main_clause = re.search(r"\s(?:as|after|while|despite|amid|on|but|with)\s|[,;:]", headline.text)
        for start, _end, metric, head in metric_phrases(headline.text, self.names[headline.index]):
            if main_clause is not None and start >= main_clause.start():
                continue
            words = re.findall(r"([^\W\d_][\w\-]*)(\s+)", headline.text[:start])[-2:]
            topic: list[str] = []
            for word, space in reversed(words):
                at = headline.text.rfind(word + space, 0, start)
                if space != " " or not word.islower() or any(a <= at < b for a, b in named) or word in FUNCTION_WORDS \
                        or word in CALENDAR_WORDS or word in METRIC_HEADS or word in METRIC_MODIFIERS \
                        or word in GENERIC_MODIFIERS or _not_a_noun(word) or PERIOD_ADJECTIVE.fullmatch(word) \
                        or word.endswith("ed") or word.endswith("s") and not word.endswith("ss") \
                        or word in ("record", "new", "total", "overall", "net", "gross"):
                    # a noun naming a topic is singular ('seafood exports', 'house prices'); 'lifts profit' is a verb
                    break
                topic.insert(0, word)
                start = at
            if topic:
                # 'dairy export earnings' are the dairy exports the article's sentences count
                for name in {metric, head, CANONICAL.get(metric.split()[0], metric.split()[0])}:
                    topics.setdefault(name, set()).add(" ".join(topic))
        # a product is a part of the headline's topic ('salmon' of seafood) where none of its amounts is larger than
        # the article's own of that measure, unit and period: 'Copper ... $50.9 billion' is no part of fruit exports
        # (a price, which no part adds up to, is the topic's whoever's it is: 'house prices' in London too)
        wholes = [f for f in figures if f.entity == self.main and f.kind == "amount" and f.is_level and f.metric in topics]
        amounts: dict[str, list[DraftFigure]] = {}
        for f in figures:
            if f.kind == "amount" and f.is_level and f.metric in topics and f.entity != self.main and "_per_" not in f.unit \
                    and not NON_ADDITIVE.search(f.metric):
                amounts.setdefault(f.entity, []).append(f)
        parts = {entity for entity, found in amounts.items()
                 if not re.fullmatch(r"(?:the\s+)?(?:total|overall|all)", entity, re.I) and all(any(
                     topics[w.metric] == topics[a.metric] and w.period == a.period and _size(a)[0] == _size(w)[0]
                     and _size(a)[1] <= _size(w)[1] for w in wholes) for a in found)}
        for f in figures:
            found = topics.get(f.metric, set())
            if len(found) != 1 or f.kind not in ("amount", "percent") or "_per_" in f.unit and f.metric != "price":
                continue
            if not (f.entity == self.main or f.counterpart or is_territory(f.entity) or is_region(f.entity)) \
                    and f.entity not in parts and not NON_ADDITIVE.search(f.metric):
                continue  # 'Copper, the largest export product', 'total exports': another product's, or all products'
                #           exports, never the headline's fruit exports
            topic = next(iter(found))
            if topic in f.metric or topic in f.entity.lower():
                continue
            f.metric = f"{topic} {f.metric}"
            f.evidence["metric"] = f.evidence.get("metric", "") + f"; the headline's topic: {topic}"

    def _levels_at_the_month(self, figures: list[DraftFigure]) -> None:
        """'The waiting list fell 3.1% in the year to September, to 412,800': a level named over a year to a month is
        the month's, and its change the change to that month; a total over it ('54,900 births in the year to
        April') is the twelve months'."""
        for f in figures:
            s = self.sentences[f.sentence]
            if not f.is_change and re.search(r"\baverag", f.metric + " " + re.split(r"[;]", s.text[:f.number_start - s.start])[-1], re.I):
                continue  # 'Nordtel averaged 6.80 million subscribers in the year to June': the year's, not June's
            if f.period in self.calendar.year_to and set(f.metric.lower().split()) & LEVELS:
                span, f.period = f.period, self.calendar.year_to[f.period]
                f.evidence["period"] = f"a level over the year {span}: the month it ends with, {f.period}"

    def _forecasters(self, s: Sentence, figures: list[DraftFigure], earlier: list[DraftFigure]) -> None:
        """'economists polled by Reuters had expected 2.2%', 'the analysts' consensus of CHF 124.5 million': a
        forecast of a period whose outcome the article gives is the forecasters' figure, never a level of the
        measure; 'economists expect the ratio to fall to 3.1% this year' stays the series' projection."""
        for i, f in enumerate(figures):
            start = figures[i - 1].number_end - s.start if i else 0
            end = figures[i + 1].number_start - s.start if i + 1 < len(figures) else len(s.text)
            window = s.text[start:end]
            # the forecast word in the figure's own clause, the forecasters anywhere between its neighbours
            after_own = re.split(r"[,;]", s.text[f.number_end - s.start:end])[0]
            # 'net profit of $0.62 billion beat the expected $0.55 billion': the cue after a comparison is the other's
            after_own = re.split(r"\b(?:beat|beats|beating|missed|misses|missing|topped|tops|topping|exceeded|exceeds|"
                                 r"exceeding|surpassed|surpasses|above|below|than|against|versus|compared)\b", after_own)[0]
            own = re.split(r"[,;]", s.text[start:f.number_start - s.start])[-1] + " " + after_own
            cue = FORECAST_CUE.search(own)
            group = FORECASTERS.search(window)
            if cue:
                f.forecast = True  # a forecast, a target or an expectation, not an outcome
            elif i and figures[i - 1].forecast and f.kind == figures[i - 1].kind and re.fullmatch(
                    r"[^,;]*?\band\s+(?:an?\s+)?[^,;]*|\s*(?:to|–|-)\s*[^\w\s]{0,3}\s*", s.text[start:f.number_start - s.start]):
                # 'had expected a 0.5% monthly rise and a 1.2% annual increase': both expected; 'its guidance of 1.10
                # million to 1.18 million ounces': both ends of the range
                f.forecast = True
            outcome = any(g is not f and g.period == f.period and g.unit == f.unit and not FORECAST_CUE.search(g.quote)
                          for g in earlier + figures)
            if cue and group and f.is_level and outcome:
                f.entity = group.group(1).lower()
                f.evidence["entity"] = f"'{group.group(0)}' and '{cue.group(0)}': the forecasters' figure"

    @staticmethod
    def _respective_clauses(figures: list[DraftFigure]) -> list[tuple[str, str]]:
        """'exports rose to $15.9 billion from $14.2 billion, while imports grew to $28.0 billion from $26.7 billion,
        increases of 12.0% and 4.9% respectively': the two measures (or entities) the sentence's clauses gave its
        amounts, in their order, where it gives exactly two."""
        seen: list[tuple[str, str]] = []
        for f in figures:
            if f.kind == "amount" and not f.direction and (f.entity, f.metric) not in seen:
                seen.append((f.entity, f.metric))
        if len(seen) != 2:
            return []
        (first_entity, first_metric), (second_entity, second_metric) = seen
        if first_entity == second_entity and first_metric != second_metric:
            return [("metric", first_metric), ("metric", second_metric)]
        if first_metric == second_metric and first_entity != second_entity:
            return [("entity", first_entity), ("entity", second_entity)]
        return []

    def _shares_of_earlier_amounts(self, s: Sentence, figures: list[DraftFigure]) -> None:
        """'SUVs accounted for 21.1 lakh, or 50%, up from 16.0 lakh, or 41%, of the 38.9 lakh sold in 2022-23': a share
        right after an earlier amount, when the level now has its own share before it, is the earlier amount's, of its
        time ('rose to £8.1 billion from £7.6 billion, or 29.2% of the total' is the level now's)."""
        for amount, f in zip(figures, figures[1:]):
            if not any(g.share and not g.earlier and g.number_end <= amount.number_start for g in figures):
                continue
            if f.share and amount.earlier and not f.earlier and amount.kind == "amount" and re.fullmatch(
                    r"\s*(?:,\s*or|\()\s*(?:about\s+|around\s+|nearly\s+|almost\s+)?",
                    self.article[amount.number_end:f.start]):
                f.period, f.earlier = amount.period, True
                f.evidence["period"] = f"the period of the earlier amount it is a share of, {amount.period}"

    def _span_ends(self, s: Sentence, figures: list[DraftFigure]) -> None:
        """'Between 2020 and 2024 revenue rose from CHF 6.5 billion to CHF 8.4 billion', 'From 2019 to 2024, exports grew
        from $3.1 billion to $4.0 billion': the two levels of 'from A to B' are of the span's two years, and a change said
        with them (an average a year over the span) runs to its end."""
        span = re.search(r"\b(?:[Bb]etween|[Ff]rom)\s+((?:19|20)\d\d)\s+(?:and|to|until|through)\s+((?:19|20)\d\d)\b", s.text)
        if span is None or not span.group(1) < span.group(2):
            return
        for start, end in zip(figures, figures[1:]):
            between = self.article[start.number_end:end.number_start]
            if not (start.kind == end.kind == "amount" and start.unit == end.unit and re.fullmatch(
                    r"\s*(?:million|billion|thousand|trillion|m|bn|k)?\s*(?:[a-z]+\s+){0,2}?to\s+(?:about\s+|some\s+)?"
                    r"[^\w\s]{0,3}", between) and re.search(r"\bfrom\s+(?:about\s+|some\s+)?[^\w\s]{0,3}$",
                                                            self.article[s.start:start.number_start])):
                continue
            start.period, start.earlier = span.group(1), True
            end.period, end.earlier = span.group(2), False
            for f in (start, end):
                f.evidence["period"] = f"'{span.group(0)}': the {'start' if f is start else 'end'} of the span 'from ... to'"
            for f in figures:
                if f.is_change and f.evidence.get("annual"):
                    f.period = span.group(2)
                    f.evidence["period"] = f"'{span.group(0)}': a rate over the span runs to its end"
            return

    def _respectively(self, s: Sentence, figures: list[DraftFigure]) -> None:
        """'Exports and imports rose 2.8% and 1.8% respectively, to 9,911.1 billion yen and 9,780.2 billion yen':
        of each pair of numbers joined by 'and', the first is the first thing named and the second the second, and
        the second is a change when the first is."""
        text = s.text
        if not re.search(r"\brespectively\b", text) or not figures:
            return
        head = text[dateline(s)[2]:figures[0].number_start - s.start]
        slots: list[tuple[str, str]] = []  # (field, value) for the first and the second
        measures = re.search(r"\b([a-z]+)\s+and\s+([a-z]+)\b", head, re.I)
        if measures and all(w.lower() in METRIC_HEADS for w in measures.groups()):
            slots = [("metric", METRIC_HEADS[w.lower()]) for w in measures.groups()]
        else:
            names = self.names[s.index]
            pair = next(((a, b) for a, b in zip(names, names[1:]) if b.end <= len(head) + dateline(s)[2]
                         and re.fullmatch(r"\s+and\s+(?:the\s+)?", text[a.end:b.start])), None)
            joined = next((re.fullmatch(r"(.+?)\s+and\s+(?:the\s+)?([A-Z].+)", n.text) for n in names
                           if n.end <= len(head) + dateline(s)[2] and not n.country and not is_territory(n.text)
                           and re.fullmatch(r"[A-Z].+?\s+and\s+(?:the\s+)?[A-Z].+", n.text)), None)
            if pair is None and joined is not None:
                # 'Kestrel Bank and Orwell Bank reported returns of 12% and 5%, respectively': two names read as one
                slots = [("entity", joined.group(1)), ("entity", joined.group(2))]
            elif pair is None:  # the measures of the clauses before: 'exports rose to ..., while imports grew to ...'
                slots = self._respective_clauses(figures)
        if not slots:
            if pair is None:
                return
            # "Sweden's Nordbanken and Norway's Fjordbank": the names the possessives own
            owned = next((n for n in names if n.start > pair[1].end and pair[1].possessive
                          and re.fullmatch(r"(?:[’']s)?\s+", text[pair[1].end:n.start])), None)
            if owned is not None:
                pair = (pair[0], owned)
            field = "counterpart" if self._is_counterpart_slot(text, pair[0]) else "entity"
            slots = [(field, n.country or n.text) for n in pair]
        for f, g in zip(figures, figures[1:]):
            if f.kind != g.kind or f.unit.split("_")[0] != g.unit.split("_")[0] or not re.fullmatch(
                    r"[^\d,;]{0,25}?\s+and\s+[^\w\d]{0,3}", text[f.number_end - s.start:g.start - s.start]):
                continue
            for figure, (field, value) in zip((f, g), slots):
                if getattr(figure, field) != value:
                    setattr(figure, field, value)
                    figure.evidence[field] = f"'{value}', named in the same place before 'respectively'"
                if field == "counterpart" and figure.entity in [v for _, v in slots]:
                    figure.entity = self.main  # 'Exports to China and the United States': the main entity's
                    figure.evidence["entity"] = f"the article's main entity '{self.main}', whose flows go to both"
            if f.direction and not g.direction and f.kind == "percent":
                g.direction = f.direction
                g.evidence["direction"] = f"'{f.direction}', as the change it is paired with 'respectively'"
            if slots[0][0] != "metric" and f.metric != g.metric:
                # '$10.1 billion and $6.7 billion of pre-tax profit respectively': one measure, named once
                own = [h for h in (f, g) if h.evidence.get("metric", "").startswith("'")]
                if len(own) == 1:
                    other = g if own[0] is f else f
                    other.metric = own[0].metric
                    other.evidence["metric"] = f"'{own[0].metric}', the measure of the pair 'respectively'"
        for f in figures:  # '..., together 52.0% of the group total': a share of the pair, now that each has its name
            local = f.number_start - s.start
            if f.share and not f.together and re.search(r"\b(?:together|combined)\b", text[clause_bounds(text, local)[0]:local]):
                entities = {e.counterpart or e.entity for e in figures if e.kind == "amount" and e.is_level
                            and not e.earlier and e.number_end - s.start <= local}
                f.together = len(entities) if len(entities) >= 2 else 0

    def _partners(self, s: Sentence, figures: list[DraftFigure]) -> None:
        """'The United States remained the top destination, taking $6.9 billion': the country a flow goes to is
        the counterpart of the article's main entity, unless the whole article is about flows with one economy."""
        if self.counterpart or not re.search(r"\b(destinations?|markets?|buyers?|customers?|suppliers?|sources? of imports|"
                                             r"trading partners?)\b", s.text):
            return
        # only a flow the main entity has itself: China's 'imports' are never Brazil's imports from China
        own_flows = {g.metric.split()[-1] for g in self.all_figures_so_far + figures if g.entity == self.main and g.metric}
        for f in figures:
            # ... or the trade of a 'trading partner', whatever flows of its own the main entity has
            partner_trade = f.metric.split()[-1:] == ["trade"] and re.search(r"\btrading\s+partners?\b", s.text)
            if f.metric.split()[-1:] in (["exports"], ["imports"], ["trade"]) \
                    and (f.metric.split()[-1] in own_flows or partner_trade) \
                    and f.entity != self.main and is_territory(f.entity) and not f.counterpart \
                    and not self._own_flow(s, f.entity) and not self._home(s, f.entity):
                f.counterpart, f.entity = f.entity, self.main
                f.evidence["counterpart"] = "a destination or source the main entity's flow goes to or comes from"
                f.evidence["entity"] = f"the article's main entity '{self.main}'"
        partners = {f.counterpart for f in figures if f.entity == self.main and f.counterpart}
        for f in figures:
            if f.entity in partners and not f.counterpart and (f.share or f.kind == "pp" or f.metric.split()[:1] == ["share"]):
                # '..., but its share of imports slipped to 41.2%': the share of the main entity's flow from the partner
                f.counterpart, f.entity = f.entity, self.main
                f.evidence["counterpart"] = "the partner whose share of the main entity's flow it is"
                f.evidence["entity"] = f"the article's main entity '{self.main}'"

    def _comparators(self, figures: list[DraftFigure]) -> None:
        """'about 1.5 times as much as German ones', '14.2 points below Calder General': a multiple's or a gap's other
        side is its counterpart, named right after it."""
        for f in figures:
            if f.counterpart or f.kind not in ("times", "pp", "amount", "percent"):
                continue
            s = self.sentences[f.sentence]
            after = s.text[f.number_end - s.start:]
            cue = re.match(r"\s*(?:times\s+)?(?:(?:as\s+(?:much|many|large|big|high)\s+(?:[a-z\-]+\s+){0,2}?as|that\s+(?:of|in)|"
                           r"the\s+(?:[a-z\-]+\s+){0,2}?(?:of|at|in))\s+(?:the\s+)?)" if f.kind == "times" else
                           r"\s*(?:(?:percentage\s+)?points?\s+)?(?:ahead\s+of|below|above|behind|short\s+of)\s+(?:the\s+)?", after)
            if not cue:
                continue
            at = f.number_end - s.start + cue.end()
            name = next((n for n in self.names[s.index] if n.start == at), None)
            other = (name.country or name.text) if name is not None else ""
            if other and other != f.entity and not self._is_agency(other):
                f.counterpart = f.evidence["comparator"] = other
                f.evidence["counterpart"] = f"'{cue.group(0).strip()} {name.text}': the other side of the comparison"
        # 'Pakistan bought more than twice as much as Egypt and more than four times as much as Britain': the second
        # multiple is still Pakistan's, never that of the name the first one is compared with
        for g, f in zip(figures, figures[1:]):
            if g.kind == f.kind == "times" and g.sentence == f.sentence and g.evidence.get("comparator") \
                    and f.entity == g.evidence["comparator"] and re.fullmatch(
                        rf"\s*(?:times\s+)?as\s+(?:much|many|large|big|high)\s+as\s+(?:the\s+)?{re.escape(f.entity)}\s*,?\s+and\s+"
                        r"(?:(?:more\s+than|nearly|almost|about|roughly|around|over|just\s+over|some)\s+)?",
                        self.article[g.number_end:f.start]):
                f.entity, f.evidence["entity"] = g.entity, f"'{g.entity}', whose comparison the 'and' goes on with"

    def _home(self, s: Sentence, country: str) -> bool:
        """'shipments within France', 'domestic sales in Japan': the home market, never a destination."""
        return any((n.country or n.text) == country and re.search(
            r"\b(?:within|inside|domestic(?:ally)?|at\s+home\s+in|home\s+market\s+of)\s+(?:the\s+)?$|\bdomestic\b[^,;]{0,30}$",
            s.text[max(0, n.start - 40):n.start], re.I) for n in self.names[s.index])

    def _own_flow(self, s: Sentence, country: str) -> bool:
        """Whether a sentence gives a country's flow as its own: 'Vietnam's exports were 29.0 million bags', 'China
        also imported 22.1 million tonnes', 'Vietnam, which exported ...', 'Vietnam, the world's second-largest
        producer, exported ...', 'Vietnam, Brazil's closest rival, ...'."""
        for n in self.names[s.index]:
            if (n.country or n.text) != country:
                continue
            after = s.text[n.end:n.end + 120]
            apposition = re.match(r",\s+([^,]{1,80}),", after)
            if apposition and re.search(r"\b(?:market|buyer|customer|destination|importer)s?\b", apposition.group(1)) \
                    and not re.search(r"\b(?:producers?|exporters?)\b", apposition.group(1)):
                continue  # 'The United States, the second-largest market, bought NZ$2.48 billion': the main's buyer
            verb = re.match(r"(?:,\s+[^,]{1,80},)?\s+(?:which\s+|that\s+)?(?:also\s+)?(?:exported|imported|shipped|produced|"
                            r"sold|bought|purchased|harvested|grew|pumped|mined|made|turned\s+out)\b|,\s+which\s+(?:also\s+)?"
                            r"(?:exported|imported|shipped|produced|sold|harvested|grew|pumped|mined|made)\b", after)
            if n.possessive or verb or (apposition and re.search(
                    r"\b(?:producers?|exporters?|importers?|rivals?|competitors?|growers?|manufacturers?|suppliers?)\b",
                    apposition.group(1))):
                return True
        return False

    def _shipments_from(self, figures: list[DraftFigure]) -> None:
        """'Shipments from the UAE fell 7.6% to 3.81 million tonnes': the flow the main entity imports, named before."""
        for f in figures:
            if f.entity != self.main or f.metric.split()[-1:] == ["imports"] or not re.search(
                    r"\b(?:shipments|cargoes|deliveries|supplies|those)\s+(?:\w+\s+)?from\s+(?:the\s+)?[^'\s][^']*'$",
                    f.evidence.get("counterpart", ""), re.I):
                continue
            units = {g.currency for g in figures if g.sentence == f.sentence and g.counterpart == f.counterpart}
            received = [g for g in figures if g.entity == self.main and not g.counterpart and g.currency in units
                        and g.metric.split()[-1:] == ["imports"] and g.sentence < f.sentence]
            if received:
                f.metric = received[-1].metric
                f.evidence["metric"] = f"the flow {self.main} imports, named before"

    def _more_partners(self, figures: list[DraftFigure]) -> None:
        """'The United States remained the largest buyer with 7.12 million bags. Germany came second with 6.94
        million': once one country's share of a flow is the main entity's flow to it, so is every other country's
        flow of that measure, unit and period, unless its sentence gives that flow as the country's own ('Vietnam's
        exports', 'China also imported', 'Vietnam, the second-largest producer')."""
        self._shipments_from(figures)  # again: the second reading of partners may have found more of them
        partners = {(f.metric, f.currency, f.period) for f in figures if f.counterpart and f.entity == self.main
                    and f.evidence.get("counterpart", "").startswith("a destination or source")}
        for f in figures:
            if (f.metric, f.currency, f.period) not in partners or f.counterpart or f.entity == self.main \
                    or not is_territory(f.entity):
                continue
            if self._own_flow(self.sentences[f.sentence], f.entity) or self._home(self.sentences[f.sentence], f.entity):
                continue
            for g in figures:  # and its other figures in that sentence: 'Shipments to Egypt rose 30% from 1.84 million'
                if g.sentence == f.sentence and g.entity == f.entity and not g.counterpart and g.metric == f.metric:
                    g.counterpart, g.entity = g.entity, self.main
                    g.evidence["counterpart"] = "a destination or source like the ones named before: the main entity's flow"
                    g.evidence["entity"] = f"the article's main entity '{self.main}'"
        buyers = {f.counterpart for f in figures if f.counterpart and f.entity == self.main
                  and f.evidence.get("counterpart", "").startswith("a destination or source")}
        for f in figures:
            if f.counterpart and f.entity in buyers and f.entity != f.counterpart \
                    and re.match(r"'[^']*\bto\s", f.evidence.get("counterpart", "")):  # the words 'exports to X
                # 'Germany came second ... Shipments to Japan rose 3.5%': the flow is the main entity's, not Germany's
                f.entity, f.evidence["entity"] = self.main, f"the article's main entity '{self.main}'"

    def _together(self, figures: list[DraftFigure]) -> None:
        """'the three together made up 59%': the share of the last parts named before it."""
        for i, f in enumerate(figures):
            if not f.together:
                continue
            parts: list[DraftFigure] = []
            paragraph = self._paragraph_start(f.sentence)
            for g in reversed(figures[:i]):
                if g.sentence < paragraph:
                    break  # never a part from a paragraph before ('... the remaining NZ$6.50 billion. [new paragraph]')
                if g.kind == "amount" and g.is_level and not g.earlier and g.entity == self.main \
                        and g.number_end < f.number_start and (g.sentence == f.sentence or not g.counterpart):
                    parts = []  # 'Hyundai sold 62,000 and Kia 47,000, together 83%': the main entity's own amount is
                    break       # a part here, so which parts are meant is for a person to say, not a reach back;
                    #             so is 'China ... its purchases fell to NZ$5.71 billion', drafted as the main's own
                if f.evidence.get("together names") and (g.counterpart or g.entity) not in f.evidence["together names"]:
                    continue  # 'Denmark and Finland together': those two, wherever they stand in the list
                if g.kind == "amount" and g.is_level and not g.earlier and g.entity not in [p.entity for p in parts] \
                        and g.entity != self.main:
                    parts.insert(0, g)
                if len(parts) == f.together:
                    break
            if len(parts) == f.together:
                # ... and only the last amounts of their kind before it: 'Spain took 2.2 million tonnes, of which feed mills
                # bought 1.4 million tonnes. Together the two ...' names more amounts than parts, which a person sorts out
                others = [g for g in figures[:i] if g.kind == "amount" and g.is_level and not g.earlier and g not in parts
                          and g.currency == parts[0].currency and parts[0].number_start < g.number_start < f.number_start]
                sub = [g for g in parts if self._sub_amount(g)]
                if others and not f.evidence.get("together names") or sub:
                    parts = []
            if len(parts) == f.together:
                names = [p.entity for p in parts]
                f.entity = ", ".join(names[:-1]) + " and " + names[-1]
                f.evidence["entity"] = f"the {f.together} parts named before it"
                f.evidence["parts"] = [id(p) for p in parts]

        self._sums(figures)

    def _headline_changes(self, figures: list[DraftFigure]) -> None:
        """'New Zealand dairy export earnings jump 14%': a headline's percentage change, after a word of its direction,
        restates the one change of the body that goes the same way and rounds to it ('up 14.1%'), and takes its labels.
        None where no body change or more than one measure fits: which one the headline means is a person's call."""
        headline = next((s for s in self.sentences if s.headline), None)
        if headline is None:
            return
        for m in self.mentions:
            if not headline.start <= m.number_start < headline.end or m.unit is None or m.unit.code != "percent" \
                    or m.high is not None:
                continue
            word = re.search(r"([A-Za-z]+)\s+(?:by\s+)?$", headline.text[:m.number_start - headline.start])
            lower = word.group(1).lower() if word else ""
            direction = ("up" if UP_RE.fullmatch(lower) or lower in HEADLINE_UP else
                         "down" if DOWN_RE.fullmatch(lower) or lower in HEADLINE_DOWN else "")
            if not direction:
                continue
            half = 0.5 * 10 ** -m.decimals
            # a forecast only for a headline that says it is one: 'French wine output set to drop 9%'
            ahead = re.search(r"\b(?:set|expected|forecast|projected|poised|seen|likely|tipped)\s+to\s+$",
                              headline.text[:word.start()] if word else "", re.I) is not None
            fitting = [f for f in figures if f.kind == "percent" and f.direction == direction and f.forecast == ahead
                       and not f.share and not f.evidence.get("restates") and re.fullmatch(r"-?[\d.]+", f.value)
                       and abs(float(f.value) - m.value) < half - 1e-9]  # 14.1% is '14%'; 14.5% rounds either way
            if not fitting or len({(f.entity, f.counterpart, f.metric, f.period) for f in fitting}) != 1:
                continue
            body = fitting[0]
            figures.append(DraftFigure(
                "", body.entity, body.counterpart, body.metric, body.period, _value_text(m), "percent", "none",
                direction, m.text, m.start, m.end, headline.index, number_start=m.start, number_end=m.end, kind="percent",
                evidence={**body.evidence, "restates": id(body),
                          "entity": f"the body's change it rounds: {body.value}% ({body.entity})"}))

    def _headline_levels(self, figures: list[DraftFigure]) -> None:
        """'Ireland's population climbs to 5.46 million', 'Polish household debt rises to 812 billion zlotys': a
        headline's level, printed without a hedge, restates the body's level that a reading of the headline's digits
        holds ('5,458,600', '812.4 billion zlotys'; trailing zeros may be rounding, within the loose reading's cap:
        '₹5,200 crore' for '₹5,188 crore'), of the same kind (money in its currency, a count, a
        percentage that is no change), and takes its labels, in the headline's own unit and scale. None where no body
        level fits or levels of more than one label do: which one the headline means is a person's call."""
        headline = next((s for s in self.sentences if s.headline), None)
        if headline is None:
            return
        drafted = {f.number_start for f in figures if f.sentence == headline.index}
        for m in self.mentions:
            if not headline.start <= m.number_start < headline.end or m.number_start in drafted or m.high is not None \
                    or m.word or (m.unit is not None and m.unit.kind not in ("money", "count", "percent")):
                continue
            before = self.article[headline.start:m.start]
            if re.search(r"\b(?:" + "|".join(re.escape(q) for q in QUALIFIERS) + r")\s*$", before, re.I) \
                    or m.unit is None and re.match(r"\s*(?:%|per\s?cent|percentage|points?|times|years?)\b",
                                                   self.article[m.end:]):
                continue  # 'nearly 5.5 million' is a bound, no rounding; a bare number may be a year or a rate
            if re.search(r"\b(?:tops?|topp(?:ed|ing)|exceed\w*|surpass\w*|pass(?:es|ed)?|cross(?:es|ed)?|breaks?|beats?|"
                         r"above|below|beyond|past|nears?|approach\w*)\s+(?:the\s+)?(?:record\s+)?$", before, re.I):
                continue  # 'revenue tops $5 billion': a threshold passed, no rounding of the level
            percent = m.unit is not None and m.unit.code == "percent"
            word = re.search(r"([A-Za-z]+)\s+(?:by\s+)?$", before)
            if percent and word and (UP_RE.fullmatch(word.group(1).lower()) or DOWN_RE.fullmatch(word.group(1).lower())
                                     or word.group(1).lower() in HEADLINE_UP | HEADLINE_DOWN):
                continue  # 'earnings jump 14%': a change (`_headline_changes`)
            scale = parse_unit(m.unit.code).scale if m.unit is not None else SCALES.get(m.scale, 1.0)
            # every reading of the printed digits: '₹5,200 crore' may be the nearest hundred ('₹5,188 crore')
            spans = [(r.lo * scale, r.hi * scale) for r in readings(
                Printed(m.value, m.decimals, m.trailing_zeros), "none", Tolerances())]

            def fits(f: DraftFigure) -> bool:
                if f.sentence == headline.index or f.is_change or f.earlier or (f.share and not percent) \
                        or not re.fullmatch(r"[\d.]+", f.value):
                    return False
                if percent:
                    same_kind = f.kind == "percent"
                elif m.unit is not None and m.unit.kind == "money":
                    same_kind = f.kind == "amount" and f.currency == m.unit.code.split("_")[0]
                else:
                    same_kind = f.is_count
                value = float(f.value) * parse_unit(f.unit).scale
                return same_kind and any(lo - 1e-9 * scale <= value <= hi + 1e-9 * scale for lo, hi in spans)

            fitting = [f for f in figures if fits(f)]
            if not fitting or len({(f.entity, f.counterpart, f.metric, f.period) for f in fitting}) != 1:
                continue
            body = fitting[0]
            unit = m.unit.code if m.unit is not None else body.currency + (f"_{m.scale}" if m.scale else "")
            figures.append(DraftFigure(
                "", body.entity, body.counterpart, body.metric, body.period, _value_text(m), unit, "none", "", m.text,
                m.start, m.end, headline.index, number_start=m.number_start, number_end=m.end, kind=body.kind,
                share=body.share, share_of=body.share_of, forecast=body.forecast,
                evidence={**body.evidence, "rounds": id(body),
                          "entity": f"the body's level it rounds: {body.value} {body.unit} ({body.entity})"}))

    def _changes_of_their_levels(self, figures: list[DraftFigure]) -> None:
        """'its purchases fell 4.2% to NZ$5.71 billion from NZ$5.96 billion, cutting its share of the total to 20.5%': a
        change whose sentence names no measure before it is a change of the level it reaches, whose measure, entity
        and partner it takes (never the share named after it)."""
        for i, f in enumerate(figures):
            if not f.is_change or f.kind != "percent" or not (f.evidence.get("metric", "").endswith("in its sentence")
                                                               or f.evidence.get("metric", "").startswith(WEAK_METRIC)):
                continue
            s = self.sentences[f.sentence]
            target = next((g for g in figures[i + 1:i + 2] if g.sentence == f.sentence and g.kind == "amount"
                           and g.is_level and not g.earlier
                           and CHANGE_TO_LEVEL.match(s.text[f.number_end - s.start:g.start - s.start])), None)
            if target is None or not target.metric:
                continue
            f.entity, f.counterpart, f.metric = target.entity, target.counterpart, target.metric
            f.evidence["metric"] = f"the measure of the level it changes to, '{target.quote}'"
            f.evidence["entity"] = "the entity of the level it changes to"

    def _bases_of_their_changes(self, figures: list[DraftFigure]) -> None:
        """'Shipments to Egypt rose 30% from 1.84 million tonnes': a base said right after its change, with no level
        between them, is the earlier level of the thing that changed: its entity, partner and measure."""
        for f, base in zip(figures, figures[1:]):
            if not (f.is_change and f.kind == "percent" and base.sentence == f.sentence and base.is_level
                    and base.earlier and base.kind == "amount" and not base.share and f.metric):
                continue
            s = self.sentences[f.sentence]
            if not re.fullmatch(r"\s+from\s+(?:about\s+|around\s+|some\s+|nearly\s+|almost\s+|just\s+(?:over|under)\s+)?"
                                r"[^\w\s]{0,3}", s.text[f.number_end - s.start:base.number_start - s.start]):
                continue
            if (base.entity, base.counterpart, base.metric) != (f.entity, f.counterpart, f.metric):
                base.entity, base.counterpart, base.metric = f.entity, f.counterpart, f.metric
                base.evidence["entity"] = base.evidence["metric"] = "the thing whose change it is the base of, just before it"

    def _sub_amount(self, g: DraftFigure) -> bool:
        """'of which feed mills bought 1.4 million tonnes', 'paid $5.3 billion of Italy's bill', 'including $31.2 billion
        of phones': an amount that is part of another one named beside it."""
        s = self.sentences[g.sentence]
        start, end = clause_bounds(s.text, g.number_start - s.start)
        before, after = s.text[max(0, start - 12):g.number_start - s.start], s.text[g.number_end - s.start:end]
        return bool(re.search(r"\b(?:of\s+which|including|includ\w+|of\s+(?:it|them)|most\s+of\s+it|through)\b", before, re.I)
                    or re.match(r"\s*(?:[a-z]+\s+){0,2}of\s+(?:it|them|that|this|the\s+total|[A-Z][\w’'\-]*[’']s)\b", after))

    def _paragraph_start(self, index: int) -> int:
        """The index of the first sentence of the paragraph that holds sentence `index`."""
        while index > 0 and not self.sentences[index].first_in_paragraph:
            index -= 1
        return index

    def _sums(self, figures: list[DraftFigure]) -> None:
        """'A, with 8.1 million, and B, with 6.5 million, were together home to 14.6 million': a sum of the
        amounts its sentence names before it, for two or more entities, in the same unit."""
        for i, f in enumerate(figures):
            if f.kind != "amount" or not f.is_level or f.earlier or f.together or f.share:
                continue
            s = self.sentences[f.sentence]
            local = f.start - s.start
            clause_start = clause_bounds(s.text, f.number_start - s.start)[0]
            cue = SUM_CUE.search(s.text[clause_start:local])
            if not cue or any(clause_start + cue.end() < g.number_start - s.start < local for g in figures
                              if g.sentence == f.sentence):
                continue  # 'together accounted for 41% of EU exports of €5.27 trillion': the whole, not the sum
            parts = [g for g in figures[:i] if g.sentence == f.sentence and g.kind == "amount" and g.is_level
                     and not g.earlier and not g.share and g.currency == f.currency and g.period == f.period]
            counted = re.search(r"\bthe\s+(two|three|four|five|six|seven|eight)\s+(?:[a-z\-]+\s+){0,2}?(?:together|combined|"
                                r"between\s+them)\b", s.text[clause_start:local], re.I)
            if counted and re.search(r"\b(?:[a-z]+est|top|leading|main|major|big|other|remaining|rest)\b",
                                     counted.group(0), re.I):
                counted = None  # 'the two largest producers together': which two, the ranks say, never the order
            if not parts and counted:
                # 'The four companies together produced 1.37 million tonnes': the last four amounts of the paragraph
                # before it, each of another entity, in its unit, period and measure, with no other amount between
                n = COUNT[counted.group(1).lower()]
                before = [g for g in figures[:i] if self._paragraph_start(f.sentence) <= g.sentence < f.sentence
                          and g.is_level and not g.earlier and not g.share and not g.forecast]
                run = before[-n:]
                if len(run) == n and all(g.kind == "amount" and g.unit.split("_")[0] == f.unit.split("_")[0]
                                         and g.period == f.period and g.metric == f.metric for g in run):
                    parts = run
            if any(g.metric != f.metric for g in parts):
                continue  # 'with revenue of $2.1bn ... together spent $3.2bn': not the same measure
            own = {n.country or n.text for n in self.names[s.index]
                   if clause_start < n.end <= clause_start + cue.start()}
            if own and not own & {g.entity for g in parts}:
                continue  # 'while Xiaomi and Transsion together shipped 70.3 million': their own sum, not the others'
            names = [g.entity for g in parts]
            if len(parts) < 2 or len(set(names)) != len(names) or f.entity not in names and f.entity != self.main \
                    and not counted:
                continue
            f.entity = ", ".join(names[:-1]) + " and " + names[-1]
            f.together = len(parts)
            f.evidence["entity"] = f"the sum of the {len(parts)} amounts named before it ('{SUM_CUE.search(s.text[clause_start:local]).group(0)}')"
            f.evidence["parts"] = [id(g) for g in parts]
            for g in figures[i + 1:i + 2]:
                if g.share and g.evidence.get("entity") == "the amount it is a share of":
                    g.entity = f.entity

    def _opening_period(self) -> str:
        for s in self.sentences:
            if s.headline:
                continue
            if len(s.text.split()) <= 8 and re.search(r"\b\d{1,2}\s+[A-Z][a-z]+\.?\s+\d{4}\s*$|\b[A-Z][a-z]+\.?\s+\d{1,2},?\s+\d{4}\s*$",
                                                    s.text) and not re.search(r"%|\d[\d,.]*\s+(?:million|billion)", s.text):
                continue  # 'Statistics Office release - 28 February 2024': when it was published, not what it is about
            for t in self.calendar.find(s.text):
                if t.period and not t.earlier and t.start >= dateline(s)[2] \
                        and not re.search(r"\bsince\s+(?:the\s+end\s+of\s+)?$|\bbetween\s+[^,;]{0,30}$", s.text[:t.start], re.I):
                    return t.period  # never where a change starts ('risen 40% since 2020'), nor one end of a span
                    #                  ('spent 9.79 trillion yen between April 26 and May 29')
            break
        return str(self.calendar.year)

    def _figure(self, s: Sentence, m: Mention, mentions, times, subject, earlier_figures, running) -> DraftFigure | None:
        text = s.text
        local = m.start - s.start
        if m.text[:1].isdigit() and re.search(r"\bper\s+$", text[max(0, local - 8):local]):
            return None  # 'about 28 litres per 1,000 ASKs': the size of what a rate is per, no figure of its own
        unit = m.unit
        kind = ""
        evidence: dict[str, str] = {}
        # '3.8 billion euros ($4.5 billion) from 5.5 billion': a conversion in brackets names no currency for what follows
        converted = (lambda p: re.search(r"\(\s*(?:about|around|some|roughly|approximately|or|c\.)?\s*$",
                                         self.article[max(0, p.start - 16):p.start])
                     and re.match(r"\s*\)", self.article[p.end:]))
        previous = next((p for p in reversed(mentions) if p.end <= m.start and p.unit is not None
                         and p.unit.kind == "money" and not converted(p)), None)
        if (unit is None or unit.kind == "count") and previous is not None and m.scale \
                and not self._noun_after(self.article, m) \
                and re.fullmatch(r"(?:\s+in\s+[^,;$€£¥]{0,30}?)?\s+(?:from|to|against|versus|compared\s+with)\s+(?:a\s+|an\s+)?",
                                 self.article[previous.end:m.start]):
            # 'rose to 8.42 trillion won from 7.94 trillion': the amount it is compared with names its currency
            unit = parse_unit(f"{previous.unit.code.split('_')[0]}_{m.scale}")
            evidence["unit"] = f"in {previous.unit.code.split('_')[0]}, like the amount it is compared with"
        scaled_before = [p for p in mentions if s.start <= p.start and p.end <= m.start and p.unit is not None
                         and (p.scale or p.unit.kind == "count") and not converted(p)]
        if unit is None and m.scale and scaled_before and scaled_before[-1].unit.kind == "money" and scaled_before[-1].scale \
                and not self._noun_after(self.article, m) and "_per_" not in scaled_before[-1].unit.code \
                and not _counts_people(s.text[clause_bounds(s.text, m.start - s.start)[0]:m.start - s.start]):
            # ... unless its own clause counts people or things: 'as the population grew to 51.5 million'
            # 'Cod earned 12.6 billion crowns, followed by mackerel at 9.8 billion': the amounts its sentence lists are
            # money, like the last scaled amount before it, never the article's tonnes
            code = scaled_before[-1].unit.code.split("_")[0]
            unit = parse_unit(f"{code}_{m.scale}")
            evidence["unit"] = f"in {code}, like the amount before it in its sentence"
        priced = next((p for p in reversed(mentions) if p.end <= m.start and p.unit is not None
                       and p.unit.kind == "price"), None)
        if unit is not None and priced is not None and not m.scale and (
                unit.kind == "money" or unit.kind == "count" and priced.unit.code.startswith(unit.code + "_per_")) \
                and re.fullmatch(
                r"(?:[^.;$€£¥₹]|\.(?=\d)|[$€£¥₹](?=\d)){0,90}?\b(?:from|against|versus|than|compared\s+with|or|below|above|"
                r"followed\s+by\s+[^.,;$€£¥₹]{1,40}?\s+(?:at|with))\s+(?:about\s+|around\s+|"
                r"the\s+|a\s+|an\s+)?", self.article[priced.end:m.start]) \
                and not re.search(r"\b(?:total|totall?ing|payout|bill|overall|in\s+all)\b", self.article[priced.end:m.start], re.I) \
                and not re.match(r"\s+(?:a|an|per|each)\s+(?:year|month|week|day|quarter|annum)\b(?!\s+(?:earlier|before|ago)\b)",
                                 self.article[m.end:]):
            # 'was 462.5 zlotys per megawatt-hour, down 21.4% from 588.1 zlotys in 2023, or €107.4': prices too, and so
            # is the next item of a list ('$3,150 per FEU, followed by Shanghai–Genoa at $2,910'), and 'to 27.69p per
            # kWh from 26.35p' in pence
            unit = parse_unit(f"{unit.code}_per_{priced.unit.code.rpartition('_per_')[2]}")
            evidence["unit"] = "a price of the same thing as the one it is compared with or restates"
        if unit is None and re.match(r"\s*points?\b", text[m.end - s.start:]) and (
                m.value >= 100 or (re.search(rf"\bindex\b|\b(?:{STOCK_INDEXES})\b", text) and "%" not in text)):
            # 'the FTSE 100 index fell 0.4% to 7,748.3 points': an index's level, in its own points
            unit = parse_unit("points")
            evidence["unit"] = "an index's points"
        below_zero = re.search(r"[-−]\s*$", text[:m.start - s.start]) is not None
        if unit is None and (m.decimals or below_zero) and not m.scale and ("%" not in text or m.value >= 20 and re.search(
                r"\b(?:index|indices|PMIs?)\b[^,;%]{0,40}$", text[:m.start - s.start], re.I)) and re.search(
                r"\b(?:(?i:index|indices|gauge|barometer|indicator|sentiment|confidence)|PMIs?)\b", text) and re.search(
                r"\b(?:to|at|from|of|was|were|stood\s+at|reading\s+of)\s+(?:[-−]\s*)?$", text[:m.start - s.start]):
            # 'The manufacturing PMI rose to 46.0 in October from 45.0': an index's level, in its own points; and so is
            # 'consumer confidence rose to -17 from -22.3', below zero
            unit = parse_unit("points")
            evidence["unit"] = "an index's points"
        elided = next((p for p in reversed(mentions) if s.start <= p.start and p.end <= m.start), None)
        if unit is None and not m.scale and elided is not None and elided.unit is not None and not elided.scale \
                and elided.unit.kind in ("count", "percent") and m.decimals == elided.decimals \
                and re.search(r"\bto\s+(?:about\s+|around\s+)?$", self.article[max(s.start, elided.start - 20):elided.start]) \
                and re.fullmatch(r"(?:\s+(?:in|at|on)\s+[\w\s]{1,20}?)?\s*,?\s*(?:up\s+|down\s+)?from\s+(?:about\s+|around\s+)?",
                                 self.article[elided.end:m.start]):
            # 'The median age rose to 39.4 years from 39.1': the unit the level it changes to states, left unsaid
            unit = elided.unit
            evidence["unit"] = f"{unit.code}, as the level before it says"
        if unit is None and re.match(r"\s*points?\b", text[m.end - s.start:]) and "%" in text:
            # 'climbed to 83.9% from 82.4%, a rise of 1.5 points': points of a percentage
            unit = parse_unit("pp")
            evidence["unit"] = "points beside percentages: percentage points"
        if unit is None and m.scale and not self._noun_after(self.article, m) and not NUMBER_OF.search(s.text) \
                and not any(w.lower() in COUNT_NOUNS or w.lower() in WHO_IS_COUNTED
                            for w in re.findall(r"\b([A-Za-z]+s)\b", s.text)):
            # 'Masovia ... 168.2 billion zlotys, followed by Silesia with 96.4 billion. Lesser Poland ranked third with
            # 81.3 billion': a bare amount at the scale of the money its paragraph last counted in, never the article's
            # count noun
            before = [f for f in self.all_figures_so_far + getattr(s, "figures_so_far", [])
                      if self.sentences[f.sentence].paragraph == s.paragraph and f.kind == "amount"
                      and f.unit.endswith("_" + m.scale) and "_per_" not in f.unit]
            if before and before[-1].currency.isupper() and not any(
                    p.number_start < m.start and p.unit is not None and p.unit.kind == "count"
                    and p.number_start > before[-1].number_start for p in mentions):
                unit = parse_unit(before[-1].unit)
                evidence["unit"] = f"{unit.code}, the money its paragraph last counted in at that scale"
        if unit is None or (unit.kind == "count" and evidence.get("unit") != "an index's points"):
            # a unit written as a symbol right after the number ('22.4 kt', '3.1 GWh') is what it counts
            # ... and so is a scaled one printed in capitals ('2.31 million TEU'); 'million bpd' counts the barrels
            # the article names
            printed = m.text.rstrip()[-len(unit.code.split("_")[0]):] if unit is not None else ""
            # ... and so are 'million bpd', 'billion bcm' and 'million boe', symbols never written any other way
            symbol = unit is not None and (unit.code.split("_")[0] in UNIT_SYMBOLS and (not m.scale or not printed.islower()
                                                                                    or printed in ("bpd", "bcm", "boe"))
                                           or unit.code in ("years", "pence", *DURATION_UNITS)
                                           or unit.code.startswith(EMISSIONS_NOUN))  # '112.5 MtCO2e'
            # an age ("39.4 years") or another length of time ("a median wait of 13.8 weeks") is what it says
            # a currency word the article never pins to one currency ('61.5 billion crowns') stays what it says, never
            # the article's tonnes
            unresolved = unit is not None and unit.code.split("_")[0] in MONEY_WORDS
            noun = unit.code.split("_")[0] if symbol or unresolved else \
                self._noun_after(self.article, m) or self._sentence_count_noun(s, mentions, m)
            grouped = re.fullmatch(r"\d{1,3}(?:,\d{3})+", m.text) is not None  # '612,300': a count, not a code or a page
            paired = self._paired_count_noun(s, mentions, m) if unit is None and not m.scale and not grouped else ""
            if paired:
                noun = paired
                evidence["unit"] = f"counted in {noun}, like the number a change pairs it with"
            elif not noun or not m.scale and unit is None and not grouped:
                return None
            noun = "people" if noun in PERSON_NOUNS else noun  # births and deaths add up as people
            noun = "barrels" if noun == "bpd" else noun  # barrels a day are counted as barrels, 'million bpd' too
            code = f"{noun}_{m.scale}" if m.scale else noun
            if unit is not None and unit.code.startswith(EMISSIONS_NOUN):
                code = unit.code  # '112.5 MtCO2e': scaled by its prefix, never by a scale word
            kind = "amount"
            evidence.setdefault("unit", f"counted in {noun}" + ("" if self._noun_after(self.article, m) else
                                                                  " (the noun the sentence or article counts)"))
        elif unit.kind == "money" or unit.kind == "count":  # a count here is an index's points
            code, kind = unit.code, "amount"
        elif unit.kind == "rate":
            code, kind = unit.code, "rate"
        elif unit.kind == "price":
            code, kind = unit.code, "amount"  # compared, grown and ranked like amounts of its own unit only
        elif unit.kind == "percent":
            code, kind = "percent", "percent"
        elif unit.kind == "pp":
            code, kind = unit.code, "pp"  # percentage points, or basis points ('bp')
        elif unit.kind == "ratio":
            if m.word and not re.fullmatch(r"(?i)doubled|tripled|trebled|quadrupled|halved|twice|double", m.text) \
                    and not FRACTION_CHANGE.fullmatch(m.text) \
                    and not re.match(r"\s+(?:as\s+(?:much|many|large|big|high|great|long)|the\s+(?:size|level|amount|number|"
                                     r"value|volume)|those|that\s+of|bigger|larger|higher|greater|more)\b|"
                                     # 'eight times the HK$13.2 billion', 'three times the national rate', 'five times
                                     # its size', never 'three times in the past year'
                                     r"\s+(?:the|its|their)\s+(?!(?:year|month|week|day|quarter|season|past|last|first|"
                                     r"previous|number\s+of\s+times)\b)", text[m.end - s.start:]):  # 'five times the 32,100 sold by
                return None  # 'raised rates three times this year' is no multiple; 'three times those to France' is
            if m.word and m.text.lower() == "double" and not re.match(r"\s+(its|the|their|that|last)\b", text[local + len(m.text):]):
                return None
            code, kind = "times", "times"
        elif unit.kind == "year":
            if not re.search(r"\bsince\s+(?:at\s+least\s+)?$", text[:local]):
                return None  # a year is a figure only when the year itself is the claim
            code, kind = "year", "year"
        else:
            return None
        before = text[max(0, local - 40):local]
        qualifier = next((q for q in QUALIFIERS if re.search(rf"\b{re.escape(q)}\s*$", before, re.IGNORECASE)), "none")
        if qualifier == "up to" and re.search(r"\b(?:went|go|goes|going|gone|shot|moved|climbed|rose|risen|jumped|revised|"
                                              r"pushed|bumped|ramped|ticked|edged|picked|marked|stepped|scaled|moving|"
                                              r"climbing|rising|from\s+\S+)\s+up\s+to\s*$", before, re.IGNORECASE):
            qualifier = "none"  # 'revised up to 0.3%', 'rose from 3.1% up to 3.5%': a level reached, no bound
        compared = re.search(rf"(\d[\d.,]*)\s*(?:%|percent|per\s?cent|(?:percentage\s+)?points?|pp|(?:million|billion)?\s*"
                             rf"(?!(?:and|or|but|in|of)\b)([a-z]+))?\s+{re.escape(qualifier)}\s*$", before, re.IGNORECASE) \
            if qualifier in OPEN_QUALIFIERS else None
        if compared and not (
                # ... never a year or a date before a bound ('Ferrovia's 2024 profit more than doubled', 'in the
                # quarter ended Sept. 30 rose more than 10%'), nor a measure or a verb between ('2024 profit more than')
                re.fullmatch(r"(?:19|20)\d\d", compared.group(1))
                or re.search(r"\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+$", before[:compared.start()])
                or compared.group(2) and (compared.group(2).lower() in METRIC_HEADS or compared.group(2).lower() in VERBS
                                          or re.fullmatch(r"[a-z]+ed|rose|fell|grew|sank|slid|shrank", compared.group(2).lower()))
                # ... nor a bound of a multiple in words ('its 1,200 stores more than doubled')
                or re.match(r"(?:doubl|tripl|trebl|quadrupl|halv|twice|thrice)", text[local:], re.IGNORECASE)):
            qualifier = "none"  # '0.2 points less than 3.6%', '$5 billion more than': a comparison, not a bound ('in 2023
            #                     and more than double' is one)
        start = m.start - (len(re.search(rf"\b{re.escape(qualifier)}\s*$", before, re.IGNORECASE).group(0))
                           if qualifier != "none" else 0)
        if qualifier != "none":
            qualifier = re.search(rf"\b({re.escape(qualifier)})\s*$", before, re.IGNORECASE).group(1)
            if qualifier not in QUALIFIERS:
                qualifier = qualifier.lower()
        value = _value_text(m)
        figure = DraftFigure("", "", "", "", "", value, code, qualifier, "", "", start, m.end, s.index,
                             number_start=m.start, number_end=m.end, kind=kind, evidence=evidence)
        self._direction(s, figure, m)
        rate_compared = kind == "percent" and figure.direction == "up" and re.match(
            r"[^,;]{0,40}?,?\s*(?:down|up)\s+from\s+(?:the\s+|an?\s+)?(?:\w+\s+)?[\d.]+\s*(?:%|percent|per\s?cent)",
            text[m.end - s.start:])
        if rate_compared:
            # 'expects the economy to grow 2.0% this year, down from the 2.3% it projected': a growth rate compared
            # with another, a level of the rate (a contraction stays a fall: a level has no sign to print)
            figure.direction = ""
            figure.evidence["direction"] = "a rate of growth compared with another ('down from 2.3%'): a level"
        self._share(s, figure, earlier_figures)
        self._entity(s, figure, subject, earlier_figures)
        self._metric(s, figure, earlier_figures)
        if rate_compared and "growth" not in figure.metric and "inflation" not in figure.metric:
            figure.metric = f"{figure.metric} growth" if figure.metric and figure.metric != "value" else "growth"
        if figure.direction:
            # up to the next number that is no year: 'rose 1.5% in May 2025 from April to $712.0 billion'
            following = next((x for x in mentions if x.start > m.end and not (x.unit is not None and x.unit.kind == "year")),
                             None)
            tail = text[m.end - s.start:(following.start - s.start) if following is not None and following.start < s.end
                        else len(text)][:90]
            # ... within the change's own clause: never 'while imports fell sharply from April'
            tail = re.split(r";|,\s+(?:while|but|whereas|although|though|and|as)\b", tail)[0]
            yearly = YEAR_EARLIER_BASIS.search(tail)
            stepped = JUST_BEFORE_BASIS.search(tail) or re.match(
                # 'fell 3.8% on Tuesday': the day's move, right after it (never 'the office said on Tuesday')
                r"\s*on\s+(?:the\s+day|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b", tail) or JUST_BEFORE_BASIS_BEFORE.search(
                text[clause_bounds(text, local)[0]:local]) or (
                not YEAR_EARLIER_BASIS.search(text[local:]) and not re.search(r"\ba\s+year\s+(?:earlier|before|ago)\b",
                                                                                text[local:], re.I)
                and JUST_BEFORE_IN_SENTENCE.search(text[local:]))
            if yearly and re.fullmatch(r"\s*(?:%|per\s*cent|percent)?\s*", tail[:yearly.start()]):
                stepped = None  # '3% month on month and 12% year on year': each change's own words name its base
            if re.search(r"\b(?:better|worse|higher|lower|more|less|above|below)\s+than\s+(?:had\s+been\s+|was\s+)?"
                         r"(?:expected|forecast|anticipated|planned|budgeted|targeted|estimated|projected)\b|"
                         r"\bthan\s+(?:analysts|economists|the\s+government|the\s+bank)\s+(?:had\s+)?(?:expected|forecast)",
                         text[local:], re.I):
                figure.evidence["basis"] = "unknown"  # '0.2 percentage points better than expected': against a forecast
            elif stepped:
                figure.evidence["basis"] = "just before"  # 'up 2.0% on the month'
                step = re.search(r"week|month|quarter", stepped.group(0), re.I)
                if step:
                    figure.evidence["step"] = step.group(0).lower()
            elif yearly:
                figure.evidence["basis"] = "a year earlier"  # 'rose 12% from a year earlier'
            elif (YEAR_TO_DATE.search(tail) or YEAR_TO_DATE.search(text[clause_bounds(text, local)[0]:local]) or (
                    # 'has risen 24% in 2025', written before the year is out: since the start of the year
                    (reference := self.calendar.reference) is not None and reference.month < 12
                    and re.match(rf"\s*in\s+{reference.year}\b", tail))) and not re.search(
                    # ... unless the sentence gives last year's level as the base ('fall 9% this year to 39.6 million
                    # hectolitres from 43.5 million in 2024'): a year's total against the year before's
                    r"\bfrom\b[^,;]*\b(?:in|of)\s+(?:19|20)\d\d\b|\blast\s+year\b|\ba\s+year\s+(?:earlier|ago|before)\b",
                    text[local:], re.I):
                figure.evidence["basis"] = "the start of the year"  # 'has risen 24% since the start of the year'
            else:
                # another base: 'since 2022', 'compared with two years earlier', 'above their pre-pandemic level'
                clause_before = text[clause_bounds(text, local)[0]:local]
                other = OTHER_BASIS.search(tail) or OTHER_BASIS.search(clause_before) or OTHER_BASIS.search(
                    text[:local] if re.match(r"\s*(?:Compared|Measured|Against|Relative|Since)\b", text) else "")
                if other:
                    figure.evidence["basis"] = _other_basis(other)
        or_a_year = re.search(r",\s*or\s+(?:about\s+|around\s+|nearly\s+|almost\s+|some\s+)?$", text[:start - s.start]) \
            and ANNUAL_AFTER.match(text[m.end - s.start:])  # 'grew from $3.1 billion to $4.0 billion, or 5.2% a year'
        if kind == "percent" and not figure.direction and (
                ANNUAL_BEFORE.search(text[clause_bounds(text, local)[0]:start - s.start]) or or_a_year):
            # 'reserves have grown at an average annual rate of 5.2%': the verb before the rate gives its direction
            # ... in its clause, or anywhere before it in its sentence for 'or N% a year' ('$3.1 billion to $4.0 billion')
            verb = re.search(r"\b(?:(grown|grew|risen|rose|increased|expanded|climbed|gained)|(fallen|fell|declined|shrunk|"
                             r"shrank|contracted|dropped))\b" + (r"(?:[^;.]|\.(?=\d))*$" if or_a_year else r"[^,;.]*$"),
                             text[:start - s.start] if or_a_year else text[clause_bounds(text, local)[0]:start - s.start])
            if verb:
                figure.direction = "up" if verb.group(1) else "down"
                figure.evidence["direction"] = f"'{verb.group(0).split()[0]}' before an average annual rate"
        if kind == "percent" and figure.direction:
            clause_start = clause_bounds(text, local)[0]
            cue = ANNUAL_AFTER.match(text[m.end - s.start:]) or ANNUAL_BEFORE.search(text[clause_start:start - s.start])
            if cue:
                figure.evidence["annual"] = f"'{cue.group(0).strip()}': an average annual rate"
        return figure

    def _paired_count_noun(self, s: Sentence, mentions, number: Mention) -> str:
        """What a bare whole number counts when a change pairs it with a counted one: '162 aircraft, up from 155',
        'The number of new listings rose to 42 from 31'. Nothing for any other bare number (a code, an age, an index)."""
        text, start, end = s.text, number.number_start - s.start, number.end - s.start
        if not re.fullmatch(r"\d+", number.text.strip()):
            return ""
        to_then_from = re.search(r"\bto\s+(?:about\s+|around\s+)?$", text[:start]) and re.match(
            r"\s+from\s+(?:about\s+|around\s+)?[\d,]+\b(?![.,]\d|\s*(?:%|per\s?cent|percent|points?)\b)", text[end:])
        from_after = re.search(r"(?:\bto\s+(?:about\s+|around\s+)?[\d,]+(?:\s+[a-z\-]+)?|\d(?:\s+[a-z\-]+)?,?\s+(?:up|down)"
                               r"(?:\s+\d+(?:\.\d+)?%)?)\s+from\s+(?:about\s+|around\s+)?$", text[:start])
        # '512 bankruptcies, followed by hospitality with 486': the next item of a list of counts
        listed = re.search(r"(?:,\s*followed\s+by|,\s*ahead\s+of|,\s*and|,\s*while)\s+[^.;\d,]{1,40}?\s+(?:with|at)\s+"
                           r"(?:about\s+|around\s+|nearly\s+)?$", text[:start])
        counted = [noun for noun in (self._noun_after(self.article, p) for p in mentions if p is not number
                                     and s.start <= p.start and p.number_start < number.number_start) if noun]
        if listed and counted:
            return counted[0]  # the list's own noun, never one said between ('512 bankruptcies, which cost 240 jobs')
        if not (to_then_from or from_after):
            return ""
        partner = next((p for p in mentions if p is not number and abs(p.number_start - number.number_start) <= 40
                        and (p.unit is None or p.unit.kind == "count")), None)
        if partner is not None and partner.unit is not None:
            return self._noun_after(self.article, partner) or partner.unit.code.split("_")[0]
        clause_start = clause_bounds(text, start)[0]
        number_of = NUMBER_OF.search(text[clause_start:start])
        if number_of:
            return number_of.group(1)
        # 'Bankruptcies in hospitality fell by a third, to 655 from 982': two bare numbers of what the sentence's
        # subject counts
        return self._opener_count_noun(s, 0, start) if partner is not None else ""

    def _opener_count_noun(self, s: Sentence, clause_start: int, local: int) -> str:
        """'Marriages rose to 222,400': what the clause's subject counts, never the article's births; a measure too
        when it counts things, never money ('Enrolments rose to 48,210', 'Bankruptcies in hospitality fell ... to
        655')."""
        clause_start = max(clause_start, dateline(s)[2])
        opener = re.match(r"\s*(?:the\s+)?([A-Za-z][a-z]+s)(?:\s+(?:in|at|among|for)\s+[a-z][a-z\-]*(?:\s+[a-z][a-z\-]*)?)?"
                          rf"\s+({VERB_ALTERNATIVES})\b", s.text[clause_start:local])
        noun = opener.group(1).lower() if opener else ""
        if opener and (noun not in METRIC_HEADS or noun in SELF_COUNTED) and noun not in FUNCTION_WORDS \
                and not any(n.start <= clause_start + opener.start(1) < n.end for n in self.names[s.index]):
            return noun
        return ""

    def _sentence_count_noun(self, s: Sentence, mentions, number: Mention) -> str:
        """What a scaled number with no noun of its own counts: the noun another number of its sentence counts,
        the countable noun its clause opens with ('Monthly active users rose 14% to 626 million'), else a
        countable noun its sentence (or, failing that, the article) names."""
        for m in mentions:
            noun = self._noun_after(self.article, m)
            if noun:
                return noun
            if m is not number and m.unit is not None and m.unit.kind == "count" \
                    and m.unit.code.split("_")[0] in UNIT_SYMBOLS:
                return m.unit.code.split("_")[0]  # 'carried 1.42 million TEU, up 6.8% from 1.33 million'
        clause_start = clause_bounds(s.text, number.number_start - s.start)[0]
        own = [w.lower() for w in re.findall(r"\b([A-Za-z]+s)\b", s.text[clause_start:number.number_start - s.start])
               if w.lower() in WHO_IS_COUNTED]
        if own:
            return own[0]
        opener = self._opener_count_noun(s, clause_start, number.number_start - s.start)
        if opener:
            return opener
        if re.search(r"\b(?:crowds?|attendances?|audiences?|turnout|gates?)\b(?:\s+[\w\-]+){0,3}\s+(?:at|of|was|were|reached|"
                     r"averaged|stood\s+at)\s+(?:about\s+|around\s+|nearly\s+|just\s+over\s+)?$",
                     s.text[clause_start:number.number_start - s.start], re.I):
            return "spectators"  # 'the highest average crowd at 81,204': people watching, never the article's matches
        number_of = NUMBER_OF.search(s.text)
        if number_of:  # 'the number of transfers dropped to 11.7 million'
            return number_of.group(1)
        numbers = re.search(r"\b(passenger|visitor|tourist|user|subscriber|customer|patient|student)\s+numbers\b", s.text, re.I)
        if numbers:  # 'expected passenger numbers to rise to about 80 million'
            return numbers.group(1).lower() + "s"
        counted = [f.currency for f in getattr(s, "figures_so_far", []) if f.is_count]
        if counted and re.search(r"\b(?:remaining|rest|other|another)\s+(?:[a-z]+\s+)?$|\bfollowed\s+by\b[^,;\d]*\bwith\s+$|"
                                 r"\b(?:the\s+)?(?:lowest|highest|smallest|largest|biggest)\s+(?:at|with)\s+$",
                                 s.text[:number.number_start - s.start], re.I):
            return counted[-1]  # '57.8 million of the total ..., with the remaining 21.4 million': what its sentence counts
        counted_by = re.search(rf"\b({PEOPLE_MEASURES})\b", s.text[clause_start:number.number_start - s.start], re.I)
        if counted_by and not self.count_noun:
            # 'Payrolls were revised down by 30,000 to 89,000': jobs; 'unemployment rose by 50,000', 'the population
            # fell by 898,000 to 120.3 million': people
            return "jobs" if counted_by.group(1).lower() in ("payrolls", "employment") else "people"
        if self.count_noun:
            return self.count_noun
        for noun in re.findall(r"\b([A-Za-z]+s)\b", s.text):
            if noun.lower() in COUNT_NOUNS:
                return noun.lower()
        found = [w.lower() for w in re.findall(r"\b([A-Za-z]+s)\b", self.article) if w.lower() in COUNT_NOUNS]
        return max(set(found), key=found.count) if found else ""

    # -- direction: a change or a level ------------------------------------------------------------
    def _direction(self, s: Sentence, f: DraftFigure, m: Mention) -> None:
        text = s.text
        local = f.start - s.start
        gap = re.search(r"\b(?:(smaller|lower|less|fewer|narrower|larger|bigger|higher|greater|more|wider)\s+than|(below|above|"
                        r"behind|ahead\s+of))\s+[^,;\d]{1,50}\s+by\s+(?:about\s+|some\s+|nearly\s+|around\s+)?$", text[:local], re.I)
        if gap and f.kind in ("amount", "percent", "pp"):
            # 'smaller than Samsung's chip unit by 0.98 trillion won': the gap between the two, never the other's level
            word = (gap.group(1) or gap.group(2)).lower()
            f.direction = "down" if word in ("smaller", "lower", "less", "fewer", "narrower", "below", "behind") else "up"
            f.evidence["direction"] = f"'{word} ... by': a difference"
            return
        previous = s.figures_so_far[-1] if getattr(s, "figures_so_far", None) else None
        if f.kind == "amount" and previous is not None and previous.kind == "percent" and previous.is_change \
                and re.fullmatch(r"\s*,?\s*or\s+(?:about|around|roughly|some|nearly|almost)?\s*",
                                 text[previous.number_end - s.start:local]):
            # 'an increase of 6.2% or 16.5 billion euros', 'fell 3.1%, or 4.2 billion euros': the change in money
            f.direction, f.evidence["direction"] = previous.direction, "', or' after a change: the same change as an amount"
            return
        if f.kind == "percent" and previous is not None and previous.kind == "percent" and previous.is_change \
                and previous.direction in ("up", "down") and re.fullmatch(
                    r"\s*,?\s*(?:and|while|but|whereas)\s+(?:the\s+)?[A-Z][\w’'\-]*(?:\s+[A-Za-z][\w’'\-]*){0,4}?\s+",
                    text[previous.number_end - s.start:local]) \
                and not re.search(rf"\b(?:{UP}|{DOWN}|was|were|is|are|had|has|at|with|of|to)\b",
                                  text[previous.number_end - s.start:local], re.I):
            # 'Middle East airlines rose 5.4%, and African carriers 5.6%': the verb the list leaves out is the one before
            f.direction, f.evidence["direction"] = previous.direction, "a list item whose verb is the one before it"
            return
        if f.kind == "percent" and previous is not None and previous.kind == "percent" and previous.is_change \
                and previous.direction in ("up", "down") and re.fullmatch(r"[^,;\d]{0,40}?\s+and\s+",
                                                                       text[previous.number_end - s.start:local]) \
                and re.match(r"\s*(?:%|per\s*cent|percent)?\s*(?:(?:from|on|over|compared\s+with|against)\s+(?:a|the|its)\s+"
                             r"(?:year|quarter|month|previous|prior|same)|year[\s-]on[\s-]year|on\s+an\s+annual\s+basis|"
                             r"(?:from\s+)?a\s+year\s+(?:earlier|ago|before))", text[f.number_end - s.start:], re.I):
            # 'The economy grew 0.6% in the second quarter and 1.8% from a year earlier': the same verb's change of the
            # same measure against another base
            f.direction, f.evidence["direction"] = previous.direction, "a second change of the verb before it, on another base"
            return
        if f.kind == "percent" and previous is not None and previous.kind == "percent" and previous.is_change \
                and previous.direction in ("up", "down") and re.fullmatch(
                    r"\s*(?:%|per\s*cent|percent)?\s+in\s+(?:[A-Z][a-z]+|the\s+[a-z]+\s+(?:quarter|half|month))(?:\s+\d{4})?"
                    r"\s*,?\s+and\s+", text[previous.number_end - s.start:local]) \
                and re.match(r"\s*(?:%|per\s*cent|percent)?\s+in\s+(?:[A-Z][a-z]+|the\s+[a-z]+\s+(?:quarter|half|month))\b",
                             text[f.number_end - s.start:]):
            # 'Prices had risen 0.6% in October and 0.3% in September': the same verb's change of another period
            f.direction, f.evidence["direction"] = previous.direction, "a change of another period, after the verb before it"
            return
        after = text[m.end - s.start: m.end - s.start + 30]
        clause_start, _ = clause_bounds(text, local)
        before = text[max(clause_start, local - 45):local]
        last_words = " ".join(re.findall(r"[\w\-]+", before)[-4:]).lower()
        if f.kind == "percent":
            if re.search(r"\b(to|at|of|was|were|is|are|reached|stood|averaged|hit|from|by\s+\d{4})\s*(?:a\s+|an\s+|the\s+)?$",
                         before, re.IGNORECASE) and not re.search(r"\b(?:by|of)\s*$", before) \
                    or re.match(r"\s*(?:of|higher|lower|(?:larger|bigger|greater|smaller)\s+than|(?:more|less|fewer)\s+than)\b", after) \
                    and not re.match(r"\s*(?:rise|increase|drop|fall)", after):
                if re.search(r"\b(?:by|of)\s*$", before) and re.search(rf"\b({CHANGE_NOUNS})\s+of\s*$|(?:{UP_RE.pattern}|{DOWN_RE.pattern})\s+by\s*$", before, re.I):
                    pass
                elif re.match(r"\s*(?:higher|(?:larger|bigger|greater)\s+than|more\s+than|above)\b", after):
                    # ... and 'The plan is 2.8 percent larger than the current year's budget'
                    f.direction, f.evidence["direction"] = "up", "'N% higher', 'N% more than' or 'N% above'"
                    return
                elif re.match(r"\s*(?:lower|smaller\s+than|(?:less|fewer)\s+than|below)\b", after):
                    f.direction, f.evidence["direction"] = "down", "'N% lower', 'N% less than' or 'N% below'"
                    return
                else:
                    f.evidence["direction"] = "a level: 'to', 'at' or 'of' before it"
                    return
            if re.match(rf"\s*(?:{CHANGE_NOUNS})\b", after, re.IGNORECASE):
                word = re.match(r"\s*(\w+)", after).group(1)
                f.direction = "down" if DOWN_RE.search(word) else "up"
                f.evidence["direction"] = f"'{word}' after it"
                return
        # ... also with its percentage beside it ('£152, or 9.7%, higher than in 2024') and after a conjunction ('down 25%
        # from ฿60 million but ฿15 million more than in 2019')
        # ... and as the restated side of a percentage ('9.7%, or £152, higher than')
        surplus = re.match(r"\s*(?:million|billion|thousand|m|bn|k)?(?:\s+[a-z]+){0,3}?\s*(?:,\s*or\s+(?:about\s+|some\s+)?"
                           r"[\d.,]+\s*(?:%|per\s?cent|percent)\s*,|\(\s*[\d.,]+\s*(?:%|per\s?cent|percent)\s*\))?\s*"
                           r"(?:[a-z]+\s+){0,2}?(?:(more|less|fewer|higher|lower|bigger|smaller|greater|wider|narrower)\s+than|"
                           r"(short)\s+of|(above|below)\s+(?:the|its|their|a|an)\b)",
                           text[f.number_end - s.start:f.number_end - s.start + 60])
        restated = re.search(r"(?:%|per\s?cent|percent)\s*,\s*or\s+(?:about\s+|some\s+)?[^\w\s]{0,3}$", text[:local]) \
            and re.match(r"\s*(?:million|billion|thousand|m|bn|k)?\s*,\s*(?:more|less|fewer|higher|lower|bigger|smaller|"
                         r"greater)\s+than\b", text[f.number_end - s.start:])
        so_far = getattr(s, "figures_so_far", [])
        # ... and right after a level: 'Borrowing was £64.1bn, £3.2bn more than forecast'
        after_level = bool(so_far) and so_far[-1].kind == "amount" and so_far[-1].is_level and re.fullmatch(
            r"[^,;]{0,25},\s*", text[so_far[-1].end - s.start:local]) is not None  # 'was $640m in 2024, $32m more'
        if f.kind == "amount" and (surplus or restated) and f.qualifier == "none" and (restated or after_level or re.search(
                r"\b(?:[a-z]+ed|was|were|is|are|be|been|remains?|still|came\s+in|stood|ran|sold|paid|spent|made|took|held|"
                r"had|earned|but|and|yet|or)\s+$", text[max(0, local - 45):local])):
            if restated:
                surplus = re.search(r"(more|less|fewer|higher|lower|bigger|smaller|greater)\s+than", restated.group(0))
            # 'Iraq pumped 150,000 bpd more than its quota', 'borrowing was £5.3 billion above the forecast': a gap
            # between two levels, never a level of its own
            word = next(g for g in surplus.groups() if g).lower()
            f.direction = "down" if word in ("less", "fewer", "below", "lower", "smaller", "short", "narrower") else "up"
            f.evidence["direction"] = f"'{word}{' than' if 'than' in surplus.group(0) else ''}' after it: a difference"
            return
        if f.kind == "amount" and re.match(r"\s*(?:million|billion|thousand|m|bn|k)?\s*(?:more|additional|extra)\s+[a-z]",
                                           text[f.number_end - s.start:f.number_end - s.start + 40]) \
                and not re.match(r"\s*(?:million|billion|thousand|m|bn|k)?\s*(?:more|additional|extra)\s+(?:[a-z\-]+\s+){0,2}?than\b",
                                 text[f.number_end - s.start:]):  # '9 million more containers than any other port'
            # 'capacity for 50 million more passengers': an increment, never a level of the passengers themselves
            f.direction, f.evidence["direction"] = "up", "'more', 'additional' or 'extra' after it: an increment"
            return
        if f.kind == "times":
            if re.fullmatch(r"(?i)doubled|tripled|trebled|quadrupled", f.value and text[m.start - s.start:m.end - s.start]):
                f.direction, f.evidence["direction"] = "up", f"'{text[m.start - s.start:m.end - s.start]}'"
            elif UP_RE.search(last_words) and re.search(rf"\b(?:{UP_RE.pattern})\b\s*(?:by\s+)?(?:{'|'.join(QUALIFIERS)})?\s*$", before, re.I):
                f.direction, f.evidence["direction"] = "up", "a rise verb before it"
            return
        if f.kind in ("year", "rate"):
            return
        if f.kind == "amount":
            changed = re.search(rf"(?:\b(?:{UP_RE.pattern}|{DOWN_RE.pattern})\b\s+by|\b(?:{CHANGE_NOUNS})\s+of|\bextra|\badditional)\s*(?:{'|'.join(QUALIFIERS)})?\s*$",
                                before, re.IGNORECASE)
            if not changed:  # 'the median fell $12,000': a change verb right before the amount
                changed = re.search(rf"\b(?:{CHANGE_VERBS})\s*(?:{'|'.join(QUALIFIERS)})?\s*$", before, re.IGNORECASE)
            if not changed:
                # 'has raised its output by 400,000 bpd', 'cut its workforce by 1,200': the verb of its clause, a few words
                # before 'by' (never a comparison: 'more than its quota by')
                verb = re.search(rf"\b({UP}|{DOWN})(?:\s+[\w\-’']+){{1,4}}\s+by\s+(?:{'|'.join(QUALIFIERS)})?\s*$",
                                 before, re.IGNORECASE)
                # ... a verb in the past ('raised', 'cut'), never a noun ('Growth was driven by', 'The increase was led
                # by') nor a passive
                if verb and re.fullmatch(r"[a-z]+ed|cut|rose|fell|grew|shrank|sank|slid", verb.group(1).lower()) \
                        and not re.search(r"\b(?:was|were|been|being|be|is|are)\s+$", before[:verb.start()], re.I):
                    changed = verb
            if not changed:
                # 'closing up $223, or 2.1%', 'ended down 40 cents', 'was up $1.2 billion': a move, never a level
                changed = re.search(r"\b(?:clos(?:ed|ing)|end(?:ed|ing)|finish(?:ed|ing)|settl(?:ed|ing)|was|were|is|are)\s+"
                                    r"(?:up|down)\s+(?:by\s+)?(?:some\s+|about\s+|nearly\s+)?$", before, re.IGNORECASE)
            if not changed and re.search(r"\badded\s*$", before) and re.match(r"\s+(?:\w+\s+)?to\b", after):
                changed = re.search(r"\badded\s*$", before)
            if not changed and re.match(r"\s*(?:[a-z]+)?\s*(?:,\s*or\s+[\d.]+\s*%\s*,?\s*)?(?:from|on|compared\s+with)\b",
                                        after):
                # 'in October, up 310,000 bpd from 28.31 million': 'up' or 'down' right before an amount it is measured from
                changed = re.search(r"(?:^|[,;(]\s*|\s)(?:up|down)\s+(?:by\s+)?(?:some\s+|about\s+|nearly\s+)?$", before,
                                    re.IGNORECASE)
            if not changed and any(g.unit == f.unit and g.is_level for g in getattr(s, "figures_so_far", [])):
                # 'The Ifo index rose to 87.3, up 1.1 points': after a level in its unit, the change to that level
                changed = re.search(r"(?:^|[,;(]\s*)(?:up|down)\s+(?:by\s+)?(?:some\s+|about\s+|nearly\s+)?$", before,
                                    re.IGNORECASE)
            if not changed and re.search(r"\b(?:leaving|leaves|leave|left|with|opening|opened|widening|narrowing)\s+a\s+"
                                         r"(?:[\w\-]+\s+)?(?:gap|difference)\s+of\s*(?:about\s+|some\s+|nearly\s+)?[^\w\s]{0,3}$",
                                         before, re.I):
                # 'leaving a gap of £365,100 with the capital': a difference between two levels, never a level itself
                f.direction = "up"
                f.evidence["direction"] = "a gap between two levels: 'a gap of' before it"
                return
            if not changed and re.match(r"\s*(?:,\s*or\s+(?:about\s+|some\s+)?[\d.]+\s*(?:%|per\s?cent|percent)\s*,?\s*)?"
                                        r"(?:below|above|short\s+of)\s+(?:the|its|their|last|this|a)\s+(?:[\w\-’'.,$€£¥]+\s+){0,4}?"
                                        r"(?:peak|high|low|record|level|target|forecast|estimate|mark|figure|total)\b",
                                        text[m.end - s.start:m.end - s.start + 120], re.I) \
                    and re.search(r"(?:\b(?:is|are|was|were|stood|stands|remained|remains|now|still|ended|closed)|(?:^|[\s,])and)\s+"
                                  r"(?:now\s+|still\s+|some\s+|about\s+|nearly\s+|almost\s+|roughly\s+)*[^\w\s]{0,3}$", before, re.I):
                # ... also after 'and' ('That was 6.3 billion more than a year earlier, and 1.7 billion above the forecast')
                # 'Total assets are now $2.26 trillion below the peak': a gap to that level, never a level of its own
                f.direction = "up" if re.search(r"\babove\b", after[:40], re.I) else "down"
                f.evidence["direction"] = "a gap: 'below', 'above' or 'short of' a level after it"
                return
            if not changed and not re.match(r"\s*(?:\w+\s+)?of\s+additional\b", after):
                return
            if changed and re.search(r"\b(?:one[\s-]off|one[\s-]time|exceptional|special|non[\s-]recurring|accounting|"
                                     r"capital|extraordinary|windfall|disposal|impairment|tax|currency|exchange)\s+"
                                     r"(?:gains?|loss(?:es)?|charges?)\s+of\s*", before, re.I):
                return  # 'a one-off gain of 0.12 billion crowns': an item of its own, no change of the measure
            if changed and re.search(r"\b(?:gain|loss)\s+of\s*", changed.group(0), re.I) and re.match(
                    r"\s*(?:[a-z]+\s+)?(?:from|on)\s+(?:the\s+|an?\s+)?(?:sell\w*|sale|disposal|divest\w*|revaluation)", after, re.I):
                return  # 'a gain of 0.18 billion crowns from selling an old factory site': an item, no change of profit
            words = changed.group(0) if changed else "additional"
            f.direction = "down" if DOWN_RE.search(words) else "up"
            f.evidence["direction"] = f"'{words.strip()}' before it"
            return
        # a percentage or percentage points: a change word among the few words just before it, or right after it
        hedges = {w for q in QUALIFIERS if q != "up to" for w in q.split()}  # 'up' is a rise, never a hedge's word
        near = [w for w in re.findall(r"[\w\-]+", before)[-5:] if w.lower() not in hedges | {"by", "of", "a", "an", "the"}][-2:]
        comparisons = {"below", "above", "less", "more", "higher", "lower"}
        words = [w for w in near if w.lower() not in comparisons and (UP_RE.fullmatch(w) or DOWN_RE.fullmatch(w))]
        after_words = re.match(r"\s*(?:percentage points?|pp|points?)?\s*(?:(?:annual|yearly|monthly|quarterly|year-on-year|"
                               r"sharp|slight|modest|steep|further)\s+)?(\w+)", after)
        if words:
            f.direction = "down" if DOWN_RE.fullmatch(words[-1]) else "up"
            f.evidence["direction"] = f"'{words[-1]}' before it"
        elif after_words and (UP_RE.fullmatch(after_words.group(1)) or DOWN_RE.fullmatch(after_words.group(1))) \
                and after_words.group(1).lower() not in ("up", "down", "more", "less"):
            f.direction = "down" if DOWN_RE.fullmatch(after_words.group(1)) else "up"
            f.evidence["direction"] = f"'{after_words.group(1)}' after it"
        elif (verb := re.search(rf"\b({UP}|{DOWN})(?:\s+[\w\-’']+){{1,5}}\s+by\s+(?:a\s+|an\s+)?(?:cumulative\s+|"
                                rf"total\s+|combined\s+|further\s+)?(?:{'|'.join(QUALIFIERS)})?\s*$", before, re.I)) \
                and verb.group(1).lower() not in comparisons:
            # 'cut its official cash rate by 50 basis points': the verb of its clause, a few words before 'by'
            f.direction = "down" if DOWN_RE.fullmatch(verb.group(1)) else "up"
            f.evidence["direction"] = f"'{verb.group(1)} ... by' before it"
        elif (verb := re.search(rf"\b({UP}|{DOWN})\s+(?:its|their|his|her|our)\s+(?:[\w\-’']+\s+){{1,3}}"
                                rf"(?:{'|'.join(QUALIFIERS)})?\s*$", before, re.I)) \
                and re.fullmatch(r"[a-z]+ed|cut|rose|fell|grew|shrank|sank|slid|lost|won", verb.group(1).lower()) \
                and f.kind in ("percent", "pp"):
            # 'Online-only retailers grew their sales 4.8%', 'cut its workforce 10%': a verb in the past and what it
            # changed, with no 'by'
            f.direction = "down" if DOWN_RE.fullmatch(verb.group(1)) else "up"
            f.evidence["direction"] = f"'{verb.group(1)} its ...' before it"
        elif f.kind == "pp":
            f.direction = "up"
            f.evidence["direction"] = "no change word: 'up' guessed"
        elif f.kind == "percent" and re.match(r"\s+to\s+\S*\d", after) and not re.search(r"\b(?:to|at|of)\s*$", before):
            changes = [g for g in s.figures_so_far if g.kind == "percent" and g.direction] if hasattr(s, "figures_so_far") else []
            if changes:
                f.direction = changes[-1].direction
                f.evidence["direction"] = "'N% to X': a change, in the direction of the change before it (its verb left out)"

    # -- shares ------------------------------------------------------------------------------------
    def _share(self, s: Sentence, f: DraftFigure, earlier: list[DraftFigure]) -> None:
        if f.kind != "percent" or f.direction:
            return
        text = s.text
        local = f.start - s.start
        after = text[f.number_end - s.start:]
        before = text[:local]
        # 'of the national total' names the whole; else the words after 'of' ('of GDP', 'of national output')
        of = re.match(rf"\s+of\s+((?:the\s+|all\s+|its\s+|their\s+)?(?:[\w’'\-]+\s+){{0,3}}(?:{WHOLE_WORDS}))\b", after) \
            or re.match(r"\s+of\s+((?:the\s+|all\s+|its\s+|their\s+)?[\w’'\-]+(?:\s+(?!" + OF_WHOLE_STOP + r"\b)[a-z][\w\-]*){0,3})",
                        after)  # 'of group revenue', 'of operating costs': the whole's words up to a linking word
        last = earlier[-1] if earlier else None
        if last is not None and last.kind == "amount" and last.is_change and re.fullmatch(
                r"\s*,?\s*or\s+(?:about\s+|around\s+|nearly\s+|almost\s+)?", text[last.number_end - s.start:local]):
            # 'up 140,000 bpd, or 1.5%': the same change in percent, no share
            f.direction = last.direction
            f.evidence["direction"] = "', or' after a change: the same change in percent"
            return
        if ANNUAL_AFTER.match(after):
            return  # '... to $4.0 billion, or 5.2% a year': a rate of growth a year, never a share
        amount_before = next((e for e in reversed(earlier) if e.kind == "amount" and not e.is_change), None)
        right_after_amount = amount_before is not None and (re.fullmatch(
            r"\s*(?:of\s+(?:them|these|those|that|it|the\s+total)\s*)?(?:\(|,\s*or\s+|or\s+)\s*",
            text[amount_before.number_end - s.start:local]) or of is not None
            and re.fullmatch(r"\s*(?:(?:a|per)\s+(?:day|week|month|year))?\s*,\s*", text[amount_before.number_end - s.start:local]))  # '1.2m bpd, 40% of output'
        # 'its share of imports slipped to 41.2% from 41.8%', 'lifting the share of international routes to 71.4%': a
        # share's level named before its verb, and the earlier level after 'from'
        moved = re.search(r"\bshare\s+of\s+((?:the\s+|all\s+|its\s+|their\s+)?[\w\-]+(?:\s+[\w\-]+){0,3}?)\s+"
                          r"(?:(?:rose|fell|climbed|slipped|dipped|edged\s+(?:up|down)|increased|decreased|dropped|grew|"
                          r"shrank|jumped|slid|declined|was|stood|reached)\s+)?(?:to|at)\s+(?:about\s+|around\s+|nearly\s+|"
                          r"almost\s+|just\s+(?:over|under)\s+)?$", before, re.I)
        if moved is None and last is not None and last.share and last.kind == "percent" and re.fullmatch(
                r"(?:\s+of\s+[\w\s\-]{0,40}?)?\s*,?\s*(?:up\s+|down\s+)?from\s+(?:about\s+|around\s+)?",
                text[last.number_end - s.start:local]):
            moved = re.match(r"(.*)", last.share_of)  # '... to 69.7% from 68.5%': the same share, earlier
        if moved is not None and not of and not right_after_amount and not re.search(r"\bmarket\b", moved.group(1)):
            # ... though a share of a market is a level of its own ('share of the grocery market rose to 21.4%'), like a
            # market share, whose whole the article rarely gives
            f.share, f.share_of = True, moved.group(1)
            f.evidence["share"] = f"'share of {moved.group(1)}' before it"
            return
        if right_after_amount:
            f.share, f.evidence["share"] = True, "a percentage right after an amount: its share"

        elif SHARE_CUES.search(before):
            f.share, f.evidence["share"] = True, f"'{SHARE_CUES.search(before).group(1)}' before it"
        elif of and re.search(rf"\b(?:{WHOLE_WORDS})\b", of.group(1)):
            f.share, f.evidence["share"] = True, f"'of {of.group(1)}' after it"
        elif of and (took := re.search(r"\b(took|take|takes|taking|captured|held|holds|generated|contributed|brought\s+in)\s+"
                                       r"(?:about\s+|around\s+|nearly\s+|almost\s+|some\s+|just\s+(?:over|under)\s+)?$",
                                       before, re.I)):
            # 'Denmark and Finland combined took 30.8% of sales': a part of the whole it takes
            f.share, f.evidence["share"] = True, f"'{took.group(1)} ... of {of.group(1)}' around it"
        if f.share and of:
            f.share_of = of.group(1)
            # 'JGB holdings amounted to ¥582.3 trillion, or 77.7 per cent of total assets': a part of the assets, whatever
            # measure the amount took from an earlier figure in its unit
            measure = re.match(r"\s+([a-z]+)\b", after[of.end():])
            if measure and measure.group(1) in METRIC_HEADS and re.search(r"\btotal$", of.group(1)) \
                    and amount_before is not None and right_after_amount and amount_before.evidence.get(
                        "metric", "").startswith(("the measure last named", "the measure of the sentence before")):
                amount_before.metric = measure.group(1)
                amount_before.evidence["metric"] = f"'of total {measure.group(1)}' in its share after it"
        elif of and not f.share:
            f.share_of = of.group(1)  # "4.6% of GDP": a ratio to a whole the article may not give
        together = re.search(r"\b(?:the|these|those)\s+(two|three|four|five|six)\b(?:\s+\w+)?\s+together\b|"
                             r"\b(?:together|between\s+them),?\s+the\s+(two|three|four|five|six)\b|\b(both)\b",
                             text[:local], re.IGNORECASE)
        if f.share and together and any(together.end() <= e.number_start - s.start < local for e in earlier
                                         if e.kind == "amount" and e.is_level):
            together = None  # 'Together the three corridors handled 4.21 million tonnes, just over 23%': a share of
            #                 that stated total, not of a sum of parts named before
        if f.share and together:
            word = (together.group(1) or together.group(2) or together.group(3)).lower()
            f.together = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "both": 2}[word]
        elif f.share and re.search(r"^\s*(?:(?:taken\s+)?together|between\s+them|combined),?\s+(?:they|these|those)\b",
                                   text[dateline(s)[2]:local], re.IGNORECASE):
            # 'Taken together, they accounted for 49.3%': parts the sentence does not count, for a person to name
            f.together = UNCOUNTED_PARTS
            f.evidence["together"] = "a share of parts the words do not count"
        elif f.share and (joined := re.search(r"\b(?:together|combined)\b", text[clause_bounds(text, local)[0]:local])):
            # 'A, with X, and B, with Y, together accounted for 41%': as many parts as entities named before
            entities = {e.entity for e in earlier if e.kind == "amount" and e.is_level and not e.earlier}
            if len(entities) < 2:
                # 'Denmark and Finland together accounted for 50.5%': the names before 'together'
                at = clause_bounds(text, local)[0] + joined.start()
                start = max(text.rfind(",", 0, at), text.rfind(";", 0, at), dateline(s)[2] - 1) + 1
                named = [n for n in self.names[s.index] if start <= n.start and n.end <= at]
                if len(named) >= 2 and re.fullmatch(r"\s*(?:,\s*|\s+and\s+)", text[named[-2].end:named[-1].start]):
                    entities = {n.country or n.text for n in named}
                    f.evidence["together names"] = sorted(entities)
            f.together = len(entities) if len(entities) >= 2 else 0

    # -- entity and counterpart ----------------------------------------------------------------------
    def _entity(self, s: Sentence, f: DraftFigure, subject: str, earlier: list[DraftFigure]) -> None:
        text = s.text
        local = f.number_start - s.start
        if f.kind == "rate":
            # the currency priced: never the dollar ('1.16 dollars per euro' and '16,620 rupiah per dollar' price the
            # euro and the rupiah), else the one each unit of is priced ('4.97 lei per euro' prices the euro)
            quoted, _, base = f.unit.partition("_per_")
            f.entity = _currency_noun(base if quoted == "USD" or base != "USD" else quoted, self.article)
            f.evidence["entity"] = "the currency an exchange rate prices"
            return
        if re.match(r"\s*(?:Nationally|Nationwide|Countrywide|Across\s+the\s+(?:country|nation)|For\s+the\s+(?:country|nation)"
                    r"(?:\s+as\s+a\s+whole)?)\s*,", text[dateline(s)[2]:]) and not [n for n in self.names[s.index]
                                                                             if n.end <= local and is_territory(n.text)]:
            # 'Nationally, retail sales rose 2.8%': the nation's, never the province the article is about
            f.entity, f.evidence["entity"] = "national", "'Nationally,': the whole country"
            return
        scope = re.match(r"\s*(?:(?:In|At|Outside|Beyond)\s+" + COMPANY_PART + r"|(Abroad|At\s+home|Overseas|Internationally|"
                         r"Domestically)|Among\s+((?:[a-z][a-z\-]*\s+){0,3}[a-z][a-z\-]*))\s*,", text[dateline(s)[2]:])
        clause_head = text[max(clause_bounds(text, local)[0], dateline(s)[2]):local]
        inner = re.search(r"\b(?:in|at)\s+" + COMPANY_PART + r"\b|\b(outside|beyond)\s+(?:the\s+)?"
                          r"([A-Z][\w\-]*(?:\s+[A-Z][\w\-]*)*)", clause_head)
        if inner and not scope:
            # 'Sales in its home market rose 3.1%, while sales outside Norway rose 11.4%': parts, never the whole
            f.entity = inner.group(1) or f"{inner.group(2)} {inner.group(3)}"
            f.evidence["entity"] = f"'{inner.group(0)}' in its clause: a part, not the whole"
            return
        if scope and dateline(s)[2] + scope.end() <= local and not any(
                dateline(s)[2] + scope.end() <= n.start and n.end <= local for n in self.names[s.index]):
            # ... unless a name follows it: 'Among its rivals, Castlegate United reported revenue of £598.1 million'
            # 'In its home market, sales rose 3.1%': a part of the company, never the whole the other figures are
            f.entity = (scope.group(1) or scope.group(2) or scope.group(3)).lower()  # 'Among women,': a group of them
            f.evidence["entity"] = f"'{scope.group(0).strip()}' opening its sentence: a part, not the whole"
            return
        agent = re.match(r"(?:\s+[a-z]+){0,2}?\s+(?:earned|recorded|posted|reported|paid|held|produced|made|generated|handled|"
                         r"carried|sold|bought|spent|raised|delivered)\s+by\s+(?:the\s+)?(?:[a-z\-]+\s+){0,2}?(?=[A-Z])",
                         text[f.number_end - s.start:])
        by = next((n for n in self.names[s.index] if agent and n.start == f.number_end - s.start + agent.end()), None)
        if by is not None:
            # 'nearly twice the $12,640 earned by smaller Supramaxes': the one it is earned by, after it
            f.entity, f.evidence["entity"] = by.country or by.text, f"'{by.text}', by whom it is {agent.group(0).split()[-2]}"
            self._counterpart(s, f)
            return
        # 'the A$1.12 billion generated in New Zealand': the place it is earned in, named after it
        earned_in = re.match(r"(?:\s+[a-z]+){0,2}?\s+(?:earned|generated|made|recorded|booked|posted|sold|produced|"
                             r"collected|raised)\s+in\s+(?:the\s+)?(?=[A-Z])", text[f.number_end - s.start:])
        place = next((n for n in self.names[s.index] if earned_in and n.start == f.number_end - s.start + earned_in.end()
                      and (n.country or is_territory(n.text) or is_region(n.text) or _folded(n.text) in subdivisions())),
                     None)
        if place is not None:
            f.entity, f.evidence["entity"] = place.country or place.text, f"'{earned_in.group(0).strip()} {place.text}'"
            self._counterpart(s, f)
            return
        # 'Its nearest rival's share fell to 21.5%', 'The market leader's share dipped', 'Its insurance unit's profit fell':
        # another's figure, a rival's or a part's, named by what it is, never the main entity's
        other = re.search(r"(?:^|[,;]\s*(?:while|whereas|but|and)?\s*)(?:[Ii]ts|[Tt]heir|[Tt]he)\s+((?:[a-z][\w\-]*\s+){0,3}?"
                          r"(?:rival|peer|competitor|leader|unit|subsidiary|division|arm|parent|owner|partner|challenger)s?)"
                          r"[’']s?\s+[^,;]*$", text[dateline(s)[2]:local])
        if other:
            f.entity, f.counterpart = other.group(1), ""
            f.evidence["entity"] = f"'{other.group(1)}', whose figure its possessive says it is"
            return
        # 'Exports to the United States accounted for 30% of the total and China for 17%', 'Shipments to Japan rose 5% to
        # $24 billion and those to South Korea 3% to $26 billion': the next partner of a list of flows whose verb is left
        # out, in the flow before it, as its share when that one was a share
        flow_before = earlier[-1] if earlier and earlier[-1].counterpart else None
        gapped_flow = re.fullmatch(r"[^;]*?,?\s+(?:and|while|but|whereas)\s+(?:(?:those|that|shipments|exports|imports|"
                                   r"sales|purchases)\s+(?:to|from|with)\s+)?(?:the\s+)?(\S.*?)\s+(?:for\s+|at\s+|with\s+|by\s+)?"
                                   r"(?:about\s+|around\s+|some\s+|nearly\s+|almost\s+|just\s+(?:over|under)\s+)?[^\w\s]{0,3}",
                                   text[flow_before.number_end - s.start:local]) if flow_before is not None else None
        partner = next((n for n in self.names[s.index] if gapped_flow and n.start == flow_before.number_end - s.start
                        + gapped_flow.start(1) and n.end == flow_before.number_end - s.start + gapped_flow.end(1)
                        and (n.country or is_territory(n.text) or is_region(n.text))), None)
        if partner is not None and (partner.country or partner.text) not in (flow_before.entity, flow_before.counterpart):
            f.entity, f.counterpart = flow_before.entity, partner.country or partner.text
            f.evidence["entity"] = f"the flow before it, to or from the next partner of its list, '{partner.text}'"
            f.evidence["counterpart"] = f"'{partner.text}', the next item of a list of flows whose verb is left out"
            if flow_before.share and f.kind == "percent" and not f.share:
                f.share, f.share_of = True, flow_before.share_of
                f.evidence["share"] = "a share, as the flow before it in its list is"
            return
        # 'well below the U.S. rate of 4.0%', 'the EU average of 5.9%': a name set before the measure it has
        attributive = re.search(r"\bthe\s+(\S+(?:\s+[A-Z]\S*)*)\s+(?:[a-z][\w\-]*\s+){1,3}?(?:of|at)\s+(?:about\s+|around\s+|"
                                r"nearly\s+|almost\s+|some\s+|just\s+)?[^\w\s]{0,3}$", text[:local])
        own = next((n for n in self.names[s.index] if attributive and n.start == attributive.start(1)
                    and n.end == attributive.end(1) and not n.possessive and not n.person
                    and (n.country or is_territory(n.text) or is_region(n.text))), None)
        if own is not None:
            f.entity, f.evidence["entity"] = own.country or own.text, f"'{attributive.group(0).strip()}': its measure"
            self._counterpart(s, f)
            return
        names = [n for n in self.names[s.index] if n.end <= local]
        opener = re.match(r"\s*In\s+(?:[a-z]+\s+)?(?:the\s+)?([A-Z][\w’'\-]*(?:\s+[A-Z][\w’'\-]*)*)(?:\s+alone)?\s*,",
                          text[dateline(s)[2]:])
        place = next((n for n in names if opener and n.start == dateline(s)[2] + opener.start(1)), None)
        if place is not None and not [n for n in names if n.start > place.end] and (
                is_territory(place.country or place.text) or place.country
                or _folded(place.text) in subdivisions()):  # 'In Michigan, claims jumped 70%': a state's
            # 'In Asia alone, operating profit rose 8.2%', 'In neighbouring Tanzania, subscribers rose': the place's
            f.entity, f.evidence["entity"] = place.country or place.text, f"'In {place.text},' opening its sentence"
            self._counterpart(s, f)
            return
        whose = re.search(r"(?:^|\s)(?:the\s+)?([A-Z][\w’'\-]*(?:\s+[A-Z][\w’'\-]*)*)(?:\s+[a-z]+){0,2},\s+(?:whose|where)\s+[^,;]*$",
                          text[:local]) or re.search(  # 'rival Zhenlong Auto, which delivered 412,300 cars': its own
            r"(?:^|\s)(?:the\s+)?([A-Z][\w’'\-]*(?:\s+[A-Z][\w’'\-]*)*),\s+which\s+(?:[a-z]+\s+){0,2}?(?:"
            + VERB_ALTERNATIVES + r")\s+(?:about\s+|around\s+|some\s+|nearly\s+)?[^\d,;]{0,3}$",
            text[:local])
        named = next((n for n in names if whose and n.start == whose.start(1)), None)
        if named is not None and f.kind != "rate":
            # 'came mainly from the Tengiz field, whose output rose to 1.22 million bpd': the field's output
            f.entity = named.country or named.text
            f.evidence["entity"] = f"'{named.text}, whose ...'"
            return
        # ... and so for a thing: 'overtaking natural gas, which supplied 15.2 TWh' is natural gas's
        which = re.search(r"(?:^|\s)((?:[a-z][\w\-]*\s+){0,3}[a-z][\w\-]*),\s+which\s+(?:[a-z]+\s+){0,2}?(?:"
                          + VERB_ALTERNATIVES + r"|[a-z]+ed)\s+(?:about\s+|around\s+|some\s+|"
                          r"nearly\s+|almost\s+)?[^\d,;\s]{0,3}$", text[:local]) if f.kind in ("amount", "percent") else None
        if which and not [n for n in names if n.start >= which.start(1)] \
                and not re.search(r"[\d%]\s*$", text[:which.start(1)]):  # '$58.2 billion, which widened 18%': the amount's
            words = which.group(1).split()
            while words and (words[0] in FUNCTION_WORDS or re.fullmatch(r"[a-z]+(?:ing|ed)", words[0])
                             or UP_RE.fullmatch(words[0]) or DOWN_RE.fullmatch(words[0])):
                words = words[1:]
            thing = " ".join(words)
            if thing and words[-1] not in FUNCTION_WORDS and not self._counted(thing, f.unit) \
                    and words[-1] not in METRIC_HEADS and not re.search(r"\d", thing):
                f.entity, f.evidence["entity"] = thing, f"'{thing}, which ...'"
                return
        clause_start, _ = clause_bounds(text, local)
        clause_start = max(clause_start, dateline(s)[2])
        if clause_start > 2 and re.fullmatch(r"\s*(?:up|down)\s+(?:by\s+)?", text[clause_start:local]):
            # 'Pay grew fastest in the Olomouc region, up 8.4%': the change of what the clause before it is about
            # ... 'followed by Antwerp-Bruges, up 7.1%' too, a clause with no number of its own
            previous_start = max(clause_bounds(text, clause_start - 3)[0], dateline(s)[2])
            if not earlier or re.fullmatch(r"\s*(?:followed\s+by|and|then|ahead\s+of|behind)\s+[^\d]*",
                                           text[previous_start:clause_start]):
                clause_start = previous_start
        segment_start = max(clause_start, max((e.number_end - s.start for e in earlier), default=0))
        amount_before = earlier[-1] if earlier else None
        if f.share and amount_before is not None and f.evidence.get("share", "").startswith("a percentage right after"):
            f.entity, f.counterpart = amount_before.entity, amount_before.counterpart
            f.evidence["entity"] = "the amount it is a share of"
            return
        if f.kind == "amount" and amount_before is not None and amount_before.kind == "amount" and re.fullmatch(
                r"\s*,?\s*(?:(?:[^$€£¥,;]{0,40},\s*)?(?:equivalent\s+to|worth)|or|\((?:\s*(?:FY\s*)?\d{4}\s*:)?)\s*"
                r"(?:about|around|roughly|some|nearly|almost)?\s*", text[amount_before.number_end - s.start:f.start - s.start]):
            f.entity, f.counterpart = amount_before.entity, amount_before.counterpart  # '€61.8m, equivalent to $67m'
            f.evidence["entity"] = "the amount it restates"
            return
        # 'and the rest of Asia (¥20.3 billion)', 'The rest of the portfolio contributed €3.12 billion': the complement
        # of the parts named, never the last of them nor the place it is the rest of
        rest = REST_OF.search(text[segment_start:local])
        if rest and rest.group(1).split()[-1].lower() not in CALENDAR_WORDS | REST_OF_TIME:
            f.entity = f"rest of {rest.group(1)}"
            f.evidence["entity"] = f"'{rest.group(0).strip()}': what is left beside the parts named"
            return
        # a clause of linking words only ("food and drink, at 21.5%"): what the clause before is about
        if re.fullmatch(r"\s*(?:at|with|or|of|on|was|were|is|,)?\s*", text[clause_start:local - (f.number_start - f.start)]) \
                and clause_start > 0:
            previous_start = max(clause_bounds(text, max(0, clause_start - 3))[0], dateline(s)[2])
            name_end = clause_start
            if previous_start > 2 and re.fullmatch(r"\s*(?:in\s+(?:[\w\-]+\s+)?place|(?:the|its|their)(?:\s+[^\W\d][\w\-]*)+)\s*,?\s*",
                                                   text[previous_start:clause_start]) \
                    and not any(previous_start <= n.start < clause_start for n in self.names[s.index]):
                # 'and South Korea, in sixth place, 4.9 million tonnes': a name, a description of it, then its number
                name_end = previous_start
                previous_start = max(clause_bounds(text, previous_start - 3)[0], dateline(s)[2])
            # "and Southland, with 1.45 million": a clause that is only a name
            named = [n for n in self.names[s.index] if previous_start <= n.start and n.end <= name_end
                     and re.fullmatch(r"\s*(?:and|or|while|but|(?:and\s+)?the)?\s*", text[previous_start:n.start], re.I)
                     and re.fullmatch(r"\s*,?\s*", text[n.end:name_end])]
            if named and not self._is_counterpart_slot(text, named[0]):
                f.entity = named[0].country or named[0].text
                f.evidence["entity"] = f"'{named[0].text}', the name the clause before it is"
                self._counterpart(s, f)
                return
            thing = self._clause_thing(text, previous_start, name_end, previous_start)
            if thing:
                f.entity, f.evidence["entity"] = thing, f"'{thing}', what the clause before it is about"
                return
        # an apposition: "Sainsbury's, the second-largest grocer at 15.2%", or one before the number's clause:
        # "Borduria, the smallest of the four, registered 9,250"
        own_names = [n for n in names if n.start >= clause_start]
        if not re.match(r"the\s", text[clause_start:]) and clause_start > 2 and not own_names:
            previous_start = clause_bounds(text, clause_start - 3)[0]
            apposed_to = next((n for n in reversed(names) if re.fullmatch(r"\s*,\s*", text[n.end:previous_start])), None)
            located = next((n for n in names if apposed_to is not None and
                            re.fullmatch(r"\s+(?:in|on)\s+(?:the\s+)?", text[n.end:apposed_to.start])), None)
            apposed_to = located or apposed_to  # 'Ponta Delgada in the Azores, the smallest, with 1.2 million'
            # 'deliveries in the United States, its third-largest market, rose 9.8%': a measure in a place is the place's
            measure_in = re.search(r"\b([A-Za-z]+)\s+in\s+(?:the\s+)?$", text[:apposed_to.start]) if apposed_to is not None else None
            # ... 'Asia-Pacific, now the group's second-largest region, jumped 14.4%': an adverb may open it
            if re.match(r"\s*" + APPOSITION_ADVERB + r"(?:the|its|their)\s", text[previous_start:clause_start]) \
                    and apposed_to is not None \
                    and previous_start >= max((e.number_end - s.start for e in earlier), default=0) \
                    and (not re.search(r"\b(?:unlike|like|behind|besides|beyond|than|except|including|excluding|after|"
                                       r"before|in|at|from|to|with)\s+(?:the\s+)?$", text[:apposed_to.start], re.I)
                         or (measure_in is not None and measure_in.group(1).lower() in METRIC_HEADS)):
                clause_start = previous_start  # 'Borduria, the smallest of the four, registered 9,250'
        apposed = re.search(r"(\S+)\s*,\s*$", text[:clause_start]) if re.match(
            r"\s*" + APPOSITION_ADVERB + r"(?:the|its|their)\s", text[clause_start:]) \
            else None
        if apposed:
            name = next((n for n in self.names[s.index] if n.end == apposed.end(1)), None)
            # 'the United States and Canada, still its largest market, had 41.2 million': the two names together
            pair = next((n for n in self.names[s.index] if name is not None
                         and re.fullmatch(r"\s+and\s+(?:the\s+)?", text[n.end:name.start])), None)
            if pair is not None:
                f.entity = text[pair.start:name.end]
                f.evidence["entity"] = f"'{f.entity}', which its clause describes"
                return
            if name is not None:
                f.entity = name.country or name.text
                f.evidence["entity"] = f"'{name.text}', which its clause describes"
                return
        # ... or a thing: 'while fuel stations, the smallest, made up the remaining £0.73 billion'
        description_start = clause_bounds(text, clause_start - 3)[0] if clause_start > 2 else 0
        if clause_start > 2 and description_start > 2 and not own_names and re.fullmatch(
                r"\s*(?:the|its|their)\s+[\w\-]+(?:\s+(?![\w\-]*ed\b|said\b|says\b)[\w\-]+)?(?:\s+of\s+the\s+[\w\-]+(?:\s+[\w\-]+){0,2})?\s*,\s*",
                text[description_start:clause_start]):
            before_start = max(clause_bounds(text, description_start - 3)[0],
                               max((e.number_end - s.start for e in earlier), default=0))
            thing = self._clause_thing(text, before_start, description_start - 1, before_start)
            lone = re.fullmatch(r"\s*(?:(?:and|while|but|whereas)\s+)?([A-Za-z][a-z\-]+(?:\s+(?:and\s+)?[a-z][a-z\-]+){0,4})\s*,\s*",
                                text[before_start:description_start])
            if not thing and lone and not [n for n in self.names[s.index] if before_start <= n.start - s.start
                                           < description_start] \
                    and lone.group(1).lower().split()[0] not in FUNCTION_WORDS:
                thing = lone.group(1).lower()  # 'Retail, the second-largest, earned': a modifier alone is the thing
            if thing:
                f.entity, f.evidence["entity"] = thing, f"'{thing}', which the words after it describe"
                return
        # a list item: the name just before the number, with only linking words between; a clause that is only
        # 'at 6.3%' belongs to the item before its comma ('and British Columbia the second-lowest, at 6.3%')
        if re.fullmatch(r"\s*(?:at|with)\s+(?:about\s+|around\s+|nearly\s+)?", text[clause_start:local]):
            item_start = max(max((e.number_end - s.start for e in earlier), default=0), dateline(s)[2])
            first = next((n for n in names if item_start <= n.start < clause_start), None)
            if first is not None and re.fullmatch(
                    r"\s*(?:the\s+)?(?:(?:second|third|fourth|fifth)-)?(?:lowest|highest|largest|smallest|biggest|"
                    r"busiest)\s*,\s*", text[first.end:clause_start]) and not self._is_counterpart_slot(text, first):
                f.entity = first.country or first.text
                f.evidence["entity"] = f"the list item '{first.text}' before its comma"
                self._counterpart(s, f)
                return
        for k, n in enumerate(reversed(names)):
            if n.start < segment_start:
                break
            outer = names[len(names) - k - 2] if len(names) - k - 2 >= 0 else None
            named = n
            if outer is not None and outer.start >= segment_start and \
                    re.fullmatch(r"\s+(?:on|in)\s+(?:the\s+)?", text[outer.end:n.start]):
                named = outer  # 'Portville on Eastisle with 2.3 million': the place, not where it lies
            between = text[n.end:local]
            if re.fullmatch(r"[’']?s?\s*,?\s*\(?\s*(?:(?:with|at|on|of|was|were|is|had|spent|posted|"
                            r"second|third|fourth|fifth|sixth|\d\w\w|first|last|and|a|an|the|about|around|nearly|"
                            r"almost|roughly|just|over|under|some|visitors|tourists|arrivals|contributing|"
                            r"contributed|added|posted|reported|recorded|earned|brought\s+in)\s*,?\s*)*"
                            # ... and a change of it: 'followed by Antwerp-Bruges, up 7.1%'
                            r"(?:(?<=,\s)(?:up|down|rising|falling|rose|fell|jumped|climbed|dropped|slipped|gained|grew|"
                            r"declined)(?:\s+by)?\s*)?", between, re.IGNORECASE) \
                    and not self._is_counterpart_slot(text, named) \
                    and not re.search(r"(?<!followed )(?<!ahead )\b(?:to|from|by|of|for|than|into|on|over|under|against)\s+"
                                      r"(?:the\s+)?$", text[:named.start]):  # 'ahead of Borduria at 5,400' is Borduria's
                # 'behind Mexico's €371bn': Mexico, though 'St Anne's' keeps the 's of its name
                bare = re.sub(r"[’']s?$", "", named.text)
                f.entity = named.country or (bare if named.possessive or is_territory(bare) else named.text)
                f.evidence["entity"] = f"the list item '{named.text}' just before the number"
                self._counterpart(s, f)
                return
        # "in the region", "the bloc's": the region or bloc its sentence names
        if re.search(r"\b(?:the|this)\s+(?:region|bloc|zone|area)\b", text[clause_start:local]):
            region = [n for n in self.names[s.index] if is_region(n.country or n.text) and n.start < local]
            if region:
                f.entity = region[-1].country or region[-1].text
                f.evidence["entity"] = f"'the region' its sentence names, {f.entity}"
                self._counterpart(s, f)
                return
        # 'Airlines worldwide flew 842.6 billion', 'Global shipments rose': the world's, when the clause names no one
        if not [n for n in names if n.start >= clause_start] and GLOBAL_CUE.search(text[clause_start:local]):
            f.entity, f.evidence["entity"] = "world", "'worldwide' or 'global' in its clause, no name"
            return
        # a possessive name in the clause
        for n in reversed(names):
            if n.start >= clause_start and n.possessive and not self._is_agency(n.text) and (n.country or n.text) != self.counterpart \
                    and self._owned_name(text, n, self.names[s.index]) is None:  # 'Germany's Volkswagen': Volkswagen's
                f.entity = n.country or n.text
                f.evidence["entity"] = f"the possessive '{n.text}'s' in its clause"
                self._counterpart(s, f)
                return
        # 'Room nights in the Americas rose 10%': a measure in a place is the place's, whatever the measure is of
        located = next((n for n in names if n.start >= segment_start and re.fullmatch(
            r"\s*(?:(?:and|but|while|whereas)\s+)?(?:the\s+)?[a-z][a-z\-]*(?:\s+[a-z][a-z\-]*){0,3}\s+in\s+(?:the\s+)?",
            text[max(clause_start, segment_start):n.start], re.I) and re.fullmatch(
            r"\s+(?:[a-z]+\s+){0,2}?(?:" + VERB_ALTERNATIVES + r")\s+(?:by\s+)?"
            r"(?:about\s+|around\s+|some\s+|nearly\s+|almost\s+)?[^\w\s]{0,3}", text[n.end:local])
            and (is_territory(n.country or n.text) or n.country or is_region(n.country or n.text)
                 or _folded(n.text) in subdivisions())), None)
        if located is not None and not self._is_counterpart_slot(text, located):
            f.entity = located.country or located.text
            f.evidence["entity"] = f"'in {located.text}': the place its clause's measure is in"
            self._counterpart(s, f)
            return
        # 'to 6.49 billion available seat kilometres from 5.81 billion': the 'from' side of the level just before it,
        # whatever the words of that level's unit are
        if earlier and earlier[-1].is_level and earlier[-1].entity and re.fullmatch(
                r"\s*(?:[a-z][\w\-]*\s+){0,4}?from\s+(?:about\s+|around\s+|some\s+|nearly\s+)?[^\w\s]{0,3}",
                text[earlier[-1].number_end - s.start:local]):
            f.entity, f.counterpart = earlier[-1].entity, earlier[-1].counterpart
            f.evidence["entity"] = "the 'from' side of the level just before it"
            self._counterpart(s, f)
            return
        # a product or sector the clause is about: "crude oil imports rose", "Accommodation was"
        thing = self._clause_thing(text, clause_start, local, segment_start)
        if thing and self._counted(thing, f.unit):
            thing = ""  # 'Claims were about 4.5% higher', 'In Michigan, claims jumped 70%': what is counted, nobody's
        if thing:
            f.entity = thing
            f.evidence["entity"] = f"'{thing}', what its clause is about"
            return
        names_in_clause = [n for n in names if n.start >= segment_start and not self._is_agency(n.text)
                           and not SOURCE_CUE.search(text[max(0, n.start - 40):n.start])
                           and (n.country or n.text) != self.counterpart
                           and (self.counterpart or not self._is_counterpart_slot(text, n))]
        if names_in_clause and (not re.search(r"\b(?:of|by|than|to|from)\s+$", text[:names_in_clause[-1].start])
                                # ... and 'arrivals from Britain fell 4.6%': the source market's
                                or re.search(r"\b(?:visitors|arrivals|tourists|travellers|travelers|passengers|migrants|"
                                             r"guests|holidaymakers)\s+(?:to|in|into|from)\s+(?:the\s+)?$",
                                             text[:names_in_clause[-1].start], re.I)
                                or self.counterpart and self._is_counterpart_slot(text, names_in_clause[-1])):
            n = names_in_clause[-1]
            f.entity = n.country or n.text
            f.evidence["entity"] = f"the name '{n.text}' in its clause"
            self._counterpart(s, f)
            return
        there = re.search(r"\bthere\b(?!\s+(?:is|are|was|were|will|would|has|have|had|remains?|seems?)\b)",
                          text[clause_start:local])
        places = [n for n in self.names[s.index] if n.end <= clause_start + (there.start() if there else 0)
                  and (is_territory(n.country or n.text) or n.country)]
        if there and not places and s.index > 0:  # 'It opened ten stores in Poland. Sales there rose 9%.'
            places = [n for n in self.names.get(s.index - 1, []) if is_territory(n.country or n.text) or n.country]
        if there and places:  # 'registrations there climbed 15.9%': the place named last before it
            f.entity = places[-1].country or places[-1].text
            f.evidence["entity"] = f"'there': {f.entity}, the place named before it"
            self._counterpart(s, f)
            return
        if earlier and f.kind != "year" and subject and subject in text[:clause_start] and re.match(
                r"\s*(?:and|but)\s+(?:(?:has|have|had|also|then|since)\s+)*[a-z]{2,}ed\b",
                text[clause_start:local]) and earlier[0].entity == subject:
            # 'The UAE came third at 3.39 million, ahead of Iran at 3.24 million, and has raised its output by 400,000':
            # a verb with no subject of its own shares the sentence's subject, never the last name before it
            f.entity, f.counterpart = earlier[0].entity, earlier[0].counterpart
            f.evidence["entity"] = f"the sentence's subject '{subject}', whose second verb its clause is"
            self._counterpart(s, f)
            return
        whole = re.search(r"^\s*(?:(?:and|but|while|whereas)\s+)?(?:the\s+)?(total|overall)\b|\b(?:the\s+)?(market|industry|"
                          r"sector)\s+as\s+a\s+whole\b", text[clause_start:local], re.I)
        if earlier and f.kind != "year" and whole and earlier[-1].number_end <= s.start + clause_start \
                and (earlier[-1].entity != self.main or earlier[-1].counterpart):
            # '..., while total avocado exports grew 9.4%', 'whereas the market as a whole grew 10.7%': a whole, never
            # the part named before it; whose whole (the exporter's, or every seller's) a person says
            f.entity, f.counterpart = (whole.group(1) or whole.group(2)).lower(), ""
            f.evidence["entity"] = f"'{whole.group(0).strip()}' in its clause: a whole, not the part before it"
            return
        if earlier and f.kind != "year" and re.search(r"\bthe\s+(?:remaining|rest\s+of\s+the|other)\s+[^\w\s]{0,3}$",
                                                     text[max(0, local - 30):local]):
            # 'The five leading brands took 61.4%, and the remaining 18,768 registrations went to other brands': the
            # rest, never the entity of the number before it
            to = re.match(r"[\d.,]+\s*(?:[a-z]+\s+){0,2}?(?:went|go|goes|going|came|belonged|was\s+split)\s+(?:to|among|between)"
                          r"\s+(?:the\s+)?((?:[a-z][\w\-]*\s+){0,2}[a-z][\w\-]*)", text[local:], re.I)
            # ... unless its clause names who took it: 'Terminal 3, which opened in March 2024, handled the remaining
            # 1.05 million TEU', 'Germany, the smallest market, contributed the remaining €2.29 billion'
            rest_at = re.search(r"\bthe\s+(?:remaining|rest\s+of\s+the|other)\s+[^\w\s]{0,3}$", text[:local]).start()
            took = [(n, m) for n in reversed(self.names[s.index]) if n.end <= rest_at
                    for m in [re.fullmatch(r"(\s+\d+)?(?:\s*,[^,;]*,)?\s+(?:[a-z]+\s+){1,3}", text[n.end:rest_at])] if m]
            if took and not to:
                taker, said = took[0]
                f.entity, f.counterpart = (taker.country or taker.text) + (said.group(1) or ""), ""
                f.evidence["entity"] = f"'{f.entity}', who took the remainder"
                return
            f.entity = to.group(1).lower() if to else "the rest"
            f.counterpart = ""
            f.evidence["entity"] = f"'{to.group(1)}', where the remainder went" if to else "the remainder of a whole"
            return
        gapped = re.fullmatch(r"[^,;]{0,40}?,?\s*(?:and|while|but|whereas)\s+(?:its\s+|the\s+|their\s+)?"
                              r"((?:[a-z][\w\-]*\s+){0,3}?[a-z][\w\-]*)\s+(?:for\s+|at\s+|with\s+)?(?:about\s+|around\s+|"
                              r"some\s+|nearly\s+|almost\s+|just\s+(?:over|under)\s+)?[^\w\s]{0,3}",
                              text[earlier[-1].number_end - s.start:local]) if earlier and f.kind != "year" else None
        words = gapped.group(1).split() if gapped else []
        if words and earlier[-1].entity[:1].islower() and not set(words) & (FUNCTION_WORDS | set(METRIC_HEADS)) \
                and not any(UP_RE.fullmatch(w) or DOWN_RE.fullmatch(w) or w in VERBS or re.fullmatch(r"[a-z]+(?:ed|ing)", w)
                            for w in words) \
                and not [n for n in self.names[s.index] if earlier[-1].number_end - s.start <= n.start < local] \
                and not self._counted(" ".join(words), f.unit) and words[-1] not in MEASURE_UNITS:
            # 'with new titles accounting for 8.1 million and its back catalogue for 6.9 million', 'Coal supplied 41%
            # and natural gas 22%': the next thing of a list whose verb is left out, never the thing before it
            f.entity, f.counterpart = " ".join(words), ""
            f.evidence["entity"] = f"'{' '.join(words)}', the next item of a list whose verb is left out"
            return
        whose = re.search(r"\b([a-z][\w\-]*(?:\s+[a-z][\w\-]*)?),\s+whose\s+(?:[\w\-]+\s+){1,3}?(?:(?:rose|fell|grew|climbed|"
                          r"increased|decreased|dropped|declined|jumped|slipped|was|were|reached|totalled|stood)\s+)?"
                          r"(?:by\s+|to\s+|at\s+)?(?:about\s+|some\s+|nearly\s+|almost\s+)?[^\w\s]{0,3}$", text[:local])
        if whose and whose.group(1).split()[-1] not in FUNCTION_WORDS | set(SCALE_WORDS) | MEASURE_UNITS and not (
                earlier and earlier[-1].end - s.start >= whose.start(1)):  # never '€4.90–5.10 billion, whose midpoint
            # 'by-product credits from molybdenum, whose output rose 8.1% to 6,250 tonnes': the thing 'whose' goes back to
            f.entity, f.counterpart = whose.group(1).split()[-1], ""
            f.evidence["entity"] = f"'{whose.group(1).split()[-1]}', whose figure it is"
            return
        if earlier and earlier[-1].entity and f.kind != "year" and (earlier[-1].kind != "rate" or f.kind == "rate"):
            # ... never the currency an exchange rate before it prices ('Converted at US$0.597 per New Zealand dollar,
            # the exports were worth US$16.62 billion')
            f.entity = earlier[-1].entity
            f.counterpart = earlier[-1].counterpart
            f.evidence["entity"] = "the entity of the number before it in the sentence"
            self._counterpart(s, f)
            return
        f.entity = subject
        f.evidence["entity"] = f"the sentence's subject '{subject}'" if subject != self.main else \
            f"the article's main entity '{subject}'"
        self._counterpart(s, f)

    def _is_counterpart_slot(self, text: str, n: Name) -> bool:
        before = text[max(0, n.start - 40):n.start].lower()
        return bool(re.search(r"\b(?:exports?|exported|shipments|sales|imports?|imported|trade|traded|turnover|surplus|deficit|"
                              r"ties|relations)\s+(?:\w+\s+)?(?:to|from|with)\s+(?:the\s+)?$|\bbetween\s+(?:the\s+)?$", before)) \
            or (n.country or n.text) == self.counterpart

    def _counterpart(self, s: Sentence, f: DraftFigure) -> None:
        text = s.text
        local = f.number_start - s.start
        clause_start, clause_end = clause_bounds(text, local)
        # 'Exports to Germany, the largest market, were £14.2 billion': the flow's words before an apposition
        apposition = re.search(r",\s+(?:the|its|a|an|their)\s+[^,;\d]{1,50},\s*$", text[:clause_start])
        if apposition and re.search(r"\b(?i:exports?|imports?|shipments|sales|purchases|cargoes|deliveries|supplies|trade)\s+"
                                    r"(?:\w+\s+)?(?:to|from|with)\s+(?:the\s+)?[A-Z][\w’'\-]*(?:\s+[A-Z][\w’'\-]*)*$",
                                    text[clause_bounds(text, apposition.start())[0]:apposition.start()]):
            clause_start = clause_bounds(text, apposition.start())[0]
        window = text[clause_start:clause_end]
        for n in self.names[s.index]:
            if not clause_start <= n.start < clause_end:
                continue
            name = n.country or n.text
            before = text[max(clause_start, n.start - 40):n.start]
            if re.search(r"\b(?:exports?|shipments|sales|exported)\s+(?:\w+\s+)?to\s+(?:the\s+)?$|\b(?:imports?|imported|purchases|shipments|cargoes|deliveries|supplies|those)\s+(?:\w+\s+)?from\s+(?:the\s+)?$|"
                         r"\b(?:trade|turnover|surplus|deficit)\s+with\s+(?:the\s+)?$|\bbetween\s+(?:the\s+)?$|\band\s+$", before, re.I):
                if name == f.entity:
                    continue
                if re.search(r"\band\s+$", before) and not re.search(r"\bbetween\b", window[: n.start - clause_start]):
                    continue
                if name == self.counterpart:
                    return
                if re.search(r"\bbetween\s+(?:the\s+)?$", before) and self.counterpart:
                    return
                f.counterpart = name
                f.evidence["counterpart"] = f"'{before.strip()} {n.text}'"
                owner_less = re.search(r"(?:^|[,;:]\s*|\b(?:and|while|whereas|but)\s+)(?:the\s+)?(?:shipments|cargoes|deliveries|"
                                       r"supplies|those)\s+(?:\w+\s+)?from\s+(?:the\s+)?$", before, re.I)
                if owner_less and f.entity not in (self.main, name) and is_territory(self.main) \
                        and (is_territory(f.entity) or f.entity[:1].islower()):
                    # 'Shipments from the UAE fell 7.6%' in an article about India's imports: India's, from the UAE
                    f.entity = self.main
                    f.evidence["entity"] = f"'{before.strip()} {n.text}': the main entity '{self.main}' receives them"
                return
        for n in self.names[s.index]:
            # 'The UK exported £12.3 billion of goods to Ireland', 'Exports of machinery to Germany rose': a flow's
            # verb or noun earlier in the clause, and the partner after 'to' or 'from'
            name = n.country or n.text
            if not clause_start <= n.start < clause_end or name == f.entity or not is_territory(name):
                continue
            before = text[clause_start:n.start]
            if re.search(r"\b(?:export\w*|shipp\w*|shipments|sold|sales)\b[^;]*\bto\s+(?:the\s+)?$|"
                         r"\b(?:import\w*|bought|purchas\w*)\b[^;]*\bfrom\s+(?:the\s+)?$", before, re.I):
                if name != self.counterpart:
                    f.counterpart = name
                    f.evidence["counterpart"] = f"'{before.strip()[-40:]} {n.text}'"
                return
        bloc = re.search(r"\b(?:exports?|imports?|shipments|sales|trade|surplus|deficit|purchases)\s+(?:[\w\-]+\s+){0,6}?"
                         r"(?:to|from|with)\s+the\s+(?:bloc|union)\b", text[clause_start:clause_end], re.I)
        if bloc and not f.counterpart:
            # 'Imports from the bloc fell 1.3%': the bloc a flow was last said to be with ('exports to the European Union')
            named = [g.counterpart for g in getattr(self, "all_figures_so_far", []) if g.counterpart and is_region(g.counterpart)]
            if named and named[-1] != f.entity:
                f.counterpart = named[-1]
                f.evidence["counterpart"] = f"'{bloc.group(0)}': {named[-1]}, the bloc named before"

    def _clause_thing(self, text: str, clause_start: int, local: int, segment_start: int) -> str:
        """A lower-case noun phrase that opens the clause (or the list item) and is neither a measure nor a name:
        "Crude oil imports rose" -> crude oil, "Accommodation was" -> accommodation."""
        start = max(clause_start, segment_start)
        head = text[start:local]
        part = re.match(r"\s*,?\s*(?:(?:and|while|but|whereas|followed\s+by|ahead\s+of|behind|including)\s+)?(?:[Tt]he|[Ii]ts|[Tt]heir)\s+((?:[a-z][\w\-]*\s+){1,3}?"
                        r"(?:division|unit|arm|segment|ministry|department|subsidiary|branch|business))\b", head)
        following = re.match(r"\s+([a-z]+)", head[part.end():]) if part else None
        if part and not re.match(r"\s*,", head[part.end():]) and not set(part.group(1).split()[:-1]) & FUNCTION_WORDS \
                and not (following and following.group(1) in METRIC_HEADS):  # 'The electricity unit rate': a measure
            return part.group(1)  # 'Its consumer banking division earned', 'The social affairs ministry will receive': a
            #                       part of the main entity, named by what it does
        lead = re.match(r"\s*(?:(?:and|or|while|but|whereas|with|ahead\s+of|behind|followed\s+by|including|together,?)\s+)?"
                        r"(?:the\s+)?",
                        head, flags=re.I)
        words = []
        after_preposition = bool(re.search(r"\b(?:with|of|behind|by|including)\s+(?:the\s+)?$", head[:lead.end()]))
        for i, m in enumerate(re.finditer(r"(?:[A-Z]\.){2,}|[A-Za-z]+\d\w*|[^\W\d_](?:[^\W\d_]|-)*|[,;:(]", head[lead.end():])):
            word = m.group(0)
            lower = word.lower()
            if re.fullmatch(r"[A-Za-z]+\d\w*", word):
                return ""  # 'C1 cash costs rose', 'H20 shipments': a measure's code, never a thing the figures are about
            following = re.match(r"\s+([\w$€£¥₹\-]+)", head[lead.end() + m.end():])
            gerund = lower.endswith("ing") and lower not in VERBS and (after_preposition and i == 0 or following is not None and (
                following.group(1).lower() not in FUNCTION_WORDS and not re.match(r"[\d$€£¥₹]", following.group(1))))
            if lower == "of" and words and words[-1] in METRIC_HEADS and all(w in METRIC_HEADS or w in METRIC_MODIFIERS
                                                                                for w in words):
                # 'Shipments of robusta, known in Brazil as conilon, halved': what the measure is of
                after = start + lead.end() + m.end()
                after += len(re.match(r"\s*(?:the\s+)?", text[after:local]).group(0))
                if after >= local or re.match(r"(?:[a-z\-]+\s+){0,5}[A-Z]", text[after:local]):
                    return ""  # 'Sales of eczema treatment Immuvax slipped': the name's, found by the rules for names
                return self._clause_thing(text, after, local, after)
            if lower == "of" and len(words) == 1 and words[0] in PLACE_NOUNS and re.match(
                    r"\s+[A-Z][\w’'\-]*", head[lead.end() + m.end():]):
                return ""  # 'The port of Westhaven handled', 'the province of Ontario': the place's, found by the rules
                #           for names, never the noun before its name
            if i == 0 and segment_start > clause_start and start == segment_start and not head[:lead.end() + m.start()].strip() \
                    and (re.fullmatch(r"[A-Z]{2,6}s?", word) or lower in UNIT_SYMBOLS):
                continue  # '534.8 billion RPKs from 505.0 billion': the unit of the number before, no thing
            if lower in RANK_WORDS and words and words[-1] in ("top", "two", "three", "four", "five", "six", "ten"):
                words.append(lower)  # 'the five biggest buyers': a group of the ranked, named by its size
                continue
            if not words and lower in DEGREE_ADVERBS and following is not None and following.group(1).islower() \
                    and following.group(1) not in FUNCTION_WORDS | VERBS:
                words.append(lower)  # 'Fully electric cars made up 27.5%': the adverb is part of what the cars are
                continue
            if word in ",;:(" or lower in FUNCTION_WORDS - {"and"} or (_not_a_noun(lower) and not gerund) or lower in CALENDAR_WORDS \
                    or head[lead.end() + m.end():lead.end() + m.end() + 1] in ("’", "'"):
                break
            # ... never a statistic's own ('Unadjusted claims rose', 'Reported sales', 'Continued claims')
            adjective = i == 0 and following is not None and re.fullmatch(r"[a-z]+[^su]s", following.group(1)) \
                and following.group(1) not in METRIC_HEADS and following.group(1) not in FUNCTION_WORDS | VERBS \
                and not re.fullmatch(r"(?:un|re|pre|non-?)?(?:adjusted|reported|stated|audited|revised|weighted|estimated|"
                                     r"projected|expected|forecast(?:ed)?|annuali[sz]ed|continued|insured|consolidated|"
                                     r"combined|seasonali[sz]ed)", lower)
            if (lower.endswith("ed") and lower not in METRIC_MODIFIERS and "-" not in lower or lower in IRREGULAR_PARTICIPLES) \
                    and not adjective:
                break  # a participle ends the phrase; 'gas-fired', 'state-owned' are adjectives within it, and so is
                #        one that opens it before a plural noun ('Detached homes averaged £498,000')
            if not words and PERIOD_ADJECTIVE.fullmatch(lower):
                continue  # 'Nine-month profit fell', 'First-half copper output': the period, never the thing
            fuel = re.fullmatch(r"([a-z]+)-(?:fired|powered|fuelled|fueled)", lower)
            if fuel:  # 'coal-fired generation' is coal's, as 'coal with 71.3 TWh' is
                lower = fuel.group(1)
            if i == 0 and word in measure_abbreviations(self.article) and any(
                    f.unit.split("_")[0] == word.lower().rstrip("s") for f in getattr(self, "all_figures_so_far", [])):
                return ""  # 'with RPKs down 0.9%': the unit the article counts in, never whom it is about ('LPG' is)
            if word[:1].isupper() and i > 0:
                break
            if word[:1].isupper() and (self.finder.is_name_word(word, start == 0 and i == 0)
                                       or self.finder.ranked_as_a_name(word, head[lead.end() + m.end():])
                                       or re.match(r"\s+[A-Z]|\s?&\s?[A-Z]", head[lead.end() + m.end():])):
                return ""  # a name, never a thing: 'Procter & Gamble said' too
            # (while the main entity is being found, `_main_entities` reads clauses before there is one)
            if word[:1].isupper() and lower == (getattr(self, "main", "") or "").lower():
                return ""  # 'Vantel reported 2024 revenue': the article's own name, opening its sentence
            words.append(lower)
        while words and words[-1] == "and":
            words.pop()
        spelled = re.match(r"\s*\(([A-Z]{2,8})s?\)", head[lead.end():][len(" ".join(words)):]) if words else None
        if spelled and spelled.group(1).endswith("".join(w[0] for w in words if w not in FUNCTION_WORDS).upper()):
            return ""  # '..., depreciation and amortisation (EBITDA) rose': a measure spelled out, never a thing
        if words[-2:] == ["domestic", "product"]:  # 'real gross domestic product' is a measure, GDP
            del words[-3 if words[-3:-2] == ["gross"] else -2:]
        while words and (words[-1] in METRIC_HEADS or words[-1] in ("category", "categories", "item", "items")):
            if words[-1] in COUNT_NOUNS and len(words) > 1 and words[-2] not in METRIC_HEADS:
                break  # 'battery-electric cars took 17.6%': the cars are the thing, not a measure of it
            words.pop()
        if words and words[-1] in ("unit", "segment", "division", "arm"):
            words.pop()
        if not words or all(w in METRIC_MODIFIERS or w in GENERIC_MODIFIERS or re.fullmatch(r"[a-z]+-to-[a-z]+", w)
                            for w in words):
            return ""
        if words[0] in ("average", "median", "mean"):
            return ""  # 'The average day-ahead price fell', 'the median wait': a statistic of a measure, never a thing
        if words[-1].endswith(("ing", "ed")) and "-" not in words[-1] and words[-1] not in ING_SECTORS \
                and not (after_preposition or len(words) == 1 and head[lead.end():][:1].isupper()):
            return ""
        if re.match(r"\s*(?:in|across|from)\s+(?:the\s+)?[A-Z]", head[lead.end():][len(" ".join(words)):]) \
                and re.fullmatch(r"[a-z]+(?:ers|ors|ists|ants|ents)", words[-1]):
            return ""  # 'Builders in Romania finished': whom the figures are about is the place
        if any(w in ("government", "group", "company", "ministry", "bank", "plan", "office", "agency", "state", "city",
                     "town", "municipality", "council", "county", "province",
                     "country", "economy", "firm", "analysts", "economists", "officials", "shoppers", "that", "this",
                     "councillors", "councilors", "lawmakers", "legislators", "ministers", "senators",
                     "number", "amount", "level", "total", "line", "carrier", "airline", "lender", "insurer", "miner",
                     "retailer", "operator", "producer", "exporter", "importer", "manufacturer", "carmaker", "maker",
                     "designer", "developer", "giant", "brewer", "chain", "platform", "startup", "start-up", "supplier",
                     "provider", "conglomerate", "board", "club", "fund", "shares", "management", "directors", "inflows",
                     "outflows", "cargoes", "consignments")
               or re.fullmatch(CHANGE_NOUNS, w) for w in words) or words[-1] in DOCUMENT_WORDS:
            # 'The line carried', 'a 58% drop in net profit', 'Customs data showed': the company again, a change or a
            # source, never a thing ('data centre revenue' is the data centres')
            return ""
        return " ".join(words)

    @staticmethod
    def _owned_name(text: str, owner: Name, names: list[Name]) -> Name | None:
        """The name a place's possessive owns, right after it ('Germany's Volkswagen'), when that name is what the
        figures are about: never a source ('Germany's Bundesbank said inflation slowed'), an agency, a statistic or an
        index in capitals ('China's CPI', 'Japan's Nikkei 225'), whose figures are the place's."""
        owned = next((m for m in names if m.start > owner.end and re.fullmatch(r"(?:[’']s)?\s+", text[owner.end:m.start])),
                     None)
        # a statistic in capitals is the place's ('China's CPI', 'Japan's GDP'); a company in capitals is its own
        # ('China's BYD', 'Japan's NTT')
        if owned is None or _is_agency(owned.text) or re.fullmatch(r"[A-Z]{2,}", owned.text) and (
                owned.text.lower() in METRIC_HEADS or owned.text in STATISTIC_ABBREVIATIONS) \
                or re.search(rf"\b(?:{STOCK_INDEXES})\b", owned.text):
            return None
        if re.match(r"\s*,?\s*(?:said|says|reported|reports|told|estimated|estimates)\b(?!\s+(?:on\s+\w+\s+)?(?:that\s+)?"
                    r"(?:its|their)\b)", text[owned.end:]):
            return None
        return owned

    def _counted(self, thing: str, unit: str = "") -> bool:
        """Whether a bare noun is only what the article counts ('claims', 'visitors'): a measure, never whose it is."""
        known = getattr(self, "metric_of_unit", {})  # none yet while the lede is read
        counted = {u.split("_")[0].lower() for u in known} | {m.split()[-1].lower() for m in known.values() if m}
        return " " not in thing and thing.lower() in counted | {unit.split("_")[0].lower()} - {""}

    def _subject(self, s: Sentence) -> str:
        """The entity a sentence is about: its first name that does not follow a preposition, or a product
        it opens with; names of agencies and the economy all flows are with do not count."""
        text = s.text
        skip = dateline(s)[2]
        place = re.match(r"\s*In\s+the\s+(capital|rest\s+of\s+the\s+country|countryside|(?:north|south|east|west)(?:-?(?:east|west))?)"
                         r"\s*,", text[skip:])
        if place and not any(n.start < skip + place.end() for n in self.names[s.index] if n.start >= skip):
            return f"the {place.group(1)}"  # 'In the capital, the unemployment rate was 2.9%': the capital's, no one else's
        opening = re.match(r"\s*(?:the\s+)?", text[skip:], re.I).end() + skip
        if not any(n.start == opening for n in self.names[s.index]):
            first_clause_end = clause_bounds(text, opening)[1]
            verb = re.search(r"\s(?:" + "|".join(sorted(VERBS | {"is", "are", "was", "were", "has", "have"}, key=len, reverse=True))
                             + r")\b", text[opening:first_clause_end])
            thing = self._clause_thing(text, opening, (opening + verb.start()) if verb else first_clause_end, opening)
            if thing and not self._counted(thing):
                return thing
        verb = re.search(r"\b(?:" + "|".join(sorted(VERBS | {"is", "are", "was", "were", "has", "have", "had", "will",
                                                                 "would", "could", "proposed", "called", "promised"},
                                                                key=len, reverse=True)) + r")\b", text[skip:])
        verb_at = skip + verb.start() if verb else len(text)
        for n in self.names[s.index]:
            if n.start < skip or self._is_agency(n.text) or n.start > verb_at:
                continue
            name = n.country or n.text
            before = text[skip:n.start]
            if _describes_a_company(text, n):
                continue  # 'German drive-systems maker Halvorsen AG said': the company is the subject
            if re.match(r"\s*,?\s*(?:said|says|told|added|noted|warned|called|wrote)\b(?!\s+(?:on\s+\w+\s+)?(?:that\s+)?"
                        r"(?:its|their)\b)", text[n.end:]) or \
                    (n.text.isupper() and not n.country and not is_territory(n.text)):
                continue
            if re.search(r"\b(?:to|from|with|of|by|in|at|than|behind|ahead\s+of|among|for|on|over|into|against|"
                         r"excluding|including|except|like|below|above|under|beyond|according\s+to)\s+(?:the\s+)?$", before, re.I) or name == self.counterpart:
                if re.search(r"\bbetween\s+(?:the\s+)?$", before, re.I) or name == self.counterpart:
                    continue
                continue
            if n.possessive and re.match(r"\s*(?:[a-z\-]+\s+){0,2}(?:rate|budget|ceiling|level|target)\b", text[n.end + 2:]) \
                    and n.start > skip + 10:
                continue
            if n.possessive and self._owned_name(text, n, self.names[s.index]) is not None:
                continue  # 'Korea's National Retirement Fund returned 6.8%', 'Germany's Volkswagen': the name it owns
            return name
        return ""

    # -- metric ------------------------------------------------------------------------------------
    def _metric(self, s: Sentence, f: DraftFigure, earlier: list[DraftFigure]) -> None:
        text = s.text
        local = f.number_start - s.start
        if f.kind == "rate":
            f.metric, f.evidence["metric"] = "exchange rate", "a rate between two currencies"
            return
        if f.share and earlier and f.evidence.get("entity") == "the amount it is a share of":
            f.metric = earlier[-1].metric
            f.evidence["metric"] = "the metric of the amount it is a share of"
            return
        if f.kind in ("percent", "amount") and re.search(
                r"\b(?:[Ss]hares|[Ss]tock|[Ss]hare\s+price)\b(?:\s+(?:in|of)\s+(?:the\s+)?[\w’'\-]+(?:\s+[A-Z][\w’'\-]*)*)?"
                r"(?:\s+[a-z]+ly)?\s+(?:[a-z]+ed|rose|fell|slid|sank|rallied|jumped|climbed|gained|lost|were\s+(?:up|down)|"
                r"edged\s+(?:up|down|higher|lower)|closed\s+(?:up|down)|were\s+trading)(?:\s+as\s+much\s+as|\s+by)?\s+"
                r"(?:about\s+|nearly\s+|almost\s+|more\s+than\s+|less\s+than\s+|over\s+|just\s+(?:over|under)\s+|"
                r"some\s+|around\s+)?[$€£¥]?$", text[:local]):
            # 'Heineken shares rose 6%': the share price, never the measure of the sentence before
            f.metric, f.evidence["metric"] = "share price", "'shares' moving before it"
            return
        currency = CURRENCY_MOVE.search(text[clause_bounds(text, local)[0]:local]) if f.kind in ("percent", "amount") else None
        if currency:
            # 'The Australian dollar rose 0.4% to 65.3 US cents': the currency's exchange rate, never the measure of the
            # sentence before
            f.metric, f.evidence["metric"] = "exchange rate", f"'{currency.group(1)}': a currency that moved"
            f.entity, f.counterpart, f.evidence["entity"] = currency.group(1), "", f"'{currency.group(1)}', the currency that moved"
            return
        counted = re.match(r"[\d.,]+\s*(?:million|thousand|billion|m|k)?\s+(births|deaths)\b", self.article[f.number_start:])
        if counted and f.unit.split("_")[0] == "people":  # '54,900 births': people counted by the event, its measure
            f.metric, f.evidence["metric"] = counted.group(1), f"'{counted.group(1)}', what it counts"
            return
        names = self.names[s.index]
        # never a word of the dateline: '(Central European Travel Trade)' names an agency, not a measure
        phrases = [p for p in metric_phrases(text, names) if p[0] >= dateline(s)[2]]
        # never a cause told beside the measure that moved: 'Net profit climbed on lower storm losses to $1.2 billion',
        # 'Net profit jumped, with bad loans shrinking, to 3.1 billion euros', 'The wage bill fell, even as revenue
        # rose, to £380.2 million' (the measure before the cause is the one that moved)
        causes = [m.span() for m in CAUSE_ASIDE.finditer(text)]
        if causes and phrases and any(p[0] < causes[0][0] for p in phrases):
            phrases = [p for p in phrases if not any(a <= p[0] < b for a, b in causes)]
        if self.metric_of_unit.get(f.unit, "value") not in ("value", "volume"):
            # 'Cod was the second-largest species by value at 12.6 billion crowns': what a rank is by, never the
            # measure, which is the one last named for figures in the unit
            phrases = [p for p in phrases if not (p[2] in ("value", "volume") and re.search(r"\bby\s+$", text[:p[0]]))]
        clause_start, clause_end = clause_bounds(text, local)
        segment_start = max(clause_start, max((e.number_end - s.start for e in earlier), default=0))
        own = [p for p in phrases if segment_start <= p[0] < local and not self._is_whole_of(text, p, local)]
        # 'a 58% drop in net profit', but never the whole of a ratio: 'the wage bill, equal to 66.6% of revenue'
        after = [p for p in phrases if f.number_end - s.start <= p[0] < min(clause_end, f.number_end - s.start + 30)
                 and re.match(rf"\s*(?:(?:{CHANGE_NOUNS})\s+in|of)\s+", text[f.number_end - s.start:p[0]]) is not None
                 and not (f.share_of and not f.share and earlier and earlier[-1].kind == "amount"
                          and re.match(r"\s*of\s", text[f.number_end - s.start:p[0]]))]
        if f.share and f.share_of:
            whole = [p for p in phrases if f.number_end - s.start <= p[0] < f.number_end - s.start + len(f.share_of) + 6]
            if whole:
                f.metric, f.evidence["metric"] = whole[0][2], f"the whole it is a share of, '{f.share_of}'"
                return
        right_after = [p for p in phrases if f.number_end - s.start <= p[0] and re.fullmatch(
            r"\s+", text[f.number_end - s.start:p[0]])] if f.kind == "amount" and not f.is_change and not f.is_count else []
        if right_after:  # 'smaller than the $4.1 billion deficit expected for 2024-25': the measure it names
            f.metric, f.evidence["metric"] = right_after[0][2], f"'{right_after[0][2]}' right after it"
            return
        named_before = self._last_metric(earlier, f.unit) or self.metric_of_unit.get(f.unit, "")
        if own and own[-1][2] == "rate" and named_before:
            # 'the rate' is the last percentage that is no share of a whole or of things counted ('14 of the 22
            # economists, or 64%' is none)
            counted = {g.currency for g in self.all_figures_so_far + earlier if g.is_count}
            named_before = next((g.metric for g in reversed(self.all_figures_so_far + earlier) if g.unit == f.unit
                                 and g.metric and not g.share and g.metric not in counted), "")
            # ... and a measure named a rate before any other: 'raised its policy rate to 4.5% ... Inflation rose to 3.1%
            # ... since 2021, when the rate stood at 0.25%' is the policy rate
            named_before = next((g.metric for g in reversed(self.all_figures_so_far + earlier) if g.unit == f.unit
                                 and g.metric.endswith(" rate") and not g.share), named_before)
        if own and own[-1][2] in ANAPHORIC_HEADS and len(own) == 1 and named_before \
                and re.search(r"\b(?:the|this|that)\s+$", text[:own[-1][0]], re.I) \
                and not re.match(r"\s+(?:of|on|for|in)\b", text[own[-1][1]:]):
            # 'At the end of last year the ratio stood at 98.0%': the ratio named before
            f.metric = named_before
            f.evidence["metric"] = f"'the {own[-1][2]}': the measure last named for a figure in {f.unit}"
        elif own and len(own) > 1 and own[-1][2] in ANAPHORIC_HEADS and own[-2][2] not in ANAPHORIC_HEADS \
                and re.search(r"\b(?:the|this|that)\s+$", text[:own[-1][0]], re.I):
            # 'Unemployment figures released on Friday put the rate at 5.1%': the unemployment rate
            f.metric = f"{own[-2][2]} {own[-1][2]}"
            f.evidence["metric"] = f"'{text[own[-2][0]:own[-2][1]]}' and 'the {own[-1][2]}' before it in its clause"
        elif own:
            f.metric, f.evidence["metric"] = own[-1][2], f"'{text[own[-1][0]:own[-1][1]]}' before it in its clause"
        elif f.kind == "amount" and (role := re.search(
                r"\b(?:biggest|largest|top|main|leading|principal|second|third|fourth|fifth|[a-z]+-(?:largest|biggest))\s+"
                r"(?:(buyer|customer|destination|export\s+market)|(supplier|source\s+of\s+imports))s?\b(?!.*\b(?:buyers?|suppliers?)\b)",
                text[:local], re.I)) \
                and not [p for p in phrases if p[0] < local and p[0] > role.end()] \
                and (role.group(1) or self.trade_article):
            # 'China remained the biggest buyer of Brazilian goods, taking $94.4 billion': exports, whatever flow the
            # sentence before named last; a supplier's amount is imports ... in an article about trade: 'Pension funds
            # were the biggest buyers, taking $465 million' of a bond sale made purchases
            f.metric = ("exports" if self.trade_article else "purchases") if role.group(1) else "imports"
            f.evidence["metric"] = f"'{role.group(0)}': the {'flow' if self.trade_article else 'amount'} a " \
                                   f"{'buyer takes' if role.group(1) else 'supplier sends'}"
        elif after:
            f.metric, f.evidence["metric"] = after[0][2], f"'{text[after[0][0]:after[0][1]]}' after it"
        elif earlier and earlier[-1].metric and not (f.is_count and earlier[-1].kind == "amount"
                                                     and (not earlier[-1].is_count or earlier[-1].currency != f.currency)) \
                and not (f.kind == "amount" and earlier[-1].kind == "percent" and earlier[-1].evidence.get(
                    "metric", "").startswith(WEAK_METRIC)) \
                and not (f.kind == "amount" and earlier[-1].kind in ("percent", "pp") and re.search(
                    r"\b(?:share|ratio|margin)\b", earlier[-1].metric) and (earlier[-1].kind == "pp" or not earlier[-1].direction)):
            # ... but never a measure a change before it only guessed: 'Automotive grew 14.7% to €2.03 billion' after a
            # sentence about the gross margin; nor a share's ('its share rose to 69.7% ... at 1.21 million tonnes')
            f.metric, f.evidence["metric"] = earlier[-1].metric, "the metric of the number before it"
        elif f.is_count and earlier and earlier[-1].metric:
            # '... rose 4.6% to £2.84 billion, and the board treated 1.21 million patients': what it counts, never
            # the measure of an amount of something else before it
            f.metric, f.evidence["metric"] = f.currency, "what it counts"
        else:
            # not the whole a share is of: 'produced 11.8 kt, or 52% of group output'
            # an amount is not measured by a rate or a share ('worth MXN 877bn at an average exchange rate')
            fits = (lambda p: p[3] not in RATE_HEADS) if f.kind == "amount" else (lambda p: True)
            before_any = [p for p in phrases if p[0] < local and not self._is_whole_of(text, p, local) and fits(p)]
            # ... or named later, though never for a count after a contrast: 'carried 1.42 million TEU, up 6.8%, but
            # average revenue per box fell' counts TEU, no revenue
            # ... nor after a clause about another place ('Australia ranked third at NZ$1.92 billion, ahead of Algeria,
            # where sales fell'): the measure of the place the clause describes
            later = [p for p in phrases if p[0] > local and not ((f.is_count or f.kind == "amount") and re.search(
                r"\b(?:but|while|whereas|although)\b", text[local:p[0]])) and not re.search(
                r",\s*(?:where|when)\b", text[local:p[0]]) and not self._is_whole_of(text, p, local) and fits(p)]
            chosen = before_any[-1] if before_any else (later[0] if later else None)
            if chosen and not before_any and "_per_" in f.unit and f.kind == "amount" and not f.is_change:
                chosen = None  # '$5,412 a tonne ..., as weak demand from grinders': a price, not the measure named after it
            if chosen:
                f.metric, f.evidence["metric"] = chosen[2], f"'{text[chosen[0]:chosen[1]]}' in its sentence"
            elif f.is_count:
                f.metric, f.evidence["metric"] = f.currency, "what it counts"
            elif "_per_" in f.unit:
                f.metric, f.evidence["metric"] = "price", "a price of each " + f.unit.rpartition("_per_")[2]
            elif self.metric_of_unit.get(f.unit):
                f.metric = self.metric_of_unit[f.unit]
                f.evidence["metric"] = f"the measure last named for a figure in {f.unit}"
            elif self.previous_metric:
                f.metric, f.evidence["metric"] = self.previous_metric, "the measure of the sentence before"
            elif self.headline_metric:
                f.metric, f.evidence["metric"] = self.headline_metric, "the measure the headline names"
            else:
                f.metric, f.evidence["metric"] = "value", "no measure named"
        if f.is_count and f.metric in ("", "value"):
            f.metric = f.currency

    @staticmethod
    def _last_metric(earlier: list[DraftFigure], unit: str) -> str:
        """The measure of the last figure in the same unit earlier in its sentence."""
        return next((e.metric for e in reversed(earlier) if e.unit == unit and e.metric), "")

    @staticmethod
    def _is_whole_of(text: str, phrase, local: int) -> bool:
        # 'or 52% of group output' names a whole; 'the largest source of imports' names what the figure is
        return bool(re.search(r"\bof\s+(?:the\s+|all\s+)?$", text[:phrase[0]][-12:])) and not re.search(
            r"\b(?:source|supplier|buyer|destination|origin|provider|purchaser|market|seller|exporter|importer|producer)s?"
            r"\s+of\s+(?:the\s+|all\s+)?$", text[:phrase[0]][-30:])

    # -- periods -----------------------------------------------------------------------------------
    def _periods(self, s: Sentence, figures: list[DraftFigure], times: list[TimeExpression], running: str) -> None:
        text = s.text
        claimed: set[int] = set()
        current = running
        for i, f in enumerate(figures):
            local_end = f.number_end - s.start
            local = f.number_start - s.start
            next_start = figures[i + 1].number_start - s.start if i + 1 < len(figures) else len(text)
            _, clause_end = clause_bounds(text, local)
            window_end = min(next_start, local_end + 50)
            after = [t for t in times if local_end <= t.start < window_end and t.start - local_end < 45
                     and not re.search(r"[,;]\s", text[local_end:t.start]) or (t.start >= local_end and t.start - local_end <= 3)]
            after = [t for t in after if t.start < next_start and not re.search(
                r"\b(?:after|before|when|because|although|though|once|until)\b", text[local_end:t.start], re.I)]
            # '£3.62bn (2023: £3.96bn)': a year in brackets with a colon labels the comparative after it, never the
            # number before the brackets
            after = [t for t in after if not (re.match(r"\s*:", text[t.end:]) and re.search(r"\(\s*$", text[:t.start]))]
            labelled = next((t for t in times if t.period and re.search(r"\(\s*$", text[:t.start])
                             and re.fullmatch(r"\s*:\s*", text[t.end:f.start - s.start])), None)
            revised = re.search(r"\b(?:its|their|the|his|her|an?)\s+(?:(?:previous|earlier|prior|initial|original)\s+)?"
                                r"(?:(?:January|February|March|April|May|June|July|August|September|October|November|"
                                r"December|spring|summer|autumn|fall|winter)\s+)?(?:forecast|estimate|projection|prediction|"
                                r"outlook|guidance)\s+(?:of|for)\s+(?:about\s+|around\s+)?[^\w\s]{0,3}$",
                                text[:f.start - s.start])
            if revised is not None and f.is_level and re.search(r"\b(?:previous|earlier|prior|initial|original|January|"
                                                                r"February|March|April|May|June|July|August|September|"
                                                                r"October|November|December|spring|summer|autumn|fall|"
                                                                r"winter)\s+\w+\s+(?:of|for)\b", revised[0]) \
                    and any(FORECAST_CUE.search(text[:g.start - s.start]) and g.unit == f.unit for g in figures[:i]):
                # 'expects sales of 4.50 million in 2025, down from its December forecast of 4.71 million': the forecast
                # it revises is of the same period; the month is when it was made, and it is the base of the revision
                target = next(g for g in reversed(figures[:i]) if FORECAST_CUE.search(text[:g.start - s.start])
                              and g.unit == f.unit)
                f.period, f.earlier = target.period, True
                f.evidence["period"] = f"'{revised[0].strip()}': an earlier forecast of the period the revised one is for"
                claimed.update(t.start for t in times if revised.start() <= t.start < f.start - s.start)
                continue
            if labelled is not None:
                f.period, f.evidence["period"] = labelled.period, f"'({text[labelled.start:labelled.end]}:' just before it"
                f.earlier = _ends_before(labelled.period, current)
                claimed.add(labelled.start)
                continue
            if f.kind == "times":
                after = []  # "double its 2017 level": the year after a multiple is what it is compared with
            before_from = FROM_CUE.search(text[max(0, local - 40):f.start - s.start] if f.start - s.start > 0 else "")
            if f.kind == "year":
                f.period, f.evidence["period"] = f.value, "the year itself"
                if figures[0] is not f and figures[0].metric:
                    f.metric, f.evidence["metric"] = figures[0].metric, "the measure its sentence is about"
                continue
            if PREVIOUS_RECORD.search(text[max(0, local - 50):f.start - s.start]) and not f.is_change:
                # 'passed the previous peak of £271,190, set in the third quarter of 2022': a level of the past,
                # never the current one; its period is the one the words after it give, if any
                f.earlier = True
                set_in = next((t for t in times if t.start >= local_end and t.period and re.fullmatch(
                    r"(?:\s*(?:million|billion|trillion|thousand|bn|m|k|[a-z]+s))?\s*,?\s*(?:(?:set|reached|recorded|seen|hit|"
                    r"touched)\s+)?(?:in|during)\s+(?:the\s+)?", text[local_end:t.start])), None)
                f.period = set_in.period if set_in else current
                f.evidence["period"] = (f"'{text[set_in.start:set_in.end]}', when the previous record was set" if set_in
                                        else "a previous record, its date not given")
                if set_in:
                    claimed.add(set_in.start)
                continue
            average = YEARS_AVERAGE.search(text[max(0, local - 50):f.start - s.start])
            if average is not None and not f.is_change and re.fullmatch(r"\d{4}", current):
                # 'still below the five-year average of 25.1 million tonnes' in a report on 2025: the mean of 2020 to
                # 2024, a base of the past, never a second level of the current year
                years = COUNT.get(average["years"].lower()) or int(average["years"])
                f.earlier = True
                f.period = f"{int(current) - years}..{int(current) - 1}"
                f.evidence["period"] = f"'{average[0].strip()}': the {years} years before {current}"
                continue
            tight = [t for t in times if t.period and not t.earlier and 0 <= min(local, f.start - s.start) - t.end <= 3
                     and re.fullmatch(r"[’']s\s*|\s*", text[t.end:f.start - s.start] if f.start - s.start >= t.end else "")
                     # "last year's share of 39.5%": that year's share
                     or t.period and not t.earlier and t.end <= f.start - s.start and re.fullmatch(
                         r"[’']s\s+(?:share|level|figure|rate|total|reading|tally)\s+of\s+",
                         text[t.end - 2 * bool(re.search(r"[’']s$", text[t.start:t.end])):f.start - s.start])]
            # 'second-quarter revenue was £2.5 billion and first-half revenue was £4.8 billion': a period written as an
            # adjective of the figure's own measure is its period, whatever time the next clause names
            modifying = [t for t in times if t.period and not t.earlier and t.end <= f.start - s.start
                         and re.fullmatch(r"[A-Za-z]+-[A-Za-z\-]+|Q[1-4]|H[12]", text[t.start:t.end])
                         and not re.fullmatch(r"full-year|whole-year", text[t.start:t.end], re.I)
                         and re.fullmatch(r"\s+(?:[a-z][\w\-]*\s+){0,3}?(?:was|were|is|are|of|totall?ed|reached|came\s+to|"
                                          r"stood\s+at|rose|fell|grew|jumped|climbed|slipped|dropped|increased|decreased|"
                                          r"declined|hit|amounted\s+to)\s+(?:by\s+|to\s+|at\s+)?(?:about\s+|some\s+|"
                                          r"nearly\s+|almost\s+|around\s+)?(?:[^\w\s]{0,3}[\d.,]+\s*(?:%|per\s*cent|"
                                          r"[a-z]+)?\s+(?:to|from)\s+(?:about\s+|some\s+)?)?",
                                          text[t.end:f.start - s.start])]
            if modifying and f.kind != "year":
                t = modifying[-1]
                f.period, f.evidence["period"] = t.period, f"'{text[t.start:t.end]}', the period of its measure"
                current = f.period
                continue
            if tight and not after:
                f.period, f.evidence["period"] = tight[0].period, f"'{text[tight[0].start:tight[0].end]}' just before it"
                claimed.add(tight[0].start)
                f.earlier = bool(FROM_CUE.search(text[max(0, tight[0].start - 40):tight[0].start]))
                continue
            # 'the previous quarter's $23.1 billion', 'last year's 5.0 million', 'above its level of a year ago ($298)': the
            # earlier period's level, right after its time's possessive or in brackets after it
            owner = next((t for t in times if t.earlier and not t.period and not t.days and t.end <= local
                          and re.fullmatch(r"[’']s\s*|\s*\(\s*", text[t.end:f.start - s.start])), None)
            if owner is not None and not f.is_change and _step_fits(current, owner):
                f.earlier = True
                f.period = _earlier_period(current, owner.years, owner.months)
                f.evidence["period"] = f"right after '{text[owner.start:owner.end]}': before {current}"
                continue
            lead = next((t for t in times if t.earlier and not t.period and not t.days and t.end <= local
                         and clause_bounds(text, local)[0] <= t.start
                         and not any(t.end <= g.number_start - s.start < local for g in figures[:i])), None)
            if lead is not None and not f.is_change and _step_fits(current, lead) and re.search(
                    r"\b(?:was|were|stood\s+at|totalled|totaled|came\s+to)\s+(?:about\s+|around\s+|some\s+)?$",
                    text[:f.start - s.start]):
                # 'Exports a year earlier were US$58.5 billion': the earlier period's level, its time said before the verb
                f.earlier = True
                f.period = _earlier_period(current, lead.years, lead.months)
                f.evidence["period"] = f"'{text[lead.start:lead.end]}' before its verb: before {current}"
                continue
            if after and not after[0].earlier and f.is_change and (re.fullmatch(
                    r"[^,;]*?\b(?:over|from|on|compared\s+with|against|versus|vs\.?|below|above|under)\s+"
                    r"(?:the\s+same\s+\w+\s+(?:of|in)\s+)?",
                    text[local_end:after[0].start]) and re.fullmatch(r"\d{4}", after[0].period)
                    and re.fullmatch(r"\d{4}", current or "") and after[0].period < current
                    or re.fullmatch(r"[^,;]*?\b(?:than|from|on|against|compared\s+with|versus|vs\.?|above|below)\s+(?:in\s+)?"
                                    r"(?:the\s+|its\s+)?",
                                    text[local_end:after[0].start]) and _ends_before(after[0].period, current)
                    # ... though 'the latest quarter' may be the sentence's own in a forecast for the next one
                    and not re.search(r"\b(?:latest|current|this|recent|most\s+recent)\b",
                                      text[after[0].start:after[0].end], re.I)):
                # a whole earlier year ('an increase of 16.5 billion euros over 2022'), or an earlier period after a
                # comparison ('5.7% higher than the second quarter's $4.61 billion', 'fell 4.6% from the second
                # quarter', '0.8 point above the second quarter's 42.8%'): what the change is measured against; the
                # change runs to the period the sentence is about. Never 'over the first half of 2025' or 'over the
                # first nine months', the change's own period, nor 'from May 15', its start.
                f.period = current
                f.evidence["period"] = f"a change against '{text[after[0].start:after[0].end]}': it runs to {current}"
                # the time is left to the base after it: '10.4% below last year's crop of 91.5 million tonnes'; after
                # 'above' or 'below' never to a later number of the sentence ('about 5% above the third quarter ...,
                # and a margin of 23.5%': the forecast's), though a clause may go back to it ('than in June last year,
                # when 9,870 were sold')
                if re.search(r"\b(?:above|below)\s+(?:in\s+)?(?:the\s+|its\s+)?$", text[local_end:after[0].start]):
                    claimed.add(after[0].start)
            elif after and not after[0].earlier:
                t = after[0]
                f.period, f.evidence["period"] = t.period, f"'{text[t.start:t.end]}' after it"
                claimed.add(t.start)
                f.earlier = bool(before_from)
            elif after and after[0].earlier and (f.is_change or f.kind == "percent" and re.search(
                    r"\b(?:rose|fell|grew|increased|climbed|jumped|declined|dropped|slowed|accelerated|(?:was|were)\s+"
                    r"(?:up|down))\s+(?:by\s+)?(?:about\s+|around\s+|nearly\s+)?$", text[:local])
                    and re.fullmatch(r"\s*(?:%|per\s*cent|percent)?\s*(?:from|on|over|compared\s+with|than)\s+",
                                     text[local_end:after[0].start])):
                # 'up 4.0% on the previous quarter', 'rose 2% from a year earlier': what the change is measured
                # against; the change itself runs to the period the sentence is about ... and so does a rate of growth
                # read as a level ('Food prices rose 3.8% from a year earlier, up from 2.7% in October')
                f.period = current
                f.evidence["period"] = f"a change against '{text[after[0].start:after[0].end]}': it runs to {current}"
            elif after and after[0].earlier and after[0].days:
                # 'from $2,830 a week earlier': days before a day's period; a month's or a year's has no such period
                f.earlier = True
                f.period = days_before(current, after[0].days)
                f.evidence["period"] = (f"'{text[after[0].start:after[0].end]}': {after[0].days} days before {current}"
                                        if f.period != current else f"'{text[after[0].start:after[0].end]}': within "
                                        f"{current}, a period the data dictionary cannot name")
            elif after and after[0].earlier and not _step_fits(current, after[0]):
                f.period, f.evidence["period"] = current, (f"'{text[after[0].start:after[0].end]}' does not fit "
                                                           f"{current}: the period the article is talking about")
            elif after and after[0].earlier and after[0].of_year and not re.match(rf"{after[0].of_year + 1}\b", current):
                # 'compared with 1.20 trillion yen in the same quarter of 2019': that year's, when it is no year before
                f.earlier = True
                try:
                    shift = parse_period(current).start // 12 - after[0].of_year
                    f.period = parse_period(current).shifted(-12 * shift).label if shift > 0 else current
                except (PeriodError, ValueError):
                    f.period = current
                f.evidence["period"] = f"'{text[after[0].start:after[0].end]}': {f.period}"
            elif after and after[0].earlier:
                f.earlier = True
                f.period = _earlier_period(current, after[0].years, after[0].months)
                f.evidence["period"] = (f"'{text[after[0].start:after[0].end]}': "
                                        f"{'just' if after[0].years == 0 else 'a year' if after[0].years == 1 else f'{after[0].years} years'} before {current}")
            elif (marker := next((t for t in reversed(times) if t.earlier and not t.period and t.end <= local
                                  and (WHEN_IT_STOOD.fullmatch(text[t.end:f.start - s.start])
                                       or re.fullmatch(r"\s*,?\s*when\s+(?:about\s+|some\s+|nearly\s+|almost\s+|only\s+|"
                                                       r"just\s+)?", text[t.end:f.start - s.start]))), None)) is not None:
                # ... and 'five years ago, when 1.9 million were handed out': the number the subject of 'when' 
                # 'higher than a year earlier, when it stood at 4.1%': the level in that earlier period
                f.earlier = True
                f.period = _earlier_period(current, marker.years, marker.months)
                f.evidence["period"] = f"'{text[marker.start:marker.end]}, when it stood at': before {current}"
            elif not f.is_change and (marker := next((t for t in times if t.earlier and not t.period and not t.days
                                                      and t.end <= local and OPENS_SENTENCE.fullmatch(text[:t.start])
                                                      and not any(u.period and t.end <= u.start < local for u in times)),
                                                     None)) is not None:
                # 'A year ago, the rate averaged 7.18%': a sentence that opens in the earlier period is about it
                f.earlier = True
                f.period = _earlier_period(current, marker.years, marker.months)
                f.evidence["period"] = f"'{text[marker.start:marker.end]}' opens its sentence: before {current}"
            elif not f.is_change and re.search(r"\b(?:previous|prior|earlier|initial|original|first|last)\s+(?:[\w\-]+\s+)?"
                                               r"(?:estimate|forecast|projection|reading|figure|guidance|outlook|"
                                               r"prediction)\s+(?:of\s+)?(?:about\s+|around\s+|some\s+)?$",
                                               text[max(0, local - 60):f.start - s.start], re.I):
                # 'up from its previous estimate of 177.3 million tonnes': an earlier estimate of the same period
                f.earlier = True
                f.period, f.evidence["period"] = current, f"an earlier estimate of {current}"
            elif not f.is_change and BENCHMARK_CUE.search(text[max(0, local - 80):f.start - s.start]):
                # '3.5 points below the median of 87.8% for the time of year': a benchmark, no level of the period
                f.earlier = True
                f.period, f.evidence["period"] = current, f"a benchmark a gap is measured against, in {current}"
            elif before_from and re.search(r"\b(?:revised|restated|amended)\b(?:\s+\w+)?\s+to\s+\S+\s+"
                                           r"(?:\S+\s+)?from\s+\S*$", text[:f.number_end - s.start], re.I):
                # 'revised to 0.1% from 0.3%': the first estimate of the same period, not a year before
                f.earlier = True
                f.period, f.evidence["period"] = current, f"an earlier estimate of {current}, revised"
            elif before_from and (sequential := re.search(
                    r"\b(?:sequentially|on\s+a\s+sequential\s+basis|(quarter|month)[\s-]on[\s-](?:quarter|month))\b(?:[^;\d]|\d+(?:\.\d+)?\s?%)*$",
                    text[:local], re.I)):
                # 'rose 12% year on year to $5.6 billion; sequentially, it was up from $5.2 billion': the period just
                # before, which a year's figures cannot name
                f.earlier = True
                f.period = _earlier_period(current, 0, {"month": 1, "quarter": 3}[sequential.group(1).lower()]) \
                    if sequential.group(1) else just_before(current) if re.fullmatch(r"\d{4}-(?:Q[1-4]|\d{2})", current) \
                    else current
                f.evidence["period"] = f"the 'from' side of a change on the period before: just before {current}"
            elif before_from and any(g.evidence.get("basis") == "just before" for g in figures[:i] if g.is_change):
                # 'fell 4.6% from the second quarter to 9.8 million tonnes, compared with 10.3 million': the quarter before
                # ... and a day's a week or a month before when the change says so ('rose 4.2% on the week')
                f.earlier = True
                step = next((g.evidence.get("step") for g in reversed(figures[:i]) if g.is_change
                             and g.evidence.get("basis") == "just before"), None)
                day = re.fullmatch(r"\d{4}-\d{2}-\d{2}", current)
                f.period = days_before(current, 7) if day and step == "week" else \
                    _earlier_period(current, 0, {"month": 1, "quarter": 3}[step]) if day and step in ("month", "quarter") \
                    else just_before(current)
                f.evidence["period"] = f"the 'from' side of a change on the period before: just before {current}"
            elif before_from and self.weekly and re.fullmatch(r"\d{4}-\d{2}-\d{2}", current):
                f.earlier = True
                f.period = days_before(current, 7)
                f.evidence["period"] = f"the 'from' side of a change in a week's figures: the week before {current}"
            elif before_from:
                f.earlier = True
                # a day's 'from' side is the day before ('closed at $10,845, from $10,622'), unless the change says it
                # is a year earlier ('climbed 4.7% from a year earlier to 171.3 billion from 165.2 billion')
                yearly = any(g.evidence.get("basis") == "a year earlier" for g in figures[:i] if g.is_change)
                # ... and an inflation or jobless rate's is the month before ('Services inflation slowed to 3.2% from
                # 3.4%' in a month's release): it is a rate of the month, never compared with a year earlier's
                rate = f.kind == "percent" and re.fullmatch(r"\d{4}-\d{2}", current) \
                    and re.search(r"\b(?:inflation|unemployment|jobless)\b", f.metric)
                if yearly or not (rate or re.fullmatch(r"\d{4}-\d{2}-\d{2}", current)):
                    f.period = _earlier_period(current)
                    f.evidence["period"] = f"the 'from' side of a change: a year before {current}"
                elif (step := re.search(r"\b(?:in|over|during)\s+the\s+(quarter|month)\b|\b(quarter|month)[- ]on[- ]\2\b",
                                        text, re.I)) and re.fullmatch(r"\d{4}-\d{2}-\d{2}", current) \
                        and _end_of(current[:7]) == current:
                    # 'Mortgage debt rose 1.8% in the quarter to 548.6 billion zlotys from 538.9 billion' at the end of
                    # June: the end of March, a stock at the end of the step the change names
                    f.period = _earlier_period(current, 0, {"month": 1, "quarter": 3}[(step.group(1) or step.group(2)).lower()])
                    f.evidence["period"] = f"the 'from' side of a change over the {step.group(0)}: the end of the one before"
                else:
                    f.period = just_before(current)
                    f.evidence["period"] = f"the 'from' side of a change: just before {current}"
            else:
                # not a time in another clause that tells of some other event ('after the bank cut its rate in June,
                # the margin narrowed to 1.12%', 'Terminal 3, which opened in March 2024, handled the remaining 1.05 million')
                own_start = clause_bounds(text, local)[0]
                before = [t for t in times if t.end <= local and t.period and not t.earlier and t.start not in claimed
                          and not re.search(r"\bfrom\s+(?:the\s+)?$", text[:t.start], re.I)  # 'in August from July to'
                          # '48% more than in 2019, when it was £864, and more than double': 2019 is the base's
                          and not (THAN.search(text[:t.start]) and not THEN_WHEN.fullmatch(text[t.end:f.start - s.start]))
                          and not (clause_bounds(text, t.start)[0] < own_start and re.search(
                              r"\b(?:after|before|when|because|although|though|once|until|which|who|whose)\b",
                              text[clause_bounds(text, t.start)[0]:t.start], re.I))]
                # 'since 2015', 'since the easing cycle began in October 2024'
                since = before and re.search(r"\bsince\s+(?:the\s+)?$|\bsince\b[^,;\d]{0,50}\b(?:in|on)\s+$",
                                             text[:before[-1].start], re.IGNORECASE)
                own_clause = clause_bounds(text, local)[0]
                if since and clause_bounds(text, before[-1].start)[0] != own_clause \
                        and not re.match(r"\s*when\b", text[own_clause:], re.IGNORECASE):  # 'since 2015, when it stood at
                    # 'Since the 2015 count of 4.1 million, the population has grown 1.2% a year': the change
                    # runs to the period the article is talking about; 2011 is where it starts
                    f.period, f.evidence["period"] = current, f"a change since '{text[before[-1].start:before[-1].end]}'"
                elif since and re.search(r"\bto\s+(?:about\s+|around\s+|nearly\s+|almost\s+|some\s+|a\s+record\s+)?"
                                         r"[^\w\s]{0,3}$", text[:f.start - s.start]):
                    # 'Exports have risen 40% since 2020 to $52 billion': the level the change reached, now
                    f.period, f.evidence["period"] = current, f"the level a change since '{text[before[-1].start:before[-1].end]}' reached"
                elif since:
                    t = before[-1]
                    f.period, f.earlier = t.period, True
                    f.evidence["period"] = f"'since {text[t.start:t.end]}': where a change starts"
                elif (the := re.search(r"\b(?:in|during|for|over)\s+the\s+(quarter|half|month)\b",
                                        text[local_end:clause_bounds(text, local)[1]])) \
                        and _shape(self.opening_period) == the.group(1):
                    # 'Construction began on 14,120 homes in the quarter': the quarter the article is about
                    f.period = self.opening_period
                    f.evidence["period"] = f"'the {the.group(1)}': the one the article is about, {self.opening_period}"
                elif before:
                    t = before[-1]
                    f.period, f.evidence["period"] = t.period, f"'{text[t.start:t.end]}' before it"
                    if THAN.search(text[:t.start]) and THEN_WHEN.fullmatch(text[t.end:f.start - s.start]):
                        f.earlier = True  # '36.3% higher than in June last year, when 9,870 were sold': the base
                else:
                    f.period, f.evidence["period"] = current, "the period the article is talking about"
            if not f.earlier:
                current = f.period
        # a change takes the period of the amount it changes to: "climb 20% to €66 billion in 2026"
        for i, f in enumerate(figures):
            if f.is_change or f.kind == "times":
                target = next((g for g in figures[i + 1:i + 3] if g.kind in ("amount", "percent") and not g.is_change
                               and not g.earlier and CHANGE_TO_LEVEL.match(text[f.number_end - s.start:g.start - s.start])),
                          None)
                if target and not f.evidence.get("period", "").startswith("'"):
                    f.period, f.evidence["period"] = target.period, "the period of the amount it changes to"
                level = figures[i - 1] if i else None
                if not target and f.kind == "percent" and level is not None and level.is_level and not level.earlier \
                        and level.period != f.period and re.fullmatch(
                            r"\s*(?:[a-z]+\s+)?,\s*(?:up|down)\s+(?:by\s+)?",
                            text[level.number_end - s.start:f.start - s.start]) and not any(
                            t.start >= f.number_end - s.start and t.start - (f.number_end - s.start) < 30 for t in times):
                    # 'after first-half revenue of A$2.00 billion, up 15.5%': that level's change, in its period
                    f.period, f.evidence["period"] = level.period, "the period of the level it follows"
            if f.is_change and i and figures[i - 1].is_level and ANTECEDENT.search(
                    text[figures[i - 1].number_end - s.start:f.number_start - s.start]):
                # '4.55 billion euros a year earlier, which itself had been up 26%': the change of that level, in its period
                was, f.period = f.period, figures[i - 1].period
                f.evidence["period"] = "the period of the level 'itself' refers to"
                base = figures[i + 1] if i + 1 < len(figures) else None
                if base is not None and base.earlier and base.period == year_earlier(was) and base.evidence.get(
                        "period", "").startswith("the 'from' side"):
                    base.period = year_earlier(f.period)  # '... up 26% from 3.6 billion euros': a year before that
            if _metric_head(f.metric) in STOCKS and f.kind in ("amount", "percent") \
                    and (not f.is_change or f.kind == "percent") and not ADDED.search(text[:f.start - s.start]):
                f.period = _end_of(f.period)  # a stock's level and its change in percent: at the period's end

    # -- one metric name for one measure -----------------------------------------------------------
    def _harmonise(self, figures: list[DraftFigure], main: str) -> None:
        """A measure named in full first and later by its head alone ("foreign visitors", later "visitors") keeps
        its full name, when the article names no other measure with that head.

        A count whose measure is only what it counts ("3.36 million barrels" -> barrels) takes the one measure
        the article names for counts of that noun for its own entity, or the main entity ("output ... 2.79 million
        barrels"), with the changes that took its name."""
        FigureDrafter._full_names(figures)  # first, so that a count takes a measure's full name
        self._shipments_from(figures)  # ... and the flows 'shipments from' a partner are, the main entity's imports
        nouns = {f.currency for f in figures if f.is_count}
        for noun in nouns:
            def named(entity: str | None, verb_measure: str | None) -> set[str]:
                """The measures named for counts of the noun; or the one named at least three times and twice as often
                as any other ('deliveries' five times, 'sales' once for '48,517 of them sold'), unless the count's own
                verb names another measure (`verb_measure`: 'output' for 'assembled', '' for a verb of no known one)."""
                counts = Counter(f.metric for f in figures if f.kind == "amount" and f.currency == noun and f.metric
                                 and f.metric != noun and entity in (None, f.entity))
                ranked = counts.most_common()
                if len(ranked) > 1 and ranked[0][1] >= 2 * ranked[1][1] and ranked[0][1] >= 3 and (
                        verb_measure is None or verb_measure and verb_measure in ranked[0][0].split()):
                    return {ranked[0][0]}
                return set(counts)

            for f in figures:
                if f.metric != noun:
                    continue
                text = self.sentences[f.sentence].text
                own_clause = text[clause_bounds(text, f.number_start - self.sentences[f.sentence].start)[0]:
                                  f.number_start - self.sentences[f.sentence].start]
                # 'Europe took 74,528 cars': the article's usual measure; 'India turned out 13.6 million tonnes' its
                # output; never 'Mexico assembled 90,400 cars' in an article about sales
                verb_measure = _verb_measure(own_clause)
                # its own entity's measure for this noun, else (for a name like the main entity) the main entity's,
                # else the article's only one where several names share it ('registrations' of France and Italy for
                # Germany's cars), never one thing's measure (permits for the completions)
                shared = named(None, verb_measure) if f.entity[:1].isupper() else set()
                if len({g.entity for g in figures if g.metric in shared and g.currency == noun}) < 2:
                    shared = set()
                ladder = (named(f.entity, verb_measure), named(main, verb_measure) if f.entity[:1].isupper() else set(),
                          shared)
                choice = next((found for found in ladder if len(found) == 1), None)
                if choice:
                    f.metric = next(iter(choice))
                    f.evidence["metric"] = f.evidence.get("metric", "") + f"; the measure the article names for {noun}"
        FigureDrafter._full_names(figures)  # again, for the measures the counts have just taken
        self._parts_of_a_total(figures, main)
        for f in figures:
            if f.kind == "amount" and f.metric.endswith(" per share") and re.fullmatch(r"[A-Z]{3}", f.unit):
                # 'Earnings per share came to CHF 25.30': an amount for each share, as 'CHF 25.30 a share' is
                f.unit = f"{f.unit}_per_share"
                f.evidence["unit"] = f"counted in {f.unit}: the measure is per share"
        counted = {f.unit.split("_")[0] for f in figures if f.is_count}
        for f in figures:
            if f.kind != "amount" or not re.fullmatch(r"[A-Z]{3}", f.unit) or f.share:
                continue
            s = self.sentences[f.sentence]
            local = f.number_start - s.start
            per = re.search(r"\bper\s+([a-z]+)\b[^,;\d]*$", s.text[clause_bounds(s.text, local)[0]:local])
            noun = next((c for c in counted if per and _singular(c) == _singular(per.group(1))), None)
            if noun:
                # 'Revenue per hectolitre rose to about 510 crowns' where the article counts hectolitres: a price of each
                f.unit = f"{f.unit}_per_{_singular(noun)}"
                f.evidence["unit"] = f"counted in {f.unit}: the measure is per {_singular(noun)}"

    def _parts_of_a_total(self, figures: list[DraftFigure], main: str) -> None:
        """'North America was the biggest market, at ¥52.7 billion, followed by Japan (¥41.3 billion), Europe (¥33.9
        billion) and the rest of Asia (¥20.3 billion)' after net sales of ¥148.2 billion and a net profit of ¥22.4 billion:
        a list of at least three parts that names no measure of its own is of the main entity's measure whose amount
        they add up to (52.7 + 41.3 + 33.9 + 20.3 = 148.2), never the measure the sentence before happened to name.
        Only when exactly one such measure adds up, to within the rounding of the printed numbers."""
        inherited = ("the measure last named", "the measure of the sentence before", "the measure the headline names",
                     "the metric of the number before it", "no measure named")
        for index in sorted({f.sentence for f in figures}):
            listed = [f for f in figures if f.sentence == index and f.kind == "amount" and f.is_level and not f.earlier
                      and not f.share and not f.forecast and not f.counterpart and f.entity != main]
            if len(listed) < 3 or len({(f.unit, f.period, f.metric) for f in listed}) != 1 \
                    or len({f.entity for f in listed}) != len(listed) \
                    or not all(f.evidence.get("metric", "").startswith(inherited) for f in listed):
                continue
            first = listed[0]
            totals = [g for g in figures if g.sentence < index and g.entity == main and not g.counterpart and g.kind == "amount"
                      and g.is_level and not g.earlier and not g.share and not g.forecast and g.unit == first.unit
                      and g.period == first.period]
            try:
                parts_sum = sum(float(f.value) for f in listed)
                slack = sum(_half_unit(f.value) for f in listed)
                adding_up = {g.metric for g in totals if abs(parts_sum - float(g.value)) <= slack + _half_unit(g.value)}
            except ValueError:
                continue  # a range ('¥58–64 billion'): no one sum
            if len(adding_up) != 1 or first.metric in adding_up:
                continue
            measure = adding_up.pop()
            renamed = {(f.entity, f.metric) for f in listed}
            for f in figures:
                if f.sentence == index and (f.entity, f.metric) in renamed:
                    f.metric = measure
                    f.evidence["metric"] = f"'{measure}' of {main}, which the parts its sentence lists add up to"

    @staticmethod
    def _full_names(figures: list[DraftFigure]) -> None:
        """'New-car registrations ... 158,900 of them registered': a measure named by its head alone takes the one
        full name the article gives that head in that unit."""
        seen: dict[tuple, list[str]] = {}
        for f in figures:
            if f.metric:
                key = (f.metric.split()[-1], f.currency if f.kind == "amount" else "")
                seen.setdefault(key, []).append(f.metric)
        for f in figures:
            key = (f.metric, f.currency if f.kind == "amount" else "")
            # ... never a segment's ('German battery-electric registrations' beside 'new-car registrations') nor a kind of
            # payment's ('toll revenue' is a part of 'total revenue')
            names = [n for n in seen.get(key, []) if not set(n.split()) & (SEGMENT_MODIFIERS | PAYMENT_MODIFIERS)]
            longer = set(names) - {f.metric}
            if f.kind != "amount" and any(g.sentence == f.sentence and g.kind == "amount" and g.metric == f.metric
                                          for g in figures):
                continue  # 'output fell 4.6% to 9.8 million tonnes': the change keeps its own level's measure
            if f.metric and " " not in f.metric and names and names[0] != f.metric and len(longer) == 1:
                f.evidence["metric"] += f"; named '{names[0]}' before"
                f.metric = names[0]

    def _ids_and_quotes(self, figures: list[DraftFigure]) -> None:
        used: Counter = Counter()
        for f in figures:
            s = self.sentences[f.sentence]
            f.quote, f.start = _unique_quote(self.article, self.mentions, f, (s.start, s.end))
            f.end = f.start + len(f.quote)
            base = "_".join(p for p in (_slug(f.entity), _slug(f.metric or f.kind), _slug(f.period)) if p)
            if f.direction:
                base += "_chg"
            elif f.share:
                base += "_share"
            elif f.kind == "times":
                base += "_x"
            base = base if re.match(r"[A-Za-z]", base) else f"f_{base}"
            used[base] += 1
            f.id = base if used[base] == 1 else f"{base}_{used[base]}"
            before = self.article[max(0, f.number_start - 40):f.number_start]
            minus = MINUS_BEFORE.search(before)
            if minus and (minus.group("word") or not re.search(r"(?:\d\s*|\)\s+)[-−]\s*$", before[:minus.end("sign")])):
                # '-0.3%', 'minus 120 million': a figure below zero, which the tables, holding magnitudes, cannot state;
                # never the dash of a range ('2 - 3%') nor of a dateline ('(Wire) - 12 banks')
                f.evidence["minus"] = minus.group("word") or minus.group("sign")
                printed = re.search(r"(?:[-−]|(?i:minus|negative)\s+)$", self.article[max(0, f.start - 9):f.start])
                if printed and self.article.count(self.article[f.start - len(printed[0]):f.end]) == 1:
                    f.start -= len(printed[0])  # the quote shows the sign the value, a magnitude, leaves out
                    f.quote = self.article[f.start:f.end]
            f.review = review_note(f)


# Modifiers that name a segment of a measure: 'battery-electric registrations' are some of the registrations
SEGMENT_MODIFIERS = {"battery-electric", "electric", "hybrid", "plug-in", "petrol", "diesel"}
# Sectors named by an -ing noun: 'manufacturing lost 6,000 jobs' is about manufacturing, not a verb
ING_SECTORS = {"manufacturing", "mining", "housing", "banking", "shipping", "clothing", "farming", "building",
               "printing", "publishing", "retailing", "lodging", "catering", "advertising", "engineering", "processing",
               "packaging", "trucking", "fishing", "logging", "wholesaling", "marketing", "consulting", "computing",
               "warehousing", "broadcasting", "gaming", "tourism", "leasing", "brewing", "refining", "smelting"}
# A change on the period just before: 'up 2.0% on the month', 'rose 0.5% from a month earlier', 'month over month',
# 'a second straight quarterly decline', 'from the previous week'
_STEP = r"(?:month|quarter|week|three\s+months|three-month\s+period|half|session|reading)"
JUST_BEFORE_BASIS = re.compile(
    r"\b(?:sequential(?:ly)?|on\s+the\s+(?:month|quarter|week)|(?:month|quarter|week)[\s-](?:on|over)[\s-](?:month|quarter|week)|"
    rf"(?:from|on|over|than|compared\s+(?:with|to))\s+the\s+(?:previous|prior|preceding)\s+{_STEP}|"
    r"(?:from|on|than|compared\s+(?:with|to))\s+(?:a|one)\s+(?:month|quarter|week)\s+(?:earlier|before|ago)|"
    r"(?:from|on|than)\s+the\s+(?:month|quarter|week)\s+before|from\s+last\s+(?:month|quarter|week)|"
    r"over\s+the\s+(?:month|quarter|week)|on\s+a\s+(?:monthly|quarterly|weekly)\s+basis|"
    r"(?:monthly|quarterly|weekly)\s+(?:rise|gain|fall|decline|drop|increase|decrease)|"
    r"(?:from|than(?:\s+in)?|on)\s+(?:January|February|March|April|May|June|July|August|September|October|November|"
    r"December)\b(?![\s,]+(?:19|20)\d\d)(?!\s+(?:last|of\s+last|a|the\s+previous|the\s+prior)\s+year)|from\s+the\s+(?:first|second|third)\s+quarter\b(?!\s+of\s+(?:19|20)\d\d))", re.I)
# A change on a year earlier: 'rose 12% from a year earlier', 'year-on-year', Yonhap's 'up 8.7 percent on-year'
YEAR_EARLIER_BASIS = re.compile(r"\b(?:from|on|than|compared\s+with)\s+a\s+year\s+(?:earlier|before|ago)|year[\s-]on[\s-]year|"
                                r"on\s+the\s+year\b|\bon[\s-]year\b", re.I)
# ... or anywhere after it in its sentence: 'fell by 12,000 to 1.48 million, the third monthly fall in a row',
# 'seasonally adjusted figures showed' (adjusted so that one month can be set against the one before)
JUST_BEFORE_IN_SENTENCE = re.compile(r"\b(?:(?:monthly|quarterly|weekly)\s+(?:rise|gain|fall|decline|drop|increase|decrease)s?"
                                     r"|straight\s+(?:monthly|quarterly|weekly)|seasonally[\s-]adjusted)\b", re.I)
# A change since the start of the year: 'has risen 24% since the start of the year', 'so far this year', 'year to date'
YEAR_TO_DATE = re.compile(r"\b(?:since\s+the\s+(?:start|beginning)\s+of\s+(?:the|this)\s+year|(?:so\s+far|to\s+date)\s+"
                          r"(?:this\s+year|in\s+(?:19|20)\d\d)|year[\s-]to[\s-]date|in\s+the\s+year\s+(?:so\s+far|to\s+date)|"
                          r"since\s+the\s+end\s+of\s+(?:last\s+year|December|(?:19|20)\d\d)|since\s+January\b(?!\s+\d)|"
                          r"this\s+year\b(?!\s+(?:from|on|than)\b)(?!\s+to\s+[A-Za-z]))", re.I)
# ... said before the change: 'On a monthly basis, sales rose 0.5%', 'The monthly rise of 0.5%'
JUST_BEFORE_BASIS_BEFORE = re.compile(
    r"\b(?:on\s+a\s+(?:monthly|quarterly|weekly)\s+basis|(?:month|quarter|week)[\s-](?:on|over)[\s-](?:month|quarter|week)|"
    r"(?:monthly|quarterly|weekly)\s+(?:rise|gain|fall|decline|drop|increase|decrease)\s+of|sequential(?:ly)?)\b", re.I)
# 'a year earlier, when it stood at 4.1%', '... when it accounted for 25.9%': the level at the time a marker before it
# names
WHEN_IT_STOOD = re.compile(r"\s*,?\s*when\s+(?:it|they|the\s+[\w\-]+(?:\s+[\w\-]+)?|[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)\s+"
                           r"(?:stood|was|were|reached|came|hit|ran|started|began|totalled|totaled|accounted\s+for|"
                           r"made\s+up|represented|took|held|had|claimed|comprised)"
                           r"\s+(?:at\s+|to\s+|on\s+)?(?:about\s+|around\s+|some\s+|nearly\s+|almost\s+|just\s+)?",
                           re.IGNORECASE)
# '3.5 points below the median of', '38% above the national average of', '9.3 points above the 10-year average of'
BENCHMARK_CUE = re.compile(r"(?:%|\bper\s?cent|\bpoints?|\bpp|\bbasis\s+points)\s+(?:above|below|under|over|short\s+of)\s+"
                           r"(?:the\s+|its\s+|their\s+)?(?:[\w\-]+\s+){0,3}?(?:median|average|mean|norm|benchmark|"
                           r"target|consensus|long-term\s+level)\s+(?:of\s+|at\s+)?$", re.IGNORECASE)
# '36.3% higher than in June last year, when 9,870 were sold': the time a comparison's base is of, and its level
THAN = re.compile(r"\bthan\s+(?:in\s+)?(?:the\s+)?$", re.IGNORECASE)
THEN_WHEN = re.compile(r",\s+when\s+(?:about\s+|around\s+|some\s+|nearly\s+)?")
# 'A year ago, ...', 'In the same period a year earlier, ...': a marker that opens its sentence
OPENS_SENTENCE = re.compile(r"\s*(?:(?:in|by|at|over|during)\s+)?", re.IGNORECASE)
# 'Taken together, they ...': more parts than any sentence lists, so no parts are ever found for it
UNCOUNTED_PARTS = 99
# Between a change and the level it reaches: 'rose 20% to', 'climbed 6.8% on a year earlier to', 'up 9% at'
CHANGE_TO_LEVEL = re.compile(r"\s*(?:(?:on|from|over|against|compared\s+with)\s+(?:a|the)\s+(?:year|month|quarter)\s+"
                             r"(?:earlier|before|ago)\s+|year[\s-]on[\s-]year\s+)?(?:\w+\s+)?(?:to|at|reaching)\s+"
                             r"(?:\S+\s+)?$")
# How a measure was guessed when its own words name none: the last one named for its unit, or the sentence before's
WEAK_METRIC = ("the measure last named for a figure in", "the measure of the sentence before")
# Measures in percent or per unit, never what an amount of money or things measures
RATE_HEADS = {"rate", "ratio", "share", "margin", "inflation", "unemployment"}
# Heads that, with 'the' and nothing else, point back to a measure already named: 'the ratio stood at 113%'
ANAPHORIC_HEADS = {"ratio", "rate", "share", "figure", "level", "total", "value", "volume"}
# What a statistic is published in, never what it is about: "the report showed", "the data".
DOCUMENT_WORDS = {"report", "reports", "data", "figures", "figure", "survey", "statement", "release", "study", "census",
                  "filing", "update", "bulletin", "estimate", "estimates"}
# "1.7% a year", "annually", "an average annual 3.8%": a change stated as an average annual rate
ANNUAL_AFTER = re.compile(r"\s*(?:on\s+average\s+)?(?:(?:a|per|each|every)\s+year\b"
                          r"(?!\s+(?:earlier|ago|before|after|later|on\b|to\b))|annually\b|on\s+average\s+each\s+year\b)",
                          re.IGNORECASE)
# the rate itself, right before the number: 'an average annual growth rate of 3.8%', not 'the average annual wage rose'
ANNUAL_BEFORE = re.compile(r"\b(?:average\s+annual|annual\s+average|compound(?:ed)?\s+annual|annuali[sz]ed)\s+"
                           r"(?:(?:growth|increase|rise|decline|rate)\s+){0,2}(?:of\s+)?(?:about|around|nearly|almost|"
                           r"roughly|some)?\s*$", re.IGNORECASE)
# Counts of people by the event or status that counts them: one unit, so that births less deaths is a change
# in people.
PERSON_NOUNS = {"residents", "inhabitants", "births", "deaths", "immigrants", "emigrants", "migrants", "citizens",
                "persons", "individuals", "babies", "people"}
# Words that never name what a figure is about: units of a number, words that place it in time or restate it
# ('which subtracted 0.1 point as exports fell', 'last month cut its forecast', 'equal to 0.9% of the economy').
UNIT_AND_TIME_WORDS = {"point", "points", "percent", "percentage", "last", "next", "previous", "equal", "equivalent",
                       "size"}
SUM_CUE = re.compile(r"\b(?:together|combined|between\s+them)\b", re.IGNORECASE)
# adverbs that grade the adjective after them within a thing's name: 'fully electric cars', 'partly skimmed milk'
DEGREE_ADVERBS = {"fully", "purely", "wholly", "partly", "partially", "semi", "highly", "mildly", "lightly", "heavily"}
ADVERBS = {"together", "also", "alone", "only", "still", "even", "both", "meanwhile", "overall", "instead", "however",
           "elsewhere", "again", "already", "just", "nearly", "almost", "about", "around", "roughly", "approximately",
           "well", "far", "much", "slightly", "sharply", "steadily", "largely", "mostly", "partly", "broadly", "there",
           "here", "nevertheless", "nonetheless", "though", "too", "yet", "likewise", "similarly", "otherwise", "now",
           "then", "first", "second", "third", "fourth", "fifth", "remaining", "original"}


def _not_a_noun(word: str) -> bool:
    """Words that cannot open a noun phrase naming a product or sector: verbs, adverbs, comparatives."""
    return (word in ADVERBS or word in VERBS or word in _COMPARATIVES or word in UNIT_AND_TIME_WORDS
            or word.endswith(("ly", "est")) and "-" not in word  # 'online-only retailers' are a thing
            or (word.endswith("ing") and word not in METRIC_HEADS)
            or word in ("year", "years", "month", "months", "quarter", "half", "week", "day", "period", "time", "level",
                        "little", "unchanged", "broadly", "largely", "slightly", "barely", "roughly", "virtually"))


_COMPARATIVES = {"narrower", "wider", "higher", "lower", "larger", "smaller", "bigger", "greater", "stronger", "weaker",
                 "faster", "slower", "better", "worse", "more", "less", "fewer", "earlier", "later", "most", "least",
                 "newer", "older", "younger", "cheaper", "dearer", "costlier", "pricier"}
# Past participles that do not end in -ed: like 'raised', they end a noun phrase ('robusta, known in Brazil as conilon')
IRREGULAR_PARTICIPLES = {"known", "shown", "grown", "given", "taken", "seen", "made", "held", "built", "sold", "unsold",
                         "bought", "paid", "unpaid", "spent", "kept", "won", "done", "written", "driven", "drawn", "begun"}
# A period said as an adjective: 'nine-month profit', 'first-half output', 'full-year revenue'
PERIOD_ADJECTIVE = re.compile(r"(?:first|second|third|fourth|1st|2nd|3rd|4th)-(?:half|quarter)|full-year|half-year|"
                              r"year-to-date|(?:three|six|nine|twelve|\d+)-month")


FORECAST_CUE = re.compile(r"\b(?:expect(?:s|ed|ing)?|forecasts?|forecast(?:ing|ed)|predict(?:s|ed)?|project(?:s|ed)|polled|"
                          r"poll|consensus|anticipated|target(?:s|ed|ing)?|aims?|aimed|goal|guidance|outlook|estimates?)\b",
                          re.IGNORECASE)
FORECASTERS = re.compile(r"\b(economists|analysts|forecasters|strategists|traders|markets)\b", re.IGNORECASE)
RECORD_SINCE = re.compile(r"\bthe\s+(?:highest|lowest|biggest|largest|smallest|fastest|slowest|strongest|weakest|"
                          r"steepest|sharpest|deepest|greatest|heaviest|cheapest|dearest|longest|shortest|widest|narrowest|"
                          r"best|worst|first|most|least)\b(?:\s+[\w\-]+){0,4}?\s+since\s+(?:the\s+)?$", re.IGNORECASE)


def _dateline_date(sentences: list[Sentence], year: int) -> date | None:
    """'MANILA, June 5 (Reuters) -': the day the article is dated, in the latest year it reports on (never read
    from the clock, so that a draft is the same whenever it is made)."""
    lede = next((s for s in sentences if not s.headline), None)
    if lede is None or not dateline(lede)[2]:
        return None
    from .when import MONTH, MONTHS

    found = re.search(rf"\b{MONTH}\.?\s+(\d{{1,2}})\b", lede.text[:dateline(lede)[2]])
    if not found:
        return None
    month = MONTHS.get(found.group(1).lower(), MONTHS.get(found.group(1).lower()[:3]))
    try:
        return date(year, month, int(found.group(2)))
    except (TypeError, ValueError):
        return None  # 'February 29' of a year that has none: the article stays undated


def _latest_past_year(article: str, latest: int) -> int:
    """With no date: the latest year the article reports on, not one it forecasts ('by 2030')."""
    years = [int(m.group(1)) for m in re.finditer(r"(?<!by )(?<!until )(?<!\d)\b((?:19|20)\d{2})\b(?!\s*%)", article)]
    if not years:
        return latest
    year = max(years)
    # 'Exports rose 14.3% last year to $405.5 billion. Exports had totalled $354.7 billion in 2023': the latest year it
    # names is only the base of 'last year', which is the year after it, so the article is of the year after that
    if re.search(r"\blast\s+year\b", article, re.I) and re.search(
            rf"\b(?:from|than|compared\s+(?:with|to)|against|had\s+(?:been|totalled|totaled|stood\s+at|reached|come\s+to))\b"
            rf"(?:[^.;]|\.\d){{0,80}}?\bin\s+{year}\b", article, re.I) and not re.search(
            rf"\b(?:in|for|during|of)\s+{year}\b(?!(?:[^.;]|\.\d){{0,40}}\b(?:from|than)\b)(?:[^.;]|\.\d){{0,60}}\b(?:rose|fell|grew|reached|"
            rf"climbed|dropped|increased|decreased|totalled|totaled|was|were)\b", article, re.I):
        return year + 2
    return year


def _shape(period: str) -> str:
    """'quarter' for 2025-Q3, 'half' for 2025-H1, 'month' for 2025-07, else ''."""
    return ("quarter" if re.fullmatch(r"\d{4}-Q[1-4]", period) else "half" if re.fullmatch(r"\d{4}-H[12]", period)
            else "month" if re.fullmatch(r"\d{4}-\d{2}", period) else "")


def _step_fits(current: str, marker: TimeExpression) -> bool:
    """'the previous quarter' fits a quarter, not a month: a marker of the period just before names its length."""
    if marker.years != 0 or not marker.months:
        return True
    try:
        return parse_period(current).months == marker.months
    except PeriodError:
        return False


# Verbs that name the measure of what they count ('turned out 13.6 million tonnes' is output); verbs that link a
# count to its measure named elsewhere ('took', 'remained ... with').
VERB_MEASURES = {"produced": "output", "turned": "output", "assembled": "output", "built": "output", "made": "output",
                 "manufactured": "output", "mined": "output", "pumped": "output", "sold": "sales", "delivered": "deliveries",
                 "exported": "exports", "imported": "imports", "shipped": "exports", "registered": "registrations"}
LINKING_VERBS = {"took", "remained", "stayed", "accounted", "totalled", "totaled", "amounted", "reached", "recorded",
                 "reported", "posted", "followed", "ranked", "contributed", "added", "ended", "finished", "stood", "held",
                 "came", "had", "was", "were", "is", "are",
                 # verbs of a place in a ranking: 'Angola moved up to fourth place with 1.44 million tonnes'
                 "moved", "overtook", "trailed", "led", "slipped"}


# 'the number of new listings', 'numbers of visitors': what a bare number counts
NUMBER_OF = re.compile(r"\bnumbers?\s+of\s+(?:[a-z\-]+\s+){0,2}?([a-z]+s|people)\b")
# A part of a company its own words name: 'its home market', 'the group's retail division' (group 1)
COMPANY_PART = (r"(?:its|their|the\s+(?:company|group)[’']s)\s+((?:[a-z][a-z\-]*\s+){0,2}(?:markets?|business(?:es)?|"
                r"divisions?|segments?|units?|operations|regions?))")
# A change measured against a base other than the period before or a year earlier
OTHER_BASIS = re.compile(r"\b(?:pre-?pandemic|pre-?crisis|pre-?covid|before\s+the\s+(?:pandemic|crisis)|"
                         r"since\s+((?:19|20)\d\d)|(?:compared\s+(?:with|to)|from|than|over)\s+((?:19|20)\d\d)(?:\s+levels?)?\b|"
                         r"((?:19|20)\d\d)\s+levels?|"
                         r"(two|three|four|five|six|seven|eight|nine|ten|\d+)\s+years\s+(?:earlier|ago|before)|"
                         r"(?:over|in|during)\s+the\s+(?:past|last|previous)\s+(two|three|four|five|six|seven|eight|nine|ten|\d+)"
                         r"\s+years)\b", re.I)
_YEARS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10}


def _other_basis(match: re.Match) -> str:
    """The base a change names: 'period:2022' for a year named ('since 2022'), 'years:2' for 'two years earlier',
    'unknown' for a level the article does not date ('pre-pandemic')."""
    year = match.group(1) or match.group(2) or match.group(3)
    if year:
        return f"period:{year}"
    count = match.group(4) or match.group(5)
    if count:
        return f"years:{_YEARS.get(count.lower(), count)}"
    return "unknown"


def _verb_measure(clause: str) -> str | None:
    """The measure a clause's verb names ('output' for 'India turned out'), '' for a verb of no known measure
    ('Mexico leased'), None for none or a linking verb ('Europe took', 'remained the largest with')."""
    for word in re.findall(r"[a-z]+", clause.lower()):
        if word in VERB_MEASURES:
            return VERB_MEASURES[word]
        if word.endswith("ed") and word not in LINKING_VERBS and not UP_RE.fullmatch(word) and not DOWN_RE.fullmatch(word):
            return ""
    return None


def _describes_a_company(text: str, name: Name) -> bool:
    """'German drive-systems maker Halvorsen AG', 'French carmaker Varenne': a nationality word that says what a company
    is, before the company's name, and names no country a figure is about."""
    return bool(name.country) and name.text != name.country and re.match(
        rf"(?:\s+[\w\-]+){{0,3}}?\s+[\w\-]*(?:{COMPANY_DESCRIPTORS})\s+[A-Z]", text[name.end:]) is not None  # 'carmaker' too


def _half_unit(value: str) -> float:
    """How far the strict reading of a printed value reaches either side of it: '52.7' is 52.65 to 52.75."""
    strict = readings(Printed(float(value), len(value.partition(".")[2])), "none", Tolerances())[0]
    return (strict.hi - strict.lo) / 2


def _ends_before(period: str, current: str) -> bool:
    """Whether `period` (no single day) is over before `current` begins: '2025-Q2' before '2025-Q3'."""
    if not period or not current or re.fullmatch(r"\d{4}-\d{2}-\d{2}", period):
        return False
    try:
        return parse_period(period).end < parse_period(current).start
    except PeriodError:  # a label the period grammar does not read
        return False


def _earlier_period(current: str, years: int = 1, months: int = 0) -> str:
    """The period `years` before `current` ('a year earlier', 'five years ago'), or with `years` 0 the one just before
    it; a day moves by the `months` its marker names ('a month earlier' than Oct. 31 is Sept. 30), or else by a day."""
    try:
        day = re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})", current)
        if years == 0 and day and months:
            import calendar

            y, m, d = (int(g) for g in day.groups())
            y, m = (y, m - months) if m > months else (y - 1, m - months + 12)
            last = calendar.monthrange(y, m)[1]
            ends_month = d == calendar.monthrange(int(day.group(1)), int(day.group(2)))[1]
            return f"{y}-{m:02d}-{last if ends_month else min(d, last):02d}"
        if years == 0 and months and parse_period(current).months != months:
            return current  # 'In the previous quarter' when the article's period is a year: a period it does not name
        if years == 0:
            return just_before(current)
        if years > 1:
            return parse_period(current).shifted(-12 * years).label
        return year_earlier(current)
    except Exception:
        return current


# 'Airlines worldwide', 'Global shipments': the world's, where no name owns them ('its global sales' are its own)
GLOBAL_CUE = re.compile(r"(?<!\bits\s)(?<!\bIts\s)(?<!\btheir\s)(?<!\bour\s)"
                        r"\b(?i:worldwide|globally|global|world[’']s|the\s+world|around\s+the\s+world)\b(?!\s+[A-Z])")
# 'It added 3.6 million subscribers in the quarter': what a stock gained or lost over a period, never its level
ADDED = re.compile(r"\b(?:added|adding|adds|gained|gaining|lost|losing|shed|net\s+(?:additions|adds)\s+of|signed\s+up)\s+"
                   r"(?:a\s+net\s+|about\s+|some\s+|nearly\s+|almost\s+|more\s+than\s+|over\s+)?[^\w\s]{0,3}$", re.I)


def _counts_people(clause: str) -> bool:
    """Whether a clause names a measure of people ('the population grew to') or a countable noun ('passengers')."""
    lower = clause.lower()
    return bool(re.search(rf"\b(?:{PEOPLE_MEASURES})\b", lower) or set(re.findall(r"[a-z]+", lower)) & (COUNT_NOUNS | WHO_IS_COUNTED))


def _metric_head(metric: str) -> str:
    """The noun a measure is counted in: 'loans' of 'loans to customers', 'subscribers' of 'paid subscribers'."""
    words = re.split(r"\s+(?:to|of|for|from|in|on|at|by|per)\s+", metric.strip(), maxsplit=1)[0].split()
    return words[-1].lower() if words else ""


def _end_of(period: str) -> str:
    import calendar

    try:
        parsed = parse_period(period)
    except PeriodError:
        return period
    if parsed.day or parsed.fiscal or ".." in period:
        return period
    year, month = divmod(parsed.end, 12)
    return f"{year:04d}-{month + 1:02d}-{calendar.monthrange(year, month + 1)[1]:02d}"


def _is_agency(name: str) -> bool:
    from .text import AGENCY_WORDS

    words = name.lower().split()
    return any(w in AGENCY_WORDS for w in words) or (name.isupper() and len(name) > 3)


def _value_text(m: Mention) -> str:
    if m.word:
        return f"{m.value:.4g}"  # 'fell by a third': 0.6667 times
    digits = f"{m.value:.{m.decimals}f}"
    if m.high is not None:
        high = re.search(r"[–-]\s?([\d,]+(?:\.\d+)?)", m.text)
        return f"{digits}-{high.group(1).replace(',', '') if high else f'{m.high:g}'}"
    return digits


def _slug(text: str) -> str:
    """An id part in ASCII: 'São Tomé' -> sao_tome."""
    ascii_text = unicodedata.normalize("NFKD", re.sub(r"[–—]", " ", text)).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "_", ascii_text.lower()).strip("_")[:20]


def _unique_quote(article: str, mentions: list[Mention], f: DraftFigure, bounds: tuple[int, int]) -> tuple[str, int]:
    """The shortest span around the number (and its qualifier), grown word by word inside its sentence, that
    occurs once in the article and states exactly one number in the figure's unit."""
    unit = parse_unit(f.unit)

    def valid(lo: int, hi: int) -> bool:
        quote = article[lo:hi]
        return article.count(quote) == 1 and len(mentions_in(mentions, lo, hi, unit)) == 1

    lo, hi = f.start, f.number_end
    candidates = []
    for steps in range(0, 14):
        if valid(lo, hi):
            return article[lo:hi], lo
        grow_right = steps % 2 == 0
        if grow_right and hi < bounds[1]:
            nxt = article.find(" ", hi + 1)
            hi = bounds[1] if nxt == -1 or nxt > bounds[1] else nxt
        elif lo > bounds[0]:
            prev = article.rfind(" ", bounds[0], lo - 1)
            lo = bounds[0] if prev == -1 else prev + 1
        elif hi < bounds[1]:
            nxt = article.find(" ", hi + 1)
            hi = bounds[1] if nxt == -1 or nxt > bounds[1] else nxt
        candidates.append((lo, hi))
    quote = article[f.start:f.number_end]
    return quote, f.start


# measures no part adds up to: a region's price may be above the national one
NON_ADDITIVE = re.compile(r"\b(?:prices?|average|median|mean|rates?|yields?|wages?|salar(?:y|ies)|margins?|ratios?)\b")


def _low_end(f: DraftFigure) -> float:
    """A figure's value as printed, or the low end of its range."""
    return float(re.split(r"\s*[–-]\s*", f.value.strip())[0])


def _size(f: DraftFigure) -> tuple[str, float]:
    """What an amount counts or is paid in ('count' for any noun counted), and how much of it in the unit's base."""
    unit = parse_unit(f.unit)
    return ("count" if unit.dimension.kind == "count" else f.unit.split("_")[0]), _low_end(f) * unit.scale


# a sign or word that puts a number below zero: '-0.3%', '(−1.2)', 'minus 0.8%', 'negative 0.1%', '-$4 million'
MINUS_BEFORE = re.compile(r"(?:(?:^|[\s(])(?P<sign>[-−])|\b(?P<word>(?i:minus|negative))\s+)\s?(?:[$€£¥₹₩]|[A-Z]{1,3}\$|[A-Z]{3}\s?)?$")


def review_note(f: DraftFigure) -> str:
    """What a person checks of a drafted figure: each label and the evidence it was read from."""
    if "minus" in f.evidence:
        return (f"Below zero: printed after '{f.evidence['minus']}', but a value in the tables is a magnitude (a change "
                "takes its sign from its direction), so no check uses this figure: state it by hand, or leave the "
                "claims that need it unverifiable.")
    parts = [f"check entity '{f.entity}' ({f.evidence.get('entity', 'guessed')})",
             f"metric '{f.metric}' ({f.evidence.get('metric', 'guessed')})",
             f"period {f.period} ({f.evidence.get('period', 'guessed')})"]
    if f.direction:
        parts.append(f"direction {f.direction} ({f.evidence.get('direction', 'guessed')})")
    elif f.kind in ("percent", "pp", "times"):
        parts.append("a level, no direction" + (f" ({f.evidence['share']})" if f.share else ""))
    if f.counterpart:
        parts.append(f"counterpart '{f.counterpart}' ({f.evidence.get('counterpart', 'guessed')})")
    if "unit" in f.evidence:
        parts.append(f.evidence["unit"])
    return "Drafted: " + "; ".join(parts) + "."


def draft_figures(article: str, reference: date | None = None, dollar: str = "USD") -> Article:
    """Every figure of an article with its guessed labels, ids and quotes."""
    return FigureDrafter(article, reference, dollar).draft()
