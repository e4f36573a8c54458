"""Register (BRP) deliveries for Westerveld, made as a BRP desk makes them.

The counts per woonplaats are of the size CBS publishes per woonplaats (1 January 2024:
Dwingeloo about 2.800, Lhee about 385, Eemster about 370, Geeuwenbrug about 350); the
ages follow the CBS age structure of the woonplaats' four-digit postcode area
(1 January 2021, the table ``planning new`` ships), spread over single years with
whole numbers. The files are shaped like a desk's report: title lines, a peildatum in
a title, the place written once per block, men and women apart, a total row.
"""

from __future__ import annotations

import csv
import gzip
import io
from importlib import resources
from pathlib import Path

#: inhabitants per woonplaats on the peildatum (Lhee and Eemster have no postcode area)
TOTALS: dict[str, int] = {
    "Havelte": 3_468,
    "Darp": 700,
    "Havelterberg": 190,
    "Uffelte": 1_405,
    "Diever": 2_350,
    "Wapse": 615,
    "Dieverbrug": 170,
    "Geeuwenbrug": 350,
    "Wittelte": 282,
    "Dwingeloo": 2_805,
    "Lhee": 385,
    "Eemster": 370,
    "Lheebroek": 110,
    "Leggeloo": 130,
    "Wapserveen": 745,
    "Vledder": 2_015,
    "Frederiksoord": 305,
    "Nijensleek": 560,
    "Wilhelminaoord": 905,
    "Vledderveen": 335,
    "Doldersum": 105,
    "Boschoord": 200,
    "Zorgvlied": 260,
    "Wateren": 140,
    "Oude Willem": 55,
}
#: the postcode area whose age structure a woonplaats without one takes
AREA_OF = dict.fromkeys(("Lhee", "Eemster", "Lheebroek", "Leggeloo"), "Dwingeloo")
BANDS = [(a, a + 4) for a in range(0, 95, 5)] + [(95, 100)]


def _cbs_bands() -> dict[str, list[int]]:
    data = resources.files("planning.workspace.reference").joinpath("data", "postcodes_2021.csv.gz")
    rows = csv.DictReader(io.StringIO(gzip.decompress(data.read_bytes()).decode("utf-8")))
    out: dict[str, list[int]] = {}
    for r in rows:
        if r["gemeente"] == "Westerveld":
            bands = [int(float(v)) for k, v in r.items() if k.startswith("a")]
            out[r["woonplaats"]] = bands
    return out


def _spread(total: int, weights: list[float]) -> list[int]:
    """``total`` over ``weights`` in whole numbers (largest remainders)."""
    s = sum(weights) or 1.0
    share = [total * w / s for w in weights]
    whole = [int(x) for x in share]
    order = sorted(range(len(share)), key=lambda i: whole[i] - share[i])
    for i in order[: total - sum(whole)]:
        whole[i] += 1
    return whole


def single_years(scale: float = 1.0) -> dict[str, list[int]]:
    """Woonplaats -> inhabitants at ages 0..100 (100: '100 jaar en ouder')."""
    cbs = _cbs_bands()
    out = {}
    for place, total in TOTALS.items():
        bands = cbs[AREA_OF.get(place, place)]
        weights = []
        for (lo, hi), n in zip(BANDS, bands, strict=True):
            width = hi - lo + 1
            # a little less at the top of each band, so single years are not all equal
            weights += [(n + 1) * (1 - 0.02 * i) for i in range(width)]
        weights = [*weights[:100], sum(weights[100:]) * 0.3 + 0.2]
        out[place] = _spread(round(total * scale), weights)
    return out


def sex_split(count: int, place: str, age: int) -> tuple[int, int]:
    """Men and women of one age: women a little more often at old age."""
    share = 0.5 if age < 70 else 0.42
    men = round(count * share)
    return men, count - men


def write_xlsx_single_years(
    path: Path, peildatum_title: str = "Peildatum: 1 januari 2025", scale: float = 1.0
) -> dict[str, list[int]]:
    """(a) An Excel report per woonplaats and single year of age, men and women apart."""
    from openpyxl import Workbook

    ages = single_years(scale)
    book = Workbook()
    sheet = book.active
    sheet.title = "Inwoners"
    sheet.append(["Gemeente Westerveld - Basisregistratie Personen"])
    sheet.append(["Inwoners naar woonplaats, leeftijd en geslacht"])
    sheet.append([peildatum_title])
    sheet.append([])
    sheet.append(["Woonplaats", "Leeftijd", "Man", "Vrouw"])
    men_total = women_total = 0
    for place, counts in ages.items():
        for age, count in enumerate(counts):
            men, women = sex_split(count, place, age)
            men_total, women_total = men_total + men, women_total + women
            label = "100 jaar en ouder" if age == 100 else age
            sheet.append([place if age == 0 else None, label, men, women])
    sheet.append(["Totaal", None, men_total, women_total])
    sheet.append([])
    sheet.append(["Bron: BRP gemeente Westerveld, bewerking team Onderzoek"])
    book.save(path)
    return ages


BAND_LABELS = [f"{lo} t/m {hi} jaar" for lo, hi in BANDS[:13]] + ["65-74", "75+"]


def band_counts(ages: dict[str, list[int]]) -> dict[str, list[int]]:
    """Single years -> the bands of the CSV report: 0 t/m 4 ... 60 t/m 64, 65-74, 75+."""
    out = {}
    for place, counts in ages.items():
        five = [sum(counts[lo : lo + 5]) for lo in range(0, 65, 5)]
        out[place] = [*five, sum(counts[65:75]), sum(counts[75:])]
    return out


def dutch_thousands(n: int) -> str:
    return f"{n:,}".replace(",", ".")


def write_csv_bands(
    path: Path, peildatum_title: str = "per 01-01-2025", scale: float = 1.0
) -> dict[str, list[int]]:
    """(b) The same as bands, saved by Dutch Excel: cp1252, ';', '2.805' thousands,
    a subtotal per woonplaats and a total at the bottom."""
    bands = band_counts(single_years(scale))
    lines = [
        "Bevolking gemeente Westerveld – woonplaatsen naar leeftijdsklasse;;",
        f"Aantal inwoners {peildatum_title};;",
        ";;",
        "Woonplaats;Leeftijdsklasse;Aantal inwoners",
    ]
    grand = 0
    for place, counts in bands.items():
        for label, n in zip(BAND_LABELS, counts, strict=True):
            lines.append(f"{place};{label};{dutch_thousands(n)}")
        lines.append(f"{place};Totaal;{dutch_thousands(sum(counts))}")
        grand += sum(counts)
    lines.append(f"Totaal gemeente;;{dutch_thousands(grand)}")
    lines.append("Bron: BRP, één telling per woonplaats;;")
    path.write_bytes(("\r\n".join(lines) + "\r\n").encode("cp1252"))
    return bands
