"""ScenarioEditor: add and edit actions, move sliders, see every horizon change at once.

A thin view over ``planning.workspace.scenario_file`` (the model), ``planning.scenarios.evaluate`` (the
numbers, cached per workspace so a slider move costs milliseconds) and
``planning.store.scenarios`` (versions in the store). Nothing is computed here
that the village plan would compute differently. Its words come from the catalogue in the
editor's ``lang`` (default: the workspace's).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import ipywidgets as w

from planning.errors import Joined, PlanningError
from planning.i18n import text
from planning.scenarios.evaluate import evaluate as evaluate_scenario
from planning.store import session_results, sessions
from planning.store.scenarios import choose as choose_scenario
from planning.store.scenarios import chosen_name, list_scenarios, load_scenario, save_scenario
from planning.widgets._style import CSS, cap, esc, heading
from planning.widgets.scenario_evaluation import evaluation_html
from planning.workspace.folder import Workspace, open_workspace
from planning.workspace.scenario_file import ACTION_KINDS, Action, Scenario, validate

#: the scenario list's entry for a new scenario (no stored name is empty)
NEW = ""
NONE = ""


class ScenarioEditor:
    """Edit one village's scenario; the evaluation per horizon follows every change."""

    def __init__(
        self,
        workspace: Workspace | Path | str | None = None,
        village: str = "roden",
        scenario: Scenario | str | None = None,
        lang: str | None = None,
    ) -> None:
        self.ws = workspace if isinstance(workspace, Workspace) else open_workspace(workspace)
        self.ws.village(village)
        self.village = village
        settings = self.ws.settings
        self.lang = lang = lang or settings.lang

        def say(key: str) -> str:
            return text(f"edit.{key}", lang)

        self.base_year = settings.base_year
        last = self.base_year + max(settings.horizons)
        self._busy = False
        lay = w.Layout

        self.style = w.HTML(CSS)
        self.header = w.HTML()
        self.status = w.HTML()
        self.scenario_select = w.Dropdown(description=say("scenario"), layout=lay(width="440px"))
        self.name = w.Text(description=say("name"), layout=lay(width="440px"))
        self.action_select = w.Select(description=say("actions"), rows=6, layout=lay(width="440px"))
        self.add_button = w.Button(description=say("add"), icon="plus", button_style="info")
        self.remove_button = w.Button(description=say("remove"), icon="trash")
        self.decisions_button = w.Button(
            description=say("take_decisions"), icon="gavel", layout=lay(width="300px")
        )

        self.title = w.Text(description=say("title"), layout=lay(width="440px"))
        self.kind = w.Dropdown(
            options=[(cap(text(f"session.akind.{k}", lang)), k) for k in ACTION_KINDS],
            description=say("kind"),
        )
        self.themes = w.SelectMultiple(
            options=[(cap(settings.theme_label(c, lang)), c) for c in settings.themes],
            description=say("themes"),
            rows=5,
            layout=lay(width="440px"),
        )
        fac = self.ws.facilities
        fac = fac[fac["village_id"] == village]
        self.facility = w.Dropdown(
            options=[(say("no_place"), NONE)]
            + [(str(n), str(f)) for f, n in zip(fac["facility_id"], fac["name"], strict=False)],
            description=say("place"),
            layout=lay(width="440px"),
        )
        partners = self.ws.partners
        self.partner = w.Dropdown(
            options=[(text("meet.no_owner", lang), NONE)]
            + [
                (str(n), str(p))
                for p, n in zip(partners["partner_id"], partners["name"], strict=False)
            ],
            description=text("meet.owner", lang),
            layout=lay(width="440px"),
        )
        self.start_year = w.IntSlider(min=self.base_year, max=last, description=say("start"))
        self.end_year = w.IntSlider(
            min=self.base_year, max=last, value=last, description=say("end")
        )
        self.one_off_cost = w.IntSlider(min=0, max=100_000, step=500, description=say("once"))
        self.yearly_cost = w.IntSlider(min=0, max=100_000, step=500, description=say("yearly"))
        self.reach = w.IntSlider(min=0, max=200, step=5, description=say("reach"))
        self.volunteers = w.IntSlider(min=0, max=40, description=say("volunteers"))
        self.fields = [
            self.title,
            self.kind,
            self.themes,
            self.facility,
            self.partner,
            self.start_year,
            self.end_year,
            self.one_off_cost,
            self.yearly_cost,
            self.reach,
            self.volunteers,
        ]
        for widget in [self.scenario_select, self.name, self.action_select, *self.fields]:
            widget.style.description_width = "100px"
        for slider in (
            self.start_year,
            self.end_year,
            self.one_off_cost,
            self.yearly_cost,
            self.reach,
            self.volunteers,
        ):
            slider.layout = lay(width="440px")
            slider.continuous_update = False

        self.save_button = w.Button(description=say("save"), icon="save", button_style="success")
        self.choose_button = w.Button(
            description=say("choose"), icon="check", layout=lay(width="240px")
        )
        self.evaluation = w.HTML()
        self.evaluation.add_class("pl-evaluation")

        self.scenario = Scenario(say("base"), village)
        self.last_result: dict[str, Any] | None = None
        self._wire()
        self.widget = self._layout()
        self._load_list(scenario)

    # -- layout ---------------------------------------------------------------------------------
    def _layout(self) -> w.Widget:
        def h(key: str, with_help: bool = False) -> w.HTML:
            hint = text(f"edit.help.{key}", self.lang) if with_help else ""
            return heading(text(f"edit.h.{key}", self.lang), hint)

        left = w.VBox(
            [
                h("scenario", True),
                self.scenario_select,
                self.name,
                self.action_select,
                w.HBox([self.add_button, self.remove_button]),
                self.decisions_button,
                h("action", True),
                *self.fields,
                w.HBox([self.save_button, self.choose_button]),
            ],
            layout=w.Layout(width="470px", min_width="470px"),
        )
        right = w.VBox(
            [h("outcome"), self.evaluation],
            layout=w.Layout(flex="1 1 auto", margin="0 0 0 16px"),
        )
        right.add_class("pl-results")
        root = w.VBox([self.style, self.header, self.status, w.HBox([left, right])])
        root.add_class("pl-app")
        return root

    def _repr_mimebundle_(self, **kwargs: Any) -> Any:
        return self.widget._repr_mimebundle_(**kwargs)

    def _wire(self) -> None:
        self.scenario_select.observe(lambda c: self._guard(self._open, c["new"]), names="value")
        self.name.observe(self._on_name, names="value")
        self.action_select.observe(lambda c: self._show_action(c["new"]), names="value")
        self.add_button.on_click(lambda _b: self._guard(self.add_action))
        self.remove_button.on_click(lambda _b: self._guard(self.remove_action))
        self.decisions_button.on_click(lambda _b: self._guard(self.take_decisions))
        self.save_button.on_click(lambda _b: self._guard(self.save))
        self.choose_button.on_click(lambda _b: self._guard(self.choose))
        for widget in self.fields:
            widget.observe(lambda _c: self._guard(self._on_field), names="value")

    def _guard(self, action: Any, *args: Any) -> Any:
        try:
            return action(*args)
        except PlanningError as exc:
            text = exc.text_in(self.lang)
            self.status.value = (
                f'<div class="pl-status-err">{esc(text[:1].upper() + text[1:])}</div>'
            )
            return None

    def _say(self, text: str) -> None:
        self.status.value = f'<div class="pl-status-ok">{esc(text)}</div>'

    # -- scenarios in the store -----------------------------------------------------------------
    def _store(self) -> Any:
        return sessions.store_for(self.ws)

    def _load_list(self, select: Scenario | str | None = None) -> None:
        stored = list_scenarios(self._store(), self.village)
        names = [str(s["name"]) for s in stored]
        self._chosen = chosen_name(self._store(), self.village)
        if isinstance(select, Scenario):
            self.scenario = select
            names = names if select.name in names else [*names, select.name]
        self._busy = True
        chosen = text("edit.chosen", self.lang)
        self.scenario_select.options = [(text("edit.new", self.lang), NEW)] + [
            (f"{n} {chosen}" if n == self._chosen else n, n) for n in names
        ]
        self._busy = False
        if isinstance(select, Scenario):
            self.scenario_select.value = select.name
        elif isinstance(select, str) and select in names:
            self.scenario_select.value = select
        elif self._chosen in names:
            self.scenario_select.value = self._chosen
        elif names:
            self.scenario_select.value = names[0]
        else:
            self._open(NEW)

    def _open(self, name: str) -> None:
        if self._busy:
            return
        stored = {str(s["name"]) for s in list_scenarios(self._store(), self.village)}
        if name == NEW or name is None:
            self.scenario = Scenario(self._free_name(), self.village)
        elif name in stored:
            self.scenario = load_scenario(self._store(), name, self.village)
        # else: an unsaved scenario handed to the editor stays as it is
        self._busy = True
        self.name.value = self.scenario.name
        self._busy = False
        self._refresh_actions(0 if self.scenario.actions else None)

    def _free_name(self) -> str:
        taken = {str(s["name"]) for s in list_scenarios(self._store(), self.village)}
        name, i = text("edit.base", self.lang), 2
        while name in taken:
            name, i = text("edit.numbered", self.lang, n=i), i + 1
        return name

    def _on_name(self, change: dict[str, Any]) -> None:
        if not self._busy:
            self.scenario.name = change["new"].strip() or self.scenario.name

    def save(self) -> int:
        """Validate and save as a new version; returns the version number."""
        problems = validate(self.ws, self.scenario)
        if problems:
            raise PlanningError(key="problem.joined", problems=Joined(tuple(problems[:3])))
        saved = save_scenario(self._store(), self.scenario, note="scenario-editor")
        self._load_list(saved.name)
        self._say(text("edit.saved", self.lang, name=saved.name, version=saved.version))
        return saved.version

    def choose(self) -> None:
        self.save()
        choose_scenario(self._store(), self.scenario.name, self.village)
        self._load_list(self.scenario.name)
        self._say(text("edit.chosen_done", self.lang, name=self.scenario.name))

    # -- actions --------------------------------------------------------------------------------
    def _refresh_actions(self, select: int | None) -> None:
        self._busy = True
        self.action_select.options = [
            (f"{i + 1}. {a.title}", i) for i, a in enumerate(self.scenario.actions)
        ]
        self.action_select.value = select
        self._busy = False
        self._show_action(select)
        self.evaluate()

    @property
    def current(self) -> Action | None:
        i = self.action_select.value
        return (
            self.scenario.actions[i] if i is not None and i < len(self.scenario.actions) else None
        )

    def add_action(self) -> Action:
        action = Action(
            title=text("edit.new_action", self.lang, n=len(self.scenario.actions) + 1),
            kind="activity",
            start_year=self.base_year + 1,
        )
        self.scenario.actions.append(action)
        self._refresh_actions(len(self.scenario.actions) - 1)
        return action

    def remove_action(self) -> None:
        i = self.action_select.value
        if i is None:
            raise PlanningError(key="edit.need_action")
        removed = self.scenario.actions.pop(i)
        self._refresh_actions(
            min(i, len(self.scenario.actions) - 1) if self.scenario.actions else None
        )
        self._say(text("edit.removed", self.lang, title=removed.title))

    def take_decisions(self) -> int:
        """Add the decisions of this village's sessions that are not in the scenario yet."""
        frame = session_results.list_sessions(self.ws, self.village)
        have = {a.title for a in self.scenario.actions}
        added = 0
        for sid in frame["session_id"]:
            for fields in session_results.decision_actions(self.ws, int(sid)):
                action = fields if isinstance(fields, Action) else Action(**fields)
                if action.title not in have:
                    self.scenario.actions.append(action)
                    have.add(action.title)
                    added += 1
        self._refresh_actions(len(self.scenario.actions) - 1 if self.scenario.actions else None)
        self._say(text("edit.taken", self.lang, n=added))
        return added

    def _show_action(self, index: int | None) -> None:
        if self._busy and index is not None and self.current is None:
            return
        action = self.current
        self._busy = True
        try:
            for widget in self.fields:
                widget.disabled = action is None
            if action is None:
                return
            self.title.value = action.title
            self.kind.value = (
                action.kind if action.kind in dict(self.kind.options).values() else "activity"
            )
            self.themes.value = tuple(t for t in action.themes if t in self.ws.settings.themes)
            self.facility.value = (
                action.facility_id
                if action.facility_id in [o[1] for o in self.facility.options]
                else NONE
            )
            self.partner.value = (
                action.partner_id
                if action.partner_id in [o[1] for o in self.partner.options]
                else NONE
            )
            self.start_year.value = action.start_year or self.base_year
            self.end_year.value = action.end_year or self.end_year.max
            self.one_off_cost.value = int(action.one_off_cost)
            self.yearly_cost.value = int(action.yearly_cost)
            self.reach.value = int(action.reach_per_week)
            self.volunteers.value = int(action.volunteers_needed)
        finally:
            self._busy = False

    def _on_field(self) -> None:
        if self._busy or self.current is None:
            return
        a = self.current
        a.title = self.title.value.strip() or a.title
        a.kind = self.kind.value
        a.themes = list(self.themes.value)
        a.facility_id = self.facility.value or None
        a.partner_id = self.partner.value or None
        if self.end_year.value < self.start_year.value:
            self._busy = True
            self.end_year.value = self.start_year.value
            self._busy = False
        a.start_year = int(self.start_year.value)
        a.end_year = None if self.end_year.value == self.end_year.max else int(self.end_year.value)
        a.one_off_cost = float(self.one_off_cost.value)
        a.yearly_cost = float(self.yearly_cost.value)
        a.reach_per_week = float(self.reach.value)
        a.volunteers_needed = int(self.volunteers.value)
        i = self.action_select.value
        self._busy = True
        self.action_select.options = [
            (f"{j + 1}. {x.title}", j) for j, x in enumerate(self.scenario.actions)
        ]
        self.action_select.value = i
        self._busy = False
        self.evaluate()

    # -- evaluation -----------------------------------------------------------------------------
    def evaluate(self) -> dict[str, Any]:
        result = evaluate_scenario(self.ws, self.scenario)
        self.last_result = result
        name = self.ws.village(self.village)["name"]
        title = text("edit.header", self.lang, name=name)
        sub = text("edit.sub", self.lang, n=len(self.scenario.actions), year=self.base_year)
        self.header.value = (
            f'<div class="pl-title">{esc(title)}</div>'
            f'<div class="pl-sub">{esc(self.scenario.name)} · {esc(sub)}</div>'
        )
        self.evaluation.value = evaluation_html(self.ws, result, self.lang)
        return result
