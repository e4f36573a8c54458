"""A checked workspace is remembered between commands, and a changed file is always seen."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest
from helpers.tiny import table, write_csv

import planning.workspace.folder as folder
from planning.workspace.folder import open_workspace


@pytest.fixture
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    target = tmp_path / "cache"
    monkeypatch.setenv("PLANNING_CACHE_DIR", str(target))
    return target


def _no_reading(monkeypatch: pytest.MonkeyPatch) -> None:
    """From here on, reading a table fails the test: what opens comes from the snapshot."""

    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError("a table was read again")

    monkeypatch.setattr(folder, "read_raw", refuse)


def test_second_open_comes_from_the_snapshot_and_equals_the_first(
    demo_ws: Path, cache: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    first = open_workspace(demo_ws)
    assert len(list(cache.glob("*.pickle"))) == 1
    _no_reading(monkeypatch)
    second = open_workspace(demo_ws)
    assert second.files == first.files
    assert second.problems == first.problems
    assert set(second.tables) == set(first.tables)
    for name, frame in first.tables.items():
        pd.testing.assert_frame_equal(second.tables[name], frame, check_exact=True)
        assert second.tables[name].attrs == frame.attrs


def test_a_changed_cell_is_seen(tiny_ws: Path, cache: Path) -> None:
    assert open_workspace(tiny_ws).ok
    rows = table("facilities")
    rows[2][rows[0].index("village_id")] = "nieuw roden"
    write_csv(tiny_ws / "facilities.csv", rows)
    problems = open_workspace(tiny_ws).problems
    assert [(p.file, p.row, p.column) for p in problems] == [("facilities.csv", 3, "village_id")]
    # one snapshot per folder: the old one is gone
    assert len(list(cache.glob("*.pickle"))) == 1


def test_a_new_table_file_and_a_removed_one_are_seen(tiny_ws: Path, cache: Path) -> None:
    (tiny_ws / "population_points.csv").unlink()
    assert "population_points" not in open_workspace(tiny_ws).files
    write_csv(
        tiny_ws / "population_points.csv",
        [
            ["point_id", "village_id", "lat", "lon", "inhabitants"],
            ["p1", "roden", "53.1", "6.4", "7"],
        ],
    )
    assert len(open_workspace(tiny_ws).population_points) == 1
    (tiny_ws / "population_points.csv").unlink()
    assert len(open_workspace(tiny_ws).population_points) == 0


def test_an_unreadable_snapshot_is_recomputed(tiny_ws: Path, cache: Path) -> None:
    open_workspace(tiny_ws)
    (snapshot,) = cache.glob("*.pickle")
    snapshot.write_bytes(b"not a pickle")
    assert open_workspace(tiny_ws).ok
    assert snapshot.read_bytes() != b"not a pickle"


def test_off_keeps_nothing(tiny_ws: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PLANNING_CACHE_DIR", "off")
    monkeypatch.chdir(tmp_path)
    assert open_workspace(tiny_ws).ok
    assert not list(tmp_path.rglob("*.pickle"))
