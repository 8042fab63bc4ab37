"""Find the numbers a text states, with their unit and how they are printed.

Money ("$4.7 billion", "A$120 million", "€3bn", "CHF 40 billion", "12 billion pesos",
"12.34 billion yen", "Rs 5,000 crore"), percentages ("15 per cent"), percentage points
("2.3 percentage points"), multiples ("10.9 times", "doubled", "half"), counts of things
("1,200 tonnes", "3.5 million barrels"), years ("since 2014") and ranges ("$4.5–5 billion").
Each mention keeps what the rounding rules need: its decimals and its trailing zeros.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, replace
from functools import lru_cache

from .quantities import SCALES, Unit, UnitError, currency_codes, parse_unit, singular

# Thousands grouped in threes, or the Indian way in twos above a thousand ('Rs 1,20,628 crore' is 120,628 crore).
_NUMBER = r"(\d{1,2}(?:,\d{2})+,\d{3}(?!\d|,\d)|\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?"
# A number starts after no letter, digit, point or comma, or right after a currency sign of letters or a code in
# capitals written onto it ('RM1.38 billion', 'USD5bn'), which `_read` checks; 'Q3-2024' still states 2024.
NUMBER = re.compile(rf"(?:(?<![\w.,])|(?<=\bR[MsSp])|(?<=\b[RP])|(?<=\b[A-Z]{{3}})){_NUMBER}(?:\s?[–-]\s?{_NUMBER})?")
# Currency signs as English-language news prints them: a lexicon of the world's currencies, read in every article.
# It is kept by hand because CLDR's signs are each country's own: there "C$" is Nicaragua's, "¥" is two currencies'
# sign, and single letters ("Q", "R", "P") would make money of 'Q3' (LETTER_SIGNS reads two of them where the text
# names their country); deriving the unambiguous ones from every locale
# would also cost half a second each time the module loads. "$" alone is the article's dollar (metadata `dollar`).
SYMBOLS = {"US$": "USD", "U.S.$": "USD", "A$": "AUD", "AU$": "AUD", "C$": "CAD", "CA$": "CAD", "HK$": "HKD",
           "NZ$": "NZD", "S$": "SGD", "R$": "BRL", "NT$": "TWD", "MX$": "MXN", "Mex$": "MXN", "RD$": "DOP",
           "€": "EUR", "£": "GBP", "¥": "JPY", "₹": "INR", "₩": "KRW",
           "₺": "TRY", "₦": "NGN", "₱": "PHP", "₴": "UAH", "฿": "THB", "₪": "ILS", "₫": "VND", "₸": "KZT", "₽": "RUB",
           "₾": "GEL", "Rs": "INR", "Rs.": "INR", "RM": "MYR", "Rp": "IDR", "TL": "TRY", "KSh": "KES", "Ksh": "KES",
           "Tk": "BDT", "GH₵": "GHS", "GH¢": "GHS", "E£": "EGP"}
_SIGNS = sorted([sign for sign in SYMBOLS if not sign.rstrip(".").isalpha()] + ["$"], key=len, reverse=True)
# Symbols and codes written before a number: the signs above (longest first), or a word code such as Rs or USD.
_WORD_SIGNS = sorted((sign for sign in SYMBOLS if sign.rstrip(".").isalpha()), key=len, reverse=True)
PREFIX = re.compile(r"(?:(" + "|".join(map(re.escape, _SIGNS)) + r")\s?|\b(" + "|".join(map(re.escape, _WORD_SIGNS))
                    + r"|[A-Z]{3})\s?)$")
ALIASES = {"RMB": "CNY"}
SCALE_WORDS = {"lakh crore": "tn", "lakh crores": "tn", "trillion": "tn", "tn": "tn", "trn": "tn", "billion": "bn", "bn": "bn", "b": "bn",
               "million": "m", "mn": "m", "m": "m", "mln": "m", "thousand": "k", "k": "k",
               "crore": "cr", "crores": "cr", "cr": "cr", "lakh": "lakh", "lakhs": "lakh"}
# 'Rs 2.09 lakh crore': a lakh of crores, 10^5 x 10^7 = 10^12, a trillion
SCALE = re.compile(r"\s?(lakh\s+crores?|trillion|billion|million|thousand|crores?|lakhs?|trn|tn|bn|mln|mn|cr|[bBmMkK])\b")
# Currency names written after a number (and its scale): the names newspapers use where one name has several
# currencies or CLDR spells it otherwise, then (see `_cldr_currency_words`) every current currency's English name
# in CLDR ("Mexican pesos", "Malaysian ringgits") and its last word where no other current currency shares it
# ("ringgit", "zlotys", "naira"). A shared word ("pesos", "dinars") needs its adjective.
CURRENCY_WORDS = {
    "us dollars": "USD", "u.s. dollars": "USD", "dollars": "$", "dollar": "$", "euros": "EUR", "euro": "EUR",
    "pounds sterling": "GBP", "pounds": "GBP", "sterling": "GBP", "yuan": "CNY", "renminbi": "CNY", "yen": "JPY",
    "rupees": "INR", "rupee": "INR", "roubles": "RUB", "rubles": "RUB", "won": "KRW",
    "swiss francs": "CHF", "francs": "CHF", "lira": "TRY", "reais": "BRL", "rand": "ZAR", "dirhams": "AED",
    "riyals": "SAR",
    # the English-news name of the Nordic and Czech currencies, which CLDR spells "kronor", "kroner", "koruny"
    "swedish crowns": "SEK", "swedish crown": "SEK", "norwegian crowns": "NOK", "norwegian crown": "NOK",
    "danish crowns": "DKK", "danish crown": "DKK", "czech crowns": "CZK", "czech crown": "CZK",
    "icelandic crowns": "ISK", "icelandic crown": "ISK",
}
# Last words of CLDR names that are also ordinary English words or nationalities, never read alone as money.
_NOT_ALONE = {"real", "reals", "mark", "marks", "afghani", "afghanis", "sol", "dollar", "dollars", "pound", "pounds",
              "gold"}  # 'Zimbabwean gold' is a currency; '1.6 million gold equivalent ounces' and '18 gold medals' are not


def _cldr_currency_words() -> dict[str, str]:
    """The English names of the currencies some territory uses today, from Babel's CLDR data."""
    from collections import defaultdict

    from babel.core import get_global
    from babel.numbers import get_currency_name

    current = sorted({code for currencies in get_global("territory_currencies").values()
                      for code, _, end, tender in currencies if end is None and tender})
    names, last_words = {}, defaultdict(set)
    for code in current:
        for count in (1, 2):
            name = get_currency_name(code, count=count, locale="en").lower()
            if not re.fullmatch(r"[a-z .’'\-]+", name):
                continue
            names[name] = code
            last_words[name.split()[-1]].add(code)
    alone = {word: codes.pop() for word, codes in last_words.items() if len(codes) == 1 and word not in _NOT_ALONE}
    return {**alone, **names}


