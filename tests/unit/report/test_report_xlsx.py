"""The XLSX read back with openpyxl: types, frozen headers, neutralised formulas, same bytes."""

from __future__ import annotations

import hashlib
from pathlib import Path

import openpyxl
import pytest
from helpers.report import write_responses

from planning.plan.build import build_plan
from planning.report.xlsx import neutralise, render_xlsx, write_xlsx
from planning.workspace.folder import open_workspace


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("=1+1", "'=1+1"),
        ("  =SUM(A1)", "'  =SUM(A1)"),
        ("+31 6", "'+31 6"),
        ("-2", "'-2"),
        ("@cmd", "'@cmd"),
        ("\t=x", "'\t=x"),
        ("gewoon", "gewoon"),
        ("a=b", "a=b"),
    ],
)
def test_neutralise(raw: str, expected: str) -> None:
    assert neutralise(raw) == expected


def _cells(wb):
    for sheet in wb:
        for row in sheet.iter_rows():
            yield from row


def test_xlsx_tables_typed_and_frozen(tmp_path: Path) -> None:
    from planning.workspace.folder import demo_path

    ws = open_workspace(demo_path())
    path = write_xlsx(build_plan(ws, "roden"), tmp_path / "roden.xlsx")
    wb = openpyxl.load_workbook(path)
    assert len(wb.sheetnames) >= 10
    for sheet in wb:
        assert sheet.freeze_panes == "A2", sheet.title
        assert sheet["A1"].font.bold
    village = wb[wb.sheetnames[0]]
    values = [r[1] for r in village.iter_rows(min_row=2, values_only=True)]
    assert all(isinstance(v, int) for v in values)
    assert sum(values) == int(ws.inhabitants()["roden"])
    commitments = next(s for s in wb if s.title.startswith("Afspraken"))
    years = [r[3] for r in commitments.iter_rows(min_row=2, values_only=True)]
    assert years and all(isinstance(y, int) for y in years)


def test_no_formula_and_no_small_count_in_any_cell(demo_ws: Path, tmp_path: Path) -> None:
    write_responses(
        demo_ws,
        [
            {
                "village_id": "alteveer",
                "need_3y": '=HYPERLINK("http://x","klik")',
                "quote_publishable": "ja",
            },
            {"village_id": "alteveer", "need_5y": "  @SUM(1)", "quote_publishable": "ja"},
        ],
    )
    ws = open_workspace(demo_ws)
    from planning.survey.quote_review import approve

    approve(ws, "alteveer", by="test")  # quotes reach a plan once approved
    path = write_xlsx(build_plan(ws, "alteveer"), tmp_path / "a.xlsx")
    wb = openpyxl.load_workbook(path)
    texts = []
    for cell in _cells(wb):
        assert cell.data_type != "f", cell.coordinate
        if isinstance(cell.value, str):
            texts.append(cell.value)
            assert not cell.value.lstrip().startswith(("=", "+", "-", "@")), cell.value
    assert '\'=HYPERLINK("http://x","klik")' in texts
    village = wb[wb.sheetnames[0]]
    for row in village.iter_rows(min_row=2, values_only=True):
        for value in row[1:]:
            assert value == "<5" or (isinstance(value, int) and value >= 5), row
    assert "<5" in [v for r in village.iter_rows(values_only=True) for v in r]


def test_xlsx_same_bytes() -> None:
    from planning.workspace.folder import demo_path

    first = render_xlsx(build_plan(open_workspace(demo_path()), "roden"))
    second = render_xlsx(build_plan(open_workspace(demo_path()), "roden"))
    assert hashlib.sha256(first).hexdigest() == hashlib.sha256(second).hexdigest()


def test_english_xlsx(tmp_path: Path) -> None:
    from planning.workspace.folder import demo_path

    path = write_xlsx(build_plan(demo_path(), "roden", lang="en"), tmp_path / "en.xlsx")
    wb = openpyxl.load_workbook(path)
    assert "The village" in wb.sheetnames
    assert wb["The village"]["A1"].value == "age"
