"""Reading tables as staff really save them.

Dutch Excel writes CSV with ``;`` and decimal commas in cp1252; Google Sheets
writes ``,`` in UTF-8; someone always adds a title line, a BOM or thirty empty
trailing columns. Everything is read as text first so that no value is changed
by a guess, and converted per column afterwards with a clear problem when a
cell does not fit.
"""

from __future__ import annotations

import codecs
import csv
import io
import itertools
import re
import unicodedata
import zipfile
from collections import Counter
from collections.abc import Hashable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, SupportsInt, cast

import pandas as pd

from planning.errors import Joined, Problem, Said, WorkspaceError
from planning.i18n import fmt_int
from planning.io.cells import present
from planning.io.compact import compact_frame
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
    #: rows whose cells ran far past the header: what was cut, one problem per row
    cut: list[Problem] = field(default_factory=list)

    @property
    def name(self) -> str:
        return self.path.name


def row_number(label: Hashable) -> int:
    """The spreadsheet row number of a data row, from its index label in a RawTable's frame
    (or a frame converted from it): pandas types labels as Hashable, these are integers."""
    return int(cast(SupportsInt, label))


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
    named = max((j + 1 for j, h in enumerate(header) if h), default=0)
    body, cut = _cut_long_rows(path, body, named + MAX_EXTRA_CELLS, header_idx + 2)
    width = max([min(len(header), named + MAX_EXTRA_CELLS), *(len(r) for r in body)])
    header = header[:width]
    header += [""] * (width - len(header))
    used = [bool(h) for h in header]
    unused = [j for j in range(width) if not used[j]]
    if unused:  # only the columns without a header need a look at every row
        for r in body:
            for j in unused:
                if not used[j] and j < len(r) and present(r[j]):
                    used[j] = True
    keep = [j for j in range(width) if used[j]]
    names: list[str] = []
    seen: Counter[str] = Counter()
    for j in keep:
        name = header[j] or f"kolom_{j + 1}"
        seen[name] += 1
        names.append(name if seen[name] == 1 else f"{name}_{seen[name]}")
    records, index = [], []
    whole = keep == list(range(len(keep)))  # the usual table: every column kept, in order
    for offset, r in enumerate(body):
        if whole and len(r) == len(keep):
            values = r
        else:
            values = [r[j] if j < len(r) else None for j in keep]
        if not any(present(v) for v in values):
            continue
        records.append(values)
        index.append(header_idx + 2 + offset)
    frame = pd.DataFrame(records, columns=names, index=pd.Index(index, name="row"), dtype=object)
    frame.attrs["cut"] = cut
    return frame, header_idx + 1


#: filled cells right of the last header a row may have (kept as kolom_N); past that a
#: row is cut to the header and reported: one row with 10,000 stray cells must not make
#: a table of 10,000 columns
MAX_EXTRA_CELLS = 20


def _cut_long_rows(
    path: Path, body: list[list[Any]], limit: int, first_row: int
) -> tuple[list[list[Any]], list[Problem]]:
    """Rows longer than ``limit`` with something past it, cut to the header's width."""
    out: list[list[Any]] = []
    cut: list[Problem] = []
    keep = limit - MAX_EXTRA_CELLS
    for offset, row in enumerate(body):
        if len(row) > limit and any(present(c) for c in row[limit:]):
            extra = sum(1 for c in row[keep:] if present(c))
            count = fmt_int(extra)
            cut.append(
                Problem(
                    path.name,
                    first_row + offset,
                    None,
                    None,
                    key="fault.extra_cells",
                    fields={"count": count},
                )
            )
            row = row[:keep]
        elif len(row) > limit:
            row = row[:limit]
        out.append(row)
    return out, cut


#: a line as str.splitlines() cuts it (with its end), and the first line without it
_BREAKS = "\n\r\v\f\x1c\x1d\x1e\x85\u2028\u2029"
_SPLITLINE = re.compile(f"[^{_BREAKS}]*(?:\r\n|[{_BREAKS}])?")
_FIRST_LINE = re.compile(f"[^{_BREAKS}]*")


