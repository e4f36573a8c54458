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
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pandas as pd

from planning.i18n import label, text
from planning.report.format import missing
from planning.report.pdf import write_atomic
from planning.report.sections import action_kind, kind_name
from planning.survey.suppression import SMALL_CELL

if TYPE_CHECKING:
    from planning.plan.village_plan import VillagePlan

_FORMULA_START = ("=", "+", "-", "@")
ZIP_DATE = (1980, 1, 1, 0, 0, 0)


def neutralise(value: str) -> str:
    """Text that would start a formula is prefixed with an apostrophe (shown as text)."""
    stripped = value.lstrip(" \t\r\n\u00a0")
    if stripped.startswith(_FORMULA_START) or value.startswith(("\t", "\r")):
        return "'" + value
    return value


@dataclass
class Column:
    key: str
    header: str
    kind: str = "text"  # text | int | count | share | money | year | bool | float
    width: float = 14


@dataclass
class Sheet:
    title: str
    columns: list[Column]
    frame: pd.DataFrame
    note: str | None = None


def _cols(lang: str, *spec: tuple[str, str, str, float]) -> list[Column]:
    return [
        Column(key, text(head, lang) if head else key, kind, width)
        for key, head, kind, width in spec
    ]


def sheets(plan: VillagePlan) -> list[Sheet]:
    """The plan's tables, in the order of the PDF."""
    lang = plan.lang
    theme = plan.theme_labels
    out: list[Sheet] = []
    pop_cols = [Column("age_band", text("age", lang), "text", 10)] + [
        Column(col, name, "count", 16) for col, name in plan.population_series
    ]
    out.append(
        Sheet(text("sec.village", lang), pop_cols, plan.population, plan.notes.get("projection"))
    )
    needs = (
        plan.needs.assign(theme=plan.needs["theme"].map(lambda t: theme.get(t, t)))
        if not plan.needs.empty
        else plan.needs
    )
    out.append(
        Sheet(
            text("res.needs", lang)[:31],
            _cols(
                lang,
                ("theme", "theme", "text", 34),
                ("horizon", "horizon_years", "int", 10),
                ("respondents", "respondents", "count", 12),
                ("naming", "naming", "count", 10),
                ("share", "share", "share", 10),
                ("margin", "margin", "share", 10),
                ("indicative", "indicative", "bool", 11),
            ),
            needs,
            plan.notes.get("residents"),
        )
    )
    channels = plan.channels.assign(
        channel=[label(f"channel.{c}", lang) for c in plan.channels["channel"]]
    )
    out.append(
        Sheet(
            text("res.channels", lang)[:31],
            _cols(
                lang,
                ("channel", "channel", "text", 18),
                ("respondents", "respondents", "count", 12),
            ),
            channels,
            plan.notes.get("residents"),
        )
    )
    out.append(
        Sheet(
            text("res.reach", lang)[:31],
            _cols(
                lang,
                ("group", "group", "text", 18),
                ("respondents", "respondents", "count", 12),
                ("share_respondents", "share_respondents", "share", 18),
                ("share_inhabitants", "share_inhabitants", "share", 18),
            ),
            plan.reach,
            plan.notes.get("residents"),
        )
    )
    quotes = pd.DataFrame(plan.quotes, columns=["horizon", "text"])
    out.append(
        Sheet(
            text("res.quotes", lang)[:31],
            _cols(
                lang, ("horizon", "horizon_years", "int", 10), ("text", "res.quotes", "text", 90)
            ),
            quotes,
            None if plan.quotes else text("res.no_quotes", lang),
        )
    )
    facilities = plan.facilities.assign(
        kind=[kind_name(str(k), lang) for k in plan.facilities.get("kind", [])]
    )
    out.append(
        Sheet(
            text("sec.facilities", lang),
            _cols(
                lang,
                ("facility_id", "id", "text", 26),
                ("name", "name", "text", 30),
                ("kind", "kind", "text", 16),
                ("accessible", "accessible", "bool", 12),
                ("low_threshold", "low_threshold", "bool", 13),
                ("meeting_place", "meeting_place", "bool", 15),
                ("reason", "reason", "text", 60),
            ),
            facilities,
            plan.notes.get("facilities") or plan.notes.get("qualities"),
        )
    )
    out.append(
        Sheet(
            text("fac.coverage", lang)[:31],
            _cols(
                lang,
                ("situation", "situation", "text", 14),
                ("mean_distance_m", "mean_distance", "float", 18),
                ("share_within_walk", "walk", "share", 16),
                ("share_within_cycle", "cycle", "share", 16),
            ),
            pd.DataFrame(plan.coverage),
            plan.notes.get("coverage"),
        )
    )
    out.append(
        Sheet(
            text("match.table", lang)[:31],
            _cols(
                lang,
                ("theme", "theme", "text", 30),
                ("provision", "provision", "text", 36),
                ("count", "count", "count", 10),
            ),
            plan.matches,
            plan.notes.get("matching"),
        )
    )
    gaps = (
        plan.gaps.assign(theme=plan.gaps["theme"].map(lambda t: theme.get(t, t)))
        if not plan.gaps.empty
        else plan.gaps
    )
    out.append(
        Sheet(
            text("gaps.title", lang)[:31],
            _cols(
                lang,
                ("horizon", "horizon_years", "int", 10),
                ("year", "year", "year", 8),
                ("theme", "theme", "text", 34),
                ("demand", "demand", "float", 10),
                ("supply", "supply", "float", 10),
                ("coverage", "coverage", "share", 10),
                ("gap", "gap", "bool", 8),
            ),
            gaps,
            plan.notes.get("gaps"),
        )
    )
    actions = (
        plan.actions.assign(
            themes=plan.actions["themes"].map(lambda ts: ", ".join(theme.get(t, t) for t in ts)),
            kind=[action_kind(str(k), lang) for k in plan.actions["kind"]],
        )
        if "themes" in plan.actions
        else plan.actions
    )
    out.append(
        Sheet(
            text("plan.actions", lang),
            _cols(
                lang,
                ("title", "title_col", "text", 40),
                ("kind", "kind", "text", 14),
                ("themes", "theme", "text", 30),
                ("partner", "partner", "text", 28),
                ("start_year", "start_year", "year", 10),
                ("end_year", "end_year", "year", 10),
                ("one_off_cost", "cost_once", "money", 12),
                ("yearly_cost", "cost_year", "money", 12),
                ("reach_per_week", "reach", "int", 12),
            ),
            actions,
            plan.notes.get("plan"),
        )
    )
    out.append(
        Sheet(
            text("plan.commitments", lang)[:31],
            _cols(
                lang,
                ("commitment_id", "id", "text", 12),
                ("partner", "partner", "text", 30),
                ("description", "title_col", "text", 50),
                ("start_year", "start_year", "year", 10),
                ("end_year", "end_year", "year", 10),
                ("hours_per_year", "hours", "int", 12),
                ("budget_per_year", "budget", "money", 12),
            ),
            plan.commitments,
            plan.notes.get("commitments"),
        )
    )
    out.append(
        Sheet(
            text("plan.effect", lang)[:31],
            [
                Column(c, text("horizon_years" if c == "horizon" else c, lang), _effect_kind(c), 16)
                for c in plan.effect.columns
            ]
            or _cols(lang, ("horizon", "horizon_years", "int", 10)),
            plan.effect,
            plan.notes.get("effect") or plan.notes.get("plan"),
        )
    )
    out.append(
        Sheet(
            text("sec.monitoring", lang),
            _cols(
                lang,
                ("indicator", "indicator", "text", 50),
                ("horizon", "horizon_years", "int", 10),
                ("year", "year", "year", 8),
                ("target", "target", "text", 12),
                ("observed", "observed", "text", 18),
            ),
            plan.monitoring,
            plan.notes.get("monitoring"),
        )
    )
    sources = pd.DataFrame(
        {
            "text": [
                text("method.cbs", lang, year=plan.data_year or plan.base_year),
                *plan.sources.values(),
            ]
        }
    )
    out.append(
        Sheet(
            text("method.sources", lang),
            _cols(lang, ("text", "method.sources", "text", 110)),
            sources,
        )
    )
    return out


def _effect_kind(column: str) -> str:
    if column.startswith(("walk", "share")):
        return "share"
    if column.startswith("cost"):
        return "money"
    if column in ("horizon",):
        return "int"
    if column == "year":
        return "year"
    return "float"


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
        return bool(value)
    return neutralise(str(value))


def build_workbook(plan: VillagePlan) -> Any:
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.utils import get_column_letter

    wb = Workbook()
    wb.remove(wb.active)
    header_font = Font(bold=True, color="FFFFFF")
    header_fill = PatternFill("solid", fgColor="1F5F74")
    seen: set[str] = set()
    for sheet in sheets(plan):
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
    from openpyxl.writer.excel import ExcelWriter

    wb = build_workbook(plan)
    stamp = datetime(plan.plan_date.year, plan.plan_date.month, plan.plan_date.day, 12)
    wb.properties.created = stamp
    wb.properties.modified = stamp
    wb.properties.creator = "planning-workbook"
    wb.properties.title = f"{text('title', plan.lang)} {plan.name}"
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
