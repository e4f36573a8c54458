"""A tiny, valid workspace as Python data, and writers for every dialect staff produce.

Tests write it to a temporary folder, break one cell, and assert the problem
names that file, row and column. Rows here are counted as in a spreadsheet:
``TABLES["villages"][0]`` is the header (row 1), ``[1]`` the first data row (row 2).
"""

from __future__ import annotations

import csv
import io
from pathlib import Path

WORKSPACE_TOML = """\
name = "Proefwerkmap"
municipality = "Noordenveld"
base_year = 2026
lang = "nl"
horizons = [3, 5, 10]
"""

TABLES: dict[str, list[list[str]]] = {
    "villages": [
        ["village_id", "name", "municipality", "postcodes", "lat", "lon"],
        ["roden", "Roden", "Noordenveld", "9301;9302", "53.1375", "6.426"],
        ["nieuw-roden", "Nieuw-Roden", "Noordenveld", "9304", "53.131", "6.399"],
        ["een", "Eén", "Noordenveld", "9342", "53.0745", "6.393"],
    ],
    "population": [
        ["village_id", "year", "age_band", "inhabitants"],
        ["roden", "2021", "0-4", "600"],
        ["roden", "2021", "65-69", "1234"],
        ["nieuw-roden", "2021", "0-4", "45"],
        ["nieuw-roden", "2021", "95+", "5"],
        ["een", "2021", "0-4", "30"],
        ["een", "2021", "70-74", "85"],
    ],
    "facilities": [
        [
            "facility_id",
            "name",
            "village_id",
            "kind",
            "owner",
            "address",
            "lat",
            "lon",
            "step_free",
            "accessible_toilet",
            "transit_stop_m",
            "free_entry",
            "open_hours_per_week",
            "walk_in",
            "capacity",
            "themes",
            "activities",
        ],
        [
            "roden-cafe",
            "Café De Reünie",
            "roden",
            "village_hall",
            "Stichting Dorpshuis",
            "Brink 1",
            "53.1380",
            "6.4270",
            "true",
            "false",
            "120",
            "true",
            "40",
            "true",
            "80",
            "meeting;loneliness",
            "koffie",
        ],
        [
            "nieuw-roden-kerk",
            "Kerkgebouw Ruïne",
            "nieuw-roden",
            "church",
            "Kerkgemeente",
            "Kerkstraat 2",
            "53.1312",
            "6.3995",
            "false",
            "false",
            "450",
            "true",
            "6.5",
            "false",
            "120",
            "meeting",
            "",
        ],
        [
            "een-dorpshuis",
            "Dorpshuis Ëen",
            "een",
            "village_hall",
            "",
            "",
            "53.0747",
            "6.3931",
            "true",
            "true",
            "",
            "true",
            "14",
            "false",
            "",
            "meeting;advice",
            "",
        ],
    ],
    "provisions": [
        [
            "provision_id",
            "name",
            "kind",
            "provider",
            "themes",
            "age_min",
            "age_max",
            "villages",
            "facility_id",
            "capacity_per_week",
            "cost_per_year",
        ],
        ["jeugdfonds", "Jeugdfonds", "fund", "Jeugdfonds", "youth", "4", "17", "*", "", "60", "0"],
        [
            "roden-koffie",
            "Koffieochtend",
            "activity",
            "Welzijn",
            "meeting;loneliness",
            "",
            "",
            "roden;nieuw-roden",
            "roden-cafe",
            "30",
            "1500",
        ],
    ],
    "partners": [
        ["partner_id", "name", "kind"],
        ["win", "Welzijn in Noordenveld", "welfare"],
        ["dorpsbelang-een", "Vereniging Dorpsbelang Eén", "association"],
    ],
    "commitments": [
        [
            "commitment_id",
            "partner_id",
            "village_id",
            "facility_id",
            "provision_id",
            "description",
            "start_year",
            "end_year",
            "hours_per_year",
            "budget_per_year",
        ],
        ["c1", "win", "roden", "roden-cafe", "roden-koffie", "Inloop", "2025", "2029", "200", "0"],
        ["c2", "dorpsbelang-een", "een", "een-dorpshuis", "", "Zaal", "2026", "", "", "500"],
    ],
    "population_points": [
        ["point_id", "village_id", "lat", "lon", "inhabitants"],
        ["p1", "roden", "53.1370", "6.4250", "1834"],
        ["p2", "nieuw-roden", "53.1311", "6.3991", "50"],
        ["p3", "een", "53.0746", "6.3932", "115"],
    ],
}


def csv_text(rows: list[list[str]], delimiter: str = ",") -> str:
    buf = io.StringIO()
    csv.writer(buf, delimiter=delimiter, lineterminator="\r\n").writerows(rows)
    return buf.getvalue()


def write_csv(
    path: Path,
    rows: list[list[str]],
    *,
    delimiter: str = ",",
    encoding: str = "utf-8",
    title: list[str] | None = None,
) -> Path:
    """Write rows as a spreadsheet program would; ``title`` lines go above the header."""
    text = "".join(line + "\r\n" for line in (title or [])) + csv_text(rows, delimiter)
    path.write_bytes(text.encode(encoding))
    return path


def write_xlsx(path: Path, rows: list[list[object]], *, above: list[list[object]] = ()) -> Path:
    """Write an .xlsx with ``above`` rows (e.g. a merged super-header) over the table."""
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    for r in [*above, *rows]:
        sheet.append(list(r))
    book.save(path)
    return path


def write_workspace(root: Path, tables: dict[str, list[list[str]]] | None = None) -> Path:
    """The tiny workspace as plain UTF-8 comma CSV (tests then rewrite one file)."""
    root.mkdir(parents=True, exist_ok=True)
    (root / "workspace.toml").write_text(WORKSPACE_TOML, encoding="utf-8")
    for name, rows in (tables or TABLES).items():
        write_csv(root / f"{name}.csv", rows)
    return root


def table(name: str) -> list[list[str]]:
    """A fresh, editable copy of one table's rows."""
    return [list(r) for r in TABLES[name]]
