"""Write the guided notebooks in notebooks/ from the cell texts below.

The notebooks are thin: a ``parameters`` cell (papermill) and a few lines per
cell that call ``planning``. Keeping their text here means they are saved
without outputs, reviewed as plain Python, and regenerated identically:

    uv run python scripts/make_notebooks.py
"""

from __future__ import annotations

import sys
from pathlib import Path

import nbformat

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

from notebook_cells import NOTEBOOKS  # noqa: E402

PARAMETERS = 'workspace = None  # None: $PLANNING_WORKSPACE, anders de demo\nvillage = "roden"'


def build(cells: list[tuple[str, str]]) -> nbformat.NotebookNode:
    nb = nbformat.v4.new_notebook()
    nb.metadata = {
        "kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"},
        "language_info": {"name": "python"},
    }
    out = []
    for i, (kind, text) in enumerate(cells):
        cell_id = f"c{i:02d}"
        if kind == "md":
            out.append(nbformat.v4.new_markdown_cell(text.strip(), id=cell_id))
        elif kind == "params":
            cell = nbformat.v4.new_code_cell(PARAMETERS, id=cell_id)
            cell.metadata["tags"] = ["parameters"]
            out.append(cell)
        else:
            out.append(nbformat.v4.new_code_cell(text.strip(), id=cell_id))
    nb.cells = out
    return nb


def main() -> int:
    folder = ROOT / "notebooks"
    folder.mkdir(exist_ok=True)
    for name, cells in NOTEBOOKS.items():
        nb = build(cells)
        nbformat.validate(nb)
        path = folder / f"{name}.ipynb"
        tmp = path.with_suffix(".tmp")
        tmp.write_text(nbformat.writes(nb) + "\n", encoding="utf-8")
        tmp.replace(path)
        print(f"wrote {path.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
