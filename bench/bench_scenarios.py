"""Scenarios: the live slider (one village, three horizons), every demo village x three
scenarios, and the population projection for 150 villages; each beside a baseline
measured in the same run."""

from __future__ import annotations

import shutil
import statistics
import time
from pathlib import Path

import numpy as np

from bench.harness import Measurement, benchmark, private_snapshots, timed


def _demo_copy(workdir: Path) -> Path:
    from planning.workspace.folder import demo_path

    target = workdir / "demo"
    shutil.copytree(demo_path(), target, ignore=shutil.ignore_patterns("store.sqlite*"))
    return target


def _median(func, repeat: int) -> float:  # type: ignore[no-untyped-def]
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        func()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


@benchmark("scenario: one village x 3 horizons (slider)")
def bench_slider(workdir: Path) -> Measurement:
    from planning.scenarios.evaluate import Evaluator
    from planning.store import open_store
    from planning.store.scenarios import load_scenario
    from planning.workspace.folder import open_workspace

    ws = open_workspace(_demo_copy(workdir))
    store = open_store(ws)
    scenario = load_scenario(store, "Samen met de kerk en de sportclub", "roden")
    store.dispose()
    ev = Evaluator(ws)
    ev.evaluate(scenario)  # warm: projection, needs, places
    reach = [10, 20, 30, 40, 50, 60]

    def move() -> None:  # the slider: one action's reach changes each time
        scenario.actions[0].reach_per_week = reach[int(time.perf_counter_ns()) % len(reach)]
        ev.evaluate(scenario)

    value = _median(move, 21)
    with private_snapshots("off"):  # uncached: the folder read and checked again too
        baseline = _median(lambda: Evaluator(open_workspace(ws.path)).evaluate(scenario), 3)
    return Measurement(
        value,
        baseline=baseline,
        baseline_label="uncached (fresh workspace and evaluator)",
        target="< 50 ms median",
        met=value < 0.050,
    )


@benchmark("scenario: all demo villages x 3 scenarios")
def bench_all(workdir: Path) -> Measurement:
    from planning.scenarios.evaluate import Evaluator
    from planning.store import open_store
    from planning.store.scenarios import list_scenarios, load_scenario
    from planning.workspace.folder import open_workspace

    ws = open_workspace(_demo_copy(workdir))
    store = open_store(ws)
    scenarios = [load_scenario(store, r["name"], r["village_id"]) for r in list_scenarios(store)]
    store.dispose()

    def run() -> None:
        Evaluator(open_workspace(ws.path)).evaluate_many(scenarios)

    with private_snapshots("off"):  # a cold start reads and checks the folder
        value = timed(run, repeat=3)

    def naive() -> None:  # every scenario on its own, nothing shared
        for scenario in scenarios:
            Evaluator(open_workspace(ws.path)).evaluate(scenario)

    with private_snapshots("off"):
        baseline = timed(naive, repeat=1)
    return Measurement(
        value,
        baseline=baseline,
        baseline_label="each scenario from scratch",
        target="< 5 s",
        met=value < 5.0,
        note=f"{len(scenarios)} scenarios ({len({s.village_id for s in scenarios})} villages), "
        "cold start incl. opening the workspace",
    )


@benchmark("population projection: 150 villages")
def bench_projection(_: Path) -> Measurement:
    from planning.analysis.population import Assumptions, project_bands
    from planning.workspace.schemas import AGE_BANDS

    rng = np.random.default_rng(1)
    bands = rng.integers(0, 400, size=(150, len(AGE_BANDS))).astype(float)
    a = Assumptions()
    migration = np.zeros(150)
    years = [5, 8, 10, 15]
    value = timed(lambda: project_bands(bands, years, a, migration), repeat=7)

    def naive() -> None:  # per village, per year, per band in plain Python
        q = a.survival()
        f = a.fertility()
        newborn = a.newborn_survival()
        for v in range(bands.shape[0]):
            single = [bands[v, b] / 5 for b in range(19) for _ in range(5)] + [bands[v, 19]]
            for _year in range(max(years)):
                births = sum(single[i] * f[i] for i in range(96))
                nxt = [0.0] * 96
                for i in range(95):
                    nxt[i + 1] = single[i] * q[i]
                nxt[95] += single[95] * q[95]
                nxt[0] = births * newborn
                single = nxt

    baseline = timed(naive, repeat=1)
    return Measurement(
        value,
        baseline=baseline,
        baseline_label="naive per-village per-age Python loop",
        target="< 1 s",
        met=value < 1.0,
        note="four target years (base year and 3/5/10 ahead from 2021 data), 96 ages",
    )


@benchmark("calibrated projection: every demo village (project)")
def bench_demo_projection(_: Path) -> Measurement:
    from planning.analysis.population import assumptions_for, project, project_bands
    from planning.workspace.folder import open_workspace
    from planning.workspace.schemas import AGE_BANDS

    ws = open_workspace()
    project(ws)  # warm: tables read, CBS migration file loaded
    value = timed(lambda: project(ws), repeat=7)
    # baseline: the bare arithmetic for the same villages and years, without the frames
    a = assumptions_for(ws)
    pop = ws.latest_population()
    wide = pop.pivot_table(index="village_id", columns="age_band", values="inhabitants")
    wide = wide.reindex(columns=list(AGE_BANDS)).fillna(0.0)
    ids = [str(v) for v in wide.index]
    bands = wide.to_numpy(float)
    baseline = timed(
        lambda: project_bands(bands, [5, 8, 10, 15], a, a.migration(ids), a.frozen(ids)),
        repeat=7,
    )
    return Measurement(
        value,
        baseline=baseline,
        baseline_label="project_bands alone (no frames)",
        target="< 50 ms",
        met=value < 0.05,
        note=f"{len(ids)} villages, CBS migration per municipality, 2 institutions held",
    )
