"""One schema per workspace table, as data.

Each table is described once: its canonical columns, their kind, the Dutch
headers staff may use instead, and the rules a value must meet. Converting
text cells (done here, per cell, so every problem names its row) is separate
from checking rules (done by pandera, lazily, so all failures come out in one
pass).
"""

from __future__ import annotations

import difflib
from dataclasses import dataclass, field
from typing import Any

import pandas as pd
import pandera.pandas as pa

from planning.errors import Problem
from planning.io.cells import AGE_BANDS, PARSERS, CellError, column_uses_decimal_comma, is_missing
from planning.io.tables import RawTable, normalize_header

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


@dataclass(frozen=True)
class Column:
    name: str
    kind: str = "str"  # str | int | float | bool | list | date | age_band
    required: bool = True
    nullable: bool = False
    aliases: tuple[str, ...] = ()
    checks: tuple[pa.Check, ...] = ()
    unique: bool = False


@dataclass(frozen=True)
class TableSpec:
    name: str
    columns: tuple[Column, ...]
    required_file: bool = True
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


def _in_range(lo: float, hi: float, what: str) -> pa.Check:
    return pa.Check.in_range(lo, hi, error=what)


LAT = Column(
    "lat",
    "float",
    aliases=("breedtegraad", "latitude", "breedte"),
    checks=(_in_range(*NL_LAT, "breedtegraad binnen Nederland (50,7 tot 53,7)"),),
)
LON = Column(
    "lon",
    "float",
    aliases=("lengtegraad", "longitude", "lengte", "lng"),
    checks=(_in_range(*NL_LON, "lengtegraad binnen Nederland (3,2 tot 7,3)"),),
)
VILLAGE_REF = Column("village_id", aliases=("kern_id", "kern", "dorp_id", "dorp", "wijk_id"))
NON_NEGATIVE = _in_range(0, 1e12, "een getal van 0 of meer")
THEMES_LIST = Column("themes", "list", nullable=True, aliases=("themas", "thema", "themes"))
YEAR = _in_range(1900, 2200, "een jaartal")

VILLAGES = TableSpec(
    "villages",
    (
        Column("village_id", aliases=("kern_id", "kern", "dorp_id", "id"), unique=True),
        Column("name", aliases=("naam", "kernnaam", "dorpsnaam")),
        Column("municipality", aliases=("gemeente",)),
        Column("postcodes", "list", nullable=True, required=False, aliases=("postcode", "pc4")),
        LAT,
        LON,
    ),
    description="de kernen (dorpen en wijken)",
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
            checks=(pa.Check.isin(AGE_BANDS, error="een leeftijdsklasse als 0-4, 5-9 ... 95+"),),
        ),
        Column("inhabitants", "int", aliases=("inwoners", "aantal"), checks=(NON_NEGATIVE,)),
    ),
    unique_together=("village_id", "year", "age_band"),
    description="inwoners per kern, jaar en leeftijdsklasse",
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
            nullable=True,
            aliases=("ov_halte_m", "afstand_ov_m", "bushalte_m", "afstand_bushalte"),
            checks=(NON_NEGATIVE,),
        ),
        Column("free_entry", "bool", aliases=("gratis_toegang", "gratis")),
        Column(
            "open_hours_per_week",
            "float",
            aliases=("open_uren_per_week", "openingsuren", "uren_open_per_week"),
            checks=(_in_range(0, 168, "uren per week tussen 0 en 168"),),
        ),
        Column("walk_in", "bool", aliases=("vrije_inloop", "inloop")),
        Column("capacity", "int", nullable=True, aliases=("capaciteit",), checks=(NON_NEGATIVE,)),
        THEMES_LIST,
        Column("activities", nullable=True, required=False, aliases=("activiteiten",)),
    ),
    description="gebouwen en plekken (voorzieningen)",
)

