"""The comparison chart: scenarios side by side over the horizons (matplotlib, lazily)."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pandas as pd

from planning.charts.style import PALETTE, SERIES, use_style

if TYPE_CHECKING:
    from matplotlib.figure import Figure

PANELS: tuple[tuple[str, str, str], ...] = (
    ("themes_with_gap", "Thema's met een tekort", "Themes with a gap"),
    ("share_within_walk", "Aandeel inwoners op loopafstand", "Share of residents within walking"),
    ("cost_cumulative", "Kosten opgeteld (€)", "Cumulative cost (€)"),
    ("volunteers_needed", "Vrijwilligers nodig", "Volunteers needed"),
)


def comparison_chart(frame: pd.DataFrame, lang: str = "nl") -> Figure:
    """Four small panels (gaps, walking distance, cost, volunteers), one bar per scenario
    and horizon, so a working group sees the trade-off at a glance."""
    import matplotlib

    # the workbook's chart style, for this figure only: other charts keep their own settings
    with matplotlib.rc_context():
        return _draw(frame, lang)


def _draw(frame: pd.DataFrame, lang: str) -> Figure:
    from matplotlib.figure import Figure

    use_style()  # the one chart style of the workbook (planning.charts.style)
    fig = Figure(figsize=(10, 6.5), layout="constrained")
    axes = fig.subplots(2, 2)
    scenarios = list(dict.fromkeys(frame["scenario"]))
    horizons = sorted(frame["horizon"].unique())
    width = 0.8 / max(len(scenarios), 1)
    word = "jaar" if lang == "nl" else "years"
    for ax, (column, nl, en) in zip(axes.ravel(), PANELS, strict=True):
        for i, name in enumerate(scenarios):
            part = frame[frame["scenario"] == name].set_index("horizon").reindex(horizons)
            values = pd.to_numeric(part[column], errors="coerce").fillna(0.0)
            xs = [k + (i - (len(scenarios) - 1) / 2) * width for k in range(len(horizons))]
            ax.bar(xs, values, width=width, label=name, color=SERIES[i % len(SERIES)])
        ax.set_title(nl if lang == "nl" else en, color=PALETTE["ink"])
        ax.set_xticks(range(len(horizons)), [f"{h} {word}" for h in horizons])
        if column == "share_within_walk":
            ax.set_ylim(0, 1)
            ax.yaxis.set_major_formatter(lambda v, _pos: f"{v:.0%}")
    axes[0, 0].legend(fontsize=8, frameon=False)
    village = frame["village_id"].iloc[0] if len(frame) else ""
    fig.suptitle(
        ("Scenario's vergeleken" if lang == "nl" else "Scenarios compared")
        + (f": {village}" if village else "")
    )
    return fig
