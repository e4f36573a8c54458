"""The peildatum and the ages of a register (BRP) delivery, as desks write them.

A peildatum stands in a title line ("Peildatum: 1 januari 2025", "per 01-01-2025",
"Reference date: 1 January 2025"); ages are single years ("0" ... "99", "100 jaar en
ouder"), bands ("0 t/m 4", "65-74", "75+") or birth years. Part of reading a delivery
(planning.workspace.readers.register_read).
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path
from typing import Any

from planning.io.cells import (
    AGE_MAX,
    CellError,
    age_group_bounds,
    parse_age_group,
    parse_int,
    present,
)
from planning.io.tables import decode_bytes

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
            raise CellError("register.bad_birth_year")
        older = peildatum.year - year
        if peildatum.month == 1 and peildatum.day == 1:
            return max(older - 1, 0), max(older - 1, 0)
        return max(older - 1, 0), older
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        age = parse_int(value)
        if 0 <= age <= AGE_MAX:
            return age, age
        raise CellError("register.bad_age")
    written = str(value).strip().lower()
    single = _SINGLE_AGE.fullmatch(written)
    if single:
        age = int(single.group(1))
        if age <= AGE_MAX:
            return age, age
        raise CellError("register.bad_age")
    try:
        lo, upper = age_group_bounds(parse_age_group(value))
    except CellError:
        raise CellError("register.bad_age") from None
    return lo, min(upper - 1, AGE_MAX)
