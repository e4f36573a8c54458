"""The models of workspace.toml: every section any module reads, with its ranges.

Each table is a pydantic model with ``extra="forbid"`` and strict types, so a
misspelt key (``hrizons``), a horizon of 1000 years or a share below zero is a
problem staff see, never a silently used default. The ranges are wide enough
for any real municipality and narrow enough to catch a typo (a base year of
1800, a walking distance in kilometres given as metres of 0.8).
"""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationInfo, field_validator, model_validator

from planning.errors import Said
from planning.io.cells import AGE_BANDS

#: the five-year bands a woman can give birth in ([projection.fertility_by_band])
FERTILE_BANDS: tuple[str, ...] = ("15-19", "20-24", "25-29", "30-34", "35-39", "40-44", "45-49")
#: the classes of [projection.death_probability]: "0" is the first year of life
MORTALITY_BANDS: tuple[str, ...] = ("0", *AGE_BANDS)
MortalityBand = Literal[MORTALITY_BANDS]  # type: ignore[valid-type]
FertileBand = Literal[FERTILE_BANDS]  # type: ignore[valid-type]

Share = Annotated[float, Field(ge=0.0, le=1.0)]
Migration = Annotated[float, Field(ge=-0.5, le=0.5)]
Scale = Annotated[float, Field(ge=0.0, le=10.0)]
Distance = Annotated[float, Field(ge=0.0, le=100_000.0)]


class _Section(BaseModel):
    """Strict and closed: no unknown keys, no '2026' where 2026 is meant."""

    model_config = ConfigDict(extra="forbid", strict=True, frozen=True, allow_inf_nan=False)


class Thresholds(_Section):
    """What 'near', 'accessible' and 'low-threshold' mean in this municipality."""

    walk_m: Distance = 800.0
    cycle_m: Distance = 3000.0
    transit_stop_max_m: Distance = 500.0
    min_open_hours_per_week: Annotated[float, Field(ge=0.0, le=168.0)] = 10.0
    #: "both" (accessible and low-threshold), "accessible", "low_threshold" or "any"
    meeting_place_rule: Literal["both", "accessible", "low_threshold", "any"] = "both"
    #: a theme whose supply covers less than this share of demand is a gap
    gap_coverage: Annotated[float, Field(ge=0.0, le=10.0)] = 0.8


class ProjectionSettings(_Section):
    """[projection]: the assumptions of planning.analysis.population (defaults: CBS)."""

    mortality_scale: Scale = 1.0
    fertility_scale: Scale = 1.0
    general_fertility_rate: Share | None = None
    female_share: Share = 0.5
    #: unset: each village takes its municipality's net migration derived from CBS counts
    #: (planning.analysis.rates); a number overrides that for every village
    net_migration_rate: Migration | None = None
    #: per village id, overrides net_migration_rate and the CBS rate
    net_migration: dict[str, Migration] = Field(default_factory=dict)
    #: village ids whose population is an institution (a prison, a care home): held constant
    institutions: list[str] = Field(default_factory=list)
    #: per age band, overrides the CBS death probability of that band
    death_probability: dict[MortalityBand, Share] = Field(default_factory=dict)
    #: per fertile age band, overrides the CBS birth rate of that band
    fertility_by_band: dict[FertileBand, Share] = Field(default_factory=dict)


class GapsSettings(_Section):
    """[gaps]: how survey shares and commitment hours become persons per week."""

    #: of those naming a need, the share that uses supply in an ordinary week
    weekly_share: Share = 1.0
    weeks_per_year: Annotated[float, Field(gt=0.0, le=53.0)] = 46.0
    persons_per_hour: Annotated[float, Field(gt=0.0, le=1000.0)] = 2.0


class StoreSettings(_Section):
    """[store]: where scenarios, sessions and observations are kept (default: SQLite)."""

    url: str | None = None


class ReportSettings(_Section):
    """[report]: the date a village plan carries, so a plan is reproducible."""

    date: Annotated[dt.date | None, Field(strict=False)] = None


class SurveySettings(_Section):
    """[survey]: the smallest age band (respondents) weighting keeps apart.

    ``min_cell`` only steers post-stratification (smaller bands are merged with a
    neighbour before weighting). Publication is separate and not configurable:
    counts under planning.survey.suppression.SMALL_CELL are always shown as "<5".
    """

    min_cell: Annotated[int, Field(ge=1, le=1000)] = 1


