"""planning app: the notebooks 00–08 as pages without code (Voila), for staff.

Welfare staff who never want to see code open one link: a home page with the
workbook's steps, and each step a page with a menu. Voila runs every notebook in
its own kernel; a page that is left shuts its kernel down (Voila's page sends that
on leaving), and a kernel nobody is connected to is culled after a minute, so
a morning of clicking through the steps does not pile up Python processes.
"""

from __future__ import annotations

import argparse
import os
import shutil
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

#: the workbook's steps, in order: the menu of the app
STEPS: tuple[str, ...] = (
    "00_start",
    "01_dorpsprofiel",
    "02_enquete",
    "03_voorzieningen",
    "04_vraag_en_aanbod",
    "05_scenarios",
    "06_sessie",
    "07_dorpsplan",
    "08_monitoring",
    "09_persoonlijke_aanpak",  # the follow-up app (planning followup app), in the menu too
)

#: a kernel without a connected page is stopped after this many seconds (checked every
#: CULL_INTERVAL): a page fetched without a browser, or one whose goodbye got lost on a
#: busy laptop (the request of a page being left may not reach the server in time). A
#: page that is open stays connected and is never culled, however long staff read it.
CULL_IDLE_SECONDS = 60
CULL_INTERVAL = 15


def register(
    sub: argparse._SubParsersAction[argparse.ArgumentParser],
    common: argparse.ArgumentParser,
    lang: str = "nl",
) -> None:
    p = sub.add_parser("app", parents=[common], help=text("help.app", lang))
    add_server_options(p, 8866, lang)
    p.set_defaults(func=run)


def voila_command(target: Path, port: int, token: str, template: str = "dorpsplan") -> list[str]:
    """Voila on a notebook or a folder of notebooks: local only, with a token, no code,
    our template, and idle kernels culled."""
    return [
        sys.executable,
        "-m",
        "voila",
        str(target),
        "--no-browser",
        f"--port={port}",
        "--Voila.ip=127.0.0.1",
        "--Voila.port_retries=0",
        f"--token={token}",
        "--strip_sources=True",
        "--theme=light",
        f"--template={template}",
        f"--MappingKernelManager.cull_idle_timeout={CULL_IDLE_SECONDS}",
        f"--MappingKernelManager.cull_interval={CULL_INTERVAL}",
        "--MappingKernelManager.cull_connected=False",
    ]


def voila_env(workspace: Path, template_root: Path) -> dict[str, str]:
    """The server's environment: the workspace, our template first on JUPYTER_PATH and
    our ``voila.py`` (the prelaunch hook) first on JUPYTER_CONFIG_PATH."""
    from planning.cli._voila_template import jupyter_config_path, jupyter_path

    env = dict(os.environ, PLANNING_WORKSPACE=str(workspace.resolve()))
    env["JUPYTER_PATH"] = jupyter_path(template_root, env)
    env["JUPYTER_CONFIG_PATH"] = jupyter_config_path(template_root, env)
    return env


def run(args: argparse.Namespace) -> int:
    from planning.workspace.folder import default_workspace, open_workspace

    workspace = Path(args.workspace) if args.workspace else default_workspace()
    ws = open_workspace(workspace)  # fail early, with a clear message
    lang = args.lang or ws.settings.lang
    print(text("cli.app.start", lang, workspace=workspace), file=human_output(args))
    return serve_voila(
        notebooks_dir(),
        workspace,
        steps=STEPS,
        lang=lang,
        port=args.port,
        what=text("cli.app.what", lang),
        where=text("app.where", lang),
        open_browser=not args.no_browser,
        as_json=args.json,
    )


def serve_voila(
    target: Path,
    workspace: Path,
    *,
    steps: tuple[str, ...],
    lang: str,
    port: int | None,
    what: str,
    where: str = "",
    village: str | None = None,
    open_browser: bool = True,
    default_port: int = 8866,
    as_json: bool = False,
) -> int:
    """One way to serve a notebook (or the folder of steps) through Voila for staff:
    our template (with the menu of ``steps``, none for a single app), local only, a
    token, the link printed once it answers, the temporary template removed after."""
    from planning.cli._voila_template import prepare

    chosen = free_port(port, default_port)
    token = new_token()
    template_root = prepare(steps, lang)
    env = voila_env(workspace, template_root)
    env["PLANNING_LANG"] = lang  # the session and follow-up apps speak it (06, 09)
    if village:
        env["PLANNING_VILLAGE"] = village
    url = f"http://127.0.0.1:{chosen}/"
    try:
        return run_server(
            voila_command(target, chosen, token),
            env,
            what=what,
            url=f"{url}?token={token}",
            probe=url,
            where=where,
            open_browser=open_browser,
            cwd=target if target.is_dir() else target.parent,
            lang=lang,
            as_json=as_json,
        )
    finally:
        shutil.rmtree(template_root, ignore_errors=True)
