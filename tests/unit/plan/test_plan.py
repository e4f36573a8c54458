"""build_plan and its payload: the right figures, and a sentence for every missing part."""

from __future__ import annotations

import json
from datetime import date

import pytest

from planning.i18n import fmt_date
from planning.plan.build import build_plan
from planning.plan.village_plan import SECTIONS
from planning.report.payload import to_payload
from planning.workspace.folder import open_workspace


@pytest.fixture(scope="module")
def ws():
    from planning.workspace.folder import demo_path

    return open_workspace(demo_path())


def test_plan_holds_the_villages_figures(ws) -> None:
    plan = build_plan(ws, "roden")
    assert plan.name == "Roden"
    assert plan.municipality == "Noordenveld"
    expected = int(ws.inhabitants()["roden"])
    assert plan.inhabitants == expected
    first = plan.population_series[0][0]
    assert int(plan.population[first].sum()) == expected
    assert plan.horizons == (3, 5, 10)
    assert [plan.year(h) for h in plan.horizons] == [2029, 2031, 2036]
    mine = ws.commitments[ws.commitments["village_id"] == "roden"]
    assert sorted(plan.commitments["commitment_id"]) == sorted(mine["commitment_id"])


def test_plan_date_is_the_export_date(ws, monkeypatch) -> None:
    from datetime import UTC, datetime

    monkeypatch.delenv("SOURCE_DATE_EPOCH", raising=False)
    assert build_plan(ws, "roden").plan_date == datetime.now(UTC).date()


def test_plan_date_from_workspace(demo_ws) -> None:
    toml = demo_ws / "workspace.toml"
    toml.write_text(toml.read_text() + '\n[report]\ndate = "2026-11-22"\n', encoding="utf-8")
    plan = build_plan(demo_ws, "roden")
    assert plan.plan_date == date(2026, 11, 22)
    assert to_payload(plan)["meta"]["date"] == "22 november 2026"


def test_unknown_village_is_a_clear_error(ws) -> None:
    from planning.errors import WorkspaceError

    with pytest.raises(WorkspaceError, match="roden"):
        build_plan(ws, "rodne")


def test_payload_is_json_and_no_section_is_empty(ws) -> None:
    plan = build_plan(ws, "alteveer")
    payload = to_payload(plan)
    json.dumps(payload)
    # a first plan has no section on the previous plan (tests/cli/test_plan_history_cli.py)
    assert [s["key"] for s in payload["sections"]] == [k for k in SECTIONS if k != "earlier"]
    for section in payload["sections"]:
        assert section["blocks"], section["key"]
        words = " ".join(
            b.get("text", "") for b in section["blocks"] if b["type"] in ("para", "note")
        )
        tables = [b for b in section["blocks"] if b["type"] in ("table", "facts", "columns")]
        assert words or tables, section["key"]


def test_village_without_survey_says_so(demo_ws) -> None:
    from helpers.report import drop_survey

    plan = build_plan(drop_survey(demo_ws, "alteveer"), "alteveer")
    assert plan.respondents == 0
    payload = to_payload(plan)
    residents = next(s for s in payload["sections"] if s["key"] == "residents")
    assert residents["blocks"][0]["text"] == "Voor deze kern is nog geen enquête gehouden."


def test_small_population_counts_are_suppressed(ws) -> None:
    plan = build_plan(ws, "alteveer")
    payload = to_payload(plan)
    village = next(s for s in payload["sections"] if s["key"] == "village")
    table = next(b for b in village["blocks"] if b["type"] == "table")
    for row in table["rows"]:
        for cell in row[1:]:
            assert cell == "<5" or int(cell.replace(".", "")) >= 5, row


def test_english_payload(ws) -> None:
    payload = to_payload(build_plan(ws, "roden", lang="en"))
    assert payload["meta"]["title"] == "Village plan"
    # the export date, in English words (fixed dates: test_plan_date_from_workspace)
    assert payload["meta"]["date"] == fmt_date(plan_date_of_today(), "en")
    titles = [s["title"] for s in payload["sections"]]
    assert "What residents said" in titles


def test_plan_with_the_chosen_scenario(demo_ws) -> None:
    from helpers.report import add_scenario

    name = add_scenario(demo_ws)
    plan = build_plan(demo_ws, "roden")
    assert plan.scenario == name and plan.version == "1"
    assert len(plan.actions) == 4
    assert "Welzijn in Noordenveld" in set(plan.actions["partner"])
    assert list(plan.effect["horizon"]) == [3, 5, 10]
    assert (plan.effect["walk_after"] >= plan.effect["walk_before"]).all()
    assert plan.coverage[-1]["situation"].startswith("met plan")
    titles = [b for s in to_payload(plan)["sections"] for b in s["blocks"]]
    assert any(b.get("key") == "timeline" for b in titles)


def test_unknown_scenario_name_is_an_error(demo_ws) -> None:
    from helpers.report import add_scenario

    from planning.errors import ScenarioError

    add_scenario(demo_ws)
    with pytest.raises(ScenarioError, match="Samen ouder worden"):
        build_plan(demo_ws, "roden", scenario="Samen ouder wordne")


def test_facility_kinds_read_as_words_in_both_languages() -> None:
    """The plan names kinds as staff say them, from the labels the notebooks use too."""
    from planning.report.sections.helpers import kind_name

    assert kind_name("sports_canteen", "nl") == "sportkantine"
    assert kind_name("sports_canteen", "en") == "sports canteen"
    assert kind_name("village_hall", "nl") == "dorpshuis"
    assert kind_name("windmill", "nl") == "windmill"  # a workspace's own kind stays readable


def plan_date_of_today():
    from datetime import UTC, datetime

    return datetime.now(UTC).date()
