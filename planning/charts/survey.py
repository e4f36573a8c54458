"""Survey charts: whom the survey reached, drawn from the survey layer's tables.

The data (respondents and inhabitants per age group) stays in
planning.survey.channels; only the drawing lives here, with every other figure.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from planning.charts.style import PALETTE, styled
from planning.i18n import label, text
from planning.survey.channels import representativeness

if TYPE_CHECKING:
    from matplotlib.figure import Figure

    from planning.workspace.folder import Workspace


@styled
def age_profile_chart(ws: Workspace, village_id: str | None = None, lang: str = "nl") -> Figure:
    """Bars: share of respondents and of inhabitants per age group (whom did we miss?)."""
    from matplotlib.figure import Figure  # matplotlib loads only when a chart is drawn

    table = representativeness(ws, village_id)
    table = table[table["age_group"] != "onbekend"]
    fig = Figure(figsize=(6.4, 3.6))
    ax = fig.subplots()
    x = range(len(table))
    width = 0.4
    ax.bar(
        [i - width / 2 for i in x],
        table["share_population"] * 100,
        width,
        label=label("inhabitants", lang),
        color=PALETTE["population"],
    )
    ax.bar(
        [i + width / 2 for i in x],
        table["share_respondents"] * 100,
        width,
        label=label("respondents", lang),
        color=PALETTE["respondents"],
    )
    ax.set_xticks(list(x), table["age_group"].tolist())
    ax.set_ylabel(text("age_chart.ylabel", lang))
    name = village_id or text("age_chart.all_villages", lang)
    if village_id:
        name = str(ws.village(village_id)["name"])
    ax.set_title(text("age_chart.title", lang, name=name))
    ax.legend(frameon=False)
    ax.spines[["top", "right"]].set_visible(False)
    fig.tight_layout()
    return fig
