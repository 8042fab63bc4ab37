"""Time expressions in a sentence, as periods in the grammar of data/README.md.

    in 2024 -> 2024                    the second quarter (of 2025) -> 2025-Q2
    the first half of 2025 -> 2025-H1  the first five months of 2025 -> 2025-01..2025-05
    in October -> 2024-10              January-May 2025, April to October -> 2025-01..2025-05, 2024-04..2024-10
    fiscal 2025, FY2025 -> FY2025      at the end of 2024 -> 2024-12-31;  from May 15 -> 2025-05-15
    the fiscal year that ended in September -> FY2025 (in October 2025)
    2024/25, in an article whose crop year ends in June -> 2024-07..2025-06
    the three months to June -> 2025-Q2 the nine months ended 30 September -> 2025-01..2025-09
    the year (or 12 months) to June -> 2024-07..2025-06, a level's June 2025 (unless averaged over the year);
    the fiscal year to March 2026 -> FY2026, and so 'the year to March' in an article that counts fiscal years
    this year, last year, next year    relative to the article's date (or its latest year)

and markers of the earlier period a change is measured from: "a year earlier", "the year before",
"the previous year", "compared with the previous year", "the same period last year", "a year ago",
and of the period just before: "the previous quarter", "a month earlier". "A week earlier" and "the previous
session" move a day's period by days; a longer period has no period a week before it in the grammar.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, timedelta

MONTHS = {m.lower(): i for i, m in enumerate(calendar.month_name) if m}
MONTHS.update({m.lower(): i for i, m in enumerate(calendar.month_abbr) if m})
MONTHS["sept"] = 9  # wire style: 'Sept 24', 'Sept. 24
MONTH = r"(January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)"
ORDINAL = {"first": 1, "second": 2, "third": 3, "fourth": 4, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4, "final": 4,
           "last": 4}
COUNT = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
         "eleven": 11}
YEAR = r"((?:19|20)\d{2})"
# ... never a span before an event: 'held at 11.25% for a year before the bank began easing', 'the year before the
# pandemic'
_BEFORE_EVENT = r"(?!\s+(?:the|it|its|their|a|an|he|she|they|we|this|that)\b)"
EARLIER = re.compile(r"\b(a year earlier|(?<!\bfor\s)a year before" + _BEFORE_EVENT + r"|the year before" + _BEFORE_EVENT
                     + r"|the previous year|the prior year|a year ago|"
                     r"the same (?:period|month|quarter|time|half|week) (?:(?:of|in) )?(?:a year earlier|a year ago|last year|"
                     r"the previous year|the prior year|the year before)|"
                     r"compared with the previous year|compared to the previous year|year-earlier|last year's level|"
                     r"(?:a|one)\s+season\s+(?:earlier|before|ago)|the\s+(?:previous|prior|preceding)\s+season|"
                     r"last\s+season(?:[’']s)?)\b",
                     re.IGNORECASE)

# "the previous quarter", "a month earlier", "the previous three-month period": the period just before the clause's
# current one
JUST_BEFORE = re.compile(r"\b(?:the\s+(?:previous|prior|preceding)\s+(quarter|month|three\s+months|three-month\s+period|half)|"
                         r"a\s+(quarter|month)\s+(?:earlier|before|ago))\b", re.IGNORECASE)
# "a week earlier", "two days before", "the previous week", "the previous session": days before, no month or year
WEEK_BEFORE = re.compile(r"\b(?:(?P<count>a|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+(?P<unit>weeks?|days?|"
                         r"sessions?|trading\s+days?|fortnights?)\s+(?:earlier|before|ago|previously)|"
                         r"the\s+(?:previous|prior|preceding)\s+(?P<unit2>week|day|session|trading\s+day|close)|"
                         r"the\s+(?P<unit3>week|day|session)\s+before|(?:in\s+)?the\s+(?:last|previous)\s+session|"
                         r"earlier\s+in\s+the\s+(?:week|day|session|month)|overnight|"
                         r"(?:at|from)\s+the\s+(?:start|beginning)\s+of\s+the\s+(?:year|month|week|quarter)|"
                         r"last\s+week(?:[’']s)?)\b", re.IGNORECASE)
STEP_MONTHS = {"month": 1, "quarter": 3, "three months": 3, "half": 6}

# "the three months to June", "the quarter ended 30 June 2025", "the half-year to December": a span of months that
# ends with the month named. "The year to June" is not one: a stock's level is June's ('the waiting list fell 3.1% in
# the year to September, to 412,800'), a flow's total is the twelve months'.
SPAN_COUNT = {**COUNT, "eighteen": 18}  # never twelve: 'rose 3.4% in the 12 months to May' is May's annual rate
SPAN_TO = re.compile(
    rf"\b(?:(?P<count>{'|'.join(SPAN_COUNT)}|\d{{1,2}})\s+months|(?<=the\s)(?P<unit>quarter|half[\s-]year|half))\s+"
    rf"(?:to|ended|ending|through|(?:that|which)\s+ended(?:\s+in)?)\s+"
    rf"(?:(?P<day1>\d{{1,2}})(?:st|nd|rd|th)?\s+{MONTH.replace('(', '(?P<month1>', 1)}|"
    rf"{MONTH.replace('(', '(?P<month2>', 1)}(?:\s+(?P<day2>\d{{1,2}})(?!\d))?)(?:,?\s+(?P<year>(?:19|20)\d{{2}}))?\b",
    re.IGNORECASE)


# '... quarter ended Dec. 31', '... quarter ending 30 September 2025': the month a quarter ends in, after its name
QUARTER_ENDED = re.compile(rf"\s+(?:that\s+|which\s+)?(?:ended|ending)\s+(?:on\s+)?(?:\d{{1,2}}\s+)?{MONTH}\.?"
                           rf"(?:\s+\d{{1,2}}(?!\d))?(?:,?\s+({YEAR}))?\b", re.IGNORECASE)


def _month(name: str) -> int:
    """The number of a month named in full or short, 'Sept' and 'Sept.' too."""
    lower = name.lower()
    return MONTHS[lower[:4] if lower[:4] in MONTHS else lower]


def _span_label(year: int, month: int, months: int) -> str:
    """The period of `months` months that ends with `month` of `year`: a quarter, a half, a year or a span."""
    if months == 1:
        return f"{year}-{month:02d}"
    if months == 3 and month % 3 == 0:
        return f"{year}-Q{month // 3}"
    if months == 6 and month in (6, 12):
        return f"{year}-H{month // 6}"
    if months == 12 and month == 12:
        return str(year)
    first = year * 12 + month - 1 - (months - 1)
    return f"{first // 12}-{first % 12 + 1:02d}..{year}-{month:02d}"


@dataclass(frozen=True)
class TimeExpression:
    start: int
    end: int
    period: str  # a period label, or "" for a marker of the earlier period
    earlier: bool = False  # "a year earlier": the period a year before the clause's current one
    stock: bool = False  # "at the end of ...": a day
    years: int = 1  # how many years earlier: "five years earlier", "a decade ago"; 0: just before
    months: int = 0  # with years 0, the length of the period just before: 3 for "the previous quarter"
    days: int = 0  # "a week earlier": days before, which only a day's period can be moved by
    of_year: int = 0  # "the same quarter of 2019": the year the earlier period is in


# "the 2024-25 crop year that ended in June", "the 2024-25 season that ended in September", "the July-June marketing
# year": a season whose last month the article names (a split year's bare "season" only where "that ended" follows
# it, never after a drought's end). Its split years are then those twelve months ('2024/25' is
# 2024-07..2025-06), as commodity statistics publish them; a company's or a government's fiscal year stays FY2025, as
# their accounts name it.
SEASON = r"(?:crop|marketing|harvest|sugar|coffee|cocoa|grain|growing)\s+(?:year|season)"
SEASON_END = re.compile(
    rf"(?:\b(?:{SEASON})s?\b[^.;]{{0,40}}?|\b(?:19|20)\d\d[-–/](?:\d\d){{1,2}}\s+season,?\s+)"
    rf"(?P<ends>\b(?:that|which)\s+(?:ended|ends|runs?\s+to|ran\s+to|closed|closes)\s+"
    rf"(?:in\s+|on\s+|at\s+the\s+end\s+of\s+)?{MONTH.replace('(', '(?P<month>', 1)}\b(?:\s+(?:19|20)\d\d)?)|"
    rf"\b{MONTH}[-–/]{MONTH.replace('(', '(?P<last>', 1)}\s+(?:{SEASON})\b", re.IGNORECASE)


def season_end(text: str) -> int | None:
    """The month an article's seasons end in, when it names one for a crop or marketing year, else None."""
    found = SEASON_END.search(text)
    if found is None:
        return None
    return MONTHS[(found.group("month") or found.group("last")).lower()]