PROVISIONS = TableSpec(
    "provisions",
    (
        Column("provision_id", aliases=("aanbod_id", "id"), unique=True),
        Column("name", aliases=("naam",)),
        Column(
            "kind",
            aliases=("soort", "type"),
            checks=(
                pa.Check.isin(PROVISION_KINDS, error="fund, service, activity, club of place"),
            ),
        ),
        Column("provider", nullable=True, aliases=("aanbieder", "organisatie")),
        THEMES_LIST,
        Column(
            "age_min",
            "int",
            nullable=True,
            aliases=("leeftijd_min", "min_leeftijd"),
            checks=(_in_range(0, 120, "een leeftijd van 0 tot 120"),),
        ),
        Column(
            "age_max",
            "int",
            nullable=True,
            aliases=("leeftijd_max", "max_leeftijd"),
            checks=(_in_range(0, 120, "een leeftijd van 0 tot 120"),),
        ),
        Column("villages", "list", aliases=("kernen", "dorpen")),
        Column("facility_id", nullable=True, required=False, aliases=("voorziening_id",)),
        Column(
            "capacity_per_week",
            "float",
            nullable=True,
            aliases=("capaciteit_per_week",),
            checks=(NON_NEGATIVE,),
        ),
        Column(
            "cost_per_year",
            "float",
            nullable=True,
            required=False,
            aliases=("kosten_per_jaar",),
            checks=(NON_NEGATIVE,),
        ),
    ),
    description="aanbod: fondsen, diensten, activiteiten, verenigingen",
)

PARTNERS = TableSpec(
    "partners",
    (
        Column("partner_id", aliases=("id", "partner"), unique=True),
        Column("name", aliases=("naam",)),
        Column("kind", aliases=("soort", "type")),
    ),
    description="partners: verenigingen, kerken, zorg- en welzijnsorganisaties",
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
            nullable=True,
            aliases=("uren_per_jaar",),
            checks=(NON_NEGATIVE,),
        ),
        Column(
            "budget_per_year",
            "float",
            nullable=True,
            aliases=("budget_per_jaar",),
            checks=(NON_NEGATIVE,),
        ),
    ),
    description="afspraken (inzet) van partners voor langere tijd",
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
    description="spreiding van inwoners (punten) voor afstanden",
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
            checks=(pa.Check.isin(CHANNELS, error="een kanaal: " + ", ".join(CHANNELS)),),
        ),
        Column("collected_on", "date", nullable=True, aliases=("datum",)),
        Column(
            "age_band",
            "age_band",
            nullable=True,
            aliases=("leeftijd", "leeftijdsklasse"),
            checks=(pa.Check.isin(AGE_BANDS, error="een leeftijdsklasse als 0-4 ... 95+"),),
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
                checks=(_in_range(1, 5, "een belang van 1 tot 5"),),
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
    ]
    return TableSpec(
        "survey/responses",
        tuple(cols),
        required_file=False,
        unique_together=("respondent_id", "source"),
        description="enquête-antwoorden",
    )


_DTYPES = {"int": "Int64", "float": "float64", "bool": "boolean"}


def suggest(value: str, candidates: list[str] | set[str]) -> str | None:
    """The closest candidate to a near-miss, comparing case- and dash-insensitively."""

    def norm(x: str) -> str:
        return normalize_header(x).replace("_", "")

    lookup: dict[str, str] = {}
    for c in candidates:
        lookup.setdefault(norm(c), c)
    key = norm(value)
    if key in lookup:
        return lookup[key]
    match = difflib.get_close_matches(key, list(lookup), n=1, cutoff=0.75)
    return lookup[match[0]] if match else None


def convert(raw: RawTable, spec: TableSpec) -> tuple[pd.DataFrame, list[Problem]]:
    """Typed table and every problem found in it, both in one pass."""
    problems: list[Problem] = []
    file = raw.name if "/" not in spec.name else f"{spec.name.split('/')[0]}/{raw.name}"
    header_map = spec.header_map()
    renamed: dict[str, str] = {}
    for header in raw.frame.columns:
        canonical = header_map.get(normalize_header(header))
        if canonical and canonical not in renamed.values():
            renamed[header] = canonical
    frame = raw.frame.rename(columns=renamed)
    out = pd.DataFrame(index=frame.index)

    for col in spec.columns:
        if col.name not in frame.columns:
            if col.required:
                present = [h for h in raw.frame.columns if h not in renamed]
                near = suggest(col.name, present) or next(
                    (h for h in present for a in col.aliases if suggest(a, [h])), None
                )
                hint = f"; bedoelt u '{near}'?" if near else ""
                names = " of ".join([col.name, *col.aliases[:2]])
                problems.append(
                    Problem(
                        file,
                        raw.header_row,
                        col.name,
                        None,
                        f"kolom ontbreekt: verwacht een kolom {names}{hint}",
                    )
                )
            out[col.name] = pd.Series([None] * len(frame), index=frame.index, dtype=object)
            if col.kind in _DTYPES:
                out[col.name] = out[col.name].astype(_DTYPES[col.kind])
            continue
        values = frame[col.name]
        parser = PARSERS[col.kind]
        comma = col.kind in ("int", "float") and column_uses_decimal_comma(values)
        converted: list[Any] = []
        # survey tables repeat the same few texts thousands of times: parse each once
        seen: dict[tuple[type, Any], tuple[bool, Any]] = {}
        for row, value in values.items():
            key = (type(value), value)
            hit = seen.get(key)
            if hit is None:
                hit = seen[key] = _parse_cell(value, parser, col.kind, comma)
            ok, result = hit
            if ok:
                converted.append(list(result) if isinstance(result, list) else result)
                continue
            if result is None:
                if not col.nullable:
                    problems.append(
                        Problem(
                            file,
                            int(row),
                            col.name,
                            None,
                            "waarde ontbreekt; deze kolom is verplicht",
                        )
                    )
                converted.append(None)
                continue
            problems.append(Problem(file, int(row), col.name, value, result))
            converted.append(None)
        series = pd.Series(converted, index=frame.index, dtype=object)
        if col.kind in _DTYPES:
            series = series.astype(_DTYPES[col.kind])
        out[col.name] = series

    extra = [c for c in frame.columns if c not in out.columns]
    for c in extra:
        out[c] = frame[c]
    problems += _check_rules(out, spec, file, frame)
    return out, problems


