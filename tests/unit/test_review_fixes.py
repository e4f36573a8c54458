"""The smaller things found in the review of issue 24, each held by a test: a negative amount
in a scenario file names its field wherever the problem is shown; a near miss of a short id
gets a suggestion; the monitoring tables of notebooks 07 and 08 have Dutch headers; notebook
06 stays thin; the count of problems above the list comes from the catalogue."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from planning.cli import main
from planning.errors import Problem, WorkspaceError
from planning.io.suggest import suggest
from planning.plan.overview import problems_message
from planning.workspace.folder import open_workspace
from planning.workspace.scenario_problems import scenario_problems

NOTEBOOKS = Path(__file__).resolve().parents[2] / "notebooks"


def test_a_negative_amount_in_a_scenario_file_names_its_field(
    demo_ws: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    scenario = demo_ws / "scenarios" / "roden--dorpshuis-als-ontmoetingsplek.toml"
    text = scenario.read_text(encoding="utf-8")
    assert "yearly_cost = 9500" in text
    scenario.write_text(text.replace("yearly_cost = 9500", "yearly_cost = -500", 1), "utf-8")

    # planning check: the problem of the skipped file
    ws = open_workspace(demo_ws)
    [problem] = [p for p in scenario_problems(ws) if "negatief" in p.message]
    assert "yearly_cost mag niet negatief zijn" in problem.message
    assert problem.column == "yearly_cost" and problem.value == -500

    # the scenario command's one line about the file it leaves out
    assert main(["scenario", "list", "--workspace", str(demo_ws)]) == 0
    err = capsys.readouterr().err
    assert "yearly_cost mag niet negatief zijn" in err

    # and in English
    assert main(["scenario", "list", "--workspace", str(demo_ws), "--lang", "en"]) == 0
    assert "yearly_cost" in capsys.readouterr().err


def test_a_near_miss_of_a_three_letter_id_gets_a_suggestion(tiny_ws: Path) -> None:
    assert suggest("eex", ["een", "roden", "nieuw-roden"]) == "een"
    assert suggest("ene", ["een", "roden"]) == "een"  # two letters swapped
    assert suggest("xyz", ["een", "roden"]) is None  # nothing alike: no guess
    assert suggest("ex", ["en"]) is None  # two letters: no allowance (1 of 2 would match)
    assert suggest("rodem", ["roden", "een"]) == "roden"  # longer ids as before
    ws = open_workspace(tiny_ws)
    with pytest.raises(WorkspaceError, match=r"onbekende kern 'eex'.*'een'"):
        ws.village("eex")


def test_the_monitoring_tables_of_notebooks_07_and_08_have_dutch_headers(demo_ws: Path) -> None:
    from planning.report import plan_views
    from planning.widgets.village_picker import VillagePicker

    for notebook in ("07_dorpsplan.py", "08_monitoring.py"):
        assert 'kies.show("monitoring_table")' in (NOTEBOOKS / notebook).read_text()
    plan = VillagePicker(demo_ws, "roden").plan
    plan = plan() if callable(plan) else plan
    styler = plan_views.monitoring_table(plan)
    assert styler is not None
    headers = re.findall(r"<th [^>]*col_heading[^>]*>([^<]*)</th>", styler.to_html())
    assert headers[:2] == ["graadmeter", "gemeten"], headers
    assert "indicator" not in headers


def test_notebook_06_is_thin_and_its_app_takes_the_command_s_village_and_language(
    tiny_ws: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    twin = (NOTEBOOKS / "06_sessie.py").read_text(encoding="utf-8")
    cells = [c for c in re.split(r"^# %%.*$", twin, flags=re.MULTILINE) if c.strip()]
    code = [c for c in cells if not all(line.startswith("#") for line in c.strip().splitlines())]
    longest = max(
        len([line for line in c.strip().splitlines() if not line.startswith("#")]) for c in code
    )
    assert longest <= 4, code  # was a 9-line cell
    assert "os.environ" not in twin

    from planning.widgets.session_app import SessionApp

    monkeypatch.setenv("PLANNING_VILLAGE", "een")
    monkeypatch.setenv("PLANNING_LANG", "en")
    app = SessionApp.served(tiny_ws, "roden")
    try:
        assert (app.village, app.lang) == ("een", "en")
        assert app._poller is not None and app._poller.is_alive()
    finally:
        app.stop_polling()
    monkeypatch.delenv("PLANNING_VILLAGE")
    monkeypatch.delenv("PLANNING_LANG")
    app = SessionApp.served(tiny_ws, "roden")
    try:
        assert (app.village, app.lang) == ("roden", "nl")  # the notebook's own, the workspace's
    finally:
        app.stop_polling()


def test_the_count_of_problems_comes_from_the_catalogue(tiny_ws: Path) -> None:
    ws = open_workspace(tiny_ws)
    one = Problem("villages.csv", 2, "lat", "x", key="io.not_a_number")
    ws.problems[:] = [one]
    assert problems_message(ws, "nl") == "1 probleem gevonden"
    assert problems_message(ws, "en") == "1 problem found"
    ws.problems[:] = [one, one, one]
    assert problems_message(ws, "nl") == "3 problemen gevonden"
    assert problems_message(ws, "en") == "3 problems found"
    overview = (
        Path(__file__).resolve().parents[2] / "planning" / "plan" / "overview.py"
    ).read_text()
    assert 'lang == "en"' not in overview


def test_no_text_is_chosen_by_language_outside_the_catalogue() -> None:
    """The language picks an entry of the catalogue (or a label pair the workspace holds),
    never a sentence written beside the code."""
    package = Path(__file__).resolve().parents[2] / "planning"
    inline = re.compile(r"""lang\s*==\s*["']en["']\s*:\s*\n\s*return\s+f?["']""")
    offenders = [
        str(p.relative_to(package))
        for p in package.rglob("*.py")
        if inline.search(p.read_text(encoding="utf-8"))
    ]
    assert offenders == []
