"""SessionApp driven like a facilitator would: set values, click, find it in the store."""

from __future__ import annotations

import shutil
from pathlib import Path

from planning.store import session_results as meeting_results
from planning.store import sessions as api
from planning.widgets import SessionApp


def test_session_app_records_every_input(demo_ws: Path) -> None:
    app = SessionApp(demo_ws, village="roden")
    assert app.session_id is None
    app.new_title.value = "Werkgroep Roden"
    app.new_kind.value = "working_group"
    app.new_dots.value = 3
    app.create_button.click()
    sid = app.session_id
    assert sid is not None and app.session_select.value == sid
    assert api.get_session(demo_ws, sid)["title"] == "Werkgroep Roden"

    app.attendance_inputs["residents"].value = 12
    app.attendance_inputs["sport"].value = 2
    att = meeting_results.attendance(demo_ws, sid).set_index("org_kind")["count"]
    assert att.to_dict() == {"residents": 12, "sport": 2}
    assert "14" in app.attendance_total.value

    app.participant.value = 7
    app.vote_buttons["youth"].click()
    app.vote_buttons["youth"].click()
    app.vote_buttons["meeting"].click()
    app.vote_buttons["meeting"].click()  # fourth dot: refused, shown, not stored
    assert "nog 0 van de 3" in app.status.value and "pl-status-err" in app.status.value
    tally = meeting_results.dot_tally(demo_ws, sid).set_index("option")["dots"]
    assert (tally["youth"], tally["meeting"]) == (2, 1)
    assert "3 stippen geplakt" in app.results.value
    app.next_participant.click()
    assert app.participant.value == 8
    assert "nog <b>3</b>" in app.dots_info.value

    app.rank_selects[0].value = "meeting"
    app.rank_selects[1].value = "loneliness"
    app.rank_button.click()
    ranking = meeting_results.ranking_tally(demo_ws, sid).set_index("option")["points"]
    assert (ranking["meeting"], ranking["loneliness"]) == (9, 8)
    app.result_mode.value = "ranking"
    assert "1 rangorde ingeleverd" in app.results.value

    app.card_kind.value = "better"
    app.card_text.value = "Verbinden met andere domeinen"
    app.card_button.click()
    assert app.card_text.value == ""
    assert meeting_results.cards(demo_ws, sid)[["kind", "text"]].values.tolist() == [
        ["better", "Verbinden met andere domeinen"]
    ]
    assert "Verbinden met andere domeinen" in app.cards_view.value

    app.decision_title.value = "Jongerenavond in de sportkantine"
    app.decision_kind.value = "activity"
    app.decision_themes.value = ("youth", "meeting")
    app.decision_owner.value = "win"
    app.decision_horizon.value = 5
    app.decision_start.value = 2028
    app.decision_cost.value = 4000
    app.decision_button.click()
    dec = meeting_results.decisions(demo_ws, sid).iloc[0]
    assert dec["title"] == "Jongerenavond in de sportkantine"
    assert dec["themes"] == ["youth", "meeting"]
    assert (dec["partner_id"], dec["horizon"], dec["start_year"]) == ("win", 5, 2028)
    assert dec["yearly_cost"] == 4000
    assert "Welzijn in Noordenveld" in app.decisions_view.value


def test_reopening_continues_where_the_meeting_was(demo_ws: Path) -> None:
    """A crashed laptop: a new app on the same workspace shows what was saved."""
    sid = api.create_session(demo_ws, kind="working_group", village_id="roden", title="Avond 1")
    api.record_attendance(demo_ws, sid, "residents", 9)
    api.cast_dots(demo_ws, sid, 1, "youth", 2)
    app = SessionApp(demo_ws, village="roden")
    app.session_select.value = sid
    assert app.attendance_inputs["residents"].value == 9
    assert "2 stippen geplakt" in app.results.value
    # the reload did not write the attendance again
    assert meeting_results.revision(demo_ws, sid) == 2


def test_candidate_actions_and_second_screen(demo_ws: Path) -> None:
    app = SessionApp(demo_ws, village="roden")
    app.new_title.value = "Acties kiezen"
    app.new_options.value = "action"
    app.create_button.click()
    sid = app.session_id
    assert app.vote_buttons == {}
    app.option_label.value = "Inloopochtend in het dorpshuis"
    app.option_button.click()
    app.option_label.value = "Maaltijd in de kerkzaal"
    app.option_button.click()
    assert [b.description for b in app.vote_buttons.values()] == [
        "Inloopochtend in het dorpshuis",
        "Maaltijd in de kerkzaal",
    ]
    other = SessionApp(demo_ws, village="roden", session_id=sid)
    other.participant.value = 2
    other.vote_buttons["actie-2"].click()
    assert app.poll_once() is True  # the first screen sees the second screen's dot
    assert "1 stip geplakt" in app.results.value
    assert app.poll_once() is False


def test_errors_are_shown_in_dutch_not_raised(demo_ws: Path) -> None:
    app = SessionApp(demo_ws)
    app.create_button.click()  # no title
    assert "titel" in app.status.value and "pl-status-err" in app.status.value
    app.card_button.click()  # no session yet
    assert "kies eerst een bijeenkomst" in app.status.value.lower()


