"""Names on the council's map never cover one another (planning.charts.labels).

The placement is checked by hand on small cases, by its invariants on 2.500 random kernen
(the national workspace's size), and on the demo's map as matplotlib draws it: the boxes
the renderer measures, not the placement's own estimate, must not overlap.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable

import numpy as np
import pytest

from planning.charts.labels import place_labels

FRAME = (0.0, 0.0, 200.0, 200.0)


def overlap(a: tuple[float, ...], b: tuple[float, ...]) -> bool:
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]


def sizes(w: float, h: float = 8.0) -> Callable[[int], tuple[float, float]]:
    """A measure that gives every name the same size."""
    return lambda _i: (w, h)


def test_two_close_kernen_take_opposite_sides() -> None:
    # dot 0 (the larger) at 100, dot 1 just right of it: on the right, 0's name would cover
    # dot 1, so it goes left (the next spot), and 1's name takes its own right side
    xy = np.array([[100.0, 100.0], [110.0, 100.0]])
    labels = place_labels(xy, np.array([3.0, 2.0]), sizes(30), [0, 1], FRAME, limit=5, gap=1.5)
    assert [(lb.index, lb.ha) for lb in labels] == [(0, "right"), (1, "left")]
    # the right edge of 0's name ends at its dot's left edge minus the gap: 100 - 3 - 1.5
    assert labels[0].box[2] == 95.5 and labels[0].box[0] == 65.5
    assert labels[1].box[0] == 110 + 2 + 1.5


def test_a_name_at_the_frame_edge_turns_inwards() -> None:
    labels = place_labels(np.array([[190.0, 100.0]]), np.array([2.0]), sizes(40), [0], FRAME, 5)
    assert labels[0].ha == "right" and labels[0].box[2] <= 190


def test_a_kern_whose_dot_lies_under_a_name_gets_none() -> None:
    # dot 1 sits in the middle of the only room 0's name has (the frame blocks the others)
    frame = (0.0, 95.0, 160.0, 105.0)
    xy = np.array([[10.0, 100.0], [40.0, 100.0]])
    labels = place_labels(xy, np.array([2.0, 1.0]), sizes(60), [0, 1], frame, 5)
    assert [lb.index for lb in labels] == [0]


def test_no_room_leaves_the_name_off_and_the_limit_holds() -> None:
    xy = np.array([[100.0, 100.0]])
    assert place_labels(xy, np.array([2.0]), sizes(500), [0], FRAME, 5) == []
    many = np.column_stack([np.linspace(10, 190, 6), np.full(6, 100.0)])
    assert len(place_labels(many, np.full(6, 1.0), sizes(5), range(6), FRAME, limit=3)) == 3


def test_two_thousand_five_hundred_kernen() -> None:
    """The national size: no two names overlap, none covers a named dot or leaves the frame,
    and only the names tried are measured (the work grows with the kernen, not their square)."""
    rng = np.random.default_rng(7)
    n = 2500
    xy = rng.uniform(0, 400, size=(n, 2))
    radii = rng.uniform(1, 6, size=n)
    widths = rng.uniform(15, 60, size=n)
    measured: list[int] = []

    def size_of(i: int) -> tuple[float, float]:
        measured.append(i)
        return float(widths[i]), 8.0

    order = list(np.argsort(-radii, kind="stable"))
    frame = (0.0, 0.0, 400.0, 400.0)
    labels = place_labels(xy, radii, size_of, order, frame, limit=16, tries=60)
    assert 0 < len(labels) <= 16 and len(measured) <= 60
    boxes = [lb.box for lb in labels]
    assert not any(overlap(a, b) for a, b in itertools.combinations(boxes, 2))
    for lb in labels:
        x0, y0, x1, y1 = lb.box
        assert frame[0] <= x0 and frame[1] <= y0 and x1 <= frame[2] and y1 <= frame[3]
        for other in labels:
            if other.index != lb.index:
                cx, cy = xy[other.index]
                nx, ny = np.clip(cx, x0, x1) - cx, np.clip(cy, y0, y1) - cy
                assert nx * nx + ny * ny >= radii[other.index] ** 2
    # every name is measured once at most, and without a cap all 2.500 may be tried
    assert len(set(measured)) == len(measured)
    assert len(place_labels(xy, radii, sizes(30), order, frame, limit=n)) > 16


def test_the_demo_map_names_its_largest_kernen_without_overlap() -> None:
    from matplotlib.backends.backend_agg import FigureCanvasAgg

    from planning.charts.kernen_map import kernen_map
    from planning.plan.council import council_overview
    from planning.plan.village_plan import plan_date
    from planning.workspace.folder import demo_path, open_workspace

    ws = open_workspace(demo_path())
    ov = council_overview(ws, plan_date(ws), "nl")
    fig = kernen_map(ws, ov, "growth_75", "nl")
    canvas = FigureCanvasAgg(fig)  # the figure is made without pyplot: give it a canvas
    canvas.draw()
    renderer = canvas.get_renderer()
    ax = fig.axes[0]
    names = {t.get_text(): t.get_window_extent(renderer) for t in ax.texts}
    largest = ov.rows.sort_values("inhabitants_now", ascending=False)["name"].head(5)
    assert set(largest) <= set(names), (list(largest), sorted(names))
    frame = ax.get_window_extent(renderer)
    for (a, box_a), (b, box_b) in itertools.combinations(names.items(), 2):
        assert not box_a.overlaps(box_b), (a, b)
    assert all(frame.contains(b.x0, b.y0) and frame.contains(b.x1, b.y1) for b in names.values())


def test_the_window_follows_the_kernen_between_tall_and_wide() -> None:
    from planning.charts.kernen_map import TALLEST, WIDEST, window

    tall = np.array([[0.0, 0.0], [5000.0, 40000.0]])  # 5 km wide, 40 km high
    (x, y), ratio = window(tall)
    assert ratio == pytest.approx(TALLEST) and y[1] - y[0] == pytest.approx(40000 * 1.08)
    assert x[1] - x[0] == pytest.approx((y[1] - y[0]) * TALLEST) and x[0] < 0 and x[1] > 5000
    (x, y), ratio = window(np.array([[0.0, 0.0], [90000.0, 10000.0]]))
    assert (
        ratio == pytest.approx(WIDEST)
        and x[1] - x[0] == pytest.approx(90000 * 1.08)
        and y[0] < 0 < 10000 < y[1]
    )
    (x, y), ratio = window(np.array([[100.0, 100.0]]))  # one kern: a window of 2 km
    assert ratio == 1 and x == (100 - 1080, 100 + 1080) and y == x
