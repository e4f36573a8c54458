"""The year cells the timeline's text alternative reads: a year, or an open end.

Why: the cells come from frames with numbers, text, nullable integers and blanks; each
kind must give the year the chart draws, and every kind of blank an open end.
"""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from planning.report.alt_text import _year


@pytest.mark.parametrize(
    ("cell", "year"),
    [
        (2027, 2027),
        (2027.0, 2027),
        (np.int64(2030), 2030),
        (np.float64(2031.0), 2031),
        ("2028", 2028),
        (" 2029 ", 2029),
        ("2032.0", 2032),
    ],
)
def test_a_year_in_any_form_is_read(cell: object, year: int) -> None:
    assert _year(cell) == year


@pytest.mark.parametrize("cell", [None, float("nan"), np.float64("nan"), pd.NA, pd.NaT, "", "  "])
def test_every_blank_is_an_open_end(cell: object) -> None:
    assert _year(cell) is None


def test_a_nullable_integer_column_gives_years_and_open_ends() -> None:
    column = pd.Series([2027, None], dtype="Int64")
    assert [_year(v) for v in column] == [2027, None]
