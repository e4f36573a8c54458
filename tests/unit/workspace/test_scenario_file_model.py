"""The scenario file read through its pydantic model: every wrong field is a problem naming
the file, the action by number and title, and the field as written in the TOML."""

from __future__ import annotations

import pytest

from planning.errors import ScenarioError
from planning.workspace.scenario_file import from_dict, load_toml


def _problems(data: dict) -> list[tuple]:
    with pytest.raises(ScenarioError) as caught:
        from_dict(data, "s.toml")
    return [(p.file, p.row, p.column, p.message) for p in caught.value.problems]


def test_wrong_fields_are_named_in_file_order_with_the_missing_last() -> None:
    action = {"titel": "x", "yearly_cost": "veel", "one_off_cost": float("inf"), "kind": "place"}
    got = _problems({"name": "a", "village_id": "v", "actions": [action, {"title": "ok"}]})
    assert got == [
        ("s.toml", 1, "titel", "actie 1: onbekend veld 'titel', bedoelt u 'title'?"),
        ("s.toml", 1, "yearly_cost", "actie 1: 'yearly_cost' moet een getal zijn"),
        (
            "s.toml",
            1,
            "one_off_cost",
            "actie 1: 'one_off_cost' moet een eindig getal (geen inf of nan) zijn",
        ),
        ("s.toml", 1, "title", "actie 1: 'title' ontbreekt"),
        ("s.toml", 2, "kind", "actie 2 ('ok'): 'kind' ontbreekt"),
    ]


def test_the_scenario_fields_come_first_and_a_count_is_no_truth_value() -> None:
    got = _problems(
        {
            "village_id": " ",
            "zz": 1,
            "aa": 2,
            "actions": [{"title": "t", "kind": "activity", "volunteers_needed": True}],
        }
    )
    assert [(row, column) for _, row, column, _ in got] == [
        (None, "name"),
        (None, "village_id"),
        (None, "aa"),
        (None, "zz"),
        (1, "volunteers_needed"),
    ]
    assert got[-1][3] == "actie 1 ('t'): 'volunteers_needed' moet een heel getal zijn"


def test_amounts_keep_their_written_form() -> None:
    text = 'name = "a"\nvillage_id = "v"\n[[actions]]\ntitle = "t"\nkind = "activity"\n'
    scenario = load_toml(text + "one_off_cost = 5000\nyearly_cost = 12.5\n")
    action = scenario.actions[0]
    assert (action.one_off_cost, action.yearly_cost) == (5000, 12.5)
    assert isinstance(action.one_off_cost, int)
