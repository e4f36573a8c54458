"""The files that travel inside the package: templates, reference data, the demo and the
notebooks, found through ``importlib.resources``.

Installed from the wheel (``uv tool install``, ``pip install``), the demo workspace and
the guided notebooks live inside the package (``planning/_demo``, ``planning/_notebooks``,
placed there by pyproject.toml's ``force-include``); in a checkout they stay where the
project keeps them (``data/demo``, ``notebooks/``), beside the package. One function per
question, so no module builds a path from ``__file__`` and works only in one of the two.
"""

from __future__ import annotations

from importlib import resources
from pathlib import Path

#: where the wheel puts the checkout's data/demo and notebooks/ (pyproject.toml)
PACKAGED_DEMO = "_demo"
PACKAGED_NOTEBOOKS = "_notebooks"


def package_path(*parts: str, package: str = "planning") -> Path:
    """A file or folder shipped inside ``package``, as a path on disk.

    Typst, Voila, JupyterLab and ``shutil.copytree`` need real folders; a wheel installed
    by pip or uv is always unpacked on disk, so the resource is a ``Path``. A package
    imported from a zip file is not supported, and said so rather than failing later.
    """
    resource = resources.files(package).joinpath(*parts)
    if not isinstance(resource, Path):
        raise RuntimeError(f"{package}/{'/'.join(parts)} is not on disk ({resource!r})")
    return resource


def checkout_path(*parts: str) -> Path:
    """A path in the checkout beside the package (``data/demo``, ``notebooks``)."""
    return package_path().parent.joinpath(*parts)


def is_installed() -> bool:
    """True when the package came from the wheel (it carries the demo), False in a checkout."""
    return package_path(PACKAGED_DEMO).is_dir()


def demo_folder() -> Path:
    """The embedded demo workspace: ``planning/_demo`` installed, ``data/demo`` in a checkout."""
    return package_path(PACKAGED_DEMO) if is_installed() else checkout_path("data", "demo")


def notebooks_folder() -> Path:
    """The guided notebooks as shipped: ``planning/_notebooks`` installed, ``notebooks/`` in
    a checkout. Served read-only by the apps; ``planning lab`` works on copies when installed
    (planning.cli._notebooks)."""
    packaged = package_path(PACKAGED_NOTEBOOKS)
    return packaged if packaged.is_dir() else checkout_path("notebooks")
