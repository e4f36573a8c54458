"""The scrubber on its own: every kind of personal data the issue names, clean text that
must stay as written, the API a review screen uses, and the figures on the annotated answers."""

from __future__ import annotations

from pathlib import Path

import pytest

from planning.survey.scrub_eval import evaluate, load_answers
from planning.survey.scrubber import KINDS, Span, localise, scrub_text

FIXTURES = Path(__file__).parent / "fixtures"


@pytest.mark.parametrize(
    ("text", "kind", "found"),
    [
        ("bel 050 - 123 45 67 na zessen", "phone", "050 - 123 45 67"),
        ("tel 06–12345678 (en dash)", "phone", "06–12345678"),
        ("bel O6-12345678 maar", "phone", "O6-12345678"),
        ("over de grens: +49 5921 123456", "phone", "+49 5921 123456"),
        ("belgisch nummer 0032 477 12 34 56 ok", "phone", "0032 477 12 34 56"),
        ("mail jan . jansen @ hotmail . com svp", "email", "jan . jansen @ hotmail . com"),
        ("g.bakker apenstaartje gmail punt com", "email", "g.bakker apenstaartje gmail punt com"),
        ("hilda[at]kpnmail[dot]nl", "email", "hilda[at]kpnmail[dot]nl"),
        ("ik woon Hoofdstraat 12, kom langs", "address", "Hoofdstraat 12"),
        ("kom naar Brink 3a", "address", "Brink 3a"),
        ("Kerkweg 12-II heeft geen stoep", "address", "Kerkweg 12-II"),
        ("op de esweg nr 7 is het druk", "address", "esweg nr 7"),
        ("de Molenlaan 2 bis", "address", "Molenlaan 2 bis"),
        ("wij wonen in 9301 ab", "postcode", "9301 ab"),
        ("postcode 9301AB", "postcode", "9301AB"),
        ("moeder, geb. 12-03-1948, woont alleen", "birth_date", "12-03-1948"),
        ("ik ben geboren 3 maart 1948", "birth_date", "3 maart 1948"),
        ("bsn 111222333 voor de wmo", "bsn", "111222333"),
        ("bsn 123.456.782", "bsn", "123.456.782"),
        ("iban NL91ABNA0417164300 tnv", "iban", "NL91ABNA0417164300"),
        ("iban nl44 rabo 0123 4567 89", "iban", "nl44 rabo 0123 4567 89"),
        ("de auto 12-ABC-3 staat er", "plate", "12-ABC-3"),
        ("kenteken XG-123-B", "plate", "XG-123-B"),
        ("mevr. de Vries is eenzaam", "name", "de Vries"),
        ("Jan v.d. Berg organiseert het", "name", "Jan v.d. Berg"),
        ("buurvrouw Annie komt niet meer", "name", "Annie"),
        ("mijn zoon Kevin verveelt zich", "name", "Kevin"),
        ("mw. J.H. Scholten-Brink hef de bieb gedaan", "name", "J.H. Scholten-Brink"),
        ("buurvrouw annie komt ook", "name", "annie"),
    ],
)
def test_each_kind_the_issue_names_is_found(text: str, kind: str, found: str) -> None:
    spans = scrub_text(text).spans
    assert [(s.kind, s.text) for s in spans] == [(kind, found)]


@pytest.mark.parametrize(
    "text",
    [
        "VOOR 2026 EN 2027 MOETEN ER MEER BANKJES KOMEN",
        "in 2026 wil ik op de Brink koffie kunnen drinken",
        "een jeugdsoos, kost € 1.500 per jaar",
        "open ma t/m vr 9.00-12.00 en om 12-03 uur niet",
        "voor hulp bij geldzaken 0800-8115 bellen, of 0900-1234567",
        "de Luisterlijn 088 0767 000",
        "de Hervormde Kerk en v.v. Peize",
        "huisartsenpraktijk De Es en de Hoofdstraat",
        "bsn 123456789 is geen bsn en NL91ABNA0417164301 geen iban",
        "op de Hoofdstraat 12 keer per dag een vrachtwagen",
        "postcode 9301 is groot",
        # dates whose eight digits pass the 11-test are dates, not a BSN (a rejected row's
        # survey date read as [BSN]); a birth date is found by its cue
        "ingevuld op 12-01-2026, of 2026-01-12",
    ],
)
def test_clean_text_stays_as_written(text: str) -> None:
    assert scrub_text(text).published == text


def test_the_review_api_shows_what_goes_and_gives_a_word_back() -> None:
    result = scrub_text("Vraag aan buurvrouw Roos of bel 06-12345678")
    assert result.spans == (
        Span(20, 24, "name", "Roos"),
        Span(32, 43, "phone", "06-12345678"),
    )
    assert [s.certain for s in result.spans] == [False, True]
    assert result.published == "Vraag aan buurvrouw [naam] of bel [telefoon]"
    assert result.publish(keep={"roos"}) == "Vraag aan buurvrouw Roos of bel [telefoon]"
    assert result.publish(keep=[result.spans[0]]) == result.publish(keep={"Roos"})
    english = scrub_text(result.original, lang="en").published
    assert english == "Vraag aan buurvrouw [name] of bel [phone]"
    assert localise(result.published, "en") == english
    assert scrub_text(result.published).published == result.published  # twice: no change


def test_a_follow_up_contact_is_removed_in_any_case() -> None:
    text = "de sleutel ligt bij roelof oosting of bij Oosting zelf"
    assert scrub_text(text).published != text.replace("roelof oosting", "[naam]")
    known = scrub_text(text, names=["Roelof Oosting"]).published
    assert known == "de sleutel ligt bij [naam] of bij [naam] zelf"


def test_staff_wording_loses_only_identifiers_and_known_names() -> None:
    text = "Annie en Roelof Oosting, bel 06-12345678"
    edited = scrub_text(text, names=["Roelof Oosting"], guess_names=False)
    assert edited.published == "Annie en [naam], bel [telefoon]"
    assert scrub_text(text).published == "[naam] en [naam], bel [telefoon]"


@pytest.mark.parametrize("name", ["privacy_answers.json", "privacy_answers_heldout.json"])
def test_the_annotated_answers_meet_the_issues_figures(name: str) -> None:
    answers, contacts = load_answers(FIXTURES / name)
    known = [c["name"] for c in contacts]
    figures = evaluate(answers, lambda a: scrub_text(a.text, known).published)
    print("\n".join([name, *figures.lines()]))
    assert figures.met, (figures.leaks, figures.clean_altered)


def test_the_annotated_set_is_as_large_as_the_issue_asks() -> None:
    answers, _ = load_answers(FIXTURES / "privacy_answers.json")
    personal = [a for a in answers if not a.clean]
    assert len(answers) >= 80 and len(personal) >= 55 and len(answers) - len(personal) >= 25
    assert sum(len(a.gold) for a in personal) >= 60
    assert {kind for a in personal for kind, _ in a.gold} == set(KINDS)
    for answer in personal:
        for _, occurrence in answer.gold:
            assert occurrence in answer.text
