"""Village planning workbook: from residents' answers to a village plan.

The public API is re-exported here. Modules load on first use, so
``import planning`` stays fast and pulls in neither matplotlib, typst nor
SQLAlchemy until a chart, a PDF or the store is asked for.
"""

from __future__ import annotations

import importlib
from importlib import metadata
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

try:  # the version the wheel was built with (pyproject.toml), as `planning --version` says
    __version__ = metadata.version("planning-workbook")
except metadata.PackageNotFoundError:  # run from a source tree that was never installed
    __version__ = "0+unknown"

#: public name -> module that defines it (loaded lazily); "module:name" when the public name
#: differs from the name in that module
_EXPORTS: dict[str, str] = {
    "Settings": "planning.workspace.settings",
    "load_settings": "planning.workspace.settings",
    "Workspace": "planning.workspace.folder",
    "open_workspace": "planning.workspace.folder",
    "demo_path": "planning.workspace.folder",
    "default_workspace": "planning.workspace.folder",
    "village_status": "planning.plan.overview",
    "village_progress": "planning.plan.overview",
    "problem_table": "planning.plan.overview",
    "problems_message": "planning.plan.overview",
    "import_survey": "planning.survey.importer",
    "needs": "planning.survey.needs",
    "publishable": "planning.survey.suppression",
    "code_text": "planning.survey.coding",
    "volunteers_offered": "planning.survey.channels",
    "representativeness": "planning.survey.channels",
    "channel_counts": "planning.survey.channels",
    "age_profile_chart": "planning.charts.survey",
    "facility_qualities": "planning.analysis.facilities",
    "coverage": "planning.analysis.access",
    "village_map": "planning.charts.village_map",
    "match": "planning.analysis.matching",
    "gaps": "planning.analysis.gaps",
    "record_match": "planning.analysis.match_records",
    "project": "planning.analysis.population",
    "latest_figures": "planning.analysis.monitoring:latest",
    "trend_chart": "planning.charts.monitoring",
    "open_store": "planning.store",
    "list_scenarios": "planning.store.scenarios",
    "load_scenario": "planning.store.scenarios",
    "Scenario": "planning.workspace.scenario_file",
    "Action": "planning.workspace.scenario_file",
    "load_toml": "planning.workspace.scenario_file",
    "dump_toml": "planning.workspace.scenario_file",
    "evaluate": "planning.scenarios.evaluate",
    "compare": "planning.scenarios.compare",
    "build_plan": "planning.plan.build",
    "VillagePlan": "planning.plan.village_plan",
    "export_village": "planning.report.export",
    "plans_dir": "planning.plan.files",
    "ScenarioEditor": "planning.widgets.scenario_editor",
    "SessionApp": "planning.widgets.session_app",
    "MonitoringView": "planning.widgets.monitoring_view",
    "OverviewView": "planning.widgets.overview_view",
    "EntryForm": "planning.widgets.entry_form",
    "CallbackList": "planning.widgets.callback_list",
    "QuoteReview": "planning.widgets.quote_review",
    "VillagePicker": "planning.widgets.village_picker",
    "PlanExport": "planning.widgets.plan_export",
    "show": "planning.widgets.village_picker",
    "view": "planning.report.workbook_views",
    "frame_view": "planning.report.views",
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
    target = _EXPORTS.get(name)
    if target is None:
        raise AttributeError(f"module 'planning' has no attribute {name!r}")
    module, _, attr = target.partition(":")
    value = getattr(importlib.import_module(module), attr or name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(__all__)
