"""Load the article and its tables, and refuse anything that does not hold together.

What each cell must say (numbers as printed, periods, units, vocabularies) is checked by the pandera
schemas in `schema`, on cells read as text; this module adds
what a schema cannot see: quotes against the article, numbers against quotes, ids across tables.
"""

from __future__ import annotations

import hashlib
import io
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from . import schema
from .errors import InputError, Problem, display_path
from .metadata import Metadata
from .numbers import find_mentions, mentions_in
from .periods import Period, parse_period
from .quantities import Unit, parse_unit
from .readings import Printed, printed_whole


@dataclass(frozen=True)
class Figure:
    """One number the article states, as a row of the figures table plus where it stands."""

    id: str
    entity: str
    counterpart: str
    metric: str
    period: Period
    value: float
    unit: Unit
    qualifier: str
    direction: str
    quote: str
    printed: Printed  # how the number is printed: decimals, trailing zeros, range, word
    text: str  # the number as printed in the article, e.g. "$80 million"
    start: int  # position of the quote in the article
    line: int  # line of the row in the figures file
    review: str = ""

    @property
    def sign(self) -> int:
        return -1 if self.direction == "down" else 1

    @property
    def is_change(self) -> bool:
        return bool(self.direction)


@dataclass(frozen=True)
class Inputs:
    article: str
    figures: dict[str, Figure]
    claims: pd.DataFrame  # one row per claim, columns of schema.CLAIM_COLUMNS (+ optional ones) plus start, line
    paths: dict[str, Path]
    metadata: Metadata = field(default_factory=lambda: Metadata(None))

    @property
    def unreviewed(self) -> list[str]:
        """Rows a drafting tool left for a person to check: figure ids and claim ids with a review note."""
        figures = [f.id for f in self.figures.values() if f.review]
        claims = [c.id for c in self.claims.itertuples() if getattr(c, "review", "")]
        return figures + claims


def load_article(path: Path | str) -> str:
    path = Path(path)
    name = display_path(path)
    if not path.is_file():
        raise InputError(Problem(name, "an article as a plain-text file", "no such file",
                                 hint="check the ARTICLE path"))
    raw = path.read_bytes()
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as error:
        line = raw[: error.start].count(b"\n") + 1
        raise InputError(Problem(name, "UTF-8 text", f"byte 0x{raw[error.start]:02x} at offset {error.start}",
                                 line=line, hint="save the article as UTF-8")) from None
    if not text.strip():
        raise InputError(Problem(name, "an article with text in it", "an empty file"))
    return text


def read_table(path: Path | str, table_schema, columns: tuple[str, ...],
               optional: tuple[str, ...] = (), remember: bool = False) -> pd.DataFrame:
    """Read a CSV file as text and validate it against its schema; optional columns default to empty. With
    `remember`, for a schema built once per process, the same bytes are validated once."""
    path = Path(path)
    name = display_path(path)
    if not path.is_file():
        raise InputError(Problem(name, "a CSV file", "no such file", hint="check the path you passed"))
    raw = path.read_bytes()
    try:
        frame = pd.read_csv(io.BytesIO(raw), dtype=str, keep_default_na=False, encoding="utf-8")
    except pd.errors.EmptyDataError:
        raise InputError(Problem(name, f"a header row with columns {', '.join(columns)}", "an empty file")) from None
    except UnicodeDecodeError:
        raise InputError(Problem(name, "UTF-8 text", "bytes that are not UTF-8")) from None
    except pd.errors.ParserError as error:
        raise InputError(Problem(name, "well-formed CSV", str(error).strip())) from None
    missing = [c for c in columns if c not in frame.columns]
    if missing:
        raise InputError(Problem(name, f"columns {', '.join(columns)}", f"no column {', '.join(missing)}",
                                 line=1, hint="add the missing column(s) to the header row"))
    if frame.empty:
        raise InputError(Problem(name, "at least one row under the header", "none"))
    for column in optional:
        if column not in frame.columns:
            frame[column] = ""
    import pandera.errors

    key = (hashlib.sha256(raw).hexdigest(), columns, optional)
    cached = _VALIDATED.get(key) if remember else None
    if cached is not None and cached[0] is table_schema:  # the same table checked again: a draft's, then its check's
        return cached[1].copy()
    try:
        validated = table_schema.validate(frame, lazy=True, inplace=True)  # the frame is this function's own
    except pandera.errors.SchemaErrors as errors:
        raise InputError(_schema_problems(name, frame, errors.failure_cases)) from None
    if remember:
        if len(_VALIDATED) >= 64:
            _VALIDATED.pop(next(iter(_VALIDATED)))
        _VALIDATED[key] = (table_schema, validated.copy())
    return validated


# Tables already validated in this process, by their bytes and schema: validation is the slow part of loading, and
# a draft's tables are validated when drafted and again when checked.
_VALIDATED: dict[tuple, tuple] = {}


def _schema_problems(name: str, frame: pd.DataFrame, cases: pd.DataFrame) -> list[Problem]:
    problems, seen = [], set()
    for case in cases.itertuples(index=False):
        index = case.index
        if index is None or pd.isna(index):
            continue  # summary rows that pandera adds for a failed coercion
        key = (int(index), case.column)
        if key in seen:
            continue
        seen.add(key)
        check = str(case.check)
        if check.startswith("coerce_dtype") or check.startswith("dtype"):
            expected = "a number" if "float" in check else "a whole number"
        elif check == "field_uniqueness" or check == "multiple_fields_uniqueness":
            expected = "an id used only once"
        elif check == "not_nullable":
            expected = "a value, not empty or NaN"
        else:
            expected = check
        found = frame.iloc[int(index)][case.column] if case.column in frame.columns else case.failure_case
        problems.append(Problem(name, expected, repr(found), line=int(index) + 2, field=case.column,
                                hint=schema.HINTS.get(case.column, "see data/README.md for what the column holds")))
    problems.sort(key=lambda p: (p.line or 0, p.field or ""))
    return problems or [Problem(name, "a table that matches its schema", str(cases.iloc[0].to_dict()))]


