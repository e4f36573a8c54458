"""Gaps: per village, theme and horizon, demand against supply.

demand
    ``need_share x inhabitants x weekly_share``: the weighted share of
    respondents naming the theme for that horizon (``planning.survey.needs``)
    times the village's inhabitants in the horizon year: residents who need
    something on this theme. Inhabitants are the workspace's projection by age
    band (``planning.analysis.population``) unless a caller passes its own, and
    the share follows ageing: the survey is reweighted to each year's projected
    age structure (``planning.analysis.demand``), so a theme named mostly by the
    old grows as the village ages. The CLI, the notebooks, the scenarios, the
    PDF and the XLSX all call this one function. ``weekly_share`` (``[gaps]`` in workspace.toml,
    default 1) is the part of them that needs a place in any given week; with
    the default, demand is every resident with the need, as the survey says.
supply
    persons per week that provisions, commitments and scenario actions can take
    (see ``planning.analysis.supply`` for how each source counts).
coverage
    ``supply / demand``; below ``thresholds.gap_coverage`` (default 0.8) the
    theme is a gap in that horizon.

Every figure is returned with its parts (``gaps``), and every supply figure
with its items (``planning.analysis.supply.supply_detail``), so a working group can ask
"where does this number come from" and get an answer.
"""

from __future__ import annotations

from collections.abc import Hashable, Mapping
from functools import partial
from typing import TYPE_CHECKING, Any

import numpy as np
import pandas as pd

from planning.analysis.demand import aged_needs, as_is, projected_population
from planning.analysis.supply import supply_detail
from planning.survey.needs import needs as survey_needs
from planning.survey.suppression import SUPPRESSED, publishable
from planning.workspace.schemas import RESPONSES

if TYPE_CHECKING:
    from planning.workspace.folder import Workspace

GAP_COLUMNS = (
    "village_id",
    "theme",
    "horizon",
    "year",
    "need_horizon",
    "respondents",
    "naming",
    "need_share",
    "indicative",
    "inhabitants",
    "weekly_share",
    "demand",
    "supply_provisions",
    "supply_commitments",
    "supply_extra",
    "supply",
    "coverage",
    "threshold",
    "gap",
    "status",
    "verdict",
)

#: the weekly shares between which a verdict must hold to be called robust: of those
#: naming a need, from one in twenty to one in five uses supply in an ordinary week
WEEKLY_SHARE_RANGE = (0.05, 0.20)


def verdict(supply: float, demand_per_resident: float, threshold: float) -> str | None:
    """Robust or assumption-dependent: the verdict for every weekly share in the range.

    ``demand_per_resident`` is need share x inhabitants (demand before the weekly
    share). Returns "robust_gap" (short even at 5%), "robust_covered" (covered even
    at 20%), "depends" (the weekly share decides), or None when there is no demand.
    """
    if not demand_per_resident > 0:
        return None
    low, high = WEEKLY_SHARE_RANGE
    if supply / (demand_per_resident * low) < threshold:
        return "robust_gap"
    if supply / (demand_per_resident * high) >= threshold:
        return "robust_covered"
    return "depends"


NEEDS_COLUMNS = ("village_id", "theme", "horizon", "respondents", "naming", "share", "indicative")


def _empty_needs() -> pd.DataFrame:
    return pd.DataFrame({c: pd.Series(dtype=object) for c in NEEDS_COLUMNS})


def load_needs(ws: Workspace, village_id: str) -> pd.DataFrame:
    """The survey's needs for the village (cached per responses table).

    A village without respondents has no needs, and every demand is unknown
    (status ``no_data``) rather than zero.
    """
    return ws.cached(
        ("gaps.needs", village_id),
        (RESPONSES, "villages", "population"),
        lambda: survey_needs(ws, village_id),
    )


def remember_needs(ws: Workspace, table: pd.DataFrame, village_ids: list[str]) -> None:
    """Keep each village's part of an every-village needs table (``survey.needs(ws)``) as
    its ``load_needs``, so the overview of every kern computes the survey once, not once
    per village (the weighting is per village, so the parts are the same figures)."""
    by_village = dict(iter(table.groupby(table["village_id"].astype(str), sort=False)))
    for vid in village_ids:
        part = by_village.get(vid, table.iloc[0:0]).reset_index(drop=True)
        ws.cached(("gaps.needs", vid), (RESPONSES, "villages", "population"), partial(as_is, part))


