"""A problem names the column by the header the user wrote, not the internal name."""

from __future__ import annotations

from pathlib import Path

from helpers.tiny import table, write_csv

from planning.workspace.folder import open_workspace


def test_problem_names_the_dutch_header(tiny_ws: Path) -> None:
    rows = table("population")
    rows[0] = ["kern", "jaar", "leeftijd", "inwoners"]
    rows[2][2] = "65-70"
    rows[3][0] = "nieuw roden"
    write_csv(tiny_ws / "population.csv", rows, delimiter=";")
    ws = open_workspace(tiny_ws)
    found = {(p.row, p.column) for p in ws.problems}
    assert found == {(3, "leeftijd"), (4, "kern")}
    assert "age_band" in ws.population.columns  # the table itself keeps its canonical names


def test_a_duplicate_key_names_every_written_header(tiny_ws: Path) -> None:
    rows = table("population")
    rows[0] = ["kern", "jaar", "leeftijd", "inwoners"]
    rows.append(list(rows[1]))
    write_csv(tiny_ws / "population.csv", rows)
    [problem] = open_workspace(tiny_ws).problems
    assert problem.column == "kern, jaar, leeftijd"
