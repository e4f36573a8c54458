"""Engine, schema version and transactions shared by every part of the store."""

from __future__ import annotations

import errno
import os
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection, Engine

from planning.errors import Joined, Problem, Said, StoreError
from planning.io.extras import require
from planning.io.os_faults import fault as os_fault
from planning.workspace.folder import Workspace

metadata = sa.MetaData()

#: the schema version this code writes; ``UPGRADES[n]`` takes a store from n to n + 1.
#: Table modules register their steps here (``UPGRADES[1] = ...``) when they load.
#: A step sees the store as version n left it (it runs before missing tables are
#: created) and must cope with tables that were never made at version n.
SCHEMA_VERSION = 2
UPGRADES: dict[int, Callable[[Connection], None]] = {}

#: the stores this process has open, by URL (planning.store.open_store keeps one per URL)
OPEN: dict[str, Store] = {}

schema_info = sa.Table(
    "schema_info",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("version", sa.Integer, nullable=False),
)


def inserted_id(result: sa.CursorResult[Any]) -> int:
    """The primary key of the one row an insert just added."""
    key = result.inserted_primary_key
    if key is None:  # only an insert of many rows at once has none
        raise TypeError("inserted_id: the insert added more than one row")
    return int(key[0])


def store_url_for(workspace: Workspace | Path | str) -> str:
    """PLANNING_STORE_URL, else the workspace's [store] url, else its store.sqlite."""
    env = os.environ.get("PLANNING_STORE_URL")
    if env:
        return env
    if isinstance(workspace, Workspace):
        if workspace.settings.store_url:
            return workspace.settings.store_url
        folder = workspace.path
    else:
        folder = Path(workspace)
    return f"sqlite:///{(folder / 'store.sqlite').resolve()}"


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    # transactions are begun by _sqlite_begin, not by the driver (SQLAlchemy's pysqlite recipe)
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA busy_timeout=30000")
    cursor.close()


def _sqlite_begin(conn: Connection) -> None:
    """BEGIN IMMEDIATE for writes: take the write lock first (waiting up to busy_timeout)
    rather than failing when a read transaction must upgrade under a concurrent writer."""
    immediate = conn.info.pop("immediate", False)
    conn.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")


class Store:
    """A handle on the store; cheap to create, safe to use from one process at a time."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self.url_key = engine.url.render_as_string(hide_password=False)
        #: rows of the workspace's folders (scenarios/, matches/, monitoring/) left out
        #: when they seeded this store, with the reason: a phrase (said in the reader's
        #: language with ``text_in``) or a line of Dutch text
        #: rows and files of the folders left out, each a Problem with its place and key
        self.seed_skipped: list[Problem] = []

    @property
    def url(self) -> str:
        return self.engine.url.render_as_string(hide_password=True)

    @contextmanager
    def transaction(self) -> Iterator[Connection]:
        """One write = one transaction: all of it lands, or none of it."""
        try:
            with self.engine.connect() as conn:
                if self.engine.dialect.name == "sqlite":
                    conn.info["immediate"] = True
                with conn.begin():
                    yield conn
        except sa.exc.OperationalError as exc:
            fault = _file_fault(self.url, exc)
            raise StoreError(
                fault or Said("store.unavailable", {"url": self.url, "error": str(exc.orig)})
            ) from None

    def read(self, statement: Any, **params: Any) -> list[dict[str, Any]]:
        with self.engine.connect() as conn:
            return [dict(row._mapping) for row in conn.execute(statement, params)]

    def schema_version(self) -> int:
        with self.engine.connect() as conn:
            return int(conn.execute(sa.select(schema_info.c.version)).scalar_one())

    def dispose(self) -> None:
        """Close its connections; the next open_store of this URL connects anew."""
        if OPEN.get(self.url_key) is self:
            del OPEN[self.url_key]
        self.engine.dispose()


def _create_or_upgrade(conn: Connection) -> None:
    """Upgrade an existing store step by step, then create what is missing; one transaction.

    On PostgreSQL an advisory lock keeps two processes opening a new database at the
    same moment from both creating the tables.
    """
    if conn.dialect.name == "postgresql":
        conn.exec_driver_sql("SELECT pg_advisory_xact_lock(727274)")
    current = None
    if sa.inspect(conn).has_table("schema_info"):
        current = conn.execute(sa.select(schema_info.c.version)).scalar()
    if current is not None and current > SCHEMA_VERSION:
        raise StoreError(key="store.newer_schema", current=current, supported=SCHEMA_VERSION)
    if current is not None:
        for version in range(int(current), SCHEMA_VERSION):
            step = UPGRADES.get(version)
            if step is not None:
                step(conn)
    metadata.create_all(conn)
    if current is None:
        conn.execute(schema_info.insert().values(id=1, version=SCHEMA_VERSION))
    elif current < SCHEMA_VERSION:
        conn.execute(schema_info.update().values(version=SCHEMA_VERSION))


def connect(url: str) -> Store:
    """Open (and create or upgrade) the store at ``url``: the tables are those declared on
    ``metadata`` by the modules planning.store imports before it calls this."""
    try:
        if url.startswith("sqlite"):
            engine = sa.create_engine(url, connect_args={"timeout": 30})
            sa.event.listen(engine, "connect", _sqlite_pragmas)
            sa.event.listen(engine, "begin", _sqlite_begin)
        else:
            if url.startswith("postgresql+psycopg:"):
                require("postgres")  # an extra: a team's shared store only
            engine = sa.create_engine(url, pool_pre_ping=True)
        with engine.connect() as conn:
            if engine.dialect.name == "sqlite":
                conn.info["immediate"] = True
            with conn.begin():
                _create_or_upgrade(conn)
    except sa.exc.SQLAlchemyError as exc:
        fault = _file_fault(url, exc)
        where = url.split("@")[-1]
        raise StoreError(
            fault or Said("store.cannot_open", {"url": where, "error": str(exc)})
        ) from None
    return Store(engine)


def _file_fault(url: str, exc: Exception) -> Joined | None:
    """A SQLite file that cannot be written (read-only folder, full disk) in the words of
    every other file fault (planning.io.os_faults), naming the file and what to do."""
    if not url.startswith("sqlite:///"):
        return None
    path = Path(url.removeprefix("sqlite:///"))
    said = str(getattr(exc, "orig", exc)).lower()
    if "full" in said or "disk i/o" in said:
        code = errno.ENOSPC
    elif "readonly" in said or "unable to open" in said or not os.access(path.parent, os.W_OK):
        code = errno.EACCES
    else:
        return None
    return os_fault(OSError(code, said, str(path)))
