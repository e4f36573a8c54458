"""MonitoringView: the latest figures of a village beside their targets, and the trend."""

from __future__ import annotations

import io
import tempfile
from pathlib import Path
from typing import Any

import ipywidgets as w

from planning.analysis import monitoring
from planning.charts.monitoring import trend_chart
from planning.errors import PlanningError
from planning.i18n import fmt_num
from planning.widgets._style import CSS, esc, table
from planning.workspace.folder import Workspace, open_workspace
from planning.workspace.indicators import indicators


class MonitoringView:
    """Pick a village and indicators; upload a spreadsheet of new observations."""

    def __init__(
        self, workspace: Workspace | Path | str | None = None, village: str = "roden"
    ) -> None:
        self.ws = workspace if isinstance(workspace, Workspace) else open_workspace(workspace)
        self.ws.village(village)
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
            description="Kern",
        )
        self.indicators = w.SelectMultiple(
            options=[(i.label, c) for c, i in inds.items()],
            value=tuple(inds)[:4],
            description="Indicatoren",
            rows=min(6, max(len(inds), 2)),
            layout=w.Layout(width="420px"),
        )
        self.upload = w.FileUpload(
            accept=".csv,.xlsx", multiple=False, description="Bestand kiezen"
        )
        self.import_button = w.Button(
            description="Waarnemingen inlezen", icon="upload", button_style="info"
        )
        self.latest_view = w.HTML()
        self.chart = w.Image(format="png", layout=w.Layout(max_width="980px"))
        self.problems_view = w.HTML()
        self.village.observe(lambda _c: self.refresh(), names="value")
        self.indicators.observe(lambda _c: self.refresh(), names="value")
        self.import_button.on_click(lambda _b: self._guard(self.import_upload))
        root = w.VBox(
            [
                self.style,
                w.HTML(
                    '<div class="pl-title">Monitoring</div><div class="pl-sub">Maatschappelijke '
                    "effecten per kern, tegen de doelen per termijn.</div>"
                ),
                w.HBox([self.village, self.indicators]),
                w.HBox([self.upload, self.import_button]),
                self.status,
                self.problems_view,
                self.latest_view,
                self.chart,
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
            self.status.value = f'<div class="pl-status-err">{esc(exc)}</div>'
            return None

    def refresh(self) -> None:
        village = self.village.value
        frame = monitoring.latest(self.ws, village)
        rows = [
            (
                r.label,
                f"{fmt_num(r.value, 0 if float(r.value).is_integer() else 1)} {r.unit}",
                r.period,
                "" if r.target is None else f"{fmt_num(r.target, 0)} in {r.target_year}",
                {True: "op koers", False: "achter", None: ""}[
                    None if r.on_track is None else bool(r.on_track)
                ],
                r.source,
            )
            for r in frame.itertuples()
        ]
        self.latest_view.value = (
            table(["Indicator", "Laatste waarde", "Periode", "Doel", "", "Bron"], rows)
            if rows
            else '<div class="pl-help">Nog geen waarnemingen voor deze kern.</div>'
        )
        codes = list(self.indicators.value)
        if not codes:
            self.chart.value = b""
            return
        fig = trend_chart(self.ws, village, codes)
        buffer = io.BytesIO()
        fig.savefig(buffer, format="png", dpi=90)
        self.chart.value = buffer.getvalue()

    def import_upload(self) -> monitoring.ImportResult:
        if not self.upload.value:
            raise PlanningError("kies eerst een bestand (CSV of XLSX) met waarnemingen")
        item = self.upload.value[0]
        name = Path(item["name"]).name
        with tempfile.TemporaryDirectory() as tmp:
            path = Path(tmp) / name
            path.write_bytes(bytes(item["content"]))
            result = monitoring.import_observations(self.ws, path)
        self.status.value = (
            f'<div class="pl-status-ok">{esc(name)}: {result.imported} nieuw, '
            f"{result.replaced} bijgewerkt.</div>"
        )
        self.problems_view.value = (
            ""
            if result.ok
            else '<div class="pl-note"><b>Niet ingelezen:</b><br>'
            + "<br>".join(esc(p) for p in result.problems)
            + "</div>"
        )
        self.refresh()
        return result
