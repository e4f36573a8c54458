"""Scenario evaluation per horizon, wired to small stand-ins for the survey, matching
and access functions (their real versions are tested in their own areas)."""

from __future__ import annotations

import json
import math
from typing import Any

import pandas as pd
import pytest

from planning.analysis.population import project
from planning.charts.comparison import comparison_chart
from planning.scenarios.compare import compare
from planning.scenarios.evaluate import Sources, evaluate, scenario_facilities
from planning.workspace.folder import Workspace, open_workspace
from planning.workspace.scenario_file import Action, Scenario

SHARE = {"loneliness": 0.10, "informal_care": 0.05}


class StandIns:
    """Counts calls so the tests can see what the evaluator caches."""

    def __init__(self) -> None:
        self.calls: dict[str, int] = {}

    def _count(self, name: str) -> None:
        self.calls[name] = self.calls.get(name, 0) + 1

    def needs(self, ws: Workspace, village_id: str) -> pd.DataFrame:
        self._count("needs")
        return pd.DataFrame(
            [
                {"village_id": village_id, "theme": t, "horizon": h, "share": s}
                for t, s in SHARE.items()
                for h in (3, 5, 10)
            ]
        )

    def volunteers_offered(self, ws: Workspace, village_id: str) -> int:
        self._count("volunteers")
        return 7

    def gaps(self, ws, village_id, year=None, population=None, extra_supply=None, needs=None):
        self._count("gaps")
        base = ws.settings.base_year
        years = [year] if year is not None else [base + h for h in ws.settings.horizons]
        rows = []
        for y in years:
            # the evaluator passes the projected bands per year (demand follows ageing)
            inhabitants = float(population.loc[population["year"] == y, "inhabitants"].sum())
            for theme, share in SHARE.items():
                extra = 0.0
                for r in extra_supply:
                    start, end = r["start_year"], r["end_year"]
                    active = (start is None or start <= y) and (end is None or y <= end)
                    if active and theme in r["themes"]:
                        extra += r["capacity_per_week"]
                demand = share * inhabitants
                supply = 10.0 + extra
                rows.append(
                    {
                        "theme": theme,
                        "year": y,
                        "horizon": y - base,
                        "demand": demand,
                        "supply_provisions": 10.0,
                        "supply_commitments": 0.0,
                        "supply_extra": extra,
                        "supply": supply,
                        "coverage": supply / demand,
                        "gap": supply / demand < 0.8,
                        "status": "gap" if supply / demand < 0.8 else "covered",
                    }
                )
        return pd.DataFrame(rows)

    def coverage(self, ws, village_id=None, facilities=None):
        """Distance from the village centre to the nearest step-free facility."""
        self._count("coverage")
        village = ws.village(village_id)
        ok = facilities[facilities["step_free"].fillna(False).astype(bool)]
        dist = ((ok["lat"] - village["lat"]) ** 2 + (ok["lon"] - village["lon"]) ** 2) ** 0.5
        return [
            {
                "village_id": village_id,
                "mean_distance_m": float(dist.min() * 111_000),
                "share_within_walk": float((dist * 111_000 < 800).mean()),
                "used_centroid": True,
            }
        ]

    def facility_qualities(self, ws, facilities=None):
        self._count("qualities")
        self.judged = set(facilities["village_id"])
        return pd.DataFrame(
            {
                "facility_id": facilities["facility_id"],
                "meeting_place": facilities["step_free"].fillna(False).astype(bool),
            }
        )

    def sources(self) -> Sources:
        return Sources(
            needs=self.needs,
            volunteers_offered=self.volunteers_offered,
            gaps=self.gaps,
            coverage=self.coverage,
            facility_qualities=self.facility_qualities,
        )


@pytest.fixture(scope="module")
def ws() -> Workspace:
    return open_workspace()


def _scenario() -> Scenario:
    return Scenario(
        "Dorpshuis als ontmoetingsplek",
        "roden",
        actions=[
            Action(
                "Inloopochtend",
                "activity",
                themes=["loneliness"],
                start_year=2027,
                end_year=2030,
                one_off_cost=5000,
                yearly_cost=1000,
                reach_per_week=40,
                volunteers_needed=4,
            ),
            Action(
                "Kerk drempelvrij",
                "adaptation",
                facility_id="roden-church",
                start_year=2030,
                one_off_cost=20000,
                changes={"step_free": True},
            ),
            Action(
                "Paviljoen in het park",
                "place",
                facility_id="roden-paviljoen",
                themes=["meeting"],
                start_year=2034,
                yearly_cost=2000,
                volunteers_needed=10,
                facility={"name": "Paviljoen", "step_free": True},  # at the village centre
            ),
        ],
    )


