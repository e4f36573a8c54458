"""Helpers for the browser tests: Debian's chromium driven by playwright, and servers.

A test calls ``chromium_or_skip()``: outside CI it skips only where no chromium is
installed; with CI=true a missing chromium is a failure, not a skip.
"""

from __future__ import annotations

import os
import re
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]


def chromium_or_skip() -> str:
    for candidate in ("/usr/bin/chromium", shutil.which("chromium")):
        if candidate and Path(candidate).exists():
            return candidate
    if os.environ.get("CI", "").lower() == "true":
        pytest.fail("CI=true but Debian's chromium is not installed (apt-get install chromium)")
    pytest.skip("Debian's chromium is not installed")


@contextmanager
def serve(args: list[str], url_pattern: str, timeout: float = 90) -> Iterator[str]:
    """Start ``planning <args>`` and yield the URL it prints; stop it afterwards."""
    proc = subprocess.Popen(
        [sys.executable, "-m", "planning.cli", *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        start_new_session=True,
    )
    try:
        url = None
        deadline = time.monotonic() + timeout
        seen: list[str] = []
        assert proc.stdout is not None
        while time.monotonic() < deadline:
            line = proc.stdout.readline()
            if not line:
                break
            seen.append(line)
            match = re.search(url_pattern, line)
            if match:
                url = match.group(0)
                break
        if url is None:
            raise AssertionError("no URL printed:\n" + "".join(seen))
        _wait_for_port(url, deadline)
        yield url
    finally:
        os.killpg(proc.pid, signal.SIGTERM)
        try:
            proc.wait(timeout=20)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait()
        if proc.stdout:
            proc.stdout.close()


def _wait_for_port(url: str, deadline: float) -> None:
    """The URL is printed before the server listens: wait until it accepts connections."""
    import socket
    from urllib.parse import urlparse

    parsed = urlparse(url)
    while time.monotonic() < deadline:
        try:
            with socket.create_connection((parsed.hostname, parsed.port), timeout=1):
                return
        except OSError:
            time.sleep(0.2)
    raise AssertionError(f"nothing listens at {url}")


@contextmanager
def browser(executable: str) -> Iterator[object]:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=executable, args=CHROMIUM_ARGS)
        try:
            context = b.new_context(viewport={"width": 1500, "height": 950}, locale="nl-NL")
            yield context.new_page()
        finally:
            b.close()
