"""The village picker: its views follow the dropdown, as plain MIME bundles staff can read."""

from __future__ import annotations

import base64
import io
from pathlib import Path
from typing import Any

import pandas as pd
import pytest

from planning.widgets import village_picker
from planning.widgets.village_picker import VillagePicker, bundle


class _Handle:
    def __init__(self, shown: list[dict[str, Any]]) -> None:
        self.shown = shown

    def update(self, data: Any, raw: bool = False) -> None:
        self.shown.append(data)


@pytest.fixture
def displayed(monkeypatch: pytest.MonkeyPatch) -> list[list[dict[str, Any]]]:
    """Every display the picker makes, each with the list of bundles it showed in turn."""
    calls: list[list[dict[str, Any]]] = []

    def fake_display(data: Any, raw: bool = False, display_id: bool = False) -> _Handle:
        calls.append([data])
        return _Handle(calls[-1])

    monkeypatch.setattr(village_picker, "display", fake_display)
    return calls


def test_views_follow_the_chosen_village(demo_ws: Path, displayed: list) -> None:
    picker = VillagePicker(demo_ws, "roden")
    assert [label for label, _ in picker.dropdown.options] == sorted(
        label for label, _ in picker.dropdown.options
    )
    picker.show("facts")
    picker.show("pyramid")
    facts, pyramid = displayed
    assert "Roden" in facts[0]["text/html"] and "Noordenveld" in facts[0]["text/html"]
    picker.dropdown.value = "diever"
    assert len(facts) == 2 and len(pyramid) == 2
    html = facts[1]["text/html"]
    assert "Diever" in html and "Westerveld" in html and "Roden" not in html
    # the inhabitants as the plan prints them: CBS count with a thousands dot
    inhabitants = picker.plan.inhabitants
    assert f"{inhabitants:,}".replace(",", ".") in html
    assert pyramid[1]["image/png"] != pyramid[0]["image/png"]


def test_a_view_that_hits_bad_input_shows_the_dutch_message(demo_ws: Path, displayed: list) -> None:
    from planning.errors import WorkspaceError

    picker = VillagePicker(demo_ws, "roden")

    def broken(plan: Any) -> Any:
        raise WorkspaceError(f"facilities.csv, rij 3: onbekende kern ({plan.name})")

    picker.show(broken)
    assert displayed[0][0]["text/markdown"].startswith("*facilities.csv, rij 3")


def test_bundles_carry_no_python_repr() -> None:
    from matplotlib.figure import Figure

    fig = Figure()
    fig.subplots().set_title("Inwoners")
    png = bundle(fig)
    assert png["text/plain"] == "Inwoners"
    from PIL import Image

    assert Image.open(io.BytesIO(base64.b64decode(png["image/png"]))).format == "PNG"
    styled = bundle(pd.DataFrame({"a": ["1.500"]}).style.hide(axis="index"))
    assert "dtype" not in styled["text/plain"] and "<table" in styled["text/html"]
    assert "Nog niets" in bundle(None)["text/plain"]


def test_a_choice_in_the_page_redraws_its_view(demo_ws: Path, displayed: list) -> None:
    picker = VillagePicker(demo_ws, "roden")
    theme, age = picker.theme_choice("youth"), picker.age_choice(12)
    assert ("jongeren", "youth") in theme.options
    picker.show("match_list", theme=theme, age=age)
    _controls, matches = displayed
    assert "Jeugdfonds" in matches[0]["text/html"]
    theme.value = "informal_care"
    assert len(matches) == 2 and "mantelzorg" in matches[1]["text/html"]


def test_plan_export_writes_the_chosen_villages_plan(demo_ws: Path) -> None:
    from planning.widgets.plan_export import PlanExport

    button = PlanExport(demo_ws, "diever", formats=("xlsx",))
    assert "Diever" in button.button.description
    button.button.click()
    assert [p.name for p in button.written] == ["dorpsplan-diever.xlsx"]
    assert button.written[0].is_file() and "dorpsplan-diever.xlsx" in button.status.value
