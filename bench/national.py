"""The national run: every municipality through ``planning new``, in one workspace.

``uv run python -m bench.national [--sample N] [--full xlsx] [--sizes demo,national] [--no-write]``
builds the workspace of the whole country (each of the 353 municipalities of 1 January 2021 written by
``write_new_workspace``, the function behind ``planning new``, and merged: about 2,500
villages), then times each command the way staff run it, as a fresh process, at 42
villages (the demo) and at the national size (``--sizes`` adds ``demo x10``: the demo ten
times side by side, the same villages and data, ``bench/scaled.py``), with the floor of
each figure measured in the same run:

- bare imports (a fresh interpreter importing pandas and the workspace module),
- ``pandas.read_csv`` of the same files (no checks) for ``check``,
- a brute-force distance from every point to every facility for ``access``.

Every step reports wall time and the peak memory of its largest process; a one-village
command is compared across sizes (it should cost the same), a batch gets its growth
exponent (log time ratio / log size ratio; 1 is linear). The table goes between the
``national`` markers in ``bench/RESULTS.md``.

A new workspace knows villages and inhabitants only. So that distances, needs and plans
have something to compute, each national village gets the facilities of one demo village
moved to its centre and ten survey answers drawn from the demo's (generated data, as in
the demo), and the demo's eight regional provisions (``*``) serve every village.
"""

from __future__ import annotations

import argparse
import json
import math
import os
import platform
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pandas as pd

from bench.harness import HWM
from bench.scaled import scaled_demo
from planning.workspace.folder import demo_path
from planning.workspace.reference.municipalities import municipality_names
from planning.workspace.reference.scaffold import write_new_workspace

HERE = Path(__file__).parent
RESULTS = HERE / "RESULTS.md"
BEGIN, END = "<!-- national -->", "<!-- /national -->"
VILLAGE = "roden"
#: a fresh process: run the command, then report its own and its children's peak memory
FRESH = (
    "import json, resource, sys\n" + HWM + "from planning.cli import main\n"
    "try:\n    code = main(sys.argv[2:])\nexcept SystemExit as exc:\n    code = exc.code\n"
    "peak = max(hwm(), resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)\n"
    "open(sys.argv[1], 'w').write(json.dumps({'code': code, 'peak_kb': peak}))\n"
)
FLOOR_IMPORT = "import pandas, planning.workspace.folder"


@dataclass
class Step:
    name: str
    size: int
    seconds: float
    peak_mb: float
    floor: float | None = None
    floor_label: str = ""
    note: str = ""


def fresh(args: Sequence[str], env: dict[str, str], tmp: Path) -> tuple[float, float, int]:
    """(wall seconds, peak MB of the largest process, exit code) of one fresh command."""
    report = tmp / "fresh.json"
    start = time.perf_counter()
    done = subprocess.run(
        [sys.executable, "-c", FRESH, str(report), *args],
        env=env,
        check=False,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )
    wall = time.perf_counter() - start
    data = json.loads(report.read_text())
    code = int(data["code"] or 0)
    if code:  # a failed step is no figure: say why, in the table and on the console
        said = [line for line in done.stderr.splitlines() if line.strip()]
        print(f"FAILED (exit {code}): planning {' '.join(args)}: {said[-3:]}", flush=True)
    return wall, data["peak_kb"] / 1024, code


def fresh_code(code: str, env: dict[str, str]) -> float:
    start = time.perf_counter()
    subprocess.run([sys.executable, "-c", code], env=env, check=True)
    return time.perf_counter() - start


