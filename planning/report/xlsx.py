"""The village plan's tables as one XLSX workbook, one sheet per table.

Cells are typed (numbers are numbers, shares are percentages, years are
whole numbers) so staff can keep calculating. Counts of people under 5 are
written as "<5". Text that a spreadsheet would take for a formula
(beginning with = + - @, also after spaces) gets a leading apostrophe.
The file is byte-for-byte reproducible: fixed document dates and fixed
timestamps inside the zip.
"""

from __future__ import annotations

import io
import zipfile
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from planning.i18n import text
from planning.report.format import missing
from planning.report.pdf import write_atomic
from planning.report.xlsx_sheets import Column, Sheet, sheets
from planning.survey.suppression import SMALL_CELL

if TYPE_CHECKING:
    from planning.plan.village_plan import VillagePlan

__all__ = [
    "Column",
    "Sheet",
    "build_workbook",
    "neutralise",
    "render_xlsx",
    "sheets",
    "workbook_bytes",
    "workbook_of",
    "write_xlsx",
]

_FORMULA_START = ("=", "+", "-", "@")
ZIP_DATE = (1980, 1, 1, 0, 0, 0)


def neutralise(value: str) -> str:
    """Text that would start a formula is prefixed with an apostrophe (shown as text)."""
    stripped = value.lstrip(" \t\r\n\u00a0")
    if stripped.startswith(_FORMULA_START) or value.startswith(("\t", "\r")):
        return "'" + value
    return value


_FORMATS = {
    "share": "0%",
    "money": "€ #,##0",
    "int": "#,##0",
    "count": "#,##0",
    "float": "#,##0.0",
    "year": "0",
}


def _cell_value(value: Any, kind: str) -> Any:
    if isinstance(value, (list, tuple)):
        value = ", ".join(str(v) for v in value)
    if missing(value):
        return None
    if kind == "count":
        if isinstance(value, str):
            return value if value == "<5" else neutralise(value)
        return "<5" if float(value) < SMALL_CELL else int(value)
    if kind in ("int", "year"):
        try:
            return int(value)
        except (TypeError, ValueError):
            return neutralise(str(value))
    if kind in ("share", "money", "float"):
        try:
            return float(value)
        except (TypeError, ValueError):
            return neutralise(str(value))
    if kind == "bool":
        if isinstance(value, str):  # "<5": suppressed at publication
            return neutralise(value)
        return bool(value)
    return neutralise(str(value))


def build_workbook(plan: VillagePlan) -> Any:
    return workbook_of(sheets(plan))


def workbook_of(tables: list[Sheet]) -> Any:
    """An openpyxl workbook with one sheet per Sheet: typed cells, a styled header row."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.utils import get_column_letter

    wb = Workbook()
    wb.remove(wb.worksheets[0])  # the empty sheet a new workbook opens with
    header_font = Font(bold=True, color="FFFFFF")
    header_fill = PatternFill("solid", fgColor="1F5F74")
    seen: set[str] = set()
    for sheet in tables:
        title = _unique(sheet.title, seen)
        ws = wb.create_sheet(title)
        for i, col in enumerate(sheet.columns, start=1):
            cell = ws.cell(row=1, column=i, value=neutralise(col.header))
            cell.font = header_font
            cell.fill = header_fill
            cell.alignment = Alignment(vertical="center", wrap_text=True)
            ws.column_dimensions[get_column_letter(i)].width = col.width
        ws.freeze_panes = "A2"
        row_no = 2
        frame = sheet.frame
        for _, record in frame.iterrows():
            for i, col in enumerate(sheet.columns, start=1):
                value = _cell_value(record.get(col.key), col.kind)
                cell = ws.cell(row=row_no, column=i, value=value)
                if isinstance(value, str):
                    cell.data_type = "s"
                elif col.kind in _FORMATS and value is not None and not isinstance(value, bool):
                    cell.number_format = _FORMATS[col.kind]
            row_no += 1
        if frame.empty and sheet.note:
            ws.cell(row=2, column=1, value=neutralise(sheet.note)).font = Font(italic=True)
    return wb


def _unique(title: str, seen: set[str]) -> str:
    clean = "".join(ch for ch in title if ch not in "[]:*?/\\")[:31] or "blad"
    name, n = clean, 2
    while name.lower() in seen:
        suffix = f" {n}"
        name, n = clean[: 31 - len(suffix)] + suffix, n + 1
    seen.add(name.lower())
    return name


def render_xlsx(plan: VillagePlan) -> bytes:
    """The workbook as bytes, identical for identical plans."""
    title = f"{text('title', plan.lang)} {plan.name}"
    return workbook_bytes(build_workbook(plan), plan.plan_date, title)


def workbook_bytes(wb: Any, day: date, title: str) -> bytes:
    """A workbook's bytes, stamped with ``day``: identical for identical contents."""
    from openpyxl.writer.excel import ExcelWriter

    stamp = datetime(day.year, day.month, day.day, 12)
    wb.properties.created = stamp
    wb.properties.modified = stamp
    wb.properties.creator = "planning-workbook"
    wb.properties.title = title
    raw = io.BytesIO()
    with zipfile.ZipFile(raw, "w", zipfile.ZIP_DEFLATED) as archive:
        ExcelWriter(wb, archive).save()
    return _fixed_zip(raw.getvalue())


def _fixed_zip(data: bytes) -> bytes:
    """Re-pack with fixed member timestamps (zipfile stamps members with the clock)."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(out, "w") as dst:
        for info in src.infolist():
            fixed = zipfile.ZipInfo(info.filename, date_time=ZIP_DATE)
            fixed.compress_type = zipfile.ZIP_DEFLATED
            fixed.external_attr = 0o600 << 16
            dst.writestr(fixed, src.read(info.filename))
    return out.getvalue()


def write_xlsx(plan: VillagePlan, path: Path) -> Path:
    return write_atomic(path, render_xlsx(plan))