# 'the fiscal year that began in April', or 'the first half of the fiscal year' beside 'April-to-September': the month
# an article's fiscal year starts in
FISCAL_START = re.compile(rf"\b(?:fiscal|financial|tax)\s+year\s+(?:that\s+|which\s+)?(?:starts|started|begins|began|"
                          rf"runs\s+from|ran\s+from)\s+(?:in\s+|on\s+)?(?:\d{{1,2}}\s+)?{MONTH}\b", re.IGNORECASE)
FISCAL_HALF = re.compile(r"\b(first|second|1st|2nd)[\s-]+half\s+of\s+(?:the|this|its|their)\s+(?:fiscal|financial|tax)\s+"
                         r"year\b", re.IGNORECASE)
MONTH_SPAN = re.compile(rf"\b{MONTH}\s*(?:-|–|-to-|\s+to\s+)\s*{MONTH}\b", re.IGNORECASE)


# after a month, what makes it a futures contract's name: 'the March contract', 'December Brent', 'March cocoa'
CONTRACT_MONTH = re.compile(r"\s+(?:[\w\-]+\s+)?(?:contracts?|futures|delivery|options)\b|\s+(?:cocoa|coffee|arabica|robusta|"
                            r"sugar|wheat|corn|soybeans?|soymeal|cotton|crude|Brent|WTI|gold|silver|copper|aluminium|"
                            r"aluminum|nickel|zinc|palm\s+oil|gas|gasoil|lumber|cattle|hogs)\b(?!\s+(?:exports|imports|output|"
                            r"production|sales|shipments|prices?)\b)")


