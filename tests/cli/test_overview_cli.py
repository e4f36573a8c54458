"""planning export --overview: one PDF and one sheet for every kern, figures checked by hand."""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import date
from pathlib import Path

import pandas as pd
from openpyxl import load_workbook
from pypdf import PdfReader


def planning(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "planning.cli", *args], capture_output=True, text=True, check=False
    )


def test_overview_pdf_and_sheet_through_the_command(demo_ws: Path, tmp_path: Path) -> None:
    made = planning(
        "export", "--overview", "--workspace", str(demo_ws), "--out", str(tmp_path),
        "--measure", "walk_share", "--json",
    )  # fmt: skip
    assert made.returncode == 0, made.stderr
    pdf, xlsx = (Path(f) for f in json.loads(made.stdout)["files"])
    assert pdf.name == "overzicht-kernen.pdf" and xlsx.name == "overzicht-kernen.xlsx"
    reader = PdfReader(pdf)
    assert reader.metadata.title.startswith("Overzicht van de kernen")
    words = " ".join(" ".join(p.extract_text() or "" for p in reader.pages).split())
    assert "Alle kernen" in words and "Werkwijze en bronnen" in words
    assert "Kaart van 42 kernen, gekleurd naar inwoners op loopafstand" in words
    for name in ("Roden", "Diever", "Zorgvlied"):
        assert name in words
    assert "nan" not in words.split() and "None" not in words and "True" not in words
    sheet = load_workbook(xlsx)["Overzicht"]
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0][0] == "kern" and len(rows) == 43
    by_name = {r[0]: r for r in rows[1:]}
    # Roden's inhabitants now: the projection's base year summed over its bands (by hand)
    from planning.analysis.population import project
    from planning.workspace.folder import open_workspace

    frame = project(open_workspace(demo_ws), "roden", horizons=(10,)).frame
    now = frame[frame["horizon"] == 0]
    assert by_name["Roden"][2] == round(now["inhabitants"].sum())
    old = now[now["age_band"].isin(["75-79", "80-84", "85-89", "90-94", "95+"])]
    assert abs(by_name["Roden"][4] - old["inhabitants"].sum() / now["inhabitants"].sum()) < 1e-9
    assert by_name["Diever"][-3] == "1 (15 juni 2023), gegenereerd"  # the demo's earlier plan


def test_unknown_measure_is_refused_with_the_choices(demo_ws: Path) -> None:
    said = planning("export", "--overview", "--workspace", str(demo_ws), "--measure", "foo")
    assert said.returncode == 2 and "growth_75, share_75_later" in said.stderr


def test_overview_rows_match_the_per_village_analyses(demo_ws: Path) -> None:
    """The every-kern shortcuts (primed needs and projection, one coverage) give the
    figures each village's own analyses give; suppression holds."""
    from planning.analysis.access import coverage
    from planning.analysis.gaps import gaps
    from planning.plan.council import council_overview
    from planning.workspace.folder import open_workspace

    ws = open_workspace(demo_ws)
    rows = council_overview(ws, date(2026, 12, 6)).rows.set_index("village_id")
    fresh = open_workspace(demo_ws)
    fresh.cache.clear()
    for vid in ("roden", "diever", "nijensleek"):
        table = gaps(fresh, vid, year=2036)
        robust = table[(table["verdict"] == "robust_gap") & (table["naming"] >= 5)]
        assert rows.at[vid, "robust_themes"] == list(robust["theme"])
        assert rows.at[vid, "walk_share"] == coverage(fresh, vid)[0]["share_within_walk"]
    small = rows[rows["respondents"] < 5]
    assert (small["robust_gaps"].isin(["<5", None]) | small["respondents"].eq(0)).all()
    assert rows.at["matsloot", "share_75_now"] == "<5"  # fewer than 5 aged 75+
    lapsing = ws.commitments[pd.to_numeric(ws.commitments["end_year"]).isin([2026, 2027])]
    assert rows["lapsing"].sum() == len(lapsing)


def test_overview_passes_pdf_ua_1_and_a_2a(demo_ws: Path) -> None:
    """The overview (its map with a text alternative, title and language set) compiles
    under Typst's PDF/UA-1 and PDF/A-2a checks, the ones planning.report.pdf will enforce."""
    import json
    from datetime import UTC, datetime

    from planning.plan.council import council_overview
    from planning.report.overview import overview_payload
    from planning.report.pdf import compiler
    from planning.workspace.folder import open_workspace

    ws = open_workspace(demo_ws)
    payload = overview_payload(ws, council_overview(ws, date(2026, 12, 6)), "growth_75", "nl")
    data = json.dumps(payload, ensure_ascii=False, sort_keys=True)
    pdf = compiler("overview.typ").compile(
        format="pdf",
        sys_inputs={"data": data},
        pdf_standards=["ua-1", "a-2a"],
        timestamp=datetime(2026, 12, 6, 12, tzinfo=UTC),
    )
    assert bytes(pdf).startswith(b"%PDF")
