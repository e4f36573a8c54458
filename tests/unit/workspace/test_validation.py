"""Every kind of problem names its file, spreadsheet row, column and value, all in one pass."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from helpers.tiny import WORKSPACE_TOML, table, write_csv

from planning.errors import Problem, ValidationError, WorkspaceError
from planning.workspace.folder import open_workspace


def edit(name: str, row: int, column: str, value: str) -> Callable[[Path], None]:
    """Set one cell; ``row`` counts as in a spreadsheet (header is row 1)."""

    def apply(root: Path) -> None:
        rows = table(name)
        rows[row - 1][rows[0].index(column)] = value
        write_csv(root / f"{name}.csv", rows)

    return apply


# (label, change, file, row, column, value, words the message must contain)
CASES: list[tuple[str, Callable[[Path], None], str, int | None, str | None, object, list[str]]] = [
    (
        "unknown village with a near miss",
        edit("facilities", 3, "village_id", "nieuw roden"),
        "facilities.csv",
        3,
        "village_id",
        "nieuw roden",
        ["onbekende kern 'nieuw roden'", "bedoelt u 'nieuw-roden'?"],
    ),
    (
        "unknown village in a list of villages",
        edit("provisions", 3, "villages", "roden;Nieuw Roden"),
        "provisions.csv",
        3,
        "villages",
        "Nieuw Roden",
        ["onbekende kern", "bedoelt u 'nieuw-roden'?"],
    ),
    (
        "unknown facility",
        edit("provisions", 3, "facility_id", "roden-cafee"),
        "provisions.csv",
        3,
        "facility_id",
        "roden-cafee",
        ["onbekende voorziening 'roden-cafee'", "bedoelt u 'roden-cafe'?"],
    ),
    (
        "unknown partner",
        edit("commitments", 2, "partner_id", "welzijn-in-noordenveld"),
        "commitments.csv",
        2,
        "partner_id",
        "welzijn-in-noordenveld",
        ["onbekende partner"],
    ),
    (
        "unknown partner with a near miss",
        edit("commitments", 3, "partner_id", "dorpsbelang een"),
        "commitments.csv",
        3,
        "partner_id",
        "dorpsbelang een",
        ["onbekende partner", "bedoelt u 'dorpsbelang-een'?"],
    ),
    (
        "unknown provision",
        edit("commitments", 2, "provision_id", "roden-kofie"),
        "commitments.csv",
        2,
        "provision_id",
        "roden-kofie",
        ["onbekend aanbod 'roden-kofie'", "bedoelt u 'roden-koffie'?"],
    ),
    (
        "unknown theme",
        edit("provisions", 3, "themes", "meeting;lonelyness"),
        "provisions.csv",
        3,
        "themes",
        "lonelyness",
        ["onbekend thema", "bedoelt u 'loneliness'?"],
    ),
    (
        "malformed age band",
        edit("population", 3, "age_band", "65-70"),
        "population.csv",
        3,
        "age_band",
        "65-70",
        ["leeftijdsklasse", "0-4"],
    ),
    (
        "age band in words",
        edit("population", 4, "age_band", "kinderen"),
        "population.csv",
        4,
        "age_band",
        "kinderen",
        ["leeftijdsklasse"],
    ),
    (
        "latitude outside the Netherlands",
        edit("villages", 3, "lat", "6.399"),
        "villages.csv",
        3,
        "lat",
        "6.399",
        ["breedtegraad binnen Nederland"],
    ),
    (
        "longitude outside the Netherlands (decimal comma)",
        edit("facilities", 2, "lon", "-6,4"),
        "facilities.csv",
        2,
        "lon",
        "-6,4",
        ["lengtegraad binnen Nederland"],
    ),
    (
        "population point outside the Netherlands",
        edit("population_points", 4, "lat", "48.85"),
        "population_points.csv",
        4,
        "lat",
        "48.85",
        ["breedtegraad"],
    ),
    (
        "duplicate facility id",
        lambda root: write_csv(
            root / "facilities.csv", [*table("facilities"), table("facilities")[1]]
        ),
        "facilities.csv",
        5,
        "facility_id",
        "roden-cafe",
        ["dubbele id", "staat al in rij 2"],
    ),
    (
        "duplicate population row",
        edit("population", 3, "age_band", "0-4"),
        "population.csv",
        3,
        "village_id, year, age_band",
        "roden / 2021 / 0-4",
        ["dubbele rij", "rij 2"],
    ),
    (
        "missing required column, closest header suggested",
        edit("villages", 1, "municipality", "gemeentee"),
        "villages.csv",
        1,
        "municipality",
        None,
        ["kolom ontbreekt", "gemeente", "bedoelt u 'gemeentee'?"],
    ),
    (
        "missing required column with a spaced header",
        edit("facilities", 1, "step_free", "drempel vrij?"),
        "facilities.csv",
        1,
        "step_free",
        None,
        ["kolom ontbreekt", "bedoelt u 'drempel vrij?'"],
    ),
    (
        "missing value",
        edit("villages", 3, "name", ""),
        "villages.csv",
        3,
        "name",
        None,
        ["waarde ontbreekt"],
    ),
    (
        "unparseable number",
        edit("facilities", 3, "open_hours_per_week", "veel"),
        "facilities.csv",
        3,
        "open_hours_per_week",
        "veel",
        ["verwacht een getal"],
    ),
    (
        "fraction where a whole number belongs",
        edit("population", 5, "inhabitants", "12,5"),
        "population.csv",
        5,
        "inhabitants",
        "12,5",
        ["heel getal"],
    ),
    (
        "negative number",
        edit("facilities", 2, "capacity", "-5"),
        "facilities.csv",
        2,
        "capacity",
        "-5",
        ["0 of meer"],
    ),
    (
        "not a boolean",
        edit("facilities", 3, "walk_in", "soms"),
        "facilities.csv",
        3,
        "walk_in",
        "soms",
        ["ja of nee"],
    ),
    (
        "unknown provision kind",
        edit("provisions", 3, "kind", "activiteit"),
        "provisions.csv",
        3,
        "kind",
        "activiteit",
        ["fund, service, activity"],
    ),
    (
        "age_min above age_max",
        edit("provisions", 2, "age_max", "2"),
        "provisions.csv",
        2,
        "age_max",
        2,
        ["kleiner dan"],
    ),
    (
        "end year before start year",
        edit("commitments", 2, "end_year", "2020"),
        "commitments.csv",
        2,
        "end_year",
        2020,
        ["eindjaar"],
    ),
    (
        "missing table file",
        lambda root: (root / "partners.csv").unlink(),
        "partners.csv",
        None,
        None,
        None,
        ["bestand ontbreekt", "partners.xlsx"],
    ),
]


@pytest.mark.parametrize(
    ("change", "file", "row", "column", "value", "words"),
    [c[1:] for c in CASES],
    ids=[c[0] for c in CASES],
)
def test_problem_is_located(
    tiny_ws: Path,
    change: Callable[[Path], None],
    file: str,
    row: int | None,
    column: str | None,
    value: object,
    words: list[str],
) -> None:
    change(tiny_ws)
    ws = open_workspace(tiny_ws)
    assert len(ws.problems) == 1, ws.problems  # one mistake, one problem: no cascades
    [problem] = ws.problems
    assert (problem.file, problem.row, problem.column, problem.value) == (
        file,
        row,
        column,
        value,
    )
    for word in words:
        assert word in problem.message
    text = str(problem)
    assert text.startswith(file)
    if row is not None:
        assert f"rij {row}" in text
    assert not ws.ok
    with pytest.raises(ValidationError) as info:
        ws.raise_for_problems()
    assert info.value.problems == [problem]


def test_all_problems_in_one_pass(tiny_ws: Path) -> None:
    for _, change, *_rest in CASES[:12]:
        change(tiny_ws)
    # the edits above rewrite whole tables, so only the last edit per table survives;
    # break one more cell in each of three tables to be sure they add up
    rows = table("population")
    rows[2][2] = "65-70"
    rows[4][3] = "veel"
    write_csv(tiny_ws / "population.csv", rows)
    ws = open_workspace(tiny_ws)
    files = {p.file for p in ws.problems}
    assert {"population.csv", "facilities.csv", "provisions.csv", "commitments.csv"} <= files
    located = {(p.file, p.row, p.column) for p in ws.problems}
    assert ("population.csv", 3, "age_band") in located
    assert ("population.csv", 5, "inhabitants") in located


def test_problem_to_dict_is_plain_json(tiny_ws: Path) -> None:
    import json

    edit("facilities", 2, "capacity", "-5")(tiny_ws)
    [problem] = open_workspace(tiny_ws).problems
    assert json.loads(json.dumps(problem.to_dict())) == {
        "file": "facilities.csv",
        "row": 2,
        "column": "capacity",
        "value": "-5",
        "message": problem.message,
        # the catalogue key and its fields, so scripts can tell kinds apart in any language
        "key": "ws.expected",
        "fields": {"rule": "een getal van 0 of meer"},
    }


def test_survey_responses_are_checked(tiny_ws: Path) -> None:
    (tiny_ws / "survey").mkdir()
    write_csv(
        tiny_ws / "survey" / "responses.csv",
        [
            ["respondent_id", "kern", "kanaal", "datum", "leeftijd", "importance_loneliness"],
            ["r1", "rodn", "markt", "31-02-2026", "70-74", "7"],
            ["r2", "roden", "market", "22-11-2026", "70 t/m 74", "4"],
            ["r2", "een", "online", "", "", ""],
        ],
        delimiter=";",
    )
    ws = open_workspace(tiny_ws)
    located = {(p.file, p.row, p.column): p for p in ws.problems}
    # columns are named by the header the user wrote (kern, kanaal, datum)
    assert set(located) == {
        ("survey/responses.csv", 2, "kern"),
        ("survey/responses.csv", 2, "kanaal"),
        ("survey/responses.csv", 2, "datum"),
        ("survey/responses.csv", 2, "importance_loneliness"),
        ("survey/responses.csv", 4, "respondent_id, source"),
    }
    assert "bedoelt u 'roden'?" in located["survey/responses.csv", 2, "kern"].message
    assert ws.responses.loc[3, "age_band"] == "70-74"


def test_village_lookup_suggests(tiny_ws: Path) -> None:
    ws = open_workspace(tiny_ws)
    assert ws.village("nieuw-roden")["name"] == "Nieuw-Roden"
    with pytest.raises(WorkspaceError, match=r"onbekende kern 'nieuw roden'.*'nieuw-roden'"):
        ws.village("nieuw roden")


BROKEN_TOML = {
    "not toml": ("name = 'x'\nbase_year = \n", "geen geldige TOML"),
    "base year as text": ('base_year = "2026"\n', "base_year"),
    "unknown language": ('lang = "fr"\n', "'nl' of 'en'"),
    "empty horizons": ("horizons = []\n", "horizons"),
    "unknown threshold": ("[thresholds]\nwalk_meters = 800\n", "walk_meters"),
    "negative threshold": ("[thresholds]\nwalk_m = -1\n", "walk_m"),
}


@pytest.mark.parametrize("case", BROKEN_TOML, ids=list(BROKEN_TOML))
def test_broken_workspace_toml(tiny_ws: Path, case: str) -> None:
    text, words = BROKEN_TOML[case]
    (tiny_ws / "workspace.toml").write_text(text, encoding="utf-8")
    with pytest.raises(WorkspaceError) as info:
        open_workspace(tiny_ws)
    assert "workspace.toml" in str(info.value)
    assert words in str(info.value)
    assert isinstance(info.value.problem, Problem)
    assert info.value.problem.file == "workspace.toml"


def test_workspace_toml_saved_by_notepad_in_cp1252(tiny_ws: Path) -> None:
    text = WORKSPACE_TOML.replace("Proefwerkmap", "Proef Eén")
    (tiny_ws / "workspace.toml").write_bytes(text.encode("cp1252"))
    assert open_workspace(tiny_ws).settings.name == "Proef Eén"


def test_missing_workspace_toml_and_folder(tmp_path: Path) -> None:
    with pytest.raises(WorkspaceError, match=r"workspace\.toml ontbreekt"):
        open_workspace(tmp_path)
    with pytest.raises(WorkspaceError, match="map bestaat niet"):
        open_workspace(tmp_path / "nergens")
