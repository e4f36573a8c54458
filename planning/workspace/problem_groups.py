"""Problems grouped for people: by file and kind, with a count and the first rows.

A workspace built on the demo can hold thousands of problems that are the same
mistake row after row (872 points pointing at demo villages). Staff fix a kind of
mistake once, so the check shows each kind with its count and first rows; the
full list stays available (``--all``, JSON).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from planning.errors import Problem, Said, said_fields
from planning.i18n import CATALOGUE, text

#: a field that differs within a group, shown as '…' (with the quotes around it)
_HOLE = re.compile(r"'?\x00'?")


@dataclass
class ProblemGroup:
    """One kind of problem (one catalogue key) in one file (and column)."""

    file: str
    column: str | None
    kind: str
    problems: list[Problem] = field(default_factory=list)

    @property
    def count(self) -> int:
        return len(self.problems)

    def label(self, lang: str = "nl") -> str:
        """The kind in ``lang``: the message with the fields that differ per row as '…'."""
        first = self.problems[0]
        if not first.key:
            return self.kind
        key, fields = _core(first.key, first.fields)
        others = [_core(p.key, p.fields)[1] for p in self.problems[1:]]
        varying = {
            name for name, value in fields.items() if any(o.get(name) != value for o in others)
        }
        shown = {name: "\x00" if name in varying else value for name, value in fields.items()}
        return _HOLE.sub("…", text(key, lang, **said_fields(shown, lang)))

    def heading(self, lang: str = "nl") -> str:
        where = text("problem.group_column", lang, column=self.column) if self.column else ""
        return f"{where}{self.label(lang)} ({self.count}x)"


#: keys that only say where ('file.toml': ..., 'actie 1 ('Koffie')': ...): the kind is what
#: they wrap, in their field ``what``
_WHERE_KEYS = {"scn.in_file", "scn.action"}


def _core(key: str, fields: dict[str, Any]) -> tuple[str, dict[str, Any]]:
    """The key and fields of what is wrong, without the phrases that say where."""
    while key in _WHERE_KEYS and isinstance(fields.get("what"), Said):
        key, fields = fields["what"].key, fields["what"].fields
    # with or without a 'did you mean', the same mistake
    plain = key.removesuffix("_near")
    return (plain, fields) if plain in CATALOGUE else (key, fields)


def problem_kind(problem: Problem) -> str:
    """What makes problems one kind: the catalogue key of what is wrong (every problem has
    one; the tests hold it, see planning.errors.Problem)."""
    if problem.key:
        return _core(problem.key, problem.fields)[0]
    return problem.message  # a key forgotten: its own kind, never a guess over its words


def group_problems(problems: list[Problem]) -> dict[str, list[ProblemGroup]]:
    """file -> its groups (by key and column), in the order the problems came."""
    files: dict[str, dict[tuple[str | None, str], ProblemGroup]] = {}
    for problem in problems:
        kind = problem_kind(problem)
        groups = files.setdefault(problem.file, {})
        group = groups.setdefault(
            (problem.column, kind), ProblemGroup(problem.file, problem.column, kind)
        )
        group.problems.append(problem)
    return {file: list(groups.values()) for file, groups in files.items()}


def _row_line(problem: Problem, lang: str) -> str:
    where = text("problem.at_row", lang, row=problem.row) + ": " if problem.row is not None else ""
    shown = (
        ""
        if problem.value in (None, "")
        else text("problem.shown_value", lang, value=repr(problem.value))
    )
    return f"      {where}{problem.message_in(lang)}{shown}"


def _lines(
    grouped: dict[str, list[ProblemGroup]], per_kind: int, lang: str
) -> tuple[list[str], int]:
    lines: list[str] = []
    rows_shown = 0
    for file, groups in grouped.items():
        total = sum(g.count for g in groups)
        key = "problem.file_count_one" if total == 1 else "problem.file_count"
        lines.append(text(key, lang, file=file, count=total))
        for group in groups:
            lines.append(f"  - {group.heading(lang)}")
            rows = group.problems[:per_kind]
            lines += [_row_line(p, lang) for p in rows]
            rows_shown += len(rows)
    return lines, rows_shown


def problem_lines(problems: list[Problem], limit: int | None = 40, lang: str = "nl") -> list[str]:
    """The problems as lines to print: at most ``limit`` lines (None: every row).

    When every problem fits, each gets its own line (file, row, column, message). Else
    they are grouped: each file gets a line with its count, each kind a line with its count, then its first
    rows (three, or one when that does not fit); what is left out is counted in the last
    line, which says how to see it.
    """
    if limit is None or len(problems) < limit:
        # every problem fits: one self-contained line each, as staff read them
        return [f"  - {problem.text_in(lang)}" for problem in problems]
    grouped = group_problems(problems)
    for per_kind in (3, 1, 0):
        lines, rows_shown = _lines(grouped, per_kind, lang)
        if len(lines) < limit:
            break
    left = len(problems) - rows_shown
    if len(lines) >= limit:
        lines = lines[: limit - 1]
        lines.append(text("problem.not_all_fit", lang))
    elif left:
        lines.append(text("problem.rows_not_shown", lang, count=left))
    return lines


def file_kind_lines(problems: list[Problem], lang: str = "nl") -> list[str]:
    """One line per file and kind: 'followup/contacts.csv: onbekende kern … (14x)'.

    For rows a command leaves out on every run: the kinds and their counts, with the file
    staff open to mend them, never every row."""
    return [
        f"{group.file}: {group.label(lang)}" + (f" ({group.count}x)" if group.count > 1 else "")
        for groups in group_problems(problems).values()
        for group in groups
    ]


def kind_counts(problems: list[Problem], lang: str = "nl") -> list[str]:
    """One short line per kind over all files: 'onbekende kern … (28x)', most frequent first.

    For warnings a command repeats on every run (scenario files left over from the demo):
    the kinds and their counts, never every row.
    """
    kinds: dict[str, ProblemGroup] = {}
    for problem in problems:
        kind = problem_kind(problem)
        kinds.setdefault(kind, ProblemGroup(problem.file, None, kind)).problems.append(problem)
    ranked = sorted(kinds.values(), key=lambda group: -group.count)
    return [f"{group.label(lang)} ({group.count}x)" for group in ranked]
