"""Facility qualities: accessible, low-threshold, meeting place, and the Dutch reasons."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest
from helpers.access import facility, make_workspace

from planning.analysis.facilities import facility_qualities
from planning.workspace.folder import open_workspace


@pytest.fixture
def ws(tmp_path: Path):
    lat, lon = 53.1, 6.4
    facilities = [
        facility("ok", "aa", lat, lon),
        facility("few-hours", "aa", lat, lon, open_hours_per_week=4),
        facility("far-stop", "aa", lat, lon, transit_stop_m=650, accessible_toilet="nee"),
        facility("unknown-stop", "aa", lat, lon, transit_stop_m=None),
        facility("paid", "aa", lat, lon, free_entry="nee", walk_in="nee", step_free="nee"),
    ]
    root = make_workspace(
        tmp_path / "ws",
        [{"village_id": "aa", "name": "Aa", "lat": lat, "lon": lon}],
        facilities,
        toml_extra="[thresholds]\nmin_open_hours_per_week = 10\ntransit_stop_max_m = 500\n",
    )
    return open_workspace(root)


def test_qualities_and_reasons(ws) -> None:
    q = facility_qualities(ws).set_index("facility_id")
    assert list(facility_qualities(ws).columns[:5]) == [
        "facility_id",
        "accessible",
        "low_threshold",
        "meeting_place",
        "reason",
    ]
    assert q.loc["ok", ["accessible", "low_threshold", "meeting_place"]].tolist() == [
        True,
        True,
        True,
    ]
    assert q.at["ok", "reason"] == ""
    assert q.at["few-hours", "reason"] == "niet laagdrempelig: 4 uur per week open, drempel 10"
    assert bool(q.at["few-hours", "accessible"]) and not bool(q.at["few-hours", "meeting_place"])
    assert q.at["far-stop", "reason"] == (
        "niet toegankelijk: geen aangepast toilet, ov-halte op 650 m, drempel 500 m"
    )
    # an unchecked value never counts as a pass
    assert q.at["unknown-stop", "reason"] == "niet toegankelijk: afstand tot ov-halte onbekend"
    assert q.at["paid", "reason"] == (
        "niet toegankelijk: geen drempelvrije ingang; "
        "niet laagdrempelig: toegang niet gratis, geen vrije inloop"
    )


def test_english_reasons(ws) -> None:
    q = facility_qualities(ws, lang="en").set_index("facility_id")
    assert q.at["few-hours", "reason"] == "not low-threshold: open 4 h a week, threshold 10"


@pytest.mark.parametrize(
    ("rule", "expected"),
    [
        ("both", {"ok"}),
        ("accessible", {"ok", "few-hours"}),
        ("low_threshold", {"ok", "far-stop", "unknown-stop"}),
        ("any", {"ok", "few-hours", "far-stop", "unknown-stop"}),
    ],
)
def test_meeting_place_rule(ws, rule: str, expected: set[str]) -> None:
    ws.settings = ws.settings.model_copy(
        update={
            "thresholds": ws.settings.thresholds.model_copy(update={"meeting_place_rule": rule})
        }
    )
    q = facility_qualities(ws)
    assert set(q.loc[q["meeting_place"], "facility_id"]) == expected


def test_thresholds_come_from_workspace_toml(tmp_path: Path) -> None:
    f = facility("x", "aa", 53.1, 6.4, transit_stop_m=650, open_hours_per_week=6)
    village = [{"village_id": "aa", "name": "Aa", "lat": 53.1, "lon": 6.4}]
    strict = open_workspace(make_workspace(tmp_path / "a", village, [f]))
    loose = open_workspace(
        make_workspace(
            tmp_path / "b",
            village,
            [f],
            toml_extra="[thresholds]\ntransit_stop_max_m = 700\nmin_open_hours_per_week = 6\n",
        )
    )
    assert not facility_qualities(strict)["meeting_place"].iloc[0]
    assert facility_qualities(loose)["meeting_place"].iloc[0]


def test_scenario_table_with_missing_cells(ws) -> None:
    extra = pd.DataFrame([{"facility_id": "new", "lat": 53.1, "lon": 6.4, "kind": "village_hall"}])
    q = facility_qualities(ws, facilities=extra)
    assert not q["meeting_place"].iloc[0]
    assert "drempelvrije ingang onbekend" in q["reason"].iloc[0]
    assert "openingsuren onbekend" in q["reason"].iloc[0]
