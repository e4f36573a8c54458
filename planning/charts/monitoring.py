"""Monitoring charts: per indicator the observed line against the targets at each horizon."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

import pandas as pd

from planning.analysis.monitoring import observations
from planning.charts.style import PALETTE, styled
from planning.i18n import fmt_int, fmt_num, text
from planning.workspace.folder import Workspace, open_workspace
from planning.workspace.indicators import indicators

if TYPE_CHECKING:
    from matplotlib.figure import Figure


def _tick(lang: str) -> Any:
    """Axis figures as the tables print them: 1.200, or 12,5 for a fraction."""
    return lambda v, _pos: fmt_int(v, lang) if float(v).is_integer() else fmt_num(v, 1, lang)


@styled
def trend_chart(
    ws: Workspace | Path | str, village_id: str, codes: list[str] | None = None, lang: str = "nl"
) -> Figure:
    """One small panel per indicator: the observed line and the targets at each horizon."""
    from matplotlib.figure import Figure  # matplotlib loads only when a chart is drawn

    workspace = ws if isinstance(ws, Workspace) else open_workspace(ws)
    name = workspace.village(village_id)["name"]
    inds = indicators(workspace)
    codes = codes or list(inds)
    obs = observations(workspace, village_id)
    inhabitants = int(workspace.inhabitants().get(village_id, 0))
    cols = 2 if len(codes) > 1 else 1
    rows = max(1, -(-len(codes) // cols))
    fig = Figure(figsize=(5.2 * cols, 3.0 * rows), layout="constrained")
    axes = fig.subplots(rows, cols, squeeze=False).ravel()
    for ax, code in zip(axes, codes, strict=False):
        ind = inds[code]
        mine = obs[obs["indicator"] == code]
        if not mine.empty:
            ax.plot(
                pd.to_datetime(mine["period_start"]),
                mine["value"],
                color=PALETTE["green"],
                marker="o",
                markersize=3,
                linewidth=2,
                label=text("monitor_chart.observed", lang),
            )
        for h in sorted(ind.targets):
            target = ind.target(h, inhabitants)
            when = pd.Timestamp(workspace.settings.base_year + h, 1, 1)
            ax.scatter(
                [when],
                [target],
                marker="D",
                color=PALETTE["orange"],
                zorder=3,
                label=text("monitor_chart.target", lang) if h == min(ind.targets) else None,
            )
            ax.annotate(
                f"{h} jr",
                (when, target),
                textcoords="offset points",
                xytext=(0, 7),
                ha="center",
                fontsize=8,
                color=PALETTE["orange"],
            )
        ax.set_title(ind.label_in(lang), loc="left", fontsize=11)
        ax.set_ylabel(ind.unit, fontsize=9)
        ax.yaxis.set_major_formatter(_tick(lang))
        ax.spines[["top", "right"]].set_visible(False)
        ax.grid(axis="y", color=PALETTE["grid_light"])
        if mine.empty:
            ax.text(
                0.5,
                0.5,
                text("monitor_chart.no_observations", lang),
                transform=ax.transAxes,
                ha="center",
                color=PALETTE["grey"],
            )
        ax.legend(fontsize=8, frameon=False, loc="best")
    for ax in axes[len(codes) :]:
        ax.set_visible(False)
    fig.suptitle(f"Monitoring {name}", x=0.01, ha="left", fontsize=13)
    return fig