def _head(text: str, lines: int = 40) -> str:
    """The first ``lines`` lines, all sniff_delimiter looks at, without splitting the file."""
    return "".join(m.group() for m in itertools.islice(_SPLITLINE.finditer(text), lines))


def _encoding(data: bytes) -> str:
    """What decode_bytes would decode ``data`` as, checked in slices (no whole-file string)."""
    if data.startswith(b"\xef\xbb\xbf"):
        return "utf-8-sig"
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return "utf-16"
    for encoding in ("utf-8", "cp1252"):
        decoder = codecs.getincrementaldecoder(encoding)()
        try:
            for start in range(0, len(data), 1 << 20):
                decoder.decode(data[start : start + (1 << 20)])
            decoder.decode(b"", final=True)
        except UnicodeDecodeError:
            continue
        return encoding
    return "latin-1"


def _pooled_rows(lines: Iterable[str], delimiter: str) -> list[list[str]]:
    """Every row's cells, one line at a time, each distinct short text kept once.

    A survey export repeats the same few texts (a village, an age band, '3', 'ja') in
    hundreds of thousands of rows: one shared string per distinct value instead of one
    per cell keeps a large file within a few times its size in memory. Lines are cut as
    a file opened with newline="" cuts them, so a quoted cell may hold a line break.
    """
    pool: dict[str, str] = {}
    return [
        [pool.setdefault(cell, cell) if len(cell) <= 40 else cell for cell in row]
        for row in csv.reader(lines, delimiter=delimiter)
    ]


def _unreadable(
    path: Path, kind: str, short: str = "", value: Any = None, where: str = "", **fields: Any
) -> WorkspaceError:
    """'file: what is wrong; what to do' (key ``io.KIND.full``), with a problem that says
    what is wrong only (key ``io.SHORT``, by default ``io.KIND``)."""
    problem = Problem(path.name, None, None, value, key=f"io.{short or kind}", fields=fields)
    return WorkspaceError(
        problem=problem,
        key="problem.in_file",
        file=where or path.name,
        what=Said(f"io.{kind}.full", fields),
    )


def _faulty_lines(path: Path, faults: list[Problem]) -> WorkspaceError:
    """Refuse a file with NUL bytes or mixed encodings, naming its first faulty rows."""
    rows = Joined(
        tuple(Said("io.row_fault", {"row": p.row, "problem": p}) for p in faults[:MAX_NAMED])
    )
    more = (
        Said("io.more_rows", {"count": len(faults) - MAX_NAMED}) if len(faults) > MAX_NAMED else ""
    )
    return WorkspaceError(
        problems=faults, key="io.faulty_lines", file=path.name, rows=rows, more=more
    )