CURRENCY_WORDS = {**_cldr_currency_words(), **CURRENCY_WORDS}
# Every word a currency's name ends in, shared or not ('pesos', 'crowns'): never a thing a number counts.
MONEY_WORDS = frozenset({name.split()[-1] for name in CURRENCY_WORDS} | {"crowns", "crown"})
SUFFIX_CURRENCY = re.compile(r"\s(" + "|".join(sorted(map(re.escape, CURRENCY_WORDS), key=len, reverse=True))
                             + r"|[A-Z]{3})\b", re.IGNORECASE)
PERCENT = re.compile(r"\s?(%|per\s?cent\b|percent\b)", re.IGNORECASE)
POINTS = re.compile(r"\s?(percentage[ -]points?|pct\.? points?|ppts?|pp)\b", re.IGNORECASE)
BASIS_POINTS = re.compile(r"\s?(basis[ -]points?|bps|bp)\b", re.IGNORECASE)
TIMES = re.compile(r"(\s?times\b|-fold\b|\s?fold\b|x\b)", re.IGNORECASE)
NOUN = re.compile(r"\s([a-z][a-z\-]*[a-z])\b")
# Units of measure written as symbols, in any case ('22.4 kt', '3.1 GWh', '2.31 million TEU'): what a number right
# before one counts, written in lower case in a table (an upper-case code would read as a currency).
UNIT_SYMBOLS = {"t", "kt", "mt", "kg", "km", "gw", "mw", "kw", "gwh", "mwh", "twh", "kwh", "bpd", "boe", "oz", "lb",
                "lbs", "bcm", "teu", "ha"}
# Units spelled out, counted in their symbol, so that '10,934 megawatts' and '8,160 MW' are one unit.
SPELLED_UNITS = {"megawatts": "mw", "megawatt": "mw", "gigawatts": "gw", "gigawatt": "gw", "kilowatts": "kw",
                 "megawatt-hours": "mwh", "gigawatt-hours": "gwh", "terawatt-hours": "twh", "kilowatt-hours": "kwh",
                 "kilotonnes": "kt", "hectares": "ha", "kilometres": "km", "kilometers": "km", "kilograms": "kg"}
# Power spelled out before 'hours': '20 terawatt hours' is 20 TWh
WATT_WORDS = {"kilowatt": "kw", "megawatt": "mw", "gigawatt": "gw", "terawatt": "tw"}
# Symbols that carry their own scale: a megatonne is a million tonnes.
SCALED_SYMBOLS = {"Mt": "tonnes_m", "Gt": "tonnes_bn"}
SYMBOL = re.compile(r"\s?([A-Za-z]{1,4})\b")
EMISSIONS_NOUN = "tonnes-carbon-dioxide"  # what '112.5 MtCO2e' counts (a unit's noun holds no digit)
EMISSIONS = re.compile(r"\s?([kMG]?)t\s?CO[2₂](e|eq)?\b")
# A length of time in years, such as an age ("a median age of 39.4 years", "life expectancy of 81 years"),
# but never a span the sentence counts from ("three years earlier", "in 10 years' time").
YEARS_SPAN = re.compile(r"\s(years?)\b(?!['’]|\s+(?:ago|earlier|later|before|after|since|in a row)\b)")
# A length of time printed with decimals ("a median wait of 13.8 weeks", "4.5 days on average"): a duration measured,
# never a span counted from ("2.5 months later").
DURATION_UNITS = ("weeks", "days", "months", "hours", "minutes")
DURATION = re.compile(rf"\s({'|'.join(DURATION_UNITS)})\b(?!['’]|\s+(?:ago|earlier|later|before|after|since|in a row)\b)")
SPAN_AFTER = re.compile(r"\s+(?:from|to|of)\b")  # "10 years from now", "5 years to 2030", "30 years of growth"
AGE_WORDS = re.compile(r"\b(?:age|aged|ages|expectancy|lifespan|tenure|maturity)\b", re.IGNORECASE)
# Words after a number that are not what it counts.
NOT_NOUNS = {"a", "an", "and", "as", "at", "by", "for", "from", "in", "into", "is", "it", "of", "on", "or", "over",
             "per", "than", "that", "the", "this", "to", "up", "was", "were", "with", "year", "years", "ago",
             "compared", "against", "while", "when", "after", "before", "since", "under", "between", "among",
             "last", "next", "previous", "earlier", "later", "also", "its", "their", "his", "her", "which", "who",
             "percentage", "points", "point", "times", "fold", "billion", "million", "trillion", "thousand",
             "more", "less", "fewer", "higher", "lower", "above", "below",
             # spans of time and number words: "6.25 million three years earlier" counts no 'three'
             "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
             "decade", "decades", "month", "months", "week", "weeks", "day", "days", "quarter", "quarters",
             # participles that follow a number and count nothing: 'the previous high of 31.88 million set in 2019'
             "set", "seen", "recorded", "reached", "hit", "posted", "reported", "expected", "forecast", "estimated",
             "planned", "registered", "announced", "approved", "budgeted", "earmarked", "pledged", "additional", "extra",
             "new"}
