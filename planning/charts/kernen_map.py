"""The map of every kern, coloured by one measure of the council's overview.

Drawn in RD New metres from the villages' own coordinates, with matplotlib only (no
tiles, nothing fetched), in the workbook's one chart style: one dot per kern, sized by
its inhabitants, coloured from light to petrol by the chosen measure; a kern whose figure
is suppressed ("<5") or unknown is an open grey ring, never a colour it does not have.
The largest kernen carry their names where a name covers no other
(planning.charts.labels). ``map_description`` says the same in words and
numbers, the PDF's text alternative for readers who cannot see the map.
"""

from __future__ import annotations

import textwrap
from typing import TYPE_CHECKING

import numpy as np
import pandas as pd

from planning.analysis.access import to_rd
from planning.charts.labels import place_labels
from planning.charts.style import PALETTE, styled
from planning.i18n import fmt_int, fmt_num, fmt_pct, text
from planning.plan.council import measure_values

if TYPE_CHECKING:
    from matplotlib.axes import Axes
    from matplotlib.figure import Figure

    from planning.plan.council import CouncilOverview
    from planning.workspace.folder import Workspace

#: kernen named on the map: the largest whose name fits, up to this many
NAMED = 16
#: how many of the largest kernen are tried for a name (and kept free of other names)
TRIED = 60
#: the size of a name on the map, in points (printed at about three quarters on the overview)
NAME_PT = 8.0
#: the map's height in inches; its width follows the kernen's window
HEIGHT_IN = 6.3
#: the narrowest and the widest window, as width over height
TALLEST, WIDEST = 0.8, 1.23


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


def window(xy: np.ndarray) -> tuple[tuple[tuple[float, float], tuple[float, float]], float]:
    """The map's window around the kernen (x and y limits in RD metres) and its width over
    its height: the kernen's extent with a margin, at least 2 km, widened to a ratio between
    ``TALLEST`` and ``WIDEST`` so neither a long nor a narrow region makes a sliver."""
    if not len(xy):
        return ((0.0, WIDEST), (0.0, 1.0)), WIDEST
    (x0, y0), (x1, y1) = xy.min(axis=0), xy.max(axis=0)
    half_w = max(x1 - x0, 2000.0) / 2 * 1.08
    half_h = max(y1 - y0, 2000.0) / 2 * 1.08
    ratio = min(max(half_w / half_h, TALLEST), WIDEST)
    half_w, half_h = max(half_w, half_h * ratio), max(half_h, half_w / ratio)
    cx, cy = (x0 + x1) / 2, (y0 + y1) / 2
    return ((cx - half_w, cx + half_w), (cy - half_h, cy + half_h)), half_w / half_h


def _wrapped(words: str, width_in: float, size_pt: float) -> str:
    """A title or label broken to fit a figure ``width_in`` wide (DejaVu Sans, on average)."""
    return textwrap.fill(words, max(20, int(width_in * 72 * 0.92 / (size_pt * 0.6))))


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
    (xlim, ylim), ratio = window(xy[placed])
    # the figure as wide as the kernen's window needs: a tall region gets a tall map
    width = HEIGHT_IN * 0.78 * ratio / 0.96
    title = _wrapped(
        text("overview.map_title", lang, measure=measure_label(measure, lang)), width, 9.5
    )
    top = 0.94 - 0.17 * (title.count("\n")) / HEIGHT_IN  # a second line of title lowers the map
    fig = Figure(figsize=(width, HEIGHT_IN))
    ax = fig.add_axes((0.02, 0.16, 0.96, top - 0.16))
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
        cax = fig.add_axes((0.15, 0.085, 0.7, 0.025))
        bar = fig.colorbar(dots, cax=cax, orientation="horizontal")
        label = f"{measure_label(measure, lang)} ({unit_label(measure, lang)})"
        bar.set_label(_wrapped(label, width, 8.5))
        bar.ax.xaxis.set_major_formatter(lambda v, _pos: tick_text(measure, v, lang))
    ax.set_xlim(*xlim)
    ax.set_ylim(*ylim)
    ax.set_aspect("equal", adjustable="box")
    ax.set_xticks([])
    ax.set_yticks([])
    _names(fig, ax, xy, sizes, placed, overview.rows["name"], inhabitants.to_numpy(float))
    fig.text(0.02, 0.97, title, fontsize=9.5, fontweight="bold", va="top")
    return fig


def _names(
    fig: Figure,
    ax: Axes,
    xy: np.ndarray,
    sizes: np.ndarray,
    placed: np.ndarray,
    names: pd.Series,
    inhabitants: np.ndarray,
) -> None:
    """The largest kernen's names where they cover no other name (planning.charts.labels).

    Placed in the map's points once its frame is fixed, so the test of overlap is the one
    the reader sees; a white halo keeps a name readable over a small dot it may cross.
    """
    from matplotlib import patheffects
    from matplotlib.font_manager import FontProperties
    from matplotlib.textpath import text_to_path

    ax.apply_aspect()  # the frame as drawn: equal aspect shrinks the axes
    scale = 72 / fig.dpi
    points = np.full(xy.shape, -1e9)
    points[placed] = ax.transData.transform(xy[placed]) * scale
    radii = np.sqrt(sizes) / 2 + 0.3  # scatter's s is the dot's width squared, plus its edge
    width, height = fig.get_size_inches() * 72
    x0, y0, x1, y1 = ax.get_position().extents
    font = FontProperties(size=NAME_PT)

    def size_of(i: int) -> tuple[float, float]:
        w, _h, _d = text_to_path.get_text_width_height_descent(str(names.iloc[i]), font, False)
        return w + 1.5, NAME_PT * 1.2

    order = [i for i in np.argsort(-inhabitants, kind="stable") if placed[i]]
    frame = (x0 * width, y0 * height, x1 * width, y1 * height)
    halo = [patheffects.withStroke(linewidth=2.2, foreground=PALETTE["paper"])]
    for label in place_labels(points, radii, size_of, order, frame, NAMED, tries=TRIED):
        ax.annotate(
            str(names.iloc[label.index]), xy[label.index], xytext=(label.dx, label.dy),
            textcoords="offset points", ha=label.ha, va=label.va, fontsize=NAME_PT,
            color=PALETTE["ink"], zorder=4, path_effects=halo,
        )  # fmt: skip


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
