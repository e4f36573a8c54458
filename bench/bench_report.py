"""The village plan: one plan, every demo village, against a papermill notebook per village.

The baseline is what a user of the usual notebook tooling does: execute a
parameterised notebook per village with papermill that builds the same plan
and draws the same charts (bench/baseline_village_charts.ipynb). The figure is
``build_plan`` plus the finished PDF (charts, Typst) in a warm process, which
is what ``planning export`` does per village.
"""

from __future__ import annotations

import shutil
import statistics
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from bench.harness import Measurement, benchmark, timed

HERE = Path(__file__).parent
NOTEBOOK = HERE / "baseline_village_charts.ipynb"
VILLAGE = "roden"


def _demo_copy(workdir: Path) -> Path:
    from planning.workspace.folder import demo_path

    target = workdir / "demo"
    shutil.copytree(demo_path(), target, ignore=shutil.ignore_patterns("store.sqlite*"))
    return target


def _cpu() -> float:
    """CPU seconds of this process and its finished children (a papermill kernel included)."""
    import resource

    own = resource.getrusage(resource.RUSAGE_SELF)
    kids = resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + kids.ru_utime + kids.ru_stime


def _papermill(ws: Path, workdir: Path, village: str) -> float:
    """One papermill run of the baseline notebook for ``village``, in seconds.

    No ``cwd``: papermill would change this whole process's folder for the run, which
    two runs at a time on threads would leave pointing at a removed folder. The
    notebook writes to its ``out`` parameter instead.
    """
    import papermill

    out = workdir / "nb"
    out.mkdir(exist_ok=True)
    start = time.perf_counter()
    papermill.execute_notebook(
        str(NOTEBOOK),
        str(out / f"{village}.ipynb"),
        parameters={"workspace": str(ws), "village": village, "out": str(out)},
        kernel_name="python3",
        progress_bar=False,
    )
    return time.perf_counter() - start


@benchmark("village plan PDF, one village (warm, median)")
def bench_one_plan(workdir: Path) -> Measurement:
    from planning.plan.build import build_plan
    from planning.report.pdf import render_pdf
    from planning.workspace.folder import open_workspace

    ws_path = _demo_copy(workdir)
    ws = open_workspace(ws_path)
    render_pdf(build_plan(ws, VILLAGE))  # warm: imports, fonts, store, projection
    # each timed plan is another village, made once: nothing of it drawn or computed before
    others = iter([v for v in ws.village_ids() if v != VILLAGE][::5][:7])
    cpu0 = _cpu()
    value = timed(lambda: render_pdf(build_plan(ws, next(others))), repeat=7)
    cpu_plan = (_cpu() - cpu0) / 7
    cpu0 = _cpu()
    baseline = statistics.median(_papermill(ws_path, workdir, VILLAGE) for _ in range(3))
    cpu_nb = (_cpu() - cpu0) / 3
    ratio = baseline / value
    return Measurement(
        value,
        baseline=baseline,
        baseline_label="papermill run of a per-village notebook making the same charts",
        target="< 1 s and >= 10x",
        met=value < 1.0 and ratio >= 10,
        note="build_plan + charts (SVG) + Typst PDF in a warm process, for 7 villages not "
        "made before in it (nothing remembered); "
        "baseline: median of 3 papermill executions (kernel start, imports, same functions); "
        f"CPU per plan {cpu_plan:.2f} s vs {cpu_nb:.2f} s per notebook run "
        f"({cpu_nb / cpu_plan:.0f}x), wall times depend on the machine's load. Earlier runs "
        "met 10x (514 ms against 5.9 s) with a baseline that still read and checked every "
        "file; a papermill run now opens the workspace from its snapshot as well",
    )


@benchmark("village plans PDF, all demo villages (planning export --all)")
def bench_all_plans(workdir: Path) -> Measurement:
    from planning.report.export import export_many
    from planning.workspace.folder import open_workspace

    ws_path = _demo_copy(workdir)
    ws = open_workspace(ws_path)
    villages = ws.village_ids()
    start = time.perf_counter()
    outcomes = export_many(ws, villages, workdir / "out", ("pdf",), workers=2)
    value = time.perf_counter() - start
    failed = [o.village_id for o in outcomes if o.error]
    # the baseline on the same two cores: papermill for every village, two at a time
    start = time.perf_counter()
    with ThreadPoolExecutor(max_workers=2) as pool:
        list(pool.map(lambda v: _papermill(ws_path, workdir, v), villages))
    baseline = time.perf_counter() - start
    return Measurement(
        value,
        baseline=baseline,
        baseline_label=f"papermill for each of the {len(villages)} villages, two at a time",
        target="report the figure (the 10x target is per plan, above)",
        met=None if not failed else False,
        note=f"{len(villages)} villages, 2 worker processes (cold: each opens the workspace); "
        f"failed: {failed or 'none'}; the papermill runs open the workspace from its snapshot "
        "as a second command does, so their share of opening is small",
    )
