"""The real path of a resident's answer to a published plan, for the privacy evaluation.

An export of annotated answers (tests/unit/survey/fixtures/privacy_answers.json) is imported
with ``planning survey import``, quotes are approved, the plan is built and written as XLSX
(and PDF), and the text of those files is what the evaluation searches. ``approve`` is the
one place that says how a quote is approved for a plan; adapt it when the plan gets an
approval gate (``planning quotes approve``).
"""

from __future__ import annotations

import csv
import subprocess
import sys
from collections.abc import Iterable
from pathlib import Path

from openpyxl import load_workbook

from planning.i18n import text
from planning.survey.scrub_eval import Answer

HORIZONS = (3, 5, 10)
MAPPING = """[columns]
respondent_id = "Nr"
village_id = "Kern"
channel = "Kanaal"
need_3y = "Over 3 jaar"
need_5y = "Over 5 jaar"
need_10y = "Over 10 jaar"
quote_publishable = "Mag geciteerd worden"
"""


def respondents(answers: list[Answer], villages: list[str]) -> list[dict[str, str]]:
    """Three answers per respondent (3, 5 and 10 years), respondents over the villages in turn."""
    rows = []
    for i in range(0, len(answers), len(HORIZONS)):
        row = {"Nr": f"p{i // 3 + 1:03d}", "Kern": villages[(i // 3) % len(villages)]}
        row |= {"Kanaal": "online", "Mag geciteerd worden": "ja"}
        for horizon, answer in zip(HORIZONS, answers[i : i + 3], strict=False):
            row[f"Over {horizon} jaar"] = answer.text
        rows.append(row)
    return rows


def where(answers: list[Answer], villages: list[str]) -> dict[str, tuple[str, str, int]]:
    """answer id -> (respondent, village, horizon) as ``respondents`` lays them out."""
    out = {}
    for i, answer in enumerate(answers):
        out[answer.id] = (f"p{i // 3 + 1:03d}", villages[(i // 3) % len(villages)], HORIZONS[i % 3])
    return out


def write_export(folder: Path, rows: list[dict[str, str]]) -> Path:
    """The export as an online form would give it: ';' separated, with its mapping beside it."""
    path = folder / "enquete-export.csv"
    headers = ["Nr", "Kern", "Kanaal", *(f"Over {h} jaar" for h in HORIZONS)]
    headers.append("Mag geciteerd worden")
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.DictWriter(handle, headers, delimiter=";")
        writer.writeheader()
        writer.writerows(rows)
    (folder / "enquete-export.csv.mapping.toml").write_text(MAPPING, encoding="utf-8")
    return path


def approve(ws: Path, respondent_ids: Iterable[str]) -> None:
    """Approve the quotes of these respondents for the plan, and no others.

    The residents' release (``quote_publishable`` in survey/responses.csv) is set for these
    respondents only, then staff approve every released quote as the hurried would
    (``planning quotes approve --all``): what is published is still the scrubbed text.
    """
    wanted = set(respondent_ids)
    path = ws / "survey" / "responses.csv"
    with path.open(newline="", encoding="utf-8") as handle:
        reader = csv.DictReader(handle)
        fields = list(reader.fieldnames or [])
        rows = list(reader)
    for row in rows:
        row["quote_publishable"] = "ja" if row["respondent_id"] in wanted else "nee"
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.DictWriter(handle, fields)
        writer.writeheader()
        writer.writerows(rows)
    villages = sorted({row["village_id"] for row in rows if row["respondent_id"] in wanted})
    for village in villages:
        run = subprocess.run(
            [sys.executable, "-m", "planning.cli", "quotes", "approve", "--village", village,
             "--all", "--by", "evaluation", "--workspace", str(ws)],
            capture_output=True, text=True, timeout=300,
        )  # fmt: skip
        assert run.returncode == 0, run.stdout + run.stderr


def xlsx_text(path: Path) -> tuple[str, list[tuple[str, str]]]:
    """Every cell of the workbook as one text, and the (horizon, quote) rows of its quotes
    sheet ("In hun eigen woorden")."""
    book = load_workbook(path, read_only=True)
    cells: list[str] = []
    quotes: list[tuple[str, str]] = []
    for sheet in book.worksheets:
        rows = [[c for c in row] for row in sheet.iter_rows(values_only=True)]
        cells += [str(c) for row in rows for c in row if c is not None]
        if sheet.title == text("res.quotes", "nl")[:31]:
            quotes += [(str(r[0]), str(r[1])) for r in rows[1:] if len(r) >= 2 and r[1]]
    book.close()
    return "\n".join(cells), quotes
