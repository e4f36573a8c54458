"""Shared by the browser tests of the apps as staff use them: a copy of the demo, a page
opened and read once its cells ran, and the kernels a server runs."""

from __future__ import annotations

import shutil
import subprocess
import time
from pathlib import Path
from typing import Any

from helpers.browser import descendants, server_output
from planning.cli.app import CULL_IDLE_SECONDS, CULL_INTERVAL
from planning.workspace.folder import demo_path

#: the longest a left page's kernel may run on: the cull's idle time and two rounds of it
SAFETY_NET = CULL_IDLE_SECONDS + 2 * CULL_INTERVAL

#: the link ``planning app`` (and session, followup app) prints
URL = r"http://127\.0\.0\.1:\d+/\?token=[\w-]+"


def any_port() -> list[str]:
    """``--port N`` with a port free now: two servers of these tests (or of another test
    run on the machine) never race for the command's default port."""
    import socket

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return ["--port", str(sock.getsockname()[1])]


def workspace_copy(folder: Path) -> Path:
    ws = folder / "demo"
    shutil.copytree(demo_path(), ws, ignore=shutil.ignore_patterns("store.sqlite*", "plannen"))
    return ws


def open_page(page: Any, url: str, widgets: bool = False) -> str:
    """Open a page and return its text once rendered (a page streams while its cells run:
    a busy laptop takes a while, so wait for the cells, not for the load event).

    ``widgets``: also wait until the page's widgets are drawn, as a person sees the page
    before leaving it (a page left while still loading has not yet set up its goodbye;
    the idle cull stops that kernel later)."""
    page.goto(url, wait_until="commit", timeout=180_000)
    shown = rendered_text(page)
    if widgets:
        page.locator(".jupyter-widgets").first.wait_for(state="visible", timeout=120_000)
    return shown


def visits(page: Any, urls: list[str], proc: subprocess.Popen[str]) -> None:
    """Open each page in turn as staff do, waiting for its widgets; a page that never
    renders fails with what the server and its kernels printed last."""
    for number, url in enumerate(urls, start=1):
        try:
            open_page(page, url, widgets=True)
        except Exception as exc:
            raise AssertionError(f"visit {number}: {exc}\n{server_output(proc)}") from exc


def rendered_text(page: Any) -> str:
    page.locator("#rendered_cells").wait_for(state="visible", timeout=120_000)
    page.wait_for_load_state("networkidle")
    return str(page.locator("#rendered_cells").inner_text())


def full_page(page: Any, path: Path) -> None:
    """A screenshot of the whole page: Voila scrolls inside the page, so the window grows
    to the content first."""
    height = page.evaluate(
        "Math.max(...Array.from(document.querySelectorAll('body, body *'), e => e.scrollHeight))"
    )
    size = page.viewport_size
    page.set_viewport_size({"width": size["width"], "height": min(int(height) + 40, 6000)})
    page.screenshot(path=str(path))
    page.set_viewport_size(size)


def kernels(proc: subprocess.Popen[str]) -> list[str]:
    return [c for _pid, c in descendants(proc.pid) if "ipykernel" in c]


def kernels_at_most(proc: subprocess.Popen[str], most: int, seconds: float = 30) -> list[str]:
    """The kernels still running once at most ``most`` remain (or ``seconds`` passed): a
    page's goodbye takes a moment to reach the server."""
    deadline = time.monotonic() + seconds
    while len(kernels(proc)) > most and time.monotonic() < deadline:
        time.sleep(0.5)
    return kernels(proc)
