"""Matches made: a resident's question connected to a provision, and how it went.

"Matches between questions and supply" is a headline result the municipality
monitors, so staff record each one: which village and theme the question was
about, the provision it was connected to, the date and the outcome. No names or
free text: a match is counted, not a case file (personal follow-up lives in the
follow-up part of the store). ``respondent_id`` optionally links the match to a
survey answer by its pseudonymous id.
"""

from __future__ import annotations

from collections import Counter
from datetime import UTC, date, datetime
from typing import Any

import sqlalchemy as sa

from planning.store import seeded
from planning.store.engine import Store, inserted_id, metadata
from planning.workspace.codes import MATCH_OUTCOMES as OUTCOMES
from planning.workspace.folder import Workspace
from planning.workspace.readers.match_rows import CONTENT, content_of, folder_files, folder_records

#: outcomes that take up a place of the provision's weekly capacity
OCCUPYING: tuple[str, ...] = ("proposed", "accepted")

matches = sa.Table(
    "matches",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("village_id", sa.String(100), nullable=False),
    sa.Column("theme", sa.String(100), nullable=False),
    sa.Column("age", sa.Integer, nullable=True),
    sa.Column("provision_id", sa.String(200), nullable=False),
    sa.Column("made_on", sa.Date, nullable=False),
    sa.Column("outcome", sa.String(20), nullable=False),
    sa.Column("respondent_id", sa.String(100), nullable=True),
    sa.Column("recorded_at", sa.DateTime, nullable=False),
    sa.CheckConstraint(
        "outcome IN (" + ", ".join(f"'{o}'" for o in OUTCOMES) + ")", name="ck_match_outcome"
    ),
    sa.Index("ix_matches_village_theme", "village_id", "theme"),
    sa.Index("ix_matches_provision", "provision_id"),
)


def add(
    store: Store,
    *,
    village_id: str,
    theme: str,
    provision_id: str,
    made_on: date,
    outcome: str = "proposed",
    age: int | None = None,
    respondent_id: str | None = None,
) -> int:
    """Insert one match in one transaction; returns its id."""
    with store.transaction() as conn:
        result = conn.execute(
            matches.insert().values(
                village_id=village_id,
                theme=theme,
                age=age,
                provision_id=provision_id,
                made_on=made_on,
                outcome=outcome,
                respondent_id=respondent_id,
                recorded_at=datetime.now(UTC).replace(tzinfo=None),
            )
        )
        return inserted_id(result)


def set_outcome(store: Store, match_id: int, outcome: str) -> bool:
    """Change the outcome of a recorded match; False when there is no such match."""
    with store.transaction() as conn:
        result = conn.execute(
            matches.update().where(matches.c.id == match_id).values(outcome=outcome)
        )
        return result.rowcount == 1


def rows(store: Store, village_id: str | None = None) -> list[dict[str, Any]]:
    stmt = sa.select(matches).order_by(matches.c.id)
    if village_id is not None:
        stmt = stmt.where(matches.c.village_id == village_id)
    return store.read(stmt)


def occupied(store: Store) -> dict[str, int]:
    """provision_id -> number of matches that take up one of its weekly places."""
    stmt = (
        sa.select(matches.c.provision_id, sa.func.count())
        .where(matches.c.outcome.in_(OCCUPYING))
        .group_by(matches.c.provision_id)
    )
    return {str(pid): int(n) for pid, n in _pairs(store, stmt)}


def _pairs(store: Store, stmt: Any) -> list[tuple[Any, ...]]:
    with store.engine.connect() as conn:
        return [tuple(r) for r in conn.execute(stmt)]


def counts(store: Store, village_id: str | None = None) -> list[tuple[str, str, str, int]]:
    """(village_id, theme, outcome, count) for the monitoring figure."""
    stmt = sa.select(
        matches.c.village_id, matches.c.theme, matches.c.outcome, sa.func.count()
    ).group_by(matches.c.village_id, matches.c.theme, matches.c.outcome)
    if village_id is not None:
        stmt = stmt.where(matches.c.village_id == village_id)
    return [(str(v), str(t), str(o), int(n)) for v, t, o, n in _pairs(store, stmt)]


def is_empty(store: Store) -> bool:
    with store.engine.connect() as conn:
        return conn.execute(sa.select(matches.c.id).limit(1)).first() is None


def add_many(store: Store, records: list[dict[str, Any]]) -> int:
    """Insert many matches in one transaction (all or none); returns how many."""
    if not records:
        return 0
    now = datetime.now(UTC).replace(tzinfo=None)
    with store.transaction() as conn:
        conn.execute(matches.insert(), [{**r, "recorded_at": now} for r in records])
    return len(records)


def seed_from_folder(store: Store, ws: Workspace) -> None:
    """Add the rows of matches/*.csv the store has not taken in yet (planning.store.seeded).

    Files are the way matches recorded elsewhere (a spreadsheet kept before the
    workbook) come in; matches recorded in the store stay as they are, beside them. A
    row that does not fit this workspace (a village or provision it lacks) is left out
    with its reason in ``store.seed_skipped``, so one stray row cannot stop every
    village's plan. A store seeded before seed keys existed holds the folder's rows
    without keys: those are recognised by their contents and not added twice.
    """
    if not folder_files(ws):
        return
    records, problems = folder_records(ws)
    with store.transaction() as conn:
        seeded.lock(conn)
        done = seeded.taken(conn, "matches/")
        fresh = [r for r in records if r["key"] not in done]
        if fresh and not done:
            held = Counter(
                content_of(dict(zip(CONTENT, r, strict=True)))
                for r in conn.execute(sa.select(*(matches.c[k] for k in CONTENT)))
            )
            new = []
            for record in fresh:
                if held[content_of(record)] > 0:
                    held[content_of(record)] -= 1
                else:
                    new.append(record)
        else:
            new = fresh
        if new:
            now = datetime.now(UTC).replace(tzinfo=None)
            rows = [{k: v for k, v in r.items() if k != "key"} for r in new]
            conn.execute(matches.insert(), [{**r, "recorded_at": now} for r in rows])
        seeded.note(conn, [r["key"] for r in fresh])
    store.seed_skipped = [*store.seed_skipped, *problems]
