"""The parts of a village plan, each gathered from the analysis that owns it.

Each function fills one part of a :class:`~planning.plan.village_plan.VillagePlan` by
calling the same function a notebook calls. When the analysis has nothing for
this village (no survey held, no scenario made), the part stays empty and ``plan.notes`` gets the
sentence the reader sees instead.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

import pandas as pd

from planning.analysis.access import coverage
from planning.analysis.facilities import facility_qualities
from planning.analysis.intervals import with_intervals
from planning.analysis.match_records import match_counts
from planning.analysis.monitoring import targets
from planning.analysis.population_base import base_population
from planning.i18n import parse_num, text
from planning.io.cells import AGE_BANDS
from planning.plan.assumptions import gap_lines, projection_lines
from planning.scenarios.evaluate import evaluate, evaluator_for
from planning.store import open_store
from planning.store import scenarios as stored
from planning.survey import quote_review as review
from planning.survey.channels import channel_counts, representativeness, volunteers_offered
from planning.survey.round_compare import compare_rounds
from planning.survey.rounds import current_responses
from planning.survey.scrubber import localise
from planning.survey.suppression import DERIVED, SMALL_CELL, SUPPRESSED, publishable
from planning.workspace.indicators import indicators

if TYPE_CHECKING:
    from planning.plan.village_plan import VillagePlan
    from planning.workspace.folder import Workspace

QUOTES = 4


def _note(plan: VillagePlan, key: str, sentence_key: str, **fields: Any) -> None:
    plan.notes[key] = text(sentence_key, plan.lang, **fields)


# -- the village ---------------------------------------------------------------------------
def population(ws: Workspace, plan: VillagePlan) -> None:
    """Inhabitants by age where the projection starts (the register's latest peildatum, else
    the CBS year), and projected to the horizons when available."""
    start, sources = base_population(ws)
    mine = start[start["village_id"] == plan.village_id]
    source = sources.get(plan.village_id)
    if not mine.empty:
        plan.data_year = int(mine["year"].iloc[0])
        plan.inhabitants = round(float(mine["inhabitants"].sum()))
    if source is not None:
        plan.population_source = source.line(plan.lang)
    cbs = mine.groupby("age_band")["inhabitants"].sum()
    frame = pd.DataFrame({"age_band": list(AGE_BANDS)})
    cbs_col = f"cbs_{plan.data_year}"
    frame[cbs_col] = frame["age_band"].map(cbs).fillna(0).round().astype(int)
    first = (
        source.label(plan.lang)
        if source is not None
        else text("cbs_year", plan.lang, year=plan.data_year)
    )
    series = [(cbs_col, first)]
    if mine.empty:
        _note(plan, "projection", "no_projection")
        plan.population, plan.population_series = frame, series
        return
    projection = _projection(ws)
    rows = projection.frame[projection.frame["village_id"] == plan.village_id]
    plan.projection_assumptions = projection_lines(ws, plan, projection.assumptions)
    plan.projection_assumptions += gap_lines(ws, plan)
    for h in (0, *plan.horizons):
        part = rows[rows["horizon"] == h].set_index("age_band")["inhabitants"]
        col = f"y{plan.base_year + h}"
        frame[col] = frame["age_band"].map(part).fillna(0.0).round().astype(int)
        projected = plan.data_year is not None and plan.data_year < plan.base_year
        projected_now = "now.projected" if projected else "now"
        name = (
            text(projected_now, plan.lang, year=plan.base_year)
            if h == 0
            else text("horizon.when", plan.lang, h=h, year=plan.year(h))
        )
        series.append((col, name))
    plan.population, plan.population_series = frame, series


def _projection(ws: Workspace) -> Any:
    """The workspace's projection, shared with the scenario evaluator (same figures)."""
    return evaluator_for(ws).projection


# -- what residents said ---------------------------------------------------------------------
def survey(ws: Workspace, plan: VillagePlan) -> None:
    mine = current_responses(ws, plan.village_id)  # the latest round (planning.survey.rounds)
    plan.respondents = len(mine)
    if plan.respondents == 0:
        _note(plan, "residents", "no_survey")
        return
    needs = evaluator_for(ws).needs(plan.village_id)  # the evaluator's figures, cached
    # 95% Wilson intervals on n_eff (not a zero margin for 0 of 8), suppressed with the counts
    rules = {k: (*v, "low", "high") if k in ("respondents", "naming") else v
             for k, v in DERIVED.items()}  # fmt: skip
    plan.needs = publishable(with_intervals(needs), derived=rules).reset_index(drop=True)
    plan.channels = publishable(channel_counts(ws, plan.village_id))
    reach = representativeness(ws, plan.village_id)
    reach = reach.rename(columns={"age_group": "group", "share_population": "share_inhabitants"})
    plan.reach = publishable(reach).reset_index(drop=True)
    plan.volunteers = int(volunteers_offered(ws, plan.village_id))
    plan.quotes = quotes(ws, plan)
    plan.round_change = compare_rounds(ws, plan.village_id)  # its section needs two rounds


