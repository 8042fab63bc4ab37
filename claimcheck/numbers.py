"""Find the numbers an article states, with the unit and the precision of their last digit."""

from __future__ import annotations

import re
from dataclasses import dataclass

# Money: "$94.8 billion", "US$350 million", "$1.2bn", "1.5 trillion yuan".
# Percentages: "5%", "3,270%", "15 per cent", "15 percent".
_NUMBER = r"(?P<number>\d{1,3}(?:,\d{3})+|\d+)(?:\.(?P<decimals>\d+))?"
_SCALE = r"(?P<scale>trillion|billion|million|tn|bn|mn|m)\b"
_PATTERN = re.compile(
    rf"(?P<currency>US\$|\$)?{_NUMBER}"
    rf"(?:\s*(?P<percent>%|per\s?cent\b)|\s?{_SCALE}(?:\s+(?P<yuan>yuan\b))?)?",
    re.IGNORECASE,
)
_SCALE_WORDS = {
    "trillion": "trillion", "tn": "trillion",
    "billion": "billion", "bn": "billion",
    "million": "million", "mn": "million", "m": "million",
}
# Units in which stated numbers are recorded, and their size in billions of US dollars.
MONEY_UNITS = {"USD_tn": 1000.0, "USD_bn": 1.0, "USD_m": 0.001}
UNIT_OF_SCALE = {"trillion": "USD_tn", "billion": "USD_bn", "million": "USD_m"}


@dataclass(frozen=True)
class Mention:
    """One number as written in a text: where it is, what it says, and its precision."""

    start: int
    end: int
    text: str
    value: float
    unit: str  # USD_tn, USD_bn, USD_m, CNY_tn, CNY_bn, CNY_m, percent, year, count
    decimals: int

    @property
    def half_unit(self) -> float:
        """Half a unit of the last stated digit: "94.8" is 94.8 +/- 0.05."""
        return 0.5 * 10 ** (-self.decimals)


def find_mentions(text: str) -> list[Mention]:
    """Every money amount, percentage, year and bare count stated in `text`, in order."""
    mentions = []
    for match in _PATTERN.finditer(text):
        if match.start() > 0 and (text[match.start() - 1].isalnum() or text[match.start() - 1] == "."):
            continue  # part of a word or of a longer number
        digits = match["number"].replace(",", "")
        decimals = match["decimals"] or ""
        value = float(f"{digits}.{decimals}" if decimals else digits)
        scale = _SCALE_WORDS.get((match["scale"] or "").lower())
        if match["percent"]:
            unit = "percent"
        elif scale and match["yuan"]:
            unit = "CNY_" + {"trillion": "tn", "billion": "bn", "million": "m"}[scale]
        elif scale and match["currency"]:
            unit = UNIT_OF_SCALE[scale]
        elif match["currency"]:
            unit = "USD"
        elif not decimals and len(digits) == 4 and 1900 <= int(digits) <= 2100 and "," not in match["number"]:
            unit = "year"
        else:
            unit = "count"
        end = match.end()
        if not match["percent"] and not (scale and (match["currency"] or match["yuan"])):
            end = match.start("number") + len(match["number"]) + (len(decimals) + 1 if decimals else 0)
        mentions.append(
            Mention(match.start(), end, text[match.start():end], value, unit, len(decimals))
        )
    return mentions


def to_billions(value: float, unit: str) -> float:
    """A money value in billions of US dollars."""
    return value * MONEY_UNITS[unit]
