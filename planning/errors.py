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

Every problem and error names its words by a catalogue key and fields (planning.i18n), so
each screen says it in the language it speaks: ``text_in(lang)``. ``message`` and ``str()``
stay the Dutch text, as read before keys existed (scripts and tests rely on them).
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from typing import Any

from planning.i18n import text


def _said(value: Any, lang: str) -> Any:
    """A phrase (``Said``, a Problem's message, an error) in ``lang``; anything else as is."""
    if hasattr(value, "message_in"):
        return value.message_in(lang)
    if hasattr(value, "text_in"):
        return value.text_in(lang)
    return value


def _plain(value: Any, lang: str = "nl") -> Any:
    """A value as JSON carries it: str, int, float, bool or None; a phrase in ``lang``;
    anything else as text."""
    if value is None or isinstance(value, (str, int, float, bool)):
        return value
    if isinstance(value, (list, tuple)):
        return [_plain(v, lang) for v in value]
    value = _said(value, lang)
    return value if isinstance(value, str) else str(value)


def said_fields(fields: dict[str, Any], lang: str) -> dict[str, Any]:
    """``fields`` with every phrase (``Said``, a Problem, an error) put in ``lang``."""
    return {name: _said(value, lang) for name, value in fields.items()}


@dataclass(frozen=True)
class Said:
    """A phrase inside a message (the reason a file could not be read), kept as its key and
    fields so the message around it can be said in any language."""

    key: str
    fields: dict[str, Any] = field(default_factory=dict, hash=False)

    def text_in(self, lang: str = "nl") -> str:
        return text(self.key, lang, **said_fields(self.fields, lang))

    def __str__(self) -> str:
        return self.text_in("nl")


@dataclass(frozen=True)
class PerLanguage:
    """A phrase made of data that reads differently per language and holds no catalogue
    words: the Dutch header aliases joined by ' of ' for a Dutch reader, the same names
    quoted for an English one. Each side may itself be a phrase."""

    nl: Any
    en: Any

    def text_in(self, lang: str = "nl") -> str:
        return str(_said(self.en if lang == "en" else self.nl, lang))

    def __str__(self) -> str:
        return self.text_in("nl")


@dataclass(frozen=True)
class Joined:
    """Phrases said one after another ('rij 3: ...; rij 9: ...'), each in the same language."""

    parts: tuple[Any, ...]
    #: between the parts: a text or a phrase (' of ' / ' or ')
    sep: Any = "; "

    def text_in(self, lang: str = "nl") -> str:
        return str(_said(self.sep, lang)).join(str(_said(part, lang)) for part in self.parts)

    def __str__(self) -> str:
        return self.text_in("nl")


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
    #: the Dutch text; filled from ``key`` and ``fields`` when a key is given
    message: str = ""
    #: the catalogue key of the message and its fields (planning.i18n)
    key: str = field(default="", hash=False)
    fields: dict[str, Any] = field(default_factory=dict, hash=False)
    #: the "did you mean" suggestion (a known name close to the value), said per language
    near: str | None = field(default=None, hash=False)

    def __post_init__(self) -> None:
        if isinstance(self.message, Said):  # Problem(file, row, column, value, Said(key, ...))
            object.__setattr__(self, "key", self.message.key)
            object.__setattr__(self, "fields", dict(self.message.fields))
            object.__setattr__(self, "message", "")
        if self.key and not self.message:
            object.__setattr__(self, "message", self.message_in("nl"))
        elif not self.key and os.environ.get("PLANNING_STRICT_WORDS"):
            # a problem said once in one language cannot be said in the reader's, nor
            # grouped by kind: the tests hold every problem to a catalogue key
            raise TypeError(f"a Problem without a catalogue key: {self.message!r}")

    def message_in(self, lang: str = "nl") -> str:
        """The message in ``lang`` (the Dutch ``message`` as given when there is no key)."""
        said = text(self.key, lang, **said_fields(self.fields, lang)) if self.key else self.message
        if self.near:
            said += text("problem.did_you_mean", lang, near=self.near)
        return said

    def text_in(self, lang: str = "nl", with_file: bool = True) -> str:
        """'file, rij 2, kolom 'x': message (waarde: 'v')' in ``lang``."""
        parts = [self.file] if with_file else []
        if self.row is not None:
            parts.append(text("problem.at_row", lang, row=self.row))
        if self.column:
            parts.append(text("problem.at_column", lang, column=self.column))
        where = ", ".join(parts)
        shown = (
            ""
            if self.value is None or self.value == ""
            else text("problem.shown_value", lang, value=repr(self.value))
        )
        return (
            f"{where}: {self.message_in(lang)}{shown}" if where else self.message_in(lang) + shown
        )

    def __str__(self) -> str:
        return self.text_in("nl")

    def to_dict(self, lang: str = "nl") -> dict[str, Any]:
        """The problem for ``--json``: its place, the message in ``lang``, key and fields."""
        return {
            "file": self.file,
            "row": self.row,
            "column": self.column,
            "value": _plain(self.value, lang),
            "message": self.message_in(lang),
            "key": self.key,
            "fields": {name: _plain(v, lang) for name, v in self.fields.items()}
            | ({"near": self.near} if self.near else {}),
        }


