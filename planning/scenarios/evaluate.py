"""What a scenario does to one village in 3, 5 and 10 years.

Per horizon (year = base year + horizon):

* **demand** per theme: the survey's need share x the projected inhabitants of that
  year (planning.analysis.population), so an ageing village shows its ageing;
* **supply** per theme: existing provisions, partner commitments running that year,
  and the scenario's actions running that year (their ``reach_per_week``);
* **coverage** (supply / demand) and the themes that stay a **gap**;
* **distance coverage** with the scenario's places: new places (kind ``place``) and
  changed qualities (kind ``adaptation``) from their start year;
* **costs**: one-off (spent from the base year up to the horizon), yearly (in the
  horizon year) and cumulative (everything from the base year to the horizon);
* **volunteers** needed by the running actions against those offered in the survey.

The numbers themselves come from the survey (``needs``, ``volunteers_offered``),
matching (``gaps``) and access (``coverage``, ``facility_qualities``) areas; this
module combines them per year. What does not change while staff move a slider (the
projection, the needs, the offered volunteers, the distance coverage of a given set
of places) is cached on an :class:`Evaluator`, one per workspace.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import numpy as np
import pandas as pd

from planning.analysis.access import coverage
from planning.analysis.facilities import facility_qualities
from planning.analysis.gaps import gaps, load_needs
from planning.analysis.population import Projection, project
from planning.errors import ScenarioError
from planning.i18n import text
from planning.survey.channels import volunteers_offered
from planning.survey.needs import needs as survey_needs
from planning.workspace.scenario_file import QUALITIES, Action, Scenario

if TYPE_CHECKING:
    from planning.workspace.folder import Workspace


@dataclass
class Sources:
    """The functions of the other areas this evaluation combines (swappable in tests)."""

    needs: Callable[..., pd.DataFrame] = survey_needs
    volunteers_offered: Callable[..., int] = volunteers_offered
    gaps: Callable[..., pd.DataFrame] = gaps
    coverage: Callable[..., list[dict[str, Any]]] = coverage
    facility_qualities: Callable[..., pd.DataFrame] = facility_qualities


def extra_supply(scenario: Scenario) -> list[dict[str, Any]]:
    """The scenario's actions as extra supply rows for matching.gaps."""
    return [
        {
            "source": "scenario",
            "title": a.title,
            "themes": list(a.themes),
            "capacity_per_week": float(a.reach_per_week),
            "start_year": a.start_year,
            "end_year": a.end_year,
        }
        for a in scenario.actions
        if a.reach_per_week and a.themes
    ]


def _facility_actions(scenario: Scenario, year: int) -> tuple[Action, ...]:
    return tuple(
        a
        for a in scenario.actions
        if a.kind in ("place", "adaptation") and a.facility_id and a.active_in(year)
    )


def _action_key(actions: tuple[Action, ...]) -> tuple[Any, ...]:
    return tuple(
        (a.kind, a.facility_id, tuple(sorted(a.facility.items())), tuple(sorted(a.changes.items())))
        for a in actions
    )


def scenario_facilities(ws: Workspace, scenario: Scenario, year: int) -> pd.DataFrame:
    """The facilities table as it stands in ``year`` under the scenario."""
    return _apply(ws, scenario.village_id, _facility_actions(scenario, year))


