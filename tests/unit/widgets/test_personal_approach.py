"""The personal approach driven as staff use it: values set, buttons clicked, the store read."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pandas as pd
import sqlalchemy as sa

from planning.store import open_store
from planning.store.followup import attempts, contact_list, contacts
from planning.widgets._style import esc
from planning.widgets.callback_list import CallbackList
from planning.widgets.entry_form import SOURCE, EntryForm
from planning.workspace.folder import open_workspace


def _responses(ws: Path) -> pd.DataFrame:
    return pd.read_csv(ws / "survey" / "responses.csv", dtype=str, keep_default_na=False)


def test_entry_form_saves_one_respondent_and_splits_personal_data(demo_ws: Path) -> None:
    form = EntryForm(demo_ws, village="roden")
    form.number.value = "P-0042"
    form.channel.value = "home_visit"
    form.collected_on.value = date(2026, 5, 4)
    form.age.value = "75 jaar of ouder"
    form.importance["loneliness"].value = "5"
    form.needs[3].value = "Iemand die langskomt; bel me op 06-12345678"
    form.flags["contact_requested"].value = True
    form.personal["name"].value = "Aaltje Wiersma"
    form.personal["phone"].value = "0501234567"
    form.save.click()
    assert "opgeslagen" in form.status.value and form.number.value == ""

    row = _responses(demo_ws).query("respondent_id == 'P-0042'").iloc[0]
    assert (row["village_id"], row["channel"], row["age_band"]) == ("roden", "home_visit", "75+")
    assert row["collected_on"] == "2026-05-04" and row["importance_loneliness"] == "5"
    assert row["source"] == SOURCE and "06-12345678" not in row["need_3y"]
    written = (demo_ws / "survey" / "responses.csv").read_text(encoding="utf-8")
    assert "Wiersma" not in written and "0501234567" not in written
    store = open_store(demo_ws)
    person = store.read(sa.select(contacts).where(contacts.c.respondent_id == "P-0042"))[0]
    assert (person["name"], person["phone"], person["contact_requested"]) == (
        "Aaltje Wiersma",
        "0501234567",
        True,
    )

    # the same number again: refused, nothing doubled
    form.number.value = "P-0042"
    form.save.click()
    assert "al ingevoerd" in form.status.value
    assert (_responses(demo_ws)["respondent_id"] == "P-0042").sum() == 1


def test_entry_form_checks_like_an_import(demo_ws: Path) -> None:
    before = _responses(demo_ws)
    form = EntryForm(demo_ws, village="roden")
    form.number.value = "P-0043"
    form.age.value = "oud"
    form.personal["name"].value = "Bert Smit"
    form.save.click()
    assert (
        "Niet opgeslagen" in form.status.value and "leeftijd &#x27;oud&#x27;" in form.status.value
    )
    assert len(_responses(demo_ws)) == len(before)
    assert not (demo_ws / "survey" / "rejected").exists()
    store = open_store(demo_ws)
    assert not store.read(sa.select(contacts).where(contacts.c.respondent_id == "P-0043"))


def test_demo_starts_with_open_callbacks(demo_ws: Path) -> None:
    people = contact_list(open_store(demo_ws))
    assert len([p for p in people if not p["closed"]]) >= 20
    raw = pd.read_csv(demo_ws / "followup" / "contacts.csv", dtype=str)
    answered = set(_responses(demo_ws)["respondent_id"])
    assert set(raw["respondent_id"]) <= answered  # every contact answered the survey


def test_callback_list_records_attempts_visits_and_closing(demo_ws: Path) -> None:
    view = CallbackList(open_workspace(demo_ws), village="roden")
    open_before = len(view.open_contacts())
    assert open_before >= 1 and view.person.value is not None
    rid, source = view.person.value
    view.on.value = date(2026, 6, 1)
    view.outcome.value = "no_answer"
    view.note.value = "na 17 uur nog eens"
    view.record.click()
    view.person.value = (rid, source)
    view.outcome.value = "reached"
    view.record.click()
    view.visit_on.value = date(2026, 6, 9)
    view.plan_visit.click()
    view.together.click()
    view.pass_on.click()

    store = open_store(demo_ws)
    tries = store.read(sa.select(attempts).where(attempts.c.respondent_id == rid))
    assert [(t["outcome"], t["attempted_on"]) for t in tries] == [
        ("no_answer", date(2026, 6, 1)),
        ("reached", date(2026, 6, 1)),
    ]
    assert tries[0]["note"] == "na 17 uur nog eens"
    person = store.read(sa.select(contacts).where(contacts.c.respondent_id == rid))[0]
    assert (person["home_visit"], person["home_visit_on"]) == ("planned", date(2026, 6, 9))
    assert person["form_together"] and person["passed_to"] == "sociaal team"
    assert not person["closed"]
    mine = view.overview.value.split(esc(view.person.label))[1].split("</tr>")[0]
    assert re.search(r">2<", mine) and "gesproken" in mine and "gepland" in mine

    view.person.value = (rid, source)
    view.close.click()
    person = store.read(sa.select(contacts).where(contacts.c.respondent_id == rid))[0]
    assert person["closed"]
    assert len(view.open_contacts()) == open_before - 1
    assert (rid, source) not in [key for _, key in view.person.options]
