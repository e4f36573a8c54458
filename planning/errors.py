"""Every error the workbook raises on purpose.

One tree, so callers (the CLI, the notebooks, the session app) can catch
``PlanningError`` and show its message instead of a traceback::

    PlanningError
    ├── WorkspaceError        the workspace folder or one of its files cannot be read at all
    ├── ValidationError       the tables were read but break rules; carries every Problem
    ├── SurveyImportError     a survey export cannot be imported at all (nothing was written)
    ├── ScenarioError         a scenario (file) is invalid against the workspace
    ├── StoreError            the store cannot be opened, upgraded or written
    ├── ExportError           a village plan could not be produced
    ├── SessionError          the facilitated-session app was used wrongly
    └── QuoteReviewError      a decision on a quote names no releasable quote, or no text

Errors about data carry a ``Problem`` (file, row, column, value, message) so a
member of staff can open the spreadsheet and find the cell.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Any


@dataclass(frozen=True)
class Problem:
    """One thing wrong with one cell, row or file.

    ``row`` counts as a spreadsheet user does: the header is row 1 (or lower when
    title lines stand above it), the first data row the one after it. ``None``
    means the problem is about the whole file or column.
    """

    file: str
    row: int | None
    column: str | None
    value: Any
    message: str

    def __str__(self) -> str:
        where = self.file
        if self.row is not None:
            where += f", rij {self.row}"
        if self.column:
            where += f", kolom '{self.column}'"
        shown = "" if self.value is None or self.value == "" else f" (waarde: {self.value!r})"
        return f"{where}: {self.message}{shown}"

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        value = data["value"]
        if value is not None and not isinstance(value, (str, int, float, bool)):
            data["value"] = str(value)
        return data


class PlanningError(Exception):
    """Base of every deliberate error of the workbook."""


class WorkspaceError(PlanningError):
    """The workspace folder, its workspace.toml or a table file cannot be read."""

    def __init__(
        self, message: str, problem: Problem | None = None, problems: list[Problem] | None = None
    ) -> None:
        super().__init__(message)
        self.problem = problem
        #: every problem found (a settings file reports all of them at once)
        self.problems = list(problems) if problems else ([problem] if problem else [])


class ValidationError(PlanningError):
    """Tables were read but break the rules; ``problems`` lists all of them."""

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = list(problems)
        head = "\n".join(str(p) for p in self.problems[:20])
        more = len(self.problems) - 20
        if more > 0:
            head += f"\n... en nog {more} problemen"
        super().__init__(f"{len(self.problems)} problemen gevonden:\n{head}")


class SurveyImportError(PlanningError):
    """A survey export could not be imported at all; nothing was written."""

    def __init__(self, message: str, problems: list[Problem] | None = None) -> None:
        super().__init__(message)
        #: the problems of a mapping file, when that is what failed
        self.problems = list(problems or [])
        self.problem = self.problems[0] if self.problems else None


class ScenarioError(PlanningError):
    """A scenario or scenario file does not fit the workspace."""


class StoreError(PlanningError):
    """The store (SQLite file or PostgreSQL database) cannot be used."""


class ExportError(PlanningError):
    """A village plan or table export could not be produced."""


class SessionError(PlanningError):
    """A facilitated session was used in a way it does not allow.

    ``key`` and ``fields`` name the message in the catalogue (planning.i18n), so the session
    screen says it in its own language; ``str()`` is the message as raised (Dutch).
    """

    def __init__(self, message: str, key: str = "", **fields: object) -> None:
        super().__init__(message)
        self.key = key
        self.fields = fields


class QuoteReviewError(PlanningError):
    """A decision on a quote cannot be recorded (an unknown quote id, an empty text)."""


__all__ = [
    "ExportError",
    "PlanningError",
    "Problem",
    "QuoteReviewError",
    "ScenarioError",
    "SessionError",
    "StoreError",
    "SurveyImportError",
    "ValidationError",
    "WorkspaceError",
]