def fiscal_start(text: str) -> int | None:
    """The month an article's fiscal year starts in, when it says so or names the span of its first half."""
    said = FISCAL_START.search(text)
    if said:
        return _month(said.group(1))
    if FISCAL_HALF.search(text):
        for m in MONTH_SPAN.finditer(text):
            first, last = _month(m.group(1)), _month(m.group(2))
            if (last - first) % 12 == 5:
                return first
    return None


class Calendar:
    """Reads time expressions against a reference date: the article's date, or its latest year."""

    def __init__(self, reference: date | None, latest_year: int, season_last_month: int | None = None,
                 fiscal_first_month: int | None = None):
        self.reference = reference
        self.fiscal_first_month = fiscal_first_month if fiscal_first_month != 1 else None
        self.year = reference.year if reference else latest_year
        self.fiscal_years: list[int] = []
        # whether the article counts in fiscal years ('for the coming fiscal year'): its 'current year' is one
        self.fiscal_article = False
        # the twelve months a 'year to June' names -> the month its levels are read at, and the same a year earlier
        self.year_to: dict[str, str] = {}
        self.season_last_month = season_last_month if season_last_month != 12 else None

    def first_months(self, n: int) -> str:
        """The first `n` months of the year: of the fiscal year where the article's starts in another month."""
        if self.fiscal_first_month:
            last = (self.fiscal_first_month - 1 + n - 1) % 12 + 1
            return _span_label(self.month_year(last), last, n)
        return _span_label(self.year, n, n)

    def month_year(self, month: int, ahead: bool = False) -> int:
        """The year of a month named without one: the latest such month on or before the article's date, or with
        `ahead` (a forecast's month) the first one not over before it."""
        if self.reference and ahead:
            return self.year + (month < self.reference.month)
        if self.reference and month > self.reference.month:
            return self.year - 1
        return self.year

    def find(self, text: str) -> list[TimeExpression]:
        found: list[TimeExpression] = []
        taken: list[tuple[int, int]] = []

        def add(match, period, earlier=False, stock=False, group=0, years=1, months=0, days=0, of_year=0, span=None):
            s, e = span or match.span(group)  # `span`: a stretch longer than the match ('second quarter ended Dec. 31')
            if any(s < b and a < e for a, b in taken):
                return
            taken.append((s, e))
            found.append(TimeExpression(s, e, period, earlier, stock, years, months, days, of_year))

        if self.season_last_month:
            for m in SEASON_END.finditer(text):
                # 'that ended in June (2025)' says when the season ends, no period of a figure; the season's own
                # label before it ('the marketing year 2024/25, which ended in June') still is one
                taken.append(m.span("ends") if m.group("ends") else m.span())
        for m in re.finditer(rf"\b(?:at\s+)?the\s+end\s+of\s+(?:{MONTH}\s+)?{YEAR}", text, re.I):
            year = int(m.group(2))
            month = MONTHS[m.group(1).lower()[:3] if m.group(1).lower()[:3] in MONTHS else m.group(1).lower()] if m.group(1) else 12
            add(m, f"{year}-{month:02d}-{calendar.monthrange(year, month)[1]:02d}", stock=True)
        for m in re.finditer(rf"\b(?:(?:at\s+)?the\s+end\s+of|(?<!year\s)(?<!quarter\s)(?<!months\s)(?<!half\s)(?<!period\s)"
                             rf"(?<!week\s)(?<!season\s)ended)\s+{MONTH}\b(?!\s+\d)(?!\s+(?:of\s+)?(?:last|this|next)\s+year)", text):
            # 'at the end of October', 'the index ended June at 24,072.3 points': a level on the month's last day
            month = _month(m.group(1))
            year = self.month_year(month)
            add(m, f"{year}-{month:02d}-{calendar.monthrange(year, month)[1]:02d}", stock=True)
        for m in re.finditer(r"\b(?:at\s+)?the\s+end\s+of\s+(last|this|the\s+previous)\s+year\b", text, re.I):
            year = self.year - (0 if m.group(1).lower() == "this" else 1)
            add(m, f"{year}-12-31", stock=True)
        for m in re.finditer(rf"\bthe\s+year\s+to\s+{MONTH}\s+(\d{{1,2}})(?:,?\s+{YEAR})?", text, re.I):
            month = MONTHS[m.group(1).lower()]
            year = int(m.group(3)) if m.group(3) else self.month_year(month)
            self.fiscal_years.append(year)
            add(m, f"FY{year}")
        for m in re.finditer(rf"\b(?:the\s+(?P<fiscal>(?:fiscal|financial)\s+)?year|(?:the\s+)?(?:12|twelve)\s+months)\s+"
                             rf"(?:to|ended|ending|through)\s+(?:mid-)?{MONTH}\b(?!\s+\d{{1,2}}\b)(?:,?\s+{YEAR})?", text, re.I):
            # 'in the year to June': the twelve months that end with June, whose levels are June's ('the waiting list
            # fell 3.1% in the year to September, to 412,800'); a company's or government's year is its fiscal year
            month = _month(m.group(2))
            year = int(m.group(3)) if m.group(3) else self.month_year(month, _ahead(text, m))
            # ... but 'the 12 months to June' is a rolling window, never a fiscal year, even beside fiscal years
            if m.group("fiscal") or self.fiscal_years and re.match(r"the\s+year\b", m.group(0), re.I):
                self.fiscal_years.append(year)
                add(m, f"FY{year}")
            else:
                span = _span_label(year, month, 12)
                self.year_to[span] = f"{year}-{month:02d}"
                self.year_to[_span_label(year - 1, month, 12)] = f"{year - 1}-{month:02d}"
                add(m, span)
        for m in re.finditer(rf"\b(?:(?:fiscal|financial)\s+year\s+(?:(?:that|which)\s+)?|the\s+year\s+(?=\w+\s+(?:on\s+)?"
                             rf"(?:\d{{1,2}}\s+{MONTH}|{MONTH}\.?\s+\d{{1,2}}\b)))(?:ended|ending|ends|closed)\s+(?:in\s+|on\s+)?"
                             rf"(?:\d{{1,2}}\s+)?(?P<month>{MONTH})\.?(?:\s+\d{{1,2}}\b)?(?:,?\s+(?P<year>{YEAR}))?", text, re.I):
            # 'in the fiscal year that ended in September': the fiscal year named by the year it ends in; so is 'the
            # fiscal year ended March 31' and 'the year ended 30 June 2025', a reporting year ending on a day
            month = _month(m.group("month"))
            # 'that ended in March' is the latest March; 'that ends in March' the next one
            ahead = re.search(r"\bends\b", m.group(0), re.I) is not None
            year = int(m.group("year")) if m.group("year") else self.month_year(month, ahead)
            self.fiscal_years.append(year)
            add(m, f"FY{year}")
        for m in re.finditer(rf"\b(?:fiscal|financial)\s+year\s+(?:(?:that|which)\s+)?(?:starting|beginning|starts|begins|"
                             rf"started|began)\s+(?:in\s+|on\s+)?(?:\d{{1,2}}\s+)?(?P<month>{MONTH})\.?(?:\s+\d{{1,2}}\b)?"
                             rf"(?:,?\s+(?P<year>{YEAR}))?", text, re.I):
            # 'the budget for the fiscal year starting in April', written in December: April 2025 to March 2026, the
            # fiscal year named by the year it ends in, as 'the fiscal year that ended in September' is
            month = _month(m.group("month"))
            started = re.search(r"\b(?:started|began)\b", m.group(0), re.I) is not None
            start = int(m.group("year")) if m.group("year") else self.month_year(month, not started)
            add(m, f"FY{start + (month > 1)}")  # ... the year to come, never the one 'this fiscal year' counts from
        for m in SPAN_TO.finditer(text):  # 'the three months to June', 'the six months ended 30 June 2025'
            month = MONTHS[(m.group("month1") or m.group("month2")).lower()]
            year = int(m.group("year")) if m.group("year") else self.month_year(month)
            unit = (m.group("unit") or "").lower()
            count = m.group("count")
            months = {"quarter": 3, "": 0}.get(unit, 6) or SPAN_COUNT.get(count.lower()) or int(count)
            if 1 <= months <= 24 and months != 12:
                add(m, _span_label(year, month, months))
        for m in re.finditer(rf"\b(?:fiscal|financial)(?:\s+year)?\s+{YEAR}(?:[-/–](\d{{2,4}}))?|\bFY\s?{YEAR}(?:[-/–](\d{{2,4}}))?|"
                             rf"\bthe\s+{YEAR}(?:[-/–](\d{{2,4}}))?\s+(?:fiscal|financial)\s+year", text, re.I):
            year, _ = _fiscal(m)
            self.fiscal_years.append(year)
            add(m, f"FY{year}")
        for m in re.finditer(r"\bFY\s?[’']?(\d{2})\b(?![-/–.,]\d)", text):
            year = 2000 + int(m.group(1))  # 'FY24', the fiscal year that ends in 2024
            self.fiscal_years.append(year)
            add(m, f"FY{year}")
        for m in re.finditer(rf"(?<![\d.,$€£¥₹]){YEAR}[-/–](\d{{2}})\b(?![-/–]\d)", text):
            if int(m.group(2)) == (int(m.group(1)) + 1) % 100:  # '2026-27', '2024/25': the year that ends in 2027
                year = int(m.group(1)) + 1
                self.fiscal_years.append(year)
                end = self.season_last_month
                if end and not re.search(r"\b(?:fiscal|financial|FY|budget)\s*$", text[:m.start()], re.I) \
                        and not re.match(r"\s+(?:fiscal|financial|budget)\b", text[m.end():], re.I):
                    add(m, f"{year - 1}-{end % 12 + 1:02d}..{year}-{end:02d}")  # the 2024/25 season, July to June
                else:
                    add(m, f"FY{year}")
        # 'the current year's $1.81 billion budget' beside 'the coming fiscal year': a fiscal year too
        fiscal = r"(?:(?:fiscal|financial)\s+)?year" if self.fiscal_article else r"(?:fiscal|financial)\s+year"
        for m in re.finditer(rf"\b(this|next|last|the\s+current|the\s+coming)\s+{fiscal}\b", text, re.I):
            base = max(self.fiscal_years) if self.fiscal_years else self.year
            word = {"the current": "this", "the coming": "next"}.get(" ".join(m.group(1).lower().split()),
                                                                      m.group(1).lower())
            shift = {"this": 1 if self.fiscal_years else 0, "next": 2 if self.fiscal_years else 1,
                     "last": 0 if self.fiscal_years else -1}.get(word, 1 if self.fiscal_years else 0)
            add(m, f"FY{base + shift}")
        for m in re.finditer(rf"\b(first|1st)\s+({'|'.join(COUNT)}|\d{{1,2}})\s+months(?:\s+of\s+(?:the\s+year|{YEAR}))?", text, re.I):
            n = COUNT.get(m.group(2).lower()) or int(m.group(2))
            year = int(m.group(3)) if m.group(3) else self.year
            add(m, _span_label(year, n, n) if 1 <= n <= 12 else f"{year}-01..{year}-{n:02d}")  # six months: 2025-H1
        for m in re.finditer(rf"(?:(?<=\bfor\s)|(?<=\bover\s)|(?<=\bduring\s))the\s+({'|'.join(COUNT)}|\d{{1,2}})\s+months\b"
                             r"(?!\s+(?:to|ended|ending|through|until|since|of|before|after|ago|earlier)\b)", text, re.I):
            # 'for the nine months, operating income was $1.9 billion': the year's first months, as 'the first nine
            # months' are
            n = COUNT.get(m.group(1).lower()) or int(m.group(1))
            if 2 <= n <= 11:
                add(m, self.first_months(n))
        for m in re.finditer(r"\b(six|nine|6|9)-month(?=\s+(?:net\s+|operating\s+|pre-tax\s+|adjusted\s+|group\s+)?(?:sales|"
                             r"revenues?|profits?|earnings|loss|losses|income|output|production|exports|imports|deliveries|"
                             r"volumes?|results|turnover|EBITDA|EBIT|shipments|orders|spending|deficit|surplus)\b)|"
                             r"\b(half)-year(?=\s+(?:net\s+|operating\s+|pre-tax\s+|adjusted\s+|group\s+)?(?:sales|revenues?|"
                             r"profits?|earnings|loss|losses|income|results|turnover|EBITDA|EBIT)\b)", text, re.I):
            # 'nine-month sales', 'half-year profit': the first months of the year, as 'the first nine months' is, of a
            # fiscal year where the article's starts in another month
            add(m, self.first_months(6 if m.group(2) or m.group(1) in ("six", "6") else 9))
        for m in re.finditer(rf"\b(?:between\s+)?{MONTH}(?:\s+{YEAR})?\s*(?:-to-|-|–|to|through|until|(?<=\s)and(?=\s))\s*{MONTH}"
                             rf"(?:\s+{YEAR})?", text, re.I):
            if re.search(r"\sand\s", m.group(0)) and (re.match(r"between\b", m.group(0), re.I) is None
                                                       or m.group(2) or m.group(4)):
                continue  # 'in July and September': two months; 'between May 2024 and May 2025' two dates a change spans;
                #           'between July and September' is one quarter
            m1, m2 = MONTHS[m.group(1).lower()], MONTHS[m.group(3).lower()]
            y2 = int(m.group(4)) if m.group(4) else (int(m.group(2)) if m.group(2) else self.month_year(m2))
            y1 = int(m.group(2)) if m.group(2) else (y2 if m1 <= m2 else y2 - 1)
            if y1 == y2 and m2 - m1 == 2 and m1 % 3 == 1:
                add(m, f"{y1}-Q{(m1 + 2) // 3}")  # 'April–June' is the second quarter
            elif y1 == y2 and (m1, m2) in ((1, 6), (7, 12)):
                add(m, f"{y1}-H{1 if m1 == 1 else 2}")  # 'January–June' is the first half
            else:
                add(m, f"{y1}-{m1:02d}..{y2}-{m2:02d}")
        for m in re.finditer(rf"\b(first|second|third|fourth|1st|2nd|3rd|4th|final|last)[\s-]+quarter(?:\s+of\s+(?:the\s+year|{YEAR}))?|\bQ([1-4])\s*{YEAR}?|\b{YEAR}\s*-?Q([1-4])\b", text, re.I):
            ended = QUARTER_ENDED.match(text, m.end()) if m.group(1) else None
            if ended:
                # 'the fiscal second quarter ended Dec. 31': the three months to the month named, whatever the fiscal
                # year calls them
                month = _month(ended.group(1))
                year = int(ended.group(2)) if ended.group(2) else self.month_year(month)
                add(m, _span_label(year, month, 3), span=(m.start(), ended.end()))
                continue
            if m.group(1):
                q = ORDINAL[m.group(1).lower()]
                # the latest such quarter ended, or the next one a forecast is for
                year = int(m.group(2)) if m.group(2) else self.month_year(3 * q, _ahead(text, m))
            elif m.group(3):
                q, year = int(m.group(3)), int(m.group(4)) if m.group(4) else self.year
            else:
                q, year = int(m.group(6)), int(m.group(5))
            add(m, f"{year}-Q{q}")
        for m in re.finditer(r"\b(?:in|from|than|with|to)\s+the\s+(?P<which>first|second|third|fourth)(?=\s*[.,;)]|\s*$)", text, re.I):
            # 'rose to 10.5% in the third quarter from 10.3% in the second': the quarter the sentence left unsaid
            named = re.search(r"\b(first|second|third|fourth)[\s-]+quarter(?:\s+of\s+((?:19|20)\d\d))?\b", text[:m.start()], re.I)
            if named:
                q = ORDINAL[m.group("which").lower()]
                year = int(named.group(2)) if named.group(2) else self.month_year(3 * ORDINAL[named.group(1).lower()])
                add(m, f"{year if q <= ORDINAL[named.group(1).lower()] else year - 1}-Q{q}", group=0)
        for m in re.finditer(rf"\bthe\s+(?P<month>March|June|September|December)\s+quarter(?:\s+(?:of\s+)?(?P<year>{YEAR}))?\b",
                             text, re.I):
            # 'in the September quarter' (Australian style): the quarter that ends with that month
            month = _month(m.group("month"))
            year = int(m.group("year")) if m.group("year") else self.month_year(month, _ahead(text, m))
            add(m, f"{year}-Q{month // 3}")
        for m in FISCAL_HALF.finditer(text) if self.fiscal_first_month else ():
            # 'the first half of the fiscal year', of a year that starts in April: April to September
            h = 1 if m.group(1).lower() in ("first", "1st") else 2
            last = (self.fiscal_first_month - 1 + 6 * h - 1) % 12 + 1
            add(m, _span_label(self.month_year(last), last, 6))
        for m in re.finditer(rf"\b(first|second|1st|2nd)[\s-]+half(?:\s+of\s+(?:the\s+year|{YEAR}))?|\bH([12])\s*{YEAR}?", text, re.I):
            if m.group(1):
                h = 1 if m.group(1).lower() in ("first", "1st") else 2
                year = int(m.group(2)) if m.group(2) else self.month_year(6 * h, _ahead(text, m))
            else:
                h, year = int(m.group(3)), int(m.group(4)) if m.group(4) else self.year
            add(m, f"{year}-H{h}")
        for m in re.finditer(rf"\b{MONTH}\s+(?:of\s+)?(last|this|next)\s+year\b", text):
            # 'than in June last year': June of the year before the article's
            month = _month(m.group(1))
            add(m, f"{self.year + {'last': -1, 'this': 0, 'next': 1}[m.group(2).lower()]}-{month:02d}")
        for m in re.finditer(rf"\b{MONTH}\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?(?:,?\s+{YEAR})?\b(?!\s*(?:million|billion|%|per))", text):
            month = MONTHS[m.group(1).lower()]
            # 'will rise to £1,755 from Jan. 1', in November: the next January's first day
            year = int(m.group(3)) if m.group(3) else self.month_year(month, _ahead(text, m))
            day = int(m.group(2))
            if 1 <= day <= calendar.monthrange(year, month)[1]:
                add(m, f"{year}-{month:02d}-{day:02d}")
        for m in re.finditer(rf"\b{MONTH}(?:[’']s)?(?:\s+(?:of\s+)?{YEAR})?\b", text):
            if m.group(1) == "May" and not m.group(2) and not re.search(r"\b(in|of|for|since|from|to|until|by|last|this|next)\s+$",
                                                                        text[:m.start()], re.I):
                continue  # "May" is a modal verb as often as a month
            if not m.group(2) and CONTRACT_MONTH.match(text[m.end():]) and not re.search(
                    r"\b(?:in|during|since|from|by|until|through|to|of|for|last|this|next)\s+$", text[:m.start()], re.I):
                continue  # 'the benchmark March contract', 'March cocoa lost 5.7%': a futures contract, not a period
                #           ('in March gas demand fell' is March)
            month = _month(m.group(1))
            year = int(m.group(2)) if m.group(2) else self.month_year(month, _ahead(text, m))
            add(m, f"{year}-{month:02d}")
        for m in re.finditer(r"\b(?:for\s+)?the\s+(?:full|whole|entire)\s+year\b|\bfull-year\b", text, re.I):
            add(m, str(self.year))  # 'expects 71-73 million for the full year'
        for m in re.finditer(r"\b(?:on|by|at\s+the\s+close\s+on|the\s+week\s+(?:ended|ending))\s+(Monday|Tuesday|Wednesday|"
                             r"Thursday|Friday|Saturday|Sunday)\b", text):
            # 'settled at $5,412 a tonne on Friday': the latest Friday up to the article's date; never the day a
            # source spoke ('the ministry said on Tuesday')
            # ... only for a market's day: a price that settled, closed or stood at a level, never the day results were
            # reported ('reported revenue of €4.86 billion on Wednesday')
            clause = re.split(r"[;,]\s|\s[–—-]\s", text[:m.start()])[-1]
            # ... or a price's move that day ('Copper prices jumped on Tuesday') or a price printed just before it
            # ('from $10,622 on Monday')
            if self.reference and (re.search(r"\b(?:settl\w*|clos(?:ed|ing|e)|finish\w*|stood|stands|ended|ending|traded|"
                                             r"trading|touched|fixed|auctioned|sold|priced)\b", clause)
                                   or re.search(r"\bprices?\s+(?:[a-z]+\s+){1,2}$", clause)
                                   # 'Shares in Kessler fell 3.8% on Tuesday': a market's move that day
                                   or re.search(r"\b(?:[Pp]rices?|[Ss]hares|[Ss]tocks?|index|yields?)\b[^,;]{0,40}\b(?:rose|fell|"
                                                r"jumped|climbed|slipped|dropped|gained|lost|slid|surged|tumbled|rallied|"
                                                r"eased|edged|sank|soared|plunged)\b[^,;]{0,25}$", clause)
                                   or re.search(r"[$€£¥]\s?[\d.,]+\s*(?:a\s+tonne|a\s+barrel|an\s+ounce|per\s+\w+)?\s*$",
                                                clause)) \
                    and not re.search(r"\b(?:said|says|reported|announced|unveiled|published|released)\b", clause):
                back = (self.reference.weekday() - list(calendar.day_name).index(m.group(1))) % 7
                add(m, (self.reference - timedelta(days=back)).isoformat())
        for m in re.finditer(r"\blast\s+month\b", text, re.I):
            if self.reference:
                y, mo = (self.reference.year, self.reference.month - 1) if self.reference.month > 1 else (self.reference.year - 1, 12)
                add(m, f"{y}-{mo:02d}")
        for m in re.finditer(rf"\b(a\s+decade|({'|'.join(COUNT)}|\d{{1,2}})\s+years)\s+(?:earlier|before|ago)\b", text, re.I):
            count = m.group(2)
            years = 10 if not count else COUNT.get(count.lower()) or int(count)
            add(m, "", earlier=True, years=years)
        for m in EARLIER.finditer(text):
            add(m, "", earlier=True)
        for m in WEEK_BEFORE.finditer(text):  # 'from $2,830 a week earlier', 'the previous session'
            count = m.group("count") or "a"
            n = {"a": 1, "one": 1, "ten": 10}.get(count.lower()) or COUNT.get(count.lower()) or int(count)
            unit = (m.group("unit") or m.group("unit2") or m.group("unit3") or "week").lower()
            add(m, "", earlier=True, years=0, days=n * (7 if unit.startswith("week") else 14 if unit.startswith("fortnight")
                                                         else 1))
        for m in JUST_BEFORE.finditer(text):
            step = " ".join((m.group(1) or m.group(2)).lower().split())
            add(m, "", earlier=True, years=0, months=STEP_MONTHS["three months" if step.startswith("three") else step])
        for m in re.finditer(r"\b(?:over|in|during|across)\s+the\s+(?:past|last)\s+(?:year|12\s+months|twelve\s+months)\b",
                             text, re.I):
            taken.append(m.span())  # 'fell $35,000 over the past year': the twelve months to now, no earlier year
        for m in re.finditer(r"\b(this|last|next|the\s+previous|the\s+past)\s+year(?:[’']s)?\b", text, re.I):
            word = m.group(1).lower().split()[-1]
            add(m, str(self.year + {"this": 0, "last": -1, "next": 1, "previous": -1, "past": -1}[word]))
        for m in re.finditer(rf"\b(?:same\s+(?:period|quarter|month|half)\s+(?:of|in)\s+){YEAR}\b", text, re.I):
            # 'the same quarter of 2019', in 2025: six years before, never the year before
            add(m, "", earlier=True, years=max(1, self.year - int(m.group(1))), of_year=int(m.group(1)))
        for m in re.finditer(rf"(?<![\d.,$€£¥])\b{YEAR}\b(?!\s*(?:%|percent|per cent))", text):
            add(m, m.group(1))
        return sorted(found, key=lambda t: t.start)


