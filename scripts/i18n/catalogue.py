"""Keep the catalogue sound: compile the .po files to .mo, and check them.

    python scripts/i18n/catalogue.py compile   # after editing a .po file
    python scripts/i18n/catalogue.py check     # in CI: exit 1 and a list on any fault

The check fails on what a translator or a developer can get wrong without noticing:
a key defined twice (GNU msgfmt's own check, which Babel's reader would merge silently),
a key one language has and the other lacks, an empty translation, ``{fields}`` that differ
between the languages (the code fills them by name), a plural entry without its forms, a
``.mo`` that no longer matches its ``.po``, and a key the code asks for by name that no
language has.
"""

from __future__ import annotations

import ast
import io
import os
import shutil
import string
import subprocess
import sys
from pathlib import Path

from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po

ROOT = Path(__file__).resolve().parents[2]
LOCALE = ROOT / "planning" / "i18n" / "locale"
CODE = ROOT / "planning"
LANGUAGES = ("nl", "en")
#: the functions that take a catalogue key as their first argument
KEYWORDS = ("text", "label")


def po_path(locale: Path, lang: str) -> Path:
    return locale / lang / "LC_MESSAGES" / "planning.po"


def compiled(po: Path) -> bytes:
    """The .mo bytes of ``po`` as Babel writes them (the same bytes every time)."""
    with po.open("rb") as handle:
        catalog = read_po(handle)
    out = io.BytesIO()
    write_mo(out, catalog)
    return out.getvalue()


def compile_all(locale: Path = LOCALE) -> None:
    for lang in LANGUAGES:
        po = po_path(locale, lang)
        po.with_suffix(".mo").write_bytes(compiled(po))


def _fields(words: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(words) if name}


def _entries(po: Path) -> dict[str, tuple[str, ...]]:
    with po.open("rb") as handle:
        catalog = read_po(handle)
    found: dict[str, tuple[str, ...]] = {}
    for message in catalog:
        if not message.id:
            continue
        key = message.id[0] if isinstance(message.id, tuple) else message.id
        forms = message.string if isinstance(message.string, tuple) else (message.string,)
        found[key] = tuple(forms) if isinstance(message.id, tuple) else (forms[0],)
    return found


def _literal_keys(node: ast.expr) -> list[str]:
    """The keys a first argument can be: a literal, or either literal of ``a if c else b``."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return [node.value]
    if isinstance(node, ast.IfExp):
        return _literal_keys(node.body) + _literal_keys(node.orelse)
    return []


def used_keys(code: Path = CODE) -> dict[str, str]:
    """Every key the code names literally in text(...) or label(...): key -> where.

    Babel's extractor would also take SQLAlchemy's ``sa.text("SELECT ...")`` and
    ``column.label(...)`` and join the two literals of a conditional into one key, so
    the calls are read from the syntax tree: plain names only, each literal apart.
    """
    found: dict[str, str] = {}
    for path in sorted(code.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        for node in ast.walk(tree):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Name)
                and node.func.id in KEYWORDS
                and node.args
            ):
                for key in _literal_keys(node.args[0]):
                    found.setdefault(key, f"{path.relative_to(code.parent)}:{node.lineno}")
    return found


def check(locale: Path = LOCALE, code: Path = CODE) -> list[str]:
    problems: list[str] = []
    msgfmt = shutil.which("msgfmt")
    if msgfmt is None:
        problems.append("msgfmt (GNU gettext) is not installed: duplicates cannot be checked")
    entries: dict[str, dict[str, tuple[str, ...]]] = {}
    for lang in LANGUAGES:
        po = po_path(locale, lang)
        if msgfmt is not None:
            run = subprocess.run(
                [msgfmt, "--check", "-o", os.devnull, str(po)], capture_output=True, text=True
            )
            if run.returncode != 0:
                problems.extend(line for line in run.stderr.splitlines() if line.strip())
        entries[lang] = _entries(po)
        mo = po.with_suffix(".mo")
        if not mo.exists() or mo.read_bytes() != compiled(po):
            problems.append(f"{mo}: not compiled from {po.name} (run: catalogue.py compile)")
    nl, en = entries["nl"], entries["en"]
    for key in sorted(nl.keys() - en.keys()):
        problems.append(f"{key}: Dutch only, no English words")
    for key in sorted(en.keys() - nl.keys()):
        problems.append(f"{key}: English only, no Dutch words")
    for key in sorted(nl.keys() & en.keys()):
        forms = nl[key] + en[key]
        if any(not form for form in forms):
            problems.append(f"{key}: an empty translation")
        if len(nl[key]) != len(en[key]):
            problems.append(f"{key}: plural forms in one language only")
        if len({frozenset(_fields(form)) for form in forms}) > 1:
            problems.append(f"{key}: the fields differ between the forms: {forms}")
    for key, where in sorted(used_keys(code).items()):
        if key not in nl:
            problems.append(f"{key}: asked for at {where}, but no language has it")
    return problems


def main(argv: list[str]) -> int:
    if argv[1:] == ["compile"]:
        compile_all()
        return 0
    if argv[1:] == ["check"]:
        problems = check()
        for problem in problems:
            print(problem)
        print(f"catalogue: {len(problems)} problems" if problems else "catalogue: sound")
        return 1 if problems else 0
    print(__doc__)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv))
