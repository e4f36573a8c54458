"""SessionApp: the screen for a working-group or sounding-board meeting.

Residents and partners use it without seeing code (``planning session`` serves
it through Voila). Every click writes one row to the store at once, and the
result panel on the right is redrawn from the store after each input, so what
the projector shows is what was saved, including votes from a second screen
(press the refresh button or let ``start_polling`` pick them up). Every word comes from
the catalogue in the app's ``lang`` (default: the workspace's).
"""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path
from typing import Any

import ipywidgets as w
import pandas as pd

from planning.errors import PlanningError
from planning.i18n import text
from planning.store import session_results
from planning.store import sessions as api
from planning.widgets._style import CSS, cap, esc, heading, said
from planning.widgets.plan_states import PlanStates
from planning.widgets.session_decisions import DecisionsPanel
from planning.widgets.session_projector import ProjectorView
from planning.widgets.session_voting import VotingPanel
from planning.workspace.folder import Workspace, open_workspace

__all__ = ["SessionApp"]


def session_labels(frame: pd.DataFrame, names: dict[Any, Any], lang: str) -> list[tuple[str, int]]:
    """The choice of sessions: date, kern and title; two with the same date and title (a
    working group met twice that day, or a session started again) get the time each was
    started, and the session's number when even that is the same."""
    columns = ["held_on", "village_id", "title", "created_at", "session_id"]
    rows = list(frame[columns].itertuples(index=False, name=None))
    base = [f"{held:%d-%m-%Y} · {names.get(vid, vid)} · {title}" for held, vid, title, *_ in rows]
    labels = []
    for label, (*_, created_at, _) in zip(base, rows, strict=True):
        if base.count(label) > 1:
            started = pd.Timestamp(created_at)
            label += " · " + text("meet.started_at", lang, time=f"{started:%H:%M}")
        labels.append(label)
    return [
        (f"{label} (nr. {int(sid)})" if labels.count(label) > 1 else label, int(sid))
        for label, (*_, sid) in zip(labels, rows, strict=True)
    ]


