"""The check for people: grouped problems within 40 lines, unused files, demo leftovers."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

from planning.errors import Problem
from planning.workspace.folder import demo_path, open_workspace
from planning.workspace.housekeeping import demo_leftovers, unused_entries
from planning.workspace.problem_groups import group_problems, kind_counts, problem_lines
from planning.workspace.reference.scaffold import write_new_workspace
from planning.workspace.scenario_problems import scenario_problems, skipped_files


def _many() -> list[Problem]:
    points = [
        Problem(
            "population_points.csv",
            r,
            "village_id",
            f"v{r}",
            key="ws.unknown_village",
            fields={"item": f"v{r}"},
        )
        for r in range(2, 874)
    ]
    near = [
        Problem(
            "population_points.csv",
            900,
            "village_id",
            "roden",
            key="ws.unknown_village_near",
            fields={"item": "roden", "near": "rolde"},
        )
    ]
    hours = [
        Problem("facilities.csv", r, "open_hours_per_week", "veel", key="io.not_a_number")
        for r in range(2, 40)
    ]
    return points + near + hours


def test_problems_group_by_file_and_kind() -> None:
    grouped = group_problems(_many())
    assert list(grouped) == ["population_points.csv", "facilities.csv"]
    [villages] = grouped["population_points.csv"]
    assert villages.count == 873 and villages.column == "village_id"
    assert grouped["facilities.csv"][0].count == 38


def test_default_output_fits_40_lines_and_says_how_to_see_all() -> None:
    lines = problem_lines(_many(), 40)
    assert len(lines) <= 40
    text = "\n".join(lines)
    assert "population_points.csv: 873 problemen" in text
    assert "(873x)" in text and "(38x)" in text
    assert "rij 2: onbekende kern 'v2'" in text
    assert "--all" in lines[-1]


def test_all_shows_every_row_and_few_problems_show_in_full() -> None:
    assert len(problem_lines(_many(), None)) == 873 + 38
    few = _many()[-3:]
    assert problem_lines(few, 40) == [f"  - {p}" for p in few]


def test_demo_leftovers_and_unused_files_are_named(tmp_path: Path) -> None:
    root = tmp_path / "mijnmap"
    shutil.copytree(demo_path(), root, ignore=shutil.ignore_patterns("store.sqlite*", "plannen"))
    (root / "oud").mkdir()
    (root / "notities.docx").write_bytes(b"x")
    ws = open_workspace(root)
    unused = {n.file for n in unused_entries(ws)}
    assert unused == {"oud/", "notities.docx"}
    left = {n.file: n for n in demo_leftovers(ws)}
    scenarios = len(list((demo_path() / "scenarios").iterdir()))
    assert left["scenarios/"].message.startswith(f"{scenarios} bestanden overgebleven")
    assert {"matches/", "monitoring/", "facilities.csv"} <= set(left)
    assert left["workspace.toml"].message  # generated = true, or identical to the demo's


def test_a_new_workspace_has_nothing_to_note(tmp_path: Path) -> None:
    write_new_workspace(tmp_path / "ws", "Aa en Hunze")
    ws = open_workspace(tmp_path / "ws")
    assert unused_entries(ws) == [] and demo_leftovers(ws) == []


def test_demo_scenarios_in_a_new_municipality_are_grouped(tmp_path: Path) -> None:
    """The demo's scenarios in an Aa en Hunze folder: one problem per wrong field, in
    one group per kind; the scenario command prints one line for all of them."""
    write_new_workspace(tmp_path / "ws", "Aa en Hunze")
    shutil.copytree(demo_path() / "scenarios", tmp_path / "ws" / "scenarios")
    ws = open_workspace(tmp_path / "ws")
    problems = scenario_problems(ws)
    files = sorted((demo_path() / "scenarios").glob("*.toml"))
    files = [f for f in files if f.name != "chosen.toml"]
    assert skipped_files(problems) == len(files)
    # every demo scenario names a demo village: one 'onbekende kern' per file
    kinds = kind_counts(problems)
    assert f"onbekende kern … ({len(files)}x)" in kinds
    assert len(kinds) <= 4
    lines = problem_lines(problems, 12)
    assert len(lines) <= 12 and "planning check --all" in lines[-1]
    run = subprocess.run(
        [sys.executable, "-m", "planning.cli", "scenario", "list", "--workspace", tmp_path / "ws"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert run.returncode == 0, run.stderr
    warnings = run.stderr.strip().splitlines()
    assert len(warnings) <= 2, warnings  # the scenario files, chosen.toml grouped
    assert f"{len(files)} scenariobestanden" in warnings[0]
    assert "planning check --all" in warnings[0]