def _apply(ws: Workspace, village_id: str, actions: tuple[Action, ...]) -> pd.DataFrame:
    frame = ws.facilities
    if not actions:
        return frame
    frame = frame.copy()
    village = ws.village(village_id)
    new_rows = []
    for a in actions:
        if a.kind == "adaptation":
            hit = frame["facility_id"] == a.facility_id
            for key, value in a.changes.items():
                frame.loc[hit, key] = value
        else:
            place = dict(a.facility)
            row: dict[str, Any] = {
                "facility_id": a.facility_id,
                "name": place.pop("name", a.title),
                "village_id": village_id,
                "kind": place.pop("kind", "meeting_place"),
                "lat": float(place.pop("lat", village["lat"])),
                "lon": float(place.pop("lon", village["lon"])),
                "themes": list(a.themes),
            }
            # qualities not given count as not met (a new place proves itself in the file)
            for key, kind in QUALITIES.items():
                row[key] = place.pop(key, False if kind is bool else None)
            row.update(place)
            new_rows.append(row)
    if new_rows:
        added = pd.DataFrame(new_rows).reindex(columns=frame.columns)
        for column in frame.columns:
            if str(frame[column].dtype) in ("boolean", "Int64", "float64"):
                added[column] = added[column].astype(frame[column].dtype)
        frame = pd.concat([frame, added], ignore_index=True)
    return frame


def _costs(scenario: Scenario, base_year: int, year: int) -> dict[str, float]:
    one_off = 0.0
    cumulative = 0.0
    for a in scenario.actions:
        start = a.start_year if a.start_year is not None else base_year
        if base_year <= start <= year:
            one_off += float(a.one_off_cost)
        first = max(start, base_year)
        last = min(a.end_year if a.end_year is not None else year, year)
        if last >= first:
            cumulative += float(a.yearly_cost) * (last - first + 1)
    yearly = sum(float(a.yearly_cost) for a in scenario.actions if a.active_in(year))
    return {"one_off": one_off, "yearly": yearly, "cumulative": one_off + cumulative}


def _supply_parts(row: dict[Hashable, Any]) -> dict[str, float]:
    parts = {}
    for key, column in (
        ("provisions", "supply_provisions"),
        ("commitments", "supply_commitments"),
        ("scenario", "supply_extra"),
    ):
        value = row.get(column, 0.0)
        parts[key] = 0.0 if value is None or pd.isna(value) else float(value)
    return parts


def _num(value: Any) -> float | None:
    if value is None or (isinstance(value, float) and np.isnan(value)) or pd.isna(value):
        return None
    return float(value)


