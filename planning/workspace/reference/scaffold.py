"""A new, clean workspace for one municipality: ``planning new DIR --gemeente NAME``.

The folder holds what the CBS tables in the package know (villages with their
postcodes and centroid, inhabitants per age band on 1 January 2021) and, for what
only the municipality knows (facilities, provisions, partners, commitments), empty
files with their headers and a README that explains each file. Nothing of the demo
is copied, and workspace.toml says the data are not generated.

The folder is written into a temporary sibling and renamed into place at the end,
so a failure leaves no half-made workspace behind. Only the standard library writes
it (no pandas, no pandera): the command must answer within two seconds.

The README and the longer comments of workspace.toml are templates per language
(``templates/nl``, ``templates/en``, shipped in the package), short lines catalogue keys,
so ``planning --lang en new`` writes an English workspace.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import shutil
import tempfile
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

import tomli_w

from planning.errors import WorkspaceError
from planning.i18n import fmt_int, fmt_pct, text
from planning.io.cells import AGE_BANDS
from planning.io.resources import package_path
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

#: the sources of the CBS tables, by their key in workspace.toml's [sources]: catalogue keys,
#: so the citation reads in the workspace's language
SOURCES = {"population": "source.cbs_population", "villages": "source.cbs_villages"}

#: the README and the longer workspace.toml comments, one folder of templates per language
TEMPLATES = ("workspace", "reference", "templates")


def template(name: str, lang: str = "nl") -> str:
    """The text of template ``name`` in ``lang`` (placeholders as str.format fields)."""
    return package_path(*TEMPLATES, lang, name).read_text(encoding="utf-8")


def sources(lang: str = "nl") -> dict[str, str]:
    """workspace.toml's [sources] of the CBS tables, cited in ``lang``."""
    return {name: text(key, lang) for name, key in SOURCES.items()}


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


def _csv(header: tuple[str, ...], rows: Sequence[tuple[object, ...]]) -> str:
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
    lang: str = "nl",
) -> str:
    """workspace.toml: the municipality, CBS as the source, generated = false; its comments
    and sources in ``lang``, which is also the workspace's language.

    ``net_migration`` (village id -> yearly rate) is written as [projection.net_migration]
    when a calibration for the municipality is at hand; without it the projection uses
    its documented default.
    """
    cited = sources(lang)
    settings: dict[str, object] = {
        "name": text("new.workspace_name", lang, municipality=tables.municipality),
        "municipality": tables.municipality,
        "base_year": base_year,
        "lang": lang,
        "horizons": [3, 5, 10],
        "generated": False,
        "sources": cited,
    }
    if migration is not None:
        settings["sources"] = {**cited, "migration": migration.source}
    if net_migration:
        settings["projection"] = {"net_migration": dict(sorted(net_migration.items()))}
    header = _comment(text("new.toml_title", lang, municipality=tables.municipality))
    header += _comment(text("new.toml_cbs", lang, year=PEILDATUM_YEAR))
    if migration is not None:
        header += template("migration.toml", lang).format(
            rate=fmt_pct(migration.rate, 2, lang), municipality=tables.municipality
        )
    header += _comment(text("new.toml_settings_doc", lang))
    return header + tomli_w.dumps(settings)


def _comment(line: str) -> str:
    return f"# {line}\n"


def readme(
    tables: MunicipalityTables,
    folder_name: str,
    migration: Migration | None,
    today: dt.date,
    lang: str = "nl",
) -> str:
    """README.md: what each file holds and what to do next, in ``lang``."""
    estimated = (
        template("estimated.md", lang).format(
            names="\n".join(f"- {name}" for name in tables.estimated_places)
        )
        if tables.estimated_places
        else ""
    )
    moving = (
        template("migration.md", lang).format(
            rate=fmt_pct(migration.rate, 2, lang), source=migration.source
        )
        if migration is not None
        else template("no_migration.md", lang)
    )
    cited = [*sources(lang).values(), *([migration.source] if migration else [])]
    return template("readme.md", lang).format(
        municipality=tables.municipality,
        today=today.isoformat(),
        folder=folder_name,
        year=PEILDATUM_YEAR,
        estimated=estimated + moving,
        sources="\n".join(f"- {line}" for line in cited),
    )


def _files(
    tables: MunicipalityTables,
    folder_name: str,
    base_year: int,
    net_migration: Mapping[str, float] | None,
    migration: Migration | None,
    today: dt.date,
    lang: str,
) -> dict[str, str]:
    files = {
        "workspace.toml": settings_toml(tables, base_year, net_migration, migration, lang),
        "README.md": readme(tables, folder_name, migration, today, lang),
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
    today: dt.date | None = None,
) -> NewWorkspace:
    """Write a clean workspace for ``municipality`` (its CBS name) into ``target``.

    ``target`` must not exist or be empty: a workspace is never mixed into other files.
    The README, the comments of workspace.toml and its sources are in ``lang``, the
    workspace's language from then on; ``today`` is the date the README says it was made.
    """
    target = Path(target)
    if target.exists() and (not target.is_dir() or any(target.iterdir())):
        raise WorkspaceError(key="new.not_empty", folder=target)
    tables = municipality_tables(municipality)
    today = today or dt.date.today()
    year = base_year or today.year
    files = _files(tables, target.name, year, net_migration, migration, today, lang)
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
