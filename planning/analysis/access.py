"""Distance from every resident to the nearest meeting place, and coverage per village.

The municipality's goal is a low-threshold place near every resident. Distance is
the straight line ("hemelsbreed") from where people live (the points
of ``population_points.csv``, each carrying a number of inhabitants) to the
nearest facility that qualifies as a meeting place (``planning.analysis.facilities``), and
separately to the nearest facility of each kind. CBS "nabijheid" measures over the
road network instead, which is longer: a straight-line figure is a lower bound of
the distance travelled (the plan's method section says so). A village without points falls
back to its centroid carrying all its inhabitants, and the result says so
(``used_centroid``): its figures are then rougher.

Coordinates are projected once from WGS84 (EPSG:4326) to the Dutch RD New grid
(EPSG:28992, metres) with pyproj; nearest neighbours come from scipy's cKDTree,
so 500,000 points against 5,000 facilities take well under a second instead of a
quadratic loop. RD New's scale error stays within about 0.01 % on Dutch land, so
an 800 m walk is right to within a decimetre from Vaals to Rottumeroog.

Scenario sliders call ``coverage(ws, village_id, facilities=changed)`` many times:
the projected population points and the facility index are cached on the
workspace (Workspace.cached, recomputed when a table is replaced), and a
scenario's facility indexes per facilities table, so one
village evaluates in a few milliseconds.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from typing import TYPE_CHECKING, Any

import numpy as np
import pandas as pd
from scipy.spatial import cKDTree

from planning.analysis.facilities import quality_flags

if TYPE_CHECKING:
    from planning.workspace.folder import Workspace

COVERAGE_KEYS = (
    "village_id",
    "mean_distance_m",
    "share_within_walk",
    "share_within_cycle",
    "nearest_by_kind",
    "used_centroid",
)


@lru_cache(maxsize=1)
def _transformer() -> Any:
    from pyproj import Transformer

    return Transformer.from_crs("EPSG:4326", "EPSG:28992", always_xy=True)


def to_rd(lat: Any, lon: Any) -> tuple[np.ndarray, np.ndarray]:
    """WGS84 latitude/longitude (degrees) -> RD New x, y in metres."""
    lat = np.asarray(lat, dtype=float)
    lon = np.asarray(lon, dtype=float)
    x, y = _transformer().transform(lon, lat)
    return np.asarray(x, dtype=float), np.asarray(y, dtype=float)


# -- population points ---------------------------------------------------------------------


@dataclass
class PointSet:
    """Every population point, sorted by village, projected; one slice per village."""

    point_id: np.ndarray
    village_id: np.ndarray
    lat: np.ndarray
    lon: np.ndarray
    xy: np.ndarray
    weight: np.ndarray
    used_centroid: dict[str, bool]
    slices: dict[str, slice]
    centroid_xy: dict[str, tuple[float, float]] = field(default_factory=dict)
    #: village position (in ``order``) of each point, for per-village sums
    codes: np.ndarray = field(default_factory=lambda: np.zeros(0, np.int64))
    order: list[str] = field(default_factory=list)


def _build_points(ws: Workspace) -> PointSet:
    """Vectorised: points sorted into village order, centroids for villages without any."""
    villages = ws.villages.dropna(subset=["village_id"])
    order = [str(v) for v in villages["village_id"]]
    pts = ws.population_points
    if len(pts):
        pts = pts.dropna(subset=["village_id", "lat", "lon"])
    codes = (
        pd.Categorical(pts["village_id"].astype(str), categories=order).codes
        if len(pts)
        else np.zeros(0, np.int64)
    )
    keep = codes >= 0
    codes = codes[keep]
    counts = np.bincount(codes, minlength=len(order))
    without = np.flatnonzero(counts == 0)
    inhabitants = ws.inhabitants() if not ws.population.empty else pd.Series(dtype=int)
    vlat = villages["lat"].astype(float).to_numpy()
    vlon = villages["lon"].astype(float).to_numpy()
    cent_w = np.array([float(inhabitants.get(order[i], 0) or 0) for i in without])
    point_ids = (
        pts["point_id"].to_numpy(dtype=object)[keep]
        if "point_id" in pts.columns
        else np.full(int(keep.sum()), None, object)
    )
    all_codes = np.concatenate([codes, without])
    lat = np.concatenate([pts["lat"].astype(float).to_numpy()[keep], vlat[without]])
    lon = np.concatenate([pts["lon"].astype(float).to_numpy()[keep], vlon[without]])
    weight = np.concatenate(
        [
            pd.to_numeric(pts["inhabitants"]).fillna(0).to_numpy(float)[keep]
            if len(pts)
            else np.zeros(0),
            np.where(cent_w > 0, cent_w, 1.0),
        ]
    )
    ids = np.concatenate([point_ids, np.array([f"{order[i]}-centroid" for i in without], object)])
    sort = np.argsort(all_codes, kind="stable")
    all_codes, lat, lon, weight, ids = (
        all_codes[sort],
        lat[sort],
        lon[sort],
        weight[sort],
        ids[sort],
    )
    x, y = to_rd(np.concatenate([lat, vlat]), np.concatenate([lon, vlon]))
    n = len(lat)
    bounds = np.searchsorted(all_codes, np.arange(len(order) + 1))
    slices = {v: slice(int(bounds[i]), int(bounds[i + 1])) for i, v in enumerate(order)}
    centroid_xy = {v: (float(x[n + i]), float(y[n + i])) for i, v in enumerate(order)}
    without_set = {order[i] for i in without}
    return PointSet(
        point_id=ids,
        village_id=np.array(order, dtype=object)[all_codes] if n else np.zeros(0, object),
        lat=lat,
        lon=lon,
        xy=np.column_stack([x[:n], y[:n]]),
        weight=weight,
        used_centroid={v: v in without_set for v in order},
        slices=slices,
        centroid_xy=centroid_xy,
        codes=all_codes,
        order=order,
    )


def population_points(ws: Workspace) -> PointSet:
    """The projected population points of a workspace (cached on the workspace)."""
    return ws.cached(
        "access.points", ("population_points", "villages", "population"), lambda: _build_points(ws)
    )


# -- facilities ----------------------------------------------------------------------------


@dataclass
class FacilityIndex:
    """Projected facilities with a kd-tree of the meeting places and one per kind."""

    facility_id: np.ndarray
    kind: np.ndarray
    village_id: np.ndarray
    xy: np.ndarray
    meeting: np.ndarray
    meeting_tree: cKDTree | None
    meeting_idx: np.ndarray
    kind_trees: dict[str, tuple[cKDTree, np.ndarray]]


def build_facility_index(frame: pd.DataFrame, thresholds: Any) -> FacilityIndex:
    """Project the facilities and build the trees (usable without a workspace)."""
    frame = frame.dropna(subset=["lat", "lon"])
    x, y = to_rd(frame["lat"].to_numpy(float), frame["lon"].to_numpy(float))
    xy = np.column_stack([x, y])
    meeting = quality_flags(frame, thresholds)["meeting_place"]
    meeting_idx = np.flatnonzero(meeting)
    kinds = frame["kind"].astype(str).to_numpy(object) if "kind" in frame else np.array([])
    kind_trees: dict[str, tuple[cKDTree, np.ndarray]] = {}
    for kind in sorted(set(kinds)):
        idx = np.flatnonzero(kinds == kind)
        kind_trees[kind] = (cKDTree(xy[idx]), idx)
    return FacilityIndex(
        facility_id=frame["facility_id"].astype(str).to_numpy(object),
        kind=kinds,
        village_id=(
            frame["village_id"].astype(str).to_numpy(object)
            if "village_id" in frame
            else np.full(len(frame), "", object)
        ),
        xy=xy,
        meeting=meeting,
        meeting_tree=cKDTree(xy[meeting_idx]) if len(meeting_idx) else None,
        meeting_idx=meeting_idx,
        kind_trees=kind_trees,
    )


def facility_index(ws: Workspace, facilities: pd.DataFrame | None = None) -> FacilityIndex:
    """The facility index for the workspace's facilities or a scenario's table (cached)."""
    thresholds = ws.settings.thresholds
    if facilities is None:
        return ws.cached(
            ("access.facility_index", thresholds),
            ("facilities",),
            lambda: build_facility_index(ws.facilities, thresholds),
        )
    # a scenario's own facilities table: the last few, recognised by the frame itself
    return ws.cached_for(
        ("access.scenario_facility_index", thresholds),
        facilities,
        (),
        lambda: build_facility_index(facilities, thresholds),
    )


def nearest(tree: cKDTree | None, xy: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Distance (m) and index into the tree's points; inf and -1 without a tree."""
    if tree is None or len(xy) == 0:
        return np.full(len(xy), np.inf), np.full(len(xy), -1)
    dist, idx = tree.query(xy, k=1)
    return np.asarray(dist, float), np.asarray(idx, int)


