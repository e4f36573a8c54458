"""Names beside the dots of a map, never one name over another.

A council member reads a map by its names; two names printed over each other read as
neither. So each name is tried, largest kern first, at eight spots around its own dot
(right, left, above, below, then the corners). A spot must stay inside the frame and cover
no name and no named dot placed before it; of those, the name takes the one that covers
the fewest dots, a dot in line for a name counting more than all others together, and
the more the larger its kern (so on
a sparse map names cover no dot at all, and on a crowded one the largest kernen are
still named, over small dots, which the halo keeps readable). A kern whose dot already
lies under a name, or with no free spot, is left unnamed: it is still a dot, and its row
in the table names it.

Greedy, so linear in the number of kernen per name tried: each try compares one box with
the names placed so far and with every dot at once (numpy), and at most ``tries`` names
are tried, so 2.500 kernen cost as little as 42 do (tests/unit/charts/test_labels.py).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

import numpy as np

#: the spots around a dot, in the order they are tried: direction (x, y) and the anchor
#: of the text there (matplotlib's ha, va)
SPOTS: tuple[tuple[int, int, str, str], ...] = (
    (1, 0, "left", "center"),
    (-1, 0, "right", "center"),
    (0, 1, "center", "bottom"),
    (0, -1, "center", "top"),
    (1, 1, "left", "bottom"),
    (-1, 1, "right", "bottom"),
    (1, -1, "left", "top"),
    (-1, -1, "right", "top"),
)


@dataclass(frozen=True)
class Label:
    """One name placed: which dot, its offset from the dot's centre, anchor and box."""

    index: int
    dx: float
    dy: float
    ha: str
    va: str
    box: tuple[float, float, float, float]


def _box(
    cx: float, cy: float, r: float, w: float, h: float, spot: tuple[int, int, str, str], gap: float
) -> tuple[float, float, float, float, float, float]:
    """The box (x0, y0, x1, y1) of a w x h name at one spot, and its offset (dx, dy)."""
    sx, sy, _ha, _va = spot
    # on a diagonal the name sits at the circle's corner, not the square's
    reach = r * (0.75 if sx and sy else 1.0) + gap
    dx, dy = sx * reach, sy * reach
    x0 = cx + dx if sx > 0 else cx + dx - w if sx < 0 else cx - w / 2
    y0 = cy + dy if sy > 0 else cy + dy - h if sy < 0 else cy - h / 2
    return x0, y0, x0 + w, y0 + h, dx, dy


def _covers(box: tuple[float, float, float, float], xy: np.ndarray, r: np.ndarray) -> np.ndarray:
    """Which circles (centre xy, radius r) the box touches."""
    x0, y0, x1, y1 = box
    nx = np.clip(xy[:, 0], x0, x1) - xy[:, 0]
    ny = np.clip(xy[:, 1], y0, y1) - xy[:, 1]
    return np.asarray(nx * nx + ny * ny < r * r)


def place_labels(
    xy: np.ndarray,
    radii: np.ndarray,
    size_of: Callable[[int], tuple[float, float]],
    order: Sequence[int],
    frame: tuple[float, float, float, float],
    limit: int,
    tries: int | None = None,
    gap: float = 1.5,
) -> list[Label]:
    """Place up to ``limit`` names, trying the dots in ``order`` (at most ``tries`` of them).

    ``xy`` are the dots' centres and ``radii`` their radii, ``size_of(i)`` the width and
    height of dot i's name and ``frame`` the box names must stay in, all in one unit (the
    map's points). Only the names tried are measured, so a costly measure stays cheap.
    """
    xy = np.asarray(xy, dtype=float)
    radii = np.asarray(radii, dtype=float)
    tried = list(order)[: tries if tries is not None else len(order)]
    weight = np.ones(len(xy))
    # covering a dot in line for a name weighs more than all others together, the more
    # the larger its kern (the earlier it is tried)
    weight[tried] = (len(xy) + 1) * np.arange(len(tried), 0, -1)
    named = np.zeros(len(xy), dtype=bool)
    boxes = np.empty((0, 4))
    placed: list[Label] = []
    fx0, fy0, fx1, fy1 = frame
    for i in tried:
        if len(placed) >= limit:
            break
        if len(boxes) and _under(boxes, xy[i], radii[i]):
            continue  # its dot is under a name already placed: a second name there misleads
        w, h = size_of(i)
        best: tuple[float, Label] | None = None
        for spot in SPOTS:
            x0, y0, x1, y1, dx, dy = _box(xy[i, 0], xy[i, 1], radii[i], w, h, spot, gap)
            if x0 < fx0 or y0 < fy0 or x1 > fx1 or y1 > fy1:
                continue
            if (
                len(boxes)
                and (
                    (boxes[:, 0] < x1)
                    & (boxes[:, 2] > x0)
                    & (boxes[:, 1] < y1)
                    & (boxes[:, 3] > y0)
                ).any()
            ):
                continue
            hit = _covers((x0, y0, x1, y1), xy, radii)
            hit[i] = False
            if (hit & named).any():
                continue
            cost = float(weight[hit].sum())
            if best is None or cost < best[0]:
                best = (cost, Label(i, dx, dy, spot[2], spot[3], (x0, y0, x1, y1)))
            if cost == 0:
                break
        if best is not None:
            placed.append(best[1])
            named[i] = True
            boxes = np.vstack([boxes, best[1].box])
    return placed


def _under(boxes: np.ndarray, centre: np.ndarray, radius: float) -> bool:
    """Whether a dot lies (partly) under one of the boxes."""
    nx = np.clip(centre[0], boxes[:, 0], boxes[:, 2]) - centre[0]
    ny = np.clip(centre[1], boxes[:, 1], boxes[:, 3]) - centre[1]
    return bool((nx * nx + ny * ny < radius * radius).any())
