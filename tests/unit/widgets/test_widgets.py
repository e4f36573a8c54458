"""ScenarioEditor and MonitoringView driven by values and clicks; results read from the store."""

from __future__ import annotations

import shutil
from datetime import datetime
from pathlib import Path

import pytest

from planning.analysis import monitoring
from planning.store import sessions as api
from planning.store.scenarios import chosen_name, list_scenarios, load_scenario, versions
from planning.store.sessions import store_for
from planning.widgets import MonitoringView, ScenarioEditor


@pytest.mark.slow
def test_scenario_editor_edits_evaluates_and_saves(demo_ws: Path) -> None:
    shutil.rmtree(demo_ws / "scenarios")  # a workspace without scenario files: a new "Basis"
    editor = ScenarioEditor(demo_ws, "roden")
    assert editor.name.value == "Basis" and editor.scenario.actions == []
    before = editor.last_result["horizons"]["3"]["supply"]["loneliness"]

    editor.add_button.click()
    editor.title.value = "Inloopochtend in het dorpshuis"
    editor.kind.value = "activity"
    editor.themes.value = ("loneliness", "meeting")
    editor.partner.value = "win"
    editor.start_year.value = 2028
    editor.yearly_cost.value = 12000
    editor.reach.value = 40
    h3 = editor.last_result["horizons"]["3"]
    assert h3["supply"]["loneliness"] == pytest.approx(before + 40)
    assert h3["costs"]["yearly"] == 12000 and h3["costs"]["cumulative"] == 24000
    assert "€ 12.000" in editor.evaluation.value

    editor.start_year.value = 2030  # after the 3-year horizon (2029): not active there
    assert editor.last_result["horizons"]["3"]["costs"]["yearly"] == 0
    assert editor.last_result["horizons"]["5"]["costs"]["yearly"] == 12000

    editor.save_button.click()
    assert "versie 1" in editor.status.value
    stored = load_scenario(store_for(demo_ws), "Basis", "roden")
    action = stored.actions[0]
    assert (action.title, action.start_year, action.yearly_cost) == (
        "Inloopochtend in het dorpshuis",
        2030,
        12000,
    )
    assert action.themes == ["loneliness", "meeting"] and action.partner_id == "win"

    editor.reach.value = 60
    editor.choose_button.click()
    assert len(versions(store_for(demo_ws), "Basis", "roden")) == 2
    assert chosen_name(store_for(demo_ws), "roden") == "Basis"


@pytest.mark.slow
def test_scenario_editor_takes_session_decisions(demo_ws: Path) -> None:
    shutil.rmtree(demo_ws / "scenarios")  # only the scenario made from the decisions
    sid = api.create_session(demo_ws, kind="working_group", village_id="roden", title="Avond")
    api.record_decision(
        demo_ws,
        sid,
        title="Maaltijd in de kerkzaal",
        kind="activity",
        themes=["loneliness"],
        partner_id="win",
        horizon=5,
        start_year=2029,
        yearly_cost=3000,
    )
    editor = ScenarioEditor(demo_ws, "roden")
    editor.decisions_button.click()
    assert [a.title for a in editor.scenario.actions] == ["Maaltijd in de kerkzaal"]
    editor.decisions_button.click()  # not twice
    assert len(editor.scenario.actions) == 1
    editor.name.value = "Uit de werkgroep"
    editor.save_button.click()
    names = [s["name"] for s in list_scenarios(store_for(demo_ws), "roden")]
    assert names == ["Uit de werkgroep"]
    editor.remove_button.click()
    assert editor.scenario.actions == []


def test_monitoring_view_shows_latest_and_imports_upload(demo_ws: Path) -> None:
    view = MonitoringView(demo_ws, "roden")
    assert "Ernstig eenzaam" in view.latest_view.value
    assert view.chart.value[:4] == b"\x89PNG"
    view.village.value = "norg"
    assert "Bezoekers ontmoetingsplekken" in view.latest_view.value
    data = b"indicator;kern;periode;waarde\nvolunteers;norg;2026;321\nvolunteers;nrg;2026;5\n"
    view.upload.value = (
        {
            "name": "vrijwilligers.csv",
            "type": "text/csv",
            "size": len(data),
            "content": memoryview(data),
            "last_modified": datetime(2026, 11, 1),
        },
    )
    view.import_button.click()
    assert "1 nieuw" in view.status.value
    assert "rij 3" in view.problems_view.value and "bedoelt u" in view.problems_view.value
    obs = monitoring.observations(demo_ws, "norg", "volunteers")
    assert obs.loc[obs["period"] == "2026", "value"].tolist() == [321.0]
    assert "321" in view.latest_view.value
