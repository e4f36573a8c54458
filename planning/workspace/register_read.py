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
import re
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pandas as pd

from planning.errors import Problem, WorkspaceError
from planning.i18n import text
from planning.io.cells import (
    AGE_MAX,
    CellError,
    age_group_bounds,
    number_style,
    parse_age_group,
    parse_date,
    parse_int,
    present,
)
from planning.io.tables import decode_bytes, normalize_header, read_raw
from planning.workspace.conversion import suggest

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
MONTHS = {
    "januari": 1, "jan": 1, "january": 1, "februari": 2, "feb": 2, "february": 2,
    "maart": 3, "mrt": 3, "march": 3, "april": 4, "apr": 4, "mei": 5, "may": 5,
    "juni": 6, "jun": 6, "june": 6, "juli": 7, "jul": 7, "july": 7, "augustus": 8,
    "aug": 8, "august": 8, "september": 9, "sep": 9, "sept": 9, "oktober": 10, "okt": 10,
    "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
}  # fmt: skip
_NUMERIC_DATE = re.compile(r"\b(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})\b")
_ISO_DATE = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b")
_WORD_DATE = re.compile(r"\b(\d{1,2})\s+([a-z]{3,9})\.?\s+(\d{4})\b")
#: title lines that name the peildatum, surest first: a date there beats any other date
_DATE_LINES = (
    re.compile(r"peildatum|reference date|peil\b", re.IGNORECASE),
    re.compile(r"\bper\b|\bstand\b|\bop\b|\bas of\b|\bon\b", re.IGNORECASE),
    re.compile(r""),
)
_SINGLE_AGE = re.compile(r"^(\d{1,3})\s*(jaar|jr|years?)?\.?$")


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


def refuse(path: Path, problems: list[Problem], lang: str) -> WorkspaceError:
    """A refusal naming every problem: nothing is written."""
    head = text("register.refused", lang, file=path.name, count=len(problems))
    return WorkspaceError("\n".join([head, *map(str, problems)]), problems[0], problems)


def read_mapping(path: Path | None, lang: str = "nl") -> tuple[dict[str, str], dict[str, Any]]:
    """A mapping file: [columns] field = "header as written", [options] peildatum/source/sheet."""
    if path is None:
        return {}, {}
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8-sig"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise WorkspaceError(
            text("register.mapping_unreadable", lang, file=path.name, why=exc)
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
                        text(
                            "register.mapping_key", lang, known=", ".join(known), near=near or "-"
                        ),
                    )
                )
    for section in data:
        if section not in ("columns", "options"):
            problems.append(
                Problem(
                    path.name, None, f"[{section}]", None, text("register.mapping_section", lang)
                )
            )
    if problems:
        raise refuse(path, problems, lang)
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


def _date_in(line: str) -> dt.date | None:
    low = line.lower()
    for pattern, order in ((_ISO_DATE, "ymd"), (_NUMERIC_DATE, "dmy"), (_WORD_DATE, "dMy")):
        hit = pattern.search(low)
        if not hit:
            continue
        a, b, c = hit.groups()
        try:
            if order == "ymd":
                return dt.date(int(a), int(b), int(c))
            if order == "dmy":
                return dt.date(int(c), int(b), int(a))
            if b in MONTHS:
                return dt.date(int(c), MONTHS[b], int(a))
        except ValueError:
            continue
    return None


def title_lines(path: Path, header_row: int, sheet: str | None = None) -> list[str]:
    """The lines above the header, as text (a peildatum and a source often stand there)."""
    if header_row <= 1:
        return []
    if path.suffix.lower() in (".xlsx", ".xlsm") or path.read_bytes()[:4] == b"PK\x03\x04":
        from openpyxl import load_workbook

        book = load_workbook(path, read_only=True, data_only=True)
        try:
            found = None
            for name in [sheet] if sheet else book.sheetnames:
                rows = list(book[name].iter_rows(max_row=header_row - 1, values_only=True))
                if any(present(c) for r in rows for c in r):
                    found = rows
                    break
        finally:
            book.close()
        return [" ".join(str(c) for c in r if present(c)) for r in found or []]
    content, _ = decode_bytes(path.read_bytes())
    return [
        line.replace(";", " ").replace(",", " ") for line in content.splitlines()[: header_row - 1]
    ]


def peildatum_from_titles(lines: list[str]) -> dt.date | None:
    """The peildatum a title line names: a line saying peildatum first, then per/stand/op,
    then any date; two different dates at the same level are no answer (None)."""
    for marker in _DATE_LINES:
        dates = {d for line in lines if marker.search(line) and (d := _date_in(line))}
        if dates:
            return next(iter(dates)) if len(dates) == 1 else None
    return None


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


