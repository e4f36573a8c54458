"""Age as questionnaires ask it: groups of any width, exact ages, birth years, and weighting."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from planning.io.cells import AGE_BANDS, CellError, parse_age_group
from planning.survey.needs import age_cells, post_stratify
from planning.survey.validate import age_band, ages_from_birth_years


@pytest.mark.parametrize(
    ("written", "canonical"),
    [
        ("18 t/m 34 jaar", "18-34"),
        ("35-54", "35-54"),
        ("35 – 54 jaar", "35-54"),
        ("Jonger dan 18", "0-17"),
        ("jonger dan 18 jaar", "0-17"),
        ("Under 18", "0-17"),
        ("75 jaar of ouder", "75+"),
        ("65+", "65+"),
        ("80 en ouder", "80+"),
        ("75 and over", "75+"),
        ("65 years or older", "65+"),
        ("18 to 24 years", "18-24"),
        ("18 tot 35 jaar", "18-34"),
        ("0 tot 5 jaar", "0-4"),
        ("ouder dan 75", "76+"),
        ("40-44", "40-44"),
    ],
)
def test_groups_are_kept_as_asked(written: str, canonical: str) -> None:
    assert parse_age_group(written) == canonical


@pytest.mark.parametrize("bad", ["oud", "34-18", "200+", "jonger dan 0", "18 t/m"])
def test_nonsense_is_not_a_group(bad: str) -> None:
    with pytest.raises(CellError):
        parse_age_group(bad)


def test_exact_ages_and_birth_years_become_bands() -> None:
    assert age_band("37") == "35-39" and age_band("97") == "95+" and age_band("75+") == "75+"
    years = pd.Series(["1958", "2010", "weet ik niet", "1850", None, "abc"])
    collected = pd.Series(["2026-03-12"] * 6)
    values, reasons = ages_from_birth_years(years, collected)
    # 2026 - 1958 = 68 and 2026 - 2010 = 16; 'weet ik niet' is no answer, not an error
    assert values.tolist() == ["65-69", "15-19", None, None, None, None]
    assert [r is not None for r in reasons] == [False, False, False, True, False, True]


def _by_year(inhabitants: np.ndarray) -> np.ndarray:
    """Independent: inhabitants per single year of age 0..120, spread evenly in each band."""
    years = np.zeros(121)
    for band, people in zip(AGE_BANDS, inhabitants, strict=True):
        lo = int(band.rstrip("+").split("-")[0])
        hi = 120 if band.endswith("+") else int(band.split("-")[1])
        years[lo : hi + 1] += people / (hi - lo + 1)
    return years


def test_weights_reproduce_the_population_over_the_groups_used() -> None:
    rng = np.random.default_rng(14)
    inhabitants = rng.integers(20, 400, len(AGE_BANDS)).astype(float)
    population = pd.DataFrame(
        {"village_id": "v", "age_band": list(AGE_BANDS), "inhabitants": inhabitants}
    )
    asked = ["18-34"] * 4 + ["35-54"] * 6 + ["55-74"] * 5 + ["75+"] * 3 + [None] * 2
    responses = pd.DataFrame({"village_id": "v", "age_band": asked})
    w = post_stratify(responses, population)
    years = _by_year(inhabitants)
    expected = {"18-34": years[18:35].sum(), "35-54": years[35:55].sum()}
    expected |= {"55-74": years[55:75].sum(), "75+": years[75:].sum()}
    known = responses["age_band"].notna()
    share = known.sum() / len(responses)  # respondents without an age take their part
    for group, people in expected.items():
        got = w[responses["age_band"] == group].sum()
        assert got == pytest.approx(people * share, rel=1e-12)
    assert w.sum() == pytest.approx(years[18:].sum(), rel=1e-12)
    assert w[~known].tolist() == pytest.approx([years[18:].sum() / len(responses)] * 2)


def test_sparse_groups_merge_with_the_smaller_neighbour() -> None:
    inhabitants = np.full(len(AGE_BANDS), 100.0)
    # 15-24 has one respondent, fewer than min_cell 3: it joins 25-44 (its only neighbour)
    counts = {"15-24": 1, "25-44": 5, "45-64": 4, "65-74": 3, "75+": 6}
    cells, covered = age_cells(counts, inhabitants, min_cell=3)
    assert [groups for groups, _ in cells] == [["15-24", "25-44"], ["45-64"], ["65-74"], ["75+"]]
    years = _by_year(inhabitants)
    assert cells[0][1] == pytest.approx(years[15:45].sum())
    assert covered == pytest.approx(years[15:].sum())


def test_overlapping_groups_and_gaps() -> None:
    inhabitants = np.full(len(AGE_BANDS), 50.0)
    # two exports in one village: 15-24 (survey groups) overlaps 20-24 (CBS band); 45-64
    # is asked by nobody, so it is merged with a neighbour and stays inside the covered ages
    counts = {"15-24": 2, "20-24": 1, "25-44": 3, "65+": 2}
    cells, covered = age_cells(counts, inhabitants)
    flat = [g for groups, _ in cells for g in groups]
    assert sorted(flat) == sorted(counts)
    assert any(set(groups) == {"15-24", "20-24"} for groups, _ in cells)
    assert sum(p for _, p in cells) == pytest.approx(covered)
    assert covered == pytest.approx(_by_year(inhabitants)[15:].sum())
