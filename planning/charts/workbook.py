"""The notebooks' own charts, in the plan's style: the age pyramid, needs with their
margins, demand against supply, the matches made and the distance distribution.

Each takes a VillagePlan (built in a tenth of a second) and returns a Figure, or None when
the village has nothing to draw; suppressed figures ("<5") are never drawn to size.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import numpy as np
import pandas as pd

from planning.analysis.access import point_distances
from planning.charts.style import PALETTE, SERIES, WIDTH_IN, _figure, _label_width, styled
from planning.i18n import fmt_int, fmt_num, text
from planning.survey.suppression import SMALL_CELL

if TYPE_CHECKING:
    from matplotlib.figure import Figure

    from planning.plan.village_plan import VillagePlan


def _numeric(values: pd.Series) -> pd.Series:
    """Numbers only: "<5" and empty cells become NaN (not drawn)."""
    return pd.to_numeric(values, errors="coerce")


def _themes(plan: VillagePlan, frame: pd.DataFrame) -> list[str]:
    return [t for t in plan.theme_labels if t in set(frame["theme"])]


def _title(fig: Figure, words: str) -> None:
    """The chart's title at the figure's left edge, so a long title is never cut off."""
    fig.suptitle(words, x=0.01, ha="left", fontsize=9.5, fontweight="bold")


def _thousands(lang: str) -> object:
    return lambda v, _pos: fmt_int(abs(v), lang)


@styled
def pyramid(plan: VillagePlan) -> Figure | None:
    """Inhabitants per age band now (left) and at the last horizon (right), back to back:
    where the village grows older at a glance."""
    series = [c for c, _ in plan.population_series if c.startswith("y")]
    if plan.population.empty or len(series) < 2:
        return None
    lang, last = plan.lang, max(plan.horizons)
    now, later = series[0], series[-1]
    frame = plan.population
    y = np.arange(len(frame))
    fig, ax = _figure(3.8, left=0.6, bottom=0.8, top=0.35)
    left = _numeric(frame[now]).fillna(0).to_numpy(dtype=float)
    right = _numeric(frame[later]).fillna(0).to_numpy(dtype=float)
    ax.barh(
        y,
        -left,
        color=PALETTE["primary"],
        height=0.85,
        label=text("chart.now", lang, year=plan.base_year),
    )
    ax.barh(
        y,
        right,
        color=PALETTE["accent"],
        height=0.85,
        label=text("horizon.when", lang, h=last, year=plan.year(last)),
    )
    ax.set_yticks(y, [str(b) for b in frame["age_band"]], fontsize=7)
    ax.axvline(0, color=PALETTE["ink"], linewidth=0.8)
    edge = max(left.max(), right.max()) * 1.08 or 1.0
    ax.set_xlim(-edge, edge)
    ax.xaxis.set_major_formatter(_thousands(lang))
    ax.set_xlabel(text("inhabitants", lang))
    _title(fig, text("chart.pyramid", lang, h=last))
    fig.legend(loc="lower center", bbox_to_anchor=(0.5, 0.0), ncols=2)
    return fig


@styled
def needs_margins(plan: VillagePlan) -> Figure | None:
    """Per theme and horizon the share naming it, with its 95% interval as a whisker."""
    frame = plan.needs.copy()
    if frame.empty or _numeric(frame["share"]).isna().all():
        return None
    frame["share"] = _numeric(frame["share"])
    themes = _themes(plan, frame)
    labels = [plan.theme_labels[t] for t in themes]
    horizons = [h for h in plan.horizons if h in set(frame["horizon"])]
    height = 0.8 / max(1, len(horizons))
    fig, ax = _figure(
        max(1.6, 0.12 * len(themes) * len(horizons) + 0.1 * len(themes) + 0.9),
        left=_label_width(labels),
        bottom=0.62,
        top=0.3,
    )
    y = np.arange(len(themes))
    for i, h in enumerate(horizons):
        part = frame[frame["horizon"] == h].set_index("theme").reindex(themes)
        share = part["share"].to_numpy(dtype=float) * 100
        low = _numeric(part.get("low", part["share"])).to_numpy(dtype=float) * 100
        high = _numeric(part.get("high", part["share"])).to_numpy(dtype=float) * 100
        errors = np.vstack([np.clip(share - low, 0, None), np.clip(high - share, 0, None)])
        ax.barh(
            y - 0.4 + height * (i + 0.5),
            np.nan_to_num(share),
            height=height * 0.9,
            xerr=np.nan_to_num(errors),
            error_kw={"ecolor": PALETTE["ink"], "elinewidth": 0.7, "capsize": 1.5},
            color=SERIES[i % len(SERIES)],
            label=text("horizon_short", plan.lang, h=h),
        )
    ax.set_yticks(y, labels)
    ax.invert_yaxis()
    ax.xaxis.set_major_formatter(lambda v, _pos: f"{v:.0f}%")
    _title(fig, text("chart.needs_margins", plan.lang))
    fig.legend(loc="lower center", bbox_to_anchor=(0.5, 0.0), ncols=len(horizons))
    return fig


@styled
def demand_supply(plan: VillagePlan) -> Figure | None:
    """Demand (bar) against supply (marker) per theme, one panel per horizon; a theme short
    of demand is drawn in the alert colour."""
    frame = plan.gaps
    if frame.empty or _numeric(frame["demand"]).isna().all():
        return None
    from matplotlib.figure import Figure

    lang = plan.lang
    themes = _themes(plan, frame)
    labels = [plan.theme_labels[t] for t in themes]
    horizons = [h for h in plan.horizons if h in set(frame["horizon"])]
    height = max(2.0, 0.26 * len(themes) + 1.0)
    fig = Figure(figsize=(WIDTH_IN * 1.4, height))
    left = _label_width(labels) / (WIDTH_IN * 1.4)
    fig.subplots_adjust(
        left=left, right=0.98, bottom=0.6 / height, top=1 - 0.55 / height, wspace=0.08
    )
    axes = fig.subplots(1, len(horizons), sharey=True, squeeze=False)[0]
    y = np.arange(len(themes))
    top = float(np.nanmax(_numeric(pd.concat([frame["demand"], frame["supply"]])))) * 1.1 or 1.0
    for ax, h in zip(axes, horizons, strict=True):
        part = frame[frame["horizon"] == h].set_index("theme").reindex(themes)
        demand = _numeric(part["demand"]).to_numpy(dtype=float)
        supply = _numeric(part["supply"]).to_numpy(dtype=float)
        short = part["gap"].map(lambda g: isinstance(g, bool | np.bool_) and bool(g)).to_numpy()
        colors = [PALETTE["alert"] if s else PALETTE["light"] for s in short]
        ax.barh(y, np.nan_to_num(demand), color=colors, height=0.7, label=text("demand", lang))
        ax.scatter(
            supply,
            y,
            marker="D",
            s=18,
            color=PALETTE["primary"],
            zorder=3,
            label=text("supply", lang),
        )
        ax.set_title(text("horizon.when", lang, h=h, year=plan.year(h)), loc="left", fontsize=8.5)
        ax.set_xlim(0, top)
        ax.xaxis.set_major_formatter(_thousands(lang))
        ax.tick_params(axis="x", labelsize=7)
    axes[0].set_yticks(y, labels)
    axes[0].invert_yaxis()
    axes[len(axes) // 2].set_xlabel(text("chart.places_week", lang))
    fig.suptitle(
        text("chart.demand_supply", lang), x=0.01, ha="left", fontsize=9.5, fontweight="bold"
    )
    handles, names = axes[0].get_legend_handles_labels()
    fig.legend(handles[:2], names[:2], loc="lower center", bbox_to_anchor=(0.5, 0.0), ncols=2)
    return fig


@styled
def matches_made(plan: VillagePlan) -> Figure | None:
    """Matches made per theme (the outcomes stand in the table beside it). Only totals of 5
    or more are drawn to size; a smaller one is labelled "<5", as every published count."""
    frame = plan.matches
    if frame.empty:
        return None
    themes = _themes(plan, frame)
    totals = _numeric(frame.set_index("theme").reindex(themes)["matches"]).fillna(0)
    shown = totals.to_numpy(dtype=float) >= SMALL_CELL
    if not shown.any():  # every theme under 5: nothing to draw to size
        return None
    labels = [plan.theme_labels[t] for t in themes]
    fig, ax = _figure(max(1.4, 0.24 * len(themes) + 0.7), left=_label_width(labels), top=0.3)
    y = np.arange(len(themes))
    values = np.where(shown, totals.to_numpy(dtype=float), 0.0)
    ax.barh(y, values, color=PALETTE["secondary"], height=0.7)
    for i, (ok, value) in enumerate(zip(shown, values, strict=True)):
        ax.text(value + 0.2, i, fmt_int(value, plan.lang) if ok else "<5", va="center", fontsize=7)
    ax.set_yticks(y, labels)
    ax.invert_yaxis()
    ax.set_xlim(0, values.max() * 1.12)
    _title(fig, text("chart.matches", plan.lang))
    return fig


@styled
def reach(plan: VillagePlan) -> Figure | None:
    """Per age group the share of respondents beside the share of inhabitants: whom the
    survey reached and whom it missed. A group with fewer than 5 respondents gets no bar,
    only "<5" (its share would publish a small count)."""
    frame = plan.reach
    if frame.empty:
        return None
    lang = plan.lang
    fig, ax = _figure(2.6, left=0.6, bottom=0.62, top=0.35)
    x = np.arange(len(frame))
    inhabitants = _numeric(frame["share_inhabitants"]).fillna(0).to_numpy(dtype=float) * 100
    small = frame["respondents"].map(lambda v: isinstance(v, str) or float(v) < SMALL_CELL)
    respondents = np.where(small, 0.0, _numeric(frame["share_respondents"]).fillna(0) * 100)
    ax.bar(x - 0.2, inhabitants, 0.4, color=PALETTE["population"], label=text("inhabitants", lang))
    ax.bar(x + 0.2, respondents, 0.4, color=PALETTE["respondents"], label=text("respondents", lang))
    for i in np.flatnonzero(small.to_numpy()):
        ax.text(x[i] + 0.2, 0.5, "<5", ha="center", va="bottom", fontsize=7)
    ax.set_xticks(x, [str(g) for g in frame["group"]])
    ax.yaxis.set_major_formatter(lambda v, _pos: f"{v:.0f}%")
    ax.grid(axis="y")
    ax.grid(axis="x", visible=False)
    _title(fig, text("chart.reach", lang, name=plan.name))
    fig.legend(loc="lower center", bbox_to_anchor=(0.5, 0.0), ncols=2)
    return fig


@styled
def distance_distribution(plan: VillagePlan) -> Figure | None:
    """Inhabitants by distance to the nearest meeting place, with the walking and cycling
    thresholds marked: how many live beyond each."""
    ws = plan.workspace
    if ws is None:
        return None
    points = point_distances(ws, plan.village_id)
    points = points[_numeric(points["distance_m"]).notna()]
    if points.empty:
        return None
    lang = plan.lang
    t = ws.settings.thresholds
    km = points["distance_m"].to_numpy(dtype=float) / 1000
    weights = _numeric(points["inhabitants"]).fillna(0).to_numpy(dtype=float)
    fig, ax = _figure(2.6, left=0.6, bottom=0.5, top=0.35)
    edge = max(float(km.max()), t.cycle_m / 1000) * 1.05
    ax.hist(km, bins=np.linspace(0, edge, 25), weights=weights, color=PALETTE["secondary"])
    for metres, key, color, side in (
        (t.walk_m, "chart.walk_line", PALETTE["green"], "left"),
        (t.cycle_m, "chart.cycle_line", PALETTE["accent"], "right"),
    ):
        ax.axvline(metres / 1000, color=color, linestyle="--", linewidth=1.2)
        ax.text(
            metres / 1000,
            1.0,
            f" {text(key, lang)} ({fmt_num(metres / 1000, 1, lang)} km) ",
            ha=side,
            transform=ax.get_xaxis_transform(),
            color=color,
            fontsize=7,
            va="top",
        )
    ax.grid(axis="y")
    ax.grid(axis="x", visible=False)
    ax.xaxis.set_major_formatter(lambda v, _pos: fmt_num(v, 1, lang))
    ax.yaxis.set_major_formatter(_thousands(lang))
    ax.set_xlabel(text("chart.distance_km", lang))
    ax.set_ylabel(text("inhabitants", lang))
    _title(fig, text("chart.distances", lang))
    return fig
