"""Reading monitoring observation files: one figure per indicator, village and period.

Files come from several sources (a spreadsheet per partner, the workspace's own
``monitoring/`` folder). Reading and checking them needs no store, so ``planning
check`` can list every row the store would leave out without loading SQLAlchemy;
planning.store.observations keeps them.
"""

from __future__ import annotations

import re
from datetime import date, datetime
from pathlib import Path
from typing import Any

import pandas as pd

from planning.errors import Problem, Said, ValidationError
from planning.io.cells import CellError, parse_date
from planning.io.suggest import suggest
from planning.io.tables import read_raw, row_number
from planning.workspace.conversion import convert
from planning.workspace.folder import Workspace
from planning.workspace.indicators import indicators
from planning.workspace.schemas import Column, TableSpec

FOLDER = "monitoring"

OBSERVATIONS = TableSpec(
    "observations",
    (
        Column("indicator", aliases=("indicatorcode", "code", "maat")),
        Column("village_id", aliases=("kern_id", "kern", "dorp", "dorp_id", "wijk")),
        Column("period", aliases=("periode", "maand", "jaar", "kwartaal", "datum")),
        Column("value", "float", aliases=("waarde", "aantal", "uitkomst")),
        Column("source", nullable=True, required=False, aliases=("bron",)),
    ),
    description="table.observations",
)


# -- periods ---------------------------------------------------------------------------------

_MONTH = re.compile(r"^(\d{4})-(\d{1,2})$")
_QUARTER = re.compile(r"^(\d{4})[- ]?[Qq]([1-4])$")
_YEAR = re.compile(r"^(\d{4})$")
_MONTH_NL = re.compile(r"^(\d{1,2})[-/](\d{4})$")


def parse_period(value: Any) -> tuple[str, date]:
    """'2026', '2026-03', '03-2026', '2026-Q1' or a date -> (canonical period, its first day)."""
    if isinstance(value, (datetime, date)):
        day = value.date() if isinstance(value, datetime) else value
        return f"{day.year}-{day.month:02d}", date(day.year, day.month, 1)
    text = str(value).strip()
    if text.endswith(".0") and _YEAR.match(text[:-2]):
        text = text[:-2]
    if m := _YEAR.match(text):
        return text, date(int(m[1]), 1, 1)
    if m := _QUARTER.match(text):
        q = int(m[2])
        return f"{m[1]}-Q{q}", date(int(m[1]), 3 * q - 2, 1)
    if (m := _MONTH.match(text)) and 1 <= int(m[2]) <= 12:
        return f"{m[1]}-{int(m[2]):02d}", date(int(m[1]), int(m[2]), 1)
    if (m := _MONTH_NL.match(text)) and 1 <= int(m[1]) <= 12:
        return f"{m[2]}-{int(m[1]):02d}", date(int(m[2]), int(m[1]), 1)
    if re.match(r"^\d{4}-\d{2}-\d{2}", text) or re.match(r"^\d{1,2}-\d{1,2}-\d{4}$", text):
        try:
            day = parse_date(text)
        except CellError:
            pass
        else:
            return f"{day.year}-{day.month:02d}", date(day.year, day.month, 1)
    raise ValueError(Said("ws.not_a_period"))


def read_observations(
    workspace: Workspace, path: Path, sheet: str | None = None
) -> tuple[list[dict[str, Any]], list[Problem]]:
    """The good rows of an observations file and every problem (a repeated key is one)."""
    raw = read_raw(path, set(OBSERVATIONS.header_map()), sheet)
    frame, problems = convert(raw, OBSERVATIONS)
    missing = [
        p for p in problems if p.row == raw.header_row and p.key.startswith("ws.missing_column")
    ]
    if missing:
        raise ValidationError(missing)
    known = indicators(workspace)
    villages = set(workspace.village_ids())
    bad_rows = {p.row for p in problems}
    rows: list[dict[str, Any]] = []
    for label, rec in frame.iterrows():
        row = row_number(label)
        row_problems: list[Problem] = []
        code = rec["indicator"]
        if isinstance(code, str) and code not in known:
            near = suggest(code, list(known))
            fields: dict[str, Any] = (
                {"near": near} if near else {"known": ", ".join(known) or Said("word.none")}
            )
            key = "ws.unknown_indicator_near" if near else "ws.unknown_indicator"
            row_problems.append(Problem(path.name, row, "indicator", code, key=key, fields=fields))
        village = rec["village_id"]
        if isinstance(village, str) and village not in villages:
            near = suggest(village, villages)
            key = "ws.no_such_village_near" if near else "ws.no_such_village"
            row_problems.append(
                Problem(path.name, row, "village_id", village, key=key, fields={"near": near})
            )
        period = start = None
        if isinstance(rec["period"], str):
            try:
                period, start = parse_period(rec["period"])
            except ValueError as exc:
                # a calendar slip (year 0, '2026-02-30') is not a period either
                reason = exc.args[0] if isinstance(exc.args[0], Said) else Said("ws.not_a_period")
                row_problems.append(
                    Problem(
                        path.name,
                        row,
                        "period",
                        rec["period"],
                        key=reason.key,
                        fields=dict(reason.fields),
                    )
                )
        value = rec["value"]
        if (
            code in known
            and known[code].unit.strip() == "%"
            and value is not None
            and not pd.isna(value)
            and not 0 <= value <= 100
        ):
            row_problems.append(Problem(path.name, row, "value", value, key="ws.not_a_percentage"))
        problems += row_problems
        if row_problems or row in bad_rows:
            continue
        source = rec.get("source")
        rows.append(
            {
                "indicator": code,
                "village_id": village,
                "period": period,
                "period_start": start,
                "value": float(value),
                "source": None if source is None or pd.isna(source) else str(source),
                "imported_from": path.name,
                "row": row,
            }
        )
    # the same indicator, village and period twice in one file: which figure is meant is
    # unknown, so the repeat is a problem (and left out), never a silent overwrite
    seen: dict[tuple[str, str, str], int] = {}
    unique: list[dict[str, Any]] = []
    for found in rows:
        same = (found["indicator"], found["village_id"], found["period"])
        if same in seen:
            fields = {"shown": " / ".join(same), "first": seen[same]}
            problems.append(
                Problem(
                    path.name,
                    found["row"],
                    "period",
                    found["period"],
                    key="ws.duplicate_observation",
                    fields=fields,
                )
            )
        else:
            seen[same] = found["row"]
            unique.append(found)
    for found in unique:
        del found["row"]
    problems.sort(key=lambda p: (p.row or 0, p.column or ""))
    return unique, problems


def folder_files(ws: Workspace) -> list[Path]:
    folder = ws.path / FOLDER
    if not folder.is_dir():
        return []
    return [
        p
        for p in sorted(folder.iterdir())
        if p.suffix.lower() in (".csv", ".xlsx") and not p.name.startswith("~$")
    ]
