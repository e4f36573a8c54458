"""The same indicator, village and period twice in one observations file: a keyed problem,
said as before in Dutch and in English on request, the repeat left out."""

from __future__ import annotations

from pathlib import Path

from planning.workspace.folder import open_workspace
from planning.workspace.readers.observation_rows import read_observations

TWICE = (
    "indicator;village_id;period;value;source\n"
    "visitors;roden;2026-11;812;turflijst\n"
    "loneliness;roden;2025;9,5;GGD\n"
    "visitors;roden;2026-11;790;tweede telling\n"
)


def test_an_observation_given_twice_is_one_problem(demo_ws: Path) -> None:
    path = demo_ws / "obs.csv"
    path.write_text(TWICE, encoding="utf-8")
    good, problems = read_observations(open_workspace(demo_ws), path)
    assert [(g["indicator"], g["value"]) for g in good] == [
        ("visitors", 812.0),
        ("loneliness", 9.5),
    ]
    [twice] = problems
    assert (twice.file, twice.row, twice.column, twice.value) == ("obs.csv", 4, "period", "2026-11")
    assert twice.key == "ws.duplicate_observation"
    assert twice.fields == {"shown": "visitors / roden / 2026-11", "first": 2}
    assert twice.message == "dubbele waarneming: visitors / roden / 2026-11 staat al in rij 2"
    assert twice.message_in("en") == (
        "observation given twice: visitors / roden / 2026-11 is already in row 2"
    )
