"""Session charts: the dot vote and the ranking of a session, largest on top."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from planning.charts.style import PALETTE, styled
from planning.i18n import text
from planning.store.session_results import dot_tally, ranking_tally
from planning.workspace.folder import Workspace

if TYPE_CHECKING:
    from matplotlib.figure import Figure


@styled
def result_chart(
    ws: Workspace | Path | str, session_id: int, what: str = "dots", lang: str = "nl"
) -> Figure:
    """Horizontal bars of the dot vote or the ranking, largest on top."""
    from matplotlib.figure import Figure  # matplotlib loads only when a chart is drawn
    from matplotlib.ticker import MaxNLocator

    frame = dot_tally(ws, session_id) if what == "dots" else ranking_tally(ws, session_id)
    column = "dots" if what == "dots" else "points"
    title = text(f"meeting_chart.{what}", lang)
    frame = frame.iloc[::-1]
    fig = Figure(figsize=(8, 0.45 * max(len(frame), 3) + 1))
    ax = fig.add_subplot()
    ax.barh(frame["label"], frame[column], color=PALETTE["green"])
    for y, v in enumerate(frame[column]):
        ax.text(v, y, f" {v}", va="center", fontsize=10)
    ax.set_title(title, loc="left", fontsize=13)
    ax.spines[["top", "right"]].set_visible(False)
    locator = ax.xaxis.get_major_locator()
    if isinstance(locator, MaxNLocator):  # the default AutoLocator is one
        locator.set_params(integer=True)
    fig.tight_layout()
    return fig
