"""planning session: the facilitated-session app (Voila), code hidden, on this computer only.

Served with the app's template (planning.cli._voila_template) without its menu: every
asset comes from this computer, so the app works in a village hall without internet.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from planning.cli._serve import add_server_options, human_output, notebooks_dir
from planning.errors import SessionError
from planning.i18n import text
from planning.workspace.folder import default_workspace, open_workspace

NOTEBOOK = "06_sessie.ipynb"


def register(
    sub: argparse._SubParsersAction[argparse.ArgumentParser],
    common: argparse.ArgumentParser,
    lang: str = "nl",
) -> None:
    p = sub.add_parser("session", parents=[common], help=text("help.session", lang))
    p.add_argument("--village", default=None, help=text("help.session.village", lang))
    add_server_options(p, 8866, lang)
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from planning.cli.app import serve_voila

    workspace = Path(args.workspace) if args.workspace else default_workspace()
    ws = open_workspace(workspace)  # fail early, with a clear message
    if args.village:
        ws.village(args.village)
    lang = args.lang or ws.settings.lang
    notebook = notebooks_dir() / NOTEBOOK
    if not notebook.is_file():
        raise SessionError(key="cli.session.missing", notebook=notebook)
    print(text("cli.session.start", lang, workspace=workspace), file=human_output(args))
    return serve_voila(
        notebook,
        workspace,
        steps=(),  # local assets, no menu
        lang=lang,
        port=args.port,
        what=text("cli.session.what", lang),
        where=text("cli.session.where", lang),
        village=args.village,
        open_browser=not args.no_browser,
        as_json=args.json,
    )
