"""Exports as municipalities have them: Dutch Excel with survey groups, labelled SPSS,
Microsoft Forms, Google Forms and KoboToolbox, each through its ready mapping."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

import numpy as np
import openpyxl
import pandas as pd
import pyreadstat
import pytest

from planning.analysis.gaps import gaps
from planning.survey.importer import import_survey
from planning.survey.needs import needs, post_stratify
from planning.workspace.folder import open_workspace

ROOT = Path(__file__).resolve().parents[3]
READY = ROOT / "docs" / "koppelbestanden"
GROUPS = ["15-24", "25-44", "45-64", "65-74", "75+"]
VILLAGES = ["Roden", "Peize", "Norg", "Vledder"]


def _responses(ws: Path) -> pd.DataFrame:
    return pd.read_csv(ws / "survey" / "responses.csv", dtype=str, keep_default_na=False)


def test_dutch_excel_csv_with_survey_groups(demo_ws: Path, tmp_path: Path) -> None:
    """40 rows, ';', cp1252, groups 15-24 ... 75+: only the three truly bad rows are rejected."""
    lines = ["Formulier;Kern;Datum;Leeftijd;Kanaal;Belang_meeting;Behoefte_3y"]
    for i in range(40):
        group = GROUPS[i % 5]
        lines.append(
            f"{i + 1};{VILLAGES[i % 4]};{1 + i % 28}-2-2026;{group};markt;{1 + i % 5};"
            "een café in het dorpshuis"
        )
    lines[5] = "5;Atlantis;5-2-2026;45-64;markt;3;niets"  # unknown village
    lines[12] = "12;Roden;12-2-2026;oud;markt;3;niets"  # not an age
    lines[30] = "30;Peize;2-2-2026;25-44;markt;8;niets"  # importance out of range
    lines[20] = "20;Norg;20-2-2026;Weet ik niet;markt;Weet ik niet;"  # no answer: fine
    export = tmp_path / "enquete-excel.csv"
    export.write_bytes("\r\n".join(lines).encode("cp1252"))
    result = import_survey(demo_ws, export)
    assert (result.rows, result.accepted, result.rejected) == (40, 37, 3)
    assert result.reasons == {
        "importance_out_of_range": 1,
        "invalid_age_band": 1,
        "unknown_village": 1,
    }
    mine = _responses(demo_ws).query("source == 'enquete-excel.csv'")
    assert set(mine["age_band"]) == {*GROUPS, ""}
    assert "een café in het dorpshuis" in set(mine["need_3y"])


def test_labelled_spss_file_with_survey_groups(demo_ws: Path, tmp_path: Path) -> None:
    """24 of 24 rows of a labelled SPSS file with groups import (they were all lost before)."""
    frame = pd.DataFrame(
        {
            "volgnr": np.arange(1, 25, dtype=float),
            "kern": [float(1 + i % 4) for i in range(24)],
            "lft": [float(1 + i % 5) for i in range(24)],
            "ontm": [float(1 + i % 5) for i in range(24)],
        }
    )
    frame.loc[3, "ontm"] = 9.0  # user-missing 'weet niet'
    sav = tmp_path / "peiling.sav"
    pyreadstat.write_sav(
        frame,
        str(sav),
        variable_value_labels={
            "kern": {1.0: "Roden", 2.0: "Peize", 3.0: "Norg", 4.0: "Vledder"},
            "lft": {1.0: "15 t/m 24 jaar", 2.0: "25 t/m 44 jaar", 3.0: "45 t/m 64 jaar"}
            | {4.0: "65 t/m 74 jaar", 5.0: "75 jaar of ouder"},
            "ontm": {1.0: "Helemaal niet belangrijk", 5.0: "Heel belangrijk", 9.0: "Weet niet"},
        },
        missing_ranges={"ontm": [9.0]},
    )
    mapping = tmp_path / "peiling.toml"
    mapping.write_text(
        '[columns]\nrespondent_id = "volgnr"\nvillage_id = "kern"\nage_band = "lft"\n'
        'importance_meeting = "ontm"\n[constants]\nchannel = "phone"\n',
        encoding="utf-8",
    )
    result = import_survey(demo_ws, sav, mapping)
    assert (result.accepted, result.rejected) == (24, 0)
    mine = _responses(demo_ws).query("source == 'peiling.sav'").set_index("respondent_id")
    assert mine.loc["1", "age_band"] == "15-24" and mine.loc["5", "age_band"] == "75+"
    assert mine.loc["1", "importance_meeting"] == "1" and mine.loc["5", "importance_meeting"] == "5"
    assert mine.loc["4", "importance_meeting"] == ""


def _microsoft_forms(path: Path) -> None:
    mapping = _ready_headers("microsoft-forms.toml")
    fixed = ["Id", "Begintijd", "Tijd van voltooien", "E-mail", "Naam"]
    questions = [h for h in mapping if h not in fixed]
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Sheet1"
    sheet.append(fixed + questions)
    start = datetime(2026, 3, 12, 10, 15, 22)
    labels = ["Helemaal niet belangrijk", "Niet belangrijk", "Neutraal", "Belangrijk"]
    labels += ["Heel belangrijk"]
    for i in range(12):
        row: dict[str, object] = {
            "Id": i + 1,
            "Begintijd": start + timedelta(hours=i),
            "Tijd van voltooien": start + timedelta(hours=i, minutes=7),
            "E-mail": "anonymous",
            "Naam": None,
        }
        for header in questions:
            row[header] = None
        row["In welk dorp of welke wijk woont u?"] = VILLAGES[i % 4]
        row["Wat is uw leeftijd?"] = ["18 t/m 34 jaar", "35 t/m 54 jaar", "55 t/m 74 jaar"][i % 3]
        if i == 11:
            row["Wat is uw leeftijd?"] = "75 jaar of ouder"
        for header in questions:
            if header.startswith("Hoe belangrijk"):
                row[header] = labels[(i + len(header)) % 5]
        row["Hoe belangrijk vindt u: hulp bij geldzorgen"] = "Weet ik niet"
        row["Wat is er over 3 jaar nodig in uw dorp?"] = "Een plek om koffie te drinken"
        row["Mogen wij u terugbellen?"] = "Ja" if i == 0 else "Nee"
        if i == 0:
            row["Naam"] = "Jan Voorbeeld"
            row["Telefoonnummer (alleen als u teruggebeld wilt worden)"] = "06-12345678"
        sheet.append([row[h] for h in fixed + questions])
    book.save(path)


def _ready_headers(name: str) -> list[str]:
    import tomllib

    raw = tomllib.loads((READY / name).read_text(encoding="utf-8"))
    return list(dict.fromkeys([*raw["columns"].values(), *raw.get("pii", {}).values()]))


def test_microsoft_forms_export_through_its_ready_mapping(demo_ws: Path, tmp_path: Path) -> None:
    export = tmp_path / "Dorpsenquete(1-12).xlsx"
    _microsoft_forms(export)
    result = import_survey(demo_ws, export, READY / "microsoft-forms.toml")
    assert (result.rows, result.accepted, result.rejected) == (12, 12, 0)
    mine = _responses(demo_ws).query("source == 'Dorpsenquete(1-12).xlsx'")
    assert set(mine["collected_on"]) == {"2026-03-12"}
    assert set(mine["age_band"]) == {"18-34", "35-54", "55-74", "75+"}
    assert set(mine["channel"]) == {"online"}
    assert set(mine["importance_poverty_debt"]) == {""}  # 'Weet ik niet' is missing
    assert set(mine["importance_meeting"]) <= {"1", "2", "3", "4", "5"}
    assert "anonymous" not in (demo_ws / "survey" / "responses.csv").read_text(encoding="utf-8")
    assert "06-12345678" not in (demo_ws / "survey" / "responses.csv").read_text(encoding="utf-8")
    assert result.contacts == 1
    ws = open_workspace(demo_ws)
    table = needs(ws, "roden")
    assert table["respondents"].max() > 0


def test_google_forms_csv_day_first_and_stable_ids(demo_ws: Path, tmp_path: Path) -> None:
    headers = ["Tijdstempel", *_ready_headers("google-forms.toml")[1:]]
    rows = []
    for i in range(10):
        cells = {h: "" for h in headers}
        cells["Tijdstempel"] = f"{1 + i}-3-2026 10:15:22"
        cells["In welk dorp of welke wijk woont u?"] = VILLAGES[i % 4]
        cells["Wat is uw leeftijd?"] = ["Jonger dan 18", "18 t/m 34 jaar", "65 jaar of ouder"][
            i % 3
        ]
        cells["Hoe belangrijk vindt u deze onderwerpen? [activiteiten voor jongeren]"] = str(
            1 + i % 5
        )
        cells["Hoe belangrijk vindt u deze onderwerpen? [eenzaamheid tegengaan]"] = (
            "5 - heel belangrijk"
        )
        rows.append(cells)
    export = tmp_path / "Dorpsenquête (antwoorden) - Formulierreacties 1.csv"
    pd.DataFrame(rows, columns=headers).to_csv(export, index=False, encoding="utf-8")
    first = import_survey(demo_ws, export, READY / "google-forms.toml")
    assert (first.accepted, first.rejected) == (10, 0)
    mine = _responses(demo_ws).query("source == @export.name")
    assert mine["collected_on"].tolist()[:2] == ["2026-03-01", "2026-03-02"]
    assert set(mine["age_band"]) == {"0-17", "18-34", "65+"}
    assert set(mine["importance_loneliness"]) == {"5"}
    again = import_survey(demo_ws, export, READY / "google-forms.toml")
    assert (again.accepted, again.already_imported) == (0, 10)


def test_kobotoolbox_export_with_codes_labels_and_birth_years(
    demo_ws: Path, tmp_path: Path
) -> None:
    headers = _ready_headers("kobotoolbox.toml")
    rows = []
    for i in range(8):
        cells = {h: "" for h in headers}
        cells |= {"_uuid": f"a1b2-{i}", "today": "2026-04-02", "kanaal": "huisbezoek"}
        cells["dorp"] = ["roden", "Peize", "norg", "Vledder"][i % 4]
        cells["leeftijd"] = ["18_34", "75 jaar of ouder", "", "35_54"][i % 4]
        cells["geboortejaar"] = "1950" if i % 4 == 2 else ""
        cells["belang/ontmoeten"] = ["heel_belangrijk", "Heel belangrijk", "3", "niet"][i % 4]
        rows.append(cells)
    export = tmp_path / "kobo_export.csv"
    pd.DataFrame(rows, columns=headers).to_csv(export, index=False, sep=";")
    result = import_survey(demo_ws, export, READY / "kobotoolbox.toml")
    assert (result.accepted, result.rejected) == (8, 0)
    mine = _responses(demo_ws).query("source == 'kobo_export.csv'").set_index("respondent_id")
    # born 1950, answered in 2026: 76, in the band 75-79
    assert mine.loc["a1b2-2", "age_band"] == "75-79"
    assert mine.loc["a1b2-0", "age_band"] == "18-34" and mine.loc["a1b2-1", "age_band"] == "75+"
    assert mine["importance_meeting"].tolist()[:4] == ["5", "5", "3", "2"]
    assert set(mine["channel"]) == {"home_visit"}


def test_needs_answer_with_broad_groups(demo_ws: Path) -> None:
    """A village surveyed in broad groups: weights sum to the people of the ages asked."""
    ws = open_workspace(demo_ws)
    pop = ws.latest_population().query("village_id == 'roden'")
    responses = pd.DataFrame(
        {"village_id": "roden", "age_band": ["15-24", "25-44", "45-64", "65-74", "75+"] * 3}
    )
    w = post_stratify(responses, pop)
    start = pop["age_band"].str.extract(r"^(\d+)")[0].astype(int)
    assert w.sum() == pytest.approx(pop.loc[start >= 15, "inhabitants"].sum(), rel=1e-12)
    for group, (lo, hi) in {"25-44": (25, 45), "65-74": (65, 75)}.items():
        expected = pop.loc[start.between(lo, hi - 1), "inhabitants"].sum()
        assert w[responses["age_band"] == group].sum() == pytest.approx(expected, rel=1e-12)


def test_needs_and_gaps_of_a_village_surveyed_in_broad_groups(
    demo_ws: Path, tmp_path: Path
) -> None:
    """Only group answers in the workspace: needs match a hand computation, gaps answer."""
    (demo_ws / "survey" / "responses.csv").unlink()
    lines = ["Formulier;Kern;Kanaal;Leeftijd;Behoefte_3y"]
    texts = ["een ontmoetingsplek in het dorpshuis", "hulp bij mantelzorg", "meer voor de jeugd"]
    for i in range(30):
        lines.append(f"{i + 1};Roden;markt;{GROUPS[i % 5]};{texts[i % 3]}")
    export = tmp_path / "roden-groepen.csv"
    export.write_bytes("\r\n".join(lines).encode("cp1252"))
    assert import_survey(demo_ws, export).accepted == 30
    ws = open_workspace(demo_ws)
    table = needs(ws, "roden").query("horizon == 3").set_index("theme")
    # by hand: a group's weight is its inhabitants over its respondents (all groups cut CBS
    # bands at their own boundaries, 75+ is 75-79 ... 95+)
    pop = ws.latest_population().query("village_id == 'roden'")
    start = pop["age_band"].str.extract(r"^(\d+)")[0].astype(int)
    bounds = {"15-24": (15, 25), "25-44": (25, 45), "45-64": (45, 65), "65-74": (65, 75)}
    bounds["75+"] = (75, 200)
    weight = {
        g: pop.loc[start.between(lo, hi - 1), "inhabitants"].sum() / 6
        for g, (lo, hi) in bounds.items()
    }
    answers = pd.read_csv(demo_ws / "survey" / "responses.csv", dtype=str)
    w = answers["age_band"].map(weight)
    named = table.index[table["naming"] > 0]
    assert len(named) >= 2
    for theme in named:
        says = answers["need_3y_themes"].fillna("").str.split(";").map(lambda t, x=theme: x in t)
        assert table.loc[theme, "share"] == pytest.approx(w[says].sum() / w.sum(), rel=1e-12)
    result = gaps(ws, "roden")
    assert len(result) and result["theme"].nunique() == len(ws.settings.themes)
