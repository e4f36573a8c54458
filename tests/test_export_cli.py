"""planning export: one village, all villages on two workers, a failing village reported."""

from __future__ import annotations

import hashlib
import json
import subprocess
import sys
from pathlib import Path

import pytest
from report_helpers import keep_villages, pdf_text


def planning(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "planning.cli", *args],
        capture_output=True,
        text=True,
        cwd=cwd,
        check=False,
    )


def test_export_one_village_json(demo_ws: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    result = planning(
        "export", "--workspace", str(demo_ws), "--village", "roden", "--out", str(out), "--json"
    )
    assert result.returncode == 0, result.stderr
    files = json.loads(result.stdout)["files"]
    assert files == [str(out / "dorpsplan-roden.pdf")]
    assert "Roden" in pdf_text(Path(files[0]))


def test_export_unknown_village_exits_2(demo_ws: Path, tmp_path: Path) -> None:
    result = planning(
        "export", "--workspace", str(demo_ws), "--village", "rodne", "--out", str(tmp_path)
    )
    assert result.returncode == 2
    assert "roden" in result.stderr and "Traceback" not in result.stderr


@pytest.mark.slow
def test_export_all_reports_a_failing_village(demo_ws: Path, tmp_path: Path) -> None:
    keep_villages(demo_ws, ["een", "roden", "peize"])
    out = tmp_path / "out"
    (out / "dorpsplan-peize.xlsx").mkdir(parents=True)  # a file we cannot replace
    result = planning(
        "export",
        "--workspace",
        str(demo_ws),
        "--all",
        "--format",
        "xlsx",
        "--out",
        str(out),
        "--json",
    )
    assert result.returncode == 1, result.stderr
    data = json.loads(result.stdout)
    assert sorted(Path(f).name for f in data["files"]) == [
        "dorpsplan-een.xlsx",
        "dorpsplan-roden.xlsx",
    ]
    assert [f["village_id"] for f in data["failed"]] == ["peize"]
    assert data["failed"][0]["reason"]


@pytest.mark.slow
def test_export_all_twice_gives_the_same_bytes(demo_ws: Path, tmp_path: Path) -> None:
    keep_villages(demo_ws, ["een", "roden"])
    hashes = []
    for run in ("a", "b"):
        out = tmp_path / run
        result = planning("export", "--workspace", str(demo_ws), "--all", "--out", str(out))
        assert result.returncode == 0, result.stderr
        assert "dorpsplannen" in result.stderr  # the progress bar
        hashes.append(
            {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(out.iterdir())}
        )
    assert hashes[0] == hashes[1] and len(hashes[0]) == 2


def test_export_english_xlsx(demo_ws: Path, tmp_path: Path) -> None:
    result = planning(
        "export",
        "--workspace",
        str(demo_ws),
        "--village",
        "een",
        "--format",
        "xlsx",
        "--lang",
        "en",
        "--out",
        str(tmp_path),
        "--json",
    )
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["files"] == [str(tmp_path / "village-plan-een.xlsx")]
