"""The ground under the village map: files in basemap/ drawn under the dots, with their
attribution; a hint in words where there is none; the legend off the dots."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from helpers.basemap import write_geojson_wgs84, write_gpkg_rd, write_osm_pbf

from planning.charts.basemap import STYLE
from planning.charts.village_map import village_map
from planning.i18n import text
from planning.workspace.folder import open_workspace
from planning.workspace.readers.basemap import read_basemap


def _with(demo_ws: Path, writer, name: str) -> Path:
    (demo_ws / "basemap").mkdir()
    writer(demo_ws / "basemap" / name)
    return demo_ws


def _rgb(hex_colour: str) -> np.ndarray:
    return np.array([int(hex_colour[i : i + 2], 16) for i in (1, 3, 5)])


def _pixels(fig) -> np.ndarray:
    from matplotlib.backends.backend_agg import FigureCanvasAgg

    canvas = FigureCanvasAgg(fig)
    canvas.draw()
    return np.asarray(canvas.buffer_rgba())[:, :, :3].astype(int)


@pytest.mark.parametrize(
    ("writer", "name"),
    [
        (write_geojson_wgs84, "diever.geojson"),
        (write_gpkg_rd, "diever-bgt.gpkg"),
        (write_osm_pbf, "diever.osm.pbf"),
    ],
)
def test_each_format_is_read_and_sorted(demo_ws: Path, writer, name: str) -> None:
    ws = open_workspace(_with(demo_ws, writer, name))
    base = read_basemap(ws)
    assert base.problems == ()
    assert base.counts == {"roads": 1, "water": 1, "built": 1}
    # in RD metres around Diever (RD about x 215 km, y 540 km), whatever the file's projection
    x0, y0, x1, y1 = base.layers["roads"].total_bounds
    assert 205_000 < x0 < x1 < 225_000 and 530_000 < y0 < y1 < 550_000
    # by hand: 0.06 degrees of longitude at 52.855 N is 0.06 * 111320 * cos(52.855) = 4031 m,
    # 0.002 degrees of latitude 222 m, so the road is sqrt(4031^2 + 222^2) = 4037 m long
    assert base.layers["roads"].length.iloc[0] == pytest.approx(4037, rel=0.01)


def test_the_road_is_drawn_under_the_dots_with_its_attribution(demo_ws: Path) -> None:
    ws = open_workspace(_with(demo_ws, write_geojson_wgs84, "diever.geojson"))
    fig = village_map(ws, "diever")
    ax = fig.axes[0]
    from matplotlib.collections import LineCollection, PathCollection

    lines = [c for c in ax.collections if isinstance(c, LineCollection)]
    areas = [c for c in ax.collections if isinstance(c, PathCollection) and c.get_zorder() < 1]
    # the residents' dots are the one collection shaded by a colour scale
    dots_z = min(c.get_zorder() for c in ax.collections if c.get_array() is not None)
    assert lines and areas
    assert max(c.get_zorder() for c in lines + areas) < dots_z
    assert "OpenStreetMap" in ax.get_xlabel()
    assert text("basemap.missing", "nl")[:20] not in ax.get_xlabel()
    # the road's colour is in the picture (test_no_ground: not without the file)
    road = _rgb(STYLE["roads"][1])
    with_ground = (np.abs(_pixels(fig) - road).sum(axis=2) < 12).sum()
    assert with_ground > 50


def test_no_ground_says_in_words_how_to_get_one(demo_ws: Path) -> None:
    ws = open_workspace(demo_ws)
    fig = village_map(ws, "diever")
    ax = fig.axes[0]
    label = ax.get_xlabel().replace("\n", " ")
    assert "GIS-afdeling" in label
    for word in ("basemap", ".gpkg", "planning ", "--"):
        assert word not in label
    road = _rgb(STYLE["roads"][1])
    assert (np.abs(_pixels(fig) - road).sum(axis=2) < 12).sum() == 0


@pytest.mark.parametrize("village", ["diever", "roden"])
def test_the_legend_covers_no_dot(village: str) -> None:
    from planning.workspace.folder import demo_path

    fig = village_map(open_workspace(demo_path()), village)
    fig.canvas.draw()
    legend = fig.legends[0] if fig.legends else fig.axes[0].get_legend()
    box = legend.get_window_extent()
    ax = fig.axes[0]
    covered = 0
    for coll in ax.collections:
        offsets = coll.get_offsets()
        if not len(offsets):
            continue
        xy = coll.get_offset_transform().transform(offsets)
        inside_axes = ax.bbox.contains
        shown = np.array([inside_axes(x, y) for x, y in xy])
        covered += int(
            (
                shown
                & (xy[:, 0] >= box.x0)
                & (xy[:, 0] <= box.x1)
                & (xy[:, 1] >= box.y0)
                & (xy[:, 1] <= box.y1)
            ).sum()
        )
    assert covered == 0


def test_unknown_features_are_kept_grey_and_a_layer_without_projection_is_named(
    demo_ws: Path,
) -> None:
    import geopandas as gpd
    from helpers.basemap import features

    folder = demo_ws / "basemap"
    folder.mkdir()
    road, _water, built = features()
    # a fence: neither road, water nor building, and a layer name that says nothing
    gpd.GeoDataFrame({"soort": ["hek"]}, geometry=[road], crs="EPSG:4326").to_file(
        folder / "diversen.gpkg", layer="lijnen"
    )
    with pytest.warns(UserWarning, match="crs"):  # geopandas warns as a GIS tool would not
        gpd.GeoDataFrame({"soort": ["?"]}, geometry=[built]).to_file(
            folder / "zonder.gpkg", layer="vlakken"
        )
    base = read_basemap(open_workspace(demo_ws))
    assert base.counts == {"other": 1}
    assert [(p.file, p.message) for p in base.problems] == [
        ("basemap/zonder.gpkg", text("basemap.no_crs", "nl", layer="vlakken"))
    ]
    fig = village_map(open_workspace(demo_ws), "diever")
    grey = _rgb(STYLE["other"][1])
    assert (np.abs(_pixels(fig) - grey).sum(axis=2) < 12).sum() > 50
