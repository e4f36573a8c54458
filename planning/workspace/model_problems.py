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

from planning.errors import Problem
from planning.workspace.conversion import suggest

_TYPE_MESSAGES: dict[str, str] = {
    "int_type": "verwacht een heel getal",
    "int_parsing": "verwacht een heel getal",
    "int_from_float": "verwacht een heel getal",
    "float_type": "verwacht een getal",
    "float_parsing": "verwacht een getal",
    "finite_number": "verwacht een eindig getal (geen inf of nan)",
    "string_type": "verwacht een tekst",
    "bool_type": "verwacht true of false",
    "bool_parsing": "verwacht true of false",
    "dict_type": "verwacht een tabel",
    "model_type": "verwacht een tabel",
    "model_attributes_type": "verwacht een tabel",
    "list_type": "verwacht een lijst, bv. [3, 5, 10]",
    "tuple_type": 'verwacht een lijst, bv. ["nl", "en"]',
    "date_type": "verwacht een datum (JJJJ-MM-DD)",
    "date_parsing": "verwacht een datum (JJJJ-MM-DD)",
    "date_from_datetime_parsing": "verwacht een datum (JJJJ-MM-DD)",
    "missing": "ontbreekt",
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


def message_for(error: ErrorDetails, model: type[BaseModel]) -> str:
    """One pydantic error as a Dutch sentence."""
    kind = error["type"]
    ctx: dict[str, Any] = dict(error.get("ctx") or {})
    loc = tuple(error["loc"])
    if kind == "extra_forbidden":
        near = suggest(str(loc[-1]), _known_keys(model, loc[:-1])) if loc else None
        hint = f"; bedoelt u '{near}'?" if near else ""
        return f"onbekende instelling{hint}"
    if kind == "literal_error" and loc and loc[-1] == "[key]":
        return "onbekende sleutel; kies uit " + str(ctx.get("expected", "")).replace(" or ", " of ")
    if kind == "literal_error":
        return "verwacht " + str(ctx.get("expected", "")).replace(" or ", " of ")
    if kind == "greater_than_equal":
        return f"te klein: verwacht {_bound(ctx, 'ge')} of meer"
    if kind == "greater_than":
        return f"te klein: verwacht meer dan {_bound(ctx, 'gt')}"
    if kind == "less_than_equal":
        return f"te groot: verwacht {_bound(ctx, 'le')} of minder"
    if kind == "less_than":
        return f"te groot: verwacht minder dan {_bound(ctx, 'lt')}"
    if kind == "too_short":
        return "mag niet leeg zijn"
    if kind == "value_error":
        return str(ctx.get("error", error["msg"]))
    if kind in _TYPE_MESSAGES:
        return _TYPE_MESSAGES[kind]
    return f"ongeldige waarde ({error['msg']})"


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
        problems.append(Problem(file, None, key or None, value, message_for(error, model)))
    return problems


def describe(problems: list[Problem]) -> str:
    """'file, sleutel 'x': message' lines, the way the CLI shows them."""
    lines = []
    for p in problems:
        where = f"{p.file}, sleutel '{p.column}'" if p.column else p.file
        shown = "" if p.value is None or p.value == "" else f" (waarde: {p.value!r})"
        lines.append(f"{where}: {p.message}{shown}")
    return "\n".join(lines)
