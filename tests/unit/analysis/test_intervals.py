"""Wilson intervals against scipy's own, and honest at the edges."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest
from scipy.stats import binomtest

from planning.analysis.intervals import wilson, with_intervals


@pytest.mark.parametrize(("k", "n"), [(0, 8), (1, 8), (4, 8), (8, 8), (3, 50), (27, 120)])
def test_wilson_equals_scipy_for_whole_samples(k: int, n: int) -> None:
    expected = binomtest(k, n).proportion_ci(confidence_level=0.95, method="wilson")
    low, high = wilson(k / n, n)
    assert float(low) == pytest.approx(expected.low, abs=1e-6)
    assert float(high) == pytest.approx(expected.high, abs=1e-6)


def test_zero_of_eight_is_not_a_zero_margin() -> None:
    low, high = wilson(0.0, 8)
    assert float(low) == 0.0 and 0.3 < float(high) < 0.33  # 0 of 8: up to 32%


def test_needs_table_gets_intervals_on_n_eff() -> None:
    needs = pd.DataFrame({"share": [0.0, 0.5, np.nan], "n_eff": [6.4, 20.0, np.nan]})
    out = with_intervals(needs)
    assert out.loc[0, "low"] == 0.0 and out.loc[0, "high"] > 0.3
    assert out.loc[1, "low"] < 0.5 < out.loc[1, "high"]
    assert np.isnan(out.loc[2, "low"])
