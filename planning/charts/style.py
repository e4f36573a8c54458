"""Charts for the village plan and the notebooks, in one consistent style.

One set of rcParams (:func:`style_params`) gives matplotlib its look, so a
chart in a notebook and the same chart in the PDF are the same picture. Each
chart is drawn inside :func:`style` (a ``rc_context``), so it never changes
the caller's settings; :func:`use_style` applies the style for a whole
notebook session on purpose. Charts are
embedded in the PDF as SVG; :func:`to_svg` fixes the hash salt and drops the
date so the same data gives the same bytes. Every chart function takes plain
frames (as :class:`planning.plan.village_plan.VillagePlan` holds them) and returns a
Figure, so a notebook can show it and the report can embed it.
"""

from __future__ import annotations

import io
import textwrap
from collections.abc import Callable, Hashable, Iterable, Sequence
from contextlib import AbstractContextManager
from typing import TYPE_CHECKING, Any, ParamSpec, TypeVar

if TYPE_CHECKING:
    import pandas as pd
    from matplotlib.figure import Figure
    from matplotlib.typing import RcKeyType

P = ParamSpec("P")
R = TypeVar("R")

#: a calm municipal palette: petrol, sea green, sand, slate, brick for what is short
PALETTE: dict[str, str] = {
    "ink": "#1f2d3a",
    "primary": "#1f5f74",
    "secondary": "#4f9a94",
    "light": "#a9cfd0",
    "accent": "#d39b3a",
    "muted": "#8a96a3",
    "grid": "#dfe5ea",
    "alert": "#b5523b",
    # the workbook's signal colours: on track, attention, short (widgets, meetings, monitoring)
    "green": "#2a7f62",
    "green_light": "#e3f1ec",
    "orange": "#d9822b",
    "blue": "#2f6690",
    "grey": "#5c6770",
    "red": "#b3261e",
    "grid_light": "#e3e8eb",
    # survey: inhabitants against respondents
    "population": "#9fb8cf",
    "respondents": "#2f5d8a",
    # village map: one colour per facility quality, the map's paper and its note
    "meeting_place": "#1b7837",
    "accessible_only": "#2166ac",
    "low_threshold_only": "#e08214",
    "neither": "#7f7f7f",
    "paper": "#f7f7f2",
    "note": "#444444",
}
#: one colour per horizon, in order (now, 3, 5, 10 years)
SERIES: tuple[str, ...] = (
    PALETTE["primary"],
    PALETTE["secondary"],
    PALETTE["accent"],
    "#8a5a8c",  # plum: only ever the fourth series
    PALETTE["muted"],
)

WIDTH_IN = 6.3  # the text width of an A4 page with 2.5 cm margins


def style_params() -> dict[RcKeyType, Any]:
    """The rcParams of the one chart style of the workbook."""
    from matplotlib.rcsetup import cycler

    return {
        "font.family": "DejaVu Sans",
        "font.size": 8.5,
        "axes.titlesize": 9.5,
        "axes.titleweight": "bold",
        "axes.titlelocation": "left",
        "axes.labelsize": 8.5,
        "axes.edgecolor": PALETTE["muted"],
        "axes.labelcolor": PALETTE["ink"],
        "axes.spines.top": False,
        "axes.spines.right": False,
        "axes.grid": True,
        "axes.grid.axis": "x",
        "axes.axisbelow": True,
        "axes.prop_cycle": cycler(color=list(SERIES)),
        "grid.color": PALETTE["grid"],
        "grid.linewidth": 0.6,
        "xtick.color": PALETTE["ink"],
        "ytick.color": PALETTE["ink"],
        "legend.frameon": False,
        "legend.fontsize": 8,
        "figure.dpi": 100,
        "figure.facecolor": "white",
        "savefig.facecolor": "white",
        "svg.hashsalt": "planning-workbook",
        "svg.fonttype": "path",
        "path.simplify": True,
    }


def use_style() -> None:
    """Set the workbook's chart style for the whole session (a notebook's opt-in)."""
    import matplotlib

    matplotlib.rcParams.update(style_params())


def style() -> AbstractContextManager[Any]:
    """The style for one block of drawing, restored afterwards (nothing leaks to callers).

    The report draws every chart inside this; figures are plain ``Figure``
    objects, never pyplot's, so no GUI backend is involved (Agg/SVG canvases only).
    """
    import matplotlib

    return matplotlib.rc_context(style_params())


