"""Render a few pages of the Roden demo plan to docs/ (PNG) for the README.

A fresh copy of the demo workspace (its store seeded from the demo's scenario
files, with Roden's chosen scenario) is exported and pages are rendered with
pdftoppm (poppler-utils).

    uv run python scripts/plan_pages.py [--dpi 90] [--pages 1,2,4,9]
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def main(argv: list[str] | None = None) -> int:
    from planning.plan.build import build_plan
    from planning.report.pdf import write_pdf
    from planning.workspace.folder import demo_path, open_workspace

    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--dpi", type=int, default=90)
    parser.add_argument("--pages", default="1,2,3,4")
    parser.add_argument("--out", type=Path, default=ROOT / "docs")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        ws = Path(tmp) / "demo"
        shutil.copytree(demo_path(), ws, ignore=shutil.ignore_patterns("store.sqlite*"))
        pdf = write_pdf(build_plan(open_workspace(ws), "roden"), Path(tmp) / "roden.pdf")
        args.out.mkdir(parents=True, exist_ok=True)
        for page in (int(p) for p in args.pages.split(",")):
            target = args.out / f"dorpsplan-roden-p{page}"
            subprocess.run(
                [
                    "pdftoppm",
                    "-r",
                    str(args.dpi),
                    "-png",
                    "-singlefile",
                    "-f",
                    str(page),
                    "-l",
                    str(page),
                    str(pdf),
                    str(target),
                ],
                check=True,
            )
            print(f"{target}.png")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
