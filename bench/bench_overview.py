"""The council's overview beside one village plan, at the demo's and the national size.

``uv run python -m bench.bench_overview [--national DIR] [--no-write]`` times, each as a
fresh process the way staff run it, ``planning export --overview`` (one PDF and one sheet
for every kern) and ``planning export --village roden`` (one plan), on the demo (42 kernen)
and on the national workspace of bench.national (about 2,500 kernen, built into DIR when it
is not there yet). The table goes between the ``overview`` markers in bench/RESULTS.md.
The same steps run inside a full ``python -m bench.national`` (``overview_steps``).
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
from pathlib import Path

import pandas as pd

from bench.national import VILLAGE, Step, build_national, fresh
from planning.workspace.folder import demo_path

HERE = Path(__file__).parent
RESULTS = HERE / "RESULTS.md"
BEGIN, END = "<!-- overview -->", "<!-- /overview -->"


def overview_steps(ws: Path, label: str, env: dict[str, str], tmp: Path) -> list[Step]:
    """export --overview and one village's plan on ``ws``, each a fresh process (warm
    snapshot: the workspace is checked once before, as a second command finds it)."""
    n = len(pd.read_csv(ws / "villages.csv"))
    common = ["--workspace", str(ws)]
    fresh(["check", *common], env, tmp)  # the snapshot a second command opens
    steps = []
    out = tmp / "out"
    shutil.rmtree(out, ignore_errors=True)
    wall, peak, code = fresh(["export", "--overview", "--out", str(out), *common], env, tmp)
    pages = _pages(out / "overzicht-kernen.pdf")
    note = f"PDF of {pages} pages and the sheet, exit {code}"
    steps.append(Step(f"export --overview [{label}]", n, wall, peak, note=note))
    wall, peak, code = fresh(["export", "--village", VILLAGE, "--out", str(out), *common], env, tmp)
    steps.append(Step(f"export --village {VILLAGE} [{label}]", n, wall, peak, note=f"exit {code}"))
    for step in steps:
        print(step, flush=True)
    return steps


def _pages(path: Path) -> int:
    if not path.exists():
        return 0
    from pypdf import PdfReader

    return len(PdfReader(path).pages)


def table(steps: list[Step]) -> str:
    lines = [
        BEGIN,
        "## The council's overview beside one village plan (fresh processes)",
        "",
        f"Load average over the last five minutes at the end of the run: {os.getloadavg()[1]:.1f} "
        f"on {os.cpu_count()} cores (the wall times grow with it).",
        "",
        "| step | villages | wall | peak memory | note |",
        "| --- | --- | --- | --- | --- |",
    ]
    for s in steps:
        lines.append(
            f"| {s.name} | {s.size:,} | {s.seconds:.1f} s | {s.peak_mb:.0f} MB | {s.note} |"
        )
    lines += ["", END, ""]
    return "\n".join(lines)


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--national", type=Path, default=None)
    parser.add_argument("--no-write", action="store_true")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(tmp_name)
        env = {**os.environ, "PLANNING_CACHE_DIR": str(tmp / "cache")}
        national = args.national or tmp / "national"
        if not (national / "villages.csv").exists():
            build_national(national)
        demo = tmp / "demo"
        shutil.copytree(demo_path(), demo, ignore=shutil.ignore_patterns("store.sqlite*"))
        steps = overview_steps(demo, "demo", env, tmp)
        steps += overview_steps(national, "national", env, tmp)
    section = table(steps)
    print(section)
    if not args.no_write:
        old = RESULTS.read_text(encoding="utf-8")
        if BEGIN in old:
            head, rest = old.split(BEGIN, 1)
            old = head + rest.split(END, 1)[1].lstrip("\n")
        RESULTS.write_text(old.rstrip("\n") + "\n\n" + section, encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
