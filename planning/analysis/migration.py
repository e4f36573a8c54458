"""Net migration by age: who moves in and who leaves, per single year of age.

Before this module the projection added each kern's net migration in proportion
to the kern's own age structure, so a growing kern's young adults grew fastest,
while rural Drenthe loses young adults to the cities (Roden's 20-24 went from
540 in 2021 to 936 in 2026). Two ways replace that flat share:

1. **A stated age schedule** (:func:`schedule`), for every kern without two
   register counts. The shape is the published cohort analysis of Trendbureau
   Drenthe, "Meeste jongeren blijven in Drenthe wonen" (27 October 2020,
   trendbureaudrenthe.nl): of the Drenthe 17-year-olds of 2000, 77% still lived
   in the province 5 years later (aged 22), and 92% of that size was there in
   2020 (aged 37): young adults leave after 17 and partly come back (or are
   replaced) after 25. Taken out of those ratios, net of the deaths the CBS life
   table gives (:data:`planning.analysis.rates.DEATH_PROBABILITY`), that is a rate
   per year of about -5,1% for the ages 18-22 reached and +1,2% for 23-37.
   Every other age has no deviation. Each year the schedule is shifted by one
   level per kern so that the kern's total net migration is exactly what it was
   (its municipality's CBS rate times its population,
   :func:`planning.analysis.rates.cbs_net_migration`): the municipality totals
   calibrated on CBS 1 January 2024 stay where they were, only the ages change.
2. **The kern's own migration** (:func:`hamilton_perry`), when the register holds
   two counts (peildata) of the kern. This is the Hamilton-Perry idea (Hamilton &
   Perry 1962; Swanson, Schlottmann & Schmidt 2010, "Forecasting the population
   of census tracts by age and sex", Popul. Res. Policy Rev. 29: 47-63): the
   change of each cohort between the two counts carries the kern's migration.
   Classic Hamilton-Perry needs counts as many years apart as the age bands are
   wide (5); a register is often asked twice a year or a year apart. So the
   workbook uses single-year logic: the first count, spread evenly over the
   single years of each band as the projection does, is aged by the gap with
   the CBS death and birth rates only; the second count per band divided by that
   natural expectation is the cohort-change ratio net of deaths, and its
   gap-th root minus 1 the net migration per year of the band (the band the
   cohort is in at the second count). The projection applies that rate each
   year to the ages of the band, without the level shift of (1).
"""

from __future__ import annotations

from collections.abc import Callable
from itertools import pairwise

import numpy as np
import pandas as pd

from planning.analysis.population_base import register_bands
from planning.io.cells import AGE_BANDS

N_AGES = 96  # single years 0..94 and the open group 95+, as in population.py
BAND_OF_AGE = np.minimum(np.arange(N_AGES) // 5, len(AGE_BANDS) - 1)

#: Trendbureau Drenthe, "Meeste jongeren blijven in Drenthe wonen", 27 October 2020,
#: https://trendbureaudrenthe.nl/meeste-jongeren-blijven-in-drenthe-wonen/ (cohort
#: analysis of CBS counts): the Drenthe cohort of 17-year-olds of 2000 is 77% of its
#: size at 22 (2005) and 92% at 37 (2020).
DRENTHE_COHORT: tuple[tuple[int, float], ...] = ((17, 1.0), (22, 0.77), (37, 0.92))
SCHEDULE_SOURCE_KEY = "source.migration_age"


def schedule(death_probability: dict[str, float]) -> np.ndarray:
    """The deviation of net migration per year from the kern's level, per age reached (96,).

    Between two points of :data:`DRENTHE_COHORT` the cohort's size, divided by the
    share the life table lets survive, changes by a constant rate per year; that
    rate belongs to the ages the cohort reaches in those years (18..22, 23..37).
    """
    q = np.array([death_probability[AGE_BANDS[b]] for b in BAND_OF_AGE])
    out = np.zeros(N_AGES)
    for (age0, size0), (age1, size1) in pairwise(DRENTHE_COHORT):
        survived = float(np.prod(1.0 - q[age0:age1]))
        years = age1 - age0
        out[age0 + 1 : age1 + 1] = (size1 / size0 / survived) ** (1.0 / years) - 1.0
    return out


def rates_by_age(
    population: np.ndarray, level: np.ndarray, profile: np.ndarray, calibrated: np.ndarray
) -> np.ndarray:
    """Net migration per year for each kern and single year of age (V, 96).

    ``population`` (V, 96) is the population the rates apply to (after ageing),
    ``level`` (V,) each kern's total net migration as a share of its population,
    ``profile`` (V, 96) each kern's rates by age, and ``calibrated`` (V,) True where
    the profile is the age schedule: there the profile is shifted so that the kern's
    net migrants are ``level`` x its population. Elsewhere (a kern's own
    Hamilton-Perry rates) the profile is the rate itself.
    """
    total = population.sum(axis=1)
    weighted = np.divide(
        (population * profile).sum(axis=1), total, out=np.zeros_like(total), where=total > 0
    )
    shift = np.where(calibrated, level - weighted, 0.0)
    return profile + shift[:, None]


def hamilton_perry(natural: np.ndarray, second: np.ndarray, years: int) -> np.ndarray:
    """A kern's net migration per year and band (20,) from two counts ``years`` apart.

    ``natural`` is the first count per five-year band aged ``years`` with deaths and
    births and no migration (:func:`own_migration` has it aged), ``second`` the second count per band; per band the rate is
    (second / natural) ** (1 / years) - 1. A band with nobody expected or nobody
    counted keeps 0: no ratio can be taken.
    """
    ok = (natural > 0) & (second > 0)
    ratio = np.divide(second, natural, out=np.ones_like(natural, dtype=float), where=ok)
    return np.where(ok, ratio ** (1.0 / years) - 1.0, 0.0)


def own_migration(
    counts: pd.DataFrame,
    skip: set[str],
    natural: Callable[[np.ndarray, int], np.ndarray],
) -> tuple[dict[str, tuple[float, ...]], dict[str, tuple[str, str, float]]]:
    """Each kern's own net migration per band where the register counted it twice.

    ``counts`` are the register's rows (all peildata), ``skip`` the kernen that keep
    what the workspace states (institutions, a stated rate), ``natural(bands, years)``
    ages a count ``years`` without migration. The two latest peildata of a kern are
    used (the newest change), their distance rounded to whole years because the
    projection steps whole years; counts less than half a year apart measure no
    migration, so the schedule applies there. Returns the rates per band and, per kern,
    the two peildata (ISO) and the rate over all its ages.
    """
    own: dict[str, tuple[float, ...]] = {}
    spans: dict[str, tuple[str, str, float]] = {}
    for vid, rows in counts.groupby("village_id", sort=True):
        days = sorted(set(rows["peildatum"]))
        village = str(vid)
        if len(days) < 2 or village in skip:
            continue
        first, second = days[-2], days[-1]
        years = round((second - first).days / 365.25)
        if years < 1:
            continue
        aged = natural(np.array(register_bands(rows, village, first)), years)
        counted = np.array(register_bands(rows, village, second))
        whole = hamilton_perry(aged.sum(keepdims=True), counted.sum(keepdims=True), years)
        own[village] = tuple(float(r) for r in hamilton_perry(aged, counted, years))
        spans[village] = (first.isoformat(), second.isoformat(), float(whole[0]))
    return own, spans


def band_rates_to_ages(rates: np.ndarray) -> np.ndarray:
    """(20,) rates per band -> (96,) rates per single year of age (each age its band's)."""
    return np.asarray(rates, dtype=float)[BAND_OF_AGE]
