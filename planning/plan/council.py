"""The council's overview: where every kern of the municipality stands, one row each.

The council wants to see every kern at once: which have a plan and how old it is, where
the gaps are robust, where the 75+ share grows fastest, where nobody lives within walking
distance of a meeting place, where commitments lapse. Each figure comes from the analysis
that owns it, computed once for all kernen (so a national workspace takes seconds):

- inhabitants now (base year) and in 10 years, and the 75+ share of both:
  planning.analysis.population.project for every kern at once;
- the share of inhabitants within walking distance of a meeting place:
  planning.analysis.access.coverage for every kern at once;
- the top needs (the largest weighted shares at the longest horizon, only themes named
  by at least 5 respondents): planning.survey.needs for every kern at once;
- robust shortfalls (short even when only one in twenty of those in need comes in a
  given week): planning.analysis.gaps, only for the kernen where some theme is named by
  at least 5 respondents; elsewhere the verdict rests on fewer than 5 and is never
  published, so it is not computed;
- the newest recorded plan and its age: planning.store.plan_records;
- commitments whose last year is this year or next: the workspace's commitments.

Figures built on fewer than 5 people are "<5" (planning.survey.suppression), as in
every plan.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING

import numpy as np
import pandas as pd

from planning.analysis.access import coverage
from planning.analysis.demand import remember_population
from planning.analysis.gaps import gaps, remember_needs
from planning.analysis.population import project
from planning.errors import PlanningError
from planning.plan.measures import MEASURES
from planning.store import open_store
from planning.store.plan_records import latest_records
from planning.survey.needs import needs
from planning.survey.suppression import SMALL_CELL, SUPPRESSED

if TYPE_CHECKING:
    from planning.workspace.folder import Workspace

#: the horizon of "in 10 years" (the workspace's longest horizon when it has no 10)
LATER = 10
OLD_BANDS = ("75-79", "80-84", "85-89", "90-94", "95+")
TOP_NEEDS = 3
COLUMNS = [
    "village_id",
    "name",
    "municipality",
    "inhabitants_now",
    "inhabitants_later",
    "change",
    "share_75_now",
    "share_75_later",
    "growth_75",
    "walk_share",
    "respondents",
    "top_needs",
    "robust_gaps",
    "robust_themes",
    "plan_number",
    "plan_date",
    "plan_age",
    "plan_generated",
    "lapsing",
    "lapsing_years",
]


@dataclass
class CouncilOverview:
    """Every kern's row (numbers, not formatted; "<5" where suppressed) and the context."""

    rows: pd.DataFrame
    base_year: int
    later_year: int
    made_on: date
    workspace_name: str
    generated: bool
    theme_labels: dict[str, str]
    walk_m: float
    #: sentences about parts that could not be computed, by part
    notes: dict[str, str] = field(default_factory=dict)


def later_horizon(ws: Workspace) -> int:
    horizons = list(ws.settings.horizons)
    return LATER if LATER in horizons else max(horizons, default=LATER)


def council_overview(ws: Workspace, made_on: date, lang: str | None = None) -> CouncilOverview:
    """One row per kern (villages.csv order); see the module docstring for each figure."""
    lang = lang or ws.settings.lang
    settings = ws.settings
    later = later_horizon(ws)
    villages = ws.villages.dropna(subset=["village_id"]).drop_duplicates("village_id")
    ids = [str(v) for v in villages["village_id"]]
    rows = pd.DataFrame(
        {
            "village_id": ids,
            "name": villages["name"].astype(str).to_numpy(),
            "municipality": villages["municipality"].astype(str).to_numpy(),
        }
    ).set_index("village_id", drop=False)
    projection = project(ws, horizons=(later,)).frame
    remember_population(ws, projection, [settings.base_year + later])
    _population(projection, rows, later)
    walk = {c["village_id"]: c["share_within_walk"] for c in coverage(ws)} if ids else {}
    rows["walk_share"] = pd.Series(walk, dtype=float).reindex(rows.index)
    _needs_and_gaps(ws, rows, later)
    _plans(ws, rows, made_on)
    _lapsing(ws, rows, made_on)
    return CouncilOverview(
        rows=rows[COLUMNS].reset_index(drop=True),
        base_year=settings.base_year,
        later_year=settings.base_year + later,
        made_on=made_on,
        workspace_name=settings.name,
        generated=settings.generated,
        theme_labels={code: settings.theme_label(code, lang) for code in settings.themes},
        walk_m=float(settings.thresholds.walk_m),
    )


