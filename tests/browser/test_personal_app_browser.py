"""The personal approach as an app: `planning followup app` serves it, chromium saves a form."""

from __future__ import annotations

import os
from pathlib import Path

import pandas as pd
import pytest
import sqlalchemy as sa
from helpers.browser import browser, chromium_or_skip, serve

from planning.store import open_store
from planning.store.followup import contacts

pytestmark = [pytest.mark.browser, pytest.mark.slow]


def test_a_paper_form_entered_in_chromium_reaches_the_files(demo_ws: Path) -> None:
    executable = chromium_or_skip()
    args = ["followup", "app", "--workspace", str(demo_ws), "--village", "roden", "--no-browser"]
    with serve(args, r"http://127\.0\.0\.1:\d+/\?token=[\w-]+") as url, browser(executable) as page:
        page.goto(url)
        page.locator("text=Antwoorden invoeren").wait_for(timeout=90_000)
        page.locator("text=Terugbellen en huisbezoeken").wait_for()
        page.locator(".widget-text", has_text="Respondentnummer").locator("input").fill("roden-012")
        page.locator(".widget-text", has_text="Leeftijd").locator("input").fill("80 en ouder")
        page.locator(".widget-text", has_text="Naam").locator("input").fill("Hennie Dijkstra")
        page.locator(".widget-text", has_text="Telefoon").locator("input").fill("06 98765432")
        page.locator(".widget-checkbox", has_text="wil teruggebeld worden").locator("input").check()
        page.locator("button", has_text="Opslaan").click()
        page.locator(".pl-status-ok", has_text="roden-012 opgeslagen").wait_for()
        shots = os.environ.get("PLANNING_SCREENSHOT_DIR")
        if shots:
            page.screenshot(path=str(Path(shots) / "persoonlijke-aanpak.png"), full_page=True)
    answers = pd.read_csv(demo_ws / "survey" / "responses.csv", dtype=str)
    row = answers[answers["respondent_id"] == "roden-012"].iloc[0]
    assert (row["village_id"], row["age_band"], row["contact_requested"]) == ("roden", "80+", "ja")
    person = open_store(demo_ws).read(
        sa.select(contacts).where(contacts.c.respondent_id == "roden-012")
    )[0]
    assert (person["name"], person["phone"]) == ("Hennie Dijkstra", "06 98765432")