class IndicatorSettings(_Section):
    """[indicators.<code>]: one societal effect with its target per horizon."""

    label: str | None = None
    label_en: str | None = None
    unit: str = ""
    #: the unit in an English plan; unset: ``unit``
    unit_en: str | None = None
    #: up: more is better; down: less is better
    direction: Literal["up", "down"] = "up"
    #: targets are per this many inhabitants of the village
    per_inhabitants: Annotated[int, Field(gt=0, le=1_000_000)] | None = None
    source: str = ""
    #: horizon (years after base_year) -> target
    targets: dict[int, float] = Field(default_factory=dict)

    @field_validator("targets", mode="before")
    @classmethod
    def _horizon_keys(cls, table: Any) -> Any:
        # TOML keys are text; a horizon is a whole number of years
        if not isinstance(table, dict):
            return table
        out: dict[Any, Any] = {}
        for key, value in table.items():
            if not str(key).isdigit():
                raise ValueError(Said("model.not_a_horizon", {"name": key}))
            out[int(key)] = value
        return out


Horizon = Annotated[int, Field(ge=1, le=100)]

#: The default themes (DOMAIN.md): code -> (Dutch, English).
DEFAULT_THEMES: dict[str, tuple[str, str]] = {
    "loneliness": ("eenzaamheid", "loneliness"),
    "informal_care": ("mantelzorg", "informal care"),
    "poverty_debt": ("armoede en schulden", "poverty and debt"),
    "newcomers": ("nieuwkomers", "newcomers"),
    "volunteering": ("vrijwilligers", "volunteering"),
    "youth": ("jongeren", "young people"),
    "exercise_health": ("sport, bewegen en gezonde leefstijl", "exercise and healthy lifestyle"),
    "meeting": ("ontmoeting", "meeting and activities"),
    "advice": ("vragen en lichte ondersteuning", "questions and light support"),
}

DEFAULT_HORIZONS: tuple[int, ...] = (3, 5, 10)


class Settings(_Section):
    """workspace.toml as a whole: the top-level keys and every section, as the modules read
    them. Validated with ``context={"folder": ...}`` the name defaults to the folder's."""

    name: str = ""
    municipality: str = ""
    base_year: Annotated[int, Field(ge=1900, le=2100)] = 2026
    lang: Literal["nl", "en"] = "nl"
    horizons: Annotated[tuple[Horizon, ...], Field(min_length=1, max_length=20)] = DEFAULT_HORIZONS
    #: code = "label" or ["nl", "en"]; replaces the default themes
    themes: dict[str, tuple[str, str]] = Field(default_factory=lambda: dict(DEFAULT_THEMES))
    #: true for the demo: its facilities, partners and survey are generated
    generated: bool = False
    thresholds: Thresholds = Field(default_factory=Thresholds)
    projection: ProjectionSettings = Field(default_factory=ProjectionSettings)
    gaps: GapsSettings = Field(default_factory=GapsSettings)
    store: StoreSettings = Field(default_factory=StoreSettings)
    report: ReportSettings = Field(default_factory=ReportSettings)
    survey: SurveySettings = Field(default_factory=SurveySettings)
    #: "Bron: ..." lines a village plan prints
    sources: dict[str, str] = Field(default_factory=dict)
    #: extra words per theme for coding free-text answers
    lexicon: dict[str, list[str]] = Field(default_factory=dict)
    indicators: dict[str, IndicatorSettings] = Field(default_factory=dict)

    @model_validator(mode="before")
    @classmethod
    def _name_of_the_folder(cls, data: Any, info: ValidationInfo) -> Any:
        folder = (info.context or {}).get("folder")
        if isinstance(data, dict) and "name" not in data and folder is not None:
            return {**data, "name": folder}
        return data

    @field_validator("horizons", mode="before")
    @classmethod
    def _list_as_tuple(cls, value: Any) -> Any:
        # TOML has arrays, not tuples
        return tuple(value) if isinstance(value, list) else value

    @field_validator("themes", mode="before")
    @classmethod
    def _lists_as_pairs(cls, table: Any) -> Any:
        # ["nl", "en"] is a pair of labels; a lone label keeps the default English one
        if not isinstance(table, dict):
            return table
        return {
            code: tuple(label)
            if isinstance(label, list)
            else (label, DEFAULT_THEMES.get(code, (label, label))[1])
            if isinstance(label, str)
            else label
            for code, label in table.items()
        }

    @property
    def store_url(self) -> str | None:
        """``[store] url``: a team's PostgreSQL; None for the workspace's own SQLite file."""
        return self.store.url

    def theme_label(self, code: str, lang: str | None = None) -> str:
        nl, en = self.themes.get(code, (code, code))
        return en if (lang or self.lang) == "en" else nl
