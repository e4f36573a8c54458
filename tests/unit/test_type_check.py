"""CI runs the type checker after the import contracts, strict on the layers below."""

from __future__ import annotations

import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_ci_runs_mypy_after_lint_imports() -> None:
    steps = [line.strip() for line in (ROOT / ".ci" / "run").read_text().splitlines()]
    order = [steps.index(s) for s in ("uv run lint-imports", "uv run mypy", "uv run pytest")]
    assert order == sorted(order)


def test_mypy_is_strict_on_io_errors_and_i18n_and_layers_are_exhaustive() -> None:
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    overrides = config["tool"]["mypy"]["overrides"]
    strict = {m for o in overrides if o.get("strict") for m in o["module"]}
    assert {"planning.io.*", "planning.errors", "planning.i18n.*"} <= strict
    layers = config["tool"]["importlinter"]["contracts"][0]
    assert layers["exhaustive"] is True and layers["containers"] == ["planning"]
