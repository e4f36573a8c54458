"""Monitoring societal effects: the latest figures per village against their targets.

The municipality steers on effects, not on counted activities: visitors of
meeting places, matches between questions and supply, Jeugdfonds uptake, active
volunteers, loneliness from the GGD monitor. Indicators and their targets live
in workspace.toml (planning.workspace.indicators)::

    [indicators.visitors]
    label = "Bezoekers ontmoetingsplekken"
    unit = "bezoekers per maand"
    direction = "up"            # up: more is better; down: less is better
    per_inhabitants = 1000      # targets are per 1.000 inhabitants of the village
    source = "Turflijsten ontmoetingsplekken"
    targets = { 3 = 60, 5 = 70, 10 = 80 }   # per horizon (years after base_year)

Observations come in as CSV/XLSX and are kept in the store (planning.store.observations).
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import cast

import pandas as pd
import sqlalchemy as sa

from planning.errors import StoreError
from planning.i18n import fmt_num
from planning.store import observations as store_observations
from planning.store import open_store
from planning.store.observations import ImportResult
from planning.workspace.folder import Workspace, open_workspace
from planning.workspace.indicators import indicators

__all__ = ["ImportResult", "import_observations", "latest", "observations", "targets"]


def import_observations(
    ws: Workspace | Path | str, file: Path | str, sheet: str | None = None
) -> ImportResult:
    """Read a CSV/XLSX of observations; good rows go into the store in one transaction.

    A row with a problem is left out and reported (file, row, column, value, what was
    expected); the other rows are imported. A file that cannot be read at all, or lacks
    a required column, raises and writes nothing.
    """
    workspace = ws if isinstance(ws, Workspace) else open_workspace(ws)
    return store_observations.import_file(open_store(workspace), workspace, file, sheet)


def observations(
    ws: Workspace | Path | str, village_id: str | None = None, indicator: str | None = None
) -> pd.DataFrame:
    """Observations from the store, oldest first (an empty store is seeded from monitoring/)."""
    table = store_observations.observations
    workspace = ws if isinstance(ws, Workspace) else open_workspace(ws)
    columns = [c.name for c in table.columns]
    try:
        store = open_store(workspace)
    except StoreError:
        # a read-only workspace (the packaged demo): show its files, write nothing
        frame = pd.DataFrame(store_observations.folder_rows(workspace), columns=columns)
        if village_id:
            frame = frame[frame["village_id"] == village_id]
        if indicator:
            frame = frame[frame["indicator"] == indicator]
        return frame.sort_values(["indicator", "village_id", "period_start"]).reset_index(drop=True)
    stmt = sa.select(table).order_by(table.c.indicator, table.c.village_id, table.c.period_start)
    if village_id:
        stmt = stmt.where(table.c.village_id == village_id)
    if indicator:
        stmt = stmt.where(table.c.indicator == indicator)
    return pd.DataFrame(store.read(stmt), columns=columns)


def _next_horizon(ws: Workspace, today: date | None = None) -> int:
    year = (today or date.today()).year
    for h in sorted(ws.settings.horizons):
        if ws.settings.base_year + h >= year:
            return h
    return max(ws.settings.horizons)


def latest(ws: Workspace | Path | str, village_id: str, lang: str = "nl") -> pd.DataFrame:
    """Per indicator the newest figure of a village beside its next target (for the plan)."""
    workspace = ws if isinstance(ws, Workspace) else open_workspace(ws)
    workspace.village(village_id)
    obs = observations(workspace, village_id)
    inhabitants = int(workspace.inhabitants().get(village_id, 0))
    horizon = _next_horizon(workspace)
    out = []
    for code, ind in indicators(workspace).items():
        mine = obs[obs["indicator"] == code]
        if mine.empty:
            continue
        last = mine.iloc[-1]
        target = ind.target(horizon, inhabitants)
        out.append(
            {
                "indicator": code,
                "label": ind.label_in(lang),
                "unit": ind.unit,
                "period": last["period"],
                "value": float(last["value"]),
                "target": None if target is None else round(target, 1),
                "target_year": workspace.settings.base_year + horizon,
                "on_track": ind.on_track(float(last["value"]), target),
                "source": last["source"] or ind.source,
            }
        )
    columns = [
        "indicator",
        "label",
        "unit",
        "period",
        "value",
        "target",
        "target_year",
        "on_track",
        "source",
    ]
    return pd.DataFrame(out, columns=columns)


def targets(ws: Workspace | Path | str, village_id: str, lang: str | None = None) -> pd.DataFrame:
    """For the village plan: per indicator and horizon the target beside the latest figure.

    Columns: indicator (label with unit), code, horizon, year, target, observed (text with
    its period, so a reader sees how recent it is). Numbers are formatted for ``lang``;
    target_value, observed_value and observed_period hold the same figures as numbers
    for a spreadsheet.
    """
    workspace = ws if isinstance(ws, Workspace) else open_workspace(ws)
    lang = lang or workspace.settings.lang
    inhabitants = int(workspace.inhabitants().get(village_id, 0))
    last = latest(workspace, village_id, lang).set_index("indicator")
    rows = []
    for code, ind in indicators(workspace).items():
        label = ind.label_in(lang)
        unit = f" ({ind.unit_in(lang)})" if ind.unit else ""
        observed = observed_value = observed_period = None
        if code in last.index:
            value = float(cast(float, last.loc[code, "value"]))  # one indicator: one number
            digits = 0 if value.is_integer() else 1
            period = str(last.loc[code, "period"])
            observed = f"{fmt_num(value, digits, lang)} ({period})"
            observed_value, observed_period = value, period
        for h in sorted(ind.targets):
            target = ind.target(h, inhabitants)
            digits = 0 if target is None or abs(target) >= 20 else 1
            rows.append(
                {
                    "indicator": label + unit,
                    "code": code,
                    "horizon": h,
                    "year": workspace.settings.base_year + h,
                    "target": None if target is None else fmt_num(target, digits, lang),
                    "observed": observed,
                    "target_value": target,
                    "observed_value": observed_value,
                    "observed_period": observed_period,
                }
            )
    columns = ["indicator", "code", "horizon", "year", "target", "observed"]
    columns += ["target_value", "observed_value", "observed_period"]
    return pd.DataFrame(rows, columns=columns)
