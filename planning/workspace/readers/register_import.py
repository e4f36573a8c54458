"""``planning population import``: a register delivery into the workspace, all or nothing.

The rows of a delivery (planning.workspace.readers.register_read) are placed in kernen: by a
kern's id or name, a woonplaats it lists, one of its postcodes (PC6 first, then the
four-digit area) or a CBS buurt code it lists (planning.workspace.village_names,
villages.csv). A place that is no kern refuses the whole import, naming each place
with the kern it most resembles, unless ``add_villages``: then a woonplaats or kern
name becomes a kern of its own (villages.csv gains a row, placed at the municipality's
centre, to correct by hand), except a name so close to a kern's that it is likely that
kern misspelt ("Dwingelo"): that is refused with the kern it resembles, never added.

Ages become the five-year bands of population.csv. Single years add up; a wider group
(65-74, 75+, a birth year on a peildatum after 1 January) is split over its five-year
bands in proportion to the kern's own CBS age structure within that group (for a kern
CBS does not know, the municipality's), rounded so that each group keeps its count.
That split is an assumption: the import says when it made it, and the stored row says
which group its count was split from (``split_from``), so the plan can say so too.

What is kept (population_register.csv, the storage contract): kern, peildatum, age
band, inhabitants, source. No name, address or anything below the kern leaves the
delivery. Rows of another peildatum stay; the same kern and peildatum is replaced, so
the same file imported twice changes nothing, not even the file's date.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import pandas as pd

from planning.errors import Problem, Said, WorkspaceError
from planning.i18n import text
from planning.io.atomic import write_atomic
from planning.io.cells import AGE_BANDS, AGE_MAX
from planning.io.suggest import suggest
from planning.io.tables import normalize_header, read_raw
from planning.workspace.folder import Workspace, open_workspace
from planning.workspace.readers.register_read import (
    RegisterFile,
    RegisterRow,
    read_register,
    refuse,
)
from planning.workspace.reference.municipalities import slug
from planning.workspace.schemas import POPULATION_REGISTER, VILLAGES
from planning.workspace.village_names import name_key, village_lookup

REGISTER_FILE = "population_register.csv"
#: the storage contract; ``split_from`` (optional, empty when counted as such) names the
#: wider group a band's count was split from by the CBS age structure ("65-74")
COLUMNS = ("village_id", "peildatum", "age_band", "inhabitants", "source", "split_from")
_BAND_OF_AGE = np.minimum(np.arange(AGE_MAX + 1) // 5, len(AGE_BANDS) - 1)


@dataclass
class RegisterImport:
    """What an import took, for the command to report."""

    file: str
    peildata: list[dt.date]
    source: str
    #: kern id -> inhabitants taken (latest peildatum of the file)
    inhabitants: dict[str, int]
    names: dict[str, str]
    added: list[str] = field(default_factory=list)
    #: kernen placed at an estimated location (new, no coordinates known)
    estimated: list[str] = field(default_factory=list)
    #: groups wider than a five-year band, split by the CBS age structure ("65-74", ...)
    split_groups: list[str] = field(default_factory=list)
    changed: bool = False
    written: list[str] = field(default_factory=list)

    @property
    def total(self) -> int:
        return sum(self.inhabitants.values())


def _place_index(ws: Workspace) -> tuple[dict[str, str], dict[str, str], dict[str, str]]:
    """Names, postcodes and buurt codes -> kern id, from villages.csv."""
    names = village_lookup(ws.villages)
    postcodes: dict[str, str] = {}
    buurten: dict[str, str] = {}
    for r in ws.villages.itertuples(index=False):
        for code in getattr(r, "postcodes", None) or []:
            postcodes.setdefault(str(code).replace(" ", "").upper(), str(r.village_id))
        for code in getattr(r, "buurten", None) or []:
            buurten.setdefault(str(code).replace(" ", "").upper(), str(r.village_id))
    return names, postcodes, buurten


def _place(row: RegisterRow, index: tuple[dict[str, str], ...]) -> str | None:
    names, postcodes, buurten = index
    if row.kind == "postcode":
        code = row.place.replace(" ", "").upper()
        return postcodes.get(code) or postcodes.get(code[:4])
    if row.kind == "buurt":
        return buurten.get(row.place.replace(" ", "").upper())
    return names.get(name_key(row.place))


def _structure(ws: Workspace) -> dict[str, np.ndarray]:
    """Kern id -> CBS inhabitants per single year 0..AGE_MAX (each band spread evenly, 95+
    over 95..AGE_MAX); key '' is the whole municipality."""
    pop = ws.population.dropna(subset=["village_id", "year", "age_band"])
    out: dict[str, np.ndarray] = {}
    if pop.empty:
        return out
    latest = pop[pop["year"] == pop.groupby("village_id")["year"].transform("max")]
    wide = latest.pivot_table(
        index="village_id", columns="age_band", values="inhabitants", aggfunc="sum"
    ).reindex(columns=list(AGE_BANDS), fill_value=0)
    widths = np.array([5] * (len(AGE_BANDS) - 1) + [AGE_MAX + 1 - 95], dtype=float)
    for vid, bands in [*wide.iterrows(), ("", wide.sum())]:
        per_year = (bands.fillna(0).to_numpy(float) / widths)[_BAND_OF_AGE]
        out[str(vid)] = per_year
    return out


def _bands(row: RegisterRow, weights: np.ndarray | None) -> np.ndarray:
    """A row's count over the 20 five-year bands: whole when its ages lie in one band,
    else split by ``weights`` (per single year), largest remainders keeping the count."""
    out = np.zeros(len(AGE_BANDS), dtype=np.int64)
    first, last = _BAND_OF_AGE[row.lo], _BAND_OF_AGE[row.hi]
    if first == last:
        out[first] = row.count
        return out
    ages = np.arange(row.lo, row.hi + 1)
    w = weights[ages] if weights is not None else np.ones(len(ages))
    if w.sum() <= 0:
        w = np.ones(len(ages))
    per_band = np.zeros(len(AGE_BANDS))
    np.add.at(per_band, _BAND_OF_AGE[ages], w)
    share = per_band / per_band.sum() * row.count
    whole: np.ndarray = np.floor(share).astype(np.int64)
    rest = row.count - int(whole.sum())
    order = np.argsort(-(share - whole), kind="stable")[:rest]
    whole[order] += 1
    return whole


def _new_villages(ws: Workspace, names: list[str]) -> tuple[list[dict[str, object]], list[str]]:
    """Rows for villages.csv for places the register knows and the workspace does not."""
    taken = set(ws.village_ids())
    municipality = ws.settings.municipality or ""
    lat, lon = ws.villages["lat"].mean(), ws.villages["lon"].mean()
    rows, estimated = [], []
    for name in names:
        vid = slug(name)
        while vid in taken:
            vid += "-2"
        taken.add(vid)
        rows.append(
            {
                "village_id": vid,
                "name": name,
                "municipality": municipality,
                "postcodes": "",
                "lat": round(float(lat), 6) if pd.notna(lat) else "",
                "lon": round(float(lon), 6) if pd.notna(lon) else "",
            }
        )
        estimated.append(name)
    return rows, estimated


def _villages_text(ws: Workspace, rows: list[dict[str, object]]) -> tuple[Path, bytes]:
    """villages.csv with ``rows`` appended in its own separator, encoding and headers."""
    file = ws.files.get("villages", "villages.csv")
    path = ws.path / file
    if path.suffix.lower() != ".csv":
        raise WorkspaceError(
            key="register.villages_not_csv",
            file=file,
            names=", ".join(str(r["name"]) for r in rows),
        )
    raw = read_raw(path, set(VILLAGES.header_map()))
    header_map = VILLAGES.header_map()
    canonical = [header_map.get(normalize_header(h)) for h in raw.frame.columns]
    data = path.read_bytes()
    encoding = raw.encoding or "utf-8"
    out = io.StringIO()
    writer = csv.writer(out, delimiter=raw.delimiter or ",", lineterminator="\n")
    for row in rows:
        writer.writerow(["" if c is None else row.get(c, "") for c in canonical])
    addition = out.getvalue().encode("utf-8" if encoding == "utf-8-sig" else encoding)
    if data and not data.endswith(b"\n"):
        data += b"\r\n" if b"\r\n" in data else b"\n"
    if b"\r\n" in data:
        addition = addition.replace(b"\n", b"\r\n")
    return path, data + addition


def _lower(group: str) -> int:
    """The lower age of a group ('65-74', '75+'), to list groups young to old."""
    return int(group.rstrip("+").split("-")[0])


def _register_csv(frame: pd.DataFrame) -> bytes:
    out = frame.loc[:, list(COLUMNS)].copy()
    out["peildatum"] = out["peildatum"].map(lambda d: d.isoformat())
    return out.to_csv(index=False, lineterminator="\n").encode("utf-8")


def _existing(ws: Workspace) -> pd.DataFrame:
    reg = ws.population_register
    if reg.empty:
        return pd.DataFrame({c: pd.Series(dtype=object) for c in COLUMNS})
    return reg.reindex(columns=list(COLUMNS)).fillna({"split_from": ""})


def import_register(
    workspace: Path,
    file: Path,
    *,
    mapping: Path | None = None,
    add_villages: bool = False,
    peildatum: dt.date | None = None,
    lang: str = "nl",
) -> RegisterImport:
    """Read, place, band and store a delivery; a WorkspaceError (nothing written) when any
    row cannot be placed or read."""
    ws = open_workspace(workspace)
    if "population_register" in ws.files and any(
        p.file == ws.files["population_register"] for p in ws.problems
    ):
        raise WorkspaceError(key="register.own_file_bad", file=ws.files["population_register"])
    delivery = read_register(file, mapping, peildatum)
    index = _place_index(ws)
    unplaced: dict[str, RegisterRow] = {}
    placed: list[tuple[str, RegisterRow]] = []
    for row in delivery.rows:
        vid = _place(row, index)
        if vid is None:
            unplaced.setdefault(row.place, row)
        else:
            placed.append((vid, row))
    added: list[dict[str, object]] = []
    estimated: list[str] = []
    if unplaced:
        nameable = all(
            r.kind in ("kern", "woonplaats") and _resembles(ws, place) is None
            for place, r in unplaced.items()
        )
        if not add_villages or not nameable:
            raise refuse(file, _unplaced_problems(ws, delivery, unplaced, add_villages))
        added, estimated = _new_villages(ws, list(unplaced))
        new_ids = {str(r["name"]): str(r["village_id"]) for r in added}
        placed += [(new_ids[row.place], row) for row in delivery.rows if row.place in new_ids]
    structure = _structure(ws)
    source = delivery.source or text(
        "register.default_source", lang, municipality=ws.settings.municipality or ""
    )
    counts: dict[tuple[str, dt.date], np.ndarray] = {}
    #: (kern, peildatum, band) -> the wider groups split into it, kept beside the count
    split_from: dict[tuple[str, dt.date, str], set[str]] = {}
    for vid, row in placed:
        weights = structure.get(vid, structure.get(""))
        bands = _bands(row, weights)
        if _BAND_OF_AGE[row.lo] != _BAND_OF_AGE[row.hi]:
            group = f"{row.lo}-{row.hi}" if row.hi < AGE_MAX else f"{row.lo}+"
            for b in range(_BAND_OF_AGE[row.lo], _BAND_OF_AGE[row.hi] + 1):
                split_from.setdefault((vid, row.peildatum, AGE_BANDS[b]), set()).add(group)
        key = (vid, row.peildatum)
        counts[key] = counts.get(key, np.zeros(len(AGE_BANDS), dtype=np.int64)) + bands
    new = pd.DataFrame(
        [
            {"village_id": vid, "peildatum": when, "age_band": band, "inhabitants": int(n),
             "source": source,
             "split_from": ";".join(sorted(split_from.get((vid, when, band), ()), key=_lower))}
            for (vid, when), bands in sorted(counts.items())
            for band, n in zip(AGE_BANDS, bands, strict=True)
        ]
    )  # fmt: skip
    split = {g for groups in split_from.values() for g in groups}
    old = _existing(ws)
    keys = set(counts)
    keep = old[
        [(str(v), d) not in keys for v, d in zip(old["village_id"], old["peildatum"], strict=False)]
    ]
    merged = pd.concat([keep, new], ignore_index=True)
    merged = merged.sort_values(["village_id", "peildatum"], kind="stable").reset_index(drop=True)
    band_order = {b: i for i, b in enumerate(AGE_BANDS)}
    merged = merged.iloc[
        np.lexsort(
            (
                merged["age_band"].map(band_order).to_numpy(),
                merged["peildatum"].map(dt.date.toordinal).to_numpy(),
                merged["village_id"].astype(str).to_numpy(),
            )
        )
    ]
    content = _register_csv(merged)
    target = ws.path / ws.files.get("population_register", REGISTER_FILE)
    writes: list[tuple[Path, bytes]] = []
    if added:
        writes.append(_villages_text(ws, added))
    if not target.exists() or target.read_bytes() != content:
        if target.suffix.lower() != ".csv":
            target = ws.path / REGISTER_FILE
        writes.append((target, content))
    for path, data in writes:
        write_atomic(path, data)
    latest = max(delivery.peildata)
    names = dict(zip(ws.village_ids(), ws.villages["name"].astype(str), strict=False))
    names.update({str(r["village_id"]): str(r["name"]) for r in added})
    taken = {vid: int(bands.sum()) for (vid, when), bands in counts.items() if when == latest}
    return RegisterImport(
        file=file.name,
        peildata=delivery.peildata,
        source=source,
        inhabitants=dict(sorted(taken.items())),
        names=names,
        added=[str(r["village_id"]) for r in added],
        estimated=estimated,
        split_groups=sorted(split, key=_lower),
        changed=bool(writes),
        written=[p.name for p, _ in writes],
    )


def _resembles(ws: Workspace, place: str) -> str | None:
    """The kern whose name or id ``place`` most resembles (a likely misspelling), or None."""
    return suggest(place, [*ws.villages["name"].astype(str), *ws.village_ids()])


def _unplaced_problems(
    ws: Workspace,
    delivery: RegisterFile,
    unplaced: dict[str, RegisterRow],
    add_villages: bool,
) -> list[Problem]:
    """One problem per place that is no kern, with the kern it most resembles."""
    problems = []
    for place, row in unplaced.items():
        near = _resembles(ws, place)
        if add_villages and row.kind not in ("buurt", "postcode") and near is None:
            continue  # would be added: only the others stop the import
        key = (
            "register.unknown_code"
            if row.kind in ("buurt", "postcode")
            else "register.unknown_place_added"
            if add_villages
            else "register.unknown_place"
        )
        hint = Said("register.did_you_mean", {"near": near}) if near else ""
        problems.append(
            Problem(
                delivery.path.name,
                row.row,
                delivery.headers.get(row.kind, row.kind),
                place,
                key=key,
                fields={"place": place, "hint": hint},
            )
        )
    return problems


__all__ = ["POPULATION_REGISTER", "REGISTER_FILE", "RegisterImport", "import_register"]
