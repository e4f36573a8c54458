"""What Voila does for the apps before a page's notebook starts (its ``prelaunch_hook``).

Two things a user would expect and Voila does not do on its own:

- **a page that is left closes its kernel.** Voila's page says goodbye with a POST that
  carries the ``_xsrf`` cookie, but only the folder page sets that cookie: a page opened
  directly (the session and follow-up apps, a bookmarked step) got "403 '_xsrf' argument
  missing" and its kernel ran on until the idle cull. Asking the request for its token sets
  the cookie on the page itself.
- **a plan made on a page opens from a link.** The plans folder of the workspace is served
  at ``<base>planning/plannen/<file>`` (PDF and XLSX only, for the token's holder), which
  the plan button links to (planning.widgets.plan_export).
- **the kern chosen travels in the link.** ``?village=diever`` sets the notebook's
  ``village`` parameter, as papermill would: an injected cell after the ``parameters`` cell,
  so a link (or the menu, which carries the kern along) opens the same kern.
"""

from __future__ import annotations

import os
import re
from pathlib import Path
from typing import Any

#: a village id as the workspace writes them; anything else in the link is ignored
VILLAGE_ID = re.compile(r"[a-z0-9][a-z0-9_-]{0,80}")
INJECTED_TAG = "injected-parameters"


def village_cell(notebook: Any, village: str) -> Any:
    """``notebook`` with ``village = '<id>'`` after its parameters cell (when it has one)."""
    import nbformat

    for index, cell in enumerate(notebook.cells):
        if "parameters" in cell.get("metadata", {}).get("tags", []):
            # nbformat has no type hints
            injected = nbformat.v4.new_code_cell(f"village = {village!r}")  # type: ignore[no-untyped-call]
            injected.metadata["tags"] = [INJECTED_TAG]
            notebook.cells.insert(index + 1, injected)
            break
    return notebook


PLAN_SUFFIXES = (".pdf", ".xlsx")


def plan_file_handler() -> type:
    """A handler for the plans folder: logged in (the token's cookie), PDF and XLSX only."""
    from jupyter_server.base.handlers import JupyterHandler
    from tornado import web

    class PlanFileHandler(JupyterHandler, web.StaticFileHandler):
        # authenticated() types what it returns as any callable, which mypy cannot match
        # with StaticFileHandler.get; the method keeps that signature
        @web.authenticated
        def get(self, path: str, include_body: bool = True) -> Any:  # type: ignore[override]
            if not path.lower().endswith(PLAN_SUFFIXES) or "/" in path:
                raise web.HTTPError(404)
            return web.StaticFileHandler.get(self, path, include_body)

    return PlanFileHandler


def serve_plans(application: Any, base_url: str) -> None:
    """Add the plans route to the running server once, ahead of Voila's own routes (in
    single-notebook mode Voila answers every path with the notebook)."""
    if application.settings.get("planning_plans_served"):
        return
    from planning.plan.files import PLANS_FOLDER, PLANS_ROUTE

    workspace = Path(os.environ.get("PLANNING_WORKSPACE", "."))
    route = (base_url.rstrip("/") + "/" + PLANS_ROUTE + "(.*)").replace("//", "/")
    handlers = [(route, plan_file_handler(), {"path": str(workspace / PLANS_FOLDER)})]
    application.add_handlers(".*$", handlers)
    rules = application.default_router.rules
    rules.insert(0, rules.pop(-2))  # add_handlers put it after Voila's rule
    application.settings["planning_plans_served"] = True


def prelaunch(handler: Any, notebook: Any, cwd: str) -> Any:
    """Voila's prelaunch hook: set the xsrf cookie, serve the plans, take the kern from
    the link."""
    handler.xsrf_token  # noqa: B018 - reading it sets the cookie the goodbye POST needs
    serve_plans(handler.application, handler.base_url)
    village = (handler.get_argument("village", "") or "").strip().lower()
    if VILLAGE_ID.fullmatch(village):
        return village_cell(notebook, village)
    return notebook


#: the ``voila.py`` the servers read (through JUPYTER_CONFIG_PATH)
CONFIG = (
    "from planning.cli._voila_hooks import prelaunch\n"
    "c.VoilaConfiguration.prelaunch_hook = prelaunch\n"
)
