"""CallbackList: who to call back, and what staff did about it, in the follow-up store.

The personal approach of the seeds: call people back several times, talk the
questionnaire through, visit at home, fill in the form together, pass a question to
the sociaal team, and close when done. Every button writes one change to the store
(``planning.store.followup``), the only place personal data lives, and the list is
read back from it, so what staff see is what is recorded.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import ipywidgets as w

from planning.errors import PlanningError
from planning.i18n import fmt_date, text
from planning.store import open_store
from planning.store.followup import contact_list, record_attempt, update_contact
from planning.widgets._style import CSS, cap, esc, table
from planning.workspace.codes import FOLLOWUP_OUTCOMES
from planning.workspace.folder import Workspace, open_workspace


class CallbackList:
    """Open call-backs of a village (or all); a test picks ``person`` and clicks a button."""

    def __init__(
        self,
        workspace: Workspace | Path | str | None = None,
        village: str | None = None,
        lang: str | None = None,
    ) -> None:
        self.ws = workspace if isinstance(workspace, Workspace) else open_workspace(workspace)
        self.store = open_store(self.ws)
        lang = self.lang = lang or self.ws.settings.lang
        if village:
            self.ws.village(village)
        self.village = village
        self.person = w.Dropdown(description=text("callback.person", lang))
        self.person.layout = w.Layout(width="520px")
        self.on = w.DatePicker(value=date.today(), description=text("entry.date", lang))
        self.outcome = w.Dropdown(
            options=[(text(f"followup.{o}", lang), o) for o in FOLLOWUP_OUTCOMES],
            value="reached",
            description=text("callback.outcome", lang),
        )
        self.note = w.Text(description=text("callback.note", lang), layout=w.Layout(width="520px"))
        self.visit_on = w.DatePicker(
            description=text("callback.visit_date", lang), style={"description_width": "110px"}
        )
        self.record = w.Button(description=text("callback.record", lang), icon="phone")
        self.plan_visit = w.Button(description=text("callback.plan_visit", lang), icon="home")
        self.together = w.Button(description=text("callback.together", lang), icon="check")
        self.pass_on = w.Button(description=text("callback.pass", lang), icon="share")
        self.close = w.Button(
            description=text("callback.close", lang), icon="times", button_style="warning"
        )
        for button in (self.record, self.plan_visit, self.together, self.pass_on, self.close):
            button.layout = w.Layout(width="auto")
        self.record.on_click(lambda _b: self._do(self._record))
        self.plan_visit.on_click(lambda _b: self._do(self._plan_visit))
        self.together.on_click(lambda _b: self._do(self._together))
        self.pass_on.on_click(lambda _b: self._do(self._pass_on))
        self.close.on_click(lambda _b: self._do(self._close))
        self.status = w.HTML()
        self.overview = w.HTML()
        self.widget = w.VBox(
            [
                w.HTML(CSS),
                w.HTML(f"<div class='pl-title'>{esc(text('callback.title', lang))}</div>"),
                w.HTML(f"<div class='pl-help'>{esc(text('callback.help', lang))}</div>"),
                self.person,
                w.HBox([self.on, self.outcome]),
                self.note,
                w.HBox([self.record, self.together, self.pass_on, self.close]),
                w.HBox([self.visit_on, self.plan_visit]),
                self.status,
                self.overview,
            ]
        )
        self.widget.add_class("pl-app")
        self.refresh()

    def open_contacts(self) -> list[dict[str, Any]]:
        """Who asked for contact and is not closed, with their attempts (from the store)."""
        people = contact_list(self.store, self.village)
        return [p for p in people if not p["closed"]]

    def refresh(self) -> None:
        """Re-read the store: the picker and the overview show what is recorded."""
        people = self.open_contacts()
        chosen = self.person.value
        options = [(_who(p), (p["respondent_id"], p["source"])) for p in people]
        self.person.options = options
        keys = [key for _, key in options]
        self.person.value = chosen if chosen in keys else (keys[0] if keys else None)
        self.overview.value = self._table(people)

    def _table(self, people: list[dict[str, Any]]) -> str:
        lang = self.lang
        if not people:
            return f"<div class='pl-help'>{esc(text('callback.none', lang))}</div>"
        rows = []
        for p in people:
            tries = p["attempts"]
            last = tries[-1] if tries else None
            last_text = (
                f"{text('followup.' + last['outcome'], lang)}, {fmt_date(last['attempted_on'], lang)}"
                if last
                else "–"
            )
            visit = text(f"visit.{p['home_visit']}", lang)
            if p["home_visit_on"]:
                visit += f", {fmt_date(p['home_visit_on'], lang)}"
            notes = [t["note"] for t in tries if t.get("note")]
            note = notes[-1] if notes else "–"  # the latest note typed, as staff wrote it
            rows.append([_who(p), p.get("phone") or "–", str(len(tries)), last_text, note, visit])
        head = [
            cap(text(key, lang))
            for key in (
                "callback.person",
                "entry.phone",
                "callback.attempts",
                "callback.last",
                "callback.note",
                "callback.visit",
            )
        ]
        title = text("callback.open", lang, n=len(people))
        return f"<div class='pl-h'>{esc(title)}</div>" + table(head, rows)

    def _key(self) -> tuple[str, str]:
        if not self.person.value:
            raise PlanningError(key="callback.none")
        key: tuple[str, str] = self.person.value  # (respondent_id, source), see refresh
        return key

    def _record(self) -> str:
        rid, source = self._key()
        note = self.note.value.strip() or None
        record_attempt(self.store, rid, self.outcome.value, self.on.value, note, source=source)
        self.note.value = ""
        return text(f"followup.{self.outcome.value}", self.lang)

    def _plan_visit(self) -> str:
        rid, source = self._key()
        day = self.visit_on.value or date.today()
        update_contact(self.store, rid, source=source, home_visit="planned", home_visit_on=day)
        return f"{text('callback.visit', self.lang)} {fmt_date(day, self.lang)}"

    def _together(self) -> str:
        rid, source = self._key()
        update_contact(self.store, rid, source=source, form_together=True, home_visit=None)
        return text("callback.together", self.lang)

    def _pass_on(self) -> str:
        rid, source = self._key()
        team = text("callback.social_team", self.lang)
        update_contact(self.store, rid, source=source, passed_to=team)
        return text("callback.pass", self.lang)

    def _close(self) -> str:
        rid, source = self._key()
        update_contact(self.store, rid, source=source, closed=True)
        return text("callback.closed", self.lang)

    def _do(self, action: Any) -> None:
        who = self.person.label or ""
        try:
            what = action()
        except PlanningError as exc:
            self.status.value = f"<div class='pl-status-err'>{esc(exc.text_in(self.lang))}</div>"
            return
        message = text("callback.done", self.lang, who=who, what=what)
        self.status.value = f"<div class='pl-status-ok'>{esc(message)}</div>"
        self.refresh()

    def _repr_mimebundle_(self, **kwargs: Any) -> Any:
        return self.widget._repr_mimebundle_(**kwargs)


def _who(person: dict[str, Any]) -> str:
    """How staff recognise someone: name (or number) and village."""
    name = person.get("name") or person["respondent_id"]
    return f"{name} ({person.get('village_id') or '–'})"
