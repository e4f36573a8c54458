"""The real survey exports in ../shared/realdata/surveys import or fail exactly as designed."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest

from planning.errors import SurveyImportError
from planning.survey.importer import import_survey

MAPPINGS = Path(__file__).parent / "mappings"

# export (under surveys/) -> mapping, rows, accepted, rejected by reason
CASES = {
    "partypanel18.1_pre1_survey_883163_R_data_file_PUBLIC.csv": (
        "partypanel_pre1",
        30,
        2,
        {"incomplete": 28},
    ),
    "partypanel18.1_pre2_survey_180102_R_data_file_PUBLIC.csv": (
        "partypanel_pre2",
        157,
        14,
        {"incomplete": 143},
    ),
    "limonaid_limesurvey_survey_100001_R_data_file.csv": (
        "limonaid_100001",
        3,
        2,
        {"incomplete": 1},
    ),
    "limonaid_limesurvey_survey_998192_R_data_file.csv": ("limonaid_998192", 7, 7, {}),
    "spss/pyreadstat_sample.sav": ("pyreadstat_sample", 5, 2, {"invalid_date": 3}),
    "spss/pyreadstat_sample_missing.sav": (
        "pyreadstat_sample_missing",
        7,
        6,
        {"missing_respondent_id": 1},
    ),
}


def _responses(ws: Path) -> pd.DataFrame:
    return pd.read_csv(ws / "survey" / "responses.csv", dtype=str, keep_default_na=False)


@pytest.mark.parametrize("name", sorted(CASES))
def test_real_export_imports_as_described(realdata: Path, demo_ws: Path, name: str) -> None:
    mapping, rows, accepted, reasons = CASES[name]
    before = len(_responses(demo_ws))
    export = realdata / "surveys" / name
    result = import_survey(demo_ws, export, MAPPINGS / f"{mapping}.mapping.toml")
    assert result.rows == rows
    assert result.accepted == accepted
    assert result.reasons == reasons
    assert result.accepted + result.rejected == rows  # nothing lost
    after = _responses(demo_ws)
    assert len(after) == before + accepted
    mine = after[after["source"] == export.name]
    assert len(mine) == accepted
    if result.rejected:
        quarantined = pd.read_csv(
            demo_ws / result.rejected_file, dtype=str, sep=None, engine="python"
        )
        assert len(quarantined) == result.rejected
        assert quarantined["reason"].notna().all()
    again = import_survey(demo_ws, export, MAPPINGS / f"{mapping}.mapping.toml")
    assert again.accepted == 0 and again.already_imported == accepted
    assert len(_responses(demo_ws)) == before + accepted


def test_limesurvey_dutch_free_text_is_kept_and_na_is_missing(
    realdata: Path, demo_ws: Path
) -> None:
    export = realdata / "surveys" / "partypanel18.1_pre2_survey_180102_R_data_file_PUBLIC.csv"
    import_survey(demo_ws, export, MAPPINGS / "partypanel_pre2.mapping.toml")
    mine = _responses(demo_ws).query("source == @export.name")
    assert mine["need_3y"].str.contains("Misschien voelen mensen zich bezwaard").any()
    assert not (mine == "NA").any().any()
    assert set(mine["village_id"]) == {"norg"}
    assert mine["collected_on"].str.match(r"^2018-\d\d-\d\d$").all()


def test_full_text_headers_prefix_and_pii(realdata: Path, demo_ws: Path) -> None:
    export = realdata / "surveys" / "limonaid_limesurvey_survey_998192_R_data_file.csv"
    result = import_survey(demo_ws, export, MAPPINGS / "limonaid_998192.mapping.toml")
    mine = _responses(demo_ws).query("source == @export.name").set_index("respondent_id")
    assert mine.loc["4", "age_band"] == "65-69"  # 66 years
    assert mine.loc["5", "age_band"] == "40-44"
    assert mine.loc["4", "volunteer"] == "ja" and mine.loc["1", "volunteer"] == "nee"
    assert mine.loc["9", "importance_meeting"] == "1"
    assert "address" not in mine.columns
    assert not mine.apply(lambda c: c.str.contains("456", regex=False)).any().any()
    assert result.contacts == 2  # two respondents typed a street
    assert any(c.startswith("Total time") for c in result.ignored_columns)


def test_spss_value_labels_and_user_missing(realdata: Path, demo_ws: Path) -> None:
    sav = realdata / "surveys" / "spss"
    import_survey(
        demo_ws, sav / "pyreadstat_sample.sav", MAPPINGS / "pyreadstat_sample.mapping.toml"
    )
    mine = _responses(demo_ws).query("source == 'pyreadstat_sample.sav'").set_index("respondent_id")
    # a: Male/low, e: Male/low and no date; b-d have dates before 1990 and are quarantined
    assert list(mine.index) == ["a", "e"]
    assert mine.loc["a", "channel"] == "market" and mine.loc["a", "importance_meeting"] == "1"
    assert mine.loc["a", "collected_on"] == "2018-05-06" and mine.loc["e", "collected_on"] == ""
    rejected = pd.read_csv(
        demo_ws / "survey/rejected/pyreadstat_sample.csv", dtype=str, sep=None, engine="python"
    )
    assert list(rejected["mychar"]) == ["b", "c", "d"]
    assert set(rejected["mylabl"]) <= {"Male", "Female"}  # labels, not codes, in quarantine

    import_survey(
        demo_ws,
        sav / "pyreadstat_sample_missing.sav",
        MAPPINGS / "pyreadstat_sample_missing.mapping.toml",
    )
    mine = _responses(demo_ws).query("source == 'pyreadstat_sample_missing.sav'")
    mine = mine.set_index("respondent_id")
    # Z's ordinal is the user-defined missing value -1 ("missing"): it becomes empty
    assert mine.loc["Z", "importance_meeting"] == ""
    assert mine.loc["c", "importance_meeting"] == "5"


def test_corrupt_xlsx_changes_nothing_and_exits_2(realdata: Path, demo_ws: Path) -> None:
    corrupt = realdata / "surveys" / "xlsform" / "pyxform_corrupt.xlsx"
    before = {p: p.read_bytes() for p in demo_ws.rglob("*") if p.is_file()}
    with pytest.raises(SurveyImportError, match=r"pyxform_corrupt\.xlsx"):
        import_survey(demo_ws, corrupt, MAPPINGS / "corrupt.mapping.toml")
    proc = subprocess.run(
        [
            sys.executable,
            "-m",
            "planning.cli",
            "survey",
            "import",
            str(corrupt),
            "--mapping",
            str(MAPPINGS / "corrupt.mapping.toml"),
            "--workspace",
            str(demo_ws),
            "--json",
        ],
        capture_output=True,
        text=True,
    )
    assert proc.returncode == 2
    assert json.loads(proc.stdout)["accepted"] == 0
    after = {p: p.read_bytes() for p in demo_ws.rglob("*") if p.is_file()}
    assert after == before
