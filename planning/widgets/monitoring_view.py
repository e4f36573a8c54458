"""MonitoringView: the latest figures of a village beside their targets, and the trend, in the
view's ``lang`` (default: the workspace's)."""

from __future__ import annotations

import io
import math
import tempfile
from pathlib import Path
from typing import Any

import ipywidgets as w

from planning.analysis import monitoring
from planning.charts.monitoring import trend_chart
from planning.errors import PlanningError
from planning.i18n import fmt_num, text
from planning.widgets._style import CSS, esc, said, table
from planning.widgets.plan_states import PlanStates
from planning.workspace.folder import Workspace, open_workspace
from planning.workspace.indicators import indicators


class MonitoringView:
    """Pick a village and indicators; upload a spreadsheet of new observations."""

    def __init__(
        self,
        workspace: Workspace | Path | str | None = None,
        village: str = "roden",
        lang: str | None = None,
        pick_village: bool = True,
        figures: bool = True,
    ) -> None:
        """``pick_village=False`` leaves out the view's own kern dropdown and
        ``figures=False`` its table and chart: on a page whose picker already chose the kern
        and shows them, a second copy would only repeat (or disagree with) them."""
        self.ws = workspace if isinstance(workspace, Workspace) else open_workspace(workspace)
        self.ws.village(village)
        self.lang = lang = lang or self.ws.settings.lang
        inds = indicators(self.ws)
        villages = self.ws.villages
        self.style = w.HTML(CSS)
        self.status = w.HTML()
        self.village = w.Dropdown(
            options=[
                (str(n), str(v))
                for v, n in zip(villages["village_id"], villages["name"], strict=False)
            ],
            value=village,
            description=text("meet.village", lang),
        )
        self.indicators = w.SelectMultiple(
            options=[(i.label_in(lang), c) for c, i in inds.items()],
            value=tuple(inds)[:4],
            description=text("mon.indicators", lang),
            rows=min(6, max(len(inds), 2)),
            layout=w.Layout(width="420px"),
        )
        self.upload = w.FileUpload(
            accept=".csv,.xlsx", multiple=False, description=text("mon.choose_file", lang)
        )
        self.import_button = w.Button(
            description=text("mon.import", lang), icon="upload", button_style="info"
        )
        self.latest_view = w.HTML()
        self.chart = w.Image(format="png", layout=w.Layout(max_width="980px"))
        self.problems_view = w.HTML()
        self.plan_states = PlanStates(self.ws, village, lang, via="monitoring")
        self.village.observe(lambda _c: self.refresh(), names="value")
        self.village.observe(lambda c: self.plan_states.show(c["new"]), names="value")
        self.indicators.observe(lambda _c: self.refresh(), names="value")
        self.import_button.on_click(lambda _b: self._guard(self.import_upload))
        root = w.VBox(
            [
                self.style,
                w.HTML(
                    f'<div class="pl-title">{esc(text("mon.title", lang))}</div>'
                    f'<div class="pl-sub">{esc(text("mon.sub", lang))}</div>'
                ),
                w.HBox(
                    ([self.village] if pick_village else [])
                    + ([self.indicators] if figures else [])
                ),
                w.HBox([self.upload, self.import_button]),
                self.status,
                self.problems_view,
                *([self.latest_view, self.chart] if figures else []),
                self.plan_states.widget,
            ]
        )
        root.add_class("pl-app")
        self.widget = root
        self.refresh()

    def _repr_mimebundle_(self, **kwargs: Any) -> Any:
        return self.widget._repr_mimebundle_(**kwargs)

    def _guard(self, action: Any) -> Any:
        try:
            return action()
        except PlanningError as exc:
            self.status.value = f'<div class="pl-status-err">{esc(said(exc, self.lang))}</div>'
            return None

    def refresh(self) -> None:
        village, lang = self.village.value, self.lang
        frame = monitoring.latest(self.ws, village, lang)
        inds = indicators(self.ws)
        track = {True: text("mon.on_track", lang), False: text("mon.behind", lang), None: ""}
        shown = frame[
            ["label", "value", "indicator", "period", "target", "target_year", "on_track", "source"]
        ]
        rows = [
            (
                label,
                f"{fmt_num(value, 0 if float(value).is_integer() else 1, lang)} "
                + inds[indicator].unit_in(lang),
                period,
                ""
                if target is None or math.isnan(target)  # no target: None, or NaN beside others
                else text("mon.target", lang, value=fmt_num(target, 0, lang), year=year),
                track[None if on_track is None else bool(on_track)],
                source,
            )
            for label, value, indicator, period, target, year, on_track, source in shown.itertuples(
                index=False, name=None
            )
        ]
        head = [text(f"mon.{k}", lang) for k in ("indicator", "latest", "period", "goal")]
        self.latest_view.value = (
            table([*head, "", text("mon.source", lang)], rows)
            if rows
            else f'<div class="pl-help">{esc(text("mon.no_observations", lang))}</div>'
        )
        codes = list(self.indicators.value)
        if not codes:
            self.chart.value = b""
            return
        fig = trend_chart(self.ws, village, codes, lang)
        buffer = io.BytesIO()
        fig.savefig(buffer, format="png", dpi=90)
        self.chart.value = buffer.getvalue()

    def import_upload(self) -> monitoring.ImportResult:
        if not self.upload.value:
            raise PlanningError(key="mon.need_file")
        item = self.upload.value[0]
        name = Path(item["name"]).name
        with tempfile.TemporaryDirectory() as tmp:
            path = Path(tmp) / name
            path.write_bytes(bytes(item["content"]))
            result = monitoring.import_observations(self.ws, path)
        done = text("mon.imported", self.lang, new=result.imported, updated=result.replaced)
        self.status.value = f'<div class="pl-status-ok">{esc(name)}: {esc(done)}</div>'
        not_read = esc(text("mon.not_read", self.lang))
        self.problems_view.value = (
            ""
            if result.ok
            else f'<div class="pl-note"><b>{not_read}</b><br>'
            + "<br>".join(esc(p.text_in(self.lang)) for p in result.problems)
            + "</div>"
        )
        self.refresh()
        return result
