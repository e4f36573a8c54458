"""`planning lab` in a real browser: it opens on 00_start, without the news popup, with
the code folded for readers and the text in Dutch, also when JupyterLab remembers a layout
with other notebooks open.

The server gets JupyterLab folders of its own (settings, workspaces, config), so what the
machine's user has open or configured in JupyterLab cannot leak into the test; the
remembered layout is planted there on purpose."""

from __future__ import annotations

import json
import os
import shutil
import urllib.request
from pathlib import Path

import pytest
from helpers.browser import browser, chromium_or_skip, serve

from planning.workspace.folder import demo_path

pytestmark = [pytest.mark.browser, pytest.mark.slow]

#: a layout as JupyterLab stores it: two other notebooks open, the second one in front
REMEMBERED = ("01_dorpsprofiel.ipynb", "02_enquete.ipynb")


def remember_other_notebooks(url: str) -> None:
    """Store a layout with REMEMBERED open as JupyterLab's default workspace (its API)."""
    base, query = url.split("/lab/", 1)[0], url.split("?", 1)[1]
    token = query.split("token=", 1)[1].split("&", 1)[0]
    widgets = [f"notebook:{name}" for name in REMEMBERED]
    data = {
        "layout-restorer:data": {
            "main": {
                "dock": {"type": "tab-area", "currentIndex": 1, "widgets": widgets},
                "current": widgets[-1],
            },
        },
        **{
            w: {"data": {"path": n, "factory": "Notebook"}}
            for w, n in zip(widgets, REMEMBERED, strict=True)
        },
    }
    request = urllib.request.Request(
        f"{base}/lab/api/workspaces/default?token={token}",
        data=json.dumps({"data": data, "metadata": {"id": "default"}}).encode(),
        method="PUT",
        headers={"Content-Type": "application/json"},
    )
    with urllib.request.urlopen(request, timeout=30) as response:
        assert response.status == 204


def test_lab_opens_on_start_with_folded_code(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    executable = chromium_or_skip()
    ws = tmp_path / "demo"
    shutil.copytree(demo_path(), ws, ignore=shutil.ignore_patterns("store.sqlite*"))
    for name, folder in (
        ("JUPYTER_CONFIG_DIR", "config"),
        ("JUPYTERLAB_SETTINGS_DIR", "lab-settings"),
        ("JUPYTERLAB_WORKSPACES_DIR", "lab-workspaces"),
    ):
        monkeypatch.setenv(name, str(tmp_path / "jupyter" / folder))
    target = Path(os.environ.get("PLANNING_SCREENSHOT_DIR") or tmp_path)
    args = ["lab", "--workspace", str(ws), "--no-browser"]
    pattern = r"http://127\.0\.0\.1:\d+/lab/tree/00_start\.ipynb\?token=[\w-]+&reset"
    with serve(args, pattern, timeout=180) as url, browser(executable) as page:
        remember_other_notebooks(url)
        assert any((tmp_path / "jupyter" / "lab-workspaces").iterdir())  # the layout is stored
        page.goto(url)
        notebook = page.locator(".jp-NotebookPanel .jp-Notebook")
        notebook.locator(".jp-MarkdownCell").first.wait_for(timeout=120_000)
        page.locator(".jp-Notebook-ExecutionIndicator, .jp-KernelStatus").first.wait_for()
        page.wait_for_timeout(1500)  # let the toasts JupyterLab shows at start appear
        page.screenshot(path=str(target / "lab-00_start.png"))
        shown = notebook.inner_text()
        body = page.inner_text("body")
        tabs = page.locator("#jp-main-dock-panel .lm-TabBar-tab").all_inner_texts()
        current = page.locator("#jp-main-dock-panel .lm-TabBar-tab.jp-mod-current").inner_text()

    assert "00_start.ipynb" in current
    assert not any(name in tab for tab in tabs for name in REMEMBERED), tabs  # reset
    assert "news" not in body.lower()  # "Would you like to receive official Jupyter news?"
    assert "import planning" not in shown  # folded: one click away, not in the reader's way
    assert "Start" in shown and "Traceback" not in shown
