"""workspace.toml as models: every mistake is a Dutch problem naming file and key, never a default."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from helpers.tiny import WORKSPACE_TOML

from planning.errors import WorkspaceError
from planning.workspace.settings import load_settings


def _write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "workspace.toml"
    path.write_text(text, encoding="utf-8")
    return path


def _problems(tmp_path: Path, text: str) -> WorkspaceError:
    with pytest.raises(WorkspaceError) as info:
        load_settings(_write(tmp_path, text))
    return info.value


BAD = {
    "misspelt key": ("hrizons = [3, 5]\n", "hrizons", "bedoelt u 'horizons'?"),
    "horizon of 1000 years": ("horizons = [3, 1000]\n", "horizons.1", "100 of minder"),
    "base year 1800": ("base_year = 1800\n", "base_year", "1900 of meer"),
    "base year 3000": ("base_year = 3000\n", "base_year", "2100 of minder"),
    "negative share": ("[gaps]\nweekly_share = -0.1\n", "gaps.weekly_share", "te klein"),
    "wrong type": ('base_year = "2026"\n', "base_year", "verwacht een heel getal"),
    "bool is no number": ("[thresholds]\nwalk_m = true\n", "thresholds.walk_m", "een getal"),
    "unknown section": ("[trhesholds]\nwalk_m = 800\n", "trhesholds", "bedoelt u 'thresholds'?"),
    "misspelt nested key": (
        "[projection]\nnet_migraton = { roden = 0.01 }\n",
        "projection.net_migraton",
        "bedoelt u 'net_migration'?",
    ),
    "indicator direction": (
        '[indicators.x]\nlabel = "X"\ndirection = "sideways"\n',
        "indicators.x.direction",
        "'up' of 'down'",
    ),
    "indicator per_inhabitants": (
        '[indicators.x]\nlabel = "X"\nper_inhabitants = 0\n',
        "indicators.x.per_inhabitants",
        "te klein",
    ),
    "indicator target at a horizon the workspace lacks": (
        '[indicators.x]\nlabel = "X"\ntargets = { 3 = 1, 7 = 2 }\n',
        "indicators.x.targets.7",
        "termijn bestaat niet",
    ),
    "indicator target key": (
        "[indicators.x]\ntargets = { drie = 1 }\n",
        "indicators.x.targets",
        "termijn 'drie'",
    ),
    "report date": ('[report]\ndate = "morgen"\n', "report.date", "datum"),
    "survey min_cell": ("[survey]\nmin_cell = 0\n", "survey.min_cell", "te klein"),
    "lexicon theme": ('[lexicon]\nlonelyness = ["alleen"]\n', "lexicon.lonelyness", "loneliness"),
    "store url type": ("[store]\nurl = 5\n", "store.url", "tekst"),
    "source type": ("[sources]\npopulation = 5\n", "sources.population", "tekst"),
    "theme label": ('[themes]\nmeeting = ["a", "b", "c"]\n', "themes.meeting", ""),
}


@pytest.mark.parametrize("case", BAD, ids=list(BAD))
def test_mistake_names_file_and_key_in_dutch(tmp_path: Path, case: str) -> None:
    text, key, words = BAD[case]
    error = _problems(tmp_path, 'name = "Proef"\n' + text)
    keys = [p.column for p in error.problems]
    assert key in keys, keys
    assert f"workspace.toml, sleutel '{key}'" in str(error)
    assert words in str(error)
    assert all(p.file == "workspace.toml" for p in error.problems)
    assert error.problem is error.problems[0]


def test_every_problem_reported_at_once(tmp_path: Path) -> None:
    text = (
        "hrizons = [3]\nbase_year = 1800\nlang = 'fr'\n"
        "[thresholds]\nwalk_m = -1\n[gaps]\nweekly_share = 2\n"
    )
    error = _problems(tmp_path, text)
    assert {p.column for p in error.problems} == {
        "hrizons",
        "base_year",
        "lang",
        "thresholds.walk_m",
        "gaps.weekly_share",
    }
    message = str(error)
    assert "bedoelt u 'horizons'?" in message and "'nl' of 'en'" in message


def test_valid_file_gives_typed_sections(tmp_path: Path) -> None:
    text = WORKSPACE_TOML + (
        "[gaps]\nweekly_share = 0.5\nweeks_per_year = 40\n"
        '[report]\ndate = 2026-03-01\n[survey]\nmin_cell = 5\n[store]\nurl = "sqlite:///x.db"\n'
        '[themes]\nmeeting = "ontmoeting"\nyouth = ["jeugd", "youth"]\n'
        '[indicators.v]\nlabel = "V"\ntargets = { 3 = 1, 10 = 2 }\n'
    )
    s = load_settings(_write(tmp_path, text))
    assert s.gaps.weekly_share == 0.5 and s.gaps.weeks_per_year == 40.0
    assert str(s.report.date) == "2026-03-01" and s.survey.min_cell == 5
    assert s.store_url == "sqlite:///x.db"
    assert s.themes == {
        "meeting": ("ontmoeting", "meeting and activities"),
        "youth": ("jeugd", "youth"),
    }
    assert s.indicators["v"].targets == {3: 1.0, 10: 2.0}
    assert (s.gaps.weekly_share, s.gaps.weeks_per_year) == (0.5, 40)


def test_demo_workspace_toml_is_valid() -> None:
    s = load_settings(Path(__file__).parents[3] / "data" / "demo" / "workspace.toml")
    # the demo takes CBS migration per municipality; its institutions are held constant
    assert s.generated and s.projection.net_migration == {}
    assert s.projection.net_migration_rate is None
    assert s.projection.institutions == ["boschoord", "veenhuizen"]
    assert set(s.indicators) >= {"visitors", "loneliness"}


def _check(workspace: Path, *extra: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "planning.cli", "check", "--workspace", str(workspace), *extra],
        capture_output=True,
        text=True,
    )


def test_planning_check_exits_2_naming_file_and_key(tiny_ws: Path) -> None:
    toml = tiny_ws / "workspace.toml"
    toml.write_text(WORKSPACE_TOML + "hrizons = [3]\n[gaps]\nweekly_share = -1\n", "utf-8")
    proc = _check(tiny_ws)
    assert proc.returncode == 2
    assert "Traceback" not in proc.stderr
    out = proc.stdout + proc.stderr
    assert "workspace.toml, sleutel 'hrizons': onbekende instelling; bedoelt u 'horizons'?" in out
    assert "workspace.toml, sleutel 'gaps.weekly_share'" in out
    proc = _check(tiny_ws, "--json")
    assert proc.returncode == 2
    problems = json.loads(proc.stdout)["problems"]
    assert {p["column"] for p in problems} == {"hrizons", "gaps.weekly_share"}