def parse_ages(
    value: Any, peildatum: dt.date | None = None, birth: bool = False
) -> tuple[int, int]:
    """Ages lo..hi of a cell: a single year, a band or open group, or a birth year.

    A birth year on 1 January is one age (2000 on 1-1-2025: 24); on a later peildatum
    its people are of two ages (24 or 25), and the row covers both.
    """
    if birth:
        year = parse_int(value)
        assert peildatum is not None
        if not peildatum.year - AGE_MAX <= year <= peildatum.year:
            raise CellError("birth_year")
        older = peildatum.year - year
        if peildatum.month == 1 and peildatum.day == 1:
            return max(older - 1, 0), max(older - 1, 0)
        return max(older - 1, 0), older
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        age = parse_int(value)
        if 0 <= age <= AGE_MAX:
            return age, age
        raise CellError("age")
    written = str(value).strip().lower()
    single = _SINGLE_AGE.fullmatch(written)
    if single:
        age = int(single.group(1))
        if age <= AGE_MAX:
            return age, age
        raise CellError("age")
    try:
        lo, upper = age_group_bounds(parse_age_group(value))
    except CellError:
        raise CellError("age") from None
    return lo, min(upper - 1, AGE_MAX)


def read_register(
    path: Path,
    mapping: Path | None = None,
    peildatum: dt.date | None = None,
    lang: str = "nl",
) -> RegisterFile:
    """Every row of a delivery, or a refusal listing every problem (nothing half-read)."""
    columns, options = read_mapping(mapping, lang)
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
                text("register.mapped_missing", lang, near=near or "-"),
            )
        )
    place = next((f for f in PLACE_FIELDS if f in headers), None)
    if place is None:
        problems.append(
            Problem(path.name, raw.header_row, None, None, text("register.no_place", lang))
        )
    if "age" not in headers and "birth_year" not in headers:
        problems.append(
            Problem(path.name, raw.header_row, None, None, text("register.no_age", lang))
        )
    count_fields = (
        ["count"]
        if "count" in headers
        else ["men", "women"]
        if {"men", "women"} <= set(headers)
        else []
    )
    if not count_fields:
        problems.append(
            Problem(path.name, raw.header_row, None, None, text("register.no_count", lang))
        )
    if problems:
        raise refuse(path, problems, lang)
    assert place is not None
    fixed = peildatum or (parse_date(options["peildatum"]) if "peildatum" in options else None)
    if fixed is None and "peildatum" not in headers:
        fixed = peildatum_from_titles(title_lines(path, raw.header_row, options.get("sheet")))
        if fixed is None:
            raise refuse(
                path,
                [Problem(path.name, None, None, None, text("register.no_peildatum", lang))],
                lang,
            )
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
        where = int(row)
        place_cell, age_cell = cells[headers[place]], cells[headers[age_field]]
        counts_present = [present(cells[headers[f]]) for f in count_fields]
        if not present(age_cell) and not any(counts_present):
            continue  # a note under the table ("Bron: BRP"), or an empty separator row
        if _is_total(place_cell) or _is_total(age_cell):
            total = _row_count(cells, headers, count_fields, styles, where, path, problems, lang)
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
                Problem(
                    path.name, where, headers[place], None, text("register.no_place_cell", lang)
                )
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
                        text("register.bad_date", lang),
                    )
                )
                continue
        try:
            lo, hi = parse_ages(age_cell, when, birth=age_field == "birth_year")
        except (CellError, ValueError):
            key = "register.bad_birth_year" if age_field == "birth_year" else "register.bad_age"
            problems.append(
                Problem(path.name, where, headers[age_field], age_cell, text(key, lang))
            )
            continue
        count = _row_count(cells, headers, count_fields, styles, where, path, problems, lang)
        if count is not None:
            rows.append(RegisterRow(where, current_place, place, when, lo, hi, count))
    problems += _total_problems(path, rows, totals, headers, count_fields, lang)
    if problems:
        raise refuse(path, problems, lang)
    if not rows:
        raise refuse(
            path, [Problem(path.name, None, None, None, text("register.no_rows", lang))], lang
        )
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
    lang: str,
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
            problems.append(
                Problem(path.name, row, headers[name], value, text("register.bad_count", lang))
            )
            return None
        if number < 0:
            problems.append(
                Problem(path.name, row, headers[name], value, text("register.negative", lang))
            )
            return None
        total += number
    return total


def _total_problems(
    path: Path,
    rows: list[RegisterRow],
    totals: list[tuple[int, str | None, int]],
    headers: dict[str, str],
    fields: list[str],
    lang: str,
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
                    text("register.total_mismatch", lang, expected=expected),
                )
            )
    return problems
