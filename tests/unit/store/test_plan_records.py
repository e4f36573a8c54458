"""Plan records: the same plan recorded once, states with their history, the previous plan;
on SQLite and on a real PostgreSQL server."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from helpers.pgserver import postgres_server  # noqa: F401  (session fixture)

from planning.errors import StoreError
from planning.store import open_store
from planning.store.plan_records import (
    PlanItem,
    find_plan,
    latest_records,
    normal_state,
    previous_plan,
    record_plan,
    record_state,
)

ITEMS = [
    PlanItem("action", "Samen eten", partner="Kerk", start_year=2024),
    PlanItem("commitment", "c001", description="Dorpshuis open", start_year=2024, end_year=2030),
]


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def store(request: pytest.FixtureRequest, tmp_path: Path):  # type: ignore[no-untyped-def]
    if request.param == "sqlite":
        url = f"sqlite:///{tmp_path / 'store.sqlite'}"
    else:
        url = request.getfixturevalue("postgres_server").create_database()
    made = open_store(url=url)
    yield made
    made.dispose()


def test_the_same_plan_made_again_is_one_record(store) -> None:  # type: ignore[no-untyped-def]
    first = record_plan(store, "roden", date(2023, 5, 1), ITEMS, scenario="A", scenario_version="1")
    again = record_plan(store, "roden", date(2023, 5, 1), ITEMS, scenario="A", scenario_version="1")
    later = record_plan(
        store, "roden", date(2026, 5, 1), ITEMS[:1], scenario="A", survey_round="2026"
    )
    other = record_plan(store, "peize", date(2026, 5, 1), ITEMS, population_source="CBS 2021")
    assert again.plan_id == first.plan_id and first.number == 1
    assert later.number == 2 and [i.item for i in later.items] == ["Samen eten"]
    assert other.number == 1 and other.population_source == "CBS 2021"
    assert [i.kind for i in first.items] == ["action", "commitment"]
    assert {v: r.number for v, r in latest_records(store).items()} == {"roden": 2, "peize": 1}


def test_states_newest_wins_dutch_words_understood(store) -> None:  # type: ignore[no-untyped-def]
    record_plan(store, "roden", date(2023, 5, 1), ITEMS)
    record_state(store, "roden", "action", "samen eten", "loopt")
    done = record_state(store, "roden", "commitment", "c001", "niet begonnen")
    assert {i.item: i.state for i in done.items} == {"Samen eten": "running", "c001": "not_started"}
    done = record_state(store, "roden", "action", "Samen eten", "gedaan", number=1)
    assert done.items[0].state == "done"
    assert normal_state("Not_Started") == "not_started"


def test_unknown_item_state_or_plan_is_refused_with_what_is_known(store) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(StoreError, match="nog geen dorpsplan"):
        record_state(store, "roden", "action", "Samen eten", "done")
    record_plan(store, "roden", date(2023, 5, 1), ITEMS)
    with pytest.raises(StoreError, match="Samen eten"):
        record_state(store, "roden", "action", "Samen drinken", "done")
    with pytest.raises(StoreError, match="uitgevoerd, loopt, gestopt, niet begonnen"):
        record_state(store, "roden", "action", "Samen eten", "half")
    with pytest.raises(StoreError, match="geen dorpsplan 4"):
        find_plan(store, "roden", 4)
    assert find_plan(store, "roden", None).items[0].state is None


def test_previous_plan_is_the_newest_made_before(store) -> None:  # type: ignore[no-untyped-def]
    assert previous_plan(store, "roden", date(2026, 1, 1)) is None
    record_plan(store, "roden", date(2020, 1, 1), ITEMS, scenario="oud")
    record_plan(store, "roden", date(2023, 1, 1), ITEMS, scenario="midden")
    record_plan(store, "roden", date(2026, 1, 1), ITEMS, scenario="nu")
    assert previous_plan(store, "roden", date(2026, 1, 1)).scenario == "midden"
    assert previous_plan(store, "roden", date(2026, 1, 1), number=1).scenario == "oud"
    assert previous_plan(store, "peize", date(2026, 1, 1)) is None
