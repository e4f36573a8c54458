"""Monitoring observations in the store: one figure per indicator, village and period.

The municipality wants to know whether the work had a societal effect (visitors of
meeting places, matches made, fund uptake, volunteers, loneliness), not only how
many activities ran. Observations arrive as spreadsheets from several sources;
importing one again replaces the same (indicator, village, period) rather than
counting it twice. Files in the workspace's ``monitoring/`` folder seed an empty
store (planning.store.seed), so a fresh copy of a workspace shows its figures at once.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import pandas as pd
import sqlalchemy as sa

from planning.errors import PlanningError, Problem, ValidationError
from planning.io.cells import CellError, parse_date
from planning.io.tables import read_raw
from planning.store import seeded
from planning.store.engine import Store, metadata
from planning.workspace.conversion import convert, suggest
from planning.workspace.folder import Workspace
from planning.workspace.indicators import indicators
from planning.workspace.schemas import Column, TableSpec

FOLDER = "monitoring"

observations = sa.Table(
    "observations",
    metadata,
    sa.Column("indicator", sa.String(80), primary_key=True),
    sa.Column("village_id", sa.String(120), primary_key=True),
    #: "2026", "2026-03" or "2026-Q1"; ``period_start`` orders them
    sa.Column("period", sa.String(16), primary_key=True),
    sa.Column("period_start", sa.Date, nullable=False),
    sa.Column("value", sa.Float, nullable=False),
    sa.Column("source", sa.String(300), nullable=True),
    sa.Column("imported_from", sa.String(300), nullable=True),
    sa.Column("imported_at", sa.DateTime, nullable=False),
)

OBSERVATIONS = TableSpec(
    "observations",
    (
        Column("indicator", aliases=("indicatorcode", "code", "maat")),
        Column("village_id", aliases=("kern_id", "kern", "dorp", "dorp_id", "wijk")),
        Column("period", aliases=("periode", "maand", "jaar", "kwartaal", "datum")),
        Column("value", "float", aliases=("waarde", "aantal", "uitkomst")),
        Column("source", nullable=True, required=False, aliases=("bron",)),
    ),
    description="waarnemingen voor de monitoring",
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
    raise ValueError("verwacht een periode: jaar (2026), maand (2026-03) of kwartaal (2026-Q1)")


# -- import ---------------------------------------------------------------------------------


@dataclass
class ImportResult:
    file: str
    imported: int
    replaced: int
    problems: list[Problem]

    @property
    def ok(self) -> bool:
        return not self.problems


def import_file(
    store: Store, workspace: Workspace, file: Path | str, sheet: str | None = None
) -> ImportResult:
    """Read a CSV/XLSX of observations; good rows go into the store in one transaction.

    A row with a problem is left out and reported (file, row, column, value, what was
    expected); the other rows are imported. A file that cannot be read at all, or lacks
    a required column, raises and writes nothing.
    """
    path = Path(file)
    unique, problems = read_observations(workspace, path, sheet)
    replaced = _write(store, unique)
    return ImportResult(path.name, len(unique) - replaced, replaced, problems)


def read_observations(
    workspace: Workspace, path: Path, sheet: str | None = None
) -> tuple[list[dict[str, Any]], list[Problem]]:
    """The good rows of an observations file and every problem (a repeated key is one)."""
    raw = read_raw(path, set(OBSERVATIONS.header_map()), sheet)
    frame, problems = convert(raw, OBSERVATIONS)
    missing = [
        p for p in problems if p.row == raw.header_row and p.message.startswith("kolom ontbreekt")
    ]
    if missing:
        raise ValidationError(missing)
    known = indicators(workspace)
    villages = set(workspace.village_ids())
    bad_rows = {p.row for p in problems}
    rows: list[dict[str, Any]] = []
    for row, rec in frame.iterrows():
        row_problems: list[Problem] = []
        code = rec["indicator"]
        if isinstance(code, str) and code not in known:
            near = suggest(code, list(known))
            hint = f"; bedoelt u '{near}'?" if near else f"; bekend: {', '.join(known) or 'geen'}"
            row_problems.append(
                Problem(path.name, int(row), "indicator", code, f"onbekende indicator{hint}")
            )
        village = rec["village_id"]
        if isinstance(village, str) and village not in villages:
            near = suggest(village, villages)
            hint = f"; bedoelt u '{near}'?" if near else ""
            row_problems.append(
                Problem(path.name, int(row), "village_id", village, f"onbekende kern{hint}")
            )
        period = start = None
        if isinstance(rec["period"], str):
            try:
                period, start = parse_period(rec["period"])
            except ValueError as exc:
                row_problems.append(Problem(path.name, int(row), "period", rec["period"], str(exc)))
        value = rec["value"]
        if (
            code in known
            and known[code].unit.strip() == "%"
            and value is not None
            and not pd.isna(value)
            and not 0 <= value <= 100
        ):
            row_problems.append(
                Problem(
                    path.name, int(row), "value", value, "verwacht een percentage van 0 tot 100"
                )
            )
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
                "row": int(row),
            }
        )
    # the same indicator, village and period twice in one file: which figure is meant is
    # unknown, so the repeat is a problem (and left out), never a silent overwrite
    seen: dict[tuple[str, str, str], int] = {}
    unique: list[dict[str, Any]] = []
    for rec in rows:
        key = (rec["indicator"], rec["village_id"], rec["period"])
        if key in seen:
            first = seen[key]
            message = f"dubbele waarneming: {' / '.join(key)} staat al in rij {first}"
            problems.append(Problem(path.name, rec["row"], "period", rec["period"], message))
        else:
            seen[key] = rec["row"]
            unique.append(rec)
    for rec in unique:
        del rec["row"]
    problems.sort(key=lambda p: (p.row or 0, p.column or ""))
    return unique, problems


def _write(store: Store, rows: list[dict[str, Any]]) -> int:
    """Upsert in one transaction; returns how many rows replaced an earlier value."""
    table = observations
    if not rows:
        return 0
    now = datetime.now(UTC).replace(tzinfo=None, microsecond=0)
    stmt = sa.delete(table).where(
        (table.c.indicator == sa.bindparam("k_indicator"))
        & (table.c.village_id == sa.bindparam("k_village"))
        & (table.c.period == sa.bindparam("k_period"))
    )
    keys = [
        {"k_indicator": r["indicator"], "k_village": r["village_id"], "k_period": r["period"]}
        for r in rows
    ]
    with store.transaction() as conn:
        replaced = max(int(conn.execute(stmt, keys).rowcount), 0)
        conn.execute(table.insert(), [{**rec, "imported_at": now} for rec in rows])
    return replaced


def folder_files(ws: Workspace) -> list[Path]:
    folder = ws.path / FOLDER
    if not folder.is_dir():
        return []
    return [
        p
        for p in sorted(folder.iterdir())
        if p.suffix.lower() in (".csv", ".xlsx") and not p.name.startswith("~$")
    ]


def folder_rows(ws: Workspace) -> list[dict[str, Any]]:
    """The good rows of monitoring/ without a store (a read-only workspace shows its files)."""
    rows: list[dict[str, Any]] = []
    now = datetime.now(UTC).replace(tzinfo=None, microsecond=0)
    for path in folder_files(ws):
        good, _problems = read_observations(ws, path)
        rows += [{**r, "imported_at": now} for r in good]
    return rows


def seed_from_folder(store: Store, ws: Workspace) -> None:
    """Add the observations of monitoring/ whose key the store has not taken in yet.

    The key is (indicator, village, period); a key the store already holds keeps the
    store's value (a later ``monitor import``), so staff's figures are never
    overwritten by the folder, and the folder's other figures still arrive
    (planning.store.seeded). Rows left out are noted in ``store.seed_skipped``.
    """
    files = folder_files(ws)
    if not files:
        return
    rows: list[dict[str, Any]] = []
    problems: list[Problem] = []
    for path in files:
        try:
            good, bad = read_observations(ws, path)
        except PlanningError as exc:
            # one unreadable file is left out whole, named; it must not stop every command
            problems.append(Problem(f"{FOLDER}/{path.name}", None, None, None, str(exc)))
            continue
        rows += good
        problems += [replace(p, file=f"{FOLDER}/{p.file}") for p in bad]
    keyed = {f"monitoring/{r['indicator']}|{r['village_id']}|{r['period']}": r for r in rows}
    table = observations
    with store.transaction() as conn:
        seeded.lock(conn)
        done = seeded.taken(conn, "monitoring/")
        fresh = {k: r for k, r in keyed.items() if k not in done}
        held = {
            f"monitoring/{i}|{v}|{p}"
            for i, v, p in conn.execute(
                sa.select(table.c.indicator, table.c.village_id, table.c.period)
            )
        }
        new = [r for k, r in fresh.items() if k not in held]
        if new:
            now = datetime.now(UTC).replace(tzinfo=None, microsecond=0)
            conn.execute(table.insert(), [{**r, "imported_at": now} for r in new])
        seeded.note(conn, fresh)
    store.seed_skipped = [*store.seed_skipped, *(str(p) for p in problems)]
