"""The entry form takes what it asks for (issue 25): a birth year, free text that names no
theme (queued for coding, and said so), and the callback note shown once typed."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pandas as pd

from planning.survey.coding import read_overrides
from planning.survey.coding_queue import waiting
from planning.survey.needs import needs
from planning.widgets.callback_list import CallbackList
from planning.widgets.entry_form import EntryForm
from planning.workspace.folder import open_workspace


def _responses(ws: Path) -> pd.DataFrame:
    return pd.read_csv(ws / "survey" / "responses.csv", dtype=str, keep_default_na=False)


def test_a_birth_year_gives_the_age_band_from_the_date(demo_ws: Path) -> None:
    form = EntryForm(demo_ws, village="diever")
    form.number.value = "P-1948"
    form.collected_on.value = date(2026, 5, 4)
    form.age.value = "1948"
    assert form.submit(), form.status.value
    row = _responses(demo_ws).set_index("respondent_id").loc["P-1948"]
    # by hand: born in 1948, asked on 4 May 2026: 77 or 78 years old, band 75-79
    assert row["age_band"] == "75-79"


def test_free_text_that_names_no_theme_waits_in_the_coding_queue(demo_ws: Path) -> None:
    form = EntryForm(demo_ws, village="diever")
    form.number.value = "P-0777"
    form.age.value = "40-44"
    form.needs[3].value = "een ontmoetingsplek in het dorpshuis"
    form.needs[5].value = "iemand die de heg knipt"
    form.needs[10].value = "een glasvezelkabel"
    assert form.submit(), form.status.value
    assert "5, 10 jaar past bij geen thema" in form.status.value
    assert "codeerlijst" in form.status.value
    queue = waiting(read_overrides(demo_ws))
    assert sorted(queue.loc[queue["respondent_id"] == "P-0777", "horizon"]) == [5, 10]
    written = (demo_ws / "survey" / "coding_overrides.csv").read_text(encoding="utf-8-sig")
    assert "iemand die de heg knipt" in written and "ontmoetingsplek" not in written
    # staff code it: the answer then counts for the theme in the needs
    before = needs(open_workspace(demo_ws), "diever")
    coded = written.replace("P-0777;5;;", "P-0777;5;informal_care;")
    (demo_ws / "survey" / "coding_overrides.csv").write_text(coded, encoding="utf-8-sig")
    after = needs(open_workspace(demo_ws), "diever")

    def naming(frame: pd.DataFrame) -> int:
        hit = (frame["theme"] == "informal_care") & (frame["horizon"] == 5)
        return int(pd.to_numeric(frame.loc[hit, "naming"], errors="coerce").sum())

    assert naming(after) == naming(before) + 1


def test_the_callback_note_typed_is_shown(demo_ws: Path) -> None:
    view = CallbackList(open_workspace(demo_ws), village="roden")
    view.note.value = "na 17 uur nog eens bellen"
    view.outcome.value = "no_answer"
    view.record.click()
    assert "na 17 uur nog eens bellen" in view.overview.value
