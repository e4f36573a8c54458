"""Need shares that follow ageing: the survey reweighted to each projected year.

The survey's weighted share of a theme is, per weighting cell (neighbouring age
bands merged until each has respondents, ``planning.survey.needs``), the share
of that cell's respondents naming the theme, times the cell's inhabitants, over
all inhabitants. For a later year the same cells' shares are multiplied by the
*projected* inhabitants of that year: an ageing village that names informal
care mostly among its 65+ gets more demand for it, a village losing its young
families less for youth work. Reweighting the survey to the projected
population does exactly that, with the survey module's own weighting (not a
second copy of it); its ``share x inhabitants`` is the demand before the
weekly share.

The projection is ``planning.analysis.population.project``, the same one the
plan, the scenarios and ``planning population`` print.
"""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING, cast

import pandas as pd

from planning.analysis.population import project
from planning.survey.coding import HORIZON_COLUMNS, coded_themes, read_overrides
from planning.survey.needs import post_stratify
from planning.survey.rounds import current_responses
from planning.workspace.schemas import RESPONSES

if TYPE_CHECKING:
    from planning.workspace.folder import Workspace


def projected_population(ws: Workspace, village_id: str, years: list[int]) -> pd.DataFrame:
    """village_id, year, age_band, inhabitants of the village in each year (projected)."""
    base = ws.settings.base_year
    horizons = tuple(sorted({int(y) - base for y in years}))
    return ws.cached(
        ("demand.population", village_id, horizons),
        ("villages", "population"),
        lambda: project(ws, village_id, horizons=horizons).frame.drop(columns="horizon"),
    )


def as_is(frame: pd.DataFrame) -> pd.DataFrame:
    """A table already computed, for ``Workspace.cached`` to remember as it is."""
    return frame


def remember_population(ws: Workspace, frame: pd.DataFrame, years: list[int]) -> None:
    """Keep each village's part of an every-village projection (``project(ws,
    horizons=...)``, the same horizons) as its ``projected_population``, so the overview
    of every kern projects once (each village is projected on its own row either way)."""
    base = ws.settings.base_year
    horizons = tuple(sorted({int(y) - base for y in years}))
    for vid, part in frame.drop(columns="horizon").groupby("village_id", sort=False):
        ws.cached(
            ("demand.population", str(vid), horizons),
            ("villages", "population"),
            partial(as_is, part.reset_index(drop=True)),
        )


def _coded(ws: Workspace, village_id: str) -> tuple[pd.DataFrame, pd.DataFrame]:
    """The village's responses and the themes each names per horizon (coded once)."""

    def compute() -> tuple[pd.DataFrame, pd.DataFrame]:
        mine = current_responses(ws, village_id)  # the latest round (planning.survey.rounds)
        return mine, coded_themes(mine, read_overrides(ws.path))

    return ws.cached(("demand.coded", village_id), (RESPONSES,), compute)


def aged_needs(ws: Workspace, village_id: str, population: pd.DataFrame) -> pd.DataFrame:
    """Need shares per theme, survey horizon and year, weighted to that year's age structure.

    ``population``: the village's bands (year, age_band, inhabitants), one block per
    year. Columns: theme, horizon, year, share. The weights are the survey module's
    own post-stratification (``post_stratify``) on the projected bands; a share is
    the weighted part of the respondents naming the theme.
    """
    # the slider re-evaluates the same projected bands many times: remember the shares
    key = tuple(
        (int(cast(int, y)), tuple(round(float(v), 6) for v in g["inhabitants"]))
        for y, g in population.groupby("year", sort=True)
    )
    return ws.cached(
        ("demand.aged_needs", village_id, key),
        (RESPONSES,),
        lambda: _aged_needs(ws, village_id, population),
    )


def _aged_needs(ws: Workspace, village_id: str, population: pd.DataFrame) -> pd.DataFrame:
    responses, coded = _coded(ws, village_id)
    themes = list(ws.settings.themes)
    rows: list[dict[str, object]] = []
    if responses.empty:
        return pd.DataFrame(rows, columns=["theme", "horizon", "year", "share"])
    for year, block in population.groupby("year", sort=True):
        weights = post_stratify(
            responses, block.assign(village_id=village_id), ws.settings.survey.min_cell
        )
        total = float(weights.sum())
        for horizon in HORIZON_COLUMNS:
            named = coded[horizon]
            for theme in themes:
                says = named.map(lambda ts, t=theme: isinstance(ts, list) and t in ts)
                part = float(weights[says.to_numpy(bool)].sum())
                rows.append(
                    {
                        "theme": theme,
                        "horizon": int(horizon),
                        "year": int(cast(int, year)),  # whole years
                        "share": part / total if total else float("nan"),
                    }
                )
    return pd.DataFrame(rows)
