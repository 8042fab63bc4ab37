"""The words the drafting rules read, as data: what is measured, how it changes, and how it is hedged.

These are the vocabulary of economic reporting in general (a rise, a share, exports, a deficit), not
words taken from any one article.
"""

from __future__ import annotations

import re

from ..numbers import SPELLED_UNITS, UNIT_SYMBOLS
from ..readings import QUALIFIER_SIDES

QUALIFIERS = sorted((q for q in QUALIFIER_SIDES if q != "none"), key=len, reverse=True)

UP = (r"increas\w*|ris(?:e|es|en|ing)|rose|gr[eo]w\w*|up|surg\w*|expand\w*|skyrocket\w*|soar\w*|jump\w*|climb\w*|"
      r"gain\w*|boost\w*|higher|widen\w*|lift\w*|rais\w*|added|extra|additional|accelerat\w*|above|more|upgrad\w*|"
      r"upward|rebound\w*|recover\w*|deepen\w*|doubled|tripled|trebled|quadrupled|balloon\w*|swell\w*|swollen|"
      r"mount(?:s|ed|ing)|escalat\w*|snowball\w*|spiral(?:l?ed|l?ing|s)?\s+up")
DOWN = (r"decreas\w*|declin\w*|drop\w*|fell|fall\w*|down|shr[iu]nk\w*|contract\w*|slump\w*|plung\w*|slipp?\w*|"
        r"eas(?:e|ed|es|ing)|slid\w*|lower\w*|cut\w*|reduc\w*|below|less|narrow\w*|slowdown|slow\w*|dipp?\w*|"
        r"tumbl\w*|sank|sink\w*|weaken\w*|loss|los(?:t|es|ing)|shed(?:s|ding)?|downgrad\w*|downward|cool(?:ed|ing|s)|"
        r"shrank|retreat\w*|plummet\w*|reced(?:e|ed|es|ing)|sagg?(?:ed|ing|s)?|halv(?:ed|es|ing)")
UP_RE = re.compile(rf"\b(?:{UP})\b", re.IGNORECASE)
# Headline verbs and adjectives of direction beyond the change words: 'profit slips', 'inflation quickens'
HEADLINE_UP = {"lifts", "lift", "quickens", "quicken", "bigger", "wider", "swells", "balloons", "rebounds", "recovers",
               "leaps", "rallies", "doubles", "triples", "booms", "boom"}
HEADLINE_DOWN = {"slips", "slip", "slides", "slide", "sinks", "smaller", "narrower", "eases", "cools", "dips",
                 "shrinks", "retreats", "sags", "falters", "weaker", "halve", "halves", "halved"}
DOWN_RE = re.compile(rf"\b(?:{DOWN})\b", re.IGNORECASE)
CHANGE_NOUNS = r"rise|increase|growth|gain|jump|surge|drop|decline|fall|decrease|reduction|cut|slowdown|contraction"

