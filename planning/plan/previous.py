"""Plan 2 knows plan 1: what a plan was made from, and what became of the previous one.

``record_export`` writes what an exported plan was made from into the store (date,
survey round, scenario and version, population source, its actions and commitments:
planning.store.plan_records). ``earlier_plan`` gathers, for a later plan of the same
kern, the section "Wat is er terechtgekomen van het vorige plan": every action and
commitment of the earlier plan with its recorded state, the indicators since then
(planning.analysis.progress) and the needs that changed between survey rounds
(``needs_changed_between_rounds``: the changes larger than the margins allow, from
``planning needs --compare``; nothing for a kern surveyed once).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING, Any

import pandas as pd

from planning.analysis.progress import progress_since
from planning.errors import StoreError
from planning.i18n import fmt_num, fmt_pct, text
from planning.store import open_store
from planning.store.plan_records import PlanItem, PlanRecord, previous_plan, record_plan
from planning.survey.round_compare import LARGER, compare_rounds
from planning.survey.rounds import rounds_of_village

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
    #: theme, horizon, then, now, change, verdict as printed, and the figures as numbers
    #: (share_then, share_now, change_points): empty until rounds can be compared
    needs_changed: pd.DataFrame = field(default_factory=pd.DataFrame)


def survey_round(ws: Workspace, village_id: str) -> str:
    """The round a plan's needs come from: the kern's latest survey round ("2026")."""
    rounds = rounds_of_village(ws, village_id)
    return str(rounds["round"].iloc[-1]) if len(rounds) else ""


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


def _year(value: Any) -> int | None:
    if value is None or value == "" or (isinstance(value, float) and pd.isna(value)):
        return None
    try:
        return int(value)
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


NEEDS_CHANGED_COLUMNS = ["theme", "horizon", "then", "now", "change", "verdict"]
#: the same figures as numbers, for the sheet: shares then and now, change in points
NEEDS_CHANGED_FIGURES = ["share_then", "share_now", "change_points"]


def needs_changed_between_rounds(
    ws: Workspace, village_id: str, since: PlanRecord, lang: str = "nl"
) -> pd.DataFrame:
    """The needs that changed between the kern's two latest survey rounds, as printed.

    Only the changes larger than the margins allow (``planning needs --compare``'s test on
    the effective sample sizes), with counts under 5 suppressed per round as everywhere; an
    empty frame for a kern surveyed once, and the section then says nothing about needs.
    """
    comparison = compare_rounds(ws, village_id)
    if comparison.compared is None:
        return pd.DataFrame(columns=NEEDS_CHANGED_COLUMNS + NEEDS_CHANGED_FIGURES)
    shown = comparison.publishable()
    shown = shown[shown["verdict"] == LARGER]
    rows = [
        {
            "theme": r["theme"],
            "horizon": r["horizon"],
            "then": fmt_pct(float(r["share_earlier"]), 0, lang),
            "now": fmt_pct(float(r["share_later"]), 0, lang),
            "change": text(
                "earlier.change_points",
                lang,
                points=("+" if float(r["change"]) > 0 else "")
                + fmt_num(float(r["change"]) * 100, 0, lang),
            ),
            "verdict": text(f"rounds.verdict.{r['verdict']}", lang),
            "share_then": float(r["share_earlier"]),
            "share_now": float(r["share_later"]),
            "change_points": float(r["change"]) * 100,
        }
        for r in shown.to_dict("records")
    ]
    return pd.DataFrame(rows, columns=NEEDS_CHANGED_COLUMNS + NEEDS_CHANGED_FIGURES)


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
        needs_changed=needs_changed_between_rounds(ws, village_id, record, lang),
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
