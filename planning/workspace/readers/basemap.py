"""The ground under the village map: roads, water, built-up areas and outlines staff drop in.

Municipalities' GIS desks hold vector data (PDOK BGT/BAG/TOP10NL GeoPackages, CBS wijk-
and buurtkaarten, OpenStreetMap extracts); a file put in the workspace's ``basemap/``
folder is read once per workspace with GDAL (pyogrio), brought to RD New (EPSG:28992)
from whatever projection it states, and sorted into the few kinds a village map draws.
Nothing is fetched at run time: no tile server, the same map offline and in the PDF.

Features are sorted by their attributes first (OpenStreetMap tags), then by the name of
their layer (BGT/TOP10NL/CBS layer names); what fits neither is kept as ``other`` and
drawn in a neutral grey, never dropped silently.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np
import pandas as pd

from planning.errors import Joined, Problem, Said
from planning.i18n import fmt_int

if TYPE_CHECKING:
    from planning.workspace.folder import Workspace

#: the folder inside a workspace that holds the base map files
BASEMAP_FOLDER = "basemap"
#: RD New: the map's metres
RD = "EPSG:28992"
#: the file types read (an OSM extract as .osm.pbf or .osm XML, both through GDAL's OSM driver)
SUFFIXES = (".gpkg", ".geojson", ".json", ".osm.pbf", ".pbf", ".osm")
#: the kinds drawn, bottom to top
KINDS = ("built", "water", "roads", "outlines", "other")
#: OSM layers that hold no ground (points of interest, bare relations)
SKIPPED_LAYERS = frozenset({"points", "other_relations"})
#: the order ``planning check`` counts them in
COUNTED = ("roads", "water", "built", "outlines", "other")
#: how far (m) a file may reach beyond the villages and still be about the municipality
NEAR_M = 5000.0

#: layer names (lower case, a part of the name is enough) -> kind; BGT, TOP10NL, BAG, CBS
LAYER_WORDS: tuple[tuple[str, str], ...] = (
    ("wegdeel", "roads"),
    ("spoor", "roads"),
    ("weg", "roads"),
    ("road", "roads"),
    ("waterdeel", "water"),
    ("water", "water"),
    ("pand", "built"),
    ("gebouw", "built"),
    ("building", "built"),
    ("bebouw", "built"),
    ("buurt", "outlines"),
    ("wijk", "outlines"),
    ("gemeente", "outlines"),
    ("woonplaats", "outlines"),
    ("boundar", "outlines"),
)
#: landuse values that read as built-up on a map of where people live
BUILT_LANDUSE = frozenset({"residential", "commercial", "industrial", "retail", "farmyard"})
WATER_LANDUSE = frozenset({"reservoir", "basin"})


@dataclass(frozen=True)
class BaseMap:
    """What ``basemap/`` holds, in RD metres, per kind; and what was wrong with it."""

    layers: dict[str, Any] = field(default_factory=dict)  # kind -> GeoSeries (RD)
    files: tuple[str, ...] = ()
    counts: dict[str, int] = field(default_factory=dict)
    problems: tuple[Problem, ...] = ()
    #: which licences the drawn files carry: "osm" (ODbL), "pdok" (CC BY 4.0)
    sources: frozenset[str] = frozenset()

    @property
    def empty(self) -> bool:
        return not any(len(s) for s in self.layers.values())


def basemap_files(folder: Path) -> list[Path]:
    """The files in ``basemap/`` the map reads, by name."""
    if not folder.is_dir():
        return []
    return sorted(p for p in folder.iterdir() if p.is_file() and p.name.lower().endswith(SUFFIXES))


def _attribute_kind(frame: pd.DataFrame) -> pd.Series:
    """The kind each feature's tags say (OpenStreetMap), or None."""
    kind = pd.Series(None, index=frame.index, dtype=object)

    def col(name: str) -> pd.Series:
        if name in frame.columns:
            return frame[name].astype("string").str.lower()
        return pd.Series(pd.NA, index=frame.index, dtype="string")

    landuse, natural = col("landuse"), col("natural")
    rules = (
        ("outlines", col("boundary").eq("administrative")),
        ("built", col("building").notna() | landuse.isin(BUILT_LANDUSE)),
        ("water", col("waterway").notna() | natural.eq("water") | landuse.isin(WATER_LANDUSE)),
        ("roads", col("highway").notna() | col("railway").notna()),
    )
    for name, mask in rules:
        kind = kind.mask(mask.fillna(False).astype(bool), name)
    return kind


def _layer_kind(layer: str) -> str | None:
    low = layer.lower()
    for word, kind in LAYER_WORDS:
        if word in low:
            return kind
    return None


def _source(path: Path, layer: str, frame: pd.DataFrame) -> str:
    """Whose data this is, for the attribution on the map: OpenStreetMap (tags or an OSM
    file), CBS (wijk-, buurt- and gemeente layers) or else the Kadaster's PDOK products."""
    low = path.name.lower()
    osm_columns = {"osm_id", "osm_way_id", "highway", "other_tags"} & set(frame.columns)
    if low.endswith((".pbf", ".osm")) or "osm" in low or osm_columns:
        return "osm"
    if _layer_kind(layer) == "outlines":
        return "cbs"
    return "pdok"


