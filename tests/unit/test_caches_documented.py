"""Every in-process memory is named in docs/architecture.md ("Caches"), and every name there
still exists: a new ``functools`` cache or a module-level dict filled at run time cannot
slip in beside ``Workspace.cached`` unnoticed, nor a documented one go stale."""

from __future__ import annotations

import ast
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PACKAGE = ROOT / "planning"
CACHE_DECORATORS = {"cache", "lru_cache", "cached_property"}
CONTAINERS = {"dict", "list", "set", "OrderedDict", "defaultdict", "deque", "Counter"}
MUTATORS = {
    "append",
    "extend",
    "insert",
    "setdefault",
    "update",
    "pop",
    "popitem",
    "clear",
    "move_to_end",
    "add",
    "discard",
    "remove",
}


def _section() -> str:
    text = (ROOT / "docs" / "architecture.md").read_text(encoding="utf-8")
    return text.split("## Caches", 1)[1].split("\n## ", 1)[0]


def _decorator_name(node: ast.expr) -> str:
    if isinstance(node, ast.Call):
        node = node.func
    if isinstance(node, ast.Attribute):
        return node.attr
    return node.id if isinstance(node, ast.Name) else ""


def _container(value: ast.expr | None) -> bool:
    if isinstance(value, ast.Call):
        return _decorator_name(value) in CONTAINERS
    return isinstance(value, (ast.Dict, ast.List, ast.Set, ast.DictComp, ast.ListComp, ast.SetComp))


def memories(tree: ast.Module) -> set[str]:
    """Names in one module that remember across calls: functions under a functools cache,
    module-level names a function fills or empties, names a function makes ``global``."""
    top: set[str] = set()  # module-level containers (a table or a client is not one)
    for node in tree.body:
        targets = node.targets if isinstance(node, ast.Assign) else []
        if isinstance(node, ast.AnnAssign):
            targets = [node.target]
        if isinstance(node, (ast.Assign, ast.AnnAssign)) and _container(node.value):
            top |= {t.id for t in targets if isinstance(t, ast.Name)}
    found: set[str] = set()
    for func in ast.walk(tree):
        if not isinstance(func, (ast.FunctionDef, ast.AsyncFunctionDef)):
            continue
        if any(_decorator_name(d) in CACHE_DECORATORS for d in func.decorator_list):
            found.add(func.name)
        for node in ast.walk(func):
            if isinstance(node, ast.Global):
                found |= set(node.names)
            elif isinstance(node, (ast.Assign, ast.AugAssign, ast.Delete)):
                targets = node.targets if not isinstance(node, ast.AugAssign) else [node.target]
                for t in targets:
                    if isinstance(t, ast.Subscript) and isinstance(t.value, ast.Name):
                        found |= {t.value.id} & top
            elif (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Attribute)
                and node.func.attr in MUTATORS
                and isinstance(node.func.value, ast.Name)
            ):
                found |= {node.func.value.id} & top
    return found


def test_the_detector_finds_each_kind_of_memory() -> None:
    source = (
        "from functools import cache, lru_cache\n"
        "import functools\n"
        "SEEN = {}\nORDER = []\nCONSTANT = {'a': 1}\nLATER = None\nT = sa.Table('t')\n"
        "@cache\ndef a(): ...\n"
        "@functools.lru_cache(maxsize=2)\ndef b(): ...\n"
        "def c(k):\n    SEEN[k] = 1\n    ORDER.append(k)\n    T.insert()\n    return CONSTANT[k]\n"
        "def d():\n    global LATER\n    LATER = 1\n"
    )
    assert memories(ast.parse(source)) == {"a", "b", "SEEN", "ORDER", "LATER"}


def test_every_memory_of_the_package_is_named_in_the_caches_section() -> None:
    section = _section()
    missing = []
    for path in sorted(PACKAGE.rglob("*.py")):
        module = path.relative_to(PACKAGE).with_suffix("").as_posix()
        for name in memories(ast.parse(path.read_text(encoding="utf-8"))):
            if f"`{module}.{name}`" not in section:
                missing.append(f"{module}.{name}")
    assert missing == []


def test_every_name_in_the_caches_section_exists() -> None:
    named = re.findall(r"`([a-z_]+(?:/[a-z_]+)+)\.(?!py`)([A-Za-z_]+)`", _section())
    assert len(named) >= 12
    stale = [
        f"{module}.{name}"
        for module, name in named
        if not (PACKAGE / f"{module}.py").is_file()
        or not re.search(
            rf"^\s*(def|class) {name}\b|^{name}\b",
            (PACKAGE / f"{module}.py").read_text(encoding="utf-8"),
            re.MULTILINE,
        )
    ]
    assert stale == []
