"""The package stays a house a newcomer can find their way in: short modules about one concept,
no function-local imports of planning modules outside the command's lazy subcommands."""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[2] / "planning"


def modules() -> list[Path]:
    return sorted(PACKAGE.rglob("*.py"))


def test_no_module_over_500_lines() -> None:
    long = {
        str(p.relative_to(PACKAGE)): n
        for p in modules()
        if (n := len(p.read_text(encoding="utf-8").splitlines())) > 500
    }
    assert long == {}


def test_planning_modules_are_imported_at_the_top() -> None:
    """Function-local imports of planning modules dodge cycles; only the CLI keeps its
    subcommands lazy (so `planning --help` stays fast)."""
    offenders = []
    for path in modules():
        if path.parent.name == "cli":
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if not isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
                continue
            for inner in ast.walk(node):
                if (
                    isinstance(inner, ast.ImportFrom)
                    and (inner.module or "").startswith("planning")
                ) or (
                    isinstance(inner, ast.Import)
                    and any(a.name.startswith("planning") for a in inner.names)
                ):
                    offenders.append(f"{path.relative_to(PACKAGE)}:{inner.lineno}")
    assert offenders == []
