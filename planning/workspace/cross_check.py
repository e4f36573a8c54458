"""The references between a workspace's tables, checked once every table is read.

A facility named in provisions.csv must exist in facilities.csv, a theme must be one the
workspace knows, an age band and a commitment's years must be in order. These checks need
every table at once, so they run after loading (``open_workspace``), apart from the checks
of one file's cells.
"""

from __future__ import annotations

from collections.abc import Iterable, MutableMapping
from typing import TYPE_CHECKING, Protocol, cast

import pandas as pd

from planning.errors import Problem
from planning.io.suggest import suggest
from planning.io.tables import row_number
from planning.workspace.coverage import band_gaps
from planning.workspace.schemas import RESPONSES
from planning.workspace.themes import theme_code, unknown_theme
from planning.workspace.village_names import resolve_village_names

if TYPE_CHECKING:
    from planning.workspace.settings import Settings


class _Tables(Protocol):
    """What the checks need of a Workspace (planning.workspace.folder imports this module):
    its tables, which may be replaced (themes as codes), their files and the settings."""

    @property
    def tables(self) -> MutableMapping[str, pd.DataFrame]: ...

    @property
    def files(self) -> dict[str, str]: ...

    @property
    def settings(self) -> Settings: ...


#: the tables whose village_id names a kern (checked against villages.csv)
REFERRING_TABLES = (
    "population",
    "facilities",
    "commitments",
    "population_points",
    "population_register",
    RESPONSES,
)


def _ids(ws: _Tables, table: str, column: str) -> list[str] | None:
    """The ids a reference may point at; None when that table or column could not be read
    (its own problem is reported already, and every reference would only repeat it)."""
    frame = ws.tables[table]
    if table not in ws.files or column not in frame.columns:
        return None
    if len(frame) and frame[column].isna().all():
        return None
    return [str(v) for v in frame[column].dropna()]


def _refs(
    ws: _Tables,
    table: str,
    column: str,
    valid: Iterable[str] | None,
    what: str,
    *,
    is_list: bool = False,
    wildcard: bool = False,
) -> list[Problem]:
    frame = ws.tables[table]
    if valid is None or column not in frame.columns or frame.empty:
        return []
    known = {str(v) for v in valid if v is not None and not pd.isna(v)}
    file = ws.files.get(table, f"{table}.csv")
    problems = []
    for row, value in frame[column].items():
        values = value if is_list and isinstance(value, list) else [value]
        for item in values:
            if item is None or (not isinstance(item, list) and pd.isna(item)):
                continue
            item = str(item)
            if item in known or (wildcard and item == "*"):
                continue
            near = suggest(item, known)
            key = f"ws.unknown_{what}_near" if near else f"ws.unknown_{what}"
            fields = {"item": item, "near": near or ""}
            problems.append(Problem(file, row_number(row), column, item, key=key, fields=fields))
    return problems


def cross_check(ws: _Tables) -> list[Problem]:
    """References between tables, themes and age-band coverage."""
    villages = _ids(ws, "villages", "village_id")
    facilities = _ids(ws, "facilities", "facility_id")
    problems: list[Problem] = []
    resolve_village_names(ws.tables, REFERRING_TABLES)
    for table in REFERRING_TABLES:
        problems += _refs(ws, table, "village_id", villages, "village")
    problems += _refs(
        ws, "provisions", "villages", villages, "village", is_list=True, wildcard=True
    )
    problems += _refs(ws, "provisions", "facility_id", facilities, "facility")
    problems += _refs(ws, "commitments", "facility_id", facilities, "facility")
    partners = _ids(ws, "partners", "partner_id")
    problems += _refs(ws, "commitments", "partner_id", partners, "partner")
    provisions = _ids(ws, "provisions", "provision_id")
    problems += _refs(ws, "commitments", "provision_id", provisions, "provision")
    for table in ("facilities", "provisions"):
        problems += _theme_codes(ws, table)
    problems += _out_of_order(ws, "provisions", "age_min", "age_max", "ws.age_order")
    problems += _out_of_order(ws, "commitments", "start_year", "end_year", "ws.year_order")
    problems += band_gaps(ws.tables["population"], ws.files.get("population", "population.csv"))
    return problems


def _theme_codes(ws: _Tables, table: str) -> list[Problem]:
    """Themes as codes: a Dutch or English label ('ontmoeting', 'Mantelzorg') becomes its
    code in the table; an unknown one is a problem listing the valid codes."""
    frame = ws.tables[table]
    if "themes" not in frame.columns or frame.empty:
        return []
    themes = ws.settings.themes
    file = ws.files.get(table, f"{table}.csv")
    problems: list[Problem] = []
    coded: list[object] = []
    for row, value in frame["themes"].items():
        if not isinstance(value, list):
            coded.append(value)
            continue
        codes = []
        for item in value:
            code = theme_code(themes, str(item))
            if code is None:
                said = unknown_theme(themes, str(item))
                problems.append(
                    Problem(
                        file,
                        row_number(row),
                        "themes",
                        item,
                        key=said.key,
                        fields=dict(said.fields),
                    )
                )
            codes.append(code or item)
        coded.append(codes)
    frame = frame.copy()
    frame["themes"] = pd.Series(coded, index=frame.index, dtype=object)
    ws.tables[table] = frame
    return problems


def _out_of_order(ws: _Tables, table: str, low: str, high: str, key: str) -> list[Problem]:
    """Rows whose ``high`` lies below their ``low`` (an age band 80-65, a commitment that
    ends before it starts), reported at ``high``."""
    frame = ws.tables[table]
    if not {low, high} <= set(frame.columns):
        return []
    file = ws.files.get(table, f"{table}.csv")
    bad = frame[low].notna() & frame[high].notna() & (frame[high] < frame[low])
    return [
        Problem(
            file,
            row_number(row),
            high,
            int(cast(int, frame.at[row, high])),  # a whole number: an Int64 column
            key=key,
        )
        for row in frame.index[bad.fillna(False)]
    ]
