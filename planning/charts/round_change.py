"""The chart of two survey rounds: per theme the share naming it in each round, one horizon.

Drawn from a :class:`planning.survey.round_compare.RoundComparison` in the one chart style
(``grouped_bars``). Only themes whose shares both rounds may publish are drawn (a share
from fewer than 5 answers is never drawn to size); a theme whose change is larger than the
margin carries a ``*`` after its name, which the caption explains.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import pandas as pd

from planning.charts.style import grouped_bars
from planning.i18n import text
from planning.survey.round_compare import LARGER

if TYPE_CHECKING:
    from matplotlib.figure import Figure

    from planning.survey.round_compare import RoundComparison


def round_change_chart(
    comparison: RoundComparison | None,
    theme_labels: dict[str, str],
    horizon: int,
    lang: str = "nl",
) -> Figure | None:
    """Bars per theme, the earlier round and the later; None when nothing may be drawn."""
    if comparison is None or comparison.compared is None:
        return None
    earlier, later = (r or text("rounds.unnamed", lang) for r in comparison.compared)
    table = comparison.publishable()
    table = table[table["horizon"] == horizon]
    shares = table[["share_earlier", "share_later"]].apply(pd.to_numeric, errors="coerce")
    table = table[shares.notna().all(axis=1).to_numpy()]
    if table.empty:
        return None
    frame = pd.DataFrame(
        {
            "label": [
                theme_labels.get(str(t), str(t)) + (" *" if v == LARGER else "")
                for t, v in zip(table["theme"], table["verdict"], strict=True)
            ],
            "earlier": table["share_earlier"].astype(float).to_numpy(),
            "later": table["share_later"].astype(float).to_numpy(),
        }
    )
    title = text("chart.round_change", lang, earlier=earlier, later=later, h=horizon)
    fig = grouped_bars(frame, "label", [("earlier", earlier), ("later", later)], title=title)
    _room_for_title(fig)
    return fig


def _room_for_title(fig: Figure, extra_in: float = 0.25) -> None:
    """Taller by ``extra_in`` inches above the axes, so the title is not cut off (the bars
    and the legend below keep their size and place)."""
    width, height = fig.get_size_inches()
    pars = fig.subplotpars
    top_in = (1 - pars.top) * height + extra_in
    bottom_in = pars.bottom * height
    fig.set_size_inches(width, height + extra_in)
    fig.subplots_adjust(
        top=1 - top_in / (height + extra_in), bottom=bottom_in / (height + extra_in)
    )
