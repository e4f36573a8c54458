"""Derive net migration for every municipality from two CBS counts; writes the package's data file.

For each municipality: its inhabitants per five-year band on 1 January 2021 (the sum
over its four-digit postcodes, CBS 83502NED, the figures ``planning new`` and the
demo start from) are aged three years with the projection's own CBS death and birth
rates and no migration ("natural_2024"). CBS counted ``inhabitants_2024`` on
1 January 2024 (Kerncijfers wijken en buurten 2024, 85984NED). Migration in the
projection multiplies every village by (1 + rate) each year, and the projection is
linear, so the rate that meets the 2024 count exactly is

    rate = (inhabitants_2024 / natural_2024) ** (1 / 3) - 1

The projection then spreads each year's net migrants over the ages by a stated
schedule (planning.analysis.migration: young adults leave, people in their late
twenties and thirties come), keeping their number at rate x population; only the
births and deaths of the differently aged migrants move the 2024 total, by a few
hundredths of a percent (the tests hold it within 1% of CBS).

KWB 2024 is keyed by the CBS municipality code of 2024 and carries no names; the
names come from ``gemeenten_2024.csv`` (Bron: CBS, Gemeentelijke indeling op
1 januari 2024; every code is checked against the KWB keys). The 2021 table still
has the municipalities merged in 2022 and 2023 and Haaren (split over four
neighbours in 2021), so :data:`REDIVISIONS` groups each of them with the 2024
municipalities that took them in: the group's 2021 sum is set against the group's
2024 count and every member gets the group's rate (``calibrated_as`` names the
group). A municipality that cannot be placed is not written; the projection then
uses 0 and says so. Renames without a boundary change (Beek -> Beek (L.)) are matched
by the name before the bracket.

Bron: CBS (CC BY 4.0). The same sources give the same bytes.

    uv run python scripts/calibration/derive_net_migration.py [--realdata ../shared/realdata]
"""

from __future__ import annotations

import argparse
import csv
import json
import re
from pathlib import Path

import numpy as np
import pandas as pd

from planning.analysis.population import Assumptions, project_bands
from planning.analysis.rates import NET_MIGRATION_FILE, NET_MIGRATION_SOURCE
from planning.io.cells import AGE_BANDS

ROOT = Path(__file__).resolve().parents[2]
CODES_FILE = Path(__file__).with_name("gemeenten_2024.csv")
YEARS = 3  # 1 January 2021 -> 1 January 2024

#: Herindelingen between 1 January 2021 and 1 January 2024 (CBS Gemeentelijke
#: indeling, wijzigingen 2022 and 2023): 2024 municipality -> 2021 names it was made of.
#: Haaren was divided on 1 January 2021 over Boxtel, Oisterwijk, Tilburg and Vught,
#: but the 2021 postcode table still names it: those four form one group with it.
REDIVISIONS: dict[str, tuple[str, ...]] = {
    "Amsterdam": ("Amsterdam", "Weesp"),
    "Purmerend": ("Purmerend", "Beemster"),
    "Dijk en Waard": ("Heerhugowaard", "Langedijk"),
    "Land van Cuijk": ("Boxmeer", "Cuijk", "Grave", "Mill en Sint Hubert", "Sint Anthonis"),
    "Maashorst": ("Uden", "Landerd"),
    "Voorne aan Zee": ("Brielle", "Hellevoetsluis", "Westvoorne"),
    "Boxtel+Oisterwijk+Tilburg+Vught": ("Haaren", "Boxtel", "Oisterwijk", "Tilburg", "Vught"),
}


def codes_2024() -> dict[str, str]:
    """2024 municipality name -> CBS code (GM....)."""
    with CODES_FILE.open(encoding="utf-8", newline="") as f:
        return {r["name"]: r["code"] for r in csv.DictReader(f)}


