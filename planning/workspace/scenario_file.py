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

``validate(ws, scenario)`` checks a scenario against the workspace and raises
one ScenarioError naming every wrong action by number and title; nothing is
written before a scenario passes. Evaluation lives in planning.scenarios; the file is a contract of the workspace folder,
so its model lives here, where the store can seed from it.
"""

from __future__ import annotations

import math
import tomllib
from dataclasses import dataclass, field, fields
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from planning.errors import Joined, Problem, Said, ScenarioError
from planning.io.suggest import suggest
from planning.workspace.schemas import NL_LAT, NL_LON
from planning.workspace.themes import theme_code, unknown_theme

if TYPE_CHECKING:
    from planning.workspace.folder import Workspace

ACTION_KINDS: tuple[str, ...] = ("activity", "place", "adaptation", "partnership", "outreach")

#: qualities a place or adaptation may set, with their type
QUALITIES: dict[str, type] = {
    "step_free": bool,
    "accessible_toilet": bool,
    "free_entry": bool,
    "walk_in": bool,
    "open_hours_per_week": float,
    "transit_stop_m": float,
    "capacity": int,
}
#: descriptive fields a new place may carry besides its qualities
PLACE_FIELDS: dict[str, type] = {
    "name": str,
    "kind": str,
    "owner": str,
    "address": str,
    "lat": float,
    "lon": float,
    "activities": str,
    **QUALITIES,
}


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


# -- TOML ----------------------------------------------------------------------------------
_Number = Annotated[int | float, Field(allow_inf_nan=False)]


class _ActionTable(BaseModel):
    """The shape of one [[actions]] table: closed, strict (a "5" is no number, true no count)."""

    model_config = ConfigDict(extra="forbid", strict=True, allow_inf_nan=False)

    title: str
    kind: str
    themes: list[Any] = []
    facility_id: str | None = None
    partner_id: str | None = None
    start_year: int | None = None
    end_year: int | None = None
    one_off_cost: _Number = 0
    yearly_cost: _Number = 0
    reach_per_week: _Number = 0
    volunteers_needed: int = 0
    description: str | None = None
    facility: dict[str, Any] = {}
    changes: dict[str, Any] = {}


class _ScenarioTable(BaseModel):
    """The shape of a scenario file; the actions are checked one by one (see ``from_dict``)
    so a wrong action is named by its number and title and the others are still read."""

    model_config = ConfigDict(extra="forbid", strict=True)

    name: str
    village_id: str
    description: Any = None
    actions: list[Any] = []

    @field_validator("name", "village_id")
    @classmethod
    def _not_blank(cls, value: str) -> str:
        if not value.strip():
            raise ValueError("leeg")
        return value.strip()


_ACTION_FIELDS: list[str] = list(_ActionTable.model_fields)
_NUMBERS = ("one_off_cost", "yearly_cost", "reach_per_week")
#: pydantic's error type -> what the field expects (a catalogue key)
_EXPECT = {
    "string_type": "scn.a_text",
    "list_type": "scn.a_list",
    "int_type": "scn.a_whole_number",
    "dict_type": "scn.a_table",
}


def _label(i: int, raw: dict[str, Any]) -> Said:
    title = raw.get("title")
    if isinstance(title, str) and title:
        return Said("scn.action_titled", {"n": i, "title": title})
    return Said("scn.action_n", {"n": i})


def _of(who: Said, key: str, **fields: Any) -> Said:
    """'actie 1 ('Koffie'): what is wrong' as one phrase; grouped by what is wrong."""
    return Said("scn.action", {"who": who, "what": Said(key, fields)})


def _action_problems(exc: ValidationError, raw: dict[str, Any], i: int, file: str) -> list[Problem]:
    """Pydantic's errors of one action as the file's problems: one per field, in the order
    the fields stand in the file, the missing ones last."""
    who = _label(i, raw)
    found: dict[str, Problem] = {}
    for error in exc.errors():
        key = str(error["loc"][0])
        if key in found:  # a number is int | float: one problem, not one per member
            continue
        value = raw.get(key)
        if error["type"] == "extra_forbidden":
            near = suggest(key, _ACTION_FIELDS)
            said = _of(
                who, "scn.unknown_field_near" if near else "scn.unknown_field", name=key, near=near
            )
        elif error["type"] == "missing":
            said = _of(who, "scn.field_missing", name=key)
        else:
            if isinstance(value, float) and not math.isfinite(value):
                expected = "scn.a_finite_number"
            elif key in _NUMBERS:
                expected = "scn.a_number"
            else:
                expected = _EXPECT.get(error["type"], "scn.a_text")
            said = _of(who, "scn.must_be", name=key, expected=Said(expected))
        found[key] = Problem(file, i, key, value, said)
    order = list(raw) + [k for k in ("title", "kind") if k not in raw]
    return sorted(found.values(), key=lambda p: order.index(str(p.column)))


def _file_problems(exc: ValidationError, data: dict[str, Any], file: str) -> list[Problem]:
    """The scenario's own fields: name and village_id first, unknown keys in ABC order."""
    problems: list[Problem] = []
    extra: list[str] = []
    for error in exc.errors():
        key = str(error["loc"][0])
        if error["type"] == "extra_forbidden":
            extra.append(key)
        elif key in ("name", "village_id"):
            said = Said("scn.missing_text", {"name": key})
            problems.append(Problem(file, None, key, data.get(key), said))
        elif key == "actions" and len(error["loc"]) == 1:
            problems.append(Problem(file, None, key, data[key], Said("scn.actions_expected")))
    for key in sorted(extra):
        problems.append(Problem(file, None, key, data[key], Said("scn.unknown_top_field")))
    return problems