def read_csv_raw(path: Path, known: set[str] | None = None, compact: bool = False) -> RawTable:
    """A CSV/TSV as text rows: encoding, delimiter and header line found, not asked.

    ``compact``: the frame's columns are categorical (planning.io.compact), read a chunk
    of rows at a time from the file, for a table as large as a survey export that is
    converted next: never held whole as bytes, rows or text cells.
    """
    data = _read_bytes(path)
    if data.startswith(ZIP_MAGIC):
        # an Excel workbook saved under a .csv name: read it as what it is
        return read_xlsx_raw(path, known)
    if data.startswith(OLE2_MAGIC):
        raise _unreadable(path, "old_xls")
    utf16 = data.startswith((b"\xff\xfe", b"\xfe\xff"))
    if b"\x00" in data[:4096] and not utf16:
        raise _unreadable(path, "not_text")
    faults = text_faults(path.name, data)
    if faults:
        raise _faulty_lines(path, faults)
    encoding = _encoding(data)
    if encoding == "utf-16" or b"\x00" in data:  # NUL bytes: UTF-16, or not text at all
        text, encoding = decode_bytes(data)
        if not text.strip():
            raise _unreadable(path, "empty")
        if "\x00" in text:
            raise _unreadable(path, "not_text")
        lines: io.TextIOBase = io.StringIO(text, newline="")
    elif compact:  # read again from the file, a line at a time; the bytes are let go
        lines = io.TextIOWrapper(_open(path), encoding=encoding, errors="replace", newline="")
    else:
        # decoded a line at a time: a large survey file is never held as one string too
        skip = 3 if encoding == "utf-8-sig" else 0
        lines = io.TextIOWrapper(
            io.BytesIO(data[skip:] if skip else data),
            encoding="utf-8" if skip else encoding,
            errors="replace",
            newline="",
        )
    del data
    head = list(itertools.islice(lines, 41))
    first = _FIRST_LINE.match(head[0] if head else "")
    assert first is not None  # [^breaks]* matches at the start of every text, if only ""
    delimiter: str | None = None
    # Excel's "sep=;" hint line: Excel hides it, so the header below it is row 1
    hint = re.fullmatch(r'"?sep=(.)"?[,;\t]*', first.group().strip(), re.IGNORECASE)
    if hint:
        delimiter = hint.group(1)
        while head and not head.pop(0).endswith("\n"):  # up to and with the first line break
            head += itertools.islice(lines, 1)
        head += itertools.islice(lines, 41 - len(head))
    if delimiter is None:
        delimiter = "\t" if path.suffix.lower() == ".tsv" else sniff_delimiter(_head("".join(head)))
    try:
        if compact:
            reader = csv.reader(itertools.chain(head, lines), delimiter=delimiter)
            frame, header_row, cut = _compact_from_rows(path, reader, known)
            if frame.empty and not len(frame.columns):
                raise _unreadable(path, "empty")
            return RawTable(path, frame, header_row, delimiter, encoding, cut)
        rows = _pooled_rows(itertools.chain(head, lines), delimiter)
    except csv.Error as exc:
        raise _unreadable(path, "bad_csv", error=str(exc)) from None
    finally:
        lines.close()  # let go of the file's bytes before the frame is built
    if not any(present(cell) for r in rows for cell in r):
        raise _unreadable(path, "empty")
    frame, header_row = _frame_from_rows(path, rows, known)
    return RawTable(path, frame, header_row, delimiter, encoding, frame.attrs.pop("cut"))


def _compact_from_rows(
    path: Path, rows: Iterable[list[str]], known: set[str] | None
) -> tuple[pd.DataFrame, int, list[Problem]]:
    """What _frame_from_rows makes (and the rows it cuts), as categorical columns built a
    chunk of rows at a time."""
    lines = iter(rows)
    head = list(itertools.islice(lines, 15))
    header_idx = _find_header(head, known) if head else 0
    header = [("" if not present(h) else str(h)).strip() for h in head[header_idx]] if head else []
    named = max((j + 1 for j, h in enumerate(header) if h), default=0)
    limit = named + MAX_EXTRA_CELLS
    cut: list[Problem] = []

    def body() -> Iterator[list[str]]:
        first = header_idx + 2
        for offset, row in enumerate(itertools.chain(head[header_idx + 1 :], lines)):
            if len(row) > limit:
                (row,), found = _cut_long_rows(path, [row], limit, first + offset)
                cut.extend(found)
            yield row

    _, frame = compact_frame(header[:limit], body(), header_idx + 2)
    return frame, header_idx + 1, cut


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
        raise _unreadable(path, "old_xls")
    _check_unpacked_size(path, data)
    try:
        book = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except Exception as exc:  # openpyxl raises many kinds on a broken file
        raise _unreadable(path, "bad_xlsx", error=str(exc or type(exc).__name__)) from None
    try:
        if sheet is not None and sheet not in book.sheetnames:
            raise _unreadable(
                path, "unknown_sheet", value=sheet, sheet=sheet, sheets=", ".join(book.sheetnames)
            )
        names = [sheet] if sheet else book.sheetnames
        try:
            sheets = {n: _sheet_rows(path, book[n]) for n in names}
        except WorkspaceError:
            raise
        except Exception as exc:
            raise _unreadable(
                path, "bad_sheet", short="bad_xlsx", error=str(exc or type(exc).__name__)
            ) from None
    finally:
        book.close()
    if not sheets:
        raise _unreadable(path, "no_sheets")
    best = max(names, key=lambda n: _sheet_score(sheets[n], known))
    rows = sheets[best] if _sheet_score(sheets[best], known) else sheets[names[0]]
    if not any(any(present(c) for c in r) for r in rows):
        raise _unreadable(path, "empty_sheet")
    frame, header_row = _frame_from_rows(path, rows, known)
    return RawTable(path, frame, header_row, cut=frame.attrs.pop("cut"))


