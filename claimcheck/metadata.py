"""Facts about the article itself, read from the `article.toml` beside its tables.

Whose statistics it cites, who published it and when, what role each entity plays, which
reference tables and exchange rates go with it: everything the report says about the article
rather than about its numbers comes from here, never from constants in code.
"""

from __future__ import annotations

import keyword
import re
import tomllib
from dataclasses import dataclass, field
from pathlib import Path

from .config import METADATA_NAME
from .errors import InputError, Problem, display_path
from .periods import Period, PeriodError, parse_period
from .quantities import Unit, UnitError, parse_unit

ROLES = ("partner", "region", "country", "product", "sector", "company", "reporter", "government", "person",
         "group", "other")
TEXT_KEYS = ("headline", "publisher", "url", "date_published", "author", "counterpart", "cites", "dollar")
SECTIONS = ("entities", "review", "reference", "rates")
REVIEW_KEYS = ("organisation", "date", "url")
REFERENCE_KEYS = ("figures", "checks", "reporter", "mirror", "columns", "metrics", "compiled", "note", "note_source")
RATE_KEYS = ("value", "unit", "period", "source", "url", "quote")


@dataclass(frozen=True)
class Entity:
    name: str
    role: str
    members: tuple[str, ...] = ()


@dataclass(frozen=True)
class Rate:
    """A reference exchange rate, with its source: a variable an expression can name."""

    name: str
    value: float
    unit: Unit
    period: Period | None
    source: str
    url: str
    quote: str
    decimals: int


@dataclass(frozen=True)
class Reference:
    figures: Path | None
    checks: Path | None
    reporter: str = ""
    mirror: str = ""
    columns: dict = field(default_factory=dict)
    metrics: dict = field(default_factory=dict)
    compiled: str = ""  # when the table was compiled or received
    note: str = ""  # a sentence quoted from the table's own documentation, shown beside its figures
    note_source: str = ""  # where that sentence comes from


@dataclass(frozen=True)
class Metadata:
    path: Path | None
    headline: str = ""
    publisher: str = ""
    url: str = ""
    date_published: str = ""
    author: str = ""
    counterpart: str = ""
    cites: str = ""
    dollar: str = "USD"
    entities: dict[str, Entity] = field(default_factory=dict)
    review: dict = field(default_factory=dict)
    reference: Reference | None = None
    rates: dict[str, Rate] = field(default_factory=dict)

    def role(self, entity: str) -> str:
        return self.entities[entity].role if entity in self.entities else ""

    def missing(self) -> list[str]:
        """What the article's metadata does not say that a published fact-check would carry."""
        wanted = {"headline": self.headline, "publisher": self.publisher, "url": self.url,
                  "date_published": self.date_published, "author": self.author,
                  "review.date": self.review.get("date", ""), "review.url": self.review.get("url", ""),
                  "review.organisation": self.review.get("organisation", "")}
        return [key for key, value in wanted.items() if not value]


def default_path(figures: Path | str) -> Path:
    return Path(figures).parent / METADATA_NAME


def _line_of(text: str, key: str) -> int | None:
    """The line a key is written on (tomllib gives no positions); None when it cannot be found."""
    pattern = re.compile(rf'^\s*"?{re.escape(key)}"?\s*=', re.MULTILINE)
    match = pattern.search(text)
    return text[: match.start()].count("\n") + 1 if match else None


def load_metadata(path: Path | str | None, article: str = "") -> Metadata:
    """Read and check an article.toml. No file at all is allowed: then nothing about the article is known."""
    if path is None or not Path(path).is_file():
        if path is not None and Path(path).exists():
            raise InputError(Problem(display_path(path), "a TOML file", "a folder"))
        return Metadata(None, headline=_first_line(article))
    path = Path(path)
    name = display_path(path)
    text = path.read_text(encoding="utf-8")
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        raise InputError(Problem(name, "valid TOML", str(error), hint="see data/README.md for the keys")) from None
    problems: list[Problem] = []

    def problem(key: str, expected: str, found: str, hint: str | None = None) -> None:
        problems.append(Problem(name, expected, found, line=_line_of(text, key.rpartition(".")[2]), field=key, hint=hint))

    unknown = [k for k in data if k not in TEXT_KEYS + SECTIONS]
    for key in unknown:
        problem(key, f"one of the keys {', '.join(TEXT_KEYS + SECTIONS)}", repr(key))
    values = {}
    for key in TEXT_KEYS:
        value = data.get(key, "")
        if not isinstance(value, str):
            problem(key, "a text in quotes", repr(value))
            value = ""
        values[key] = value.strip()
    if values["date_published"] and not re.fullmatch(r"\d{4}-\d{2}-\d{2}", values["date_published"]):
        problem("date_published", "a date as YYYY-MM-DD", repr(values["date_published"]))
    if values["dollar"]:
        try:
            if parse_unit(values["dollar"]).kind != "money":
                raise UnitError("")
        except UnitError:
            problem("dollar", "an ISO 4217 currency code such as USD or AUD", repr(values["dollar"]))
    entities = _entities(data.get("entities", {}), problem)
    review = _section(data.get("review", {}), REVIEW_KEYS, "review", problem)
    if review.get("date") and not re.fullmatch(r"\d{4}-\d{2}-\d{2}", review["date"]):
        problem("review.date", "a date as YYYY-MM-DD", repr(review["date"]))
    reference = _reference(data.get("reference"), path.parent, problem)
    rates = _rates(data.get("rates", {}), problem)
    if problems:
        raise InputError(problems)
    return Metadata(path, headline=values["headline"] or _first_line(article), publisher=values["publisher"],
                    url=values["url"], date_published=values["date_published"], author=values["author"],
                    counterpart=values["counterpart"], cites=values["cites"], dollar=values["dollar"] or "USD",
                    entities=entities, review=review, reference=reference, rates=rates)


