"""Root pytest configuration: no test and no notebook writes into data/demo.

nbval runs the notebooks in this same environment; they open the workspace named
by ``PLANNING_WORKSPACE``. Before any test runs, the demo workspace is copied to
a temporary folder and that copy is named, unless the caller already chose a
workspace. In-process tests that ask for the embedded demo (``demo_path()``) get a
second, pristine copy, so a store made by one test never leaks into the checkout or
into another run. The copies are removed when the session ends.

``notebooks/NN_*.py`` are the jupytext twins of the notebooks (jupytext.toml): nbval runs
the .ipynb, so pytest neither collects nor imports the twins.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path

import pytest

collect_ignore_glob = ["notebooks/*.py"]

_CREATED: list[Path] = []


def pytest_configure(config: pytest.Config) -> None:
    import planning.workspace.folder as workspace

    folder = Path(tempfile.mkdtemp(prefix="planning-demo-"))
    _CREATED.append(folder)
    # checked workspaces are remembered between commands (planning.workspace.snapshot):
    # the tests, their subprocesses and the notebooks keep theirs in this run's folder
    os.environ["PLANNING_CACHE_DIR"] = str(folder / "cache")
    ignore = shutil.ignore_patterns("store.sqlite*", "__pycache__")
    embedded = folder / "embedded"
    shutil.copytree(workspace.demo_path(), embedded, ignore=ignore)
    original = workspace.demo_path

    def demo_copy() -> Path:
        return embedded

    demo_copy.__wrapped__ = original  # type: ignore[attr-defined]
    workspace.demo_path = demo_copy
    if os.environ.get("PLANNING_WORKSPACE"):
        return
    target = folder / "demo"
    shutil.copytree(embedded, target, ignore=ignore)
    os.environ["PLANNING_WORKSPACE"] = str(target)


def pytest_unconfigure(config: pytest.Config) -> None:
    while _CREATED:
        folder = _CREATED.pop()
        for name in ("PLANNING_WORKSPACE", "PLANNING_CACHE_DIR"):
            if os.environ.get(name, "").startswith(str(folder)):
                del os.environ[name]
        shutil.rmtree(folder, ignore_errors=True)
