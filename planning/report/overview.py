"""The council's overview as PDF and XLSX: every kern in one document.

planning.plan.council gathers the figures; here they are formatted (Dutch numbers, "<5",
dashes, theme names) into the rows the PDF, the sheet and the start page show alike,
the map is drawn (planning.charts.kernen_map) with its text alternative, and the method
page says where every column comes from. The PDF is compiled by planning.report.pdf, as
the village plan is.
"""

from __future__ import annotations

import re
from collections.abc import Hashable
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pandas as pd

from planning.charts.kernen_map import kernen_map, map_description, measure_label
from planning.charts.style import to_svg
from planning.i18n import fmt_date, fmt_int, fmt_num, fmt_pct, text
from planning.plan.council import CouncilOverview, council_overview
from planning.plan.measures import DEFAULT_MEASURE
from planning.plan.village_plan import plan_date
from planning.report.format import count, missing, share
from planning.report.pdf import typeset, write_atomic
from planning.report.xlsx import Column, Sheet, workbook_bytes, workbook_of
from planning.survey.suppression import SUPPRESSED

if TYPE_CHECKING:
    from planning.workspace.folder import Workspace

#: the formatted columns, in order, with their width in the PDF and alignment
COLUMNS: tuple[tuple[str, float, str], ...] = (
    ("village", 2.1, "l"),
    ("now", 1.1, "r"),
    ("later", 1.1, "r"),
    ("share_now", 0.9, "r"),
    ("share_later", 0.9, "r"),
    ("growth", 1.0, "r"),
    ("walk", 1.4, "r"),
    ("needs", 3.2, "l"),
    ("robust", 2.6, "l"),
    ("plan", 1.9, "l"),
    ("age", 0.8, "r"),
    ("lapsing", 1.5, "l"),
)


def headers(ov: CouncilOverview, lang: str) -> list[str]:
    walk = f"{fmt_int(ov.walk_m, lang)} m"
    years = {
        "now": ov.base_year,
        "later": ov.later_year,
        "share_now": ov.base_year,
        "share_later": ov.later_year,
    }
    return [
        text(f"overview.col.{key}", lang, year=years.get(key, ""), walk=walk)
        for key, _w, _a in COLUMNS
    ]


def _points(value: Any, lang: str) -> str:
    if isinstance(value, str):
        return value
    if missing(value):
        return "–"
    sign = "+" if float(value) > 0 else ""
    return f"{sign}{fmt_num(float(value) * 100, 1, lang)}"


#: one kern's row of the overview, as ``DataFrame.to_dict("records")`` gives it
Record = dict[Hashable, Any]


def _themes(ov: CouncilOverview, themes: Any) -> str:
    return ", ".join(ov.theme_labels.get(str(t), str(t)) for t in themes)


def _needs_cell(ov: CouncilOverview, rec: Record, lang: str) -> str:
    if not rec["respondents"]:
        return text("overview.no_survey", lang)
    return _themes(ov, rec["top_needs"]) or SUPPRESSED


def _robust_cell(ov: CouncilOverview, rec: Record, lang: str) -> str:
    value = rec["robust_gaps"]
    if not rec["respondents"]:
        return text("overview.no_survey", lang)
    if isinstance(value, str) or missing(value):
        return SUPPRESSED if isinstance(value, str) else "–"
    return _themes(ov, rec["robust_themes"]) if int(value) else fmt_int(0, lang)


def _plan_cell(rec: Record, lang: str) -> str:
    if missing(rec["plan_number"]):
        return text("overview.no_plan", lang)
    cell = text(
        "overview.plan_cell",
        lang,
        number=int(rec["plan_number"]),
        date=fmt_date(rec["plan_date"], lang),
    )
    return text("overview.plan_generated", lang, cell=cell) if rec["plan_generated"] else cell


def _lapsing_cell(rec: Record, lang: str) -> str:
    if not rec["lapsing"]:
        return fmt_int(0, lang)
    years = ", ".join(str(y) for y in rec["lapsing_years"])
    return text("overview.lapsing_cell", lang, count=fmt_int(rec["lapsing"], lang), years=years)


