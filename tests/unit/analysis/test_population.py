"""Population projection: ageing arithmetic, demo villages, assumptions."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from helpers.hand_projection import aged_one_year
from helpers.hand_projection import to_bands as hand_bands

from planning.analysis.population import (
    N_AGES,
    Assumptions,
    project,
    project_bands,
    to_bands,
    to_single_years,
)
from planning.errors import WorkspaceError
from planning.io.cells import AGE_BANDS
from planning.workspace.folder import open_workspace

CLOSED = Assumptions(mortality_scale=0.0, fertility_scale=0.0)


def test_closed_population_just_ages() -> None:
    rng = np.random.default_rng(1)
    bands = rng.integers(0, 300, size=(3, len(AGE_BANDS))).astype(float)
    out = project_bands(bands, [5, 10, 3], CLOSED, np.zeros(3))
    # five years on, everyone is exactly one band older; nobody is born or dies
    assert np.allclose(out[5][:, 0], 0)
    assert np.allclose(out[5][:, 1:-1], bands[:, :-2])
    assert np.allclose(out[5][:, -1], bands[:, -2] + bands[:, -1])
    assert np.allclose(out[10][:, 2:-1], bands[:, :-3])
    assert np.allclose(out[10].sum(axis=1), bands.sum(axis=1))
    # three years on: three fifths of each band have moved up one band
    assert np.allclose(out[3][:, 1:-1], bands[:, 1:-1] * 0.4 + bands[:, :-2] * 0.6)


def test_single_years_round_trip() -> None:
    bands = np.arange(2 * len(AGE_BANDS), dtype=float).reshape(2, -1)
    single = to_single_years(bands)
    assert single.shape == (2, N_AGES)
    assert np.allclose(to_bands(single), bands)


def test_one_year_by_hand() -> None:
    """One step of one village, recomputed with plain Python loops over single years."""
    bands = np.array(
        [[50.0, 40, 30, 60, 70, 80, 75, 65, 55, 50, 45, 40, 35, 30, 25, 20, 15, 10, 5, 2]]
    )
    a = Assumptions()
    rate = 0.0114
    got = project_bands(bands, 1, a, np.array([rate]))[1][0]
    nxt = [x * (1 + rate) for x in aged_one_year(bands[0], a)]
    by_band = hand_bands(nxt)
    assert np.allclose(got, by_band)


def test_institutions_are_held_constant() -> None:
    p = project(open_workspace())
    totals, old = p.totals(), p.share_65_plus()
    for village in ("boschoord", "veenhuizen"):
        assert totals.loc[village].nunique() == 1  # 225 and 1.260 at every horizon
        assert old.loc[village].nunique() == 1
        assert p.assumptions["net_migration_by_village"][village]["origin"] == "institution"
    assert p.assumptions["institutions"] == ["boschoord", "veenhuizen"]


def test_demo_villages_age_and_follow_their_municipality() -> None:
    """CBS migration per municipality; the large villages still age."""
    p = project(open_workspace())
    totals = p.totals()
    old = p.share_65_plus()
    assert list(totals.columns) == [0, 3, 5, 10]
    by_village = p.assumptions["net_migration_by_village"]
    for village in ("roden", "peize", "norg", "havelte", "diever", "dwingeloo", "vledder"):
        info = by_village[village]
        assert info["origin"] == "cbs" and info["rate"] in (0.01143, 0.01401)
        # natural decrease: less growth than migration alone would give
        assert totals.loc[village, 10] < totals.loc[village, 0] * (1 + info["rate"]) ** 10
        # ageing: a larger 65+ share at 3 and 5 years than in the base year
        assert old.loc[village, 0] < old.loc[village, 3] < old.loc[village, 5]
        assert old.loc[village, 10] > old.loc[village, 0]
    assert set(p.frame["year"]) == {2026, 2029, 2031, 2036}
    assert p.assumptions["base_year"] == 2026 and p.assumptions["data_year"] == [2021]
    assert "37360" in p.assumptions["death_probability_source"]


def _with_projection(demo_ws: Path, text: str) -> Path:
    """Replace the demo's [projection] tables by ``text``."""
    toml = demo_ws / "workspace.toml"
    kept = toml.read_text(encoding="utf-8").split("\n[projection]")[0]
    kept = kept.split("# Population projection")[0]
    toml.write_text(kept + "\n" + text, encoding="utf-8")
    return demo_ws


def test_assumptions_change_results_as_documented(demo_ws: Path) -> None:
    base = project(open_workspace(demo_ws), "peize").totals().loc["peize"]
    _with_projection(
        demo_ws,
        "[projection]\nnet_migration_rate = 0.01\nfertility_scale = 1.0\n"
        "[projection.net_migration]\npeize = 0.02\n",
    )
    ws = open_workspace(demo_ws)
    p = project(ws)
    grown = p.totals()
    assert p.assumptions["net_migration"] == {"peize": 0.02}
    # +2% a year for Peize instead of Noordenveld's CBS +1,14%: 15 years of 0,86% more
    assert grown.loc["peize", 10] > base[10] * 1.1
    by_village = p.assumptions["net_migration_by_village"]
    assert by_village["peize"] == {"rate": 0.02, "origin": "village", "municipality": "Noordenveld"}
    assert by_village["roden"]["rate"] == 0.01 and by_village["roden"]["origin"] == "workspace"
    assert grown.loc["peize", 10] > grown.loc["peize", 0]
    fewer_deaths = project(ws, "peize", assumptions=Assumptions(mortality_scale=0.5))
    more_births = project(ws, "peize", assumptions=Assumptions(fertility_scale=2.0))
    plain = project(ws, "peize", assumptions=Assumptions())
    assert fewer_deaths.totals().loc["peize", 10] > plain.totals().loc["peize", 10]
    young = ["0-4", "5-9"]
    born = more_births.village("peize", 10)[young].sum()
    plain_born = plain.village("peize", 10)[young].sum()
    assert born == pytest.approx(2 * plain_born, rel=0.01)
    general = Assumptions(general_fertility_rate=0.0)
    assert project(ws, "peize", assumptions=general).village("peize", 10)["0-4"] == 0


def test_bad_assumption_names_key(demo_ws: Path) -> None:
    _with_projection(demo_ws, "[projection]\nfemale_share = 1.5\n")
    with pytest.raises(WorkspaceError, match="female_share"):
        project(open_workspace(demo_ws))
    _with_projection(demo_ws, '[projection]\ndeath_probability = {"100+" = 0.5}\n')
    with pytest.raises(WorkspaceError, match=r"death_probability\.100"):
        project(open_workspace(demo_ws))
