"""Matches staff made: recording them, the places they take, the monitoring figure.

A recorded match (question -> provision, date, outcome) is kept in the store
(``planning.store.matches``). Proposed and accepted matches take one of the
provision's weekly places, so ``match`` stops suggesting a full provision; the
count of matches per theme and village is the monitoring figure "matches between
questions and supply", and ``matches_made`` feeds the village plan.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

import pandas as pd

from planning.errors import WorkspaceError
from planning.io.cells import parse_age
from planning.io.suggest import suggest
from planning.store import matches as store_matches
from planning.store import open_store
from planning.store.engine import Store, store_url_for
from planning.workspace.codes import MATCH_OUTCOMES
from planning.workspace.readers.match_rows import folder_files
from planning.workspace.themes import resolve_theme

if TYPE_CHECKING:
    from planning.workspace.folder import Workspace


def _open(ws: Workspace, store: Store | None) -> Store | None:
    """The store to read matches from (seeded from matches/ on its first open); None when
    the workspace has neither a store nor a matches/ folder yet (reading makes no store)."""
    if store is None:
        if not _store_path_exists(ws) and not folder_files(ws):
            return None
        store = open_store(ws)
    return store


def _store_path_exists(ws: Workspace) -> bool:
    url = store_url_for(ws)
    if not url.startswith("sqlite:///"):
        return True
    return Path(url.removeprefix("sqlite:///")).exists()


def taken_places(ws: Workspace, store: Store | None = None) -> dict[str, int]:
    """provision_id -> places taken by recorded matches (none when there is no store yet)."""
    store = _open(ws, store)
    if store is None:
        return {}
    return store_matches.occupied(store)


def record_match(
    ws: Workspace,
    village_id: str,
    theme: str,
    provision_id: str,
    made_on: date | None = None,
    outcome: str = "proposed",
    age: int | None = None,
    respondent_id: str | None = None,
    store: Store | None = None,
) -> int:
    """Record a match staff made (question -> provision, date, outcome); returns its id."""
    ws.village(village_id)
    theme = resolve_theme(ws, theme)
    known = [str(p) for p in ws.provisions["provision_id"]]
    if provision_id not in known:
        near = suggest(provision_id, known)
        key = "ws.unknown_provision_near" if near else "ws.unknown_provision"
        raise WorkspaceError(key=key, item=provision_id, near=near)
    if outcome not in MATCH_OUTCOMES:
        raise WorkspaceError(
            key="match.unknown_outcome", outcome=outcome, known=", ".join(MATCH_OUTCOMES)
        )
    if age is not None:
        age = int(parse_age(age))
    store = store or open_store(ws)
    return store_matches.add(
        store,
        village_id=village_id,
        theme=theme,
        provision_id=provision_id,
        made_on=made_on or date.today(),
        outcome=outcome,
        age=age,
        respondent_id=respondent_id,
    )


def matches_made(ws: Workspace, village_id: str, store: Store | None = None) -> pd.DataFrame:
    """For the village plan: matches made (not declined) per theme and provision.

    Columns theme, provision (the provision's name), count; largest first.
    """
    columns = ["theme", "provision", "count"]
    store = _open(ws, store)
    if store is None:
        return pd.DataFrame(columns=columns)
    made = [r for r in store_matches.rows(store, village_id) if r["outcome"] != "declined"]
    if not made:
        return pd.DataFrame(columns=columns)
    names = dict(
        zip(ws.provisions["provision_id"].astype(str), ws.provisions["name"], strict=False)
    )
    frame = pd.DataFrame(made)
    frame["provision"] = frame["provision_id"].map(names).fillna(frame["provision_id"])
    out = frame.groupby(["theme", "provision"]).size().rename("count").reset_index()
    return out.sort_values(["count", "theme", "provision"], ascending=[False, True, True])[
        columns
    ].reset_index(drop=True)


def match_counts(
    ws: Workspace, village_id: str | None = None, store: Store | None = None
) -> pd.DataFrame:
    """Monitoring figure: matches per village and theme, in total and by outcome."""
    outcomes = list(MATCH_OUTCOMES)
    columns = ["village_id", "theme", "matches", *outcomes]
    store = _open(ws, store)
    if store is None:
        return pd.DataFrame(columns=columns)
    data = store_matches.counts(store, village_id)
    if not data:
        return pd.DataFrame(columns=columns)
    frame = pd.DataFrame(data, columns=["village_id", "theme", "outcome", "n"])
    wide = frame.pivot_table(
        index=["village_id", "theme"], columns="outcome", values="n", aggfunc="sum", fill_value=0
    )
    wide = wide.reindex(columns=outcomes, fill_value=0).astype(int)
    wide.insert(0, "matches", wide.sum(axis=1))
    return wide.reset_index()[columns]
