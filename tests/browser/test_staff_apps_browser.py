"""The three apps as staff use them (issue 25): the kern chosen once travels with every
page and link, no page shows code or file names, the plan opens from a link, and pages left
close their kernels (also in the session and follow-up apps), the server stopping with its
command."""

from __future__ import annotations

import os
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from helpers.browser import browser, chromium_or_skip, server
from helpers.staff_apps import (
    SAFETY_NET,
    URL,
    any_port,
    full_page,
    kernels_at_most,
    open_page,
    rendered_text,
    visits,
    workspace_copy,
)

from planning.cli.app import STEPS

pytestmark = [pytest.mark.browser, pytest.mark.slow]

#: what only an analyst reads: commands, options, file names, settings, notebook words
CODE_WORDS = re.compile(
    r"\bplanning |--village|\.csv\b|\.toml\b|Run All|\bcel\b|\bcellen\b|EPSG|\.ipynb\b"
)


#: the visible buttons whose label does not fit ("Rangorde opsl…")
CUT_LABELS = """
Array.from(document.querySelectorAll('.widget-button, .widget-upload'))
  .filter(b => b.clientWidth > 0 && b.scrollWidth > b.clientWidth + 1)
  .map(b => b.innerText)
"""


@pytest.fixture(scope="module")
def app(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, Any]]:
    executable = chromium_or_skip()
    folder = tmp_path_factory.mktemp("staff")
    ws = workspace_copy(folder)
    #: PLANNING_SCREENSHOT_DIR=docs: the README's screenshots of every page, for Diever
    shots = Path(os.environ.get("PLANNING_SCREENSHOT_DIR") or folder / "shots")
    shots.mkdir(exist_ok=True)
    args = ["app", "--workspace", str(ws), "--no-browser", *any_port()]
    with server(args, URL, timeout=180) as (url, proc), browser(executable) as page:
        page.goto(url)  # the token becomes a cookie: the pages' own links need none
        yield {
            "url": url,
            "base": url.split("?")[0],
            "proc": proc,
            "page": page,
            "ws": ws,
            "shots": shots,
        }


def test_diever_chosen_once_is_on_every_page_and_no_page_shows_code(
    app: dict[str, Any],
) -> None:
    page = app["page"]
    open_page(page, f"{app['base']}voila/render/01_dorpsprofiel.ipynb")
    page.locator(".pl-village-roden select").select_option(label="Diever")
    page.locator(".pl-village-diever").wait_for(timeout=60_000)
    page.wait_for_url(re.compile(r"village=diever"), timeout=10_000)
    # the views redraw for Diever: the profile's facts table names the kern
    page.locator("#rendered_cells td", has_text=re.compile(r"^Diever$")).first.wait_for()
    # ... down to the last view (the assumptions name Diever's municipality)
    page.locator("#rendered_cells td", has_text="Westerveld").last.wait_for()
    page.wait_for_timeout(2000)  # the images of the views in between are swapped too
    shown = {"01_dorpsprofiel": rendered_text(page)}
    full_page(page, app["shots"] / "app-01_dorpsprofiel.png")
    for step in (*STEPS[2:], STEPS[0]):
        page.locator(".pl-app-menu a", has_text=step[:2]).first.click()
        page.wait_for_url(re.compile(rf"{step}\.ipynb\?village=diever$"), timeout=30_000)
        shown[step] = rendered_text(page)
        full_page(page, app["shots"] / f"app-{step}.png")
        cut = page.evaluate(CUT_LABELS)
        assert not cut, f"{step}: labels cut off: {cut}"
        if page.locator("[class*='pl-village-']").count():
            assert page.locator(".pl-village-diever").count() == 1, step
        assert "Diever" in shown[step], step
    page.locator(".pl-app-menu a.pl-app-home").click()  # home, and on to a step: still Diever
    steps = page.locator(".pl-app-steps a")
    steps.first.wait_for(timeout=60_000)
    page.screenshot(path=str(app["shots"] / "app-start.png"))
    assert all("village=diever" in (a.get_attribute("href") or "") for a in steps.all())
    bad = {s: sorted(set(CODE_WORDS.findall(t))) for s, t in shown.items()}
    assert not {s: b for s, b in bad.items() if b}


def test_a_link_with_the_kern_opens_that_kern(app: dict[str, Any]) -> None:
    page = app["page"]
    open_page(page, f"{app['base']}voila/render/03_voorzieningen.ipynb?village=diever")
    assert page.locator(".pl-village-diever select").input_value() == "Diever"


def test_the_plan_opens_from_its_link(app: dict[str, Any]) -> None:
    page = app["page"]
    open_page(page, f"{app['base']}voila/render/07_dorpsplan.ipynb?village=diever")
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
    visits(page, [f"{app['base']}voila/render/{STEPS[1 + v % 3]}.ipynb" for v in range(20)], proc)
    # each left page said goodbye; one whose goodbye was lost on a busy machine is
    # stopped by the server's cull of kernels nobody is connected to
    assert len(kernels_at_most(proc, 1, seconds=SAFETY_NET)) == 1
