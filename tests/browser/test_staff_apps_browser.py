"""The three apps as staff use them (issue 25): the kern chosen once travels with every
page and link, no page shows code or file names, the plan opens from a link, and pages left
close their kernels (also in the session and follow-up apps), the server stopping with its
command."""

from __future__ import annotations

import os
import re
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from helpers.browser import browser, chromium_or_skip, descendants, server

from planning.cli.app import STEPS
from planning.workspace.folder import demo_path

pytestmark = [pytest.mark.browser, pytest.mark.slow]

#: what only an analyst reads: commands, options, file names, settings, notebook words
CODE_WORDS = re.compile(
    r"\bplanning |--village|\.csv\b|\.toml\b|Run All|\bcel\b|\bcellen\b|EPSG|\.ipynb\b"
)
URL = r"http://127\.0\.0\.1:\d+/\?token=[\w-]+"


def _workspace(folder: Path) -> Path:
    ws = folder / "demo"
    shutil.copytree(demo_path(), ws, ignore=shutil.ignore_patterns("store.sqlite*", "plannen"))
    return ws


@pytest.fixture(scope="module")
def app(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, Any]]:
    executable = chromium_or_skip()
    ws = _workspace(tmp_path_factory.mktemp("staff"))
    args = ["app", "--workspace", str(ws), "--no-browser"]
    with server(args, URL, timeout=180) as (url, proc), browser(executable) as page:
        page.goto(url)  # the token becomes a cookie: the pages' own links need none
        yield {"url": url, "base": url.split("?")[0], "proc": proc, "page": page, "ws": ws}


def _wait_rendered(page: Any) -> str:
    page.locator("#rendered_cells").wait_for(state="visible", timeout=120_000)
    page.wait_for_load_state("networkidle")
    return str(page.locator("#rendered_cells").inner_text())


def _kernels(proc: subprocess.Popen[str]) -> list[str]:
    return [c for _pid, c in descendants(proc.pid) if "ipykernel" in c]


def _at_most(proc: subprocess.Popen[str], most: int, seconds: float = 30) -> list[str]:
    deadline = time.monotonic() + seconds
    while len(_kernels(proc)) > most and time.monotonic() < deadline:
        time.sleep(0.5)
    return _kernels(proc)


def test_diever_chosen_once_is_on_every_page_and_no_page_shows_code(
    app: dict[str, Any],
) -> None:
    page = app["page"]
    page.goto(f"{app['base']}voila/render/01_dorpsprofiel.ipynb")
    _wait_rendered(page)
    page.locator(".pl-village-roden select").select_option(label="Diever")
    page.locator(".pl-village-diever").wait_for(timeout=60_000)
    page.wait_for_url(re.compile(r"village=diever"), timeout=10_000)
    shown = {"01_dorpsprofiel": _wait_rendered(page)}
    for step in (*STEPS[2:], STEPS[0]):
        page.locator(".pl-app-menu a", has_text=step[:2]).first.click()
        page.wait_for_url(re.compile(rf"{step}\.ipynb\?village=diever$"), timeout=30_000)
        shown[step] = _wait_rendered(page)
        if page.locator("[class*='pl-village-']").count():
            assert page.locator(".pl-village-diever").count() == 1, step
        assert "Diever" in shown[step], step
    bad = {s: sorted(set(CODE_WORDS.findall(t))) for s, t in shown.items()}
    assert not {s: b for s, b in bad.items() if b}


def test_a_link_with_the_kern_opens_that_kern(app: dict[str, Any]) -> None:
    page = app["page"]
    page.goto(f"{app['base']}voila/render/03_voorzieningen.ipynb?village=diever")
    _wait_rendered(page)
    assert page.locator(".pl-village-diever select").input_value() == "Diever"


def test_the_plan_opens_from_its_link(app: dict[str, Any]) -> None:
    page = app["page"]
    page.goto(f"{app['base']}voila/render/07_dorpsplan.ipynb?village=diever")
    _wait_rendered(page)
    page.locator("button", has_text="Diever").click()
    link = page.locator("a.pl-plan-link", has_text="PDF")
    link.wait_for(timeout=180_000)
    folder = (app["ws"] / "plannen").resolve()
    assert str(folder) in page.locator("#rendered_cells").inner_text()
    href = link.get_attribute("href")
    assert href and href.endswith(".pdf")
    answer = page.request.get(app["base"].rstrip("/") + href)
    assert answer.status == 200
    assert answer.headers["content-type"] == "application/pdf"
    assert answer.body()[:5] == b"%PDF-"
    # the route serves plans, nothing else of the workspace
    other = page.request.get(app["base"].rstrip("/") + "/planning/plannen/../workspace.toml")
    assert other.status in (403, 404)


def test_twenty_pages_in_the_app_leave_one_kernel(app: dict[str, Any]) -> None:
    page, proc = app["page"], app["proc"]
    for visit in range(20):
        page.goto(f"{app['base']}voila/render/{STEPS[visit % 3]}.ipynb")
        _wait_rendered(page)
    assert len(_at_most(proc, 1)) == 1


@pytest.mark.parametrize("command", [["session"], ["followup", "app"]])
def test_twenty_visits_of_a_single_app_leave_one_kernel(command: list[str], tmp_path: Path) -> None:
    """The session and follow-up apps serve one notebook: their pages used to keep every
    kernel (the goodbye was refused for want of an xsrf cookie)."""
    executable = chromium_or_skip()
    ws = _workspace(tmp_path)
    args = [*command, "--workspace", str(ws), "--village", "diever", "--no-browser"]
    with server(args, URL, timeout=180) as (url, proc), browser(executable) as page:
        for _visit in range(20):
            page.goto(url)
            _wait_rendered(page)
        assert len(_at_most(proc, 1)) == 1
        page.goto("about:blank")
        assert _at_most(proc, 0) == []


def test_sigterm_to_the_command_stops_the_server(tmp_path: Path) -> None:
    ws = _workspace(tmp_path)
    proc = subprocess.Popen(
        [sys.executable, "-m", "planning.cli", "session", "--workspace", str(ws), "--no-browser"],
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
