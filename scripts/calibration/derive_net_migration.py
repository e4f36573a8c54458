"""Derive net migration per municipality from two CBS counts; writes the package's data file.

For each municipality: its inhabitants per five-year band on 1 January 2021 (the sum
over its four-digit postcodes, CBS 83502NED, the figures the demo starts from) are
aged three years with the projection's own CBS death and birth rates and no
migration ("natural_2024"). CBS counted ``inhabitants_2024`` on 1 January 2024
(Kerncijfers wijken en buurten 2024, 85984NED). Migration in the projection
multiplies every village by (1 + rate) each year, and the projection is linear, so
the rate that meets the 2024 count exactly is

    rate = (inhabitants_2024 / natural_2024) ** (1 / 3) - 1

Bron: CBS (CC BY 4.0). The same sources give the same bytes.

    uv run python scripts/calibration/derive_net_migration.py [--realdata ../shared/realdata]
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

import numpy as np
import pandas as pd

from planning.analysis.population import Assumptions, project_bands
from planning.analysis.rates import NET_MIGRATION_FILE, NET_MIGRATION_SOURCE
from planning.io.cells import AGE_BANDS

ROOT = Path(__file__).resolve().parents[2]
#: CBS municipality codes (KWB 2024 keys); the postcode table names them.
MUNICIPALITIES = {"Noordenveld": "GM1699", "Westerveld": "GM1701"}
YEARS = 3  # 1 January 2021 -> 1 January 2024


def population_2021(realdata: Path) -> pd.DataFrame:
    """Inhabitants per municipality and band, 1 January 2021, summed over four-digit postcodes."""
    folder = realdata / "postcodes"
    pcs = pd.read_csv(folder / "certegis_postcodes_pc2_pc3_pc4_cbs2021.csv", dtype=str)
    ages = pd.read_csv(folder / "certegis_inwoners_per_postcode_leeftijd_cbs2021.csv", dtype=str)
    pc4 = pcs[(pcs["postcode"].str.len() == 4) & pcs["gemeente"].isin(MUNICIPALITIES)]
    rows = ages.merge(pc4[["postcode", "gemeente"]], on="postcode")
    rows["inwoners"] = pd.to_numeric(rows["inwoners"], errors="coerce").fillna(0)
    wide = rows.pivot_table(index="gemeente", columns="leeftijd", values="inwoners", aggfunc="sum")
    return wide.reindex(columns=list(AGE_BANDS)).fillna(0.0)


def derive(realdata: Path) -> pd.DataFrame:
    kwb = json.loads(
        (realdata / "cbs" / "kwb2024_85984NED_gemeente_wijk_stripped.json").read_text("utf-8")
    )
    wide = population_2021(realdata)
    names = list(wide.index)
    natural = project_bands(wide.to_numpy(float), YEARS, Assumptions(), np.zeros(len(names)))
    out = []
    for i, name in enumerate(names):
        code = MUNICIPALITIES[name]
        counted = int(kwb[code]["AantalInwoners_5"])
        nat = float(natural[YEARS][i].sum())
        out.append(
            {
                "code": code,
                "municipality": name,
                "inhabitants_2021": int(np.floor(wide.iloc[i].sum() + 0.5)),
                "inhabitants_2024": counted,
                "natural_2024": round(nat, 1),
                "net_migration_rate": round((counted / nat) ** (1 / YEARS) - 1, 5),
            }
        )
    return pd.DataFrame(out).sort_values("code")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--realdata", type=Path, default=ROOT.parent / "shared" / "realdata")
    parser.add_argument("--out", type=Path, default=NET_MIGRATION_FILE)
    args = parser.parse_args(argv)
    frame = derive(args.realdata)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    with args.out.open("w", encoding="utf-8", newline="") as f:
        frame.to_csv(f, index=False, lineterminator="\n")
        f.write(f"# {NET_MIGRATION_SOURCE}; scripts/calibration/derive_net_migration.py\n")
    print(frame.to_string(index=False))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
