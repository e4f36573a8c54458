"""A municipality register (BRP) extract as the workspace keeps it: population_register.csv.

Counts shaped like what a BRP desk gives for Dwingeloo (the woonplaats, about 2.700
inhabitants; CBS counts 2.805 for 2024), per five-year band on two peildata.
"""

from __future__ import annotations

from pathlib import Path

from planning.io.cells import AGE_BANDS

DWINGELOO_2024 = [100, 120, 135, 140, 110, 95, 100, 105, 120, 160,
                  200, 230, 250, 245, 230, 180, 110, 60, 22, 5]  # fmt: skip
DWINGELOO_2025 = [98, 118, 134, 136, 104, 97, 102, 104, 118, 150,
                  196, 228, 247, 248, 232, 186, 112, 60, 22, 6]  # fmt: skip
#: Diever on 1 January 2025
DIEVER_2025 = [60, 70, 80, 85, 60, 55, 60, 65, 70, 90,
               110, 130, 140, 150, 140, 110, 70, 35, 12, 3]  # fmt: skip
SOURCE = "BRP gemeente Westerveld"


def write_register(ws: Path, rows: dict[tuple[str, str], list[int]]) -> Path:
    """population_register.csv with (village_id, ISO peildatum) -> counts per band."""
    lines = ["village_id,peildatum,age_band,inhabitants,source"]
    for (village, day), counts in rows.items():
        for band, n in zip(AGE_BANDS, counts, strict=True):
            lines.append(f"{village},{day},{band},{n},{SOURCE}")
    path = ws / "population_register.csv"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path
