"""Small made-up workspaces for the access, gaps and matching tests.

Geometry is placed with the textbook formulas for the WGS84 ellipsoid (meridian
radius M and prime-vertical radius N), independent of pyproj, so a test can say
"this point lies 500 m north of that building" and check the code against it.
"""

from __future__ import annotations

import math
from pathlib import Path
from typing import Any

import pandas as pd

A = 6378137.0
F = 1 / 298.257223563
E2 = F * (2 - F)


def radii(lat: float) -> tuple[float, float]:
    """(M, N): metres per radian north and (times cos lat) east at this latitude."""
    s = math.sin(math.radians(lat)) ** 2
    m = A * (1 - E2) / (1 - E2 * s) ** 1.5
    n = A / math.sqrt(1 - E2 * s)
    return m, n


def offset(
    lat: float, lon: float, north_m: float = 0.0, east_m: float = 0.0
) -> tuple[float, float]:
    """The point north_m metres north and east_m metres east of (lat, lon)."""
    m, _ = radii(lat)
    dlat = math.degrees(north_m / m)
    m2, n2 = radii(lat + dlat / 2)
    new_lat = lat + math.degrees(north_m / m2)
    new_lon = lon + math.degrees(east_m / (n2 * math.cos(math.radians(lat + dlat / 2))))
    return new_lat, new_lon


QUALIFYING = {
    "step_free": "ja",
    "accessible_toilet": "ja",
    "transit_stop_m": 100,
    "free_entry": "ja",
    "open_hours_per_week": 20,
    "walk_in": "ja",
}
NOT_QUALIFYING = {**QUALIFYING, "step_free": "nee"}


def facility(fid: str, village: str, lat: float, lon: float, **kw: Any) -> dict[str, Any]:
    base = {
        "facility_id": fid,
        "name": kw.pop("name", fid),
        "village_id": village,
        "kind": kw.pop("kind", "village_hall"),
        "lat": round(lat, 9),
        "lon": round(lon, 9),
        "capacity": 50,
        "themes": kw.pop("themes", "meeting;loneliness"),
    }
    qualities = dict(NOT_QUALIFYING if kw.pop("qualifies", True) is False else QUALIFYING)
    qualities.update(kw)
    return {**base, **qualities}


def make_workspace(
    root: Path,
    villages: list[dict[str, Any]],
    facilities: list[dict[str, Any]],
    points: list[dict[str, Any]] | None = None,
    provisions: list[dict[str, Any]] | None = None,
    commitments: list[dict[str, Any]] | None = None,
    inhabitants: dict[str, int] | None = None,
    responses: list[dict[str, Any]] | None = None,
    toml_extra: str = "",
) -> Path:
    """Write a complete small workspace folder and return its path."""
    root.mkdir(parents=True, exist_ok=True)
    (root / "workspace.toml").write_text(
        'name = "Test"\nmunicipality = "Testgemeente"\nbase_year = 2026\n'
        "horizons = [3, 5, 10]\n" + toml_extra,
        encoding="utf-8",
    )
    vframe = pd.DataFrame(villages)
    if "municipality" not in vframe:
        vframe["municipality"] = "Testgemeente"
    vframe.to_csv(root / "villages.csv", index=False)
    inhabitants = inhabitants or {}
    pop = [
        {
            "village_id": v["village_id"],
            "year": 2021,
            "age_band": "40-44",
            "inhabitants": inhabitants.get(v["village_id"], 100),
        }
        for v in villages
    ]
    pd.DataFrame(pop).to_csv(root / "population.csv", index=False)
    pd.DataFrame(facilities).to_csv(root / "facilities.csv", index=False)
    pd.DataFrame(
        points or [], columns=["point_id", "village_id", "lat", "lon", "inhabitants"]
    ).to_csv(root / "population_points.csv", index=False)
    prov_cols = [
        "provision_id",
        "name",
        "kind",
        "provider",
        "themes",
        "age_min",
        "age_max",
        "villages",
        "facility_id",
        "capacity_per_week",
        "cost_per_year",
    ]
    pd.DataFrame(provisions or [], columns=prov_cols).to_csv(root / "provisions.csv", index=False)
    pd.DataFrame([{"partner_id": "p1", "name": "Partner", "kind": "club"}]).to_csv(
        root / "partners.csv", index=False
    )
    com_cols = [
        "commitment_id",
        "partner_id",
        "village_id",
        "facility_id",
        "provision_id",
        "description",
        "start_year",
        "end_year",
        "hours_per_year",
        "budget_per_year",
    ]
    pd.DataFrame(commitments or [], columns=com_cols).to_csv(root / "commitments.csv", index=False)
    if responses is not None:
        (root / "survey").mkdir(exist_ok=True)
        pd.DataFrame(responses).to_csv(root / "survey" / "responses.csv", index=False)
    return root
