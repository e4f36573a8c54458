"""The base map drawn under a village map: built-up areas, water, roads and outlines.

Only what reaches the map's window is drawn (a spatial index picks it, the window cuts it),
as one matplotlib collection per kind: a plan with a province's roads in ``basemap/`` stays
as quick as one without. The colours are quiet so that the residents' dots and the
facilities stay the picture; the attribution the data's licence asks for is written on
the map.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import numpy as np

from planning.i18n import text
from planning.workspace.readers.basemap import KINDS, BaseMap

if TYPE_CHECKING:
    from matplotlib.axes import Axes

#: kind -> (face colour, edge colour, line width); faces only for areas
STYLE: dict[str, tuple[str, str, float]] = {
    "built": ("#e4dfd6", "#d2ccc0", 0.3),
    "water": ("#bcd6e8", "#7fb0d3", 1.2),
    "roads": ("none", "#a29c90", 1.4),
    "outlines": ("none", "#8a8a8a", 0.8),
    "other": ("#ecece6", "#c8c8c2", 0.4),
}


def _paths(geoms: Any) -> tuple[list[Any], list[np.ndarray]]:
    """(area paths, line vertex arrays) of shapely geometries."""
    import shapely
    from matplotlib.path import Path

    areas: list[Any] = []
    lines: list[np.ndarray] = []
    for part in shapely.get_parts(np.asarray(geoms)):
        kind = part.geom_type
        if kind == "Polygon":
            rings = [np.asarray(part.exterior.coords)[:, :2]]
            rings += [np.asarray(r.coords)[:, :2] for r in part.interiors]
            areas.append(Path.make_compound_path(*(Path(r, closed=True) for r in rings)))
        elif kind in ("LineString", "LinearRing"):
            lines.append(np.asarray(part.coords)[:, :2])
        elif kind == "GeometryCollection":
            sub_areas, sub_lines = _paths(shapely.get_parts(part))
            areas += sub_areas
            lines += sub_lines
    return areas, lines


def draw_basemap(ax: Axes, base: BaseMap, window: tuple[float, float, float, float]) -> int:
    """Draw ``base`` under everything else in ``window`` (x0, y0, x1, y1); the features drawn."""
    import shapely
    from matplotlib.collections import LineCollection, PathCollection

    drawn = 0
    for order, kind in enumerate(KINDS):
        series = base.layers.get(kind)
        if series is None or not len(series):
            continue
        hits = series.sindex.query(shapely.box(*window))
        if not len(hits):
            continue
        cut = shapely.clip_by_rect(series.geometry.to_numpy()[hits], *window)
        cut = cut[~shapely.is_empty(cut)]
        face, edge, width = STYLE[kind]
        areas, lines = _paths(cut)
        if kind in ("roads", "outlines"):
            # an outline is a line on the map, whatever its geometry
            lines += [p.vertices for a in areas for p in a.to_polygons(closed_only=False)]
            areas = []
        z = 0.1 + order * 0.1
        if areas:
            ax.add_collection(
                PathCollection(areas, facecolors=face, edgecolors=edge, linewidths=width, zorder=z)
            )
        if lines:
            dashes = (0, (4, 2)) if kind == "outlines" else "solid"
            colour = STYLE["water"][1] if kind == "water" else edge
            ax.add_collection(
                LineCollection(lines, colors=colour, linewidths=width, linestyles=dashes, zorder=z)
            )
        drawn += len(cut)
    return drawn


def attribution(base: BaseMap, lang: str) -> str:
    """The licence line the drawn data asks for (empty when nothing is drawn)."""
    return "; ".join(text(f"basemap.attribution.{s}", lang) for s in sorted(base.sources))
