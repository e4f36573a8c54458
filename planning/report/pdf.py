"""The village plan as PDF, through Typst.

The template (templates/plan.typ) receives one input, ``data``: the plan's
payload as JSON, charts included as SVG text. Free text therefore never
becomes Typst markup. Fonts: DejaVu Sans, the font matplotlib ships (so the
charts and the text match), and system fonts are ignored, so the same plan
gives the same bytes on every machine and nothing is fetched at run time.

Every PDF the workbook makes (the plan, the printable questionnaire, any later one) is
compiled by :func:`compile_pdf`, which asks Typst for PDF/UA-1 (accessible: tagged
structure, title, language, text alternatives) and PDF/A-2a (archivable) at once. Typst
checks both while it writes; a document that does not meet them is refused with Typst's
reason, never written half-accessible.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import UTC, date, datetime
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from planning.charts.plan import render_charts
from planning.errors import ExportError, Said
from planning.io.atomic import write_atomic as write
from planning.io.os_faults import fault
from planning.io.resources import package_path
from planning.report.alt_text import chart_alt
from planning.report.payload import to_payload

if TYPE_CHECKING:
    from planning.plan.village_plan import VillagePlan

TEMPLATES = package_path("report", "templates")

#: the standards every PDF meets: accessible (PDF/UA-1) and archivable (PDF/A-2a)
PDF_STANDARDS = ("ua-1", "a-2a")
#: the same standards as readers know them (in the refusal message and docs/publiceren.md)
STANDARD_NAMES = "PDF/UA-1, PDF/A-2a"


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
    """The template's data: the payload plus one SVG per chart block it shows, each chart
    block carrying its text alternative (``alt``) for readers who cannot see it."""
    payload = to_payload(plan)
    blocks = [b for s in payload["sections"] for b in s["blocks"] if b.get("type") == "chart"]
    payload["charts"] = render_charts(plan, [b["key"] for b in blocks])
    for block in blocks:
        block["alt"] = chart_alt(plan, block["key"])
    return payload


def compile_pdf(
    template: str,
    data: dict[str, Any],
    fail: Callable[[str | Said], Said],
    stamp: datetime | None = None,
) -> bytes:
    """One template and its JSON data as PDF/UA-1 and PDF/A-2a bytes: the one compile path.

    ``fail`` turns Typst's reason into the sentence the user reads (it names the plan or the
    questionnaire); a refusal by the standards' checks says which standards and why (a
    missing text alternative, with Typst's hint), so the template can be fixed.
    """
    import typst

    inputs = {"data": json.dumps(data, ensure_ascii=False, sort_keys=True)}
    try:
        pdf, _warnings = compiler(template).compile_with_warnings(
            format="pdf", sys_inputs=inputs, timestamp=stamp, pdf_standards=list(PDF_STANDARDS)
        )
    except typst.TypstError as exc:
        typst_said = str(exc.message)
        reason: str | Said = typst_said
        if "PDF/UA" in typst_said or "PDF/A" in typst_said:
            hints = "; ".join(exc.hints or ())
            said = f"{typst_said} ({hints})" if hints else typst_said
            reason = Said("pdf.refused", {"standards": STANDARD_NAMES, "reason": said})
        raise ExportError(fail(reason)) from None
    return bytes(pdf)


def render_pdf(plan: VillagePlan, template: str = "plan.typ") -> bytes:
    """The plan's PDF bytes; the same plan always gives the same bytes."""
    return typeset(template, payload_with_charts(plan), plan.plan_date, plan.name)


def typeset(template: str, payload: dict[str, Any], day: date, name: str) -> bytes:
    """Any template's PDF from its JSON payload, stamped with ``day`` (same bytes for the
    same payload), through the one compile path (PDF/UA-1 and PDF/A-2a); ``name`` says in
    an error which document failed."""
    stamp = datetime(day.year, day.month, day.day, 12, tzinfo=UTC)
    return compile_pdf(
        template,
        payload,
        lambda reason: Said("export.typeset_failed", {"name": name, "reason": reason}),
        stamp,
    )


def write_atomic(path: Path, data: bytes) -> Path:
    """Write beside the target, then rename: never half a file; an error names the file and
    what to do (a read-only folder, a full disk), said in the language of the screen."""
    try:
        return write(path, data)
    except OSError as exc:
        if exc.filename is None:
            exc.filename = str(path)
        raise ExportError(fault(exc)) from None


def write_pdf(plan: VillagePlan, path: Path) -> Path:
    return write_atomic(path, render_pdf(plan))


def render_pages(plan: VillagePlan, ppi: float = 28, template: str = "plan.typ") -> list[bytes]:
    """Every page of the plan as PNG bytes, small, for a preview in the notebook."""
    data = json.dumps(payload_with_charts(plan), ensure_ascii=False, sort_keys=True)
    pages = compiler(template).compile(format="png", ppi=ppi, sys_inputs={"data": data})
    return [bytes(p) for p in pages] if isinstance(pages, list) else [bytes(pages)]
