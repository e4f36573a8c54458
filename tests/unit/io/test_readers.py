"""Every way staff save a table loads to the same typed frame, with rows counted as in Excel."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pandas as pd
import pytest
from helpers.tiny import table, write_csv, write_xlsx

from planning.errors import WorkspaceError
from planning.io.cells import (
    CellError,
    parse_age_band,
    parse_bool,
    parse_int,
    parse_list,
    parse_number,
)
from planning.io.tables import read_raw
from planning.workspace.folder import open_workspace
from planning.workspace.schemas import FACILITIES


def dutch(rows: list[list[str]], yes: str = "ja", no: str = "nee") -> list[list[str]]:
    """The table as Dutch Excel shows it: decimal commas and ja/nee."""
    out = [rows[0]]
    for r in rows[1:]:
        cells = []
        for c in r:
            if c == "true":
                c = yes
            elif c == "false":
                c = no
            elif c.replace(".", "", 1).isdigit() and "." in c:
                c = c.replace(".", ",")
            cells.append(c)
        out.append(cells)
    return out


def typed(rows: list[list[str]]) -> list[list[object]]:
    """The table as typed Excel cells: numbers, booleans, empty cells."""
    out: list[list[object]] = [list(rows[0])]
    for r in rows[1:]:
        cells: list[object] = []
        for c in r:
            if c in ("true", "false"):
                cells.append(c == "true")
            elif c == "":
                cells.append(None)
            else:
                try:
                    cells.append(int(c))
                except ValueError:
                    try:
                        cells.append(float(c))
                    except ValueError:
                        cells.append(c)
        out.append(cells)
    return out


@pytest.fixture
def reference(tiny_ws: Path) -> pd.DataFrame:
    ws = open_workspace(tiny_ws)
    assert ws.problems == []
    return ws.facilities


def test_reference_values(reference: pd.DataFrame) -> None:
    first = reference.loc[2]
    assert first["name"] == "Café De Reünie"
    assert first["lat"] == pytest.approx(53.138)
    assert bool(first["step_free"]) and not bool(first["accessible_toilet"])
    assert first["themes"] == ["meeting", "loneliness"]
    assert reference.loc[3, "open_hours_per_week"] == pytest.approx(6.5)
    assert reference.loc[4, "name"] == "Dorpshuis Ëen"
    assert pd.isna(reference.loc[4, "capacity"])


CSV_DIALECTS = {
    "semicolon cp1252 decimal comma ja/nee": dict(
        rows=dutch(table("facilities")), delimiter=";", encoding="cp1252"
    ),
    "comma utf-8 BOM j/n": dict(
        rows=dutch(table("facilities"), "j", "n"), delimiter=",", encoding="utf-8-sig"
    ),
    "tab utf-8 no BOM true/false": dict(rows=table("facilities"), delimiter="\t"),
    "tab utf-16 (Excel 'Unicode text')": dict(
        rows=table("facilities"), delimiter="\t", encoding="utf-16"
    ),
    "semicolon utf-8 BOM Ja/Nee capitalised": dict(
        rows=dutch(table("facilities"), "Ja", "Nee"), delimiter=";", encoding="utf-8-sig"
    ),
    "trailing empty rows and columns": dict(
        rows=[[*r, "", "", ""] for r in dutch(table("facilities"))] + [[""] * 20] * 4,
        delimiter=";",
        encoding="cp1252",
    ),
}


@pytest.mark.parametrize("dialect", CSV_DIALECTS, ids=list(CSV_DIALECTS))
def test_csv_dialects_load_the_same(tiny_ws: Path, reference: pd.DataFrame, dialect: str) -> None:
    write_csv(tiny_ws / "facilities.csv", **CSV_DIALECTS[dialect])
    ws = open_workspace(tiny_ws)
    assert ws.problems == []
    pd.testing.assert_frame_equal(ws.facilities, reference)


def test_thousands_and_decimal_commas(tiny_ws: Path) -> None:
    rows = dutch(table("population"))
    rows[2][3] = "1.234"  # Dutch thousands separator in a whole number
    write_csv(tiny_ws / "population.csv", rows, delimiter=";")
    fac = dutch(table("facilities"))
    fac[1][fac[0].index("transit_stop_m")] = "1.234,5"
    fac[2][fac[0].index("open_hours_per_week")] = "52,9"
    fac[3][fac[0].index("open_hours_per_week")] = "6.5"  # a point among commas stays decimal
    write_csv(tiny_ws / "facilities.csv", fac, delimiter=";")
    ws = open_workspace(tiny_ws)
    assert ws.problems == []
    assert ws.population.loc[3, "inhabitants"] == 1234
    assert ws.facilities.loc[2, "transit_stop_m"] == pytest.approx(1234.5)
    assert ws.facilities.loc[3, "open_hours_per_week"] == pytest.approx(52.9)
    assert ws.facilities.loc[4, "open_hours_per_week"] == pytest.approx(6.5)


def test_title_lines_shift_rows(tiny_ws: Path) -> None:
    rows = dutch(table("facilities"))
    rows[2][rows[0].index("walk_in")] = "soms"
    write_csv(
        tiny_ws / "facilities.csv",
        rows,
        delimiter=";",
        encoding="cp1252",
        title=["Voorzieningen Noordenveld, stand 1 januari;;;", ""],
    )
    ws = open_workspace(tiny_ws)
    assert list(ws.facilities.index) == [4, 5, 6]  # title 1, blank 2, header 3
    [problem] = ws.problems
    assert (problem.file, problem.row, problem.column, problem.value) == (
        "facilities.csv",
        5,
        "walk_in",
        "soms",
    )


def test_excel_sep_hint_line(tiny_ws: Path) -> None:
    # Excel hides the 'sep=;' line, so the header is still row 1 for the user
    rows = table("villages")
    rows[2][rows[0].index("lat")] = "5,31"
    write_csv(tiny_ws / "villages.csv", rows, delimiter=";", title=["sep=;"])
    ws = open_workspace(tiny_ws)
    [problem] = ws.problems
    assert (problem.row, problem.column, problem.value) == (3, "lat", "5,31")


def test_dutch_headers(tiny_ws: Path) -> None:
    rows = table("villages")
    rows[0] = ["Kern_ID", "Naam", "Gemeente", "Postcode", "Breedtegraad", "Lengtegraad"]
    write_csv(tiny_ws / "villages.csv", rows, delimiter=";")
    pop = table("population")
    pop[0] = ["kern", "jaar", "leeftijd", "inwoners"]
    write_csv(tiny_ws / "population.csv", pop)
    ws = open_workspace(tiny_ws)
    assert ws.problems == []
    assert ws.villages["name"].tolist() == ["Roden", "Nieuw-Roden", "Eén"]
    assert ws.villages.loc[2, "postcodes"] == ["9301", "9302"]
    assert ws.inhabitants()["roden"] == 1834


def test_xlsx_stands_in_for_csv(tiny_ws: Path, reference: pd.DataFrame) -> None:
    (tiny_ws / "facilities.csv").unlink()
    write_xlsx(tiny_ws / "facilities.xlsx", typed(table("facilities")))
    villages = typed(table("villages"))
    (tiny_ws / "villages.csv").unlink()
    write_xlsx(tiny_ws / "villages.xlsx", villages)
    ws = open_workspace(tiny_ws)
    assert ws.problems == []
    assert ws.files["facilities"] == "facilities.xlsx"
    pd.testing.assert_frame_equal(ws.facilities, reference)
    assert ws.villages.loc[3, "postcodes"] == ["9304"]  # a number cell, read as text


def test_xlsx_with_merged_super_header(tiny_ws: Path) -> None:
    from openpyxl import Workbook

    rows = typed(table("facilities"))
    rows[3][rows[0].index("lat")] = 5.3
    book = Workbook()
    sheet = book.active
    sheet.append(["Voorziening", *[None] * 7, "Toegankelijkheid", *[None] * 8])
    for r in rows:
        sheet.append(r)
    sheet.merge_cells("A1:H1")
    sheet.merge_cells("I1:Q1")
    (tiny_ws / "facilities.csv").unlink()
    book.save(tiny_ws / "facilities.xlsx")
    ws = open_workspace(tiny_ws)
    assert list(ws.facilities.index) == [3, 4, 5]
    [problem] = ws.problems
    assert (problem.file, problem.row, problem.column, problem.value) == (
        "facilities.xlsx",
        5,
        "lat",
        5.3,
    )


def test_xlsx_picks_the_sheet_with_the_table(tiny_ws: Path) -> None:
    from openpyxl import Workbook

    book = Workbook()
    book.active.title = "Uitleg"
    book.active.append(["Vul hieronder de kernen in."])
    data = book.create_sheet("Kernen")
    for r in typed(table("villages")):
        data.append(r)
    (tiny_ws / "villages.csv").unlink()
    book.save(tiny_ws / "villages.xlsx")
    ws = open_workspace(tiny_ws)
    assert ws.problems == []
    assert ws.village_ids() == ["roden", "nieuw-roden", "een"]


def test_xlsx_saved_under_a_csv_name(tiny_ws: Path) -> None:
    write_xlsx(tiny_ws / "partners.csv", typed(table("partners")))
    ws = open_workspace(tiny_ws)
    assert ws.problems == []
    assert ws.partners["partner_id"].tolist() == ["win", "dorpsbelang-een"]


def test_cells_right_of_the_header_are_kept(tmp_path: Path) -> None:
    path = write_csv(tmp_path / "t.csv", [["a", "b"], ["1", "2", "vergeten"], ["3", "4"]])
    raw = read_raw(path)
    assert list(raw.frame.columns) == ["a", "b", "kolom_3"]
    assert raw.frame.loc[2, "kolom_3"] == "vergeten"


@pytest.mark.parametrize(
    ("name", "content", "expected"),
    [
        ("villages.csv", b"", "leeg"),
        ("villages.csv", b"\r\n;;;\r\n\r\n", "leeg"),
        ("villages.xlsx", b"corrupt", "geen leesbaar Excel-bestand"),
        ("villages.xlsx", b"PK\x03\x04 half a zip", "geen leesbaar Excel-bestand"),
        ("villages.csv", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(64), ".xls"),
        ("villages.csv", bytes(range(256)) * 4, "geen tekstbestand"),
    ],
    ids=["empty", "only separators", "corrupt xlsx", "truncated zip", "old xls", "binary"],
)
def test_unreadable_files_raise_workspace_error(
    tiny_ws: Path, name: str, content: bytes, expected: str
) -> None:
    (tiny_ws / "villages.csv").unlink()
    (tiny_ws / name).write_bytes(content)
    with pytest.raises(WorkspaceError) as info:
        open_workspace(tiny_ws)
    assert name in str(info.value)
    assert expected in str(info.value)
    assert info.value.problem is not None and info.value.problem.file == name


def test_real_corrupt_xlsx(tiny_ws: Path, realdata: Path) -> None:
    corrupt = realdata / "surveys" / "xlsform" / "pyxform_corrupt.xlsx"
    (tiny_ws / "villages.csv").unlink()
    (tiny_ws / "villages.xlsx").write_bytes(corrupt.read_bytes())
    with pytest.raises(WorkspaceError, match=r"villages\.xlsx: geen leesbaar Excel-bestand"):
        open_workspace(tiny_ws)


def test_empty_xlsx_sheet(tiny_ws: Path) -> None:
    (tiny_ws / "villages.csv").unlink()
    write_xlsx(tiny_ws / "villages.xlsx", [])
    with pytest.raises(WorkspaceError, match="werkblad is leeg"):
        open_workspace(tiny_ws)


def test_header_only_table_is_empty_not_an_error(tiny_ws: Path) -> None:
    write_csv(tiny_ws / "commitments.csv", [table("commitments")[0]])
    ws = open_workspace(tiny_ws)
    assert ws.problems == []
    assert ws.commitments.empty


def test_read_raw_reports_dialect(tmp_path: Path) -> None:
    path = write_csv(
        tmp_path / "f.csv", dutch(table("facilities")), delimiter=";", encoding="cp1252"
    )
    raw = read_raw(path, set(FACILITIES.header_map()))
    assert (raw.delimiter, raw.encoding, raw.header_row) == (";", "cp1252", 1)
    assert raw.frame.loc[2, "lat"] == "53,1380"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("52,9", 52.9),
        ("1.234,5", 1234.5),
        ("1,234.5", 1234.5),
        ("€ 1.200,00", 1200.0),
        ("-3,5", -3.5),
        (" 12 ", 12.0),
        ("1.234.567", 1234567.0),
        (7, 7.0),
    ],
)
def test_parse_number(text: object, expected: float) -> None:
    assert parse_number(text) == pytest.approx(expected)


def test_parse_number_in_decimal_comma_column() -> None:
    assert parse_number("1.234", decimal_comma=True) == 1234
    assert parse_number("1.234", decimal_comma=False) == pytest.approx(1.234)
    assert parse_number("6.5", decimal_comma=True) == pytest.approx(6.5)


@pytest.mark.parametrize("text", ["abc", "", "1,2,3", "nan", "inf", True])
def test_parse_number_rejects(text: object) -> None:
    with pytest.raises(CellError, match="verwacht een getal"):
        parse_number(text)


def test_parse_int() -> None:
    assert parse_int("1.234") == 1234
    assert parse_int("12,0") == 12
    with pytest.raises(CellError, match="heel getal"):
        parse_int("12,5")
    with pytest.raises(CellError, match="heel getal"):
        parse_int("1e300")


@pytest.mark.parametrize(
    ("word", "value"),
    [
        *[("ja", True), ("Nee", False), ("j", True), ("N", False), ("TRUE", True)],
        *[("false", False), ("x", True), ("1", True), ("0", False), (True, True), (0, False)],
    ],
)
def test_parse_bool(word: object, value: bool) -> None:
    assert parse_bool(word) is value


def test_parse_bool_rejects() -> None:
    with pytest.raises(CellError, match="ja of nee"):
        parse_bool("soms")


@pytest.mark.parametrize(
    ("text", "band"),
    [
        ("0-4", "0-4"),
        ("0 - 4", "0-4"),
        ("10–14 jaar", "10-14"),
        ("0 t/m 4", "0-4"),
        ("0 tot 5 jaar", "0-4"),
        ("95+", "95+"),
        ("95 jaar of ouder", "95+"),
        ("5-sep", "5-9"),
        (dt.datetime(2026, 9, 5), "5-9"),
    ],
)
def test_parse_age_band(text: object, band: str) -> None:
    assert parse_age_band(text) == band


@pytest.mark.parametrize("text", ["65-70", "65 tot 69", "100+", "oud", "4-0"])
def test_parse_age_band_rejects(text: str) -> None:
    with pytest.raises(CellError, match="leeftijdsklasse"):
        parse_age_band(text)


def test_parse_list() -> None:
    assert parse_list("roden; peize |norg") == ["roden", "peize", "norg"]
    assert parse_list(9301) == ["9301"]
    assert parse_list(9301.0) == ["9301"]
