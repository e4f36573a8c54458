"""The session API and store: every input lands at once, tallies, limits, two screens."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from helpers.pgserver import postgres_server  # noqa: F401  (session fixture)

from planning.charts.sessions import result_chart
from planning.errors import SessionError
from planning.store import session_results as meeting_results
from planning.store import sessions as api


@pytest.fixture
def sid(demo_ws: Path) -> int:
    return api.create_session(
        demo_ws,
        kind="sounding_board",
        village_id="roden",
        title="Klankbordgroep",
        dots_per_participant=3,
    )


def test_create_session_uses_workspace_themes_and_checks_village(demo_ws: Path, sid: int) -> None:
    opts = meeting_results.options(demo_ws, sid)
    assert list(opts["code"])[:2] == ["loneliness", "informal_care"]
    assert opts["label"].iloc[0] == "Eenzaamheid"
    with pytest.raises(Exception, match="bedoelt u 'roden'"):
        api.create_session(demo_ws, kind="working_group", village_id="Rodn", title="x")
    with pytest.raises(SessionError, match="werkgroep of klankbordgroep"):
        api.create_session(demo_ws, kind="party", village_id="roden", title="x")


def test_dots_are_limited_per_participant(demo_ws: Path, sid: int) -> None:
    assert api.cast_dots(demo_ws, sid, 1, "youth", 2) == 1
    with pytest.raises(SessionError, match="nog 1 van de 3"):
        api.cast_dots(demo_ws, sid, 1, "meeting", 2)
    assert api.cast_dots(demo_ws, sid, 1, "meeting") == 0
    api.cast_dots(demo_ws, sid, 2, "youth", 3)
    with pytest.raises(SessionError, match="geen keuze"):
        api.cast_dots(demo_ws, sid, 3, "nonsense")
    tally = meeting_results.dot_tally(demo_ws, sid)
    assert tally.iloc[0].to_dict() == {
        "option": "youth",
        "label": "Jongeren",
        "dots": 5,
        "participants": 2,
    }
    assert len(tally) == 9  # every option listed, also those without dots


def test_ranking_points_first_choice_gets_n(demo_ws: Path) -> None:
    sid = api.create_session(
        demo_ws,
        kind="working_group",
        village_id="roden",
        title="Rangorde",
        options=[("a", "A"), ("b", "B"), ("c", "C"), ("d", "D")],
        option_kind="action",
    )
    api.record_ranking(demo_ws, sid, 1, ["a", "b", "c"])
    api.record_ranking(demo_ws, sid, 2, ["b", "a"])
    api.record_ranking(demo_ws, sid, 2, ["c", "b"])  # a second go replaces the first
    tally = meeting_results.ranking_tally(demo_ws, sid).set_index("option")
    # n = 4 options: first 4 points, second 3, third 2
    assert tally.loc["a", "points"] == 4
    assert tally.loc["b", "points"] == 3 + 3
    assert tally.loc["c", "points"] == 2 + 4
    assert tally.loc["d", "points"] == 0
    assert tally.loc["c", "first_choices"] == 1
    assert meeting_results.rankers(demo_ws, sid) == 2
    with pytest.raises(SessionError, match="één keer"):
        api.record_ranking(demo_ws, sid, 3, ["a", "a"])


def test_attendance_counts_cards_and_decisions(demo_ws: Path, sid: int) -> None:
    api.record_attendance(demo_ws, sid, "ggd", 1)
    api.record_attendance(demo_ws, sid, "education", 2)
    api.record_attendance(demo_ws, sid, "education", 3)  # corrected, not added
    att = meeting_results.attendance(demo_ws, sid)
    assert dict(zip(att["org_kind"], att["count"], strict=True)) == {"education": 3, "ggd": 1}
    assert "name" not in att.columns
    with pytest.raises(SessionError, match="soort organisatie"):
        api.record_attendance(demo_ws, sid, "Jan Jansen", 1)
    api.add_card(demo_ws, sid, "good", "Kernwerkgroepen")
    api.add_card(demo_ws, sid, "better", "Subsidieverordening aanpassen")
    with pytest.raises(SessionError, match="leeg"):
        api.add_card(demo_ws, sid, "good", "   ")
    assert list(meeting_results.cards(demo_ws, sid)["kind"]) == ["good", "better"]

    did = api.record_decision(
        demo_ws,
        sid,
        title="Inloopochtend in het dorpshuis",
        kind="activity",
        themes=["loneliness", "informal_care"],
        partner_id="win",
        horizon=3,
        start_year=2027,
        yearly_cost=12000,
    )
    assert did == 1
    actions = meeting_results.decision_actions(demo_ws, sid)
    fields = actions[0] if isinstance(actions[0], dict) else actions[0].__dict__
    assert fields["title"] == "Inloopochtend in het dorpshuis"
    assert list(fields["themes"]) == ["loneliness", "informal_care"]
    assert fields["partner_id"] == "win" and fields["start_year"] == 2027
    with pytest.raises(SessionError, match="na de termijn"):
        api.record_decision(
            demo_ws,
            sid,
            title="x",
            kind="activity",
            themes=["youth"],
            partner_id=None,
            horizon=3,
            start_year=2031,
        )
    with pytest.raises(SessionError, match=r"partners\.csv"):
        api.record_decision(
            demo_ws,
            sid,
            title="x",
            kind="activity",
            themes=["youth"],
            partner_id="nobody",
            horizon=5,
        )
    with pytest.raises(SessionError, match="kies minstens één thema"):
        api.record_decision(
            demo_ws,
            sid,
            title="Zonder thema",
            kind="activity",
            themes=[],
            partner_id=None,
            horizon=5,
        )
    assert meeting_results.revision(demo_ws, sid) == 6  # every accepted input bumped it once


def test_unknown_session_is_a_clear_error(demo_ws: Path) -> None:
    with pytest.raises(SessionError, match="bestaat niet"):
        api.cast_dots(demo_ws, 99, 1, "youth")


def test_result_chart_draws_bars(demo_ws: Path, sid: int) -> None:
    api.cast_dots(demo_ws, sid, 1, "youth", 3)
    fig = result_chart(demo_ws, sid)
    ax = fig.axes[0]
    assert ax.get_title(loc="left") == "Stippen per keuze"
    assert max(p.get_width() for p in ax.patches) == 3


VOTER = textwrap.dedent(
    """
    import sys
    from planning.charts.sessions import result_chart
    from planning.store import sessions as api
    from planning.errors import SessionError
    ws, sid, participant, option, n = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), sys.argv[4], int(sys.argv[5])
    ok = refused = 0
    for _ in range(n):
        try:
            api.cast_dots(ws, sid, participant, option)
            ok += 1
        except SessionError:
            refused += 1
    print(ok, refused)
    """
)


@pytest.mark.slow
@pytest.mark.parametrize(
    "backend", ["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)]
)
def test_two_screens_vote_into_one_session_at_once(
    demo_ws: Path, backend: str, request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Four processes write at the same moment: nothing lost, the dot limit still holds."""
    if backend == "postgresql":
        server = request.getfixturevalue("postgres_server")
        monkeypatch.setenv("PLANNING_STORE_URL", server.create_database())
    sid = api.create_session(
        demo_ws,
        kind="working_group",
        village_id="roden",
        title="Twee schermen",
        dots_per_participant=15,
    )
    jobs = [
        # same participant on both screens: together they may place only 15 dots
        (1, "youth", 12),
        (1, "meeting", 12),
        # different participants: every dot lands
        (2, "loneliness", 10),
        (3, "loneliness", 10),
    ]
    procs = [
        subprocess.Popen(
            [sys.executable, "-c", VOTER, str(demo_ws), str(sid), str(p), o, str(n)],
            stdout=subprocess.PIPE,
            text=True,
        )
        for p, o, n in jobs
    ]
    results = [tuple(int(x) for x in proc.communicate(timeout=120)[0].split()) for proc in procs]
    assert all(proc.returncode == 0 for proc in procs)
    assert results[0][0] + results[1][0] == 15
    assert results[0][1] + results[1][1] == 9
    tally = meeting_results.dot_tally(demo_ws, sid).set_index("option")
    assert tally.loc["youth", "dots"] + tally.loc["meeting", "dots"] == 15
    assert tally.loc["loneliness", "dots"] == 20
    assert meeting_results.revision(demo_ws, sid) == 15 + 20


def test_planning_session_refuses_bad_input_without_starting(demo_ws: Path, tmp_path: Path) -> None:
    def run(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "planning.cli", "session", "--no-browser", *args],
            capture_output=True,
            text=True,
            timeout=120,
        )

    missing = run("--workspace", str(tmp_path / "nergens"))
    assert missing.returncode == 2 and "map bestaat niet" in missing.stderr
    wrong = run("--workspace", str(demo_ws), "--village", "rodn")
    assert wrong.returncode == 2 and "bedoelt u 'roden'" in wrong.stderr
    assert "Traceback" not in wrong.stderr + missing.stderr
