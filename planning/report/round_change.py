"""The comparison of two survey rounds as people read it: Dutch headers, percentages, the change
in percentage points and the verdict in words. One formatting for the command, notebook 02, the
plan's section and its sheet, so each prints a figure alike."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pandas as pd

from planning.i18n import fmt_num, label, text
from planning.report.format import missing, share
from planning.survey.round_compare import RoundComparison


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
