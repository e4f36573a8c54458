"""Plan records in the store: what each exported plan was made from, its actions and
commitments, and what became of them.

Staff come back to a kern after a few years. The next plan must say what became of
the previous one, so every export records the plan: its date, the survey round (the
years of the answers it used), the scenario and its version, the population source,
and the actions and commitments it promised. Staff record the state of each item
(done, running, stopped, not started) through ``planning plan state``, the monitoring
page or the session app; the newest recording counts and the older ones stay, so the
history of a state can be read back.

An export made again on the same day from the same inputs is the same plan (the same
record); a plan made on another day, or from another scenario version, is a new one.
Earlier plans made before the workbook, or the demo's generated one, arrive from the
workspace's ``eerdere-plannen/*.toml`` (planning.store.plan_seed).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from planning.errors import StoreError
from planning.i18n import text
from planning.store.engine import Store, inserted_id, metadata

#: the states an action or commitment can be in, in the order a reader expects them
STATES: tuple[str, ...] = ("done", "running", "stopped", "not_started")
#: Dutch words staff may type for a state
STATE_ALIASES: dict[str, str] = {
    "gedaan": "done",
    "klaar": "done",
    "uitgevoerd": "done",
    "loopt": "running",
    "lopend": "running",
    "gestopt": "stopped",
    "niet-begonnen": "not_started",
    "niet_begonnen": "not_started",
    "not-started": "not_started",
}
KINDS: tuple[str, ...] = ("action", "commitment")

plan_records = sa.Table(
    "plan_records",
    metadata,
    sa.Column("plan_id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("village_id", sa.String(120), nullable=False, index=True),
    #: 1, 2, 3 ... per village, in the order the plans were made
    sa.Column("number", sa.Integer, nullable=False),
    sa.Column("made_on", sa.Date, nullable=False),
    #: the survey round: the years of the answers used ("2023" or "2023, 2026"), "" without
    sa.Column("survey_round", sa.String(120), nullable=False, default=""),
    sa.Column("scenario", sa.String(300), nullable=True),
    sa.Column("scenario_version", sa.String(40), nullable=True),
    sa.Column("population_source", sa.String(300), nullable=False, default=""),
    #: a generated plan (the demo's) is marked as such wherever it is shown
    sa.Column("generated", sa.Boolean, nullable=False, default=False),
    sa.Column("recorded_at", sa.DateTime, nullable=False),
    sa.UniqueConstraint("village_id", "number", name="uq_plan_records_number"),
)

plan_items = sa.Table(
    "plan_items",
    metadata,
    sa.Column(
        "plan_id",
        sa.Integer,
        sa.ForeignKey("plan_records.plan_id", ondelete="CASCADE"),
        primary_key=True,
    ),
    #: "action" or "commitment"
    sa.Column("kind", sa.String(20), primary_key=True),
    #: an action's title, a commitment's id: what staff name on the command line
    sa.Column("item", sa.String(300), primary_key=True),
    sa.Column("position", sa.Integer, nullable=False),
    sa.Column("description", sa.String(500), nullable=False, default=""),
    sa.Column("partner", sa.String(300), nullable=False, default=""),
    sa.Column("start_year", sa.Integer, nullable=True),
    sa.Column("end_year", sa.Integer, nullable=True),
)

item_states = sa.Table(
    "plan_item_states",
    metadata,
    sa.Column("state_id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("plan_id", sa.Integer, nullable=False, index=True),
    sa.Column("kind", sa.String(20), nullable=False),
    sa.Column("item", sa.String(300), nullable=False),
    sa.Column("state", sa.String(20), nullable=False),
    sa.Column("note", sa.String(500), nullable=False, default=""),
    #: where it was recorded: command, monitoring, session, file
    sa.Column("via", sa.String(20), nullable=False),
    sa.Column("recorded_at", sa.DateTime, nullable=False),
    sa.ForeignKeyConstraint(
        ["plan_id", "kind", "item"],
        ["plan_items.plan_id", "plan_items.kind", "plan_items.item"],
        ondelete="CASCADE",
    ),
)


@dataclass
class PlanItem:
    kind: str
    item: str
    description: str = ""
    partner: str = ""
    start_year: int | None = None
    end_year: int | None = None
    #: the newest recorded state, or None when none was recorded
    state: str | None = None


@dataclass
class PlanRecord:
    plan_id: int
    village_id: str
    number: int
    made_on: date
    survey_round: str
    scenario: str | None
    scenario_version: str | None
    population_source: str
    generated: bool
    items: list[PlanItem] = field(default_factory=list)


def stamp_now() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None, microsecond=0)


def normal_state(word: str, lang: str = "nl") -> str:
    """A state as typed (``done``, ``gedaan``, ``niet begonnen``) -> its code; else a clear error."""
    key = word.strip().lower().replace(" ", "_")
    key = STATE_ALIASES.get(key, STATE_ALIASES.get(key.replace("_", "-"), key))
    if key not in STATES:
        known = ", ".join(text(f"state.{s}", lang) for s in STATES)
        raise StoreError(key="plan.state_unknown", state=word, known=known)
    return key


# -- recording a plan ----------------------------------------------------------------------
def record_plan(
    store: Store,
    village_id: str,
    made_on: date,
    items: list[PlanItem],
    *,
    survey_round: str = "",
    scenario: str | None = None,
    scenario_version: str | None = None,
    population_source: str = "",
    generated: bool = False,
    conn: Connection | None = None,
) -> PlanRecord:
    """Record an exported plan, or find the same plan recorded before (same day, inputs)."""
    if conn is None:
        with store.transaction() as c:
            return record_plan(
                store, village_id, made_on, items, survey_round=survey_round,
                scenario=scenario, scenario_version=scenario_version,
                population_source=population_source, generated=generated, conn=c,
            )  # fmt: skip
    t = plan_records
    same = conn.execute(
        sa.select(t.c.plan_id).where(
            (t.c.village_id == village_id)
            & (t.c.made_on == made_on)
            & (t.c.survey_round == survey_round)
            & (t.c.scenario.is_(None) if scenario is None else t.c.scenario == scenario)
            & (
                t.c.scenario_version.is_(None)
                if scenario_version is None
                else t.c.scenario_version == scenario_version
            )
            & (t.c.population_source == population_source)
        )
    ).scalar()
    if same is None:
        last = conn.execute(
            sa.select(sa.func.max(t.c.number)).where(t.c.village_id == village_id)
        ).scalar()
        added = conn.execute(
            t.insert().values(
                village_id=village_id,
                number=int(last or 0) + 1,
                made_on=made_on,
                survey_round=survey_round,
                scenario=scenario,
                scenario_version=scenario_version,
                population_source=population_source,
                generated=generated,
                recorded_at=stamp_now(),
            )
        )
        same = inserted_id(added)
        seen: set[tuple[str, str]] = set()
        rows = []
        for pos, it in enumerate(items):
            if (it.kind, it.item) in seen:  # two actions of one title are one item to report on
                continue
            seen.add((it.kind, it.item))
            rows.append(
                {
                    "plan_id": same,
                    "kind": it.kind,
                    "item": it.item,
                    "position": pos,
                    "description": it.description,
                    "partner": it.partner,
                    "start_year": it.start_year,
                    "end_year": it.end_year,
                }
            )
        if rows:
            conn.execute(plan_items.insert(), rows)
    return _load(conn, int(same))


def record_state(
    store: Store,
    village_id: str,
    kind: str,
    item: str,
    state: str,
    *,
    number: int | None = None,
    note: str = "",
    via: str = "command",
    lang: str = "nl",
) -> PlanRecord:
    """Record the state of one action or commitment of a plan (default: the newest plan)."""
    state = normal_state(state, lang)
    with store.transaction() as conn:
        record = _find(conn, village_id, number)
        known = [it for it in record.items if it.kind == kind]
        match = [it for it in known if it.item == item] or [
            it for it in known if it.item.casefold() == item.strip().casefold()
        ]
        if not match:
            names = "; ".join(it.item for it in known) or text("progress.none", lang)
            raise StoreError(
                key=f"plan.unknown_{kind}",
                item=item,
                number=record.number,
                village=village_id,
                known=names,
            )
        conn.execute(
            item_states.insert().values(
                plan_id=record.plan_id,
                kind=kind,
                item=match[0].item,
                state=state,
                note=note,
                via=via,
                recorded_at=stamp_now(),
            )
        )
        return _load(conn, record.plan_id)


# -- reading -------------------------------------------------------------------------------
def plans_of(store: Store, village_id: str | None = None) -> list[PlanRecord]:
    """The recorded plans (of one village, or all), oldest first, with items and states."""
    with store.engine.connect() as conn:
        stmt = sa.select(plan_records.c.plan_id).order_by(
            plan_records.c.village_id, plan_records.c.number
        )
        if village_id is not None:
            stmt = stmt.where(plan_records.c.village_id == village_id)
        return [_load(conn, int(pid)) for (pid,) in conn.execute(stmt)]


def latest_records(store: Store) -> dict[str, PlanRecord]:
    """Per village its newest recorded plan, without items (the overview's one query)."""
    t = plan_records
    newest = (
        sa.select(t.c.village_id, sa.func.max(t.c.number).label("number"))
        .group_by(t.c.village_id)
        .subquery()
    )
    stmt = sa.select(t).join(
        newest, (t.c.village_id == newest.c.village_id) & (t.c.number == newest.c.number)
    )
    return {str(r["village_id"]): _record(r) for r in store.read(stmt)}


def find_plan(store: Store, village_id: str, number: int | None) -> PlanRecord:
    with store.engine.connect() as conn:
        return _find(conn, village_id, number)


def _find(conn: Connection, village_id: str, number: int | None) -> PlanRecord:
    t = plan_records
    stmt = sa.select(t.c.plan_id).where(t.c.village_id == village_id)
    if number is None:
        stmt = stmt.order_by(t.c.number.desc()).limit(1)
    else:
        stmt = stmt.where(t.c.number == number)
    pid = conn.execute(stmt).scalar()
    if pid is None:
        key = "plan.none_recorded" if number is None else "plan.unknown_number"
        raise StoreError(key=key, village=village_id, number=number)
    return _load(conn, int(pid))


def _record(row: Any) -> PlanRecord:
    return PlanRecord(
        plan_id=int(row["plan_id"]),
        village_id=str(row["village_id"]),
        number=int(row["number"]),
        made_on=row["made_on"],
        survey_round=str(row["survey_round"] or ""),
        scenario=row["scenario"],
        scenario_version=row["scenario_version"],
        population_source=str(row["population_source"] or ""),
        generated=bool(row["generated"]),
    )


def _load(conn: Connection, plan_id: int) -> PlanRecord:
    row = conn.execute(sa.select(plan_records).where(plan_records.c.plan_id == plan_id)).one()
    record = _record(row._mapping)
    states: dict[tuple[str, str], str] = {}
    stmt = (
        sa.select(item_states.c.kind, item_states.c.item, item_states.c.state)
        .where(item_states.c.plan_id == plan_id)
        .order_by(item_states.c.recorded_at, item_states.c.state_id)
    )
    for kind, item, state in conn.execute(stmt):
        states[(kind, item)] = state  # the newest recording wins
    items = conn.execute(
        sa.select(plan_items).where(plan_items.c.plan_id == plan_id).order_by(plan_items.c.position)
    )
    record.items = [
        PlanItem(
            kind=r.kind,
            item=r.item,
            description=r.description or "",
            partner=r.partner or "",
            start_year=r.start_year,
            end_year=r.end_year,
            state=states.get((r.kind, r.item)),
        )
        for r in items
    ]
    return record


def previous_plan(
    store: Store, village_id: str, made_on: date, number: int | None = None
) -> PlanRecord | None:
    """The plan a new plan reports on: plan ``number`` (``--since``), else the newest one
    made before ``made_on`` (by date, then number); None for a kern's first plan."""
    if number is not None:
        return find_plan(store, village_id, number)
    earlier = [p for p in plans_of(store, village_id) if p.made_on < made_on]
    return max(earlier, key=lambda p: (p.made_on, p.number), default=None)
