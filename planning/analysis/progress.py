"""Progress since a plan: each indicator then (when the plan was made) and now, against its
target.

The council asked whether the work moved anything ("op maatschappelijke effecten sturen
en dit monitoren"). A later plan therefore shows, per indicator of the workspace, the
figure of the period in which the earlier plan was made (the newest observation starting
on or before that date, else the first one after it), the newest figure, the target of
the next horizon, and whether the figure moved towards that target. Figures come from the
store (planning.analysis.monitoring.observations), the target rule from
planning.workspace.indicators; nothing is estimated here.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

import pandas as pd

from planning.analysis.monitoring import _next_horizon, observations
from planning.workspace.indicators import indicators

if TYPE_CHECKING:
    from planning.workspace.folder import Workspace

COLUMNS = [
    "code",
    "label",
    "unit",
    "then_period",
    "then_value",
    "now_period",
    "now_value",
    "target",
    "target_year",
    "towards",
    "on_track",
]


def progress_since(
    ws: Workspace, village_id: str, since: date, lang: str = "nl", today: date | None = None
) -> pd.DataFrame:
    """One row per indicator with observations for the village: then, now, target, verdict.

    ``towards`` is True when the newest figure lies closer to the target than the figure
    at the plan (False when further, None when either is missing or nothing changed);
    ``on_track`` is the indicator's own rule (planning.workspace.indicators). A figure
    observed only before the plan has no "now" of its own: then and now are the same.
    """
    obs = observations(ws, village_id)
    inhabitants = int(ws.inhabitants().get(village_id, 0))
    horizon = _next_horizon(ws, today)
    rows = []
    for code, ind in indicators(ws).items():
        mine = obs[obs["indicator"] == code]
        if mine.empty:
            continue
        starts = pd.to_datetime(mine["period_start"]).dt.date
        before = mine[starts <= since]
        then = before.iloc[-1] if len(before) else mine.iloc[0]
        now = mine.iloc[-1]
        target = ind.target(horizon, inhabitants)
        then_v, now_v = float(then["value"]), float(now["value"])
        towards = None
        if target is not None and now_v != then_v:
            towards = abs(target - now_v) < abs(target - then_v)
        rows.append(
            {
                "code": code,
                "label": ind.label_in(lang),
                "unit": ind.unit_in(lang),
                "then_period": str(then["period"]),
                "then_value": then_v,
                "now_period": str(now["period"]),
                "now_value": now_v,
                "target": None if target is None else round(target, 1),
                "target_year": ws.settings.base_year + horizon,
                "towards": towards,
                "on_track": ind.on_track(now_v, target),
            }
        )
    return pd.DataFrame(rows, columns=COLUMNS)
