"""Needs per village, theme and horizon, weighted to the village's population.

Who answers a survey is never the village: the street poll reaches pupils,
the market the retired. Each respondent is therefore weighted so that the
respondents' age profile matches the village's (post-stratification on
``population.csv``, latest year). The cells are the age groups the survey
asked (five-year bands, '18-34', '75+'; a CBS band cut by a group boundary is
split in proportion), and with 8 to 50 respondents sparse cells are merged with
a neighbour until every cell with inhabitants has at least ``min_cell``
respondents (``age_cells`` states the rule). Respondents without an age get the
village's average weight. The weights of a village sum to the inhabitants of
the ages its survey covered.

The uncertainty that weighting brings is reported honestly: the effective
sample size (Kish: (sum w)^2 / sum w^2) and a 95% margin of error on each
share; fewer than 30 respondents in a village make its figures indicative.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

import numpy as np
import pandas as pd

from planning.io.cells import AGE_BANDS, age_group_bounds, is_age_group
from planning.survey.coding import HORIZON_COLUMNS, coded_themes, read_overrides
from planning.survey.rounds import answers_in_round, current_responses

if TYPE_CHECKING:
    from planning.workspace.folder import Workspace

NEEDS_COLUMNS: tuple[str, ...] = (
    "village_id",
    "theme",
    "horizon",
    "respondents",
    "naming",
    "share",
    "importance_mean",
    "n_eff",
    "margin",
    "indicative",
)
INDICATIVE_BELOW = 30
Z95 = 1.959964
_BAND_INDEX = {band: i for i, band in enumerate(AGE_BANDS)}


def collapse_bands(
    respondents: np.ndarray, inhabitants: np.ndarray, min_cell: int = 1
) -> list[list[int]]:
    """Neighbouring age bands merged until no band with inhabitants lacks respondents.

    Also merges a band that has respondents but no inhabitants (a weight there
    would be zero). Bands are merged with the neighbour that has fewer
    respondents, so cells stay as small as the data allow.
    """
    cells = [[i] for i in range(len(respondents))]
    n = [float(respondents[i]) for i in range(len(respondents))]
    p = [float(inhabitants[i]) for i in range(len(inhabitants))]
    while len(cells) > 1:
        bad = next(
            (
                k
                for k in range(len(cells))
                if (p[k] > 0 and n[k] < min_cell) or (n[k] > 0 and p[k] == 0)
            ),
            None,
        )
        if bad is None:
            break
        if bad == 0:
            other = 1
        elif bad == len(cells) - 1:
            other = bad - 1
        else:
            left, right = bad - 1, bad + 1
            other = left if (n[left], p[left]) <= (n[right], p[right]) else right
        lo, hi = sorted((bad, other))
        cells[lo] = cells[lo] + cells[hi]
        n[lo] += n[hi]
        p[lo] += p[hi]
        del cells[hi], n[hi], p[hi]
    return cells


def _band_bounds() -> np.ndarray:
    """[lower, upper) of each CBS band; '95+' is taken to reach AGE_MAX."""
    return np.array([age_group_bounds(b) for b in AGE_BANDS], dtype=float)


_BANDS = _band_bounds()


def group_population(bounds: list[tuple[int, int]], inhabitants: np.ndarray) -> np.ndarray:
    """Inhabitants in each age interval [lower, upper), from the CBS five-year bands.

    A band cut by an interval's boundary is split in proportion to the years on
    each side (ages spread evenly within a band): 18-34 takes 2/5 of 15-19.
    """
    lo = np.array([b[0] for b in bounds], dtype=float)[:, None]
    hi = np.array([b[1] for b in bounds], dtype=float)[:, None]
    overlap = np.clip(np.minimum(hi, _BANDS[:, 1]) - np.maximum(lo, _BANDS[:, 0]), 0, None)
    grouped: np.ndarray = (overlap / (_BANDS[:, 1] - _BANDS[:, 0])) @ inhabitants
    return grouped


def age_cells(
    counts: dict[str, int], inhabitants: np.ndarray, min_cell: int = 1
) -> tuple[list[tuple[list[str], float]], float]:
    """Weighting cells from the groups present, each with its inhabitants; and the total.

    The rule (stated in the plan's method section): the survey covers the ages from
    its youngest group's lower bound to its oldest group's upper bound. Groups that
    overlap (two exports asking differently) form one cell; an age range inside
    that no group covers is a cell without respondents. Then, as for five-year
    bands, a cell with inhabitants but fewer than ``min_cell`` respondents (or with
    respondents but no inhabitants) is merged with its neighbour that has fewer
    respondents, until none is left. Returns [(groups, inhabitants)] and the
    inhabitants of the covered ages.
    """
    groups = sorted(counts, key=lambda g: age_group_bounds(g))
    units: list[tuple[list[str], int, int]] = []  # groups, lower, upper
    for group in groups:
        lo, hi = age_group_bounds(group)
        if units and lo < units[-1][2]:
            units[-1] = (units[-1][0] + [group], units[-1][1], max(hi, units[-1][2]))
        else:
            if units and lo > units[-1][2]:
                units.append(([], units[-1][2], lo))
            units.append(([group], lo, hi))
    people = group_population([(lo, hi) for _, lo, hi in units], inhabitants)
    n = np.array([sum(counts[g] for g in unit[0]) for unit in units], dtype=float)
    cells = []
    for cell in collapse_bands(n, people, min_cell):
        cells.append(([g for i in cell for g in units[i][0]], float(people[cell].sum())))
    return cells, float(people.sum())


def post_stratify(
    responses: pd.DataFrame, population: pd.DataFrame, min_cell: int = 1
) -> pd.Series:
    """A weight per respondent; per village they sum to the inhabitants of the ages asked.

    ``population``: village_id, age_band, inhabitants (one year). The cells are
    built from the age groups the village's respondents answered with (see
    ``age_cells``); the weights of a cell sum to its inhabitants, so the weights
    reproduce the population over the groups used. Respondents without an age get
    the village's average weight (the covered inhabitants are shared over all
    respondents). A village without population figures keeps weight 1 per respondent.
    """
    if responses.empty:
        return pd.Series(1.0, index=responses.index, name="weight")
    bands = len(AGE_BANDS)
    pop = population.assign(band=population["age_band"].map(_BAND_INDEX)).dropna(subset=["band"])
    matrix = (
        pop.pivot_table(
            index="village_id", columns="band", values="inhabitants", aggfunc="sum", fill_value=0
        )
        .reindex(columns=range(bands), fill_value=0)
        .astype(float)
    )
    weights = np.ones(len(responses))
    codes, uniques = pd.factorize(responses["age_band"])  # each distinct text asked once
    fits = np.array([_is_group(u) for u in uniques] + [False], dtype=bool)
    valid = fits[codes]  # code -1 (no age) picks the last: False
    group_code, groups = pd.factorize(responses["age_band"].where(valid, None))
    village_rows = responses.groupby(responses["village_id"].astype(object)).indices
    for village, rows in village_rows.items():
        if village not in matrix.index:
            continue
        inhabitants = matrix.loc[cast(str, village)].to_numpy()  # village ids are text
        mine = group_code[rows]
        present = np.bincount(mine[mine >= 0], minlength=len(groups))
        counts = {groups[int(g)]: int(present[g]) for g in np.flatnonzero(present)}
        if not counts:
            weights[rows] = inhabitants.sum() / len(rows)
            continue
        cells, covered = age_cells(counts, inhabitants, min_cell)
        n_known = sum(counts.values())
        per_group = np.full(len(groups) + 1, covered / len(rows))  # last: no age given
        for cell_groups, people in cells:
            n_cell = sum(counts[g] for g in cell_groups)
            for g in cell_groups:
                per_group[groups.get_loc(g)] = people * (n_known / len(rows)) / n_cell
        weights[rows] = per_group[mine]
    return pd.Series(weights, index=responses.index, name="weight")


def _is_group(value: object) -> bool:
    return isinstance(value, str) and is_age_group(value)


def _latest_population(population: pd.DataFrame) -> pd.DataFrame:
    pop = population.dropna(subset=["village_id", "year"])
    if pop.empty:
        return pop
    latest = pop.groupby("village_id")["year"].transform("max")
    return pop[pop["year"] == latest]


def needs_from_frames(
    responses: pd.DataFrame,
    population: pd.DataFrame,
    themes: list[str],
    village_ids: list[str] | None = None,
    overrides: pd.DataFrame | None = None,
    min_cell: int = 1,
) -> pd.DataFrame:
    """The needs table from plain frames (what ``needs`` does after loading the workspace)."""
    responses = responses[responses["village_id"].notna()]
    if village_ids is None:
        village_ids = sorted(set(population["village_id"].dropna()) | set(responses["village_id"]))
    responses = responses[responses["village_id"].isin(village_ids)]
    # the latest year is per village: only the asked villages' rows are needed (one
    # village's needs no longer pass over the population of every village)
    pop = _latest_population(population[population["village_id"].isin(village_ids)])
    weights = post_stratify(responses, pop, min_cell)
    village = responses["village_id"]

    per_village = pd.DataFrame(
        {
            "respondents": village.groupby(village).size(),
            "w": weights.groupby(village).sum(),
            "w2": (weights**2).groupby(village).sum(),
        }
    ).reindex(village_ids)
    per_village["respondents"] = per_village["respondents"].fillna(0).astype(int)
    per_village["n_eff"] = per_village["w"] ** 2 / per_village["w2"]

    coded = coded_themes(responses, overrides)
    parts = []
    for horizon in HORIZON_COLUMNS:
        exploded = coded[horizon].explode().dropna()
        exploded = exploded[exploded.isin(themes)]
        frame = pd.DataFrame(
            {
                "row": exploded.index,
                "village_id": village.loc[exploded.index].to_numpy(),
                "theme": exploded.to_numpy(),
                "w": weights.loc[exploded.index].to_numpy(),
                "one": 1,
            }
        ).drop_duplicates(subset=["row", "theme"])
        agg = frame.groupby(["village_id", "theme"]).agg(naming=("one", "size"), wsum=("w", "sum"))
        parts.append(agg.assign(horizon=horizon).reset_index())
    named = pd.concat(parts, ignore_index=True)

    importance = {}
    for theme in themes:
        column = f"importance_{theme}"
        if column not in responses:
            continue
        values = pd.to_numeric(responses[column], errors="coerce").astype(float)
        ok = values.notna()
        wx = (weights * values).where(ok).groupby(village).sum()
        wo = weights.where(ok).groupby(village).sum()
        importance[theme] = (wx / wo.replace(0, np.nan)).reindex(village_ids)

    grid = pd.MultiIndex.from_product(
        [village_ids, themes, list(HORIZON_COLUMNS)], names=["village_id", "theme", "horizon"]
    ).to_frame(index=False)
    out = grid.merge(named, on=["village_id", "theme", "horizon"], how="left")
    out = out.merge(per_village, left_on="village_id", right_index=True, how="left")
    out["naming"] = out["naming"].fillna(0).astype(int)
    has = out["respondents"] > 0
    out["share"] = np.where(has, out["wsum"].fillna(0) / out["w"], np.nan)
    # one level of columns: stacked, a Series (pandas-stubs allows a DataFrame too)
    imp = (
        cast(pd.Series, pd.DataFrame(importance).stack(future_stack=True))
        if importance
        else pd.Series()
    )
    if len(imp):
        imp.index.names = ["village_id", "theme"]
        out = out.merge(
            imp.rename("importance_mean"),
            left_on=["village_id", "theme"],
            right_index=True,
            how="left",
        )
    else:
        out["importance_mean"] = np.nan
    p = out["share"]
    out["margin"] = np.where(has, Z95 * np.sqrt(p * (1 - p) / out["n_eff"]), np.nan)
    out["n_eff"] = out["n_eff"].where(has)
    out["indicative"] = out["respondents"] < INDICATIVE_BELOW
    out["horizon"] = out["horizon"].astype(int)
    out["respondents"] = out["respondents"].astype(int)
    return out[list(NEEDS_COLUMNS)].reset_index(drop=True)


def needs(
    ws: Workspace, village_id: str | None = None, round_label: str | None = None
) -> pd.DataFrame:
    """Needs per village x theme x horizon (3, 5, 10), weighted; see the module docstring.

    The answers are those of each kern's latest round, or of ``round_label`` (one
    kern's round, for comparing; ``planning.survey.rounds``): rounds are never mixed.

    Columns: village_id, theme, horizon, respondents (in the village), naming
    (respondents naming the theme), share (weighted, 0..1), importance_mean
    (weighted, 1..5), n_eff, margin (95%), indicative (fewer than 30 respondents).
    Not suppressed: pass it through ``publishable`` before showing it outside staff.
    """
    ids = [str(ws.village(village_id)["village_id"])] if village_id else ws.village_ids()
    if round_label is not None and village_id:
        responses = answers_in_round(ws, ids[0], round_label)
    else:
        responses = current_responses(ws, ids[0] if village_id else None)
    return needs_from_frames(
        responses,
        ws.latest_population(),  # the register (BRP) where the municipality brought it in
        list(ws.settings.themes),
        ids,
        overrides=read_overrides(ws.path),
        min_cell=ws.settings.survey.min_cell,
    )


def weights(ws: Workspace, village_id: str | None = None) -> pd.DataFrame:
    """Each respondent's weight (respondent_id, village_id, age_band, weight), for checking."""
    responses = current_responses(ws, village_id)
    w = post_stratify(responses, ws.latest_population())
    return responses[["respondent_id", "village_id", "age_band"]].assign(weight=w)
