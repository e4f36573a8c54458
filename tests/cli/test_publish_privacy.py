"""Personal data in residents' answers does not reach the terminal, the plan's XLSX or its PDF.

The annotated answers (tests/unit/survey/fixtures/privacy_answers.json) go the real way:
``planning survey import`` of an export, the quotes approved (``helpers.publication.approve``),
the plan built and written; the files' text is searched for every annotated occurrence.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from helpers.publication import approve, respondents, where, write_export, xlsx_text
from helpers.report import pdf_text
from helpers.tiny import write_workspace

from planning.cli import main
from planning.plan.build import build_plan
from planning.report.xlsx import write_xlsx
from planning.store import open_store
from planning.store.followup import upsert_contacts
from planning.survey.scrub_eval import evaluate, leaks_in_document, load_answers
from planning.workspace.folder import open_workspace

FIXTURE = Path(__file__).parents[1] / "unit" / "survey" / "fixtures" / "privacy_answers.json"
VILLAGES = ["roden", "nieuw-roden", "een"]


@pytest.fixture
def imported(tmp_path: Path, capsys) -> tuple[Path, list, dict, str]:
    """The tiny workspace with every fixture answer imported and released by its writer;
    the fixture's follow-up contacts are in the store, each in another village than the
    answer that names them."""
    ws = write_workspace(tmp_path / "ws")
    answers, contacts = load_answers(FIXTURE)
    place = where(answers, VILLAGES)
    records = []
    for i, contact in enumerate(contacts):
        naming = [a for a in answers if contact["name"].lower() in a.text.lower()]
        assert naming, contact["name"]
        quoted_in = place[naming[0].id][1]
        elsewhere = next(v for v in VILLAGES if v != quoted_in)
        records.append(
            {
                "respondent_id": f"contact-{i}",
                "source": "telefoon",
                "village_id": elsewhere,
                "name": contact["name"],
                "phone": contact.get("phone"),
                "email": contact.get("email"),
                "contact_requested": True,
            }
        )
    store = open_store(ws)
    with store.transaction() as conn:
        upsert_contacts(conn, records)
    store.dispose()
    export = write_export(tmp_path, respondents(answers, VILLAGES))
    code = main(["survey", "import", str(export), "--workspace", str(ws)])
    out = capsys.readouterr().out
    assert code == 0, out
    return ws, answers, place, out


def _plan_quotes(ws: Path, village: str, out: Path) -> tuple[str, dict[int, str]]:
    plan = build_plan(open_workspace(ws), village)
    text, quotes = xlsx_text(write_xlsx(plan, out / f"{village}.xlsx"))
    return text, {int(h): q for h, q in quotes}


def test_the_import_prints_no_personal_data(imported) -> None:
    _, answers, _, out = imported
    assert "niet gecodeerd" in out  # the examples are still shown, scrubbed
    assert leaks_in_document(answers, out) == []


def test_one_plan_as_pdf_and_xlsx_through_the_command(imported, tmp_path: Path) -> None:
    """The respondent whose answers name a follow-up contact of another village, exported
    with ``planning export``: the quotes are there, scrubbed, and their personal data not."""
    ws, answers, place, _ = imported
    naming = next(a for a in answers if "hennie lubbers" in a.text)
    respondent, village, _ = place[naming.id]
    approve(ws, [respondent])
    mine = [a for a in answers if place[a.id][0] == respondent]
    outdir = tmp_path / "out"
    for fmt in ("pdf", "xlsx"):
        args = ["export", "--village", village, "--format", fmt, "--out", str(outdir)]
        assert main([*args, "--workspace", str(ws)]) == 0
    pdf = " ".join(pdf_text(outdir / f"dorpsplan-{village}.pdf").split())
    xlsx, quotes = xlsx_text(outdir / f"dorpsplan-{village}.xlsx")
    assert len(quotes) == 3 and any("[naam]" in q for _, q in quotes)
    for _, quote in quotes:
        assert " ".join(quote.split()) in pdf
    assert leaks_in_document(mine, pdf) == [] and leaks_in_document(mine, xlsx) == []
    assert "lubbers" not in pdf.lower() and "lubbers" not in xlsx.lower()


@pytest.mark.slow
def test_every_answer_through_the_plan(imported, tmp_path: Path) -> None:
    """All answers, three respondents (one per village) approved at a time, each plan
    written as XLSX: the 'Done when' figures of issue 22, printed per kind."""
    ws, answers, place, _ = imported
    published: dict[str, str | None] = {}
    documents = []
    respondents_by_village: dict[str, list[str]] = {}
    for respondent, village, _ in sorted(set(place.values())):
        if respondent not in respondents_by_village.setdefault(village, []):
            respondents_by_village[village].append(respondent)
    rounds = max(len(r) for r in respondents_by_village.values())
    for k in range(rounds):
        batch = {v: ids[k] for v, ids in respondents_by_village.items() if k < len(ids)}
        approve(ws, batch.values())
        for village, respondent in batch.items():
            text, quotes = _plan_quotes(ws, village, tmp_path)
            documents.append(text)
            for answer in answers:
                who, where_, horizon = place[answer.id]
                if who == respondent and where_ == village:
                    published[answer.id] = quotes.get(horizon)
    figures = evaluate(answers, lambda a: published[a.id])
    print("\n".join(["issue 22 through import -> plan XLSX:", *figures.lines()]))
    assert figures.met, (figures.lines(), figures.leaks, figures.clean_altered)
    leaks = leaks_in_document(answers, "\n".join(documents))
    assert [leak for leak in leaks if leak[1] != "name"] == []
    assert len([leak for leak in leaks if leak[1] == "name"]) <= 0.15 * figures.occurrences["name"]
