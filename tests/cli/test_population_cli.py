"""planning population: the calibrated projection as staff and scripts read it."""

from __future__ import annotations

import csv
import json
import subprocess
import sys

from planning.workspace.folder import demo_path

#: CBS Kerncijfers wijken en buurten 2024 (85984NED), inhabitants on 1 January 2024
CBS_2024 = {"Noordenveld": 31686, "Westerveld": 20003}


def run(*args: str) -> subprocess.CompletedProcess[str]:
    cmd = [sys.executable, "-m", "planning.cli", "population", *args]
    return subprocess.run(cmd, capture_output=True, text=True, timeout=300)


def test_demo_meets_cbs_2024_within_one_percent() -> None:
    done = run("--json")
    assert done.returncode == 0, done.stderr
    data = json.loads(done.stdout)
    assert set(data) == {"rows", "assumptions"}
    assert set(data["rows"][0]) == {"village_id", "year", "age_band", "inhabitants"}
    years = {r["year"] for r in data["rows"]}
    assert years == set(range(2021, 2037))  # data year to the last horizon
    with open(demo_path() / "villages.csv", encoding="utf-8") as f:
        municipality = {r["village_id"]: r["municipality"] for r in csv.DictReader(f)}
    totals = {(name, year): 0.0 for name in CBS_2024 for year in (2024, 2035)}
    for row in data["rows"]:
        if row["year"] in (2024, 2035):
            totals[municipality[row["village_id"]], row["year"]] += row["inhabitants"]
    for name, counted in CBS_2024.items():
        assert abs(totals[name, 2024] / counted - 1) < 0.01, (name, totals[name, 2024], counted)
        # the steepest fall of a Drenthe municipality to 2035 in the PBL/CBS regional
        # forecast is -9,2%; neither demo municipality may fall faster
        assert totals[name, 2035] / totals[name, 2024] - 1 > -0.092
    assert data["assumptions"]["institutions"] == ["boschoord", "veenhuizen"]


def test_one_village_in_dutch() -> None:
    done = run("--village", "boschoord")
    assert done.returncode == 0, done.stderr
    out = done.stdout
    assert out.startswith("Boschoord: inwoners per leeftijdsklasse")
    assert "2024*" in out and "instelling" in out and "Bron: CBS" in out
    assert "totaal" in out and "225" in out
    bad = run("--village", "nergens")
    assert bad.returncode == 2 and "nergens" in bad.stderr
