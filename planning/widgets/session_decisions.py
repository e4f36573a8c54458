"""The deciding half of the session screen: good/better cards and decisions.

A mixin of SessionApp (planning.widgets.session_app): it builds its own widgets in
``_init_decisions`` and relies on the app for the store (``ws``), the chosen session
and the status line (``_need_session``, ``_say``, ``refresh``).
"""

from __future__ import annotations

from typing import Any

import ipywidgets as w

from planning.analysis.local_partners import local_partners
from planning.i18n import text
from planning.store import session_results
from planning.store import sessions as api
from planning.widgets._style import cap, esc, table
from planning.widgets.session_host import SessionHost
from planning.workspace.scenario_file import ACTION_KINDS


class DecisionsPanel(SessionHost):
    """Cards on the wall (what works, what could be better) and the decisions taken."""

    village: str | None

    def _init_decisions(self) -> None:
        lay = w.Layout
        settings = self.ws.settings
        lang = self.lang
        themes = [(cap(settings.theme_label(c, lang)), c) for c in settings.themes]

        # -- goed / beter cards
        self.card_kind = w.ToggleButtons(
            options=[(cap(text(f"card.{k}", lang)), k) for k in ("good", "better")],
            description=text("meet.card_kind", lang),
        )
        self.card_kind.style.description_width = "110px"
        self.card_text = w.Textarea(
            placeholder=text("meet.h.cards", lang), layout=lay(width="460px", height="80px")
        )
        self.card_theme = w.Dropdown(
            options=[(text("meet.no_theme", lang), ""), *themes],
            description=text("meet.theme", lang),
        )
        self.card_theme.style.description_width = "110px"
        self.card_button = w.Button(
            description=text("meet.hang_card", lang), button_style="info", icon="sticky-note"
        )
        self.cards_view = w.HTML()

        # -- decisions
        self.decision_title = w.Text(
            description=text("meet.decision", lang),
            placeholder=text("meet.option_example", lang),
            layout=lay(width="460px"),
        )
        self.decision_kind = w.Dropdown(
            options=[(cap(text(f"session.akind.{k}", lang)), k) for k in ACTION_KINDS],
            description=text("meet.action_kind", lang),
        )
        self.decision_themes = w.SelectMultiple(
            options=themes,
            description=text("meet.themes", lang),
            rows=5,
            layout=lay(width="460px"),
        )
        self.decision_owner = w.Dropdown(
            description=text("meet.owner", lang), layout=lay(width="460px")
        )
        self.owner_search = w.Text(
            description=text("meet.search_partner", lang),
            placeholder=text("meet.search_hint", lang),
            continuous_update=True,
            layout=lay(width="460px"),
        )
        self.owner_search.add_class("pl-owner-search")
        self._owner_village: str | None = None
        self._show_owners(self.village)
        self.decision_horizon = w.ToggleButtons(
            options=[(text("meet.years", lang, h=h), h) for h in settings.horizons],
            description=text("meet.horizon", lang),
        )
        self.decision_start = w.BoundedIntText(
            value=settings.base_year + 1,
            min=settings.base_year,
            max=settings.base_year + max(settings.horizons),
            description=text("meet.start_year", lang),
        )
        self.decision_cost = w.BoundedFloatText(
            value=0, min=0, max=10_000_000, step=500, description=text("meet.cost", lang)
        )
        for widget in (
            self.decision_title,
            self.decision_kind,
            self.decision_themes,
            self.decision_owner,
            self.owner_search,
            self.decision_horizon,
            self.decision_start,
            self.decision_cost,
        ):
            widget.style.description_width = "110px"
        self.decision_button = w.Button(
            description=text("meet.record_decision", lang), button_style="success", icon="gavel"
        )
        self.decisions_view = w.HTML()

    def _show_owners(self, village_id: str | None = None) -> None:
        """The trekker list: the partners of the village's municipality and regional ones
        (planning.analysis.local_partners); a search looks through every partner."""
        if village_id is not None:
            self._owner_village = village_id
        query = self.owner_search.value.strip().casefold()
        if query:
            frame = self.ws.partners[["partner_id", "name"]].astype(str)
            frame = frame[frame["name"].str.casefold().str.contains(query, regex=False)]
        else:
            frame = local_partners(self.ws, self._owner_village)
        nobody = text("meet.no_owner", self.lang)
        options = [(nobody, ""), *zip(frame["name"], frame["partner_id"], strict=False)]
        current = self.decision_owner.value
        if current and current not in set(frame["partner_id"]):
            names = dict(
                zip(self.ws.partners["partner_id"], self.ws.partners["name"], strict=False)
            )
            options.insert(1, (str(names.get(current, current)), current))
        self.decision_owner.options = options
        self.decision_owner.value = current if current else ""

    def save_card(self) -> None:
        session_id = self._need_session()
        api.add_card(
            self.ws,
            session_id,
            self.card_kind.value,
            self.card_text.value,
            self.card_theme.value or None,
        )
        self.card_text.value = ""
        self._say(text("meet.card_hung", self.lang))
        self.refresh()

    def _on_horizon(self, change: dict[str, Any]) -> None:
        last = self.ws.settings.base_year + int(change["new"])
        if self.decision_start.value > last:
            self.decision_start.value = last

    def save_decision(self) -> int:
        session_id = self._need_session()
        decision_id = api.record_decision(
            self.ws,
            session_id,
            title=self.decision_title.value,
            kind=self.decision_kind.value,
            themes=list(self.decision_themes.value),
            partner_id=self.decision_owner.value or None,
            horizon=int(self.decision_horizon.value),
            start_year=int(self.decision_start.value),
            yearly_cost=float(self.decision_cost.value) or None,
        )
        self._say(
            text("meet.decision_recorded", self.lang, title=self.decision_title.value.strip())
        )
        self.decision_title.value = ""
        self.decision_themes.value = ()
        self.owner_search.value = ""
        self.refresh()
        return decision_id

    def _cards_html(self) -> str:
        frame = session_results.cards(self.ws, self.session_id) if self.session_id else None
        if frame is None or frame.empty:
            return f'<div class="pl-help">{esc(text("meet.no_cards", self.lang))}</div>'
        cols = []
        for kind in ("good", "better"):
            title = esc(cap(text(f"card.{kind}", self.lang)))
            items = "".join(
                f'<div class="pl-card pl-card-{kind}">{esc(t)}</div>'
                for t in frame.loc[frame["kind"] == kind, "text"]
            )
            cols.append(f'<div class="pl-card-col"><div class="pl-h">{title}</div>{items}</div>')
        return f'<div class="pl-cards">{"".join(cols)}</div>'

    def _decisions_html(self) -> str:
        lang = self.lang
        frame = session_results.decisions(self.ws, self.session_id)
        if frame.empty:
            return f'<div class="pl-help">{esc(text("meet.no_decisions", lang))}</div>'
        partners = dict(zip(self.ws.partners["partner_id"], self.ws.partners["name"], strict=False))
        nobody = text("meet.no_owner", lang)
        columns = ["title", "themes", "partner_id", "horizon", "start_year"]
        rows = [
            (
                title,
                ", ".join(self.ws.settings.theme_label(t, lang) for t in themes),
                partners.get(partner_id, nobody) if partner_id else nobody,
                text("meet.years", lang, h=horizon),
                start_year,
            )
            for title, themes, partner_id, horizon, start_year in frame[columns].itertuples(
                index=False, name=None
            )
        ]
        head = [
            text(f"meet.{k}", lang) for k in ("decision", "themes", "owner", "horizon", "start")
        ]
        return table(head, rows, numeric={4})
