"""Matching residents' questions to what already exists (vraag en aanbod).

A question is (theme, age, village). A provision fits when it covers the theme,
the age lies in its range (an empty bound is open), it is offered in the village
("*" or listed) or its facility lies within cycling distance of the village
centre, and it has places left this week after the matches staff recorded
(``planning.store.matches``; proposed and accepted matches take a place).

Ranking, most useful first, and the same for one question or a hundred thousand:
1. offered in the village by name, then offered everywhere, then nearby by bike;
2. fewer villages listed first (the village's own koffieochtend before the
   municipality-wide service);
3. shorter distance from the village centre to the provision's facility;
4. narrower age range (aimed at this age group);
5. provision id, so the order is stable.
Each fit comes with its reasons in the workspace's language (or the one asked for), so staff
can explain the suggestion.

``gaps`` (demand against supply per theme and horizon) lives in planning.analysis.gaps.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, cast

import numpy as np
import pandas as pd

from planning.analysis.match_records import taken_places
from planning.analysis.supply import _as_list, catchments
from planning.i18n import fmt_int, fmt_num, text
from planning.io.cells import parse_age
from planning.survey.coding import coded_themes, read_overrides
from planning.survey.rounds import current_responses
from planning.workspace.themes import resolve_theme

if TYPE_CHECKING:
    from planning.workspace.folder import Workspace

__all__ = ["Matcher", "match", "match_many", "match_needs", "matcher", "needs_summary"]

TIERS = {"listed": 0, "everywhere": 1, "nearby": 2}


@dataclass
class Matcher:
    """Provisions as arrays: themes, ages, where offered, and the rank per village."""

    provisions: pd.DataFrame
    provision_ids: np.ndarray
    themes: list[str]
    theme_matrix: np.ndarray  # (P, T) bool
    age_min: np.ndarray  # (P,) float, -inf when open
    age_max: np.ndarray  # (P,) float, +inf when open
    villages: list[str]
    tier: np.ndarray  # (P, V) int8, -1 = not offered
    distance: np.ndarray  # (P, V) float, nan = no facility
    rank: np.ndarray  # (P, V) int32 position in the village's ranking
    capacity: np.ndarray  # (P,) float, nan = unknown
    village_names: dict[str, str]
    facility_names: dict[str, str]
    records: list[dict[str, Any]]  # provisions as plain rows, for reasons and output

    def village_index(self, village_id: str) -> int:
        return self.villages.index(village_id)

    def theme_index(self, theme: str) -> int:
        return self.themes.index(theme)


def _build(ws: Workspace) -> Matcher:
    prov = ws.provisions.reset_index(drop=True)
    ids = prov["provision_id"].astype(str).to_numpy(object)
    themes = list(ws.settings.themes)
    tm = np.zeros((len(prov), len(themes)), bool)
    listed_count = np.zeros(len(prov))
    villages = [str(v) for v in ws.villages["village_id"].dropna()]
    for i, (t, v) in enumerate(zip(prov["themes"], prov["villages"], strict=True)):
        for theme in _as_list(t):
            if theme in themes:
                tm[i, themes.index(theme)] = True
        listed = _as_list(v)
        listed_count[i] = len(villages) if "*" in listed else len(listed)
    age_min = pd.to_numeric(prov["age_min"], errors="coerce").fillna(-np.inf).to_numpy(float)
    age_max = pd.to_numeric(prov["age_max"], errors="coerce").fillna(np.inf).to_numpy(float)
    span = np.where(np.isfinite(age_max - age_min), age_max - age_min, 1000.0)
    tier = np.full((len(prov), len(villages)), -1, np.int8)
    distance = np.full((len(prov), len(villages)), np.nan)
    row_of = {pid: i for i, pid in enumerate(ids)}
    col_of = {v: j for j, v in enumerate(villages)}
    columns = ["provision_id", "village_id", "how", "distance_m"]
    for pid, vid, how, metres in catchments(ws)[columns].itertuples(index=False, name=None):
        at_row, at_col = row_of.get(pid), col_of.get(vid)
        if at_row is None or at_col is None:
            continue
        tier[at_row, at_col] = TIERS[how]
        distance[at_row, at_col] = np.nan if metres is None else metres
    rank = np.zeros(tier.shape, np.int32)
    order_ids = np.argsort(ids, kind="stable").argsort()
    for j in range(len(villages)):
        key_tier = np.where(tier[:, j] < 0, 99, tier[:, j])
        d = np.nan_to_num(distance[:, j], nan=0.0)
        order = np.lexsort((order_ids, span, d, listed_count, key_tier))
        rank[order, j] = np.arange(len(order))
    capacity = pd.to_numeric(prov["capacity_per_week"], errors="coerce").to_numpy(float)
    village_names = {
        str(v): str(n) for v, n in zip(ws.villages["village_id"], ws.villages["name"], strict=False)
    }
    facility_names = {
        str(f): str(n)
        for f, n in zip(ws.facilities["facility_id"], ws.facilities["name"], strict=False)
    }
    return Matcher(
        prov,
        ids,
        themes,
        tm,
        age_min,
        age_max,
        villages,
        tier,
        distance,
        rank,
        capacity,
        village_names,
        facility_names,
        [{str(k): v for k, v in r.items()} for r in prov.to_dict("records")],
    )


def matcher(ws: Workspace) -> Matcher:
    """The matcher for a workspace, cached on it (rebuilt when provisions change)."""
    return ws.cached(
        ("matching.matcher", ws.settings.thresholds),
        ("provisions", "facilities"),
        lambda: _build(ws),
    )


def _reasons(
    ws: Workspace, m: Matcher, i: int, j: int, theme: str, age: float, left: float, lang: str
) -> list[str]:
    prov = m.records[i]
    names = m.village_names
    out = [text("reason.theme", lang, theme=ws.settings.theme_label(theme, lang))]
    lo, hi = m.age_min[i], m.age_max[i]
    if np.isfinite(lo) or np.isfinite(hi):
        lo_t = fmt_int(lo, lang) if np.isfinite(lo) else "0"
        hi_t = fmt_int(hi, lang) if np.isfinite(hi) else "..."
        out.append(text("reason.age", lang, age=fmt_int(age, lang), low=lo_t, high=hi_t))
    else:
        out.append(text("reason.all_ages", lang))
    tier, d = m.tier[i, j], m.distance[i, j]
    fac = prov.get("facility_id")
    fac_name = ""
    if fac is not None and not pd.isna(fac):
        fac_name = m.facility_names.get(str(fac), str(fac))
    where = f" ({fac_name}, {fmt_num(d / 1000, 1, lang)} km)" if fac_name and d == d else ""
    if tier == TIERS["listed"]:
        village = names.get(m.villages[j], m.villages[j])
        out.append(text("reason.listed", lang, village=village, where=where))
    elif tier == TIERS["everywhere"]:
        out.append(text("reason.everywhere", lang, where=where))
    else:
        km = fmt_num(d / 1000, 1, lang)
        out.append(text("reason.nearby", lang, km=km, facility=fac_name))
    cap = m.capacity[i]
    if np.isnan(cap):
        out.append(text("reason.capacity_unknown", lang))
    else:
        places = {"left": fmt_int(left, lang), "capacity": fmt_int(cap, lang)}
        out.append(text("reason.places_left", lang, **places))
    return out


def match(
    ws: Workspace,
    theme: str,
    age: float,
    village_id: str,
    taken: dict[str, int] | None = None,
    lang: str | None = None,
) -> list[dict[str, Any]]:
    """The provisions that fit one question, best first, each with its reasons (in ``lang``,
    default the workspace's).

    ``taken`` (provision_id -> places taken) defaults to the matches in the store.
    A provision with unknown capacity fits (and says so); a full one does not.
    """
    ws.village(village_id)
    theme = resolve_theme(ws, theme)
    age = parse_age(age)
    m = matcher(ws)
    words = lang or ws.settings.lang
    taken = taken_places(ws) if taken is None else taken
    j, t = m.village_index(village_id), m.theme_index(theme)
    left = m.capacity - np.array([taken.get(p, 0) for p in m.provision_ids], float)
    fits = (
        m.theme_matrix[:, t]
        & (m.age_min <= age)
        & (age <= m.age_max)
        & (m.tier[:, j] >= 0)
        & (np.isnan(left) | (left > 0))
    )
    idx = np.flatnonzero(fits)
    idx = idx[np.argsort(m.rank[idx, j], kind="stable")]
    out = []
    for rank, i in enumerate((int(k) for k in idx), start=1):
        prov = m.records[i]
        d = m.distance[i, j]
        fac = prov.get("facility_id")
        out.append(
            {
                "rank": rank,
                "provision_id": str(m.provision_ids[i]),
                "name": str(prov["name"]),
                "kind": str(prov["kind"]),
                "provider": None if pd.isna(prov.get("provider")) else str(prov.get("provider")),
                "offered": {0: "listed", 1: "everywhere", 2: "nearby"}[int(m.tier[i, j])],
                "facility_id": None if fac is None or pd.isna(fac) else str(fac),
                "distance_m": None if np.isnan(d) else float(d),
                "capacity_per_week": None if np.isnan(m.capacity[i]) else float(m.capacity[i]),
                "capacity_left": None if np.isnan(left[i]) else float(left[i]),
                "reasons": _reasons(ws, m, i, j, theme, age, left[i], words),
            }
        )
    return out


def match_many(
    ws: Workspace,
    questions: pd.DataFrame,
    taken: dict[str, int] | None = None,
    chunk: int = 20_000,
) -> pd.DataFrame:
    """The best-fitting provision for each question (theme, age, village_id), vectorised.

    Returns, per question in order: provision_id (None when nothing fits) and
    n_fits. Questions do not take places from each other: this is the picture of
    what exists for the needs, not a booking. An unknown age (NaN) passes the
    age test; an unknown theme or village fits nothing.
    """
    m = matcher(ws)
    taken = {} if taken is None else taken
    left = m.capacity - np.array([taken.get(p, 0) for p in m.provision_ids], float)
    open_ = np.isnan(left) | (left > 0)
    t_idx = pd.Categorical(questions["theme"].astype(str), categories=m.themes).codes
    v_idx = pd.Categorical(questions["village_id"].astype(str), categories=m.villages).codes
    ages = pd.to_numeric(questions["age"], errors="coerce").to_numpy(float)
    n = len(questions)
    best = np.full(n, -1, np.int64)
    n_fits = np.zeros(n, np.int64)
    big = np.iinfo(np.int32).max
    for start in range(0, n, chunk):
        sl = slice(start, min(n, start + chunk))
        t, v, a = t_idx[sl], v_idx[sl], ages[sl]
        known = (t >= 0) & (v >= 0)
        t_safe, v_safe = np.where(t >= 0, t, 0), np.where(v >= 0, v, 0)
        age_ok = np.isnan(a) | ((m.age_min[:, None] <= a) & (a <= m.age_max[:, None]))
        fits = (
            m.theme_matrix[:, t_safe]
            & age_ok
            & (m.tier[:, v_safe] >= 0)
            & open_[:, None]
            & known[None, :]
        )
        score = np.where(fits, m.rank[:, v_safe], big)
        pick = score.argmin(axis=0)
        ok = score[pick, np.arange(len(pick))] < big
        best[sl] = np.where(ok, pick, -1)
        n_fits[sl] = fits.sum(axis=0)
    ids = m.provision_ids[np.maximum(best, 0)].astype(object)
    ids[best < 0] = None
    return pd.DataFrame(
        {"provision_id": pd.Series(ids, index=questions.index, dtype=object), "n_fits": n_fits},
        index=questions.index,
    )


def _band_age(band: Any) -> float:
    if band is None or (not isinstance(band, str) and pd.isna(band)):
        return np.nan
    text = str(band)
    if text.endswith("+"):
        return float(text[:-1]) + 2
    lo, _, hi = text.partition("-")
    try:
        return (float(lo) + float(hi)) / 2
    except ValueError:
        return np.nan


def _coded(ws: Workspace, resp: pd.DataFrame) -> pd.DataFrame:
    """Theme lists per respondent and horizon, with staff's coding overrides applied."""
    return coded_themes(resp, read_overrides(ws.path))


def match_needs(
    ws: Workspace, village_id: str, taken: dict[str, int] | None = None
) -> pd.DataFrame:
    """Every coded need of the village's respondents with the best-fitting provision.

    One row per respondent, horizon and theme named (need_3y_themes, ...), with the
    age band's middle as age. Columns: respondent_id, horizon, theme, age_band,
    provision_id (None: nothing fits, a candidate gap), n_fits.
    """
    ws.village(village_id)
    resp = current_responses(ws, village_id)  # the latest round (planning.survey.rounds)
    coded = _coded(ws, resp)
    rows = []
    for horizon in coded.columns:
        for rid, band, themes in zip(
            resp["respondent_id"], resp["age_band"], coded[horizon], strict=True
        ):
            for theme in _as_list(themes):
                rows.append((rid, int(horizon), theme, band))
    q = pd.DataFrame(rows, columns=["respondent_id", "horizon", "theme", "age_band"])
    q["village_id"] = village_id
    q["age"] = [_band_age(b) for b in q["age_band"]]
    if q.empty:
        return q.assign(provision_id=pd.Series(dtype=object), n_fits=pd.Series(dtype=int))
    return pd.concat([q, match_many(ws, q, taken=taken)], axis=1)


def needs_summary(
    ws: Workspace, village_id: str, taken: dict[str, int] | None = None
) -> pd.DataFrame:
    """Per theme and horizon: needs named, how many existing provisions can answer.

    Columns theme, horizon, needs, matched, unmatched (no provision fits: a
    candidate gap), top_provision (most often the best fit). Counts of
    respondents: pass through ``planning.survey.publishable`` before publishing.
    """
    m = match_needs(ws, village_id, taken=taken)
    columns = ["theme", "horizon", "needs", "matched", "unmatched", "top_provision"]
    if m.empty:
        return pd.DataFrame(columns=columns)
    m = m.assign(matched=m["provision_id"].notna())
    rows = []
    for (theme, horizon), g in m.groupby(["theme", "horizon"], sort=True):
        best = g["provision_id"].dropna()
        rows.append(
            {
                "theme": theme,
                "horizon": int(cast(int, horizon)),  # the survey's horizons are whole years
                "needs": len(g),
                "matched": int(g["matched"].sum()),
                "unmatched": int((~g["matched"]).sum()),
                "top_provision": best.value_counts().index[0] if len(best) else None,
            }
        )
    out = pd.DataFrame(rows, columns=columns)
    out["top_provision"] = pd.Series([r["top_provision"] for r in rows], dtype=object)
    return out
