"""The button that writes a village's plan (PDF and Excel) into the workspace's plannen/.

A button, not a cell that runs on opening: a page in Voila or a "Run All" never writes
files by itself, and the plan is made for the village chosen in the picker.
"""

from __future__ import annotations

import html
import os
from pathlib import Path
from urllib.parse import quote

import ipywidgets as w

from planning.errors import PlanningError
from planning.i18n import text
from planning.plan.files import PLANS_ROUTE, plans_dir
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
        """Write the plan now; the status links each file (in the app) and names the
        folder it is in, in full: staff must find the PDF without knowing the workspace."""
        lang = self.ws.settings.lang
        self.button.disabled = True
        try:
            folder = plans_dir(self.ws)
            self.written = export_village(self.ws, self.village, folder, self.formats)
            self.status.value = self._written_html(folder, lang)
        except PlanningError as exc:
            words = html.escape(exc.text_in(lang))
            self.status.value = f"<span style='padding-left: 10px'>{words}</span>"
        finally:
            self.button.disabled = False
        return self.written

    def _written_html(self, folder: Path, lang: str) -> str:
        """One line per file: a link that opens it where a server serves the plans (the
        app: planning.cli._voila_hooks), then the full path of the folder."""
        base = os.environ.get("VOILA_BASE_URL")
        lines = []
        for file in self.written:
            kind = text(f"export.kind.{file.suffix.lstrip('.').lower()}", lang)
            label = html.escape(text("export.open", lang, kind=kind, file=file.name))
            if base is not None:
                href = html.escape(f"{base}{PLANS_ROUTE}{quote(file.name)}", quote=True)
                lines.append(f"<a href='{href}' target='_blank' class='pl-plan-link'>{label}</a>")
            else:
                lines.append(label)
        where = html.escape(text("export.where", lang, path=str(folder.resolve())))
        items = "".join(f"<li>{line}</li>" for line in lines)
        return f"<div style='padding-left: 10px'><ul>{items}</ul><p>{where}</p></div>"

    def _repr_mimebundle_(self, **kwargs: object) -> object:
        return self.widget._repr_mimebundle_(**kwargs)
