"""planning export: one village, all villages on two workers, a failing village reported."""

from __future__ import annotations

import hashlib
import json
import subprocess
import sys
from pathlib import Path

import pytest
from helpers.report import keep_villages, pdf_text


def planning(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "planning.cli", *args], capture_output=True, text=True, check=False
    )


@pytest.mark.slow
def test_export_one_village_json_same_bytes_as_in_process(demo_ws: Path, tmp_path: Path) -> None:
    from planning.plan.build import build_plan
    from planning.report.pdf import render_pdf

    out = tmp_path / "out"
    result = planning(
        "export", "--workspace", str(demo_ws), "--village", "roden", "--out", str(out), "--json"
    )
    assert result.returncode == 0, result.stderr
    files = json.loads(result.stdout)["files"]
    assert files == [str(out / "dorpsplan-roden.pdf")]
    written = Path(files[0]).read_bytes()
    assert "Roden" in pdf_text(Path(files[0]))
    again = render_pdf(build_plan(demo_ws, "roden"))  # another process, same bytes
    assert hashlib.sha256(written).hexdigest() == hashlib.sha256(again).hexdigest()
    assert not list(out.glob(".*.tmp"))  # written atomically, nothing left behind


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
    (out / "village-plan-peize.xlsx").mkdir(parents=True)  # a file that cannot be replaced
    result = planning(
        "export", "--workspace", str(demo_ws), "--all", "--format", "xlsx", "--lang", "en",
        "--out", str(out), "--json",
    )  # fmt: skip
    assert result.returncode == 1, result.stderr
    # the progress bar, on stderr beside the JSON, in the language asked for
    assert "village plans:" in result.stderr and "dorpsplannen" not in result.stderr
    data = json.loads(result.stdout)
    names = sorted(Path(f).name for f in data["files"])
    assert names == ["village-plan-een.xlsx", "village-plan-roden.xlsx"]
    assert [f["village_id"] for f in data["failed"]] == ["peize"]
    assert "village-plan-peize.xlsx" in data["failed"][0]["reason"]
