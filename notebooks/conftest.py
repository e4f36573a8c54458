"""Notebooks run under nbval against a private copy of the demo workspace.

The kernels inherit PLANNING_WORKSPACE, so ``workspace = None`` in a notebook's
parameters cell opens the copy and data/demo is never written to.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path

_TMP: tempfile.TemporaryDirectory[str] | None = None


def pytest_configure(config: object) -> None:
    global _TMP
    if os.environ.get("PLANNING_WORKSPACE"):
        return
    from planning.workspace import demo_path

    _TMP = tempfile.TemporaryDirectory(prefix="planning-notebooks-")
    target = Path(_TMP.name) / "demo"
    shutil.copytree(demo_path(), target, ignore=shutil.ignore_patterns("store.sqlite*"))
    os.environ["PLANNING_WORKSPACE"] = str(target)


def pytest_unconfigure(config: object) -> None:
    global _TMP
    if _TMP is not None:
        os.environ.pop("PLANNING_WORKSPACE", None)
        _TMP.cleanup()
        _TMP = None