# Words of a forecast made now, in the clause of a period named without its year: 'For the fourth quarter, Lumora
# forecast revenue of ...', 'expects growth to slow in the fourth quarter', 'implying $5.0 billion in the fourth quarter'.
# Never an expectation of the past ('above the 50,000 forecast by economists', 'Economists forecast a rise of 0.2% in
# September', 'economists had expected a rise'), nor a word about something else ('was above the company's outlook').
_NOT_PAST = r"(?<!\bhad\s)(?<!\bhave\s)(?<!\bhas\s)(?<!\bwas\s)(?<!\bwere\s)(?<!\bbeen\s)"
AHEAD = re.compile(_NOT_PAST + r"\b(?:expects|sees|projects|predicts|guides|will|implying)\b|"
                   + _NOT_PAST + r"\b(?:it|they|we|the\s+(?:company|group|bank|firm|government|ministry))\s+forecasts?\b")
# 'For the fourth quarter, Lumora forecast revenue of ...': a period a forecast is for
FORECAST_FOR = re.compile(r"\b(?:forecasts?|guidance|outlook|expects?|sees|targets?|projects?|predicts?)\b", re.I)


def _ahead(text: str, m: re.Match) -> bool:
    """Whether a period named without its year is the one a forecast in its own clause looks ahead to."""
    before = re.split(r",(?!\d{3})|;|\.\s|\b(?:and|but|while)\b", text[:m.start()])[-1]  # never in '£1,755'
    # ... never a relative clause after a comma: 'rose 3.75% from July 1 to $24.10, which will show up in ...'
    after = re.split(r";|\.\s|\b(?:and|but|while|whereas|although|though|as)\b|,\s*(?:which|who|where)\b",
                     text[m.end():])[0][:60]
    if re.search(r"\b[Ff]or\s+(?:the\s+)?$", text[:m.start()]) and FORECAST_FOR.search(before + " " + after):
        return True
    return bool(AHEAD.search(before) or AHEAD.search(after))


