"""What each notebook shows, by name: ``view(plan, "needs_table")`` is a Styler or a Figure.

The notebooks ask for views by name so they stay thin and a welfare worker never reads
code; an analyst calls the same :func:`view` (or the function behind the name). Tables reuse
the plan's section builders, so the notebook, the PDF and the command print a figure alike.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

import pandas as pd

from planning.analysis.matching import match
from planning.charts import workbook as charts
from planning.charts.plan import plan_figure
from planning.i18n import fmt_date, label, text
from planning.report.format import count, meters, number, share
from planning.report.plan_views import (
    comparison_figure,
    comparison_table,
    latest_table,
    monitoring_table,
    page_preview,
    top_needs,
    trend,
)
from planning.report.round_change_views import change_chart, change_table
from planning.report.sections.helpers import kind_name, population_source
from planning.report.sections.people import _needs_table, _reach_table, facilities, summary
from planning.report.sections.plan import _gaps_table, matching
from planning.report.views import Prose, frame_view, table_view

if TYPE_CHECKING:
    from pandas.io.formats.style import Styler

    from planning.plan.village_plan import VillagePlan


# -- 01 village profile --------------------------------------------------------------------
def facts(plan: VillagePlan) -> Styler:
    """The village in brief: name, municipality and the plan's key figures."""
    lang = plan.lang
    rows = [[label("village", lang), plan.name], [label("municipality", lang), plan.municipality]]
    first = summary(plan)[0]
    rows += [[item["label"], item["value"]] for item in first["items"]]
    return table_view(
        {
            "columns": [text("view.fact", lang), text("view.value", lang)],
            "rows": rows,
            "align": ["left", "right"],
        }
    )


def population_table(plan: VillagePlan) -> Styler | None:
    series = plan.population_series
    if plan.population.empty or not series:
        return None
    lang = plan.lang
    rows = [
        [str(r["age_band"]), *(count(r[c], lang) for c, _ in series)]
        for _, r in plan.population.iterrows()
    ]
    rows.append([text("total", lang), *(count(plan.population[c].sum(), lang) for c, _ in series)])
    return table_view(
        {
            "columns": [text("age", lang), *(name for _, name in series)],
            "rows": rows,
            "align": ["left"] + ["right"] * len(series),
            "emphasis": [""] * (len(rows) - 1) + ["bold"],
            "caption": text("village.table.source", lang, source=population_source(plan)),
        }
    )


def assumptions(plan: VillagePlan) -> Styler | None:
    """The projection's assumptions as a two-column table (topic, assumption), never a dict."""
    if not plan.projection_assumptions:
        return None
    lang = plan.lang
    rows = []
    for item in plan.projection_assumptions:
        topic, _, rest = str(item).partition(": ")
        rows.append([topic, rest] if rest else ["", topic])
    return table_view(
        {
            "columns": [text("view.topic", lang), text("view.assumption", lang)],
            "rows": rows,
            "caption": text("assume.title", lang),
        }
    )


# -- 02 survey -----------------------------------------------------------------------------
def raw_exports(plan: VillagePlan) -> Styler | Prose:
    """The survey exports in survey/raw: name, kind (CSV, XLSX), date and size; staff read
    no file names with extensions and no mapping files (settings)."""
    lang = plan.lang
    folder = plan.workspace.path / "survey" / "raw" if plan.workspace is not None else None
    files = sorted(folder.glob("*.*")) if folder is not None and folder.is_dir() else []
    # the mappings (.toml beside an export) are settings, not answers: the analyst's business
    files = [f for f in files if f.suffix.lower() != ".toml"]
    if not files:
        return Prose(text("view.no_raw", lang), "note")
    rows = [
        [
            f.stem,
            f.suffix.lstrip(".").upper(),
            fmt_date(pd.Timestamp(f.stat().st_mtime, unit="s").date(), lang),
            number(max(1, round(f.stat().st_size / 1024)), lang),
        ]
        for f in files
    ]
    heads = [text("view.file", lang), text("view.file_kind", lang)]
    heads += [text("view.modified", lang), text("view.size", lang)]
    return table_view({"columns": heads, "rows": rows, "align": ["left", "left", "left", "right"]})


def needs_table(plan: VillagePlan) -> Styler | None:
    return None if plan.needs.empty else table_view(_needs_table(plan))


def channels_table(plan: VillagePlan) -> Styler | None:
    if plan.channels.empty:
        return None
    lang = plan.lang
    frame = plan.channels[["channel", "respondents", "share"]].copy()
    frame["channel"] = [label(f"channel.{c}", lang) for c in frame["channel"]]
    return frame_view(
        frame,
        lang,
        formats={"respondents": count, "share": share},
        headers={
            "channel": text("channel", lang),
            "respondents": text("respondents", lang),
            "share": text("share", lang),
        },
    )


def reach_table(plan: VillagePlan) -> Styler | None:
    return None if plan.reach.empty else table_view(_reach_table(plan))


def matches_chart(plan: VillagePlan) -> Any:
    """The matches per theme; when every theme has fewer than 5, say so instead."""
    if plan.matches.empty:
        return None
    return charts.matches_made(plan) or Prose(text("view.all_small", plan.lang), "note")


def volunteers(plan: VillagePlan) -> Prose:
    lang = plan.lang
    return Prose(text("res.volunteers", lang, volunteers=count(plan.volunteers or 0, lang)))


# -- 03 facilities -------------------------------------------------------------------------
def facilities_table(plan: VillagePlan) -> Styler | None:
    tables = [b for b in facilities(plan) if b.get("type") == "table"]
    return table_view(tables[0]) if tables else None