def to_svg(fig: Figure) -> str:
    """The figure as SVG text, byte-for-byte the same for the same chart.

    One draw only: fixed margins, so no ``bbox_inches="tight"`` (which draws twice).
    """
    buffer = io.StringIO()
    with style():
        fig.savefig(buffer, format="svg", metadata={"Date": None})
    return buffer.getvalue()


#: width of one character of tick-label text in inches (DejaVu Sans at 8.5 pt, on average)
CHAR_IN = 0.064


def _figure(
    height: float, *, left: float = 0.5, bottom: float = 0.35, top: float = 0.15, right: float = 0.1
) -> tuple[Figure, Any]:
    """A figure with fixed margins in inches, outside pyplot's registry.

    Fixed margins instead of a layout engine: the same look, half the drawing
    time (a layout engine measures every label and draws twice).
    """
    from matplotlib.figure import Figure

    fig = Figure(figsize=(WIDTH_IN, height))
    fig.subplots_adjust(
        left=left / WIDTH_IN,
        right=1 - right / WIDTH_IN,
        bottom=bottom / height,
        top=1 - top / height,
    )
    return fig, fig.subplots()


def styled(func: Callable[P, R]) -> Callable[P, R]:
    """Draw the chart inside the workbook's style (see :func:`style`)."""
    import functools

    @functools.wraps(func)
    def wrapper(*args: P.args, **kwargs: P.kwargs) -> R:
        with style():
            return func(*args, **kwargs)

    return wrapper


def _label_width(labels: Iterable[object]) -> float:
    return 0.15 + CHAR_IN * max((len(str(v)) for v in labels), default=4)


def _legend(fig: Figure, ncols: int, where: str) -> None:
    """The legend in one row, above or below the plot, outside the axes."""
    if where == "top":
        fig.legend(loc="upper center", bbox_to_anchor=(0.5, 1.0), ncols=ncols)
    else:
        fig.legend(loc="lower center", bbox_to_anchor=(0.5, 0.0), ncols=ncols)


@styled
def population_chart(
    frame: pd.DataFrame, series: Sequence[tuple[str, str]], title: str = ""
) -> Figure:
    """Inhabitants per age band: bars for the first series, lines for the horizons.

    ``frame`` has ``age_band`` and one numeric column per series; ``series``
    lists (column, legend label) in order, the first one drawn as bars.
    """
    fig, ax = _figure(2.7, left=0.5, bottom=0.5, top=0.35)
    x = list(range(len(frame)))
    first, rest = series[0], series[1:]
    ax.bar(x, frame[first[0]].astype(float), color=PALETTE["light"], label=first[1], width=0.8)
    for i, (column, name) in enumerate(rest):
        ax.step(
            x,
            frame[column].astype(float),
            where="mid",
            color=SERIES[(i + 1) % len(SERIES)],
            linewidth=1.6,
            label=name,
        )
    ax.set_xticks(x, [str(b) for b in frame["age_band"]], rotation=90)
    ax.grid(axis="y")
    ax.grid(axis="x", visible=False)
    ax.set_ylim(bottom=0)
    if title:
        ax.set_title(title, loc="left")
    _legend(fig, min(len(series), 4), "top")
    return fig


@styled
def grouped_bars(
    frame: pd.DataFrame,
    category: str,
    series: Sequence[tuple[Hashable, str]],
    *,
    percent: bool = True,
    title: str = "",
) -> Figure:
    """Horizontal bars per category (e.g. theme), one bar per series (e.g. horizon)."""
    import numpy as np

    rows = len(frame)
    legend = len(series) > 1
    bottom = 0.62 if legend else 0.35
    fig, ax = _figure(
        max(1.2, 0.13 * rows * len(series) + 0.1 * rows + bottom + 0.15),
        left=_label_width(frame[category]),
        bottom=bottom,
        # the last tick label ("100%") is centred on the axis end: room for its half
        right=0.3 if percent else 0.15,
    )
    y = np.arange(rows)
    height = 0.8 / max(1, len(series))
    for i, (column, name) in enumerate(series):
        values = frame[column].astype(float).fillna(0.0).to_numpy()
        if percent:
            values = values * 100
        ax.barh(
            y - 0.4 + height * (i + 0.5),
            values,
            height=height * 0.92,
            label=name,
            color=SERIES[i % len(SERIES)],
        )
    ax.set_yticks(y, [str(v) for v in frame[category]])
    ax.invert_yaxis()
    if percent:
        ax.xaxis.set_major_formatter(lambda v, _pos: f"{v:.0f}%")
    if title:
        ax.set_title(title, loc="left")
    if legend:
        _legend(fig, len(series), "bottom")
    return fig


