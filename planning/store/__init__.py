"""The store: what the workbook itself records (scenarios, sessions, votes, follow-ups,
matches, observations), in one SQLAlchemy schema.

Default: the SQLite file ``store.sqlite`` inside the workspace, in WAL mode so a
session app and a notebook can write at the same time and a crash loses at most
the write in flight. A team sets a PostgreSQL URL in workspace.toml
(``[store] url = ...``) or ``PLANNING_STORE_URL`` and the same code runs there.

Each concern declares its tables on ``base.metadata`` in its own module
(followup, scenarios, sessions, matches, observations); ``open_store`` creates
or upgrades them all.
"""

from planning.store.engine import Store, open_store, store_url_for

__all__ = ["Store", "open_store", "store_url_for"]
