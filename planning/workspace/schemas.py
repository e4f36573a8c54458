"""One schema per workspace table, as data.

Each table is described once: its canonical columns, their kind, the Dutch
headers staff may use instead, and the rules a value must meet. Converting a
table read as text to these specs, and checking it, is planning.workspace.conversion.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from functools import partial
from typing import Any

from planning.io.cells import AGE_BANDS, is_age_group
from planning.io.tables import normalize_header

CHANNELS: tuple[str, ...] = (
    "market",
    "street",
    "online",
    "paper",
    "phone",
    "home_visit",
    "session",
)
PROVISION_KINDS: tuple[str, ...] = ("fund", "service", "activity", "club", "place")

#: The Netherlands, generously: Cadzand to Delfzijl, Vaals to Rottumeroog.
NL_LAT = (50.70, 53.70)
NL_LON = (3.20, 7.30)

#: the name of the survey answers' table (its file: survey/responses.csv)
RESPONSES = "survey/responses"


def _each(fits: Callable[[Any], Any], values: Any) -> Any:
    """``fits`` of every value (a Series), asked once per distinct text: a survey of
    250,000 rows holds a few dozen age groups."""
    seen: dict[str, Any] = {}

    def once(value: Any) -> Any:
        if type(value) is not str:
            return fits(value)
        if value not in seen:
            seen[value] = fits(value)
        return seen[value]

    return values.map(once)


@dataclass(frozen=True)
class Rule:
    """A value rule of a column, as data: pandera (a heavy import) builds the check only
    when a table is actually checked, not for a command served from the snapshot."""

    kind: str  # in_range | isin | each (a function that says, per value, whether it fits)
    args: tuple[Any, ...]
    #: the catalogue key of what is expected ('rule.year': 'een jaartal'), the check's name
    error: str

    def check(self) -> Any:
        """The pandera check for this rule."""
        import pandera.pandas as pa

        if self.kind == "in_range":
            return pa.Check.in_range(*self.args, error=self.error)
        if self.kind == "each":
            return pa.Check(partial(_each, self.args[0]), element_wise=False, error=self.error)
        return pa.Check.isin(*self.args, error=self.error)


@dataclass(frozen=True)
class Column:
    name: str
    kind: str = "str"  # str | int | float | bool | list | date | age_band | age_group
    required: bool = True
    nullable: bool = False
    aliases: tuple[str, ...] = ()
    checks: tuple[Rule, ...] = ()
    unique: bool = False
    #: an amount (euros, hours, metres, places) that Dutch Excel writes with a thousands
    #: point: '1.500' there is 1500 in a Dutch file and ambiguous when the file does not say
    thousands: bool = False


@dataclass(frozen=True)
class TableSpec:
    name: str
    columns: tuple[Column, ...]
    required_file: bool = True
    #: the catalogue key of what the table holds ('table.villages')
    description: str = ""
    unique_together: tuple[str, ...] = field(default=())

    def column(self, name: str) -> Column:
        return next(c for c in self.columns if c.name == name)

    def header_map(self) -> dict[str, str]:
        """Normalized header or alias -> canonical column name."""
        mapping: dict[str, str] = {}
        for col in self.columns:
            mapping[normalize_header(col.name)] = col.name
            for alias in col.aliases:
                mapping[normalize_header(alias)] = col.name
        return mapping


def _in_range(lo: float, hi: float, what: str) -> Rule:
    return Rule("in_range", (lo, hi), what)


LAT = Column(
    "lat",
    "float",
    aliases=("breedtegraad", "latitude", "breedte"),
    checks=(_in_range(*NL_LAT, "rule.lat"),),
)
LON = Column(
    "lon",
    "float",
    aliases=("lengtegraad", "longitude", "lengte", "lng"),
    checks=(_in_range(*NL_LON, "rule.lon"),),
)
VILLAGE_REF = Column("village_id", aliases=("kern_id", "kern", "dorp_id", "dorp", "wijk_id"))
NON_NEGATIVE = _in_range(0, 1e12, "rule.non_negative")
THEMES_LIST = Column("themes", "list", nullable=True, aliases=("themas", "thema", "themes"))
YEAR = _in_range(1900, 2200, "rule.year")

VILLAGES = TableSpec(
    "villages",
    (
        Column("village_id", aliases=("kern_id", "kern", "dorp_id", "id"), unique=True),
        Column("name", aliases=("naam", "kernnaam", "dorpsnaam")),
        Column("municipality", aliases=("gemeente",)),
        Column(
            "postcodes", "list", nullable=True, required=False, aliases=("postcode", "pc4", "pc6")
        ),
        LAT,
        LON,
        # how staff define a kern beyond its postcodes (planning.workspace.village_names)
        Column(
            "woonplaatsen",
            "list",
            nullable=True,
            required=False,
            aliases=("woonplaats", "places", "residential_places"),
        ),
        Column(
            "buurten", "list", nullable=True, required=False, aliases=("buurt", "neighbourhoods")
        ),
    ),
    description="table.villages",
)

POPULATION = TableSpec(
    "population",
    (
        VILLAGE_REF,
        Column("year", "int", aliases=("jaar", "peiljaar"), checks=(YEAR,)),
        Column(
            "age_band",
            "age_band",
            aliases=("leeftijd", "leeftijdsklasse", "leeftijdsgroep"),
            checks=(Rule("isin", (AGE_BANDS,), "rule.age_band"),),
        ),
        Column("inhabitants", "int", aliases=("inwoners", "aantal"), checks=(NON_NEGATIVE,)),
    ),
    unique_together=("village_id", "year", "age_band"),
    description="table.population",
)

FACILITIES = TableSpec(
    "facilities",
    (
        Column("facility_id", aliases=("voorziening_id", "id"), unique=True),
        Column("name", aliases=("naam",)),
        VILLAGE_REF,
        Column("kind", aliases=("soort", "type")),
        Column("owner", nullable=True, required=False, aliases=("eigenaar",)),
        Column("address", nullable=True, required=False, aliases=("adres",)),
        LAT,
        LON,
        Column("step_free", "bool", aliases=("drempelvrij", "rolstoeltoegankelijk")),
        Column("accessible_toilet", "bool", aliases=("invalidentoilet", "aangepast_toilet")),
        Column(
            "transit_stop_m",
            "float",
            thousands=True,
            nullable=True,
            aliases=("ov_halte_m", "afstand_ov_m", "bushalte_m", "afstand_bushalte"),
            checks=(NON_NEGATIVE,),
        ),
        Column("free_entry", "bool", aliases=("gratis_toegang", "gratis")),
        Column(
            "open_hours_per_week",
            "float",
            aliases=("open_uren_per_week", "openingsuren", "uren_open_per_week"),
            checks=(_in_range(0, 168, "rule.hours"),),
        ),
        Column("walk_in", "bool", aliases=("vrije_inloop", "inloop")),
        Column("capacity", "int", nullable=True, aliases=("capaciteit",), checks=(NON_NEGATIVE,)),
        THEMES_LIST,
        Column("activities", nullable=True, required=False, aliases=("activiteiten",)),
    ),
    description="table.facilities",
)

PROVISIONS = TableSpec(
    "provisions",
    (
        Column("provision_id", aliases=("aanbod_id", "id"), unique=True),
        Column("name", aliases=("naam",)),
        Column(
            "kind",
            aliases=("soort", "type"),
            checks=(Rule("isin", (PROVISION_KINDS,), "rule.provision_kind"),),
        ),
        Column("provider", nullable=True, aliases=("aanbieder", "organisatie")),
        THEMES_LIST,
        Column(
            "age_min",
            "int",
            nullable=True,
            aliases=("leeftijd_min", "min_leeftijd"),
            checks=(_in_range(0, 120, "rule.age"),),
        ),
        Column(
            "age_max",
            "int",
            nullable=True,
            aliases=("leeftijd_max", "max_leeftijd"),
            checks=(_in_range(0, 120, "rule.age"),),
        ),
        Column("villages", "list", aliases=("kernen", "dorpen")),
        Column("facility_id", nullable=True, required=False, aliases=("voorziening_id",)),
        Column(
            "capacity_per_week",
            "float",
            thousands=True,
            nullable=True,
            aliases=("capaciteit_per_week",),
            checks=(NON_NEGATIVE,),
        ),
        Column(
            "cost_per_year",
            "float",
            thousands=True,
            nullable=True,
            required=False,
            aliases=("kosten_per_jaar",),
            checks=(NON_NEGATIVE,),
        ),
    ),
    description="table.provisions",
)

PARTNERS = TableSpec(
    "partners",
    (
        Column("partner_id", aliases=("id", "partner"), unique=True),
        Column("name", aliases=("naam",)),
        Column("kind", aliases=("soort", "type")),
    ),
    description="table.partners",
)

COMMITMENTS = TableSpec(
    "commitments",
    (
        Column("commitment_id", aliases=("afspraak_id", "inzet_id", "id"), unique=True),
        Column("partner_id", aliases=("partner",)),
        VILLAGE_REF,
        Column("facility_id", nullable=True, required=False, aliases=("voorziening_id",)),
        Column("provision_id", nullable=True, required=False, aliases=("aanbod_id",)),
        Column("description", nullable=True, aliases=("omschrijving",)),
        Column("start_year", "int", aliases=("startjaar", "vanaf"), checks=(YEAR,)),
        Column("end_year", "int", nullable=True, aliases=("eindjaar", "tot"), checks=(YEAR,)),
        Column(
            "hours_per_year",
            "float",
            thousands=True,
            nullable=True,
            aliases=("uren_per_jaar",),
            checks=(NON_NEGATIVE,),
        ),
        Column(
            "budget_per_year",
            "float",
            thousands=True,
            nullable=True,
            aliases=("budget_per_jaar",),
            checks=(NON_NEGATIVE,),
        ),
    ),
    description="table.commitments",
)

POPULATION_POINTS = TableSpec(
    "population_points",
    (
        Column("point_id", required=False, nullable=True, aliases=("punt_id",)),
        VILLAGE_REF,
        LAT,
        LON,
        Column("inhabitants", "int", aliases=("inwoners", "aantal"), checks=(NON_NEGATIVE,)),
    ),
    required_file=False,
    description="table.population_points",
)

#: the municipality's own register (BRP) per kern, age band and peildatum: the storage
#: contract of ``planning population import`` (planning.workspace.register_file)
POPULATION_REGISTER = TableSpec(
    "population_register",
    (
        VILLAGE_REF,
        Column("peildatum", "date", aliases=("reference_date", "datum")),
        Column(
            "age_band",
            "age_band",
            aliases=("leeftijd", "leeftijdsklasse", "leeftijdsgroep"),
            checks=(Rule("isin", (AGE_BANDS,), "rule.age_band"),),
        ),
        Column("inhabitants", "int", aliases=("inwoners", "aantal"), checks=(NON_NEGATIVE,)),
        Column("source", aliases=("bron",)),
        # the wider group ('65-74') this band's count was split from by CBS's age structure
        Column("split_from", nullable=True, required=False, aliases=("verdeeld_uit",)),
    ),
    required_file=False,
    unique_together=("village_id", "peildatum", "age_band"),
    description="table.population_register",
)

TABLES: dict[str, TableSpec] = {
    spec.name: spec
    for spec in (
        VILLAGES,
        POPULATION,
        FACILITIES,
        PROVISIONS,
        PARTNERS,
        COMMITMENTS,
        POPULATION_POINTS,
        POPULATION_REGISTER,
    )
}


def responses_spec(themes: list[str] | tuple[str, ...]) -> TableSpec:
    """The canonical survey response table (contract), for this workspace's themes."""
    cols = [
        Column("respondent_id", aliases=("respondent", "id")),
        VILLAGE_REF,
        Column(
            "channel",
            aliases=("kanaal",),
            checks=(Rule("isin", (CHANNELS,), "rule.channel"),),
        ),
        Column("collected_on", "date", nullable=True, aliases=("datum",)),
        Column(
            "age_band",
            "age_group",
            nullable=True,
            aliases=("leeftijd", "leeftijdsklasse", "leeftijdsgroep"),
            checks=(Rule("each", (is_age_group,), "rule.age_group"),),
        ),
    ]
    for theme in themes:
        cols.append(
            Column(
                f"importance_{theme}",
                "int",
                nullable=True,
                required=False,
                aliases=(f"belang_{theme}",),
                checks=(_in_range(1, 5, "rule.importance"),),
            )
        )
    for h in ("3y", "5y", "10y"):
        cols.append(Column(f"need_{h}", nullable=True, required=False, aliases=(f"behoefte_{h}",)))
        cols.append(Column(f"need_{h}_themes", "list", nullable=True, required=False))
    cols += [
        Column("volunteer", "bool", nullable=True, required=False, aliases=("vrijwilliger",)),
        Column(
            "contact_requested",
            "bool",
            nullable=True,
            required=False,
            aliases=("contact", "terugbellen"),
        ),
        Column("source", nullable=True, required=False, aliases=("bron",)),
        Column(
            "quote_publishable",
            "bool",
            nullable=True,
            required=False,
            aliases=("citaat_publiceerbaar",),
        ),
        # the survey round (planning.survey.rounds); empty: the year of collected_on
        Column("round", nullable=True, required=False, aliases=("ronde", "peiling")),
    ]
    return TableSpec(
        RESPONSES,
        tuple(cols),
        required_file=False,
        unique_together=("respondent_id", "source"),
        description="table.responses",
    )
