"""planning quotes: a person reviews, approves, edits or rejects each released quote, and only
approved quotes reach the plan, in the text the review showed."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from helpers.report import pdf_text, write_responses

from planning.cli import main

ANSWERS = [
    # r0001: two released answers
    {
        "village_id": "roden",
        "need_3y": "Een koffieochtend in het dorpshuis, bel me op 06-12345678",
        "need_5y": "Meer bankjes langs de Brink",
        "quote_publishable": "ja",
    },
    # r0002: names a follow-up contact who lives in another village (Peize)
    {
        "village_id": "roden",
        "need_10y": "Samen eten, zoals mevrouw Wiersma dat vroeger regelde",
        "quote_publishable": "ja",
    },
    # r0003: not released: never shown, never published
    {"village_id": "roden", "need_10y": "Geheim plan van Pietje", "quote_publishable": "nee"},
    # r0004: released, in another village
    {"village_id": "peize", "need_3y": "Een jeu-de-boulesbaan", "quote_publishable": "ja"},
]


@pytest.fixture
def ws(demo_ws: Path) -> Path:
    from planning.store import open_store
    from planning.store.followup import upsert_contacts

    write_responses(demo_ws, ANSWERS)
    store = open_store(demo_ws)
    with store.transaction() as conn:
        upsert_contacts(
            conn,
            [
                {
                    "respondent_id": "p1",
                    "source": "telefoon",
                    "village_id": "peize",
                    "name": "Aaltje Wiersma",
                    "phone": "0501234567",
                    "contact_requested": True,
                }
            ],
        )
    return demo_ws


def run(capsys: pytest.CaptureFixture[str], ws: Path, *args: str) -> tuple[int, str, str]:
    code = main(["quotes", *args, "--workspace", str(ws)])
    out = capsys.readouterr()
    return code, out.out, out.err


def review(capsys: pytest.CaptureFixture[str], ws: Path) -> dict[str, dict]:
    code, out, err = run(capsys, ws, "review", "--village", "roden", "--json")
    assert code == 0, err
    return {q["id"]: q for q in json.loads(out)}


def test_review_lists_every_released_quote_with_what_is_removed(capsys, ws: Path) -> None:
    quotes = review(capsys, ws)
    assert list(quotes) == ["r0001:3", "r0001:5", "r0002:10"]  # not r0003, not Peize's
    assert {q["state"] for q in quotes.values()} == {"pending"}
    phone = quotes["r0001:3"]  # held contact details: published only in edited words
    assert phone["published"] is None and phone["needs_edit"] is True
    assert [(s["text"], s["kind"]) for s in phone["removed"]] == [("06-12345678", "phone")]
    assert quotes["r0001:5"]["published"] == "Meer bankjes langs de Brink"
    assert quotes["r0001:5"]["removed"] == []

    code, out, _ = run(capsys, ws, "review", "--village", "roden")
    assert code == 0
    assert "3 vrijgegeven door inwoners; 0 goedgekeurd, 0 afgewezen, 3 wachten" in out
    assert "[r0001:3] over 3 jaar (2029): wacht op beoordeling" in out
    assert "eruit gehaald: '06-12345678' (telefoonnummer)" in out
    assert "gepubliceerd: (alleen met aangepaste tekst: het antwoord bevatte contactgegevens" in out
    assert "Pietje" not in out


def test_name_of_a_followup_contact_in_another_village_is_not_published(
    capsys, ws: Path, tmp_path: Path
) -> None:
    quote = review(capsys, ws)["r0002:10"]
    assert "Wiersma" not in quote["published"]
    assert quote["published"] == "Samen eten, zoals mevrouw [naam] dat vroeger regelde"
    assert [(s["text"], s["kind"]) for s in quote["removed"]] == [("Wiersma", "name")]
    assert run(capsys, ws, "approve", "--village", "roden", "--all")[0] == 0
    from planning.plan.build import build_plan
    from planning.report.pdf import write_pdf
    from planning.report.xlsx import write_xlsx

    plan = build_plan(ws, "roden")
    assert "Wiersma" not in json.dumps(plan.quotes)
    pdf = pdf_text(write_pdf(plan, tmp_path / "roden.pdf"))
    assert "Samen eten, zoals mevrouw" in " ".join(pdf.split())
    assert "Wiersma" not in pdf and "06-12345678" not in pdf
    import openpyxl

    book = openpyxl.load_workbook(write_xlsx(plan, tmp_path / "roden.xlsx"))
    cells = [str(c) for sheet in book for row in sheet.iter_rows(values_only=True) for c in row]
    assert any("Samen eten, zoals mevrouw" in c for c in cells)
    assert not any("Wiersma" in c or "06-12345678" in c for c in cells)


def test_approve_one_records_who_and_when_and_only_it_reaches_the_plan(capsys, ws: Path) -> None:
    from datetime import UTC, datetime

    from planning.plan.build import build_plan

    assert build_plan(ws, "roden").quotes == []  # released is not approved
    code, out, err = run(capsys, ws, "approve", "--village", "roden", "--id", "r0001:5",
                         "--by", "Anna de Vries")  # fmt: skip
    assert code == 0, err
    assert "Goedgekeurd door Anna de Vries (1):" in out
    quotes = review(capsys, ws)
    approved = quotes["r0001:5"]
    assert approved["state"] == "approved" and approved["decided_by"] == "Anna de Vries"
    when = datetime.fromisoformat(approved["decided_at"])
    assert abs((datetime.now(UTC) - when).total_seconds()) < 600
    assert quotes["r0001:3"]["state"] == "pending"
    plan = build_plan(ws, "roden")
    assert plan.quotes == [{"horizon": 5, "text": "Meer bankjes langs de Brink"}]
    assert plan.quote_review == {
        "released": 3, "approved": 1, "rejected": 0, "pending": 2, "shown": 1,
    }  # fmt: skip
    from planning.report.sections.helpers import quotes_reviewed

    said = quotes_reviewed(plan)
    assert said.startswith("Citaten zijn door medewerkers van") and "beoordeeld" in said
    assert "dit plan toont er 1" in said


def test_edit_gives_back_words_yet_identifiers_stay_out(capsys, ws: Path) -> None:
    from planning.plan.build import build_plan

    wording = "Samen eten, zoals mevrouw Hoekstra dat vroeger regelde; info: 06 98765432"
    code, _, err = run(capsys, ws, "edit", "--village", "roden", "--id", "r0002:10",
                         "--text", wording, "--by", "piet")  # fmt: skip
    assert code == 0, err
    quote = review(capsys, ws)["r0002:10"]
    assert quote["state"] == "edited" and quote["edited"] == wording
    # a word staff give back stays; a phone number typed back is still removed
    assert quote["published"] == (
        "Samen eten, zoals mevrouw Hoekstra dat vroeger regelde; info: [telefoon]"
    )
    texts = [q["text"] for q in build_plan(ws, "roden").quotes]
    assert texts == [quote["published"]]
    # an answer with contact details is published in edited words only
    assert run(capsys, ws, "approve", "--village", "roden", "--id", "r0001:3")[0] == 0
    assert review(capsys, ws)["r0001:3"]["published"] is None
    edited = "Een koffieochtend in het dorpshuis"
    assert (
        run(capsys, ws, "edit", "--village", "roden", "--id", "r0001:3", "--text", edited)[0] == 0
    )
    texts = [q["text"] for q in build_plan(ws, "roden").quotes]
    assert texts == [edited, quote["published"]]
    code, _, err = run(capsys, ws, "edit", "--village", "roden", "--id", "r0002:10", "--text", " ")
    assert code == 2 and "leeg" in err


def test_reject_keeps_a_quote_out_also_after_approve_all(capsys, ws: Path) -> None:
    from planning.plan.build import build_plan

    code, out, err = run(capsys, ws, "reject", "--village", "roden", "--id", "r0001:3")
    assert code == 0 and "Afgewezen door" in out, err
    assert run(capsys, ws, "approve", "--village", "roden", "--all", "--by", "x")[0] == 0
    quotes = review(capsys, ws)
    assert quotes["r0001:3"]["state"] == "rejected" and quotes["r0001:3"]["published"] is None
    assert {quotes[q]["state"] for q in ("r0001:5", "r0002:10")} == {"approved"}
    texts = [q["text"] for q in build_plan(ws, "roden").quotes]
    assert texts == ["Meer bankjes langs de Brink",
                     "Samen eten, zoals mevrouw [naam] dat vroeger regelde"]  # fmt: skip
    # nothing left to decide: --all says so and records nothing
    code, out, _ = run(capsys, ws, "approve", "--village", "roden", "--all")
    assert code == 0 and "geen citaat meer" in out


def test_a_changed_answer_needs_a_new_decision(capsys, ws: Path) -> None:
    assert run(capsys, ws, "approve", "--village", "roden", "--id", "r0001:5")[0] == 0
    changed = [dict(ANSWERS[0], need_5y="Meer bankjes, en bel Jan op 0612345678"), *ANSWERS[1:]]
    write_responses(ws, changed)
    quote = review(capsys, ws)["r0001:5"]
    assert quote["state"] == "pending" and quote["decided_by"] is None


def test_unknown_quote_or_village_is_refused_without_recording(capsys, ws: Path) -> None:
    code, _, err = run(capsys, ws, "approve", "--village", "roden", "--id", "r0009:3")
    assert code == 2 and "r0009:3" in err and "quotes review" in err
    code, _, err = run(capsys, ws, "review", "--village", "rodne")
    assert code == 2 and "roden" in err
    assert {q["state"] for q in review(capsys, ws).values()} == {"pending"}


def test_english_review(capsys, ws: Path) -> None:
    code, out, _ = run(capsys, ws, "review", "--village", "roden", "--lang", "en")
    assert code == 0
    assert "3 released by residents; 0 approved, 0 rejected, 3 waiting for review" in out
    assert "removed: '06-12345678' (phone number)" in out