def quotes(ws: Workspace, plan: VillagePlan) -> list[dict[str, Any]]:
    """A few anonymous quotes, one per horizon: only answers the resident released and a
    member of staff approved (planning.survey.quote_review), in the text approved there:
    scrubbed of identifiers and names, or staff's edited wording. ``plan.quote_review``
    keeps the counts the method section reports."""
    found = review.quotes(ws, plan.village_id)
    plan.quote_review = {**review.summary(found), "shown": 0}
    out: list[dict[str, Any]] = []
    chosen = review.printable(found)
    for h in plan.horizons:
        said = next((q.published for q in chosen if q.horizon == h and q.published), None)
        if said is not None:
            out.append({"horizon": h, "text": localise(said, plan.lang)})
    out = out[:QUOTES]
    plan.quote_review["shown"] = len(out)
    return out


# -- facilities and access ------------------------------------------------------------------
def facilities(ws: Workspace, plan: VillagePlan) -> None:
    fac = ws.facilities
    mine = fac[fac["village_id"] == plan.village_id].sort_values("facility_id")
    table = mine[["facility_id", "name", "kind"]].reset_index(drop=True)
    if mine.empty:
        _note(plan, "facilities", "no_facilities")
    if not mine.empty:
        qualities = facility_qualities(ws, mine, lang=plan.lang)
        keep = ["facility_id", "accessible", "low_threshold", "meeting_place", "reason"]
        table = table.merge(qualities[keep], on="facility_id", how="left")
    plan.facilities = table
    now = text("now", plan.lang, year=plan.base_year)
    plan.coverage = [dict(c, situation=now) for c in coverage(ws, plan.village_id)]
    if not plan.coverage:
        _note(plan, "coverage", "no_coverage")
    plan.workspace = ws


# -- scenario and plan ---------------------------------------------------------------------
def scenario(ws: Workspace, plan: VillagePlan, name: str | None) -> None:
    """The chosen (or named) scenario, its actions, and what it changes per horizon."""
    baseline = evaluate(ws, None, village_id=plan.village_id)
    plan.gaps = _gaps(baseline, plan)
    if plan.gaps.empty:
        _note(plan, "gaps", "gaps.no_survey" if plan.respondents == 0 else "gaps.none")
    found = find_scenario(ws, plan.village_id, name)
    if found is None:
        _note(plan, "plan", "plan.no_scenario")
        return
    sc, version = found
    plan.scenario, plan.version = sc.name, version
    partners = dict(zip(ws.partners["partner_id"], ws.partners["name"], strict=False))
    rows = [
        {
            "title": a.title,
            "kind": a.kind,
            "themes": list(a.themes),
            "partner": partners.get(a.partner_id, a.partner_id),
            "start_year": a.start_year if a.start_year is not None else plan.base_year,
            "end_year": a.end_year,
            "one_off_cost": a.one_off_cost,
            "yearly_cost": a.yearly_cost,
            "reach_per_week": a.reach_per_week,
        }
        for a in sc.actions
    ]
    if rows:
        frame = pd.DataFrame(rows)
        plan.actions = frame.sort_values(["start_year", "title"], kind="stable").reset_index(
            drop=True
        )
    result = evaluate(ws, sc)
    plan.effect = _effect(baseline, result, plan)
    last = result["horizons"].get(str(max(plan.horizons)), {}).get("distance_coverage")
    if last and plan.coverage:
        label = text("with_plan", plan.lang, h=max(plan.horizons))
        plan.coverage.append(dict(last, situation=label))


def find_scenario(ws: Workspace, village_id: str, name: str | None) -> tuple[Any, str] | None:
    """(scenario, version) by name, else the village's chosen one, else its first; or None."""
    store = open_store(ws)
    if name is None:
        name = stored.chosen_name(store, village_id)
    if name is None:
        listed = stored.list_scenarios(store, village_id)
        if not listed:
            return None
        name = str(listed[0]["name"])
    sc = stored.load_scenario(store, name, village_id)
    version = stored.versions(store, name, village_id)[-1]["version"]
    return sc, str(version)


