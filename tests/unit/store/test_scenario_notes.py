"""The notes the workbook writes on a scenario version are stored as a catalogue key and
fields, so each reader sees them in their own language; notes staff typed, and Dutch notes
written before notes were keys, read back as stored."""

from __future__ import annotations

import json
from pathlib import Path

import sqlalchemy as sa

from planning.store import open_store
from planning.store import scenarios as S
from planning.workspace.scenario_file import Action, Scenario


def _basis(cost: int) -> Scenario:
    action = Action("Koffie", "activity", themes=["meeting"], yearly_cost=cost)
    return Scenario("Basis", "roden", actions=[action])


def test_restored_note_reads_in_each_language(tmp_path: Path) -> None:
    store = open_store(url=f"sqlite:///{tmp_path / 'store.sqlite'}")
    S.save_scenario(store, _basis(100), note="eerste, door Anna")
    S.save_scenario(store, _basis(200))
    S.restore_version(store, "Basis", "roden", 1)
    # a store written before notes were keys holds the Dutch text itself
    S.save_scenario(store, _basis(300), note="teruggezet naar versie 2")

    stored = store.read(sa.select(S.scenario_versions.c.note).order_by("version"))
    assert json.loads(stored[2]["note"]) == {
        "key": "store.note.restored",
        "fields": {"version": 1},
    }
    dutch = [v["note"] for v in S.versions(store, "Basis", "roden")]
    english = [v["note"] for v in S.versions(store, "Basis", "roden", lang="en")]
    assert dutch == [
        "eerste, door Anna",
        None,
        "teruggezet naar versie 1",
        "teruggezet naar versie 2",
    ]
    assert english == [
        "eerste, door Anna",
        None,
        "restored to version 1",
        "teruggezet naar versie 2",
    ]
    store.dispose()


def test_a_typed_note_that_looks_like_json_stays_as_typed() -> None:
    for typed in ('{"niet": "een sleutel"}', "{kapot", '{"key": 3}'):
        assert S.note_in(typed, "en") == typed


def test_a_scenario_from_the_folder_says_where_it_came_from(demo_ws: Path) -> None:
    from planning.workspace.folder import open_workspace

    store = open_store(open_workspace(demo_ws))
    first = S.versions(store, "Basis", "roden")[0]
    assert first["note"] == "uit scenarios/"
    assert S.versions(store, "Basis", "roden", lang="en")[0]["note"] == "from scenarios/"
    store.dispose()
