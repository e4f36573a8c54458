"""`planning app`: Voila on the notebooks, local only, with our template in the user's language."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from planning.cli._serve import notebooks_dir, run_server
from planning.cli._voila_template import SOURCE, TEMPLATE, prepare
from planning.cli.app import STEPS, voila_command
from planning.errors import PlanningError


def test_voila_is_local_with_a_token_no_code_and_culls_idle_kernels() -> None:
    cmd = voila_command(notebooks_dir(), 8870, "geheim")
    assert cmd[1:3] == ["-m", "voila"] and cmd[3] == str(notebooks_dir())
    assert {"--Voila.ip=127.0.0.1", "--token=geheim", "--port=8870"} <= set(cmd)
    assert "--strip_sources=True" in cmd and f"--template={TEMPLATE}" in cmd
    assert "--MappingKernelManager.cull_idle_timeout=60" in cmd  # a left page: a minute
    assert "--MappingKernelManager.cull_connected=False" in cmd
    assert list(STEPS) == sorted(STEPS) and [s[:2] for s in STEPS] == [f"0{i}" for i in range(10)]
    assert all((notebooks_dir() / f"{step}.ipynb").is_file() for step in STEPS)


def test_the_template_loads_nothing_from_outside() -> None:
    for path in (SOURCE / "voila" / "templates" / TEMPLATE).iterdir():
        assert not re.search(r"(https?:)?//[a-z]", path.read_text(encoding="utf-8")), path.name


def test_the_menu_is_in_the_workspace_language() -> None:
    for lang, first, step in (
        ("nl", "Dorpsprofiel", "Scenario's"),
        ("en", "Village profile", "Scenarios"),
    ):
        root = prepare(STEPS, lang)
        try:
            words = (root / "voila" / "templates" / TEMPLATE / "words.j2").read_text()
            assert (root / "voila" / "templates" / TEMPLATE / "index.html.j2").is_file()
        finally:
            shutil.rmtree(root)
        assert f'["01_dorpsprofiel.ipynb", "{first}"' in words and step in words
        assert f'{{% set lang = "{lang}" %}}' in words


def test_app_refuses_a_missing_workspace(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "planning.cli", "app", "--workspace", str(tmp_path / "nergens")],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 2 and "map bestaat niet" in result.stderr
    assert "Traceback" not in result.stderr


def test_no_link_is_printed_for_a_server_that_never_answers(
    capsys: pytest.CaptureFixture[str],
) -> None:
    with pytest.raises(PlanningError, match="is niet gestart"):
        run_server(
            [sys.executable, "-c", "pass"],  # stops at once, never listens
            {},
            what="Het werkboek",
            url="http://127.0.0.1:9/?token=geheim",
            probe="http://127.0.0.1:9/",
            open_browser=False,
        )
    assert "token=geheim" not in capsys.readouterr().out
