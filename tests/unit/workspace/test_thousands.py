"""'1.500' in a budget: 1500 in a Dutch file, a reported problem when nothing says which."""

from __future__ import annotations

from pathlib import Path

import pytest
from helpers.tiny import table, write_csv

from planning.io.cells import CellError, number_style, parse_number
from planning.workspace.folder import open_workspace


def _commitments(root: Path, amounts: list[tuple[str, str]], **dialect: str) -> None:
    rows = table("commitments")
    header = rows[0]
    base = rows[1]
    out = [header]
    for i, (hours, budget) in enumerate(amounts):
        row = list(base)
        row[header.index("commitment_id")] = f"c{i}"
        row[header.index("hours_per_year")] = hours
        row[header.index("budget_per_year")] = budget
        out.append(row)
    write_csv(root / "commitments.csv", out, **dialect)


def test_dutch_excel_thousands_are_thousands(tiny_ws: Path) -> None:
    _commitments(
        tiny_ws,
        [("1.234,5", "1.500"), ("300", "12.000"), ("40", "250")],
        delimiter=";",
        encoding="cp1252",
    )
    ws = open_workspace(tiny_ws)
    assert ws.ok, [str(p) for p in ws.problems]
    assert list(ws.commitments["budget_per_year"]) == [1500, 12000, 250]
    assert list(ws.commitments["hours_per_year"]) == [1234.5, 300, 40]


def test_a_decimal_comma_elsewhere_in_the_column_decides(tiny_ws: Path) -> None:
    _commitments(tiny_ws, [("10", "1.500"), ("20", "2,5")])
    ws = open_workspace(tiny_ws)
    assert list(ws.commitments["budget_per_year"]) == [1500, 2.5]


def test_ambiguous_amount_is_a_problem_never_a_silent_1_5(tiny_ws: Path) -> None:
    _commitments(tiny_ws, [("10", "1.500"), ("20", "250")])
    ws = open_workspace(tiny_ws)
    [problem] = ws.problems
    assert (problem.file, problem.row, problem.column) == ("commitments.csv", 2, "budget_per_year")
    assert problem.value == "1.500"
    assert "1500" in problem.message and "1,5" in problem.message
    assert ws.commitments["budget_per_year"].isna().iloc[0]


def test_decimal_points_in_the_column_make_1_500_one_and_a_half(tiny_ws: Path) -> None:
    _commitments(tiny_ws, [("10.25", "1.500"), ("20", "2.75")])
    ws = open_workspace(tiny_ws)
    assert ws.ok
    assert list(ws.commitments["budget_per_year"]) == [1.5, 2.75]


def test_a_coordinate_is_never_a_thousands_number(tiny_ws: Path) -> None:
    ws = open_workspace(tiny_ws)  # villages.csv holds lon '6.426'
    assert ws.ok
    assert ws.villages["lon"].iloc[0] == pytest.approx(6.426)


@pytest.mark.parametrize(
    ("values", "delimiter", "style"),
    [
        (["1.500", "12.000"], ";", True),
        (["1.500", "12.000"], ",", None),
        (["1.500", "12.000"], None, None),
        (["1.500", "12,5"], ",", True),
        (["1.500", "6.5"], ";", False),
        (["1,234.5"], ",", False),
        (["300", "40"], ",", None),
    ],
)
def test_number_style(values: list[str], delimiter: str | None, style: bool | None) -> None:
    assert number_style(values, delimiter) is style


def test_parse_number_refuses_to_guess() -> None:
    with pytest.raises(CellError, match="niet eenduidig"):
        parse_number("12.000", None)
    assert parse_number("12.000", True) == 12000
    assert parse_number("1.234,5", None) == 1234.5
