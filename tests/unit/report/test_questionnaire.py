"""The printable questionnaire read back from its PDF, and a sheet's number entered."""

from __future__ import annotations

import re
from pathlib import Path

from helpers.report import pdf_text
from pypdf import PdfReader

from planning.cli import main
from planning.widgets.entry_form import EntryForm


def _form(demo_ws: Path, out: Path, *extra: str) -> Path:
    args = ["survey", "form", "--village", "roden", "--out", str(out), "--workspace", str(demo_ws)]
    assert main([*args, *extra]) == 0
    return out


def test_questionnaire_text_numbers_and_privacy(demo_ws: Path, tmp_path: Path) -> None:
    folder = _form(demo_ws, tmp_path, "--count", "3")
    pdf = folder / "vragenlijst-roden.pdf"
    flat = " ".join(pdf_text(pdf).split())
    assert "Wat is er nodig in Roden" in flat
    for theme in ("Eenzaamheid", "Mantelzorg", "Armoede en schulden", "Ontmoeting"):
        assert theme in flat
    for years in (3, 5, 10):
        assert f"Wat is er over {years} jaar nodig" in flat
    assert re.findall(r"Nr: (roden-\d{3})", flat)[::2] == ["roden-001", "roden-002", "roden-003"]
    for words in (
        "Wilt u als vrijwilliger meehelpen?",
        "Mogen wij u terugbellen",
        "Uw gegevens (AVG)",
    ):
        assert words in flat
    for part in ("Wat wij bewaren", "Wie: Demo Noordenveld en Westerveld", "Hoe lang", "Intrekken"):
        assert part in flat
    assert "75 jaar of ouder" in flat and "jonger dan 18" in flat
    box = PdfReader(pdf).pages[0].mediabox
    assert (round(float(box.width) / 72 * 25.4), round(float(box.height) / 72 * 25.4)) == (210, 297)


def test_large_type_and_english(demo_ws: Path, tmp_path: Path) -> None:
    normal = PdfReader(_form(demo_ws, tmp_path / "n", "--count", "1") / "vragenlijst-roden.pdf")
    large = PdfReader(
        _form(demo_ws, tmp_path / "g", "--count", "1", "--large") / "vragenlijst-roden-groot.pdf"
    )
    assert len(large.pages) > len(normal.pages)
    english = _form(demo_ws, tmp_path / "e", "--count", "1", "--lang", "en")
    flat = " ".join(pdf_text(english / "questionnaire-roden.pdf").split())
    assert "What is needed in Roden" in flat and "Loneliness" in flat and "Your data (GDPR)" in flat


def test_a_returned_sheet_is_entered_under_its_number(demo_ws: Path, tmp_path: Path) -> None:
    pdf = _form(demo_ws, tmp_path, "--count", "1", "--first", "7") / "vragenlijst-roden.pdf"
    number = re.search(r"Nr: (\S+)", pdf_text(pdf)).group(1)
    form = EntryForm(demo_ws, village="roden")
    form.number.value = number
    form.age.value = "55 t/m 74 jaar"  # as ticked on paper
    form.save.click()
    responses = (demo_ws / "survey" / "responses.csv").read_text(encoding="utf-8")
    assert number == "roden-007" and "roden-007,roden,paper" in responses and ",55-74," in responses
