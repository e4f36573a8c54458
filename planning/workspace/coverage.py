"""Every age band for every village and year: a missing band is not zero inhabitants.

population.csv holds one row per village, year and age band. A village whose
rows for a year lack three bands would otherwise count nobody in them: shares,
projections and the plan would show a village without, say, people of 70-84,
and nobody would know. Such a gap is a problem at the village's first row of
that year, naming the missing bands. The bands expected are those the file uses
for that year in any village, once the file is a breakdown by age at all (more than
half of ``AGE_BANDS`` used, as every CBS table is); a sparse file of a few bands,
as small examples are, is left as it is.
"""

from __future__ import annotations

from typing import SupportsInt, cast

import pandas as pd

from planning.errors import Problem
from planning.io.cells import AGE_BANDS


def band_gaps(population: pd.DataFrame, file: str) -> list[Problem]:
    """One problem per village and year whose rows do not cover all age bands."""
    needed = {"village_id", "year", "age_band"}
    if population.empty or not needed <= set(population.columns):
        return []
    rows = population.dropna(subset=["village_id", "year", "age_band"])
    problems: list[Problem] = []
    used = rows.groupby("year")["age_band"].agg(set).to_dict()
    for (village, year), part in rows.groupby(["village_id", "year"], sort=False):
        if len(used[year]) * 2 <= len(AGE_BANDS):
            continue
        present = set(part["age_band"])
        missing = [band for band in AGE_BANDS if band in used[year] and band not in present]
        if not missing:
            continue
        shown = ", ".join(missing)
        problems.append(
            Problem(
                file,
                int(part.index.min()),
                "age_band",
                shown,
                key="ws.bands_missing",
                fields={
                    "village": village,
                    # a group key of the Int64 column year: pandas types it Hashable
                    "year": int(cast(SupportsInt, year)),
                    "missing": len(missing),
                    "used": len(used[year]),
                },
            )
        )
    return problems
