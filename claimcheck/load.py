"""Load the article and its tables, and refuse anything that does not hold together.

Column types and vocabularies are checked by the pandera schemas in `schema`; this module adds
what a schema cannot see: quotes against the article, numbers against quotes, ids across tables.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pandas as pd
import pandera.pandas as pa
from . import schema
from .errors import InputError, Problem, display_path
from .numbers import find_mentions


@dataclass(frozen=True)
class Figure:
    """One number the article states, as a row of the figures table plus where it stands."""

    id: str
    entity: str
    metric: str
    year: int
    value: float
    unit: str
    qualifier: str
    direction: str
    quote: str
    decimals: int  # digits after the decimal point, as printed
    start: int  # position of the quote in the article
    line: int  # line of the row in the figures file

    @property
    def sign(self) -> int:
        return -1 if self.direction == "down" else 1


@dataclass(frozen=True)
class Inputs:
    article: str
    figures: dict[str, Figure]
    claims: pd.DataFrame  # one row per claim, columns of schema.CLAIM_COLUMNS plus start, line
    paths: dict[str, Path]


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


def read_table(path: Path | str, table_schema: pa.DataFrameSchema, columns: tuple[str, ...]) -> pd.DataFrame:
    """Read a CSV file as text and validate it against its schema."""
    path = Path(path)
    name = display_path(path)
    if not path.is_file():
        raise InputError(Problem(name, "a CSV file", "no such file", hint="check the path you passed"))
    try:
        frame = pd.read_csv(path, dtype=str, keep_default_na=False, encoding="utf-8")
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
    try:
        return table_schema.validate(frame, lazy=True)
    except pa.errors.SchemaErrors as errors:
        raise InputError(_schema_problems(name, frame, errors.failure_cases)) from None


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
        problems.append(Problem(name, expected, repr(found), line=int(index) + 2, field=case.column))
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
    count = article.count(quote)
    if count == 0:
        raise InputError(Problem(name, "a quote that occurs verbatim in the article", repr(quote), line=line,
                                 field="quote", hint=f"the nearest passage is {nearest_passage(quote, article)!r}"))
    if count > 1:
        raise InputError(Problem(name, "a quote that occurs once in the article", f"{count} occurrences of {quote!r}",
                                 line=line, field="quote", hint="lengthen the quote until it names one place"))
    return article.index(quote)


def load_figures(path: Path | str, article: str) -> dict[str, Figure]:
    name = display_path(path)
    frame = read_table(path, schema.FIGURES_SCHEMA, schema.FIGURE_COLUMNS)
    figures, problems = {}, []
    for index, row in frame.iterrows():
        line = int(index) + 2
        try:
            start = locate_quote(row.quote, article, name, line)
        except InputError as error:
            problems += error.problems
            continue
        mentions = [m for m in find_mentions(row.quote) if m.unit == row.unit]
        if len(mentions) != 1:
            found = f"{len(mentions)} numbers in {row.unit} in {row.quote!r}"
            problems.append(Problem(name, f"a quote that states exactly one number in {row.unit}", found,
                                    line=line, field="quote"))
            continue
        (mention,) = mentions
        if abs(mention.value - row.value) > 1e-9 * max(1.0, abs(row.value)):
            problems.append(Problem(name, f"the value printed in the quote, {mention.text!r} = {mention.value:g}",
                                    f"{row.value:g}", line=line, field="value",
                                    hint="make the value equal the number in the quote"))
            continue
        if row.qualifier != "none" and row.qualifier.lower() not in row.quote.lower():
            problems.append(Problem(name, f"a quote containing the qualifier {row.qualifier!r}", repr(row.quote),
                                    line=line, field="qualifier"))
            continue
        is_change = row.metric in schema.CHANGE_METRICS
        if is_change != bool(row.direction) or (is_change and row.unit != "percent"):
            expected = "direction up or down and unit percent for a change" if is_change else "no direction for a level"
            problems.append(Problem(name, expected, f"direction {row.direction!r}, unit {row.unit!r}",
                                    line=line, field="direction"))
            continue
        figures[row.id] = Figure(row.id, row.entity, row.metric, int(row.year), float(row.value), row.unit,
                                 row.qualifier, row.direction, row.quote, mention.decimals, start, line)
    if problems:
        raise InputError(problems)
    return figures


def load_claims(path: Path | str, article: str, kinds) -> pd.DataFrame:
    """The claims table, with each quote located in the article. Cross-references are checked by the engine."""
    name = display_path(path)
    frame = read_table(path, schema.claims_schema(kinds), schema.CLAIM_COLUMNS)
    problems, starts = [], []
    for index, row in frame.iterrows():
        try:
            starts.append(locate_quote(row.quote, article, name, int(index) + 2))
        except InputError as error:
            problems += error.problems
            starts.append(-1)
    if problems:
        raise InputError(problems)
    frame = frame.copy()
    frame["start"] = starts
    frame["line"] = [int(i) + 2 for i in frame.index]
    return frame
