"""planning new: a workspace for the municipality with the most villages, as staff start it."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from bench.harness import Measurement, benchmark, timed

#: the municipality with the most residential places in the CBS 2021 table
LARGEST = "Súdwest-Fryslân"


def _command(*args: str) -> None:
    subprocess.run([sys.executable, "-m", "planning.cli", *args], check=True, capture_output=True)


@benchmark(f"planning new ({LARGEST}), the whole command")
def bench_new_command(workdir: Path) -> Measurement:
    runs = iter(range(100))

    def new() -> None:
        _command("new", str(workdir / f"new{next(runs)}"), "--gemeente", LARGEST)

    def bare() -> None:
        subprocess.run([sys.executable, "-c", "pass"], check=True, capture_output=True)

    value = timed(new, repeat=3)
    baseline = timed(bare, repeat=3)
    return Measurement(
        value,
        baseline=baseline,
        baseline_label="bare interpreter start (python -c pass)",
        target="< 2 s",
        met=value < 2,
        note="fresh process; the command reads the CBS table with csv/gzip and imports "
        "neither pandas nor pandera",
    )


@benchmark(f"write_new_workspace ({LARGEST}), table already loaded")
def bench_new_in_process(workdir: Path) -> Measurement:
    import shutil

    from planning.workspace.folder import demo_path
    from planning.workspace.reference.municipalities import postcode_rows
    from planning.workspace.reference.scaffold import write_new_workspace

    postcode_rows()  # a notebook or a second call has it in memory
    runs = iter(range(100))

    def new() -> None:
        write_new_workspace(workdir / f"n{next(runs)}", LARGEST)

    def copy() -> None:
        shutil.copytree(demo_path(), workdir / f"c{next(runs)}")

    value = timed(new)
    return Measurement(
        value,
        baseline=timed(copy),
        baseline_label="copying the demo folder",
        target="< 2 s",
        met=value < 2,
    )
