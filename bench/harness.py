"""A small benchmark harness: register, run, print and write bench/RESULTS.md.

A benchmark is a function taking a scratch folder and returning a Measurement.
The baseline is measured in the same run on the same machine, so a slow
machine moves both figures, not the verdict.
"""

from __future__ import annotations

import os
import platform
import statistics
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from planning.workspace.snapshot import CACHE_ENV

REGISTRY: list[tuple[str, Callable[[Path], Measurement]]] = []

#: the process's own high-water mark: VmHWM starts afresh at exec, where ru_maxrss keeps the
#: parent's size at fork (a benchmark process holding pandas would set every floor)
HWM = (
    "def hwm():\n"
    "    import resource\n"
    "    try:\n"
    "        for line in open('/proc/self/status'):\n"
    "            if line.startswith('VmHWM:'):\n"
    "                return int(line.split()[1])\n"
    "    except OSError:\n"
    "        pass\n"
    "    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss\n"
)


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


@contextmanager
def private_snapshots(where: Path | str) -> Iterator[None]:
    """Workspace snapshots in ``where`` (or ``"off"``) while the block runs.

    A benchmark must not find a snapshot left by the user's own commands or by another
    benchmark: the first open of a folder then reads and checks every file, as it would
    on a fresh machine, and a benchmark of that checking turns snapshots off.
    """
    before = os.environ.get(CACHE_ENV)
    os.environ[CACHE_ENV] = str(where)
    try:
        yield
    finally:
        if before is None:
            os.environ.pop(CACHE_ENV, None)
        else:
            os.environ[CACHE_ENV] = before


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


def _row(name: str, m: Measurement) -> str:
    ratio = f"{m.ratio:.1f}x" if m.ratio else "-"
    met = "-" if m.met is None else ("yes" if m.met else "NO")
    return (
        f"| {name} | {fmt(m.value, m.unit)} | {fmt(m.baseline, m.unit)} | "
        f"{m.baseline_label or '-'} | {ratio} | {m.target or '-'} | {met} |"
    )


def write_results(rows: list[tuple[str, Measurement]], path: Path, merge: bool = False) -> None:
    """The table of ``rows``; with ``merge``, rows of other benchmarks already in the file
    stay (a filtered run updates its own rows). The national run's section is kept."""
    kept_rows: list[str] = []
    kept_notes: list[str] = []
    tail = ""
    old = path.read_text(encoding="utf-8") if path.exists() else ""
    if "<!-- national -->" in old:
        old, tail = old.split("<!-- national -->", 1)
        tail = "\n<!-- national -->" + tail
    if merge:
        names = {name for name, _ in rows}
        for line in old.splitlines():
            if line.startswith("| ") and not line.startswith(("| benchmark |", "| --- |")):
                if line.split(" | ", 1)[0][2:] not in names:
                    kept_rows.append(line)
            elif line.startswith("- ") and line[2:].split(": ", 1)[0] not in names:
                kept_notes.append(line)
    lines = [
        "# Benchmark results",
        "",
        f"Machine: {platform.machine()}, {platform.python_implementation()} "
        f"{platform.python_version()}, {platform.system()}; measured by `uv run python -m bench`"
        + (" (rows measured in separate runs of named benchmarks)" if merge else "")
        + f"; {os.cpu_count()} cores, load average {os.getloadavg()[1]:.1f} over the last "
        "five minutes of the run.",
        "",
        "| benchmark | figure | baseline (same run) | baseline is | baseline ÷ figure | target | met |",
        "| --- | --- | --- | --- | --- | --- | --- |",
        *kept_rows,
        *(_row(name, m) for name, m in rows),
    ]
    notes = kept_notes + [f"- {name}: {m.note}" for name, m in rows if m.note]
    if notes:
        lines += ["", "Notes:", *notes]
    path.write_text("\n".join(lines) + "\n" + tail, encoding="utf-8")
