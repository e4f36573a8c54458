"""planning session: the facilitated-session app (Voila), code hidden, on this computer only."""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
from pathlib import Path

from planning.cli._serve import free_port, new_token, open_later, print_url
from planning.errors import SessionError
from planning.workspace.folder import default_workspace, open_workspace

NOTEBOOK = "06_sessie.ipynb"


def notebooks_dir() -> Path:
    return Path(__file__).resolve().parents[2] / "notebooks"


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser(
        "session", parents=[common], help="start de app voor een bijeenkomst (Voila)"
    )
    p.add_argument("--port", type=int, default=None, help="poort (standaard 8866 of een vrije)")
    p.add_argument("--village", default=None, help="kern waarvan de bijeenkomsten getoond worden")
    p.add_argument("--no-browser", action="store_true", help="open geen browservenster")
    p.set_defaults(func=run)


def command(notebook: Path, port: int, token: str) -> list[str]:
    return [
        sys.executable,
        "-m",
        "voila",
        str(notebook),
        "--no-browser",
        f"--port={port}",
        "--Voila.ip=127.0.0.1",
        "--Voila.port_retries=0",
        f"--token={token}",
        "--strip_sources=True",
        "--theme=light",
    ]


def run(args: argparse.Namespace) -> int:
    workspace = Path(args.workspace) if args.workspace else default_workspace()
    ws = open_workspace(workspace)  # fail early, with a clear message
    if args.village:
        ws.village(args.village)
    notebook = notebooks_dir() / NOTEBOOK
    if not notebook.is_file():
        raise SessionError(f"{notebook}: het sessie-notebook ontbreekt")
    port = free_port(args.port, 8866)
    token = new_token()
    env = dict(os.environ, PLANNING_WORKSPACE=str(workspace.resolve()))
    if args.village:
        env["PLANNING_VILLAGE"] = args.village
    url = f"http://127.0.0.1:{port}/?token={token}"
    print(f"Bijeenkomst-app voor werkmap {workspace}")
    print_url("De bijeenkomst-app", url)
    if not args.no_browser:
        open_later(url)
    try:
        return subprocess.call(command(notebook, port, token), env=env, cwd=notebook.parent)
    except KeyboardInterrupt:
        return 0
