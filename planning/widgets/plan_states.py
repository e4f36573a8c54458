"""PlanStates: record how each action and commitment of a kern's newest plan stands.

The monitoring page and the session app's decisions tab both carry it, so staff record a
state where they learn it (a monitoring round, a working group saying the mantelzorgcafé
stopped); ``planning plan state`` does the same from the command line. Every recording is
kept (planning.store.plan_records); the next plan of the kern shows the newest one.
"""

from __future__ import annotations

from typing import Any

import ipywidgets as w

from planning.errors import PlanningError
from planning.i18n import fmt_date, text
from planning.store import open_store
from planning.store.plan_records import STATES, PlanRecord, find_plan, record_state
from planning.widgets._style import cap, esc, heading, said, table
from planning.workspace.folder import Workspace


class PlanStates:
    """The newest plan's items with their states, and a form to record one."""

    def __init__(
        self, ws: Workspace, village: str | None, lang: str, via: str = "monitoring"
    ) -> None:
        self.ws, self.lang, self.via = ws, lang, via
        self.village: str | None = None
        self.item = w.Dropdown(
            description=text("states.item", lang), layout=w.Layout(width="560px")
        )
        self.state = w.ToggleButtons(
            options=[(cap(text(f"state.{s}", lang)), s) for s in STATES],
            description=text("states.state", lang),
        )
        self.note = w.Text(
            description=text("states.note", lang),
            placeholder=text("states.note_hint", lang),
            layout=w.Layout(width="560px"),
        )
        for widget in (self.item, self.state, self.note):
            widget.style.description_width = "110px"
        self.button = w.Button(
            description=text("states.record", lang), button_style="success", icon="check"
        )
        self.status = w.HTML()
        self.view = w.HTML()
        self.button.on_click(lambda _b: self._guard(self.record))
        self.form = w.VBox([self.item, self.state, self.note, self.button])
        self.widget = w.VBox(
            [
                heading(text("states.title", lang), text("states.hint", lang)),
                self.view,
                self.form,
                self.status,
            ]
        )
        self.show(village)

    def _repr_mimebundle_(self, **kwargs: Any) -> Any:
        return self.widget._repr_mimebundle_(**kwargs)

    def _guard(self, action: Any) -> Any:
        try:
            return action()
        except PlanningError as exc:
            self.status.value = f'<div class="pl-status-err">{esc(said(exc, self.lang))}</div>'
            return None

    def _plan(self) -> PlanRecord | None:
        if self.village is None:
            return None
        try:
            return find_plan(open_store(self.ws), self.village, None)
        except PlanningError:
            return None

    def show(self, village: str | None) -> None:
        """Show the newest plan of ``village`` (nothing to record without one)."""
        self.village, lang = village, self.lang
        plan = self._plan()
        if plan is None:
            self.view.value = f'<div class="pl-help">{esc(text("states.no_plan", lang))}</div>'
            self.form.layout.display = "none"
            return
        self.form.layout.display = None
        self.item.options = [
            (f"{text(f'earlier.kind.{it.kind}', lang)}: {_what(it)}", f"{it.kind}|{it.item}")
            for it in plan.items
        ]
        rows = [
            (
                text(f"earlier.kind.{it.kind}", lang),
                _what(it),
                text(f"state.{it.state}" if it.state else "state.unknown", lang),
            )
            for it in plan.items
        ]
        intro = text("states.plan", lang, number=plan.number, date=fmt_date(plan.made_on, lang))
        heads = [text(f"earlier.col.{c}", lang) for c in ("kind", "what", "state")]
        self.view.value = f'<div class="pl-help">{esc(intro)}</div>' + table(heads, rows)

    def record(self) -> PlanRecord:
        if self.village is None or not self.item.value:
            raise PlanningError(key="states.no_plan")
        kind, item = str(self.item.value).split("|", 1)
        plan = record_state(
            open_store(self.ws), self.village, kind, item, self.state.value,
            note=self.note.value.strip(), via=self.via, lang=self.lang,
        )  # fmt: skip
        words = text(
            "cli.plan.recorded", self.lang, kind=text(f"earlier.kind.{kind}", self.lang),
            item=item, number=plan.number, village=self.ws.village(self.village)["name"],
            state=text(f"state.{self.state.value}", self.lang),
        )  # fmt: skip
        self.status.value = f'<div class="pl-status-ok">{esc(words)}</div>'
        self.note.value = ""
        self.show(self.village)
        return plan


def _what(item: Any) -> str:
    return item.item if item.kind == "action" else f"{item.item}: {item.description}"