def coverage_table(plan: VillagePlan) -> Styler | None:
    """Per situation (now, with the plan) the mean distance and the shares within reach."""
    if not plan.coverage:
        return None
    lang = plan.lang
    t = plan.thresholds
    walk = text(
        "view.within", lang, what=text("walk", lang), distance=meters(t.get("walk_m", 800), lang)
    )
    cycle = text(
        "view.within", lang, what=text("cycle", lang), distance=meters(t.get("cycle_m", 3000), lang)
    )
    rows = [
        [
            str(c.get("situation", "")),
            meters(c.get("mean_distance_m"), lang),
            share(c.get("share_within_walk"), lang),
            share(c.get("share_within_cycle"), lang),
        ]
        for c in plan.coverage
    ]
    heads = [text("situation", lang), text("view.mean_distance", lang), walk, cycle]
    return table_view(
        {"columns": heads, "rows": rows, "align": ["left", "right", "right", "right"]}
    )


def nearest_table(plan: VillagePlan) -> Styler | None:
    """Mean distance to the nearest place of each kind (village hall, school ...)."""
    nearest = plan.coverage[0].get("nearest_by_kind", {}) if plan.coverage else {}
    if not nearest:
        return None
    lang = plan.lang
    rows = [
        [kind_name(k, lang), meters(v, lang)]
        for k, v in sorted(nearest.items(), key=lambda kv: kv[1])
    ]
    heads = [text("view.nearest_kind", lang), text("view.nearest_distance", lang)]
    return table_view({"columns": heads, "rows": rows, "align": ["left", "right"]})


# -- 04 demand and supply ------------------------------------------------------------------
def match_list(plan: VillagePlan, theme: str = "youth", age: float = 12) -> Styler | Prose:
    """The provisions that fit one question, best first, with the reasons in words."""
    lang = plan.lang
    found = (
        match(plan.workspace, theme, age, plan.village_id, lang=plan.lang) if plan.workspace else []
    )
    if not found:
        return Prose(text("view.no_match", lang), "note")
    rows = [
        [
            number(m["rank"], lang),
            str(m["name"]),
            text(f"pkind.{m['kind']}", lang),
            str(m.get("provider") or "–"),
            meters(m.get("distance_m"), lang),
            number(m.get("capacity_left"), lang),
            "; ".join(m.get("reasons", [])),
        ]
        for m in found[:8]
    ]
    heads = [
        text(k, lang)
        for k in (
            "view.rank",
            "name",
            "kind",
            "view.provider",
            "view.distance",
            "view.places_left",
            "view.why",
        )
    ]
    align = ["right", "left", "left", "left", "right", "right", "left"]
    return table_view({"columns": heads, "rows": rows, "align": align})


def matches_table(plan: VillagePlan) -> Styler | None:
    if plan.matches.empty:
        return None
    caption = text("match.table", plan.lang)
    tables = [b for b in matching(plan) if b.get("type") == "table" and b.get("caption") == caption]
    return table_view(tables[0]) if tables else None


def gaps_table(plan: VillagePlan) -> Styler | None:
    if plan.gaps.empty or plan.gaps["demand"].astype(str).eq("<5").all():
        return None
    return table_view(_gaps_table(plan))


def commands(plan: VillagePlan, commands: tuple[str, ...] = ()) -> Prose:
    """The command lines an analyst may run for the chosen kern (``planning export
    --village diever``): shown in JupyterLab only (the cell is tagged ``analyst``, which the
    app leaves out), and naming the kern the picker chose, not the notebook's default."""
    lines = [f"planning {c} --village {plan.village_id}" for c in commands]
    return Prose(text("view.commands", plan.lang) + "\n" + "\n".join(lines), "list")


#: every view a notebook asks for by name
VIEWS: dict[str, Callable[..., Any]] = {
    "facts": facts,
    "pyramid": charts.pyramid,
    "projection": lambda plan: plan_figure(plan, "population"),
    "population_table": population_table,
    "assumptions": assumptions,
    "raw_exports": raw_exports,
    "needs_chart": charts.needs_margins,
    "needs_table": needs_table,
    "channels_chart": lambda plan: plan_figure(plan, "channels"),
    "channels_table": channels_table,
    # two survey rounds side by side (planning.report.round_change)
    "round_change_chart": change_chart,
    "round_change_table": change_table,
    "reach_chart": charts.reach,
    "reach_table": reach_table,
    "volunteers": volunteers,
    "facilities_table": facilities_table,
    "map": lambda plan: plan_figure(plan, "map"),
    "coverage_table": coverage_table,
    "coverage_chart": lambda plan: plan_figure(plan, "coverage") if plan.coverage else None,
    "nearest_table": nearest_table,
    "distances": charts.distance_distribution,
    "match_list": match_list,
    "demand_supply": charts.demand_supply,
    "gaps_table": gaps_table,
    "matches_chart": matches_chart,
    "matches_table": matches_table,
    "comparison_table": comparison_table,
    "comparison_chart": comparison_figure,
    "top_needs": top_needs,
    "timeline": lambda plan: plan_figure(plan, "timeline"),
    "pages": page_preview,
    "latest": latest_table,
    "trend": trend,
    "monitoring_table": monitoring_table,
    "commands": commands,
}


def view(plan: VillagePlan, name: str, **options: Any) -> Any:
    """One named view of a village (a Styler, a Figure, Prose or None when there is nothing)."""
    return VIEWS[name](plan, **options)
