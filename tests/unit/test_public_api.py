"""The public API: what the README documents is exactly ``planning.__all__``, every name
resolves, and ``import planning`` stays light."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import planning

README = Path(__file__).resolve().parents[2] / "README.md"


def documented_names() -> set[str]:
    text = README.read_text(encoding="utf-8")
    section = text.split("### Public API", 1)[1].split("\n## ", 1)[0]
    listed = section.split("offers, as `planning.<name>`:", 1)[1].split("`tests/unit/", 1)[0]
    return set(re.findall(r"`(\w+)`", listed))


def test_readme_documents_exactly_the_public_api() -> None:
    assert documented_names() == set(planning.__all__)
    assert len(planning.__all__) == len(set(planning.__all__))


def test_every_public_name_resolves() -> None:
    for name in planning.__all__:
        assert getattr(planning, name) is not None, name


def test_import_planning_loads_no_heavy_library() -> None:
    code = (
        "import sys, planning; "
        "print(','.join(m for m in ('matplotlib', 'typst', 'sqlalchemy', 'pandas') "
        "if m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == ""
