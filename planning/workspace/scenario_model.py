"""The scenario file's pydantic model: its shape and, against a workspace, its rules.

One model checks a scenario in two steps. Read from TOML (no context) it holds the
shape: closed, strict tables (a "5" is no number, true no count). Validated again with
the workspace's ids as validation context (``Fit``), its validators also hold the
scenario to the workspace: a known village, known themes, partners and facilities, a
new place under a new id, years in order, no negative amounts, the facility and changes
tables through their own models. A broken rule is a pydantic error at its field whose
ctx carries the problem's phrase (a catalogue key and fields); ``read`` turns every
error into the file's problems, naming the action by number and title and the field as
written, and raises them as one ScenarioError.
"""

from __future__ import annotations

import math
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Annotated, Any, Self

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    ValidationError,
    ValidationInfo,
    create_model,
    field_validator,
    model_validator,
)
from pydantic_core import ErrorDetails, InitErrorDetails, PydanticCustomError

from planning.errors import Joined, Problem, Said, ScenarioError
from planning.io.suggest import suggest
from planning.workspace.schemas import NL_LAT, NL_LON
from planning.workspace.themes import ThemeLabels, theme_code, unknown_theme

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
_RANGES = {"lat": NL_LAT, "lon": NL_LON}


def _table_model(name: str, spec: dict[str, type]) -> type[BaseModel]:
    """The model of an [actions.facility] or [actions.changes] table: closed and strict (a
    number is no truth value), every key optional, amounts and counts 0 or more, a place's
    coordinates in the Netherlands. Its defaults are never read: only its errors count."""

    def kind(key: str, tp: type) -> Any:
        if key in _RANGES:
            return Annotated[tp, Field(ge=_RANGES[key][0], le=_RANGES[key][1])]
        return Annotated[tp, Field(ge=0)] if tp in (int, float) else tp

    table = ConfigDict(extra="forbid", strict=True, allow_inf_nan=False)
    # a default of None (never validated) makes a key optional without allowing None
    fields: dict[str, Any] = {key: (kind(key, tp), None) for key, tp in spec.items()}
    return create_model(name, __config__=table, **fields)


_TABLES: dict[str, tuple[type[BaseModel], dict[str, type]]] = {
    "facility": (_table_model("PlaceTable", PLACE_FIELDS), PLACE_FIELDS),
    "changes": (_table_model("ChangesTable", QUALITIES), QUALITIES),
}


# -- the context and the models -----------------------------------------------------------
@dataclass
class Fit:
    """What a scenario must fit, the validation context of the model: the workspace's ids.

    ``places`` are the new places of the actions validated so far: pydantic reads the
    actions in order, so an action may take place in a new place of an earlier one. A
    ``Fit`` therefore serves one validation (``Fit.of`` makes a fresh one)."""

    villages: list[str]
    facilities: list[str]
    partners: list[str]
    themes: ThemeLabels
    places: set[str] = field(default_factory=set)

    @classmethod
    def of(cls, ws: Workspace) -> Fit:
        return cls(
            villages=list(ws.village_ids()),
            facilities=[str(f) for f in ws.facilities["facility_id"].dropna()],
            partners=[str(p) for p in ws.partners["partner_id"].dropna()],
            themes=ws.settings.themes,
        )


def _fit(info: ValidationInfo) -> Fit | None:
    """The workspace to fit, when the model is validated against one."""
    return info.context if isinstance(info.context, Fit) else None


#: the error type of a rule of the workspace; its ctx carries the problem as ``said``
_RULE = "scenario_rule"
_Found = tuple[tuple[str, ...], Any, Said]  # where (field, table key), the value, what


def _rules_broken(found: list[_Found]) -> ValidationError:
    """The broken rules as pydantic's errors, one per rule broken, in the order found."""
    return ValidationError.from_exception_data(
        "scenario",
        [
            InitErrorDetails(
                type=PydanticCustomError(_RULE, "does not fit the workspace", {"said": said}),
                loc=loc,
                input=value,
            )
            for loc, value, said in found
        ],
    )


_Number = Annotated[int | float, Field(allow_inf_nan=False)]


class ActionTable(BaseModel):
    """The shape of one [[actions]] table: closed, strict (a "5" is no number, true no count);
    against a workspace (a ``Fit`` as context) also its rules."""

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

    @field_validator("themes")
    @classmethod
    def _theme_codes(cls, themes: list[Any], info: ValidationInfo) -> list[Any]:
        """A theme written as a Dutch or English label (``ontmoeting``) becomes its code
        (``meeting``), as in every other file; an unknown one is left for the rules."""
        fit = _fit(info)
        return themes if fit is None else [theme_code(fit.themes, str(t)) or t for t in themes]

    @model_validator(mode="after")
    def _fits(self, info: ValidationInfo) -> Self:
        fit = _fit(info)
        found = [] if fit is None else [*_action_rules(self, fit), *_facility_rules(self, fit)]
        if found:
            raise _rules_broken(found)
        return self


