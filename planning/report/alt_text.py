"""Text alternatives for the plan's charts: what each one shows, in words and numbers.

Why: PDF/UA (and PDF/A-2a) refuse a figure without a text alternative, and a reader who
hears the plan through a screen reader must learn what the chart says, not that there is a
chart. Each text is built from the same plan fields the chart is drawn from
(planning.charts.plan), so the words and the picture never disagree; counts under 5 stay
"<5" as in the tables.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from typing import TYPE_CHECKING, SupportsFloat

import pandas as pd

from planning.i18n import fmt_int, fmt_pct, label, text
from planning.survey.round_compare import LARGER
from planning.survey.suppression import SMALL_CELL

if TYPE_CHECKING:
    from planning.plan.village_plan import VillagePlan

#: how many themes per horizon, and how many timeline items, the text names
TOP = 3
ITEMS = 12


def _join(parts: list[str], lang: str) -> str:
    """'a, b en c' / 'a, b and c'."""
    if len(parts) <= 1:
        return "".join(parts)
    return ", ".join(parts[:-1]) + text("alt.and", lang) + parts[-1]


def population(plan: VillagePlan) -> str:
    lang, frame = plan.lang, plan.population
    series = (
        plan.population_series[1:] if len(plan.population_series) > 1 else plan.population_series
    )
    totals = [
        text("alt.amount_in", lang, when=name, n=fmt_int(int(frame[col].sum()), lang))
        for col, name in series
    ]
    first = series[0][0]
    top = frame.iloc[int(frame[first].astype(float).argmax())]  # the first largest, as idxmax
    old = frame["age_band"].isin(["75-79", "80-84", "85-89", "90-94", "95+"])
    elderly = [fmt_int(int(frame.loc[old, col].sum()), lang) for col, _ in series]
    return text(
        "alt.population",
        lang,
        village=plan.name,
        totals=_join(totals, lang),
        band=top["age_band"],
        n=fmt_int(int(top[first]), lang),
        elderly=text("alt.arrow", lang).join(elderly),
    )


def needs(plan: VillagePlan) -> str:
    lang = plan.lang
    frame = plan.needs.copy()
    frame["share"] = pd.to_numeric(frame["share"], errors="coerce")
    per_horizon = []
    for h in plan.horizons:
        part = frame[(frame["horizon"] == h) & frame["share"].notna()]
        part = part.sort_values(["share", "theme"], ascending=[False, True]).head(TOP)
        named = [
            f"{plan.theme_labels.get(t, t)} {fmt_pct(s, 0, lang)}"
            for t, s in zip(part["theme"], part["share"], strict=True)
        ]
        if named:
            per_horizon.append(
                text("alt.needs_horizon", lang, h=h, year=plan.year(h), top=_join(named, lang))
            )
    if not per_horizon:
        return text("alt.needs_none", lang, village=plan.name)
    hidden = frame["share"].isna().any()
    return text(
        "alt.needs",
        lang,
        village=plan.name,
        horizons=_join([str(h) for h in plan.horizons], lang),
        largest="; ".join(per_horizon),
    ) + (text("alt.suppressed", lang) if hidden else "")


def channels(plan: VillagePlan) -> str:
    lang = plan.lang
    parts = []
    for channel, value in zip(plan.channels["channel"], plan.channels["respondents"], strict=True):
        small = isinstance(value, str) or float(value) < SMALL_CELL
        count = text("suppressed", lang) if small else fmt_int(int(float(value)), lang)
        parts.append(f"{label(f'channel.{channel}', lang)} {count}")
    return text("alt.channels", lang, village=plan.name, counts=_join(parts, lang))


def coverage(plan: VillagePlan) -> str:
    lang = plan.lang
    walk_m = fmt_int(int(plan.thresholds.get("walk_m", 0)), lang)
    cycle_m = fmt_int(int(plan.thresholds.get("cycle_m", 0)), lang)
    parts = [
        text(
            "alt.coverage_part",
            lang,
            situation=_capital(str(c.get("situation", ""))),
            walk=fmt_pct(float(c.get("share_within_walk") or 0.0), 0, lang),
            cycle=fmt_pct(float(c.get("share_within_cycle") or 0.0), 0, lang),
        )
        for c in plan.coverage
    ]
    return text(
        "alt.coverage", lang, village=plan.name, walk_m=walk_m, cycle_m=cycle_m,
        parts=". ".join(parts),
    )  # fmt: skip


def _capital(words: str) -> str:
    """'nu (2026)' opening a sentence as 'Nu (2026)'."""
    return words[:1].upper() + words[1:]


def timeline(plan: VillagePlan) -> str:
    lang = plan.lang
    items = [
        _span(str(name), start, end, plan)
        for frame, column in ((plan.actions, "title"), (plan.commitments, "partner"))
        for name, start, end in zip(
            _column(frame, column), _column(frame, "start_year"), _column(frame, "end_year"),
            strict=True,
        )
    ]  # fmt: skip
    shown = items[:ITEMS]
    more = len(items) - len(shown)
    return text(
        "alt.timeline",
        lang,
        actions=fmt_int(len(plan.actions), lang),
        commitments=fmt_int(len(plan.commitments), lang),
        items="; ".join(shown),
    ) + (text("alt.more", lang, n=fmt_int(more, lang)) if more > 0 else "")


def _span(name: str, start: object, end: object, plan: VillagePlan) -> str:
    """'Samen eten (2027 tot 2036)', clipped to the drawn years as the chart clips it: from
    the base year to the last horizon, an open end running to the last horizon."""
    last = plan.year(max(plan.horizons))
    start_year, end_year = _year(start), _year(end)
    first = max(start_year, plan.base_year) if start_year is not None else plan.base_year
    until = end_year if end_year is not None else last
    return text("alt.span", plan.lang, name=name, start=first, end=min(max(until, first), last))


def _column(frame: pd.DataFrame, name: str) -> list[object]:
    """A column's values; blanks when a frame without rows lacks it."""
    return list(frame[name]) if name in frame else [None] * len(frame)


