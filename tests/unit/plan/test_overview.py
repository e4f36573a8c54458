"""The start overview (notebook 00) and the notebook's safety net."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pandas as pd
from helpers.tiny import table, write_csv

from planning.plan.overview import problem_table, problems_message, village_status
from planning.workspace.folder import open_workspace

ROOT = Path(__file__).resolve().parents[3]


def test_village_status(tiny_ws: Path) -> None:
    (tiny_ws / "survey").mkdir()
    write_csv(
        tiny_ws / "survey" / "responses.csv",
        [
            ["respondent_id", "village_id", "channel"],
            ["r1", "roden", "market"],
            ["r2", "roden", "online"],
            ["r3", "een", "paper"],
        ],
    )
    status = village_status(open_workspace(tiny_ws))
    assert list(status.columns) == [
        "kern", "gemeente", "inwoners", "geteld", "voorzieningen", "respondenten"
    ]  # fmt: skip
    assert list(status.index) == ["roden", "nieuw-roden", "een"]
    assert status.loc["roden"].tolist() == ["Roden", "Noordenveld", 1834, "CBS 2021", 1, 2]
    assert status.loc["een"].tolist() == ["Eén", "Noordenveld", 115, "CBS 2021", 1, 1]
    assert status.loc["nieuw-roden", "respondenten"] == 0


def test_village_status_in_english_and_on_the_demo() -> None:
    ws = open_workspace(ROOT / "data" / "demo")
    status = village_status(ws, lang="en")
    assert list(status.columns) == [
        "village",
        "municipality",
        "inhabitants",
        "counted",
        "facilities",
        "respondents",
    ]
    assert len(status) == len(ws.villages)
    assert status["inhabitants"].sum() == ws.summary()["inhabitants"]
    assert status["facilities"].sum() == len(ws.facilities)


def test_village_status_without_population(tiny_ws: Path) -> None:
    (tiny_ws / "population.csv").unlink()
    status = village_status(open_workspace(tiny_ws))
    assert status["inwoners"].isna().all()
    assert status["voorzieningen"].tolist() == [1, 1, 1]


def test_problem_table(tiny_ws: Path) -> None:
    ws = open_workspace(tiny_ws)
    assert problems_message(ws) == "Geen problemen gevonden"
    assert problem_table(ws).empty
    rows = table("facilities")
    rows[2][rows[0].index("village_id")] = "nieuw roden"
    write_csv(tiny_ws / "facilities.csv", rows)
    (tiny_ws / "partners.csv").unlink()
    ws = open_workspace(tiny_ws)
    frame = problem_table(ws)
    assert problems_message(ws) == "2 problemen gevonden"
    assert list(frame.columns) == ["bestand", "rij", "kolom", "waarde", "probleem"]
    first = frame.iloc[0]
    assert (first["bestand"], first["rij"], first["kolom"], first["waarde"]) == (
        "facilities.csv",
        3,
        "village_id",
        "nieuw roden",
    )
    assert pd.isna(frame.iloc[1]["rij"])
    assert "bestand ontbreekt" in frame.iloc[1]["probleem"]
    assert problems_message(ws, lang="en") == "2 problems found"


def test_notebooks_use_a_copy_of_the_demo() -> None:
    # set by the root conftest.py (or by the caller) before nbval starts any kernel
    chosen = Path(os.environ["PLANNING_WORKSPACE"]).resolve()
    assert chosen != (ROOT / "data" / "demo").resolve()
    assert (chosen / "workspace.toml").is_file()


def test_start_notebook_is_saved_clean() -> None:
    nb = json.loads((ROOT / "notebooks" / "00_start.ipynb").read_text(encoding="utf-8"))
    code = [c for c in nb["cells"] if c["cell_type"] == "code"]
    assert all(c["outputs"] == [] and c["execution_count"] is None for c in code)
    assert "parameters" in code[0]["metadata"].get("tags", [])
    assert "".join(code[0]["source"]).strip().endswith("workspace = None")
    text = "".join("".join(c["source"]) for c in nb["cells"])
    assert "/work/" not in text and "/root/" not in text