def test_evaluation_per_horizon(ws: Workspace) -> None:
    fakes = StandIns()
    result = evaluate(ws, _scenario(), sources=fakes.sources())
    assert result["scenario"] == "Dorpshuis als ontmoetingsplek"
    assert list(result["horizons"]) == ["3", "5", "10"]
    h3, h5, h10 = (result["horizons"][k] for k in ("3", "5", "10"))
    assert (h3["year"], h5["year"], h10["year"]) == (2029, 2031, 2036)

    # demand follows the projection (the village shrinks and ages without migration)
    totals = project(ws, "roden").totals().loc["roden"]
    assert h10["inhabitants"] == pytest.approx(totals[10], abs=0.1)
    assert h3["demand"]["loneliness"] == pytest.approx(0.10 * totals[3])
    assert h3["share_65_plus"] < h10["share_65_plus"]

    # the activity adds its reach while it runs (2027-2030)
    assert h3["supply"]["loneliness"] == pytest.approx(50.0)
    assert h3["supply_parts"]["loneliness"]["scenario"] == 40.0
    assert h5["supply"]["loneliness"] == pytest.approx(10.0)
    assert "loneliness" in h5["gaps"] and h5["status"]["loneliness"] == "gap"

    # costs: one-off by the horizon, yearly in the year, cumulative since the base year
    assert h3["costs"] == {"one_off": 5000.0, "yearly": 1000.0, "cumulative": 8000.0}
    assert h5["costs"] == {"one_off": 25000.0, "yearly": 0.0, "cumulative": 29000.0}
    assert h10["costs"] == {"one_off": 25000.0, "yearly": 2000.0, "cumulative": 29000.0 + 6000}

    # volunteers: needed by running actions against the survey's offers
    assert h3["volunteers"] == {"needed": 4, "offered": 7, "shortfall": 0}
    assert h10["volunteers"] == {"needed": 10, "offered": 7, "shortfall": 3}

    # places: the church is step-free from 2030, the pavilion at the centre from 2034
    assert (
        h3["distance_coverage"]["meeting_places"] + 1 == h5["distance_coverage"]["meeting_places"]
    )
    assert (
        h10["distance_coverage"]["meeting_places"] == h5["distance_coverage"]["meeting_places"] + 1
    )
    assert h10["distance_coverage"]["mean_distance_m"] == pytest.approx(0.0)
    assert h3["distance_coverage"]["mean_distance_m"] > 0
    json.dumps(result, allow_nan=False)  # valid JSON for the CLI


def test_without_scenario_is_the_baseline(ws: Workspace) -> None:
    fakes = StandIns()
    base = evaluate(ws, village_id="peize", sources=fakes.sources())
    assert base["scenario"] == "Zonder scenario"
    assert all(h["costs"]["cumulative"] == 0 for h in base["horizons"].values())


def test_scenario_facilities_apply_changes(ws: Workspace) -> None:
    scenario = _scenario()
    before = scenario_facilities(ws, scenario, 2029)
    after = scenario_facilities(ws, scenario, 2036)
    assert before is ws.facilities  # nothing changed yet: the workspace's own table
    church = after[after["facility_id"] == "roden-church"].iloc[0]
    assert bool(church["step_free"]) is True
    new = after[after["facility_id"] == "roden-paviljoen"].iloc[0]
    assert new["village_id"] == "roden" and new["name"] == "Paviljoen"
    assert math.isclose(new["lat"], ws.village("roden")["lat"])
    assert len(after) == len(ws.facilities) + 1
    assert after["step_free"].dtype == ws.facilities["step_free"].dtype
    assert not bool(
        ws.facilities.loc[ws.facilities["facility_id"] == "roden-church", "step_free"].iloc[0]
    )


