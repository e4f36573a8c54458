"""The notebooks' views of what is decided and followed: scenarios side by side (05), the
plan's top needs and a preview of its pages (07), and the monitoring figures (08).

Kept beside planning.report.workbook_views (which names every view) so each stays short;
the cells come from the one formatting layer (planning.report.format) as in the PDF.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import pandas as pd

from planning.analysis.monitoring import latest
from planning.charts.comparison import comparison_chart
from planning.charts.monitoring import trend_chart
from planning.i18n import fmt_num, label, text
from planning.report.format import count, money, number, share
from planning.report.pdf import render_pages
from planning.report.sections.plan import monitoring
from planning.report.views import frame_view, table_view
from planning.scenarios.compare import compare
from planning.store import open_store
from planning.store.scenarios import list_scenarios, load_scenario

if TYPE_CHECKING:
    from pandas.io.formats.style import Styler

    from planning.plan.village_plan import VillagePlan


# -- 05 scenarios --------------------------------------------------------------------------
def comparison_frame(plan: VillagePlan) -> pd.DataFrame:
    """The village's saved scenarios compared per horizon (empty without scenarios)."""
    if plan.workspace is None:
        return pd.DataFrame()
    store = open_store(plan.workspace)
    names = [s["name"] for s in list_scenarios(store, plan.village_id)]
    scenarios = [load_scenario(store, n, plan.village_id) for n in names]
    return compare(plan.workspace, scenarios).frame if scenarios else pd.DataFrame()


def comparison_table(plan: VillagePlan, frame: pd.DataFrame | None = None) -> Styler | None:
    """The scenarios side by side, per horizon, for a note to the alderman."""
    frame = comparison_frame(plan) if frame is None else frame
    if frame.empty:
        return None
    lang = plan.lang
    rows = [
        [
            str(r["scenario"]),
            f"{text('horizon_short', lang, h=int(r['horizon']))} ({int(r['year'])})",
            number(r["themes_with_gap"], lang),
            share(r["mean_coverage"], lang),
            share(r["share_within_walk"], lang),
            money(r["cost_cumulative"], lang),
            money(r["cost_yearly"], lang),
            number(r["volunteers_needed"], lang),
            count(r["volunteers_offered"], lang),
        ]
        for _, r in frame.iterrows()
    ]
    heads = [
        label("scenario", lang),
        label("horizon", lang),
        text("view.themes_with_gap", lang),
        text("view.mean_coverage", lang),
        text("view.share_within_walk", lang),
        text("view.cost_cumulative", lang),
        text("view.cost_yearly", lang),
        text("view.volunteers_needed", lang),
        text("view.volunteers_offered", lang),
    ]
    return table_view(
        {
            "columns": heads,
            "rows": rows,
            "align": ["left", "left"] + ["right"] * 7,
            "caption": text("compare.title", lang),
        }
    )


def comparison_figure(plan: VillagePlan) -> Any:
    frame = comparison_frame(plan)
    return None if frame.empty else comparison_chart(frame, plan.lang, plan.name)


# -- 07 the plan ---------------------------------------------------------------------------
def top_needs(plan: VillagePlan) -> Styler | None:
    """The three themes named most per horizon, as the plan's summary lists them."""
    top = plan.top_needs()
    if not any(top.values()):
        return None
    lang = plan.lang
    heads = [text("horizon.when", lang, h=h, year=plan.year(h)) for h in plan.horizons]
    depth = max(len(v) for v in top.values())
    rows = [
        [
            plan.theme_labels.get(top[h][i], top[h][i]) if i < len(top.get(h, [])) else "–"
            for h in plan.horizons
        ]
        for i in range(depth)
    ]
    return table_view({"columns": heads, "rows": rows})


@dataclass(frozen=True)
class PagePreview:
    """The plan's pages side by side as one PNG: what the PDF will look like."""

    png: bytes
    pages: int
    lang: str = "nl"

    def _repr_png_(self) -> bytes:
        return self.png

    def __str__(self) -> str:
        return text("view.pages", self.lang, n=self.pages)


def page_preview(plan: VillagePlan, ppi: float = 28, per_row: int = 4) -> PagePreview:
    """Every page of the plan, small, four to a row (Pillow comes with matplotlib)."""
    from PIL import Image

    pages = [Image.open(io.BytesIO(p)).convert("RGB") for p in render_pages(plan, ppi)]
    w, h = pages[0].size
    rows = -(-len(pages) // per_row)
    gap = 8
    sheet = Image.new("RGB", (per_row * (w + gap) + gap, rows * (h + gap) + gap), "#dfe5ea")
    for i, page in enumerate(pages):
        sheet.paste(page, (gap + (i % per_row) * (w + gap), gap + (i // per_row) * (h + gap)))
    buffer = io.BytesIO()
    sheet.save(buffer, format="PNG", optimize=True)
    return PagePreview(buffer.getvalue(), len(pages), plan.lang)


# -- 08 monitoring -------------------------------------------------------------------------
def latest_table(plan: VillagePlan) -> Styler | None:
    if plan.workspace is None:
        return None
    frame = latest(plan.workspace, plan.village_id, plan.lang)
    if frame.empty:
        return None
    lang = plan.lang
    shown = frame[
        ["label", "value", "unit", "period", "target", "target_year", "on_track", "source"]
    ]
    shown = shown.assign(
        value=[
            _figure_value(v, u, lang) for v, u in zip(shown["value"], shown["unit"], strict=True)
        ],
        target=[
            _figure_value(v, u, lang) for v, u in zip(shown["target"], shown["unit"], strict=True)
        ],
    )
    return frame_view(
        shown,
        lang,
        formats={"target_year": lambda v, _l: str(int(v))},
        headers={
            "label": text("indicator", lang),
            "value": text("view.latest", lang),
            "unit": text("view.unit", lang),
            "period": text("period", lang),
            "target": text("target", lang),
            "target_year": text("view.target_year", lang),
            "on_track": text("view.on_track", lang),
            "source": text("view.source", lang),
        },
    )


def _figure_value(value: Any, unit: str, lang: str) -> str:
    """A figure as the plan's monitoring table prints it: a percentage with one decimal, a
    count whole with a thousands dot, and "<5" under five (published counts)."""
    if isinstance(value, int | float) and str(unit).strip() == "%":
        return fmt_num(float(value), 1, lang)
    return count(value, lang)


def monitoring_table(plan: VillagePlan) -> Styler | None:
    tables = [b for b in monitoring(plan) if b.get("type") == "table"]
    return table_view(tables[0]) if tables else None


def trend(plan: VillagePlan) -> Any:
    return (
        None
        if plan.workspace is None
        else trend_chart(plan.workspace, plan.village_id, lang=plan.lang)
    )
