"""The session and follow-up apps serve one notebook (issue 25): their pages used to keep
every kernel (Voila's goodbye was refused for want of an xsrf cookie), and SIGTERM to the
command left Voila running on its port."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from helpers.browser import browser, chromium_or_skip, descendants, server
from helpers.staff_apps import (
    SAFETY_NET,
    URL,
    any_port,
    kernels_at_most,
    open_page,
    visits,
    workspace_copy,
)

pytestmark = [pytest.mark.browser, pytest.mark.slow]


@pytest.mark.parametrize("command", [["session"], ["followup", "app"]])
def test_twenty_visits_of_a_single_app_leave_one_kernel(command: list[str], tmp_path: Path) -> None:
    executable = chromium_or_skip()
    ws = workspace_copy(tmp_path)
    args = [*command, "--workspace", str(ws), "--village", "diever", "--no-browser", *any_port()]
    with server(args, URL, timeout=180) as (url, proc), browser(executable) as page:
        visits(page, [url] * 20, proc)
        # each left page said goodbye; one whose goodbye was lost on a busy machine is
        # stopped by the server's cull of kernels nobody is connected to
        assert len(kernels_at_most(proc, 1, seconds=SAFETY_NET)) == 1
        page.goto("about:blank")
        assert kernels_at_most(proc, 0, seconds=SAFETY_NET) == []


def test_sigterm_to_the_command_stops_the_server(tmp_path: Path) -> None:
    ws = workspace_copy(tmp_path)
    proc = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "planning.cli",
            "session",
            "--workspace",
            str(ws),
            "--no-browser",
            *any_port(),
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        start_new_session=True,
    )
    try:
        assert proc.stdout is not None
        deadline = time.monotonic() + 180
        while time.monotonic() < deadline and "token=" not in proc.stdout.readline():
            pass
        voila = [pid for pid, c in descendants(proc.pid) if "voila" in c]
        assert voila
        proc.send_signal(signal.SIGTERM)  # the command only, as a service manager does
        proc.wait(timeout=30)
        deadline = time.monotonic() + 30
        while any(Path(f"/proc/{pid}").exists() for pid in voila) and time.monotonic() < deadline:
            time.sleep(0.2)
        assert not [pid for pid in voila if Path(f"/proc/{pid}").exists()]
    finally:
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGKILL)
        proc.wait()
        if proc.stdout:
            proc.stdout.close()


def test_no_link_in_the_session_app_leads_to_a_403(tmp_path: Path) -> None:
    """The projector's "Volgende stap: 7. Dorpsplan" opened "403: Forbidden": a single
    app serves one notebook, so its page links to no other."""
    executable = chromium_or_skip()
    ws = workspace_copy(tmp_path)
    args = ["session", "--workspace", str(ws), "--no-browser", *any_port()]
    with server(args, URL, timeout=180) as (url, _proc), browser(executable) as page:
        open_page(page, url, widgets=True)
        hrefs = [a.get_attribute("href") or "" for a in page.locator("a[href]").all()]
        base = url.split("?")[0].rstrip("/")
        answers = {
            h: page.request.get(h if h.startswith("http") else base + "/" + h.lstrip("/")).status
            for h in hrefs
            if not h.startswith(("#", "data:", "javascript:"))
        }
    assert not [h for h in hrefs if ".ipynb" in h], hrefs
    assert not {h: s for h, s in answers.items() if s >= 400}, answers
