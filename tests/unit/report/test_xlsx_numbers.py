"""The XLSX shows matches in Dutch with their counts and monitoring as numbers."""

from __future__ import annotations

import pytest

from planning.plan.build import build_plan
from planning.report.xlsx import build_workbook
from planning.workspace.folder import open_workspace


@pytest.mark.slow
def test_matches_and_monitoring_sheets() -> None:
    ws = open_workspace()
    plan = build_plan(ws, "roden")
    sheets = {s.title: list(s.iter_rows(values_only=True)) for s in build_workbook(plan).worksheets}
    matches = sheets["Gemaakte matches"]
    assert matches[0][:3] == ("thema", "matches", "voorgesteld")
    labels = set(plan.theme_labels.values())
    for row in matches[1:]:
        assert row[0] in labels  # Dutch theme names, not codes
        assert all((isinstance(v, int) and v >= 5) or v == "<5" for v in row[1:])
    expected = {
        plan.theme_labels[r["theme"]]: r["matches"] for r in plan.matches.to_dict("records")
    }
    for row in matches[1:]:
        shown = expected[row[0]]
        assert row[1] == (shown if shown >= 5 else "<5")
    monitoring = sheets["Monitoring"]
    assert monitoring[0][3:] == ("doel", "gemeten", "periode")
    for row in monitoring[1:]:
        assert row[3] is None or isinstance(row[3], float | int) or row[3] == "<5"
        assert row[4] is None or isinstance(row[4], float | int) or row[4] == "<5"