def population_2021(realdata: Path) -> pd.DataFrame:
    """Inhabitants per municipality and band, 1 January 2021, summed over four-digit postcodes."""
    folder = realdata / "postcodes"
    pcs = pd.read_csv(folder / "certegis_postcodes_pc2_pc3_pc4_cbs2021.csv", dtype=str)
    ages = pd.read_csv(folder / "certegis_inwoners_per_postcode_leeftijd_cbs2021.csv", dtype=str)
    pc4 = pcs[(pcs["postcode"].str.len() == 4) & pcs["gemeente"].notna()]
    rows = ages.merge(pc4[["postcode", "gemeente"]], on="postcode")
    rows["inwoners"] = pd.to_numeric(rows["inwoners"], errors="coerce").fillna(0)
    wide = rows.pivot_table(index="gemeente", columns="leeftijd", values="inwoners", aggfunc="sum")
    return wide.reindex(columns=list(AGE_BANDS)).fillna(0.0)


def groups(names_2021: list[str], codes: dict[str, str]) -> dict[str, tuple[list[str], list[str]]]:
    """Calibration group -> (2021 names, 2024 codes); names that fit nowhere are left out."""
    plain = {re.sub(r" \(.*\)$", "", name): name for name in codes}
    out: dict[str, tuple[list[str], list[str]]] = {}
    placed: set[str] = set()
    for group, members in REDIVISIONS.items():
        targets = group.split("+")
        out[group] = ([m for m in members if m in names_2021], [codes[t] for t in targets])
        placed.update(members)
    for name in names_2021:
        if name in placed:
            continue
        target = name if name in codes else plain.get(name)
        if target is not None:
            out[target] = ([name], [codes[target]])
    return out


def derive(realdata: Path) -> tuple[pd.DataFrame, list[str]]:
    """The data file's rows and the 2021 names that could not be calibrated."""
    kwb = json.loads(
        (realdata / "cbs" / "kwb2024_85984NED_gemeente_wijk_stripped.json").read_text("utf-8")
    )
    codes = codes_2024()
    unknown = sorted(set(codes.values()) - set(kwb))
    if unknown:
        raise SystemExit(f"codes not in KWB 2024: {unknown}")
    wide = population_2021(realdata)
    calibration = groups(list(wide.index), codes)
    names = list(calibration)
    bands = np.stack([wide.loc[calibration[g][0]].to_numpy(float).sum(axis=0) for g in names])
    natural = project_bands(bands, YEARS, Assumptions(), np.zeros(len(names)))
    out = []
    for i, group in enumerate(names):
        members, group_codes = calibration[group]
        counted = sum(int(kwb[c]["AantalInwoners_5"]) for c in group_codes)
        nat = float(natural[YEARS][i].sum())
        for member in members:
            out.append(
                {
                    "code": "+".join(group_codes),
                    "municipality": member,
                    "calibrated_as": group,
                    "inhabitants_2021": int(np.floor(bands[i].sum() + 0.5)),
                    "inhabitants_2024": counted,
                    "natural_2024": round(nat, 1),
                    "net_migration_rate": round((counted / nat) ** (1 / YEARS) - 1, 5),
                }
            )
    placed = {m for members, _ in calibration.values() for m in members}
    left = sorted(set(wide.index) - placed)
    return pd.DataFrame(out).sort_values(["code", "municipality"]), left


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--realdata", type=Path, default=ROOT.parent / "shared" / "realdata")
    parser.add_argument("--out", type=Path, default=NET_MIGRATION_FILE)
    args = parser.parse_args(argv)
    frame, left = derive(args.realdata)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    with args.out.open("w", encoding="utf-8", newline="") as f:
        frame.to_csv(f, index=False, lineterminator="\n")
        f.write(f"# {NET_MIGRATION_SOURCE}; scripts/calibration/derive_net_migration.py\n")
        if left:
            f.write(f"# niet te kalibreren (migratie 0): {', '.join(left)}\n")
    print(f"{len(frame)} municipalities written; not calibrated: {left or 'none'}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
