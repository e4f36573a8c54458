"""Catchments from the kd-tree of village centroids equal the full villages x facilities matrix."""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from planning.analysis.access import village_facility_distance
from planning.analysis.supply import catchments
from planning.workspace.folder import open_workspace


def _brute_force(ws) -> pd.DataFrame:  # type: ignore[no-untyped-def]
    """Every provision against every village through the distance matrix."""
    cycle = ws.settings.thresholds.cycle_m
    dist = village_facility_distance(ws)
    villages = list(dist.index)
    inhabitants = ws.inhabitants().reindex(villages).fillna(0).astype(float)
    rows = []
    for prov in ws.provisions.itertuples(index=False):
        listed = list(prov.villages) if isinstance(prov.villages, list) else []
        fac = None if pd.isna(prov.facility_id) else str(prov.facility_id)
        served = {}
        for vid in villages:
            d = float(dist.at[vid, fac]) if fac in dist.columns else None
            if "*" in listed:
                served[vid] = ("everywhere", d)
            elif vid in listed:
                served[vid] = ("listed", d)
            elif d is not None and d <= cycle:
                served[vid] = ("nearby", d)
        total = sum(inhabitants[v] for v in served)
        for vid, (how, d) in served.items():
            rows.append(
                (str(prov.provision_id), vid, how, d, inhabitants[vid] / total, len(served))
            )
    return pd.DataFrame(rows, columns=list(catchments(ws).columns))


def test_catchments_equal_the_brute_force_matrix(demo_ws: Path) -> None:
    ws = open_workspace(demo_ws)
    mine = catchments(ws)
    assert (mine["how"] == "nearby").any() and (mine["how"] == "everywhere").any()
    pd.testing.assert_frame_equal(mine, _brute_force(ws), check_dtype=False, rtol=1e-12)
