"""`planning check` as staff and scripts run it: exit codes 0/1/2, --json, never a traceback.

Starting Python with pandas takes a second or two, so every command below is
prepared first and all of them run at once (module fixture ``runs``); the
tests then read their own result.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest
from helpers.tiny import table, write_csv, write_workspace, write_xlsx


@dataclass
class Run:
    returncode: int
    stdout: str
    stderr: str


def _break(root: Path) -> None:
    rows = table("facilities")
    rows[2][rows[0].index("village_id")] = "nieuw roden"
    rows[3][rows[0].index("open_hours_per_week")] = "veel"
    write_csv(root / "facilities.csv", rows, delimiter=";", title=["Voorzieningen"])


def _broken_toml(root: Path) -> None:
    (root / "workspace.toml").write_text("base_year = = 2026\n", encoding="utf-8")


def _corrupt_xlsx(root: Path) -> None:
    (root / "villages.csv").unlink()
    (root / "villages.xlsx").write_bytes(b"corrupt")


def _empty_file(root: Path) -> None:
    (root / "partners.csv").write_bytes(b"")


def _xlsx_population(root: Path) -> None:
    (root / "population.csv").unlink()
    rows: list[list[object]] = [table("population")[0]]
    rows += [[r[0], int(r[1]), r[2], int(r[3])] for r in table("population")[1:]]
    rows[3][2] = "65-70"
    write_xlsx(root / "population.xlsx", rows, above=[["Bevolking 2021"], []])


def _same(_: Path) -> None:
    pass


def _dialects(root: Path) -> None:
    """Each table as another program saves it: Dutch Excel, a BOM, tabs."""
    write_csv(root / "villages.csv", table("villages"), delimiter=";", encoding="cp1252")
    write_csv(root / "facilities.csv", table("facilities"), delimiter="\t", encoding="utf-8-sig")
    points = table("population_points")
    for row in points[1:]:
        row[2], row[3] = row[2].replace(".", ","), row[3].replace(".", ",")
    write_csv(root / "population_points.csv", points, delimiter=";", encoding="cp1252")


def _outside_and_duplicate(root: Path) -> None:
    rows = table("facilities")
    header = rows[0]
    rows[1][header.index("lat")] = "48.8566"  # Paris
    rows[3][header.index("facility_id")] = rows[1][header.index("facility_id")]
    write_csv(root / "facilities.csv", rows)


#: name -> (change to the tiny workspace or None for no workspace, arguments, env)
COMMANDS: dict[str, tuple[Callable[[Path], None] | None, list[str], bool]] = {
    "clean": (_same, ["check"], False),
    "clean_json": (_same, ["check", "--json"], False),
    "env": (_same, ["check", "--json"], True),
    "problems": (_break, ["check"], False),
    "problems_json": (_break, ["check", "--json"], False),
    "broken_toml": (_broken_toml, ["check"], False),
    "corrupt_xlsx_json": (_corrupt_xlsx, ["check", "--json"], False),
    "empty_file": (_empty_file, ["check"], False),
    "xlsx_population": (_xlsx_population, ["check", "--json"], False),
    "dialects_json": (_dialects, ["check", "--json"], False),
    "outside_duplicate_json": (_outside_and_duplicate, ["check", "--json"], False),
    "missing_folder": (None, ["check"], False),
    "usage_none": (None, [], False),
    "usage_option": (None, ["check", "--onbekend"], False),
    "usage_command": (None, ["bestaat-niet"], False),
    "usage_english": (None, ["check", "--onbekend", "--lang", "en"], False),
}


@pytest.fixture(scope="module")
def runs(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Run]:
    procs = {}
    for name, (change, args, via_env) in COMMANDS.items():
        root = tmp_path_factory.mktemp(name) / "ws"
        env = dict(os.environ)
        env.pop("PLANNING_WORKSPACE", None)
        if change is not None:
            write_workspace(root)
            change(root)
        if via_env:
            env["PLANNING_WORKSPACE"] = str(root)
        elif args:
            args = [*args, "--workspace", str(root)]
        procs[name] = subprocess.Popen(
            [sys.executable, "-m", "planning.cli", *args],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            encoding="utf-8",
            env=env,
        )
    results = {}
    for name, proc in procs.items():
        out, err = proc.communicate(timeout=120)
        results[name] = Run(proc.returncode, out, err)
    return results


def planning(runs: dict[str, Run], name: str) -> Run:
    result = runs[name]
    assert "Traceback" not in result.stderr, result.stderr
    return result


def test_clean_workspace(runs: dict[str, Run]) -> None:
    result = planning(runs, "clean")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "in orde" in result.stdout
    assert "inwoners      1.999" in result.stdout  # 1834 + 50 + 115, Dutch thousands
    assert "voorzieningen 3" in result.stdout


def test_clean_workspace_json(runs: dict[str, Run]) -> None:
    result = planning(runs, "clean_json")
    assert result.returncode == 0
    data = json.loads(result.stdout)
    assert data["ok"] is True
    assert data["problems"] == []
    assert data["counts"]["villages"] == 3
    assert data["counts"]["inhabitants"] == 1999
    assert data["counts"]["inhabitants_by_municipality"] == {"Noordenveld": 1999}
    assert data["counts"]["respondents"] == 0


def test_workspace_from_environment(runs: dict[str, Run]) -> None:
    result = planning(runs, "env")
    assert result.returncode == 0
    assert json.loads(result.stdout)["counts"]["villages"] == 3


def test_problems_text(runs: dict[str, Run]) -> None:
    result = planning(runs, "problems")
    assert result.returncode == 1
    assert "2 problemen" in result.stdout
    assert (
        "facilities.csv, rij 4, kolom 'village_id': onbekende kern 'nieuw roden', "
        "bedoelt u 'nieuw-roden'?" in result.stdout
    )
    assert "facilities.csv, rij 5, kolom 'open_hours_per_week'" in result.stdout


def test_problems_json(runs: dict[str, Run]) -> None:
    result = planning(runs, "problems_json")
    assert result.returncode == 1
    data = json.loads(result.stdout)
    assert data["ok"] is False
    assert [(p["file"], p["row"], p["column"], p["value"]) for p in data["problems"]] == [
        ("facilities.csv", 4, "village_id", "nieuw roden"),
        ("facilities.csv", 5, "open_hours_per_week", "veel"),
    ]
    assert "bedoelt u 'nieuw-roden'?" in data["problems"][0]["message"]
    assert set(data["counts"]) >= {"villages", "inhabitants", "facilities", "respondents"}


def test_broken_workspace_toml(runs: dict[str, Run]) -> None:
    result = planning(runs, "broken_toml")
    assert result.returncode == 2
    assert result.stdout == ""
    assert result.stderr.startswith("fout: ")
    assert "workspace.toml" in result.stderr and "geen geldige TOML" in result.stderr


def test_corrupt_xlsx_json(runs: dict[str, Run]) -> None:
    result = planning(runs, "corrupt_xlsx_json")
    assert result.returncode == 2
    data = json.loads(result.stdout)
    assert data["ok"] is False
    [problem] = data["problems"]
    assert problem["file"] == "villages.xlsx"
    assert "xlsx" in problem["message"]


def test_empty_file(runs: dict[str, Run]) -> None:
    result = planning(runs, "empty_file")
    assert result.returncode == 2
    assert "partners.csv: het bestand is leeg" in result.stderr


def test_xlsx_with_title_rows(runs: dict[str, Run]) -> None:
    result = planning(runs, "xlsx_population")
    assert result.returncode == 1
    [problem] = json.loads(result.stdout)["problems"]
    assert (problem["file"], problem["row"], problem["column"], problem["value"]) == (
        "population.xlsx",
        6,
        "age_band",
        "65-70",
    )


def test_dialects_through_the_command(runs: dict[str, Run]) -> None:
    result = planning(runs, "dialects_json")
    assert result.returncode == 0, result.stdout
    data = json.loads(result.stdout)
    assert data["problems"] == []
    assert data["counts"]["villages"] == 3 and data["counts"]["facilities"] == 3
    assert data["counts"]["inhabitants"] == 1999


def test_outside_the_netherlands_and_duplicate_ids(runs: dict[str, Run]) -> None:
    result = planning(runs, "outside_duplicate_json")
    assert result.returncode == 1
    found = {
        (p["file"], p["row"], p["column"], p["value"]): p["message"]
        for p in json.loads(result.stdout)["problems"]
    }
    lat = found[("facilities.csv", 2, "lat", "48.8566")]
    assert "Nederland" in lat
    duplicate = [k for k in found if k[0] == "facilities.csv" and k[1] == 4]
    assert [k[2] for k in duplicate] == ["facility_id"]
    assert "dubbel" in found[duplicate[0]]


def test_missing_folder(runs: dict[str, Run]) -> None:
    result = planning(runs, "missing_folder")
    assert result.returncode == 2
    assert "map bestaat niet" in result.stderr


def test_a_bare_planning_prints_the_help(runs: dict[str, Run]) -> None:
    result = planning(runs, "usage_none")
    assert result.returncode == 0 and result.stderr == ""
    assert "gebruik: planning" in result.stdout and "export" in result.stdout


@pytest.mark.parametrize("name", ["usage_option", "usage_command"])
def test_usage_errors_exit_2(runs: dict[str, Run], name: str) -> None:
    result = planning(runs, name)
    assert result.returncode == 2
    # argparse answers in Dutch (gebruik/fout), English with --lang en
    assert "gebruik: planning" in result.stderr and "planning: fout: " in result.stderr


def test_usage_errors_in_english_with_lang_en(runs: dict[str, Run]) -> None:
    result = planning(runs, "usage_english")
    assert result.returncode == 2
    assert "usage: planning" in result.stderr
    assert "error: unrecognized arguments: --onbekend" in result.stderr


def test_json_into_a_closed_pipe_is_no_traceback(tmp_path: Path) -> None:
    """`planning ... --json | head` must not end in a BrokenPipeError traceback."""
    root = write_workspace(tmp_path / "ws")
    command = [sys.executable, "-m", "planning.cli", "check", "--json", "--workspace", str(root)]
    proc = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    assert proc.stdout is not None
    proc.stdout.close()  # like `head` that has read enough
    _, err = proc.communicate(timeout=120)
    assert "Traceback" not in err and "BrokenPipe" not in err, err
    assert proc.returncode == 0
