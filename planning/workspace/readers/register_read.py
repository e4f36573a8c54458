"""Reading a register (BRP) delivery as the desk sends it: counts per place and age.

A BRP or research desk delivers a spreadsheet report: a title or two ("Inwoners per
woonplaats naar leeftijd", "Peildatum: 1 januari 2025"), a header, one row per place and
age (single years "0" ... "99", "100 jaar en ouder"), or per band ("0 t/m 4", "65-74",
"75+"), or per birth year; men and women in two columns, or a geslacht column, or one
count; the place written only on its first row (a pivot table); a total at the bottom.
This module turns such a file into plain rows (place, peildatum, ages, count) and
refuses, with file, row and the column header as written, what it cannot read.
Reading goes through planning.io.tables (encoding, separator, title lines, .xlsx) and
planning.io.cells (Dutch numbers): nothing here reads bytes itself.

Nothing personal is read: the place, the age and a count are all that is kept.
"""

from __future__ import annotations

import datetime as dt
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pandas as pd

from planning.errors import Joined, Placed, Problem, Said, WorkspaceError
from planning.io.cells import (
    CellError,
    number_style,
    parse_date,
    parse_int,
    present,
)
from planning.io.suggest import suggest
from planning.io.tables import normalize_header, read_raw, row_number
from planning.workspace.readers.register_dates import parse_ages, peildatum_from_titles, title_lines

#: canonical field -> the headers (normalised) that name it, Dutch and English
FIELDS: dict[str, tuple[str, ...]] = {
    "woonplaats": ("woonplaats", "woonplaatsnaam", "plaats", "plaatsnaam", "residence", "town"),
    "kern": ("kern", "kernnaam", "dorp", "dorpskern", "village", "place"),
    "buurt": ("buurt", "buurtcode", "buurt_code", "bu_code", "neighbourhood", "cbs_buurt"),
    "postcode": ("postcode", "pc4", "pc6", "postal_code", "postcode_4", "postcode_6"),
    "age": (
        "leeftijd",
        "leeftijd_in_jaren",
        "leeftijdsklasse",
        "leeftijdsgroep",
        "leeftijdscategorie",
        "age",
        "age_group",
        "age_band",
    ),
    "birth_year": ("geboortejaar", "birth_year", "year_of_birth"),
    "count": (
        "aantal",
        "aantal_inwoners",
        "inwoners",
        "aantal_personen",
        "personen",
        "totaal",
        "total",
        "count",
        "inhabitants",
        "population",
    ),
    "men": ("man", "mannen", "m", "male", "males", "men"),
    "women": ("vrouw", "vrouwen", "v", "female", "females", "women"),
    "sex": ("geslacht", "sex", "gender"),
    "peildatum": ("peildatum", "datum", "reference_date", "date"),
}
PLACE_FIELDS = ("kern", "woonplaats", "buurt", "postcode")
OPTIONS = ("peildatum", "source", "sheet")
#: words that mark a total row or column value (compared normalised)
TOTAL_WORDS = ("totaal", "total", "eindtotaal", "subtotaal", "grand_total", "alle_leeftijden")
#: geslacht values that mean "both" (rows beside man/vrouw rows: counted once)
BOTH_SEXES = ("totaal", "total", "beide", "both", "alle", "all", "man_en_vrouw")


@dataclass(frozen=True)
class RegisterRow:
    """One row of the delivery: a place, its peildatum, ages lo..hi (inclusive), a count."""

    row: int
    place: str
    kind: str  # kern | woonplaats | buurt | postcode
    peildatum: dt.date
    lo: int
    hi: int
    count: int


@dataclass
class RegisterFile:
    """A delivery read: its rows and what it said about itself."""

    path: Path
    rows: list[RegisterRow]
    source: str | None = None
    #: canonical field -> the header as written (for messages and the report)
    headers: dict[str, str] = field(default_factory=dict)
    total_rows: int = 0

    @property
    def peildata(self) -> list[dt.date]:
        return sorted({r.peildatum for r in self.rows})


def refuse(path: Path, problems: list[Problem]) -> WorkspaceError:
    """A refusal naming every problem: nothing is written."""
    lines = Joined(tuple(Placed(p) for p in problems), "\n")
    return WorkspaceError(
        Said("register.refused", {"file": path.name, "count": len(problems), "problems": lines}),
        problems[0],
        problems,
    )


