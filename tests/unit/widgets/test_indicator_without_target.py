"""An indicator without targets beside indicators with them: staff see no "nan" as its goal.

monitoring.latest holds the targets in one column; pandas turns the missing one into NaN
as soon as another indicator has a target, so "no target" is None or NaN there.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from planning.cli import main
from planning.widgets import MonitoringView

JEUGDFONDS_TARGETS = "targets = { 3 = 9, 5 = 10, 10 = 12 }\n"


@pytest.fixture
def without_target(demo_ws: Path) -> Path:
    """The demo with the Jeugdfonds indicator's targets taken out (its figures stay)."""
    toml = demo_ws / "workspace.toml"
    words = toml.read_text(encoding="utf-8")
    assert words.count(JEUGDFONDS_TARGETS) == 1
    toml.write_text(words.replace(JEUGDFONDS_TARGETS, ""), encoding="utf-8")
    return demo_ws


def test_monitor_list_gives_no_goal_for_an_indicator_without_targets(
    without_target: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["monitor", "list", "--workspace", str(without_target), "--village", "een"]) == 0
    lines = capsys.readouterr().out.splitlines()
    jeugdfonds = [line for line in lines if "Jeugdfonds" in line]
    others = [line for line in lines if "Actieve vrijwilligers" in line]
    assert len(jeugdfonds) == 1 and "doel" not in jeugdfonds[0] and "nan" not in jeugdfonds[0]
    assert re.search(r"\(doel 2029: [\d,]+\)", others[0])  # the others keep their goal


def test_monitoring_view_gives_no_goal_for_an_indicator_without_targets(
    without_target: Path,
) -> None:
    view = MonitoringView(without_target, "een")
    rows = re.findall(r"<tr>(.*?)</tr>", view.latest_view.value, flags=re.S)
    jeugdfonds = [row for row in rows if "Jeugdfonds" in row]
    assert len(jeugdfonds) == 1 and "nan" not in jeugdfonds[0] and "2029" not in jeugdfonds[0]
    assert any("Actieve vrijwilligers" in row and "38 in 2029" in row for row in rows)
