"""A small benchmark harness: register, run, print and write bench/RESULTS.md.

A benchmark is a function taking a scratch folder and returning a Measurement.
The baseline is measured in the same run on the same machine, so a slow
machine moves both figures, not the verdict.
"""

from __future__ import annotations

import platform
import statistics
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

REGISTRY: list[tuple[str, Callable[[Path], Measurement]]] = []


@dataclass
class Measurement:
    value: float
    unit: str = "s"
    baseline: float | None = None
    baseline_label: str = ""
    target: str = ""
    met: bool | None = None
    note: str = ""

    @property
    def ratio(self) -> float | None:
        if self.baseline in (None, 0) or self.value == 0:
            return None
        return self.baseline / self.value


def benchmark(
    name: str,
) -> Callable[[Callable[[Path], Measurement]], Callable[[Path], Measurement]]:
    def register(func: Callable[[Path], Measurement]) -> Callable[[Path], Measurement]:
        REGISTRY.append((name, func))
        return func

    return register


def timed(func: Callable[[], object], repeat: int = 5) -> float:
    """Median wall time in seconds over ``repeat`` runs."""
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        func()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def fmt(value: float | None, unit: str) -> str:
    if value is None:
        return "-"
    if unit == "s" and value < 1:
        return f"{value * 1000:.1f} ms"
    return f"{value:.3g} {unit}"


def write_results(rows: list[tuple[str, Measurement]], path: Path) -> None:
    lines = [
        "# Benchmark results",
        "",
        f"Machine: {platform.machine()}, {platform.python_implementation()} "
        f"{platform.python_version()}, {platform.system()}; measured by `uv run python -m bench`.",
        "",
        "| benchmark | figure | baseline (same run) | baseline is | baseline ÷ figure | target | met |",
        "| --- | --- | --- | --- | --- | --- | --- |",
    ]
    for name, m in rows:
        ratio = f"{m.ratio:.1f}x" if m.ratio else "-"
        met = "-" if m.met is None else ("yes" if m.met else "NO")
        lines.append(
            f"| {name} | {fmt(m.value, m.unit)} | {fmt(m.baseline, m.unit)} | "
            f"{m.baseline_label or '-'} | {ratio} | {m.target or '-'} | {met} |"
        )
    notes = [f"- {name}: {m.note}" for name, m in rows if m.note]
    if notes:
        lines += ["", "Notes:", *notes]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
