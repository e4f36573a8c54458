"""Larger workspaces for the benchmarks: the demo copied side by side, or many respondents.

``scaled_demo(dir, copies)`` writes the demo ``copies`` times into one workspace: copy k > 0
gets every id suffixed ``-xk`` (villages, facilities, provisions, partners, commitments,
points, respondents) and is moved on a grid inside the Netherlands (0.5 degree of latitude
south per row of four copies, 0.8 degree of longitude west per column; the demo spans
0.46 x 0.39 degree), so copies do not overlap and a one-village command has the same
neighbours at every size. ``roden`` stays the same village with the same data; up to 12
copies (504 villages) fit inside the checked coordinate range.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import numpy as np
import pandas as pd

from planning.workspace.folder import demo_path

#: per table: the id columns that get the copy's suffix, and whether lat/lon move
_IDS: dict[str, tuple[str, ...]] = {
    "villages.csv": ("village_id",),
    "population.csv": ("village_id",),
    "facilities.csv": ("facility_id", "village_id"),
    "provisions.csv": ("provision_id", "facility_id"),
    "partners.csv": ("partner_id",),
    "commitments.csv": (
        "commitment_id",
        "partner_id",
        "village_id",
        "facility_id",
        "provision_id",
    ),
    "population_points.csv": ("point_id", "village_id"),
    "survey/responses.csv": ("respondent_id", "village_id"),
}
LAT_STEP, LON_STEP, PER_ROW = 0.5, 0.8, 4


def _suffix(series: pd.Series, k: int) -> pd.Series:
    return series.where(series.isna() | (series == ""), series + f"-x{k}")


def _copy(frame: pd.DataFrame, name: str, k: int) -> pd.DataFrame:
    out = frame.copy()
    for col in _IDS[name]:
        out[col] = _suffix(out[col], k)
    if name == "villages.csv":
        out["name"] = out["name"] + f" {k}"
    if name == "provisions.csv":
        out["villages"] = out["villages"].map(
            lambda v: (
                v
                if not isinstance(v, str) or v == "*"
                else ";".join(f"{x}-x{k}" for x in v.split(";"))
            )
        )
    if "lat" in out.columns:
        dlat, dlon = -(k // PER_ROW) * LAT_STEP, -(k % PER_ROW) * LON_STEP
        out["lat"] = (out["lat"].astype(float) + dlat).map(lambda x: f"{x:.6f}")
        out["lon"] = (out["lon"].astype(float) + dlon).map(lambda x: f"{x:.6f}")
    return out


def scaled_demo(target: Path, copies: int) -> Path:
    """The demo ``copies`` times in one workspace folder (``target``), ids kept unique."""
    src = demo_path()
    if target.exists():
        shutil.rmtree(target)
    shutil.copytree(
        src,
        target,
        ignore=shutil.ignore_patterns("store.sqlite*", "scenarios", "matches", "monitoring"),
    )
    for name in _IDS:
        frame = pd.read_csv(src / name, dtype=str, keep_default_na=False, na_values=[""])
        parts = [frame] + [_copy(frame, name, k) for k in range(1, copies)]
        pd.concat(parts, ignore_index=True).to_csv(target / name, index=False)
    return target


def many_respondents(target: Path, rows: int, seed: int = 16) -> Path:
    """The demo with its survey answers repeated to ``rows`` respondents (fresh ids)."""
    if target.exists():
        shutil.rmtree(target)
    shutil.copytree(demo_path(), target, ignore=shutil.ignore_patterns("store.sqlite*"))
    frame = pd.read_csv(target / "survey/responses.csv", dtype=str, keep_default_na=False)
    rng = np.random.default_rng(seed)
    big = frame.iloc[rng.integers(0, len(frame), rows)].reset_index(drop=True)
    big["respondent_id"] = [f"r{i:07d}" for i in range(rows)]
    big.to_csv(target / "survey/responses.csv", index=False)
    return target
