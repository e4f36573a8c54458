"""build_plan: one village's plan gathered from every area of the workbook.

Each part (population, survey, facilities, scenario, matching, commitments,
monitoring) fills its fields of the VillagePlan; the report formats and lays out.
"""

from __future__ import annotations

import os

from planning.plan import parts, previous
from planning.plan.village_plan import VillagePlan, plan_date
from planning.workspace.folder import Workspace, open_workspace


def build_plan(
    workspace: Workspace | str | os.PathLike[str] | None,
    village_id: str,
    scenario: str | None = None,
    lang: str | None = None,
    since: int | None = None,
) -> VillagePlan:
    """Gather one village's plan; ``scenario`` by name, else the chosen one, else the first.

    ``since`` is the number of the earlier plan it reports on (default: the newest plan of
    the kern made before this one's date, planning.plan.previous)."""
    ws = workspace if isinstance(workspace, Workspace) else open_workspace(workspace)
    row = ws.village(village_id)
    lang = lang or ws.settings.lang
    settings = ws.settings
    plan = VillagePlan(
        village_id=str(row["village_id"]),
        name=str(row["name"]),
        municipality=str(row["municipality"]),
        lang=lang,
        base_year=settings.base_year,
        horizons=tuple(settings.horizons),
        plan_date=plan_date(ws),
        generated=settings.generated,
        workspace_problems=len(ws.problems),
        workspace_name=settings.name,
        theme_labels={code: settings.theme_label(code, lang) for code in settings.themes},
        sources=dict(settings.sources),
        thresholds={
            "walk_m": float(settings.thresholds.walk_m),
            "cycle_m": float(settings.thresholds.cycle_m),
            "gap_coverage": float(settings.thresholds.gap_coverage),
        },
    )
    parts.population(ws, plan)
    parts.survey(ws, plan)
    parts.facilities(ws, plan)
    parts.scenario(ws, plan, scenario)
    parts.matching(ws, plan)
    parts.commitments(ws, plan)
    parts.monitoring(ws, plan)
    plan.earlier = previous.gather(ws, plan, since)
    return plan
