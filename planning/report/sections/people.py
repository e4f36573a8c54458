"""The plan sections about the village and its residents: summary, village,
residents (survey needs and reach) and facilities. One builder per section:
VillagePlan -> blocks (see payload.py)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from planning.i18n import fmt_int, label, plural, text
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
    para,
    period,
    share,
    table,
    theme_name,
    trekker,
    yes_no,
)
from planning.report.sections.helpers import (
    kind_name,
    meeting_places,
    no_quotes,
    notes,
    threshold,
)
from planning.survey.suppression import SMALL_CELL

if TYPE_CHECKING:
    from planning.plan.village_plan import VillagePlan


def _inhabitants_label(plan: VillagePlan) -> str:
    """ "inwoners (2021)": a count never stands without its year."""
    if plan.data_year is None:
        return text("sum.inhabitants", plan.lang)
    return text("sum.inhabitants_year", plan.lang, year=plan.data_year)


def summary(plan: VillagePlan) -> list[Block]:
    lang = plan.lang
    meeting = meeting_places(plan)
    facts = [
        (count(plan.inhabitants, lang), _inhabitants_label(plan)),
        (
            count(plan.respondents, lang) if plan.respondents else "0",
            plural("sum.respondents", plan.respondents or 0, lang),
        ),
        (fmt_int(len(plan.facilities), lang), plural("sum.facilities", len(plan.facilities), lang)),
    ]
    if meeting is not None:
        facts.append((fmt_int(meeting, lang), plural("sum.meeting_places", meeting, lang)))
    facts += [
        (fmt_int(len(plan.actions), lang), plural("sum.actions_n", len(plan.actions), lang)),
        (
            fmt_int(len(plan.commitments), lang),
            plural("sum.commitments", len(plan.commitments), lang),
        ),
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
            [str(a.title), trekker(a.partner, lang), period(a.start_year, a.end_year, lang)]
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
        blocks += notes(plan, "plan")
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


def village(plan: VillagePlan) -> list[Block]:
    lang = plan.lang
    blocks: list[Block] = []
    if plan.data_year is not None:
        blocks.append(
            para(
                text(
                    "village.intro.source",
                    lang,
                    name=plan.name,
                    year=plan.data_year,
                    inhabitants=count(plan.inhabitants, lang),
                    source=plan.population_source or text("source_cbs", lang),
                )
            )
        )
    blocks += notes(plan, "projection")
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
        return notes(plan, "residents")
    blocks: list[Block] = [para(text("res.intro", lang, respondents=count(plan.respondents, lang)))]
    blocks += notes(plan, "residents")
    if not plan.needs.empty:
        blocks.append(heading(text("res.needs", lang)))
        blocks.append(chart("needs", text("res.needs", lang)))
        blocks.append(_needs_table(plan))
        blocks.append(note(text("res.needs_note", lang)))
    if not plan.channels.empty:
        blocks.append(heading(text("res.channels", lang)))
        sizes = [v for v in plan.channels["respondents"] if not isinstance(v, str)]
        if any(float(v) >= SMALL_CELL for v in sizes):
            blocks.append(chart("channels", text("res.channels", lang)))
        else:  # the chart would publish counts under 5: say so instead of an empty space
            blocks.append(note(text("res.channels_small", lang)))
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
        blocks.append(note(no_quotes(plan)))
    return blocks


def _needs_table(plan: VillagePlan) -> Block:
    lang = plan.lang
    frame = plan.needs
    first: dict[tuple[Any, Any], Any] = {}  # the first row of each theme and horizon
    for _, cells in frame.iterrows():
        first.setdefault((cells["theme"], cells["horizon"]), cells)
    rows, emphasis = [], []
    for theme in sorted(
        frame["theme"].unique(),
        key=lambda t: list(plan.theme_labels).index(t) if t in plan.theme_labels else 99,
    ):
        row = [theme_name(plan, theme)]
        weak = False
        for h in plan.horizons:
            if (theme, h) not in first:
                row += ["–", "–"]
                continue
            c = first[(theme, h)]
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
        return notes(plan, "facilities")
    meeting = meeting_places(plan)
    blocks: list[Block] = []
    if meeting is not None:
        blocks.append(
            para(text("fac.intro", lang, n=fmt_int(len(fac), lang), meeting=fmt_int(meeting, lang)))
        )
    blocks += notes(plan, "qualities")
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
    blocks += [chart("map", plan.name)] if "map" not in plan.notes else notes(plan, "map")
    blocks.append(heading(text("fac.coverage", lang)))
    if plan.coverage:
        c = plan.coverage[0]
        walk_m = meters(threshold(plan, "walk_m", 800), lang)
        cycle_m = meters(threshold(plan, "cycle_m", 3000), lang)
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
        blocks += notes(plan, "coverage")
    return blocks
