"""Small base map files around a demo village, made in the test: a road, a waterway and a
built-up area, as GeoJSON (WGS84), GeoPackage (RD New) and OpenStreetMap PBF."""

from __future__ import annotations

from pathlib import Path

#: Diever's centre in the demo (villages.csv), WGS84
LON, LAT = 6.317742, 52.854738


def features():
    """(road, waterway, built-up area) in WGS84, crossing Diever's centre."""
    from shapely.geometry import LineString, box

    road = LineString([(LON - 0.03, LAT + 0.001), (LON + 0.03, LAT + 0.003)])
    water = LineString([(LON - 0.02, LAT - 0.012), (LON + 0.02, LAT + 0.014)])
    built = box(LON - 0.006, LAT - 0.004, LON + 0.006, LAT + 0.004)
    return road, water, built


def write_geojson_wgs84(path: Path) -> Path:
    """OpenStreetMap-style tags, WGS84 (as GeoJSON has it)."""
    import geopandas as gpd

    road, water, built = features()
    frame = gpd.GeoDataFrame(
        {
            "highway": ["residential", None, None],
            "waterway": [None, "stream", None],
            "landuse": [None, None, "residential"],
        },
        geometry=[road, water, built],
        crs="EPSG:4326",
    )
    frame.to_file(path, driver="GeoJSON")
    return path


def write_gpkg_rd(path: Path) -> Path:
    """BGT-style layers (no tags: the layer names say the kind), in RD New."""
    import geopandas as gpd

    road, water, built = features()
    for layer, geom in (("wegdeel", road), ("waterdeel", water), ("pand", built)):
        frame = gpd.GeoDataFrame({"naam": [layer]}, geometry=[geom], crs="EPSG:4326")
        frame.to_crs("EPSG:28992").to_file(path, layer=layer, driver="GPKG")
    return path


def write_osm_pbf(path: Path) -> Path:
    """The same three as OpenStreetMap ways in a .osm.pbf (pyosmium writes it)."""
    import osmium
    from osmium.osm.mutable import Node, Way

    road, water, built = features()
    ways = (
        (road, {"highway": "residential", "name": "Brink"}),
        (water, {"waterway": "stream"}),
        (built, {"landuse": "residential"}),
    )
    writer = osmium.SimpleWriter(str(path))
    node_id, refs_of = 1, []
    try:
        for geom, _ in ways:
            coords = (
                list(geom.exterior.coords) if geom.geom_type == "Polygon" else list(geom.coords)
            )
            refs = []
            for lon, lat in coords:
                if geom.geom_type == "Polygon" and refs and (lon, lat) == coords[0]:
                    refs.append(refs[0])  # a closed way ends on its first node
                    continue
                writer.add_node(Node(id=node_id, location=(lon, lat), version=1))
                refs.append(node_id)
                node_id += 1
            refs_of.append(refs)
        for way_id, ((_, tags), refs) in enumerate(zip(ways, refs_of, strict=True), start=1):
            writer.add_way(Way(id=way_id, nodes=refs, tags=tags, version=1))
    finally:
        writer.close()
    return path
