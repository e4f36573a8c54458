"""Notebook 02's views of two survey rounds: the plan section's table with its test as caption,
and its chart; with one round, the sentence saying so (planning.report.round_change formats)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from planning.charts.plan import plan_figure
from planning.i18n import text
from planning.report.round_change import round_name, section
from planning.report.views import Prose, table_view

if TYPE_CHECKING:
    from matplotlib.figure import Figure
    from pandas.io.formats.style import Styler

    from planning.plan.village_plan import VillagePlan


def _one_round(plan: VillagePlan) -> Prose | None:
    """The sentence shown instead of a comparison when the kern has fewer than two rounds."""
    comparison = plan.round_change
    if comparison is not None and comparison.compared is not None:
        return None
    rounds = comparison.rounds if comparison is not None else ()
    key = "rounds.one_round" if rounds else "rounds.no_round"
    words = text(
        key, plan.lang, name=plan.name, round=round_name(next(iter(rounds), ""), plan.lang)
    )
    return Prose(words, "note")


def change_table(plan: VillagePlan) -> Styler | Prose:
    """The section's table, its opening sentence and test as caption (or why there is none)."""
    blocks = section(plan)
    if blocks is None:
        return _one_round(plan) or Prose("", "note")
    block = next(b for b in blocks if b["type"] == "table")
    caption = blocks[0]["text"] + " " + text("rounds.test", plan.lang)
    return table_view(block | {"caption": caption})


def change_chart(plan: VillagePlan) -> Figure | Prose:
    """The section's chart; with one round a short note (the table says why)."""
    figure = plan_figure(plan, "round_change")
    return figure if figure is not None else Prose(text("rounds.no_chart", plan.lang), "note")
