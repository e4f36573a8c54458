"""The projection's rates against the CBS figures they cite, computed independently."""

from __future__ import annotations

import csv
import json
import math
from pathlib import Path

import pytest

from planning.analysis.rates import (
    DEATH_PROBABILITY,
    FERTILITY_BY_BAND,
    INFANT_DEATH_PROBABILITY_2023,
    LIFE_EXPECTANCY_2023,
    NET_MIGRATION_FILE,
    TOTAL_FERTILITY_2023,
    cbs_net_migration,
    municipal_migration,
)

#: CBS KWB 2024 (85984NED), AantalInwoners_5 on 1 January 2024, GM1699 and GM1701
KWB_2024 = {"Noordenveld": 31686, "Westerveld": 20003}


def test_total_fertility_is_cbs_2023() -> None:
    # 85747NED, 2023: 1,43289 children per woman; five years per band
    assert TOTAL_FERTILITY_2023 == 1.43289
    assert 5 * sum(FERTILITY_BY_BAND.values()) == pytest.approx(1.43289, abs=0.005)


def test_mortality_is_cbs_2023() -> None:
    men, women = INFANT_DEATH_PROBABILITY_2023
    assert (men, women) == (0.00363, 0.00287)  # 37360ned, 2023, age 0
    assert DEATH_PROBABILITY["0"] == pytest.approx((men + women) / 2, abs=1e-4)
    # life expectancy at birth of the band table, with plain Python: a life table of
    # single years, each band's probability over its five years, 95+ an open group
    alive, years = 1.0, 0.0
    for age in range(95):
        band = "0" if age == 0 else ("0-4" if age < 5 else f"{age // 5 * 5}-{age // 5 * 5 + 4}")
        q = DEATH_PROBABILITY[band]
        years += alive * (1 - q / 2)
        alive *= 1 - q
    years += alive / DEATH_PROBABILITY["95+"] - alive / 2
    assert LIFE_EXPECTANCY_2023 == 81.8
    assert abs(years - LIFE_EXPECTANCY_2023) < 0.5


def _kwb(realdata: Path) -> dict[str, int]:
    data = json.loads(
        (realdata / "cbs" / "kwb2024_85984NED_gemeente_wijk_stripped.json").read_text()
    )
    return {code: row["AantalInwoners_5"] for code, row in data.items() if code.startswith("GM")}


def _postcode_sums(realdata: Path, names: set[str]) -> dict[str, float]:
    """The csv module's own sum over each named 2021 municipality's four-digit postcodes."""
    folder = realdata / "postcodes"
    owner: dict[str, str] = {}
    with open(folder / "certegis_postcodes_pc2_pc3_pc4_cbs2021.csv", encoding="utf-8") as f:
        for row in csv.DictReader(f):
            if len(row["postcode"]) == 4 and row["gemeente"] in names:
                owner[row["postcode"]] = row["gemeente"]
    totals = dict.fromkeys(names, 0.0)
    with open(
        folder / "certegis_inwoners_per_postcode_leeftijd_cbs2021.csv", encoding="utf-8"
    ) as f:
        for row in csv.DictReader(f):
            if row["postcode"] in owner and row["inwoners"] not in ("", "NA"):
                totals[owner[row["postcode"]]] += float(row["inwoners"])
    return totals


def test_every_2024_municipality_is_calibrated(realdata: Path) -> None:
    kwb = _kwb(realdata)
    assert len(kwb) == 342
    rows = municipal_migration().values()
    assert {code for r in rows for code in r.code.split("+")} == set(kwb)
    for row in rows:
        assert row.inhabitants_2024 == sum(kwb[c] for c in row.code.split("+"))
        # the rate that takes natural growth to the CBS count in three years (natural_2024
        # is rounded to 0,1 person: 5e-5 for the smallest islands)
        assert row.rate == pytest.approx(
            (row.inhabitants_2024 / row.natural_2024) ** (1 / 3) - 1, abs=5e-5
        )
        # natural change over three years is small (-4%..+3%, Amsterdam and Utrecht the youngest)
        assert -0.04 < row.natural_2024 / row.inhabitants_2021 - 1 < 0.03
    assert "Bron: CBS" in NET_MIGRATION_FILE.read_text(encoding="utf-8")
    assert {"Noordenveld": kwb["GM1699"], "Westerveld": kwb["GM1701"]} == KWB_2024
    assert cbs_net_migration(" noordenveld ") == municipal_migration()["noordenveld"].rate
    assert cbs_net_migration("Nergenshuizen") is None


def test_2021_counts_are_the_postcode_sums(realdata: Path) -> None:
    """A few municipalities, a rename and two herindelingen, recomputed with csv alone."""
    groups = {
        "Noordenveld": ("Noordenveld",),
        "Westerveld": ("Westerveld",),
        "Aa en Hunze": ("Aa en Hunze",),
        "Beek (L.)": ("Beek",),  # renamed, same boundaries
        "Maashorst": ("Uden", "Landerd"),  # merged 1 January 2023
        "Land van Cuijk": ("Boxmeer", "Cuijk", "Grave", "Mill en Sint Hubert", "Sint Anthonis"),
    }
    totals = _postcode_sums(realdata, {n for members in groups.values() for n in members})
    table = municipal_migration()
    for group, members in groups.items():
        for member in members:
            row = table[member.lower()]
            assert row.calibrated_as == group
            assert row.inhabitants_2021 == math.floor(sum(totals[m] for m in members) + 0.5)
        assert table[group.lower()].rate == table[members[0].lower()].rate
    assert table["noordenveld"].inhabitants_2024 == 31686
    assert table["maashorst"].code == "GM1991"
