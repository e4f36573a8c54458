"""`planning new` as staff run it: any municipality, refused names exit 2 and write nothing,
and the new workspace checks clean and exports a plan without a word of the demo."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from helpers.report import pdf_text


def planning(*args: str | Path) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ)
    env.pop("PLANNING_WORKSPACE", None)
    return subprocess.run(
        [sys.executable, "-m", "planning.cli", *map(str, args)],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=env,
        check=False,
    )


def test_ambiguous_name_exits_2_listing_both_and_writes_nothing(tmp_path: Path) -> None:
    run = planning("new", tmp_path / "ws", "--gemeente", "Bergen")
    assert run.returncode == 2
    assert "Bergen (L.)" in run.stderr and "Bergen (NH.)" in run.stderr
    assert "Traceback" not in run.stderr
    assert list(tmp_path.iterdir()) == []


def test_misspelt_name_exits_2_with_a_suggestion(tmp_path: Path) -> None:
    run = planning("new", tmp_path / "ws", "--municipality", "Westervelt")
    assert run.returncode == 2
    assert "bedoelt u: Westerveld" in run.stderr
    assert list(tmp_path.iterdir()) == []


def test_new_workspace_checks_clean_and_exports_without_demo_text(tmp_path: Path) -> None:
    root = tmp_path / "aa"
    made = planning("new", root, "--gemeente", "AA EN HUNZE", "--json")
    assert made.returncode == 0, made.stderr
    answer = json.loads(made.stdout)
    assert answer["municipality"] == "Aa en Hunze"
    assert answer["villages"] > 20 and answer["inhabitants"] > 25_000

    check = planning("check", "--workspace", root)
    assert check.returncode == 0, check.stdout
    assert "in orde" in check.stdout

    export = planning("export", "--workspace", root, "--village", "gieten")
    assert export.returncode == 0, export.stderr
    words = pdf_text(root / "plannen" / "dorpsplan-gieten.pdf").lower()
    assert "gieten" in words and "bron: cbs" in words
    for demo in ("demo", "gegenereerd", "noordenveld", "westerveld"):
        assert demo not in words
    # sections without data say what is still to be recorded
    assert "nog geen" in words
