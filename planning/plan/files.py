"""Where a village's plan files live and what they are called.

Plans go inside the workspace (``plannen/``) unless the user names another folder,
so the start notebook can tell which villages have a published plan.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import TYPE_CHECKING

from planning.i18n import text
from planning.workspace.housekeeping import PLANS_FOLDER

if TYPE_CHECKING:
    from planning.workspace.folder import Workspace

__all__ = [
    "FORMATS",
    "PLANS_FOLDER",
    "PLANS_ROUTE",
    "exported_plans",
    "file_name",
    "name_clashes",
    "plans_dir",
]

FORMATS = ("pdf", "xlsx")

#: where the apps (Voila) serve the plans folder, below the server's base URL: the plan
#: button links there (planning.widgets.plan_export, planning.cli._voila_hooks)
PLANS_ROUTE = "planning/plannen/"


def plans_dir(ws: Workspace) -> Path:
    return ws.path / PLANS_FOLDER


def exported_plans(ws: Workspace, village_id: str) -> list[Path]:
    """The plan files of one village in the workspace's plans folder (any language/format)."""
    folder = plans_dir(ws)
    if not folder.is_dir():
        return []
    names = {file_name(village_id, fmt, lang) for fmt in FORMATS for lang in ("nl", "en")}
    return sorted(p for p in folder.iterdir() if p.name in names)


def file_name(village_id: str, fmt: str, lang: str) -> str:
    """dorpsplan-roden.pdf / village-plan-roden.pdf; the id is reduced to a safe file name."""
    safe = re.sub(r"[^A-Za-z0-9_-]+", "-", village_id).strip("-") or "kern"
    stem = text("file.plan_stem", lang)
    return f"{stem}-{safe}.{fmt}"


def name_clashes(village_ids: list[str], fmt: str, lang: str) -> dict[str, list[str]]:
    """File names two or more villages would share ('de wijk' and 'de-wijk', 'Roden' and
    'roden' on a case-blind disk), with those villages: one plan would overwrite another."""
    by_name: dict[str, list[str]] = {}
    for village_id in village_ids:
        by_name.setdefault(file_name(village_id, fmt, lang).casefold(), []).append(village_id)
    return {name: ids for name, ids in by_name.items() if len(ids) > 1}
