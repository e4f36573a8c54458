"""The village picker at the top of every notebook: a dropdown that redraws every view.

Each view lives in a small widget (an HTML table, a PNG image, or the view's own widget) that
the dropdown refills, so choosing another village redraws it in JupyterLab and in Voila alike
(Voila does not apply display-id updates). The same output also carries the view as plain
HTML or PNG with its plain text, so a papermill run, an exported HTML page or any reader
without widgets still shows the table or chart; never a Python repr.
"""

from __future__ import annotations

import base64
import io
from collections.abc import Callable
from pathlib import Path
from typing import Any

import ipywidgets as w
import PIL.Image
from IPython.display import display as ipython_display

from planning.errors import PlanningError
from planning.i18n import text
from planning.plan.build import build_plan
from planning.plan.village_plan import VillagePlan
from planning.report.views import Prose
from planning.report.workbook_views import VIEWS
from planning.workspace.folder import Workspace, open_workspace

View = Callable[..., Any]  # (plan, **options) -> a table, chart, words or widget

#: IPython's display() has no type hints; typed here so calling it is checked as a call
display: Callable[..., None] = ipython_display


def figure_png(fig: Any, dpi: int = 110) -> bytes:
    """A matplotlib Figure as PNG bytes (no pyplot, no GUI backend); cropped to what is drawn,
    so a long colour-bar label or legend is never cut off at the edge."""
    buffer = io.BytesIO()
    fig.savefig(buffer, format="png", dpi=dpi, bbox_inches="tight", pad_inches=0.08)
    return buffer.getvalue()


def bundle(obj: Any, lang: str = "nl") -> dict[str, Any] | None:
    """The MIME bundle a frontend shows for a view; None for a widget (displayed as is).

    A table carries its plain text and a chart its title beside the HTML or PNG, so even a
    reader without HTML never sees a Python repr.
    """
    if obj is None:
        obj = Prose(text("view.nothing", lang), "note")
    if hasattr(obj, "savefig"):
        titles = [obj.get_suptitle()]
        titles += [ax.get_title(loc) for ax in obj.axes for loc in ("left", "center")]
        title = next((t for t in titles if t), text("view.chart", lang))
        return {"image/png": base64.b64encode(figure_png(obj)).decode(), "text/plain": title}
    if hasattr(obj, "_repr_png_"):
        return {"image/png": base64.b64encode(obj._repr_png_()).decode(), "text/plain": str(obj)}
    if hasattr(obj, "to_html") and hasattr(obj, "data"):  # a pandas Styler
        # a wide table scrolls sideways inside its output instead of being cut off
        html = f'<div style="overflow-x: auto; max-width: 100%;">{obj.to_html()}</div>'
        return {"text/html": html, "text/plain": obj.data.to_string(index=False)}
    if isinstance(obj, Prose):
        return {"text/html": obj.html(), "text/markdown": obj.markdown(), "text/plain": obj.text}
    if isinstance(obj, w.Widget) or hasattr(obj, "_repr_mimebundle_"):
        return None  # a widget (or a view wrapping one) draws itself
    return {"text/plain": str(obj)}


def show(obj: Any, lang: str = "nl") -> None:
    """Display a view (table, chart, prose) as staff should see it: no Python repr."""
    data = bundle(obj, lang)
    display(obj) if data is None else display(data, raw=True)


def as_widget(obj: Any, lang: str = "nl") -> w.Widget:
    """A view as a widget the picker can swap: a table or words as HTML, a chart as a PNG
    image, a widget (or a view holding one in ``.widget``) as itself."""
    if isinstance(obj, w.Widget):
        return obj
    if isinstance(getattr(obj, "widget", None), w.Widget):
        return obj.widget
    data = bundle(obj, lang) or {}
    if "image/png" in data:
        png = base64.b64decode(data["image/png"])
        # at its own size (narrower on a narrow screen): a wide page never blows it up
        width = PIL.Image.open(io.BytesIO(png)).width
        return w.Image(
            value=png, format="png", layout=w.Layout(width=f"{width}px", max_width="100%")
        )
    if "text/html" in data:
        return w.HTML(data["text/html"])
    return w.HTML(Prose(data.get("text/plain", ""), "note").html())


