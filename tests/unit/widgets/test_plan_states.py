"""Recording a state from the monitoring page and the session app: the store has it, with
where it was recorded, and the next plan's section shows it."""

from __future__ import annotations

from pathlib import Path

import sqlalchemy as sa

from planning.store import open_store
from planning.store.plan_records import find_plan, item_states
from planning.widgets.monitoring_view import MonitoringView
from planning.widgets.plan_states import PlanStates
from planning.workspace.folder import open_workspace


def test_monitoring_page_records_a_state(demo_ws: Path) -> None:
    view = MonitoringView(demo_ws, village="roden")
    assert "nog geen dorpsplan vastgelegd" in view.plan_states.view.value
    assert view.plan_states.form.layout.display == "none"
    view.village.value = "diever"
    states = view.plan_states
    assert "Dorpsplan 1 van 15 juni 2023" in states.view.value
    states.item.value = "commitment|c042"
    states.state.value = "running"
    states.note.value = "kantine weer open sinds de zomer"
    states.record()
    assert "nu: loopt" in states.status.value
    ws = open_workspace(demo_ws)
    plan = find_plan(open_store(ws), "diever", 1)
    assert {i.item: i.state for i in plan.items}["c042"] == "running"
    rows = open_store(ws).read(sa.select(item_states).where(item_states.c.item == "c042"))
    assert rows[-1]["via"] == "monitoring" and rows[-1]["note"].startswith("kantine")


def test_session_app_records_a_state_in_english(demo_ws: Path) -> None:
    ws = open_workspace(demo_ws)
    states = PlanStates(ws, "diever", "en", via="session")
    assert "Village plan 1 of 15 June 2023" in states.view.value
    states.item.value = "action|Mantelzorgcafé één keer per maand"
    states.state.value = "done"
    states.record()
    assert "is now: done" in states.status.value
    rows = open_store(ws).read(sa.select(item_states).where(item_states.c.via == "session"))
    assert [r["state"] for r in rows] == ["done"]
