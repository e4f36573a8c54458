"""Plan 2 knows plan 1: what a plan was made from, and what became of the previous one.

``record_export`` writes what an exported plan was made from into the store (date,
survey round, scenario and version, population source, its actions and commitments:
planning.store.plan_records). ``earlier_plan`` gathers, for a later plan of the same
kern, the section "Wat is er terechtgekomen van het vorige plan": every action and
commitment of the earlier plan with its recorded state, the indicators since then
(planning.analysis.progress) and the needs that changed between survey rounds
(``needs_changed_between_rounds``, a hook that shows nothing until the survey can
compare rounds).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING

import pandas as pd

from planning.analysis.progress import progress_since
from planning.errors import StoreError
from planning.store import open_store
from planning.store.plan_records import PlanItem, PlanRecord, previous_plan, record_plan

if TYPE_CHECKING:
    from planning.plan.village_plan import VillagePlan
    from planning.workspace.folder import Workspace


@dataclass
class EarlierPlan:
    """The earlier plan a new plan reports on, with what became of it."""

    record: PlanRecord
    #: the record's actions and commitments: kind, item, description, partner, start, end, state
    items: pd.DataFrame
    #: planning.analysis.progress.progress_since since the earlier plan's date
    indicators: pd.DataFrame
    #: theme, horizon, then, now, change, verdict: empty until rounds can be compared
    needs_changed: pd.DataFrame = field(default_factory=pd.DataFrame)


def survey_round(ws: Workspace, village_id: str) -> str:
    """The round a plan's needs come from: the years its answers were collected ("2026")."""
    responses = ws.responses
    if responses.empty or "collected_on" not in responses.columns:
        return ""
    mine = responses[responses["village_id"].astype(str) == village_id]
    years = pd.to_datetime(mine["collected_on"], errors="coerce").dt.year.dropna()
    return ", ".join(str(int(y)) for y in sorted(set(years)))


def population_source(ws: Workspace) -> str:
    """The population source a plan names ([sources] population, else the CBS year)."""
    given = ws.settings.sources.get("population")
    if given:
        return str(given)
    years = sorted({int(y) for y in ws.population["year"]}) if len(ws.population) else []
    return f"CBS {years[-1]}" if years else ""


def plan_items(plan: VillagePlan) -> list[PlanItem]:
    """The actions and commitments of a plan as the store records them."""
    items = [
        PlanItem(
            kind="action",
            item=str(a["title"]),
            partner="" if pd.isna(a.get("partner")) else str(a.get("partner")),
            start_year=_year(a.get("start_year")),
            end_year=_year(a.get("end_year")),
        )
        for a in plan.actions.to_dict("records")
        if "title" in a
    ]
    items += [
        PlanItem(
            kind="commitment",
            item=str(c["commitment_id"]),
            description=str(c.get("description") or ""),
            partner="" if pd.isna(c.get("partner")) else str(c.get("partner")),
            start_year=_year(c.get("start_year")),
            end_year=_year(c.get("end_year")),
        )
        for c in plan.commitments.to_dict("records")
        if "commitment_id" in c
    ]
    return items


def _year(value: object) -> int | None:
    if value is None or value == "" or (isinstance(value, float) and pd.isna(value)):
        return None
    try:
        return int(value)  # type: ignore[call-overload]
    except (TypeError, ValueError):
        return None


def record_export(ws: Workspace, plan: VillagePlan) -> PlanRecord:
    """Record an exported plan in the store (the same plan made again the same day is kept once)."""
    return record_plan(
        open_store(ws),
        plan.village_id,
        plan.plan_date,
        plan_items(plan),
        survey_round=survey_round(ws, plan.village_id),
        scenario=plan.scenario,
        scenario_version=plan.version,
        population_source=population_source(ws),
        generated=plan.generated,
    )


def needs_changed_between_rounds(ws: Workspace, village_id: str, since: PlanRecord) -> pd.DataFrame:
    """HOOK for survey rounds: the needs that changed between the earlier plan's round and now.

    Returns theme, horizon, then, now, change and verdict per row when the survey can
    compare two rounds (``planning needs --compare``); until then an empty frame, and the
    section shows nothing for it (no sentence, no empty table).
    """
    return pd.DataFrame(columns=["theme", "horizon", "then", "now", "change", "verdict"])


def earlier_plan(
    ws: Workspace, village_id: str, made_on: date, number: int | None, lang: str
) -> EarlierPlan | None:
    """The earlier plan (``number``, else the newest made before ``made_on``) and what
    became of it; None for a kern's first plan."""
    record = previous_plan(open_store(ws), village_id, made_on, number)
    if record is None:
        return None
    items = pd.DataFrame(
        [
            {
                "kind": it.kind,
                "item": it.item,
                "description": it.description,
                "partner": it.partner,
                "start_year": it.start_year,
                "end_year": it.end_year,
                "state": it.state,
            }
            for it in record.items
        ],
        columns=["kind", "item", "description", "partner", "start_year", "end_year", "state"],
    )
    return EarlierPlan(
        record=record,
        items=items,
        indicators=progress_since(ws, village_id, record.made_on, lang),
        needs_changed=needs_changed_between_rounds(ws, village_id, record),
    )


def gather(ws: Workspace, plan: VillagePlan, since: int | None) -> EarlierPlan | None:
    """The plan's earlier plan; a store that cannot be opened (a read-only copy) has none,
    unless a plan number was asked for, which then says why it cannot be found."""
    try:
        return earlier_plan(ws, plan.village_id, plan.plan_date, since, plan.lang)
    except StoreError:
        if since is not None:
            raise
        return None