class VillagePicker:
    """A dropdown of the workspace's villages; :meth:`show` adds a view that follows it.

    ``village`` is the papermill parameter's value and the dropdown's first choice.
    """

    def __init__(
        self, workspace: Workspace | Path | str | None = None, village: str = "roden"
    ) -> None:
        self.ws = workspace if isinstance(workspace, Workspace) else open_workspace(workspace)
        self.lang = self.ws.settings.lang
        villages = self.ws.villages.sort_values("name")
        options = [(str(r.name), str(r.village_id)) for r in villages.itertuples()]
        self.ws.village(village)  # an unknown village stops here, in Dutch
        self.dropdown = w.Dropdown(
            options=options,
            value=village,
            description=text("view.picker", self.lang),
            layout=w.Layout(width="360px"),
            style={"description_width": "60px"},
        )
        self._views: list[tuple[View, w.Box]] = []
        #: one box per view shown, in order: what staff see below each cell
        self.slots: list[w.Box] = []
        self._plans: dict[str, VillagePlan] = {}
        self._mark(village)
        self.dropdown.observe(self._changed, names="value")

    def _mark(self, village: str, before: str | None = None) -> None:
        """The chosen kern as the dropdown's CSS class ``pl-village-<id>``: the app's page
        reads it to carry the kern into its link and the links to the other steps."""
        if before is not None:
            self.dropdown.remove_class(f"pl-village-{before}")
        self.dropdown.add_class(f"pl-village-{village}")

    @property
    def village(self) -> str:
        return str(self.dropdown.value)

    @property
    def plan(self) -> VillagePlan:
        """The chosen village's plan (built once per village: a tenth of a second)."""
        if self.village not in self._plans:
            self._plans[self.village] = build_plan(self.ws, self.village)
        return self._plans[self.village]

    def show(self, view: str | View, **options: Any) -> None:
        """Show a view (a name from planning.report.workbook_views.VIEWS, or a function of
        the plan) below the current cell; it is redrawn when another village is chosen.

        An option given as a widget (:meth:`theme_choice`, :meth:`age_choice`) is shown
        above the view, and changing it redraws this view with its new value.
        """
        live = {k: v for k, v in options.items() if isinstance(v, w.ValueWidget)}

        def render(plan: VillagePlan) -> Any:
            values = {k: (v.value if k in live else v) for k, v in options.items()}
            return VIEWS[view](plan, **values) if isinstance(view, str) else view(plan, **values)

        if live:
            display(w.HBox(list(live.values())))
        obj = self._draw(render)
        slot = w.VBox([as_widget(obj, self.lang)])
        self.slots.append(slot)
        self._views.append((render, slot))
        data = dict(slot._repr_mimebundle_() or {})
        data |= bundle(obj, self.lang) or {"text/plain": text("view.widget", self.lang)}
        display(data, raw=True)
        for control in live.values():
            control.observe(lambda _c, r=render, sl=slot: self._redraw(r, sl), names="value")

    def theme_choice(self, value: str) -> w.Dropdown:
        """A dropdown of the workspace's themes by their Dutch (or English) names."""
        settings = self.ws.settings
        options = [(settings.theme_label(code, self.lang), code) for code in settings.themes]
        return w.Dropdown(options=options, value=value, description=text("theme", self.lang))

    def age_choice(self, value: int) -> w.BoundedIntText:
        """An age in years (0-110), typed or stepped."""
        return w.BoundedIntText(
            value=value,
            min=0,
            max=110,
            description=text("age", self.lang),
            layout={"width": "180px"},
        )

    def _draw(self, render: View) -> Any:
        """The view for the chosen village; a problem in the files reads as its Dutch
        message in place of the view (a dropdown change has no cell to show a traceback)."""
        try:
            return render(self.plan)
        except PlanningError as exc:
            return Prose(exc.text_in(self.lang), "note")

    def _changed(self, change: dict[str, Any]) -> None:
        self._mark(str(change["new"]), str(change["old"]))
        self._plans.pop(self.village, None)  # files may have changed since: read them again
        for render, slot in self._views:
            self._redraw(render, slot)

    def _redraw(self, render: View, slot: w.Box) -> None:
        slot.children = (as_widget(self._draw(render), self.lang),)

    def _repr_mimebundle_(self, **kwargs: Any) -> Any:
        data = self.dropdown._repr_mimebundle_(**kwargs)
        if isinstance(data, dict):  # the plain-text stand-in: "Kern: Roden", not a repr
            data["text/plain"] = f"{self.dropdown.description}: {self.dropdown.label}"
        return data
