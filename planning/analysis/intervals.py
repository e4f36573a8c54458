"""Wilson score intervals for survey shares, on the effective sample size.

A share of 0 of 8 respondents does not mean "nobody, give or take nothing": the
normal-approximation margin (``planning.survey.needs``) is zero there, and too
narrow for every small or extreme share. The Wilson interval stays inside 0..1
and is honest at the edges (0 of 8: 0% to 32%). Weighting makes a sample of n
worth less; the interval is taken on Kish's effective sample size ``n_eff``.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from planning.survey.needs import Z95


def wilson(
    share: np.ndarray | float, n: np.ndarray | float, z: float = Z95
) -> tuple[np.ndarray, np.ndarray]:
    """(low, high) of the Wilson score interval for ``share`` out of ``n`` (arrays welcome).

    The closed form of Wilson (1927); for whole ``n`` it equals
    ``scipy.stats.binomtest(k, n).proportion_ci(method="wilson")`` (the tests check).
    NaN where ``n`` is missing or not positive.
    """
    p = np.asarray(share, dtype=float)
    m = np.asarray(n, dtype=float)
    with np.errstate(divide="ignore", invalid="ignore"):
        z2n = np.where(m > 0, z * z / m, np.nan)
        centre = (p + z2n / 2) / (1 + z2n)
        half = z / (1 + z2n) * np.sqrt(p * (1 - p) / m + z2n / (4 * m))
    return np.clip(centre - half, 0.0, 1.0), np.clip(centre + half, 0.0, 1.0)


def with_intervals(needs: pd.DataFrame) -> pd.DataFrame:
    """The needs table with ``low`` and ``high``: the 95% Wilson interval of each share."""
    if needs.empty or "n_eff" not in needs:
        return needs.assign(low=pd.Series(dtype=float), high=pd.Series(dtype=float))
    low, high = wilson(needs["share"].to_numpy(float), needs["n_eff"].to_numpy(float))
    return needs.assign(low=low, high=high)