WORD_MULTIPLES = {"doubled": 2.0, "doubling": 2.0, "double": 2.0, "tripled": 3.0, "trebled": 3.0, "tripling": 3.0,
                  "triple": 3.0, "treble": 3.0, "quadrupled": 4.0, "quadruple": 4.0, "twice": 2.0, "halved": 0.5, "half": 0.5}
NUMBER_WORDS = {"two": 2.0, "three": 3.0, "four": 4.0, "five": 5.0, "six": 6.0, "seven": 7.0, "eight": 8.0,
                "nine": 9.0, "ten": 10.0}
WORD_MULTIPLE = re.compile(r"\b(?:(" + "|".join(WORD_MULTIPLES) + r")|(" + "|".join(NUMBER_WORDS)
                           + r")(?:\s|-)?(?:times|fold))\b", re.IGNORECASE)
# An exchange rate: "7.18 yuan per dollar", "7.18 yuan to the dollar", "7.18 CNY/USD", "$1 = 7.29 yuan".
# The currency after 'per' is any currency word, or one of these singulars the plural-keyed words lack.
RATE_WORDS = {**CURRENCY_WORDS, "us dollar": "USD", "u.s. dollar": "USD", "pound": "GBP", "rouble": "RUB",
              "ruble": "RUB"}
RATE_TAIL = re.compile(r"\s?(?:per|to the|to one|against the|a|/)\s?("
                       + "|".join(sorted(map(re.escape, RATE_WORDS), key=len, reverse=True)) + r"|[A-Z]{3})\b", re.IGNORECASE)
# "The yen weakened to 151.30 against the dollar": a bare number quoted against a currency is the price of the
# currency the sentence named before it, in the market's order: a currency of BASE_FIRST is quoted in the other
# ("the euro at 1.09 against the dollar" is dollars per euro) unless 'per' says so ("10.95 per euro").
BASE_FIRST = ("EUR", "GBP", "AUD", "NZD", "USD")
RATE_AGAINST = re.compile(r"\s?(?:per|to the|to one|against the)\s?("
                          + "|".join(sorted(map(re.escape, RATE_WORDS), key=len, reverse=True)) + r")\b", re.IGNORECASE)
RATE_NAMED = re.compile(r"\b(" + "|".join(sorted(map(re.escape, RATE_WORDS), key=len, reverse=True)) + r")\b",
                        re.IGNORECASE)
# "With sterling at $1.318", "the euro rose to $1.1650": a currency priced in the money after it
RATE_SUBJECT = re.compile(r"\b(sterling|(?<=the\s)(?:" + "|".join(sorted(map(re.escape, RATE_WORDS), key=len, reverse=True)) +
                          r"))\s+(?:(?:was|stood|traded|trading|rose|fell|climbed|slipped|weakened|strengthened|firmed|"
                          r"eased|ended|closed)\s+)?(?:at|to|around|near)\s+$", re.IGNORECASE)
RATE_HEAD = re.compile(r"(" + "|".join(map(re.escape, _SIGNS)) + r"|\b[A-Z]{3}\s?)\s?1(?:\.00?)?\s?=\s?$")


# A price: money paid for each of a thing ("$82.10 a barrel", "€78.0 per MWh", "CHF 4.20 per share"). After 'per'
# any counted thing but a span of time (£9.86 billion a week is money in a week); after 'a', 'an' or 'each' only
# these, as 'a' opens so much else.
PRICE_THINGS = {"barrel", "tonne", "ton", "litre", "liter", "gallon", "kilogram", "kilo", "kg", "ounce", "oz", "bushel",
                "bag", "share", "person", "head", "resident", "user", "subscriber", "customer", "household", "night",
                "room", "passenger", "visitor", "unit", "megawatt-hour", "kilowatt-hour", "mwh", "kwh", "gwh", "hour",
                "square metre", "square meter", "square foot", "pupil", "student", "patient", "seat", "vehicle", "car",
                "hectare", "acre", "worker", "employee", "capita", "pound"}
TIME_SPANS = {"year", "years", "annum", "month", "months", "week", "weeks", "day", "days", "quarter", "quarters",
              "decade", "half", "period", "time", "cent", "percent"}
PRICE_TAIL = re.compile(r"\s?(per|a|an|each)\s+((?:square\s+)?[A-Za-z][A-Za-z\-]*)\b|(/)((?:[a-z]{1,7}|[A-Z]{2,5}|MWh|kWh|GWh))\b")


FOR_EACH = re.compile(r"\s+for\s+(?:each|every)\b(?=\s+(?:of\s+)?(?:(?:the|its|their|[\w’']+[’']s)\s+){0,2}(?:[\d.,]+\s+"
                      r"(?:million|billion|thousand|m|bn)?\s*)?(?:(?:additional|eligible|extra|new|other|single|further|"
                      r"registered|qualifying|young|older|full-time)\s+)?([a-z][a-z\-]*))")


WEIGHT_CONTEXT = re.compile(r"\b(?:copper|nickel|zinc|alumin(?:i)?um|cotton|coffee|arabica|robusta|cocoa|sugar|beef|pork|"
                            r"salmon|lithium|uranium|cattle|hogs?|grade|mine|mines|mining|ounces?|tonnes?|lb)\b", re.IGNORECASE)
FX_CONTEXT = re.compile(r"\b(?:sterling|exchange\s+rate|currenc(?:y|ies)|forex|fx|against\s+the\s+(?:dollar|euro|yen|"
                        r"pound|greenback))\b", re.IGNORECASE)


