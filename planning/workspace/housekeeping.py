"""What a workspace folder holds but does not use, and what the demo left behind.

Staff who start from a copy of the demo replace some files and forget others: the
demo's scenarios, matches, monitoring and plans then turn up in their village plan.
The check names such files; they are notes, not problems with the data, so they do
not change the check's verdict.
"""

from __future__ import annotations

from pathlib import Path

from planning.errors import Problem, Said
from planning.io.resources import is_installed
from planning.workspace.folder import WORKSPACE_FILE, Workspace, demo_path, users_demo_folder
from planning.workspace.readers.basemap import BASEMAP_FOLDER

#: where plans go unless --out says otherwise: inside the workspace, so the start
#: notebook can tell which villages have a published plan (planning.plan.files)
PLANS_FOLDER = "plannen"
#: staff's own copies of the notebooks, made by an installed `planning lab`
NOTEBOOKS_FOLDER = "notebooks"
#: earlier village plans and the states of their actions (planning.store.plan_seed)
EARLIER_PLANS_FOLDER = "eerdere-plannen"
#: folders the workbook reads or writes inside a workspace
KNOWN_FOLDERS = frozenset(
    {
        "survey",
        "scenarios",
        "matches",
        "monitoring",
        "followup",
        PLANS_FOLDER,
        NOTEBOOKS_FOLDER,
        BASEMAP_FOLDER,
        EARLIER_PLANS_FOLDER,
    }
)
#: files the workbook writes itself or staff keep beside the tables
KNOWN_FILES = frozenset({WORKSPACE_FILE, "readme.md", "leesmij.md", "readme.txt", "leesmij.txt"})


def _skipped(path: Path) -> bool:
    return path.name.startswith((".", "~$", "store.sqlite")) or path.name == "__pycache__"


def unused_entries(ws: Workspace) -> list[Problem]:
    """Files and folders in the workspace's top level that the workbook does not read (notes
    with their keys, said in the reader's language where shown)."""
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
                        key="note.unused_folder",
                    )
                )
        elif entry.name.lower() not in tables | KNOWN_FILES:
            notes.append(
                Problem(
                    entry.name,
                    None,
                    None,
                    None,
                    key="note.unused_file",
                    fields={"see": Said("ws.see_format")},
                )
            )
    return notes


def demo_leftovers(ws: Workspace) -> list[Problem]:
    """Files identical to the demo's, and a workspace.toml that still says generated = true
    (notes with their keys)."""
    demo = demo_path().resolve()
    if ws.path.resolve() == demo or (
        is_installed() and ws.path.resolve() == users_demo_folder().resolve()
    ):
        return []  # the demo itself (or its copy for an installed workbook)
    notes = []
    if ws.settings.generated:
        notes.append(
            Problem(
                WORKSPACE_FILE,
                None,
                "generated",
                True,
                key="note.generated",
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
                    key="note.demo_files",
                    fields={"count": len(files)},
                )
            )
        else:
            notes += [
                Problem(
                    name,
                    None,
                    None,
                    None,
                    key="note.demo_file",
                )
                for name in files
            ]
    return notes
