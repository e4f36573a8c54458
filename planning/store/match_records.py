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
from planning.workspace.schemas import suggest

if TYPE_CHECKING:
    from planning.store.engine import Store
    from planning.workspace.folder import Workspace


#: a workspace may bring matches made before the workbook was used (the demo does):
#: matches/*.csv with village_id, theme, provision_id, made_on, outcome[, age]
MATCHES_FOLDER = "matches"


def _folder_files(ws: Workspace) -> list[Path]:
    folder = ws.path / MATCHES_FOLDER
    return sorted(folder.glob("*.csv")) if folder.is_dir() else []


def _seed_from_folder(ws: Workspace, store: Store) -> None:
    """Fill an empty matches table from matches/*.csv, all rows or none.

    Like the monitoring observations, files are the way matches recorded elsewhere
    (a spreadsheet kept before the workbook) come in; once the store holds matches it
    is the record and the files are not read again. A row that does not fit this
    workspace (a village or provision it lacks) is left out with its reason in
    ``store.seed_skipped``, so one stray row cannot stop every village's plan.
    """
    from planning.io.tables import CellError, is_missing, parse_date, parse_int, read_raw
    from planning.store import matches as store_matches

    files = _folder_files(ws)
    if not files or not store_matches.is_empty(store):
        return
    provisions = {str(p) for p in ws.provisions["provision_id"]}
    villages = set(ws.village_ids())
    records: list[dict[str, object]] = []
    skipped: list[str] = []
    for path in files:
        raw = read_raw(path, {"village_id", "theme", "provision_id", "made_on", "outcome"})
        where = f"{MATCHES_FOLDER}/{path.name}"
        for row, cells in raw.frame.iterrows():
            try:
                record = {
                    "village_id": str(cells["village_id"]).strip(),
                    "theme": str(cells["theme"]).strip(),
                    "provision_id": str(cells["provision_id"]).strip(),
                    "made_on": parse_date(cells["made_on"]),
                    "outcome": str(cells["outcome"]).strip(),
                    "age": None if is_missing(cells.get("age")) else parse_int(cells["age"]),
                }
            except (KeyError, CellError) as exc:
                skipped.append(f"{where}, rij {row}: {exc}")
                continue
            if record["village_id"] not in villages:
                skipped.append(f"{where}, rij {row}: onbekende kern '{record['village_id']}'")
            elif record["provision_id"] not in provisions:
                skipped.append(f"{where}, rij {row}: onbekend aanbod '{record['provision_id']}'")
            elif record["outcome"] not in store_matches.OUTCOMES:
                skipped.append(
                    f"{where}, rij {row}, kolom 'outcome': verwacht "
                    + ", ".join(store_matches.OUTCOMES)
                )
            else:
                records.append(record)
    store_matches.add_many(store, records)
    store.seed_skipped = [*store.seed_skipped, *skipped]


def _open(ws: Workspace, store: Store | None) -> Store | None:
    """The store to read matches from (seeded from matches/ when empty); None: nothing yet."""
    if store is None:
        if not _store_path_exists(ws) and not _folder_files(ws):
            return None
        from planning.store import open_store

        store = open_store(ws)
    _seed_from_folder(ws, store)
    return store


def _store_path_exists(ws: Workspace) -> bool:
    from planning.store.engine import store_url_for

    url = store_url_for(ws)
    if not url.startswith("sqlite:///"):
        return True
    return Path(url.removeprefix("sqlite:///")).exists()


def taken_places(ws: Workspace, store: Store | None = None) -> dict[str, int]:
    """provision_id -> places taken by recorded matches (none when there is no store yet)."""
    from planning.store import matches as store_matches

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
    from planning.analysis.matching import _check_age, resolve_theme
    from planning.store import matches as store_matches
    from planning.store import open_store

    ws.village(village_id)
    theme = resolve_theme(ws, theme)
    known = [str(p) for p in ws.provisions["provision_id"]]
    if provision_id not in known:
        near = suggest(provision_id, known)
        hint = f"; bedoelt u '{near}'?" if near else ""
        raise WorkspaceError(f"onbekend aanbod '{provision_id}'{hint}")
    if outcome not in store_matches.OUTCOMES:
        raise WorkspaceError(f"uitkomst '{outcome}': verwacht {', '.join(store_matches.OUTCOMES)}")
    if age is not None:
        age = int(_check_age(age))
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
    from planning.store import matches as store_matches

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
    from planning.store import matches as store_matches

    outcomes = list(store_matches.OUTCOMES)
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
