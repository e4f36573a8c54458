"""No Dutch sentence is written into the code: staff's words come from the one catalogue
(planning.i18n), so ``--lang en`` and a workspace in English reach every line.

An AST scan of every string literal in planning/ (the catalogue itself left out), the constant
parts of f-strings included and docstrings left out, for words only Dutch uses. Data that is
Dutch on purpose is left out explicitly: header aliases (``aliases=``), the patterns that read
Dutch cells (regular expressions), the words of yes/no cells, and the few literals in ALLOWED.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

from planning.i18n import CATALOGUE  # a literal that is a catalogue key is a key, not words

PACKAGE = Path(__file__).resolve().parents[2] / "planning"
SCANNED = sorted(p for p in PACKAGE.rglob("*.py") if "i18n" not in p.relative_to(PACKAGE).parts)

#: words a Dutch sentence for staff nearly always holds and English text never does
DUTCH = re.compile(
    r"\b(de|het|een|geen|nog|niet|niets|kies|kiezen|werkmap|bijeenkomst|bijeenkomsten|"
    r"opgeslagen|vastgelegd|let op|voor|van|naar|jaar|kern|kernen|aanbod|vraag|thema|"
    r"termijn|inwoners|deelnemer|stip|stippen|besluit|besluiten|rangorde|keuze|keus|"
    r"trekker|bestand|map|rijen|problemen|gekozen|nieuwe?|zonder|alleen|standaard|"
    r"waarnemingen|scenariobestand(en)?|geschreven|terugnemen|vernieuwen|opslaan|"
    r"ingelezen|bijgewerkt|dekking|kosten|vrijwilligers|uitslag|aanwezig|verwijderen|"
    r"overnemen|toevoegen|ophangen|beamer|terug|soort|titel|datum|naam|plek|leeftijd)\b",
    re.IGNORECASE,
)

#: literals that are data or names, not words for a person
ALLOWED = {
    "--ondanks-fouten",  # the Dutch spelling of --force, an option name
    "--kernen-toevoegen",  # the Dutch spelling of --add-villages, an option name
    "handmatige invoer",  # the survey source of hand-entered answers, stored as data
    "niet",  # a 'no' cell (planning.io.cells.FALSE_WORDS)
    "vrijwilligers",  # the Dutch label of the theme 'volunteering' (workspace data)
    "kern",  # a Dutch header alias outside an aliases= tuple (observations, municipalities)
    "jaar",  # a Dutch header alias (observations: the period column)
    "datum",  # a Dutch header alias (observations: the period column)
    "leeftijd",  # a Dutch header alias of the register import (workspace.readers.register_read)
    "inwoners",  # a Dutch header alias of the register import (workspace.readers.register_read)
    "niet-begonnen",  # a state as staff type it (planning plan state --state niet-begonnen)
    "niet_begonnen",  # the same, with an underscore
    "map",  # the key of the map among a plan's figures and payload blocks (English 'map')
}

#: calls whose string arguments are patterns over what staff write, not words for them
_PATTERN_CALLS = {"compile", "sub", "match", "fullmatch", "search", "split", "findall"}


def _data(tree: ast.AST) -> set[int]:
    """String constants that are data: header aliases and regular expressions."""
    found = set()
    for node in ast.walk(tree):
        parts: list[ast.AST] = []
        if isinstance(node, ast.keyword) and node.arg == "aliases":
            parts = [node.value]
        elif isinstance(node, ast.Call):
            name = getattr(node.func, "attr", getattr(node.func, "id", ""))
            if name in _PATTERN_CALLS and node.args:
                parts = [node.args[0]]
        for part in parts:
            found |= {id(n) for n in ast.walk(part) if isinstance(n, ast.Constant)}
    return found


def _docstrings(tree: ast.AST) -> set[int]:
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Module | ast.ClassDef | ast.FunctionDef | ast.AsyncFunctionDef):
            first = node.body[0] if node.body else None
            if isinstance(first, ast.Expr) and isinstance(first.value, ast.Constant):
                found.add(id(first.value))
    return found


def dutch_literals(path: Path) -> list[str]:
    """``file:line: 'literal'`` for each string literal in ``path`` that reads as Dutch."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    skip = _docstrings(tree) | _data(tree)
    hits = []
    for node in ast.walk(tree):
        if not (isinstance(node, ast.Constant) and isinstance(node.value, str)):
            continue
        if id(node) in skip or node.value in ALLOWED or node.value in CATALOGUE:
            continue
        if not DUTCH.search(node.value):
            continue
        hits.append((node.lineno, node.col_offset, node.value))
    return [f"{path.name}:{line}: {value!r}" for line, _col, value in sorted(hits)]


def test_the_scan_finds_dutch_in_code_and_f_strings(tmp_path: Path) -> None:
    sample = tmp_path / "sample.py"
    sample.write_text(
        '"""Een docstring mag Nederlands zijn."""\n'
        "def f(n):\n"
        '    """Ook deze."""\n'
        '    print(f"Stip op {n} opgeslagen.")\n'
        '    print("Open deze link in de browser")\n'
        '    return "--ondanks-fouten", "dots", f"{n} dots placed"\n',
        encoding="utf-8",
    )
    hits = dutch_literals(sample)
    assert sorted(h.split(": ", 1)[1] for h in hits) == [
        "' opgeslagen.'",
        "'Open deze link in de browser'",
        "'Stip op '",
    ]


def _name(path: Path) -> str:
    return path.relative_to(PACKAGE).as_posix()


@pytest.mark.parametrize("path", SCANNED, ids=_name)
def test_no_dutch_literal_in_the_package(path: Path) -> None:
    hits = dutch_literals(path)
    assert not hits, "words for staff belong in planning/i18n (text(key, lang)):\n" + "\n".join(
        hits
    )
