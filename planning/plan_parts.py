"""The parts of a village plan, each gathered from the analysis that owns it.

Each function fills one part of a :class:`~planning.plan.VillagePlan` by
calling the same function a notebook calls. When the analysis has nothing for
this village (no survey held, no scenario made) or is not part of this
version of the workbook, the part stays empty and ``plan.notes`` gets the
sentence the reader sees instead.
"""

from __future__ import annotations

import importlib
import re
from types import ModuleType
from typing import TYPE_CHECKING, Any

import pandas as pd

from planning.report.texts import text

if TYPE_CHECKING:
    from planning.plan import VillagePlan
    from planning.workspace import Workspace

#: counts under this are published as "<5"
SMALL = 5
QUOTES = 4
QUOTE_LIMIT = 280
#: text that looks like contact details never reaches a plan, even in a released quote
_CONTACT = re.compile(
    r"(\+?\d[\d\s\-]{7,}\d)|([\w.+-]+@[\w-]+\.[\w.]+)|(\b\d{4}\s?[A-Z]{2}\b)", re.UNICODE
)


def optional(module: str) -> ModuleType | None:
    """The module if this version of the workbook has it (a missing area is no error)."""
    try:
        return importlib.import_module(module)
    except ModuleNotFoundError as exc:
        if exc.name and (module == exc.name or module.startswith(exc.name + ".")):
            return None
        raise


def _note(plan: VillagePlan, key: str, sentence_key: str, **fields: Any) -> None:
    plan.notes[key] = text(sentence_key, plan.lang, **fields)


# -- the village ---------------------------------------------------------------------------
def population(ws: Workspace, plan: VillagePlan) -> None:
    """Inhabitants by age in the CBS year, and projected to the horizons when available."""
    from planning.schemas import AGE_BANDS

    latest = ws.latest_population()
    mine = latest[latest["village_id"] == plan.village_id]
    if not mine.empty:
        plan.data_year = int(mine["year"].iloc[0])
        plan.inhabitants = int(mine["inhabitants"].sum())
    cbs = mine.groupby("age_band")["inhabitants"].sum()
    frame = pd.DataFrame({"age_band": list(AGE_BANDS)})
    cbs_col = f"cbs_{plan.data_year}"
    frame[cbs_col] = frame["age_band"].map(cbs).fillna(0).astype(int)
    series = [(cbs_col, text("cbs_year", plan.lang, year=plan.data_year))]

    module = optional("planning.population")
    projected = None
    if module is not None and hasattr(module, "project"):
        projected = _projection(module.project(ws, plan.village_id), plan)
    if projected is None:
        _note(plan, "projection", "no_projection")
        plan.population = frame
        plan.population_series = series
        return
    bands, assumptions = projected
    plan.projection_assumptions = assumptions
    years = [plan.base_year, *(plan.year(h) for h in plan.horizons)]
    names = [text("now", plan.lang, year=plan.base_year)] + [
        text("horizon", plan.lang, h=h, year=plan.year(h)) for h in plan.horizons
    ]
    for year, name in zip(years, names, strict=True):
        col = f"y{year}"
        frame[col] = frame["age_band"].map(bands.get(year, {})).fillna(0).round().astype(int)
        series.append((col, name))
    plan.population = frame
    plan.population_series = series


def _projection(
    result: Any, plan: VillagePlan
) -> tuple[dict[int, dict[str, float]], list[str]] | None:
    """Bands per year from project(): accepts a frame, or (frame, assumptions)."""
    assumptions: list[str] = []
    frame = result
    if isinstance(result, tuple):
        frame, extra = result[0], result[1] if len(result) > 1 else None
        if isinstance(extra, dict):
            assumptions = [f"{k}: {v}" for k, v in extra.items()]
        elif isinstance(extra, (list, tuple)):
            assumptions = [str(a) for a in extra]
    if not isinstance(frame, pd.DataFrame) or frame.empty:
        return None
    if "village_id" in frame:
        frame = frame[frame["village_id"] == plan.village_id]
    value = "inhabitants" if "inhabitants" in frame else frame.select_dtypes("number").columns[-1]
    if "year" not in frame and "horizon" in frame:
        frame = frame.assign(year=plan.base_year + frame["horizon"].astype(int))
    bands: dict[int, dict[str, float]] = {}
    for (year, band), v in frame.groupby(["year", "age_band"])[value].sum().items():
        bands.setdefault(int(year), {})[str(band)] = float(v)
    return bands, assumptions


