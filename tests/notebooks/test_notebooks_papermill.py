"""Every notebook run through papermill on a copy of the demo, for another village than the
default, and what staff would see in the saved outputs: Dutch tables and drawn charts, no
errors, no Python reprs, no English codes, True/False or nan in a table cell."""

from __future__ import annotations

import re
import shutil
from html.parser import HTMLParser
from pathlib import Path

import nbformat
import pytest

NOTEBOOKS = Path(__file__).resolve().parents[2] / "notebooks"
NAMES = sorted(p.stem for p in NOTEBOOKS.glob("0[0-8]_*.ipynb"))
VILLAGE = "diever"  # Westerveld, not the default Roden: the parameter must reach every view
WIDGET = "application/vnd.jupyter.widget-view+json"
#: what must never reach a person: reprs and raw pandas or matplotlib output
REPRS = re.compile(
    r"<Figure size|\{'|dtype|PosixPath|WindowsPath|datetime\.date|object at 0x|Name: \d+|"
    r"<pandas\.|Styler"
)
#: cells that betray a raw frame
RAW_CELLS = {"True", "False", "nan", "NaN", "None", "NaT", "<NA>"}
#: the English column names a raw frame shows
ENGLISH_HEADERS = {"theme", "horizon", "demand", "supply", "share", "name", "kind", "village_id"}
DRAWN = {"01", "02", "03", "04", "08"}


class _Cells(HTMLParser):
    """The text of every th/td of the HTML tables in an output (the stdlib's parser)."""

    def __init__(self) -> None:
        super().__init__()
        self.cells: list[str] = []
        self._open: list[str] | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in {"td", "th"}:
            self._open = []

    def handle_data(self, data: str) -> None:
        if self._open is not None:
            self._open.append(data)

    def handle_endtag(self, tag: str) -> None:
        if tag in {"td", "th"} and self._open is not None:
            self.cells.append("".join(self._open).strip())
            self._open = None


@pytest.fixture(scope="module")
def executed(tmp_path_factory: pytest.TempPathFactory) -> dict[str, nbformat.NotebookNode]:
    """Each notebook run once, in order, on one private copy of the demo."""
    import papermill

    from planning.workspace.folder import demo_path

    root = tmp_path_factory.mktemp("notebooks")
    ws = root / "demo"
    shutil.copytree(demo_path(), ws, ignore=shutil.ignore_patterns("store.sqlite*", "plannen"))
    out: dict[str, nbformat.NotebookNode] = {}
    for name in NAMES:
        params = {"workspace": str(ws)} | ({"village": VILLAGE} if name[:2] != "00" else {})
        papermill.execute_notebook(
            str(NOTEBOOKS / f"{name}.ipynb"),
            str(root / f"{name}.ipynb"),
            parameters=params,
            kernel_name="python3",
            progress_bar=False,
            cwd=str(NOTEBOOKS),
        )
        out[name[:2]] = nbformat.read(root / f"{name}.ipynb", as_version=4)
    return out


def _outputs(nb: nbformat.NotebookNode) -> list[nbformat.NotebookNode]:
    return [o for c in nb.cells if c.cell_type == "code" for o in c.get("outputs", [])]


def _seen_text(output: nbformat.NotebookNode) -> str:
    """The text a reader sees of one output (a widget's plain-text stand-in is never shown)."""
    if output.output_type == "stream":
        return str(output.text)
    data = output.get("data", {})
    keys = ["text/html", "text/markdown"] + ([] if WIDGET in data else ["text/plain"])
    return "\n".join(str(data[k]) for k in keys if k in data)


@pytest.mark.slow
def test_notebooks_show_staff_dutch_views_and_drawn_charts(
    executed: dict[str, nbformat.NotebookNode],
) -> None:
    from planning.workspace.schemas import CHANNELS, PROVISION_KINDS
    from planning.workspace.settings import DEFAULT_THEMES

    # English codes as a raw frame would show them ("online" is Dutch too)
    codes = (set(DEFAULT_THEMES) | set(CHANNELS) | set(PROVISION_KINDS)) - {"online"}
    codes |= {"village_hall", "sports_canteen", "care_location"}
    assert sorted(executed) == [f"0{i}" for i in range(9)]
    for key, nb in executed.items():
        outputs = _outputs(nb)
        assert outputs, key
        for out in outputs:
            assert out.output_type != "error", (key, out.get("evalue"))
            assert not (out.output_type == "stream" and out.name == "stderr"), (key, out.text)
            seen = _seen_text(out)
            assert not REPRS.search(seen), (key, REPRS.search(seen).group(0), seen[:300])
            parser = _Cells()
            parser.feed(str(out.get("data", {}).get("text/html", "")))
            for cell in parser.cells:
                assert cell not in RAW_CELLS | ENGLISH_HEADERS | codes, (key, cell)
        images = [o for o in outputs if {"image/png", "image/svg+xml"} & set(o.get("data", {}))]
        if key in DRAWN:
            assert images, key
        tables = [o for o in outputs if "<table" in str(o.get("data", {}).get("text/html", ""))]
        if key not in {"06"}:
            assert tables or images, key


@pytest.mark.slow
def test_the_village_parameter_reaches_every_view(
    executed: dict[str, nbformat.NotebookNode],
) -> None:
    for key, nb in executed.items():
        if key in {"00", "06"}:
            continue
        injected = [c for c in nb.cells if "injected-parameters" in c.metadata.get("tags", [])]
        assert injected and VILLAGE in injected[0].source, key
        picker = [o for o in _outputs(nb) if WIDGET in o.get("data", {})]
        assert picker[0]["data"]["text/plain"] == "Kern: Diever", key
    profile = "\n".join(_seen_text(o) for o in _outputs(executed["01"]))
    assert "Westerveld" in profile and "Roden" not in profile
    # a figure with a thousands dot, as the PDF prints it: Diever's inhabitants (CBS)
    assert re.search(r"\b\d\.\d{3}\b", profile)


@pytest.mark.slow
def test_plan_preview_and_comparison_are_shown(executed: dict[str, nbformat.NotebookNode]) -> None:
    plan = _outputs(executed["07"])
    assert any("image/png" in o.get("data", {}) for o in plan)
    assert any("pagina's van het dorpsplan" in _seen_text(o) for o in plan if "data" in o) or any(
        "pagina's" in str(o.get("data", {}).get("text/plain", "")) for o in plan
    )
    compared = "\n".join(_seen_text(o) for o in _outputs(executed["05"]))
    assert "€" in compared and "thema's met een tekort" in compared


def test_notebooks_are_saved_without_outputs_and_start_with_parameters() -> None:
    names = sorted(p.name for p in NOTEBOOKS.glob("0*.ipynb"))
    assert {f"0{i}_" for i in range(1, 9)} <= {n[:3] for n in names}
    for path in NOTEBOOKS.glob("0[1-8]_*.ipynb"):
        nb = nbformat.read(path, as_version=4)
        code = [c for c in nb.cells if c.cell_type == "code"]
        assert "parameters" in code[0].metadata.get("tags", []), path.name
        assert "workspace = None" in code[0].source and 'village = "roden"' in code[0].source
        assert all(not c.outputs and c.execution_count is None for c in code), path.name


def test_every_notebook_ends_with_the_next_step() -> None:
    for i, name in enumerate(NAMES):
        nb = nbformat.read(NOTEBOOKS / f"{name}.ipynb", as_version=4)
        last = nb.cells[-1]
        assert last.cell_type == "markdown", name
        target = NAMES[i + 1] if i + 1 < len(NAMES) else NAMES[0]
        assert f"({target}.ipynb)" in last.source, name
