"""Importing survey exports: every dialect, nothing lost, idempotent, no personal data."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest
import sqlalchemy as sa

from planning.cli import main
from planning.errors import SurveyImportError
from planning.survey.importer import import_survey

HEADER = (
    "Formulier;Kern;Datum;Leeftijd;Wat heeft u over 3 jaar nodig?;Belang eenzaamheid;"
    "Naam;Telefoon;Wil gebeld worden"
)
ROWS = [
    "1;Roden;12-01-2026;78;Ik ben eenzaam, mien man is overleden;5;Jan Voorbeeld;0600001234;ja",
    "2;Rodn;12-01-2026;34;meer voor de jeugd;3;;;nee",
    "3;Peize;2026-01-13;45;beweegtuin;7;;;nee",
    "4;Norg;31-02-2026;66;koffie in t dörp;4;;;nee",
    "1;Roden;12-01-2026;78;dubbel;5;;;nee",
    "piet@example.org;Roden;14-01-2026;82;mantelzorg voor mijn vrouw;4;Piet Proef;;ja",
    "5;Norg;15-01-2026;16;skatebaan en een soos;;;;nee",
]
MAPPING = """
[columns]
respondent_id = "Formulier"
village_id = "Kern"
collected_on = "Datum"
age_band = "Leeftijd"
need_3y = "Wat heeft u over 3 jaar nodig?"
importance_loneliness = "Belang eenzaamheid"
contact_requested = "Wil gebeld worden"
[constants]
channel = "paper"
[pii]
name = "Naam"
phone = "Telefoon"
"""


def write_export(
    folder: Path,
    name: str = "formulieren.csv",
    *,
    encoding: str = "cp1252",
    delimiter: str = ";",
    bom: bool = False,
    title: bool = True,
) -> Path:
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=delimiter, lineterminator="\r\n")
    if title:
        writer.writerow(["Behoeftepeiling 2026 - ingetypt"])
    for line in [HEADER, *ROWS]:
        writer.writerow(line.split(";"))
    data = buffer.getvalue().encode(encoding)
    if bom:
        data = b"\xef\xbb\xbf" + data
    path = folder / name
    path.write_bytes(data)
    (folder / f"{name}.mapping.toml").write_text(MAPPING, encoding="utf-8")
    return path


def responses(ws: Path) -> pd.DataFrame:
    return pd.read_csv(ws / "survey" / "responses.csv", dtype=str, keep_default_na=False)


def snapshot(ws: Path) -> dict[Path, bytes]:
    return {
        p: p.read_bytes() for p in ws.rglob("*") if p.is_file() and "store.sqlite" not in p.name
    }


@pytest.mark.parametrize(
    ("encoding", "delimiter", "bom"),
    [("cp1252", ";", False), ("utf-8", ",", True), ("utf-8", "\t", False)],
)
def test_dialects_import_and_nothing_is_lost(
    demo_ws: Path, tmp_path: Path, encoding: str, delimiter: str, bom: bool
) -> None:
    export = write_export(tmp_path, encoding=encoding, delimiter=delimiter, bom=bom)
    before = len(responses(demo_ws))
    result = import_survey(demo_ws, export)
    assert result.rows == len(ROWS)
    assert result.accepted + result.rejected == result.rows
    assert result.accepted == 3
    assert result.reasons == {
        "duplicate_respondent": 1,
        "importance_out_of_range": 1,
        "invalid_date": 1,
        "unknown_village": 1,
    }
    assert result.exit_code == 1
    after = responses(demo_ws)
    assert len(after) == before + 3
    mine = after[after["source"] == "formulieren.csv"].set_index("respondent_id")
    assert mine.loc["1", "age_band"] == "75-79" and mine.loc["1", "village_id"] == "roden"
    assert mine.loc["1", "need_3y"] == "Ik ben eenzaam, mien man is overleden"
    assert mine.loc["1", "need_3y_themes"] == "loneliness"
    assert mine.loc["5", "need_3y_themes"] == "youth"
    assert mine.loc["1", "collected_on"] == "2026-01-12"

    # in the export's own dialect (Dutch Excel: ';'), with a BOM so Excel reads UTF-8
    rejected_file = demo_ws / "survey/rejected/formulieren.csv"
    header = delimiter.join(["row", "reason_code", "reason", ""])
    assert rejected_file.read_bytes().startswith(b"\xef\xbb\xbf" + header.encode())
    quarantine = pd.read_csv(rejected_file, dtype=str, sep=delimiter)
    assert len(quarantine) == 4
    assert list(quarantine.columns[:3]) == ["row", "reason_code", "reason"]
    assert "Kern" in quarantine.columns  # the whole row, as exported
    village = quarantine.set_index("reason_code").loc["unknown_village", "reason"]
    assert "Rodn" in village and "roden" in village  # with the suggestion


def test_reimport_adds_nothing(demo_ws: Path, tmp_path: Path) -> None:
    export = write_export(tmp_path)
    import_survey(demo_ws, export)
    first = (demo_ws / "survey/responses.csv").read_bytes()
    again = import_survey(demo_ws, export)
    assert again.accepted == 0 and again.already_imported == 3 and again.rejected == 4
    assert (demo_ws / "survey/responses.csv").read_bytes() == first


def test_personal_data_goes_to_followup_only(demo_ws: Path, tmp_path: Path) -> None:
    export = write_export(tmp_path)
    result = import_survey(demo_ws, export)
    text = (demo_ws / "survey/responses.csv").read_text(encoding="utf-8")
    for secret in ("Jan Voorbeeld", "0600001234", "Piet Proef", "piet@example.org"):
        assert secret not in text
    assert result.pseudonymised == 1
    mine = responses(demo_ws).query("source == 'formulieren.csv'")
    pseudo = [r for r in mine["respondent_id"] if r.startswith("p-")]
    assert len(pseudo) == 1 and len(pseudo[0]) == 18

    engine = sa.create_engine(f"sqlite:///{demo_ws / 'store.sqlite'}")
    with engine.connect() as conn:
        rows = conn.execute(
            sa.text("select respondent_id, name, phone, email from followup_contacts")
        ).all()
        salt = conn.execute(sa.text("select salt from followup_salt")).scalar_one()
    engine.dispose()
    assert ("1", "Jan Voorbeeld", "0600001234", None) in rows
    assert (pseudo[0], "Piet Proef", None, "piet@example.org") in rows
    assert len(salt) == 32
    # the same id gives the same pseudonym again (stable), a re-import keeps one row each
    import_survey(demo_ws, export)
    again = responses(demo_ws).query("source == 'formulieren.csv'")
    assert sorted(again["respondent_id"]) == sorted(mine["respondent_id"])


def test_xlsx_named_sheet(demo_ws: Path, tmp_path: Path) -> None:
    from openpyxl import Workbook

    book = Workbook()
    book.active.title = "Uitleg"
    book.active.append(["Dit tabblad legt de enquête uit"])
    sheet = book.create_sheet("Antwoorden")
    sheet.append(["Peiling markt Diever"])
    sheet.append(["respondent", "kern", "kanaal", "leeftijd", "behoefte_3y", "vrijwilliger"])
    sheet.append(["m1", "diever", "markt", 71, "Een wandelgroep", "ja"])
    sheet.append(["m2", "Diever", "market", "40-44", "hangplek voor de jeugd", "nee"])
    path = tmp_path / "markt.xlsx"
    book.save(path)
    result = import_survey(demo_ws, path, sheet="Antwoorden")  # canonical/Dutch headers, no mapping
    assert (result.accepted, result.rejected) == (2, 0)
    mine = responses(demo_ws).query("source == 'markt.xlsx'").set_index("respondent_id")
    assert mine.loc["m1", "channel"] == "market" and mine.loc["m1", "age_band"] == "70-74"
    assert mine.loc["m1", "volunteer"] == "ja"
    assert mine.loc["m2", "need_3y_themes"] == "youth"
    with pytest.raises(SurveyImportError, match="Antwoordn"):
        import_survey(demo_ws, path, sheet="Antwoordn")


@pytest.mark.parametrize("content", [b"", b"\r\n\r\n", b"Formulier;Kern\r\n"])
def test_empty_export_changes_nothing(demo_ws: Path, tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "leeg.csv"
    path.write_bytes(content)
    (tmp_path / "leeg.csv.mapping.toml").write_text(MAPPING, encoding="utf-8")
    before = snapshot(demo_ws)
    with pytest.raises(SurveyImportError, match="leeg"):
        import_survey(demo_ws, path)
    assert snapshot(demo_ws) == before


def test_missing_mapped_header_names_it_and_the_closest(demo_ws: Path, tmp_path: Path) -> None:
    export = write_export(tmp_path)
    bad = MAPPING.replace('village_id = "Kern"', 'village_id = "Kernnaam"')
    mapping = tmp_path / "ander.toml"
    mapping.write_text(bad, encoding="utf-8")
    before = snapshot(demo_ws)
    proc = subprocess.run(
        [
            sys.executable,
            "-m",
            "planning.cli",
            "survey",
            "import",
            str(export),
            "--mapping",
            str(mapping),
            "--workspace",
            str(demo_ws),
        ],
        capture_output=True,
        text=True,
    )
    assert proc.returncode == 2
    assert "'Kernnaam'" in proc.stderr and "'Kern'" in proc.stderr
    assert "Traceback" not in proc.stderr
    assert snapshot(demo_ws) == before


def test_cli_json_and_exit_codes(
    demo_ws: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    export = write_export(tmp_path)
    cmd = [
        sys.executable,
        "-m",
        "planning.cli",
        "survey",
        "import",
        str(export),
        "--workspace",
        str(demo_ws),
        "--json",
    ]
    proc = subprocess.run(cmd, capture_output=True, text=True)
    assert proc.returncode == 1  # some rejected
    data = json.loads(proc.stdout)
    assert data["accepted"] == 3 and data["rejected"] == 4
    assert sum(data["reasons"].values()) == 4
    assert data["ignored_columns"] == []
    clean = tmp_path / "schoon.csv"
    clean.write_text(
        "respondent_id,village_id,channel,age_band,extra\nx1,roden,online,30-34,iets\n",
        encoding="utf-8",
    )
    code = main(["survey", "import", str(clean), "--workspace", str(demo_ws), "--json"])
    assert code == 0
    data = json.loads(capsys.readouterr().out)
    assert (data["accepted"], data["rejected"], data["ignored_columns"]) == (1, 0, ["extra"])


def test_demo_raw_export_end_to_end(demo_ws: Path) -> None:
    raw = demo_ws / "survey" / "raw" / "papieren_formulieren_2026.csv"
    assert raw.read_bytes().decode("cp1252").startswith("Behoeftepeiling")
    before = (demo_ws / "survey/responses.csv").read_bytes()
    result = import_survey(demo_ws, raw)
    assert result.accepted == 0  # already part of the demo's responses
    assert result.already_imported > 100
    assert result.reasons == {"importance_out_of_range": 1, "unknown_village": 1}
    assert (demo_ws / "survey/responses.csv").read_bytes() == before
    assert result.contacts > 10  # contact requests reached the follow-up store
    text = before.decode("utf-8")
    raw_frame = pd.read_csv(raw, sep=";", skiprows=1, dtype=str, encoding="cp1252")
    for name in raw_frame["Naam"].dropna().head(20):
        assert name not in text
    for phone in raw_frame["Telefoonnummer"].dropna().head(20):
        assert phone not in text

    proc = subprocess.run(
        [
            sys.executable,
            "-m",
            "planning.cli",
            "followup",
            "list",
            "--workspace",
            str(demo_ws),
            "--json",
        ],
        capture_output=True,
        text=True,
    )
    assert proc.returncode == 0, proc.stderr
    people = json.loads(proc.stdout)
    assert len(people) == result.contacts
    assert all(p["phone"].startswith("06-0000") for p in people)


def test_followup_callbacks_and_visits(demo_ws: Path, capsys: pytest.CaptureFixture[str]) -> None:
    raw = demo_ws / "survey" / "raw" / "papieren_formulieren_2026.csv"
    import_survey(demo_ws, raw)
    from planning.store import open_store
    from planning.store.followup import contact_list

    store = open_store(demo_ws)
    person = contact_list(store)[0]
    store.dispose()
    rid = person["respondent_id"]

    def cli(*args: str) -> tuple[int, str]:
        # in process (the CLI's own entry point); the subprocess path is tested above
        code = main(["followup", *args, "--workspace", str(demo_ws)])
        out = capsys.readouterr()
        return code, out.out + out.err

    assert cli("call", rid, "--outcome", "no_answer", "--date", "2026-02-02")[0] == 0
    assert (
        cli(
            "call",
            rid,
            "--outcome",
            "reached",
            "--date",
            "2026-02-04",
            "--note",
            "wil een huisbezoek",
        )[0]
        == 0
    )
    assert (
        cli(
            "update",
            rid,
            "--visit",
            "done",
            "--visit-date",
            "2026-02-10",
            "--form-together",
            "--passed-to",
            "sociaal team",
        )[0]
        == 0
    )
    listed = cli("list", "--village", person["village_id"], "--json")[1]
    mine = next(p for p in json.loads(listed) if p["respondent_id"] == rid)
    assert [a["outcome"] for a in mine["attempts"]] == ["no_answer", "reached"]
    assert mine["home_visit"] == "done" and mine["form_together"] is True
    assert mine["passed_to"] == "sociaal team"
    code, text = cli("call", "bestaat-niet", "--outcome", "reached")
    assert code == 2 and "bestaat-niet" in text
    assert cli("call", rid, "--outcome", "declined")[0] == 0
    open_people = json.loads(cli("list", "--json")[1])
    assert rid not in {p["respondent_id"] for p in open_people}


def test_first_import_creates_a_valid_responses_file(demo_ws: Path, tmp_path: Path) -> None:
    from planning.workspace.folder import open_workspace
    from planning.workspace.schemas import responses_spec

    (demo_ws / "survey" / "responses.csv").unlink()
    export = write_export(tmp_path)
    result = import_survey(demo_ws, export)
    assert result.accepted == 3
    header = (demo_ws / "survey/responses.csv").read_text(encoding="utf-8").splitlines()[0]
    ws = open_workspace(demo_ws)
    # every column of the contract; 'round' only when the mapping names a round
    columns = [c.name for c in responses_spec(list(ws.settings.themes)).columns]
    assert header.split(",") == [c for c in columns if c != "round"]
    assert ws.problems == []
    assert len(ws.responses) == 3
    assert ws.responses.set_index("respondent_id").loc["1", "need_3y_themes"] == ["loneliness"]


def test_bad_mapping_file_is_named(demo_ws: Path, tmp_path: Path) -> None:
    export = write_export(tmp_path)
    wrong = tmp_path / "fout.toml"
    wrong.write_text('[columns]\nvilage_id = "Kern"\n', encoding="utf-8")
    with pytest.raises(SurveyImportError, match="village_id"):
        import_survey(demo_ws, export, wrong)
    wrong.write_text("[columns\n", encoding="utf-8")
    with pytest.raises(SurveyImportError, match=r"fout\.toml"):
        import_survey(demo_ws, export, wrong)
