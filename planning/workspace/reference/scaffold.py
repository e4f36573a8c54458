"""A new, clean workspace for one municipality: ``planning new DIR --gemeente NAME``.

The folder holds what the CBS tables in the package know (villages with their
postcodes and centroid, inhabitants per age band on 1 January 2021) and, for what
only the municipality knows (facilities, provisions, partners, commitments), empty
files with their headers and a README that explains each file. Nothing of the demo
is copied, and workspace.toml says the data are not generated.

The folder is written into a temporary sibling and renamed into place at the end,
so a failure leaves no half-made workspace behind. Only the standard library writes
it (no pandas, no pandera): the command must answer within two seconds.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import shutil
import tempfile
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

import tomli_w

from planning.errors import WorkspaceError
from planning.i18n import fmt_int, fmt_pct, text
from planning.io.cells import AGE_BANDS
from planning.workspace.reference.municipalities import (
    PEILDATUM_YEAR,
    MunicipalityTables,
    municipality_tables,
)

#: the headers of the files only the municipality can fill: the column names of
#: planning.workspace.schemas, repeated here so ``planning new`` need not import
#: pandera (tests/unit/workspace/test_new_workspace.py holds them equal)
EMPTY_TABLES: dict[str, tuple[str, ...]] = {
    "facilities": (
        "facility_id",
        "name",
        "village_id",
        "kind",
        "owner",
        "address",
        "lat",
        "lon",
        "step_free",
        "accessible_toilet",
        "transit_stop_m",
        "free_entry",
        "open_hours_per_week",
        "walk_in",
        "capacity",
        "themes",
        "activities",
    ),
    "provisions": (
        "provision_id",
        "name",
        "kind",
        "provider",
        "themes",
        "age_min",
        "age_max",
        "villages",
        "facility_id",
        "capacity_per_week",
        "cost_per_year",
    ),
    "partners": (
        "partner_id",
        "name",
        "kind",
    ),
    "commitments": (
        "commitment_id",
        "partner_id",
        "village_id",
        "facility_id",
        "provision_id",
        "description",
        "start_year",
        "end_year",
        "hours_per_year",
        "budget_per_year",
    ),
}

SOURCES = {
    "population": (
        "Bron: CBS, Bevolking per viercijferige postcode en leeftijd op 1 januari 2021 (83502NED)"
    ),
    "villages": (
        "Bron: CBS, woonplaats en gemeente per viercijferige postcode op 1 januari 2021 "
        "(83503NED); centroïden: 4pp postcodetabel (MIT)"
    ),
}

README = """\
# Werkmap {municipality}

Gemaakt met `planning new` op {today}. Controleer de map met

    planning check --workspace {folder}

## De bestanden

- `workspace.toml`: de instellingen: naam, gemeente, basisjaar, termijnen (3, 5 en 10 jaar),
  drempels voor afstand en openingsuren, aannames voor de bevolkingsprognose en de bronnen.
- `villages.csv`: de kernen. Eén rij per woonplaats met inwoners volgens het CBS, met de
  viercijferige postcodes die het CBS aan die woonplaats toekent (`9301;9302`) en het midden
  van die postcodes (breedtegraad, lengtegraad). Voeg kernen samen of splits ze als uw
  gemeente ze anders indeelt; houd `village_id` kort, in kleine letters en zonder spaties.
- `population.csv`: inwoners per kern en leeftijdsklasse van vijf jaar (0-4 ... 95+) op
  1 januari {year}. Bron: CBS (83502NED), de som over de postcodes van de kern. Het CBS rondt
  af op vijftallen. Een nieuwer jaar kunt u eronder toevoegen; de werkmap rekent met het
  laatste jaar van elke kern.
- `facilities.csv` (leeg, nog in te vullen): gebouwen en plekken: dorpshuis, kerk, school,
  sporthal. Per plek: drempelvrij, invalidentoilet, afstand tot de bushalte, gratis toegang,
  open uren per week, vrije inloop, capaciteit en de thema's waarvoor de plek dient.
- `provisions.csv` (leeg, nog in te vullen): het aanbod: fondsen, diensten, activiteiten,
  verenigingen; voor welke leeftijden, in welke kernen (`*` voor alle) en hoeveel plaatsen
  per week.
- `partners.csv` (leeg, nog in te vullen): verenigingen, kerken, zorg- en
  welzijnsorganisaties die meedoen.
