"""planning demo DIR: write the demo workspace to a folder of your own."""

from __future__ import annotations

import argparse
import shutil
from pathlib import Path

from planning.cli._output import emit_json, say
from planning.errors import WorkspaceError


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser("demo", parents=[common], help="schrijf de demo-werkmap naar DIR")
    p.add_argument("dir", metavar="DIR", type=Path)
    p.set_defaults(func=run)


def write_demo(target: Path) -> Path:
    """Copy the demo; refuse to mix it into a folder that already holds files.

    Plans exported from the demo (its ``plannen/`` folder) and the store are results,
    not the demo: a copy starts without them.
    """
    from planning.plan.files import PLANS_FOLDER
    from planning.workspace.folder import demo_path

    if target.exists() and any(target.iterdir()):
        raise WorkspaceError(f"{target}: map is niet leeg; kies een nieuwe of lege map")
    shutil.copytree(
        demo_path(),
        target,
        dirs_exist_ok=True,
        ignore=shutil.ignore_patterns(
            "store.sqlite*", "__pycache__", ".ipynb_checkpoints", PLANS_FOLDER
        ),
    )
    return target


def run(args: argparse.Namespace) -> int:
    target = write_demo(args.dir)
    if args.json:
        emit_json({"written": str(target)})
    else:
        say(f"Demo-werkmap geschreven naar {target}")
        say(f"Open hem met: planning check --workspace {target}")
    return 0
