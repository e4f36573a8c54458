"""`planning lab` as an analyst meets it (issue 25): each notebook listed once (the .py
twins stay on disk, out of the list), a notebook just opened is not marked modified, and
JupyterLab's checkpoints are not written into the workbook's notebooks folder."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from helpers.browser import browser, chromium_or_skip, serve

from planning.cli._serve import notebooks_dir
from planning.workspace.folder import demo_path

pytestmark = [pytest.mark.browser, pytest.mark.slow]


def test_each_notebook_once_unmodified_and_no_checkpoints_beside_it(tmp_path: Path) -> None:
    executable = chromium_or_skip()
    ws = tmp_path / "demo"
    shutil.copytree(demo_path(), ws, ignore=shutil.ignore_patterns("store.sqlite*"))
    checkpoints = notebooks_dir() / ".ipynb_checkpoints"
    shutil.rmtree(checkpoints, ignore_errors=True)
    args = ["lab", "--workspace", str(ws), "--no-browser"]
    pattern = r"http://127\.0\.0\.1:\d+/lab/tree/00_start\.ipynb\?token=[\w-]+"
    with serve(args, pattern, timeout=180) as url, browser(executable) as page:
        page.goto(url)
        notebook = page.locator(".jp-NotebookPanel .jp-Notebook")
        notebook.locator(".jp-MarkdownCell").first.wait_for(timeout=120_000)
        listing = page.locator(".jp-DirListing-itemText")
        listing.first.wait_for(timeout=60_000)
        page.wait_for_timeout(3000)  # what JupyterLab does after opening, done
        names = [n.strip() for n in listing.all_inner_texts()]
        dirty = page.locator(".lm-TabBar-tab.jp-mod-dirty").count()
    assert sorted(n for n in names if n.startswith("00_")) == ["00_start.ipynb"], names
    assert not [n for n in names if n.endswith(".py")], names
    assert dirty == 0, "a notebook just opened is marked modified"
    assert not checkpoints.exists(), "checkpoints written inside the notebooks folder"
