"""build_plan: everything one village's plan shows, in one object.

The PDF, the XLSX and the notebooks all read a :class:`VillagePlan`, so a
figure in the printed plan is the figure a notebook shows. The parts come from
the analyses (survey, access, matching, projection, scenarios, monitoring);
each is gathered by :mod:`planning.plan.parts`, and a part that cannot be
shown leaves a sentence in ``notes`` saying why, never an empty section.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from typing import Any

import pandas as pd

from planning.survey.round_compare import RoundComparison
from planning.workspace.folder import Workspace

#: the sections of a plan, in print order
SECTIONS: tuple[str, ...] = (
    "summary",
    "earlier",
    "village",
    "residents",
    "facilities",
    "matching",
    "plan",
    "monitoring",
    "method",
)


def _frame(*columns: str) -> pd.DataFrame:
    return pd.DataFrame({c: pd.Series(dtype=object) for c in columns})


@dataclass
class VillagePlan:
    """One village's plan: facts, analyses and the chosen scenario, not yet formatted."""

    village_id: str
    name: str
    municipality: str
    lang: str
    base_year: int
    horizons: tuple[int, ...]
    plan_date: date
    generated: bool
    workspace_name: str
    theme_labels: dict[str, str]
    sources: dict[str, str] = field(default_factory=dict)
    #: walk_m, cycle_m, gap_coverage from workspace.toml
    thresholds: dict[str, float] = field(default_factory=dict)
    scenario: str | None = None
    version: str | None = None
    #: problems the workspace had when the plan was made (only with --ondanks-fouten)
    workspace_problems: int = 0
    scenario_note: str | None = None
    #: inhabitants where the projection starts (register peildatum, else CBS), and that year
    inhabitants: int = 0
    data_year: int | None = None
    #: where those inhabitants come from and on which date ("Bron: BRP gemeente X, 1 januari
    #: 2025"), printed beside them on every page; empty without population
    population_source: str = ""
    #: age_band + one column per entry of population_series
    population: pd.DataFrame = field(default_factory=lambda: _frame("age_band"))
    population_series: list[tuple[str, str]] = field(default_factory=list)
    projection_assumptions: list[str] = field(default_factory=list)
    respondents: int = 0
    #: theme, horizon, respondents, naming, share, margin, indicative (published form)
    needs: pd.DataFrame = field(default_factory=lambda: _frame("theme", "horizon"))
    channels: pd.DataFrame = field(default_factory=lambda: _frame("channel", "respondents"))
    #: group, respondents, share_respondents, share_inhabitants
    reach: pd.DataFrame = field(default_factory=lambda: _frame("group", "respondents"))
    reach_note: str | None = None
    quotes: list[dict[str, Any]] = field(default_factory=list)
    #: the kern's survey rounds, its two latest compared (``compared`` None: one round)
    round_change: RoundComparison | None = None
    #: released, approved (edited included), rejected, pending and shown quotes (issue 22)
    quote_review: dict[str, int] = field(default_factory=dict)
    volunteers: int | None = None
    #: facility_id, name, kind, accessible, low_threshold, meeting_place, reason
    facilities: pd.DataFrame = field(default_factory=lambda: _frame("facility_id", "name"))
    #: coverage now and, when a scenario is chosen, with its facilities
    coverage: list[dict[str, Any]] = field(default_factory=list)
    #: matches made between residents' questions and provisions
    matches: pd.DataFrame = field(default_factory=lambda: _frame("theme", "provision"))
    #: theme, horizon, year, demand, supply, coverage, gap (True when short)
    gaps: pd.DataFrame = field(default_factory=lambda: _frame("theme", "horizon"))
    #: title, kind, themes, partner, start_year, end_year, one_off_cost, yearly_cost, reach
    actions: pd.DataFrame = field(default_factory=lambda: _frame("title", "start_year"))
    commitments: pd.DataFrame = field(default_factory=lambda: _frame("partner", "description"))
    #: horizon, year, gaps_before, gaps_after, walk_before, walk_after
    effect: pd.DataFrame = field(default_factory=lambda: _frame("horizon", "year"))
    #: indicator, unit, horizon, target, observed
    monitoring: pd.DataFrame = field(default_factory=lambda: _frame("indicator", "horizon"))
    #: the earlier plan of this kern and what became of it (planning.plan.previous), or None
    earlier: Any = None
    #: section or part -> a sentence saying why it is empty or partial
    notes: dict[str, str] = field(default_factory=dict)
    #: the workspace the plan was built from: the village map is drawn from it on demand
    #: (only the PDF and the notebooks need the map)
    workspace: Workspace | None = field(default=None, repr=False, compare=False)

    # -- derived -----------------------------------------------------------------------------
    def year(self, horizon: int) -> int:
        return self.base_year + horizon

    def top_needs(self, per_horizon: int = 3) -> dict[int, list[str]]:
        """The most pressing needs per horizon: themes named by the largest share."""
        out: dict[int, list[str]] = {}
        if self.needs.empty or "share" not in self.needs:
            return out
        frame = self.needs.copy()
        frame["share_num"] = pd.to_numeric(frame["share"], errors="coerce")
        for h in self.horizons:
            part = frame[(frame["horizon"] == h) & frame["share_num"].notna()]
            part = part.sort_values(["share_num", "theme"], ascending=[False, True])
            out[h] = [str(t) for t in part["theme"].head(per_horizon)]
        return out


def plan_date(ws: Workspace) -> date:
    """The date a plan carries: [report] date, else SOURCE_DATE_EPOCH, else the export date.

    A council reads the date as "made on"; printing 1 January of the base year on a
    plan made in November misled readers. Exports stay reproducible: the same
    workspace on the same day gives the same bytes, and ``[report] date`` (or
    SOURCE_DATE_EPOCH) fixes the date for a plan that must be remade identically later.
    """
    configured = ws.settings.report.date
    if configured is not None:
        return configured
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    if epoch and epoch.isdigit():
        return datetime.fromtimestamp(int(epoch), UTC).date()
    return datetime.now(UTC).date()
