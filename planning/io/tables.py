"""Reading tables as staff really save them.

Dutch Excel writes CSV with ``;`` and decimal commas in cp1252; Google Sheets
writes ``,`` in UTF-8; someone always adds a title line, a BOM or thirty empty
trailing columns. Everything is read as text first so that no value is changed
by a guess, and converted per column afterwards with a clear problem when a
cell does not fit.
"""

from __future__ import annotations

import csv
import io
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pandas as pd

from planning.errors import Problem, WorkspaceError
from planning.io.cells import present
from planning.io.text_faults import MAX_NAMED, text_faults

DELIMITERS = (";", ",", "\t", "|")
TABLE_SUFFIXES = (".csv", ".xlsx", ".txt", ".tsv")


@dataclass
class RawTable:
    """A table as text, indexed by the spreadsheet row number of each data row."""

    path: Path
    frame: pd.DataFrame
    header_row: int
    delimiter: str | None = None
    encoding: str | None = None

    @property
    def name(self) -> str:
        return self.path.name


def normalize_header(header: Any) -> str:
    """'Thema's ', 'Open uren/week' and 'kern-id' -> comparable snake_case."""
    text = unicodedata.normalize("NFKD", str(header)).encode("ascii", "ignore").decode()
    text = text.strip().lower().replace("'", "")
    text = re.sub(r"[^0-9a-z]+", "_", text)
    return text.strip("_")


def decode_bytes(data: bytes) -> tuple[str, str]:
    """Text and encoding name: UTF-8 (with or without BOM), UTF-16, else cp1252."""
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="replace"), "utf-8-sig"
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16", errors="replace"), "utf-16"
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp1252"), "cp1252"
    except UnicodeDecodeError:
        return data.decode("latin-1"), "latin-1"


#: the first bytes of a zip file (.xlsx) and of an OLE2 compound file (old .xls)
ZIP_MAGIC = b"PK\x03\x04"
OLE2_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


def sniff_delimiter(text: str) -> str:
    """The delimiter that splits the first lines into the most consistent width."""
    lines = [line for line in text.splitlines()[:40] if line.strip()]
    if not lines:
        return ","
    best, best_score = ",", (0, 0)
    for delim in DELIMITERS:
        widths = [len(row) for row in csv.reader(lines, delimiter=delim)]
        counts = Counter(w for w in widths if w > 1)
        if not counts:
            continue
        width, freq = counts.most_common(1)[0]
        score = (freq, width)
        if score > best_score:
            best, best_score = delim, score
    return best


def _find_header(rows: list[list[str]], known: set[str] | None) -> int:
    """Index of the header line: the first line naming known columns, else the first wide one."""
    limit = min(len(rows), 15)
    if known:
        best, best_hits = -1, 0
        for i in range(limit):
            hits = sum(1 for cell in rows[i] if normalize_header(cell) in known)
            if hits > best_hits:
                best, best_hits = i, hits
        if best >= 0:
            return best
    widths = [sum(1 for c in r if str(c).strip()) for r in rows[:limit]]
    if not widths:
        return 0
    widest = max(widths)
    for i, w in enumerate(widths):
        if w >= max(2, widest * 0.6):
            return i
    return 0


def _frame_from_rows(
    path: Path, rows: list[list[Any]], known: set[str] | None
) -> tuple[pd.DataFrame, int]:
    """Header and data rows -> text frame indexed by spreadsheet row number.

    ``rows[0]`` is spreadsheet row 1. Cells to the right of the header are kept (as ``kolom_N``) when they hold
    anything, so nothing is silently dropped; fully empty columns and rows are
    Excel noise and go.
    """
    header_idx = _find_header(rows, known)
    header = [("" if not present(h) else str(h)).strip() for h in rows[header_idx]]
    body = rows[header_idx + 1 :]
    width = max([len(header), *(len(r) for r in body)])
    header += [""] * (width - len(header))
    used = [bool(h) for h in header]
    for r in body:
        for j, cell in enumerate(r):
            if not used[j] and present(cell):
                used[j] = True
    keep = [j for j in range(width) if used[j]]
    names: list[str] = []
    seen: Counter[str] = Counter()
    for j in keep:
        name = header[j] or f"kolom_{j + 1}"
        seen[name] += 1
        names.append(name if seen[name] == 1 else f"{name}_{seen[name]}")
    records, index = [], []
    for offset, r in enumerate(body):
        values = [r[j] if j < len(r) else None for j in keep]
        if not any(present(v) for v in values):
            continue
        records.append(values)
        index.append(header_idx + 2 + offset)
    frame = pd.DataFrame(records, columns=names, index=pd.Index(index, name="row"), dtype=object)
    return frame, header_idx + 1


def _unreadable(path: Path, what: str) -> WorkspaceError:
    return WorkspaceError(
        f"{path.name}: {what}", Problem(path.name, None, None, None, what.split(";")[0])
    )


def _faulty_lines(path: Path, faults: list[Problem]) -> WorkspaceError:
    """Refuse a file with NUL bytes or mixed encodings, naming its first faulty rows."""
    shown = "; ".join(f"rij {p.row}: {p.message}" for p in faults[:MAX_NAMED])
    more = f" (en nog {len(faults) - MAX_NAMED} rijen)" if len(faults) > MAX_NAMED else ""
    return WorkspaceError(f"{path.name}: {shown}{more}", problems=faults)


