"""`planning needs --village ID --compare`: two survey rounds side by side, through the command.

The demo has a generated 2023 round for Diever, Roden and Vledder beside the 2026 survey. One
verdict is recomputed here by hand from survey/responses.csv and population.csv, without the
workbook's weighting code: post-stratification on the five-year bands (each band's weight is
its inhabitants over its respondents), the weighted share naming the theme, Kish's effective
n, and the pooled two-proportion z.
"""

from __future__ import annotations

import json
import math
from pathlib import Path

import pandas as pd
import pytest

from planning.cli import main

Z95 = 1.959964


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out = capsys.readouterr()
    return code, out.out, out.err


def compare_json(capsys: pytest.CaptureFixture[str], ws: Path, village: str) -> dict:
    code, out, _ = run(
        capsys, "needs", "--village", village, "--compare", "--json", "--workspace", str(ws)
    )
    assert code == 0
    return json.loads(out)


def _by_hand(ws: Path, village: str, year: str, theme: str, horizon: int) -> tuple[float, float]:
    """(share, effective n) of one round, computed from the files alone."""
    answers = pd.read_csv(ws / "survey" / "responses.csv", dtype=str, keep_default_na=False)
    answers = answers[(answers["village_id"] == village) & answers["collected_on"].str[:4].eq(year)]
    population = pd.read_csv(ws / "population.csv")
    people = population[population["village_id"] == village].set_index("age_band")["inhabitants"]
    per_band = answers["age_band"].value_counts()
    # the precondition that makes the simple rule the workbook's rule: every five-year band
    # from the youngest to the oldest answered has respondents (no cell is merged)
    bands = list(people.index)
    present = sorted(bands.index(b) for b in per_band.index)
    assert present == list(range(present[0], present[-1] + 1)), "a band without respondents"
    assert (answers["age_band"] != "").all()
    weight = answers["age_band"].map(lambda b: people[b] / per_band[b]).astype(float)
    names = answers[f"need_{horizon}y_themes"].map(lambda cell: theme in cell.split(";"))
    share = float(weight[names].sum() / weight.sum())
    n_eff = float(weight.sum() ** 2 / (weight**2).sum())
    return share, n_eff


def test_diever_compare_matches_a_hand_computation(demo_ws: Path, capsys) -> None:
    data = compare_json(capsys, demo_ws, "diever")
    assert data["rounds"] == ["2023", "2026"]
    row = next(r for r in data["rows"] if r["theme"] == "loneliness" and r["horizon"] == 5)
    p1, n1 = _by_hand(demo_ws, "diever", "2023", "loneliness", 5)
    p2, n2 = _by_hand(demo_ws, "diever", "2026", "loneliness", 5)
    pooled = (p1 * n1 + p2 * n2) / (n1 + n2)
    z = (p2 - p1) / math.sqrt(pooled * (1 - pooled) * (1 / n1 + 1 / n2))
    assert row["share_earlier"] == pytest.approx(p1, rel=1e-9)
    assert row["share_later"] == pytest.approx(p2, rel=1e-9)
    assert row["n_eff_earlier"] == pytest.approx(n1, rel=1e-9)
    assert row["n_eff_later"] == pytest.approx(n2, rel=1e-9)
    assert row["change"] == pytest.approx(p2 - p1, rel=1e-9)
    assert row["z"] == pytest.approx(z, rel=1e-9)
    assert abs(z) > Z95 and row["verdict"] == "larger"
    # and one within the margin, by the same hand
    row = next(r for r in data["rows"] if r["theme"] == "meeting" and r["horizon"] == 3)
    p1, n1 = _by_hand(demo_ws, "diever", "2023", "meeting", 3)
    p2, n2 = _by_hand(demo_ws, "diever", "2026", "meeting", 3)
    pooled = (p1 * n1 + p2 * n2) / (n1 + n2)
    z = (p2 - p1) / math.sqrt(pooled * (1 - pooled) * (1 / n1 + 1 / n2))
    assert row["z"] == pytest.approx(z, rel=1e-9)
    assert abs(z) <= Z95 and row["verdict"] == "within"


def test_compare_text_is_dutch_with_the_test_in_words(demo_ws: Path, capsys) -> None:
    code, out, err = run(
        capsys, "needs", "--village", "diever", "--compare", "--workspace", str(demo_ws)
    )
    assert code == 0, err
    assert out.startswith("Diever: peiling 2023 en 2026 vergeleken (respondenten: ")
    assert "verschil groter dan de foutmarge" in out
    assert "binnen de foutmarge" in out
    assert "te weinig antwoorden" in out
    assert "z-toets op de effectieve steekproefomvang" in out
    lonely = next(line for line in out.splitlines() if "eenzaamheid" in line and "5 jaar" in line)
    assert "%-punt" in lonely and "verschil groter dan de foutmarge" in lonely
    for raw in ("nan", "None", "True", "False", "larger", "too_few", "0.0"):
        assert raw not in out


