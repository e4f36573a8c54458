"""Survey rows an import refused: their reasons are catalogue keys with fields, so the
rejected-rows file is written in the workspace's language and `planning check` shows each
refused row in the language it speaks; a file written before the keys still reads."""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

import pandas as pd
import pytest
from helpers.tiny import WORKSPACE_TOML, write_workspace

from planning.cli import main

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "unit"))
from test_no_literal_dutch import DUTCH

#: what a person wrote, shown back as written: quoted values, headers and file names
_QUOTED = re.compile(r"'[^']*'|\"[^\"]*\"")

EXPORT = """\
id;Kern;Kanaal;Datum;Leeftijd;Belang eenzaamheid;Vrijwilliger
1;Roden;papier;12-01-2026;78;5;ja
2;Rodn;papier;12-01-2026;34;3;nee
3;Roden;papier;31-02-2026;45;4;nee
4;Roden;papier;13-01-2026;45;7;nee
5;Roden;duif;13-01-2026;45;4;nee
6;Roden;papier;13-01-2026;oud;4;nee
7;Roden;papier;13-01-2026;45;4;misschien
8;;papier;13-01-2026;45;4;nee
1;Roden;papier;12-01-2026;78;5;ja
"""
MAPPING = """\
[columns]
respondent_id = "id"
village_id = "Kern"
channel = "Kanaal"
collected_on = "Datum"
age_band = "Leeftijd"
importance_loneliness = "Belang eenzaamheid"
volunteer = "Vrijwilliger"
"""
#: each refused row's reason key, in the order of the export
KEYS = [
    "ws.no_village_near",
    "survey.reason.date",
    "survey.reason.importance",
    "survey.reason.channel",
    "survey.reason.age",
    "survey.reason.yes_no",
    "survey.reason.no_village",
    "survey.reason.duplicate",
]


def _run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str]:
    code = main(list(args))
    out = capsys.readouterr()
    return code, out.out + out.err


def _dutch(output: str) -> list[str]:
    return [line for line in output.splitlines() if DUTCH.search(_QUOTED.sub("", line))]


def _imported(tmp_path: Path, capsys: pytest.CaptureFixture[str], lang: str = "nl") -> Path:
    root = write_workspace(tmp_path / "ws")
    toml = WORKSPACE_TOML.replace('lang = "nl"', f'lang = "{lang}"')
    (root / "workspace.toml").write_text(toml, encoding="utf-8")
    export = tmp_path / "peiling.csv"
    export.write_text(EXPORT, encoding="utf-8")
    (tmp_path / "peiling.csv.mapping.toml").write_text(MAPPING, encoding="utf-8")
    code, out = _run(capsys, "survey", "import", str(export), "--workspace", str(root))
    assert code == 1, out
    return root


def _rejected(root: Path) -> pd.DataFrame:
    return pd.read_csv(root / "survey/rejected/peiling.csv", sep=";", dtype=str)


def test_check_in_english_shows_every_refused_row_without_dutch(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    root = _imported(tmp_path, capsys)
    code, english = _run(capsys, "--lang", "en", "check", "--all", "--workspace", str(root))
    assert code == 0, english  # refused rows do not stop the workspace
    assert "Survey rows refused on import" in english
    assert "date '31-02-2026' unreadable; expected dd-mm-yyyy or yyyy-mm-dd" in english
    assert "unknown village 'Rodn'; did you mean 'roden'?" in english
    assert "importance_loneliness = '7': expected an importance from 1 to 5" in english
    assert not _dutch(english), english

    code, out = _run(capsys, "--lang", "en", "check", "--json", "--workspace", str(root))
    refused = json.loads(out)["rejected_rows"]
    assert [p["key"] for p in refused] == KEYS
    assert {p["file"] for p in refused} == {"survey/rejected/peiling.csv"}
    assert refused[2]["fields"] == {"column": "importance_loneliness", "value": "7"}
    assert not _dutch("\n".join(p["message"] for p in refused))

    # the same workspace in Dutch says the Dutch words
    _code, dutch = _run(capsys, "check", "--all", "--workspace", str(root))
    assert "datum '31-02-2026' onleesbaar; verwacht dd-mm-jjjj of jjjj-mm-dd" in dutch
    assert "onbekende kern 'Rodn'; bedoelt u 'roden'?" in dutch


def test_the_rejected_file_speaks_the_workspace_language(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    dutch = _rejected(_imported(tmp_path / "nl", capsys))
    english = _rejected(_imported(tmp_path / "en", capsys, lang="en"))
    assert list(dutch.columns[:3]) == ["row", "reason_code", "reason"]
    assert list(dutch.columns[-2:]) == ["reason_key", "reason_fields"]
    assert list(dutch["reason_key"]) == KEYS == list(english["reason_key"])
    assert dutch["reason"].iloc[6] == "kern ontbreekt"
    assert english["reason"].iloc[6] == "village missing"
    assert (
        english["reason"].iloc[7] == "duplicate respondent: this id appears earlier in this export"
    )
    assert json.loads(dutch["reason_fields"].iloc[0]) == {"village": "Rodn", "near": "roden"}


def test_a_rejected_file_from_before_the_keys_still_reads(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    root = write_workspace(tmp_path / "ws")
    folder = root / "survey" / "rejected"
    folder.mkdir(parents=True)
    (folder / "oud.csv").write_bytes(
        "row;reason_code;reason;Kern;Datum\r\n"
        "3;unknown_village;\"onbekende kern 'Rodn'; bedoelt u 'roden'?\";Rodn;12-01-2026\r\n"
        "4;invalid_date;datum '31-02-2026' onleesbaar;Roden;31-02-2026\r\n".encode("utf-8-sig")
    )
    _code, dutch = _run(capsys, "check", "--all", "--workspace", str(root))
    assert "survey/rejected/oud.csv, rij 2: onbekende kern 'Rodn'; bedoelt u 'roden'?" in dutch
    assert "survey/rejected/oud.csv, rij 3: datum '31-02-2026' onleesbaar" in dutch
    _code, english = _run(capsys, "--lang", "en", "check", "--all", "--workspace", str(root))
    assert "survey/rejected/oud.csv, row 2: unknown village" in english
    assert "survey/rejected/oud.csv, row 3: unreadable date" in english
    assert not _dutch(english), english


def test_the_import_summary_in_english_names_reasons_in_english(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    root = _imported(tmp_path, capsys)
    export = tmp_path / "peiling.csv"
    code, out = _run(
        capsys, "--lang", "en", "survey", "import", str(export), "--workspace", str(root)
    )
    assert code == 1
    assert "unreadable date" in out and "importance outside 1-5" in out
    assert not _dutch(out), out
    code, out = _run(
        capsys, "--lang", "en", "survey", "import", str(export), "--workspace", str(root), "--json"
    )
    assert json.loads(out)["mapping"] == "peiling.csv.mapping.toml"
