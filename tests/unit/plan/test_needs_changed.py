"""The earlier-plan section's needs: the changes between the two latest rounds that are
larger than the margins allow, exactly those `planning needs --compare` calls larger."""

from __future__ import annotations

from planning.plan.previous import needs_changed_between_rounds
from planning.survey.round_compare import LARGER, compare_rounds
from planning.workspace.folder import open_workspace


def test_diever_lists_the_larger_changes_of_needs_compare(demo_ws):
    ws = open_workspace(demo_ws)
    changed = needs_changed_between_rounds(ws, "diever", since=None, lang="nl")  # type: ignore[arg-type]
    table = compare_rounds(ws, "diever").table
    larger = table[table["verdict"] == LARGER]
    assert len(changed) == len(larger) >= 1
    first = larger.iloc[0]
    row = changed.iloc[0]
    assert (row["theme"], row["horizon"]) == (first["theme"], first["horizon"])
    assert row["then"] == f"{round(first['share_earlier'] * 100)}%"
    assert row["now"] == f"{round(first['share_later'] * 100)}%"
    points = round((first["share_later"] - first["share_earlier"]) * 100)
    assert row["change"] == f"{'+' if points > 0 else ''}{points} procentpunt"
    assert row["verdict"] == "verschil groter dan de foutmarge"


def test_a_kern_surveyed_once_has_no_changed_needs(demo_ws):
    ws = open_workspace(demo_ws)
    assert needs_changed_between_rounds(ws, "norg", since=None).empty  # type: ignore[arg-type]
