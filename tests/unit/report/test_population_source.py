"""Every page that shows inhabitants says where they come from and on which date (issue 21):
the plan's cover, summary, village page and method, the XLSX, and ``planning population``."""

from __future__ import annotations

import io
import subprocess
import sys
from pathlib import Path

import pytest
from helpers.register import DWINGELOO_2024, DWINGELOO_2025, write_register
from helpers.report import keep_villages, pdf_text
from openpyxl import load_workbook

from planning.plan.build import build_plan
from planning.report.payload import to_payload
from planning.report.pdf import write_pdf
from planning.report.xlsx import render_xlsx
from planning.workspace.folder import open_workspace

REGISTER_LINE = "Bron: BRP gemeente Westerveld, 1 januari 2025"


@pytest.fixture
def register_ws(demo_ws: Path) -> Path:
    keep_villages(demo_ws, ["dwingeloo", "diever"])
    write_register(
        demo_ws,
        {("dwingeloo", "2024-01-01"): DWINGELOO_2024, ("dwingeloo", "2025-01-01"): DWINGELOO_2025},
    )
    return demo_ws


def test_plan_names_the_register_and_its_date(register_ws: Path, tmp_path: Path) -> None:
    ws = open_workspace(register_ws)
    plan = build_plan(ws, "dwingeloo")
    total = sum(DWINGELOO_2025)  # 2.698
    assert (plan.inhabitants, plan.data_year) == (total, 2025)
    assert plan.population_source == REGISTER_LINE
    assumptions = " ".join(plan.projection_assumptions)
    assert "Bevolking: de inwoners van 1 januari 2025 (BRP gemeente Westerveld)" in assumptions
    assert "ook 2026 is dus een prognose" in assumptions
    assert "Migratie in Dwingeloo: eigen verandering per leeftijdsklasse" in assumptions
    assert "1 januari 2024 en 1 januari 2025" in assumptions
    # 2.717 counted in 2024 less deaths plus births is within a person of the 2.698 of 2025:
    # no net migration over all ages, while the 20-24 year olds left
    assert "+0,00% per jaar over alle leeftijden" in assumptions
    meta = to_payload(plan)["meta"]
    assert meta["population"] == "2.698 inwoners (2025)"
    assert meta["population_source"] == REGISTER_LINE
    text = " ".join(pdf_text(write_pdf(plan, tmp_path / "dwingeloo.pdf")).split())
    assert "2.698 inwoners (2025)" in text  # the cover, count and year together
    assert "inwoners (2025)" in text  # the summary's fact
    assert f"Dwingeloo telde 2.698 inwoners (2025). {REGISTER_LINE}." in text
    assert text.count(REGISTER_LINE) >= 3  # cover, village page, method's sources
    assert "BRP 1 januari 2025" in text  # the age table's first column
    book = load_workbook(io.BytesIO(render_xlsx(plan)))
    cells = {str(c.value) for sheet in book.worksheets for row in sheet.iter_rows() for c in row}
    assert REGISTER_LINE in cells
    assert any(REGISTER_LINE in c for c in cells if c.startswith(REGISTER_LINE))


def test_a_kern_without_register_says_cbs_2021(register_ws: Path) -> None:
    ws = open_workspace(register_ws)
    plan = build_plan(ws, "diever")
    assert plan.population_source == "Bron: CBS, 1 januari 2021, per postcodegebied"
    assert to_payload(plan)["meta"]["population"] == "2.520 inwoners (2021)"
    assumptions = " ".join(plan.projection_assumptions)
    assert "Migratie naar leeftijd: het saldo van elke kern" in assumptions
    assert "op 18 tot en met 22 jaar -5,07% per jaar" in assumptions
    assert "Trendbureau Drenthe" in assumptions
    english = build_plan(ws, "diever", lang="en")
    assert english.population_source == "Source: CBS, 1 January 2021, per postcode area"
    assert to_payload(english)["meta"]["population"] == "2,520 inhabitants (2021)"


def test_population_command_prints_source_and_own_migration(register_ws: Path) -> None:
    cmd = [sys.executable, "-m", "planning.cli", "population", "--workspace", str(register_ws)]
    done = subprocess.run(cmd, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    out = done.stdout
    dwingeloo = out[out.index("Dwingeloo:") :]
    assert dwingeloo.splitlines()[1] == REGISTER_LINE
    assert "eigen migratie uit het register, 1 januari 2024 tot 1 januari 2025" in dwingeloo
    assert "Hamilton–Perry" in dwingeloo
    diever = out[out.index("Diever:") : out.index("Dwingeloo:")]
    assert diever.splitlines()[1] == "Bron: CBS, 1 januari 2021, per postcodegebied"
    assert "Drents cohortpatroon" in diever


def test_start_table_and_scenario_evaluation_say_when_counted(register_ws: Path) -> None:
    from planning.plan.overview import village_status
    from planning.scenarios.evaluate import evaluate
    from planning.widgets.scenario_evaluation import evaluation_html

    ws = open_workspace(register_ws)
    status = village_status(ws)
    assert status.loc["dwingeloo", "inwoners"] == sum(DWINGELOO_2025)
    assert status.loc["dwingeloo", "geteld"] == "BRP 1 januari 2025"
    assert status.loc["diever", "geteld"] == "CBS 2021"
    html = evaluation_html(ws, evaluate(ws, None, village_id="dwingeloo"))
    assert f"Inwoners vooruitgerekend vanaf de telling: {REGISTER_LINE}." in html
