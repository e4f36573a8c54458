"""The ipywidgets views used by the notebooks and the session app.

Each view is a small class around the package's API: its widgets are
attributes, so a test drives it by setting ``.value`` and calling ``.click()``
and then reads the store, with no browser. ``display(view)`` (or leaving the view
as the last expression of a cell) shows it.
"""

from __future__ import annotations

import importlib
from typing import Any

_EXPORTS = {
    "SessionApp": "planning.widgets.session_app",
    "ScenarioEditor": "planning.widgets.scenario_editor",
    "MonitoringView": "planning.widgets.monitoring_view",
    "EntryForm": "planning.widgets.entry_form",
    "CallbackList": "planning.widgets.callback_list",
    "QuoteReview": "planning.widgets.quote_review",
}

__all__ = list(_EXPORTS)


def __getattr__(name: str) -> Any:
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module 'planning.widgets' has no attribute {name!r}")
    return getattr(importlib.import_module(module), name)