class ScenarioTable(BaseModel):
    """The shape of a scenario file; against a workspace also its village."""

    model_config = ConfigDict(extra="forbid", strict=True)

    name: str
    village_id: str
    description: Any = None
    actions: list[ActionTable] = []

    @field_validator("name", "village_id")
    @classmethod
    def _not_blank(cls, value: str) -> str:
        if not value.strip():
            raise ValueError("blank")
        return value.strip()

    @field_validator("village_id")
    @classmethod
    def _known_village(cls, value: str, info: ValidationInfo) -> str:
        fit = _fit(info)
        if fit is not None and value not in fit.villages:
            raise _rules_broken([((), value, _unknown(value, fit.villages, "village"))])
        return value


def _unknown(value: str, known: list[str], what: str) -> Said:
    """'onbekende kern 'x', bedoelt u 'y'?' (the reference keys of planning.workspace)."""
    near = suggest(value, known)
    return Said(
        f"ws.unknown_{what}_near" if near else f"ws.unknown_{what}", {"item": value, "near": near}
    )


def _action_rules(a: ActionTable, fit: Fit) -> Iterator[_Found]:
    """An action's own rules and its references to the workspace, in the order read."""
    if a.kind not in ACTION_KINDS:
        kinds = ", ".join(ACTION_KINDS)
        yield ("kind",), a.kind, Said("scn.unknown_kind", {"kind": a.kind, "kinds": kinds})
    for theme in a.themes:
        if theme not in fit.themes:
            yield ("themes",), theme, unknown_theme(fit.themes, str(theme))
    if a.partner_id is not None and a.partner_id not in fit.partners:
        yield ("partner_id",), a.partner_id, _unknown(a.partner_id, fit.partners, "partner")
    if a.start_year is not None and a.end_year is not None and a.start_year > a.end_year:
        order = {"start": a.start_year, "end": a.end_year}
        yield ("end_year",), a.end_year, Said("scn.year_order", order)
    for key in ("start_year", "end_year"):
        year = getattr(a, key)
        if year is not None and not 1900 <= year <= 2200:
            yield (key,), year, Said("scn.not_a_year")
    for key in ("one_off_cost", "yearly_cost", "reach_per_week", "volunteers_needed"):
        if getattr(a, key) < 0:
            yield (key,), getattr(a, key), Said("scenario_file.negative", {"field": key})


def _facility_rules(a: ActionTable, fit: Fit) -> Iterator[_Found]:
    """Only a place adds a facility, under a new id; only an adaptation changes one, named."""
    if a.kind == "place":
        if not a.facility_id:
            yield ("facility_id",), None, Said("scn.place_needs_id")
        elif a.facility_id in fit.facilities or a.facility_id in fit.places:
            yield ("facility_id",), a.facility_id, Said("scn.place_exists", {"id": a.facility_id})
        else:
            fit.places.add(a.facility_id)
        yield from _table_rules("facility", a.facility)
        if a.changes:
            yield ("changes",), a.changes, Said("scn.place_changes")
        return
    if a.facility_id is not None and a.facility_id not in [*fit.facilities, *fit.places]:
        unknown = _unknown(a.facility_id, fit.facilities, "facility")
        yield ("facility_id",), a.facility_id, unknown
    if a.kind == "adaptation":
        if not a.facility_id:
            yield ("facility_id",), None, Said("scn.adaptation_needs_id")
        if not a.changes:
            yield ("changes",), None, Said("scn.adaptation_needs_changes")
        yield from _table_rules("changes", a.changes)
    elif a.changes or a.facility:
        yield ("changes",), a.changes or a.facility, Said("scn.only_places_change")


#: the type a table field expects -> what a person reads it must be (a catalogue key)
_TABLE_EXPECT = {
    bool: "scn.a_bool",
    int: "scn.a_count",
    float: "rule.non_negative",
    str: "scn.a_text",
}


def _table_rules(name: str, table: dict[str, Any]) -> Iterator[_Found]:
    """The [actions.facility] or [actions.changes] table through its model, one problem
    per key in the order written; the table itself stays as written (the round trip)."""
    model, spec = _TABLES[name]
    try:
        model.model_validate(table)
        return
    except ValidationError as exc:
        errors = {str(e["loc"][0]): e for e in exc.errors()}
    for key in (k for k in table if k in errors):
        if errors[key]["type"] == "extra_forbidden":
            near = suggest(key, list(spec))
            what = Said(
                "scn.unknown_property_near" if near else "scn.unknown_property",
                {"name": key, "near": near},
            )
        else:
            expected = "scn.a_coordinate" if key in ("lat", "lon") else _TABLE_EXPECT[spec[key]]
            what = Said("scn.must_be", {"name": key, "expected": Said(expected)})
        yield (name, key), table[key], what