def overview_rows(ov: CouncilOverview, lang: str) -> list[list[str]]:
    """Every kern's row as the reader sees it: formatted, suppressed, never nan."""
    rows = []
    for rec in ov.rows.to_dict("records"):
        rows.append(
            [
                str(rec["name"]),
                count(rec["inhabitants_now"], lang),
                count(rec["inhabitants_later"], lang),
                share(rec["share_75_now"], lang),
                share(rec["share_75_later"], lang),
                _points(rec["growth_75"], lang),
                "–" if missing(rec["walk_share"]) else fmt_pct(rec["walk_share"], 0, lang),
                _needs_cell(ov, rec, lang),
                _robust_cell(ov, rec, lang),
                _plan_cell(rec, lang),
                "–" if missing(rec["plan_age"]) else fmt_int(rec["plan_age"], lang),
                _lapsing_cell(rec, lang),
            ]
        )
    return rows


def overview_frame(ov: CouncilOverview, lang: str) -> pd.DataFrame:
    """The formatted rows as a frame with the readers' headers (the start page shows it)."""
    return pd.DataFrame(overview_rows(ov, lang), columns=headers(ov, lang))


def facts(ov: CouncilOverview, lang: str) -> list[dict[str, str]]:
    r = ov.rows
    now = pd.to_numeric(r["inhabitants_now"], errors="coerce").sum()
    later = pd.to_numeric(r["inhabitants_later"], errors="coerce").sum()
    robust = pd.to_numeric(r["robust_gaps"].where(r["robust_gaps"] != SUPPRESSED), errors="coerce")
    year = ov.made_on.year
    return [
        {
            "value": fmt_int(len(r), lang),
            "label": text("overview.fact.kernen", lang, plural=len(r)),
        },
        {
            "value": fmt_int(now, lang),
            "label": text(
                "overview.fact.inhabitants",
                lang,
                now=ov.base_year,
                later=fmt_int(later, lang),
                year=ov.later_year,
            ),
        },
        {
            "value": fmt_int(int(r["plan_number"].notna().sum()), lang),
            "label": text("overview.fact.plans", lang, plural=int(r["plan_number"].notna().sum())),
        },
        {
            "value": fmt_int(int((r["walk_share"] < 0.5).sum()), lang),
            "label": text("overview.fact.walk", lang, plural=int((r["walk_share"] < 0.5).sum())),
        },
        {
            "value": fmt_int(int((robust > 0).sum()), lang),
            "label": text("overview.fact.robust", lang, plural=int((robust > 0).sum())),
        },
        {
            "value": fmt_int(int(r["lapsing"].sum()), lang),
            "label": text(
                "overview.fact.lapsing",
                lang,
                plural=int(r["lapsing"].sum()),
                this=year,
                next=year + 1,
            ),
        },
    ]


def method_blocks(ws: Workspace, ov: CouncilOverview, lang: str) -> list[dict[str, Any]]:
    """The method page as in the plan: what each column is, privacy, sources."""
    year = ov.made_on.year
    blocks: list[dict[str, Any]] = [
        {
            "type": "para",
            "text": text(
                "overview.method.columns",
                lang,
                base=ov.base_year,
                later=ov.later_year,
                walk=f"{fmt_int(ov.walk_m, lang)} m",
                this=year,
                next=year + 1,
            ),
        },
        {"type": "para", "text": text("method.weighting", lang)},
        {"type": "para", "text": text("overview.method.privacy", lang)},
        {"type": "heading", "text": text("method.sources", lang)},
    ]
    years = sorted({int(y) for y in ws.population["year"]}) if len(ws.population) else []
    blocks.append(
        {
            "type": "para",
            "text": text("method.cbs", lang, year=years[-1] if years else ov.base_year),
        }
    )
    items = [str(v) for _k, v in sorted(ws.settings.sources.items())]
    if items:
        blocks.append({"type": "list", "items": items})
    if ov.generated:
        blocks.append({"type": "para", "text": text("method.generated", lang)})
    blocks.append(
        {"type": "note", "text": text("method.made_with", lang, workspace=ov.workspace_name)}
    )
    return blocks


