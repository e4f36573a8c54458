"""Scenario files: exact round trip, clear Dutch errors, nothing written when invalid."""

from __future__ import annotations

from pathlib import Path

import pytest

from planning.errors import ScenarioError
from planning.workspace.folder import open_workspace
from planning.workspace.scenario_file import (
    Action,
    Scenario,
    check,
    dump_toml,
    load_toml,
    read_scenario,
)

GOOD = """\
name = "Dorpshuis als ontmoetingsplek"
village_id = "roden"
description = "Het dorpshuis wordt de huiskamer van Roden."

[[actions]]
title = "Inloopochtend in het dorpshuis"
kind = "activity"
themes = ["loneliness", "informal_care"]
facility_id = "roden-village-hall"
partner_id = "win"
start_year = 2027
end_year = 2036
one_off_cost = 5000
yearly_cost = 12000
reach_per_week = 40
volunteers_needed = 4

[[actions]]
title = "Kerkzaal drempelvrij"
kind = "adaptation"
facility_id = "roden-church"
start_year = 2028
one_off_cost = 18500.5

[actions.changes]
step_free = true
accessible_toilet = true

[[actions]]
title = "Ontmoetingsplek in het Wilhelminapark"
kind = "place"
facility_id = "roden-park-paviljoen"
themes = ["meeting"]
start_year = 2029

[actions.facility]
name = "Paviljoen Wilhelminapark"
kind = "pavilion"
lat = 53.1381
lon = 6.4269
step_free = true
walk_in = true
open_hours_per_week = 20
"""


def test_round_trip_is_exact() -> None:
    scenario = load_toml(GOOD)
    assert scenario.actions[1].changes == {"step_free": True, "accessible_toilet": True}
    text = dump_toml(scenario)
    again = load_toml(text)
    assert again == scenario
    assert dump_toml(again) == text
    assert isinstance(again.actions[0].one_off_cost, int)
    assert again.actions[1].one_off_cost == 18500.5
    check(open_workspace(), again)


def test_round_trip_from_objects() -> None:
    scenario = Scenario(
        "Basis", "peize", actions=[Action("Koffie", "activity", themes=["meeting"])]
    )
    assert load_toml(dump_toml(scenario)) == scenario


def _errors(text: str) -> list[str]:
    with pytest.raises(ScenarioError) as info:
        check(open_workspace(), load_toml(text, file="roden.toml"), "roden.toml")
    return [p.message for p in info.value.problems]  # type: ignore[attr-defined]


def test_workspace_errors_name_the_action() -> None:
    text = (
        GOOD.replace('facility_id = "roden-village-hall"', 'facility_id = "roden-dorpshuiz"')
        .replace('partner_id = "win"', 'partner_id = "roden-kerkk"')
        .replace('"informal_care"]', '"mantelzorgg"]')
        .replace("end_year = 2036", "end_year = 2025")
    )
    messages = _errors(text)
    joined = "\n".join(messages)
    assert (
        "actie 1 ('Inloopochtend in het dorpshuis'): onbekende voorziening 'roden-dorpshuiz'"
        in joined
    )
    assert "onbekende partner 'roden-kerkk', bedoelt u 'roden-kerk'?" in joined
    # an unknown theme gets a suggestion and the list of valid ones
    assert "onbekend thema 'mantelzorgg'; bedoelt u 'informal_care'?" in joined
    assert "meeting (ontmoeting)" in joined
    assert "het startjaar 2027 ligt na het eindjaar 2025" in joined
    assert len(messages) == 4


def test_dutch_theme_labels_become_codes() -> None:
    """Themes in a scenario file as in every other file: code, Dutch or English label."""
    text = GOOD.replace('"informal_care"]', '"Mantelzorg", "ontmoeting"]')
    assert '"Mantelzorg", "ontmoeting"]' in text
    scenario = check(open_workspace(), load_toml(text, file="roden.toml"), "roden.toml")
    assert scenario.actions[0].themes[-2:] == ["informal_care", "meeting"]


def test_unknown_kind_village_and_place_errors() -> None:
    text = (
        GOOD.replace('kind = "activity"', 'kind = "feest"')
        .replace('village_id = "roden"', 'village_id = "rodn"')
        .replace('facility_id = "roden-park-paviljoen"', 'facility_id = "roden-church-2"')
    )
    joined = "\n".join(_errors(text))
    assert "actie 1 ('Inloopochtend in het dorpshuis'): onbekende soort 'feest'" in joined
    assert "onbekende kern 'rodn', bedoelt u 'roden'?" in joined
    assert (
        "actie 3 ('Ontmoetingsplek in het Wilhelminapark'): voorziening 'roden-church-2' bestaat al"
        in joined
    )


def test_shape_errors_in_file() -> None:
    bad = (
        GOOD.replace("reach_per_week = 40", 'reach_per_week = "veertig"')
        .replace("step_free = true", 'stepfree = "ja"')
        .replace("volunteers_needed = 4", "vrijwilligers = 4")
    )
    with pytest.raises(ScenarioError) as info:
        load_toml(bad, file="roden.toml")
    text = str(info.value)
    assert text.startswith("roden.toml:")
    assert (
        "actie 1 ('Inloopochtend in het dorpshuis'): 'reach_per_week' moet een getal zijn" in text
    )
    assert "onbekend veld 'vrijwilligers'" in text
    with pytest.raises(ScenarioError, match="geen geldige TOML"):
        load_toml("name = ", file="x.toml")
    # a quality that does not exist is found against the workspace rules
    joined = "\n".join(
        _errors(GOOD.replace("step_free = true\naccessible", "stepfree = true\naccessible"))
    )
    assert "onbekende eigenschap 'stepfree', bedoelt u 'step_free'?" in joined


def test_read_scenario_file(tmp_path: Path) -> None:
    path = tmp_path / "roden.toml"
    path.write_text(GOOD, encoding="utf-8")
    assert read_scenario(open_workspace(), path).name == "Dorpshuis als ontmoetingsplek"
    path.write_text(
        GOOD.replace("start_year = 2028", "start_year = 2028\nend_year = 2020"), encoding="utf-8"
    )
    with pytest.raises(ScenarioError, match="actie 2 \\('Kerkzaal drempelvrij'\\)"):
        read_scenario(open_workspace(), path)