def _inhabitants_by_year(
    ws: Workspace, village_id: str, years: list[int], population: Any
) -> dict[int, float]:
    """Inhabitants in each year: CBS (latest year) or a scenario's projection.

    ``population`` may be a number (same every year), a mapping keyed by year or
    horizon, or a frame with ``inhabitants`` and a ``year`` or ``horizon`` column
    (optionally ``village_id`` and age bands, which are summed).
    """
    base = ws.settings.base_year
    if population is None:
        current = float(ws.inhabitants().get(village_id, 0))
        return dict.fromkeys(years, current)
    if isinstance(population, int | float | np.integer | np.floating):
        return dict.fromkeys(years, float(population))
    if isinstance(population, pd.DataFrame):
        frame = population
        if "village_id" in frame.columns:
            frame = frame[frame["village_id"].astype(str) == village_id]
        if "year" in frame.columns:
            by = frame.groupby("year")["inhabitants"].sum()
            return {y: float(by.get(y, np.nan)) for y in years}
        if "horizon" in frame.columns:
            by = frame.groupby("horizon")["inhabitants"].sum()
            return {y: float(by.get(y - base, np.nan)) for y in years}
        return dict.fromkeys(years, float(frame["inhabitants"].sum()))
    if isinstance(population, Mapping):
        out = {}
        for y in years:
            value = population.get(y, population.get(y - base, population.get(str(y - base))))
            out[y] = float(value) if value is not None else np.nan
        return out
    raise TypeError("population: a number, a table or {year or horizon: inhabitants}")


def _by_band(population: Any) -> bool:
    return isinstance(population, pd.DataFrame) and {"age_band", "year"} <= set(population.columns)


def _need_horizon(available: list[int], horizon: int) -> int | None:
    """The survey horizon that answers for a year: the nearest one not before it."""
    if not available:
        return None
    later = [h for h in available if h >= horizon]
    return min(later) if later else max(available)