def test_json_shape(demo_ws: Path, capsys) -> None:
    data = compare_json(capsys, demo_ws, "roden")
    assert data["rounds"] == ["2023", "2026"]
    assert data["test"]["level"] == 0.95
    assert len(data["rows"]) == 9 * 3  # every theme, every horizon
    for row in data["rows"]:
        for key in ("theme", "horizon", "change", "verdict", "share_earlier", "share_later",
                    "n_eff_earlier", "n_eff_later"):  # fmt: skip
            assert key in row
        assert row["verdict"] in ("larger", "within", "too_few")
    assert {r["verdict"] for r in data["rows"]} >= {"larger", "within"}


def test_suppression_per_round(demo_ws: Path, capsys) -> None:
    """Fewer than 5 naming a theme in one round: that round's share, the change and the test
    are not published, the other round's share is, and the verdict says why."""
    data = compare_json(capsys, demo_ws, "diever")
    small = [r for r in data["rows"] if r["naming_earlier"] == "<5" or r["naming_later"] == "<5"]
    assert small, "the demo has a theme named by fewer than 5 in a round"
    one_sided = 0
    for row in small:
        assert row["verdict"] == "too_few"
        assert row["change"] is None and row["z"] is None
        for side in ("earlier", "later"):
            if row[f"naming_{side}"] == "<5":
                assert row[f"share_{side}"] is None
            else:
                assert row[f"naming_{side}"] >= 5 and row[f"share_{side}"] is not None
                one_sided += 1
    assert one_sided, "a row where only one round is small"
    for row in data["rows"]:
        if row["verdict"] != "too_few":
            assert row["naming_earlier"] >= 5 and row["naming_later"] >= 5


def test_a_village_with_one_round_says_so(demo_ws: Path, capsys) -> None:
    code, out, _ = run(
        capsys, "needs", "--village", "norg", "--compare", "--workspace", str(demo_ws)
    )
    assert code == 1
    assert "Norg heeft één peiling (2026)" in out
    code, out, _ = run(
        capsys, "needs", "--village", "norg", "--compare", "--json", "--workspace", str(demo_ws)
    )
    assert code == 1
    data = json.loads(out)
    assert data["rounds"] == ["2026"] and data["rows"] == []


def test_compare_needs_a_village(demo_ws: Path, capsys) -> None:
    code, out, err = run(capsys, "needs", "--compare", "--workspace", str(demo_ws))
    assert code == 2 and out == ""
    assert "--village" in err


def test_the_needs_use_the_latest_round(demo_ws: Path, capsys) -> None:
    """The plain needs of Diever are the 2026 round's alone (the 2023 answers are not mixed in)."""
    code, out, _ = run(
        capsys, "needs", "--village", "diever", "--json", "--workspace", str(demo_ws)
    )
    assert code == 0
    rows = json.loads(out)
    answers = pd.read_csv(demo_ws / "survey" / "responses.csv", dtype=str)
    latest = answers[
        (answers["village_id"] == "diever") & answers["collected_on"].str.startswith("2026")
    ]
    assert {r["respondents"] for r in rows} == {len(latest)}
    share, _ = _by_hand(demo_ws, "diever", "2026", "loneliness", 5)
    row = next(r for r in rows if r["theme"] == "loneliness" and r["horizon"] == 5)
    assert row["share"] == pytest.approx(share, rel=1e-9)


def test_the_needs_say_which_round_they_use(demo_ws: Path, capsys) -> None:
    code, out, _ = run(capsys, "needs", "--village", "diever", "--workspace", str(demo_ws))
    assert code == 0 and "De behoeften komen uit de laatste peiling (2026)." in out
    code, out, _ = run(capsys, "needs", "--village", "norg", "--workspace", str(demo_ws))
    assert code == 0 and "peiling" not in out  # surveyed once: nothing to choose between


def test_compare_in_english(demo_ws: Path, capsys) -> None:
    code, out, _ = run(
        capsys, "--lang", "en", "needs", "--village", "vledder", "--compare", "--workspace",
        str(demo_ws),
    )  # fmt: skip
    assert code == 0
    assert out.startswith("Vledder: rounds 2023 and 2026 compared (respondents: ")
    assert "within the margin" in out and "too few answers" in out and "pts" in out
    for dutch in ("peiling", "foutmarge", "antwoorden", "jaar", "%-punt", "thema"):
        assert dutch not in out
