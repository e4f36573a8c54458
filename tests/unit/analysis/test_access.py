"""Distances and coverage against hand-computed values and an independent computation."""

from __future__ import annotations

import math
from pathlib import Path

import numpy as np
import pandas as pd
import pytest
from helpers.access import facility, make_workspace, offset

from planning.analysis.access import coverage, point_distances
from planning.errors import WorkspaceError
from planning.workspace.folder import open_workspace

BASE = (53.10, 6.40)  # Drenthe
ROTTUM = (53.54, 6.56)  # Rottumeroog, far north
VAALS = (50.77, 6.02)  # Vaals, far south

#: RD New's scale factor stays within about 1e-4 of 1 on Dutch land
REL = 2.5e-4


def close(actual: float, expected: float) -> bool:
    return abs(actual - expected) <= REL * expected + 0.05


@pytest.fixture
def small(tmp_path: Path) -> Path:
    a = BASE
    b = offset(*BASE, east_m=4000)
    c = offset(*BASE, east_m=8000)
    pts = [
        # village aa: 500 m north of its own hall
        {"point_id": "a1", "village_id": "aa", "lat": offset(*a, north_m=500)[0],
         "lon": offset(*a, north_m=500)[1], "inhabitants": 10},
        # on the border between aa and bee: 2000 m from both halls
        {"point_id": "a2", "village_id": "aa", "lat": offset(*a, east_m=2000)[0],
         "lon": offset(*a, east_m=2000)[1], "inhabitants": 20},
        # aa's point that lies nearer to bee's hall: 1900 m from it
        {"point_id": "a3", "village_id": "aa", "lat": offset(*a, east_m=2100)[0],
         "lon": offset(*a, east_m=2100)[1], "inhabitants": 30},
        # cee has no qualifying facility: its point is 300 m north of cee's own building
        {"point_id": "c1", "village_id": "cee", "lat": offset(*c, north_m=300)[0],
         "lon": offset(*c, north_m=300)[1], "inhabitants": 5},
        # far south: 1234 m south and 2345 m west of the Vaals hall
        {"point_id": "v1", "village_id": "vaals",
         "lat": offset(*VAALS, north_m=-1234, east_m=-2345)[0],
         "lon": offset(*VAALS, north_m=-1234, east_m=-2345)[1], "inhabitants": 7},
    ]  # fmt: skip
    villages = [
        {"village_id": "aa", "name": "Aa", "lat": a[0], "lon": a[1]},
        {"village_id": "bee", "name": "Bee", "lat": b[0], "lon": b[1]},
        {"village_id": "cee", "name": "Cee", "lat": c[0], "lon": c[1]},
        {"village_id": "rottum", "name": "Rottumeroog", "lat": ROTTUM[0], "lon": ROTTUM[1]},
        {"village_id": "vaals", "name": "Vaals", "lat": VAALS[0], "lon": VAALS[1]},
    ]
    rd = offset(*ROTTUM, north_m=300, east_m=700)
    facilities = [
        facility("fa", "aa", *a),
        facility("fb", "bee", *b, kind="church"),
        facility("fc", "cee", *c, qualifies=False),
        facility("fd", "rottum", *rd),
        facility("fe", "vaals", *VAALS, kind="library"),
    ]
    return make_workspace(
        tmp_path / "ws", villages, facilities, pts, inhabitants={"rottum": 40, "bee": 0}
    )


def test_hand_computed_distances(small: Path) -> None:
    ws = open_workspace(small)
    assert ws.problems == []
    d = point_distances(ws).set_index("point_id")
    assert close(d.at["a1", "distance_m"], 500)
    assert d.at["a1", "nearest_facility_id"] == "fa"
    # exactly on the border: as far from both halls
    assert close(d.at["a2", "distance_m"], 2000)
    # the nearest meeting place may lie in the next village
    assert close(d.at["a3", "distance_m"], 1900)
    assert d.at["a3", "nearest_facility_id"] == "fb"
    # village without a qualifying facility: the neighbour's hall counts
    assert close(d.at["c1", "distance_m"], math.hypot(4000, 300))
    assert d.at["c1", "nearest_facility_id"] == "fb"
    assert close(d.at["v1", "distance_m"], math.hypot(1234, 2345))