# -- what residents said ---------------------------------------------------------------------
def survey(ws: Workspace, plan: VillagePlan) -> None:
    responses = ws.responses
    mine = responses[responses["village_id"] == plan.village_id] if len(responses) else responses
    plan.respondents = len(mine)
    module = optional("planning.survey")
    if plan.respondents == 0:
        _note(plan, "residents", "no_survey")
        return
    plan.quotes = quotes(mine, plan)
    if module is None:
        _note(plan, "residents", "no_survey_module")
        return
    needs = module.needs(ws, plan.village_id)
    if "village_id" in needs:
        needs = needs[needs["village_id"] == plan.village_id]
    plan.needs = module.publishable(needs).reset_index(drop=True)
    plan.channels = _channels(module.channel_counts(ws, plan.village_id))
    reach = module.representativeness(ws, plan.village_id)
    if isinstance(reach, pd.DataFrame):
        plan.reach = reach.reset_index(drop=reach.index.name is None)
    if hasattr(module, "volunteers_offered"):
        plan.volunteers = int(module.volunteers_offered(ws, plan.village_id))


def _channels(counts: Any) -> pd.DataFrame:
    if isinstance(counts, dict):
        counts = pd.Series(counts)
    if isinstance(counts, pd.Series):
        counts = counts.rename("respondents").rename_axis("channel").reset_index()
    return counts


def quotes(responses: pd.DataFrame, plan: VillagePlan) -> list[dict[str, Any]]:
    """A few anonymous quotes: only texts released for publication, no contact details."""
    if "quote_publishable" not in responses:
        return []
    released = responses[responses["quote_publishable"].fillna(False).astype(bool)]
    out: list[dict[str, Any]] = []
    for h in plan.horizons:
        column = f"need_{h}y"
        if column not in released:
            continue
        for value in released.sort_values("respondent_id")[column]:
            if not isinstance(value, str) or not value.strip() or _CONTACT.search(value):
                continue
            out.append({"horizon": h, "text": shorten(" ".join(value.split()), QUOTE_LIMIT)})
            break
    return out[:QUOTES]


def shorten(value: str, limit: int) -> str:
    return value if len(value) <= limit else value[: limit - 1].rstrip() + "…"


# -- facilities and access ------------------------------------------------------------------
def facilities(ws: Workspace, plan: VillagePlan) -> None:
    fac = ws.facilities
    mine = fac[fac["village_id"] == plan.village_id].sort_values("facility_id")
    table = mine[["facility_id", "name", "kind"]].reset_index(drop=True)
    if mine.empty:
        _note(plan, "facilities", "no_facilities")
    inventory = optional("planning.inventory")
    if inventory is not None and not mine.empty:
        qualities = inventory.facility_qualities(ws, mine)
        table = table.merge(qualities, on="facility_id", how="left")
    elif not mine.empty:
        _note(plan, "qualities", "no_qualities")
    plan.facilities = table
    access = optional("planning.access")
    if access is None:
        _note(plan, "coverage", "no_coverage")
        _note(plan, "map", "no_map")
        return
    found = access.coverage(ws, plan.village_id)
    plan.coverage = [dict(c, situation="now") for c in found]
    if not plan.coverage:
        _note(plan, "coverage", "no_coverage")
    plan._map = lambda: access.village_map(ws, plan.village_id)