def _sentence_start(text: str, position: int) -> int:
    """Where the sentence holding `position` starts, roughly: after the last full stop or line break."""
    return max(text.rfind(". ", 0, position), text.rfind("\n", 0, position)) + 1


def _rate_word(word: str, dollar: str) -> str | None:
    """The currency a word of a rate names ('dollar', 'euro', 'CNY'), or None."""
    return _currency(RATE_WORDS.get(word.lower(), word), dollar)


def currency_named(word: str, dollar: str = "USD") -> str | None:
    """The currency a word names ('dollar', 'US dollar', 'yuan', 'CNY'), or None: 'in dollar terms'."""
    return _rate_word(word, dollar)


def _pound_of_weight(text: str, number_start: int, tail: re.Match) -> bool:
    """'$1.92 a pound' of copper is a price by weight; '$1.27 per pound' in a currency story is a rate."""
    if tail[1].lower() not in ("pound", "pounds"):
        return False
    sentence = text[_sentence_start(text, number_start):tail.end() + 80]
    if re.match(r"\s?an?\s", tail[0]):
        return not FX_CONTEXT.search(sentence)
    return bool(WEIGHT_CONTEXT.search(sentence)) and not FX_CONTEXT.search(sentence)


def _price_thing(text: str, position: int) -> tuple[str, int] | None:
    """The thing a price right after `position` is paid for, in the singular as a unit writes it, and where it ends
    ('$3,175 for each of the city's 1.14 million residents' ends after 'for each': the residents are a number of
    their own)."""
    each = FOR_EACH.match(text, position)
    if each and each[1] not in NOT_NOUNS and singular(each[1]) not in TIME_SPANS and each[1] not in TIME_SPANS \
            and each[1] not in RATE_WORDS and each[1] not in MONEY_WORDS:
        return singular(each[1], people=False), each.end()
    found = PRICE_TAIL.match(text, position)
    if not found:
        return None
    how = found[1] or "per"  # '$2.15/lb' is '$2.15 per lb'
    word = " ".join((found[2] or found[4]).split())
    lower = word.lower()
    thing = singular(lower, people=False)
    if lower in TIME_SPANS or thing in TIME_SPANS or (how != "per" and thing not in PRICE_THINGS) \
            or (how == "per" and (lower in NOT_NOUNS or lower in CURRENCY_WORDS or not (
                word.islower() or lower in UNIT_SYMBOLS or _unit_abbreviation(word, text[found.end():])))):
        return None
    return thing.replace(" ", "-"), found.end()


def _unit_abbreviation(word: str, after: str) -> bool:
    """'$2,140 per FEU', '$4.10 per GJ': a thing counted by its abbreviation in capitals; never a currency's code
    ('per USD', 'per US$'), nor an abbreviation that qualifies a noun after it ('per EU citizen', 'per NHS patient')."""
    following = re.match(r"\s*([\w$]+)", after)
    return bool(re.fullmatch(r"[A-Z]{2,5}", word)) and word not in currency_codes() and not after.startswith("$") \
        and not (following and following.group(1)[:1].isalpha() and following.group(1).lower() not in NOT_NOUNS)


@dataclass(frozen=True)
class Mention:
    """One number as written in a text: where it is, what it says, and how precisely it is printed."""

    start: int
    end: int
    text: str
    value: float
    unit: Unit | None  # None: a bare number that states no unit
    decimals: int = 0  # digits printed after the decimal point
    trailing_zeros: int = 0  # zeros at the end of a whole number printed without decimals: 3,270 -> 1
    high: float | None = None  # the upper end of a range "2.5–3"
    word: bool = False  # a multiple written as a word: doubled, half
    scale: str = ""  # the scale printed after the number (bn, m, ...), also when no unit is: "25.07 million"
    number_start: int = -1  # where the digits themselves start (after any currency sign)
    high_decimals: int = 0  # digits printed after the decimal point of a range's upper end: "3.5-4" -> 0


def _value(digits: str, decimals: str | None) -> float:
    return float(digits.replace(",", "") + (f".{decimals}" if decimals else ""))


def _trailing_zeros(digits: str, decimals: str | None) -> int:
    if decimals:
        return 0
    plain = digits.replace(",", "")
    return 0 if set(plain) == {"0"} else len(plain) - len(plain.rstrip("0"))


class Mentions(list):
    """A text's mentions in reading order, with where each number's digits start, for finding a quote's by bisection."""

    def __init__(self, mentions):
        super().__init__(sorted(mentions, key=lambda m: m.number_start))
        self.starts = [m.number_start for m in self]


# 'fell by a third', 'rose by a fifth', 'cut its staff by a quarter': a change by a fraction of the level it starts from,
# which is a multiple of it (two thirds, six fifths, three quarters)
FRACTIONS = {"half": 0.5, "third": 1 / 3, "quarter": 0.25, "fifth": 0.2, "tenth": 0.1, "two-thirds": 2 / 3,
             "two thirds": 2 / 3, "three-quarters": 0.75, "three quarters": 0.75}
FRACTION_CHANGE = re.compile(
    r"\b(?:(rose|risen|grew|grown|increased|climbed|jumped|gained|expanded|raised)|(fell|fallen|dropped|declined|shrank|"
    r"shrunk|decreased|slumped|slid|sank|plunged|cut|reduced|lowered|lost))(?:\s+(?!by\b)[\w’'\-]+){0,3}?\s+by\s+"
    r"(?:(?:almost|nearly|about|roughly|around|more\s+than|over|just\s+over|less\s+than|some)\s+)?"
    r"((?:a|one)\s+(?:third|quarter|fifth|tenth)|two[\s-]thirds|three[\s-]quarters)\b", re.IGNORECASE)


