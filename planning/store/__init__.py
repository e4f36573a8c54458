"""The store: what the workbook itself records (scenarios, sessions, votes, follow-ups,
matches, observations), in one SQLAlchemy schema.

Default: the SQLite file ``store.sqlite`` inside the workspace, in WAL mode so a
session app and a notebook can write at the same time and a crash loses at most
the write in flight. A team sets a PostgreSQL URL in workspace.toml
(``[store] url = ...``) or ``PLANNING_STORE_URL`` and the same code runs there.

Each concern declares its tables on ``engine.metadata`` in its own module
(followup, scenarios, session_tables, matches, observations). ``open_store`` is the
one way in: it creates or upgrades the tables and, for a workspace, seeds the empty
ones from its folders (planning.store.seed). A process keeps one Store per URL.
"""

from __future__ import annotations

from pathlib import Path

from planning.errors import PlanningError
from planning.store import (  # tables
    followup,
    matches,
    observations,
    plan_records,
    plan_seed,
    quote_reviews,
    scenarios,
    seeded,
    session_tables,
)
from planning.store.engine import OPEN, Store, connect, store_url_for
from planning.store.seed import seed
from planning.workspace.folder import Workspace, default_workspace, open_workspace

__all__ = ["Store", "open_store", "store_url_for"]

_TABLE_MODULES = (
    followup,
    matches,
    session_tables,
    observations,
    plan_records,
    quote_reviews,
    scenarios,
    seeded,
)


def _still_there(url: str) -> bool:
    """A cached SQLite store whose file was removed is opened anew (and recreated)."""
    if not url.startswith("sqlite:///"):
        return True
    return Path(url.removeprefix("sqlite:///")).exists()


def open_store(target: Workspace | Path | str | None = None, *, url: str | None = None) -> Store:
    """The store of a workspace (or the one at ``url``): created or upgraded, and on its
    first open in this process seeded from the workspace's folders."""
    if url is None:
        url = store_url_for(target if target is not None else default_workspace())
    store = OPEN.get(url)
    if store is not None and _still_there(url):
        return store
    store = connect(url)
    if target is not None and _brings_folders(target):
        try:
            ws = target if isinstance(target, Workspace) else open_workspace(target)
        except PlanningError:
            ws = None  # a workspace that does not load seeds nothing; `planning check` says why
        if ws is not None:
            seed(store, ws)
    OPEN[store.url_key] = store
    OPEN[url] = store
    return store


def _brings_folders(target: Workspace | Path | str) -> bool:
    folder = target.path if isinstance(target, Workspace) else Path(target)
    return any(
        any((folder / name).glob(pattern))
        for name, pattern in (
            ("scenarios", "*.toml"),
            ("matches", "*.csv"),
            ("monitoring", "*.*"),
            (plan_seed.FOLDER, "*.toml"),
        )
    )