def _gaps(result: dict[str, Any], plan: VillagePlan) -> pd.DataFrame:
    rows = []
    for h in plan.horizons:
        part = result.get("horizons", {}).get(str(h))
        if not part:
            continue
        gap_themes = set(part.get("gaps", []))
        for theme in plan.theme_labels:
            demand = part.get("demand", {}).get(theme)
            if demand is None:
                continue
            rows.append(
                {
                    "theme": theme,
                    "horizon": h,
                    "year": plan.year(h),
                    "demand": demand,
                    "supply": part.get("supply", {}).get(theme),
                    "coverage": part.get("coverage", {}).get(theme),
                    "gap": theme in gap_themes,
                    "verdict": part.get("verdict", {}).get(theme),
                    "naming": part.get("naming", {}).get(theme, 0),
                }
            )
    frame = pd.DataFrame(rows)
    if frame.empty or not (pd.to_numeric(frame["demand"], errors="coerce").fillna(0) > 0).any():
        return pd.DataFrame()
    # one rule at publication: demand, coverage and verdict built on fewer than 5
    # respondents naming the theme are "<5" (planning.analysis.gaps.publishable_gaps)
    small = pd.to_numeric(frame["naming"], errors="coerce").fillna(0) < SMALL_CELL
    for column in ("demand", "coverage", "gap", "verdict", "naming"):
        frame[column] = frame[column].astype(object).where(~small, SUPPRESSED)
    return frame


def _effect(before: dict[str, Any], after: dict[str, Any], plan: VillagePlan) -> pd.DataFrame:
    rows = []
    for h in plan.horizons:
        b = before.get("horizons", {}).get(str(h))
        a = after.get("horizons", {}).get(str(h))
        if not a or not b:
            continue
        rows.append(
            {
                "horizon": h,
                "year": plan.year(h),
                "gaps_before": len(b.get("gaps", [])),
                "gaps_after": len(a.get("gaps", [])),
                "walk_before": (b.get("distance_coverage") or {}).get("share_within_walk"),
                "walk_after": (a.get("distance_coverage") or {}).get("share_within_walk"),
                "cost_cumulative": (a.get("costs") or {}).get("cumulative"),
            }
        )
    return pd.DataFrame(rows)


# -- matching ------------------------------------------------------------------------------
def matching(ws: Workspace, plan: VillagePlan) -> None:
    made = match_counts(ws, plan.village_id, store=open_store(ws))
    if not made.empty:
        plan.matches = made.drop(columns=["village_id"]).reset_index(drop=True)
    else:
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
    """Indicators with their targets per horizon and the latest observed figure."""
    frame = targets(ws, plan.village_id, lang=plan.lang)
    if frame.empty:
        _note(plan, "monitoring", "mon.none")
        return
    units = {code: ind.unit for code, ind in indicators(ws).items()}
    frame = frame.copy()
    counts = frame["code"].map(lambda c: units.get(c, "") != "%")
    for column in ("target", "observed"):
        frame[column] = [
            _suppress_text(v, plan.lang) if is_count else v
            for v, is_count in zip(frame[column], counts, strict=True)
        ]
    for column in ("target_value", "observed_value"):  # the numbers, for the spreadsheet
        if column in frame:
            values = pd.to_numeric(frame[column], errors="coerce")
            small = counts & (values < SMALL_CELL)
            frame[column] = values.astype(object).where(~small, SUPPRESSED)
    wanted: tuple[str, ...] = ("indicator", "horizon", "year", "target", "observed")
    wanted += ("target_value", "observed_value", "observed_period")
    keep = [c for c in wanted if c in frame]
    plan.monitoring = frame[keep].reset_index(drop=True)


_LEADING_NUMBER = re.compile(r"^\s*(\d[\d.,]*)")


def _suppress_text(value: Any, lang: str) -> Any:
    """A formatted count ("3 (2026-Q3)") under 5 becomes "<5 (2026-Q3)"."""
    if not isinstance(value, str):
        return value
    found = _LEADING_NUMBER.match(value)
    if not found:
        return value
    try:
        number = parse_num(found.group(1), lang)
    except ValueError:
        return value
    return "<5" + value[found.end() :] if number < SMALL_CELL else value