# -- coverage ------------------------------------------------------------------------------


def _villages(ws: Workspace, village_id: str | None) -> list[str]:
    if village_id is None:
        return [str(v) for v in ws.villages["village_id"].dropna()]
    ws.village(village_id)  # unknown id: clear error with a suggestion
    return [village_id]


def nearest_meeting_place(
    ws: Workspace, village_id: str | None = None, facilities: pd.DataFrame | None = None
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(point positions in the PointSet, distance m, facility row or -1) for every point.

    The arrays behind ``point_distances`` without building a table: what a
    benchmark or a bulk caller needs.
    """
    pts = population_points(ws)
    index = facility_index(ws, facilities)
    if village_id is None:
        sel = np.arange(len(pts.weight))
    else:
        ws.village(village_id)
        sl = pts.slices[village_id]
        sel = np.arange(sl.start, sl.stop)
    dist, idx = nearest(index.meeting_tree, pts.xy[sel])
    if len(index.meeting_idx) == 0:
        return sel, dist, np.full(len(sel), -1)
    rows = np.where(idx >= 0, index.meeting_idx[np.maximum(idx, 0)], -1)
    return sel, dist, rows


def point_distances(
    ws: Workspace, village_id: str | None = None, facilities: pd.DataFrame | None = None
) -> pd.DataFrame:
    """Every population point with its distance to the nearest meeting place.

    Columns: point_id, village_id, lat, lon, x, y, inhabitants, used_centroid,
    distance_m (inf when no facility qualifies anywhere), nearest_facility_id.
    """
    pts = population_points(ws)
    index = facility_index(ws, facilities)
    sel, dist, rows = nearest_meeting_place(ws, village_id, facilities)
    fac = np.full(len(sel), None, dtype=object)
    fac[rows >= 0] = index.facility_id[rows[rows >= 0]]
    centroid = np.array([pts.used_centroid[v] for v in pts.order], bool)
    return pd.DataFrame(
        {
            "point_id": pd.Series(pts.point_id[sel], dtype=object),
            "village_id": pd.Series(pts.village_id[sel], dtype=object),
            "lat": pts.lat[sel],
            "lon": pts.lon[sel],
            "x": pts.xy[sel, 0],
            "y": pts.xy[sel, 1],
            "inhabitants": pts.weight[sel],
            "used_centroid": centroid[pts.codes[sel]] if len(sel) else np.zeros(0, bool),
            "distance_m": dist,
            "nearest_facility_id": pd.Series(fac, dtype=object),
        }
    )


def coverage(
    ws: Workspace, village_id: str | None = None, facilities: pd.DataFrame | None = None
) -> list[dict[str, Any]]:
    """Per village: inhabitant-weighted mean distance and shares within walk/cycle reach.

    Returns one dict per village (all villages, or the one asked for) with the keys
    village_id, mean_distance_m (None when no facility qualifies anywhere),
    share_within_walk, share_within_cycle (0..1 of the inhabitants),
    nearest_by_kind ({kind: weighted mean distance in m to the nearest facility of
    that kind, qualifying or not}) and used_centroid. ``facilities`` replaces the
    workspace's facilities (a scenario's changed or added buildings).
    """
    t = ws.settings.thresholds
    pts = population_points(ws)
    index = facility_index(ws, facilities)
    ids = _villages(ws, village_id)
    if village_id is not None:
        sl = pts.slices[village_id]
        xy, w = pts.xy[sl], pts.weight[sl]
        codes = np.zeros(len(w), np.int64)
    else:
        xy, w, codes = pts.xy, pts.weight, pts.codes
    nv = len(ids)

    def per_village(values: np.ndarray) -> np.ndarray:
        return np.bincount(codes, weights=values, minlength=nv)

    total = per_village(w)
    dist, _ = nearest(index.meeting_tree, xy)
    finite = np.isfinite(dist)
    mean = per_village(np.where(finite, dist, 0.0) * w)
    missing = per_village((~finite).astype(float))
    walk = per_village(np.where(dist <= t.walk_m, w, 0.0))
    cycle = per_village(np.where(dist <= t.cycle_m, w, 0.0))
    kinds: dict[str, np.ndarray] = {}
    for kind, (tree, _idx) in index.kind_trees.items():
        kd, _ = nearest(tree, xy)
        kinds[kind] = per_village(kd * w)
    out: list[dict[str, Any]] = []
    for i, vid in enumerate(ids):
        tot = total[i]
        ok = tot > 0
        out.append(
            {
                "village_id": vid,
                "mean_distance_m": float(mean[i] / tot) if ok and missing[i] == 0 else None,
                "share_within_walk": float(walk[i] / tot) if ok else 0.0,
                "share_within_cycle": float(cycle[i] / tot) if ok else 0.0,
                "nearest_by_kind": {k: float(v[i] / tot) if ok else None for k, v in kinds.items()},
                "used_centroid": pts.used_centroid[vid],
            }
        )
    return out


@dataclass
class CentroidIndex:
    """Village centroids (RD metres) in village order with a kd-tree, for "which villages
    lie within reach of this facility" without a villages x facilities matrix."""

    village_id: list[str]
    xy: np.ndarray
    tree: cKDTree | None
    #: positions of the centroids in the tree (a village without coordinates is not)
    finite: np.ndarray

    def within(self, point: np.ndarray, radius: float) -> tuple[np.ndarray, np.ndarray]:
        """Positions (ascending) and distances of the centroids within ``radius`` of
        ``point``; the distance is the same ``hypot`` as in village_facility_distance."""
        if self.tree is None:
            return np.zeros(0, np.int64), np.zeros(0)
        # a hair wider, then the exact test, so the kd-tree's rounding never decides
        found = self.tree.query_ball_point(point, radius * (1 + 1e-9) + 1e-6)
        near = np.sort(self.finite[np.asarray(found, dtype=np.int64)])
        dist = self.distance(near, point)
        keep = dist <= radius
        return near[keep].astype(np.int64), dist[keep]

    def distance(self, positions: np.ndarray, point: np.ndarray) -> np.ndarray:
        diff = self.xy[positions] - point[None, :]
        metres: np.ndarray = np.hypot(diff[:, 0], diff[:, 1])
        return metres


