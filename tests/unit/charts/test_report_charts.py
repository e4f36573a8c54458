"""Charts: one style, deterministic SVG; the PDF carries only the fonts we ship."""

from __future__ import annotations

import pandas as pd
import pytest

from planning.charts import style as charts


def _frame() -> pd.DataFrame:
    return pd.DataFrame({"label": ["a", "b", "c"], "x": [0.1, 0.5, 0.25], "y": [0.2, 0.1, 0.4]})


def test_same_chart_same_svg_without_date() -> None:
    first = charts.to_svg(charts.grouped_bars(_frame(), "label", [("x", "x"), ("y", "y")]))
    second = charts.to_svg(charts.grouped_bars(_frame(), "label", [("x", "x"), ("y", "y")]))
    assert first == second
    assert "<dc:date>" not in first
    assert first.lstrip().startswith("<?xml")


def test_one_style_for_every_chart_and_no_leak() -> None:
    import matplotlib

    before = dict(matplotlib.rcParams)
    fig = charts.grouped_bars(_frame(), "label", [("x", "x")])
    charts.to_svg(fig)
    assert dict(matplotlib.rcParams) == before  # callers' settings untouched
    bar = fig.axes[0].patches[0]
    assert matplotlib.colors.to_hex(bar.get_facecolor()) == charts.SERIES[0]
    with charts.style():
        assert matplotlib.rcParams["svg.hashsalt"] == "planning-workbook"
        colors = matplotlib.rcParams["axes.prop_cycle"].by_key()["color"]
        assert [c.lower() for c in colors] == [c.lower() for c in charts.SERIES]


def test_timeline_with_open_ended_items() -> None:
    items = pd.DataFrame(
        {
            "label": ["Inloop", "Kerkzaal"],
            "start_year": [2027, 2020],
            "end_year": [None, 2030],
            "source": ["action", "commitment"],
        }
    )
    svg = charts.to_svg(
        charts.timeline_chart(items, 2026, (3, 5, 10), {"action": "actie", "years": "jaar"})
    )
    assert "<svg" in svg


@pytest.mark.slow
def test_pdf_embeds_only_shipped_fonts(tmp_path) -> None:
    from pypdf import PdfReader

    from planning.plan.build import build_plan
    from planning.report.pdf import write_pdf
    from planning.workspace.folder import demo_path

    path = write_pdf(build_plan(demo_path(), "een"), tmp_path / "een.pdf")
    fonts = set()
    for page in PdfReader(path).pages:
        for font in (page.get("/Resources", {}).get("/Font", {}) or {}).values():
            fonts.add(str(font.get_object().get("/BaseFont")))
    assert fonts and all("DejaVuSans" in f for f in fonts), fonts


def test_every_plan_figure_of_a_village_without_actions(tmp_path) -> None:
    """A village with no action or commitment has no timeline: None, not a KeyError."""
    from planning.charts.plan import FIGURES, plan_figure
    from planning.plan.build import build_plan
    from planning.workspace.folder import open_workspace

    ws = open_workspace()
    bare = next(
        v
        for v in ws.village_ids()
        if (p := build_plan(ws, v)).actions.empty and p.commitments.empty
    )
    plan = build_plan(ws, bare)
    assert plan_figure(plan, "timeline") is None
    for key in FIGURES:
        if key != "timeline":
            plan_figure(plan, key)  # draws or is None, never raises
