"""Every Dutch municipality's villages and inhabitants, from the CBS tables in the package.

``planning new`` starts a workspace for any municipality without a network: the
figures travel in ``data/postcodes_2021.csv.gz`` (made by scripts/cbs/make_postcodes.py;
Bron: CBS, 83502NED and 83503NED, 1 January 2021; centroids 4pp, MIT — see
data/BRONNEN.md). A village is a residential place (woonplaats) with the four-digit
postcodes CBS assigns to it; its inhabitants per five-year age band are the sums over
those postcodes.

Staff type a municipality's name the way they write it ('s-Hertogenbosch, Den Bosch,
sudwest fryslan): names are compared without case, accents, apostrophes, dashes and
spaces, a name shared by two municipalities (Bergen) is refused with both candidates,
and a near miss gets a suggestion.

Only the standard library reads the table: ``planning new`` is a command staff run
first, and importing pandas would take longer than making the whole workspace.
"""

from __future__ import annotations

import csv
import difflib
import gzip
import io
import re
import unicodedata
from collections import defaultdict
from dataclasses import dataclass
from functools import cache
from importlib import resources

from planning.errors import WorkspaceError
from planning.io.cells import AGE_BANDS

DATA_FILE = "postcodes_2021.csv.gz"
#: the date the figures describe
PEILDATUM_YEAR = 2021
BAND_COLUMNS = tuple(f"a{band}" for band in AGE_BANDS)

#: names people use that are not the CBS name (after normalising)
COMMON_NAMES: dict[str, str] = {
    "denbosch": "'s-Hertogenbosch",
    "denhaag": "'s-Gravenhage",
    "thehague": "'s-Gravenhage",
}


def name_key(name: str) -> str:
    """A municipality name as compared: lower case, no accents, letters and digits only."""
    plain = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode("ascii")
    return re.sub(r"[^a-z0-9]", "", plain.lower())


def slug(name: str) -> str:
    """A village id from its name: 'Nieuw-Roden' -> 'nieuw-roden', 'Bergen (NH)' -> 'bergen-nh'."""
    plain = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode("ascii")
    return re.sub(r"[^a-z0-9]+", "-", plain.lower()).strip("-") or "kern"


@dataclass(frozen=True)
class PostcodeRow:
    """One four-digit postcode of the packaged table."""

    postcode: str
    woonplaats: str
    gemeente: str
    lat: float | None
    lon: float | None
    bands: tuple[int, ...]  # inhabitants per AGE_BANDS


def _coordinate(value: str) -> float | None:
    return float(value) if value.strip() else None


@cache
def postcode_rows() -> dict[str, tuple[PostcodeRow, ...]]:
    """The packaged postcode table, per municipality (its CBS name)."""
    source = resources.files("planning.workspace.reference").joinpath("data", DATA_FILE)
    text_rows = gzip.decompress(source.read_bytes()).decode("utf-8")
    by_municipality: dict[str, list[PostcodeRow]] = defaultdict(list)
    for row in csv.DictReader(io.StringIO(text_rows)):
        by_municipality[row["gemeente"]].append(
            PostcodeRow(
                row["postcode"],
                row["woonplaats"],
                row["gemeente"],
                _coordinate(row["lat"]),
                _coordinate(row["lon"]),
                tuple(int(float(row[c] or 0)) for c in BAND_COLUMNS),
            )
        )
    return {name: tuple(rows) for name, rows in by_municipality.items()}


def municipality_names() -> list[str]:
    """Every municipality in the table, as CBS writes it."""
    return sorted(postcode_rows())


def resolve_municipality(name: str) -> str:
    """The CBS name of the municipality meant by ``name``, or a WorkspaceError that says
    which names were meant (ambiguous) or which one is close (misspelt)."""
    names = municipality_names()
    by_key = {name_key(n): n for n in names}
    key = name_key(name)
    if key in by_key:
        return by_key[key]
    if key in COMMON_NAMES:
        return COMMON_NAMES[key]
    # 'Bergen' is the start of 'Bergen (L.)' and 'Bergen (NH.)'
    bare = {n: name_key(re.sub(r"\s*\(.*\)\s*$", "", n)) for n in names}
    candidates = [n for n, k in bare.items() if k == key and key]
    if len(candidates) == 1:
        return candidates[0]
    if candidates:
        raise WorkspaceError(key="new.ambiguous", name=name, candidates=", ".join(candidates))
    near = difflib.get_close_matches(key, list(by_key), n=3, cutoff=0.75)
    if near:
        raise WorkspaceError(
            key="new.unknown_hint", name=name, near=", ".join(by_key[k] for k in near)
        )
    raise WorkspaceError(key="new.unknown", name=name)


@dataclass(frozen=True)
class Village:
    """One row of the new villages.csv."""

    village_id: str
    name: str
    municipality: str
    postcodes: str  # "9301;9302"
    lat: float
    lon: float
    bands: tuple[int, ...]  # inhabitants per AGE_BANDS, 1 January PEILDATUM_YEAR


@dataclass(frozen=True)
class MunicipalityTables:
    """A municipality's villages and population, ready to be written as workspace tables."""

    municipality: str
    villages: tuple[Village, ...]
    #: names of villages none of whose postcodes has a centroid: placed at the
    #: municipality's centre, to be corrected by hand
    estimated_places: tuple[str, ...]

    @property
    def inhabitants(self) -> int:
        return sum(sum(v.bands) for v in self.villages)


def _centre(rows: list[PostcodeRow]) -> tuple[float, float] | None:
    """Inhabitant-weighted centre (lat, lon) of the postcodes with a centroid; a place
    whose postcodes have no inhabitants takes the plain mean, none with one: None."""
    placed = [(r.lat, r.lon, sum(r.bands)) for r in rows if r.lat is not None and r.lon is not None]
    if not placed:
        return None
    weights = [people for _lat, _lon, people in placed]
    total = sum(weights)
    if total <= 0:
        weights, total = [1] * len(placed), len(placed)
    lat = sum(w * p[0] for w, p in zip(weights, placed, strict=True)) / total
    lon = sum(w * p[1] for w, p in zip(weights, placed, strict=True)) / total
    return lat, lon


def municipality_tables(municipality: str) -> MunicipalityTables:
    """Villages (woonplaatsen with inhabitants) and inhabitants per village and age band."""
    rows = postcode_rows().get(municipality)
    if not rows:
        raise WorkspaceError(key="new.unknown", name=municipality)
    places: dict[str, list[PostcodeRow]] = defaultdict(list)
    for row in rows:
        places[row.woonplaats].append(row)
    whole = _centre(list(rows))
    villages: list[Village] = []
    estimated: list[str] = []
    ids: list[str] = []
    for place in sorted(places):
        members = places[place]
        bands = tuple(map(sum, zip(*(r.bands for r in members), strict=True)))
        if sum(bands) <= 0:
            continue  # only businesses or PO boxes: no village to plan for
        centre = _centre(members)
        if centre is None:
            estimated.append(place)
            centre = whole or (0.0, 0.0)
        village_id = slug(place)
        while village_id in ids:
            village_id += "-2"
        ids.append(village_id)
        villages.append(
            Village(
                village_id,
                place,
                municipality,
                ";".join(sorted(r.postcode for r in members)),
                round(centre[0], 6),
                round(centre[1], 6),
                bands,
            )
        )
    return MunicipalityTables(municipality, tuple(villages), tuple(estimated))
