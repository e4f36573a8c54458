"""OverviewView: the start page's picture of where every kern stands (the council's overview).

The same figures, rows and map as ``planning export --overview`` (planning.plan.council,
planning.report.overview), so staff who open the workbook see what the council will
read: the summary figures as cards, the map of the kernen coloured by a measure they
choose, and one row per kern. Computed once; choosing another measure only redraws the map.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import ipywidgets as w

from planning.charts.kernen_map import kernen_map, map_description, measure_label
from planning.charts.style import to_svg
from planning.i18n import text
from planning.plan.council import council_overview
from planning.plan.measures import DEFAULT_MEASURE, MEASURES
from planning.plan.village_plan import plan_date
from planning.report.overview import facts, headers, overview_rows
from planning.widgets._style import CSS, esc, table
from planning.workspace.folder import Workspace, open_workspace

#: the numeric columns of the overview's rows (right-aligned)
NUMERIC = {1, 2, 3, 4, 5, 6, 10}


class OverviewView:
    """Every kern at once: cards, a map by one measure, and the table."""

    def __init__(
        self, workspace: Workspace | Path | str | None = None, lang: str | None = None
    ) -> None:
        self.ws = workspace if isinstance(workspace, Workspace) else open_workspace(workspace)
        self.lang = lang = lang or self.ws.settings.lang
        self.overview = council_overview(self.ws, plan_date(self.ws), lang)
        self.measure = w.Dropdown(
            options=[(measure_label(m, lang), m) for m in MEASURES],
            value=DEFAULT_MEASURE,
            description=text("overview.map_by", lang),
            style={"description_width": "initial"},
            layout=w.Layout(width="520px"),
        )
        self.map = w.HTML(layout=w.Layout(max_width="760px"))
        cards = "".join(
            '<div class="pl-card pl-card-good" style="flex:1">'
            f'<div style="font-size:24px;font-weight:700">{esc(f["value"])}</div>'
            f"<div>{esc(f['label'])}</div></div>"
            for f in facts(self.overview, lang)
        )
        rows = overview_rows(self.overview, lang)
        self.table = w.HTML(table(headers(self.overview, lang), rows, NUMERIC))
        self.measure.observe(lambda _c: self.draw(), names="value")
        root = w.VBox(
            [
                w.HTML(CSS),
                w.HTML(
                    f'<div class="pl-title">{esc(text("overview.title", lang))}</div>'
                    f'<div class="pl-sub">{esc(text("overview.subtitle", lang))}</div>'
                ),
                w.HTML(f'<div class="pl-cards" style="flex-wrap:wrap">{cards}</div>'),
                w.HTML(f'<div class="pl-h">{esc(text("overview.sec.geo", lang))}</div>'),
                self.measure,
                self.map,
                w.HTML(f'<div class="pl-h">{esc(text("overview.sec.table", lang))}</div>'),
                self.table,
            ]
        )
        root.add_class("pl-app")
        self.widget = root
        self.draw()

    def _repr_mimebundle_(self, **kwargs: Any) -> Any:
        return self.widget._repr_mimebundle_(**kwargs)

    def draw(self) -> None:
        """The map by the chosen measure, with its description in words below it."""
        measure, lang = self.measure.value, self.lang
        svg = to_svg(kernen_map(self.ws, self.overview, measure, lang))
        svg = svg[svg.index("<svg") :]  # no XML prologue inside the page
        words = esc(map_description(self.overview, measure, lang))
        self.map.value = (
            f'<div role="img" aria-label="{words}">{svg}</div><div class="pl-help">{words}</div>'
        )
