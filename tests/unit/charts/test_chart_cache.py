"""Each plan chart is drawn once per content of its inputs; a changed input is drawn anew."""

from __future__ import annotations

from collections import Counter
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest

import planning.charts.plan as plan_charts
from planning.plan.build import build_plan
from planning.workspace.folder import open_workspace


def test_same_inputs_drawn_once_changed_inputs_again(
    demo_ws: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(plan_charts, "_DRAWN", type(plan_charts._DRAWN)())
    drawn: Counter[str] = Counter()
    figures = dict(plan_charts.FIGURES)

    def counting(key: str) -> Any:
        def draw(plan: Any) -> Any:
            drawn[key] += 1
            return figures[key](plan)

        return draw

    monkeypatch.setattr(plan_charts, "FIGURES", {k: counting(k) for k in figures})
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
