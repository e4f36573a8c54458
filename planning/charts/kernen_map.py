"""The map of every kern, coloured by one measure of the council's overview.

Drawn in RD New metres from the villages' own coordinates, with matplotlib only (no
tiles, nothing fetched), in the workbook's one chart style: one dot per kern, sized by
its inhabitants, coloured from light to petrol by the chosen measure; a kern whose figure
is suppressed ("<5") or unknown is an open grey ring, never a colour it does not have.
The largest kernen carry their names. ``map_description`` says the same in words and
numbers, the PDF's text alternative for readers who cannot see the map.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import numpy as np
import pandas as pd

from planning.analysis.access import to_rd
from planning.charts.style import PALETTE, styled
from planning.i18n import fmt_int, fmt_num, fmt_pct, text
from planning.plan.council import measure_values

if TYPE_CHECKING:
    from matplotlib.figure import Figure

    from planning.plan.council import CouncilOverview
    from planning.workspace.folder import Workspace

#: kernen named on the map: the largest, up to this many
NAMED = 12


def measure_label(measure: str, lang: str) -> str:
    return text(f"overview.measure.{measure}", lang)


def measure_text(measure: str, value: float, lang: str) -> str:
    """One figure of a measure in words: a share in %, a growth in percentage points."""
    if measure in ("share_75_later", "walk_share", "change"):
        return fmt_pct(value, 0, lang)
    if measure == "growth_75":
        return text("overview.points", lang, value=fmt_num(value * 100, 1, lang))
    if measure == "plan_age":
        return text("overview.years", lang, value=fmt_int(value, lang))
    return fmt_int(value, lang)


def unit_label(measure: str, lang: str) -> str:
    """The unit of a measure's scale, said once beside the colour bar."""
    key = {"growth_75": "points_unit", "plan_age": "years_unit"}.get(measure)
    if key:
        return text(f"overview.{key}", lang)
    return (
        "%"
        if measure in ("share_75_later", "walk_share", "change")
        else text("overview.count_unit", lang)
    )


def tick_text(measure: str, value: float, lang: str) -> str:
    """A short tick of the colour bar: the number only, its unit is in the bar's label."""
    if measure in ("share_75_later", "walk_share", "change"):
        return fmt_pct(value, 0, lang)
    if measure == "growth_75":
        return fmt_num(value * 100, 0, lang)
    return fmt_int(value, lang)


def _positions(ws: Workspace, overview: CouncilOverview) -> np.ndarray:
    villages = ws.villages.drop_duplicates("village_id").set_index("village_id")
    ids = overview.rows["village_id"]
    lat = pd.to_numeric(villages["lat"].reindex(ids), errors="coerce").to_numpy(float)
    lon = pd.to_numeric(villages["lon"].reindex(ids), errors="coerce").to_numpy(float)
    x, y = to_rd(lat, lon)
    return np.column_stack([x, y])


@styled
def kernen_map(ws: Workspace, overview: CouncilOverview, measure: str, lang: str) -> Figure:
    from matplotlib.colors import LinearSegmentedColormap
    from matplotlib.figure import Figure

    xy = _positions(ws, overview)
    values = measure_values(overview, measure).to_numpy(float)
    inhabitants = pd.to_numeric(overview.rows["inhabitants_now"], errors="coerce").fillna(0)
    sizes = 8 + 140 * np.sqrt(inhabitants.to_numpy(float) / max(float(inhabitants.max()), 1.0))
    placed = np.isfinite(xy).all(axis=1)
    known = placed & np.isfinite(values)
    fig = Figure(figsize=(6.3, 6.3))
    ax = fig.add_axes((0.02, 0.16, 0.96, 0.78))
    ax.set_facecolor(PALETTE["paper"])
    ax.grid(False)
    cmap = LinearSegmentedColormap.from_list(
        "council_measure",
        [PALETTE["light"], PALETTE["secondary"], PALETTE["primary"], PALETTE["ink"]],
    )
    unknown = placed & ~known
    ax.scatter(
        xy[unknown, 0], xy[unknown, 1], s=sizes[unknown], facecolors="none",
        edgecolors=PALETTE["muted"], linewidths=0.8, zorder=2,
    )  # fmt: skip
    if known.any():
        low, high = float(np.nanmin(values[known])), float(np.nanmax(values[known]))
        if low == high:
            low, high = low - 1, high + 1
        dots = ax.scatter(
            xy[known, 0], xy[known, 1], c=values[known], s=sizes[known], cmap=cmap,
            vmin=low, vmax=high, edgecolors="white", linewidths=0.4, zorder=3,
        )  # fmt: skip
        cax = fig.add_axes((0.15, 0.07, 0.7, 0.025))
        bar = fig.colorbar(dots, cax=cax, orientation="horizontal")
        bar.set_label(f"{measure_label(measure, lang)} ({unit_label(measure, lang)})")
        bar.ax.xaxis.set_major_formatter(lambda v, _pos: tick_text(measure, v, lang))
    order = np.argsort(-inhabitants.to_numpy(float), kind="stable")
    for i in [i for i in order if placed[i]][:NAMED]:
        ax.annotate(
            str(overview.rows["name"].iloc[i]), xy[i], xytext=(4, 3), textcoords="offset points",
            fontsize=7, color=PALETTE["ink"], zorder=4,
        )  # fmt: skip
    if placed.any():  # a square window around the kernen, so the map fills its frame
        (x0, y0), (x1, y1) = xy[placed].min(axis=0), xy[placed].max(axis=0)
        half = max(x1 - x0, y1 - y0, 2000.0) / 2 * 1.08
        cx, cy = (x0 + x1) / 2, (y0 + y1) / 2
        ax.set_xlim(cx - half * 1.23, cx + half * 1.23)  # the frame is 1.23 times wider
        ax.set_ylim(cy - half, cy + half)
    ax.set_aspect("equal", adjustable="box")
    ax.set_xticks([])
    ax.set_yticks([])
    title = text("overview.map_title", lang, measure=measure_label(measure, lang))
    fig.text(0.02, 0.97, title, fontsize=9.5, fontweight="bold", va="top")
    return fig


def map_description(overview: CouncilOverview, measure: str, lang: str) -> str:
    """The map in words and numbers (its text alternative): range, median, kernen without."""
    values = measure_values(overview, measure)
    names = dict(zip(overview.rows["village_id"], overview.rows["name"], strict=True))
    known = values.dropna()
    total = len(values)
    name = measure_label(measure, lang)
    if known.empty:
        return text("overview.map_alt_none", lang, count=fmt_int(total, lang), measure=name)
    low, high = known.idxmin(), known.idxmax()
    return text(
        "overview.map_alt",
        lang,
        count=fmt_int(total, lang),
        measure=name,
        low=measure_text(measure, float(known.min()), lang),
        low_name=names[low],
        high=measure_text(measure, float(known.max()), lang),
        high_name=names[high],
        median=measure_text(measure, float(known.median()), lang),
        without=fmt_int(total - len(known), lang),
    )