def read_mapping(path: Path | None) -> tuple[dict[str, str], dict[str, Any]]:
    """A mapping file: [columns] field = "header as written", [options] peildatum/source/sheet."""
    if path is None:
        return {}, {}
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8-sig"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise WorkspaceError(
            key="register.mapping_unreadable", file=path.name, why=str(exc)
        ) from None
    problems: list[Problem] = []
    for section, known in (("columns", FIELDS), ("options", OPTIONS)):
        for key in data.get(section, {}):
            if key not in known:
                near = suggest(key, list(known))
                problems.append(
                    Problem(
                        path.name,
                        None,
                        f"[{section}] {key}",
                        None,
                        key="register.mapping_key",
                        fields={"known": ", ".join(known), "near": near or "-"},
                    )
                )
    for section in data:
        if section not in ("columns", "options"):
            problems.append(
                Problem(path.name, None, f"[{section}]", None, key="register.mapping_section")
            )
    if problems:
        raise refuse(path, problems)
    columns = {str(k): str(v) for k, v in data.get("columns", {}).items()}
    return columns, dict(data.get("options", {}))


def _headers(columns: list[str], mapping: dict[str, str]) -> dict[str, str]:
    """Canonical field -> header in the file: the mapping's, else a known name."""
    found: dict[str, str] = {}
    by_norm = {normalize_header(c): c for c in columns}
    for name, written in mapping.items():
        hit = written if written in columns else by_norm.get(normalize_header(written))
        if hit is not None:
            found[name] = hit
    for name, aliases in FIELDS.items():
        if name in found:
            continue
        for column in columns:
            if column not in found.values() and normalize_header(column) in aliases:
                found[name] = column
                break
    return found


def _is_total(value: Any) -> bool:
    if not present(value):
        return False
    key = normalize_header(value)
    return any(key == w or key.startswith(w + "_") for w in TOTAL_WORDS)


def _totalled(place_cell: Any, current: str | None) -> str | None:
    """The place a total row totals: its own ("Totaal Wapse", or "Wapse" beside "Totaal" in
    the age column), or None for the whole file ("Totaal", "Totaal gemeente")."""
    if not _is_total(place_cell):
        return current
    rest = normalize_header(place_cell).split("_", 1)[1:]
    if current is not None and rest and rest[0] == normalize_header(current):
        return current
    return None


