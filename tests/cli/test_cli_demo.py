"""`planning demo DIR` copies the demo's data, never the plans or the store made from it."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from planning.cli.demo import write_demo
from planning.workspace import folder


def test_demo_copy_leaves_generated_plans_and_store_behind(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    source = tmp_path / "demo"
    shutil.copytree(folder.demo_path(), source)
    (source / "plannen").mkdir(exist_ok=True)
    (source / "plannen" / "dorpsplan-roden.pdf").write_bytes(b"%PDF-")
    (source / "store.sqlite").write_bytes(b"")
    monkeypatch.setattr(folder, "demo_path", lambda: source)

    target = write_demo(tmp_path / "mijnmap")

    assert not (target / "plannen").exists()
    assert not (target / "store.sqlite").exists()
    assert (target / "workspace.toml").is_file() and (target / "villages.csv").is_file()
