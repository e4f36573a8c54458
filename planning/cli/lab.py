"""planning lab: JupyterLab on the notebooks, with the workspace set.

The analysts' view: every cell and the public API. It opens on ``00_start`` and
without JupyterLab's "receive news?" popup (an override in ``jupyter_data/
lab_settings``, JupyterLab's app settings folder for this server only), and the
link is printed once the server answers.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path

from planning.cli._serve import (
    add_server_options,
    free_port,
    human_output,
    new_token,
    notebooks_dir,
    run_server,
)
from planning.i18n import text
from planning.io.resources import is_installed, package_path

#: JupyterLab's settings overrides for this server (the news popup off)
LAB_SETTINGS = package_path("cli", "jupyter_data", "lab_settings")
#: the notebook the analyst starts with
FIRST = "00_start.ipynb"
#: the file browser lists each notebook once: the jupytext twins (NN_name.py) stay on disk,
#: paired, but out of the list (with JupyterLab's own hidden patterns)
HIDDEN = ["__pycache__", "*.pyc", "*.pyo", ".DS_Store", "*~", "[0-9][0-9]_*.py"]


def checkpoints_dir() -> Path:
    """Where JupyterLab keeps its checkpoints: the user's Jupyter data folder, not a
    ``.ipynb_checkpoints`` inside the workbook's notebooks (an installed package's folder,
    or the project's tree)."""
    from jupyter_core.paths import jupyter_data_dir

    return Path(jupyter_data_dir()) / "planning-checkpoints"


def register(
    sub: argparse._SubParsersAction[argparse.ArgumentParser],
    common: argparse.ArgumentParser,
    lang: str = "nl",
) -> None:
    p = sub.add_parser("lab", parents=[common], help=text("help.lab", lang))
    add_server_options(p, 8888, lang)
    p.set_defaults(func=run)


def lab_command(
    workspace: Path, port: int, token: str, folder: Path | None = None
) -> tuple[list[str], dict[str, str]]:
    """The JupyterLab command line on ``folder`` (default: the shipped notebooks) and its
    environment (PLANNING_WORKSPACE set)."""
    env = dict(os.environ, PLANNING_WORKSPACE=str(workspace.resolve()))
    cmd = [
        sys.executable,
        "-m",
        "jupyter",
        "lab",
        f"--port={port}",
        "--ServerApp.ip=127.0.0.1",
        "--ServerApp.port_retries=0",
        f"--IdentityProvider.token={token}",
        "--no-browser",
        f"--notebook-dir={folder or notebooks_dir()}",
        f"--LabApp.app_settings_dir={LAB_SETTINGS}",
        f"--ServerApp.default_url=/lab/tree/{FIRST}",
        f"--ContentsManager.hide_globs={json.dumps(HIDDEN)}",
        f"--FileCheckpoints.root_dir={checkpoints_dir()}",
        # jupytext's pairing, with the kernel's metadata: a notebook opened is not "modified"
        "--ServerApp.contents_manager_class=planning.cli._lab_contents.NotebookContentsManager",
    ]
    if hasattr(os, "geteuid") and os.geteuid() == 0:
        # containers and CI machines run as root; JupyterLab refuses that unless told
        cmd.append("--allow-root")
    return cmd, env


def run(args: argparse.Namespace) -> int:
    from planning.cli._notebooks import lab_folder
    from planning.workspace.folder import default_workspace, open_workspace

    workspace = Path(args.workspace) if args.workspace else default_workspace()
    ws = open_workspace(workspace)  # fail early, with a clear message, on an unreadable folder
    lang = args.lang or ws.settings.lang
    folder, copied = lab_folder(workspace)
    port = free_port(args.port, 8888)
    token = new_token()
    cmd, env = lab_command(workspace, port, token, folder)
    human = human_output(args)  # --json: stdout holds the JSON line only
    print(text("cli.lab.start", lang, folder=folder, workspace=workspace), file=human)
    if is_installed():
        said = "package.lab.copied" if copied else "package.lab.kept"
        print(text(said, lang, folder=folder), file=human)
    return run_server(
        cmd,
        env,
        what="JupyterLab",
        # reset: open on 00_start alone, whatever layout JupyterLab remembers from before
        url=f"http://127.0.0.1:{port}/lab/tree/{FIRST}?token={token}&reset",
        probe=f"http://127.0.0.1:{port}/api/status",
        where=text("cli.lab.where", lang, first=FIRST),
        open_browser=not args.no_browser,
        lang=lang,
        as_json=args.json,
    )
