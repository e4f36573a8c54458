"""The comparison chart: scenarios side by side over the horizons (matplotlib, lazily)."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pandas as pd

from planning.charts.style import PALETTE, SERIES, style
from planning.i18n import fmt_int, label, text

if TYPE_CHECKING:
    from matplotlib.figure import Figure

# one panel per column; the panel title is catalogue key "compare.<column>"
PANELS: tuple[str, ...] = (
    "themes_with_gap",
    "share_within_walk",
    "cost_cumulative",
    "volunteers_needed",
)


def comparison_chart(frame: pd.DataFrame, lang: str = "nl", village: str = "") -> Figure:
    """Four small panels (gaps, walking distance, cost, volunteers), one bar per scenario
    and horizon, so a working group sees the trade-off at a glance."""
    # the workbook's chart style, for this figure only: other charts keep their own settings
    with style():
        return _draw(frame, lang, village)


def _draw(frame: pd.DataFrame, lang: str, village: str) -> Figure:
    from matplotlib.figure import Figure
    from matplotlib.ticker import MaxNLocator

    fig = Figure(figsize=(10, 6.5), layout="constrained")
    axes = fig.subplots(2, 2)
    scenarios = list(dict.fromkeys(frame["scenario"]))
    horizons = sorted(frame["horizon"].unique())
    width = 0.8 / max(len(scenarios), 1)
    word = label("years", lang)
    for ax, column in zip(axes.ravel(), PANELS, strict=True):
        for i, name in enumerate(scenarios):
            part = frame[frame["scenario"] == name].set_index("horizon").reindex(horizons)
            values = pd.to_numeric(part[column], errors="coerce").fillna(0.0)
            xs = [k + (i - (len(scenarios) - 1) / 2) * width for k in range(len(horizons))]
            ax.bar(xs, values, width=width, label=name, color=SERIES[i % len(SERIES)])
        ax.set_title(text(f"compare.{column}", lang), color=PALETTE["ink"])
        ax.set_xticks(range(len(horizons)), [f"{h} {word}" for h in horizons])
        if column == "share_within_walk":
            ax.set_ylim(0, 1)
            ax.yaxis.set_major_formatter(lambda v, _pos: f"{v:.0%}")
        elif column == "cost_cumulative":  # € 250.000, as the tables print it
            ax.yaxis.set_major_formatter(lambda v, _pos: fmt_int(v, lang))
        else:  # counts of themes and volunteers: whole numbers only
            ax.yaxis.set_major_locator(MaxNLocator(integer=True))
    handles, names = axes[0, 0].get_legend_handles_labels()
    # below the panels, never over a bar
    fig.legend(handles, names, loc="outside lower center", ncols=min(len(names), 4), fontsize=8)
    village = village or (frame["village_id"].iloc[0] if len(frame) else "")
    fig.suptitle(text("compare.title", lang) + (f": {village}" if village else ""))
    return fig
