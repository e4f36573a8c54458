"""The Dutch words the survey reads by, kept as packaged data files rather than code.

Answer words ('weet ik niet', 'heel belangrijk'), header aliases, the words around
identifiers and names in free text, and the theme lexicon are data about how residents and
survey tools write, not messages for staff: they live in ``planning/survey/data/*.toml``
(shipped in the wheel, found through ``planning.io.resources``), where a maintainer extends
them without touching code. Each module reads its table once, when it is imported.
"""

from __future__ import annotations

import tomllib
from typing import Any

from planning.io.resources import package_path


def word_lists(name: str) -> dict[str, Any]:
    """The tables of ``planning/survey/data/<name>.toml``."""
    with package_path("survey", "data", f"{name}.toml").open("rb") as handle:
        return tomllib.load(handle)


def pattern(alternatives: list[str]) -> str:
    """The alternatives of a regular expression as one non-capturing group."""
    return "(?:" + "|".join(alternatives) + ")"
