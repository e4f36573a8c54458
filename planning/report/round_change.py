"""The comparison of two survey rounds as people read it: Dutch headers, percentages, the change
in percentage points and the verdict in words. One formatting for the command, notebook 02, the
plan's section and its sheet, so each prints a figure alike."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

import pandas as pd

from planning.i18n import fmt_num, label, text
from planning.report.format import (
    Block,
    chart,
    count,
    missing,
    note,
    para,
    share,
    table,
    theme_name,
)
from planning.survey.round_compare import LARGER, RoundComparison

if TYPE_CHECKING:
    from planning.plan.village_plan import VillagePlan


def change_points(value: Any, lang: str) -> str:
    """+13 %-punt / −4 %-punt; '–' when the change is not published."""
    if missing(value) or isinstance(value, str):
        return "–"
    points = round(float(value) * 100)
    sign = "+" if points > 0 else ("−" if points < 0 else "±")
    return text("rounds.points_short", lang, sign=sign, value=fmt_num(abs(points), 0, lang))


def verdict_words(verdict: Any, lang: str) -> str:
    return text(f"rounds.verdict.{verdict}", lang)


def round_name(label_: str, lang: str) -> str:
    """A round's name as printed: its label, or 'zonder datum' for the unnamed one."""
    return label_ if label_ else text("rounds.unnamed", lang)


def display_frame(
    comparison: RoundComparison,
    lang: str,
    theme_label: Callable[[str], str],
    horizons: list[int] | None = None,
) -> pd.DataFrame:
    """The published comparison, one formatted row per theme and horizon (strings only)."""
    table = comparison.publishable()
    if horizons is not None:
        table = table[table["horizon"].isin(horizons)]
    pair = comparison.compared or ("", "")
    earlier, later = (round_name(r, lang) for r in pair)
    return pd.DataFrame(
        {
            label("theme", lang): [theme_label(str(t)) for t in table["theme"]],
            label("horizon", lang): [
                text("rounds.horizon_years", lang, h=int(h)) for h in table["horizon"]
            ],
            text("rounds.share_in", lang, round=earlier): [
                share(v, lang) for v in _shown(table, "share_earlier", "naming_earlier")
            ],
            text("rounds.share_in", lang, round=later): [
                share(v, lang) for v in _shown(table, "share_later", "naming_later")
            ],
            text("rounds.change", lang): [change_points(v, lang) for v in table["change"]],
            text("rounds.verdict", lang): [verdict_words(v, lang) for v in table["verdict"]],
        }
    )


def _shown(table: pd.DataFrame, share_col: str, count_col: str) -> list[Any]:
    """The share, or '<5' where the round's count is suppressed."""
    return [
        "<5" if isinstance(n, str) else s
        for s, n in zip(table[share_col], table[count_col], strict=True)
    ]


def section(plan: VillagePlan) -> list[Block] | None:
    """The plan's section "Wat is er veranderd sinds de vorige peiling"; None with one round."""
    comparison = plan.round_change
    if comparison is None or comparison.compared is None:
        return None
    lang = plan.lang
    earlier, later = (round_name(r, lang) for r in comparison.compared)
    table_ = comparison.table
    first = table_.iloc[0]
    blocks: list[Block] = [
        para(
            text(
                "rounds.section_intro",
                lang,
                name=plan.name,
                earlier=earlier,
                later=later,
                n_earlier=count(first["respondents_earlier"], lang),
                n_later=count(first["respondents_later"], lang),
            )
            + " "
            + text("rounds.latest_note", lang, round=later)
        ),
        chart("round_change", text("rounds.chart_caption", lang)),
    ]
    shown = display_frame(comparison, lang, lambda t: theme_name(plan, t))
    published = comparison.publishable()
    blocks.append(
        table(
            [str(c) for c in shown.columns],
            [list(row) for row in shown.itertuples(index=False)],
            [2.2, 0.9, 0.8, 0.8, 1.1, 2.8],
            "llrrrl",
            emphasis=["bold" if v == LARGER else "" for v in published["verdict"]],
        )
    )
    blocks.append(note(text("rounds.test", lang)))
    if bool(table_["indicative"].any()):
        blocks.append(note(text("rounds.indicative", lang)))
    if comparison.unassigned:
        blocks.append(
            note(text("rounds.unassigned", lang, count=fmt_num(comparison.unassigned, 0, lang)))
        )
    return blocks


def sheet_frame(plan: VillagePlan) -> tuple[pd.DataFrame, dict[str, str]] | None:
    """The plan's sheet of the comparison: published figures (a change in percentage points)
    and each column's header; None with one round."""
    comparison = plan.round_change
    if comparison is None or comparison.compared is None:
        return None
    lang = plan.lang
    earlier, later = (round_name(r, lang) for r in comparison.compared)
    table = comparison.publishable()
    frame = table.assign(
        theme=[theme_name(plan, t) for t in table["theme"]],
        change_points=pd.to_numeric(table["change"], errors="coerce") * 100,
        verdict=[verdict_words(v, lang) for v in table["verdict"]],
    )
    headers = {
        "theme": label("theme", lang),
        "horizon": text("horizon_years", lang),
        "naming_earlier": f"{text('naming', lang)} {earlier}",
        "share_earlier": text("rounds.share_in", lang, round=earlier),
        "n_eff_earlier": text("rounds.n_eff_in", lang, round=earlier),
        "naming_later": f"{text('naming', lang)} {later}",
        "share_later": text("rounds.share_in", lang, round=later),
        "n_eff_later": text("rounds.n_eff_in", lang, round=later),
        "change_points": text("rounds.change_points", lang),
        "verdict": text("rounds.verdict", lang),
    }
    return frame, headers
