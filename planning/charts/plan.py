"""The charts of one village plan, drawn from its frames with planning.charts.style.

Notebooks call :func:`plan_figure` to show the same picture the PDF prints.
"""

from __future__ import annotations

import hashlib
import pickle
import uuid
from collections.abc import Iterable
from functools import partial
from typing import TYPE_CHECKING

import pandas as pd

from planning.charts import style as charts
from planning.charts.drawn import DRAWN
from planning.charts.round_change import round_change_chart
from planning.charts.village_map import village_map as draw_village_map
from planning.i18n import label, text
from planning.survey.suppression import SMALL_CELL

if TYPE_CHECKING:
    from matplotlib.figure import Figure

    from planning.plan.village_plan import VillagePlan
    from planning.workspace.folder import Workspace


def population(plan: VillagePlan) -> Figure:
    """Now as bars and the horizons as lines (the CBS year only when nothing is projected)."""
    series = plan.population_series
    return charts.population_chart(plan.population, series[1:] if len(series) > 1 else series)


def needs(plan: VillagePlan) -> Figure | None:
    """Share naming each theme per horizon; None when every share is suppressed."""
    frame = plan.needs.copy()
    frame["share"] = pd.to_numeric(frame["share"], errors="coerce")
    if frame["share"].isna().all():
        return None
    wide = frame.pivot_table(index="theme", columns="horizon", values="share", aggfunc="first")
    order = [t for t in plan.theme_labels if t in wide.index]
    wide = wide.reindex(order).reset_index()
    wide["label"] = wide["theme"].map(plan.theme_labels)
    series = [
        (h, text("horizon_short", plan.lang, h=h)) for h in plan.horizons if h in wide.columns
    ]
    return charts.grouped_bars(wide, "label", series, percent=True)


def channels(plan: VillagePlan) -> Figure | None:
    """Respondents per channel; a channel under 5 is labelled "<5", never drawn to size."""
    frame = plan.channels.copy()
    shown = pd.to_numeric(frame["respondents"], errors="coerce").fillna(0) >= SMALL_CELL
    if not shown.any():
        return None
    frame["label"] = [label(f"channel.{c}", plan.lang) for c in frame["channel"]]
    # a bar under 5 would publish a small count: draw those at the floor, labelled "<5"
    frame["value"] = [
        float(v) if not isinstance(v, str) and float(v) >= SMALL_CELL else 0.0
        for v in frame["respondents"]
    ]
    fig = charts.bars(frame, "label", "value")
    legend = fig.axes[0].get_legend()
    if legend is not None:
        legend.remove()
    for i, v in enumerate(frame["respondents"]):
        if isinstance(v, str) or float(v) < 5:
            fig.axes[0].text(0.5, i, "<5", va="center", fontsize=7)
    return fig


def coverage(plan: VillagePlan) -> Figure:
    rows = []
    for c in plan.coverage:
        rows.append(
            {
                "label": str(c.get("situation", "")),
                "walk": c.get("share_within_walk"),
                "cycle": c.get("share_within_cycle"),
            }
        )
    frame = pd.DataFrame(rows)
    return charts.coverage_chart(
        frame, [("walk", text("walk", plan.lang)), ("cycle", text("cycle", plan.lang))]
    )


def timeline(plan: VillagePlan) -> Figure | None:
    """Actions and commitments on a time axis; None when the plan has neither."""
    items = []
    for a in plan.actions.itertuples():
        items.append(
            {
                "label": a.title,
                "start_year": a.start_year,
                "end_year": a.end_year,
                "source": "action",
            }
        )
    for c in plan.commitments.itertuples():
        items.append(
            {
                "label": f"{c.partner!s}: {c.description!s}" if c.description else str(c.partner),
                "start_year": c.start_year,
                "end_year": c.end_year,
                "source": "commitment",
            }
        )
    if not items:
        return None
    frame = pd.DataFrame(items)
    labels = {
        "action": text("source.action", plan.lang),
        "commitment": text("source.commitment", plan.lang),
        "years": text("years", plan.lang),
    }
    return charts.timeline_chart(frame, plan.base_year, plan.horizons, labels)


def village_map(plan: VillagePlan) -> Figure | None:
    """The village map, drawn from the plan's workspace."""
    if plan.workspace is None:
        return None
    return draw_village_map(plan.workspace, plan.village_id, lang=plan.lang)


def round_change(plan: VillagePlan) -> Figure | None:
    """The two survey rounds side by side (first horizon); None with one round."""
    return round_change_chart(plan.round_change, plan.theme_labels, plan.horizons[0], plan.lang)


FIGURES = {
    "population": population,
    "needs": needs,
    "channels": channels,
    "coverage": coverage,
    "timeline": timeline,
    "map": village_map,
    "round_change": round_change,
}


def plan_figure(plan: VillagePlan, key: str) -> Figure | None:
    """One chart of the plan as a matplotlib Figure (for a notebook)."""
    with charts.style():
        return FIGURES[key](plan)


#: what each chart is drawn from: the plan's fields (the map reads the workspace instead)
INPUTS: dict[str, tuple[str, ...]] = {
    "population": ("population", "population_series"),
    "needs": ("needs", "theme_labels", "horizons", "lang"),
    "channels": ("channels", "lang"),
    "coverage": ("coverage", "lang"),
    "timeline": ("actions", "commitments", "base_year", "horizons", "lang"),
    "map": ("village_id", "lang"),
    "round_change": ("round_change", "theme_labels", "horizons", "lang"),
}


def _digest(plan: VillagePlan, key: str) -> str | None:
    """The content of a chart's inputs; None when they cannot be fingerprinted."""
    digest = hashlib.blake2b(key.encode(), digest_size=20)
    try:
        for name in INPUTS[key]:
            digest.update(pickle.dumps(getattr(plan, name), protocol=5))
    except Exception:  # an input pickle cannot take: draw it, do not remember it
        return None
    if key == "map":  # drawn from the workspace: its tables as they are now
        if plan.workspace is None:
            return None
        digest.update(_workspace_token(plan.workspace).encode())
        digest.update(pickle.dumps(plan.workspace.settings, protocol=5))
    return digest.hexdigest()


def _workspace_token(ws: Workspace) -> str:
    """A name for this workspace object and its tables' revisions (Workspace.cached)."""
    return ws.cached("charts.token", tuple(ws.tables), lambda: uuid.uuid4().hex)


def _draw(plan: VillagePlan, key: str) -> str | None:
    fig = FIGURES[key](plan)
    return charts.to_svg(fig) if fig is not None else None


def render_charts(plan: VillagePlan, keys: Iterable[str]) -> dict[str, str]:
    """SVG text per chart key; a chart that cannot be drawn is left out (the block shows nothing).

    Drawing is most of what a plan costs: each chart is drawn once per content of its
    inputs and remembered (planning.charts.drawn), so the same plan exported again
    (another format, a notebook re-run, the warm benchmark) only compiles.
    """
    out: dict[str, str] = {}
    with charts.style():
        for key in keys:
            digest = _digest(plan, key)
            svg = DRAWN.get(None if digest is None else (key, digest), partial(_draw, plan, key))
            if svg is not None:
                out[key] = svg
    return out
