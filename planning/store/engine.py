"""Engine, schema version and transactions shared by every part of the store."""

from __future__ import annotations

import importlib
import os
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection, Engine

from planning.errors import StoreError

if TYPE_CHECKING:
    from planning.workspace.folder import Workspace

metadata = sa.MetaData()

#: modules that declare tables on ``metadata``; importing them registers the tables
TABLE_MODULES: tuple[str, ...] = (
    "planning.store.followup",
    "planning.store.matches",
    "planning.store.scenarios",
    "planning.store.meeting_tables",
    "planning.store.observations",
)

#: the schema version this code writes; ``UPGRADES[n]`` takes a store from n to n + 1.
#: Table modules register their steps here (``UPGRADES[1] = ...``) when they load.
#: A step sees the store as version n left it (it runs before missing tables are
#: created) and must cope with tables that were never made at version n.
SCHEMA_VERSION = 2
UPGRADES: dict[int, Callable[[Connection], None]] = {}

schema_info = sa.Table(
    "schema_info",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("version", sa.Integer, nullable=False),
)


def store_url_for(workspace: Workspace | Path | str) -> str:
    """PLANNING_STORE_URL, else the workspace's [store] url, else its store.sqlite."""
    env = os.environ.get("PLANNING_STORE_URL")
    if env:
        return env
    from planning.workspace.folder import Workspace

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
        #: scenario files of the workspace left out on the first open, with the reason
        self.seed_skipped: list[str] = []

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
            raise StoreError(f"de opslag ({self.url}) is niet beschikbaar: {exc.orig}") from None

    def read(self, statement: Any, **params: Any) -> list[dict[str, Any]]:
        with self.engine.connect() as conn:
            return [dict(row._mapping) for row in conn.execute(statement, params)]

    def schema_version(self) -> int:
        with self.engine.connect() as conn:
            return int(conn.execute(sa.select(schema_info.c.version)).scalar_one())

    def dispose(self) -> None:
        self.engine.dispose()


def _load_table_modules() -> None:
    for module in TABLE_MODULES:
        importlib.import_module(module)


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
        raise StoreError(
            f"de opslag heeft schemaversie {current}, nieuwer dan deze versie van "
            f"de werkmap ({SCHEMA_VERSION}); werk de werkmap bij"
        )
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


def open_store(target: Workspace | Path | str | None = None, *, url: str | None = None) -> Store:
    """Open (and create or upgrade) the store of a workspace, or the one at ``url``."""
    if url is None:
        from planning.workspace.folder import default_workspace

        url = store_url_for(target if target is not None else default_workspace())
    _load_table_modules()
    try:
        if url.startswith("sqlite"):
            engine = sa.create_engine(url, connect_args={"timeout": 30})
            sa.event.listen(engine, "connect", _sqlite_pragmas)
            sa.event.listen(engine, "begin", _sqlite_begin)
        else:
            engine = sa.create_engine(url, pool_pre_ping=True)
        with engine.connect() as conn:
            if engine.dialect.name == "sqlite":
                conn.info["immediate"] = True
            with conn.begin():
                _create_or_upgrade(conn)
    except sa.exc.SQLAlchemyError as exc:
        raise StoreError(f"kan de opslag niet openen ({url.split('@')[-1]}): {exc}") from None
    store = Store(engine)
    if target is not None:
        _load_workspace_scenarios(store, target)
    return store


def _load_workspace_scenarios(store: Store, target: Workspace | Path | str) -> None:
    """First open of a workspace's store: load its scenarios/*.toml (see
    planning.store.scenarios.seed_from_folder; files that do not fit the workspace are
    left out and listed in ``store.seed_skipped``)."""
    from planning.errors import PlanningError
    from planning.workspace.folder import Workspace

    folder = (target.path if isinstance(target, Workspace) else Path(target)) / "scenarios"
    if not folder.is_dir() or not any(folder.glob("*.toml")):
        return
    from planning.store.scenarios import list_scenarios, seed_from_folder

    if list_scenarios(store):
        return
    try:
        ws = target if isinstance(target, Workspace) else None
        if ws is None:
            from planning.workspace.folder import open_workspace

            ws = open_workspace(target)
        store.seed_skipped = seed_from_folder(store, ws).skipped
    except PlanningError:
        return
