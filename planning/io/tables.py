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
    header = [("" if not _present(h) else str(h)).strip() for h in rows[header_idx]]
    body = rows[header_idx + 1 :]
    width = max([len(header), *(len(r) for r in body)])
    header += [""] * (width - len(header))
    used = [bool(h) for h in header]
    for r in body:
        for j, cell in enumerate(r):
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


def _unreadable(path: Path, what: str) -> WorkspaceError:
    return WorkspaceError(
        f"{path.name}: {what}", Problem(path.name, None, None, None, what.split(";")[0])
    )


def read_csv_raw(path: Path, known: set[str] | None = None) -> RawTable:
    """A CSV/TSV as text rows: encoding, delimiter and header line found, not asked."""
    data = _read_bytes(path)
    if data.startswith(ZIP_MAGIC):
        # an Excel workbook saved under a .csv name: read it as what it is
        return read_xlsx_raw(path, known)
    if data.startswith(OLE2_MAGIC):
        raise _unreadable(path, "dit is een oud Excel-bestand (.xls); sla op als .xlsx of .csv")
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
    if not any(_present(cell) for r in rows for cell in r):
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
    """'52,9', '1.234,5', '1,234.5', '€ 1.200' and 52.9 -> a float.

    With both marks the last one is the decimal mark. A lone comma is decimal
    (Dutch). A lone point is decimal too, except in a column that uses decimal
    commas (``decimal_comma``) where '1.234' is a thousands separator; '6.5' in
    such a column stays 6.5 rather than silently becoming 65.
    """
    if isinstance(value, bool):
        raise CellError("verwacht een getal")
    if isinstance(value, (int, float)):
        number = float(value)
    else:
        text = str(value).strip().replace("\u00a0", "").replace(" ", "").replace("€", "")
        has_comma, has_point = "," in text, "." in text
        if has_comma and has_point:
            if text.rfind(",") > text.rfind("."):
                text = text.replace(".", "").replace(",", ".")
            else:
                text = text.replace(",", "")
        elif has_comma:
            if text.count(",") > 1:
                raise CellError("verwacht een getal")
            text = text.replace(",", ".")
        elif has_point and (decimal_comma or text.count(".") > 1) and _THOUSANDS.match(text):
            text = text.replace(".", "")
        try:
            number = float(text)
        except ValueError:
            raise CellError("verwacht een getal") from None
    if math.isnan(number) or math.isinf(number):
        raise CellError("verwacht een getal")
    return number


def parse_int(value: Any, decimal_comma: bool = False) -> int:
    """A whole number; '1.234' (Dutch thousands) is 1234, '12,0' is 12, '12,5' an error."""
    if isinstance(value, str) and _THOUSANDS.match(value.strip()):
        value = value.strip().replace(".", "")
    number = parse_number(value, decimal_comma)
    if number != int(number):
        raise CellError("verwacht een heel getal")
    if abs(number) > 2**53:
        raise CellError("verwacht een heel getal van redelijke grootte")
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
    """'roden; peize' -> ['roden', 'peize'] (a number from Excel, 9301, -> ['9301'])."""
    return [part.strip() for part in re.split(r"[;|]", parse_text(value)) if part.strip()]


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


AGE_BANDS: tuple[str, ...] = (*(f"{a}-{a + 4}" for a in range(0, 95, 5)), "95+")
_AGE_BAND_MSG = "verwacht een leeftijdsklasse als 0-4, 5-9 ... 90-94 of 95+"


def parse_age_band(value: Any) -> str:
    """'0-4', '0 t/m 4', '0 tot 5 jaar' (CBS), '95 jaar of ouder' -> the canonical band.

    Excel turns '5-9' into 5 September; that date is read back as '5-9'.
    """
    if isinstance(value, (datetime, date)):
        text = f"{value.day}-{value.month}"
    else:
        text = str(value).strip().lower().replace("\u2013", "-").replace("\u2014", "-")
        text = re.sub(r"\s*jaar\b", "", text).strip()
        if re.fullmatch(r"0?5-sep", text):
            text = "5-9"
    old = re.fullmatch(r"(\d+)\s*(\+|(en|of)\s+(ouder|meer))", text)
    if old:
        text = f"{int(old.group(1))}+"
    closed = re.fullmatch(r"(\d+)\s*(-|t/m|tot en met)\s*(\d+)", text)
    if closed:
        text = f"{int(closed.group(1))}-{int(closed.group(3))}"
    upto = re.fullmatch(r"(\d+)\s*tot\s*(\d+)", text)
    if upto and int(upto.group(2)) - int(upto.group(1)) == 5:
        text = f"{int(upto.group(1))}-{int(upto.group(2)) - 1}"
    if text not in AGE_BANDS:
        raise CellError(_AGE_BAND_MSG)
    return text


def parse_age(age: Any) -> float:
    """An age in years, 0 to 120 (matching and recorded matches)."""
    try:
        value = float(age)
    except (TypeError, ValueError):
        raise WorkspaceError(f"leeftijd '{age}': verwacht een getal van 0 tot 120") from None
    if not 0 <= value <= 120:
        raise WorkspaceError(f"leeftijd {age}: verwacht een getal van 0 tot 120")
    return value


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
    "age_band": parse_age_band,
}


def column_uses_decimal_comma(values: Iterable[Any]) -> bool:
    """A column is Dutch-style when any cell has a decimal comma."""
    pattern = re.compile(r"^\s*[-+]?[\d.]*\d,\d+\s*$")
    return any(isinstance(v, str) and pattern.match(v) for v in values)
