"""Survey intake and needs: any export in, canonical responses and needs per village out.

sources      read CSV/XLSX/SPSS/LimeSurvey exports as text
mapping      the TOML mapping contract (export headers -> canonical columns)
importer     validate, quarantine, pseudonymise, append atomically
coding       free text -> themes (Dutch lexicon, overrides, report)
needs        weighted needs per village x theme x horizon
suppression  publishable(): counts under 5 shown as "<5"
channels     respondents per channel, age profile against the population
"""

from __future__ import annotations

import importlib
from typing import Any

_EXPORTS: dict[str, str] = {
    "import_survey": "planning.survey.importer",
    "ImportResult": "planning.survey.importer",
    "needs": "planning.survey.needs",
    "needs_from_frames": "planning.survey.needs",
    "post_stratify": "planning.survey.needs",
    "weights": "planning.survey.needs",
    "publishable": "planning.survey.suppression",
    "code_text": "planning.survey.coding",
    "coding_report": "planning.survey.coding",
    "lexicon_for": "planning.survey.coding",
    "volunteers_offered": "planning.survey.channels",
    "representativeness": "planning.survey.channels",
    "channel_counts": "planning.survey.channels",
    "age_profile_chart": "planning.survey.channels",
    "quotes": "planning.survey.channels",
    "load_mapping": "planning.survey.mapping",
    "Mapping": "planning.survey.mapping",
    "read_export": "planning.io.sources",
}

__all__ = list(_EXPORTS)


def __getattr__(name: str) -> Any:
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module 'planning.survey' has no attribute {name!r}")
    value = getattr(importlib.import_module(module), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(__all__)
