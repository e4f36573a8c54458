"""`planning check` says what basemap/ holds, and names a map file it cannot draw."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from helpers.basemap import write_geojson_wgs84, write_gpkg_rd, write_osm_pbf


def _check(workspace: Path, *extra: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "planning.cli", "check", "--workspace", str(workspace), *extra],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def test_check_counts_what_the_base_map_holds_and_names_a_broken_file(demo_ws: Path) -> None:
    folder = demo_ws / "basemap"
    folder.mkdir()
    write_geojson_wgs84(folder / "osm-diever.geojson")
    write_gpkg_rd(folder / "bgt-diever.gpkg")
    write_osm_pbf(folder / "diever.osm.pbf")
    (folder / "kapot.gpkg").write_bytes(b"dit is geen kaart")
    # a GeoJSON with features far outside Noordenveld and Westerveld (Maastricht)
    (folder / "elders.geojson").write_text(
        json.dumps(
            {
                "type": "FeatureCollection",
                "features": [
                    {
                        "type": "Feature",
                        "properties": {"highway": "primary"},
                        "geometry": {
                            "type": "LineString",
                            "coordinates": [[5.69, 50.85], [5.70, 50.86]],
                        },
                    }
                ],
            }
        ),
        encoding="utf-8",
    )
    run = _check(demo_ws)
    assert run.returncode == 1, run.stderr
    assert "Traceback" not in run.stderr
    # three readable files with a road, a waterway and a built-up area each
    assert "basemap/: ondergrond: 5 bestanden, 3 wegen, 3 waterdelen, 3 bebouwde vlakken" in (
        run.stdout
    )
    assert "basemap/kapot.gpkg: dit kaartbestand is niet te lezen" in run.stdout
    assert "basemap/elders.geojson: laag elders ligt buiten de gemeente" in run.stdout
    assert "basemap/ ongebruikt" not in run.stdout
    english = _check(demo_ws, "--lang", "en", "--json")
    result = json.loads(english.stdout)
    messages = {p["file"]: p["message"] for p in result["problems"]}
    assert messages["basemap/kapot.gpkg"].startswith("this map file cannot be read")
    assert any(n["message"].startswith("base map: 5 files, 3 roads") for n in result["notes"])