# What is measured: a head noun -> the metric it names.
METRIC_HEADS = {
    "exports": "exports", "export": "exports", "shipments": "exports", "imports": "imports", "import": "imports",
    "trade": "trade", "turnover": "trade", "sales": "sales", "revenue": "revenue", "revenues": "revenue",
    "profit": "profit", "profits": "profit", "earnings": "earnings", "ebit": "ebit", "ebitda": "ebitda", "ebita": "ebita", "income": "income", "spending": "spending",
    "expenditure": "spending", "outlays": "spending", "budget": "budget", "deficit": "deficit", "surplus": "surplus",
    "balance": "balance", "balances": "balances", "debt": "debt", "inflation": "inflation", "prices": "price", "price": "price",
    "rate": "rate", "ratio": "ratio", "share": "share", "visitors": "visitors", "arrivals": "visitors",
    "tourists": "tourists", "passengers": "passengers", "output": "output", "throughput": "throughput", "expenses": "expenses", "shortfall": "deficit", "births": "births", "deaths": "deaths", "production": "output", "produced": "output", "pumped": "output", "mined": "output",
    "extracted": "output", "generation": "generation", "loss": "loss", "losses": "loss",
    "capitalisation": "capitalisation", "capitalization": "capitalisation",
    "investment": "investment", "savings": "savings", "liquidity": "liquidity", "quota": "quota",
    "funding": "funding", "buyback": "buyback", "dividend": "dividend", "flow": "flow", "margin": "margin",
    "lead": "lead",  # 'China's lead over Japan widened to 1.64 million': a difference, never a level
    "wages": "wages", "wage": "wages", "unemployment": "unemployment", "employment": "employment", "jobs": "jobs",
    "orders": "orders", "deliveries": "deliveries", "gdp": "gdp", "interest": "interest", "bill": "bill",
    "reserves": "reserves", "assets": "assets", "deposits": "deposits", "loans": "loans", "lending": "loans",
    "capacity": "capacity", "consumption": "consumption", "value": "value", "volume": "volume", "costs": "cost",
    "cost": "cost", "bonds": "bonds", "issuance": "issuance", "receipts": "receipts", "subsidies": "subsidies",
    "overnights": "overnights", "stays": "stays", "nights": "nights", "sold": "sales", "vehicles": "vehicles",
    "cars": "cars", "units": "units", "spenders": "spending", "spent": "spending", "spend": "spending", "exported": "exports",
    "imported": "imports", "traded": "trade", "exporting": "exports", "delivered": "deliveries",
    "registered": "registrations",
    "importing": "imports", "users": "users", "customers": "customers", "facility": "facility",
    "population": "population", "remittances": "remittances", "payrolls": "payrolls", "stock": "stock",
    "inventories": "inventories", "listings": "listings", "return": "return", "registrations": "registrations", "volumes": "volume", "proportion": "share",
    "factor": "factor", "ridership": "ridership",
    "approvals": "approvals", "permits": "permits", "bookings": "bookings",
    "insolvencies": "insolvencies", "bankruptcies": "bankruptcies", "enrolments": "enrolments",
    "pmi": "pmi", "pmis": "pmi", "age": "age", "rent": "rent", "rents": "rent", "demand": "demand", "load": "load", "index": "index",
    "emissions": "emissions", "immigration": "immigration", "advances": "advances",
    "emigration": "emigration", "migration": "migration", "yield": "yield", "yields": "yield",
    "premiums": "premiums", "subscribers": "subscribers", "starts": "starts", "completions": "completions",
    "attendance": "attendance", "occupancy": "occupancy", "valuation": "valuation", "rates": "rate",
    "transits": "transits", "listings": "listings", "proceeds": "proceeds", "pay": "pay",
    "utilisation": "utilisation", "utilization": "utilisation",
}
# Stocks are read at a date: a stock named for a quarter or year is its value at the period's end ('118.4 million
# paid subscribers' in a third-quarter report are those of September 30; the subscribers added are the quarter's).
STOCKS = {"debt", "reserves", "assets", "deposits", "loans", "bonds", "subscribers", "users", "outstanding"}
# Levels read at a moment, never totals over a period: the population 'in the year to April' is April's.
LEVELS = STOCKS | {"population", "age", "unemployment", "employment", "jobs", "payrolls",
                   "customers", "listings", "inventories", "stock", "rate", "inflation", "prices", "index", "ratio",
                   "list", "backlog", "waiting", "wait"}
