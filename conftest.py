"""Root pytest configuration: notebooks never write into data/demo.

nbval runs the notebooks in this same environment; they open the workspace named
by ``PLANNING_WORKSPACE``. Before any test runs, the demo workspace is copied to
a temporary folder and that copy is named, unless the caller already chose a
workspace. The copy is removed when the session ends.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path

import pytest

_CREATED: list[Path] = []


def pytest_configure(config: pytest.Config) -> None:
    if os.environ.get("PLANNING_WORKSPACE"):
        return
    from planning.workspace import demo_path

    folder = Path(tempfile.mkdtemp(prefix="planning-demo-"))
    target = folder / "demo"
    shutil.copytree(demo_path(), target, ignore=shutil.ignore_patterns("store.sqlite*"))
    os.environ["PLANNING_WORKSPACE"] = str(target)
    _CREATED.append(folder)


def pytest_unconfigure(config: pytest.Config) -> None:
    while _CREATED:
        folder = _CREATED.pop()
        if os.environ.get("PLANNING_WORKSPACE", "").startswith(str(folder)):
            del os.environ["PLANNING_WORKSPACE"]
        shutil.rmtree(folder, ignore_errors=True)