def test_far_north_centroid_fallback(small: Path) -> None:
    ws = open_workspace(small)
    (row,) = coverage(ws, "rottum")
    assert row["used_centroid"] is True
    assert close(row["mean_distance_m"], math.hypot(700, 300))
    assert row["share_within_walk"] == 1.0
    d = point_distances(ws, "rottum")
    assert d["point_id"].tolist() == ["rottum-centroid"]
    assert d["inhabitants"].tolist() == [40]
    # bee has no points and 0 inhabitants: still one centroid carrying weight 1
    (bee,) = coverage(ws, "bee")
    assert bee["used_centroid"] and close(bee["mean_distance_m"], 0.0)


def test_weighted_mean_and_shares(small: Path) -> None:
    ws = open_workspace(small)
    rows = {r["village_id"]: r for r in coverage(ws)}
    aa = rows["aa"]
    assert set(aa) >= {
        "village_id",
        "mean_distance_m",
        "share_within_walk",
        "share_within_cycle",
        "nearest_by_kind",
        "used_centroid",
    }
    assert close(aa["mean_distance_m"], (500 * 10 + 2000 * 20 + 1900 * 30) / 60)
    assert aa["share_within_walk"] == pytest.approx(10 / 60)
    assert aa["share_within_cycle"] == 1.0
    assert aa["used_centroid"] is False
    # per kind, qualifying or not: cee's own (non-qualifying) hall is 300 m away
    cee = rows["cee"]
    assert close(cee["nearest_by_kind"]["village_hall"], 300)
    assert close(cee["nearest_by_kind"]["church"], math.hypot(4000, 300))
    assert cee["share_within_cycle"] == 0.0
    assert close(rows["vaals"]["nearest_by_kind"]["library"], math.hypot(1234, 2345))


def test_no_qualifying_facility_anywhere(small: Path) -> None:
    ws = open_workspace(small)
    none = ws.facilities.assign(step_free=False)
    rows = coverage(ws, facilities=none)
    assert all(r["mean_distance_m"] is None for r in rows)
    assert all(r["share_within_walk"] == 0 and r["share_within_cycle"] == 0 for r in rows)
    # distances per kind do not depend on qualities
    assert close(
        rows[0]["nearest_by_kind"]["village_hall"], (500 * 10 + 2000 * 20 + 2100 * 30) / 60
    )
    assert np.isinf(point_distances(ws, facilities=none)["distance_m"]).all()


def test_unknown_village_suggests(small: Path) -> None:
    ws = open_workspace(small)
    with pytest.raises(WorkspaceError, match="bedoelt u 'vaals'"):
        coverage(ws, "vals")


def _geodesic_coverage(ws, walk: float, cycle: float) -> dict[str, tuple[float, float, float]]:
    """Brute force on the ellipsoid (pyproj.Geod), no projection and no tree."""
    from pyproj import Geod

    from planning.analysis.facilities import facility_qualities

    geod = Geod(ellps="WGS84")
    q = facility_qualities(ws)
    fac = ws.facilities[q["meeting_place"].to_numpy()]
    pts = ws.population_points
    n, m = len(pts), len(fac)
    _, _, dist = geod.inv(
        np.repeat(pts["lon"].to_numpy(float), m),
        np.repeat(pts["lat"].to_numpy(float), m),
        np.tile(fac["lon"].to_numpy(float), n),
        np.tile(fac["lat"].to_numpy(float), n),
    )
    nearest = np.asarray(dist).reshape(n, m).min(axis=1)
    frame = pd.DataFrame(
        {"v": pts["village_id"], "w": pts["inhabitants"].astype(float), "d": nearest}
    )
    out = {}
    for v, g in frame.groupby("v"):
        w = g["w"].sum()
        out[v] = (
            float((g["w"] * g["d"]).sum() / w),
            float(g.loc[g["d"] <= walk, "w"].sum() / w),
            float(g.loc[g["d"] <= cycle, "w"].sum() / w),
        )
    return out, nearest


def test_demo_coverage_matches_brute_force_geodesics() -> None:
    ws = open_workspace()
    t = ws.settings.thresholds
    expected, nearest = _geodesic_coverage(ws, t.walk_m, t.cycle_m)
    # no point sits so close to a threshold that the projection could flip it
    for limit in (t.walk_m, t.cycle_m):
        assert not (np.abs(nearest - limit) < limit * REL + 0.1).any()
    rows = {r["village_id"]: r for r in coverage(ws)}
    assert set(expected) <= set(rows)
    for vid, (mean, walk, cycle) in expected.items():
        got = rows[vid]
        assert close(got["mean_distance_m"], mean), vid
        assert got["share_within_walk"] == pytest.approx(walk, abs=1e-12), vid
        assert got["share_within_cycle"] == pytest.approx(cycle, abs=1e-12), vid
    assert 0 < rows["roden"]["share_within_walk"] < 1


