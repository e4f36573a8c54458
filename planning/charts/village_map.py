"""A village map without a tile server: where people live and how far they walk.

Drawn in RD New metres (so distances on the map are true and the scale bar is
exact), with matplotlib only: no tiles, no downloads, the same picture offline
in the village hall and in the PDF. Residents are dots shaded by the distance to
their nearest meeting place (sized by inhabitants); facilities are marked by
quality; a faint circle of walking distance around every meeting place shows
who is within reach.
"""

from __future__ import annotations

import textwrap
from typing import TYPE_CHECKING

import numpy as np
import pandas as pd

from planning.analysis.access import (
    coverage,
    facility_index,
    point_distances,
    population_points,
)
from planning.analysis.facilities import facility_qualities
from planning.charts.basemap import attribution, draw_basemap
from planning.charts.style import PALETTE, styled
from planning.i18n import fmt_int, fmt_pct, label, text
from planning.workspace.readers.basemap import workspace_basemap

if TYPE_CHECKING:
    from matplotlib.figure import Figure

    from planning.workspace.folder import Workspace

#: quality -> (marker, face colour, size)
MARKERS = {
    "meeting_place": ("*", PALETTE["meeting_place"], 260),
    "accessible_only": ("s", PALETTE["accessible_only"], 90),
    "low_threshold_only": ("D", PALETTE["low_threshold_only"], 80),
    "neither": ("X", PALETTE["neither"], 90),
}


def _quality(q: pd.DataFrame) -> np.ndarray:
    return np.select(
        [q["meeting_place"], q["accessible"], q["low_threshold"]],
        ["meeting_place", "accessible_only", "low_threshold_only"],
        default="neither",
    )


def _nice_length(span_m: float) -> float:
    """A round scale-bar length of about a fifth of the map width."""
    target = span_m / 5
    for step in (100, 200, 250, 500, 1000, 2000, 2500, 5000, 10000):
        if step >= target:
            return float(step)
    return 10000.0


def _placed_qualities(ws: Workspace, facilities: pd.DataFrame | None, lang: str) -> pd.DataFrame:
    """Every placed facility's quality and RD position, once per workspace and language.

    Judging every facility is the same work for each village's map; a batch of plans
    remembers it until the facilities table is replaced. A scenario's own table is
    judged afresh.
    """

    def compute() -> pd.DataFrame:
        frame = ws.facilities if facilities is None else facilities
        index = facility_index(ws, facilities)
        quality = facility_qualities(ws, frame.dropna(subset=["lat", "lon"]), lang=lang)
        quality["kind_q"] = _quality(quality)
        quality["x"], quality["y"] = index.xy[:, 0], index.xy[:, 1]
        return quality

    if facilities is not None:
        return compute()
    key = ("village_map.qualities", lang, ws.settings.thresholds)
    return ws.cached(key, ("facilities",), compute)


