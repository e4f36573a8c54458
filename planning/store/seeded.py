"""Which rows of the workspace's folders the store has taken in, by key.

The merge rule between the folders (``scenarios/``, ``matches/``, ``monitoring/``)
and what staff record in the store: every row of a folder has a key (a scenario
its village and name, an observation its indicator, village and period, a match
its file, contents and occurrence); on every first open of the store in a process
the rows whose key the store has not taken in yet are added, and their keys
noted here. What staff recorded in the store is never replaced or removed, and a
row taken in once is not added again (not even after staff changed or deleted
it). So the first ``match record`` in a fresh workspace cannot hide the folder's
160 matches: they are added beside it, whichever came first.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import UTC, datetime

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from planning.store.engine import metadata

seeded_rows = sa.Table(
    "seeded_rows",
    metadata,
    sa.Column("key", sa.String(500), primary_key=True),
    sa.Column("seeded_at", sa.DateTime, nullable=False),
)


def lock(conn: Connection) -> None:
    """On PostgreSQL, one seeding at a time (SQLite's write transactions already are)."""
    if conn.dialect.name == "postgresql":
        conn.exec_driver_sql("SELECT pg_advisory_xact_lock(727276)")


def taken(conn: Connection, prefix: str) -> set[str]:
    """The keys starting with ``prefix`` the store has taken in."""
    stmt = sa.select(seeded_rows.c.key).where(seeded_rows.c.key.startswith(prefix, autoescape=True))
    return {str(k) for (k,) in conn.execute(stmt)}


def note(conn: Connection, keys: Iterable[str]) -> None:
    """Remember ``keys`` as taken in."""
    now = datetime.now(UTC).replace(tzinfo=None, microsecond=0)
    rows = [{"key": k, "seeded_at": now} for k in keys]
    if rows:
        conn.execute(seeded_rows.insert(), rows)