# Words that qualify a measure (the kind of profit, the scope of trade) rather than name who it is about.
METRIC_MODIFIERS = {
    "adjusted", "operating", "net", "gross", "core", "headline", "public", "total", "overall", "annual", "average",
    "monthly", "quarterly", "consumer", "producer", "free", "cash", "trade", "market", "grocery", "current",
    "account", "fiscal", "budget", "primary", "statutory", "pre-tax", "underlying", "retail", "services", "service",
    "goods", "merchandise", "foreign", "domestic", "inbound", "outbound", "international", "bilateral", "external",
    "government", "state", "federal", "policy", "interest", "exchange", "foreign-exchange", "forex", "repo", "reverse", "seven-day", "lending",
    "reserve", "requirement", "relending", "visitor", "tourism", "tourist", "defence", "defense", "education",
    "health", "military", "social", "energy", "food", "export", "import", "sales", "profit", "revenue", "earnings",
    "deficit", "debt", "spending", "cumulative", "combined", "year-on-year", "share", "long-term", "short-term",
    "benchmark", "main", "key", "real", "nominal", "basic", "diluted", "attributable", "vehicle", "car", "passenger",
    "electric", "two-way", "battery-electric", "hybrid", "plug-in", "petrol", "diesel", "global", "group", "overseas", "quarter", "harmonised", "unemployment",
    "inflation", "price", "prices", "loan", "deposit", "bond", "ten-year", "10-year", "mortgage", "wage", "tax",
    "jobless", "participation", "vacancy", "occupancy", "savings", "birth", "death", "growth", "nonfarm", "hourly",
    "weekly", "private", "new-car", "used-car", "housing", "building", "home", "new", "used", "load", "unit",
    "household", "capital", "business", "corporate", "residential", "industrial", "median", "mean", "asking",
    "minimum", "maximum", "written", "earned",  # an insurer's 'gross written premiums', 'net earned premiums'
}
# What a payment is for, never who it is about: 'toll revenue', 'fare income', 'fee income', 'advertising revenue'
# name a part of the revenue, of the entity the sentence is about
PAYMENT_MODIFIERS = {"toll", "tolls", "fare", "fares", "fee", "fees", "ticket", "ticketing", "royalty", "royalties",
                     "rental", "licensing", "subscription", "advertising"}
METRIC_MODIFIERS |= PAYMENT_MODIFIERS
# Modifiers that only say a figure is a sum or a kind of all trade: dropped from the metric's name.
GENERIC_MODIFIERS = {"total", "overall", "merchandise", "bilateral", "combined", "cumulative", "annual", "monthly",
                     "quarterly", "year-on-year", "goods", "two-way"}
CANONICAL = {"turnover": "trade", "trade turnover": "trade", "export turnover": "exports", "import turnover": "imports", "shipments": "exports", "export": "exports",
             "import": "imports", "expenditure": "spending", "revenues": "revenue", "profits": "profit",
             "import bill": "imports", "trade volume": "trade", "trade value": "trade", "arrivals": "visitors", "tourist arrivals": "visitors", "visitor arrivals": "visitors", "export category": "exports", "import category": "imports",
             "jobless rate": "unemployment rate"}
# Words for the whole, in "X% of the total".
WHOLE_WORDS = r"total|all|whole|overall|entire|market"
# Words that end the name of a share's whole ('23% of group revenue in the half', '31% of costs and ...')
OF_WHOLE_STOP = (r"(?:in|on|at|for|from|and|or|but|while|whereas|to|by|with|a|an|the|last|this|that|these|those|which|who|as|"
                 r"than|up|down|after|before|since|over|during|against|compared|its|their|was|were|is|are|had|has|rose|fell)")
# Nouns a place's name follows in 'the port of Westhaven', 'the province of Ontario': what the figures are of is the place
PLACE_NOUNS = {"port", "city", "town", "village", "state", "province", "county", "region", "district", "island", "islands",
               "municipality", "borough", "emirate", "canton", "prefecture", "territory", "republic", "kingdom", "principality",
               "airport", "harbour", "harbor"}
SHARE_CUES = re.compile(r"\b(accounting for|accounted for|accounts for|account for|made up|make up|makes up|"
                        r"represent\w*|equal\w*|share of|comprising|amounting to|of which)\s*$", re.IGNORECASE)
JUDGEMENT = re.compile(r"\b(may|might|could|should|would|likely|unlikely|underscor\w*|signal\w*|cement\w*|dominant|"
                       r"strengthen\w*|solidif\w*|significant\w*|suggest\w*|appears?|seems?|optimistic|pessimistic|"
                       r"prudent|danger\w*|bargain|modest|well placed|expect\w*|hope\w*|aim\w*|warn\w*|"
                       r"fear\w*|believ\w*|call\w* (?:it|the|a)|characteri[sz]\w*|surge|spared|persists?|"
                       r"influence|footprint|strong\w*|weak\w*|tough\w*|robust|record)\b", re.IGNORECASE)