def _population(frame: pd.DataFrame, rows: pd.DataFrame, later: int) -> None:
    """Inhabitants and the 75+ share, now and later; a 75+ count under 5 hides its shares."""
    total = frame.pivot_table(
        index="village_id", columns="horizon", values="inhabitants", aggfunc="sum"
    )
    old = (
        frame[frame["age_band"].isin(OLD_BANDS)]
        .pivot_table(index="village_id", columns="horizon", values="inhabitants", aggfunc="sum")
        .reindex(total.index)
        .fillna(0.0)
    )
    now_n = total.get(0, pd.Series(dtype=float)).reindex(rows.index)
    later_n = total.get(later, pd.Series(dtype=float)).reindex(rows.index)
    old_now = old.get(0, pd.Series(dtype=float)).reindex(rows.index)
    old_later = old.get(later, pd.Series(dtype=float)).reindex(rows.index)
    rows["inhabitants_now"] = now_n.round()
    rows["inhabitants_later"] = later_n.round()
    rows["change"] = (later_n - now_n) / now_n.where(now_n > 0)
    share_now = old_now / now_n.where(now_n > 0)
    share_later = old_later / later_n.where(later_n > 0)
    small = (old_now.round() < SMALL_CELL) | (old_later.round() < SMALL_CELL)
    rows["share_75_now"] = share_now.astype(object).where(~small, SUPPRESSED)
    rows["share_75_later"] = share_later.astype(object).where(~small, SUPPRESSED)
    rows["growth_75"] = (share_later - share_now).astype(object).where(~small, SUPPRESSED)


def _needs_and_gaps(ws: Workspace, rows: pd.DataFrame, later: int) -> None:
    """Top needs and robust shortfalls at the longest survey horizon up to ``later``."""
    rows["respondents"] = 0
    rows["top_needs"] = [[] for _ in range(len(rows))]
    rows["robust_gaps"] = None
    rows["robust_themes"] = [[] for _ in range(len(rows))]
    if ws.responses.empty:
        return
    table = needs(ws)
    if table.empty:
        return
    remember_needs(ws, table, list(rows.index))
    horizon = max((h for h in table["horizon"].unique() if h <= later), default=None)
    if horizon is None:
        return
    part = table[table["horizon"] == horizon]
    respondents = part.groupby("village_id")["respondents"].max()
    rows["respondents"] = respondents.reindex(rows.index).fillna(0).astype(int)
    named = part[part["naming"] >= SMALL_CELL].sort_values(
        ["village_id", "share", "theme"], ascending=[True, False, True]
    )
    top = named.groupby("village_id")["theme"].agg(lambda t: list(t.head(TOP_NEEDS)))
    rows["top_needs"] = [top.get(v, []) for v in rows.index]
    small = rows["respondents"] < SMALL_CELL
    robust: dict[str, list[str]] = {}
    for vid in rows.index[~small & rows.index.isin(top.index)]:
        table_v = gaps(ws, vid, year=ws.settings.base_year + later)
        sure = table_v[(table_v["verdict"] == "robust_gap") & (table_v["naming"] >= SMALL_CELL)]
        robust[vid] = [str(t) for t in sure["theme"]]
        rows.at[vid, "robust_gaps"] = len(sure)
    rows["robust_themes"] = [robust.get(v, []) for v in rows.index]
    # surveyed, but no theme named by 5 or more: every verdict would rest on fewer than 5
    rows.loc[(rows["respondents"] > 0) & rows["robust_gaps"].isna(), "robust_gaps"] = SUPPRESSED


def _plans(ws: Workspace, rows: pd.DataFrame, made_on: date) -> None:
    """The newest recorded plan of each kern and its age in whole years."""
    try:
        records = latest_records(open_store(ws))
    except PlanningError:
        records = {}
    numbers, dates, ages, generated = [], [], [], []
    for vid in rows.index:
        rec = records.get(vid)
        numbers.append(rec.number if rec else None)
        dates.append(rec.made_on if rec else None)
        ages.append(_whole_years(rec.made_on, made_on) if rec else None)
        generated.append(bool(rec.generated) if rec else False)
    rows["plan_number"] = numbers
    rows["plan_date"] = dates
    rows["plan_age"] = ages
    rows["plan_generated"] = generated


def _whole_years(start: date, end: date) -> int:
    return max(end.year - start.year - ((end.month, end.day) < (start.month, start.day)), 0)


def _lapsing(ws: Workspace, rows: pd.DataFrame, made_on: date) -> None:
    """Commitments whose last year is this year or next: they lapse unless renewed."""
    com = ws.commitments
    rows["lapsing"] = 0
    rows["lapsing_years"] = [[] for _ in range(len(rows))]
    if com.empty:
        return
    end = pd.to_numeric(com["end_year"], errors="coerce")
    soon = com[(end >= made_on.year) & (end <= made_on.year + 1)]
    lapsing: dict[str, list[int]] = {}
    for vid, years in soon.groupby(soon["village_id"].astype(str))["end_year"]:
        if vid in rows.index:
            rows.at[vid, "lapsing"] = len(years)
            lapsing[vid] = sorted({int(y) for y in years})
    rows["lapsing_years"] = [lapsing.get(v, []) for v in rows.index]


def measure_values(overview: CouncilOverview, measure: str) -> pd.Series:
    """The chosen measure per kern as numbers (NaN where suppressed or unknown)."""
    if measure not in MEASURES:
        raise KeyError(measure)
    values = overview.rows[measure].map(
        lambda v: np.nan if v is None or isinstance(v, str) else float(v)
    )
    return pd.Series(values.to_numpy(float), index=overview.rows["village_id"])
