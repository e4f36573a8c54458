"""The demographic rates of the projection, each with the CBS source it comes from.

Kept apart from the projection arithmetic so a reader (and the tests) can check
every number against its source in one place, and so other modules (``planning
new``'s checks, the plan's method section) can cite the same rates:

* :data:`DEATH_PROBABILITY`: one-year probabilities of dying per five-year band;
* :data:`FERTILITY_BY_BAND`: live births per woman per year by age of the mother;
* :func:`cbs_net_migration`: net migration per municipality per year, derived from
  two CBS counts and shipped in ``data/net_migration_cbs.csv`` (Bron: CBS).
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from functools import cache

from planning.i18n import text
from planning.io.resources import package_path

#: CBS StatLine 37360ned "Levensverwachting; geslacht, leeftijd", 2023: life expectancy
#: at birth of men 80,31 and women 83,33 years; both sexes together 81,8 (CBS
#: Doodsoorzakenstatistiek 2023, as published on staatvenz.nl).
LIFE_EXPECTANCY_2023 = 81.8
#: CBS StatLine 37360ned, 2023, sterftekans at age 0: men 0,00363, women 0,00287.
INFANT_DEATH_PROBABILITY_2023 = (0.00363, 0.00287)
#: CBS StatLine 85747NED "Prognose levendgeborenen, vruchtbaarheidscijfers; leeftijd
#: moeder 2023-2070": total fertility rate 2023 = 1,43289 children per woman.
TOTAL_FERTILITY_2023 = 1.43289

#: One-year probability of dying per five-year band, both sexes, the Netherlands.
#: "0" is the first year of life (2023: the mean of the men's and women's sterftekans in
#: 37360ned, 0,00363 and 0,00287); "0-4" are the ages 1-4. The bands below 60 are the
#: 2019 single-year sterftekansen of 37360ned averaged per band (unchanged in 2023 at
#: this rounding: men aged 21, 0,00039 in 2023); the bands from 60 are those averages
#: times 1,04, so that mortality in 2023 stands where CBS measured it: men aged 61,
#: 0,00694, and aged 81, 0,0569, and a life expectancy of 81,8 years, 0,3 below 2019
#: (82,1). Spread evenly over each band the table gives 82,2 years; the 0,4 year above
#: CBS is the cost of five-year bands (tests check it stays within half a year).
DEATH_PROBABILITY: dict[str, float] = {
    "0": 0.0033,
    "0-4": 0.00012,
    "5-9": 0.00007,
    "10-14": 0.00008,
    "15-19": 0.00020,
    "20-24": 0.00030,
    "25-29": 0.00035,
    "30-34": 0.00042,
    "35-39": 0.00060,
    "40-44": 0.00095,
    "45-49": 0.0015,
    "50-54": 0.0024,
    "55-59": 0.0039,
    "60-64": 0.0071,
    "65-69": 0.0109,
    "70-74": 0.0177,
    "75-79": 0.0302,
    "80-84": 0.054,
    "85-89": 0.101,
    "90-94": 0.185,
    "95+": 0.322,
}
DEATH_PROBABILITY_SOURCE = text("source.deaths")

#: Live births per woman per year by the mother's five-year band, the Netherlands 2023.
#: They sum to 0,2866, a total fertility rate of 5 x 0,2866 = 1,433, the 1,43289 of CBS
#: 85747NED for 2023. The split over the bands follows the births by age of the mother
#: in CBS 37201 (most births at 30-34; mean age at first birth about 30); the tests
#: check the total against 85747NED.
FERTILITY_BY_BAND: dict[str, float] = {
    "15-19": 0.0019,
    "20-24": 0.0160,
    "25-29": 0.0650,
    "30-34": 0.1170,
    "35-39": 0.0700,
    "40-44": 0.0156,
    "45-49": 0.0011,
}
FERTILITY_SOURCE = text("source.births")

NET_MIGRATION_FILE = package_path("analysis", "data", "net_migration_cbs.csv")
#: the three sources in Dutch; in English: text("source.migration", "en") and so on
NET_MIGRATION_SOURCE = text("source.migration")


@dataclass(frozen=True)
class MunicipalMigration:
    """One row of the shipped data file: how a municipality's net migration was derived."""

    code: str  # CBS code(s) of 2024, "+"-joined when a 2021 division is calibrated as a group
    municipality: str  # the 2021 name, as in the postcode table ``planning new`` reads
    calibrated_as: str  # the 2024 municipality (or group) whose count was met
    inhabitants_2021: int  # sum of the CBS 2021 postcode figures (83502NED)
    inhabitants_2024: int  # CBS KWB 2024 (85984NED), 1 January 2024
    natural_2024: float  # the 2021 population aged 3 years with DEATH_ and FERTILITY_ rates
    rate: float  # net migration per year, share of the population


@cache
def municipal_migration() -> dict[str, MunicipalMigration]:
    """The shipped derivation per municipality, keyed by its name in lower case.

    Both the 2021 name (Beek, Uden) and the 2024 name (Beek (L.), Maashorst) find a row,
    so a workspace written with either gets its rate.
    """
    with NET_MIGRATION_FILE.open(encoding="utf-8", newline="") as f:
        rows = [r for r in csv.DictReader(f) if not r["code"].startswith("#")]
    by_2024 = {r["calibrated_as"].strip().lower(): r for r in rows if "+" not in r["code"]}
    return {
        name: MunicipalMigration(
            code=r["code"],
            municipality=r["municipality"],
            calibrated_as=r["calibrated_as"],
            inhabitants_2021=int(r["inhabitants_2021"]),
            inhabitants_2024=int(r["inhabitants_2024"]),
            natural_2024=float(r["natural_2024"]),
            rate=float(r["net_migration_rate"]),
        )
        for name, r in {
            **by_2024,
            **{r["municipality"].strip().lower(): r for r in rows},
        }.items()
    }


def cbs_net_migration(municipality: str) -> float | None:
    """Net migration per year (share of the population) of a municipality, Bron: CBS.

    None when the municipality is not in the shipped file; the caller then says so
    and falls back to its own default (the projection uses 0).
    """
    row = municipal_migration().get(municipality.strip().lower())
    return None if row is None else row.rate
