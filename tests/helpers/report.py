"""Helpers for the report tests: small workspaces, survey rows, PDF text."""

from __future__ import annotations

import csv
import shutil
import subprocess
from pathlib import Path

import pandas as pd

VILLAGE_TABLES = ("villages", "population", "facilities", "commitments", "population_points")

RESPONSE_COLUMNS = [
    "respondent_id",
    "village_id",
    "channel",
    "collected_on",
    "age_band",
    "importance_loneliness",
    "need_3y",
    "need_5y",
    "need_10y",
    "need_3y_themes",
    "need_5y_themes",
    "need_10y_themes",
    "volunteer",
    "contact_requested",
    "quote_publishable",
]


def keep_villages(ws: Path, keep: list[str]) -> Path:
    """Trim a demo copy to a few villages (fast --all runs)."""
    for name in VILLAGE_TABLES:
        path = ws / f"{name}.csv"
        frame = pd.read_csv(path, dtype=str, keep_default_na=False)
        frame[frame["village_id"].isin(keep)].to_csv(path, index=False)
    responses = ws / "survey" / "responses.csv"
    if responses.is_file():  # answers from the other villages would fail the check
        frame = pd.read_csv(responses, dtype=str, keep_default_na=False)
        frame[frame["village_id"].isin(keep)].to_csv(responses, index=False)
    prov = ws / "provisions.csv"
    frame = pd.read_csv(prov, dtype=str, keep_default_na=False)
    ok = frame["villages"].map(lambda v: v == "*" or set(v.split(";")) <= set(keep))
    frame[ok].to_csv(prov, index=False)
    scenarios = ws / "scenarios"
    if scenarios.is_dir():
        for path in scenarios.glob("*--*.toml"):
            if path.name.split("--")[0] not in keep:
                path.unlink()
        chosen = scenarios / "chosen.toml"
        if chosen.exists():
            lines = chosen.read_text(encoding="utf-8").splitlines()
            kept = [ln for ln in lines if "=" not in ln or ln.split("=")[0].strip() in keep]
            chosen.write_text("\n".join(kept) + "\n", encoding="utf-8")
    return ws


def write_responses(ws: Path, rows: list[dict[str, object]]) -> Path:
    """survey/responses.csv in the canonical form, replacing any there."""
    folder = ws / "survey"
    if folder.exists():
        shutil.rmtree(folder)
    folder.mkdir()
    path = folder / "responses.csv"
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.DictWriter(handle, RESPONSE_COLUMNS)
        writer.writeheader()
        for i, row in enumerate(rows, start=1):
            base = {
                "respondent_id": f"r{i:04d}",
                "channel": "online",
                "collected_on": "2026-10-01",
                "age_band": "40-44",
                "importance_loneliness": 3,
                "volunteer": "nee",
                "contact_requested": "nee",
                "quote_publishable": "nee",
            }
            writer.writerow({**base, **row})
    return path


def pdf_text(path: Path, layout: bool = False) -> str:
    """The PDF's text (pdftotext where installed, else pypdf), soft breaks removed."""
    if shutil.which("pdftotext"):
        args = ["pdftotext", "-enc", "UTF-8", *(["-layout"] if layout else []), str(path), "-"]
        out = subprocess.run(args, check=True, capture_output=True).stdout.decode("utf-8")
    else:
        from pypdf import PdfReader

        out = "\n".join(page.extract_text() or "" for page in PdfReader(path).pages)
    return out.replace("\u200b", "").replace("\u00ad", "")


EXAMPLE_SCENARIO = Path(__file__).resolve().parents[2] / "docs" / "roden-voorbeeldscenario.toml"


def add_scenario(ws: Path, toml: Path = EXAMPLE_SCENARIO, choose: bool = True) -> str:
    """Save a scenario file into the workspace's store (and mark it chosen)."""
    from planning.store import open_store
    from planning.store import scenarios as stored
    from planning.workspace.folder import open_workspace
    from planning.workspace.scenario_file import check, load_toml

    scenario = check(open_workspace(ws), load_toml(toml))
    store = open_store(ws)
    stored.save_scenario(store, scenario)
    if choose:
        stored.choose(store, scenario.name, scenario.village_id)
    store.dispose()
    return scenario.name


def drop_survey(ws: Path, village_id: str) -> Path:
    """Remove one village's survey answers (a village where no survey was held yet)."""
    path = ws / "survey" / "responses.csv"
    frame = pd.read_csv(path, dtype=str, keep_default_na=False)
    frame[frame["village_id"] != village_id].to_csv(path, index=False)
    return ws
