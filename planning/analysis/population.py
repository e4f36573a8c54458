"""Population projection per village: who will live here in 3, 5 and 10 years?

A cohort-component model, because demand follows age (an ageing village needs
more informal-care support and fewer youth clubs) and staff must be able to
say where each number comes from:

1. **Ages.** Each five-year band of the data year is spread evenly over its five
   single years of age (95+ stays one open group). Every year each cohort moves
   up one year of age, so a closed population with no deaths simply ages.
2. **Survival.** Each single year of age survives with ``1 - q`` where ``q`` is
   the one-year probability of dying of its five-year band (age 0 separate),
   times ``mortality_scale``. Defaults: :data:`DEATH_PROBABILITY`.
3. **Births.** Women are ``female_share`` of every band (the workspace's
   population table has no sex; in CBS 83502NED, 1 January 2021, women are
   43-52% of each band 15-49 in the demo villages and 50,4% overall, so 0.5 is a
   fair default). Births per year are
   the sum over the bands 15-19 ... 45-49 of women x the age-specific fertility
   rate (:data:`FERTILITY_BY_BAND`) x ``fertility_scale``; or, when
   ``general_fertility_rate`` is set, women 15-49 x that rate. Newborns
   survive their first year with ``1 - q0``.
4. **Net migration.** Each village takes its municipality's net migration per
   year, derived from CBS counts (:func:`planning.analysis.rates.cbs_net_migration`,
   Bron: CBS); ``net_migration_rate`` replaces that for every village and
   ``[projection.net_migration]`` per village. That total is spread over the ages
   by a stated schedule (young adults leave, people in their late twenties and
   thirties come; Trendbureau Drenthe 2020, :mod:`planning.analysis.migration`).
   A kern the register counted on two peildata takes its own migration by age
   from those counts instead (Hamilton-Perry, same module).
5. **Start.** Each village starts at its register count of the latest peildatum
   (``population_register.csv``), else at the population table (CBS, 1 January
   2021 in the demo): :mod:`planning.analysis.population_base`.
6. **Institutions.** Villages listed in ``institutions`` (a prison, a care home)
   keep their population as it is: its residents come and go, they do not age
   in place or have children there.

Every assumption lives in workspace.toml ``[projection]``; ``project`` returns
the assumptions it used beside the result so the plan can print them::

    [projection]
    mortality_scale = 1.0          # 0.9 = death rates 10% lower than the life table
    fertility_scale = 1.0          # 1.2 = 20% more births per woman
    # general_fertility_rate = 0.045   # births per woman 15-49 per year, instead of by age
    female_share = 0.5
    # net_migration_rate = 0.0     # per year for every village; unset: CBS per municipality
    institutions = ["veenhuizen"]  # held constant
    [projection.net_migration]     # per village, overrides the rates above
    roden = 0.004
    [projection.death_probability] # per band, overrides the life table
    "95+" = 0.30
    [projection.fertility_by_band] # per band 15-19 ... 45-49, overrides the default
    "30-34" = 0.12

The arithmetic runs on a (villages x 96 ages) numpy array, one matrix step per
year, so 150 villages project in milliseconds.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, Any, cast

import numpy as np
import pandas as pd
from pydantic import ValidationError as PydanticValidationError

from planning.analysis import migration as mig
from planning.analysis.population_base import base_population, register_counts
from planning.analysis.rates import (
    DEATH_PROBABILITY,
    DEATH_PROBABILITY_SOURCE,
    FERTILITY_BY_BAND,
    FERTILITY_SOURCE,
    NET_MIGRATION_SOURCE,
    cbs_net_migration,
)
from planning.errors import Said, WorkspaceError
from planning.i18n import text
from planning.io.cells import AGE_BANDS
from planning.workspace.model_problems import describe, problems_from
from planning.workspace.settings_models import ProjectionSettings

if TYPE_CHECKING:
    from planning.workspace.folder import Workspace

N_AGES = 96  # single years 0..94 and the open group 95+
_BAND_OF_AGE = np.minimum(np.arange(N_AGES) // 5, len(AGE_BANDS) - 1)


@dataclass(frozen=True)
class Assumptions:
    """Everything the projection assumes; built from workspace.toml [projection]."""

    mortality_scale: float = 1.0
    fertility_scale: float = 1.0
    general_fertility_rate: float | None = None
    female_share: float = 0.5
    #: None: each village takes its municipality's CBS rate (rates.cbs_net_migration), 0 if
    #: the municipality is not in the shipped file; a number: that rate for every village
    net_migration_rate: float | None = None
    net_migration: dict[str, float] = field(default_factory=dict)
    #: village id -> municipality, to look up the CBS rate (from the villages table)
    municipality: dict[str, str] = field(default_factory=dict)
    #: villages whose population is an institution: counts and ages held constant
    institutions: tuple[str, ...] = ()
    death_probability: dict[str, float] = field(default_factory=lambda: dict(DEATH_PROBABILITY))
    fertility_by_band: dict[str, float] = field(default_factory=lambda: dict(FERTILITY_BY_BAND))
    #: village id -> its own net migration per year and band (20 values), from two
    #: register counts (Hamilton-Perry, planning.analysis.migration); see own_spans
    own_migration: dict[str, tuple[float, ...]] = field(default_factory=dict)
    #: village id -> the two peildata (ISO) its own migration was measured between, and
    #: the net migration per year over all its ages in that time
    own_spans: dict[str, tuple[str, str, float]] = field(default_factory=dict)

    @classmethod
    def from_settings(cls, settings: ProjectionSettings) -> Assumptions:
        """The validated [projection] of workspace.toml; band overrides on top of CBS."""
        return cls(
            mortality_scale=settings.mortality_scale,
            fertility_scale=settings.fertility_scale,
            general_fertility_rate=settings.general_fertility_rate,
            female_share=settings.female_share,
            net_migration_rate=settings.net_migration_rate,
            net_migration=dict(settings.net_migration),
            institutions=tuple(settings.institutions),
            death_probability={**DEATH_PROBABILITY, **settings.death_probability},
            fertility_by_band={**FERTILITY_BY_BAND, **settings.fertility_by_band},
        )

    @classmethod
    def from_section(cls, section: dict[str, Any], file: str = "workspace.toml") -> Assumptions:
        """Read a [projection] table; every wrong value is a WorkspaceError naming its key."""
        try:
            settings = ProjectionSettings.model_validate(section)
        except PydanticValidationError as exc:
            problems = [
                replace(p, column=f"projection.{p.column}")
                for p in problems_from(exc, file, ProjectionSettings)
            ]
            raise WorkspaceError(
                Said("model.projection_wrong", {"file": file, "lines": describe(problems)}),
                problems[0],
                problems,
            ) from None
        return cls.from_settings(settings)

    def to_dict(self) -> dict[str, Any]:
        return {
            "mortality_scale": self.mortality_scale,
            "fertility_scale": self.fertility_scale,
            "general_fertility_rate": self.general_fertility_rate,
            "female_share": self.female_share,
            "net_migration_rate": self.net_migration_rate,
            "net_migration": dict(self.net_migration),
            "net_migration_by_village": self.migration_by_village(),
            "net_migration_source": NET_MIGRATION_SOURCE,
            "institutions": list(self.institutions),
            "death_probability": dict(self.death_probability),
            "death_probability_source": DEATH_PROBABILITY_SOURCE,
            "fertility_by_band": dict(self.fertility_by_band),
            "fertility_source": FERTILITY_SOURCE,
            "migration_age_profile": text(mig.SCHEDULE_SOURCE_KEY),
            "migration_age_schedule": [round(float(v), 5) for v in self.age_schedule()],
            "own_migration": {
                v: {
                    "rates": list(r),
                    "from": self.own_spans[v][0],
                    "to": self.own_spans[v][1],
                    "total": self.own_spans[v][2],
                }
                for v, r in sorted(self.own_migration.items())
            },
        }

    def age_schedule(self) -> np.ndarray:
        """Net migration's deviation by single year of age (96,), the stated schedule."""
        return mig.schedule(self.death_probability)

    # -- vectors over single years of age ---------------------------------------------------
    def survival(self) -> np.ndarray:
        """P(surviving one more year) per single year of age (96,)."""
        q = np.array([self.death_probability[AGE_BANDS[b]] for b in _BAND_OF_AGE])
        q[0] = self.death_probability["0"]
        return np.clip(1.0 - q * self.mortality_scale, 0.0, 1.0)

    def newborn_survival(self) -> float:
        return float(np.clip(1.0 - self.death_probability["0"] * self.mortality_scale, 0, 1))

    def fertility(self) -> np.ndarray:
        """Births per person (women x rate) per single year of age (96,)."""
        rates = np.zeros(N_AGES)
        for age in range(15, 50):
            band = AGE_BANDS[age // 5]
            rate = (
                self.general_fertility_rate
                if self.general_fertility_rate is not None
                else self.fertility_by_band.get(band, 0.0)
            )
            rates[age] = rate
        return rates * self.female_share * self.fertility_scale

    def rate_of(self, village_id: str) -> tuple[float, str]:
        """A village's net migration per year and where it comes from.

        The origin is "village" ([projection.net_migration]), "workspace"
        (net_migration_rate), "cbs" (its municipality in the shipped CBS file),
        "institution" (held constant) or "none" (no rate known: 0).
        """
        if village_id in self.institutions:
            return 0.0, "institution"
        if village_id in self.own_migration:
            return 0.0, "register"
        if village_id in self.net_migration:
            return self.net_migration[village_id], "village"
        if self.net_migration_rate is not None:
            return self.net_migration_rate, "workspace"
        cbs = cbs_net_migration(self.municipality.get(village_id, ""))
        return (0.0, "none") if cbs is None else (cbs, "cbs")

    def migration_by_village(self) -> dict[str, dict[str, Any]]:
        ids = sorted(
            {*self.municipality, *self.net_migration, *self.institutions, *self.own_migration}
        )
        return {
            v: {"rate": rate, "origin": origin, "municipality": self.municipality.get(v)}
            for v in ids
            for rate, origin in [self.rate_of(v)]
        }

    def migration(self, village_ids: list[str]) -> np.ndarray:
        return np.array([self.rate_of(v)[0] for v in village_ids], dtype=float)

    def age_profiles(self, village_ids: list[str]) -> tuple[np.ndarray, np.ndarray]:
        """Each village's migration rates by age (V, 96) and whether they are the schedule
        (True: shifted each year to the village's total rate) or its own rates (False)."""
        schedule = self.age_schedule()
        rows = [
            mig.band_rates_to_ages(np.array(self.own_migration[v]))
            if v in self.own_migration
            else schedule
            for v in village_ids
        ]
        calibrated = np.array([v not in self.own_migration for v in village_ids], dtype=bool)
        return np.array(rows, dtype=float).reshape(len(village_ids), N_AGES), calibrated

    def frozen(self, village_ids: list[str]) -> np.ndarray:
        """True for institutions: their population is held as it is."""
        return np.array([v in self.institutions for v in village_ids], dtype=bool)


@dataclass
class Projection:
    """Inhabitants per village, horizon and band, and the assumptions behind them."""

    frame: pd.DataFrame  # village_id, horizon, year, age_band, inhabitants (float)
    assumptions: dict[str, Any]

    def totals(self) -> pd.DataFrame:
        """Inhabitants per village (rows) and horizon (columns)."""
        return self.frame.pivot_table(
            index="village_id", columns="horizon", values="inhabitants", aggfunc="sum"
        )

    def share_65_plus(self) -> pd.DataFrame:
        old = self.frame["age_band"].map(_band_start) >= 65
        part = self.frame[old].pivot_table(
            index="village_id", columns="horizon", values="inhabitants", aggfunc="sum"
        )
        return part / self.totals()

    def village(self, village_id: str, horizon: int) -> pd.Series:
        """Inhabitants by age band of one village at one horizon (0 = the base year)."""
        rows = self.frame[
            (self.frame["village_id"] == village_id) & (self.frame["horizon"] == horizon)
        ]
        return rows.set_index("age_band")["inhabitants"].reindex(list(AGE_BANDS), fill_value=0.0)

    def to_dict(self) -> dict[str, Any]:
        return {
            "assumptions": self.assumptions,
            "rows": self.frame.to_dict(orient="records"),
        }


def _band_start(band: str) -> int:
    return int(band.rstrip("+").split("-")[0])


def assumptions_for(ws: Workspace) -> Assumptions:
    """The workspace's [projection], with each village's municipality for the CBS rates."""
    a = Assumptions.from_settings(ws.settings.projection)
    villages = ws.villages
    if "municipality" in villages and len(villages):
        names = villages.set_index("village_id")["municipality"].fillna("").astype(str)
        a = replace(a, municipality={str(k): v for k, v in names.items()})
    return a


def with_own_migration(a: Assumptions, counts: pd.DataFrame) -> Assumptions:
    """``a`` with each kern's own migration by band where the register counted it twice
    (:func:`planning.analysis.migration.own_migration`, aged with ``a``'s rates); an
    institution stays held constant, a kern with its own [projection.net_migration] keeps
    that stated rate."""

    def natural(start: np.ndarray, years: int) -> np.ndarray:
        bands: np.ndarray = project_bands(start[None, :], years, a, np.zeros(1))[years][0]
        return bands

    own, spans = mig.own_migration(counts, {*a.institutions, *a.net_migration}, natural)
    return replace(a, own_migration=own, own_spans=spans) if own else a


def to_single_years(bands: np.ndarray) -> np.ndarray:
    """(V, 20) band counts -> (V, 96) single years, each band spread evenly."""
    single = np.repeat(bands[:, :-1] / 5.0, 5, axis=1)
    return np.concatenate([single, bands[:, -1:]], axis=1)


def to_bands(single: np.ndarray) -> np.ndarray:
    """(V, 96) single years -> (V, 20) five-year bands."""
    out = np.zeros((single.shape[0], len(AGE_BANDS)))
    np.add.at(out.T, _BAND_OF_AGE, single.T)
    return out


def step(
    single: np.ndarray,
    a: Assumptions,
    migration: np.ndarray,
    profile: np.ndarray | None = None,
    calibrated: np.ndarray | None = None,
) -> np.ndarray:
    """One year forward for every village at once (V, 96) -> (V, 96)."""
    return _step(
        single, a.survival(), a.fertility(), a.newborn_survival(), migration, profile, calibrated
    )


def _step(
    single: np.ndarray,
    survival: np.ndarray,
    fertility: np.ndarray,
    newborn: float,
    migration: np.ndarray,
    profile: np.ndarray | None = None,
    calibrated: np.ndarray | None = None,
) -> np.ndarray:
    """Age, let die, add births, then migrate: without ``profile`` every age of a village
    grows by its rate (the flat share the calibration of the rates assumes); with one,
    by age (:func:`planning.analysis.migration.rates_by_age`)."""
    survivors = single * survival
    nxt = np.empty_like(single)
    nxt[:, 1:] = survivors[:, :-1]
    nxt[:, -1] += survivors[:, -1]  # the open group 95+ keeps its survivors
    nxt[:, 0] = (single @ fertility) * newborn
    if profile is None:
        return nxt * (1.0 + migration)[:, None]
    shaped = np.ones(len(nxt), dtype=bool) if calibrated is None else calibrated
    return nxt * (1.0 + mig.rates_by_age(nxt, migration, profile, shaped))


def project_bands(
    bands: np.ndarray,
    years: int | list[int],
    a: Assumptions,
    migration: np.ndarray,
    frozen: np.ndarray | None = None,
    profile: np.ndarray | None = None,
    calibrated: np.ndarray | None = None,
) -> dict[int, np.ndarray]:
    """Project (V, 20) band counts ``years`` years ahead; returns {years: (V, 20)}.

    Rows where ``frozen`` is True (institutions) keep their counts and ages.
    ``profile`` and ``calibrated`` spread migration over the ages (see ``_step``);
    without them migration is a flat share, as the CBS calibration assumes.
    """
    wanted = sorted({years} if isinstance(years, int) else set(years))
    survival, fertility, newborn = a.survival(), a.fertility(), a.newborn_survival()
    single = to_single_years(np.asarray(bands, dtype=float))
    held = single[frozen] if frozen is not None and frozen.any() else None
    out: dict[int, np.ndarray] = {}
    if 0 in wanted:
        out[0] = to_bands(single)
    for t in range(1, (wanted[-1] if wanted else 0) + 1):
        single = _step(single, survival, fertility, newborn, migration, profile, calibrated)
        if held is not None:
            single[frozen] = held
        if t in wanted:
            out[t] = to_bands(single)
    return out


def project(
    ws: Workspace,
    village_id: str | None = None,
    *,
    assumptions: Assumptions | None = None,
    horizons: tuple[int, ...] | None = None,
    lang: str | None = None,
) -> Projection:
    """Inhabitants by band at the base year and base year + each horizon, per village.

    Starts from each village's register count of the latest peildatum, else its
    latest population year (CBS 2021 in the demo). The frame has ``horizon`` 0 for
    the base year itself, then 3, 5 and 10; ``assumptions["base_sources"]`` says per
    village where its starting figures come from and on which date; its notes are said in
    ``lang`` (default: the workspace's language).
    """
    a = assumptions or assumptions_for(ws)
    if not a.own_migration:  # the register's own migration is data, not an assumption
        a = with_own_migration(a, register_counts(ws))
    hs = tuple(horizons or ws.settings.horizons)
    base = ws.settings.base_year
    pop, sources = base_population(ws)
    if village_id is not None:
        ws.village(village_id)
        pop = pop[pop["village_id"] == village_id]
    frames = []
    for year, group in pop.groupby("year", sort=True):
        start = int(cast(int, year))  # the year column holds whole years
        wide = (
            group.pivot_table(
                index="village_id", columns="age_band", values="inhabitants", aggfunc="sum"
            )
            .reindex(columns=list(AGE_BANDS))
            .fillna(0.0)
        )
        villages = [str(v) for v in wide.index]
        # a kern whose data start later (the register's peildatum) has no earlier years
        offsets = _offsets_from(start, base, hs)
        if base < start:
            raise WorkspaceError(key="population.after_base", year=start, base=base)
        result = project_bands(
            wide.to_numpy(float),
            sorted(set(offsets.values())),
            a,
            a.migration(villages),
            a.frozen(villages),
            *a.age_profiles(villages),
        )
        for h, t in offsets.items():
            block = result[t]
            frames.append(
                pd.DataFrame(
                    {
                        "village_id": np.repeat(villages, len(AGE_BANDS)),
                        "horizon": h,
                        "year": base + h,
                        "age_band": np.tile(AGE_BANDS, len(villages)),
                        "inhabitants": block.ravel(),
                    }
                )
            )
    columns = ["village_id", "horizon", "year", "age_band", "inhabitants"]
    frame = (
        pd.concat(frames, ignore_index=True)
        if frames
        else pd.DataFrame({c: pd.Series(dtype=object) for c in columns})
    )
    frame = frame.sort_values(["village_id", "horizon"], kind="stable").reset_index(drop=True)
    info = a.to_dict()
    info.update(
        {
            "base_year": base,
            "data_year": sorted(int(y) for y in pop["year"].unique()),
            "base_sources": {
                v: s.to_dict() for v, s in sorted(sources.items()) if v in set(pop["village_id"])
            },
            "horizons": list(hs),
            # said in the reader's language: the note travels in --json and the plan
            "female_share_note": text("population.female_share_note", lang or ws.settings.lang),
        }
    )
    return Projection(frame, info)


def _offsets_from(start: int, base: int, horizons: tuple[int, ...]) -> dict[int, int]:
    """Horizon -> years after ``start``: the years before a kern's data year are left out
    (kernen counted by the register start at its peildatum, the others at CBS's year)."""
    return {h: base + h - int(start) for h in (0, *horizons) if base + h >= int(start)}


def project_years(
    ws: Workspace, village_id: str | None = None, lang: str | None = None
) -> Projection:
    """Inhabitants per village, year and band, every year from the data year to the last
    horizon (``planning population``): the years between data and base year are
    projected too, so a reader sees where "now" comes from."""
    base, last = ws.settings.base_year, max(ws.settings.horizons, default=0)
    pop, _ = base_population(ws)
    first = int(pop["year"].min()) if len(pop) else base
    steps = tuple(range(first - base, last + 1))
    p = project(ws, village_id, horizons=tuple(h for h in steps if h != 0), lang=lang)
    frame = p.frame.drop(columns="horizon").sort_values(["village_id", "year"], kind="stable")
    info = {**p.assumptions, "horizons": list(ws.settings.horizons)}
    return Projection(frame.reset_index(drop=True), info)
