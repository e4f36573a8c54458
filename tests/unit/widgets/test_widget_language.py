"""The widgets in the language they are given (default: the workspace's): every label, button,
heading, hint and message of the session app, the store's refusals included; the scenario
editor and the monitoring view."""

from __future__ import annotations

import html
import re
from pathlib import Path

import ipywidgets as w

from planning.widgets import MonitoringView, ScenarioEditor, SessionApp

#: Dutch words of the session screen; none may be left on an English one
DUTCH = re.compile(
    r"\b(de|het|een|geen|nog|kies|bijeenkomst|stip|stippen|besluit|besluiten|rangorde|keuze|"
    r"keus|keuzes|trekker|termijn|thema|aanwezig|vernieuwen|beamer|uitslag|deelnemer|kaart|"
    r"soort|titel|datum|kern|zoek|jaar|opslaan|ophangen|vastleggen|starten|terugnemen|"
    r"volgende|wie|zijn|er|wat|werkt|goed|beter|opgeslagen|geplakt)\b",
    re.IGNORECASE,
)


def words(widget: w.Widget) -> list[str]:
    """What a person reads on ``widget`` and everything in it: descriptions, tooltips,
    placeholders, tab titles, toggle choices and the text of HTML and labels. Dropdown
    choices are left out: they hold data (village and partner names such as "Een")."""
    found: list[str] = []
    for name in ("description", "tooltip", "placeholder"):
        value = getattr(widget, name, None)
        if isinstance(value, str) and value:
            found.append(value)
    if isinstance(widget, w.HTML | w.Label):
        text = html.unescape(re.sub(r"<style>.*?</style>|<[^>]+>", " ", widget.value, flags=re.S))
        found += [part.strip() for part in text.split("  ") if part.strip()]
    if isinstance(widget, w.ToggleButtons):
        found += list(widget._options_labels)
    if isinstance(widget, w.Tab):
        found += [t for t in widget.titles if t]
    for child in getattr(widget, "children", ()):
        found += words(child)
    return [t for t in found if any(c.isalpha() for c in t)]


def test_english_screen_holds_no_dutch_and_the_dutch_one_stays(demo_ws: Path) -> None:
    english = words(SessionApp(demo_ws, village="roden", lang="en").widget)
    dutch = words(SessionApp(demo_ws, village="roden").widget)  # the demo's lang is nl
    assert len(english) == len(dutch) > 40
    left = [t for t in english if DUTCH.search(t)]
    assert not left, left
    for shown in (
        "Start a new session",
        "Choose a session",
        "Who is here?",
        "Place dots",
        "Take back the last",
        "Projector",
        "Refresh",
        "Put up the card",
        "Record decision",
    ):
        assert shown in english, shown
    assert [t for t in english if t in ("Session", "Present", "Dots", "Ranking", "Decisions")]
    for shown in (
        "Nieuwe bijeenkomst starten",
        "Kies een bijeenkomst",
        "Wie zijn er?",
        "Stippen plakken",
        "Laatste terugnemen",
        "Beamer",
        "Vernieuwen",
        "Kaart ophangen",
        "Besluit vastleggen",
        "Goed / beter",
    ):
        assert shown in dutch, shown
    # every word on the screen changed language, apart from the few both languages share
    same = {a for a, b in zip(english, dutch, strict=True) if a == b}
    assert same <= {"GGD", "MEE", "Sport", "Start", "Outreach", "Monitoring"}, same


def test_a_session_in_english_from_start_to_refusal(demo_ws: Path) -> None:
    app = SessionApp(demo_ws, village="roden", lang="en")
    app.create_button.click()  # no title: the store refuses, in English
    assert "Give the session a title" in app.status.value
    app.new_title.value = "Evening one"
    app.create_button.click()
    assert "Session &#x27;Evening one&#x27; started and saved." in app.status.value
    assert "3 dots per participant" in app.header.value
    code = next(iter(app.vote_buttons))
    theme = app.vote_buttons[code].description
    assert not DUTCH.search(theme), theme  # the themes to vote on are named in English
    for _ in range(3):
        app.vote_buttons[code].click()
    assert "saved." in app.status.value and "3 dots placed" in app.results.value
    assert "Participant 1: <b>0</b> of 3 dots left" in app.dots_info.value
    app.vote_buttons[code].click()
    assert "Participant 1 has 0 of 3 dots left" in app.status.value
    assert "pl-status-err" in app.status.value
    app.card_button.click()
    assert "The card is empty; write something on it first" in app.status.value
    app.undo_button.click()
    assert "Dot of participant 1 on" in app.status.value and "taken back." in app.status.value
    app.projector_button.value = True
    assert app.projector_button.description == "Back"
    assert "Full screen: F11 in the browser." in app.projector_decisions.value
    app.decision_title.value = "Walk-in morning"
    app.decision_button.click()
    assert "choose at least one theme" in app.status.value


def test_scenario_editor_and_monitoring_view_in_english(demo_ws: Path) -> None:
    editor = " | ".join(words(ScenarioEditor(demo_ws, "roden", lang="en").widget))
    for shown in ("New action", "Remove action", "Outcome per horizon", "Coverage: supply"):
        assert shown in editor, shown
    for dutch in ("Nieuwe actie", "Uitkomst per termijn", "Dekking", "Thema's", "basisjaar"):
        assert dutch not in editor, dutch
    view = " | ".join(words(MonitoringView(demo_ws, "roden", lang="en").widget))
    for shown in ("Read observations", "Latest value", "Visitors of meeting places"):
        assert shown in view, shown
    for dutch in ("Waarnemingen inlezen", "Laatste waarde", "Indicatoren", "op koers"):
        assert dutch not in view, dutch
    assert "Nieuwe actie" in " | ".join(words(ScenarioEditor(demo_ws, "roden").widget))
