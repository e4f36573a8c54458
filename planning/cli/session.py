"""planning session: the facilitated-session app (Voila), code hidden, on this computer only.

Served with the app's template (planning.cli._voila_template) without its menu: every
asset comes from this computer, so the app works in a village hall without internet.
"""

from __future__ import annotations

import argparse
import shutil
from pathlib import Path

from planning.cli._serve import free_port, new_token, notebooks_dir, run_server
from planning.errors import SessionError
from planning.workspace.folder import default_workspace, open_workspace

NOTEBOOK = "06_sessie.ipynb"


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser(
        "session", parents=[common], help="start de app voor een bijeenkomst (Voila)"
    )
    p.add_argument("--port", type=int, default=None, help="poort (standaard 8866 of een vrije)")
    p.add_argument("--village", default=None, help="kern waarvan de bijeenkomsten getoond worden")
    p.add_argument("--no-browser", action="store_true", help="open geen browservenster")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from planning.cli._voila_template import prepare
    from planning.cli.app import voila_command, voila_env

    workspace = Path(args.workspace) if args.workspace else default_workspace()
    ws = open_workspace(workspace)  # fail early, with a clear message
    if args.village:
        ws.village(args.village)
    notebook = notebooks_dir() / NOTEBOOK
    if not notebook.is_file():
        raise SessionError(f"{notebook}: het sessie-notebook ontbreekt")
    port = free_port(args.port, 8866)
    token = new_token()
    template_root = prepare((), args.lang or ws.settings.lang)
    env = voila_env(workspace, template_root)
    if args.village:
        env["PLANNING_VILLAGE"] = args.village
    print(f"Bijeenkomst-app voor werkmap {workspace}")
    try:
        return run_server(
            voila_command(notebook, port, token),
            env,
            what="De bijeenkomst-app",
            url=f"http://127.0.0.1:{port}/?token={token}",
            probe=f"http://127.0.0.1:{port}/",
            where="Klik op de link hierboven; zet daarna de uitslag op de beamer (knop 'Beamer').",
            open_browser=not args.no_browser,
            cwd=notebook.parent,
        )
    finally:
        shutil.rmtree(template_root, ignore_errors=True)
