"""Views for people: table blocks and frames as Stylers, formatted as the PDF formats them."""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from planning.plan.build import build_plan
from planning.report.views import Prose, frame_view, table_view, unique_headers
from planning.report.workbook_views import VIEWS, view


def test_repeated_headers_take_the_prefix_before_them() -> None:
    heads = ["thema", "3 jaar: noemden", "aandeel", "5 jaar: noemden", "aandeel"]
    assert unique_headers(heads) == [
        "thema",
        "3 jaar: noemden",
        "3 jaar: aandeel",
        "5 jaar: noemden",
        "5 jaar: aandeel",
    ]


def test_frame_view_formats_cells_and_hides_the_index() -> None:
    frame = pd.DataFrame(
        {"kern": ["Roden", "Een"], "inwoners": [14650, 850], "enquête": [True, False]},
        index=["roden", "een"],
    )
    frame.loc["een", "inwoners"] = float("nan")
    html = frame_view(frame).to_html()
    for shown in ("14.650", "ja", "nee", "–"):
        assert f">{shown}<" in html
    for raw in ("roden<", "True", "False", "nan", "14650"):
        assert raw not in html


def test_table_view_marks_rows_as_the_pdf_does() -> None:
    block = {
        "columns": ["thema", "vraag"],
        "rows": [["jongeren", "12"], ["totaal", "40"]],
        "align": ["left", "right"],
        "emphasis": ["", "bold"],
    }
    html = table_view(block).to_html()
    assert "font-weight: 600" in html and "text-align: right" in html


def test_every_view_of_a_demo_village_is_a_table_chart_or_words(demo_ws: Path) -> None:
    plan = build_plan(demo_ws, "roden")
    for name, func in VIEWS.items():
        if name == "pages":  # the PDF preview: covered by the notebook test
            continue
        shown = func(plan)
        kind = type(shown).__name__
        assert kind in {"Styler", "Figure", "Prose", "NoneType"}, (name, kind)
    # the needs table shows what the plan's needs say, formatted: the share in whole percent
    needs = plan.needs[plan.needs["horizon"] == 3].set_index("theme")
    youth = round(float(needs.loc["youth", "share"]) * 100)
    assert f">{youth}%<" in view(plan, "needs_table").to_html()
    assert isinstance(view(plan, "volunteers"), Prose)