def read_register(
    path: Path,
    mapping: Path | None = None,
    peildatum: dt.date | None = None,
) -> RegisterFile:
    """Every row of a delivery, or a refusal listing every problem (nothing half-read)."""
    columns, options = read_mapping(mapping)
    known = {a for aliases in FIELDS.values() for a in aliases} | {
        normalize_header(h) for h in columns.values()
    }
    raw = read_raw(path, known, sheet=options.get("sheet"))
    frame = raw.frame
    headers = _headers([str(c) for c in frame.columns], columns)
    missing = [name for name in columns if name not in headers]
    problems: list[Problem] = []
    for name in missing:
        near = suggest(columns[name], [str(c) for c in frame.columns])
        problems.append(
            Problem(
                path.name,
                raw.header_row,
                columns[name],
                None,
                key="register.mapped_missing",
                fields={"near": near or "-"},
            )
        )
    place = next((f for f in PLACE_FIELDS if f in headers), None)
    if place is None:
        problems.append(Problem(path.name, raw.header_row, None, None, key="register.no_place"))
    if "age" not in headers and "birth_year" not in headers:
        problems.append(Problem(path.name, raw.header_row, None, None, key="register.no_age"))
    count_fields = (
        ["count"]
        if "count" in headers
        else ["men", "women"]
        if {"men", "women"} <= set(headers)
        else []
    )
    if not count_fields:
        problems.append(Problem(path.name, raw.header_row, None, None, key="register.no_count"))
    if problems:
        raise refuse(path, problems)
    assert place is not None
    fixed = peildatum or (parse_date(options["peildatum"]) if "peildatum" in options else None)
    if fixed is None and "peildatum" not in headers:
        fixed = peildatum_from_titles(title_lines(path, raw.header_row, options.get("sheet")))
        if fixed is None:
            raise refuse(path, [Problem(path.name, None, None, None, key="register.no_peildatum")])
    source = options.get("source")
    styles = {f: number_style(frame[headers[f]].tolist(), raw.delimiter) for f in count_fields}
    rows: list[RegisterRow] = []
    totals: list[tuple[int, str | None, int]] = []
    current_place: str | None = None
    age_field = "age" if "age" in headers else "birth_year"
    sex = headers.get("sex")
    both = None
    if sex is not None:
        values = {normalize_header(v) for v in frame[sex] if present(v)}
        both = any(v in BOTH_SEXES for v in values)
    for row, cells in frame.iterrows():
        where = row_number(row)
        place_cell, age_cell = cells[headers[place]], cells[headers[age_field]]
        counts_present = [present(cells[headers[f]]) for f in count_fields]
        if not present(age_cell) and not any(counts_present):
            continue  # a note under the table ("Bron: BRP"), or an empty separator row
        if _is_total(place_cell) or _is_total(age_cell):
            total = _row_count(cells, headers, count_fields, styles, where, path, problems)
            if total is not None:
                totals.append((where, _totalled(place_cell, current_place), total))
            continue
        if sex is not None and present(cells[sex]):
            is_both = normalize_header(cells[sex]) in BOTH_SEXES
            if both != is_both:
                continue  # men and women beside their total: the total counts
        if present(place_cell):
            current_place = str(place_cell).strip()
        if current_place is None:
            problems.append(
                Problem(path.name, where, headers[place], None, key="register.no_place_cell")
            )
            continue
        when = fixed
        if when is None:
            try:
                when = parse_date(cells[headers["peildatum"]])
            except CellError:
                problems.append(
                    Problem(
                        path.name,
                        where,
                        headers["peildatum"],
                        cells[headers["peildatum"]],
                        key="register.bad_date",
                    )
                )
                continue
        try:
            lo, hi = parse_ages(age_cell, when, birth=age_field == "birth_year")
        except (CellError, ValueError):
            key = "register.bad_birth_year" if age_field == "birth_year" else "register.bad_age"
            problems.append(Problem(path.name, where, headers[age_field], age_cell, key=key))
            continue
        count = _row_count(cells, headers, count_fields, styles, where, path, problems)
        if count is not None:
            rows.append(RegisterRow(where, current_place, place, when, lo, hi, count))
    problems += _total_problems(path, rows, totals, headers, count_fields)
    if problems:
        raise refuse(path, problems)
    if not rows:
        raise refuse(path, [Problem(path.name, None, None, None, key="register.no_rows")])
    used = {f: headers[f] for f in (place, age_field, *count_fields) if f in headers}
    return RegisterFile(path, rows, source, used, len(totals))


def _row_count(
    cells: pd.Series,
    headers: dict[str, str],
    fields: list[str],
    styles: dict[str, bool | None],
    row: int,
    path: Path,
    problems: list[Problem],
) -> int | None:
    """The row's count (men + women where split), or None with its problem noted."""
    total = 0
    for name in fields:
        value = cells[headers[name]]
        if not present(value):
            value = 0 if len(fields) > 1 else value
        try:
            number = parse_int(value, styles[name])
        except CellError:
            problems.append(Problem(path.name, row, headers[name], value, key="register.bad_count"))
            return None
        if number < 0:
            problems.append(Problem(path.name, row, headers[name], value, key="register.negative"))
            return None
        total += number
    return total


def _total_problems(
    path: Path,
    rows: list[RegisterRow],
    totals: list[tuple[int, str | None, int]],
    headers: dict[str, str],
    fields: list[str],
) -> list[Problem]:
    """A total row that does not equal the rows it totals: the file is not what it says."""
    problems = []
    column = headers[fields[0]]
    for row, place, value in totals:
        before = [r for r in rows if r.row < row and (place is None or r.place == place)]
        if place is None:
            # a grand total sums everything above it, past any subtotal rows
            expected = sum(r.count for r in before)
        else:
            start = max((t for t, p, _ in totals if t < row and p != place), default=0)
            expected = sum(r.count for r in before if r.row > start)
        if expected != value:
            problems.append(
                Problem(
                    path.name,
                    row,
                    column,
                    value,
                    key="register.total_mismatch",
                    fields={"expected": expected},
                )
            )
    return problems