def from_dict(data: dict[str, Any], file: str = "scenario") -> Scenario:
    """A scenario from its TOML table; wrong shapes are a ScenarioError naming the action.

    The shape is pydantic's (closed, strict models above); its errors become the file's
    problems, each naming the action by number and title and the field as written.
    """
    problems: list[Problem] = []
    try:
        table = _ScenarioTable.model_validate(data)
    except ValidationError as exc:
        problems += _file_problems(exc, data, file)
        table = None
    raw_actions = data.get("actions", [])
    actions: list[Action] = []
    for i, raw in enumerate(raw_actions if isinstance(raw_actions, list) else [], start=1):
        if not isinstance(raw, dict):
            said = _of(Said("scn.action_n", {"n": i}), "scn.table_expected")
            problems.append(Problem(file, i, "actions", raw, said))
            continue
        try:
            checked = _ActionTable.model_validate(raw)
        except ValidationError as exc:
            problems += _action_problems(exc, raw, i, file)
            continue
        actions.append(Action(**checked.model_dump(exclude_unset=True)))
    if problems or table is None:
        raise _error(problems, file)
    return Scenario(
        name=table.name,
        village_id=table.village_id,
        description=table.description,
        actions=actions,
    )


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


# -- validation against the workspace -------------------------------------------------------
def _error(problems: list[Problem], file: str) -> ScenarioError:
    lines = Joined(tuple(Said("scn.line", {"problem": p}) for p in problems), "\n")
    err = ScenarioError(key="scn.problems", file=file, count=len(problems), lines=lines)
    err.problems = problems  # type: ignore[attr-defined]
    return err


def _unknown(value: str, known: list[str], what: str) -> Said:
    """'onbekende kern 'x', bedoelt u 'y'?' (the reference keys of planning.workspace)."""
    near = suggest(value, known)
    return Said(
        f"ws.unknown_{what}_near" if near else f"ws.unknown_{what}", {"item": value, "near": near}
    )


