"""argparse in the user's language: Dutch unless --lang en or the workspace says en.

argparse looks every message up through gettext (its module-level ``_`` and
``ngettext``) when it builds a parser and when it reports an error. For Dutch the
workbook answers those lookups from the one catalogue (keys ``argparse:<msgid>``),
for as long as the command line is being parsed; an id the catalogue lacks stays
English. Nothing else in the process is touched.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import tomllib
from collections.abc import Iterator, Sequence
from pathlib import Path

from planning.i18n.catalogue import CATALOGUE

#: the settings file of a workspace (planning.workspace.folder.WORKSPACE_FILE; that module
#: loads pandas, which argument errors must not wait for)
_SETTINGS = "workspace.toml"


def chosen_language(words: Sequence[str]) -> str:
    """'en' for --lang en (or --lang=en), else the workspace's lang, else 'nl'."""
    for i, word in enumerate(words):
        if word == "--lang" and i + 1 < len(words):
            return "en" if words[i + 1] == "en" else "nl"
        if word.startswith("--lang="):
            return "en" if word.endswith("=en") else "nl"
    folder = os.environ.get("PLANNING_WORKSPACE")
    for i, word in enumerate(words):
        if word == "--workspace" and i + 1 < len(words):
            folder = words[i + 1]
        elif word.startswith("--workspace="):
            folder = word.split("=", 1)[1]
    if folder:
        try:
            with (Path(folder) / _SETTINGS).open("rb") as handle:
                return "en" if tomllib.load(handle).get("lang") == "en" else "nl"
        except (OSError, tomllib.TOMLDecodeError, UnicodeDecodeError):
            pass  # the command itself reports a missing or broken workspace
    return "nl"


def _dutch(message: str) -> str:
    entry = CATALOGUE.get(f"argparse:{message}")
    return entry[0] if entry else message


@contextlib.contextmanager
def argparse_language(lang: str) -> Iterator[None]:
    """argparse's usage, help and errors in ``lang`` while the block runs."""
    if lang == "en":
        yield
        return
    # argparse's gettext hooks are module globals its stubs do not declare
    saved = argparse._, argparse.ngettext  # type: ignore[attr-defined]
    argparse._ = _dutch  # type: ignore[attr-defined]
    argparse.ngettext = lambda one, many, n: _dutch(one if n == 1 else many)  # type: ignore[attr-defined]
    try:
        yield
    finally:
        argparse._, argparse.ngettext = saved  # type: ignore[attr-defined]
