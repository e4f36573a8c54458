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

WIDGET = "application/vnd.jupyter.widget-view+json"


@pytest.fixture
def displayed(monkeypatch: pytest.MonkeyPatch) -> list[Any]:
    """Every output the picker displays (MIME bundles, or the widgets of the choices)."""
    calls: list[Any] = []
    monkeypatch.setattr(village_picker, "display", lambda data, raw=False: calls.append(data))
    return calls


def _html(slot: Any) -> str:
    return str(slot.children[0].value)


def test_views_follow_the_chosen_village(demo_ws: Path, displayed: list) -> None:
    picker = VillagePicker(demo_ws, "roden")
    assert [label for label, _ in picker.dropdown.options] == sorted(
        label for label, _ in picker.dropdown.options
    )
    picker.show("facts")
    picker.show("pyramid")
    facts, pyramid = picker.slots
    # the saved output: the widget for JupyterLab and Voila, and the table itself beside it
    assert WIDGET in displayed[0] and "Noordenveld" in displayed[0]["text/html"]
    assert "image/png" in displayed[1] and "dtype" not in displayed[1]["text/plain"]
    assert "Roden" in _html(facts)
    before = pyramid.children[0].value
    picker.dropdown.value = "diever"
    html = _html(facts)
    assert "Diever" in html and "Westerveld" in html and "Roden" not in html
    # the inhabitants as the plan prints them: CBS count with a thousands dot
    assert f"{picker.plan.inhabitants:,}".replace(",", ".") in html
    assert pyramid.children[0].value != before


def test_a_view_that_hits_bad_input_shows_the_dutch_message(demo_ws: Path, displayed: list) -> None:
    from planning.errors import Joined, Placed, Problem, WorkspaceError

    picker = VillagePicker(demo_ws, "roden")

    def broken(plan: Any) -> Any:
        wrong = Problem("facilities.csv", 3, None, plan.name, key="ws.no_such_village")
        raise WorkspaceError(Joined((Placed(wrong),)))

    picker.show(broken)
    assert displayed[0]["text/markdown"].startswith("*facilities.csv, rij 3")
    assert "onbekende kern (waarde: 'Roden')" in _html(picker.slots[0])


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
    assert "Jeugdfonds" in _html(picker.slots[0])
    theme.value = "informal_care"
    assert "mantelzorg" in _html(picker.slots[0])


def test_plan_export_writes_the_chosen_villages_plan(demo_ws: Path) -> None:
    from planning.widgets.plan_export import PlanExport

    button = PlanExport(demo_ws, "diever", formats=("xlsx",))
    assert "Diever" in button.button.description
    button.button.click()
    assert [p.name for p in button.written] == ["dorpsplan-diever.xlsx"]
    assert button.written[0].is_file() and "dorpsplan-diever.xlsx" in button.status.value