def gaps(
    ws: Workspace,
    village_id: str,
    year: int | None = None,
    population: Any = None,
    extra_supply: Any = None,
    needs: pd.DataFrame | None = None,
) -> pd.DataFrame:
    """Demand against supply per theme and horizon, with every part of the sum.

    ``year`` restricts the table to one year (its horizon is ``year - base_year``;
    the survey horizon used is the nearest one not before it); by default every
    horizon of the workspace. ``population`` replaces the projection (a number,
    {year: inhabitants} or a frame; a frame with ``age_band`` and ``year`` keeps
    the shares following ageing), ``extra_supply`` is the weekly capacity a
    scenario's actions add, ``needs`` a fixed needs table used as given (default:
    the survey, reweighted to each year's projected age structure).
    Status: ``gap``, ``covered``, ``no_demand`` (nobody named it) or ``no_data``
    (no survey answers for the village).
    """
    ws.village(village_id)
    base = ws.settings.base_year
    threshold = float(ws.settings.thresholds.gap_coverage)
    weekly_share = ws.settings.gaps.weekly_share
    horizons = [year - base] if year is not None else list(ws.settings.horizons)
    years = [base + h for h in horizons]
    if population is None:
        population = projected_population(ws, village_id, years)
    aged: dict[tuple[str, int, int], float] = {}
    if needs is None and _by_band(population):
        wanted = population[population["year"].isin(years)]
        if "village_id" in wanted.columns:
            wanted = wanted[wanted["village_id"].astype(str) == village_id]
        if len(wanted) and len(ws.responses):
            table = aged_needs(ws, village_id, wanted)
            for t, h, y, sh in zip(
                table["theme"], table["horizon"], table["year"], table["share"], strict=True
            ):
                aged[(str(t), int(h), int(y))] = float(sh)
    need = load_needs(ws, village_id) if needs is None else needs
    if len(need) and "village_id" in need.columns:
        need = need[need["village_id"].astype(str) == village_id]
    need_horizons = sorted({int(h) for h in need["horizon"].dropna()}) if len(need) else []
    inhabitants = _inhabitants_by_year(ws, village_id, years, population)
    detail = supply_detail(ws, village_id, years, extra_supply)
    summed: dict[tuple[Any, ...], float] = {}
    for y, t, src, c in zip(
        detail["year"], detail["theme"], detail["source"], detail["contributed"], strict=True
    ):
        summed[(y, t, src)] = summed.get((y, t, src), 0.0) + float(c)
    by_need: dict[tuple[str, int], dict[Hashable, Any]] = {}
    respondents_at: dict[int, int] = {}
    for record in need.to_dict("records"):
        if pd.isna(record.get("horizon")):
            continue
        h = int(record["horizon"])
        by_need.setdefault((str(record["theme"]), h), record)
        n = record.get("respondents")
        if n is not None and not pd.isna(n):
            respondents_at[h] = max(respondents_at.get(h, 0), int(n))

    rows = []
    for theme in ws.settings.themes:
        for horizon, yr in zip(horizons, years, strict=True):
            nh = _need_horizon(need_horizons, horizon)
            rec = by_need.get((theme, nh)) if nh is not None else None
            respondents = respondents_at.get(nh, 0) if nh is not None else 0
            if rec is not None:
                share = float(rec["share"]) if pd.notna(rec["share"]) else np.nan
                share = aged.get((theme, nh, yr), share) if nh is not None else share
                naming = int(rec["naming"]) if pd.notna(rec["naming"]) else 0
                indicative = bool(rec.get("indicative", False))
            elif respondents > 0:
                share, naming, indicative = 0.0, 0, False
            else:
                share, naming, indicative = np.nan, 0, True
            inh = inhabitants[yr]
            demand = share * inh * weekly_share
            parts = {
                src: float(summed.get((yr, theme, src), 0.0))
                for src in ("provision", "commitment", "extra")
            }
            supply = sum(parts.values())
            if np.isnan(demand):
                cov, gap, status = np.nan, False, "no_data"
            elif demand <= 0:
                cov, gap, status = np.nan, False, "no_demand"
            else:
                cov = supply / demand
                gap = bool(cov < threshold)
                status = "gap" if gap else "covered"
            rows.append(
                {
                    "village_id": village_id,
                    "theme": theme,
                    "horizon": horizon,
                    "year": yr,
                    "need_horizon": nh,
                    "respondents": respondents,
                    "naming": naming,
                    "need_share": share,
                    "indicative": indicative,
                    "inhabitants": inh,
                    "weekly_share": weekly_share,
                    "demand": demand,
                    "supply_provisions": parts["provision"],
                    "supply_commitments": parts["commitment"],
                    "supply_extra": parts["extra"],
                    "supply": supply,
                    "coverage": cov,
                    "threshold": threshold,
                    "gap": gap,
                    "status": status,
                    "verdict": verdict(supply, share * inh, threshold),
                }
            )
    return pd.DataFrame(rows, columns=list(GAP_COLUMNS))


#: counts in the gap table and the figures that would give them away
GAP_DERIVED: dict[str, tuple[str, ...]] = {
    "respondents": ("need_share", "demand", "coverage"),
    "naming": ("need_share", "demand", "coverage"),
}
#: figures that say something about the respondents: shown as "<5" with the count
GAP_VERDICT_COLUMNS = ("gap", "status", "verdict")


def publishable_gaps(table: pd.DataFrame) -> pd.DataFrame:
    """The gap table fit for publication: respondent counts under 5 as "<5".

    The need share, demand and coverage built on such a count are blanked, and the
    verdict built on them (gap, status, verdict) is "<5" too; supply stays (it
    names no respondent).
    """
    out = publishable(table, derived=GAP_DERIVED)
    small = out["naming"].astype(str).eq(SUPPRESSED) | out["respondents"].astype(str).eq(SUPPRESSED)
    for column in GAP_VERDICT_COLUMNS:
        out[column] = out[column].astype(object).where(~small, SUPPRESSED)
    return out
