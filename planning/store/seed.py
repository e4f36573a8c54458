"""Seeding: what a workspace folder brings fills an empty store, once.

A workspace may come with scenario files (``scenarios/*.toml`` and ``chosen.toml``),
matches made before the workbook (``matches/*.csv``) and monitoring observations
(``monitoring/*.csv|xlsx``) and people to call back (``followup/contacts.csv``). On the first open of its store each folder fills its
empty table; after that the store is the record. Rows that do not fit the workspace
are left out with their reason (``Store.seed_skipped``), so one stray row cannot stop
every command. This module is the only place that seeds.
"""

from __future__ import annotations

from planning.store import followup, matches, observations, scenario_seed, scenarios
from planning.store.engine import Store
from planning.workspace.folder import Workspace

__all__ = ["seed"]


def seed(store: Store, ws: Workspace) -> list[str]:
    """Fill the store's empty tables from the workspace's folders; returns what was left out."""
    skipped = [*store.seed_skipped]
    store.seed_skipped = []
    if scenario_seed.folder_has_files(ws) and not scenarios.list_scenarios(store):
        skipped += scenario_seed.seed_from_folder(store, ws).skipped
    matches.seed_from_folder(store, ws)
    observations.seed_from_folder(store, ws)
    followup.seed_from_folder(store, ws)
    store.seed_skipped = [*skipped, *store.seed_skipped]
    return store.seed_skipped