@dataclass(frozen=True)
class Placed:
    """A problem said whole inside a message, with its place ('file, rij 2, kolom 'x':
    message'), where a field holding the Problem itself would say only its message."""

    problem: Problem

    def text_in(self, lang: str = "nl") -> str:
        return self.problem.text_in(lang)

    def __str__(self) -> str:
        return self.text_in("nl")


class PlanningError(Exception):
    """Base of every deliberate error of the workbook.

    ``key`` and ``fields`` name the message in the catalogue (planning.i18n), so a screen
    says it in its own language (``text_in``); ``str()`` is the message in Dutch. A message
    given as text (older callers, other branches) is shown as given.
    """

    def __init__(self, message: Any = "", *, key: str = "", **fields: Any) -> None:
        if isinstance(message, Said):  # Error(Said(key, fields)): the phrase is the message
            key, fields, message = message.key, dict(message.fields), ""
        elif not isinstance(message, str) and hasattr(message, "text_in"):
            # Error(Joined(...)): a phrase of several keyed parts, said whole
            key, fields, message = "error.said", {"what": message}, ""
        if not key and os.environ.get("PLANNING_STRICT_WORDS"):
            # said once in one language, it cannot be said in the reader's: the tests hold
            # every error to a catalogue key
            raise TypeError(f"a {type(self).__name__} without a catalogue key: {message!r}")
        self.key = key
        self.fields = fields
        super().__init__(message or (text(key, "nl", **said_fields(fields, "nl")) if key else ""))

    def text_in(self, lang: str = "nl") -> str:
        """The message in ``lang``."""
        return text(self.key, lang, **said_fields(self.fields, lang)) if self.key else str(self)

    def fields_json(self, lang: str = "nl") -> dict[str, Any]:
        """The fields as ``--json`` carries them, phrases in ``lang``."""
        return {name: _plain(v, lang) for name, v in self.fields.items()}


class WorkspaceError(PlanningError):
    """The workspace folder, its workspace.toml or a table file cannot be read."""

    def __init__(
        self,
        message: Any = "",
        problem: Problem | None = None,
        problems: list[Problem] | None = None,
        *,
        key: str = "",
        **fields: Any,
    ) -> None:
        if isinstance(message, Said):
            key, fields, message = message.key, dict(message.fields), ""
        if problem is not None and not message and not key:
            # 'file: what went wrong', said from the problem in each language
            key, fields = "problem.in_file", {"file": problem.file, "what": problem}
        super().__init__(message, key=key, **fields)
        self.problem = problem
        #: every problem found (a settings file reports all of them at once)
        self.problems = list(problems) if problems else ([problem] if problem else [])


class ValidationError(PlanningError):
    """Tables were read but break the rules; ``problems`` lists all of them."""

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = list(problems)
        super().__init__(self.text_in("nl"), key="problem.found", count=len(self.problems))

    def text_in(self, lang: str = "nl") -> str:
        head = "\n".join(p.text_in(lang) for p in self.problems[:20])
        more = len(self.problems) - 20
        if more > 0:
            head += "\n" + text("problem.and_more", lang, count=more)
        return text("problem.found", lang, count=len(self.problems)) + "\n" + head


class SurveyImportError(PlanningError):
    """A survey export could not be imported at all; nothing was written."""

    def __init__(
        self,
        message: Any = "",
        problems: list[Problem] | None = None,
        *,
        key: str = "",
        **fields: Any,
    ) -> None:
        super().__init__(message, key=key, **fields)
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
    screen says it in its own language; ``str()`` is the message as raised.
    """

    def __init__(self, message: str = "", key: str = "", **fields: Any) -> None:
        super().__init__(message, key=key, **fields)


class QuoteReviewError(PlanningError):
    """A decision on a quote cannot be recorded (an unknown quote id, an empty text)."""


__all__ = [
    "ExportError",
    "Joined",
    "PerLanguage",
    "Placed",
    "PlanningError",
    "Problem",
    "QuoteReviewError",
    "Said",
    "ScenarioError",
    "SessionError",
    "StoreError",
    "SurveyImportError",
    "ValidationError",
    "WorkspaceError",
]
