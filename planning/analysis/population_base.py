"""Where the projection starts: the register's latest peildatum per kern, else CBS 2021.

The municipality's own register (BRP) is kept in the workspace as
``population_register.csv`` (written by ``planning population import``): one row
per kern, peildatum, five-year band, with the inhabitants and the register's name
(``source``). A kern in the register starts at its latest peildatum; every other
kern at the workspace's population table (CBS, 1 January of its year, per
four-digit postcode area). Each kern carries the source and date a page must
print beside its inhabitants ("Bron: BRP gemeente Westerveld, 1 januari 2025").

A peildatum is rarely 1 January; the projection steps whole years, so a count
starts in the year of the nearest 1 January (a count of 30 June 2025 stands for
1 January 2025, one of 1 October 2025 for 1 January 2026), and the page prints
the real peildatum.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import TYPE_CHECKING

import pandas as pd

from planning.i18n import fmt_date, text
from planning.io.cells import AGE_BANDS
from planning.workspace.population_base import base_population as workspace_base
from planning.workspace.population_base import register_year

if TYPE_CHECKING:
    from planning.workspace.folder import Workspace

REGISTER_COLUMNS = ("village_id", "peildatum", "age_band", "inhabitants", "source")


@dataclass(frozen=True)
class BaseSource:
    """Where a kern's starting inhabitants come from, and on which date."""

    kind: str  # "register" or "cbs"
    source: str  # the register's name ("BRP gemeente Westerveld"); "CBS" for the postcode table
    date: dt.date

    def line(self, lang: str = "nl") -> str:
        """The sentence a page prints beside the inhabitants."""
        when = fmt_date(self.date, lang)
        if self.kind == "register":
            return text("population.source.register", lang, source=self.source, date=when)
        return text("population.source.cbs", lang, date=when)

    def label(self, lang: str = "nl") -> str:
        """A chart or column label: "CBS 2021", "BRP 1 januari 2025"."""
        if self.kind == "register":
            return text("population.series.register", lang, date=fmt_date(self.date, lang))
        return text("cbs_year", lang, year=self.date.year)

    def to_dict(self) -> dict[str, str]:
        return {"kind": self.kind, "source": self.source, "date": self.date.isoformat()}

    @classmethod
    def from_dict(cls, d: dict[str, str]) -> BaseSource:
        """Back from :meth:`to_dict` (a projection's ``base_sources``)."""
        return cls(d["kind"], d["source"], dt.date.fromisoformat(d["date"]))


def start_year(day: dt.date) -> int:
    """The year whose 1 January is nearest to ``day``: the projection steps whole years.
    One rule with the workspace's base (planning.workspace.population_base)."""
    return register_year(day)


def register_counts(ws: Workspace) -> pd.DataFrame:
    """Every register count in the workspace (all peildata); empty without a register.

    The workspace loads and checks ``population_register.csv`` with its other tables (an
    empty table when there is no file); a workspace made without that table has no
    register, as its base population (planning.workspace.population_base) says too.
    Only the kernen of the workspace count; the import refuses others.
    """
    frame = ws.tables.get("population_register")
    if frame is None:
        return pd.DataFrame({c: pd.Series(dtype=object) for c in REGISTER_COLUMNS})
    frame = frame.dropna(subset=["village_id", "peildatum"]).copy()
    frame["peildatum"] = pd.to_datetime(frame["peildatum"]).dt.date
    frame["inhabitants"] = pd.to_numeric(frame["inhabitants"]).astype(float)
    if "source" not in frame:
        frame["source"] = ""
    frame["source"] = frame["source"].fillna("").astype(str)
    return frame[frame["village_id"].isin(ws.village_ids())].reset_index(drop=True)


def register_bands(counts: pd.DataFrame, village_id: str, day: dt.date) -> list[float]:
    """One kern's register count on one peildatum, per five-year band (20 values)."""
    rows = counts[(counts["village_id"] == village_id) & (counts["peildatum"] == day)]
    by_band = rows.groupby("age_band")["inhabitants"].sum()
    return [float(by_band.get(b, 0.0)) for b in AGE_BANDS]


def base_population(ws: Workspace) -> tuple[pd.DataFrame, dict[str, BaseSource]]:
    """Inhabitants per kern and band where the projection starts, and each kern's source.

    The counts are the workspace's base (planning.workspace.population_base: the register
    at each kern's latest peildatum, else CBS with the kernen carved out of a postcode area
    taken off it), so every page and the projection start from the same figures; this adds
    the source and date a page prints. ``year`` is the start year (:func:`start_year`).
    """
    base = workspace_base(ws)
    frame = base.table[["village_id", "year", "age_band", "inhabitants"]]
    sources: dict[str, BaseSource] = {}
    for vid, year in frame.groupby("village_id", sort=True)["year"].first().items():
        registered = base.sources.get(str(vid))
        if registered is not None:
            source, day = registered
            sources[str(vid)] = BaseSource("register", source or "BRP", _as_date(day))
        else:
            sources[str(vid)] = BaseSource("cbs", "CBS", dt.date(int(year), 1, 1))
    return frame.reset_index(drop=True), sources


def _as_date(day: object) -> dt.date:
    return pd.Timestamp(day).date()  # type: ignore[arg-type]


def source_lines(sources: dict[str, BaseSource], lang: str = "nl") -> list[str]:
    """The distinct source sentences of a set of kernen, in order of date."""
    unique = sorted(set(sources.values()), key=lambda s: (s.date, s.kind, s.source))
    return [s.line(lang) for s in unique]