# -- pydantic's errors as the file's problems -----------------------------------------------
_ACTION_FIELDS: list[str] = list(ActionTable.model_fields)
_NUMBERS = ("one_off_cost", "yearly_cost", "reach_per_week")
#: pydantic's error type -> what the field expects (a catalogue key)
_EXPECT = {
    "string_type": "scn.a_text",
    "list_type": "scn.a_list",
    "int_type": "scn.a_whole_number",
    "dict_type": "scn.a_table",
}


def _problem(file: str, row: int | None, column: str, value: Any, said: Said) -> Problem:
    return Problem(file, row, column, value, key=said.key, fields=dict(said.fields))


def _label(i: int, raw: dict[str, Any]) -> Said:
    title = raw.get("title")
    if isinstance(title, str) and title:
        return Said("scn.action_titled", {"n": i, "title": title})
    return Said("scn.action_n", {"n": i})


def _of(who: Said, key: str, **fields: Any) -> Said:
    """'actie 1 ('Koffie'): what is wrong' as one phrase; grouped by what is wrong."""
    return Said("scn.action", {"who": who, "what": Said(key, fields)})


def _shape_problems(
    errors: list[ErrorDetails], raw: dict[str, Any], i: int, file: str
) -> list[Problem]:
    """Pydantic's errors of one action's shape as the file's problems: one per field, in
    the order the fields stand in the file, the missing ones last."""
    who = _label(i, raw)
    found: dict[str, Problem] = {}
    for error in errors:
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
        found[key] = _problem(file, i, key, value, said)
    order = list(raw) + [k for k in ("title", "kind") if k not in raw]
    return sorted(found.values(), key=lambda p: order.index(str(p.column)))


def _action_problems(errors: list[ErrorDetails], raw: Any, i: int, file: str) -> list[Problem]:
    """One action's problems: not a table, wrong in shape, or breaking the workspace's rules
    (one problem per rule, in the order checked; the field with its table key, as written)."""
    if not isinstance(raw, dict):
        said = _of(Said("scn.action_n", {"n": i}), "scn.table_expected")
        return [_problem(file, i, "actions", raw, said)]
    rules = [e for e in errors if e["type"] == _RULE]
    if not rules:
        return _shape_problems([{**e, "loc": e["loc"][2:]} for e in errors], raw, i, file)
    who = Said("scn.action_titled", {"n": i, "title": raw["title"]})
    return [
        _problem(
            file,
            i,
            ".".join(str(part) for part in e["loc"][2:]),
            e["input"],
            Said("scn.action", {"who": who, "what": e["ctx"]["said"]}),
        )
        for e in rules
    ]


def _file_problems(errors: list[ErrorDetails], data: dict[str, Any], file: str) -> list[Problem]:
    """The scenario's own fields: name and village_id first, unknown keys in ABC order."""
    problems: list[Problem] = []
    extra: list[str] = []
    for error in errors:
        key = str(error["loc"][0])
        if error["type"] == _RULE:
            problems.append(_problem(file, None, key, error["input"], error["ctx"]["said"]))
        elif error["type"] == "extra_forbidden":
            extra.append(key)
        elif key in ("name", "village_id"):
            said = Said("scn.missing_text", {"name": key})
            problems.append(_problem(file, None, key, data.get(key), said))
        elif key == "actions":
            problems.append(_problem(file, None, key, data[key], Said("scn.actions_expected")))
    for key in sorted(extra):
        problems.append(_problem(file, None, key, data[key], Said("scn.unknown_top_field")))
    return problems


def _problems(exc: ValidationError, data: dict[str, Any], file: str) -> list[Problem]:
    """Every error of one validation as the file's problems: the scenario's own fields
    first, then the actions in order, each named by its number (and title)."""
    errors = exc.errors()
    per_action: dict[int, list[ErrorDetails]] = {}
    for e in errors:
        if e["loc"][0] == "actions" and len(e["loc"]) > 1:
            per_action.setdefault(int(e["loc"][1]), []).append(e)
    own = [e for e in errors if not (e["loc"][0] == "actions" and len(e["loc"]) > 1)]
    problems = _file_problems(own, data, file)
    for index, found in sorted(per_action.items()):
        problems += _action_problems(found, data["actions"][index], index + 1, file)
    return problems


def read(data: dict[str, Any], file: str, fit: Fit | None) -> ScenarioTable:
    """The one way a scenario is checked: the model, with the workspace as context or not."""
    try:
        return ScenarioTable.model_validate(data, context=fit)
    except ValidationError as exc:
        raise _error(_problems(exc, data, file), file) from None


def _error(problems: list[Problem], file: str) -> ScenarioError:
    lines = Joined(tuple(Said("scn.line", {"problem": p}) for p in problems), "\n")
    err = ScenarioError(key="scn.problems", file=file, count=len(problems), lines=lines)
    err.problems = problems  # type: ignore[attr-defined]  # ScenarioError has no own fields
    return err
