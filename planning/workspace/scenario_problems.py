"""Scenario files in ``scenarios/`` that do not fit the workspace, as problems to group.

The store loads ``scenarios/*.toml`` on its first open and leaves out a file that does
not fit (a village the workspace does not have). A workspace started from the demo
keeps 28 such files: listed one problem per line, every command that opens the store
would print hundreds of lines. As :class:`Problem` rows with the folder as their file
and the file name quoted, ``planning check`` groups them like any other problem and
the commands print one line per kind.
"""

from __future__ import annotations

from dataclasses import replace

from planning.errors import PlanningError, Problem, Said
from planning.workspace.folder import Workspace
from planning.workspace.scenario_file import read_scenario

FOLDER = "scenarios"


def scenario_problems(ws: Workspace) -> list[Problem]:
    """Every problem of every scenario file the store would leave out, in file order."""
    folder = ws.path / FOLDER
    if not folder.is_dir():
        return []
    problems: list[Problem] = []
    for path in sorted(folder.glob("*.toml")):
        if path.name == "chosen.toml":
            continue
        try:
            read_scenario(ws, path)
        except PlanningError as exc:
            found = getattr(exc, "problems", None) or [
                Problem(path.name, None, None, None, key="model.as_raised", fields={"error": exc})
            ]
            problems += [
                replace(
                    p,
                    file=f"{FOLDER}/",
                    message="",
                    key="scn.in_file",
                    fields={
                        "name": path.name,
                        "what": Said(p.key, p.fields) if p.key else p.message,
                    },
                )
                for p in found
            ]
    return problems


def skipped_files(problems: list[Problem]) -> int:
    """How many files the problems come from."""
    return len({p.fields.get("name", p.message.split("': ", 1)[0]) for p in problems})
