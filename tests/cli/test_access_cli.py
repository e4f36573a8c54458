"""planning access / gaps / match as staff and scripts run them (subprocess)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest


def run(*args: str, ws: Path | None = None) -> subprocess.CompletedProcess[str]:
    """The command in a fresh interpreter, as staff and scripts run it."""
    cmd = [sys.executable, "-m", "planning.cli", *args]
    if ws is not None:
        cmd += ["--workspace", str(ws)]
    return subprocess.run(cmd, capture_output=True, text=True, timeout=300)


def run_here(capsys, *args: str, ws: Path | None = None) -> subprocess.CompletedProcess[str]:
    """The same command in this process (each fresh interpreter costs seconds on CI)."""
    from planning.cli import main

    argv = [*args, *(["--workspace", str(ws)] if ws is not None else [])]
    try:
        code = main(argv)
    except SystemExit as exc:  # argparse usage errors
        code = int(exc.code or 0)
    out = capsys.readouterr()
    return subprocess.CompletedProcess(argv, code, out.out, out.err)


@pytest.mark.slow
def test_access_json_one_village(demo_ws: Path) -> None:
    done = run("access", "--village", "roden", "--json", ws=demo_ws)
    assert done.returncode == 0, done.stderr
    (row,) = json.loads(done.stdout)
    assert list(row) == [
        "village_id",
        "mean_distance_m",
        "share_within_walk",
        "share_within_cycle",
        "nearest_by_kind",
        "used_centroid",
    ]
    assert row["village_id"] == "roden"
    assert 0 < row["share_within_walk"] <= row["share_within_cycle"] <= 1
    assert row["nearest_by_kind"]["village_hall"] > 0
    assert row["used_centroid"] is False

    from planning.analysis.access import coverage
    from planning.workspace.folder import open_workspace

    (api,) = coverage(open_workspace(demo_ws), "roden")
    assert row["mean_distance_m"] == round(api["mean_distance_m"], 1)


def test_access_all_villages_table(demo_ws: Path, capsys) -> None:
    done = run_here(capsys, "access", "--json", ws=demo_ws)
    assert done.returncode == 0
    rows = json.loads(done.stdout)
    assert len(rows) == 42 and len({r["village_id"] for r in rows}) == 42
    text = run_here(capsys, "access", ws=demo_ws)
    assert text.returncode == 0
    assert "Roden" in text.stdout and "lopend 800 m" in text.stdout


@pytest.mark.slow
def test_wrong_village_name_is_a_clear_message(demo_ws: Path, capsys) -> None:
    done = run("access", "--village", "rodn", ws=demo_ws)
    assert done.returncode == 2
    assert done.stderr.strip() == "fout: onbekende kern 'rodn'; bedoelt u 'roden'?"
    for args in (
        ("gaps", "--village", "rodn", "--json"),
        ("match", "--village", "rodn", "--theme", "loneliness", "--age", "70"),
    ):
        done = run_here(capsys, *args, ws=demo_ws)
        assert done.returncode == 2, args
        assert "onbekende kern 'rodn'; bedoelt u 'roden'?" in done.stderr
        assert "Traceback" not in done.stderr
        assert done.stdout == ""


@pytest.mark.slow
def test_gaps_json_has_every_part(demo_ws: Path) -> None:
    done = run("gaps", "--village", "roden", "--json", ws=demo_ws)
    assert done.returncode == 0, done.stderr
    rows = json.loads(done.stdout)
    assert len(rows) == 9 * 3
    first = rows[0]
    for key in (
        "need_share",
        "inhabitants",
        "demand",
        "supply_provisions",
        "supply_commitments",
        "supply_extra",
        "supply",
        "coverage",
        "gap",
    ):
        assert key in first
    assert all(r["naming"] == "<5" or r["naming"] >= 5 for r in rows)
    for r in rows:
        assert r["supply"] == pytest.approx(
            r["supply_provisions"] + r["supply_commitments"] + r["supply_extra"]
        )


def test_gaps_text_and_usage(demo_ws: Path, capsys) -> None:
    text = run_here(capsys, "gaps", "--village", "roden", ws=demo_ws)
    assert text.returncode == 0
    assert "Vraag en aanbod in Roden" in text.stdout and "eenzaamheid" in text.stdout
    assert run_here(capsys, "gaps", ws=demo_ws).returncode == 2  # --village is required


@pytest.mark.slow
def test_match_and_record_and_counts(demo_ws: Path, capsys) -> None:
    done = run(
        "match", "--village", "roden", "--theme", "loneliness", "--age", "70", "--json", ws=demo_ws
    )
    assert done.returncode == 0, done.stderr
    fits = json.loads(done.stdout)
    assert fits and fits[0]["rank"] == 1
    assert all(f["reasons"][0] == "thema: eenzaamheid" for f in fits)
    best = fits[0]["provision_id"]

    text = run_here(
        capsys, "match", "--village", "roden", "--theme", "eenzaamheid", "--age", "70", ws=demo_ws
    )
    assert text.returncode == 0 and "1. " in text.stdout and "leeftijd 70" in text.stdout

    def roden_counts() -> dict[str, dict[str, int]]:
        result = run_here(capsys, "match", "counts", "--village", "roden", "--json", ws=demo_ws)
        assert result.returncode == 0
        return {row.pop("theme"): row for row in json.loads(result.stdout)}

    before = roden_counts()  # the demo brings matches made earlier (matches/matches.csv)
    rec = run(
        "match", "record", "--village", "roden", "--theme", "loneliness", "--provision", best,
        "--date", "2026-11-20", "--outcome", "accepted", "--json", ws=demo_ws,
    )  # fmt: skip
    assert rec.returncode == 0, rec.stderr
    recorded = json.loads(rec.stdout)
    assert recorded["provision_id"] == best and recorded["made_on"] == "2026-11-20"
    assert (demo_ws / "store.sqlite").exists()

    after_counts = roden_counts()
    loneliness = dict(before.pop("loneliness"))
    loneliness["matches"] += 1
    loneliness["accepted"] += 1
    assert after_counts.pop("loneliness") == loneliness
    assert after_counts == before  # no other theme moved
    after = json.loads(
        run_here(
            capsys,
            "match", "--village", "roden", "--theme", "loneliness", "--age", "70", "--json",
            ws=demo_ws,
        ).stdout
    )  # fmt: skip
    took = next(f for f in after if f["provision_id"] == best)
    assert took["capacity_left"] == fits[0]["capacity_left"] - 1

    outcome = run_here(capsys, "match", "outcome", str(recorded["id"]), "completed", ws=demo_ws)
    assert outcome.returncode == 0 and "afgerond" in outcome.stdout
    missing = run_here(capsys, "match", "outcome", "999", "completed", ws=demo_ws)
    assert missing.returncode == 2 and "bestaat niet" in missing.stderr


def test_match_usage_errors(demo_ws: Path, capsys) -> None:
    done = run_here(capsys, "match", "--village", "roden", ws=demo_ws)
    assert done.returncode == 2 and "--theme" in done.stderr
    bad = run_here(
        capsys, "match", "record", "--village", "roden", "--theme", "loneliness", "--provision", "kledingbnk",
        ws=demo_ws,
    )  # fmt: skip
    assert bad.returncode == 2
    assert "onbekend aanbod 'kledingbnk', bedoelt u 'kledingbank'?" in bad.stderr
    assert not (demo_ws / "store.sqlite").exists()
    date = run_here(
        capsys, "match", "record", "--village", "roden", "--theme", "loneliness", "--provision", "kledingbank",
        "--date", "20-11-2026", ws=demo_ws,
    )  # fmt: skip
    assert date.returncode == 2 and "JJJJ-MM-DD" in date.stderr
