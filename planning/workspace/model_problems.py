"""Pydantic validation errors -> Problems a member of staff can act on.

Settings files (workspace.toml, a survey mapping) are read into pydantic models
so a misspelt key or an impossible number is caught instead of silently
replaced by a default. Pydantic's own messages are English and name Python
types; this module rewrites every error into a Dutch ``Problem`` naming the
file and the dotted key, with a suggestion when a key looks misspelt.
"""

from __future__ import annotations

import types
import typing
from typing import Any

from pydantic import BaseModel
from pydantic import ValidationError as PydanticValidationError
from pydantic_core import ErrorDetails

from planning.errors import Joined, Problem, Said
from planning.io.suggest import suggest

#: pydantic's error type -> the catalogue key of what was expected
_TYPE_MESSAGES: dict[str, str] = {
    "int_type": "io.not_whole",
    "int_parsing": "io.not_whole",
    "int_from_float": "io.not_whole",
    "float_type": "io.not_a_number",
    "float_parsing": "io.not_a_number",
    "finite_number": "model.finite",
    "string_type": "model.text",
    "bool_type": "model.bool",
    "bool_parsing": "model.bool",
    "dict_type": "model.table",
    "model_type": "model.table",
    "model_attributes_type": "model.table",
    "list_type": "model.list",
    "tuple_type": "model.list_lang",
    "date_type": "model.date",
    "date_parsing": "model.date",
    "date_from_datetime_parsing": "model.date",
    "missing": "model.missing",
}


def _unwrap(annotation: Any) -> list[Any]:
    """The concrete types inside Optional/Union/Annotated, for walking a model by key."""
    origin = typing.get_origin(annotation)
    if origin is typing.Annotated:
        return _unwrap(typing.get_args(annotation)[0])
    if origin in (typing.Union, types.UnionType):
        return [t for arg in typing.get_args(annotation) for t in _unwrap(arg)]
    return [annotation]


def _known_keys(model: type[BaseModel], loc: tuple[Any, ...]) -> list[str]:
    """The keys allowed at ``loc`` (the parent of an unknown key), for 'bedoelt u ...?'."""
    current: list[Any] = [model]
    for part in loc:
        following: list[Any] = []
        for kind in current:
            if isinstance(kind, type) and issubclass(kind, BaseModel):
                field = kind.model_fields.get(str(part))
                if field is not None:
                    following += _unwrap(field.annotation)
            elif typing.get_origin(kind) is dict:
                following += _unwrap(typing.get_args(kind)[1])
        current = following
    keys: list[str] = []
    for kind in current:
        if isinstance(kind, type) and issubclass(kind, BaseModel):
            keys += list(kind.model_fields)
    return keys


def _bound(ctx: dict[str, Any], key: str) -> str:
    value = ctx.get(key)
    return f"{value:g}".replace(".", ",") if isinstance(value, float) else str(value)


def message_for(error: ErrorDetails, model: type[BaseModel]) -> Said:
    """One pydantic error as a phrase of the catalogue (said in Dutch or English)."""
    kind = error["type"]
    ctx: dict[str, Any] = dict(error.get("ctx") or {})
    loc = tuple(error["loc"])
    if kind == "extra_forbidden":
        near = suggest(str(loc[-1]), _known_keys(model, loc[:-1])) if loc else None
        return Said(
            "model.unknown_setting_near" if near else "model.unknown_setting", {"near": near}
        )
    expected = _choices(ctx.get("expected", ""))
    if kind == "literal_error" and loc and loc[-1] == "[key]":
        return Said("model.unknown_key", {"expected": expected})
    if kind == "literal_error":
        return Said("model.expected", {"expected": expected})
    bounds = {
        "greater_than_equal": ("model.too_small_ge", "ge"),
        "greater_than": ("model.too_small_gt", "gt"),
        "less_than_equal": ("model.too_large_le", "le"),
        "less_than": ("model.too_large_lt", "lt"),
    }
    if kind in bounds:
        key, bound = bounds[kind]
        return Said(key, {"bound": _bound(ctx, bound)})
    if kind == "too_short":
        return Said("model.empty")
    if kind == "value_error":
        raised = ctx.get("error")
        said = raised.args[0] if raised is not None and raised.args else None
        if isinstance(said, Said):
            return said
        return Said("model.as_raised", {"error": str(raised or error["msg"])})
    if kind in _TYPE_MESSAGES:
        return Said(_TYPE_MESSAGES[kind])
    return Said("model.invalid", {"error": error["msg"]})


def _choices(expected: Any) -> Said | str:
    """pydantic's "'nl' or 'en'" (or "'a', 'b' or 'c'") with 'or' said per language."""
    head, _, last = str(expected).rpartition(" or ")
    return Said("model.choices", {"head": head, "last": last}) if head else str(expected)


def _dotted(loc: tuple[Any, ...], model: type[BaseModel]) -> str:
    """The dotted key of an error, without the union member names pydantic adds."""
    kept: list[Any] = []
    for part in loc:
        tag = isinstance(part, str) and ("[" in part or part in _NOISE)
        if tag and part not in _known_keys(model, tuple(kept)):
            continue
        kept.append(part)
    return ".".join(str(p) for p in kept)


_NOISE = {"str", "int", "float", "bool", "date", "function-after", "function-before"}


def problems_from(exc: PydanticValidationError, file: str, model: type[BaseModel]) -> list[Problem]:
    """Every error of one validation as a Problem (file, key, value, Dutch message).

    A union member that fails yields one error per member; only the first per key
    is kept so staff see one line per mistake.
    """
    seen: set[str] = set()
    problems: list[Problem] = []
    for error in exc.errors():
        key = _dotted(tuple(error["loc"]), model)
        if key in seen:
            continue
        seen.add(key)
        value = None if error["type"] in ("missing",) else error.get("input")
        if isinstance(value, dict):
            value = None
        said = message_for(error, model)
        problems.append(
            Problem(file, None, key or None, value, key=said.key, fields=dict(said.fields))
        )
    return problems


def describe(problems: list[Problem]) -> Joined:
    """'file, sleutel 'x': message' lines, the way the CLI shows them (in any language)."""
    lines = []
    for p in problems:
        shown = (
            ""
            if p.value is None or p.value == ""
            else Said("problem.shown_value", {"value": repr(p.value)})
        )
        key = "model.line_at_key" if p.column else "model.line"
        lines.append(Said(key, {"file": p.file, "setting": p.column, "problem": p, "shown": shown}))
    return Joined(tuple(lines), "\n")