def bars(frame: pd.DataFrame, category: str, value: str, title: str = "") -> Figure:
    """One horizontal bar per category (channels, reach)."""
    return grouped_bars(frame, category, [(value, value)], percent=False, title=title)


def coverage_chart(
    frame: pd.DataFrame, series: Sequence[tuple[str, str]], title: str = ""
) -> Figure:
    """Shares of inhabitants within walking/cycling distance, per situation (now, horizons)."""
    fig = grouped_bars(frame, "label", series, percent=True, title=title)
    fig.axes[0].set_xlim(0, 100)
    return fig


@styled
def timeline_chart(
    items: pd.DataFrame,
    base_year: int,
    horizons: Sequence[int],
    labels: dict[str, str],
    title: str = "",
) -> Figure:
    """Actions and commitments as bars over the years, with the horizons marked.

    ``items`` has ``label``, ``start_year``, ``end_year`` (may be empty: open
    ended) and ``source`` (``action`` or ``commitment``); ``labels`` gives the
    legend text per source and ``"horizon"`` the word for the marker.
    """
    last = base_year + max(horizons)
    # long titles wrap onto a second (third) line instead of being cut off
    names = [textwrap.fill(str(v), 44, break_long_words=False) for v in items["label"]]
    lines = max((n.count("\n") + 1 for n in names), default=1)
    fig, ax = _figure(
        max(1.4, (0.12 + 0.13 * lines) * len(items) + 1.1),
        left=_label_width([line for n in names for line in n.splitlines()]) * 1.12,
        bottom=0.62,
        top=0.1,
        right=0.3,
    )
    colors = {"action": PALETTE["primary"], "commitment": PALETTE["accent"]}
    seen: set[str] = set()
    rows = zip(items["start_year"], items["end_year"], items["source"], strict=True)
    for i, (start_year, end_year, source_value) in enumerate(rows):
        start = max(int(start_year), base_year)
        try:
            end = int(end_year) or last
        except (TypeError, ValueError):  # NaN, or pandas' NA from a nullable column: open end
            end = last
        end = min(max(end, start), last)
        source = str(source_value)
        name = labels.get(source, source) if source not in seen else None
        seen.add(source)
        ax.barh(
            i,
            end - start + 1,
            left=start,
            height=0.6,
            color=colors.get(source, PALETTE["muted"]),
            label=name,
        )
    for h in horizons:
        ax.axvline(base_year + h + 1, color=PALETTE["alert"], linewidth=0.8, linestyle="--")
        ax.text(
            base_year + h + 1,
            -0.9,
            f"{h} {labels.get('years', '')}".strip(),
            color=PALETTE["alert"],
            fontsize=7,
            ha="center",
            # on a white ground above the line: the dashed line must not cross "3 jaar"
            bbox={"facecolor": "white", "edgecolor": "none", "pad": 1.2},
            zorder=5,
        )
    ax.set_yticks(range(len(items)), names)
    ax.tick_params(axis="y", labelsize=8 if lines > 1 else 8.5)
    ax.set_ylim(len(items) - 0.5, -1.3)
    ax.set_xlim(base_year, last + 1)
    # a year per tick while they fit (about 0,36 inch each at 7 pt), else every other year
    left_in, right_in = fig.subplotpars.left * WIDTH_IN, (1 - fig.subplotpars.right) * WIDTH_IN
    per_year = (WIDTH_IN - left_in - right_in) / (last + 1 - base_year)
    step = 1 if per_year >= 0.36 else 2
    ax.xaxis.set_major_locator(__import__("matplotlib").ticker.MultipleLocator(step))
    ax.tick_params(axis="x", labelsize=7)
    if title:
        ax.set_title(title, loc="left")
    if seen:
        _legend(fig, len(seen), "bottom")
    return fig