def find_mentions(text: str, dollar: str = "USD") -> Mentions:
    """Every number stated in `text`, in order. `dollar` is the currency a bare "$" means."""
    mentions = _with_named_currency(text, [m for m in (_read(text, match, dollar) for match in _number_matches(text)) if m],
                                    dollar)
    for match in WORD_MULTIPLE.finditer(text):
        if _names_a_half_year(text, match) or _counts_occasions(text, match):
            continue
        value = WORD_MULTIPLES[match[1].lower()] if match[1] else NUMBER_WORDS[match[2].lower()]
        if (match[1] or "").lower() == "half" and (
                re.match(r"\s+(?:as\s+(?:\w+\s+){1,2}?again|again\s+as)\b", text[match.end():], re.I)
                or re.search(r"\ba\s+$", text[max(0, match.start() - 3):match.start()], re.I)
                and re.match(r"\s+(?:larger|bigger|higher|greater|more|heavier|longer)\b", text[match.end():], re.I)):
            value = 1.5  # 'half as high again as', 'half again as much', 'a half larger than': one and a half times
        mentions.append(Mention(match.start(), match.end(), match.group(0), value, parse_unit("times"), word=True,
                                number_start=match.start()))
    for match in FRACTION_CHANGE.finditer(text):
        fraction = FRACTIONS[re.sub(r"^(?:a|one)\s+", "", match[3].lower())]
        # ... printed with its verb ('fell by a third'), which says which way the fraction goes
        mentions.append(Mention(match.start(), match.end(3), match.group(0), 1 + fraction if match[1] else 1 - fraction,
                                parse_unit("times"), word=True, number_start=match.start(3)))
    mentions.sort(key=lambda m: m.start)
    return Mentions(mentions)


# 'lower it once or twice more', 'has cut rates three times this year': how often something happened, no multiple
OCCASIONS_AFTER = re.compile(r"\s+(?:more\b(?!\s+(?:[\w\-]+\s+)?than\b)|again|already|before\b|so\s+far|this\s+(?:year|month|"
                             r"week|quarter|decade)|last\s+(?:year|month|week|quarter)|a\s+(?:year|month|week|day)|since\b|"
                             r"in\s+(?:the\s+)?(?:past|last|same|first|second|third|fourth)\b|in\s+(?:19|20)\d\d|during\b|"
                             r"over\s+the\b|or\s+(?:twice|three|four|more)\b)", re.IGNORECASE)


def _counts_occasions(text: str, match: re.Match) -> bool:
    """'twice' or 'three times' counting occasions ('expected to cut once or twice more', 'has raised its rate three
    times this year'); a multiple ('twice as much', 'three times the 2019 level') is never one."""
    if match[1] and match[1].lower() != "twice":
        return False  # 'doubled', 'halved': a change, whatever follows
    return bool(re.search(r"\bonce\s+or\s+$", text[max(0, match.start() - 10):match.start()], re.IGNORECASE)
                or OCCASIONS_AFTER.match(text, match.end()))


def _with_named_currency(text: str, mentions: list[Mention], dollar: str) -> list[Mention]:
    """'42.4 billion crowns' and '6.88 crowns per dollar' in an article that says 'Danish crowns' elsewhere: a word
    several currencies share is the one currency the text names in full."""
    shared = {m.unit.code.split("_")[0] for m in mentions if m.unit is not None and m.unit.kind == "count"} & MONEY_WORDS
    resolved = {}
    for word in shared:
        codes = {CURRENCY_WORDS[found.group(0).lower()] for found in re.finditer(rf"\b[A-Za-z.]+\s+{word}\b", text, re.I)
                 if found.group(0).lower() in CURRENCY_WORDS}
        codes = {_currency(code, dollar) for code in codes} - {None}
        if len(codes) == 1:
            resolved[word] = codes.pop()
        elif not codes and (by_country := _by_country(text, word, dollar)):
            resolved[word] = by_country
    if not resolved:
        return mentions
    out = []
    for m in mentions:
        word = m.unit.code.split("_")[0] if m.unit is not None and m.unit.kind == "count" else ""
        if word not in resolved:
            out.append(m)
            continue
        code, end = resolved[word], m.end
        tail = RATE_TAIL.match(text, m.end) if not m.scale else None
        per = _rate_word(tail[1], dollar) if tail else None
        unit_text = f"{code}_per_{per}" if per and per != code else code + (f"_{m.scale}" if m.scale else "")
        end = tail.end() if per and per != code else end
        priced = _price_thing(text, m.end) if not (per and per != code) else None
        if priced:  # '86.40 crowns a kilo': a price
            unit_text, end = f"{unit_text}_per_{priced[0]}", priced[1]
        out.append(replace(m, end=end, text=text[m.start:end], unit=parse_unit(unit_text)))
    return out


@lru_cache(maxsize=1)
def _countries_of_currency() -> dict[str, tuple[str, ...]]:
    """Each currency's countries by their English names, from Babel's locale data: NOK -> ('Norway', ...)."""
    from babel import Locale
    from babel.numbers import get_territory_currencies

    found: dict[str, list[str]] = {}
    for code, name in Locale("en").territories.items():
        if len(code) == 2 and code.isalpha():
            for currency in get_territory_currencies(code):
                found.setdefault(currency, []).append(name)
    return {currency: tuple(names) for currency, names in found.items()}


def _by_country(text: str, word: str, dollar: str) -> str | None:
    """'174.1 billion crowns' in an article about Norway that never says 'Norwegian crowns': the currency of the one
    country (or nationality) the text names among those the word can mean; None if it names none or several (a
    Swedish retailer's sales in Norway stay unresolved)."""
    qualifiers: dict[str, set[str]] = {}
    for phrase, code in CURRENCY_WORDS.items():
        if phrase.endswith(" " + word) and (code := _currency(code, dollar)):
            qualifiers.setdefault(code, set()).add(phrase[:-len(word) - 1])
    # names as written, capitalised ('Norway', 'Norwegian'): never 'jordan' or 'chad' as words
    counts = {code: sum(len(re.findall(rf"\b{re.escape(name[:1].upper() + name[1:])}\b", text))
                        for name in names | set(_countries_of_currency().get(code, ())))
              for code, names in qualifiers.items()}
    named = [code for code, count in counts.items() if count]
    return named[0] if len(named) == 1 else None