def median_fresh(args: Sequence[str], env: dict[str, str], tmp: Path, n: int = 3) -> tuple:
    runs = [fresh(args, env, tmp) for _ in range(n)]
    runs.sort(key=lambda r: r[0])
    return runs[len(runs) // 2]


# -- the national workspace ----------------------------------------------------------------


def _unique_ids(frames: list[tuple[str, pd.DataFrame, pd.DataFrame]]) -> tuple:
    """Villages and population of every municipality; an id two municipalities share gets
    the municipality's slug appended (``oosterend-texel``), in both tables."""
    seen: dict[str, int] = {}
    for _name, villages, _pop in frames:
        for vid in villages["village_id"]:
            seen[vid] = seen.get(vid, 0) + 1
    all_villages, all_pop = [], []
    for name, villages, pop in frames:
        tag = "".join(ch if ch.isalnum() else "-" for ch in name.lower()).strip("-")
        rename = {v: f"{v}-{tag}" for v in villages["village_id"] if seen[v] > 1}
        all_villages.append(villages.assign(village_id=villages["village_id"].replace(rename)))
        all_pop.append(pop.assign(village_id=pop["village_id"].replace(rename)))
    return pd.concat(all_villages, ignore_index=True), pd.concat(all_pop, ignore_index=True)


def build_national(target: Path, seed: int = 16) -> tuple[Path, float, int]:
    """The national workspace in ``target``; returns it, the seconds taken and municipalities."""
    start = time.perf_counter()
    names = municipality_names()
    frames = []
    with tempfile.TemporaryDirectory() as tmp:
        for i, name in enumerate(names):
            folder = Path(tmp) / f"m{i:03d}"
            write_new_workspace(folder, name, base_year=2026)
            frames.append(
                (
                    name,
                    pd.read_csv(folder / "villages.csv", dtype=str, keep_default_na=False),
                    pd.read_csv(folder / "population.csv", dtype=str, keep_default_na=False),
                )
            )
            if i == 0:
                if target.exists():
                    shutil.rmtree(target)
                shutil.copytree(folder, target)
    villages, population = _unique_ids(frames)
    villages.to_csv(target / "villages.csv", index=False)
    population.to_csv(target / "population.csv", index=False)
    toml = (target / "workspace.toml").read_text(encoding="utf-8")
    first = frames[0][0]
    toml = toml.replace(f'name = "Gemeente {first}"', 'name = "Nederland"')
    toml = toml.replace(f'municipality = "{first}"', 'municipality = "Nederland"')
    (target / "workspace.toml").write_text(toml, encoding="utf-8")
    _generated_data(target, villages, np.random.default_rng(seed))
    return target, time.perf_counter() - start, len(names)


def _generated_data(target: Path, villages: pd.DataFrame, rng: np.random.Generator) -> None:
    """Facilities (one demo village's, moved), ten answers per village, regional provisions."""
    demo = demo_path()
    fac = pd.read_csv(demo / "facilities.csv", dtype=str, keep_default_na=False)
    dv = pd.read_csv(demo / "villages.csv", dtype=str, keep_default_na=False).set_index(
        "village_id"
    )
    by_village = {v: g for v, g in fac.groupby("village_id")}
    donors = sorted(by_village)
    rows = []
    for vid, lat, lon in villages[["village_id", "lat", "lon"]].itertuples(index=False):
        donor = donors[int(rng.integers(len(donors)))]
        part = by_village[donor].copy()
        dlat = float(lat) - float(dv.at[donor, "lat"])
        dlon = float(lon) - float(dv.at[donor, "lon"])
        part["lat"] = (part["lat"].astype(float) + dlat).map(lambda x: f"{x:.6f}")
        part["lon"] = (part["lon"].astype(float) + dlon).map(lambda x: f"{x:.6f}")
        part["facility_id"] = part["facility_id"].str.replace(donor, vid, n=1, regex=False)
        part["village_id"] = vid
        rows.append(part)
    pd.concat(rows, ignore_index=True).to_csv(target / "facilities.csv", index=False)
    prov = pd.read_csv(demo / "provisions.csv", dtype=str, keep_default_na=False)
    prov[prov["villages"] == "*"].to_csv(target / "provisions.csv", index=False)
    answers = pd.read_csv(demo / "survey/responses.csv", dtype=str, keep_default_na=False)
    per = 10
    pick = answers.iloc[rng.integers(0, len(answers), per * len(villages))].reset_index(drop=True)
    pick["village_id"] = np.repeat(villages["village_id"].to_numpy(), per)
    pick["respondent_id"] = [f"r{i:06d}" for i in range(len(pick))]
    (target / "survey").mkdir(exist_ok=True)
    pick.to_csv(target / "survey/responses.csv", index=False)


# -- the run -------------------------------------------------------------------------------


def _read_csv_floor(ws: Path, env: dict[str, str]) -> float:
    files = sorted(str(p) for p in ws.rglob("*.csv") if p.parent.name != "raw")
    code = f"import pandas as pd\nfor f in {files!r}:\n    pd.read_csv(f, dtype=str)\n"
    return fresh_code(code, env)


def _brute_force_floor(ws: Path, env: dict[str, str]) -> float:
    """Every point (or centroid) against every facility: the distance without a tree."""
    code = (
        "import numpy as np, pandas as pd\n"
        "from pathlib import Path\n"
        f"ws = Path({str(ws)!r})\n"
        "pts = ws / 'population_points.csv'\n"
        "p = pd.read_csv(pts if pts.is_file() else ws / 'villages.csv')\n"
        "f = pd.read_csv(ws / 'facilities.csv')\n"
        "k = np.cos(np.radians(52.5))\n"
        "a = np.column_stack([p.lat.to_numpy() * 111e3, p.lon.to_numpy() * 111e3 * k])\n"
        "b = np.column_stack([f.lat.to_numpy() * 111e3, f.lon.to_numpy() * 111e3 * k])\n"
        "for i in range(0, len(a), 256):\n"
        "    d = np.hypot(*(a[i:i+256, None, :] - b[None, :, :]).transpose(2, 0, 1)).min(1)\n"
    )
    return fresh_code(code, env)


def measure(
    sizes: dict[str, Path], tmp: Path, sample: int, full: frozenset[str] = frozenset()
) -> list[Step]:
    from bench.bench_overview import overview_steps  # it imports this module

    env = {**os.environ, "PLANNING_CACHE_DIR": str(tmp / "cache")}
    steps: list[Step] = []
    import_floor = min(fresh_code(FLOOR_IMPORT, env) for _ in range(3))
    steps.append(Step("floor: fresh interpreter importing pandas + workspace", 0, import_floor, 0))
    for label, ws in sizes.items():
        n = len(pd.read_csv(ws / "villages.csv"))
        shutil.rmtree(tmp / "cache", ignore_errors=True)
        common = ["--workspace", str(ws)]
        wall, peak, _ = fresh(["check", *common], env, tmp)
        steps.append(
            Step(
                f"check, first (reads and checks every file) [{label}]",
                n,
                wall,
                peak,
                _read_csv_floor(ws, env),
                "pandas.read_csv of the same files",
            )
        )
        wall, peak, _ = median_fresh(["check", *common], env, tmp)
        steps.append(
            Step(f"check, again (snapshot) [{label}]", n, wall, peak, import_floor, "bare imports")
        )
        for cmd in ("needs", "access"):
            wall, peak, _ = median_fresh([cmd, *common], env, tmp)
            floor, floor_label = (
                (_brute_force_floor(ws, env), "brute-force distance, all points x all facilities")
                if cmd == "access"
                else (import_floor, "bare imports")
            )
            steps.append(Step(f"{cmd}, all villages [{label}]", n, wall, peak, floor, floor_label))
        for cmd in ("gaps", "needs", "access"):
            wall, peak, _ = median_fresh([cmd, "--village", VILLAGE, *common], env, tmp)
            steps.append(
                Step(
                    f"{cmd} --village {VILLAGE} [{label}]",
                    n,
                    wall,
                    peak,
                    import_floor,
                    "bare imports",
                )
            )
        workers = str(os.cpu_count() or 1)
        out = tmp / "out"
        for fmt, what in (("xlsx", "export --all --format xlsx"), ("pdf", "export --all (PDF)")):
            if n > 500 and sample > 0 and fmt not in full:
                steps.append(_sample(ws, n, sample, fmt, env, tmp, f"{what} [{label}]"))
                print(steps[-1], flush=True)
                continue
            shutil.rmtree(out, ignore_errors=True)
            args = ["export", "--all", "--format", fmt, "--out", str(out), "--workers", workers]
            wall, peak, code = fresh([*args, *common], env, tmp)
            files = len(list(out.glob(f"*.{fmt}")))
            note = f"{files} files, {workers} workers, exit {code}"
            if code:
                note = f"FAILED, not a figure: {note}"
            steps.append(Step(f"{what} [{label}]", n, wall, peak, note=note))
            print(steps[-1], flush=True)
        steps += overview_steps(ws, label, env, tmp)  # the council's overview beside one plan
    return steps


def _sample(
    ws: Path, n: int, sample: int, fmt: str, env: dict[str, str], tmp: Path, name: str
) -> Step:
    """Plans of an evenly spread sample of villages through export_many on every core."""
    code = (
        "import json, os, sys, time\n"
        "from pathlib import Path\n"
        "from planning.report.export import export_many\n"
        "from planning.workspace.folder import open_workspace\n"
        "start = time.perf_counter()\n"
        f"ws = open_workspace({str(ws)!r})\n"
        "ids = ws.village_ids()\n"
        f"ids = ids[:: max(1, len(ids) // {sample})][:{sample}]\n"
        f"done = export_many(ws, ids, Path({str(tmp / 'sample')!r}), ({fmt!r},), "
        "workers=os.cpu_count() or 1)\n"
        "print(json.dumps({'n': len(ids), 'failed': sum(1 for o in done if o.error), "
        "'s': time.perf_counter() - start}))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], env=env, check=True, capture_output=True, text=True
    )
    data = json.loads(result.stdout.strip().splitlines()[-1])
    per = data["s"] / data["n"]
    return Step(
        f"{name}, estimated from {data['n']} villages",
        n,
        per * n,
        0,
        note=f"NOT run for all {n} (at this rate it takes {per * n / 60:.0f} minutes): "
        f"{data['n']} evenly spread villages took {data['s']:.0f} s on every core "
        f"({per:.2f} s per village, failed {data['failed']}), starting the workers and opening "
        "the workspace included, so the rate is an upper bound; the figure is that rate x "
        f"{n}",
    )


def _exponent(a: Step, b: Step) -> str:
    if a.size == b.size or a.seconds <= 0:
        return "-"
    return f"{math.log(b.seconds / a.seconds) / math.log(b.size / a.size):.2f}"


def table(steps: list[Step], built: str) -> str:
    lines = [
        BEGIN,
        "## The national run",
        "",
        f"Machine: {platform.machine()}, {os.cpu_count()} cores, CPython "
        f"{platform.python_version()}; measured by `uv run python -m bench.national` "
        "(fresh processes, the way staff run the command; median of 3 where marked); "
        f"load average {os.getloadavg()[1]:.1f} over the last five minutes of the run. "
        f"{built}",
        "",
        "| step | villages | time | peak memory | floor (same run) | floor is | growth exponent |",
        "| --- | --- | --- | --- | --- | --- | --- |",
    ]
    first: dict[str, Step] = {}
    for step in steps:
        base = step.name.split(" [", 1)[0]
        exp = _exponent(first[base], step) if base in first else "-"
        first.setdefault(base, step)
        floor = f"{step.floor:.2f} s" if step.floor is not None else "-"
        peak = f"{step.peak_mb:.0f} MB" if step.peak_mb else "-"
        lines.append(
            f"| {step.name} | {step.size or '-'} | {step.seconds:.2f} s | {peak} | {floor} | "
            f"{step.floor_label or '-'} | {exp} |"
        )
    notes = [f"- {s.name}: {s.note}" for s in steps if s.note]
    lines += [
        "",
        "Growth exponent: against the same step at 42 villages (0: the same cost at "
        "every size, 1: linear).",
        *notes,
        END,
    ]
    return "\n".join(lines) + "\n"


def write_section(section: str) -> None:
    old = RESULTS.read_text(encoding="utf-8") if RESULTS.exists() else ""
    if BEGIN in old:
        head, rest = old.split(BEGIN, 1)
        tail = rest.split(END, 1)[1] if END in rest else ""
        RESULTS.write_text(head + section + tail.lstrip("\n"), encoding="utf-8")
    else:
        RESULTS.write_text(old.rstrip("\n") + "\n\n" + section, encoding="utf-8")


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.national")
    parser.add_argument(
        "--sample",
        type=int,
        default=60,
        help="above 500 villages, export this many evenly spread villages and state the rate",
    )
    parser.add_argument(
        "--full",
        default="",
        help="formats exported for every village at every size (comma list: xlsx,pdf); "
        "the others are sampled above 500 villages",
    )
    parser.add_argument("--no-write", action="store_true")
    parser.add_argument("--sizes", default="demo,national")
    parser.add_argument(
        "--after",
        type=float,
        default=None,
        help=argparse.SUPPRESS,  # seconds of `python -m bench` before this part of its run
    )
    args = parser.parse_args(argv)
    run_start = time.perf_counter()
    wanted = args.sizes.split(",")
    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(tmp_name)
        sizes: dict[str, Path] = {}
        built = ""
        if "demo" in wanted:
            sizes["demo"] = scaled_demo(tmp / "demo", 1)
        if "demo x10" in wanted:
            sizes["demo x10"] = scaled_demo(tmp / "demo10", 10)
        if "national" in wanted:
            ws, seconds, count = build_national(tmp / "national")
            sizes["national"] = ws
            built = (
                f"The national workspace ({count} municipalities through `planning new`, "
                f"merged) took {seconds:.1f} s to build."
            )
            print(built, flush=True)
        full = frozenset(f for f in args.full.split(",") if f)
        steps = measure(sizes, tmp, args.sample, full)
    if args.after is not None:
        total = (args.after + time.perf_counter() - run_start) / 60
        built += (
            f" Measured in the same `uv run python -m bench` run as the table above "
            f"({total:.0f} minutes for both)."
        )
    section = table(steps, built)
    print(section)
    if not args.no_write:
        write_section(section)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
