"""Needs per village, theme and horizon: weights, uncertainty, suppression, channels."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from planning.charts.survey import age_profile_chart
from planning.survey.channels import (
    channel_counts,
    quotes,
    representativeness,
    volunteers_offered,
)
from planning.survey.needs import (
    NEEDS_COLUMNS,
    collapse_bands,
    needs,
    needs_from_frames,
    post_stratify,
)
from planning.survey.suppression import publishable
from planning.workspace.folder import open_workspace

THEMES = ["loneliness", "youth", "meeting"]


@pytest.fixture(scope="module")
def demo():
    from planning.workspace.folder import demo_path

    return open_workspace(demo_path())


def small_village() -> tuple[pd.DataFrame, pd.DataFrame]:
    responses = pd.DataFrame(
        {
            "respondent_id": [f"r{i}" for i in range(8)],
            "village_id": ["v"] * 6 + ["w"] * 2,
            "age_band": ["15-19", "15-19", "70-74", None, "40-44", "85-89", "20-24", "20-24"],
            "need_3y_themes": [
                ["youth"],
                "youth;meeting",
                ["loneliness"],
                None,
                [],
                "loneliness",
                ["youth"],
                None,
            ],
            "importance_youth": [5, 4, 1, None, 3, 1, 5, 5],
        }
    )
    population = pd.DataFrame(
        {
            "village_id": ["v"] * 5 + ["w"],
            "year": 2021,
            "age_band": ["15-19", "40-44", "70-74", "85-89", "90-94", "20-24"],
            "inhabitants": [100, 200, 150, 50, 0, 40],
        }
    )
    return responses, population


def test_weights_sum_to_population_in_the_demo(demo) -> None:
    """Per village the weights sum to the inhabitants of the ages its respondents span."""
    responses = demo.responses
    w = post_stratify(responses, demo.latest_population())
    pop = demo.latest_population()
    start = pop["age_band"].str.extract(r"^(\d+)")[0].astype(int)
    for village, rows in responses.groupby("village_id"):
        starts = rows["age_band"].dropna().str.extract(r"^(\d+)")[0].astype(int)
        lo, hi = starts.min(), starts.max() + 5
        mine = pop[(pop["village_id"] == village) & start.between(lo, hi - 1)]
        assert w[rows.index].sum() == pytest.approx(mine["inhabitants"].sum(), rel=1e-9)
    assert (w > 0).all()


def test_weights_with_unknown_ages_and_empty_cells() -> None:
    responses, population = small_village()
    w = post_stratify(responses, population)
    assert w.groupby(responses["village_id"]).sum().to_dict() == pytest.approx(
        {"v": 500.0, "w": 40.0}
    )
    # the respondent without an age gets the village's average weight
    assert w.iloc[3] == pytest.approx(500 / 6)
    # 15-19: 100 inhabitants, 2 of the 5 respondents with an age (scaled by 5/6)
    assert w.iloc[0] == pytest.approx(100 * 5 / 6 / 2)


def test_collapse_bands_merges_neighbours_until_no_empty_cell() -> None:
    respondents = np.array([0, 2, 0, 0, 1, 0, 3, 0])
    inhabitants = np.array([10, 10, 10, 0, 10, 10, 10, 0])
    cells = collapse_bands(respondents, inhabitants)
    assert sorted(i for cell in cells for i in cell) == list(range(8))
    for cell in cells:
        assert cell == list(range(min(cell), max(cell) + 1))  # neighbours only
        if inhabitants[cell].sum() > 0:
            assert respondents[cell].sum() >= 1
        if respondents[cell].sum() > 0:
            assert inhabitants[cell].sum() > 0


def test_needs_table_contract_and_figures() -> None:
    responses, population = small_village()
    table = needs_from_frames(responses, population, THEMES)
    assert tuple(table.columns) == NEEDS_COLUMNS
    assert set(table["horizon"]) == {3, 5, 10}
    assert table["horizon"].dtype.kind == "i" and table["respondents"].dtype.kind == "i"
    assert table["indicative"].dtype == bool and table["indicative"].all()
    row = table.set_index(["village_id", "theme", "horizon"]).loc[("v", "youth", 3)]
    assert row["respondents"] == 6 and row["naming"] == 2
    assert row["share"] == pytest.approx(2 * (100 * 5 / 6 / 2) / 500)
    assert row["n_eff"] < 6
    assert row["margin"] == pytest.approx(
        1.959964 * np.sqrt(row["share"] * (1 - row["share"]) / row["n_eff"])
    )
    # weighted mean importance: 5, 4 (15-19), 1 (70-74), 3 (40-44), 1 (85-89)
    assert row["importance_mean"] == pytest.approx(2.5)


def test_needs_for_the_demo(demo) -> None:
    table = needs(demo, "roden")
    assert set(table["village_id"]) == {"roden"}
    assert len(table) == len(demo.settings.themes) * 3
    assert table["share"].between(0, 1).all()
    assert not table["indicative"].any()
    everyone = needs(demo)
    assert set(everyone["village_id"]) == set(demo.village_ids())
    small = everyone[everyone["respondents"] < 30]
    assert small["indicative"].all() and len(small) > 0


def test_demo_needs_differ_by_age(demo) -> None:
    resp = demo.responses
    start = resp["age_band"].str.extract(r"^(\d+)")[0].astype(float)
    young, old = resp[start < 25], resp[start >= 80]

    def share(frame: pd.DataFrame, theme: str) -> float:
        return frame["need_3y_themes"].map(lambda x: theme in (x or [])).mean()

    assert share(young, "youth") > 2 * share(old, "youth")
    assert share(old, "loneliness") > 2 * share(young, "loneliness")
    assert share(old, "informal_care") > share(young, "informal_care")


def test_publishable_suppresses_small_counts() -> None:
    responses, population = small_village()
    table = needs_from_frames(responses, population, THEMES)
    public = publishable(table)
    assert (public["respondents"] == "<5").sum() == 9  # village w: 2 respondents
    assert (public["naming"] == "<5").all()
    assert public["share"].isna().all() and public["margin"].isna().all()
    w = public[public["village_id"] == "w"]
    assert w["importance_mean"].isna().all() and w["n_eff"].isna().all()
    big = pd.DataFrame(
        {
            "village_id": ["a", "b"],
            "respondents": [40, 3],
            "naming": [12, 1],
            "share": [0.3, 0.33],
            "respondent_id": ["x", "y"],
            "phone": ["06", "06"],
        }
    )
    out = publishable(big)
    assert out["naming"].tolist() == [12, "<5"] and out["respondents"].tolist() == [40, "<5"]
    assert out["share"].tolist()[0] == 0.3 and pd.isna(out["share"].tolist()[1])
    assert "respondent_id" not in out and "phone" not in out


def test_cli_needs_json_is_suppressed(demo_ws: Path) -> None:
    proc = subprocess.run(
        [sys.executable, "-m", "planning.cli", "needs", "--workspace", str(demo_ws), "--json"],
        capture_output=True,
        text=True,
    )
    assert proc.returncode == 0, proc.stderr
    rows = json.loads(proc.stdout)
    assert {tuple(r) for r in rows} == {NEEDS_COLUMNS}
    for row in rows:
        if row["naming"] == "<5":
            assert row["share"] is None and row["margin"] is None
        else:
            assert isinstance(row["naming"], int) and row["naming"] >= 5
    text = proc.stdout
    responses = pd.read_csv(demo_ws / "survey/responses.csv", dtype=str)
    assert not any(rid in text for rid in responses["respondent_id"].head(50))
    unknown = subprocess.run(
        [
            sys.executable,
            "-m",
            "planning.cli",
            "needs",
            "--village",
            "rodne",
            "--workspace",
            str(demo_ws),
        ],
        capture_output=True,
        text=True,
    )
    assert unknown.returncode == 2 and "roden" in unknown.stderr


def test_no_personal_data_in_responses_or_publishable_tables(demo) -> None:
    columns = set(demo.responses.columns)
    assert not columns & {"name", "phone", "email", "address", "naam", "telefoon"}
    text = (demo.path / "survey" / "responses.csv").read_text(encoding="utf-8")
    assert "06-0000" not in text and "@" not in text
    for table in (
        publishable(needs(demo, "norg")),
        publishable(channel_counts(demo, "norg")),
        publishable(representativeness(demo, "norg")),
    ):
        assert "respondent_id" not in table.columns
        assert not table.astype(str).apply(lambda c: c.str.contains("06-0000")).any().any()


def test_channels_and_representativeness(demo) -> None:
    counts = channel_counts(demo, "roden")
    # the latest round only (roden was also surveyed in 2023; rounds are never mixed)
    answers = demo.responses
    years = pd.to_datetime(answers["collected_on"]).dt.year
    mine = answers[(answers["village_id"] == "roden") & (years == 2026)]
    assert counts["respondents"].sum() == len(mine)
    assert set(counts["channel"]) == {
        "market",
        "street",
        "online",
        "paper",
        "phone",
        "home_visit",
        "session",
    }
    assert counts.set_index("channel").loc["street", "respondents"] > 0
    reach = representativeness(demo, "roden")
    assert reach["share_population"].sum() == pytest.approx(1)
    assert reach["share_respondents"].sum() == pytest.approx(1)
    assert reach["inhabitants"].sum() == demo.inhabitants()["roden"]
    # the demo reaches too few young children (nobody under 10 answers)
    assert reach.set_index("age_group").loc["0-14", "difference"] < 0
    assert 0 < volunteers_offered(demo, "roden") < len(mine)
    public = publishable(channel_counts(demo, "matsloot"))
    small = public[public["respondents"] == "<5"]
    assert small["share"].isna().all()


def test_age_profile_chart(demo) -> None:
    fig = age_profile_chart(demo, "roden")
    ax = fig.axes[0]
    assert len(ax.containers) == 2
    assert [t.get_text() for t in ax.get_xticklabels()] == [
        "0-14",
        "15-24",
        "25-44",
        "45-64",
        "65-79",
        "80+",
    ]
    title = " ".join(ax.get_title(loc) for loc in ("left", "center", "right"))
    assert "Roden" in title  # wherever the house style puts the title


def test_quotes_only_publishable(demo) -> None:
    table = quotes(demo, "roden")
    allowed = demo.responses[
        (demo.responses["village_id"] == "roden")
        & demo.responses["quote_publishable"].fillna(False)
    ]
    texts = set(allowed[["need_3y", "need_5y", "need_10y"]].stack().dropna())
    assert len(table) > 0 and set(table["text"]) <= texts


def test_import_planning_stays_light() -> None:
    code = (
        "import sys, planning; planning.needs; "
        "print(any(m in sys.modules for m in ('matplotlib', 'sqlalchemy')))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert out.stdout.strip() == "False", out.stderr
