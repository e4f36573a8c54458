"""Shared fixtures: a private copy of the demo workspace, and the real data in ../shared."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

# a key the catalogue lacks is an error in every test (and in the commands they start),
# where a user would see the bare key
os.environ["PLANNING_STRICT_WORDS"] = "1"

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
REALDATA = SHARED / "realdata"


@pytest.fixture
def demo_ws(tmp_path: Path) -> Path:
    """A writable copy of the demo workspace (tests never touch data/demo)."""
    from planning.workspace.folder import demo_path

    target = tmp_path / "demo"
    shutil.copytree(demo_path(), target, ignore=shutil.ignore_patterns("store.sqlite*"))
    return target


@pytest.fixture
def realdata() -> Path:
    """../shared/realdata; tests that need it are skipped only where it is absent."""
    if not REALDATA.is_dir():
        pytest.skip("../shared/realdata is not beside the project")
    return REALDATA


@pytest.fixture
def tiny_ws(tmp_path: Path) -> Path:
    """A tiny valid workspace (tests/helpers/tiny.py) that a test may break one cell of."""
    from helpers.tiny import write_workspace

    return write_workspace(tmp_path / "ws")
