"""The survey mapping file (contract): how one export maps onto canonical responses.

A mapping is TOML kept beside the export so staff can fix an import without
code::

    [columns]            # canonical = "header in the export"
    respondent_id = "id"
    village_id = "Woonplaats"
    [constants]          # canonical = value for every row
    channel = "online"
    [values.village_id]  # recoding: "value in the export" = "canonical value"
    "Roden-Noord" = "roden"
    [values."importance_*"]  # one value table for several columns (a shared Likert scale)
    "Heel belangrijk" = 5
    [pii]                # export headers that hold personal data, routed to follow-up
    name = "Naam"
    phone = "Telefoon"
    [options]            # optional: source name, sheet, incomplete LimeSurvey rows
    source = "markt-roden-2026"
    sheet = "Antwoorden"
    incomplete = "reject"   # or "keep"

Headers are matched as written, else after normalising (case, accents,
spaces), so ``"Where do you live?"`` finds ``"Where do you live?  "``. A very
long LimeSurvey question header may be given by its beginning.
"""

from __future__ import annotations

import fnmatch
import tomllib
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field
from pydantic import ValidationError as PydanticValidationError

from planning.errors import Problem, Said, SurveyImportError
from planning.io.suggest import suggest
from planning.io.tables import normalize_header
from planning.survey.word_lists import word_lists
from planning.workspace.model_problems import describe, problems_from

#: personal-data fields the follow-up store keeps (contract: name, phone, e-mail, address)
PII_FIELDS: tuple[str, ...] = ("name", "phone", "email", "address")
#: export headers of personal data without a mapping file (planning/survey/data/words.toml)
PII_ALIASES: dict[str, str] = dict(word_lists("words")["headers"]["pii"])
#: the name of the implicit mapping (no mapping file: the export's own headers)
HEADERS_ONLY = Said("survey.mapping.headers")
#: input columns a mapping may name that are not canonical: converted on import
INPUT_ONLY: tuple[str, ...] = ("birth_year",)
#: a long header may be named by its beginning of at least this many characters
PREFIX_MIN = 20


@dataclass
class Mapping:
    """A parsed mapping file; ``path`` is None for the implicit (canonical headers) mapping."""

    columns: dict[str, str] = field(default_factory=dict)
    constants: dict[str, Any] = field(default_factory=dict)
    values: dict[str, dict[str, str]] = field(default_factory=dict)
    pii: dict[str, str] = field(default_factory=dict)
    options: dict[str, Any] = field(default_factory=dict)
    path: Path | None = None

    def value_table(self, column: str) -> dict[str, str] | None:
        """The recoding of a column: its own table, else the first pattern that matches it."""
        if column in self.values:
            return self.values[column]
        for key, table in self.values.items():
            if fnmatch.fnmatchcase(column, key):
                return table
        return None

    @property
    def name(self) -> str | Said:
        """The mapping file's name; the implicit mapping is named in the reader's language."""
        return self.path.name if self.path else HEADERS_ONLY


Scalar = str | int | float | bool | date


class _Table(BaseModel):
    model_config = ConfigDict(extra="forbid", strict=True, frozen=True)


class PiiTable(_Table):
    """[pii]: export headers holding personal data, routed to the follow-up store only."""

    name: str | None = None
    phone: str | None = None
    email: str | None = None
    address: str | None = None


class OptionsTable(_Table):
    """[options]: the source name, the sheet, and what to do with unfinished responses."""

    source: str | None = None
    sheet: str | int | None = None
    incomplete: Literal["reject", "keep"] = "reject"


class MappingFile(_Table):
    """A mapping file as written: closed, so a misspelt table or key is an error."""

    columns: dict[str, str] = Field(default_factory=dict)
    constants: dict[str, Scalar] = Field(default_factory=dict)
    values: dict[str, dict[str, Scalar]] = Field(default_factory=dict)
    pii: PiiTable = Field(default_factory=PiiTable)
    options: OptionsTable = Field(default_factory=OptionsTable)


