"""Errors about bad input that name the file, row and field, what was expected and what was found."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path


@dataclass
class Problem:
    """One thing wrong with an input, located as precisely as it can be."""

    file: str
    expected: str
    found: str = ""
    line: int | None = None  # line in the file, header = line 1
    field: str | None = None
    hint: str | None = None

    def __str__(self) -> str:
        where = self.file
        if self.line is not None:
            where += f", line {self.line} (row {self.line - 1})"
        if self.field:
            where += f", field '{self.field}'"
        text = f"{where}: expected {self.expected}"
        if self.found != "":
            text += f", found {self.found}"
        if self.hint:
            text += f"\n    how to fix: {self.hint}"
        return text


class InputError(Exception):
    """Bad input. Its message lists every problem found, each with file, line and field."""

    def __init__(self, problems: list[Problem] | Problem):
        self.problems = [problems] if isinstance(problems, Problem) else list(problems)
        super().__init__(self.message())

    def message(self) -> str:
        shown = self.problems[:12]
        lines = [f"error: {len(self.problems)} problem(s) in the input"] if len(self.problems) > 1 else []
        lines += [("- " if len(self.problems) > 1 else "error: ") + str(p) for p in shown]
        if len(self.problems) > len(shown):
            lines.append(f"- ... and {len(self.problems) - len(shown)} more")
        return "\n".join(lines)


def display_path(path: Path | str) -> str:
    """A path as a user typed it: relative to the working folder when it lies inside it."""
    path = Path(path)
    try:
        return str(path.resolve().relative_to(Path.cwd().resolve()))
    except ValueError:
        return str(path)
