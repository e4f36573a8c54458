"""The review page: staff approve, edit or reject a quote with buttons, and the store (and
so the plan) holds exactly that."""

from __future__ import annotations

from pathlib import Path

from helpers.report import write_responses

from planning.plan.build import build_plan
from planning.survey.privacy import REDACTED
from planning.survey.quote_review import quotes
from planning.widgets.quote_review import QuoteReview
from planning.workspace.folder import open_workspace


def test_buttons_record_decisions_and_the_plan_follows(demo_ws: Path) -> None:
    write_responses(
        demo_ws,
        [
            {"village_id": "roden", "need_3y": "Een buurtkamer bij de Brink",
             "need_5y": "Koffie met buurvrouw Annie, bel 06-12345678",
             "quote_publishable": "ja"},
            {"village_id": "roden", "need_10y": "Een jeu-de-boulesbaan", "quote_publishable": "ja"},
        ],
    )  # fmt: skip
    ws = open_workspace(demo_ws)
    view = QuoteReview(ws, village="roden")
    assert [v for _, v in view.quote.options] == ["r0001:3", "r0001:5", "r0002:10"]
    assert "3 wachten op beoordeling" in view.counts.value
    view.by.value = "Anna"
    view.quote.value = "r0001:5"  # the phone number is struck through, not printed
    assert "<s " in view.detail.value and "06-12345678" in view.detail.value
    assert "alleen met aangepaste tekst" in view.detail.value
    assert view.wording.value == "Koffie met buurvrouw [naam], bel [telefoon]"  # edit from this
    view.wording.value = "Koffie met buurvrouw Annie"
    view.approve_edited.click()
    assert "Citaat r0001:5: aangepast en goedgekeurd." in view.status.value
    view.show_all.value = True
    view.quote.value = "r0002:10"
    view.reject.click()
    view.approve_all.click()  # the one still waiting
    assert "Alle wachtende citaten goedgekeurd: 1" in view.status.value
    states = {q.id: (q.state, q.decided_by, q.published) for q in quotes(ws, "roden")}
    assert states == {
        "r0001:3": ("approved", "Anna", "Een buurtkamer bij de Brink"),
        "r0001:5": ("edited", "Anna", "Koffie met buurvrouw Annie"),
        "r0002:10": ("rejected", "Anna", None),
    }
    texts = [q["text"] for q in build_plan(ws, "roden").quotes]
    assert texts == ["Een buurtkamer bij de Brink", "Koffie met buurvrouw Annie"]
    assert REDACTED not in " ".join(texts)
    view.show_all.value = False
    assert view.quote.options == () and "geen citaat" in view.detail.value


def test_english_page(demo_ws: Path) -> None:
    write_responses(demo_ws, [{"village_id": "een", "need_3y": "Een dorpsfeest",
                               "quote_publishable": "ja"}])  # fmt: skip
    view = QuoteReview(demo_ws, village="een", lang="en")
    assert view.approve.description == "Approve" and "1 waiting for review" in view.counts.value