def _canonical_problems(model: MappingFile, file: str, known: set[str]) -> list[Problem]:
    """What the model cannot know: keys must be canonical columns of this workspace."""
    problems: list[Problem] = []

    def unknown(section: str, key: str, value: Any) -> None:
        near = suggest(key, known)
        key_ = "survey.not_canonical_near" if near else "survey.not_canonical"
        problems.append(
            Problem(file, None, f"{section}.{key}", value, key=key_, fields={"near": near})
        )

    for key, header in model.columns.items():
        if key not in known:
            unknown("columns", key, header)
    for key, value in model.constants.items():
        if key not in known:
            unknown("constants", key, value)
        elif key in model.columns:
            problems.append(
                Problem(file, None, f"constants.{key}", value, key="survey.column_or_constant")
            )
    for key in model.values:
        if not fnmatch.filter(known, key):
            unknown("values", key, None)
    return problems


def _raise(path: Path, problems: list[Problem]) -> SurveyImportError:
    return SurveyImportError(
        Said("survey.mapping_wrong", {"file": path.name, "lines": describe(problems)}), problems
    )


def load_mapping(path: Path, canonical: list[str]) -> Mapping:
    """Read and check a mapping file against the canonical columns of this workspace.

    Every problem of the file is reported at once, each naming the file and key.
    """
    try:
        raw = tomllib.loads(path.read_text(encoding="utf-8-sig"))
    except OSError as exc:
        raise SurveyImportError(
            key="survey.mapping_unreadable", file=str(path), error=str(exc)
        ) from None
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise SurveyImportError(key="model.bad_toml", path=path.name, error=str(exc)) from None
    try:
        model = MappingFile.model_validate(raw)
    except PydanticValidationError as exc:
        raise _raise(path, problems_from(exc, path.name, MappingFile)) from None
    problems = _canonical_problems(model, path.name, set(canonical))
    if problems:
        raise _raise(path, problems)
    return Mapping(
        columns=dict(model.columns),
        constants=dict(model.constants),
        values={k: {str(a): str(b) for a, b in t.items()} for k, t in model.values.items()},
        pii=model.pii.model_dump(exclude_none=True),
        options=model.options.model_dump(exclude_unset=True),
        path=path,
    )


def resolve_header(wanted: str, headers: list[str]) -> str | None:
    """The export header a mapping names: exact, normalised, or a long header's beginning."""
    if wanted in headers:
        return wanted
    norm = normalize_header(wanted)
    by_norm = {normalize_header(h): h for h in reversed(headers)}
    if norm in by_norm:
        return by_norm[norm]
    if len(norm) >= PREFIX_MIN:
        hits = [h for h in headers if normalize_header(h).startswith(norm)]
        if len(hits) == 1:
            return hits[0]
    return None


def closest_header(wanted: str, headers: list[str], taken: set[str] | None = None) -> str | None:
    """For the error message: the header present that looks most like the missing one.

    Headers the mapping already uses for something else are considered last;
    a header contained in the wanted one (or the reverse) beats a mere look-alike.
    """
    import difflib

    free = [h for h in headers if h not in (taken or set())] or headers
    key = normalize_header(wanted)
    contained = [
        h
        for h in free
        if normalize_header(h) and (normalize_header(h) in key or key in normalize_header(h))
    ]
    if contained:
        return max(contained, key=lambda h: len(normalize_header(h)))
    norm = {normalize_header(h)[:80]: h for h in free}
    match = difflib.get_close_matches(key[:80], list(norm), n=1, cutoff=0.4)
    return norm[match[0]] if match else None


def implicit_mapping(headers: list[str], header_map: dict[str, str]) -> Mapping:
    """No mapping file: take headers that already are canonical or their Dutch aliases."""
    mapping = Mapping()
    for header in headers:
        norm = normalize_header(header)
        canonical = header_map.get(norm)
        if canonical and canonical not in mapping.columns:
            mapping.columns[canonical] = header
            continue
        pii = norm if norm in PII_FIELDS else PII_ALIASES.get(norm)
        if pii and pii not in mapping.pii:
            mapping.pii[pii] = header
    return mapping


def find_mapping(file: Path) -> Path | None:
    """``FILE.mapping.toml`` (or ``STEM.mapping.toml``) beside the export, if there is one."""
    for candidate in (
        file.with_name(file.name + ".mapping.toml"),
        file.with_name(file.stem + ".mapping.toml"),
    ):
        if candidate.is_file():
            return candidate
    return None
