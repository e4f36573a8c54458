"""Rows of the workspace's folders that would be left out, listed without a store.

``planning check`` must show every row that is not used, with its reason, where
staff look; the rows of ``matches/`` and ``monitoring/`` reach the store only when
it is opened (planning.store.seed), so they are read here too, without loading
SQLAlchemy.
"""

from __future__ import annotations

from dataclasses import replace

from planning.errors import PlanningError, Problem
from planning.workspace.folder import Workspace
from planning.workspace.readers import match_rows, observation_rows


def folder_problems(ws: Workspace) -> list[Problem]:
    """Every row of matches/ and monitoring/ the store would leave out, with its reason,
    without opening the store: ``planning check`` shows them where staff look."""
    _records, problems = match_rows.folder_records(ws) if match_rows.folder_files(ws) else ([], [])
    for path in observation_rows.folder_files(ws):
        where = f"{observation_rows.FOLDER}/{path.name}"
        try:
            _good, bad = observation_rows.read_observations(ws, path)
        except PlanningError as exc:
            found = getattr(exc, "problems", None) or [
                Problem(path.name, None, None, None, key="model.as_raised", fields={"error": exc})
            ]
            bad = list(found)
        problems += [replace(p, file=where) for p in bad]
    return problems
