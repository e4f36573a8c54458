"""Session app and monitoring: one vote's round trip, importing observations."""

from __future__ import annotations

import shutil
import time
from pathlib import Path

from bench.harness import Measurement, benchmark, timed


def _copy_demo(workdir: Path) -> Path:
    from planning.workspace.folder import demo_path

    target = workdir / "demo"
    if target.exists():
        shutil.rmtree(target)
    shutil.copytree(demo_path(), target, ignore=shutil.ignore_patterns("store.sqlite*"))
    return target


@benchmark("one dot vote: write + tally for the projector (SQLite)")
def bench_vote(workdir: Path) -> Measurement:
    import sqlalchemy as sa

    from planning.store import session_results
    from planning.store import sessions as api

    ws = _copy_demo(workdir)
    sid = api.create_session(
        ws, kind="working_group", village_id="roden", title="bench", dots_per_participant=10_000
    )
    options = list(session_results.options(ws, sid)["code"])
    n = 100
    start = time.perf_counter()
    for i in range(n):
        api.cast_dots(ws, sid, 1 + i % 20, options[i % len(options)])
        session_results.dot_tally(ws, sid)
    value = (time.perf_counter() - start) / n

    store = api.store_for(ws)
    probe = sa.table("bench_probe", sa.column("x"))
    with store.transaction() as conn:
        conn.execute(sa.text("CREATE TABLE IF NOT EXISTS bench_probe (x INTEGER)"))

    def bare() -> None:
        with store.transaction() as conn:
            conn.execute(sa.insert(probe).values(x=1))

    baseline = timed(bare, repeat=n)
    return Measurement(
        value,
        baseline=baseline,
        baseline_label="a bare INSERT in its own transaction on the same store",
        target="< 0.1 s (a click must feel instant)",
        met=value < 0.1,
        note=f"mean of {n} votes, each a checked transaction followed by a full tally",
    )


@benchmark("monitor import of the demo observations (CSV)")
def bench_monitor_import(workdir: Path) -> Measurement:
    import pandas as pd

    from planning.analysis import monitoring
    from planning.workspace.folder import open_workspace

    ws = open_workspace(_copy_demo(workdir))
    path = ws.path / "monitoring" / "waarnemingen.csv"
    rows = len(pd.read_csv(path))
    monitoring.import_observations(ws, path)  # warm: store created, imports loaded
    value = timed(lambda: monitoring.import_observations(ws, path), repeat=3)
    baseline = timed(lambda: pd.read_csv(path), repeat=3)
    return Measurement(
        value,
        baseline=baseline,
        baseline_label="pandas.read_csv of the same file",
        target="< 2 s",
        met=value < 2.0,
        note=f"{rows} rows, every one checked (indicator, village, period, value) and upserted",
    )
