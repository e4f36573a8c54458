"""Which folder of notebooks ``planning lab`` opens: staff's own copies when installed.

The notebooks shipped in the wheel sit inside the installed package, where an update
replaces them and where a user may not even write. Staff edit notebooks (that is what
JupyterLab is for), so an installed ``planning lab`` works on copies beside the
workspace (``<workspace>/notebooks/``), made on first use and never overwritten: an edit
survives an update of the workbook; a notebook deleted from that folder is copied anew,
which is how staff take the new version. The demo that ships inside the package is not
written into either: its copies go to the user's data folder. In a checkout the lab opens
the project's own ``notebooks/`` (developers edit them and their jupytext twins).
"""

from __future__ import annotations

from pathlib import Path

from planning.io.atomic import write_atomic
from planning.io.resources import is_installed, notebooks_folder, package_path
from planning.workspace.housekeeping import NOTEBOOKS_FOLDER


def staff_folder(workspace: Path) -> Path:
    """Where the copies for ``workspace`` go: inside it, unless it is the package's demo."""
    workspace = workspace.resolve()
    if workspace.is_relative_to(package_path().resolve()):
        from platformdirs import user_data_dir

        return Path(user_data_dir("planning", appauthor=False)) / "demo-notebooks"
    return workspace / NOTEBOOKS_FOLDER


def lab_folder(workspace: Path) -> tuple[Path, list[str]]:
    """The folder JupyterLab opens, and the notebooks copied into it just now.

    Installed: every shipped notebook missing from the staff folder is copied in; one
    that is there is left as it is (staff may have changed it)."""
    shipped = notebooks_folder()
    if not is_installed():
        return shipped, []
    target = staff_folder(workspace)
    target.mkdir(parents=True, exist_ok=True)
    copied = []
    for notebook in sorted(shipped.glob("*.ipynb")):
        copy = target / notebook.name
        if not copy.exists():
            write_atomic(copy, notebook.read_bytes())  # never half a notebook
            copied.append(notebook.name)
    return target, copied
