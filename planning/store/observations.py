"""Monitoring observations in the store: one figure per indicator, village and period.

The municipality wants to know whether the work had a societal effect (visitors of
meeting places, matches made, fund uptake, volunteers, loneliness), not only how
many activities ran. Observations arrive as spreadsheets from several sources;
importing one again replaces the same (indicator, village, period) rather than
counting it twice. Files in the workspace's ``monitoring/`` folder are added to the
store by the merge rule of planning.store.seeded, so a fresh copy of a workspace shows
its figures at once. Reading the files is planning.workspace.readers.observation_rows.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import sqlalchemy as sa

from planning.errors import PlanningError, Problem
from planning.store import seeded
from planning.store.engine import Store, metadata
from planning.workspace.folder import Workspace
from planning.workspace.readers.observation_rows import (
    FOLDER,
    folder_files,
    read_observations,
)

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
            problems.append(
                Problem(
                    f"{FOLDER}/{path.name}",
                    None,
                    None,
                    None,
                    key="ws.file_left_out",
                    fields={"error": exc},
                )
            )
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
    store.seed_skipped = [*store.seed_skipped, *problems]
