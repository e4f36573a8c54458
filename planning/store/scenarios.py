"""Scenarios in the store: every saved version kept, any of them restorable, and one
scenario per village marked "chosen" (the one the village plan uses).

Tables (schema version 2)::

    scenarios          id, village_id, name, created_at          one row per scenario
    scenario_versions  id, scenario_id, version, toml, note, saved_at
    scenario_choice    village_id, scenario_id, chosen_at         the chosen marker

A version holds the scenario as TOML text (``planning.workspace.scenario_file.dump_toml``), the
same text staff review, so restoring is loading that text. Saving never
overwrites: it adds version n + 1 in one transaction. Schema version 1 kept one
row per save in a single ``scenarios`` table (id, name, village_id, toml,
saved_at); ``upgrade_1_to_2`` moves such a store to the tables above.
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any, TypeVar

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from planning.errors import Said, ScenarioError, StoreError
from planning.i18n import text as catalogue_text
from planning.io.suggest import suggest
from planning.store.engine import UPGRADES, Store, inserted_id, metadata
from planning.workspace.scenario_file import Scenario, dump_toml, load_toml

T = TypeVar("T")

scenarios = sa.Table(
    "scenarios",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("village_id", sa.String(200), nullable=False),
    sa.Column("name", sa.String(300), nullable=False),
    sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
    sa.UniqueConstraint("village_id", "name", name="uq_scenarios_village_name"),
)

scenario_versions = sa.Table(
    "scenario_versions",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column(
        "scenario_id", sa.Integer, sa.ForeignKey("scenarios.id", ondelete="CASCADE"), nullable=False
    ),
    sa.Column("version", sa.Integer, nullable=False),
    sa.Column("toml", sa.Text, nullable=False),
    sa.Column("note", sa.Text, nullable=True),
    sa.Column("saved_at", sa.DateTime(timezone=True), nullable=False),
    sa.UniqueConstraint("scenario_id", "version", name="uq_scenario_versions_version"),
)

scenario_choice = sa.Table(
    "scenario_choice",
    metadata,
    sa.Column("village_id", sa.String(200), primary_key=True),
    sa.Column(
        "scenario_id", sa.Integer, sa.ForeignKey("scenarios.id", ondelete="CASCADE"), nullable=False
    ),
    sa.Column("chosen_at", sa.DateTime(timezone=True), nullable=False),
)


@dataclass(frozen=True)
class Saved:
    village_id: str
    name: str
    version: int
    saved_at: datetime


def _now() -> datetime:
    return datetime.now(UTC)


def _retrying(store: Store, work: Callable[[Connection], T], attempts: int = 20) -> T:
    """Run ``work(conn)`` in one transaction; retry when a concurrent writer won a race
    (the same new scenario or version number), each attempt a fresh transaction."""
    for attempt in range(attempts - 1):
        try:
            with store.transaction() as conn:
                return work(conn)
        except sa.exc.IntegrityError:
            time.sleep(0.005 * (attempt + 1))
    try:  # the last attempt: a lost race now is one too many
        with store.transaction() as conn:
            return work(conn)
    except sa.exc.IntegrityError:
        raise StoreError(key="store.too_many_writers") from None


def _scenario_id(conn: Connection, village_id: str, name: str, *, lock: bool = False) -> int | None:
    stmt = sa.select(scenarios.c.id).where(
        scenarios.c.village_id == village_id, scenarios.c.name == name
    )
    if lock:
        stmt = stmt.with_for_update()
    return conn.execute(stmt).scalar()


def stored_note(key: str, **fields: Any) -> str:
    """A note the workbook writes itself (restored, taken from the folder), stored as its
    catalogue key and fields, so each reader sees it in their own language (``note_in``)."""
    return json.dumps({"key": key, "fields": fields}, ensure_ascii=False, sort_keys=True)


def note_in(note: str | None, lang: str = "nl") -> str | None:
    """A stored note as a reader sees it: a workbook note said in ``lang``; a note staff
    typed, or one the workbook wrote as Dutch text before notes were keys, as stored."""
    if not note or not note.startswith("{"):
        return note
    try:
        said = json.loads(note)
    except ValueError:
        return note
    if not (isinstance(said, dict) and isinstance(said.get("key"), str)):
        return note
    fields = said.get("fields")
    return catalogue_text(said["key"], lang, **(fields if isinstance(fields, dict) else {}))


def save_scenario(store: Store, scenario: Scenario, note: str | None = None) -> Saved:
    """Save as a new version (1 for a new scenario); earlier versions stay."""
    text = dump_toml(scenario)

    def work(conn: Connection) -> Saved:
        sid = _scenario_id(conn, scenario.village_id, scenario.name, lock=True)
        if sid is None:
            sid = inserted_id(
                conn.execute(
                    scenarios.insert().values(
                        village_id=scenario.village_id, name=scenario.name, created_at=_now()
                    )
                )
            )
        latest = conn.execute(
            sa.select(sa.func.max(scenario_versions.c.version)).where(
                scenario_versions.c.scenario_id == sid
            )
        ).scalar()
        version = int(latest or 0) + 1
        saved_at = _now()
        conn.execute(
            scenario_versions.insert().values(
                scenario_id=sid, version=version, toml=text, note=note, saved_at=saved_at
            )
        )
        return Saved(scenario.village_id, scenario.name, version, saved_at)

    return _retrying(store, work)


def list_scenarios(store: Store, village_id: str | None = None) -> list[dict[str, Any]]:
    """One row per scenario: village, name, versions, last saved, chosen."""
    v = scenario_versions
    stmt = (
        sa.select(
            scenarios.c.village_id,
            scenarios.c.name,
            sa.func.count(v.c.id).label("versions"),
            sa.func.max(v.c.version).label("latest_version"),
            sa.func.max(v.c.saved_at).label("saved_at"),
            (scenario_choice.c.scenario_id.is_not(None)).label("chosen"),
        )
        .select_from(
            scenarios.join(v, v.c.scenario_id == scenarios.c.id).outerjoin(
                scenario_choice, scenario_choice.c.scenario_id == scenarios.c.id
            )
        )
        .group_by(
            scenarios.c.id, scenarios.c.village_id, scenarios.c.name, scenario_choice.c.scenario_id
        )
        .order_by(scenarios.c.village_id, scenarios.c.name)
    )
    if village_id is not None:
        stmt = stmt.where(scenarios.c.village_id == village_id)
    rows = store.read(stmt)
    for row in rows:
        row["chosen"] = bool(row["chosen"])
    return rows


def _resolve(conn: Connection, name: str, village_id: str | None) -> tuple[int, str]:
    stmt = sa.select(scenarios.c.id, scenarios.c.village_id).where(scenarios.c.name == name)
    if village_id is not None:
        stmt = stmt.where(scenarios.c.village_id == village_id)
    found = conn.execute(stmt).all()
    if len(found) == 1:
        return int(found[0][0]), str(found[0][1])
    if not found:
        names_stmt = sa.select(scenarios.c.name)
        if village_id is not None:
            names_stmt = names_stmt.where(scenarios.c.village_id == village_id)
        names = [str(n) for n in conn.execute(names_stmt).scalars()]
        near = suggest(name, names)
        where = Said("store.for_village", {"village": village_id}) if village_id else ""
        key = "store.no_scenario_near" if near else "store.no_scenario"
        raise ScenarioError(key=key, name=name, where=where, near=near)
    villages = ", ".join(sorted(str(r[1]) for r in found))
    raise ScenarioError(key="store.scenario_ambiguous", name=name, villages=villages)


def versions(
    store: Store, name: str, village_id: str | None = None, lang: str = "nl"
) -> list[dict[str, Any]]:
    """Every saved version of one scenario, oldest first; notes said in ``lang``."""
    with store.engine.connect() as conn:
        sid, _ = _resolve(conn, name, village_id)
        rows = conn.execute(
            sa.select(
                scenario_versions.c.version, scenario_versions.c.note, scenario_versions.c.saved_at
            )
            .where(scenario_versions.c.scenario_id == sid)
            .order_by(scenario_versions.c.version)
        ).all()
    return [{**r._mapping, "note": note_in(r.note, lang)} for r in rows]


def scenario_text(
    store: Store, name: str, village_id: str | None = None, version: int | None = None
) -> str:
    """The TOML of one version (default: the latest)."""
    with store.engine.connect() as conn:
        sid, _ = _resolve(conn, name, village_id)
        stmt = sa.select(scenario_versions.c.toml, scenario_versions.c.version).where(
            scenario_versions.c.scenario_id == sid
        )
        if version is None:
            stmt = stmt.order_by(scenario_versions.c.version.desc()).limit(1)
        else:
            stmt = stmt.where(scenario_versions.c.version == version)
        row = conn.execute(stmt).first()
    if row is None:
        raise ScenarioError(key="store.no_version", name=name, version=version)
    return str(row[0])


def load_scenario(
    store: Store, name: str, village_id: str | None = None, version: int | None = None
) -> Scenario:
    return load_toml(scenario_text(store, name, village_id, version), file=f"{name} (opslag)")


def restore_version(store: Store, name: str, village_id: str | None, version: int) -> Saved:
    """Make an old version current again by saving it as the newest (history stays)."""
    scenario = load_scenario(store, name, village_id, version)
    return save_scenario(store, scenario, note=stored_note("store.note.restored", version=version))


def choose(store: Store, name: str, village_id: str) -> None:
    """Mark the scenario the village plan uses (one per village)."""
    with store.transaction() as conn:
        sid, _ = _resolve(conn, name, village_id)
        conn.execute(sa.delete(scenario_choice).where(scenario_choice.c.village_id == village_id))
        conn.execute(
            scenario_choice.insert().values(
                village_id=village_id, scenario_id=sid, chosen_at=_now()
            )
        )


def chosen_name(store: Store, village_id: str) -> str | None:
    rows = store.read(
        sa.select(scenarios.c.name)
        .select_from(
            scenario_choice.join(scenarios, scenarios.c.id == scenario_choice.c.scenario_id)
        )
        .where(scenario_choice.c.village_id == village_id)
    )
    return str(rows[0]["name"]) if rows else None


def chosen(store: Store, village_id: str) -> Scenario | None:
    """The chosen scenario of a village (latest version), or None."""
    name = chosen_name(store, village_id)
    return load_scenario(store, name, village_id) if name else None


def count_versions(store: Store) -> int:
    rows = store.read(sa.select(sa.func.count().label("n")).select_from(scenario_versions))
    return int(rows[0]["n"])


# -- schema upgrade -----------------------------------------------------------------------
def upgrade_1_to_2(conn: Connection) -> None:
    """Version 1 kept one row per save in ``scenarios`` (id, name, village_id, toml,
    saved_at). Read those rows, drop the table and write them as numbered versions of
    one scenario each (in order of saving); the new tables are created here."""
    inspector = sa.inspect(conn)
    if not inspector.has_table("scenarios"):
        return
    columns = {c["name"] for c in inspector.get_columns("scenarios")}
    if "toml" not in columns:
        return  # already the version 2 layout
    old = conn.execute(
        sa.text("SELECT id, name, village_id, toml, saved_at FROM scenarios ORDER BY saved_at, id")
    ).all()
    conn.execute(sa.text("DROP TABLE scenarios"))
    for table in (scenarios, scenario_versions, scenario_choice):
        table.create(conn, checkfirst=True)
    ids: dict[tuple[str, str], int] = {}
    counts: dict[int, int] = {}
    for _id, name, village_id, text, saved_at in old:
        if isinstance(saved_at, str):
            saved_at = datetime.fromisoformat(saved_at)
        if saved_at.tzinfo is None:
            saved_at = saved_at.replace(tzinfo=UTC)
        key = (str(village_id), str(name))
        if key not in ids:
            ids[key] = inserted_id(
                conn.execute(
                    scenarios.insert().values(village_id=key[0], name=key[1], created_at=saved_at)
                )
            )
        sid = ids[key]
        counts[sid] = counts.get(sid, 0) + 1
        conn.execute(
            scenario_versions.insert().values(
                scenario_id=sid,
                version=counts[sid],
                toml=text,
                note=stored_note("store.note.upgraded", version=1),
                saved_at=saved_at,
            )
        )


UPGRADES[1] = upgrade_1_to_2


def latest(store: Store, name: str, village_id: str) -> tuple[Scenario, int]:
    """The newest version of a scenario and its number."""
    with store.engine.connect() as conn:
        sid, _ = _resolve(conn, name, village_id)
        row = conn.execute(
            sa.select(scenario_versions.c.toml, scenario_versions.c.version)
            .where(scenario_versions.c.scenario_id == sid)
            .order_by(scenario_versions.c.version.desc())
            .limit(1)
        ).one()
    return load_toml(str(row[0]), file=f"{name} (opslag)"), int(row[1])
