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
import urllib.error
import urllib.request
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
    with server(args, url_pattern, timeout) as (url, _proc):
        yield url


@contextmanager
def server(
    args: list[str], url_pattern: str, timeout: float = 90
) -> Iterator[tuple[str, subprocess.Popen[str]]]:
    """``serve``, also yielding the process (its descendants are the server and kernels).

    The command prints its URL only once the server answers, so the URL must work at
    once: one request, no retries."""
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
        try:
            with urllib.request.urlopen(url, timeout=30):
                pass
        except urllib.error.HTTPError as exc:
            raise AssertionError(f"{url} printed but answers {exc.code}") from exc
        except (urllib.error.URLError, OSError) as exc:
            raise AssertionError(f"{url} printed before the server answered: {exc}") from exc
        yield url, proc
    finally:
        os.killpg(proc.pid, signal.SIGTERM)
        try:
            proc.wait(timeout=20)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait()
        if proc.stdout:
            proc.stdout.close()


def descendants(pid: int) -> list[tuple[int, str]]:
    """(pid, command line) of every process below ``pid`` (Linux: read from /proc)."""
    parent: dict[int, int] = {}
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        parent[int(stat.parent.name)] = int(fields[1])
    found, frontier = [], {pid}
    while frontier:
        children = {p for p, pp in parent.items() if pp in frontier}
        for child in children:
            try:
                cmdline = (Path("/proc") / str(child) / "cmdline").read_bytes()
            except OSError:
                continue
            found.append((child, cmdline.replace(b"\0", b" ").decode(errors="replace")))
        frontier = children
    return found


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
