"""Migration by age (issue 21): the stated schedule, Hamilton-Perry from two register counts,
the start at the register's peildatum, and the demo's criterion against CBS 2024."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import numpy as np
import pytest
from helpers.hand_projection import aged_one_year
from helpers.hand_projection import to_bands as hand_bands
from helpers.register import DIEVER_2025, DWINGELOO_2024, DWINGELOO_2025, write_register

from planning.analysis.migration import hamilton_perry, schedule
from planning.analysis.population import (
    Assumptions,
    project,
    project_bands,
    project_years,
)
from planning.analysis.population_base import start_year
from planning.analysis.rates import DEATH_PROBABILITY
from planning.workspace.folder import open_workspace

#: CBS Kerncijfers wijken en buurten 2024 (85984NED), AantalInwoners on 1 January 2024:
#: GM1699 Noordenveld, GM1701 Westerveld (Bron: CBS).
CBS_2024 = {"Noordenveld": 31686, "Westerveld": 20003}


def _closed(ws: Path) -> None:
    """No deaths and no births, so a hand computation only has to age and migrate."""
    toml = ws / "workspace.toml"
    kept = toml.read_text(encoding="utf-8").split("# Population projection")[0]
    toml.write_text(
        kept + "\n[projection]\nmortality_scale = 0.0\nfertility_scale = 0.0\n", encoding="utf-8"
    )


def test_schedule_is_the_drenthe_cohort_by_hand() -> None:
    """Trendbureau Drenthe 2020: 17-year-olds of 2000 are 77% at 22 and 92% at 37;
    net of the life table's deaths, a constant rate per year in between."""
    survive_17_22 = (1 - 0.0002) ** 3 * (1 - 0.0003) ** 2
    survive_22_37 = (1 - 0.0003) ** 3 * (1 - 0.00035) ** 5 * (1 - 0.00042) ** 5 * (1 - 0.0006) ** 2
    leave = (0.77 / survive_17_22) ** (1 / 5) - 1
    settle = (0.92 / 0.77 / survive_22_37) ** (1 / 15) - 1
    got = schedule(DEATH_PROBABILITY)
    assert got[18:23] == pytest.approx([leave] * 5)
    assert got[23:38] == pytest.approx([settle] * 15)
    assert not got[:18].any() and not got[38:].any()
    assert leave == pytest.approx(-0.0507, abs=1e-4) and settle == pytest.approx(0.0123, abs=1e-4)


def test_one_year_with_the_age_schedule_by_hand() -> None:
    """One step of one village: age, die, be born, then migrate by the schedule shifted so
    that the village's net migrants are its rate times its population."""
    bands = np.array([[float(n) for n in DIEVER_2025]])
    a = Assumptions()
    rate = 0.01401  # Westerveld, CBS (planning/analysis/data/net_migration_cbs.csv)
    profile = a.age_schedule()
    got = project_bands(bands, 1, a, np.array([rate]), None, profile[None, :], np.array([True]))
    nxt = aged_one_year(bands[0], a)
    leave, settle = profile[18], profile[23]
    p = [leave if 18 <= age <= 22 else settle if 23 <= age <= 37 else 0.0 for age in range(96)]
    mean = sum(n * d for n, d in zip(nxt, p, strict=True)) / sum(nxt)
    moved = [n * (1 + d + rate - mean) for n, d in zip(nxt, p, strict=True)]
    by_band = hand_bands(moved)
    assert np.allclose(got[1][0], by_band)
    # the village's total migrants are exactly its rate: the municipality totals stay
    assert sum(moved) - sum(nxt) == pytest.approx(rate * sum(nxt))
    # and its 20-24 lose people while its 25-29 gain (more than the flat rate)
    flat = project_bands(bands, 1, a, np.array([rate]))[1][0]
    assert got[1][0][4] < flat[4] and got[1][0][5] > flat[5]


def test_hamilton_perry_step_by_hand(demo_ws: Path) -> None:
    """Two register counts a year apart give Dwingeloo its own migration per band; one
    projection step from the latest count (1 January 2025 -> 2026) recomputed by hand."""
    _closed(demo_ws)
    write_register(
        demo_ws,
        {
            ("dwingeloo", "2024-01-01"): DWINGELOO_2024,
            ("dwingeloo", "2025-01-01"): DWINGELOO_2025,
            ("diever", "2025-01-01"): DIEVER_2025,
        },
    )
    P, Q = DWINGELOO_2024, DWINGELOO_2025  # the method's notation
    # a closed population spread evenly over each band: a fifth moves up a band a year
    natural = [0.8 * P[0]] + [0.8 * P[b] + 0.2 * P[b - 1] for b in range(1, 19)]
    natural.append(P[19] + 0.2 * P[18])
    own = [Q[b] / natural[b] - 1 for b in range(20)]
    assert hamilton_perry(np.array(natural), np.array(Q, dtype=float), 1) == pytest.approx(own)
    step = [0.8 * Q[0]] + [0.8 * Q[b] + 0.2 * Q[b - 1] for b in range(1, 19)]
    step.append(Q[19] + 0.2 * Q[18])
    expected = [step[b] * (1 + own[b]) for b in range(20)]

    ws = open_workspace(demo_ws)
    p = project(ws)
    info = p.assumptions
    assert info["own_migration"]["dwingeloo"]["rates"] == pytest.approx(own, abs=1e-6)
    assert (
        info["own_migration"]["dwingeloo"]["from"],
        info["own_migration"]["dwingeloo"]["to"],
    ) == (
        "2024-01-01",
        "2025-01-01",
    )
    assert info["net_migration_by_village"]["dwingeloo"]["origin"] == "register"
    # over all ages: the second total over the first aged (closed: the same total)
    whole = sum(Q) / sum(natural) - 1
    assert info["own_migration"]["dwingeloo"]["total"] == pytest.approx(whole)
    assert "diever" not in info["own_migration"]  # one peildatum: the schedule
    assert list(p.village("dwingeloo", 0)) == pytest.approx(expected, abs=1e-6)
    # 20-24: fewer than the cohort brought, as the two counts showed
    assert own[4] < 0
    years = project_years(ws, "dwingeloo").frame
    first = years[years["year"] == years["year"].min()]
    assert int(first["year"].iloc[0]) == 2025
    assert list(first["inhabitants"]) == pytest.approx([float(n) for n in Q])