class Evaluator:
    """Evaluates scenarios of one workspace, caching what a slider move does not change."""

    def __init__(self, ws: Workspace, sources: Sources | None = None) -> None:
        self.ws = ws
        self.sources = sources or Sources()
        self._projection: Projection | None = None
        self._population: dict[tuple[str, int], pd.DataFrame] = {}
        self._totals: dict[str, dict[int, float]] = {}
        self._known: set[str] = set()
        self._needs: dict[str, pd.DataFrame] = {}
        self._offered: dict[str, int] = {}
        self._distance: dict[tuple[str, tuple[Any, ...]], dict[str, Any]] = {}
        self._rows: dict[Hashable, Any] | None = None
        self._assumptions: Any = None

    # -- cached inputs -----------------------------------------------------------------
    @property
    def projection(self) -> Projection:
        if self._projection is None:
            self._projection = project(self.ws)
        return self._projection

    def population(self, village_id: str, horizon: int) -> pd.DataFrame:
        """Projected inhabitants by band (village_id, year, age_band, inhabitants)."""
        key = (village_id, horizon)
        if key not in self._population:
            frame = self.projection.frame
            if self._rows is None:  # where each village's rows are, found once for all villages
                self._rows = frame.groupby("village_id", sort=False).indices
            mine = frame.iloc[self._rows.get(village_id, [])]
            rows = mine[mine["horizon"] == horizon]
            self._population[key] = rows.drop(columns="horizon").reset_index(drop=True)
        return self._population[key]

    @property
    def assumptions(self) -> Any:
        """The projection's assumptions as plain JSON, made once: they list every village's
        migration, so cleaning them again for each evaluation grew with the country. One
        shared value, read by whoever shows it; nobody changes it."""
        if self._assumptions is None:
            self._assumptions = _clean(self.projection.assumptions)
        return self._assumptions

    def totals(self, village_id: str) -> dict[int, float]:
        """Projected inhabitants per year (what matching.gaps multiplies need shares by)."""
        if village_id not in self._totals:
            base = self.ws.settings.base_year
            self._totals[village_id] = {
                base + h: float(self.population(village_id, h)["inhabitants"].sum())
                for h in self.ws.settings.horizons
            }
        return self._totals[village_id]

    def village_population(self, village_id: str) -> pd.DataFrame:
        """The village's projected bands at every horizon (what gaps() weighs needs by)."""
        return pd.concat(
            [self.population(village_id, h) for h in self.ws.settings.horizons],
            ignore_index=True,
        )

    def needs(self, village_id: str) -> pd.DataFrame:
        if village_id not in self._needs:
            # the survey's own needs: the one result the plan's gaps table also reads
            # (gaps.load_needs, kept on the workspace), not a second pass over the survey
            survey = self.sources.needs is survey_needs
            self._needs[village_id] = (
                load_needs(self.ws, village_id)
                if survey
                else self.sources.needs(self.ws, village_id)
            )
        return self._needs[village_id]

    def prefetch(self, village_ids: list[str]) -> None:
        """Needs of many villages in one survey pass (about the cost of two single ones)."""
        wanted = [v for v in dict.fromkeys(village_ids) if v not in self._needs]
        if len(wanted) < 2:
            return
        frame = self.sources.needs(self.ws)
        for village_id, part in frame.groupby("village_id", sort=False):
            if village_id in wanted:
                self._needs[str(village_id)] = part.reset_index(drop=True)
        for village_id in wanted:  # villages without answers: an empty needs table
            self._needs.setdefault(village_id, frame.iloc[0:0])

    def evaluate_many(self, scenarios: list[Scenario]) -> list[dict[str, Any]]:
        self.prefetch([s.village_id for s in scenarios])
        return [self.evaluate(s) for s in scenarios]

    def volunteers_offered(self, village_id: str) -> int:
        if village_id not in self._offered:
            self._offered[village_id] = int(self.sources.volunteers_offered(self.ws, village_id))
        return self._offered[village_id]

    def distance(self, village_id: str, actions: tuple[Action, ...]) -> dict[str, Any]:
        key = (village_id, _action_key(actions))
        if key not in self._distance:
            facilities = _apply(self.ws, village_id, actions)
            result = self.sources.coverage(self.ws, village_id, facilities=facilities)
            info = dict(next((r for r in result if r.get("village_id") == village_id), {}))
            info.pop("village_id", None)
            # qualities are judged row by row: only the village's own facilities are counted,
            # so only they are judged (all of them made each plan grow with the country)
            own = facilities[facilities["village_id"] == village_id]
            qualities = self.sources.facility_qualities(self.ws, facilities=own)
            meeting = qualities[qualities["meeting_place"].astype(bool)]
            info["meeting_places"] = len(meeting)
            self._distance[key] = info
        return self._distance[key]

    # -- evaluation --------------------------------------------------------------------
    def evaluate(
        self,
        scenario: Scenario | None = None,
        village_id: str | None = None,
        lang: str | None = None,
    ) -> dict[str, Any]:
        """One scenario (or none: the village as it is, named in ``lang``) over every horizon."""
        if scenario is None:
            if village_id is None:
                raise ScenarioError(key="scn.need_scenario_or_village")
            scenario = Scenario(text("scn.baseline", lang or self.ws.settings.lang), village_id)
        village = scenario.village_id
        if village not in self._known:
            self.ws.village(village)  # a clear error, with a suggestion, for an unknown id
            self._known.add(village)
        settings = self.ws.settings
        base = settings.base_year
        threshold = settings.thresholds.gap_coverage
        extra = extra_supply(scenario)
        needs = self.needs(village)
        offered = self.volunteers_offered(village)
        # one call for every horizon: the gaps of each year with its projected inhabitants
        # by age band; the real survey is reweighted to each year there (demand follows
        # ageing, the same figures as `planning gaps`), a swapped needs source used as given
        table = self.sources.gaps(
            self.ws,
            village,
            population=self.village_population(village),
            extra_supply=extra,
            needs=None if self.sources.needs is survey_needs else needs,
        )
        by_year: dict[int, list[dict[Hashable, Any]]] = {}
        for record in table.to_dict("records"):
            by_year.setdefault(int(record["year"]), []).append(record)
        horizons: dict[str, Any] = {}
        for h in settings.horizons:
            year = base + h
            pop = self.population(village, h)
            demand, supply, coverage, parts, status = {}, {}, {}, {}, {}
            naming, verdicts = {}, {}
            gap_themes = []
            for row in by_year.get(year, []):
                theme = str(row["theme"])
                demand[theme] = _num(row["demand"])  # None: no survey answers to go on
                supply[theme] = _num(row["supply"]) or 0.0
                coverage[theme] = _num(row["coverage"])
                parts[theme] = _supply_parts(row)
                naming[theme] = int(row.get("naming") or 0)  # for suppression at publication
                verdicts[theme] = row.get("verdict")
                gap = row.get("gap")
                if gap is not None and not pd.isna(gap) and bool(gap):
                    gap_themes.append(theme)
                status[theme] = str(row.get("status") or ("gap" if theme in gap_themes else ""))
            total = float(pop["inhabitants"].sum())
            old = pop["age_band"].map(lambda b: int(b.rstrip("+").split("-")[0]) >= 65)
            needed = sum(a.volunteers_needed for a in scenario.actions if a.active_in(year))
            horizons[str(h)] = {
                "year": year,
                "inhabitants": round(total, 1),
                "share_65_plus": round(float(pop.loc[old, "inhabitants"].sum()) / total, 4)
                if total
                else None,
                "demand": demand,
                "supply": supply,
                "supply_parts": parts,
                "coverage": coverage,
                "status": status,
                "naming": naming,
                "verdict": verdicts,
                "gaps": gap_themes,
                "gap_threshold": threshold,
                "distance_coverage": self.distance(village, _facility_actions(scenario, year)),
                "costs": _costs(scenario, base, year),
                "volunteers": {
                    "needed": int(needed),
                    "offered": offered,
                    "shortfall": max(0, int(needed) - offered),
                },
                "actions_active": [a.title for a in scenario.actions if a.active_in(year)],
            }
        result: dict[str, Any] = _clean(
            {
                "scenario": scenario.name,
                "village_id": village,
                "base_year": base,
                "horizons": horizons,
            }
        )
        result["assumptions"] = {"population": self.assumptions}
        return result


def _clean(value: Any) -> Any:
    """Plain JSON: NaN (an unknown figure) becomes None, numpy numbers Python numbers."""
    if isinstance(value, dict):
        return {k: _clean(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_clean(v) for v in value]
    if isinstance(value, np.generic):
        value = value.item()
    if isinstance(value, float) and np.isnan(value):
        return None
    return value


def evaluator_for(ws: Workspace, sources: Sources | None = None) -> Evaluator:
    """The workspace's cached evaluator (a new one when other sources are given)."""
    if sources is not None:
        return Evaluator(ws, sources)
    # rebuilt when any table is replaced: it caches projections, needs and supply
    return ws.cached("scenarios.evaluator", tuple(ws.tables), lambda: Evaluator(ws))


def evaluate(
    ws: Workspace,
    scenario: Scenario | None = None,
    *,
    village_id: str | None = None,
    sources: Sources | None = None,
    lang: str | None = None,
) -> dict[str, Any]:
    """``{"scenario", "village_id", "horizons": {"3": {...}, "5": {...}, "10": {...}}}``;
    without a scenario the village as it is, its name said in ``lang``."""
    return evaluator_for(ws, sources).evaluate(scenario, village_id, lang)
