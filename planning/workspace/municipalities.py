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
"""

from __future__ import annotations

import difflib
import re
import unicodedata
from dataclasses import dataclass
from functools import cache
from importlib import resources

import pandas as pd

from planning.errors import WorkspaceError
from planning.i18n import text
from planning.io.cells import AGE_BANDS

DATA_FILE = "postcodes_2021.csv.gz"
#: the date the figures describe
PEILDATUM_YEAR = 2021

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


@cache
def postcode_table() -> pd.DataFrame:
    """The packaged postcode table: postcode, woonplaats, gemeente, lat, lon, a0-4 ... a95+."""
    source = resources.files("planning.workspace").joinpath("data", DATA_FILE)
    with source.open("rb") as handle:
        return pd.read_csv(
            handle, compression="gzip", dtype={"postcode": str, "woonplaats": str, "gemeente": str}
        )


def municipality_names() -> list[str]:
    """Every municipality in the table, as CBS writes it."""
    return sorted(postcode_table()["gemeente"].unique())


def resolve_municipality(name: str, lang: str = "nl") -> str:
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
        raise WorkspaceError(
            text("new.ambiguous", lang, name=name, candidates=", ".join(candidates))
        )
    near = difflib.get_close_matches(key, list(by_key), n=3, cutoff=0.75)
    if near:
        raise WorkspaceError(
            text("new.unknown_hint", lang, name=name, near=", ".join(by_key[k] for k in near))
        )
    raise WorkspaceError(text("new.unknown", lang, name=name))


@dataclass(frozen=True)
class MunicipalityTables:
    """A municipality's villages and population, ready to be written as workspace tables."""

    municipality: str
    villages: pd.DataFrame
    population: pd.DataFrame
    #: names of villages none of whose postcodes has a centroid: placed at the
    #: municipality's centre, to be corrected by hand
    estimated_places: tuple[str, ...]


def _centres(rows: pd.DataFrame, by: str | None) -> pd.DataFrame:
    """Inhabitant-weighted centre (lat, lon) of the postcodes with a centroid, per ``by``
    (or of all rows); a place whose postcodes have no inhabitants takes the plain mean."""
    placed = rows.dropna(subset=["lat", "lon"])
    weight = placed["total"].astype(float)
    parts = pd.DataFrame(
        {
            "key": placed[by] if by else "",
            "w": weight,
            "wlat": placed["lat"] * weight,
            "wlon": placed["lon"] * weight,
            "lat": placed["lat"],
            "lon": placed["lon"],
        }
    ).groupby("key")
    sums, means = parts[["w", "wlat", "wlon"]].sum(), parts[["lat", "lon"]].mean()
    weighted = sums["w"] > 0
    return pd.DataFrame(
        {
            "lat": (sums["wlat"] / sums["w"]).where(weighted, means["lat"]),
            "lon": (sums["wlon"] / sums["w"]).where(weighted, means["lon"]),
        }
    )


def municipality_tables(municipality: str) -> MunicipalityTables:
    """Villages (woonplaatsen with inhabitants) and inhabitants per village and age band."""
    table = postcode_table()
    rows = table[table["gemeente"] == municipality].copy()
    if rows.empty:
        raise WorkspaceError(text("new.unknown", name=municipality))
    bands = [f"a{band}" for band in AGE_BANDS]
    rows["total"] = rows[bands].sum(axis=1)
    places = rows.groupby("woonplaats", sort=True)
    sums = places[bands].sum()
    # only businesses or PO boxes: no village to plan for
    sums = sums[sums.sum(axis=1) > 0]
    postcodes = places["postcode"].agg(lambda codes: ";".join(sorted(codes)))
    centres = _centres(rows, "woonplaats").reindex(sums.index)
    whole = _centres(rows, None).iloc[0]
    estimated = tuple(str(name) for name in centres.index[centres["lat"].isna()])
    centres = centres.fillna({"lat": whole["lat"], "lon": whole["lon"]})
    ids: list[str] = []
    for place in sums.index:
        village_id = slug(str(place))
        while village_id in ids:
            village_id += "-2"
        ids.append(village_id)
    villages = pd.DataFrame(
        {
            "village_id": ids,
            "name": sums.index.astype(str),
            "municipality": municipality,
            "postcodes": postcodes.reindex(sums.index).to_numpy(),
            "lat": centres["lat"].round(6).to_numpy(),
            "lon": centres["lon"].round(6).to_numpy(),
        }
    )
    counts = sums.to_numpy()
    population = pd.DataFrame(
        {
            "village_id": [v for v in ids for _ in AGE_BANDS],
            "year": PEILDATUM_YEAR,
            "age_band": list(AGE_BANDS) * len(ids),
            "inhabitants": counts.reshape(-1).astype(int),
        }
    )
    return MunicipalityTables(municipality, villages, population, estimated)