ATTRIBUTION = re.compile(r"\b(according to [^,.;]+|(?:[A-Z][\w’']*\s?)+ said(?: on \w+)?|said [A-Z][\w\s]+?(?= on|[,.]))",
                         re.UNICODE)
RANK_WORDS = {"largest": 1, "biggest": 1, "top": 1, "leading": 1, "highest": 1, "fastest": 1, "strongest": 1,
              "main": 1, "primary": 1, "greatest": 1, "most": 1, "leads": 1, "led": 1, "busiest": 1, "dearest": 1,
              "costliest": 1, "richest": 1, "steepest": 1, "sharpest": 1, "deepest": 1, "heaviest": 1,
              "smallest": -1, "lowest": -1, "slowest": -1, "weakest": -1, "least": -1, "cheapest": -1, "poorest": -1}
# "the most expensive region", "the least visited": most or least with an adjective is a rank word too
MOST_ADJECTIVE = (r"(?:most|least)\s+(?:expensive|common|popular|visited|valuable|populous|important|affordable|"
                  r"profitable|productive|competitive|indebted|densely\s+populated|generous|costly|used|traded)")
# After a rank word, a fall: "the steepest decline" is the lowest of the changes, "the smallest decline" the highest
DECLINE_NOUNS = r"drags?|laggards?|declines?|falls?|drops?|loss(?:es)?|decreases?|contractions?|slumps?|fallers?|losers?|decliners?"
ORDINALS = {"second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8, "ninth": 9,
            "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13, "fourteenth": 14, "fifteenth": 15,
            "sixteenth": 16, "seventeenth": 17, "eighteenth": 18, "nineteenth": 19, "twentieth": 20,
            **{f"{n}{'nd' if n % 10 == 2 and n != 12 else 'rd' if n % 10 == 3 and n != 13 else 'st' if n % 10 == 1 and n != 11 else 'th'}": n
               for n in range(2, 51)}}
# the ordinals as regex alternatives, longest first ('12th' before '1...')
ORDINAL_WORDS = "|".join(sorted(ORDINALS, key=len, reverse=True))
NUMBER_WORDS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "both": 2}

# '..., which itself had been up 26% from ...', 'had itself been 14% above', 'following a 9% rise the previous season':
# a change of the level just before it, never of the sentence's main one
ANTECEDENT = re.compile(r"\bitself\b|,\s*which\s+(?:had\s+been|was|were|has\s+been|had|rose|fell|grew)\b|\bfollowing\s+(?:an?|its)\b|"
                        r"\bin\s+turn\b", re.IGNORECASE)


# Units of measure, never what a figure measures: '29.8 TWh' is electricity, '4.62 million tonnes' freight or a harvest
# (the symbols the number reader knows, and the nouns of measure spelled out)
MEASURE_UNITS = UNIT_SYMBOLS | set(SPELLED_UNITS) | {"tonnes", "tons", "tonne", "ton", "hectolitres", "litres", "liters",
                                                      "barrels", "ounces", "bushels", "bales", "cubic", "pounds"}

# an adverb that may open a description after a name: "Oceania, now the group's smallest region"
APPOSITION_ADVERB = r"(?:(?:now|still|already|currently|once|again|also|long)\s+)?"

# 'and the rest of Asia (¥20.3 billion)', 'The rest of the portfolio contributed': what is left beside the parts named,
# opening its clause or list item ('for the rest of the decade' is a time, never a thing; see REST_OF_TIME)
REST_OF = re.compile(r"(?:^|[,;(]\s*|\b(?:and|while|whereas|but|by|with|in)\s+)[Tt]he\s+rest\s+of\s+"
                     r"((?:the\s+)?(?:[A-Z][\w\-]*(?:\s+[A-Z][\w\-]*)*|[a-z][\w\-]*))\b")
REST_OF_TIME = {"year", "years", "decade", "month", "months", "quarter", "week", "weeks", "season", "day", "period",
                "century", "term", "half", "session", "summer", "winter", "spring", "autumn", "fall"}

