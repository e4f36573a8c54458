"""uv run python -m bench [NAME-FILTER]: run every benchmark (or those whose name holds
NAME-FILTER), print it, and write its rows into RESULTS.md.

Without a filter the national run follows in the same run (``bench.national`` with every
village exported as XLSX and PDF), so both tables of RESULTS.md come from one run on one
machine state; it adds about half an hour on two cores.
"""

from __future__ import annotations

import importlib
import pkgutil
import sys
import tempfile
import time
from pathlib import Path

from bench.harness import REGISTRY, Measurement, fmt, private_snapshots, write_results


def main(argv: list[str]) -> int:
    start = time.perf_counter()
    here = Path(__file__).parent
    for info in sorted(pkgutil.iter_modules([str(here)]), key=lambda i: i.name):
        if info.name.startswith("bench_"):
            importlib.import_module(f"bench.{info.name}")
    wanted = argv[0] if argv else ""
    rows: list[tuple[str, Measurement]] = []
    for name, func in REGISTRY:
        if wanted not in name:
            continue
        with tempfile.TemporaryDirectory() as tmp, private_snapshots(Path(tmp) / "cache"):
            m = func(Path(tmp))
        rows.append((name, m))
        ratio = f"  ({m.ratio:.1f}x)" if m.ratio else ""
        met = "" if m.met is None else ("  target met" if m.met else "  TARGET MISSED")
        print(
            f"{name:<55} {fmt(m.value, m.unit):>12}  baseline {fmt(m.baseline, m.unit):>12}"
            f" {m.baseline_label}{ratio}  {m.target}{met}",
            flush=True,
        )
    write_results(rows, here / "RESULTS.md", merge=bool(wanted))
    if wanted:
        return 0
    from bench import national

    code = national.main(["--full", "xlsx,pdf", "--after", f"{time.perf_counter() - start:.0f}"])
    print(f"the whole run took {(time.perf_counter() - start) / 60:.0f} minutes", flush=True)
    return code


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
