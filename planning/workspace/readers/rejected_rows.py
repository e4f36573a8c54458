"""The survey rows an import refused, read back from ``survey/rejected/*.csv``.

The import (planning.survey.importer) writes each refused row whole, with its reason in the
workspace's language for staff who open the file, and the reason's catalogue key and
fields in the last two columns, so ``planning check`` says it in the language it speaks.
Files written before those columns existed hold the reason as Dutch text only: it is
shown as written in Dutch, and by the short label of its reason code in another language.
"""

from __future__ import annotations

import json
from pathlib import Path

from planning.errors import PerLanguage, PlanningError, Problem, Said
from planning.i18n import CATALOGUE
from planning.io.tables import read_csv_raw
from planning.workspace.folder import Workspace

REJECTED_DIR = Path("survey") / "rejected"
#: the columns of the reason's catalogue key and its fields (JSON), after the export's own
REASON_KEY = "reason_key"
REASON_FIELDS = "reason_fields"
#: the first columns of every rejected-rows file
_HEAD = {"row", "reason_code", "reason"}


def reason_code_key(code: str) -> str:
    """The catalogue key of a reason code's short label ('unknown_village')."""
    return f"survey.reason_code.{code}"


def _reason(cells: dict[str, str | None]) -> Said:
    key, fields = cells.get(REASON_KEY), cells.get(REASON_FIELDS)
    if key and key in CATALOGUE:
        try:
            loaded = json.loads(fields or "{}")
        except ValueError:
            loaded = None
        if isinstance(loaded, dict):
            return Said(key, loaded)
    # a file from before the key columns: its Dutch text, or the code's label elsewhere
    code = cells.get("reason_code") or ""
    label = Said(reason_code_key(code)) if reason_code_key(code) in CATALOGUE else code
    return Said("model.as_raised", {"error": PerLanguage(cells.get("reason") or label, label)})


def rejected_rows(ws: Workspace) -> list[Problem]:
    """One problem per refused row, in the rejected-rows file where staff find it."""
    problems: list[Problem] = []
    folder = ws.path / REJECTED_DIR
    for path in sorted(folder.glob("*.csv")) if folder.is_dir() else []:
        where = (REJECTED_DIR / path.name).as_posix()
        try:
            table = read_csv_raw(path, _HEAD)
        except PlanningError as exc:
            problems.append(
                Problem(where, None, None, None, key="ws.file_left_out", fields={"error": exc})
            )
            continue
        frame = table.frame.astype(object).where(table.frame.notna(), None)
        for row, cells in zip(frame.index, frame.to_dict("records"), strict=True):
            reason = _reason({str(name): value for name, value in cells.items()})
            problems.append(
                Problem(where, int(row), None, None, key=reason.key, fields=reason.fields)
            )
    return problems