def _number_matches(text: str):
    """Each number of the text; a range printed low to high is one ('$3-4 billion'), but two numbers printed high to
    low are two ('voted 5-2', 'won 3-1'): a score or a vote, not a range."""
    for match in NUMBER.finditer(text):
        digits, decimals, high_digits, high_decimals = match.groups()
        if high_digits is None or _value(high_digits, high_decimals) > _value(digits, decimals) \
                or re.fullmatch(r"(?:19|20)\d{2}", digits) and len(high_digits) == 2:  # '2024-25' is a fiscal year
            yield match
            continue
        second = match.start(3)
        separator = re.search(r"\s?[–-]\s?$", text[match.start():second])
        yield NUMBER.match(text, match.start(), match.start() + separator.start())
        yield NUMBER.match(text, second, match.end())


def _names_a_half_year(text: str, match: re.Match) -> bool:
    """'the first half of 2025', 'first-half revenue', 'half-year results', 'the October-March half': a period, not
    a multiple of 0.5; nor is 'the upper half of the range'."""
    if not match[1] or match[1].lower() != "half":
        return False
    months = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?"
    return bool(re.search(r"\b(?:first|second|latter|former|this|last|next|each|every|upper|lower|top|bottom)[\s-]*$",
                          text[:match.start()], re.I)
                # 'paid 21.7 trillion won to 6.92 million pensioners in the half': the period, never 'cut in half'
                or re.search(r"\b(?:in|over|for|during|through)\s+the\s+$", text[:match.start()], re.I)
                or re.search(rf"\bthe\s+{months}\s*(?:-|–|to)\s*{months}\s+$", text[:match.start()], re.I)
                or re.match(r"[\s-]*(?:years?\b|yearly\b)(?![\s-]+on[\s-]+year)", text[match.end():], re.I))


# Single letters that are a currency's sign where a text names its country or currency, and nowhere else ('R2' and
# 'P500' are codes): the rand's R, the Philippine peso's P
LETTER_SIGNS = {"R": ("ZAR", r"\brand\b|\bSouth\s+Africa"), "P": ("PHP", r"\bPhilippines?\b|\bFilipinos?\b")}


@lru_cache(maxsize=8)
def _names_the_letters_currency(text: str, letter: str) -> bool:
    """Whether a text names the country or currency whose sign `letter` is."""
    return re.search(LETTER_SIGNS[letter][1], text) is not None


def _currency(code: str, dollar: str) -> str | None:
    code = SYMBOLS.get(code, code)
    code = ALIASES.get(code.upper(), code)
    if code in ("$",):
        return dollar
    return code if code in currency_codes() else None


# Stock indexes, whose names hold numbers ('the FTSE 100', 'the S&P 500') and whose levels are in points
STOCK_INDEXES = (r"FTSE|S&P|Nikkei|CAC|DAX|MDAX|Stoxx|STOXX|Russell|ASX|Kospi|KOSPI|Nifty|Sensex|TOPIX|Topix|IBEX|"
                 r"Ibex|AEX|SMI|OMXS|OMX|Wilshire|Hang\s+Seng|Dow\s+Jones")
# A number that is part of a stock index's name: 'the FTSE 100', 'the S&P 500 index', 'the Nikkei 225 average'
NAMED_NUMBER = re.compile(rf"\b(?:{STOCK_INDEXES})(?:\s+[A-Z]\w*)?\s*$")
INDEX_AFTER = re.compile(r"\s+(?:(?:share|stock|equity)\s+)?(?:index|indices|average|gauge)\b", re.I)


def _read(text: str, match: re.Match, dollar: str) -> Mention | None:
    digits, decimals, high_digits, high_decimals = match.groups()
    before = text[max(0, match.start() - 20):match.start()]
    split_year = re.search(r"\b((?:19|20)\d\d)/$", before)
    if split_year and len(digits) == 2 and not decimals and int(digits) == (int(split_year.group(1)) + 1) % 100:
        return None  # '2025/26': the second half of a split year, no number of its own
    if NAMED_NUMBER.search(before) or (re.search(r"\b[A-Z][\w&]*\s$", before) and not decimals
                                       and not re.fullmatch(r"(?:19|20)\d\d", digits)
                                       and INDEX_AFTER.match(text[match.end():])):
        return None  # 'the FTSE 100 index fell 0.4%': a name, no figure
    if match.start() > 0 and text[match.start() - 1].isalpha():
        mention = _classify(text, match.start(), match.end(), digits, decimals, None, dollar)
        # ... a letter's sign only on a number no code has: grouped ('P1,612'), with decimals or a scale
        signed = text[mention.start:match.start()].rstrip(".") in _WORD_SIGNS or (
            text[mention.start:match.start()] in LETTER_SIGNS and "," in digits)
        if mention.start == match.start() or mention.unit is None or mention.unit.kind not in ("money", "rate") \
                or not (signed or mention.scale or decimals):
            return None  # 'TOP10', 'COVID19': part of a word; 'USD5bn' and 'RM1.38 billion' are money
    if high_digits is not None and _value(high_digits, high_decimals) > _value(digits, decimals):
        ranged = replace(_classify(text, match.start(), match.end(), digits, decimals, _value(high_digits, high_decimals),
                                   dollar), high_decimals=len(high_decimals or ""))
        if ranged.unit is not None and ranged.unit.kind != "year":
            return ranged
    # not a range ("2024-25", "pages 3-4"): the first number on its own
    end = match.start() + len(digits) + (len(decimals) + 1 if decimals else 0)
    return _classify(text, match.start(), end, digits, decimals, None, dollar)


