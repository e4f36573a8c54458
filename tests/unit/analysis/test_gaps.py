"""Gaps: demand against supply, every figure traced to its inputs."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pandas as pd
import pytest
from helpers.access import facility, make_workspace, offset

from planning.analysis.gaps import gaps
from planning.analysis.population import project
from planning.analysis.supply import supply_detail, unattributed_commitments
from planning.errors import WorkspaceError
from planning.workspace.folder import open_workspace

A = (53.10, 6.40)


def _prov(pid: str, themes: str, villages: str, cap: float, fac: str = "", **kw) -> dict:
    return {
        "provision_id": pid,
        "name": pid.title(),
        "kind": kw.get("kind", "activity"),
        "provider": "Aanbieder",
        "themes": themes,
        "age_min": kw.get("age_min", 18),
        "age_max": kw.get("age_max", 120),
        "villages": villages,
        "facility_id": fac,
        "capacity_per_week": cap,
        "cost_per_year": 0,
    }


@pytest.fixture
def ws(tmp_path: Path):
    b = offset(*A, east_m=4000)
    far = offset(*A, north_m=20000)
    villages = [
        {"village_id": "aa", "name": "Aa", "lat": A[0], "lon": A[1]},
        {"village_id": "bee", "name": "Bee", "lat": b[0], "lon": b[1]},
        {"village_id": "far", "name": "Ver", "lat": far[0], "lon": far[1]},
    ]
    facilities = [
        facility("fa", "aa", *A, themes="meeting;loneliness"),
        facility("fb2", "bee", *offset(*A, east_m=2000)),
        facility("ff", "far", *far),
    ]
    provisions = [
        _prov("local", "loneliness", "aa", 40, "fa"),
        _prov("all", "loneliness;advice", "*", 50),
        _prov("near", "loneliness", "bee", 30, "fb2"),
        _prov("carried", "loneliness", "aa", 20, "fa"),
        _prov("elsewhere", "loneliness", "far", 99, "ff"),
    ]
    commitments = [
        {"commitment_id": "c1", "partner_id": "p1", "village_id": "aa", "facility_id": "fa",
         "provision_id": "carried", "description": "draagt aanbod", "start_year": 2025,
         "end_year": 2030, "hours_per_year": 100, "budget_per_year": 0},
        {"commitment_id": "c2", "partner_id": "p1", "village_id": "aa", "facility_id": "fa",
         "provision_id": "", "description": "zaal open", "start_year": 2026, "end_year": "",
         "hours_per_year": 460, "budget_per_year": 0},
        {"commitment_id": "c3", "partner_id": "p1", "village_id": "aa", "facility_id": "",
         "provision_id": "", "description": "opbouwwerk", "start_year": 2026, "end_year": 2040,
         "hours_per_year": 200, "budget_per_year": 0},
    ]  # fmt: skip
    root = make_workspace(
        tmp_path / "ws",
        villages,
        facilities,
        provisions=provisions,
        commitments=commitments,
        inhabitants={"aa": 1000, "bee": 3000, "far": 1000},
    )
    w = open_workspace(root)
    assert w.problems == []
    return w


NEEDS = pd.DataFrame(
    [
        {"village_id": "aa", "theme": "loneliness", "horizon": h, "respondents": 50,
         "naming": n, "share": s, "indicative": False}
        for h, n, s in [(3, 5, 0.1), (5, 6, 0.12), (10, 10, 0.2)]
    ]
    + [{"village_id": "aa", "theme": "advice", "horizon": 3, "respondents": 50, "naming": 0,
        "share": 0.0, "indicative": False},
       {"village_id": "bee", "theme": "advice", "horizon": 3, "respondents": 9, "naming": 9,
        "share": 1.0, "indicative": True}]
)  # fmt: skip

EXTRA = [
    {
        "source": "scenario:Basis",
        "title": "Inloop",
        "themes": ["loneliness"],
        "capacity_per_week": 15,
        "start_year": 2030,
        "end_year": 2032,
    }
]


def test_hand_computed_supply_and_gaps(ws) -> None:
    # inhabitants held at the 1000 of the table, so demand is share x 1000 by hand
    g = gaps(ws, "aa", needs=NEEDS, extra_supply=EXTRA, population=1000).set_index(
        ["theme", "horizon"]
    )
    lon = g.loc["loneliness"]
    # local 40 + all 50 x 1000/5000 + near 30 x 1000/4000 (aa lies within 3 km of fb2)
    assert lon["supply_provisions"].tolist() == pytest.approx([57.5, 57.5, 57.5])
    # carried 20 while c1 runs (to 2030) + c2: 460 h / 46 weeks x 2 persons per hour = 20
    assert lon["supply_commitments"].tolist() == pytest.approx([40.0, 20.0, 20.0])
    assert lon["supply_extra"].tolist() == pytest.approx([0.0, 15.0, 0.0])
    assert lon["year"].tolist() == [2029, 2031, 2036]
    assert lon["demand"].tolist() == pytest.approx([100.0, 120.0, 200.0])
    assert lon["coverage"].tolist() == pytest.approx([0.975, 92.5 / 120, 77.5 / 200])
    assert lon["status"].tolist() == ["covered", "gap", "gap"]
    assert lon["gap"].tolist() == [False, True, True]
    # nobody named advice: no demand, not a gap; the 10 places still show
    adv = g.loc[("advice", 3)]
    assert adv["status"] == "no_demand" and not adv["gap"]
    assert adv["supply_provisions"] == pytest.approx(10.0)
    # a theme without any need row but with respondents: share 0
    assert g.loc[("youth", 3), "need_share"] == 0.0
    assert unattributed_commitments(ws, "aa") == ["c3"]


def test_every_figure_traces_to_its_parts(ws) -> None:
    g = gaps(ws, "aa", needs=NEEDS, extra_supply=EXTRA)
    detail = supply_detail(ws, "aa", g["year"].unique(), EXTRA)
    summed = detail.groupby(["year", "theme", "source"])["contributed"].sum()
    for row in g.itertuples(index=False):
        for source, col in [
            ("provision", "supply_provisions"),
            ("commitment", "supply_commitments"),
            ("extra", "supply_extra"),
        ]:
            assert getattr(row, col) == pytest.approx(summed.get((row.year, row.theme, source), 0))
        assert row.supply == pytest.approx(
            row.supply_provisions + row.supply_commitments + row.supply_extra
        )
        assert row.demand == pytest.approx(row.need_share * row.inhabitants * row.weekly_share)
        if row.status in ("gap", "covered"):
            assert row.coverage == pytest.approx(row.supply / row.demand)
            assert row.gap == (row.coverage < row.threshold)
    # each contribution is its capacity times its factor, with the reason in words
    assert (detail["contributed"] == detail["capacity_per_week"] * detail["factor"]).all()
    near = detail[(detail["id"] == "near") & (detail["year"] == 2029)].iloc[0]
    assert near["factor"] == pytest.approx(0.25)
    assert "binnen fietsafstand" in near["how"]
    carried = detail[(detail["id"] == "carried")]
    assert set(carried["year"]) == {2029} and "afspraak c1" in carried["how"].iloc[0]
    assert "elsewhere" not in set(detail["id"])


def test_projected_population_and_year(ws) -> None:
    g = gaps(ws, "aa", needs=NEEDS, population={3: 1100, 5: 1200, 10: 1500})
    lon = g[g["theme"] == "loneliness"]
    assert lon["inhabitants"].tolist() == [1100, 1200, 1500]
    assert lon["demand"].tolist() == pytest.approx([110.0, 144.0, 300.0])
    frame = pd.DataFrame(
        {
            "village_id": ["aa", "aa", "bee"],
            "year": [2029, 2029, 2029],
            "inhabitants": [600, 500, 9],
        }
    )
    one = gaps(ws, "aa", year=2029, needs=NEEDS, population=frame)
    assert one["inhabitants"].unique().tolist() == [1100]
    # a year between horizons answers with the next survey horizon
    two = gaps(ws, "aa", year=2028, needs=NEEDS).set_index("theme")
    assert two.at["loneliness", "horizon"] == 2 and two.at["loneliness", "need_horizon"] == 3
    # by default the inhabitants are the workspace's projection, in any year asked for
    projected = project(ws, "aa", horizons=(2,)).totals().loc["aa", 2]
    assert two.at["loneliness", "inhabitants"] == pytest.approx(projected)
    default = gaps(ws, "aa", needs=NEEDS).set_index(["theme", "horizon"]).loc["loneliness"]
    totals = project(ws, "aa").totals().loc["aa"]
    assert default["inhabitants"].tolist() == pytest.approx([totals[h] for h in (3, 5, 10)])


def test_no_survey_is_no_data_not_zero(ws) -> None:
    g = gaps(ws, "aa", needs=NEEDS.iloc[0:0])
    assert set(g["status"]) == {"no_data"}
    assert g["demand"].isna().all() and not g["gap"].any()
    assert (g["supply"] >= 0).all()


def test_unknown_village(ws) -> None:
    with pytest.raises(WorkspaceError, match="bedoelt u 'bee'"):
        gaps(ws, "be", needs=NEEDS)


def test_demo_gaps_shape_and_speed_path() -> None:
    ws = open_workspace()
    needs = pd.DataFrame(
        [
            {"village_id": "roden", "theme": t, "horizon": h, "respondents": 80,
             "naming": 20, "share": 0.25, "indicative": False}
            for t in ws.settings.themes for h in (3, 5, 10)
        ]
    )  # fmt: skip
    g = gaps(ws, "roden", needs=needs)
    assert len(g) == len(ws.settings.themes) * 3
    assert np.isfinite(g["coverage"]).all()
    # scenario extra supply lifts coverage in its years only
    extra = [dict(EXTRA[0], themes=["meeting"], capacity_per_week=500)]
    g2 = gaps(ws, "roden", needs=needs, extra_supply=extra)
    diff = (g2["coverage"] - g["coverage"]).to_numpy()
    lifted = (g2["theme"] == "meeting") & (g2["year"] == 2031)
    assert (diff[lifted.to_numpy()] > 0).all() and (diff[~lifted.to_numpy()] == 0).all()


def test_conversion_and_weekly_share_from_workspace_toml(ws) -> None:
    from planning.workspace.settings_models import GapsSettings

    # [gaps] is read into a typed model when workspace.toml is loaded
    ws.settings = ws.settings.model_copy(
        update={"gaps": GapsSettings(weekly_share=0.5, persons_per_hour=3)}
    )
    g = gaps(ws, "aa", needs=NEEDS, population=1000).set_index(["theme", "horizon"])
    # c2: 460 h / 46 weeks x 3 persons per hour = 30; carried provision 20 until 2030
    assert g.loc[("loneliness", 3), "supply_commitments"] == pytest.approx(50.0)
    assert g.loc[("loneliness", 3), "demand"] == pytest.approx(0.1 * 1000 * 0.5)
    assert g.loc[("loneliness", 3), "weekly_share"] == 0.5


def test_publishable_gap_table_hides_small_counts(ws) -> None:
    from planning.analysis.gaps import publishable_gaps

    g = gaps(ws, "aa", needs=NEEDS, population=1000)
    pub = publishable_gaps(g).set_index(["theme", "horizon"])
    # 5 of 50 named loneliness at 3 years: shown; 0 named advice: "<5" and blanked
    assert pub.loc[("loneliness", 3), "naming"] == 5
    assert pub.loc[("loneliness", 3), "demand"] == pytest.approx(100.0)
    assert pub.loc[("advice", 3), "naming"] == "<5"
    assert np.isnan(pub.loc[("advice", 3), "need_share"])
    assert pub.loc[("advice", 3), "supply"] == pytest.approx(10.0)
