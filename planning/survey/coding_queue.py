"""The coding queue: free text that matched no theme, waiting for staff to code it.

An answer such as "iemand die de boodschappen doet" names no theme the lexicon knows. It
must not silently drop out of the needs: the entry form puts it in the manual coding table
(``survey/coding_overrides.csv``, read by planning.survey.coding) with its text and an
empty ``themes`` cell. Staff fill in the themes there (in Excel); until they do, the row
waits in the queue and changes nothing (coding.coded_themes skips empty rows).
"""

from __future__ import annotations

import csv
import io
from collections.abc import Mapping
from pathlib import Path

import pandas as pd

from planning.io.atomic import write_atomic
from planning.survey.coding import OVERRIDES_FILE

#: the columns of a queue row; ``text`` is what the resident said, for the coder
COLUMNS = ("respondent_id", "horizon", "themes", "text")


def queue_for_coding(workspace_path: Path, respondent_id: str, texts: Mapping[int, str]) -> Path:
    """Add one row per horizon (``{5: "..."}``) with empty themes to the coding table, in
    one atomic write; an existing table keeps its columns and separator."""
    path = Path(workspace_path) / OVERRIDES_FILE
    old = path.read_text(encoding="utf-8-sig") if path.is_file() else ""
    lines = old.splitlines()
    sep = ";" if not lines or ";" in lines[0] or "," not in lines[0] else ","
    header = next(csv.reader([lines[0]], delimiter=sep)) if lines else list(COLUMNS)
    out = io.StringIO()
    writer = csv.writer(out, delimiter=sep, lineterminator="\r\n")
    if not lines:
        writer.writerow(header)
    for horizon, said in texts.items():
        row = {"respondent_id": respondent_id, "horizon": str(horizon), "themes": "", "text": said}
        writer.writerow([row.get(str(column).strip().lower(), "") for column in header])
    body = old if not old or old.endswith(("\n", "\r")) else old + "\r\n"
    return write_atomic(path, (body + out.getvalue()).encode("utf-8-sig"))


def waiting(overrides: pd.DataFrame) -> pd.DataFrame:
    """The rows of the coding table still to be coded (no themes yet)."""
    return overrides[overrides["themes"].fillna("").astype(str).str.strip() == ""]
