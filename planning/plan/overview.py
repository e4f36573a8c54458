"""The first look at a workspace: one row per village, and the problems as a table.

The start notebook shows these two tables; they live here, not in the
notebook, so the command line and tests see exactly what staff see.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from planning.analysis.population_base import base_population
from planning.errors import PlanningError
from planning.i18n import label, text
from planning.plan.files import exported_plans
from planning.store import open_store
from planning.store.scenarios import list_scenarios
from planning.survey.rounds import current_responses

if TYPE_CHECKING:
    import pandas as pd

    from planning.workspace.folder import Workspace


def village_status(ws: Workspace, lang: str | None = None) -> pd.DataFrame:
    """Per village (in the order of villages.csv): name, municipality, inhabitants where the
    projection starts (the register's latest peildatum, else the CBS year) and where and
    when they were counted ("CBS 2021", "BRP 1 januari 2025"), number of facilities and of
    survey respondents. Indexed by village_id."""
    import pandas as pd

    lang = lang or ws.settings.lang
    villages = ws.villages.dropna(subset=["village_id"]).drop_duplicates("village_id")
    ids = villages["village_id"].astype(str)

    def count(frame: pd.DataFrame) -> pd.Series:
        if "village_id" not in frame.columns or frame.empty:
            return pd.Series(0, index=ids, dtype="int64")
        counts = frame["village_id"].astype(str).value_counts()
        return counts.reindex(ids, fill_value=0).astype("int64")

    start, sources = base_population(ws)
    inhabitants = start.groupby("village_id")["inhabitants"].sum().round()
    counted = pd.Series({v: s.label(lang) for v, s in sources.items()}, dtype=object)
    table = pd.DataFrame(
        {
            label("village", lang): villages["name"].to_numpy(),
            label("municipality", lang): villages["municipality"].to_numpy(),
            label("inhabitants", lang): inhabitants.reindex(ids).astype("Int64").to_numpy(),
            label("population.counted", lang): counted.reindex(ids).fillna("–").to_numpy(),
            label("facilities", lang): count(ws.facilities).to_numpy(),
            label("respondents", lang): count(current_responses(ws)).to_numpy(),  # latest round
        },
        index=pd.Index(ids.to_numpy(), name="village_id"),
    )
    return table


QUALITY_FIELDS = ("step_free", "accessible_toilet", "free_entry", "walk_in", "open_hours_per_week")


def village_progress(ws: Workspace, lang: str | None = None) -> pd.DataFrame:
    """``village_status`` plus where each village stands in the work and what comes next.

    The steps follow the working method: ask residents, take stock of the facilities,
    weigh scenarios, publish the plan, then monitor. A village's next step is the first
    one not yet done, so the start notebook doubles as the municipality's to-do list.
    """
    lang = lang or ws.settings.lang
    table = village_status(ws, lang)
    respondents = table[label("respondents", lang)]
    facilities = ws.facilities
    complete = (
        facilities[list(QUALITY_FIELDS)].notna().all(axis=1) if not facilities.empty else None
    )
    scenarios = _scenario_counts(ws)
    yes, no = label("progress.yes", lang), label("progress.no", lang)
    surveyed, inventory, counts, plans, steps = [], [], [], [], []
    for vid in table.index:
        n_resp = int(respondents.loc[vid])
        mine = facilities["village_id"].astype(str) == vid if complete is not None else None
        if mine is None or not mine.any():
            inv = label("progress.none", lang)
        elif complete is not None and bool(complete[mine].all()):
            inv = yes
        else:
            inv = label("progress.incomplete", lang)
        n_scen = scenarios.get(vid)
        plan = bool(exported_plans(ws, vid))
        surveyed.append(yes if n_resp else no)
        inventory.append(inv)
        counts.append("?" if n_scen is None else n_scen)
        plans.append(yes if plan else no)
        if not n_resp:
            step = "next.survey"
        elif inv != yes:
            step = "next.inventory"
        elif not n_scen:
            step = "next.scenario"
        elif not plan:
            step = "next.plan"
        else:
            step = "next.monitor"
        steps.append(label(step, lang))
    table[label("progress.surveyed", lang)] = surveyed
    table[label("progress.inventory", lang)] = inventory
    table[label("progress.scenarios", lang)] = counts
    table[label("progress.plan", lang)] = plans
    table[label("progress.next", lang)] = steps
    return table


def _scenario_counts(ws: Workspace) -> dict[str, int]:
    """Saved scenarios per village; empty when the store cannot be opened (shown as '?')."""
    try:
        store = open_store(ws)
        try:
            rows = list_scenarios(store)
        finally:
            store.dispose()
    except PlanningError:
        return {}
    counts: dict[str, int] = dict.fromkeys(ws.village_ids(), 0)
    for row in rows:
        counts[str(row["village_id"])] = counts.get(str(row["village_id"]), 0) + 1
    return counts


def problem_table(ws: Workspace, lang: str | None = None) -> pd.DataFrame:
    """Every problem of the workspace, one row each: file, row, column, value, message."""
    import pandas as pd

    lang = lang or ws.settings.lang
    keys = ("file", "row", "column", "value", "message")
    rows = [
        {
            label(f"problem.{k}", lang): ("" if v is None else v)
            for k, v in zip(
                keys, (p.file, p.row, p.column, p.value, p.message_in(lang)), strict=True
            )
        }
        for p in ws.problems
    ]
    frame = pd.DataFrame(rows, columns=[label(f"problem.{k}", lang) for k in keys])
    row_col = label("problem.row", lang)
    frame[row_col] = pd.array([None if r == "" else r for r in frame[row_col]], dtype="Int64")
    frame[label("problem.value", lang)] = frame[label("problem.value", lang)].astype(str)
    return frame


def problems_message(ws: Workspace, lang: str | None = None) -> str:
    """One line for the top of the problem list."""
    lang = lang or ws.settings.lang
    if not ws.problems:
        return label("no_problems", lang)
    n = len(ws.problems)
    return text("problems.found", lang, count=n)
