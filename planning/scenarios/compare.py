"""Scenarios side by side: the headline figures per scenario and horizon, for a note to the
alderman or the comparison chart."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import numpy as np
import pandas as pd

from planning.scenarios.evaluate import Sources, evaluator_for

if TYPE_CHECKING:
    from planning.workspace.folder import Workspace
    from planning.workspace.scenario_file import Scenario


@dataclass
class Comparison:
    """Scenarios side by side: one row per scenario and horizon (drawn by
    ``planning.charts.comparison.comparison_chart``)."""

    frame: pd.DataFrame
    results: list[dict[str, Any]]


def compare(
    ws: Workspace, scenarios: list[Scenario], *, sources: Sources | None = None
) -> Comparison:
    """Evaluate each scenario and lay the headline figures side by side."""
    ev = evaluator_for(ws, sources)
    results = ev.evaluate_many(scenarios)
    rows = []
    for result in results:
        for h, r in result["horizons"].items():
            ratios = [c for c in r["coverage"].values() if c is not None]
            rows.append(
                {
                    "scenario": result["scenario"],
                    "village_id": result["village_id"],
                    "horizon": int(h),
                    "year": r["year"],
                    "inhabitants": r["inhabitants"],
                    "themes_with_gap": len(r["gaps"]),
                    "mean_coverage": float(np.mean(np.minimum(ratios, 1.0))) if ratios else None,
                    "share_within_walk": r["distance_coverage"].get("share_within_walk"),
                    "cost_cumulative": r["costs"]["cumulative"],
                    "cost_yearly": r["costs"]["yearly"],
                    "volunteers_needed": r["volunteers"]["needed"],
                    "volunteers_offered": r["volunteers"]["offered"],
                }
            )
    return Comparison(pd.DataFrame(rows), results)
