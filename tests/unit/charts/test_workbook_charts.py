"""The notebooks' charts draw what the plan holds (checked against the plan's own frames)."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pandas as pd

from planning.analysis.access import point_distances
from planning.charts import workbook
from planning.plan.build import build_plan


def test_pyramid_draws_now_left_and_the_last_horizon_right(demo_ws: Path) -> None:
    plan = build_plan(demo_ws, "roden")
    fig = workbook.pyramid(plan)
    now, later = fig.axes[0].containers
    widths_now = -np.array([p.get_width() for p in now])
    widths_later = np.array([p.get_width() for p in later])
    assert np.allclose(widths_now, plan.population["y2026"].astype(float))
    assert np.allclose(widths_later, plan.population["y2036"].astype(float))


def test_distance_distribution_counts_every_inhabitant(demo_ws: Path) -> None:
    plan = build_plan(demo_ws, "roden")
    fig = workbook.distance_distribution(plan)
    drawn = sum(p.get_height() for p in fig.axes[0].patches)
    points = point_distances(plan.workspace, "roden")
    assert drawn == pd.to_numeric(points["inhabitants"]).sum()


def test_matches_under_five_are_never_drawn_to_size(demo_ws: Path) -> None:
    plan = build_plan(demo_ws, "roden")
    fig = workbook.matches_made(plan)
    totals = plan.matches.set_index("theme")["matches"].astype(float)
    widths = [p.get_width() for p in fig.axes[0].patches]
    assert sorted(w for w in widths if w) == sorted(v for v in totals if v >= 5)
    labels = [t.get_text() for t in fig.axes[0].texts]
    assert labels.count("<5") == int((totals < 5).sum())


def test_needs_and_demand_charts_are_none_without_a_survey(tiny_ws: Path) -> None:
    from planning.workspace.folder import open_workspace

    ws = open_workspace(tiny_ws)
    plan = build_plan(ws, ws.village_ids()[0])
    assert workbook.needs_margins(plan) is None
    assert workbook.demand_supply(plan) is None


def test_reach_leaves_groups_under_five_without_a_bar(demo_ws: Path) -> None:
    plan = build_plan(demo_ws, "diever")
    small = plan.reach["respondents"].map(lambda v: isinstance(v, str) or float(v) < 5)
    assert small.any()  # Diever has an age group with fewer than 5 respondents
    fig = workbook.reach(plan)
    _inhabitants, respondents = fig.axes[0].containers
    heights = np.array([p.get_height() for p in respondents])
    assert (heights[small.to_numpy()] == 0).all()
    shares = plan.reach.loc[~small, "share_respondents"].astype(float).to_numpy() * 100
    assert np.allclose(heights[~small.to_numpy()], shares)
    assert [t.get_text() for t in fig.axes[0].texts].count("<5") == int(small.sum())