def read_csv_raw(path: Path, known: set[str] | None = None) -> RawTable:
    """A CSV/TSV as text rows: encoding, delimiter and header line found, not asked."""
    data = _read_bytes(path)
    if data.startswith(ZIP_MAGIC):
        # an Excel workbook saved under a .csv name: read it as what it is
        return read_xlsx_raw(path, known)
    if data.startswith(OLE2_MAGIC):
        raise _unreadable(path, "dit is een oud Excel-bestand (.xls); sla op als .xlsx of .csv")
    faults = text_faults(path.name, data)
    if faults:
        raise _faulty_lines(path, faults)
    text, encoding = decode_bytes(data)
    if not text.strip():
        raise _unreadable(path, "het bestand is leeg; verwacht een kopregel en rijen")
    if "\x00" in text:
        raise _unreadable(path, "geen tekstbestand; verwacht een CSV (of .xlsx) met een kopregel")
    lines = text.splitlines()
    delimiter: str | None = None
    # Excel's "sep=;" hint line: Excel hides it, so the header below it is row 1
    hint = re.fullmatch(r'"?sep=(.)"?[,;\t]*', lines[0].strip(), re.IGNORECASE) if lines else None
    if hint:
        delimiter = hint.group(1)
        text = text.split("\n", 1)[1] if "\n" in text else ""
    if delimiter is None:
        delimiter = "\t" if path.suffix.lower() == ".tsv" else sniff_delimiter(text)
    try:
        rows = list(csv.reader(io.StringIO(text, newline=""), delimiter=delimiter))
    except csv.Error as exc:
        raise _unreadable(path, f"geen leesbare CSV ({exc}); sla opnieuw op als CSV") from None
    if not any(present(cell) for r in rows for cell in r):
        raise _unreadable(path, "het bestand is leeg; verwacht een kopregel en rijen")
    frame, header_row = _frame_from_rows(path, rows, known)
    return RawTable(path, frame, header_row, delimiter, encoding)


def _sheet_score(rows: list[list[Any]], known: set[str] | None) -> int:
    """How many known column names the first lines of a sheet hold."""
    if not known:
        return 0
    return max((sum(1 for c in r if normalize_header(c) in known) for r in rows[:15]), default=0)


def read_xlsx_raw(path: Path, known: set[str] | None = None, sheet: str | None = None) -> RawTable:
    """An .xlsx table as text rows.

    Without ``sheet`` the tab whose first lines name the most known columns is
    used (staff often put an explanation tab in front); ties go to the first tab.
    """
    from openpyxl import load_workbook

    data = _read_bytes(path)
    if data.startswith(OLE2_MAGIC):
        raise _unreadable(path, "dit is een oud Excel-bestand (.xls); sla op als .xlsx of .csv")
    try:
        book = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except Exception as exc:  # openpyxl raises many kinds on a broken file
        raise WorkspaceError(
            f"{path.name}: geen leesbaar Excel-bestand (.xlsx): {exc or type(exc).__name__}; "
            "open het in Excel en sla het opnieuw op als .xlsx of .csv",
            Problem(path.name, None, None, None, "geen leesbaar .xlsx-bestand"),
        ) from None
    try:
        if sheet is not None and sheet not in book.sheetnames:
            raise WorkspaceError(
                f"{path.name}: tabblad '{sheet}' bestaat niet; wel: {', '.join(book.sheetnames)}",
                Problem(path.name, None, None, sheet, "onbekend tabblad"),
            )
        names = [sheet] if sheet else book.sheetnames
        try:
            sheets = {n: [list(r) for r in book[n].iter_rows(values_only=True)] for n in names}
        except Exception as exc:
            raise WorkspaceError(
                f"{path.name}: werkblad niet leesbaar ({exc or type(exc).__name__}); "
                "sla het opnieuw op als .xlsx of .csv",
                Problem(path.name, None, None, None, "geen leesbaar .xlsx-bestand"),
            ) from None
    finally:
        book.close()
    if not sheets:
        raise _unreadable(path, "het werkboek heeft geen werkbladen")
    best = max(names, key=lambda n: _sheet_score(sheets[n], known))
    rows = sheets[best] if _sheet_score(sheets[best], known) else sheets[names[0]]
    if not any(any(present(c) for c in r) for r in rows):
        raise WorkspaceError(
            f"{path.name}: het werkblad is leeg; verwacht een kopregel en rijen",
            Problem(path.name, None, None, None, "leeg werkblad"),
        )
    frame, header_row = _frame_from_rows(path, rows, known)
    return RawTable(path, frame, header_row)


def _read_bytes(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except OSError as exc:
        raise WorkspaceError(
            f"{path}: kan het bestand niet lezen ({exc.strerror})",
            Problem(path.name, None, None, None, "onleesbaar bestand"),
        ) from None


def read_raw(path: Path, known: set[str] | None = None, sheet: str | None = None) -> RawTable:
    """Read a CSV/TSV/XLSX table as text. ``known`` helps find the header line."""
    suffix = path.suffix.lower()
    if suffix in (".xlsx", ".xlsm"):
        return read_xlsx_raw(path, known, sheet)
    if suffix == ".xls":
        raise WorkspaceError(
            f"{path.name}: het oude Excel-formaat .xls wordt niet gelezen; sla op als .xlsx of .csv",
            Problem(path.name, None, None, None, "verwacht .xlsx of .csv"),
        )
    return read_csv_raw(path, known)


def find_table(folder: Path, stem: str) -> Path | None:
    """The file for a table: stem.csv, stem.xlsx, ... (first that exists)."""
    for suffix in TABLE_SUFFIXES:
        candidate = folder / f"{stem}{suffix}"
        if candidate.is_file():
            return candidate
    return None
