"""Cut and doubled (issue 25): meetings with the same title told apart, Dutch for every
action kind, one kern picker and one set of monitoring figures on a page."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import pandas as pd

from planning.i18n import text
from planning.widgets.monitoring_view import MonitoringView
from planning.widgets.session_app import session_labels
from planning.workspace.scenario_file import ACTION_KINDS


def test_two_meetings_with_the_same_title_are_told_apart() -> None:
    frame = pd.DataFrame(
        {
            "session_id": [3, 2, 1],
            "village_id": ["diever", "diever", "diever"],
            "title": ["Werkgroep", "Werkgroep", "Klankbord"],
            "held_on": [date(2026, 3, 2)] * 3,
            "created_at": [
                datetime(2026, 3, 2, 19, 30),
                datetime(2026, 3, 2, 14, 5),
                datetime(2026, 3, 2, 10, 0),
            ],
        }
    )
    labels = [label for label, _ in session_labels(frame, {"diever": "Diever"}, "nl")]
    assert labels == [
        "02-03-2026 · Diever · Werkgroep · gestart 19:30",
        "02-03-2026 · Diever · Werkgroep · gestart 14:05",
        "02-03-2026 · Diever · Klankbord",
    ]
    same = frame.assign(created_at=[datetime(2026, 3, 2, 19, 30)] * 3, title="Werkgroep")
    labels = [label for label, _ in session_labels(same, {"diever": "Diever"}, "nl")]
    assert len(set(labels)) == 3 and labels[0].endswith("(nr. 3)")


def test_every_action_kind_has_dutch_words() -> None:
    for kind in ACTION_KINDS:
        for key in (f"akind.{kind}", f"session.akind.{kind}"):
            assert text(key, "nl") not in ("outreach", key), key


def _shown(view: MonitoringView) -> list[object]:
    return [c for box in view.widget.children if hasattr(box, "children") for c in box.children]


def test_the_monitoring_view_can_leave_the_kern_to_the_page(demo_ws: Path) -> None:
    page = MonitoringView(demo_ws, "diever", pick_village=False, figures=False)
    assert not any(c is page.village for c in _shown(page))
    assert page.chart not in page.widget.children and page.latest_view not in page.widget.children
    alone = MonitoringView(demo_ws, "diever")
    assert any(c is alone.village for c in _shown(alone))
