"""planning lab: JupyterLab on the notebooks, with the workspace set."""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
from pathlib import Path


def notebooks_dir() -> Path:
    return Path(__file__).resolve().parents[2] / "notebooks"


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser("lab", parents=[common], help="open JupyterLab met de werkmap")
    p.add_argument("--port", type=int, default=8888)
    p.add_argument("--no-browser", action="store_true", help="open geen browservenster")
    p.set_defaults(func=run)


def lab_command(workspace: Path, port: int, no_browser: bool) -> tuple[list[str], dict[str, str]]:
    """The JupyterLab command line and its environment (PLANNING_WORKSPACE set)."""
    env = dict(os.environ, PLANNING_WORKSPACE=str(workspace.resolve()))
    cmd = [
        sys.executable,
        "-m",
        "jupyter",
        "lab",
        f"--port={port}",
        f"--notebook-dir={notebooks_dir()}",
    ]
    if no_browser:
        cmd.append("--no-browser")
    if hasattr(os, "geteuid") and os.geteuid() == 0:
        # containers and CI machines run as root; JupyterLab refuses that unless told
        cmd.append("--allow-root")
    return cmd, env


def run(args: argparse.Namespace) -> int:
    from planning.workspace import default_workspace, open_workspace

    workspace = Path(args.workspace) if args.workspace else default_workspace()
    open_workspace(workspace)  # fail early, with a clear message, on an unreadable folder
    cmd, env = lab_command(workspace, args.port, args.no_browser)
    print(f"JupyterLab start in {notebooks_dir()} met werkmap {workspace}", flush=True)
    print("De URL met het toegangstoken verschijnt hieronder; stop met Ctrl+C.", flush=True)
    try:
        return subprocess.call(cmd, env=env)
    except KeyboardInterrupt:
        return 0
