"""What the analysis says in words (why a place counts as supply, the note on the women's
share, its errors) comes from the catalogue, in the language asked for."""

from __future__ import annotations

from pathlib import Path

import pytest
from helpers.access import facility, make_workspace

from planning.analysis.match_records import record_match
from planning.analysis.population import project
from planning.analysis.supply import supply_detail
from planning.errors import WorkspaceError
from planning.workspace.folder import Workspace, open_workspace

A = (53.10, 6.40)


@pytest.fixture
def ws(tmp_path: Path) -> Workspace:
    villages = [{"village_id": "aa", "name": "Aa", "lat": A[0], "lon": A[1]}]
    provisions = [
        {"provision_id": "soos", "name": "Soos", "kind": "activity", "provider": "Kerk",
         "themes": "loneliness", "age_min": 18, "age_max": 120, "villages": "*",
         "facility_id": "", "capacity_per_week": 30, "cost_per_year": 0},
    ]  # fmt: skip
    commitments = [
        {"commitment_id": "c2", "partner_id": "p1", "village_id": "aa", "facility_id": "fa",
         "provision_id": "", "description": "zaal open", "start_year": 2026, "end_year": "",
         "hours_per_year": 1150, "budget_per_year": 0},
    ]  # fmt: skip
    root = make_workspace(
        tmp_path / "ws",
        villages,
        [facility("fa", "aa", *A, themes="meeting;loneliness")],
        provisions=provisions,
        commitments=commitments,
        inhabitants={"aa": 1000},
    )
    return open_workspace(root)


def _how(ws: Workspace, item: str, lang: str | None = None) -> str:
    detail = supply_detail(ws, "aa", [2029], lang=lang)
    return str(detail[detail["id"] == item]["how"].iloc[0])


def test_why_supply_counts_in_each_language(ws: Workspace) -> None:
    # one village: the provision for every village is all its own (share 1 of 1 village);
    # the hall's 1150 hours a year / 46 weeks x 2 persons an hour
    assert _how(ws, "soos") == "in alle kernen aangeboden; aandeel 1,000 van 1 kernen naar inwoners"
    assert (
        _how(ws, "soos", "en")
        == "offered in every village; share 1.000 of 1 villages by inhabitants"
    )
    assert _how(ws, "c2") == "1.150 uur per jaar / 46 weken x 2 personen per uur"
    assert _how(ws, "c2", "en") == "1,150 hours per year / 46 weeks x 2 persons per hour"


def test_projection_note_in_the_language_asked(ws: Workspace) -> None:
    dutch = project(ws).assumptions["female_share_note"]
    english = project(ws, lang="en").assumptions["female_share_note"]
    assert dutch.startswith("de bevolkingstabel kent geen geslacht")
    assert (
        english
        == "the population table has no sex; this share of every age band is assumed to be women"
    )


def test_unknown_provision_names_the_nearest_in_each_language(ws: Workspace) -> None:
    with pytest.raises(WorkspaceError) as caught:
        record_match(ws, "aa", "loneliness", "soo")
    assert caught.value.key == "ws.unknown_provision_near"
    assert str(caught.value) == "onbekend aanbod 'soo', bedoelt u 'soos'?"
    assert caught.value.text_in("en") == "unknown provision 'soo', did you mean 'soos'?"
    with pytest.raises(WorkspaceError) as caught:
        record_match(ws, "aa", "loneliness", "soos", outcome="maybe")
    assert caught.value.text_in("en") == (
        "outcome 'maybe': expected proposed, accepted, declined, completed"
    )


def test_population_after_the_base_year_is_refused_in_each_language(ws: Workspace) -> None:
    frame = ws.tables["population"].copy()
    frame["year"] = 2030  # counted after the base year 2026: projecting back is not done
    ws.tables["population"] = frame
    with pytest.raises(WorkspaceError) as caught:
        project(ws)
    assert caught.value.key == "population.after_base"
    assert str(caught.value).startswith("bevolking van 2030 ligt na het basisjaar 2026")
    assert caught.value.text_in("en") == (
        "population of 2030 lies after the base year 2026; projecting back in time is not possible"
    )
