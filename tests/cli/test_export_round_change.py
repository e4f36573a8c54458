"""The plan of a kern surveyed twice has the section "Wat is er veranderd sinds de vorige
peiling" (PDF and XLSX), with the same verdict as `planning needs --compare`; a kern surveyed
once has no such section."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from helpers.report import pdf_text
from openpyxl import load_workbook

from planning.cli import main

TITLE = "Wat is er veranderd sinds de vorige peiling"


def export(ws: Path, out: Path, village: str, *extra: str) -> None:
    code = main(["export", "--workspace", str(ws), "--village", village, "--out", str(out), *extra])
    assert code == 0


def test_plan_pdf_and_sheet_show_the_change(demo_ws: Path, tmp_path: Path, capsys) -> None:
    main(["needs", "--village", "diever", "--compare", "--json", "--workspace", str(demo_ws)])
    rows = json.loads(capsys.readouterr().out)["rows"]
    lonely = next(r for r in rows if r["theme"] == "loneliness" and r["horizon"] == 5)
    assert lonely["verdict"] == "larger"

    export(demo_ws, tmp_path, "diever")
    text = " ".join(pdf_text(tmp_path / "dorpsplan-diever.pdf").split())
    assert TITLE in text
    assert "Diever is twee keer gepeild: in 2023" in text
    assert "De behoeften komen uit de laatste peiling (2026)" in text
    assert "z-toets op de effectieve steekproefomvang" in text
    assert "verschil groter dan de foutmarge" in text and "te weinig antwoorden" in text

    export(demo_ws, tmp_path, "diever", "--format", "xlsx")
    book = load_workbook(tmp_path / "dorpsplan-diever.xlsx", read_only=True)
    assert "Veranderd sinds vorige peiling" in book.sheetnames
    sheet = book["Veranderd sinds vorige peiling"]
    values = list(sheet.iter_rows(values_only=True))
    head = values[0]
    assert head[3] == "aandeel 2023" and head[6] == "aandeel 2026"
    row = next(r for r in values[1:] if r[0] == "eenzaamheid" and r[1] == 5)
    assert row[3] == pytest.approx(lonely["share_earlier"])
    assert row[6] == pytest.approx(lonely["share_later"])
    assert row[8] == pytest.approx(lonely["change"] * 100)
    assert row[9] == "verschil groter dan de foutmarge"
    small = [r for r in values[1:] if r[2] == "<5" or r[5] == "<5"]
    assert small and all(r[8] is None and r[9] == "te weinig antwoorden" for r in small)


def test_a_kern_surveyed_once_has_no_such_section(demo_ws: Path) -> None:
    from planning.plan.build import build_plan
    from planning.report.payload import to_payload

    keys = [s["key"] for s in to_payload(build_plan(demo_ws, "norg"))["sections"]]
    assert "round_change" not in keys and "residents" in keys
    keys = [s["key"] for s in to_payload(build_plan(demo_ws, "vledder"))["sections"]]
    assert keys.index("round_change") == keys.index("residents") + 1
