"""Build planning/workspace/reference/data/postcodes_2021.csv.gz from the CBS 2021 postcode tables.

``planning new`` makes a workspace for any municipality without a network, so the
figures it needs travel inside the package: one row per four-digit postcode with its
residential place (woonplaats), municipality, centroid and inhabitants per five-year
age band on 1 January 2021. Run it again when newer tables arrive:

    uv run python scripts/cbs/make_postcodes.py REALDATA_DIR

REALDATA_DIR holds ``postcodes/`` with

- ``certegis_postcodes_pc2_pc3_pc4_cbs2021.csv``: place and municipality per postcode,
  CBS 83503NED (1 January 2021), CC BY 4.0 ("Bron: CBS");
- ``certegis_inwoners_per_postcode_leeftijd_cbs2021.csv``: inhabitants per postcode and
  age band, CBS 83502NED (1 January 2021), CC BY 4.0 ("Bron: CBS");
- ``4pp_postcodes_nl.csv``: postcode centroids (WGS84), 4pp by Bob den Otter, MIT;
  its notice is kept in planning/workspace/reference/data/BRONNEN.md.

Choices, so nobody has to guess them later:

- postcodes CBS gives no municipality for (21, mostly without inhabitants) are left out:
  they cannot be placed in a workspace;
- an age band CBS keeps secret (empty) counts as 0; in these tables that happens only for
  postcodes whose every band and total are secret;
- a postcode without a 4pp centroid (40, newer than 2014) gets empty coordinates; its
  village takes its place from its other postcodes.
"""

from __future__ import annotations

import gzip
import io
import sys
from pathlib import Path

import pandas as pd

OUT = Path(__file__).resolve().parents[2] / "planning" / "workspace" / "data"
AGE_BANDS = [f"{lo}-{lo + 4}" for lo in range(0, 95, 5)] + ["95+"]


def build(realdata: Path) -> pd.DataFrame:
    folder = realdata / "postcodes"
    places = pd.read_csv(
        folder / "certegis_postcodes_pc2_pc3_pc4_cbs2021.csv", dtype={"postcode": str}
    )
    places = places[places["postcode"].str.len() == 4].dropna(subset=["gemeente", "plaats"])
    ages = pd.read_csv(
        folder / "certegis_inwoners_per_postcode_leeftijd_cbs2021.csv", dtype={"postcode": str}
    )
    ages = ages[ages["postcode"].str.len() == 4]
    wide = (
        ages.pivot(index="postcode", columns="leeftijd", values="inwoners")
        .reindex(columns=AGE_BANDS)
        .fillna(0)
        .astype(int)
    )
    centroids = pd.read_csv(folder / "4pp_postcodes_nl.csv", dtype={"postcode": str})
    centroids = centroids.drop_duplicates("postcode").set_index("postcode")
    out = pd.DataFrame(
        {
            "postcode": places["postcode"].to_numpy(),
            "woonplaats": places["plaats"].to_numpy(),
            "gemeente": places["gemeente"].to_numpy(),
        }
    )
    out["lat"] = out["postcode"].map(centroids["latitude"]).round(5)
    out["lon"] = out["postcode"].map(centroids["longitude"]).round(5)
    bands = wide.reindex(out["postcode"]).fillna(0).astype(int)
    bands.columns = [f"a{band}" for band in AGE_BANDS]
    out = pd.concat([out, bands.reset_index(drop=True)], axis=1)
    return out.sort_values("postcode").reset_index(drop=True)


def write(frame: pd.DataFrame, target: Path) -> None:
    """Gzip with a fixed timestamp, so an unchanged table gives an unchanged file."""
    text = io.StringIO()
    frame.to_csv(text, index=False, lineterminator="\n")
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_bytes(gzip.compress(text.getvalue().encode("utf-8"), mtime=0))


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit("gebruik: make_postcodes.py REALDATA_DIR")
    table = build(Path(sys.argv[1]))
    write(table, OUT / "postcodes_2021.csv.gz")
    print(f"{len(table)} postcodes, {table['gemeente'].nunique()} gemeenten")
