"""Matching questions to provisions: fits, ranking, reasons, recorded matches."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import numpy as np
import pandas as pd
import pytest
from helpers.access import facility, make_workspace, offset
from test_gaps import _prov

from planning.analysis.match_records import match_counts, matches_made, record_match, taken_places
from planning.analysis.matching import match, match_many, match_needs
from planning.errors import WorkspaceError
from planning.store import matches as store_matches
from planning.store import open_store
from planning.workspace.folder import open_workspace

A = (53.10, 6.40)


@pytest.fixture
def ws(tmp_path: Path):
    b = offset(*A, east_m=2500)
    far = offset(*A, north_m=20000)
    villages = [
        {"village_id": "aa", "name": "Aa", "lat": A[0], "lon": A[1]},
        {"village_id": "bee", "name": "Bee", "lat": b[0], "lon": b[1]},
        {"village_id": "far", "name": "Ver", "lat": far[0], "lon": far[1]},
    ]
    facilities = [
        facility("fa", "aa", *offset(*A, north_m=300), name="Dorpshuis Aa"),
        facility("fa2", "aa", *offset(*A, north_m=600), name="Kerk Aa"),
        facility("fb", "bee", *b, name="Dorpshuis Bee"),
        facility("ff", "far", *far),
    ]
    provisions = [
        _prov("koffie-aa", "loneliness;meeting", "aa", 10, "fa"),
        _prov("eten-aa", "loneliness", "aa", 20, "fa2", age_min=50),
        _prov("regio", "loneliness;advice", "*", 50),
        _prov("gemeente", "loneliness", "aa;bee;far", 30),
        _prov("koffie-bee", "loneliness", "bee", 8, "fb"),
        _prov("koffie-ver", "loneliness", "far", 8, "ff"),
        _prov("jongeren-aa", "youth", "aa", 5, "fa", age_min=12, age_max=23),
        _prov("onbekend", "advice", "aa", None, "fa"),
    ]
    responses = [
        {"respondent_id": "r1", "village_id": "aa", "channel": "paper", "collected_on": "2026-03-01", "age_band": "70-74",
         "need_3y_themes": "loneliness;advice", "need_5y_themes": "", "need_10y_themes": "youth"},
        {"respondent_id": "r2", "village_id": "aa", "channel": "online", "collected_on": "2026-03-02", "age_band": "15-19",
         "need_3y_themes": "youth", "need_5y_themes": "", "need_10y_themes": ""},
        {"respondent_id": "r3", "village_id": "bee", "channel": "online", "collected_on": "2026-03-02", "age_band": "30-34",
         "need_3y_themes": "meeting", "need_5y_themes": "", "need_10y_themes": ""},
    ]  # fmt: skip
    root = make_workspace(
        tmp_path / "ws",
        villages,
        facilities,
        provisions=provisions,
        inhabitants={"aa": 1000, "bee": 500, "far": 800},
        responses=responses,
    )
    w = open_workspace(root)
    assert w.problems == []
    return w


def test_ranking_and_reasons(ws) -> None:
    fits = match(ws, "loneliness", 70, "aa")
    ids = [f["provision_id"] for f in fits]
    # own village by name first (nearest facility first), then the municipality-wide
    # service listed for three villages, then everywhere, then nearby by bike
    assert ids == ["koffie-aa", "eten-aa", "gemeente", "regio", "koffie-bee"]
    assert [f["rank"] for f in fits] == [1, 2, 3, 4, 5]
    first = fits[0]
    assert first["reasons"] == [
        "thema: eenzaamheid",
        "leeftijd 70 valt binnen 18-120",
        "aangeboden in Aa (Dorpshuis Aa, 0,3 km)",
        "nog 10 van 10 plaatsen per week vrij",
    ]
    assert fits[3]["reasons"][2] == "aangeboden in alle kernen"
    assert fits[4]["reasons"][2] == "op 2,5 km fietsafstand (Dorpshuis Bee)"
    assert fits[4]["offered"] == "nearby"
    assert fits[4]["distance_m"] == pytest.approx(2500, rel=3e-4)


def test_age_theme_and_place_filters(ws) -> None:
    # under 50: the meal is not for them
    assert "eten-aa" not in [f["provision_id"] for f in match(ws, "loneliness", 30, "aa")]
    assert [f["provision_id"] for f in match(ws, "youth", 15, "aa")] == ["jongeren-aa"]
    assert match(ws, "youth", 30, "aa") == []
    # 20 km away: only what is offered there or everywhere
    assert [f["provision_id"] for f in match(ws, "loneliness", 70, "far")] == [
        "koffie-ver",
        "gemeente",
        "regio",
    ]
    # capacity unknown still fits, and says so
    advice = {f["provision_id"]: f for f in match(ws, "advice", 40, "aa")}
    assert advice["onbekend"]["capacity_left"] is None
    assert "capaciteit onbekend" in advice["onbekend"]["reasons"]
    # a theme by its Dutch name
    assert match(ws, "Eenzaamheid", 70, "aa")[0]["provision_id"] == "koffie-aa"


def test_bad_questions(ws) -> None:
    with pytest.raises(WorkspaceError, match="bedoelt u 'loneliness'"):
        match(ws, "lonelyness", 70, "aa")
    with pytest.raises(WorkspaceError, match="0 tot 120"):
        match(ws, "loneliness", 130, "aa")
    with pytest.raises(WorkspaceError, match="onbekende kern"):
        match(ws, "loneliness", 70, "zz")


def test_recorded_matches_use_capacity(ws) -> None:
    store = open_store(ws)
    ids = [
        record_match(ws, "aa", "loneliness", "koffie-aa", date(2026, 11, 1), store=store)
        for _ in range(9)
    ]
    record_match(
        ws, "aa", "loneliness", "koffie-aa", date(2026, 11, 2), "accepted", age=71, store=store
    )
    assert taken_places(ws, store) == {"koffie-aa": 10}
    assert "koffie-aa" not in [f["provision_id"] for f in match(ws, "loneliness", 70, "aa")]
    # a declined proposal frees its place again
    assert store_matches.set_outcome(store, ids[0], "declined")
    again = {f["provision_id"]: f for f in match(ws, "loneliness", 70, "aa")}
    assert again["koffie-aa"]["capacity_left"] == 1
    assert "nog 1 van 10 plaatsen per week vrij" in again["koffie-aa"]["reasons"]
    rows = store_matches.rows(store, "aa")
    assert len(rows) == 10
    last = rows[-1]
    assert (last["village_id"], last["theme"], last["provision_id"]) == (
        "aa",
        "loneliness",
        "koffie-aa",
    )
    assert (last["made_on"], last["outcome"], last["age"]) == (date(2026, 11, 2), "accepted", 71)
    counts = match_counts(ws, store=store)
    assert counts.to_dict("records") == [
        {
            "village_id": "aa",
            "theme": "loneliness",
            "matches": 10,
            "proposed": 8,
            "accepted": 1,
            "declined": 1,
            "completed": 0,
        }
    ]
    made = matches_made(ws, "aa", store=store)
    assert made.to_dict("records") == [
        {"theme": "loneliness", "provision": "Koffie-Aa", "count": 9}
    ]


def test_record_rejects_unknowns_and_writes_nothing(ws) -> None:
    store = open_store(ws)
    with pytest.raises(WorkspaceError, match="bedoelt u 'koffie-aa'"):
        record_match(ws, "aa", "loneliness", "koffie-a", store=store)
    with pytest.raises(WorkspaceError, match="uitkomst"):
        record_match(ws, "aa", "loneliness", "koffie-aa", outcome="maybe", store=store)
    assert store_matches.rows(store) == []


def test_no_store_yet_means_nothing_taken(ws) -> None:
    assert taken_places(ws) == {}
    assert match_counts(ws).empty
    assert not (ws.path / "store.sqlite").exists()


def test_bulk_matching_of_coded_needs(ws) -> None:
    m = match_needs(ws, "aa")
    got = {(r.respondent_id, r.horizon, r.theme): r.provision_id for r in m.itertuples()}
    assert got == {
        ("r1", 3, "loneliness"): "koffie-aa",
        ("r1", 3, "advice"): "onbekend",
        ("r1", 10, "youth"): None,  # 72 is too old for the youth evening: a candidate gap
        ("r2", 3, "youth"): "jongeren-aa",
    }
    assert m.loc[m["respondent_id"] == "r2", "age"].tolist() == [17.0]


def test_bulk_agrees_with_single_matching(ws) -> None:
    rng = np.random.default_rng(7)
    n = 300
    q = pd.DataFrame(
        {
            "theme": rng.choice(list(ws.settings.themes), n),
            "age": rng.integers(0, 100, n),
            "village_id": rng.choice(["aa", "bee", "far"], n),
        }
    )
    bulk = match_many(ws, q, taken={})
    for i, row in q.iterrows():
        fits = match(ws, row["theme"], row["age"], row["village_id"], taken={})
        assert bulk.at[i, "n_fits"] == len(fits)
        assert bulk.at[i, "provision_id"] == (fits[0]["provision_id"] if fits else None)


def test_demo_bulk_agrees_with_single(demo_ws: Path) -> None:
    ws = open_workspace(demo_ws)
    rng = np.random.default_rng(3)
    q = pd.DataFrame(
        {
            "theme": rng.choice(list(ws.settings.themes), 200),
            "age": rng.integers(0, 100, 200),
            "village_id": rng.choice(ws.village_ids(), 200),
        }
    )
    bulk = match_many(ws, q, taken={})
    for i, row in q.iterrows():
        fits = match(ws, row["theme"], row["age"], row["village_id"], taken={})
        assert bulk.at[i, "provision_id"] == (fits[0]["provision_id"] if fits else None)
    assert bulk["provision_id"].notna().mean() > 0.5


def test_needs_summary_counts_candidate_gaps(ws) -> None:
    from planning.analysis.matching import needs_summary

    s = needs_summary(ws, "aa").set_index(["theme", "horizon"])
    assert s.loc[("youth", 10)].to_dict() == {
        "needs": 1,
        "matched": 0,
        "unmatched": 1,
        "top_provision": None,
    }
    assert s.loc[("youth", 3), "top_provision"] == "jongeren-aa"
    assert s.loc[("loneliness", 3), "matched"] == 1


def test_bulk_command_suppresses_small_counts(ws, capsys) -> None:
    import json

    from planning.cli import main

    assert main(["match", "bulk", "--village", "aa", "--json", "--workspace", str(ws.path)]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert {r["needs"] for r in rows} == {"<5"}
    assert {r["theme"] for r in rows} == {"loneliness", "advice", "youth"}


def test_matches_folder_seeds_an_empty_store_and_skips_rows_that_do_not_fit(
    demo_ws: Path,
) -> None:
    """The demo's matches/ file fills the store once; a row for an unknown village is
    left out with its reason instead of stopping every plan."""
    from planning.analysis.match_records import match_counts
    from planning.store import open_store

    path = demo_ws / "matches" / "matches.csv"
    lines = path.read_text(encoding="utf-8").splitlines()
    expected = len(lines) - 1
    lines.append("atlantis,youth,jeugdfonds-sport-cultuur,2026-01-05,accepted,12")
    # a theme written as its Dutch label is its code; an unknown one is left out, named
    village = lines[1].split(",")[0]
    lines.append(f"{village},Jongeren,jeugdfonds-sport-cultuur,2026-01-06,accepted,12")
    lines.append(f"{village},jeugd,jeugdfonds-sport-cultuur,2026-01-07,accepted,12")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    ws = open_workspace(demo_ws)
    store = open_store(ws)
    counts = match_counts(ws, store=store)
    expected += 1
    assert int(counts["matches"].sum()) == expected
    assert any("onbekende kern 'atlantis'" in str(reason) for reason in store.seed_skipped)
    assert any("onbekend thema 'jeugd'" in str(reason) for reason in store.seed_skipped)
    # seeded once: reading again adds nothing
    assert int(match_counts(ws, store=open_store(ws))["matches"].sum()) == expected