def nearest_passage(quote: str, article: str) -> str:
    """The stretch of the article most like `quote`, to show next to a quote that is not there.

    Every window of the quote's length is scored with difflib's ratio; the best one is returned.
    """
    from difflib import SequenceMatcher

    width = len(quote)
    if width >= len(article):
        return article.strip()
    matcher = SequenceMatcher(autojunk=False)
    matcher.set_seq2(quote)
    best, best_start = -1.0, 0
    step = max(1, width // 8)
    for start in range(0, len(article) - width + 1, step):  # coarse pass, then refine around the best
        matcher.set_seq1(article[start:start + width])
        score = matcher.ratio()
        if score > best:
            best, best_start = score, start
    for start in range(max(0, best_start - step), min(len(article) - width, best_start + step) + 1):
        matcher.set_seq1(article[start:start + width])
        score = matcher.ratio()
        if score > best:
            best, best_start = score, start
    return article[best_start:best_start + width].strip()


def locate_quote(quote: str, article: str, name: str, line: int) -> int:
    """Where `quote` stands in the article; it must stand there exactly once."""
    start = article.find(quote)
    if start < 0:
        raise InputError(Problem(name, "a quote that occurs verbatim in the article", repr(quote), line=line,
                                 field="quote", hint=f"the nearest passage is {nearest_passage(quote, article)!r}"))
    if article.find(quote, start + 1) >= 0:
        raise InputError(Problem(name, "a quote that occurs once in the article",
                                 f"{article.count(quote)} occurrences of {quote!r}",
                                 line=line, field="quote", hint="lengthen the quote until it names one place"))
    return start


def load_figures(path: Path | str, article: str, metadata: Metadata | None = None) -> dict[str, Figure]:
    metadata = metadata or Metadata(None)
    name = display_path(path)
    frame = read_table(path, schema.figures_schema(), schema.FIGURE_COLUMNS, schema.FIGURE_OPTIONAL, remember=True)
    figures, problems = {}, []
    article_mentions = find_mentions(article, metadata.dollar)
    for row in frame.itertuples():
        line = int(row.Index) + 2
        try:
            start = locate_quote(row.quote, article, name, line)
        except InputError as error:
            problems += error.problems
            continue
        unit = parse_unit(row.unit)
        value, high = schema.parse_value(row.value)
        mentions = mentions_in(article_mentions, start, start + len(row.quote), unit)
        if len(mentions) != 1:
            stated = ", ".join(f"{m.text!r} ({m.unit.code})" for m in article_mentions
                               if m.unit and start <= m.number_start < start + len(row.quote))
            found = f"{len(mentions)} numbers in {unit.code} in {row.quote!r}" + (f"; it states {stated}" if stated else "")
            problems.append(Problem(name, f"a quote that states exactly one number in {unit.code}", found,
                                    line=line, field="quote",
                                    hint="check the unit, or lengthen or shorten the quote around its number"))
            continue
        (mention,) = mentions
        # a fraction in words has no last digit: 'fell by a third' is 0.6667 to four figures
        close = 5e-5 if mention.word else 1e-9
        if abs(mention.value - value) > close * max(1.0, abs(value)) or (mention.high or 0) != (high or 0):
            printed = f"{mention.value:g}" + (f"-{mention.high:g}" if mention.high is not None else "")
            problems.append(Problem(name, f"the value printed in the quote, {mention.text!r} = {printed}",
                                    row.value, line=line, field="value",
                                    hint="make the value equal the number in the quote"))
            continue
        if row.qualifier != "none" and row.qualifier.lower() not in row.quote.lower():
            problems.append(Problem(name, f"a quote containing the qualifier {row.qualifier!r}", repr(row.quote),
                                    line=line, field="qualifier"))
            continue
        if row.direction and unit.kind == "year":
            problems.append(Problem(name, "no direction for a year", repr(row.direction), line=line, field="direction"))
            continue
        if metadata.path is not None and row.entity not in metadata.entities:
            problems.append(Problem(name, f"an entity with a role in {display_path(metadata.path)} [entities]",
                                    repr(row.entity), line=line, field="entity",
                                    hint=f'add a line such as "{row.entity}" = "partner" under [entities]'))
            continue
        printed = Printed(value, mention.decimals, mention.trailing_zeros, high, mention.word, unit.kind == "year",
                          printed_whole(unit, f"{row.metric} {row.quote}", mention.decimals, high), mention.high_decimals)
        figures[row.id] = Figure(row.id, row.entity, row.counterpart or metadata.counterpart, row.metric,
                                 parse_period(row.period), value, unit, row.qualifier, row.direction, row.quote,
                                 printed, mention.text, start, line, row.review)
    if problems:
        raise InputError(problems)
    return figures


def load_claims(path: Path | str, article: str, kinds) -> pd.DataFrame:
    """The claims table, with each quote located in the article. Cross-references are checked by the engine."""
    name = display_path(path)
    frame = read_table(path, schema.claims_schema(kinds), schema.CLAIM_COLUMNS, schema.CLAIM_OPTIONAL,
                       remember=True)
    problems, starts = [], []
    for row in frame.itertuples():
        try:
            starts.append(locate_quote(row.quote, article, name, int(row.Index) + 2))
        except InputError as error:
            problems += error.problems
            starts.append(-1)
    if problems:
        raise InputError(problems)
    frame = frame.copy()
    frame["start"] = starts
    frame["line"] = [int(i) + 2 for i in frame.index]
    return frame