- `commitments.csv` (leeg, nog in te vullen): afspraken van partners voor langere tijd:
  uren en budget per jaar, van startjaar tot eindjaar.

Nederlandse kolomnamen mogen ook (`kern`, `naam`, `inwoners`, `leeftijd` ...); de README van
het werkboek noemt ze per bestand. Bedragen en getallen mogen op zijn Nederlands (`1.500`,
`12,5`; in een bestand met `;` is `1.500` vijftienhonderd). Thema's mogen als code
(`meeting`) of in het Nederlands (`ontmoeting`). Zolang een bestand leeg is, zegt het dorpsplan
wat er nog vastgelegd moet worden.

## Kernen zijn hier postcodegebieden

Het CBS telt inwoners naar leeftijd per viercijferig postcodegebied. Een kern in deze map is
zo'n gebied, genoemd naar de woonplaats die het CBS eraan toekent. Een woonplaats of
buurtschap zonder eigen postcode telt mee bij het gebied waarin hij ligt: zijn inwoners staan
bij de grotere kern ernaast. Uw gemeente kent de echte aantallen per kern uit de
Basisregistratie Personen (BRP). Vraag de BRP-balie of de afdeling onderzoek om inwoners per
woonplaats en leeftijd op een peildatum en lees dat bestand in:

    planning population import BESTAND.xlsx --workspace {folder} --kernen-toevoegen

Dan begint de prognose bij die peildatum, met de aantallen van het register per kern, en
worden woonplaatsen die hier nog geen kern zijn als kern toegevoegd (`population_register.csv`).

Later komen erbij: `survey/responses.csv` (met `planning survey import`), `scenarios/` (met de
scenario-editor) en een opslag `store.sqlite` die het werkboek zelf bijhoudt.
{estimated}
## Bronnen

{sources}

De CBS-cijfers vallen onder CC BY 4.0: vermeld "Bron: CBS" als u ze overneemt.
"""

ESTIMATED = """
## Nog na te kijken

Voor deze kernen kent de postcodetabel geen middelpunt; ze staan voorlopig op het midden van
de gemeente. Vul in `villages.csv` de juiste breedtegraad en lengtegraad in:
{names}
"""


MIGRATION = """
## Migratie in de prognose

De bevolkingsprognose rekent voor alle kernen met het vestigingssaldo van de gemeente:
{rate} van de inwoners per jaar. {source}. Een eigen waarde
voor de hele gemeente zet u in `workspace.toml` onder `[projection]` als
`net_migration_rate = 0.005` (0,5% per jaar), voor één kern onder
`[projection.net_migration]` als `kern_id = 0.005`.
"""

NO_MIGRATION = """
## Migratie in de prognose

