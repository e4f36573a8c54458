"""The embedded demo workspace: clean, real CBS numbers, reproducible, and copyable."""

from __future__ import annotations

import csv
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from planning.workspace.folder import open_workspace

ROOT = Path(__file__).resolve().parents[2]
DEMO = ROOT / "data" / "demo"


def planning(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    result = subprocess.run(
        [sys.executable, "-m", "planning.cli", *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env={**os.environ, **(env or {})},
        timeout=120,
    )
    assert "Traceback" not in result.stderr, result.stderr
    return result


def cbs_population_by_municipality(realdata: Path) -> dict[str, int]:
    """CBS 2021: sum of the five-year age bands over each municipality's four-digit postcodes,
    computed with the csv module alone (independent of the workbook and of make_demo)."""
    folder = realdata / "postcodes"
    municipality: dict[str, str] = {}
    with open(folder / "certegis_postcodes_pc2_pc3_pc4_cbs2021.csv", encoding="utf-8") as f:
        for row in csv.DictReader(f):
            if len(row["postcode"]) == 4 and row["gemeente"] in ("Noordenveld", "Westerveld"):
                municipality[row["postcode"]] = row["gemeente"]
    totals = dict.fromkeys(sorted(set(municipality.values())), 0)
    bands = set()
    path = folder / "certegis_inwoners_per_postcode_leeftijd_cbs2021.csv"
    with open(path, encoding="utf-8") as f:
        for row in csv.DictReader(f):
            if row["postcode"] in municipality and row["inwoners"] not in ("", "NA"):
                totals[municipality[row["postcode"]]] += round(float(row["inwoners"]))
                bands.add(row["leeftijd"])
    assert len(bands) == 20  # 0-4 ... 95+
    return totals


def test_demo_is_the_default(monkeypatch: pytest.MonkeyPatch) -> None:
    import inspect

    from planning.workspace import folder as workspace

    monkeypatch.delenv("PLANNING_WORKSPACE", raising=False)
    assert workspace.default_workspace() == workspace.demo_path()
    # the test session hands out a pristine copy; the function itself finds data/demo
    assert inspect.unwrap(workspace.demo_path)().resolve() == DEMO.resolve()


def test_demo_checks_clean_and_matches_cbs(realdata: Path) -> None:
    result = planning("check", "--workspace", str(DEMO), "--json")
    assert result.returncode == 0, result.stdout
    data = json.loads(result.stdout)
    assert data["ok"] is True and data["problems"] == []
    counts = data["counts"]
    expected = cbs_population_by_municipality(realdata)
    assert counts["inhabitants_by_municipality"] == expected
    assert counts["inhabitants"] == sum(expected.values())
    assert counts["villages"] >= 40
    assert counts["facilities"] > counts["villages"]


def test_demo_tables() -> None:
    ws = open_workspace(DEMO)
    assert ws.problems == []
    assert ws.settings.generated is True
    assert ws.settings.base_year == 2026
    assert set(ws.population["year"]) == {2021}
    # more places in Roden than in Alteveer
    per_village = ws.facilities["village_id"].value_counts()
    assert per_village["roden"] > per_village.get("alteveer", 0)
    # population points add up to each village's CBS inhabitants
    points = ws.population_points.groupby("village_id")["inhabitants"].sum()
    assert points.to_dict() == ws.inhabitants()[points.index].to_dict()
    readme = (DEMO / "README.md").read_text(encoding="utf-8")
    assert "Bron: CBS" in readme and "Gegenereerd" in readme


def test_make_demo_is_byte_for_byte_reproducible(realdata: Path, tmp_path: Path) -> None:
    out = tmp_path / "regen"
    result = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "demo" / "make_demo.py"), "--out", str(out)],
        capture_output=True,
        text=True,
        timeout=300,
        cwd=ROOT,
    )
    assert result.returncode == 0, result.stderr
    committed = sorted(
        p.relative_to(DEMO)
        for p in DEMO.rglob("*")
        if p.is_file() and not p.name.startswith("store.sqlite")
    )
    assert Path("villages.csv") in committed
    for rel in committed:
        assert (out / rel).is_file(), f"make_demo.py no longer writes {rel}"
        assert (out / rel).read_bytes() == (DEMO / rel).read_bytes(), f"{rel} differs"


def test_planning_demo_writes_a_clean_workspace(tmp_path: Path) -> None:
    target = tmp_path / "mijnmap"
    result = planning("demo", str(target))
    assert result.returncode == 0, result.stderr
    assert (target / "workspace.toml").is_file()
    assert not list(target.glob("store.sqlite*"))
    ws = open_workspace(target)
    assert ws.problems == []
    assert ws.summary() == open_workspace(DEMO).summary()
    # a second time into the same, now non-empty, folder: refused, nothing changed
    before = {p: p.read_bytes() for p in target.rglob("*") if p.is_file()}
    again = planning("demo", str(target))
    assert again.returncode == 2
    assert "niet leeg" in again.stderr
    assert {p: p.read_bytes() for p in target.rglob("*") if p.is_file()} == before


def test_planning_demo_into_an_empty_existing_folder(tmp_path: Path) -> None:
    from planning.cli import main

    (tmp_path / "leeg").mkdir()
    assert main(["demo", str(tmp_path / "leeg")]) == 0
    assert open_workspace(tmp_path / "leeg").ok


def test_import_planning_stays_light() -> None:
    code = (
        "import sys, planning\n"
        "planning.Problem\n"
        "heavy = [m for m in ('matplotlib', 'typst', 'sqlalchemy') if m in sys.modules]\n"
        "print(','.join(heavy))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=True
    )
    assert result.stdout.strip() == ""


def test_planning_check_loads_only_what_it_needs() -> None:
    code = (
        "import contextlib, io, sys\n"
        "from planning.cli import main\n"
        "with contextlib.redirect_stdout(io.StringIO()):\n"
        f"    status = main(['check', '--workspace', {str(DEMO)!r}])\n"
        "heavy = [m for m in ('matplotlib', 'typst', 'sqlalchemy') if m in sys.modules]\n"
        "print(status, ','.join(heavy))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=120, check=True
    )
    assert result.stdout.split() == ["0"]
