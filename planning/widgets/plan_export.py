"""The button that writes a village's plan (PDF and Excel) into the workspace's plannen/.

A button, not a cell that runs on opening: a page in Voila or a "Run All" never writes
files by itself, and the plan is made for the village chosen in the picker.
"""

from __future__ import annotations

import html
from pathlib import Path

import ipywidgets as w

from planning.errors import PlanningError
from planning.i18n import text
from planning.plan.files import plans_dir
from planning.report.export import export_village
from planning.workspace.folder import Workspace, open_workspace


class PlanExport:
    """A button "Maak het dorpsplan" with the files it wrote (or the Dutch problem) beside it."""

    def __init__(
        self,
        workspace: Workspace | Path | str | None,
        village: str,
        formats: tuple[str, ...] = ("pdf", "xlsx"),
    ) -> None:
        self.ws = workspace if isinstance(workspace, Workspace) else open_workspace(workspace)
        self.village = village
        self.formats = formats
        lang = self.ws.settings.lang
        name = str(self.ws.village(village)["name"])
        self.button = w.Button(
            description=text("export.button", lang, name=name),
            button_style="primary",
            icon="file-pdf-o",
            layout=w.Layout(width="auto"),
        )
        self.status = w.HTML()
        self.button.on_click(lambda _b: self.export())
        self.widget = w.HBox([self.button, self.status])
        self.written: list[Path] = []

    def export(self) -> list[Path]:
        """Write the plan now; the status names the files and the folder they are in."""
        lang = self.ws.settings.lang
        self.button.disabled = True
        try:
            folder = plans_dir(self.ws)
            self.written = export_village(self.ws, self.village, folder, self.formats)
            files = ", ".join(f.name for f in self.written)
            words = text("export.done", lang, files=files, folder=folder.name)
        except PlanningError as exc:
            words = exc.text_in(lang)
        finally:
            self.button.disabled = False
        self.status.value = f"<span style='padding-left: 10px'>{html.escape(words)}</span>"
        return self.written

    def _repr_mimebundle_(self, **kwargs: object) -> object:
        return self.widget._repr_mimebundle_(**kwargs)
