"""The village picker in Voila, the code-free renderer: choosing a village redraws the views
(Voila applies no display-id updates, so this is what staff without code rely on)."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest
from helpers.browser import browser, chromium_or_skip

NOTEBOOK = Path(__file__).resolve().parents[2] / "notebooks" / "04_vraag_en_aanbod.ipynb"


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.mark.browser
@pytest.mark.slow
def test_choosing_a_village_in_voila_redraws_the_views(demo_ws: Path) -> None:
    executable = chromium_or_skip()
    port = _free_port()
    env = os.environ | {"PLANNING_WORKSPACE": str(demo_ws)}
    proc = subprocess.Popen(
        [sys.executable, "-m", "voila", "--no-browser", f"--port={port}", str(NOTEBOOK)],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    )
    try:
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            try:
                socket.create_connection(("127.0.0.1", port), timeout=1).close()
                break
            except OSError:
                time.sleep(0.3)
        with browser(executable) as page:
            page.goto(f"http://127.0.0.1:{port}/", timeout=120_000)
            table = page.locator("table", has_text="waarom deze match")
            table.wait_for(timeout=120_000)
            assert "Sportvereniging Roden" in table.inner_text()
            page.locator("select").first.select_option(label="Diever")
            page.locator("table", has_text="Sportvereniging Diever").wait_for(timeout=60_000)
            page.locator("select").nth(1).select_option(label="mantelzorg")
            page.locator("td", has_text="thema: mantelzorg").first.wait_for(timeout=60_000)
            text = page.inner_text("body")
            assert "<Figure size" not in text and "dtype" not in text
    finally:
        os.killpg(proc.pid, signal.SIGTERM)
        proc.wait(timeout=20)