def test_projection_starts_at_the_register_peildatum(demo_ws: Path) -> None:
    """A kern in the register starts at its latest count; the others at CBS 2021; each
    says where its figures come from and on which date."""
    write_register(
        demo_ws, {("diever", "2024-01-01"): DWINGELOO_2024, ("diever", "2025-01-01"): DIEVER_2025}
    )
    p = project_years(open_workspace(demo_ws))
    sources = p.assumptions["base_sources"]
    assert sources["diever"] == {
        "kind": "register",
        "source": "BRP gemeente Westerveld",
        "date": "2025-01-01",
    }
    assert sources["dwingeloo"] == {"kind": "cbs", "source": "CBS", "date": "2021-01-01"}
    diever = p.frame[p.frame["village_id"] == "diever"]
    assert diever["year"].min() == 2025
    start = diever[diever["year"] == 2025]["inhabitants"].sum()
    assert start == pytest.approx(sum(DIEVER_2025))
    from planning.analysis.population_base import BaseSource

    line = BaseSource.from_dict(sources["diever"]).line()
    assert line == "Bron: BRP gemeente Westerveld, 1 januari 2025"
    assert BaseSource.from_dict(sources["dwingeloo"]).line("en") == (
        "Source: CBS, 1 January 2021, per postcode area"
    )


def test_start_year_is_the_nearest_first_of_january() -> None:
    assert start_year(dt.date(2025, 1, 1)) == 2025
    assert start_year(dt.date(2025, 6, 30)) == 2025
    assert start_year(dt.date(2025, 10, 1)) == 2026


def test_counts_less_than_half_a_year_apart_measure_no_migration(demo_ws: Path) -> None:
    write_register(
        demo_ws,
        {("dwingeloo", "2025-01-01"): DWINGELOO_2024, ("dwingeloo", "2025-03-01"): DWINGELOO_2025},
    )
    p = project(open_workspace(demo_ws), "dwingeloo")
    assert p.assumptions["own_migration"] == {}
    assert p.assumptions["base_sources"]["dwingeloo"]["date"] == "2025-03-01"


def test_demo_young_adults_leave_and_municipalities_meet_cbs_2024() -> None:
    """Issue 21's criterion: no rural kern's 20-24 of 2026 outnumber its 15-19 of 2021
    (institutions are held constant and are no kern's young), and the municipality
    totals of 1 January 2024 are within 1% of CBS (Bron: CBS, KWB 2024)."""
    ws = open_workspace()
    p = project_years(ws)
    frame = p.frame
    cbs_2021 = ws.latest_population()
    institutions = set(ws.settings.projection.institutions)
    checked = 0
    for village in ws.village_ids():
        if village in institutions:
            continue
        then = cbs_2021[(cbs_2021["village_id"] == village) & (cbs_2021["age_band"] == "15-19")]
        now = frame[
            (frame["village_id"] == village)
            & (frame["year"] == 2026)
            & (frame["age_band"] == "20-24")
        ]
        assert now["inhabitants"].sum() <= then["inhabitants"].sum(), village
        checked += 1
    assert checked == len(ws.village_ids()) - len(institutions) == 40
    municipality = ws.villages.set_index("village_id")["municipality"]
    in_2024 = frame[frame["year"] == 2024]
    totals = in_2024.groupby(in_2024["village_id"].map(municipality))["inhabitants"].sum()
    for name, counted in CBS_2024.items():
        assert abs(totals[name] / counted - 1) < 0.01, (name, totals[name], counted)


def test_cbs_2024_figures_are_the_kwb_file(realdata: Path) -> None:
    """The two CBS figures above are GM1699 (Noordenveld) and GM1701 (Westerveld) of KWB 2024."""
    kwb = json.loads(
        (realdata / "cbs" / "kwb2024_85984NED_gemeente_wijk_stripped.json").read_text("utf-8")
    )
    assert int(kwb["GM1699"]["AantalInwoners_5"]) == CBS_2024["Noordenveld"]
    assert int(kwb["GM1701"]["AantalInwoners_5"]) == CBS_2024["Westerveld"]
