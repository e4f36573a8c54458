"""Reading a survey export, whatever produced it, into one text frame.

Every source ends up the same: a frame of text (or None for missing) whose
index is the row number a member of staff finds the answer under (the
spreadsheet row; the case number for SPSS), plus what kind of export it was.

- CSV/TSV in every dialect the workspace loader accepts (planning.io.tables:
  encoding and delimiter sniffing, title lines above the header, BOM). Read
  in one vectorised ``pandas.read_csv`` pass, since exports run to 100,000 rows.
- XLSX: the first sheet, or the one named.
- SPSS ``.sav`` via pyreadstat: value labels become the values, user-defined
  missing values (e.g. -1 "weet niet") become missing.
- LimeSurvey "R data file" exports, with code headers (``id, submitdate``) or
  the full question text (``Response ID, Date submitted``): ``NA`` is
  missing, R's unnamed row-number column is dropped and a response without
  a submit date is marked incomplete.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass, field
from datetime import date, datetime, time
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

from planning.errors import Said, SurveyImportError, WorkspaceError
from planning.io.extras import require
from planning.io.tables import (
    _faulty_lines,
    _find_header,
    decode_bytes,
    read_raw,
    sniff_delimiter,
)
from planning.io.text_faults import text_faults

LIMESURVEY_CODE = ("id", "submitdate", "lastpage", "startlanguage")
LIMESURVEY_TEXT = ("Response ID", "Date submitted", "Last page", "Start language")
NA_WORDS = ("NA", "N/A", "#N/B", "#N/A", "#NULL!")


@dataclass
class Export:
    """A survey export as text; ``complete`` is False for an unfinished online response."""

    path: Path
    frame: pd.DataFrame
    header_row: int
    kind: str  # csv | xlsx | sav | limesurvey
    complete: pd.Series | None = None
    notes: list[str] = field(default_factory=list)
    #: the CSV's separator, so files written back (rejected rows) open as the input did
    delimiter: str | None = None

    @property
    def headers(self) -> list[str]:
        return [str(c) for c in self.frame.columns]


def _unreadable(path: Path, why: Any) -> SurveyImportError:
    """'file: kan de export niet lezen: WHY; er is niets veranderd'; ``why`` a phrase (Said)
    or a text from outside (the system's reason)."""
    return SurveyImportError(key="io.export_unreadable", file=path.name, why=why)


def read_export(path: Path, known: set[str] | None = None, sheet: str | None = None) -> Export:
    """Read any supported export; an unreadable file raises SurveyImportError."""
    if not path.is_file():
        raise SurveyImportError(key="io.export_missing", file=str(path))
    suffix = path.suffix.lower()
    try:
        if suffix == ".sav":
            export = _read_sav(path)
        elif suffix in (".xlsx", ".xlsm", ".xls"):
            raw = read_raw(path, known, sheet)
            export = Export(path, raw.frame, raw.header_row, "xlsx")
        else:
            export = _read_csv(path, known)
    except WorkspaceError as exc:
        # the reader's own words without its file name
        why = exc.fields.get("what", exc.problem) if exc.key == "problem.in_file" else exc
        raise _unreadable(path, why) from None
    if export.frame.empty:
        raise _unreadable(path, Said("io.export_no_answers"))
    _limesurvey(export)
    return export


def _read_csv(path: Path, known: set[str] | None) -> Export:
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise _unreadable(path, exc.strerror or Said("io.unreadable")) from None
    if not data.strip():
        raise _unreadable(path, Said("io.empty"))
    if b"\x00" in data[:4096] and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise _unreadable(path, Said("io.not_csv"))
    faults = text_faults(path.name, data)
    if faults:
        # NUL bytes deeper in, or rows in another encoding: refused, each row named
        refused = _faulty_lines(path, faults)
        raise SurveyImportError(
            problems=faults, key="io.nothing_changed", what=Said(refused.key, refused.fields)
        )
    text, _encoding = decode_bytes(data)
    start = text[:65536]  # sniffing looks at the first lines only
    delimiter = "\t" if path.suffix.lower() == ".tsv" else sniff_delimiter(start)
    head = list(csv.reader(io.StringIO("\n".join(start.splitlines()[:15])), delimiter=delimiter))
    header_idx = _find_header(head, known)
    try:
        # the header line is skipped by position, title lines above it with it
        grid = pd.read_csv(
            io.StringIO(text),
            sep=delimiter,
            header=None,
            skiprows=header_idx,
            dtype=object,  # plain Python str: factorising later is cheaper than on StringDtype
            keep_default_na=False,
            na_filter=False,
            skip_blank_lines=False,
            engine="c",
        )
    except (pd.errors.ParserError, ValueError):
        raw = read_raw(path, known)
        return Export(path, raw.frame, raw.header_row, "csv", delimiter=raw.delimiter)
    except pd.errors.EmptyDataError:
        raise _unreadable(path, Said("io.empty")) from None
    header = [str(h).strip() for h in grid.iloc[0].tolist()]
    body = grid.iloc[1:]
    body.index = pd.RangeIndex(header_idx + 2, header_idx + 2 + len(body), name="row")
    # columns without a header are kept only when they hold something (Excel adds empty ones)
    used = [bool(h) or bool(_nonempty(body.iloc[:, j]).any()) for j, h in enumerate(header)]
    names: list[str] = []
    seen: dict[str, int] = {}
    for j, h in enumerate(header):
        if not used[j]:
            continue
        name = h or f"kolom_{j + 1}"
        seen[name] = seen.get(name, 0) + 1
        names.append(name if seen[name] == 1 else f"{name}_{seen[name]}")
    frame = body.iloc[:, [j for j in range(len(header)) if used[j]]]
    frame.columns = names
    # drop empty lines: test column by column, only rows still empty so far (usually very few)
    empty = np.ones(len(frame), dtype=bool)
    for j in range(frame.shape[1]):
        rows = np.flatnonzero(empty)
        if not len(rows):
            break
        empty[rows] = ~_nonempty(frame.iloc[rows, j]).to_numpy()
    frame = frame[~empty]
    return Export(path, frame, header_idx + 1, "csv", delimiter=delimiter)


def _nonempty(column: pd.Series) -> pd.Series:
    return column.notna() & (column != "")


def _read_sav(path: Path) -> Export:
    pyreadstat = require("spss")  # an extra: only some municipalities use SPSS
    try:
        # user-defined missing values become NaN (user_missing=False); labels become values
        frame, _meta = pyreadstat.read_sav(str(path), apply_value_formats=True)
    except Exception as exc:  # pyreadstat raises its own ReadstatError/PyreadstatError
        raise _unreadable(path, Said("io.bad_sav", {"error": str(exc)})) from None
    out = pd.DataFrame(index=pd.RangeIndex(1, len(frame) + 1, name="row"))
    for column in frame.columns:
        out[column] = [_sav_text(v) for v in frame[column].tolist()]
    return Export(path, out, 0, "sav")


def _sav_text(value: object) -> str | None:
    if value is None or (isinstance(value, float) and np.isnan(value)) or value is pd.NaT:
        return None
    if isinstance(value, datetime):
        return value.isoformat(sep=" ")
    if isinstance(value, (date, time)):
        return value.isoformat()
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    text = str(value).strip()
    return text or None


def _limesurvey(export: Export) -> None:
    """Recognise a LimeSurvey R-data export and normalise its conventions."""
    headers = export.headers
    code = all(h in headers for h in LIMESURVEY_CODE[:2])
    text = all(h in headers for h in LIMESURVEY_TEXT[:2])
    if not (code or text):
        return
    frame = export.frame
    first = headers[0]
    if first.startswith("kolom_") and frame[first].astype(str).str.fullmatch(r"\d+").all():
        frame = frame.drop(columns=first)  # R's row names
    frame = frame.mask(frame.isin(NA_WORDS) | (frame == ""), None)
    submitted = frame["submitdate" if code else "Date submitted"]
    export.frame = frame
    export.kind = "limesurvey"
    export.complete = submitted.notna()
