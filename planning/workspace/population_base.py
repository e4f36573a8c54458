"""Where each kern's population starts: the municipality's register, else CBS.

``population_register.csv`` (written by ``planning population import``) holds the
register's (BRP) inhabitants per kern, five-year age band and peildatum. When a kern
has register counts, its population at the latest peildatum is exactly those counts;
a kern without them keeps CBS's ``population.csv`` (1 January 2021 per postcode area).

A kern staff split off a postcode area (Lhee out of 7991 Dwingeloo) takes its people
with it: when the area's kern has no register counts of its own, the register counts of
the kernen carved out of it (they share a four-digit postcode: Lhee as 7991 PA;7991 PB)
are taken off its CBS counts per band, never below 0, so nobody is counted twice. That
is an assumption across two dates and the base says so (``carved``).

The base table has the columns of ``population.csv`` (village_id, year, age_band,
inhabitants), the ``year`` of a peildatum being the nearest 1 January (31 December 2024
counts as 2025), plus ``peildatum`` and ``source`` per row, so the projection and every
page can say where its inhabitants come from and on which date.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Hashable, Mapping
from dataclasses import dataclass, field
from typing import Any, Protocol

import pandas as pd

from planning.io.cells import AGE_BANDS


class _Tables(Protocol):
    """What the base needs of a Workspace (planning.workspace.folder imports this module)."""

    @property
    def tables(self) -> Mapping[str, pd.DataFrame]: ...

    def cached(
        self, key: Hashable, depends_on: tuple[str, ...], compute: Callable[[], Any]
    ) -> Any: ...


#: the source line of the CBS base (population.csv as ``planning new`` writes it)
CBS_SOURCE = "CBS, per viercijferig postcodegebied"
COLUMNS = ["village_id", "year", "age_band", "inhabitants", "peildatum", "source"]


@dataclass(frozen=True)
class BasePopulation:
    """Each kern's starting population, and where it comes from.

    ``table``: village_id, year, age_band, inhabitants, peildatum, source.
    ``sources``: village id -> (source, peildatum) for the page that names them.
    ``carved``: kern id -> the registered kernen whose counts were taken off its CBS area.
    ``split``: kern id -> the register's groups wider than five years ("65-74", "75+") that
    were split into bands by the CBS age structure (an assumption the method names).
    """

    table: pd.DataFrame
    sources: dict[str, tuple[str, dt.date]] = field(default_factory=dict)
    carved: dict[str, list[str]] = field(default_factory=dict)
    split: dict[str, list[str]] = field(default_factory=dict)

    def source_of(self, village_id: str) -> tuple[str, dt.date | None]:
        """Where a kern's starting inhabitants come from and their date: the register's
        source and peildatum, or CBS and 1 January of its year (None: no figures)."""
        if village_id in self.sources:
            return self.sources[village_id]
        years = self.table.loc[self.table["village_id"] == village_id, "year"]
        return CBS_SOURCE, (dt.date(int(years.iloc[0]), 1, 1) if len(years) else None)

    @property
    def from_register(self) -> bool:
        return any(source != CBS_SOURCE for source, _ in self.sources.values())


def register_year(peildatum: dt.date) -> int:
    """The year a peildatum counts for: its nearest 1 January."""
    return peildatum.year + (1 if peildatum >= dt.date(peildatum.year, 7, 2) else 0)


def latest_register(register: pd.DataFrame) -> pd.DataFrame:
    """The register rows of each kern's latest peildatum."""
    rows = register.dropna(subset=["village_id", "peildatum", "age_band"])
    if rows.empty:
        return rows
    latest = rows.groupby("village_id")["peildatum"].transform("max")
    return rows[rows["peildatum"] == latest]


def _latest_cbs(population: pd.DataFrame) -> pd.DataFrame:
    pop = population.dropna(subset=["village_id", "year"])
    if pop.empty:
        return pop
    latest = pop.groupby("village_id")["year"].transform("max")
    return pop[pop["year"] == latest]


def _pc4(codes: object) -> set[str]:
    if not isinstance(codes, list):
        return set()
    return {str(c).replace(" ", "")[:4] for c in codes if str(c).strip()}


def carved_out(villages: pd.DataFrame, registered: set[str]) -> dict[str, list[str]]:
    """Kern id -> the registered kernen carved out of its postcode area: those that share
    a four-digit postcode with it (Lhee defined as 7991 PA and 7991 PB, inside 7991)."""
    if villages.empty or "postcodes" not in villages:
        return {}
    areas = {
        str(v): _pc4(codes)
        for v, codes in zip(villages["village_id"], villages["postcodes"], strict=False)
    }
    out: dict[str, list[str]] = {}
    for parent, area in areas.items():
        if parent in registered or not area:
            continue
        inside = [c for c in sorted(registered) if c != parent and area & areas.get(c, set())]
        if inside:
            out[parent] = inside
    return out


def base_population(ws: _Tables) -> BasePopulation:
    """Each kern's starting population (see the module): kept per register and population
    table, so a plan that asks for it per village does not recompute it."""
    return ws.cached(
        ("base_population",),
        ("population", "population_register", "villages"),
        lambda: compute_base(ws.tables),
    )


def compute_base(tables: Mapping[str, pd.DataFrame]) -> BasePopulation:
    """The base from the workspace's tables (population, population_register, villages)."""
    cbs = _latest_cbs(tables["population"])
    register = tables.get("population_register")
    if register is None or register.empty:
        table = cbs.assign(peildatum=None, source=CBS_SOURCE)
        return BasePopulation(table.reindex(columns=[*cbs.columns, "peildatum", "source"]))
    reg = latest_register(register)
    registered = {str(v) for v in reg["village_id"].unique()}
    reg_rows = pd.DataFrame(
        {
            "village_id": reg["village_id"].astype(str),
            "year": reg["peildatum"].map(register_year).astype("int64"),
            "age_band": reg["age_band"],
            "inhabitants": reg["inhabitants"].astype("int64"),
            "peildatum": reg["peildatum"],
            "source": reg["source"].astype(str),
        }
    )
    rest = cbs[~cbs["village_id"].astype(str).isin(registered)].copy()
    carved: dict[str, list[str]] = {}
    for parent, children in carved_out(tables["villages"], registered).items():
        mine = rest["village_id"].astype(str) == parent
        if not mine.any():
            continue
        taken = (
            reg_rows[reg_rows["village_id"].isin(children)].groupby("age_band")["inhabitants"].sum()
        )
        before = rest.loc[mine, "age_band"].map(taken).fillna(0)
        rest.loc[mine, "inhabitants"] = (rest.loc[mine, "inhabitants"] - before).clip(lower=0)
        carved[parent] = children
    rest = rest.assign(peildatum=None, source=CBS_SOURCE)
    table = pd.concat([reg_rows, rest[COLUMNS]], ignore_index=True)
    table["age_band"] = pd.Categorical(table["age_band"], categories=list(AGE_BANDS))
    table = table.sort_values(["village_id", "age_band"], kind="stable")
    table["age_band"] = table["age_band"].astype(str)
    sources = {
        str(r.village_id): (str(r.source), r.peildatum)
        for r in reg_rows.drop_duplicates("village_id").itertuples(index=False)
    }
    split: dict[str, list[str]] = {}
    if "split_from" in reg:
        for vid, cell in zip(reg["village_id"], reg["split_from"], strict=False):
            for group in str(cell).split(";") if isinstance(cell, str) and cell else ():
                if group not in split.setdefault(str(vid), []):
                    split[str(vid)].append(group)
    return BasePopulation(table.reset_index(drop=True), sources, carved, split)
