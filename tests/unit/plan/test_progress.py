"""Where each village stands (notebook 00) and where plans are written by default."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pandas as pd

from planning.plan.files import exported_plans, plans_dir
from planning.plan.overview import village_progress
from planning.workspace.folder import open_workspace


def _drop_responses(ws_path: Path, village_id: str) -> None:
    path = ws_path / "survey" / "responses.csv"
    frame = pd.read_csv(path, dtype=str, keep_default_na=False)
    frame[frame["village_id"] != village_id].to_csv(path, index=False, lineterminator="\n")


def _blank_quality(ws_path: Path, village_id: str) -> None:
    path = ws_path / "facilities.csv"
    frame = pd.read_csv(path, dtype=str, keep_default_na=False)
    first = frame.index[frame["village_id"] == village_id][0]
    frame.loc[first, "step_free"] = ""
    frame.to_csv(path, index=False, lineterminator="\n")


def test_progress_names_the_next_step_per_village(demo_ws: Path) -> None:
    _drop_responses(demo_ws, "alteveer")
    _blank_quality(demo_ws, "norg")
    ws = open_workspace(demo_ws)
    table = village_progress(ws)
    assert table.loc["alteveer", "enquête"] == "nee"
    assert table.loc["alteveer", "volgende stap"].startswith("behoeftepeiling houden")
    assert table.loc["norg", "voorzieningen in kaart"] == "onvolledig"
    assert table.loc["norg", "volgende stap"].startswith("voorzieningen in kaart brengen")
    # Geeuwenbrug (50 inhabitants) has no building of its own in the demo
    assert table.loc["geeuwenbrug", "voorzieningen in kaart"] == "geen"
    # Roden: surveyed, facilities complete, demo scenarios, but no plan yet
    roden = table.loc["roden"]
    assert roden["enquête"] == "ja" and roden["voorzieningen in kaart"] == "ja"
    assert roden["scenario's"] >= 2
    assert roden["dorpsplan"] == "nee"
    assert roden["volgende stap"].startswith("dorpsplan maken")


def test_export_goes_to_the_workspace_plans_folder_and_counts(demo_ws: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "planning.cli", "export", "--workspace", str(demo_ws),
         "--village", "roden", "--format", "xlsx", "--json"],
        capture_output=True, text=True, check=False,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    files = [Path(f) for f in json.loads(result.stdout)["files"]]
    ws = open_workspace(demo_ws)
    assert files == [plans_dir(ws) / "dorpsplan-roden.xlsx"]
    assert files[0].stat().st_mode & 0o044, "a plan must be readable by colleagues"
    assert exported_plans(ws, "roden") == files
    assert exported_plans(ws, "nieuw-roden") == []  # 'roden' is not a suffix match
    table = village_progress(ws, lang="en")
    assert table.loc["roden", "village plan"] == "yes"
    assert table.loc["roden", "next step"].startswith("monitor the effects")
