"""Scenarios that come with a workspace: ``scenarios/*.toml`` and ``chosen.toml``.

Keyed by village and name: on the first open of the store in a process, every
scenario of the folder the store has not taken in yet is added (planning.store.seeded);
scenarios saved in the store stay as they are, and one taken in once is not added
again. ``planning scenario import`` reads a changed file in as a new version.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
from typing import Any

import sqlalchemy as sa

from planning.errors import PlanningError, Problem
from planning.store import seeded
from planning.store.engine import Store, inserted_id
from planning.store.scenarios import (
    _now,
    _resolve,
    scenario_choice,
    scenario_versions,
    scenarios,
    stored_note,
)
from planning.workspace.scenario_file import dump_toml, read_scenario


@dataclass
class Seeded:
    """What the first open loaded from ``scenarios/``, and what it had to leave out."""

    loaded: int = 0
    skipped: list[Problem] = field(default_factory=list)


def folder_has_files(ws: Any) -> bool:
    folder = ws.path / "scenarios"
    return folder.is_dir() and any(folder.glob("*.toml"))


def _chosen_problem(key: str, **fields: Any) -> Problem:
    """What scenarios/chosen.toml asks that cannot be done, said about that file."""
    return Problem("scenarios/chosen.toml", None, None, None, key=key, fields=fields)


def seed_from_folder(store: Store, ws: Any) -> Seeded:
    """Load the workspace's ``scenarios/*.toml`` the store has not taken in yet, and the
    choices of ``scenarios/chosen.toml`` (village = name) for villages without one.

    Each file is checked against the workspace; one that does not fit (a village or
    facility the workspace does not have) is left out with its reason in ``skipped``
    rather than stopping every command that opens the store: fix the file and
    ``planning scenario import`` it. Runs in one transaction, so two processes opening
    a new store at once load once. A store seeded before seed keys existed holds the
    folder's scenarios under their names: those are taken as loaded.
    """
    result = Seeded()
    folder = ws.path / "scenarios"
    if not folder.is_dir():
        return result
    files = sorted(p for p in folder.glob("*.toml") if p.name != "chosen.toml")
    if not files:
        return result
    loaded = []
    for path in files:
        try:
            loaded.append(read_scenario(ws, path))
        except PlanningError as exc:
            result.skipped.append(
                Problem(
                    f"{folder.name}/{path.name}",
                    None,
                    None,
                    None,
                    key="seed.skipped",
                    fields={"why": exc},
                )
            )
    choices: dict[str, Any] = {}
    choices_file = folder / "chosen.toml"
    if choices_file.exists():
        try:
            choices = tomllib.loads(choices_file.read_text(encoding="utf-8-sig"))
        except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
            result.skipped.append(_chosen_problem("seed.skipped", why=str(exc)))
    keys = {s.key for s in loaded}
    with store.transaction() as conn:
        seeded.lock(conn)
        done = seeded.taken(conn, "scenarios/")
        held = {
            (str(v), str(n))
            for v, n in conn.execute(sa.select(scenarios.c.village_id, scenarios.c.name))
        }
        fresh = [s for s in loaded if _key(s.key) not in done]
        new = [s for s in fresh if s.key not in held]
        now = _now()
        for scenario in new:
            sid = inserted_id(
                conn.execute(
                    scenarios.insert().values(
                        village_id=scenario.village_id, name=scenario.name, created_at=now
                    )
                )
            )
            conn.execute(
                scenario_versions.insert().values(
                    scenario_id=sid,
                    version=1,
                    toml=dump_toml(scenario),
                    note=stored_note("store.note.from_folder", folder=folder.name),
                    saved_at=now,
                )
            )
        seeded.note(conn, [_key(s.key) for s in fresh])
        chosen = {str(v) for (v,) in conn.execute(sa.select(scenario_choice.c.village_id))}
        for village_id, name in choices.items():
            if (str(village_id), str(name)) not in keys:
                result.skipped.append(
                    _chosen_problem("seed.choice_not_loaded", name=name, village=village_id)
                )
                continue
            if str(village_id) in chosen or f"scenarios/chosen/{village_id}" in done:
                continue  # staff chose in the store (or this choice was taken in before)
            sid, _ = _resolve(conn, str(name), str(village_id))
            conn.execute(
                scenario_choice.insert().values(
                    village_id=village_id, scenario_id=sid, chosen_at=now
                )
            )
            seeded.note(conn, [f"scenarios/chosen/{village_id}"])
    result.loaded = len(new)
    return result


def _key(key: tuple[str, str]) -> str:
    return f"scenarios/{key[0]}|{key[1]}"
