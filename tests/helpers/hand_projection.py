"""One projection year recomputed with plain Python loops over single years of age.

The tests compare the numpy projection against this independent hand computation.
"""

from __future__ import annotations

from collections.abc import Sequence

from planning.analysis.population import Assumptions
from planning.io.cells import AGE_BANDS


def aged_one_year(bands: Sequence[float], a: Assumptions) -> list[float]:
    """Single years 0..95 after one year of ageing, deaths and births, before migration."""
    single = [bands[min(age // 5, 19)] / (5 if age < 95 else 1) for age in range(96)]

    def q(age: int) -> float:
        return a.death_probability["0" if age == 0 else AGE_BANDS[min(age // 5, 19)]]

    nxt = [0.0] * 96
    for age in range(95):
        nxt[age + 1] += single[age] * (1 - q(age))
    nxt[95] += single[95] * (1 - q(95))
    births = sum(
        single[age] * 0.5 * a.fertility_by_band[AGE_BANDS[age // 5]] for age in range(15, 50)
    )
    nxt[0] = births * (1 - a.death_probability["0"])
    return nxt


def to_bands(single: Sequence[float]) -> list[float]:
    """Single years 0..95 summed per five-year band (95+ alone)."""
    return [sum(single[b * 5 : b * 5 + 5]) for b in range(19)] + [single[95]]
