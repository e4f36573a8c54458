"""The workbook's sheets on the earlier plan say what the PDF's section says.

Diever's demo plan follows a generated plan of 2023 (eerdere-plannen/diever-2023.toml):
its sheets must hold every action and commitment with the state the file records, the
indicators and changed needs with the section's figures, Dutch or English headers from
the catalogue, a count under five as "<5", and a kern without an earlier plan no such sheet.
"""

from __future__ import annotations

import io
import tomllib
from dataclasses import replace
from pathlib import Path

import pytest
from openpyxl import load_workbook

from planning.i18n import fmt_num, text
from planning.plan.build import build_plan
from planning.plan.village_plan import VillagePlan
from planning.report.sections.earlier import earlier
from planning.report.xlsx import render_xlsx
from planning.report.xlsx_sheets import EARLIER_SHEETS, sheets
from planning.workspace.folder import open_workspace

STATE_NL = {"done": "uitgevoerd", "running": "loopt", "stopped": "gestopt"}
STATE_NL["not_started"] = "niet begonnen"


def titles(lang: str) -> list[str]:
    return [text(spec.title, lang)[:31] for spec in EARLIER_SHEETS]


def rows(plan: VillagePlan, title: str) -> list[dict[str, object]]:
    """A sheet of the written workbook as records under its headers."""
    book = load_workbook(io.BytesIO(render_xlsx(plan)))
    cells = list(book[title].iter_rows(values_only=True))
    return [dict(zip(cells[0], r, strict=True)) for r in cells[1:]]


def section_tables(plan: VillagePlan) -> list[list[list[str]]]:
    """The rows of the section's tables as the PDF prints them (break chances removed)."""
    blocks = earlier(plan) or []
    return [
        [[c.replace("\u200b", "") for c in row] for row in b["rows"]]
        for b in blocks
        if b["type"] == "table"
    ]


@pytest.fixture
def diever(demo_ws: Path) -> VillagePlan:
    return build_plan(open_workspace(demo_ws), "diever")


def test_the_items_sheet_holds_each_item_with_its_recorded_state(
    diever: VillagePlan, demo_ws: Path
) -> None:
    assert [s.title for s in sheets(diever)][:3] == titles("nl")
    recorded = tomllib.loads((demo_ws / "eerdere-plannen" / "diever-2023.toml").read_text())
    expected = [(a["title"], STATE_NL[a["state"]]) for a in recorded["actions"]]
    expected += [(c["description"], STATE_NL[c["state"]]) for c in recorded["commitments"]]
    items = rows(diever, titles("nl")[0])
    got = [(r["wat"], r["stand"]) for r in items]
    assert sorted(got) == sorted(expected)
    starts = {c["description"]: c["start_year"] for c in recorded["commitments"]}
    assert all(r["startjaar"] == starts[r["wat"]] for r in items if r["soort"] == "afspraak")
    # the same states as the section's table (its last column), item by item
    section = section_tables(diever)[0]
    assert sorted((row[1], row[4]) for row in section) == sorted(got)


def test_indicators_and_needs_carry_the_sections_figures(diever: VillagePlan) -> None:
    _items, indicators, needs = section_tables(diever)
    sheet = rows(diever, titles("nl")[1])
    assert [r["indicator"] for r in sheet] == [row[0] for row in indicators]
    for r, row in zip(sheet, indicators, strict=True):
        # the section prints "140 (2024-01)"; the sheet keeps the number and the period apart
        then = r["toen"]
        if isinstance(then, float):  # written as the section writes a figure (Dutch comma)
            then = fmt_num(then, 0 if then.is_integer() else 1, "nl")
        assert row[1] == f"{then} ({r['periode toen']})", (row, r)
        assert row[2].endswith(f"({r['periode nu']})") and row[3].endswith(f"({r['doeljaar']})")
        assert row[4] == r["richting"]
    changed = rows(diever, titles("nl")[2])
    assert len(changed) == len(needs) > 0
    for r, row in zip(changed, needs, strict=True):
        # the section: thema, termijn ("5 jaar"), toen "6%", nu "20%", "+14 procentpunt"
        assert row[0] == r["thema"] and row[1] == f"{r['termijn (jaren)']} jaar"
        assert row[2] == f"{round(r['toen'] * 100)}%" and row[3] == f"{round(r['nu'] * 100)}%"
        assert row[4] == f"{round(r['verschil (procentpunt)']):+d} procentpunt"
        # the change is the difference of the two shares, in points (a hand check)
        assert r["verschil (procentpunt)"] == pytest.approx((r["nu"] - r["toen"]) * 100)


def test_a_count_under_five_is_published_as_less_than_five(diever: VillagePlan) -> None:
    found = diever.earlier
    frame = found.indicators.copy()
    frame.loc[0, ["then_value", "unit"]] = [3.0, "bezoeken"]
    frame.loc[1, ["then_value", "unit"]] = [3.0, "%"]
    plan = replace(diever, earlier=replace(found, indicators=frame))
    sheet = rows(plan, titles("nl")[1])
    assert sheet[0]["toen"] == "<5" and sheet[1]["toen"] == 3
    assert section_tables(plan)[1][0][1].startswith("<5 (")


def test_english_headers_and_no_sheet_without_an_earlier_plan(demo_ws: Path) -> None:
    ws = open_workspace(demo_ws)
    plan = build_plan(ws, "diever", lang="en")
    book = load_workbook(io.BytesIO(render_xlsx(plan)))
    assert book.sheetnames[:3] == titles("en")
    heads = [c.value for c in next(book[titles("en")[0]].iter_rows(max_row=1))]
    assert heads == [text(k, "en") for _c, k, _kind, _w in EARLIER_SHEETS[0].columns]
    assert "action" in {c.value for c in book[titles("en")[0]]["A"]}
    first = build_plan(ws, "norg")  # a kern's first plan: nothing about an earlier one
    assert first.earlier is None
    assert not set(titles("nl")) & {s.title for s in sheets(first)}
