"""The village plan as PDF, through Typst.

The template (templates/plan.typ) receives one input, ``data``: the plan's
payload as JSON, charts included as SVG text. Free text therefore never
becomes Typst markup. Fonts: DejaVu Sans, the font matplotlib ships (so the
charts and the text match), and system fonts are ignored, so the same plan
gives the same bytes on every machine and nothing is fetched at run time.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from planning.charts.plan import render_charts
from planning.errors import ExportError
from planning.i18n import text
from planning.io.atomic import write_atomic as write
from planning.io.os_faults import explain
from planning.io.resources import package_path
from planning.report.payload import to_payload

if TYPE_CHECKING:
    from planning.plan.village_plan import VillagePlan

TEMPLATES = package_path("report", "templates")


def font_dir() -> str:
    """matplotlib's own fonts folder (DejaVu Sans): shipped with a dependency, never fetched."""
    import matplotlib

    return str(Path(matplotlib.get_data_path()) / "fonts" / "ttf")


@cache
def compiler(template: str) -> Any:
    """A Typst compiler for one template, with the shipped fonts only (same bytes everywhere)."""
    import typst

    fonts = typst.Fonts(
        include_system_fonts=False, include_embedded_fonts=True, font_paths=[font_dir()]
    )
    return typst.Compiler(
        str(TEMPLATES / template),
        root=str(TEMPLATES),
        font_paths=fonts,
        ignore_system_fonts=True,
    )


def payload_with_charts(plan: VillagePlan) -> dict[str, Any]:
    """The template's data: the payload plus one SVG per chart block it shows."""
    payload = to_payload(plan)
    keys = [b["key"] for s in payload["sections"] for b in s["blocks"] if b.get("type") == "chart"]
    payload["charts"] = render_charts(plan, keys)
    return payload


def render_pdf(plan: VillagePlan, template: str = "plan.typ") -> bytes:
    """The plan's PDF bytes; the same plan always gives the same bytes."""
    import typst

    data = json.dumps(payload_with_charts(plan), ensure_ascii=False, sort_keys=True)
    stamp = datetime(plan.plan_date.year, plan.plan_date.month, plan.plan_date.day, 12, tzinfo=UTC)
    try:
        pdf, _warnings = compiler(template).compile_with_warnings(
            format="pdf", sys_inputs={"data": data}, timestamp=stamp
        )
    except typst.TypstError as exc:
        words = text("export.typeset_failed", plan.lang, name=plan.name, reason=exc.message)
        raise ExportError(words) from None
    return bytes(pdf)


def write_atomic(path: Path, data: bytes, lang: str = "nl") -> Path:
    """Write beside the target, then rename: never half a file; errors in ``lang``, naming
    the file and what to do (a read-only folder, a full disk)."""
    try:
        return write(path, data)
    except OSError as exc:
        if exc.filename is None:
            exc.filename = str(path)
        raise ExportError(explain(exc, lang)) from None


def write_pdf(plan: VillagePlan, path: Path) -> Path:
    return write_atomic(path, render_pdf(plan), plan.lang)


def render_pages(plan: VillagePlan, ppi: float = 28, template: str = "plan.typ") -> list[bytes]:
    """Every page of the plan as PNG bytes, small, for a preview in the notebook."""
    data = json.dumps(payload_with_charts(plan), ensure_ascii=False, sort_keys=True)
    pages = compiler(template).compile(format="png", ppi=ppi, sys_inputs={"data": data})
    return [bytes(p) for p in pages] if isinstance(pages, list) else [bytes(pages)]
