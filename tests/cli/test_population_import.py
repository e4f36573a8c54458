"""`planning population import` as staff run it, with files shaped as a BRP desk sends them.

A workspace for Westerveld made by `planning new` (kernen = four-digit postcode areas,
Dwingeloo holding Lhee, Eemster, Lheebroek and Leggeloo) takes the municipality's own
register: (a) an Excel report per woonplaats and single year of age, men and women apart,
title lines, a peildatum in a title, a total row; (b) the same as bands in a CSV saved by
Dutch Excel (cp1252, ';', '2.805'). The expected figures are computed here from the rows
written into the files, not by the importer's code.
"""

from __future__ import annotations

import csv
import datetime as dt
import hashlib
import json
import shutil
from pathlib import Path

import pytest
from helpers.brp import (
    TOTALS,
    band_counts,
    single_years,
    write_csv_bands,
    write_xlsx_single_years,
)
from helpers.report import pdf_text

from planning.cli import main
from planning.io.cells import AGE_BANDS
from planning.workspace.folder import open_workspace
from planning.workspace.population_base import CBS_SOURCE, base_population

NEW_PLACES = {"Lhee", "Eemster", "Lheebroek", "Leggeloo"}


def run(capsys: pytest.CaptureFixture[str], *args: str | Path) -> tuple[int, str, str]:
    code = main([str(a) for a in args])
    out = capsys.readouterr()
    return code, out.out, out.err


