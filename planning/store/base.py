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
    from planning.workspace import Workspace

metadata = sa.MetaData()

#: modules that declare tables on ``metadata``; importing them registers the tables
TABLE_MODULES: tuple[str, ...] = ("planning.store.sessions", "planning.store.observations")

#: the schema version this code writes; ``UPGRADES[n]`` takes a store from n to n + 1
SCHEMA_VERSION = 1
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
    from planning.workspace import Workspace

    if isinstance(workspace, Workspace):
        if workspace.settings.store_url:
            return workspace.settings.store_url
        folder = workspace.path
    else:
        folder = Path(workspace)
    return f"sqlite:///{(folder / 'store.sqlite').resolve()}"


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA busy_timeout=30000")
    cursor.close()


class Store:
    """A handle on the store; cheap to create, safe to use from one process at a time."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine

    @property
    def url(self) -> str:
        return self.engine.url.render_as_string(hide_password=True)

    @contextmanager
    def transaction(self) -> Iterator[Connection]:
        """One write = one transaction: all of it lands, or none of it."""
        try:
            with self.engine.begin() as conn:
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


def open_store(target: Workspace | Path | str | None = None, *, url: str | None = None) -> Store:
    """Open (and create or upgrade) the store of a workspace, or the one at ``url``."""
    if url is None:
        from planning.workspace import default_workspace

        url = store_url_for(target if target is not None else default_workspace())
    _load_table_modules()
    try:
        if url.startswith("sqlite"):
            engine = sa.create_engine(url, connect_args={"timeout": 30})
            sa.event.listen(engine, "connect", _sqlite_pragmas)
        else:
            engine = sa.create_engine(url, pool_pre_ping=True)
        with engine.begin() as conn:
            metadata.create_all(conn)
            current = conn.execute(sa.select(schema_info.c.version)).scalar()
            if current is None:
                conn.execute(schema_info.insert().values(id=1, version=SCHEMA_VERSION))
            else:
                for version in range(int(current), SCHEMA_VERSION):
                    UPGRADES[version](conn)
                if current < SCHEMA_VERSION:
                    conn.execute(schema_info.update().values(version=SCHEMA_VERSION))
                elif current > SCHEMA_VERSION:
                    raise StoreError(
                        f"de opslag heeft schemaversie {current}, nieuwer dan deze versie van "
                        f"de werkmap ({SCHEMA_VERSION}); werk de werkmap bij"
                    )
    except sa.exc.SQLAlchemyError as exc:
        raise StoreError(f"kan de opslag niet openen ({url.split('@')[-1]}): {exc}") from None
    return Store(engine)
