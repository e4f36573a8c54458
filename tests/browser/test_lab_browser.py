"""`planning lab` in a real browser: it opens on 00_start, without the news popup, with
the code folded for readers and the text in Dutch."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest
from helpers.browser import browser, chromium_or_skip, serve

from planning.workspace.folder import demo_path

pytestmark = [pytest.mark.browser, pytest.mark.slow]


def test_lab_opens_on_start_with_folded_code(tmp_path: Path) -> None:
    executable = chromium_or_skip()
    ws = tmp_path / "demo"
    shutil.copytree(demo_path(), ws, ignore=shutil.ignore_patterns("store.sqlite*"))
    target = Path(os.environ.get("PLANNING_SCREENSHOT_DIR") or tmp_path)
    args = ["lab", "--workspace", str(ws), "--no-browser"]
    pattern = r"http://127\.0\.0\.1:\d+/lab/tree/00_start\.ipynb\?token=[\w-]+"
    with serve(args, pattern, timeout=180) as url, browser(executable) as page:
        page.goto(url)
        notebook = page.locator(".jp-NotebookPanel .jp-Notebook")
        notebook.locator(".jp-MarkdownCell").first.wait_for(timeout=120_000)
        page.locator(".jp-Notebook-ExecutionIndicator, .jp-KernelStatus").first.wait_for()
        page.wait_for_timeout(1500)  # let the toasts JupyterLab shows at start appear
        page.screenshot(path=str(target / "lab-00_start.png"))
        shown = notebook.inner_text()
        body = page.inner_text("body")
        tab = page.locator(".lm-TabBar-tab.jp-mod-current").inner_text()

    assert "00_start.ipynb" in tab
    assert "news" not in body.lower()  # "Would you like to receive official Jupyter news?"
    assert "import planning" not in shown  # folded: one click away, not in the reader's way
    assert "Start" in shown and "Traceback" not in shown
