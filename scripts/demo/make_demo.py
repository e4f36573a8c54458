"""Regenerate data/demo from CBS facts and a seed.

Real: the villages of Noordenveld and Westerveld (every four-digit postcode of
the two municipalities in the CBS 2021 postcode table), their inhabitants per
five-year age band on 1 January 2021 (CBS 83502NED, Bron: CBS) and postcode
centroids. Generated: everything else (facilities, provisions, partners,
commitments, population points and, in later steps, the survey and scenarios).
The same seed and sources give the same bytes.

    uv run python scripts/demo/make_demo.py [--realdata ../shared/realdata] [--out data/demo]
"""

from __future__ import annotations

import argparse
import re
import sys
from collections.abc import Callable
from pathlib import Path

import numpy as np
import pandas as pd

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "scripts" / "demo"))

SEED = 20260122
MUNICIPALITIES = ("Noordenveld", "Westerveld")
BASE_YEAR = 2026
DATA_YEAR = 2021


def slug(name: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-")


def write_csv(frame: pd.DataFrame, path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    frame.to_csv(path, index=False, lineterminator="\n", float_format="%.6f")


def load_cbs(realdata: Path) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Villages and population per age band from the CBS 2021 postcode tables."""
    pc_dir = realdata / "postcodes"
    pcs = pd.read_csv(
        pc_dir / "certegis_postcodes_pc2_pc3_pc4_cbs2021.csv", dtype={"postcode": str}
    )
    ages = pd.read_csv(
        pc_dir / "certegis_inwoners_per_postcode_leeftijd_cbs2021.csv", dtype={"postcode": str}
    )
    cents = pd.read_csv(pc_dir / "4pp_postcodes_nl.csv", dtype={"postcode": str})
    pc4 = pcs[(pcs["postcode"].str.len() == 4) & pcs["gemeente"].isin(MUNICIPALITIES)].copy()
    pc4["village_id"] = pc4["plaats"].map(slug)
    pc4 = pc4.merge(cents[["postcode", "latitude", "longitude"]], on="postcode", how="left")
    if pc4["latitude"].isna().any():
        missing = pc4.loc[pc4["latitude"].isna(), "postcode"].tolist()
        raise SystemExit(f"no centroid for postcodes {missing}")

    pop = ages[ages["postcode"].isin(pc4["postcode"])].merge(
        pc4[["postcode", "village_id"]], on="postcode"
    )
    pop = (
        pop.groupby(["village_id", "leeftijd"], sort=False)["inwoners"]
        .sum()
        .astype(int)
        .reset_index()
        .rename(columns={"leeftijd": "age_band", "inwoners": "inhabitants"})
    )
    pop.insert(1, "year", DATA_YEAR)
    band_order = {b: i for i, b in enumerate(pop["age_band"].drop_duplicates())}

    def centroid(group: pd.DataFrame) -> pd.Series:
        w = group["inwoners"].clip(lower=1)
        return pd.Series(
            {
                "name": group["plaats"].iloc[0],
                "municipality": group["gemeente"].iloc[0],
                "postcodes": ";".join(sorted(group["postcode"])),
                "lat": round(float(np.average(group["latitude"], weights=w)), 6),
                "lon": round(float(np.average(group["longitude"], weights=w)), 6),
            }
        )

    villages = (
        pc4.groupby("village_id", sort=True)[
            ["plaats", "gemeente", "postcode", "latitude", "longitude", "inwoners"]
        ]
        .apply(centroid)
        .reset_index()
    )
    villages = villages.sort_values(["municipality", "village_id"]).reset_index(drop=True)
    pop["order"] = pop["age_band"].map(band_order)
    pop = pop.sort_values(["village_id", "order"]).drop(columns="order").reset_index(drop=True)
    return villages, pop


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--realdata", type=Path, default=ROOT.parent / "shared" / "realdata")
    parser.add_argument("--out", type=Path, default=ROOT / "data" / "demo")
    parser.add_argument("--seed", type=int, default=SEED)
    args = parser.parse_args(argv)

    import demo_places

    villages, population = load_cbs(args.realdata)
    out: Path = args.out
    out.mkdir(parents=True, exist_ok=True)
    rng = np.random.default_rng(args.seed)
    write_csv(villages, out / "villages.csv")
    write_csv(population, out / "population.csv")
    demo_places.generate(out, villages, population, rng)
    # later steps (survey, scenarios, monitoring) add themselves here, each with its own rng
    for offset, step in STEPS:
        step(out, villages, population, np.random.default_rng([args.seed, offset]))
    print(
        f"demo workspace written to {out} ({len(villages)} villages, "
        f"{int(population['inhabitants'].sum())} inhabitants)"
    )
    return 0


#: (seed offset, generate(out, villages, population, rng)) run after the places;
#: each step has its own random stream so adding one leaves the others' bytes alone.
STEPS: list[tuple[int, Callable[..., None]]] = []
STEPS.append((3, __import__("demo_survey").generate))
STEPS.append((5, __import__("demo_scenarios").generate))  # scenarios (issue 5)
STEPS.append((7, __import__("demo_monitoring").generate))
STEPS.append((11, __import__("demo_matches").generate))  # matches made
STEPS.append((13, __import__("demo_followup").generate))  # people to call back
STEPS.append((17, __import__("demo_history").generate))  # an earlier plan of Diever
STEPS.append((17, __import__("demo_rounds").generate))  # an earlier survey round (2023)

if __name__ == "__main__":
    raise SystemExit(main())