def _parse_cell(value: Any, parser: Any, kind: str, comma: bool) -> tuple[bool, Any]:
    """(True, value) or (False, message); (False, None) for an empty cell."""
    if is_missing(value):
        return False, None
    try:
        return True, parser(value, comma) if kind in ("int", "float") else parser(value)
    except CellError as exc:
        return False, str(exc)


def _shown(raw: pd.DataFrame, row: int | None, column: str, value: Any) -> Any:
    """The cell as the user typed it (so '6,399' is shown, not 6.399)."""
    if row is not None and column in raw.columns and row in raw.index:
        cell = raw.at[row, column]
        if not is_missing(cell):
            return cell.strip() if isinstance(cell, str) else _plain(cell)
    return _plain(value)


def _plain(value: Any) -> Any:
    """numpy scalars -> Python values, so problems print and serialise cleanly."""
    return value.item() if hasattr(value, "item") and not isinstance(value, (list, str)) else value


def _check_rules(
    frame: pd.DataFrame, spec: TableSpec, file: str, raw: pd.DataFrame | None = None
) -> list[Problem]:
    """Value rules through pandera (all failures at once) plus uniqueness of ids and keys."""
    raw = raw if raw is not None else frame
    columns = {
        col.name: pa.Column(None, checks=list(col.checks), nullable=True, required=False)
        for col in spec.columns
        if col.checks
    }
    schema = pa.DataFrameSchema(columns, strict=False)
    problems: list[Problem] = []
    try:
        schema.validate(frame, lazy=True)
    except pa.errors.SchemaErrors as exc:
        for case in exc.failure_cases.itertuples(index=False):
            row = None if pd.isna(case.index) else int(case.index)
            value = _shown(raw, row, case.column, case.failure_case)
            problems.append(Problem(file, row, case.column, value, f"verwacht {case.check}"))
    for col in spec.columns:
        if col.unique and col.name in frame.columns:
            problems += _duplicates(frame, [col.name], file, "dubbele id")
    if spec.unique_together and all(c in frame.columns for c in spec.unique_together):
        problems += _duplicates(frame, list(spec.unique_together), file, "dubbele rij")
    problems.sort(key=lambda p: (p.row or 0, p.column or ""))
    return problems


def _duplicates(frame: pd.DataFrame, keys: list[str], file: str, what: str) -> list[Problem]:
    """Every repeat of an id (or key combination), pointing at the row it repeats.

    Empty optional key parts count as equal (two answers with the same
    respondent_id and no source are the same respondent); rows whose first
    key is empty are left to the 'waarde ontbreekt' problem.
    """
    text = frame[keys].astype(object).where(frame[keys].notna(), "")
    text = text.map(str)
    first_seen: dict[tuple[str, ...], int] = {}
    problems = []
    for row, values in zip(frame.index, text.itertuples(index=False, name=None), strict=True):
        if not values[0]:
            continue
        if values in first_seen:
            shown = " / ".join(v for v in values if v)
            column = ", ".join(keys)
            problems.append(
                Problem(
                    file,
                    int(row),
                    column,
                    shown,
                    f"{what}: '{shown}' staat al in rij {first_seen[values]}",
                )
            )
        else:
            first_seen[values] = int(row)
    return problems
