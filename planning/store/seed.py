"""Seeding: what a workspace folder brings fills an empty store, once.

A workspace may come with scenario files (``scenarios/*.toml`` and ``chosen.toml``),
matches made before the workbook (``matches/*.csv``) and monitoring observations
(``monitoring/*.csv|xlsx``) and people to call back (``followup/contacts.csv``). On the
first open of its store in a process, the rows of ``scenarios/``, ``matches/`` and
``monitoring/`` the store has not taken in yet are added beside what staff recorded
(the rule is in planning.store.seeded: folder rows keyed, store rows kept); the
follow-up list is filled from its file while it is empty (personal data: what staff
changed there is never overwritten). Rows that do not fit the workspace are left out
with their reason (``Store.seed_skipped``), so one stray row cannot stop every
command. This module is the only place that seeds.
"""

from __future__ import annotations

from planning.errors import Problem
from planning.store import followup, matches, observations, plan_seed, scenario_seed
from planning.store.engine import Store
from planning.workspace.folder import Workspace

__all__ = ["seed"]


def seed(store: Store, ws: Workspace) -> list[Problem]:
    """Add the folders' rows the store has not taken in; returns what was left out."""
    skipped = [*store.seed_skipped]
    store.seed_skipped = []
    if scenario_seed.folder_has_files(ws):
        skipped += scenario_seed.seed_from_folder(store, ws).skipped
    matches.seed_from_folder(store, ws)
    observations.seed_from_folder(store, ws)
    followup.seed_from_folder(store, ws)
    plan_seed.seed_from_folder(store, ws)
    store.seed_skipped = [*skipped, *store.seed_skipped]
    return store.seed_skipped