def _first_line(article: str) -> str:
    lines = article.strip().splitlines()
    return lines[0].strip() if lines else ""


def _section(data, keys, section: str, problem) -> dict:
    if not isinstance(data, dict):
        problem(section, f"a [{section}] table", repr(data))
        return {}
    result = {}
    for key, value in data.items():
        if key not in keys:
            problem(f"{section}.{key}", f"one of {', '.join(keys)}", repr(key))
        elif not isinstance(value, str):
            problem(f"{section}.{key}", "a text in quotes", repr(value))
        else:
            result[key] = value.strip()
    return result


def _entities(data, problem) -> dict[str, Entity]:
    if not isinstance(data, dict):
        problem("entities", "an [entities] table of name = role", repr(data))
        return {}
    entities = {}
    for name, value in data.items():
        members: tuple[str, ...] = ()
        if isinstance(value, dict):
            role = value.get("role", "")
            members_value = value.get("members", [])
            if not isinstance(members_value, list) or not all(isinstance(m, str) for m in members_value):
                problem(f"entities.{name}", "members as a list of names in quotes", repr(members_value))
            else:
                members = tuple(members_value)
            extra = set(value) - {"role", "members"}
            if extra:
                problem(f"entities.{name}", "only the keys role and members", ", ".join(sorted(extra)))
        else:
            role = value
        if role not in ROLES:
            problem(f"entities.{name}", f"a role, one of {', '.join(ROLES)}", repr(role))
            continue
        entities[name] = Entity(name, role, members)
    return entities


def _reference(data, folder: Path, problem) -> Reference | None:
    if data is None:
        return None
    if not isinstance(data, dict):
        problem("reference", "a [reference] table", repr(data))
        return None
    for key in data:
        if key not in REFERENCE_KEYS:
            problem(f"reference.{key}", f"one of {', '.join(REFERENCE_KEYS)}", repr(key))
    paths = {}
    for key in ("figures", "checks"):
        value = data.get(key)
        if value is None:
            paths[key] = None
            continue
        target = (folder / value).resolve()
        if not target.is_file():
            problem(f"reference.{key}", "a CSV file, relative to article.toml", repr(value))
        paths[key] = target
    tables = {}
    for key in ("columns", "metrics"):
        value = data.get(key, {})
        if not isinstance(value, dict) or not all(isinstance(v, str) for v in value.values()):
            problem(f"reference.{key}", f"a [reference.{key}] table of names in quotes", repr(value))
            value = {}
        tables[key] = dict(value)
    texts = {}
    for key in ("reporter", "mirror", "compiled", "note", "note_source"):
        value = data.get(key, "")
        if not isinstance(value, str):
            problem(f"reference.{key}", "a text in quotes", repr(value))
            value = ""
        texts[key] = value.strip()
    return Reference(paths["figures"], paths["checks"], texts["reporter"], texts["mirror"], tables["columns"],
                     tables["metrics"], texts["compiled"], texts["note"], texts["note_source"])


def _rates(data, problem) -> dict[str, Rate]:
    if not isinstance(data, dict):
        problem("rates", "[rates.NAME] tables", repr(data))
        return {}
    rates = {}
    for name, value in data.items():
        key = f"rates.{name}"
        if not re.fullmatch(r"[A-Za-z][A-Za-z0-9_]*", name) or keyword.iskeyword(name):
            problem(key, "a name of letters, digits and _ that expressions can name, not a word Python reserves "
                    "(yield, in, and, ...)", repr(name))
            continue
        if not isinstance(value, dict):
            problem(key, "a table with value, unit, period, source, url, quote", repr(value))
            continue
        extra = set(value) - set(RATE_KEYS)
        if extra:
            problem(key, f"only the keys {', '.join(RATE_KEYS)}", ", ".join(sorted(extra)))
        number = value.get("value")
        if isinstance(number, bool) or not isinstance(number, (int, float)) or number <= 0:
            problem(key, "a positive number as its value", repr(number))
            continue
        try:
            unit = parse_unit(str(value.get("unit", "")))
            if unit.kind != "rate":
                raise UnitError("")
        except UnitError:
            problem(key, "a unit such as CNY_per_USD", repr(value.get("unit")))
            continue
        period = None
        if value.get("period"):
            try:
                period = parse_period(str(value["period"]))
            except PeriodError as error:
                problem(key, "a period", str(error))
                continue
        if not value.get("source"):
            problem(key, "a source for the rate", "none", hint="say where the rate comes from (and its url, if any)")
        decimals = len(repr(float(number)).partition(".")[2].rstrip("0")) if isinstance(number, float) else 0
        rates[name] = Rate(name, float(number), unit, period, str(value.get("source", "")), str(value.get("url", "")),
                           str(value.get("quote", "")), decimals)
    return rates