def _villages_box(ws: Workspace) -> tuple[float, float, float, float] | None:
    """The villages' extent in RD metres, widened by NEAR_M (None: no village placed)."""
    from pyproj import Transformer

    v = ws.villages.dropna(subset=["lat", "lon"]) if "lat" in ws.villages else None
    if v is None or v.empty:
        return None
    x, y = Transformer.from_crs("EPSG:4326", RD, always_xy=True).transform(
        v["lon"].to_numpy(float), v["lat"].to_numpy(float)
    )
    return (
        float(np.min(x)) - NEAR_M,
        float(np.min(y)) - NEAR_M,
        float(np.max(x)) + NEAR_M,
        float(np.max(y)) + NEAR_M,
    )


def _problem(path: Path, key: str, **fields: Any) -> Problem:
    """A file of basemap/ the map cannot draw: by its key, so it is said (and grouped) in
    the language of whoever reads it."""
    return Problem(f"{BASEMAP_FOLDER}/{path.name}", None, None, None, key=key, fields=fields)


def read_basemap(ws: Workspace) -> BaseMap:
    """Every file in the workspace's ``basemap/``, read, reprojected and sorted by kind.

    The problems carry catalogue keys, so the map no longer depends on ``lang``; the
    parameter stays for the callers (and ``workspace_basemap``'s cache key)."""
    import geopandas as gpd
    import pyogrio
    import shapely

    box = _villages_box(ws)
    parts: dict[str, list[Any]] = {k: [] for k in KINDS}
    problems: list[Problem] = []
    sources: set[str] = set()
    files = basemap_files(ws.path / BASEMAP_FOLDER)
    for path in files:
        try:
            layers = [str(name) for name, _ in pyogrio.list_layers(path)]
        except (pyogrio.errors.DataSourceError, OSError, ValueError):
            problems.append(_problem(path, "basemap.unreadable"))
            continue
        found = 0
        for layer in layers:
            if layer in SKIPPED_LAYERS:
                continue
            try:
                frame = pyogrio.read_dataframe(path, layer=layer)
            except (
                pyogrio.errors.DataSourceError,
                pyogrio.errors.DataLayerError,
                OSError,
                ValueError,
                RuntimeError,
            ):
                problems.append(_problem(path, "basemap.unreadable"))
                continue
            frame = frame[frame.geometry.notna() & ~frame.geometry.is_empty]
            if frame.empty:
                continue
            if frame.crs is None:
                problems.append(_problem(path, "basemap.no_crs", layer=layer))
                continue
            geo = gpd.GeoDataFrame(frame, geometry="geometry").to_crs(RD)
            if box is not None and not shapely.box(*box).intersects(shapely.box(*geo.total_bounds)):
                problems.append(_problem(path, "basemap.outside", layer=layer))
                continue
            kind = _attribute_kind(geo).fillna(_layer_kind(layer) or "other")
            for name in KINDS:
                sel = geo.geometry[kind == name]
                if len(sel):
                    parts[name].append(sel)
            found += len(geo)
            sources.add(_source(path, layer, geo))
        if not found and not any(p.file.endswith(path.name) for p in problems):
            problems.append(_problem(path, "basemap.empty"))
    layers_out = {
        k: gpd.GeoSeries(pd.concat(v, ignore_index=True), crs=RD) for k, v in parts.items() if v
    }
    counts = {k: len(v) for k, v in layers_out.items()}
    return BaseMap(
        layers=layers_out,
        files=tuple(p.name for p in files),
        counts=counts,
        problems=tuple(problems),
        sources=frozenset(sources),
    )


def workspace_basemap(ws: Workspace) -> BaseMap:
    """``read_basemap``, once per workspace until a file in ``basemap/`` changes."""
    files = basemap_files(ws.path / BASEMAP_FOLDER)
    stamp = tuple((p.name, p.stat().st_mtime_ns, p.stat().st_size) for p in files)
    if not stamp:
        return BaseMap()
    return ws.cached(("basemap", stamp), ("villages",), lambda: read_basemap(ws))


def basemap_notes(ws: Workspace, lang: str = "nl") -> tuple[list[Problem], list[Problem]]:
    """What ``planning check`` says about the base map: (notes, problems)."""
    base = workspace_basemap(ws)
    if not base.files:
        return [], []
    counts = tuple(
        Said(f"basemap.count.{k}", {"count": fmt_int(base.counts[k], lang)})
        for k in COUNTED
        if base.counts.get(k)
    )
    summary = Problem(
        f"{BASEMAP_FOLDER}/",
        None,
        None,
        None,
        key="basemap.found",
        fields={
            "files": fmt_int(len(base.files), lang),
            "counts": Joined(counts, ", ") if counts else Said("basemap.nothing"),
        },
    )
    return [summary], list(base.problems)
