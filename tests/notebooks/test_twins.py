"""The notebooks are kept as text: each .ipynb has a py:percent twin (jupytext.toml).

The twin is what reviewers read in a diff, so it must say what the notebook says; the
notebook is saved without outputs; and a notebook calls only the public API of
``planning`` (the names in ``planning.__all__``), never a submodule or a private name.
"""

from __future__ import annotations

import ast
from pathlib import Path

import jupytext
import nbformat
import pytest

import planning

ROOT = Path(__file__).resolve().parents[2]
NOTEBOOKS = ROOT / "notebooks"
IPYNB = sorted(NOTEBOOKS.glob("[0-9][0-9]_*.ipynb"))
TWINS = sorted(NOTEBOOKS.glob("[0-9][0-9]_*.py"))


def _cells(path: Path) -> list[tuple[str, str]]:
    nb = jupytext.read(path)
    return [(c.cell_type, c.source) for c in nb.cells]


def test_there_are_notebooks_and_the_project_pairs_them() -> None:
    assert len(IPYNB) >= 9
    config = (ROOT / "jupytext.toml").read_text(encoding="utf-8")
    assert "ipynb,py:percent" in config


@pytest.mark.parametrize("path", IPYNB, ids=lambda p: p.name)
def test_twin_has_the_same_cells(path: Path) -> None:
    twin = path.with_suffix(".py")
    assert twin.is_file(), f"{twin.name} missing: uv run jupytext --sync notebooks/*.ipynb"
    assert _cells(twin) == _cells(path), (
        f"{path.name} and {twin.name} differ: uv run jupytext --sync {path.relative_to(ROOT)}"
    )


def test_every_twin_has_a_notebook() -> None:
    assert {p.stem for p in TWINS} == {p.stem for p in IPYNB}


@pytest.mark.parametrize("path", IPYNB, ids=lambda p: p.name)
def test_notebook_is_saved_without_outputs(path: Path) -> None:
    nb = nbformat.read(path, as_version=4)
    for cell in nb.cells:
        if cell.cell_type == "code":
            assert cell.outputs == [], f"{path.name}: a cell has outputs"
            assert cell.execution_count is None, f"{path.name}: a cell has an execution count"


def _private_api_uses(source: str) -> list[str]:
    """The planning imports and attributes in ``source`` that are not the public API."""
    public = set(planning.__all__)
    bad = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            for alias in node.names:
                if alias.name.split(".")[0] == "planning" and alias.name != "planning":
                    bad.append(f"import {alias.name}")
        elif isinstance(node, ast.ImportFrom):
            module = node.module or ""
            if node.level or module.split(".")[0] != "planning":
                continue
            if module != "planning":
                bad.append(f"from {module} import ...")
                continue
            bad += [
                f"from planning import {a.name}"
                for a in node.names
                if a.name not in public or a.name.startswith("_")
            ]
        elif (
            isinstance(node, ast.Attribute)
            and isinstance(node.value, ast.Name)
            and node.value.id == "planning"
            and node.attr not in public
        ):
            bad.append(f"planning.{node.attr}")
    return bad


@pytest.mark.parametrize("path", TWINS, ids=lambda p: p.name)
def test_notebook_uses_only_the_public_api(path: Path) -> None:
    source = path.read_text(encoding="utf-8")
    assert "planning" in source
    assert _private_api_uses(source) == [], path.name


def test_the_public_api_check_catches_submodules_and_private_names() -> None:
    source = (
        "import planning\n"
        "import planning.widgets\n"
        "from planning.widgets import ScenarioEditor\n"
        "from planning import open_workspace, _EXPORTS\n"
        "from planning import analysis\n"
        "planning.open_workspace(None)\n"
        "planning.store.open_store(None)\n"
    )
    assert _private_api_uses(source) == [
        "import planning.widgets",
        "from planning.widgets import ...",
        "from planning import _EXPORTS",
        "from planning import analysis",
        "planning.store",
    ]


@pytest.mark.parametrize("path", IPYNB, ids=lambda p: p.name)
def test_code_cells_are_folded_for_readers(path: Path) -> None:
    """Staff who open a notebook in Lab see text and results; the code is one click away.
    The parameters cell stays open: there the reader picks the workspace and the village."""
    for nb in (nbformat.read(path, as_version=4), jupytext.read(path.with_suffix(".py"))):
        for cell in nb.cells:
            if cell.cell_type != "code":
                continue
            hidden = cell.metadata.get("jupyter", {}).get("source_hidden", False)
            parameters = "parameters" in cell.metadata.get("tags", [])
            assert hidden != parameters, (
                f"{path.name}: {cell.source[:40]!r} "
                + ("is folded" if parameters else "is not folded")
                + ": uv run python scripts/collapse_code.py && uv run jupytext --sync "
                + "notebooks/*.ipynb"
            )