def _fiscal(m: re.Match) -> tuple[int, str | None]:
    groups = m.groups()
    for i in range(0, len(groups), 2):
        if groups[i]:
            year, tail = int(groups[i]), groups[i + 1]
            if tail and len(tail) in (2, 4):  # "2024-25" names the year it ends in
                return (year // 100 * 100 + int(tail[-2:])) if len(tail) == 2 else int(tail), tail
            return year, tail
    raise ValueError(m.group(0))


def year_earlier(period: str) -> str:
    """The same period a year earlier, in the same notation."""
    from ..periods import parse_period

    return parse_period(period).year_earlier().label


def just_before(period: str) -> str:
    from ..periods import parse_period

    parsed = parse_period(period)
    if parsed.day:
        return days_before(period, 1)
    return parsed.just_before().label


def days_before(period: str, days: int) -> str:
    """A day's period `days` earlier; any longer period as it is (a week before a month is no period of its own)."""
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", period):
        return (date.fromisoformat(period) - timedelta(days=days)).isoformat()
    return period


def is_earlier(current: str, previous: str) -> bool:
    """`previous` is what a change of `current` is measured against: a year earlier, or the one just before."""
    from ..periods import is_earlier_comparison, parse_period

    try:
        return is_earlier_comparison(parse_period(current), parse_period(previous))
    except Exception:
        return False


def years_between(earlier: str, later: str) -> float:
    """How many whole years `later` starts after `earlier` (0 when either cannot be read or they overlap)."""
    from ..periods import parse_period

    try:
        a, b = parse_period(earlier), parse_period(later)
    except Exception:
        return 0
    return round((b.start - a.start) / 12) if b.start > a.end else 0
