"""The latest population is kept per table: the same figures, and a caller cannot change it."""

from __future__ import annotations

import pandas as pd

from planning.survey.needs import needs
from planning.workspace.folder import open_workspace


def test_latest_population_is_each_village_s_latest_year_and_stays_so() -> None:
    ws = open_workspace()
    pop = ws.population.dropna(subset=["village_id", "year"])
    latest_year = pop.groupby("village_id")["year"].max()
    expected = pop[pop["year"].to_numpy() == pop["village_id"].map(latest_year).to_numpy()]
    first = ws.latest_population()
    pd.testing.assert_frame_equal(first, expected)
    first["inhabitants"] = 0  # a caller changing its copy
    pd.testing.assert_frame_equal(ws.latest_population(), expected)
    ws.tables["population"] = ws.population[ws.population["village_id"] != "roden"]
    assert "roden" not in set(ws.latest_population()["village_id"])  # a new table is seen


def test_one_village_s_needs_equal_its_rows_among_all_villages() -> None:
    ws = open_workspace()
    every = needs(ws)
    mine = every[every["village_id"] == "roden"].reset_index(drop=True)
    pd.testing.assert_frame_equal(needs(ws, "roden"), mine)
