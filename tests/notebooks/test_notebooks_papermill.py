"""A notebook run through papermill with another village than the default."""

from __future__ import annotations

from pathlib import Path

import nbformat
import pytest

NOTEBOOKS = Path(__file__).resolve().parents[2] / "notebooks"


def _text(cell: nbformat.NotebookNode) -> str:
    parts = []
    for out in cell.get("outputs", []):
        if "text" in out:
            parts.append(out["text"])
        data = out.get("data", {})
        parts.append(data.get("text/plain", ""))
    return "\n".join(parts)


@pytest.mark.slow
def test_dorpsprofiel_for_diever(demo_ws: Path, tmp_path: Path) -> None:
    import papermill

    out = tmp_path / "01_diever.ipynb"
    papermill.execute_notebook(
        str(NOTEBOOKS / "01_dorpsprofiel.ipynb"),
        str(out),
        parameters={"workspace": str(demo_ws), "village": "diever"},
        kernel_name="python3",
        progress_bar=False,
        cwd=str(NOTEBOOKS),
    )
    nb = nbformat.read(out, as_version=4)
    injected = [c for c in nb.cells if "injected-parameters" in c.metadata.get("tags", [])]
    assert injected and "diever" in injected[0].source
    texts = [_text(c) for c in nb.cells if c.cell_type == "code"]
    assert any("Diever" in t and "Westerveld" in t for t in texts)
    assert not any("Roden" in t for t in texts)


def test_notebooks_are_saved_without_outputs_and_start_with_parameters() -> None:
    names = sorted(p.name for p in NOTEBOOKS.glob("0*.ipynb"))
    assert {f"0{i}_" for i in range(1, 9)} <= {n[:3] for n in names}
    for path in NOTEBOOKS.glob("0[1-8]_*.ipynb"):
        nb = nbformat.read(path, as_version=4)
        code = [c for c in nb.cells if c.cell_type == "code"]
        assert "parameters" in code[0].metadata.get("tags", []), path.name
        assert "workspace = None" in code[0].source and 'village = "roden"' in code[0].source
        assert all(not c.outputs and c.execution_count is None for c in code), path.name