# -- scenario and plan ---------------------------------------------------------------------
def scenario(ws: Workspace, plan: VillagePlan, name: str | None) -> None:
    module = optional("planning.scenario")
    if module is None:
        _note(plan, "plan", "plan.no_scenario_module")
        return
    chosen = _choose(ws, plan.village_id, name, module)
    if chosen is None:
        _note(plan, "plan", "plan.no_scenario")
        return
    sc, version = chosen
    plan.scenario = str(getattr(sc, "name", name))
    plan.version = version
    partners = dict(zip(ws.partners["partner_id"], ws.partners["name"], strict=False))
    rows = []
    for action in getattr(sc, "actions", []):
        get = action.get if isinstance(action, dict) else lambda k, a=action: getattr(a, k, None)
        rows.append(
            {
                "title": get("title"),
                "kind": get("kind"),
                "themes": list(get("themes") or []),
                "partner": partners.get(get("partner_id"), get("partner_id")),
                "start_year": get("start_year"),
                "end_year": get("end_year"),
                "one_off_cost": get("one_off_cost"),
                "yearly_cost": get("yearly_cost"),
                "reach_per_week": get("reach_per_week"),
            }
        )
    if rows:
        plan.actions = (
            pd.DataFrame(rows).sort_values(["start_year", "title"]).reset_index(drop=True)
        )
    result = module.evaluate(ws, sc)
    plan.effect = _effect(result, plan)
    if plan.effect.empty:
        _note(plan, "effect", "plan.no_effect")


def _choose(ws: Workspace, village_id: str, name: str | None, module: ModuleType) -> Any:
    """(scenario, version) by name, else the chosen one, else the first; None if none."""
    finder = getattr(module, "plan_scenario", None)
    if finder is None:
        return None
    return finder(ws, village_id, name)


def _effect(result: Any, plan: VillagePlan) -> pd.DataFrame:
    rows = []
    horizons = (result or {}).get("horizons", {}) if isinstance(result, dict) else {}
    for h in plan.horizons:
        part = horizons.get(str(h)) or horizons.get(h)
        if not part:
            continue
        rows.append({"horizon": h, "year": plan.year(h), **part})
    return pd.DataFrame(rows)


# -- matching ------------------------------------------------------------------------------
def matching(ws: Workspace, plan: VillagePlan) -> None:
    module = optional("planning.matching")
    if module is None:
        _note(plan, "matching", "match.no_module")
        _note(plan, "gaps", "gaps.none")
        return
    frames = []
    for h in plan.horizons:
        gaps = module.gaps(ws, plan.village_id, year=plan.year(h))
        if isinstance(gaps, pd.DataFrame) and not gaps.empty:
            frames.append(gaps.assign(horizon=h, year=plan.year(h)))
    if frames:
        plan.gaps = pd.concat(frames, ignore_index=True)
    else:
        _note(plan, "gaps", "gaps.none")
    made = getattr(module, "matches_made", None)
    plan.matches = made(ws, plan.village_id) if made else plan.matches
    if plan.matches.empty:
        _note(plan, "matching", "match.none")


def commitments(ws: Workspace, plan: VillagePlan) -> None:
    com = ws.commitments
    mine = com[com["village_id"] == plan.village_id].sort_values(["start_year", "commitment_id"])
    partners = dict(zip(ws.partners["partner_id"], ws.partners["name"], strict=False))
    frame = pd.DataFrame(
        {
            "commitment_id": mine["commitment_id"].astype(str),
            "partner": mine["partner_id"].map(partners).fillna(mine["partner_id"]),
            "description": mine["description"],
            "start_year": mine["start_year"],
            "end_year": mine["end_year"],
            "hours_per_year": mine["hours_per_year"],
            "budget_per_year": mine["budget_per_year"],
        }
    ).reset_index(drop=True)
    plan.commitments = frame
    if frame.empty:
        _note(plan, "commitments", "plan.no_commitments")


# -- monitoring ----------------------------------------------------------------------------
def monitoring(ws: Workspace, plan: VillagePlan) -> None:
    module = optional("planning.monitoring")
    if module is None:
        _note(plan, "monitoring", "mon.no_module")
        return
    targets = getattr(module, "targets", None)
    frame = targets(ws, plan.village_id) if targets else None
    if isinstance(frame, pd.DataFrame) and not frame.empty:
        plan.monitoring = frame.reset_index(drop=True)
    else:
        _note(plan, "monitoring", "mon.none")
