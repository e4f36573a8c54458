"""planning scenario import/export/list/choose/evaluate, run as staff run them."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
CLI = "import sys; from planning.cli import main; sys.exit(main())"


def planning(ws: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", CLI, *args, "--workspace", str(ws)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=120,
    )


def test_demo_scenarios_load_and_round_trip(demo_ws: Path, tmp_path: Path) -> None:
    listed = planning(demo_ws, "scenario", "list", "--json")
    assert listed.returncode == 0, listed.stderr
    rows = json.loads(listed.stdout)
    villages = {r["village_id"] for r in rows}
    assert {"roden", "peize", "norg", "havelte", "diever", "dwingeloo", "vledder"} <= villages
    for village in villages:
        mine = [r for r in rows if r["village_id"] == village]
        assert 2 <= len(mine) <= 3
        assert sum(r["chosen"] for r in mine) == 1
    assert (demo_ws / "store.sqlite").exists()

    exported = planning(demo_ws, "scenario", "export", "Basis", "--village", "roden")
    assert exported.returncode == 0, exported.stderr
    assert exported.stdout.startswith('name = "Basis"\nvillage_id = "roden"\n')
    source = (demo_ws / "scenarios" / "roden--basis.toml").read_text(encoding="utf-8")
    assert exported.stdout == source
    path = tmp_path / "basis.toml"
    path.write_text(exported.stdout, encoding="utf-8")
    imported = planning(demo_ws, "scenario", "import", str(path), "--json")
    assert imported.returncode == 0, imported.stderr
    assert json.loads(imported.stdout) == {"scenario": "Basis", "village_id": "roden", "version": 2}
    again = planning(demo_ws, "scenario", "export", "Basis", "--village", "roden")
    assert again.stdout == exported.stdout

    chose = planning(demo_ws, "scenario", "choose", "Basis", "--village", "roden")
    assert chose.returncode == 0, chose.stderr
    rows = json.loads(planning(demo_ws, "scenario", "list", "--village", "roden", "--json").stdout)
    assert [r["name"] for r in rows if r["chosen"]] == ["Basis"]
    assert {r["name"]: r["versions"] for r in rows}["Basis"] == 2


def test_invalid_file_writes_nothing(demo_ws: Path, tmp_path: Path) -> None:
    bad = tmp_path / "fout.toml"
    bad.write_text(
        'name = "Nieuw"\nvillage_id = "roden"\n\n[[actions]]\ntitle = "Koffie"\n'
        'kind = "activity"\nfacility_id = "roden-dorpshuiz"\nstart_year = 2030\n'
        "end_year = 2028\n",
        encoding="utf-8",
    )
    result = planning(demo_ws, "scenario", "import", str(bad))
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    assert "fout.toml" in result.stderr
    assert "actie 1 ('Koffie'): onbekende voorziening 'roden-dorpshuiz'" in result.stderr
    assert "het startjaar 2030 ligt na het eindjaar 2028" in result.stderr
    assert not (demo_ws / "store.sqlite").exists()  # nothing written, not even a store
    missing = planning(demo_ws, "scenario", "export", "Bassis", "--village", "roden")
    assert missing.returncode == 2 and "bedoelt u 'Basis'?" in missing.stderr


def test_evaluate_json(demo_ws: Path) -> None:
    result = planning(demo_ws, "scenario", "evaluate", "--village", "roden", "--json")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["village_id"] == "roden"
    assert set(data["horizons"]) == {"3", "5", "10"}
    for h in data["horizons"].values():
        assert {"demand", "supply", "coverage", "distance_coverage", "costs", "volunteers"} <= set(
            h
        )


def test_scenario_file_that_does_not_fit_is_left_out_with_reason(demo_ws: Path) -> None:
    """A workspace without Norg: Norg's scenario files cannot load, the rest still does."""
    import pandas as pd

    villages = pd.read_csv(demo_ws / "villages.csv", dtype=str)
    villages[villages["village_id"] != "norg"].to_csv(demo_ws / "villages.csv", index=False)
    for name in ("population.csv", "facilities.csv", "population_points.csv"):
        frame = pd.read_csv(demo_ws / name, dtype=str, keep_default_na=False)
        frame[frame["village_id"] != "norg"].to_csv(demo_ws / name, index=False)
    for name in ("commitments.csv",):
        frame = pd.read_csv(demo_ws / name, dtype=str, keep_default_na=False)
        frame[frame["village_id"] != "norg"].to_csv(demo_ws / name, index=False)
    responses = demo_ws / "survey" / "responses.csv"
    frame = pd.read_csv(responses, dtype=str, keep_default_na=False)
    frame[frame["village_id"] != "norg"].to_csv(responses, index=False)

    listed = planning(demo_ws, "scenario", "list", "--json")
    assert listed.returncode == 0, listed.stderr
    rows = json.loads(listed.stdout)
    assert "norg" not in {r["village_id"] for r in rows}
    assert {"roden", "peize"} <= {r["village_id"] for r in rows}
    assert "let op: scenarios/norg--basis.toml: overgeslagen" in listed.stderr
    assert "onbekende kern 'norg'" in listed.stderr
    assert "chosen.toml" in listed.stderr
