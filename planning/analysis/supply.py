"""What is on offer for a village, per theme and year, and where each figure comes from.

Supply is counted in *persons per week*: how many residents the provisions and
partners' commitments can take in a week. Three sources, each row traceable:

provision
    ``capacity_per_week`` of a provision (provisions.csv) for each of its themes.
    A provision serves its *catchment*: the villages it is offered in ("*" = all
    villages of the workspace, or the listed ones) plus the villages whose centroid
    lies within cycling distance (``thresholds.cycle_m``) of its facility. Its
    capacity is shared over the catchment in proportion to inhabitants, so the
    regional food bank is not counted in full in each of 42 villages.
    A provision that a commitment carries (commitments.csv names it in
    ``provision_id``) counts only in the years one of its commitments runs, and is
    reported under ``commitment``: when the partner stops, the activity stops.
commitment
    A commitment without a provision converts its hours into weekly capacity::

        capacity_per_week = hours_per_year / weeks_per_year * persons_per_hour

    with ``weeks_per_year`` (default 46: a year without holidays) and
    ``persons_per_hour`` (default 2: residents reached per committed hour) from
    ``[gaps]`` in workspace.toml. Its themes are those of its facility; a
    commitment with neither a provision nor a facility has no theme and is left
    out (``unattributed_commitments`` lists them). It counts for its own village,
    in the years from start_year to end_year inclusive (no end_year: open-ended).
extra
    Rows a scenario adds (source, title, themes, capacity_per_week, start_year,
    end_year), counted in full for the village in their active years.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Any, cast

import numpy as np
import pandas as pd

from planning.analysis.access import centroid_index, facility_index
from planning.i18n import text
from planning.i18n.formats import fmt_num

if TYPE_CHECKING:
    from planning.workspace.folder import Workspace

WEEKS_PER_YEAR = 46.0
PERSONS_PER_HOUR = 2.0

DETAIL_COLUMNS = (
    "year",
    "theme",
    "source",
    "id",
    "title",
    "capacity_per_week",
    "factor",
    "contributed",
    "how",
)


def conversion(ws: Workspace) -> tuple[float, float]:
    """(weeks_per_year, persons_per_hour) from ``[gaps]`` in workspace.toml."""
    gaps = ws.settings.gaps
    return gaps.weeks_per_year, gaps.persons_per_hour


def _as_list(value: Any) -> list[str]:
    if isinstance(value, list | tuple | np.ndarray):
        return [str(v) for v in value if v is not None and str(v) != ""]
    if value is None or (not isinstance(value, str) and pd.isna(value)):
        return []
    return [s.strip() for s in str(value).split(";") if s.strip()]


def _active(start: Any, end: Any, year: int) -> bool:
    start_ok = start is None or pd.isna(start) or int(start) <= year
    end_ok = end is None or pd.isna(end) or year <= int(end)
    return bool(start_ok and end_ok)


#: the tables catchments are computed from
CATCHMENT_TABLES: tuple[str, ...] = (
    "provisions",
    "facilities",
    "villages",
    "population",
    "population_points",
)
CATCHMENT_COLUMNS = (
    "provision_id",
    "village_id",
    "how",
    "distance_m",
    "share",
    "catchment_villages",
)


def catchments(ws: Workspace) -> pd.DataFrame:
    """Per provision and village served: how (listed/everywhere/nearby), distance, share.

    Cached on the workspace: it depends only on the workspace's own tables.
    """
    return ws.cached(
        ("supply.catchments", ws.settings.thresholds),
        CATCHMENT_TABLES,
        lambda: _catchments(ws),
    )


def _catchments(ws: Workspace) -> pd.DataFrame:
    """Every provision's catchment; villages within cycling distance of its facility come
    from a kd-tree of the centroids, so the cost grows with the villages actually served,
    not with provisions x villages."""
    cycle = ws.settings.thresholds.cycle_m
    centroids = centroid_index(ws)
    villages = centroids.village_id
    position = {v: i for i, v in enumerate(villages)}
    inhabitants = ws.inhabitants().reindex(villages).fillna(0).astype(float).tolist()
    index = facility_index(ws)
    facility_row: dict[str, int] = {}
    for row, fid in enumerate(index.facility_id):
        facility_row.setdefault(str(fid), row)
    columns: dict[str, list[Any]] = {c: [] for c in CATCHMENT_COLUMNS}
    everyone = np.arange(len(villages), dtype=np.int64)
    for prov in ws.provisions.itertuples(index=False):
        listed = _as_list(prov.villages)
        everywhere = "*" in listed
        fac = getattr(prov, "facility_id", None)
        fac = None if fac is None or pd.isna(fac) else str(fac)
        where = index.xy[facility_row[fac]] if fac in facility_row else None
        listed_at = {position[v] for v in listed if v in position}
        if everywhere:
            served = everyone
        else:
            near = centroids.within(where, cycle)[0] if where is not None else everyone[:0]
            served = np.array(sorted(listed_at | set(near.tolist())), dtype=np.int64)
        if len(served) == 0:
            continue
        dist = centroids.distance(served, where).tolist() if where is not None else None
        total = float(sum(inhabitants[i] for i in served.tolist()))
        for k, i in enumerate(served.tolist()):
            how = "everywhere" if everywhere else ("listed" if i in listed_at else "nearby")
            share = inhabitants[i] / total if total > 0 else 1.0 / len(served)
            columns["provision_id"].append(str(prov.provision_id))
            columns["village_id"].append(villages[i])
            columns["how"].append(how)
            columns["distance_m"].append(dist[k] if dist is not None else None)
            columns["share"].append(float(share))
            columns["catchment_villages"].append(len(served))
    return pd.DataFrame(columns, columns=list(CATCHMENT_COLUMNS))


def carried(ws: Workspace) -> dict[str, list[tuple[str, Any, Any]]]:
    """provision_id -> [(commitment_id, start_year, end_year)] of the commitments carrying it."""
    out: dict[str, list[tuple[str, Any, Any]]] = {}
    com = ws.commitments
    if com.empty or "provision_id" not in com.columns:
        return out
    columns = ["provision_id", "commitment_id", "start_year", "end_year"]
    for pid, cid, start, end in com[columns].itertuples(index=False, name=None):
        if pid is None or pd.isna(pid):
            continue
        out.setdefault(str(pid), []).append((str(cid), start, end))
    return out


def _extra_rows(extra_supply: Any) -> list[dict[str, Any]]:
    if extra_supply is None:
        return []
    if isinstance(extra_supply, pd.DataFrame):
        return [{str(k): v for k, v in r.items()} for r in extra_supply.to_dict("records")]
    if isinstance(extra_supply, Mapping):
        return [dict(extra_supply)]
    return [dict(r) for r in extra_supply]


def unattributed_commitments(ws: Workspace, village_id: str) -> list[str]:
    """Commitments of the village with neither a provision nor a facility (no theme)."""
    com = ws.commitments
    if com.empty:
        return []
    mine = com[com["village_id"].astype(str) == village_id]
    out = []
    for row in mine.itertuples(index=False):
        prov = getattr(row, "provision_id", None)
        fac = getattr(row, "facility_id", None)
        if (prov is None or pd.isna(prov)) and (fac is None or pd.isna(fac)):
            out.append(str(row.commitment_id))
    return out


def supply_detail(
    ws: Workspace,
    village_id: str,
    years: Iterable[int],
    extra_supply: Any = None,
    lang: str | None = None,
) -> pd.DataFrame:
    """Every contribution to the village's weekly supply, per year and theme.

    One row per (year, theme, source item) with the item's full capacity, the
    factor applied (catchment share, or 1) and what it contributes; ``how`` says
    why it counts, in ``lang`` (default: the workspace's language). Summing
    ``contributed`` by (year, theme, source) gives the supply columns of ``gaps``.
    """
    years = list(years)
    said_in = lang or ws.settings.lang
    standing = ws.cached(
        (
            "supply.standing",
            village_id,
            tuple(years),
            conversion(ws),
            ws.settings.thresholds,
            said_in,
        ),
        ("commitments", *CATCHMENT_TABLES),
        lambda: _standing_rows(ws, village_id, years, said_in),
    )
    rows = standing + _extra(ws, years, extra_supply)
    return pd.DataFrame(rows, columns=list(DETAIL_COLUMNS))


def _standing_rows(
    ws: Workspace, village_id: str, years: list[int], lang: str
) -> list[dict[str, Any]]:
    """Provisions and commitments: what the workspace itself offers (cached by caller)."""
    themes = set(ws.settings.themes)
    rows: list[dict[str, Any]] = []
    catch = catchments(ws)
    mine = catch[catch["village_id"] == village_id].set_index("provision_id")
    carriers = carried(ws)
    provisions = ws.provisions.set_index(ws.provisions["provision_id"].astype(str))
    for key, c in mine.iterrows():
        pid = str(key)
        prov = provisions.loc[pid]
        cap = prov.get("capacity_per_week")
        if cap is None or pd.isna(cap):
            continue
        base_how = text(
            "supply.how.share",
            lang,
            how=text(f"supply.how.{c['how']}", lang),
            share=fmt_num(float(c["share"]), 3, lang),
            villages=int(c["catchment_villages"]),
        )
        for year in years:
            if pid in carriers:
                running = [cid for cid, s, e in carriers[pid] if _active(s, e, year)]
                if not running:
                    continue
                source = "commitment"
                how = text("supply.how.carried", lang, how=base_how, commitments=", ".join(running))
            else:
                source, how = "provision", base_how
            for theme in _as_list(prov.get("themes")):
                if theme not in themes:
                    continue
                rows.append(
                    {
                        "year": year,
                        "theme": theme,
                        "source": source,
                        "id": pid,
                        "title": str(prov.get("name", pid)),
                        "capacity_per_week": float(cap),
                        "factor": float(c["share"]),
                        "contributed": float(cap) * float(c["share"]),
                        "how": how,
                    }
                )
    weeks, pph = conversion(ws)
    facility_themes = ws.cached(  # once per facilities table, not once per village
        ("supply.facility_themes",),
        ("facilities",),
        lambda: {
            str(f.facility_id): _as_list(f.themes) for f in ws.facilities.itertuples(index=False)
        },
    )
    com = ws.commitments
    if not com.empty:
        for row in com[com["village_id"].astype(str) == village_id].itertuples(index=False):
            linked = getattr(row, "provision_id", None)
            if linked is not None and not pd.isna(linked):
                continue  # counted through its provision above
            fac = getattr(row, "facility_id", None)
            hours = cast(float | None, row.hours_per_year)  # a number column (schemas)
            if fac is None or pd.isna(fac) or hours is None or pd.isna(hours):
                continue
            cap = float(hours) / weeks * pph
            how = text(
                "supply.how.hours",
                lang,
                hours=_figure(float(hours), lang),
                weeks=_figure(weeks, lang),
                persons=_figure(pph, lang),
            )
            for year in years:
                if not _active(row.start_year, row.end_year, year):
                    continue
                for theme in facility_themes.get(str(fac), []):
                    if theme in themes:
                        rows.append(
                            {
                                "year": year,
                                "theme": theme,
                                "source": "commitment",
                                "id": str(row.commitment_id),
                                "title": str(row.description or row.commitment_id),
                                "capacity_per_week": cap,
                                "factor": 1.0,
                                "contributed": cap,
                                "how": how,
                            }
                        )
    return rows


def _figure(value: float, lang: str) -> str:
    """A figure with the decimals it has (46, 1.5), as the reader writes numbers."""
    shown = f"{value:g}"
    decimals = 2 if "e" in shown else len(shown.partition(".")[2])
    return fmt_num(value, decimals, lang)


def _extra(ws: Workspace, years: list[int], extra_supply: Any) -> list[dict[str, Any]]:
    themes = set(ws.settings.themes)
    rows: list[dict[str, Any]] = []
    for i, extra in enumerate(_extra_rows(extra_supply)):
        cap = extra.get("capacity_per_week")
        if cap is None or pd.isna(cap):
            continue
        for year in years:
            if not _active(extra.get("start_year"), extra.get("end_year"), year):
                continue
            for theme in _as_list(extra.get("themes")):
                if theme in themes:
                    rows.append(
                        {
                            "year": year,
                            "theme": theme,
                            "source": "extra",
                            "id": str(extra.get("source") or f"extra-{i + 1}"),
                            "title": str(extra.get("title") or extra.get("source") or ""),
                            "capacity_per_week": float(cap),
                            "factor": 1.0,
                            "contributed": float(cap),
                            "how": "scenario",
                        }
                    )
    return rows
