"""The session app in a real browser: `planning session` serves it, chromium clicks votes."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest
from helpers.browser import browser, chromium_or_skip, serve

from planning.store import session_results as meeting_results
from planning.store import sessions as api

pytestmark = [pytest.mark.browser, pytest.mark.slow]


def test_votes_clicked_in_chromium_reach_the_store(demo_ws: Path, tmp_path: Path) -> None:
    executable = chromium_or_skip()
    sid = api.create_session(
        demo_ws, kind="working_group", village_id="roden", title="Werkgroep Roden, 2e avond"
    )
    # what a second screen in the room already put in
    api.record_attendance(demo_ws, sid, "residents", 11)
    api.record_attendance(demo_ws, sid, "club", 3)
    api.record_attendance(demo_ws, sid, "welfare", 2)
    api.cast_dots(demo_ws, sid, 1, "meeting", 2)
    api.cast_dots(demo_ws, sid, 2, "loneliness", 3)
    api.add_card(demo_ws, sid, "good", "Dialoog met inwoners")
    api.add_card(demo_ws, sid, "better", "Op maatschappelijke effecten sturen")

    args = ["session", "--workspace", str(demo_ws), "--village", "roden", "--no-browser"]
    outside: list[str] = []
    with serve(args, r"http://127\.0\.0\.1:\d+/\?token=[\w-]+") as url, browser(executable) as page:
        page.on(
            "request",
            lambda r: (
                outside.append(r.url)
                if not r.url.startswith(("http://127.0.0.1", "data:", "blob:"))
                else None
            ),
        )
        page.goto(url)
        page.locator(".pl-session-select select").wait_for(timeout=90_000)
        page.locator(".pl-session-select select").select_option(
            label=f"{_today()} · Roden · Werkgroep Roden, 2e avond"
        )
        page.locator(".pl-title", has_text="Werkgroep Roden").wait_for()
        page.locator(".lm-TabBar-tab", has_text="Stippen").click()
        participant = page.locator(".pl-participant input:visible")
        participant.fill("4")
        participant.press("Enter")
        page.locator("text=Deelnemer 4: nog").wait_for()
        page.locator(".pl-vote-youth").click()
        page.locator(".pl-result-body", has_text="6 stippen geplakt").wait_for()
        page.locator(".pl-vote-youth").click()
        page.locator(".pl-result-body", has_text="7 stippen geplakt").wait_for()
        page.locator(".pl-vote-loneliness").click()
        page.locator(".pl-result-body", has_text="8 stippen geplakt").wait_for()
        page.locator(".pl-vote-meeting").click()  # a fourth dot: refused, shown in red
        page.locator(".pl-status-err", has_text="nog 0 van de 3").wait_for()
        participant.fill("5")
        participant.press("Enter")
        page.locator("text=Deelnemer 5: nog").wait_for()
        page.locator(".pl-vote-meeting").click()
        page.locator(".pl-result-body", has_text="9 stippen geplakt").wait_for()
        page.locator(".pl-status-ok", has_text="Ontmoeting").wait_for()
        # a second screen votes: the projector picks it up without a click
        api.cast_dots(demo_ws, sid, 6, "youth")
        page.locator(".pl-result-body", has_text="10 stippen geplakt").wait_for(timeout=15_000)
        shot = tmp_path / "sessie.png"
        page.screenshot(path=str(shot), full_page=True)
        # a misplaced dot of participant 5: taken back
        page.locator(".pl-vote-meeting").click()
        page.locator(".pl-result-body", has_text="11 stippen geplakt").wait_for()
        page.locator(".pl-undo:visible").click()
        page.locator(".pl-result-body", has_text="10 stippen geplakt").wait_for()
        page.locator(".pl-status-ok", has_text="teruggenomen").wait_for()
        # the projector: results full width, with the decisions
        page.locator(".pl-projector-toggle").click()
        page.locator(".pl-projector-decisions", has_text="Besluiten").wait_for()
        assert not page.locator(".lm-TabBar-tab", has_text="Stippen").is_visible()
        beamer = tmp_path / "sessie-beamer.png"
        page.screenshot(path=str(beamer))

    assert shot.stat().st_size > 20_000
    assert outside == [], "the session app fetched something from outside this computer"
    target = os.environ.get("PLANNING_SCREENSHOT_DIR")
    if target:  # copied deliberately: PLANNING_SCREENSHOT_DIR=docs uv run pytest -k chromium
        shutil.copy(shot, Path(target) / "sessie-app.png")
        shutil.copy(beamer, Path(target) / "sessie-beamer.png")
    tally = meeting_results.dot_tally(demo_ws, sid).set_index("option")["dots"]
    assert tally["youth"] == 3
    assert tally["loneliness"] == 4
    assert tally["meeting"] == 3
    assert meeting_results.dots_left(demo_ws, sid, 4) == 0
    assert meeting_results.dots_left(demo_ws, sid, 5) == 2


def _today() -> str:
    from datetime import date

    return f"{date.today():%d-%m-%Y}"