@styled
def village_map(
    ws: Workspace,
    village_id: str,
    facilities: pd.DataFrame | None = None,
    lang: str | None = None,
) -> Figure:
    """A map of one village: facilities by quality, residents shaded by distance."""
    from matplotlib.figure import Figure
    from matplotlib.patches import Circle
    from mpl_toolkits.axes_grid1.anchored_artists import AnchoredSizeBar

    lang = lang or ws.settings.lang
    village = ws.village(village_id)
    t = ws.settings.thresholds
    points = point_distances(ws, village_id, facilities)
    cov = coverage(ws, village_id, facilities)[0]
    quality = _placed_qualities(ws, facilities, lang)

    cx, cy = population_points(ws).centroid_xy[village_id]
    px, py = points["x"].to_numpy(), points["y"].to_numpy()
    half = max(
        1200.0,
        float(np.max(np.abs(px - cx))) + 400 if len(px) else 0.0,
        float(np.max(np.abs(py - cy))) + 400 if len(py) else 0.0,
    )
    x0, x1, y0, y1 = cx - half, cx + half, cy - half, cy + half

    fig = Figure(figsize=(8, 7.2), dpi=110, layout="constrained")
    ax = fig.add_subplot()
    ax.set_facecolor(PALETTE["paper"])
    base = workspace_basemap(ws)
    drawn = draw_basemap(ax, base, (x0, y0, x1, y1))
    # only the circles that reach the window: at the size of a province or the country a
    # map would otherwise lay out (and clip away) a circle for every meeting place there is
    reach = t.walk_m
    meeting = quality[
        (quality["kind_q"] == "meeting_place")
        & quality["x"].between(x0 - reach, x1 + reach)
        & quality["y"].between(y0 - reach, y1 + reach)
    ]
    for x, y in zip(meeting["x"], meeting["y"], strict=True):
        ax.add_patch(
            Circle(
                (x, y),
                t.walk_m,
                facecolor=PALETTE["meeting_place"],
                alpha=0.06,
                edgecolor=PALETTE["meeting_place"],
                lw=0.6,
            )
        )
    finite = np.isfinite(points["distance_m"].to_numpy())
    dist = np.where(finite, points["distance_m"].to_numpy(), np.nan)
    vmax = max(t.cycle_m, float(np.nanmax(dist)) if finite.any() else t.cycle_m)
    sizes = 12 + 60 * np.sqrt(
        points["inhabitants"].to_numpy() / max(points["inhabitants"].max(), 1)
    )
    sc = ax.scatter(
        px,
        py,
        c=np.nan_to_num(dist, nan=vmax),
        s=sizes,
        cmap="viridis_r",
        vmin=0,
        vmax=vmax,
        edgecolors="white",
        linewidths=0.4,
        zorder=2,
    )
    cbar = fig.colorbar(sc, ax=ax, shrink=0.8, pad=0.02)
    cbar.set_label(text("map.colorbar", lang))
    inside = quality[quality["x"].between(x0, x1) & quality["y"].between(y0, y1)]
    own = inside["village_id"].astype(str) == village_id
    for key, (marker, colour, size) in MARKERS.items():
        sel = inside[inside["kind_q"] == key]
        n_all = int((quality["kind_q"] == key).sum())
        # the text beside the map counts the village's own places: so does the legend,
        # with the neighbouring villages' places in view named apart
        n_own = int((own & (inside["kind_q"] == key)).sum())
        nearby = len(sel) - n_own
        count = text(
            "map.legend_nearby" if nearby else "map.legend_count",
            lang,
            own=n_own,
            nearby=nearby,
            village=village["name"],
        )
        ax.scatter(
            sel["x"],
            sel["y"],
            marker=marker,
            s=size,
            c=colour,
            edgecolors="black",
            linewidths=0.6,
            zorder=3,
            label=f"{label('quality.' + key, lang)} ({count})" if n_all or len(sel) else None,
        )
    ax.set_xlim(x0, x1)
    ax.set_ylim(y0, y1)
    ax.set_aspect("equal")
    ax.set_xticks([])
    ax.set_yticks([])
    length = _nice_length(x1 - x0)
    bar_label = f"{fmt_int(length, lang)} m"
    ax.add_artist(
        AnchoredSizeBar(
            ax.transData,
            length,
            bar_label,
            loc="lower right",
            pad=0.4,
            sep=4,
            frameon=True,
            size_vertical=length / 40,
        )
    )
    # below the map, never over the dots it explains
    handles, names = ax.get_legend_handles_labels()
    fig.legend(
        handles,
        names,
        loc="outside lower center",
        ncols=2,
        fontsize=8,
        framealpha=0.9,
        title=label("facilities", lang),
        title_fontsize=8,
    )
    mean = cov["mean_distance_m"]
    mean_t = "-" if mean is None else f"{fmt_int(mean, lang)} m"
    walk = fmt_pct(cov["share_within_walk"], 0, lang)
    cycle = fmt_pct(cov["share_within_cycle"], 0, lang)
    fig.suptitle(
        f"{village['name']}: "
        + text(
            "map.title",
            lang,
            mean=mean_t,
            walk=walk,
            walk_m=fmt_int(t.walk_m, lang),
            cycle=cycle,
            cycle_m=fmt_int(t.cycle_m, lang),
        ),
        fontsize=11,
    )
    note = text("map.note", lang)
    if cov["used_centroid"]:
        note += text("map.note_centroid", lang)
    if ws.settings.generated:
        note += text("map.note_generated", lang)
    # the ground's licence, or in words how to get a ground, under the map with the note
    ground = attribution(base, lang) if drawn else text("basemap.missing", lang)
    note = "\n".join([note, *textwrap.wrap(ground, 120)])
    ax.set_xlabel(note, fontsize=7, color=PALETTE["note"], loc="left")
    return fig