def test_cache_keeps_what_a_slider_does_not_change(ws: Workspace) -> None:
    from planning.scenarios.evaluate import Evaluator

    fakes = StandIns()
    ev = Evaluator(ws, fakes.sources())
    scenario = _scenario()
    ev.evaluate(scenario)
    first: dict[str, Any] = dict(fakes.calls)
    scenario.actions[0].reach_per_week = 80  # the slider
    again = ev.evaluate(scenario)
    assert again["horizons"]["3"]["supply"]["loneliness"] == pytest.approx(90.0)
    assert fakes.calls["needs"] == first["needs"] == 1
    assert fakes.calls["coverage"] == first["coverage"] == 3  # three sets of places
    assert fakes.calls["gaps"] == 2 * first["gaps"]


def test_only_the_village_s_own_facilities_are_judged(ws: Workspace) -> None:
    """Judging every facility of the country for one village made each plan grow with it."""
    from planning.scenarios.evaluate import Evaluator

    fakes = StandIns()
    result = Evaluator(ws, fakes.sources()).evaluate(village_id="roden")
    assert fakes.judged == {"roden"}
    own = ws.facilities[ws.facilities["village_id"] == "roden"]
    expected = int(own["step_free"].fillna(False).astype(bool).sum())  # the stand-in's rule
    assert result["horizons"]["3"]["distance_coverage"]["meeting_places"] == expected > 0
    # the projection's assumptions, cleaned once, are the same for every village
    other = Evaluator(ws, fakes.sources())
    assert result["assumptions"] == other.evaluate(village_id="norg")["assumptions"]


def test_compare_side_by_side(ws: Workspace) -> None:
    fakes = StandIns()
    basis = Scenario("Basis", "roden")
    result = compare(ws, [basis, _scenario()], sources=fakes.sources())
    frame = result.frame
    assert len(frame) == 6
    assert set(frame["scenario"]) == {"Basis", "Dorpshuis als ontmoetingsplek"}
    row = frame[(frame["scenario"] == "Basis") & (frame["horizon"] == 10)].iloc[0]
    assert row["cost_cumulative"] == 0
    fig = comparison_chart(result.frame)
    assert len(fig.axes) == 4
    assert fig.axes[0].get_title(loc="left") == "Thema's met een tekort"
    assert {t.get_text() for t in fig.legends[0].get_texts()} == {
        "Basis",
        "Dorpshuis als ontmoetingsplek",
    }


def test_demo_scenario_with_the_real_areas(demo_ws) -> None:
    """The chosen demo scenario of Roden, through survey, matching and access for real."""
    from planning.store import open_store
    from planning.store.scenarios import load_scenario
    from planning.survey.channels import volunteers_offered

    real_ws = open_workspace(demo_ws)
    store = open_store(real_ws)
    together = load_scenario(store, "Samen met de kerk en de sportclub", "roden")
    store.dispose()
    result = evaluate(real_ws, together)
    plain = evaluate(real_ws, village_id="roden")  # no scenario: what is there now
    totals = project(real_ws, "roden").totals().loc["roden"]
    offered = volunteers_offered(real_ws, "roden")
    new_place = next(a for a in together.actions if a.kind == "place")
    for key, h in result["horizons"].items():
        assert h["inhabitants"] == pytest.approx(totals[int(key)], abs=0.1)
        assert h["volunteers"]["offered"] == offered > 0
        assert set(h["demand"]) == set(real_ws.settings.themes)
        assert h["distance_coverage"]["share_within_walk"] is not None
        year = h["year"]
        for theme, value in h["supply"].items():
            added = sum(
                a.reach_per_week
                for a in together.actions
                if a.active_in(year) and theme in a.themes
            )
            assert value == pytest.approx(plain["horizons"][key]["supply"][theme] + added)
    # the new meeting place opens in its start year: more residents within walking distance
    before = result["horizons"]["3"]["distance_coverage"]
    after = result["horizons"]["10"]["distance_coverage"]
    assert new_place.start_year is not None and 2029 < new_place.start_year <= 2036
    assert after["meeting_places"] == before["meeting_places"] + 1
    assert after["share_within_walk"] > before["share_within_walk"]
    assert after["mean_distance_m"] < before["mean_distance_m"]
    json.dumps(result, allow_nan=False)


def test_compare_chart_leaves_global_style_alone(ws: Workspace) -> None:
    import matplotlib

    before = dict(matplotlib.rcParams)
    comparison_chart(compare(ws, [Scenario("Basis", "roden")], sources=StandIns().sources()).frame)
    changed = {k for k, v in matplotlib.rcParams.items() if before.get(k) != v}
    assert changed <= {"backend"}