# Which way a measure is better, by its head noun and, for a ratio or a rate, the words before it (claims.better_when);
# and the words between a measure's name and its number (claims.measure_words)
LOWER_HEADS = {"loss", "losses", "deficit", "deficits", "shortfall", "cost", "costs", "expense", "expenses", "expenditure",
               "expenditures", "opex", "charge", "charges", "provision", "provisions", "impairment", "impairments",
               "writedown", "writedowns", "write-down", "write-downs", "write-off", "write-offs", "unemployment", "debt",
               "debts", "borrowing", "default", "defaults", "delinquency", "delinquencies", "arrears", "cancellations",
               "emissions", "delays", "claims", "payouts", "churn", "overspend", "overspending", "bill", "bills",
               "outflows", "backlog", "waits", "unemployed", "jobless", "redundancies", "layoffs", "bankruptcies",
               "insolvencies", "decline", "fall", "drop", "contraction", "slump", "slowdown",
               # times, waits and failures: 'Average turnaround time improved', 'The trade gap worsened'
               "time", "times", "wait", "vacancy", "vacancies", "npa", "npas", "gap", "gaps", "slippages", "intensity",
               "absence", "absences", "absenteeism", "leakage", "leakages", "fatalities", "deaths", "accidents",
               "injuries", "complaints", "dwell", "turnaround", "latency", "downtime", "outages", "gearing", "leverage", "queue", "queues"}
# Measures better higher beyond the measure heads ('GDP growth beat forecasts', 'Punctuality improved')
HIGHER_HEADS = {"growth", "traffic", "productivity", "confidence", "sentiment", "punctuality", "satisfaction", "coverage",
                "members", "memberships", "gains", "gain", "returns", "performance", "efficiency", "recovery", "activity",
                "earners", "hires", "hiring", "installations", "uptake", "take-up", "attendances", "visits", "footfall",
                "audience", "audiences", "readership", "viewership", "downloads", "streams", "rating", "ratings"}
LOWER_RATE_WORDS = {"unemployment", "jobless", "vacancy", "combined", "loss", "cost-to-income", "cost", "expense",
                    "default", "delinquency", "churn", "non-performing", "npl", "cancellation", "error", "failure",
                    "dropout", "mortality", "death", "crime", "poverty", "claims", "insolvency", "bankruptcy"}
HIGHER_RATE_WORDS = {"capital", "tier", "solvency", "coverage", "liquidity", "savings", "participation", "employment",
                     "occupancy", "load", "utilisation", "utilization", "return", "recovery", "approval", "success",
                     "completion", "conversion", "retention", "growth", "profit", "birth", "response", "collection",
                     "annualised", "annualized"}  # 'grew at an annualised rate of 1.3%': growth
PLAIN_RATE_WORDS = {"inflation", "interest", "policy", "exchange", "mortgage", "repo", "deposit", "lending", "tax",
                    "price", "wage"}
UNSIGNED_HEADS = {"inflation", "price", "prices", "yield", "yields", "spread", "spreads", "index", "level", "levels",
                  "spending", "balance", "exchange", "value", "valuation", "volatility", "premium", "premiums",
                  "reserves", "stocks", "inventories", "inventory", "temperature", "rainfall"}
COMPARATIVES = {"heavier", "higher", "lower", "bigger", "smaller", "wider", "narrower", "deeper", "steeper", "sharper",
                "larger", "greater", "worse", "better", "stronger", "weaker", "grow", "grows"}
MOVING_VERBS = {"rose", "fell", "grew", "sank", "slid", "shrank", "up", "down", "rises", "falls", "grows", "sinks", "slides",
                "shrinks", "eases", "climbs", "jumps", "drops", "dips", "slips", "widens", "narrows", "beats", "misses",
                "tops", "hits", "stood", "came"}
CLAUSE_LINKS = {"came", "stood", "totalled", "totaled", "reached", "hit", "amounted", "was", "were", "is", "are", "be",
                "been", "of", "at", "to", "by", "from", "in", "on"}
