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
import math
import re
import unicodedata
import zipfile
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

import pandas as pd

from planning.errors import Problem, WorkspaceError

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
        return data.decode("utf-16"), "utf-16"
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp1252"), "cp1252"
    except UnicodeDecodeError:
        return data.decode("latin-1"), "latin-1"


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
    header_idx = _find_header(rows, known)
    header = [("" if h is None else str(h)).strip() for h in rows[header_idx]]
    body = rows[header_idx + 1 :]
    width = len(header)
    # keep columns that have a header or any value; trailing empty ones are Excel noise
    used = [bool(h) for h in header]
    for r in body:
        for j, cell in enumerate(r[:width]):
            if not used[j] and _present(cell):
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
        if not any(_present(v) for v in values):
            continue
        records.append(values)
        index.append(header_idx + 2 + offset)
    frame = pd.DataFrame(records, columns=names, index=pd.Index(index, name="row"), dtype=object)
    return frame, header_idx + 1


def _present(value: Any) -> bool:
    if value is None:
        return False
    if isinstance(value, float) and math.isnan(value):
        return False
    return str(value).strip() != ""


def read_csv_raw(path: Path, known: set[str] | None = None) -> RawTable:
    data = _read_bytes(path)
    text, encoding = decode_bytes(data)
    if not text.strip():
        raise WorkspaceError(
            f"{path.name}: het bestand is leeg; verwacht een kopregel en rijen",
            Problem(path.name, None, None, None, "leeg bestand"),
        )
    delimiter = "\t" if path.suffix.lower() == ".tsv" else sniff_delimiter(text)
    try:
        grid = pd.read_csv(
            io.StringIO(text),
            sep=delimiter,
            header=None,
            dtype=str,
            keep_default_na=False,
            na_filter=False,
            skip_blank_lines=False,
            engine="c",
            on_bad_lines="error",
        )
        rows = grid.to_numpy().tolist()
    except (pd.errors.ParserError, ValueError):
        # ragged title lines: fall back to the csv module, which allows any width
        rows = list(csv.reader(io.StringIO(text), delimiter=delimiter))
    frame, header_row = _frame_from_rows(path, rows, known)
    return RawTable(path, frame, header_row, delimiter, encoding)


def read_xlsx_raw(path: Path, known: set[str] | None = None, sheet: str | None = None) -> RawTable:
    from openpyxl import load_workbook

    _read_bytes(path)
    try:
        book = load_workbook(path, read_only=True, data_only=True)
    except (zipfile.BadZipFile, OSError, KeyError, ValueError) as exc:
        raise WorkspaceError(
            f"{path.name}: geen leesbaar Excel-bestand (.xlsx): {exc}",
            Problem(path.name, None, None, None, "geen leesbaar .xlsx-bestand"),
        ) from None
    try:
        if sheet is not None and sheet not in book.sheetnames:
            raise WorkspaceError(
                f"{path.name}: tabblad '{sheet}' bestaat niet; wel: {', '.join(book.sheetnames)}",
                Problem(path.name, None, None, sheet, "onbekend tabblad"),
            )
        ws = book[sheet] if sheet else book.worksheets[0]
        rows = [list(r) for r in ws.iter_rows(values_only=True)]
    finally:
        book.close()
    if not any(any(_present(c) for c in r) for r in rows):
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


# --- converting cells -------------------------------------------------------------------------

TRUE_WORDS = frozenset({"ja", "j", "yes", "y", "true", "waar", "1", "x", "wel"})
FALSE_WORDS = frozenset({"nee", "n", "no", "false", "onwaar", "0", "niet"})

_THOUSANDS = re.compile(r"^[-+]?\d{1,3}(\.\d{3})+$")


class CellError(ValueError):
    """A cell that does not convert; the message says what was expected."""


def is_missing(value: Any) -> bool:
    return not _present(value) or str(value).strip().upper() in {"NA", "N/A", "#N/B", "#N/A"}


def parse_number(value: Any, decimal_comma: bool = False) -> float:
    if isinstance(value, bool):
        raise CellError("verwacht een getal")
    if isinstance(value, (int, float)):
        return float(value)
    text = str(value).strip().replace("\u00a0", "").replace(" ", "").replace("€", "")
    if decimal_comma or ("," in text and "." not in text):
        text = text.replace(".", "").replace(",", ".")
    elif "," in text and "." in text:
        # 1,234.5 (English) or 1.234,5 (Dutch): the last mark is the decimal one
        if text.rfind(",") > text.rfind("."):
            text = text.replace(".", "").replace(",", ".")
        else:
            text = text.replace(",", "")
    try:
        number = float(text)
    except ValueError:
        raise CellError("verwacht een getal") from None
    if math.isnan(number) or math.isinf(number):
        raise CellError("verwacht een getal")
    return number


def parse_int(value: Any, decimal_comma: bool = False) -> int:
    if isinstance(value, str) and _THOUSANDS.match(value.strip()):
        value = value.strip().replace(".", "")
    number = parse_number(value, decimal_comma)
    if number != int(number):
        raise CellError("verwacht een heel getal")
    return int(number)


def parse_bool(value: Any) -> bool:
    if isinstance(value, bool):
        return value
    if isinstance(value, (int, float)) and value in (0, 1):
        return bool(value)
    word = str(value).strip().lower()
    if word in TRUE_WORDS:
        return True
    if word in FALSE_WORDS:
        return False
    raise CellError("verwacht ja of nee")


def parse_list(value: Any) -> list[str]:
    return [part.strip() for part in re.split(r"[;|]", str(value)) if part.strip()]


_DATE_FORMATS = ("%Y-%m-%d", "%d-%m-%Y", "%d/%m/%Y", "%d.%m.%Y", "%Y/%m/%d", "%d-%m-%y")


def parse_date(value: Any) -> date:
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    text = str(value).strip()
    for fmt in _DATE_FORMATS:
        try:
            return datetime.strptime(text[:10] if fmt.startswith("%Y") else text, fmt).date()
        except ValueError:
            continue
    try:
        return datetime.fromisoformat(text).date()
    except ValueError:
        raise CellError("verwacht een datum (dd-mm-jjjj of jjjj-mm-dd)") from None


def parse_text(value: Any) -> str:
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip()


PARSERS: dict[str, Callable[..., Any]] = {
    "str": parse_text,
    "int": parse_int,
    "float": parse_number,
    "bool": parse_bool,
    "list": parse_list,
    "date": parse_date,
}


def column_uses_decimal_comma(values: Iterable[Any]) -> bool:
    """A column is Dutch-style when any cell has a decimal comma."""
    pattern = re.compile(r"^\s*[-+]?[\d.]*\d,\d+\s*$")
    return any(isinstance(v, str) and pattern.match(v) for v in values)
