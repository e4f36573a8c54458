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


def _centre(rows: pd.DataFrame) -> tuple[float, float] | None:
    """The inhabitant-weighted centre of postcodes with a centroid (plain mean if empty)."""
    placed = rows.dropna(subset=["lat", "lon"])
    if placed.empty:
        return None
    weight = placed["total"]
    if weight.sum() <= 0:
        return float(placed["lat"].mean()), float(placed["lon"].mean())
    return (
        float((placed["lat"] * weight).sum() / weight.sum()),
        float((placed["lon"] * weight).sum() / weight.sum()),
    )


def municipality_tables(municipality: str) -> MunicipalityTables:
    """Villages (woonplaatsen with inhabitants) and inhabitants per village and age band."""
    table = postcode_table()
    rows = table[table["gemeente"] == municipality].copy()
    if rows.empty:
        raise WorkspaceError(text("new.unknown", name=municipality))
    bands = [f"a{band}" for band in AGE_BANDS]
    rows["total"] = rows[bands].sum(axis=1)
    whole = _centre(rows)
    villages, population, estimated, used = [], [], [], set()
    for place, group in rows.groupby("woonplaats", sort=True):
        if group["total"].sum() == 0:
            continue  # only businesses or PO boxes: no village to plan for
        village_id = slug(str(place))
        while village_id in used:
            village_id += "-2"
        used.add(village_id)
        centre = _centre(group)
        if centre is None:
            estimated.append(str(place))
            centre = whole
        lat, lon = centre if centre else (float("nan"), float("nan"))
        villages.append(
            {
                "village_id": village_id,
                "name": str(place),
                "municipality": municipality,
                "postcodes": ";".join(sorted(group["postcode"])),
                "lat": round(lat, 6),
                "lon": round(lon, 6),
            }
        )
        sums = group[bands].sum()
        population += [
            {
                "village_id": village_id,
                "year": PEILDATUM_YEAR,
                "age_band": band,
                "inhabitants": int(sums[f"a{band}"]),
            }
            for band in AGE_BANDS
        ]
    return MunicipalityTables(
        municipality, pd.DataFrame(villages), pd.DataFrame(population), tuple(estimated)
    )
