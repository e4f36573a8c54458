"""`planning lab` starts JupyterLab on notebooks/ with the workspace handed over."""

from __future__ import annotations

import contextlib
import json
import os
import re
import signal
import socket
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest

from planning.cli.lab import lab_command, notebooks_dir

ROOT = Path(__file__).resolve().parents[2]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_lab_command_sets_the_workspace(tiny_ws: Path) -> None:
    cmd, env = lab_command(tiny_ws, 8899, "geheim")
    assert env["PLANNING_WORKSPACE"] == str(tiny_ws.resolve())
    assert cmd[1:4] == ["-m", "jupyter", "lab"]
    assert "--port=8899" in cmd and "--no-browser" in cmd
    assert "--IdentityProvider.token=geheim" in cmd and "--ServerApp.ip=127.0.0.1" in cmd
    assert f"--notebook-dir={ROOT / 'notebooks'}" in cmd
    assert "--ServerApp.default_url=/lab/tree/00_start.ipynb" in cmd
    settings = next(a.split("=", 1)[1] for a in cmd if a.startswith("--LabApp.app_settings_dir="))
    overrides = json.loads((Path(settings) / "overrides.json").read_text())
    assert overrides["@jupyterlab/apputils-extension:notification"]["fetchNews"] == "false"
    assert notebooks_dir() == ROOT / "notebooks"


@pytest.mark.slow
def test_lab_serves_the_notebooks(tiny_ws: Path) -> None:
    port = free_port()
    proc = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "planning.cli",
            "lab",
            "--no-browser",
            "--port",
            str(port),
            "--workspace",
            str(tiny_ws),
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        start_new_session=True,  # so the JupyterLab child is stopped with it
        env={**os.environ, "JUPYTER_PLATFORM_DIRS": "1"},
    )
    lines: list[str] = []
    reader = threading.Thread(target=lambda: lines.extend(proc.stdout or []), daemon=True)
    reader.start()
    try:
        token = None
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline and proc.poll() is None:
            found = re.search(
                rf"127\.0\.0\.1:{port}/lab/tree/00_start\.ipynb\?token=([\w-]+)", "".join(lines)
            )
            if found:
                token = found.group(1)
                try:
                    with urllib.request.urlopen(
                        f"http://127.0.0.1:{port}/api/contents?token={token}", timeout=5
                    ) as response:
                        listing = json.load(response)
                    break
                except (urllib.error.URLError, ConnectionError):
                    pass
            time.sleep(0.3)
        else:
            pytest.fail("JupyterLab did not answer:\n" + "".join(lines))
        names = {item["name"] for item in listing["content"]}
        assert "00_start.ipynb" in names
        # the news popup is off: JupyterLab's settings API serves our override as the default
        settings_url = (
            f"http://127.0.0.1:{port}/lab/api/settings/"
            f"@jupyterlab/apputils-extension:notification?token={token}"
        )
        with urllib.request.urlopen(settings_url, timeout=10) as response:
            schema = json.load(response)["schema"]["properties"]
        assert schema["fetchNews"]["default"] == "false"
        assert schema["checkForUpdates"]["default"] is False
        output = "".join(lines)
        assert f"met werkmap {tiny_ws}" in output
        children = Path(f"/proc/{proc.pid}/task/{proc.pid}/children")
        if children.is_file():  # Linux: read the running server's environment
            [server] = children.read_text().split()
            environ = Path(f"/proc/{server}/environ").read_bytes().split(b"\0")
            assert f"PLANNING_WORKSPACE={tiny_ws.resolve()}".encode() in environ
        assert "Traceback" not in output
    finally:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(proc.pid, signal.SIGTERM)
        try:
            proc.wait(timeout=15)
        except subprocess.TimeoutExpired:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(proc.pid, signal.SIGKILL)
            proc.wait()
        reader.join(timeout=5)
        if proc.stdout:
            proc.stdout.close()


def test_lab_refuses_a_broken_workspace(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "planning.cli", "lab", "--workspace", str(tmp_path / "nergens")],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 2
    assert "map bestaat niet" in result.stderr
    assert "Traceback" not in result.stderr