Voor deze gemeente is geen vestigingssaldo van het CBS afgeleid: de prognose rekent zonder
migratie. Zet een eigen waarde in `workspace.toml` onder `[projection]`, bijvoorbeeld
`net_migration_rate = 0.005` (0,5% per jaar).
"""


@dataclass(frozen=True)
class Migration:
    """The municipality's calibrated net migration, handed in by the command (the
    calibration lives in the analysis layer, above this one)."""

    rate: float
    source: str


@dataclass(frozen=True)
class NewWorkspace:
    """What ``write_new_workspace`` wrote, for the command to report."""

    path: Path
    municipality: str
    villages: int
    inhabitants: int
    estimated_places: tuple[str, ...]


def _csv(header: tuple[str, ...], rows: list[tuple[object, ...]]) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(header)
    writer.writerows(rows)
    return out.getvalue()


def villages_csv(tables: MunicipalityTables) -> str:
    """villages.csv: one row per woonplaats."""
    header = ("village_id", "name", "municipality", "postcodes", "lat", "lon")
    rows = [
        (v.village_id, v.name, v.municipality, v.postcodes, v.lat, v.lon) for v in tables.villages
    ]
    return _csv(header, rows)


def population_csv(tables: MunicipalityTables) -> str:
    """population.csv: inhabitants per village and age band on 1 January PEILDATUM_YEAR."""
    header = ("village_id", "year", "age_band", "inhabitants")
    rows: list[tuple[object, ...]] = [
        (v.village_id, PEILDATUM_YEAR, band, count)
        for v in tables.villages
        for band, count in zip(AGE_BANDS, v.bands, strict=True)
    ]
    return _csv(header, rows)


def settings_toml(
    tables: MunicipalityTables,
    base_year: int,
    net_migration: Mapping[str, float] | None = None,
    migration: Migration | None = None,
) -> str:
    """workspace.toml: the municipality, CBS as the source, generated = false.

    ``net_migration`` (village id -> yearly rate) is written as [projection.net_migration]
    when a calibration for the municipality is at hand; without it the projection uses
    its documented default.
    """
    settings: dict[str, object] = {
        "name": f"Gemeente {tables.municipality}",
        "municipality": tables.municipality,
        "base_year": base_year,
        "lang": "nl",
        "horizons": [3, 5, 10],
        "generated": False,
        "sources": dict(SOURCES),
    }
    if migration is not None:
        settings["sources"] = {**SOURCES, "migration": migration.source}
    if net_migration:
        settings["projection"] = {"net_migration": dict(sorted(net_migration.items()))}
    header = (
        f"# Werkmap voor de gemeente {tables.municipality}, gemaakt met `planning new`.\n"
        f"# Kernen en inwoners per leeftijdsklasse op 1 januari {PEILDATUM_YEAR}: Bron: CBS.\n"
    )
    if migration is not None:
        header += (
            f"# Migratie in de prognose: {fmt_pct(migration.rate, 2)} per jaar voor alle kernen,\n"
            f"# het vestigingssaldo van {tables.municipality} 2021-2024 (Bron: CBS); een eigen\n"
            "# waarde: [projection] net_migration_rate = 0.005\n"
        )
    header += "# Alle instellingen en hun standaardwaarden staan in de README van het werkboek.\n"
    return header + tomli_w.dumps(settings)


def _files(
    tables: MunicipalityTables,
    folder_name: str,
    base_year: int,
    net_migration: Mapping[str, float] | None,
    migration: Migration | None,
) -> dict[str, str]:
    estimated = (
        ESTIMATED.format(names="\n".join(f"- {name}" for name in tables.estimated_places))
        if tables.estimated_places
        else ""
    )
    readme = README.format(
        municipality=tables.municipality,
        today=dt.date.today().isoformat(),
        folder=folder_name,
        year=PEILDATUM_YEAR,
        estimated=estimated
        + (
            MIGRATION.format(rate=fmt_pct(migration.rate, 2), source=migration.source)
            if migration is not None
            else NO_MIGRATION
        ),
        sources="\n".join(
            f"- {line}" for line in [*SOURCES.values(), *([migration.source] if migration else [])]
        ),
    )
    files = {
        "workspace.toml": settings_toml(tables, base_year, net_migration, migration),
        "README.md": readme,
        "villages.csv": villages_csv(tables),
        "population.csv": population_csv(tables),
    }
    for name, header in EMPTY_TABLES.items():
        files[f"{name}.csv"] = _csv(header, [])
    return files


def write_new_workspace(
    target: Path,
    municipality: str,
    *,
    base_year: int | None = None,
    net_migration: Mapping[str, float] | None = None,
    migration: Migration | None = None,
    lang: str = "nl",
) -> NewWorkspace:
    """Write a clean workspace for ``municipality`` (its CBS name) into ``target``.

    ``target`` must not exist or be empty: a workspace is never mixed into other files.
    """
    target = Path(target)
    if target.exists() and (not target.is_dir() or any(target.iterdir())):
        raise WorkspaceError(text("new.not_empty", lang, folder=target))
    tables = municipality_tables(municipality)
    year = base_year or dt.date.today().year
    files = _files(tables, target.name, year, net_migration, migration)
    target.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(dir=target.parent, prefix=f".{target.name}."))
    try:
        for name, content in files.items():
            (staging / name).write_text(content, encoding="utf-8", newline="\n")
        if target.exists():
            target.rmdir()
        staging.rename(target)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    return NewWorkspace(
        target,
        tables.municipality,
        len(tables.villages),
        tables.inhabitants,
        tables.estimated_places,
    )


def summary_line(made: NewWorkspace, lang: str = "nl") -> str:
    """One sentence for the command: where, which municipality, how many villages."""
    return text(
        "new.written",
        lang,
        municipality=made.municipality,
        folder=made.path,
        villages=made.villages,
        inhabitants=fmt_int(made.inhabitants, lang),
    )
