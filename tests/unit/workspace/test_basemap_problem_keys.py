"""A map file basemap/ cannot draw is a problem by its catalogue key: said in either
language and grouped by that key, whatever language the map was read for."""

from __future__ import annotations

from pathlib import Path

from planning.workspace.folder import open_workspace
from planning.workspace.problem_groups import problem_kind
from planning.workspace.readers.basemap import read_basemap


def test_an_unreadable_map_file_carries_its_key(demo_ws: Path) -> None:
    folder = demo_ws / "basemap"
    folder.mkdir()
    (folder / "kapot.gpkg").write_bytes(b"dit is geen kaart")
    [problem] = read_basemap(open_workspace(demo_ws)).problems
    assert (problem.file, problem.key) == ("basemap/kapot.gpkg", "basemap.unreadable")
    assert problem.message_in("nl").startswith("dit kaartbestand is niet te lezen")
    assert problem.message_in("en").startswith("this map file cannot be read")
    assert problem_kind(problem) == "basemap.unreadable"
