"""Earlier plans from the workspace's ``eerdere-plannen/`` folder into the store.

Plans made before the workbook (or the demo's generated earlier plan of Diever) are TOML
files, one plan each: village, date, survey round, scenario and version, population
source, and its ``[[actions]]`` and ``[[commitments]]`` with the state each was in. They
arrive by the merge rule of planning.store.seeded: a file taken in once is not added again.
"""

from __future__ import annotations

import tomllib
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy.engine import Connection

from planning.errors import Problem, StoreError
from planning.i18n import text
from planning.store import seeded
from planning.store.engine import Store
from planning.store.plan_records import PlanItem, item_states, normal_state, record_plan, stamp_now
from planning.workspace.folder import Workspace

#: the workspace folder with plans made before (or outside) the workbook
FOLDER = "eerdere-plannen"


def folder_files(ws: Workspace) -> list[Path]:
    folder = ws.path / FOLDER
    return sorted(folder.glob("*.toml")) if folder.is_dir() else []


def seed_from_folder(store: Store, ws: Workspace) -> None:
    """Add the earlier plans of ``eerdere-plannen/`` the store has not taken in yet.

    Each file is one plan (village, date, round, scenario and version, population
    source) with its ``[[actions]]`` and ``[[commitments]]``, each with the state it
    was in. A file that cannot be read, or names an unknown village, is left out whole
    and named in ``store.seed_skipped``.
    """
    files = folder_files(ws)
    if not files:
        return
    skipped: list[Problem] = []
    known = set(ws.village_ids())
    with store.transaction() as conn:
        seeded.lock(conn)
        done = seeded.taken(conn, f"{FOLDER}/")
        for path in files:
            key = f"{FOLDER}/{path.name}"
            if key in done:
                continue
            try:
                data = tomllib.loads(path.read_text(encoding="utf-8"))
                _seed_one(store, conn, data, known)
            except (OSError, tomllib.TOMLDecodeError, KeyError, ValueError, StoreError) as exc:
                skipped.append(
                    Problem(key, None, None, None, key="seed.skipped", fields={"why": exc})
                )
                continue
            seeded.note(conn, [key])
    store.seed_skipped = [*store.seed_skipped, *skipped]


def _seed_one(store: Store, conn: Connection, data: dict[str, Any], known: set[str]) -> None:
    village = str(data["village_id"])
    if village not in known:
        raise ValueError(text("plan.seed_unknown_village", "nl", village=village))
    items, states = [], []
    for kind, section in (("action", "actions"), ("commitment", "commitments")):
        for entry in data.get(section, []):
            name = str(entry["title"] if kind == "action" else entry["commitment_id"])
            items.append(
                PlanItem(
                    kind=kind,
                    item=name,
                    description=str(entry.get("description", "")),
                    partner=str(entry.get("partner", "")),
                    start_year=entry.get("start_year"),
                    end_year=entry.get("end_year"),
                )
            )
            if entry.get("state"):
                states.append((kind, name, normal_state(str(entry["state"]))))
    made_on = data["made_on"]
    if not isinstance(made_on, date):
        made_on = date.fromisoformat(str(made_on))
    record = record_plan(
        store,
        village,
        made_on,
        items,
        survey_round=str(data.get("survey_round", "")),
        scenario=data.get("scenario"),
        scenario_version=str(data["scenario_version"]) if "scenario_version" in data else None,
        population_source=str(data.get("population_source", "")),
        generated=bool(data.get("generated", False)),
        conn=conn,
    )
    if states:
        conn.execute(
            item_states.insert(),
            [
                {
                    "plan_id": record.plan_id,
                    "kind": kind,
                    "item": name,
                    "state": state,
                    "note": "",
                    "via": "file",
                    "recorded_at": stamp_now(),
                }
                for kind, name, state in states
            ],
        )