def test_facility_becoming_accessible_changes_only_its_neighbours() -> None:
    ws = open_workspace()
    from planning.analysis.facilities import facility_qualities

    q = facility_qualities(ws)
    # Foxwolde's village hall is low-threshold but its bus stop is too far away
    row = q.set_index("facility_id").loc["foxwolde-village-hall"]
    assert bool(row["low_threshold"]) and not bool(row["accessible"])
    assert "ov-halte op 650 m, drempel 500 m" in row["reason"]
    before = {r["village_id"]: r for r in coverage(ws)}
    changed = ws.facilities.copy()
    changed.loc[changed["facility_id"] == "foxwolde-village-hall", "transit_stop_m"] = 100.0
    after = {r["village_id"]: r for r in coverage(ws, facilities=changed)}

    # villages "around it": one of their points now lies nearer to it than to any meeting place
    from planning.analysis.access import to_rd

    fac = ws.facilities.set_index("facility_id").loc["foxwolde-village-hall"]
    fx, fy = to_rd(fac["lat"], fac["lon"])
    pts = point_distances(ws)
    to_new = np.hypot(pts["x"] - float(fx), pts["y"] - float(fy))
    around = set(pts.loc[to_new < pts["distance_m"], "village_id"])
    assert "foxwolde" in around and len(around) < len(before)

    moved = {v for v in before if before[v] != after[v]}
    assert moved == around
    for v in around:
        assert after[v]["mean_distance_m"] < before[v]["mean_distance_m"]
    # the workspace's own coverage is untouched by the scenario's table
    assert {r["village_id"]: r for r in coverage(ws)} == before


def test_village_map_renders_png(tmp_path: Path) -> None:
    from matplotlib.figure import Figure

    from planning.charts.village_map import village_map

    ws = open_workspace()
    fig = village_map(ws, "roden")
    assert isinstance(fig, Figure)
    # the legend stands below the map (issue 25: never over the dots)
    legend = [t.get_text() for t in fig.legends[0].get_texts()]
    assert any(t.startswith("ontmoetingsplek (") for t in legend)
    assert any(t.startswith("geen van beide (") for t in legend)
    texts = [t.get_text() for t in fig.findobj(lambda a: hasattr(a, "get_text"))]
    assert "2.000 m" in texts  # scale bar in metres, about a fifth of the map
    assert "Roden" in fig._suptitle.get_text()
    out = tmp_path / "roden.png"
    fig.savefig(out)
    assert out.stat().st_size > 20_000


def test_village_map_draws_the_same_picture_whatever_lies_beyond_it(demo_ws: Path) -> None:
    """Meeting places far away (a province or a country of them) add no work to a map."""
    import io

    from matplotlib.patches import Circle

    from planning.charts.style import style
    from planning.charts.village_map import village_map

    def drawn(ws_path: Path) -> tuple[bytes, int]:
        with style():
            fig = village_map(open_workspace(ws_path), "roden")
        buf = io.BytesIO()
        fig.savefig(buf, format="png")
        return buf.getvalue(), len(fig.axes[0].findobj(Circle))

    before, circles = drawn(demo_ws)
    fac = pd.read_csv(demo_ws / "facilities.csv", dtype=str, keep_default_na=False)
    far = []
    for shift in range(1, 6):  # five copies of every place, 30 to 150 km south-east
        part = fac.copy()
        part["facility_id"] = part["facility_id"] + f"-ver-{shift}"
        part["lat"] = (part["lat"].astype(float) - 0.27 * shift).map(lambda x: f"{x:.6f}")
        part["lon"] = (part["lon"].astype(float) + 0.1 * shift).map(lambda x: f"{x:.6f}")
        far.append(part)
    pd.concat([fac, *far]).to_csv(demo_ws / "facilities.csv", index=False)
    after, circles_after = drawn(demo_ws)
    assert circles_after == circles
    assert 0 < circles < len(fac)
    assert after == before


def test_village_map_sees_a_replaced_facilities_table(demo_ws: Path) -> None:
    """The qualities are remembered per workspace, never past a change of the table."""
    from matplotlib.patches import Circle

    from planning.charts.village_map import village_map

    ws = open_workspace(demo_ws)
    circles = len(village_map(ws, "roden").axes[0].findobj(Circle))
    fac = ws.facilities.copy()
    roden = fac["village_id"] == "roden"
    fac.loc[roden, "step_free"] = False  # no longer accessible: no meeting place in Roden
    ws.tables["facilities"] = fac
    fewer = len(village_map(ws, "roden").axes[0].findobj(Circle))
    assert fewer < circles
