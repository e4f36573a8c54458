"""Scenarios: which actions, in which years, carried by whom, at what cost.

A scenario belongs to one village and lists actions (the scenario file
contract in ARCHITECTURE.md). Staff review scenarios as TOML, so ``dump_toml``
and ``load_toml`` round-trip exactly: a file exported and imported again is the
same scenario and, exported again, the same bytes.

Two kinds of action change the places themselves, so distance coverage moves:

* ``place`` adds a facility: ``facility_id`` is the new id and the table
  ``[actions.facility]`` gives its name, kind, lat/lon and qualities
  (step_free, accessible_toilet, free_entry, walk_in, open_hours_per_week,
  transit_stop_m, capacity). Without lat/lon it stands at the village centre.
* ``adaptation`` changes an existing facility from ``start_year``: the table
  ``[actions.changes]`` holds the new qualities, e.g. ``step_free = true``.

One pydantic model (scenario_model.py) checks a scenario, in two steps: ``load_toml``
its shape (closed, strict tables); ``validate``/``check`` the same model with the
workspace's ids as validation context, under which its validators also hold each action
to the workspace. A file wrong in shape is named for its shape only. Every problem names
the action by number and title and the field as written; ``check`` raises them as one
ScenarioError, so nothing is written before a scenario passes. Evaluation lives in
planning.scenarios; the file is a contract of the workspace folder, so its model lives
here, where the store can seed from it.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field, fields
from pathlib import Path
from typing import TYPE_CHECKING, Any

from planning.errors import Problem, ScenarioError
from planning.workspace.scenario_model import ACTION_KINDS as ACTION_KINDS
from planning.workspace.scenario_model import PLACE_FIELDS as PLACE_FIELDS
from planning.workspace.scenario_model import QUALITIES as QUALITIES
from planning.workspace.scenario_model import Fit, ScenarioTable, read

if TYPE_CHECKING:
    from planning.workspace.folder import Workspace


@dataclass
class Action:
    """One action of a scenario (contract: the [[actions]] table)."""

    title: str
    kind: str
    themes: list[str] = field(default_factory=list)
    facility_id: str | None = None
    partner_id: str | None = None
    start_year: int | None = None
    end_year: int | None = None
    one_off_cost: float = 0
    yearly_cost: float = 0
    reach_per_week: float = 0
    volunteers_needed: int = 0
    description: str | None = None
    facility: dict[str, Any] = field(default_factory=dict)
    changes: dict[str, Any] = field(default_factory=dict)

    def active_in(self, year: int) -> bool:
        """Running in ``year``: started (no start = from the base year) and not ended."""
        started = self.start_year is None or self.start_year <= year
        return started and (self.end_year is None or year <= self.end_year)

    def to_dict(self) -> dict[str, Any]:
        """The TOML table: fields in contract order, empty ones left out."""
        out: dict[str, Any] = {}
        for f in fields(self):
            value = getattr(self, f.name)
            if value is None or value == [] or value == {}:
                continue
            numeric = ("one_off_cost", "yearly_cost", "reach_per_week", "volunteers_needed")
            if f.name in numeric and value == 0:
                continue
            out[f.name] = dict(value) if isinstance(value, dict) else value
        return out


@dataclass
class Scenario:
    """A named set of actions for one village (contract: the scenario file)."""

    name: str
    village_id: str
    description: str | None = None
    actions: list[Action] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"name": self.name, "village_id": self.village_id}
        if self.description:
            out["description"] = self.description
        out["actions"] = [a.to_dict() for a in self.actions]
        return out

    @property
    def key(self) -> tuple[str, str]:
        return (self.village_id, self.name)


def _scenario(table: ScenarioTable) -> Scenario:
    return Scenario(
        name=table.name,
        village_id=table.village_id,
        description=table.description,
        actions=[Action(**a.model_dump(exclude_unset=True)) for a in table.actions],
    )


# -- reading, writing, checking -------------------------------------------------------------
def from_dict(data: dict[str, Any], file: str = "scenario") -> Scenario:
    """A scenario from its TOML table; wrong shapes are a ScenarioError naming the action."""
    return _scenario(read(data, file, None))


def load_toml(source: str | Path, *, file: str | None = None) -> Scenario:
    """Read a scenario from TOML text or a .toml file (shape only; see validate)."""
    if isinstance(source, Path):
        name = file or source.name
        try:
            text = source.read_text(encoding="utf-8-sig")
        except OSError as exc:
            raise ScenarioError(key="scn.unreadable", file=str(source), error=str(exc)) from None
    else:
        name, text = file or "scenario", source
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise ScenarioError(key="model.bad_toml", path=name, error=str(exc)) from None
    return from_dict(data, name)


def dump_toml(scenario: Scenario) -> str:
    """The scenario as TOML in a fixed order, so the same scenario gives the same text."""
    import tomli_w

    return tomli_w.dumps(scenario.to_dict())


def check(ws: Workspace, scenario: Scenario, file: str = "scenario") -> Scenario:
    """The scenario, its themes as codes, when it fits the workspace; else one
    ScenarioError with every problem."""
    return _scenario(read(scenario.to_dict(), file, Fit.of(ws)))


def validate(ws: Workspace, scenario: Scenario, file: str = "scenario") -> list[Problem]:
    """Every way the scenario does not fit the workspace; empty when it fits."""
    try:
        check(ws, scenario, file)
    except ScenarioError as exc:
        return list(exc.problems)  # type: ignore[attr-defined]
    return []


def read_scenario(ws: Workspace, path: Path) -> Scenario:
    """Load and validate a scenario file: the one way in for files from staff."""
    return check(ws, load_toml(path), path.name)
