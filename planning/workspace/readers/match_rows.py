"""Matches that come with a workspace: the rows of ``matches/*.csv``, read and checked.

A workspace may bring matches made before the workbook was used (the demo does):
matches/*.csv with village_id, theme, provision_id, made_on, outcome[, age]. Reading
them needs no store, so ``planning check`` lists every row that is left out, with its
reason, without loading SQLAlchemy; planning.store.matches adds the others.
"""

from __future__ import annotations

import hashlib
from collections import Counter
from pathlib import Path
from typing import Any

from planning.errors import PlanningError, Problem, Said
from planning.io.cells import CellError, is_missing, parse_date, parse_int
from planning.io.tables import read_raw, row_number
from planning.workspace.codes import MATCH_OUTCOMES as OUTCOMES
from planning.workspace.folder import Workspace
from planning.workspace.themes import theme_code, unknown_theme
from planning.workspace.village_names import name_key, village_lookup

#: a workspace may bring matches made before the workbook was used (the demo does):
#: matches/*.csv with village_id, theme, provision_id, made_on, outcome[, age]
MATCHES_FOLDER = "matches"


def folder_files(ws: Workspace) -> list[Path]:
    folder = ws.path / MATCHES_FOLDER
    return sorted(folder.glob("*.csv")) if folder.is_dir() else []


def folder_records(ws: Workspace) -> tuple[list[dict[str, Any]], list[Problem]]:
    """The rows of matches/*.csv that fit this workspace, each with its seed ``key``, and a
    problem for every row left out (``planning check`` lists them; seeding notes them)."""
    provisions = {str(p) for p in ws.provisions["provision_id"]}
    villages = set(ws.village_ids())
    names = village_lookup(ws.villages)  # "Lhee" is the kern lhee
    themes = ws.settings.themes
    records: list[dict[str, Any]] = []
    problems: list[Problem] = []
    for path in folder_files(ws):
        where = f"{MATCHES_FOLDER}/{path.name}"
        try:
            raw = read_raw(path, {"village_id", "theme", "provision_id", "made_on", "outcome"})
        except PlanningError as exc:
            # one unreadable file is left out whole, named; it must not stop every command
            problems.append(
                Problem(where, None, None, None, key="ws.file_left_out", fields={"error": exc})
            )
            continue
        seen: Counter[tuple[Any, ...]] = Counter()
        for row, cells in raw.frame.iterrows():
            record, fault = _record(cells, themes, villages, provisions, names)
            if fault is not None:
                column, value, said = fault
                problems.append(
                    Problem(
                        where,
                        row_number(row),
                        column,
                        value,
                        key=said.key,
                        fields=dict(said.fields),
                    )
                )
                continue
            content = content_of(record)
            seen[content] += 1
            # the same match twice in one file is two matches (two residents)
            ident = f"{where}|{content}#{seen[content]}"
            record["key"] = "matches/" + hashlib.sha1(ident.encode()).hexdigest()
            records.append(record)
    return records, problems


def _record(
    cells: Any,
    themes: Any,
    villages: set[str],
    provisions: set[str],
    names: dict[str, str] | None = None,
) -> tuple[dict[str, Any], tuple[str | None, Any, Said] | None]:
    """One row as a match, or why it is left out (column, value, reason)."""
    try:
        village = str(cells["village_id"]).strip()
        record: dict[str, Any] = {
            "village_id": village
            if village in villages
            else (names or {}).get(name_key(village), village),
            # a Dutch or English label ('ontmoeting') is its code ('meeting')
            "theme": theme_code(themes, str(cells["theme"])) or str(cells["theme"]),
            "provision_id": str(cells["provision_id"]).strip(),
            "made_on": parse_date(cells["made_on"]),
            "outcome": str(cells["outcome"]).strip(),
            "age": None if is_missing(cells.get("age")) else parse_int(cells["age"]),
        }
    except KeyError as exc:
        return {}, (str(exc.args[0]), None, Said("ws.row_column_missing"))
    except CellError as exc:
        return {}, (None, None, Said("ws.row_left_out", {"error": Said(exc.key, exc.fields)}))
    if record["theme"] not in themes:
        return record, ("theme", record["theme"], unknown_theme(themes, str(record["theme"])))
    if record["village_id"] not in villages:
        village = record["village_id"]
        return record, ("village_id", village, Said("ws.row_no_village", {"village": village}))
    if record["provision_id"] not in provisions:
        return record, (
            "provision_id",
            record["provision_id"],
            Said("ws.row_no_provision"),
        )
    if record["outcome"] not in OUTCOMES:
        return record, (
            "outcome",
            record["outcome"],
            Said("ws.expected", {"rule": ", ".join(OUTCOMES)}),
        )
    return record, None


def content_of(record: dict[str, Any]) -> tuple[Any, ...]:
    return tuple(str(record[k]) for k in CONTENT)


#: what makes two matches the same one, for a store that was seeded before seed keys
CONTENT = ("village_id", "theme", "provision_id", "made_on", "outcome", "age")