def overview_payload(ws: Workspace, ov: CouncilOverview, measure: str, lang: str) -> dict[str, Any]:
    fig = kernen_map(ws, ov, measure, lang)
    municipalities = sorted(set(ov.rows["municipality"]))
    return {
        "lang": lang,
        "meta": {
            "title": text("overview.title", lang),
            "subtitle": text("overview.subtitle", lang),
            "place": ", ".join(municipalities) if len(municipalities) <= 3 else ov.workspace_name,
            "date": fmt_date(ov.made_on, lang),
            "year": ov.made_on.year,
            "month": ov.made_on.month,
            "day": ov.made_on.day,
            "demo_notice": text("demo_notice", lang) if ov.generated else "",
            "source": text("source_cbs", lang),
            "labels": {
                "page": text("page", lang),
                "summary": text("overview.sec.summary", lang),
                "map": text("overview.sec.geo", lang),
                "table": text("overview.sec.table", lang),
                "method": text("overview.sec.method", lang),
            },
        },
        "intro": text(
            "overview.intro",
            lang,
            count=fmt_int(len(ov.rows), lang),
            date=fmt_date(ov.made_on, lang),
        ),
        "facts": facts(ov, lang),
        "map": {
            "svg": to_svg(fig),
            "alt": map_description(ov, measure, lang),
            "caption": text("overview.map_caption", lang, measure=measure_label(measure, lang)),
        },
        "table": {
            "columns": headers(ov, lang),
            "rows": overview_rows(ov, lang),
            "widths": [w for _k, w, _a in COLUMNS],
            "align": ["right" if a == "r" else "left" for _k, _w, a in COLUMNS],
        },
        "method": method_blocks(ws, ov, lang),
    }


def overview_sheets(ws: Workspace, ov: CouncilOverview, lang: str) -> list[Sheet]:
    """The sheet: the same kernen with typed cells (numbers stay numbers), and the method."""
    r = ov.rows
    frame = pd.DataFrame(
        {
            "name": r["name"],
            "municipality": r["municipality"],
            "now": r["inhabitants_now"],
            "later": r["inhabitants_later"],
            "share_now": r["share_75_now"],
            "share_later": r["share_75_later"],
            "growth": r["growth_75"],
            "walk": r["walk_share"],
            "needs": [_needs_cell(ov, rec, lang) for rec in r.to_dict("records")],
            "robust": [_robust_cell(ov, rec, lang) for rec in r.to_dict("records")],
            "plan": [_plan_cell(rec, lang) for rec in r.to_dict("records")],
            "age": r["plan_age"],
            "lapsing": r["lapsing"],
        }
    )
    head = dict(zip([k for k, _w, _a in COLUMNS], headers(ov, lang), strict=True))
    kinds = {"now": "count", "later": "count", "share_now": "share", "share_later": "share"}
    kinds |= {"growth": "share", "walk": "share", "age": "int", "lapsing": "int"}
    columns = [Column("name", head["village"], "text", 22)]
    columns.append(Column("municipality", text("overview.col.municipality", lang), "text", 18))
    for key in ("now", "later", "share_now", "share_later", "growth", "walk"):
        columns.append(Column(key, head[key], kinds[key], 13))
    columns += [
        Column("needs", head["needs"], "text", 40),
        Column("robust", head["robust"], "text", 36),
        Column("plan", head["plan"], "text", 22),
        Column("age", head["age"], "int", 10),
        Column("lapsing", head["lapsing"], "int", 14),
    ]
    method = pd.DataFrame(
        {
            "text": [
                b.get("text", "; ".join(b.get("items", []))) for b in method_blocks(ws, ov, lang)
            ]
        }
    )
    return [
        Sheet(text("overview.sheet", lang), columns, frame),
        Sheet(
            text("overview.sheet_method", lang),
            [Column("text", text("overview.sec.method", lang), "text", 120)],
            method,
        ),
    ]


def file_name(lang: str, fmt: str) -> str:
    stem = re.sub(r"[^A-Za-z0-9_-]+", "-", text("overview.file_stem", lang))
    return f"{stem}.{fmt}"


def export_overview(
    ws: Workspace, out: Path, measure: str = DEFAULT_MEASURE, lang: str | None = None
) -> list[Path]:
    """Write the overview's PDF and XLSX into ``out``; returns both files."""
    lang = lang or ws.settings.lang
    ov = council_overview(ws, plan_date(ws), lang)
    out.mkdir(parents=True, exist_ok=True)
    title = text("overview.title", lang)
    pdf = typeset("overview.typ", overview_payload(ws, ov, measure, lang), ov.made_on, title)
    xlsx = workbook_bytes(workbook_of(overview_sheets(ws, ov, lang)), ov.made_on, title)
    return [
        write_atomic(out / file_name(lang, "pdf"), pdf),
        write_atomic(out / file_name(lang, "xlsx"), xlsx),
    ]
