"""The plan sections about what is done: matching, the plan and its effect,
monitoring and method. One builder per section: VillagePlan -> blocks (see payload.py)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

import pandas as pd

from planning.i18n import fmt_int, fmt_pct, label, plural, text
from planning.report.format import (
    Block,
    breakable,
    chart,
    count,
    coverage_share,
    heading,
    missing,
    money,
    note,
    number,
    para,
    period,
    share,
    table,
    theme_name,
    trekker,
)
from planning.report.sections.helpers import (
    forced_notice,
    notes,
    population_source,
    quotes_reviewed,
    threshold,
)
from planning.survey.suppression import SMALL_CELL, SUPPRESSED
from planning.workspace.codes import MATCH_OUTCOMES

if TYPE_CHECKING:
    from planning.plan.village_plan import VillagePlan


def matching(plan: VillagePlan) -> list[Block]:
    lang = plan.lang
    blocks: list[Block] = []
    if not plan.matches.empty:
        m = plan.matches
        total = int(pd.to_numeric(m["matches"], errors="coerce").fillna(0).sum())
        blocks.append(para(text("match.intro", lang, n=count(total, lang))))
        counts = [c for c in ("matches", *MATCH_OUTCOMES) if c in m]
        rows = match_rows(plan, counts)
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
        blocks += notes(plan, "matching")
    blocks.append(heading(text("gaps.title", lang)))
    if plan.gaps.empty:
        blocks += notes(plan, "gaps")
        return blocks
    if plan.gaps["demand"].astype(str).eq(SUPPRESSED).all():  # nothing publishable
        blocks.append(para(text("gaps.all_small", lang)))
        return blocks
    blocks.append(
        para(text("gaps.intro", lang, threshold=fmt_pct(plan_gap_threshold(plan), 0, lang)))
    )
    blocks.append(_gaps_table(plan))
    return blocks


def match_rows(plan: VillagePlan, counts: list[str]) -> list[list[str]]:
    """The matches per theme as they may be published: a theme with fewer than 5 matches
    joins "other themes" (its row would be "<5" in every cell, and its outcomes point at
    the one resident matched), and a total row says what the village made. Every count
    of residents under 5 still prints as "<5"."""
    lang = plan.lang
    m = plan.matches.copy()
    for c in counts:
        m[c] = pd.to_numeric(m[c], errors="coerce").fillna(0).astype(int)
    big = m["matches"] >= SMALL_CELL
    rows = [
        [theme_name(plan, r["theme"]), *(count(r[c], lang) for c in counts)]
        for _, r in m[big].iterrows()
    ]
    rest = m[~big]
    if len(rest) and big.any():
        rest_name = plural("match.other_themes", len(rest), lang)
        rows.append([rest_name, *(count(rest[c].sum(), lang) for c in counts)])
    rows.append([text("match.all_themes", lang), *(count(m[c].sum(), lang) for c in counts)])
    return rows


def _gaps_table(plan: VillagePlan) -> Block:
    """One row per theme: demand and coverage per horizon, and the horizons it falls short."""
    lang = plan.lang
    frame = plan.gaps
    # one row per theme and horizon: plain lookups, not a frame slice per cell
    by_cell: dict[tuple[Any, Any], Any] = {}
    for _, cells in frame.iterrows():
        by_cell.setdefault((cells["theme"], cells["horizon"]), cells)
    rows, emphasis = [], []
    for theme in [t for t in plan.theme_labels if t in set(frame["theme"])]:
        row = [theme_name(plan, theme)]
        by_verdict: dict[str, list[str]] = {k: [] for k in VERDICT_ORDER}
        for h in plan.horizons:
            if (theme, h) not in by_cell:
                row += ["–", "–"]
                continue
            r = by_cell[(theme, h)]
            row += [number(r.get("demand"), lang), coverage_share(r.get("coverage"), lang)]
            kind = verdict_kind(r.get("gap"), r.get("verdict"))
            if kind is not None:
                by_verdict[kind].append(str(h))
        row.append(verdict_words(by_verdict, lang))
        rows.append(row)
        emphasis.append("")
    columns = [text("theme", lang)]
    for h in plan.horizons:
        columns += [
            f"{text('horizon_short', lang, h=h)}: {text('demand', lang)}",
            text("coverage", lang),
        ]
    columns.append(text("verdict.column", lang))
    n = len(plan.horizons)
    return table(
        columns,
        rows,
        [1.8] + [0.8, 0.8] * n + [2.6],
        "l" + "rr" * n + "l",
        emphasis=emphasis,
        caption=text("gaps.caption", lang),
    )


#: the verdicts in the order a reader weighs them: a gap first
VERDICT_ORDER = ("gap", "depends", "covered")


def verdict_kind(gap: Any, verdict: Any) -> str | None:
    """ "gap", "covered" or "depends" (on the assumed weekly share) for one horizon; None
    where nothing may be said (no demand, or fewer than 5 respondents: "<5")."""
    if isinstance(gap, str) or missing(gap):
        return None
    if verdict == "depends":
        return "depends"
    return "gap" if bool(gap) else "covered"


def verdict_words(by_verdict: dict[str, list[str]], lang: str) -> str:
    """Each verdict in words with its horizons ("tekort: 10 jaar; hangt af van de aanname:
    5 jaar"): never a bare "5?" that reads as a gap beside a coverage of 145%."""
    parts = [
        f"{text(f'verdict.word.{kind}', lang)}: {', '.join(hs)} {text('years', lang)}"
        for kind, hs in by_verdict.items()
        if hs
    ]
    return "; ".join(parts) or "–"


def plan_gap_threshold(plan: VillagePlan) -> float:
    return threshold(plan, "gap_coverage", 0.8)


def plan_section(plan: VillagePlan) -> list[Block]:
    lang = plan.lang
    blocks: list[Block] = []
    if plan.scenario:
        blocks.append(
            para(
                text(
                    "plan.intro",
                    lang,
                    plural=len(plan.actions),
                    scenario=plan.scenario,
                    n=fmt_int(len(plan.actions), lang),
                )
            )
        )
    blocks += notes(plan, "plan")
    if not plan.actions.empty or not plan.commitments.empty:
        blocks.append(heading(text("plan.timeline", lang)))
        blocks.append(chart("timeline", text("plan.timeline", lang)))
    if not plan.actions.empty:
        blocks.append(heading(text("plan.actions", lang)))
        rows = [
            [
                str(a.title),
                # a cell holds the list of codes plan/parts.py put there; the stubs say scalar
                ", ".join(theme_name(plan, t) for t in cast("list[str]", a.themes or [])),
                trekker(a.partner, lang),
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
        blocks += notes(plan, "commitments")
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
            blocks += notes(plan, "effect")
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
        return notes(plan, "monitoring")
    m = plan.monitoring
    # the first figure of each indicator (and of each indicator and horizon), in one pass
    observed: dict[Any, Any] = {}
    targets: dict[tuple[Any, Any], Any] = {}
    for indicator, seen, horizon, target in zip(
        m["indicator"], m["observed"], m["horizon"], m["target"], strict=True
    ):
        observed.setdefault(indicator, None)
        if observed[indicator] is None and not missing(seen):
            observed[indicator] = seen
        if not missing(target):
            targets.setdefault((indicator, horizon), target)
    rows = []
    for indicator, seen in observed.items():
        row = [str(indicator), str(seen) if seen is not None else "–"]
        for h in plan.horizons:
            target = targets.get((indicator, h))
            row.append(str(target) if target is not None else "–")
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
    if plan.quote_review.get("released"):  # who decided which quotes are printed, and how many
        blocks.append(para(quotes_reviewed(plan)))
    if {"y3", "y5", "y10"} <= set(years):
        blocks.append(para(text("method.horizons", lang, base=plan.base_year, **years)))
    if plan.projection_assumptions:
        blocks.append(heading(text("assume.title", lang)))
        blocks.append({"type": "list", "items": list(plan.projection_assumptions)})
    blocks.append(heading(text("method.sources", lang)))
    blocks.append(para(population_source(plan)))
    items = [value for _key, value in sorted(plan.sources.items())]
    if items:
        blocks.append({"type": "list", "items": [breakable(i) for i in items]})
    if plan.generated:
        blocks.append(para(text("method.generated", lang)))
    if plan.workspace_problems:
        blocks.append(para(forced_notice(plan)))
    blocks.append(note(text("method.made_with", lang, workspace=plan.workspace_name)))
    return blocks
