"""Monitoring: indicators from workspace.toml, importing observations with bad rows, latest."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from openpyxl import Workbook

from planning.analysis import monitoring
from planning.charts.monitoring import trend_chart
from planning.workspace.folder import open_workspace
from planning.workspace.indicators import indicators
from planning.workspace.readers.observation_rows import parse_period

BAD = (
    "Monitoring Roden voorjaar\n\n"
    "Indicator;Kern;Periode;Waarde;Bron\n"
    "visitors;roden;2026-11;812;turflijst\n"
    "visitors;rodne;2026-11;10;x\n"
    "vistors;roden;2026-11;10;x\n"
    "loneliness;roden;2025;120;GGD\n"
    "matches;roden;2026-Q5;3;x\n"
    "matches;roden;2026-Q4;drie;x\n"
    "loneliness;roden;2025;9,5;GGD\n"
)


def cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "planning.cli", *args], capture_output=True, text=True, timeout=120
    )


def test_indicators_come_from_workspace_toml(demo_ws: Path) -> None:
    inds = indicators(open_workspace(demo_ws))
    assert {"visitors", "matches", "jeugdfonds", "volunteers", "loneliness"} <= set(inds)
    lonely = inds["loneliness"]
    assert lonely.unit == "%" and lonely.direction == "down" and lonely.targets[10] == 8
    assert inds["visitors"].target(3, inhabitants=2000) == 120
    assert lonely.on_track(7.5, 8) is True and lonely.on_track(9, 8) is False


def test_import_reports_bad_rows_and_keeps_good_ones(demo_ws: Path) -> None:
    file = demo_ws / "obs.csv"
    file.write_text(BAD, encoding="cp1252")
    proc = cli("monitor", "import", str(file), "--workspace", str(demo_ws), "--json")
    assert proc.returncode == 1, proc.stderr
    out = json.loads(proc.stdout)
    assert out["imported"] == 2
    problems = {(p["row"], p["column"]): p for p in out["problems"]}
    assert set(problems) == {
        (5, "village_id"),
        (6, "indicator"),
        (7, "value"),
        (8, "period"),
        (9, "value"),
    }
    assert "bedoelt u 'roden'" in problems[(5, "village_id")]["message"]
    assert "bedoelt u 'visitors'" in problems[(6, "indicator")]["message"]
    assert problems[(9, "value")]["value"] == "drie"
    obs = monitoring.observations(demo_ws, "roden")
    mine = obs[obs["imported_from"] == "obs.csv"].set_index(["indicator", "period"])["value"]
    assert mine.to_dict() == {("loneliness", "2025"): 9.5, ("visitors", "2026-11"): 812.0}


def test_import_again_replaces_and_xlsx_works(demo_ws: Path) -> None:
    book = Workbook()
    sheet = book.active
    sheet.append(["indicator", "village_id", "period", "value"])
    sheet.append(["volunteers", "norg", 2026, 300])
    sheet.append(["volunteers", "norg", 2026, 310])  # the same key twice: a problem
    path = demo_ws / "obs.xlsx"
    book.save(path)
    first = monitoring.import_observations(demo_ws, path)
    assert (first.imported, first.replaced) == (1, 0)
    assert [(p.row, p.column) for p in first.problems] == [(3, "period")]
    assert "staat al in rij 2" in first.problems[0].message
    again = monitoring.import_observations(demo_ws, path)
    assert (again.imported, again.replaced) == (0, 1)
    obs = monitoring.observations(demo_ws, "norg", "volunteers")
    assert obs.loc[obs["period"] == "2026", "value"].tolist() == [300.0]


def test_missing_column_writes_nothing(demo_ws: Path) -> None:
    proc = cli("monitor", "import", str(demo_ws / "villages.csv"), "--workspace", str(demo_ws))
    assert proc.returncode == 2
    assert "kolom ontbreekt" in proc.stderr and "Traceback" not in proc.stderr


def test_latest_and_list_for_the_plan(demo_ws: Path) -> None:
    frame = monitoring.latest(demo_ws, "roden")
    row = frame.set_index("indicator").loc["loneliness"]
    assert row["period"] == "2024" and row["unit"] == "%"
    assert row["target"] in (10, 9, 8)
    assert row["on_track"] == (row["value"] <= row["target"])
    assert "GEGENEREERD" in row["source"]
    proc = cli("monitor", "list", "--village", "roden", "--workspace", str(demo_ws))
    assert proc.returncode == 0 and "Ernstig eenzaam" in proc.stdout


@pytest.mark.parametrize(
    "text,expected",
    [
        ("2026", "2026"),
        ("2026-3", "2026-03"),
        ("03-2026", "2026-03"),
        ("2026 q2", "2026-Q2"),
        ("15-03-2026", "2026-03"),
    ],
)
def test_periods(text: str, expected: str) -> None:
    assert parse_period(text)[0] == expected


def test_trend_chart_has_targets(demo_ws: Path) -> None:
    fig = trend_chart(demo_ws, "roden", ["visitors", "loneliness"])
    titles = [ax.get_title(loc="left") for ax in fig.axes if ax.get_visible()]
    assert titles == ["Bezoekers ontmoetingsplekken", "Ernstig eenzaam (18+)"]
    assert len(fig.axes[0].lines[0].get_xdata()) == 34  # monthly, jan 2024 .. oct 2026


def test_read_only_workspace_shows_its_files_without_a_store(
    demo_ws: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The packaged demo may sit in a read-only place: figures still show, nothing is written."""
    monkeypatch.setenv("PLANNING_STORE_URL", "sqlite:////nonexistent-folder/x/store.sqlite")
    frame = monitoring.latest(demo_ws, "roden")
    assert "loneliness" in set(frame["indicator"])
    assert not (demo_ws / "store.sqlite").exists()


def test_an_english_plan_names_the_units_in_english() -> None:
    ws = open_workspace()
    nl = monitoring.targets(ws, "roden", lang="nl").set_index("code")["indicator"]
    en = monitoring.targets(ws, "roden", lang="en").set_index("code")["indicator"]
    assert nl["visitors"].iloc[0] == "Bezoekers ontmoetingsplekken (bezoeken per maand)"
    assert en["visitors"].iloc[0] == "Visitors of meeting places (visits per month)"
    assert en["loneliness"].iloc[0].endswith("(%)")
