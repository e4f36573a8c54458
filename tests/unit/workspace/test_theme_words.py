"""Themes written in Dutch or English are read as their codes; an unknown one lists them all."""

from __future__ import annotations

from pathlib import Path

from helpers.tiny import table, write_csv

from planning.workspace.folder import open_workspace


def _themes(root: Path, name: str, cells: list[str]) -> None:
    rows = table(name)
    column = rows[0].index("themes")
    for row, cell in zip(rows[1:], cells, strict=False):
        row[column] = cell
    write_csv(root / f"{name}.csv", rows, delimiter=";")


def test_dutch_and_english_labels_become_codes(tiny_ws: Path) -> None:
    _themes(tiny_ws, "facilities", ["Ontmoeting;eenzaamheid", "MANTELZORG", "informal care"])
    _themes(tiny_ws, "provisions", ["ontmoeting"])
    ws = open_workspace(tiny_ws)
    assert ws.ok, [str(p) for p in ws.problems]
    assert list(ws.facilities["themes"].iloc[:3]) == [
        ["meeting", "loneliness"],
        ["informal_care"],
        ["informal_care"],
    ]
    assert ws.provisions["themes"].iloc[0] == ["meeting"]


def test_unknown_theme_lists_the_valid_ones_with_a_suggestion(tiny_ws: Path) -> None:
    _themes(tiny_ws, "facilities", ["ontmoetng"])
    ws = open_workspace(tiny_ws)
    [problem] = ws.problems
    assert (problem.file, problem.row, problem.column, problem.value) == (
        "facilities.csv",
        2,
        "themes",
        "ontmoetng",
    )
    assert "bedoelt u 'meeting'?" in problem.message
    assert (
        "meeting (ontmoeting)" in problem.message and "loneliness (eenzaamheid)" in problem.message
    )
