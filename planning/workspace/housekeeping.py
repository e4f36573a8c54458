"""What a workspace folder holds but does not use, and what the demo left behind.

Staff who start from a copy of the demo replace some files and forget others: the
demo's scenarios, matches, monitoring and plans then turn up in their village plan.
The check names such files; they are notes, not problems with the data, so they do
not change the check's verdict.
"""

from __future__ import annotations

from pathlib import Path

from planning.errors import Problem
from planning.workspace.conversion import SEE_FORMAT
from planning.workspace.folder import WORKSPACE_FILE, Workspace, demo_path

#: where plans go unless --out says otherwise: inside the workspace, so the start
#: notebook can tell which villages have a published plan (planning.plan.files)
PLANS_FOLDER = "plannen"
#: folders the workbook reads or writes inside a workspace
KNOWN_FOLDERS = frozenset(
    {"survey", "scenarios", "matches", "monitoring", "followup", PLANS_FOLDER}
)
#: files the workbook writes itself or staff keep beside the tables
KNOWN_FILES = frozenset({WORKSPACE_FILE, "readme.md", "leesmij.md", "readme.txt", "leesmij.txt"})


def _skipped(path: Path) -> bool:
    return path.name.startswith((".", "~$", "store.sqlite")) or path.name == "__pycache__"


def unused_entries(ws: Workspace) -> list[Problem]:
    """Files and folders in the workspace's top level that the workbook does not read."""
    tables = {Path(name).name.lower() for name in ws.files.values()}
    notes = []
    for entry in sorted(ws.path.iterdir()):
        if _skipped(entry):
            continue
        if entry.is_dir():
            if entry.name not in KNOWN_FOLDERS:
                notes.append(
                    Problem(
                        f"{entry.name}/",
                        None,
                        None,
                        None,
                        "map wordt niet gebruikt door het werkboek",
                    )
                )
        elif entry.name.lower() not in tables | KNOWN_FILES:
            notes.append(
                Problem(
                    entry.name,
                    None,
                    None,
                    None,
                    f"bestand wordt niet gebruikt ({SEE_FORMAT})",
                )
            )
    return notes


def demo_leftovers(ws: Workspace) -> list[Problem]:
    """Files identical to the demo's, and a workspace.toml that still says generated = true."""
    demo = demo_path().resolve()
    if ws.path.resolve() == demo:
        return []
    notes = []
    if ws.settings.generated:
        notes.append(
            Problem(
                WORKSPACE_FILE,
                None,
                "generated",
                True,
                "zegt dat de gegevens gegenereerd zijn (demo); zet generated = false als het "
                "uw eigen gegevens zijn, anders staat dat op elk dorpsplan",
            )
        )
    same: dict[str, list[str]] = {}
    for path in sorted(ws.path.rglob("*")):
        relative = path.relative_to(ws.path)
        if not path.is_file() or any(_skipped(Path(part)) for part in relative.parts):
            continue
        twin = demo / relative
        if (
            twin.is_file()
            and twin.stat().st_size == path.stat().st_size
            and twin.read_bytes() == path.read_bytes()
        ):
            folder = f"{relative.parts[0]}/" if len(relative.parts) > 1 else ""
            same.setdefault(folder, []).append(relative.as_posix())
    for folder, files in same.items():
        if folder:
            notes.append(
                Problem(
                    folder,
                    None,
                    None,
                    "; ".join(files),
                    f"{len(files)} bestanden overgebleven uit de demo (gelijk aan de "
                    "demobestanden); verwijder of vervang ze",
                )
            )
        else:
            notes += [
                Problem(
                    name,
                    None,
                    None,
                    None,
                    "overgebleven uit de demo (gelijk aan het demobestand); vervang of verwijder het",
                )
                for name in files
            ]
    return notes
