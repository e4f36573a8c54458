"""Village planning workbook: from residents' answers to a village plan.

The public API is re-exported here. Modules load on first use, so
``import planning`` stays fast and pulls in neither matplotlib, typst nor
SQLAlchemy until a chart, a PDF or the store is asked for.
"""

from __future__ import annotations

import importlib
from typing import Any

from planning.errors import (
    ExportError,
    PlanningError,
    Problem,
    ScenarioError,
    SessionError,
    StoreError,
    SurveyImportError,
    ValidationError,
    WorkspaceError,
)

__version__ = "0.1.0"

#: public name -> module that defines it (loaded lazily)
_EXPORTS: dict[str, str] = {
    "Settings": "planning.config",
    "load_settings": "planning.config",
    "Workspace": "planning.workspace",
    "open_workspace": "planning.workspace",
    "demo_path": "planning.workspace",
    "default_workspace": "planning.workspace",
    "village_status": "planning.overview",
    "problem_table": "planning.overview",
    "import_survey": "planning.survey",
    "needs": "planning.survey",
    "publishable": "planning.survey",
    "code_text": "planning.survey",
    "volunteers_offered": "planning.survey",
    "representativeness": "planning.survey",
    "channel_counts": "planning.survey",
    "facility_qualities": "planning.inventory",
    "coverage": "planning.access",
    "village_map": "planning.access",
    "match": "planning.matching",
    "gaps": "planning.matching",
    "record_match": "planning.matching",
    "project": "planning.population",
    "Scenario": "planning.scenario",
    "Action": "planning.scenario",
    "load_toml": "planning.scenario",
    "dump_toml": "planning.scenario",
    "evaluate": "planning.evaluation",
    "compare": "planning.evaluation",
    "build_plan": "planning.plan",
    "VillagePlan": "planning.plan",
}

__all__ = [
    "ExportError",
    "PlanningError",
    "Problem",
    "ScenarioError",
    "SessionError",
    "StoreError",
    "SurveyImportError",
    "ValidationError",
    "WorkspaceError",
    *_EXPORTS,
]


def __getattr__(name: str) -> Any:
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module 'planning' has no attribute {name!r}")
    value = getattr(importlib.import_module(module), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(__all__)
