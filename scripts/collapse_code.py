"""Collapse the code cells of the saved notebooks for readers who open them in JupyterLab.

Staff who open ``notebooks/NN_*.ipynb`` in Lab see the text and the results, with each
code cell folded to one line (JupyterLab's cell metadata ``jupyter.source_hidden``);
a click on the fold shows the code. The ``parameters`` cell stays open: it is where a
reader changes the workspace or the village. The py:percent twins do not carry this
metadata (jupytext.toml keeps only tags there), and ``jupytext --sync`` keeps it in the
.ipynb. Run after adding a cell: ``uv run python scripts/collapse_code.py``;
tests/notebooks/test_twins.py checks it.
"""

from __future__ import annotations

from pathlib import Path

import nbformat

NOTEBOOKS = Path(__file__).resolve().parents[1] / "notebooks"


def should_hide(cell: nbformat.NotebookNode) -> bool:
    return cell.cell_type == "code" and "parameters" not in cell.metadata.get("tags", [])


def collapse(path: Path) -> bool:
    """Fold the code cells of one notebook; True when the file changed."""
    nb = nbformat.read(path, as_version=4)
    changed = False
    for cell in nb.cells:
        hidden = cell.metadata.get("jupyter", {}).get("source_hidden", False)
        if should_hide(cell) and not hidden:
            cell.metadata.setdefault("jupyter", {})["source_hidden"] = True
            changed = True
    if changed:
        nbformat.write(nb, path)
    return changed


def main() -> None:
    for path in sorted(NOTEBOOKS.glob("[0-9][0-9]_*.ipynb")):
        if collapse(path):
            print(f"{path.name}: code cells folded")


if __name__ == "__main__":
    main()