def _classify(text: str, number_start: int, number_end: int, digits: str, decimals: str | None,
              high: float | None, dollar: str) -> Mention:
    """The unit a number is stated in, read from the symbols and words around it."""
    start, position, unit_text = number_start, number_end, None
    currency = None
    prefix = PREFIX.search(text, max(0, number_start - 6), number_start)
    letter = text[number_start - 1] if number_start else ""
    if prefix is None and letter in LETTER_SIGNS and _names_the_letters_currency(text, letter) \
            and re.search(rf"(?<![\w.]){letter}$", text[max(0, number_start - 2):number_start]):
        # 'R17.70 per dollar' in an article about the rand or South Africa, 'P30 billion' in one about the Philippines
        currency, start = LETTER_SIGNS[letter][0], number_start - 1
    if prefix:
        currency = _currency(prefix[1] or prefix[2].strip(), dollar)
        if (prefix[2] or "").strip().rstrip(".") == "Rs":
            # 'Rs10.8 trillion' in an article about Pakistan: the rupee of the one country the text names, else India's
            currency = _by_country(text, "rupees", dollar) or currency
        if currency:
            start = prefix.start()
    scale_key = None
    scale = SCALE.match(text, position)
    if scale and not (len(scale[1]) == 1 and scale.group(0).startswith(" ")):  # "5 m" may be metres
        scale_key = SCALE_WORDS[" ".join(scale[1].lower().split())]
        position = scale.end()
    if currency is None:
        suffix = SUFFIX_CURRENCY.match(text, position)
        if suffix:
            code = CURRENCY_WORDS.get(suffix[1].lower(), suffix[1])
            currency = dollar if code == "$" else _currency(code, dollar)
            if currency:
                position = suffix.end()
    per = None
    if currency and scale_key is None:
        head = RATE_HEAD.search(text, max(0, number_start - 8), number_start)
        tail = RATE_TAIL.match(text, position)
        quoted = RATE_SUBJECT.search(text, max(0, start - 60), start)
        if head:
            per = _currency(head[1].strip(), dollar)
        elif tail and not _pound_of_weight(text, number_start, tail):
            per = _rate_word(tail[1], dollar)
            if per:
                position = tail.end()
        elif quoted and not _price_thing(text, position):
            per = _rate_word(quoted[1], dollar)  # 'With sterling at $1.318': dollars per pound
    if currency and per and per != currency:
        unit_text = f"{currency}_per_{per}"
    elif currency and (priced := _price_thing(text, position)):
        unit_text = currency + (f"_{scale_key}" if scale_key else "") + f"_per_{priced[0]}"
        position = priced[1]
    elif currency:
        unit_text = currency + (f"_{scale_key}" if scale_key else "")
    elif scale_key is None and (against := RATE_AGAINST.match(text, number_end)):
        per = _rate_word(against[1], dollar)
        sentence = text[_sentence_start(text, number_start):number_start]
        # the currency being priced: one the sentence names, never one an earlier quote was against ('the yuan was
        # at 7.18 per dollar and 7.80 per euro' prices the yuan twice), and only if just one remains
        named = {_rate_word(m[1], dollar) for m in RATE_NAMED.finditer(sentence)
                 if not re.match(r"\s+(?:zone|area|region|bloc|index)\b", sentence[m.end():], re.I)
                 and not re.search(r"(?:per|to the|to one|against the)\s+$", sentence[:m.start()], re.I)}
        named = {code for code in named if code and code != per}
        if per and len(named) == 1 and not re.match(r"\s+(?:zone|area|region|bloc|index)\b", text[against.end():], re.I):
            quoted = named.pop()
            base_first = quoted in BASE_FIRST and (per not in BASE_FIRST or BASE_FIRST.index(quoted) < BASE_FIRST.index(per))
            unit_text = f"{per}_per_{quoted}" if base_first and not against[0].strip().startswith("per") \
                else f"{quoted}_per_{per}"
            position = against.end()
    if unit_text is None and scale_key is None and currency is None:
        for pattern, unit in ((PERCENT, "percent"), (POINTS, "pp"), (BASIS_POINTS, "bp"), (TIMES, "times")):
            found = pattern.match(text, number_end)
            if found:
                unit_text, position = unit, found.end()
                break
    if unit_text is None and scale_key is None and currency is None and re.match(r"p(?![\w’'])", text[number_end:]) \
            and (re.search(r"£|\bpence\b|\bsterling\b", text) or _price_thing(text, number_end + 1)):
        # '27.69p per kWh', 'to 54.75p a day' in an article in pounds, and '132.8p a litre' anywhere: pence
        unit_text, position = "pence", number_end + 1
        if priced := _price_thing(text, position):
            unit_text, position = f"pence_per_{priced[0]}", priced[1]
    if unit_text is None:
        whole_year = (not decimals and high is None and "," not in digits and len(digits) == 4
                      and 1900 <= int(digits) <= 2100 and scale_key is None)
        noun = NOUN.match(text, position)
        if whole_year:
            unit_text, position = "year", number_end
        elif (span := YEARS_SPAN.match(text, number_end)) and (decimals or (
                AGE_WORDS.search(text, max(0, number_start - 40), number_start) and not SPAN_AFTER.match(text, span.end()))):
            unit_text, position = "years", span.end()
        elif high is None and (decimals or re.search(
                # a whole number of weeks or days is a level only where a level's words lead to it ('improved to 14 weeks
                # from 18 weeks', 'a median wait of 13 weeks'), never a stretch of time ('within 30 days', 'for 14 weeks')
                r"\b(?:to|from|at|of|was|were|is|are|averaged|took|than)\s+(?:about\s+|around\s+|nearly\s+|almost\s+|"
                r"just\s+(?:over|under)\s+)?$", text[max(0, number_start - 30):number_start])) \
                and (span := DURATION.match(text, number_end)) and not (
                SPAN_AFTER.match(text, span.end()) and not re.match(r"\s+(?:from|to)\s+[\d.,]+\b", text[span.end():])):
            unit_text, position = span[1].lower(), span.end()
        elif (emissions := EMISSIONS.match(text, position)) and scale_key is None:
            # '112.5 MtCO2e', '3.2 GtCO2', '950 ktCO2e': tonnes of carbon dioxide (or its equivalent), scaled by the prefix
            scale = {"k": "_k", "M": "_m", "G": "_bn", "": ""}[emissions[1]]
            noun = EMISSIONS_NOUN + ("-equivalent" if emissions[2] else "")
            unit_text, position = f"{noun}{scale}", emissions.end()
        elif (symbol := SYMBOL.match(text, position)) and symbol[1] in SCALED_SYMBOLS and scale_key is None \
                and not re.match(r"\s+[A-Z]", text[symbol.end():]):  # never 'the 2 Mt Everest climbs'
            unit_text, position = SCALED_SYMBOLS[symbol[1]], symbol.end()
        elif symbol and symbol[1].lower() in UNIT_SYMBOLS and (
                symbol[1].islower() or symbol[1][:1].isupper() and not symbol[1].istitle()):
            unit_text = symbol[1].lower() + (f"_{scale_key}" if scale_key else "")
            position = symbol.end()
        elif symbol and symbol[1].endswith("s") and symbol[1][:-1].isupper() and symbol[1][:-1].lower() in UNIT_SYMBOLS:
            unit_text = symbol[1][:-1].lower() + (f"_{scale_key}" if scale_key else "")  # '13.45 million TEUs'
            position = symbol.end()
        elif noun and noun[1] in ("new", "additional", "extra") and (following := NOUN.match(text, noun.end())) \
                and following[1] not in NOT_NOUNS and following[1] not in MONEY_WORDS:
            # '16,840 new dwellings', '2,000 additional jobs': the thing after the adjective
            unit_text = SPELLED_UNITS.get(following[1], following[1]) + (f"_{scale_key}" if scale_key else "")
            position = following.end()
        elif noun and noun[1] in WATT_WORDS and (hours := re.match(r"\s+hours?\b", text[noun.end():])):
            # '20 terawatt hours': energy, as '20 TWh' and '20 terawatt-hours' are
            unit_text = WATT_WORDS[noun[1]] + "h" + (f"_{scale_key}" if scale_key else "")
            position = noun.end() + hours.end()
        elif noun and noun[1] not in NOT_NOUNS:
            unit_text = SPELLED_UNITS.get(noun[1], noun[1]) + (f"_{scale_key}" if scale_key else "")
            position = noun.end()
            priced = _price_thing(text, position) if noun[1] not in MONEY_WORDS else None
            if priced and singular(priced[0]) != singular(noun[1]):  # '4.76 tonnes a hectare': a yield
                unit_text, position = f"{unit_text}_per_{priced[0]}", priced[1]
    try:
        unit = parse_unit(unit_text) if unit_text else None
    except UnitError:
        unit = None
    if unit is None:
        start, position = number_start, scale.end() if scale_key else number_end
    return Mention(start, position, text[start:position], _value(digits, decimals), unit, len(decimals or ""),
                   _trailing_zeros(digits, decimals), high, scale=scale_key or "", number_start=number_start)


