"""The Voila template of the code-free app and the session app, ready to serve.

The template (``jupyter_data/voila/templates/dorpsplan``) is static except for its
words and colours: those come from the one catalogue (planning.i18n) and the one
palette (planning.charts.style), written into ``words.j2`` of a copy for the
workspace's language. The copy's folder goes first on ``JUPYTER_PATH``, where Voila
looks for templates by name.
"""

from __future__ import annotations

import json
import os
import shutil
import tempfile
from collections.abc import Sequence
from pathlib import Path

from planning.charts.style import PALETTE
from planning.cli._voila_hooks import CONFIG
from planning.i18n import text
from planning.io.resources import package_path

TEMPLATE = "dorpsplan"
SOURCE = package_path("cli", "jupyter_data")


def _literal(value: object) -> str:
    """A Jinja literal: JSON strings, lists and objects read the same in Jinja."""
    return json.dumps(value, ensure_ascii=False)


def words_j2(notebooks: Sequence[str], lang: str) -> str:
    """The generated part of the template: the words in ``lang`` and the palette."""
    menu = [
        [f"{stem}.ipynb", text(f"app.nb.{stem}", lang), text(f"app.about.{stem}", lang)]
        for stem in notebooks
    ]
    values = {
        "lang": lang,
        "title": text("app.title", lang),
        "intro": text("app.intro", lang),
        "loading": text("app.loading", lang),
        "noscript": text("app.noscript", lang),
        "menu": menu,
        "colours": {k: PALETTE[k] for k in ("green", "green_light", "ink", "grey")},
    }
    return "".join(f"{{% set {k} = {_literal(v)} %}}\n" for k, v in values.items())


def prepare(notebooks: Sequence[str], lang: str) -> Path:
    """A fresh folder holding ``voila/templates/dorpsplan`` with its words and
    ``config/voila.py`` (the prelaunch hook, planning.cli._voila_hooks); the caller
    removes it (``shutil.rmtree``) when the server stops."""
    root = Path(tempfile.mkdtemp(prefix="planning-voila-"))
    target = root / "voila" / "templates" / TEMPLATE
    shutil.copytree(SOURCE / "voila" / "templates" / TEMPLATE, target)
    (target / "words.j2").write_text(words_j2(notebooks, lang), encoding="utf-8")
    (root / "config").mkdir()
    (root / "config" / "voila.py").write_text(CONFIG, encoding="utf-8")
    return root


def jupyter_path(root: Path, env: dict[str, str]) -> str:
    """``root`` first on JUPYTER_PATH, the rest kept."""
    rest = env.get("JUPYTER_PATH", "")
    return os.pathsep.join([str(root), *([rest] if rest else [])])


def jupyter_config_path(root: Path, env: dict[str, str]) -> str:
    """``root/config`` first on JUPYTER_CONFIG_PATH (where Voila reads ``voila.py``)."""
    rest = env.get("JUPYTER_CONFIG_PATH", "")
    return os.pathsep.join([str(root / "config"), *([rest] if rest else [])])
