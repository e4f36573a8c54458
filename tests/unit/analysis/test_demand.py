"""Demand follows ageing: the survey reweighted to each projected year."""

from __future__ import annotations

import pytest

from planning.analysis.demand import aged_needs, projected_population
from planning.analysis.gaps import gaps
from planning.survey.needs import needs
from planning.workspace.folder import open_workspace


def test_data_year_weighting_is_the_survey_weighting() -> None:
    """Reweighted to the data year's own bands, the shares are the survey's shares."""
    ws = open_workspace()
    pop = ws.latest_population()
    pop = pop[pop["village_id"] == "roden"]
    aged = aged_needs(ws, "roden", pop).set_index(["theme", "horizon"])["share"]
    survey = needs(ws, "roden").set_index(["theme", "horizon"])["share"]
    assert aged.sort_index().to_numpy() == pytest.approx(survey.sort_index().to_numpy())


def test_gap_demand_is_aged_share_times_projected_inhabitants() -> None:
    ws = open_workspace()
    years = [ws.settings.base_year + h for h in ws.settings.horizons]
    bands = projected_population(ws, "peize", years)
    bands = bands[bands["year"].isin(years)]
    shares = aged_needs(ws, "peize", bands).set_index(["theme", "horizon", "year"])["share"]
    totals = bands.groupby("year")["inhabitants"].sum()
    table = gaps(ws, "peize")
    weekly = ws.settings.gaps.weekly_share
    for row in table.itertuples(index=False):
        expected = shares[(row.theme, row.need_horizon, row.year)] * totals[row.year] * weekly
        assert row.demand == pytest.approx(expected)