def scale_of(unit: Unit) -> str:
    """The scale suffix of a unit's code ('bn' for USD_bn, 'm' for EUR_m_per_player), or ''."""
    _, _, suffix = unit.code.partition("_per_")[0].rpartition("_")
    return suffix if suffix in SCALES and "_" in unit.code else ""


def mentions_in(found: list[Mention], start: int, end: int, unit: Unit) -> list[Mention]:
    """The numbers among `found` (the mentions of a whole text) whose digits lie in text[start:end] and that
    are stated in `unit`. Reading the whole text first lets the words around a quote count ("$1 = 7.29 yuan"
    makes 7.29 a rate even when the quote starts at "="). Where none is stated in the unit outright,
    numbers whose unit the sentence leaves to the reader count too: "from 25.07 million the year before"
    (a count of visitors), "to 3.1 billion" after "$2.8 billion", "36.87 million foreign visitors"."""
    starts = found.starts if isinstance(found, Mentions) else [m.number_start for m in found]
    found = found[bisect_left(starts, start):bisect_left(starts, end)]
    # the same unit however its code is written ('CAD_per_residents' is 'CAD_per_resident')
    exact = [m for m in found if m.unit is not None and (m.unit.dimension, m.unit.scale) == (unit.dimension, unit.scale)]
    if exact or unit.kind in ("year", "ratio", "rate"):
        return exact
    if unit.kind in ("price", "money"):
        # '$3,175 for each of its residents' is the price of what the text names; a table may still write a price
        # as plain money ('EUR 2.10 a kilogram' in EUR), as it did before prices were read
        currency = unit.dimension.code.split("/")[0]
        # ... and a price in a counted unit ('to 27.69p per kWh from 26.35p') as the bare count
        priced = [m for m in found if m.unit is not None and m.unit.kind in ("money", "price", "count") and m.high is None
                  and m.unit.code.split("_")[0] == currency and m.scale == scale_of(unit)
                  and (m.unit.kind in ("money", "count") if unit.kind == "price" else m.unit.kind == "price")]
        if priced:
            return priced
    scale = scale_of(unit)
    return [m for m in found if m.scale == scale and m.high is None and not m.word
            and (m.unit is None or (unit.kind == "count" and m.unit.kind == "count"))]
