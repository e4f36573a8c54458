"""planning session: the facilitated-session app (Voila), code hidden, on this computer only.

Served with the app's template (planning.cli._voila_template) without its menu: every
asset comes from this computer, so the app works in a village hall without internet.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from planning.cli._serve import notebooks_dir
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
    from planning.cli.app import serve_voila

    workspace = Path(args.workspace) if args.workspace else default_workspace()
    ws = open_workspace(workspace)  # fail early, with a clear message
    if args.village:
        ws.village(args.village)
    notebook = notebooks_dir() / NOTEBOOK
    if not notebook.is_file():
        raise SessionError(f"{notebook}: het sessie-notebook ontbreekt")
    print(f"Bijeenkomst-app voor werkmap {workspace}")
    return serve_voila(
        notebook,
        workspace,
        steps=(),  # local assets, no menu
        lang=args.lang or ws.settings.lang,
        port=args.port,
        what="De bijeenkomst-app",
        where="Klik op de link hierboven; zet daarna de uitslag op de beamer (knop 'Beamer').",
        village=args.village,
        open_browser=not args.no_browser,
    )
