"""The benchmarks and their baseline notebook name only things the package still has.

Benchmarks are not run by the tests (speed is measured in ``bench/``, not asserted here),
so a renamed module would otherwise surface only in the next benchmark run.
"""

from __future__ import annotations

import ast
import importlib
import json
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parents[2] / "bench"


def _sources() -> list[tuple[str, str]]:
    found = [(p.name, p.read_text(encoding="utf-8")) for p in sorted(BENCH.glob("*.py"))]
    for nb in sorted(BENCH.glob("*.ipynb")):
        cells = json.loads(nb.read_text(encoding="utf-8"))["cells"]
        code = "\n".join("".join(c["source"]) for c in cells if c["cell_type"] == "code")
        found.append((nb.name, code))
    return found


def _planning_imports(source: str) -> list[tuple[str, str | None]]:
    pairs: list[tuple[str, str | None]] = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.ImportFrom) and (node.module or "").startswith("planning"):
            pairs += [(node.module, alias.name) for alias in node.names]
        elif isinstance(node, ast.Import):
            pairs += [(a.name, None) for a in node.names if a.name.startswith("planning")]
    return pairs


@pytest.mark.parametrize(("name", "source"), _sources(), ids=lambda v: str(v)[:40])
def test_bench_imports_resolve(name: str, source: str) -> None:
    missing = []
    for module, attr in _planning_imports(source):
        try:
            loaded = importlib.import_module(module)
        except ImportError:
            missing.append(module)
            continue
        if attr is not None and not hasattr(loaded, attr):
            try:
                importlib.import_module(f"{module}.{attr}")
            except ImportError:
                missing.append(f"{module}.{attr}")
    assert not missing, f"{name} imports what planning no longer has: {missing}"


def test_the_scan_sees_the_baseline_notebook() -> None:
    names = dict(_sources())
    assert ("planning.plan.build", "build_plan") in _planning_imports(
        names["baseline_village_charts.ipynb"]
    )
