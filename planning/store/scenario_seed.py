"""Scenarios that come with a workspace: ``scenarios/*.toml`` and ``chosen.toml``.

Loaded into an empty store once, on its first open (planning.store.seed); after
that the store is the record and the files are only read by ``planning scenario
import``.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
from typing import Any

import sqlalchemy as sa

from planning.errors import PlanningError
from planning.store.engine import Store
from planning.store.scenarios import (
    _now,
    _resolve,
    list_scenarios,
    scenario_choice,
    scenario_versions,
    scenarios,
)
from planning.workspace.scenario_file import dump_toml, read_scenario


@dataclass
class Seeded:
    """What the first open loaded from ``scenarios/``, and what it had to leave out."""

    loaded: int = 0
    skipped: list[str] = field(default_factory=list)


def folder_has_files(ws: Any) -> bool:
    folder = ws.path / "scenarios"
    return folder.is_dir() and any(folder.glob("*.toml"))


def seed_from_folder(store: Store, ws: Any) -> Seeded:
    """On the first open of a store, load the workspace's ``scenarios/*.toml`` and its
    ``scenarios/chosen.toml`` (village = name).

    Each file is checked against the workspace; one that does not fit (a village or
    facility the workspace does not have) is left out with its reason in ``skipped``
    rather than stopping every command that opens the store: fix the file and
    ``planning scenario import`` it. Runs in one transaction and only while the store
    holds no scenario at all, so two processes opening a new store at once load once.
    """
    result = Seeded()
    folder = ws.path / "scenarios"
    if not folder.is_dir():
        return result
    files = sorted(p for p in folder.glob("*.toml") if p.name != "chosen.toml")
    if not files or list_scenarios(store):
        return result
    loaded = []
    for path in files:
        try:
            loaded.append(read_scenario(ws, path))
        except PlanningError as exc:
            result.skipped.append(f"{folder.name}/{path.name} overgeslagen: {exc}")
    choices: dict[str, Any] = {}
    choices_file = folder / "chosen.toml"
    if choices_file.exists():
        try:
            choices = tomllib.loads(choices_file.read_text(encoding="utf-8-sig"))
        except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
            result.skipped.append(f"{folder.name}/chosen.toml overgeslagen: {exc}")
    keys = {s.key for s in loaded}
    with store.transaction() as conn:
        if conn.dialect.name == "postgresql":
            conn.exec_driver_sql("SELECT pg_advisory_xact_lock(727275)")
        if conn.execute(sa.select(sa.func.count()).select_from(scenarios)).scalar():
            return Seeded()
        now = _now()
        for scenario in loaded:
            sid = conn.execute(
                scenarios.insert().values(
                    village_id=scenario.village_id, name=scenario.name, created_at=now
                )
            ).inserted_primary_key[0]
            conn.execute(
                scenario_versions.insert().values(
                    scenario_id=sid,
                    version=1,
                    toml=dump_toml(scenario),
                    note=f"uit {folder.name}/",
                    saved_at=now,
                )
            )
        for village_id, name in choices.items():
            if (str(village_id), str(name)) not in keys:
                result.skipped.append(
                    f"{folder.name}/chosen.toml: '{name}' voor kern '{village_id}' niet geladen"
                )
                continue
            sid, _ = _resolve(conn, str(name), str(village_id))
            conn.execute(
                scenario_choice.insert().values(
                    village_id=village_id, scenario_id=sid, chosen_at=now
                )
            )
    result.loaded = len(loaded)
    return result
