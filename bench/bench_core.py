"""Start-up and validation: import planning, planning check on the demo."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from bench.harness import Measurement, benchmark, private_snapshots, timed


def _python(code: str) -> None:
    subprocess.run([sys.executable, "-c", code], check=True)


@benchmark("import planning (fresh interpreter)")
def bench_import(_: Path) -> Measurement:
    value = timed(lambda: _python("import planning"), repeat=5)
    baseline = timed(lambda: _python("pass"), repeat=5)
    return Measurement(
        value,
        baseline=baseline,
        baseline_label="bare interpreter start",
        note="the baseline is the floor; the difference is planning's own cost",
    )


@benchmark("planning check on the demo (in process, first open)")
def bench_check(_: Path) -> Measurement:
    from planning.workspace.folder import demo_path, open_workspace

    with private_snapshots("off"):  # every open reads and checks every file
        open_workspace(demo_path())  # warm imports
        value = timed(lambda: open_workspace(demo_path()), repeat=5)
    open_workspace(demo_path())  # leaves a snapshot in this benchmark's own folder
    again = timed(lambda: open_workspace(demo_path()), repeat=5)

    def plain_read() -> None:
        import pandas as pd

        for f in sorted(demo_path().glob("*.csv")):
            pd.read_csv(f)

    baseline = timed(plain_read, repeat=5)
    return Measurement(
        value,
        baseline=baseline,
        baseline_label="pandas.read_csv of the same files",
        target="< 1 s",
        met=value < 1.0,
        note=(
            "every file read and checked (snapshots off); an unchanged folder opened again "
            f"from its snapshot: {again * 1000:.1f} ms"
        ),
    )