def centroid_index(ws: Workspace) -> CentroidIndex:
    """The village centroids of the workspace with their kd-tree (cached)."""

    def build() -> CentroidIndex:
        pts = population_points(ws)
        vids = list(pts.centroid_xy)
        xy = np.array([pts.centroid_xy[v] for v in vids], float).reshape(-1, 2)
        finite = np.flatnonzero(np.isfinite(xy).all(axis=1))
        tree = cKDTree(xy[finite]) if len(finite) else None
        return CentroidIndex(vids, xy, tree, finite)

    return ws.cached("access.centroids", ("population_points", "villages", "population"), build)


def village_facility_distance(
    ws: Workspace, facilities: pd.DataFrame | None = None
) -> pd.DataFrame:
    """Straight-line distance (m) from each village centroid to each facility.

    A small villages x facilities matrix (a few thousand cells) used to decide
    which provisions are within cycling distance of a village.
    """
    pts = population_points(ws)
    index = facility_index(ws, facilities)
    vids = list(pts.centroid_xy)
    cxy = np.array([pts.centroid_xy[v] for v in vids]).reshape(-1, 2)
    diff = cxy[:, None, :] - index.xy[None, :, :]
    return pd.DataFrame(np.hypot(diff[..., 0], diff[..., 1]), index=vids, columns=index.facility_id)
