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
import threading
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

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
    drain: threading.Thread | None = None
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
        # keep reading what the server and its kernels print: nobody reading the pipe, it
        # fills (64 KiB: a few dozen page visits of Voila's log) and the next write blocks
        # the server or a kernel mid-page, which a test then sees as a page that never
        # renders
        drain = threading.Thread(target=_drain, args=(proc.stdout, seen), daemon=True)
        drain.start()
        _OUTPUT[proc.pid] = seen
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
        if drain is not None:
            drain.join(timeout=10)  # the server and its kernels gone, the pipe ends
        _OUTPUT.pop(proc.pid, None)
        if proc.stdout:
            proc.stdout.close()


#: the last lines each running server printed, by pid (see ``server_output``)
_OUTPUT: dict[int, list[str]] = {}


def server_output(proc: subprocess.Popen[str]) -> str:
    """What the server and its kernels printed last: for a test's failure message, so a page
    that never rendered says why (a kernel that died, a port taken)."""
    return "".join(_OUTPUT.get(proc.pid, [])[-60:])


def _drain(stream: Any, seen: list[str]) -> None:
    """Read ``stream`` to its end, keeping the last lines (for a failing test to show)."""
    try:
        for line in stream:
            seen.append(line)
            del seen[:-400]
    except (ValueError, OSError):
        return  # closed: the server was stopped


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
