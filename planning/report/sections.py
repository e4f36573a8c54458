"""One builder per plan section: VillagePlan -> blocks (see payload.py).

A builder always returns at least one block: when its part is missing, the
sentence from ``plan.notes`` says why.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

import pandas as pd

from planning.i18n import CATALOGUE, fmt_int, fmt_pct, label, text
from planning.report.format import (
    Block,
    breakable,
    chart,
    count,
    heading,
    meters,
    missing,
    money,
    note,
    number,
    para,
    period,
    share,
    table,
    theme_name,
    yes_no,
)
from planning.workspace.codes import MATCH_OUTCOMES

if TYPE_CHECKING:
    from planning.plan.village_plan import VillagePlan


def _notes(plan: VillagePlan, *keys: str) -> list[Block]:
    return [note(plan.notes[k]) for k in keys if k in plan.notes]


def summary(plan: VillagePlan) -> list[Block]:
    lang = plan.lang
    meeting = _meeting_places(plan)
    facts = [
        (count(plan.inhabitants, lang), text("sum.inhabitants", lang)),
        (count(plan.respondents, lang) if plan.respondents else "0", text("sum.respondents", lang)),
        (fmt_int(len(plan.facilities), lang), text("sum.facilities", lang)),
    ]
    if meeting is not None:
        facts.append((fmt_int(meeting, lang), text("sum.meeting_places", lang)))
    facts += [
        (fmt_int(len(plan.actions), lang), text("sum.actions_n", lang)),
        (fmt_int(len(plan.commitments), lang), text("sum.commitments", lang)),
    ]
    blocks: list[Block] = [{"type": "facts", "items": [{"value": v, "label": k} for v, k in facts]}]
    blocks.append(heading(text("sum.needs", lang)))
    top = plan.top_needs()
    if any(top.values()):
        blocks.append(
            {
                "type": "columns",
                "items": [
                    {
                        "title": text("horizon.when", lang, h=h, year=plan.year(h)),
                        "lines": [theme_name(plan, t) for t in top.get(h, [])] or ["–"],
                    }
                    for h in plan.horizons
                ],
            }
        )
    else:
        blocks.append(note(plan.notes.get("residents", text("sum.no_needs", lang))))
    blocks.append(heading(text("sum.actions", lang)))
    if not plan.effect.empty:
        last = plan.effect.iloc[-1]
        blocks.append(
            para(
                text(
                    "sum.effect",
                    lang,
                    year=int(last["year"]),
                    before=share(last.get("walk_before"), lang),
                    after=share(last.get("walk_after"), lang),
                    cost=money(last.get("cost_cumulative"), lang),
                )
            )
        )
    if not plan.actions.empty:
        rows = [
            [str(a.title), str(a.partner or "–"), period(a.start_year, a.end_year, lang)]
            for a in plan.actions.itertuples()
        ]
        blocks.append(
            table(
                [text("action", lang), label("partner", lang), text("period", lang)],
                rows,
                [3, 2, 1.2],
                "llr",
            )
        )
    else:
        blocks += _notes(plan, "plan")
        rows = [
            [str(c.description or "–"), str(c.partner), period(c.start_year, c.end_year, lang)]
            for c in plan.commitments.itertuples()
        ]
        if rows:
            blocks.append(
                table(
                    [text("title_col", lang), label("partner", lang), text("period", lang)],
                    rows,
                    [3, 2, 1.2],
                    "llr",
                )
            )
    return blocks


def kind_name(kind: str, lang: str) -> str:
    """A facility kind in words (village_hall -> dorpshuis); unknown kinds as written."""

    key = f"kind.{kind}"
    return text(key, lang) if key in CATALOGUE else kind.replace("_", " ")


def action_kind(kind: str, lang: str) -> str:
    """An action kind in words (partnership -> samenwerking)."""
    key = f"akind.{kind}"
    return text(key, lang) if key in CATALOGUE else kind


def _meeting_places(plan: VillagePlan) -> int | None:
    if "meeting_place" not in plan.facilities:
        return None
    return int(plan.facilities["meeting_place"].fillna(False).astype(bool).sum())


def village(plan: VillagePlan) -> list[Block]:
    lang = plan.lang
    blocks: list[Block] = []
    if plan.data_year is not None:
        blocks.append(
            para(
                text(
                    "village.intro",
                    lang,
                    name=plan.name,
                    year=plan.data_year,
                    inhabitants=count(plan.inhabitants, lang),
                )
            )
        )
    blocks += _notes(plan, "projection")
    if plan.population.empty or not plan.population_series:
        return blocks
    blocks.append(chart("population", text("village.chart", lang)))
    series = plan.population_series
    rows = [
        [str(r["age_band"]), *(count(r[c], lang) for c, _ in series)]
        for _, r in plan.population.iterrows()
    ]
    totals = [text("total", lang), *(count(plan.population[c].sum(), lang) for c, _ in series)]
    columns = [text("age", lang), *(name for _, name in series)]
    blocks.append(
        table(
            columns,
            [*rows, totals],
            [1.2] + [1] * len(series),
            "l" + "r" * len(series),
            emphasis=[""] * len(rows) + ["bold"],
            caption=text("village.table", lang),
        )
    )
    return blocks


def residents(plan: VillagePlan) -> list[Block]:
    lang = plan.lang
    if plan.respondents == 0:
        return _notes(plan, "residents")
    blocks: list[Block] = [para(text("res.intro", lang, respondents=count(plan.respondents, lang)))]
    blocks += _notes(plan, "residents")
    if not plan.needs.empty:
        blocks.append(heading(text("res.needs", lang)))
        blocks.append(chart("needs", text("res.needs", lang)))
        blocks.append(_needs_table(plan))
        blocks.append(note(text("res.needs_note", lang)))
    if not plan.channels.empty:
        blocks.append(heading(text("res.channels", lang)))
        blocks.append(chart("channels", text("res.channels", lang)))
    if not plan.reach.empty:
        blocks.append(heading(text("res.reach", lang)))
        blocks.append(_reach_table(plan))
    if plan.volunteers:
        blocks.append(para(text("res.volunteers", lang, volunteers=count(plan.volunteers, lang))))
    blocks.append(heading(text("res.quotes", lang)))
    if plan.quotes:
        items = [
            {
                "text": breakable(q["text"]),
                "by": text("horizon.when", lang, h=q["horizon"], year=plan.year(q["horizon"])),
            }
            for q in plan.quotes
        ]
        blocks.append({"type": "quotes", "items": items})
    else:
        blocks.append(note(text("res.no_quotes", lang)))
    return blocks


def _needs_table(plan: VillagePlan) -> Block:
    lang = plan.lang
    frame = plan.needs
    rows, emphasis = [], []
    for theme in sorted(
        frame["theme"].unique(),
        key=lambda t: list(plan.theme_labels).index(t) if t in plan.theme_labels else 99,
    ):
        part = frame[frame["theme"] == theme]
        row = [theme_name(plan, theme)]
        weak = False
        for h in plan.horizons:
            cell = part[part["horizon"] == h]
            if cell.empty:
                row += ["–", "–"]
                continue
            c = cell.iloc[0]
            row += [count(c.get("naming"), lang), share(c.get("share"), lang)]
            weak = weak or bool(c.get("indicative", False))
        rows.append(row)
        emphasis.append("italic" if weak else "")
    columns = [text("theme", lang)]
    for h in plan.horizons:
        columns += [
            f"{text('horizon_short', lang, h=h)}: {text('naming', lang)}",
            text("share", lang),
        ]
    return table(
        columns,
        rows,
        [2.4] + [1] * (2 * len(plan.horizons)),
        "l" + "r" * 2 * len(plan.horizons),
        emphasis=emphasis,
    )


def _reach_table(plan: VillagePlan) -> Block:
    lang = plan.lang
    frame = plan.reach
    rows = []
    for _, r in frame.iterrows():
        rows.append(
            [
                str(r.get("group", r.iloc[0])),
                count(r.get("respondents"), lang),
                share(r.get("share_respondents"), lang),
                share(r.get("share_inhabitants"), lang),
            ]
        )
    columns = [
        text(k, lang) for k in ("group", "respondents", "share_respondents", "share_inhabitants")
    ]
    return table(columns, rows, [2, 1, 1.3, 1.3], "lrrr")


def facilities(plan: VillagePlan) -> list[Block]:
    lang = plan.lang
    fac = plan.facilities
    if fac.empty:
        return _notes(plan, "facilities")
    meeting = _meeting_places(plan)
    blocks: list[Block] = []
    if meeting is not None:
        blocks.append(
            para(text("fac.intro", lang, n=fmt_int(len(fac), lang), meeting=fmt_int(meeting, lang)))
        )
    blocks += _notes(plan, "qualities")
    has_q = "accessible" in fac
    columns = [text("name", lang), text("kind", lang)]
    if has_q:
        columns += [
            text(k, lang) for k in ("accessible", "low_threshold", "meeting_place", "reason")
        ]
    rows = []
    for _, r in fac.iterrows():
        row = [str(r["name"]), kind_name(str(r["kind"]), lang)]
        if has_q:
            row += [
                yes_no(r.get("accessible"), lang),
                yes_no(r.get("low_threshold"), lang),
                yes_no(r.get("meeting_place"), lang),
                "" if missing(r.get("reason")) else str(r.get("reason")),
            ]
        rows.append(row)
    widths = [2.2, 1.3, 1, 1.1, 1.1, 3] if has_q else [3, 2]
    blocks.append(
        table(columns, rows, widths, "llllll"[: len(columns)], caption=text("fac.table", lang))
    )
    blocks.append(heading(text("fac.map", lang)))
    blocks += [chart("map", plan.name)] if "map" not in plan.notes else _notes(plan, "map")
    blocks.append(heading(text("fac.coverage", lang)))
    if plan.coverage:
        c = plan.coverage[0]
        walk_m = meters(_threshold(plan, "walk_m", 800), lang)
        cycle_m = meters(_threshold(plan, "cycle_m", 3000), lang)
        blocks.append(
            para(
                text(
                    "fac.coverage_intro",
                    lang,
                    mean=meters(c.get("mean_distance_m"), lang),
                    walk=share(c.get("share_within_walk"), lang),
                    cycle=share(c.get("share_within_cycle"), lang),
                    walk_m=walk_m,
                    cycle_m=cycle_m,
                )
            )
        )
        if c.get("used_centroid"):
            blocks.append(note(text("fac.centroid", lang)))
        blocks.append(chart("coverage", text("fac.coverage", lang)))
    else:
        blocks += _notes(plan, "coverage")
    return blocks


def _threshold(plan: VillagePlan, key: str, default: float) -> float:
    return float(plan.thresholds.get(key, default))


def matching(plan: VillagePlan) -> list[Block]:
    lang = plan.lang
    blocks: list[Block] = []
    if not plan.matches.empty:
        m = plan.matches
        total = int(pd.to_numeric(m["matches"], errors="coerce").fillna(0).sum())
        blocks.append(para(text("match.intro", lang, n=count(total, lang))))
        counts = [c for c in ("matches", *MATCH_OUTCOMES) if c in m]
        rows = [
            [theme_name(plan, r["theme"]), *(count(r[c], lang) for c in counts)]
            for _, r in m.iterrows()
        ]
        blocks.append(
            table(
                [text("theme", lang), *(text(f"outcome.{c}", lang) for c in counts)],
                rows,
                [3] + [1] * len(counts),
                "l" + "r" * len(counts),
                caption=text("match.table", lang),
            )
        )
    else:
        blocks += _notes(plan, "matching")
    blocks.append(heading(text("gaps.title", lang)))
    if plan.gaps.empty:
        blocks += _notes(plan, "gaps")
        return blocks
    blocks.append(
        para(text("gaps.intro", lang, threshold=fmt_pct(plan_gap_threshold(plan), 0, lang)))
    )
    blocks.append(_gaps_table(plan))
    return blocks


def _gaps_table(plan: VillagePlan) -> Block:
    """One row per theme: demand and coverage per horizon, and the horizons it falls short."""
    lang = plan.lang
    frame = plan.gaps
    rows, emphasis = [], []
    for theme in [t for t in plan.theme_labels if t in set(frame["theme"])]:
        part = frame[frame["theme"] == theme].set_index("horizon")
        row = [theme_name(plan, theme)]
        short = []
        for h in plan.horizons:
            if h not in part.index:
                row += ["–", "–"]
                continue
            r = part.loc[h]
            row += [number(r.get("demand"), lang), share(r.get("coverage"), lang)]
            if not missing(r.get("gap")) and bool(r.get("gap")):
                short.append(str(h))
        row.append(", ".join(short) + (f" {text('years', lang)}" if short else "") or "–")
        rows.append(row)
        emphasis.append("")
    columns = [text("theme", lang)]
    for h in plan.horizons:
        columns += [
            f"{text('horizon_short', lang, h=h)}: {text('demand', lang)}",
            text("coverage", lang),
        ]
    columns.append(text("gap_in", lang))
    n = len(plan.horizons)
    return table(
        columns,
        rows,
        [2.2] + [0.9, 0.8] * n + [1.5],
        "l" + "rr" * n + "l",
        emphasis=emphasis,
        caption=text("gaps.title", lang),
    )


def plan_gap_threshold(plan: VillagePlan) -> float:
    return _threshold(plan, "gap_coverage", 0.8)


def plan_section(plan: VillagePlan) -> list[Block]:
    lang = plan.lang
    blocks: list[Block] = []
    if plan.scenario:
        blocks.append(
            para(
                text("plan.intro", lang, scenario=plan.scenario, n=fmt_int(len(plan.actions), lang))
            )
        )
    blocks += _notes(plan, "plan")
    if not plan.actions.empty or not plan.commitments.empty:
        blocks.append(heading(text("plan.timeline", lang)))
        blocks.append(chart("timeline", text("plan.timeline", lang)))
    if not plan.actions.empty:
        blocks.append(heading(text("plan.actions", lang)))
        rows = [
            [
                str(a.title),
                ", ".join(theme_name(plan, t) for t in (a.themes or [])),
                str(a.partner or "–"),
                period(a.start_year, a.end_year, lang),
                money(a.one_off_cost, lang),
                money(a.yearly_cost, lang),
                number(a.reach_per_week, lang),
            ]
            for a in plan.actions.itertuples()
        ]
        cols = (
            [text(k, lang) for k in ("title_col", "theme")]
            + [label("partner", lang)]
            + [text(k, lang) for k in ("period", "cost_once", "cost_year", "reach")]
        )
        blocks.append(table(cols, rows, [2.4, 1.8, 1.6, 1.2, 1, 1, 0.9], "lllrrrr"))
    blocks.append(heading(text("plan.commitments", lang)))
    if plan.commitments.empty:
        blocks += _notes(plan, "commitments")
    else:
        rows = [
            [
                str(c.partner),
                str(c.description or "–"),
                period(c.start_year, c.end_year, lang),
                number(c.hours_per_year, lang),
                money(c.budget_per_year, lang),
            ]
            for c in plan.commitments.itertuples()
        ]
        cols = [
            label("partner", lang),
            text("title_col", lang),
            text("period", lang),
            text("hours", lang),
            text("budget", lang),
        ]
        blocks.append(table(cols, rows, [2, 3.2, 1.1, 0.9, 1.1], "llrrr"))
    if plan.scenario:
        blocks.append(heading(text("plan.effect", lang)))
        if plan.effect.empty:
            blocks += _notes(plan, "effect")
        else:
            blocks.append(_effect_table(plan))
    return blocks


def _effect_table(plan: VillagePlan) -> Block:
    lang = plan.lang
    keys = [
        k
        for k in ("gaps_before", "gaps_after", "walk_before", "walk_after", "cost_cumulative")
        if k in plan.effect
    ]
    rows = []
    for _, r in plan.effect.iterrows():
        cells = [text("horizon.when", lang, h=int(r["horizon"]), year=int(r["year"]))]
        for k in keys:
            if k.startswith("walk"):
                cells.append(share(r[k], lang))
            elif k.startswith("cost"):
                cells.append(money(r[k], lang))
            else:
                cells.append(number(r[k], lang))
        rows.append(cells)
    return table(
        [label("horizon", lang), *(text(k, lang) for k in keys)],
        rows,
        [2] + [1] * len(keys),
        "l" + "r" * len(keys),
    )


def monitoring(plan: VillagePlan) -> list[Block]:
    """One row per indicator: the latest figure and the target at each horizon."""
    lang = plan.lang
    if plan.monitoring.empty:
        return _notes(plan, "monitoring")
    m = plan.monitoring
    rows = []
    for indicator in dict.fromkeys(m["indicator"]):
        part = m[m["indicator"] == indicator]
        observed = part["observed"].dropna()
        row = [str(indicator), str(observed.iloc[0]) if len(observed) else "–"]
        for h in plan.horizons:
            target = part.loc[part["horizon"] == h, "target"].dropna()
            row.append(str(target.iloc[0]) if len(target) else "–")
        rows.append(row)
    heads = [text("indicator", lang), text("observed", lang)] + [
        f"{text('target', lang)} {text('horizon_short', lang, h=h)}" for h in plan.horizons
    ]
    n = len(plan.horizons)
    return [
        para(text("mon.intro", lang)),
        table(heads, rows, [3, 1.4] + [1] * n, "lr" + "r" * n),
    ]


def method(plan: VillagePlan) -> list[Block]:
    lang = plan.lang
    years = {f"y{h}": plan.year(h) for h in plan.horizons}
    blocks = [
        para(text("method.weighting", lang)),
        para(text("method.indicative", lang)),
        para(text("method.privacy", lang)),
    ]
    if {"y3", "y5", "y10"} <= set(years):
        blocks.append(para(text("method.horizons", lang, base=plan.base_year, **years)))
    blocks.append(heading(text("method.sources", lang)))
    blocks.append(para(text("method.cbs", lang, year=plan.data_year or plan.base_year)))
    items = [value for _key, value in sorted(plan.sources.items())]
    items += plan.projection_assumptions
    if items:
        blocks.append({"type": "list", "items": [breakable(i) for i in items]})
    if plan.generated:
        blocks.append(para(text("method.generated", lang)))
    blocks.append(note(text("method.made_with", lang, workspace=plan.workspace_name)))
    return blocks


#: short sections that follow the previous one on the same page
SHARE_PAGE: frozenset[str] = frozenset({"monitoring"})

BUILDERS: tuple[tuple[str, Callable[[VillagePlan], list[Block]]], ...] = (
    ("summary", summary),
    ("village", village),
    ("residents", residents),
    ("facilities", facilities),
    ("matching", matching),
    ("plan", plan_section),
    ("monitoring", monitoring),
    ("method", method),
)