#: an .xlsx is a zip of XML: a 1 MB file may unpack to hundreds of MB and read for
#: minutes. Past these limits it is refused with a message (save the sheet as CSV).
MAX_XLSX_UNPACKED = 200 * 1024 * 1024
#: filled rows; a survey export of 100,000 answers is far below, and past this a CSV
#: reads in a fraction of the time
MAX_XLSX_ROWS = 500_000


def _check_unpacked_size(path: Path, data: bytes) -> None:
    """Refuse a workbook whose parts unpack to more than MAX_XLSX_UNPACKED bytes, before
    any XML is parsed (the sizes are in the zip's directory)."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            unpacked = sum(info.file_size for info in archive.infolist())
    except (zipfile.BadZipFile, OSError, ValueError):
        return  # not a zip at all: openpyxl says so in its own words below
    if unpacked > MAX_XLSX_UNPACKED:
        limit = fmt_int(MAX_XLSX_UNPACKED // (1024 * 1024))
        problem = Problem(
            path.name, None, None, None, key="fault.xlsx_too_big", fields={"limit": limit}
        )
        raise WorkspaceError(problem=problem)


def _sheet_rows(path: Path, sheet: Any) -> list[list[Any]]:
    """A sheet's rows as lists, refused past MAX_XLSX_ROWS filled rows."""
    rows: list[list[Any]] = []
    filled = 0
    for row in sheet.iter_rows(values_only=True):
        filled += any(present(c) for c in row)
        if filled > MAX_XLSX_ROWS:
            limit = fmt_int(MAX_XLSX_ROWS)
            problem = Problem(
                path.name, None, None, None, key="fault.xlsx_too_many_rows", fields={"limit": limit}
            )
            raise WorkspaceError(problem=problem)
        rows.append(list(row))
    return rows


def _open(path: Path) -> io.BufferedReader:
    try:
        return path.open("rb")
    except OSError as exc:
        raise _unreadable(path, "unreadable", where=str(path), reason=str(exc.strerror)) from None


def _read_bytes(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except OSError as exc:
        raise _unreadable(path, "unreadable", where=str(path), reason=str(exc.strerror)) from None


def read_raw(
    path: Path, known: set[str] | None = None, sheet: str | None = None, compact: bool = False
) -> RawTable:
    """Read a CSV/TSV/XLSX table as text. ``known`` helps find the header line;
    ``compact`` holds a CSV's columns as categorical text (see read_csv_raw)."""
    suffix = path.suffix.lower()
    if suffix in (".xlsx", ".xlsm"):
        return read_xlsx_raw(path, known, sheet)
    if suffix == ".xls":
        raise _unreadable(path, "xls_format")
    return read_csv_raw(path, known, compact)


def find_table(folder: Path, stem: str) -> Path | None:
    """The file for a table: stem.csv, stem.xlsx, ... (first that exists)."""
    for suffix in TABLE_SUFFIXES:
        candidate = folder / f"{stem}{suffix}"
        if candidate.is_file():
            return candidate
    return None
