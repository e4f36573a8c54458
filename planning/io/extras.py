"""Optional parts of the wheel: a heavy dependency that serves one feature is an extra.

``pip install planning-workbook`` leaves out what only some municipalities use: the
PostgreSQL driver for a team's shared store (extra ``postgres``) and the SPSS reader for
``.sav`` survey exports (extra ``spss``). A feature whose part is missing stops with one
sentence naming the command that installs it, never a traceback about a module.
"""

from __future__ import annotations

import importlib
from types import ModuleType

from planning.errors import PlanningError, Said

#: extra -> the module it brings (pyproject.toml [project.optional-dependencies])
EXTRAS = {"postgres": "psycopg", "spss": "pyreadstat"}


def require(extra: str) -> ModuleType:
    """The module of ``extra``, imported; a clear message when that extra is not installed."""
    module = EXTRAS[extra]
    try:
        return importlib.import_module(module)
    except ModuleNotFoundError as exc:
        if exc.name != module:
            raise  # the part is there but broken: its own error says more
        raise PlanningError(
            key="package.extra_missing",
            feature=Said(f"package.feature.{extra}"),
            module=module,
            extra=extra,
        ) from None
