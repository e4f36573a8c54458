"""The trekker list of a meeting: the partners of the village's municipality and regional ones."""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from planning.analysis.local_partners import local_partners
from planning.workspace.folder import open_workspace


def test_partners_follow_commitments_and_names(demo_ws: Path) -> None:
    ws = open_workspace(demo_ws)
    # independently: the municipalities each partner has a commitment in
    villages = pd.read_csv(demo_ws / "villages.csv")
    commitments = pd.read_csv(demo_ws / "commitments.csv").merge(villages, on="village_id")
    committed = commitments.groupby("partner_id")["municipality"].agg(set).to_dict()
    roden = set(local_partners(ws, "roden")["partner_id"])
    diever = set(local_partners(ws, "diever")["partner_id"])
    for partner, municipalities in committed.items():
        assert (partner in roden) == ("Noordenveld" in municipalities), partner
        assert (partner in diever) == ("Westerveld" in municipalities), partner
    # no commitment: the name tells, else the partner is regional and listed for both
    assert "sociaal-team-noordenveld" in roden and "sociaal-team-noordenveld" not in diever
    assert "havelte-kerk" in diever and "havelte-kerk" not in roden
    assert {"ggd-drenthe", "voedselbank", "jeugdfonds"} <= roden & diever
    assert roden | diever == set(ws.partners["partner_id"])
    assert len(local_partners(ws, None)) == len(ws.partners)