@pytest.fixture(scope="module")
def westerveld(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One `planning new` workspace for the module; each test works on its own copy."""
    root = tmp_path_factory.mktemp("new") / "westerveld"
    assert main(["new", str(root), "--gemeente", "Westerveld", "--json"]) == 0
    return root


@pytest.fixture
def ws(westerveld: Path, tmp_path: Path) -> Path:
    target = tmp_path / "westerveld"
    shutil.copytree(westerveld, target)
    return target


def fingerprint(folder: Path) -> dict[str, str]:
    return {
        str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


def population_json(capsys: pytest.CaptureFixture[str], ws: Path, *extra: str) -> dict:
    code, out, err = run(capsys, "population", "--workspace", ws, "--json", *extra)
    assert code == 0, err
    return json.loads(out)


def villages(ws: Path) -> dict[str, str]:
    rows = (ws / "villages.csv").read_text(encoding="utf-8").splitlines()[1:]
    return {r.split(",")[1]: r.split(",")[0] for r in rows}


def register_rows(ws: Path) -> list[dict[str, str]]:
    with (ws / "population_register.csv").open(encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


def by_village_band(rows: list[dict], year: int) -> dict[str, dict[str, float]]:
    out: dict[str, dict[str, float]] = {}
    for r in rows:
        if r["year"] == year:
            out.setdefault(r["village_id"], {})[r["age_band"]] = r["inhabitants"]
    return out


def five_year_bands(ages: list[int]) -> list[int]:
    """Single years 0..100 by hand into the 20 bands of population.csv."""
    return [sum(ages[lo : lo + 5]) for lo in range(0, 95, 5)] + [sum(ages[95:])]


def test_excel_single_years_become_each_kern_s_population(
    capsys: pytest.CaptureFixture[str], ws: Path, tmp_path: Path
) -> None:
    delivery = tmp_path / "BRP Westerveld 2025.xlsx"
    ages = write_xlsx_single_years(delivery)
    code, out, err = run(
        capsys, "population", "import", delivery, "--workspace", ws, "--add-villages"
    )
    assert code == 0, err
    assert "1 januari 2025" in out and "18.955 inwoners" in out
    assert "Lhee" in out and "Eemster" in out  # the new kernen are named

    # kernen without a postcode area of their own exist now, beside the 21 areas
    ids = villages(ws)
    assert set(ids) >= NEW_PLACES and len(ids) == 21 + len(NEW_PLACES)

    answer = population_json(capsys, ws)
    at_peildatum = by_village_band(answer["rows"], 2025)
    for place, single in ages.items():
        expected = dict(zip(AGE_BANDS, five_year_bands(single), strict=True))
        got = {band: round(n) for band, n in at_peildatum[ids[place]].items()}
        assert got == expected, place
    totals = {v: round(sum(b.values())) for v, b in at_peildatum.items()}
    # Dwingeloo has its own count, not the 4.000-odd of its postcode area
    assert totals["dwingeloo"] == TOTALS["Dwingeloo"] == 2_805
    assert totals["lhee"] == 385 and totals["eemster"] == 370
    assert sum(totals.values()) == sum(TOTALS.values()) == 18_955
    # the projection goes on from the peildatum, not from CBS's 2021
    assert min(r["year"] for r in answer["rows"]) == 2025


def test_dutch_excel_csv_in_bands_with_thousands_points(
    capsys: pytest.CaptureFixture[str], ws: Path, tmp_path: Path
) -> None:
    delivery = tmp_path / "inwoners_woonplaats_leeftijd.csv"
    bands = write_csv_bands(delivery)
    assert b"2.805" in delivery.read_bytes() and b"\x96" in delivery.read_bytes()  # cp1252 dash
    code, out, err = run(
        capsys, "population", "import", delivery, "--workspace", ws, "--kernen-toevoegen"
    )
    assert code == 0, err
    assert "65-74, 75+" in out  # the split of the coarse groups is said

    ids = villages(ws)
    at_peildatum = by_village_band(population_json(capsys, ws)["rows"], 2025)
    for place, counts in bands.items():
        got = {band: round(n) for band, n in at_peildatum[ids[place]].items()}
        assert [got[b] for b in AGE_BANDS[:13]] == counts[:13], place
        assert got["65-69"] + got["70-74"] == counts[13], place
        assert sum(got[b] for b in AGE_BANDS[15:]) == counts[14], place
        assert sum(got.values()) == TOTALS[place], place
    # 65-74 split by the CBS age structure of the area (7991: 310 of 65-69, 270 of 70-74)
    dwingeloo = at_peildatum["dwingeloo"]
    assert round(dwingeloo["65-69"]) in {
        int(bands["Dwingeloo"][13] * 310 / 580),
        int(bands["Dwingeloo"][13] * 310 / 580) + 1,
    }


def test_same_file_twice_changes_nothing_and_a_newer_peildatum_is_added(
    capsys: pytest.CaptureFixture[str], ws: Path, tmp_path: Path
) -> None:
    first = tmp_path / "brp-2025.xlsx"
    write_xlsx_single_years(first)
    assert run(capsys, "population", "import", first, "--workspace", ws, "--add-villages")[0] == 0
    before = fingerprint(ws)
    code, out, _ = run(
        capsys, "population", "import", first, "--workspace", ws, "--add-villages", "--json"
    )
    assert code == 0 and json.loads(out)["changed"] is False
    assert fingerprint(ws) == before

    later = tmp_path / "brp-2026.csv"
    newer = write_csv_bands(later, peildatum_title="per 01-01-2026", scale=1.01)
    code, out, err = run(capsys, "population", "import", later, "--workspace", ws)
    assert code == 0, err
    stored = (ws / "population_register.csv").read_text(encoding="utf-8")
    assert ",2025-01-01," in stored and ",2026-01-01," in stored  # side by side
    rows = population_json(capsys, ws)["rows"]
    assert min(r["year"] for r in rows) == 2026  # the base is the latest peildatum
    totals = {v: round(sum(b.values())) for v, b in by_village_band(rows, 2026).items()}
    ids = villages(ws)
    assert totals == {ids[p]: sum(c) for p, c in newer.items()}


def test_the_workbook_runs_on_the_register(
    capsys: pytest.CaptureFixture[str], ws: Path, tmp_path: Path
) -> None:
    delivery = tmp_path / "brp.xlsx"
    write_xlsx_single_years(delivery)
    assert (
        run(capsys, "population", "import", delivery, "--workspace", ws, "--add-villages")[0] == 0
    )
    # a facility staff wrote down under the kern's name lands in that kern
    facilities = ws / "facilities.csv"
    facilities.write_text(
        facilities.read_text(encoding="utf-8")
        + "lhee-brink,Brink Lhee,Lhee,place,,,52.83,6.35,ja,nee,200,ja,4,ja,30,ontmoeting,\n",
        encoding="utf-8",
    )
    # so do a resident who wrote "Lhee" and a match recorded for "Lhee"
    answers = tmp_path / "enquete.csv"
    answers.write_text(
        "respondent_id;village_id;channel;collected_on;age_band;importance_meeting\n"
        "r1;Lhee;paper;12-03-2026;65-74;5\nr2;Dwingeloo;paper;12-03-2026;40-44;3\n",
        encoding="cp1252",
    )
    code, out, err = run(capsys, "survey", "import", answers, "--workspace", ws)
    assert code == 0, err
    stored = (ws / "survey" / "responses.csv").read_text(encoding="utf-8")
    assert "r1,lhee," in stored and "r2,dwingeloo," in stored
    (ws / "matches").mkdir()
    (ws / "matches" / "2026.csv").write_text(
        "village_id,theme,provision_id,made_on,outcome\nLhee,meeting,p1,2026-03-01,accepted\n",
        encoding="utf-8",
    )
    (ws / "provisions.csv").write_text(
        (ws / "provisions.csv").read_text(encoding="utf-8")
        + "p1,Koffieochtend,activity,Dorpshuis,ontmoeting,,,lhee,,10,\n",
        encoding="utf-8",
    )
    code, out, err = run(capsys, "check", "--workspace", ws, "--json")
    assert code == 0, out
    assert json.loads(out)["problems"] == []
    for command in (("needs",), ("gaps", "--village", "lhee"), ("access", "--village", "lhee")):
        code, out, err = run(capsys, *command, "--workspace", ws)
        assert code == 0, (command, err)
    code, out, err = run(capsys, "export", "--workspace", ws, "--village", "dwingeloo")
    assert code == 0, err
    words = pdf_text(ws / "plannen" / "dorpsplan-dwingeloo.pdf")
    assert "2.805" in words


def test_a_mapping_file_birth_years_and_a_geslacht_column(
    capsys: pytest.CaptureFixture[str], ws: Path, tmp_path: Path
) -> None:
    """A desk's own headers, named in a mapping file; a row per birth year and sex."""
    delivery = tmp_path / "export.csv"
    lines = ["Gemeente Westerveld;;;", "Stand per 1 januari 2025;;;", "Wpl;Gebjr;Gesl;Aant"]
    born = {2024: (3, 4), 2000: (5, 6), 1960: (11, 9), 1920: (0, 2)}
    for year, (men, women) in born.items():
        lines += [f"Wapse;{year};M;{men}", f"Wapse;{year};V;{women}"]
    delivery.write_text("\n".join(lines) + "\n", encoding="cp1252")
    mapping = tmp_path / "brp.toml"
    mapping.write_text(
        '[columns]\nwoonplaats = "Wpl"\nbirth_year = "Gebjr"\nsex = "Gesl"\ncount = "Aant"\n'
        '[options]\nsource = "BRP Westerveld, team Onderzoek"\n',
        encoding="utf-8",
    )
    code, out, err = run(
        capsys, "population", "import", delivery, "--mapping", mapping, "--workspace", ws
    )
    assert code == 0, err
    assert "BRP Westerveld, team Onderzoek" in out
    stored = register_rows(ws)
    wapse = {r["age_band"]: int(r["inhabitants"]) for r in stored}
    # on 1 January 2025 those born in 2024 are 0, in 2000 24, in 1960 64, in 1920 104
    assert wapse["0-4"] == 7 and wapse["20-24"] == 11 and wapse["60-64"] == 20
    assert wapse["95+"] == 2 and sum(wapse.values()) == 40
    assert {r["source"] for r in stored} == {"BRP Westerveld, team Onderzoek"}
    assert list(stored[0]) == [
        "village_id", "peildatum", "age_band", "inhabitants", "source", "split_from"
    ]  # fmt: skip
    # born in 1920: 104 on 1 January 2025, a single age in 95+, nothing split
    assert {r["split_from"] for r in stored} == {""}

    bad = tmp_path / "bad.toml"
    bad.write_text('[columns]\nwoonplaats = "Wpl"\nleeftijd = "Gebjr"\n', encoding="utf-8")
    err = refused(capsys, ws, delivery, "--mapping", bad)
    assert "[columns] leeftijd" in err


def test_english_headers_and_buurt_codes_staff_gave_their_kernen(
    capsys: pytest.CaptureFixture[str], ws: Path, tmp_path: Path
) -> None:
    villages_csv = ws / "villages.csv"
    rows = villages_csv.read_text(encoding="utf-8").splitlines()
    rows[0] += ",buurten"
    rows = [
        r + (",BU16990301;BU16990302" if r.startswith("diever,") else "," if i else "")
        for i, r in enumerate(rows)
    ]
    villages_csv.write_text("\n".join(rows) + "\n", encoding="utf-8")
    delivery = tmp_path / "neighbourhoods.csv"
    delivery.write_text(
        "Population by neighbourhood and age\nReference date: 1 January 2025\n"
        "Neighbourhood,Age group,Men,Women\n"
        "BU16990301,0-4,20,22\nBU16990301,75+,60,80\nBU16990302,0-4,5,4\n"
        "BU16990302,75+,10,15\nTotal,,95,121\n",
        encoding="utf-8",
    )
    code, out, err = run(
        capsys, "population", "import", delivery, "--workspace", ws, "--lang", "en"
    )
    assert code == 0, err
    assert "216 inhabitants on 1 January 2025" in out
    diever = {
        r["age_band"]: int(r["inhabitants"])
        for r in register_rows(ws)
        if r["village_id"] == "diever"
    }
    assert diever["0-4"] == 51 and sum(diever.values()) == 216

    stray = tmp_path / "stray.csv"
    stray.write_text(
        "Reference date: 1 January 2025\nNeighbourhood,Age,Count\nBU16990999,3,4\n", "utf-8"
    )
    err = refused(capsys, ws, stray, "--add-villages")
    assert "'BU16990999' hoort bij geen kern" in err


def test_a_name_only_the_register_knows_is_unknown_before_the_import(
    capsys: pytest.CaptureFixture[str], ws: Path
) -> None:
    facilities = ws / "facilities.csv"
    facilities.write_text(
        facilities.read_text(encoding="utf-8")
        + "lhee-brink,Brink Lhee,Lhee,place,,,52.83,6.35,ja,nee,200,ja,4,ja,30,ontmoeting,\n",
        encoding="utf-8",
    )
    code, out, _ = run(capsys, "check", "--workspace", ws)
    assert code == 1 and "onbekende kern 'Lhee'" in out


def test_a_kern_carved_out_of_a_postcode_area_takes_its_people_along(
    capsys: pytest.CaptureFixture[str], ws: Path, tmp_path: Path
) -> None:
    """Staff define Lhee by its six-digit postcodes inside 7991 Dwingeloo; a register of Lhee
    alone (by postcode) moves Lhee's people out of Dwingeloo's CBS count, nobody twice."""
    with (ws / "villages.csv").open("a", encoding="utf-8") as f:
        f.write("lhee,Lhee,Westerveld,7991PA;7991PB,52.8167,6.3833\n")
    cbs = json.loads(run(capsys, "population", "--workspace", ws, "--json")[1])["rows"]
    cbs_2021 = by_village_band(cbs, 2021)
    delivery = tmp_path / "lhee.csv"
    lines = ["Inwoners buurtschap Lhee;;", "Peildatum 1 januari 2025;;", "Postcode;Leeftijd;Aantal"]
    lhee = {"7991PA": [12, 20, 31, 40, 36, 22, 9], "7991PB": [8, 10, 19, 30, 25, 14, 6]}
    groups = ["0-14", "15-29", "30-44", "45-59", "60-74", "75-89", "90+"]
    for code, counts in lhee.items():
        lines += [f"{code};{g};{n}" for g, n in zip(groups, counts, strict=True)]
    delivery.write_text("\n".join(lines) + "\n", encoding="cp1252")
    code, _out, err = run(capsys, "population", "import", delivery, "--workspace", ws)
    assert code == 0, err

    rows = population_json(capsys, ws)["rows"]
    lhee_2025 = by_village_band(rows, 2025)["lhee"]
    assert round(sum(lhee_2025.values())) == sum(map(sum, lhee.values())) == 282
    dwingeloo_2021 = by_village_band(rows, 2021)["dwingeloo"]
    for band in AGE_BANDS:
        expected = max(cbs_2021["dwingeloo"][band] - round(lhee_2025[band]), 0)
        assert round(dwingeloo_2021[band]) == expected, band
    # the municipality's total is the same as before (no band of Dwingeloo went below 0)
    before = sum(sum(b.values()) for b in cbs_2021.values())
    after = sum(sum(b.values()) for v, b in by_village_band(rows, 2021).items()) + sum(
        lhee_2025.values()
    )
    assert round(after) == round(before)
    # what the pages need to say where each kern's inhabitants come from
    base = base_population(open_workspace(ws))
    assert base.carved == {"dwingeloo": ["lhee"]}
    assert base.split["lhee"] == ["0-14", "15-29", "30-44", "45-59", "60-74", "75-89", "90+"]
    assert base.source_of("lhee") == ("BRP gemeente Westerveld", dt.date(2025, 1, 1))
    assert base.source_of("dwingeloo") == (CBS_SOURCE, dt.date(2021, 1, 1))


# -- refusals: exit 2, a message naming file, row and column as written, nothing written --


def refused(capsys: pytest.CaptureFixture[str], ws: Path, delivery: Path, *extra: str) -> str:
    before = fingerprint(ws)
    code, out, err = run(capsys, "population", "import", delivery, "--workspace", ws, *extra)
    assert code == 2, out
    assert "Traceback" not in err
    assert fingerprint(ws) == before
    return err


def test_unknown_places_are_refused_by_name_with_a_suggestion(
    capsys: pytest.CaptureFixture[str], ws: Path, tmp_path: Path
) -> None:
    delivery = tmp_path / "brp.xlsx"
    write_xlsx_single_years(delivery)
    err = refused(capsys, ws, delivery)
    for place in NEW_PLACES:
        assert f"'{place}' is geen kern" in err
    assert "kolom 'Woonplaats'" in err and "--kernen-toevoegen" in err

    typo = tmp_path / "typo.csv"
    typo.write_text("Peildatum: 1-1-2025\nWoonplaats;Leeftijd;Aantal\nDwingelo;0;25\n", "cp1252")
    err = refused(capsys, ws, typo)
    assert "typo.csv, rij 3, kolom 'Woonplaats'" in err and "bedoelt u 'Dwingeloo'" in err
    # a misspelt kern is not made a new kern beside the real one
    err = refused(capsys, ws, typo, "--add-villages")
    assert "bedoelt u 'Dwingeloo'?" in err and "niet als nieuwe kern" in err


#: (file, its text as a desk might save it, what the refusal must say)
BAD_FILES = [
    (
        "totalen.csv",
        "Inwoners per woonplaats, peildatum 1 januari 2025\nWoonplaats;Aantal\n"
        "Dwingeloo;2.805\nDiever;2.350\nTotaal;5.155\n",
        ["totalen.csv, rij 2", "geen kolom met de leeftijd"],
    ),
    (
        "fout.csv",
        "per 01-01-2025\nWoonplaats;Leeftijd;Mannen;Vrouwen\n"
        "Diever;0;10;12\nDiever;1;-3;11\nDiever;2;tien;9\n",
        [
            "fout.csv, rij 4, kolom 'Mannen': een aantal inwoners kan niet negatief zijn",
            "fout.csv, rij 5, kolom 'Mannen'",
            "'tien'",
        ],
    ),
    (
        "totaal.csv",
        "Peildatum: 1 januari 2025\nWoonplaats;Leeftijd;Aantal\nWapse;0 t/m 4;30\n"
        "Wapse;5-9;31\nTotaal;;70\n",
        ["totaal.csv, rij 5, kolom 'Aantal'", "som: 61"],
    ),
    (
        "zonder-datum.csv",
        "Woonplaats;Leeftijd;Aantal\nWapse;0 t/m 4;30\n",
        ["geen peildatum gevonden", "--peildatum"],
    ),
    ("leeg.csv", "", ["leeg"]),
]


@pytest.mark.parametrize(("name", "content", "said"), BAD_FILES, ids=[b[0] for b in BAD_FILES])
def test_a_bad_file_is_refused_naming_row_and_column(
    capsys: pytest.CaptureFixture[str],
    ws: Path,
    tmp_path: Path,
    name: str,
    content: str,
    said: list[str],
) -> None:
    delivery = tmp_path / name
    delivery.write_text(content, encoding="cp1252")
    err = refused(capsys, ws, delivery)
    for words in said:
        assert words in err


def test_planning_new_says_its_kernen_are_postcode_areas(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    code, out, _ = run(capsys, "new", tmp_path / "ws", "--gemeente", "Westerveld")
    assert code == 0
    assert "postcodegebieden" in out
    assert "planning population import" in out and "--kernen-toevoegen" in out


def test_single_years_sum_to_the_band_counts_the_csv_holds() -> None:
    """The two files describe the same people: the fixture is consistent with itself."""
    ages = single_years()
    assert {p: sum(c) for p, c in band_counts(ages).items()} == TOTALS


def test_the_documented_example_imports_as_the_page_says(
    capsys: pytest.CaptureFixture[str], ws: Path
) -> None:
    example = (
        Path(__file__).resolve().parents[2] / "docs" / "voorbeelden" / "brp-westerveld-2025.csv"
    )
    err = refused(capsys, ws, example)
    assert "'Lhee' is geen kern" in err
    code, out, err = run(
        capsys, "population", "import", example, "--workspace", ws, "--kernen-toevoegen"
    )
    assert code == 0, err
    assert "4 kernen, 4.175 inwoners op 1 januari 2025" in out
    stored = register_rows(ws)
    assert ",".join(stored[0]) == "village_id,peildatum,age_band,inhabitants,source,split_from"
    rows = {(r["village_id"], r["age_band"]): r for r in stored}
    assert rows["dwingeloo", "0-4"] == {
        "village_id": "dwingeloo",
        "peildatum": "2025-01-01",
        "age_band": "0-4",
        "inhabitants": "114",
        "source": "BRP gemeente Westerveld",
        "split_from": "",
    }
    # '85 jaar en ouder' was split over 85-89, 90-94 and 95+, and each row says so
    assert {rows["lhee", b]["split_from"] for b in ("85-89", "90-94", "95+")} == {"85+"}
    assert rows["lhee", "80-84"]["split_from"] == ""


def test_planning_check_validates_the_stored_register(
    capsys: pytest.CaptureFixture[str], ws: Path
) -> None:
    (ws / "population_register.csv").write_text(
        "village_id,peildatum,age_band,inhabitants,source\n"
        "wapse,2025-01-01,0-4,31,BRP gemeente Westerveld\n"
        "wapse,2025-01-01,5-10,12,BRP gemeente Westerveld\n"
        "wapse,1-1-2025,10-14,-2,BRP gemeente Westerveld\n"
        "lhee,2025-01-01,0-4,9,BRP gemeente Westerveld\n",
        encoding="utf-8",
    )
    code, out, _ = run(capsys, "check", "--workspace", ws, "--json")
    assert code == 1
    found = {(p["row"], p["column"]) for p in json.loads(out)["problems"]}
    assert found == {(3, "age_band"), (4, "inhabitants"), (5, "village_id")}
