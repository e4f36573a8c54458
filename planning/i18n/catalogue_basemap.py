"""The words of the base map under the village map: what ``planning check`` found in
``basemap/``, what is wrong with a file, and the attribution and the hint on the map
(issue 25). Part of the one catalogue (merged into planning.i18n.catalogue.CATALOGUE)."""

from __future__ import annotations

BASEMAP_WORDS: dict[str, tuple[str, str]] = {
    # -- planning check ------------------------------------------------------------------
    "basemap.found": (
        "ondergrond: {files} bestanden, {counts}",
        "base map: {files} files, {counts}",
    ),
    "basemap.nothing": ("niets om te tekenen", "nothing to draw"),
    "basemap.count.roads": ("{count} wegen", "{count} roads"),
    "basemap.count.water": ("{count} waterdelen", "{count} water features"),
    "basemap.count.built": ("{count} bebouwde vlakken", "{count} built-up areas"),
    "basemap.count.outlines": ("{count} grenzen", "{count} outlines"),
    "basemap.count.other": (
        "{count} overige lijnen en vlakken (grijs getekend)",
        "{count} other lines and areas (drawn grey)",
    ),
    "basemap.unreadable": (
        "dit kaartbestand is niet te lezen als GeoPackage, GeoJSON of OpenStreetMap-bestand "
        "(beschadigd, leeg of een ander formaat); het wordt niet getekend",
        "this map file cannot be read as a GeoPackage, GeoJSON or OpenStreetMap file "
        "(damaged, empty or another format); it is not drawn",
    ),
    "basemap.no_crs": (
        "laag {layer} zegt niet in welke projectie hij staat (bijvoorbeeld RD New of WGS84); "
        "hij wordt niet getekend. Sla het bestand op met een projectie",
        "layer {layer} does not state its projection (for example RD New or WGS84); it is "
        "not drawn. Save the file with a projection",
    ),
    "basemap.outside": (
        "laag {layer} ligt buiten de gemeente (meer dan 5 km van elke kern); "
        "hij wordt niet getekend",
        "layer {layer} lies outside the municipality (more than 5 km from every village); "
        "it is not drawn",
    ),
    "basemap.empty": (
        "dit kaartbestand bevat geen lijnen of vlakken om te tekenen",
        "this map file holds no lines or areas to draw",
    ),
    # -- on the map ------------------------------------------------------------------------
    "basemap.attribution.osm": (
        "Ondergrond: © OpenStreetMap-bijdragers (ODbL)",
        "Base map: © OpenStreetMap contributors (ODbL)",
    ),
    "basemap.attribution.cbs": (
        "Grenzen: Bron: CBS, PDOK (CC BY 4.0)",
        "Outlines: Source: CBS, PDOK (CC BY 4.0)",
    ),
    "basemap.attribution.pdok": (
        "Ondergrond: Kadaster, PDOK (BGT, BAG, TOP10NL)",
        "Base map: Kadaster, PDOK (BGT, BAG, TOP10NL)",
    ),
    "basemap.missing": (
        "Nog geen ondergrond met wegen en water. Vraag de GIS-afdeling van de gemeente om "
        "een kaartbestand van deze kern (wegen, water, bebouwing); dan tekent de kaart ze mee.",
        "No base map with roads and water yet. Ask the municipality's GIS department for a "
        "map file of this village (roads, water, buildings); the map then draws them.",
    ),
}
