"""Screenshot of JupyterLab with 05_scenarios open and run, for docs/ and the README.

Starts ``planning lab`` headless on a temporary copy of the demo (with a saved
scenario for Roden), opens the notebook in Debian's chromium, runs all cells and
saves docs/jupyterlab-05-scenarios.png. Run it by hand when the look changes:

    uv run python scripts/screenshot_lab.py
"""

from __future__ import annotations

import os
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]


def prepare(folder: Path) -> Path:
    from planning.store.scenarios import choose, save_scenario
    from planning.store.sessions import store_for
    from planning.workspace.scenario_file import Action, Scenario

    ws = folder / "demo"
    shutil.copytree(ROOT / "data" / "demo", ws, ignore=shutil.ignore_patterns("store.sqlite*"))
    scenario = Scenario(
        "Basis",
        "roden",
        actions=[
            Action(
                "Inloopochtend in het dorpshuis",
                "activity",
                ["loneliness", "meeting"],
                partner_id="win",
                start_year=2027,
                yearly_cost=12000,
                reach_per_week=40,
            ),
            Action(
                "Mantelzorgcafé",
                "activity",
                ["informal_care"],
                partner_id="win",
                start_year=2028,
                yearly_cost=6000,
                reach_per_week=20,
                volunteers_needed=4,
            ),
            Action(
                "Jongerenavond in de sportkantine",
                "activity",
                ["youth"],
                start_year=2029,
                one_off_cost=2500,
                yearly_cost=4000,
                reach_per_week=30,
            ),
        ],
    )
    store = store_for(ws)
    save_scenario(store, scenario)
    choose(store, "Basis", "roden")
    return ws


def main() -> int:
    from playwright.sync_api import sync_playwright

    with tempfile.TemporaryDirectory() as tmp:
        ws = prepare(Path(tmp))
        proc = subprocess.Popen(
            [sys.executable, "-m", "planning.cli", "lab", "--workspace", str(ws), "--no-browser"],
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
            start_new_session=True,
            env=dict(os.environ, JUPYTER_CONFIG_DIR=str(Path(tmp) / "cfg")),
        )
        try:
            url = None
            assert proc.stdout is not None
            for line in proc.stdout:
                m = re.search(
                    r"http://127\.0\.0\.1:\d+/lab/tree/00_start\.ipynb\?token=[\w-]+(&reset)?", line
                )
                if m:
                    url = m.group(0)
                    break
            assert url, "no URL"
            import socket
            import threading

            log: list[str] = []
            threading.Thread(target=lambda: log.extend(proc.stdout), daemon=True).start()
            for _ in range(300):
                try:
                    socket.create_connection(
                        ("127.0.0.1", int(url.split(":")[2].split("/")[0])), 1
                    ).close()
                    break
                except OSError:
                    if proc.poll() is not None:
                        raise SystemExit("".join(log)) from None
                    time.sleep(0.3)
            time.sleep(2)
            nb_url = url.replace("/00_start.ipynb?", "/05_scenarios.ipynb?")
            with sync_playwright() as p:
                browser = p.chromium.launch(executable_path="/usr/bin/chromium", args=ARGS)
                page = browser.new_context(
                    viewport={"width": 1600, "height": 1080}, locale="nl-NL"
                ).new_page()
                page.goto(nb_url)
                page.locator(".jp-Notebook").wait_for(timeout=90_000)
                time.sleep(4)
                page.locator(".lm-MenuBar-itemLabel", has_text="Run").click()
                page.locator(".lm-Menu-itemLabel").get_by_text("Run All Cells", exact=True).click()
                page.locator(".pl-evaluation").wait_for(timeout=120_000)
                time.sleep(3)
                news = page.locator(".jp-toast-button", has_text="No")
                if news.count():
                    news.first.click()
                # scroll so the parameters cell and the editor are both in view
                page.locator(".pl-title").first.scroll_into_view_if_needed()
                page.mouse.move(800, 500)
                page.mouse.wheel(0, 120)
                time.sleep(1)
                out = ROOT / "docs" / "jupyterlab-05-scenarios.png"
                out.parent.mkdir(exist_ok=True)
                page.screenshot(path=str(out))
                browser.close()
                print(f"wrote {out.relative_to(ROOT)}")
        finally:
            if proc.poll() is None:
                os.killpg(proc.pid, signal.SIGTERM)
                proc.wait(timeout=30)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