def _year(value: object) -> int | None:
    """The year in a cell, None when it is not there: None, NaN, pd.NA (an open end read as
    a nullable integer) or an empty cell."""
    if isinstance(value, str):
        return int(float(value)) if value.strip() else None
    if isinstance(value, SupportsFloat):  # int, float, numpy numbers; not None, pd.NA, NaT
        number = float(value)
        return None if math.isnan(number) else int(number)
    return None


def village_map(plan: VillagePlan) -> str:
    lang = plan.lang
    facilities = plan.facilities
    meeting = (
        int(facilities["meeting_place"].fillna(False).astype(bool).sum())
        if "meeting_place" in facilities
        else 0
    )
    words = text(
        "alt.map",
        lang,
        village=plan.name,
        facilities=fmt_int(len(facilities), lang),
        meeting=fmt_int(meeting, lang),
    )
    if plan.coverage:
        now = plan.coverage[0]
        words += text(
            "alt.map_reach",
            lang,
            walk=fmt_pct(float(now.get("share_within_walk") or 0.0), 0, lang),
            walk_m=fmt_int(int(plan.thresholds.get("walk_m", 0)), lang),
        )
    return words


def round_change(plan: VillagePlan) -> str:
    """The two survey rounds' shares per theme at the first horizon, as the chart draws them
    (publishable shares only), with the changes larger than the margin named."""
    lang = plan.lang
    comparison = plan.round_change
    if comparison is None or comparison.compared is None:
        return text("alt.rounds_none", lang, village=plan.name)
    h = plan.horizons[0]
    table = comparison.publishable()
    table = table[table["horizon"] == h]
    shares = table[["share_earlier", "share_later"]].apply(pd.to_numeric, errors="coerce")
    table = table.assign(a=shares["share_earlier"], b=shares["share_later"]).dropna(
        subset=["a", "b"]
    )
    pairs = [
        f"{plan.theme_labels.get(str(t), str(t))} {fmt_pct(a, 0, lang)}"
        f"{text('alt.arrow', lang)}{fmt_pct(b, 0, lang)}"
        + (text("alt.rounds_larger", lang) if v == LARGER else "")
        for t, a, b, v in zip(table["theme"], table["a"], table["b"], table["verdict"], strict=True)
    ]
    earlier, later = comparison.compared
    return text(
        "alt.rounds",
        lang,
        village=plan.name,
        earlier=earlier,
        later=later,
        h=h,
        shares=_join(pairs[:ITEMS], lang) if pairs else text("alt.rounds_nothing", lang),
    )


ALT_TEXTS: dict[str, Callable[[VillagePlan], str]] = {
    "population": population,
    "needs": needs,
    "channels": channels,
    "coverage": coverage,
    "timeline": timeline,
    "map": village_map,
    "round_change": round_change,
}


def chart_alt(plan: VillagePlan, key: str) -> str:
    """The text alternative of one chart of the plan (planning.charts.plan.FIGURES)."""
    return ALT_TEXTS[key](plan)