def validate(ws: Workspace, scenario: Scenario, file: str = "scenario") -> list[Problem]:
    """Every way the scenario does not fit the workspace; empty when it fits."""
    problems: list[Problem] = []
    villages = ws.village_ids()
    facilities = [str(f) for f in ws.facilities["facility_id"].dropna()]
    partners = [str(p) for p in ws.partners["partner_id"].dropna()]
    themes = list(ws.settings.themes)
    if scenario.village_id not in villages:
        problems.append(
            Problem(
                file,
                None,
                "village_id",
                scenario.village_id,
                _unknown(scenario.village_id, villages, "village"),
            )
        )
    new_places: set[str] = set()
    for i, a in enumerate(scenario.actions, start=1):
        who = Said("scn.action_titled", {"n": i, "title": a.title})

        def bad(column: str, value: Any, message: Said, i: int = i, who: Said = who) -> None:
            problems.append(
                Problem(file, i, column, value, Said("scn.action", {"who": who, "what": message}))
            )

        if a.kind not in ACTION_KINDS:
            bad(
                "kind",
                a.kind,
                Said("scn.unknown_kind", {"kind": a.kind, "kinds": ", ".join(ACTION_KINDS)}),
            )
        for theme in a.themes:
            if theme not in themes:
                bad("themes", theme, unknown_theme(ws.settings.themes, str(theme)))
        if a.partner_id is not None and a.partner_id not in partners:
            bad("partner_id", a.partner_id, _unknown(a.partner_id, partners, "partner"))
        if a.start_year is not None and a.end_year is not None and a.start_year > a.end_year:
            bad(
                "end_year",
                a.end_year,
                Said("scn.year_order", {"start": a.start_year, "end": a.end_year}),
            )
        for key in ("start_year", "end_year"):
            year = getattr(a, key)
            if year is not None and not 1900 <= year <= 2200:
                bad(key, year, Said("scn.not_a_year"))
        for key in ("one_off_cost", "yearly_cost", "reach_per_week", "volunteers_needed"):
            if getattr(a, key) < 0:
                bad(key, getattr(a, key), Said("scenario_file.negative", {"field": key}))
        if a.kind == "place":
            if not a.facility_id:
                bad("facility_id", None, Said("scn.place_needs_id"))
            elif a.facility_id in facilities or a.facility_id in new_places:
                bad(
                    "facility_id",
                    a.facility_id,
                    Said("scn.place_exists", {"id": a.facility_id}),
                )
            else:
                new_places.add(a.facility_id)
            problems.extend(_check_table(a.facility, PLACE_FIELDS, file, i, who, "facility"))
            if a.changes:
                bad("changes", a.changes, Said("scn.place_changes"))
        else:
            if a.facility_id is not None and a.facility_id not in facilities + sorted(new_places):
                bad("facility_id", a.facility_id, _unknown(a.facility_id, facilities, "facility"))
            if a.kind == "adaptation":
                if not a.facility_id:
                    bad("facility_id", None, Said("scn.adaptation_needs_id"))
                if not a.changes:
                    bad(
                        "changes",
                        None,
                        Said("scn.adaptation_needs_changes"),
                    )
                problems.extend(_check_table(a.changes, QUALITIES, file, i, who, "changes"))
            elif a.changes or a.facility:
                bad(
                    "changes",
                    a.changes or a.facility,
                    Said("scn.only_places_change"),
                )
    return problems


def _check_table(
    table: dict[str, Any], spec: dict[str, type], file: str, i: int, who: Said, name: str
) -> list[Problem]:
    out = []
    for key, value in table.items():
        expected = spec.get(key)
        if expected is None:
            near = suggest(key, list(spec))
            said = _of(
                who,
                "scn.unknown_property_near" if near else "scn.unknown_property",
                name=key,
                near=near,
            )
            out.append(Problem(file, i, f"{name}.{key}", value, said))
            continue
        if expected is bool:
            good = isinstance(value, bool)
        elif expected in (int, float):
            good = (
                isinstance(value, (int, float))
                and not isinstance(value, bool)
                and math.isfinite(value)
                and value >= 0
            )
            if expected is int:
                good = good and isinstance(value, int)
        else:
            good = isinstance(value, str)
        if good and key in ("lat", "lon"):
            lo, hi = NL_LAT if key == "lat" else NL_LON
            good = lo <= value <= hi
        if not good:
            what = {
                bool: "scn.a_bool",
                int: "scn.a_count",
                float: "rule.non_negative",
                str: "scn.a_text",
            }[expected]
            if key in ("lat", "lon"):
                what = "scn.a_coordinate"
            said = _of(who, "scn.must_be", name=key, expected=Said(what))
            out.append(Problem(file, i, f"{name}.{key}", value, said))
    return out


def with_theme_codes(ws: Workspace, scenario: Scenario) -> Scenario:
    """Themes written as a Dutch or English label (``ontmoeting``) become their code
    (``meeting``), as in every other file; an unknown theme is left for validate to name."""
    for action in scenario.actions:
        action.themes = [theme_code(ws.settings.themes, str(t)) or t for t in action.themes]
    return scenario


def check(ws: Workspace, scenario: Scenario, file: str = "scenario") -> Scenario:
    """The scenario itself when it fits the workspace; else one ScenarioError with all."""
    scenario = with_theme_codes(ws, scenario)
    problems = validate(ws, scenario, file)
    if problems:
        raise _error(problems, file)
    return scenario


def read_scenario(ws: Workspace, path: Path) -> Scenario:
    """Load and validate a scenario file: the one way in for files from staff."""
    return check(ws, load_toml(path), path.name)
