"""Each plan chart is drawn once per content of its inputs, whatever workspace object the plan
came from; a changed input is drawn anew."""

from __future__ import annotations

from collections import Counter
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest

import planning.charts.plan as plan_charts
from planning.charts.drawn import DrawnCharts
from planning.plan.build import build_plan
from planning.workspace.folder import open_workspace


def counting_draws(monkeypatch: pytest.MonkeyPatch) -> Counter[str]:
    """An empty memory of drawings, and a count of how often each chart is drawn."""
    monkeypatch.setattr(plan_charts, "DRAWN", DrawnCharts())
    drawn: Counter[str] = Counter()
    figures = dict(plan_charts.FIGURES)

    def counting(key: str) -> Any:
        def draw(plan: Any) -> Any:
            drawn[key] += 1
            return figures[key](plan)

        return draw

    monkeypatch.setattr(plan_charts, "FIGURES", {k: counting(k) for k in figures})
    return drawn


def test_same_inputs_drawn_once_changed_inputs_again(
    demo_ws: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    drawn = counting_draws(monkeypatch)
    ws = open_workspace(demo_ws)
    keys = ["population", "needs", "timeline"]
    first = plan_charts.render_charts(build_plan(ws, "roden"), keys)
    again = plan_charts.render_charts(build_plan(ws, "roden"), keys)  # a new plan, same content
    assert again == first
    assert drawn == Counter(dict.fromkeys(keys, 1))
    plan = build_plan(ws, "roden")
    english = plan_charts.render_charts(replace(plan, lang="en"), keys)
    assert drawn["needs"] == 2 and drawn["timeline"] == 2 and drawn["population"] == 1
    assert english["needs"] != first["needs"]


def test_a_plan_made_again_from_a_workspace_opened_anew_is_not_drawn_again(
    demo_ws: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The reason the drawings are not in Workspace.cached: they outlive the object. The
    map is drawn from the workspace itself, so a workspace opened anew draws it anew."""
    drawn = counting_draws(monkeypatch)
    keys = ["population", "needs", "map"]
    first = plan_charts.render_charts(build_plan(open_workspace(demo_ws), "roden"), keys)
    again = plan_charts.render_charts(build_plan(open_workspace(demo_ws), "roden"), keys)
    assert again == first
    assert drawn == Counter({"population": 1, "needs": 1, "map": 2})