class SessionApp(VotingPanel, DecisionsPanel, ProjectorView):
    """Choose or create a session, then record attendance, dots, rankings, cards, decisions.

    The voting widgets and handlers live in VotingPanel, the cards and decisions in
    DecisionsPanel, the "Beamer" view in ProjectorView; this class is the shell: the
    session chooser, the layout, the result panel and the polling for a second screen.
    """

    def __init__(
        self,
        workspace: Workspace | Path | str | None = None,
        village: str | None = None,
        session_id: int | None = None,
        ranking_places: int = 3,
        lang: str | None = None,
    ) -> None:
        self.ws = workspace if isinstance(workspace, Workspace) else open_workspace(workspace)
        self.lang = lang = lang or self.ws.settings.lang
        villages = self.ws.villages
        self.village = village if village in set(villages["village_id"]) else None
        self.session_id: int | None = None
        self._seen_revision = -1
        lay = w.Layout

        # -- header and status
        self.style = w.HTML(CSS)
        self.header = w.HTML()
        self.status = w.HTML()

        # -- choose or create a session
        self.session_select = w.Dropdown(
            description=text("meet.session", lang), layout=lay(width="460px")
        )
        self.session_select.style.description_width = "110px"
        self.session_select.add_class("pl-session-select")
        self.new_title = w.Text(
            description=text("meet.title", lang),
            placeholder=text("meet.title_example", lang),
            layout=lay(width="460px"),
        )
        self.new_kind = w.ToggleButtons(
            options=[(cap(text(f"session.{k}", lang)), k) for k in api.SESSION_KINDS],
            description=text("meet.kind", lang),
        )
        village_options = [
            (str(n), str(v)) for v, n in zip(villages["village_id"], villages["name"], strict=False)
        ]
        self.new_village = w.Dropdown(
            options=village_options,
            value=self.village or (village_options[0][1] if village_options else None),
            description=text("meet.village", lang),
        )
        self.new_date = w.DatePicker(description=text("meet.date", lang), value=date.today())
        self.new_dots = w.BoundedIntText(
            value=3, min=1, max=20, description=text("meet.dots_pp", lang)
        )
        self.new_options = w.ToggleButtons(
            options=[
                (text(f"meet.options.{source}", lang), source)
                for source in ("theme", "scenario", "action")
            ],
            description=text("meet.vote_on", lang),
        )
        self.new_options.style.button_width = "150px"
        for widget in (
            self.new_title,
            self.new_kind,
            self.new_village,
            self.new_date,
            self.new_dots,
            self.new_options,
        ):
            widget.style.description_width = "110px"
        self.create_button = w.Button(
            description=text("meet.create", lang),
            button_style="success",
            icon="plus",
            layout=lay(width="260px"),
        )

        self._init_voting(ranking_places)
        self._init_decisions()
        self.plan_states = PlanStates(self.ws, self.village, lang, via="session")
        self._init_projector()

        # -- results for the projector
        self.result_mode = w.ToggleButtons(
            options=[
                (text(f"meet.tab.{mode}", lang), mode)
                for mode in ("dots", "ranking", "attendance", "cards")
            ],
        )
        self.result_mode.style.button_width = "112px"  # "Goed / beter" whole
        self.refresh_button = w.Button(
            description=text("meet.refresh", lang),
            icon="refresh",
            layout=lay(width="120px", flex="0 0 auto"),
        )
        self.results = w.HTML()
        self.results.add_class("pl-result-body")

        self._wire()
        self.widget = self._layout()
        self._load_sessions(session_id)

    # -- layout ---------------------------------------------------------------------------------
    @classmethod
    def served(
        cls, workspace: Workspace | Path | str | None = None, village: str | None = None
    ) -> SessionApp:
        """The app as notebook 06 shows it: the village and language ``planning session``
        handed over (PLANNING_VILLAGE, PLANNING_LANG; unset: ``village`` and the workspace's
        language), and polling, so votes from a second screen appear by themselves. Here
        rather than in the notebook, which stays a few lines staff can read."""
        app = cls(
            workspace,
            village=os.environ.get("PLANNING_VILLAGE") or village,
            lang=os.environ.get("PLANNING_LANG") or None,
        )
        app.start_polling()
        return app

    def _layout(self) -> w.Widget:
        lang = self.lang

        def h(key: str, with_help: bool = False) -> w.HTML:
            """A heading (``meet.h.<key>``), with its hint (``meet.help.<key>``) below."""
            hint = text(f"meet.help.{key}", lang) if with_help else ""
            return heading(text(f"meet.h.{key}", lang), hint)

        start = w.VBox(
            [
                h("choose", True),
                self.session_select,
                h("new"),
                self.new_title,
                self.new_kind,
                self.new_village,
                self.new_date,
                self.new_dots,
                self.new_options,
                self.create_button,
                h("options", True),
                w.HBox([self.option_label, self.option_button]),
                h("facilitator", True),
            ]
        )
        grid = list(self.attendance_inputs.values())
        present = w.VBox(
            [
                h("present", True),
                w.GridBox(grid, layout=w.Layout(grid_template_columns="repeat(2, 240px)")),
                self.attendance_total,
            ]
        )
        vote = w.VBox(
            [
                h("dots", True),
                w.HBox([self.participant, self.next_participant]),
                self.dots_info,
                self.vote_box,
                self.undo_button,
            ]
        )
        rank = w.VBox(
            [
                h("ranking", True),
                self.participant,
                self.rank_box,
                w.HBox([self.rank_button, self.undo_button]),
            ]
        )
        card = w.VBox(
            [
                h("cards"),
                self.card_kind,
                self.card_text,
                self.card_theme,
                self.card_button,
                self.cards_view,
            ]
        )
        decide = w.VBox(
            [
                h("decisions", True),
                self.decision_title,
                self.decision_kind,
                self.decision_themes,
                self.decision_owner,
                self.owner_search,
                self.decision_horizon,
                self.decision_start,
                self.decision_cost,
                self.decision_button,
                self.decisions_view,
                self.plan_states.widget,
            ]
        )
        self.tabs = w.Tab(children=[start, present, vote, rank, card, decide])
        tabs = ("session", "attendance", "dots", "ranking", "cards", "decisions")
        for i, tab in enumerate(tabs):
            self.tabs.set_title(i, text(f"meet.tab.{tab}", lang))
        self.tabs.layout = w.Layout(width="58%")
        results = w.VBox(
            [
                h("result"),
                w.HBox([self.result_mode, self.refresh_button, self.projector_button]),
                self.results,
                self.projector_decisions,
            ],
            layout=w.Layout(width="42%"),
        )
        results.add_class("pl-results")
        root = w.VBox(
            [
                self.style,
                self.projector_style,
                self.header,
                self.status,
                w.HBox([self.tabs, results]),
            ]
        )
        root.add_class("pl-app")
        return root

    def _repr_mimebundle_(self, **kwargs: Any) -> Any:
        return self.widget._repr_mimebundle_(**kwargs)

    # -- events ---------------------------------------------------------------------------------
    def _wire(self) -> None:
        self.create_button.on_click(lambda _b: self._guard(self.create))
        self.option_button.on_click(lambda _b: self._guard(self.add_option))
        self.session_select.observe(self._on_session, names="value")
        for kind, widget in self.attendance_inputs.items():
            widget.observe(lambda change, k=kind: self._on_attendance(k, change), names="value")
        self.participant.observe(lambda _c: self._show_dots_left(), names="value")
        self.next_participant.on_click(lambda _b: self._next_participant())
        self.rank_button.on_click(lambda _b: self._guard(self.save_ranking))
        self.card_button.on_click(lambda _b: self._guard(self.save_card))
        self.decision_button.on_click(lambda _b: self._guard(self.save_decision))
        self.decision_horizon.observe(self._on_horizon, names="value")
        self.owner_search.observe(lambda _c: self._show_owners(), names="value")
        self.undo_button.on_click(lambda _b: self._guard(self.undo))
        self.result_mode.observe(lambda _c: self.refresh(), names="value")
        self.refresh_button.on_click(lambda _b: self.refresh())

    def _guard(self, action: Any, *args: Any) -> Any:
        try:
            result = action(*args)
        except PlanningError as exc:
            self._say(said(exc, self.lang), error=True)
            return None
        return result

    def _say(self, text: str, error: bool = False) -> None:
        css = "pl-status-err" if error else "pl-status-ok"
        text = text[:1].upper() + text[1:]
        self.status.value = f'<div class="{css}">{esc(text)}</div>'

    def _need_session(self) -> int:
        if self.session_id is None:
            raise PlanningError(key="meet.need_session")
        return self.session_id

    # -- sessions -------------------------------------------------------------------------------
    def _load_sessions(self, select: int | None = None) -> None:
        frame = session_results.list_sessions(self.ws, None)
        if self.village:
            frame = frame[frame["village_id"] == self.village]
        names = dict(zip(self.ws.villages["village_id"], self.ws.villages["name"], strict=False))
        opts = session_labels(frame, names, self.lang)
        self.session_select.options = [(text("meet.choose_session", self.lang), 0), *opts]
        ids = [o[1] for o in opts]
        if select in ids:
            self.session_select.value = select
        elif self.session_id not in ids:
            self.session_select.value = 0
            self._set_session(None)

    def _on_session(self, change: dict[str, Any]) -> None:
        self._guard(self._set_session, change["new"] or None)

    def _set_session(self, session_id: int | None) -> None:
        self.session_id = session_id
        self._seen_revision = -1
        lang = self.lang
        if session_id is None:
            self.header.value = (
                f'<div class="pl-title">{esc(text("meet.tab.session", lang))}</div>'
                f'<div class="pl-sub">{esc(text("meet.choose_or_new", lang))}</div>'
            )
            self._build_options()
            self._show_owners(self.village)
            self.refresh()
            return
        info = api.get_session(self.ws, session_id)
        self._show_owners(info["village_id"])
        self.plan_states.show(info["village_id"])
        kind = text(f"session.{info['kind']}", lang)
        name = self.ws.village(info["village_id"])["name"]
        dots = text("meet.dots_each", lang, n=info["dots_per_participant"])
        self.header.value = (
            f'<div class="pl-title">{esc(info["title"])}</div>'
            f'<div class="pl-sub">{esc(kind.capitalize())} · {esc(name)} · '
            f"{info['held_on']:%d-%m-%Y} · {esc(dots)}</div>"
        )
        att = session_results.attendance(self.ws, session_id)
        counts = dict(zip(att["org_kind"], att["count"], strict=False))
        self._loading = True
        try:
            for kind_code, widget in self.attendance_inputs.items():
                widget.value = int(counts.get(kind_code, 0))
        finally:
            self._loading = False
        self._build_options()
        self.refresh()

    def create(self) -> int:
        """Start a new session from the form; it becomes the chosen one."""
        source = self.new_options.value
        opts: list[tuple[str, str]] | None = None
        if source == "scenario":
            opts = session_results.scenario_options(self.ws, self.new_village.value)
        elif source == "action":
            opts = []
        session_id = api.create_session(
            self.ws,
            kind=self.new_kind.value,
            village_id=self.new_village.value,
            title=self.new_title.value,
            held_on=self.new_date.value,
            dots_per_participant=int(self.new_dots.value),
            options=opts,
            option_kind="theme" if source == "theme" else "action",
            lang=self.lang,
        )
        if self.village and self.new_village.value != self.village:
            self.village = None
        self._load_sessions(session_id)
        self._say(text("meet.started", self.lang, title=self.new_title.value.strip()))
        return session_id

    # -- results --------------------------------------------------------------------------------
    def refresh(self) -> None:
        """Redraw the result panel and lists from the store."""
        if self.session_id is None:
            none = esc(text("meet.no_session", self.lang))
            self.results.value = f'<div class="pl-help">{none}</div>'
            self.cards_view.value = self.decisions_view.value = self.attendance_total.value = ""
            self.projector_decisions.value = ""
            return
        sid = self.session_id
        self._seen_revision = session_results.revision(self.ws, sid)
        mode = self.result_mode.value
        if mode in ("dots", "ranking", "attendance"):
            body = self._tally_html(sid, mode)
        else:
            body = self._cards_html()
        self.results.value = body
        self.cards_view.value = self._cards_html()
        self.decisions_view.value = self._decisions_html()
        self.projector_decisions.value = self._projector_decisions_html(self.decisions_view.value)
        att = session_results.attendance(self.ws, sid)
        total = esc(text("meet.total_present", self.lang))
        self.attendance_total.value = (
            f'<div class="pl-sub">{total} <b>{int(att["count"].sum())}</b></div>'
        )