def test_vote_on_the_actions_of_the_chosen_scenario(demo_ws: Path) -> None:
    from planning.store.scenarios import choose, save_scenario
    from planning.store.sessions import store_for
    from planning.workspace.scenario_file import Action, Scenario

    shutil.rmtree(demo_ws / "scenarios")  # a workspace without scenario files
    app = SessionApp(demo_ws, village="roden")
    app.new_title.value = "Klankbordgroep"
    app.new_options.value = "scenario"
    app.create_button.click()  # no scenario chosen yet: a clear message, no session
    assert "nog geen scenario" in app.status.value and app.session_id is None

    store = store_for(demo_ws)
    save_scenario(store, Scenario("Basis", "roden", actions=[
        Action("Inloopochtend", "activity", ["loneliness"]),
        Action("Mantelzorgcafé", "activity", ["informal_care"]),
    ]))  # fmt: skip
    choose(store, "Basis", "roden")
    app.create_button.click()
    assert [b.description for b in app.vote_buttons.values()] == ["Inloopochtend", "Mantelzorgcafé"]
    app.vote_buttons["actie-2"].click()
    tally = meeting_results.dot_tally(demo_ws, app.session_id).set_index("option")["dots"]
    assert tally["actie-2"] == 1
    assert set(meeting_results.options(demo_ws, app.session_id)["kind"]) == {"action"}


def test_the_last_dot_or_ranking_can_be_taken_back(demo_ws: Path) -> None:
    sid = api.create_session(demo_ws, kind="working_group", village_id="roden", title="Avond")
    api.cast_dots(demo_ws, sid, 9, "meeting")  # another screen, before this one
    app = SessionApp(demo_ws, village="roden", session_id=sid)
    app.participant.value = 3
    app.vote_buttons["youth"].click()
    app.vote_buttons["loneliness"].click()  # misplaced
    app.undo_button.click()
    assert "Stip van deelnemer 3 op &#x27;Eenzaamheid&#x27; teruggenomen" in app.status.value
    tally = meeting_results.dot_tally(demo_ws, sid).set_index("option")["dots"]
    assert (tally["youth"], tally["loneliness"], tally["meeting"]) == (1, 0, 1)
    assert "nog <b>2</b>" in app.dots_info.value and "2 stippen geplakt" in app.results.value

    app.rank_selects[0].value = "meeting"
    app.rank_button.click()
    app.rank_selects[0].value = "youth"  # typed again, wrongly
    app.rank_selects[1].value = "advice"
    app.rank_button.click()
    app.undo_button.click()  # the earlier ranking of participant 3 is back
    assert "de vorige staat weer" in app.status.value
    points = meeting_results.ranking_tally(demo_ws, sid).set_index("option")["points"]
    assert points[points > 0].to_dict() == {"meeting": 9}  # first of nine options
    app.undo_button.click()  # then no ranking at all
    assert meeting_results.rankers(demo_ws, sid) == 0
    app.undo_button.click()  # then the first dot of this screen
    app.undo_button.click()  # nothing left of participant 3: said in Dutch, not raised
    assert "geen stip van deelnemer 3" in app.status.value and "pl-status-err" in app.status.value
    tally = meeting_results.dot_tally(demo_ws, sid).set_index("option")["dots"]
    assert tally.sum() == 1 and tally["meeting"] == 1  # the other screen's dot stays


def test_projector_shows_results_and_decisions_large(demo_ws: Path) -> None:
    sid = api.create_session(demo_ws, kind="working_group", village_id="roden", title="Avond")
    api.cast_dots(demo_ws, sid, 1, "youth", 2)
    api.record_decision(
        demo_ws, sid, title="Jongerenavond", kind="activity", themes=["youth"],
        partner_id="win", horizon=3,
    )  # fmt: skip
    app = SessionApp(demo_ws, village="roden", session_id=sid)
    assert app.projector_decisions.layout.display == "none"
    app.projector_button.value = True
    assert app.tabs.layout.display == "none" and "pl-projector" in app.widget._dom_classes
    assert app.projector_decisions.layout.display == ""
    shown = app.projector_decisions.value
    assert "Jongerenavond" in shown and "Welzijn in Noordenveld" in shown and "3 jaar" in shown
    assert "2 stippen geplakt" in app.results.value
    app.projector_button.value = False
    assert app.tabs.layout.display == "" and "pl-projector" not in app.widget._dom_classes


def test_trekkers_of_the_municipality_others_by_search(demo_ws: Path) -> None:
    sid = api.create_session(demo_ws, kind="working_group", village_id="roden", title="Avond")
    app = SessionApp(demo_ws, village="roden", session_id=sid)
    listed = {value for _label, value in app.decision_owner.options}
    assert {"win", "sociaal-team-noordenveld", "ggd-drenthe"} <= listed
    assert not {"beweegcoaches-westerveld", "sociaal-team-westerveld", "havelte-kerk"} & listed
    app.owner_search.value = "westerveld"
    found = {label for label, _value in app.decision_owner.options}
    assert "Sociaal team Westerveld" in found and "Welzijn in Noordenveld" not in found
    app.decision_owner.value = "sociaal-team-westerveld"
    app.decision_title.value = "Beweegaanbod samen met Westerveld"
    app.decision_button.click()  # no theme yet: refused in Dutch, nothing stored
    assert "kies minstens één thema" in app.status.value and "pl-status-err" in app.status.value
    assert meeting_results.decisions(demo_ws, sid).empty
    app.decision_themes.value = ("exercise_health",)
    app.decision_button.click()
    dec = meeting_results.decisions(demo_ws, sid).iloc[0]
    assert dec["partner_id"] == "sociaal-team-westerveld"
    assert app.owner_search.value == ""  # back to the municipality's list
    assert "beweegcoaches-westerveld" not in {v for _l, v in app.decision_owner.options}
