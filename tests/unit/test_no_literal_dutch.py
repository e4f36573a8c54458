"""No Dutch sentence is written into the command or the widgets: staff's words come from the one
catalogue (planning.i18n), so ``--lang en`` and a workspace in English reach every line.

An AST scan of every string literal in planning/cli and planning/widgets, the constant parts of
f-strings included and docstrings left out, for words only Dutch uses.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[2] / "planning"
SCANNED = sorted([*PACKAGE.glob("cli/*.py"), *PACKAGE.glob("widgets/*.py")])

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
}


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
    skip = _docstrings(tree)
    hits = []
    for node in ast.walk(tree):
        if not (isinstance(node, ast.Constant) and isinstance(node.value, str)):
            continue
        if id(node) in skip or node.value in ALLOWED or not DUTCH.search(node.value):
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


@pytest.mark.parametrize("path", SCANNED, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_no_dutch_literal_in_the_command_or_the_widgets(path: Path) -> None:
    hits = dutch_literals(path)
    assert not hits, "words for staff belong in planning/i18n (text(key, lang)):\n" + "\n".join(
        hits
    )
