"""The voting half of the session screen: attendance, dot voting and ranking.

A mixin of SessionApp (planning.widgets.session_app): it builds its own widgets in
``_init_voting`` and relies on the app for the store (``ws``), the chosen session
and the status line (``_need_session``, ``_guard``, ``_say``, ``refresh``).
"""

from __future__ import annotations

from typing import Any

import ipywidgets as w

from planning.charts.style import PALETTE
from planning.i18n import text
from planning.store import session_results, session_undo
from planning.store import sessions as api
from planning.widgets._style import bars, cap, esc
from planning.widgets.session_host import SessionHost

#: a placeholder no catalogue sentence holds, replaced by markup after escaping
_SLOT = "\x00"


class VotingPanel(SessionHost):
    """Attendance per kind of organisation, one dot per click, a ranking per participant."""

    def _init_voting(self, ranking_places: int) -> None:
        lay = w.Layout
        lang = self.lang

        # -- options added during the meeting
        self.option_label = w.Text(
            description=text("meet.new_option", lang),
            placeholder=text("meet.option_example", lang),
            layout=lay(width="460px"),
        )
        self.option_label.style.description_width = "110px"
        self.option_button = w.Button(description=text("meet.add_option", lang), icon="plus")

        # -- attendance
        self.attendance_inputs: dict[str, w.BoundedIntText] = {
            kind: w.BoundedIntText(
                value=0,
                min=0,
                max=999,
                description=cap(text(f"org.{kind}", lang)),
                layout=lay(width="230px"),
            )
            for kind in api.ORG_KINDS
        }
        for widget in self.attendance_inputs.values():
            widget.style.description_width = "110px"
        self.attendance_total = w.HTML()

        # -- dot voting
        self.participant = w.BoundedIntText(
            value=1,
            min=1,
            max=999,
            description=text("meet.participant", lang),
            layout=lay(width="220px"),
        )
        self.participant.style.description_width = "110px"
        self.participant.add_class("pl-participant")
        self.next_participant = w.Button(
            description=text("meet.next_participant", lang),
            icon="arrow-right",
            layout=lay(width="190px"),
        )
        self.dots_info = w.HTML()
        self.vote_buttons: dict[str, w.Button] = {}
        self.vote_box = w.VBox()
        self.vote_box.add_class("pl-vote")

        # -- ranking
        self.ranking_places = ranking_places
        self.rank_selects: list[w.Dropdown] = []
        self.rank_box = w.VBox()
        self.rank_button = w.Button(
            description=text("meet.save_ranking", lang), button_style="success", icon="check"
        )

        # -- taking back the last dot or ranking given on this screen
        self.undo_button = w.Button(
            description=text("meet.undo", lang),
            tooltip=text("meet.undo_tip", lang),
            icon="undo",
            layout=lay(width="190px"),
        )
        self.undo_button.add_class("pl-undo")
        #: what this screen recorded, last on top: ("dot", session, participant, []) or
        #: ("ranking", session, participant, the ranking it replaced)
        self._undo_stack: list[tuple[str, int, int, list[str]]] = []

    def add_option(self) -> None:
        session_id = self._need_session()
        label = self.option_label.value.strip()
        existing = set(session_results.options(self.ws, session_id)["code"])
        code = f"actie-{len(existing) + 1}"
        while code in existing:
            code += "b"
        api.add_option(self.ws, session_id, code, label, kind="action")
        self.option_label.value = ""
        self._build_options()
        self.refresh()
        self._say(text("meet.option_added", self.lang, label=label))

    def _build_options(self) -> None:
        opts = session_results.options(self.ws, self.session_id) if self.session_id else None
        pairs = [] if opts is None else list(zip(opts["label"], opts["code"], strict=False))
        lang = self.lang
        self.vote_buttons = {}
        for label, code in pairs:
            button = w.Button(
                description=str(label),
                tooltip=text("meet.one_dot", lang, label=label),
                icon="circle",
                layout=w.Layout(width="98%", height="46px"),
            )
            button.style.button_color = PALETTE["green_light"]
            button.style.font_size = "16px"
            button.add_class(f"pl-vote-{code}")
            button.on_click(lambda _b, c=code: self._guard(self.vote, c))
            self.vote_buttons[code] = button
        self.vote_box.children = list(self.vote_buttons.values()) or [
            w.HTML(f'<div class="pl-help">{esc(text("meet.no_options", lang))}</div>')
        ]
        choice = [(text("meet.no_choice", lang), ""), *pairs]
        places = min(self.ranking_places, len(pairs)) if pairs else 0
        self.rank_selects = [
            w.Dropdown(
                options=choice,
                value="",
                description=text("meet.nth_choice", lang, n=i + 1),
                layout=w.Layout(width="460px"),
            )
            for i in range(places)
        ]
        for widget in self.rank_selects:
            widget.style.description_width = "110px"
        self.rank_box.children = self.rank_selects
        self._show_dots_left()

    # -- inputs ---------------------------------------------------------------------------------
    _loading = False

    def _on_attendance(self, kind: str, change: dict[str, Any]) -> None:
        if self._loading or self.session_id is None:
            return
        self._guard(api.record_attendance, self.ws, self.session_id, kind, int(change["new"]))
        self.refresh()

    def vote(self, option: str) -> int:
        """One dot from the current participant on ``option``; returns the dots left."""
        session_id = self._need_session()
        left = api.cast_dots(self.ws, session_id, int(self.participant.value), option)
        self._undo_stack.append(("dot", session_id, int(self.participant.value), []))
        label = self.vote_buttons[option].description if option in self.vote_buttons else option
        self._say(text("meet.dot_saved", self.lang, label=label))
        self._show_dots_left()
        self.refresh()
        return left

    def _next_participant(self) -> None:
        self.participant.value = min(self.participant.value + 1, self.participant.max)

    def _show_dots_left(self) -> None:
        if self.session_id is None:
            self.dots_info.value = ""
            return
        left = session_results.dots_left(self.ws, self.session_id, int(self.participant.value))
        total = api.get_session(self.ws, self.session_id)["dots_per_participant"]
        n = self.participant.value
        # the number left in bold: escape the words first, then put it in
        words = esc(text("meet.dots_left", self.lang, n=n, left=_SLOT, total=total))
        words = words.replace(_SLOT, f"<b>{left}</b>")
        self.dots_info.value = f'<div class="pl-sub">{words}</div>'

    def save_ranking(self) -> None:
        session_id = self._need_session()
        chosen = [s.value for s in self.rank_selects if s.value]
        participant = int(self.participant.value)
        before = session_undo.ranking_of(self.ws, session_id, participant)
        api.record_ranking(self.ws, session_id, participant, chosen)
        self._undo_stack.append(("ranking", session_id, participant, before))
        for select in self.rank_selects:
            select.value = ""
        self._say(text("meet.ranking_saved", self.lang, n=self.participant.value))
        self.refresh()

    def undo(self) -> str:
        """Take back the last dot or ranking this screen recorded in the chosen session;
        with nothing recorded here, the last dot of the participant on screen."""
        session_id = self._need_session()
        stack = [e for e in self._undo_stack if e[1] == session_id]
        if stack:
            entry = stack[-1]
            self._undo_stack.remove(entry)
            kind, _sid, participant, before = entry
        else:
            kind, participant, before = "dot", int(self.participant.value), []
        if kind == "ranking":
            session_undo.restore_ranking(self.ws, session_id, participant, before)
            key = "meet.ranking_undone_before" if before else "meet.ranking_undone"
            said = text(key, self.lang, n=participant)
        else:
            dot = session_undo.undo_last_dot(self.ws, session_id, participant)
            opts = session_results.options(self.ws, session_id)
            labels = dict(zip(opts["code"], opts["label"], strict=False))
            option = labels.get(dot["option"], dot["option"])
            said = text("meet.dot_undone", self.lang, n=participant, label=option)
        self._say(said)
        self._show_dots_left()
        self.refresh()
        return said

    def _tally_html(self, sid: int, mode: str) -> str:
        """The result panel for the dot vote, the ranking or the attendance, from the store."""
        lang = self.lang
        if mode == "dots":
            tally = session_results.dot_tally(self.ws, sid)
            rows = list(zip(tally["label"], tally["dots"], strict=False))
            n = int(tally["dots"].sum())
            empty = "meet.no_dots"
        elif mode == "ranking":
            tally = session_results.ranking_tally(self.ws, sid)
            n = session_results.rankers(self.ws, sid)
            tally = tally[tally["points"] > 0]
            rows = list(zip(tally["label"], tally["points"], strict=False))
            empty = "meet.no_rankings"
        else:  # attendance
            att = session_results.attendance(self.ws, sid, lang)
            att = att[att["count"] > 0]
            rows = [(cap(lbl), c) for lbl, c in zip(att["label"], att["count"], strict=False)]
            n = int(att["count"].sum())
            empty = "meet.no_one"
        # "1 stip geplakt", "3 stippen geplakt": the catalogue holds one and many
        counted = text(f"meet.count.{mode}", lang, n=n)
        head = f'<div class="pl-sub">{esc(counted)}</div>'
        return head + bars(rows, empty=text(empty, lang), lang=lang)
