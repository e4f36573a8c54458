"""Two survey rounds of one kern side by side: the change per theme and horizon, and a verdict.

A share that moves from 18% to 24% between two rounds of 80 respondents may be
noise. The verdict is a stated test, the same for every row: the two-proportion
z-test on Kish's effective sample sizes (the weighting makes a round of n
answers worth ``n_eff``), pooled under "no change", two-sided at 95%::

    p  = (p1 * n1 + p2 * n2) / (n1 + n2)          n1, n2: effective n of each round
    se = sqrt(p * (1 - p) * (1 / n1 + 1 / n2))
    z  = (p2 - p1) / se;  |z| > 1.96: larger than the margins allow

Both rounds are weighted to the same population figures (the latest year of
``population.csv``), so a change reflects what residents said, not a shift in
the weights. Suppression holds per round: when either round has fewer than 5
respondents, or fewer than 5 of them name the theme, the shares of that round,
the change and the test are not published and the verdict is "too few answers".
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

import numpy as np
import pandas as pd
from numpy.typing import ArrayLike

from planning.survey.needs import INDICATIVE_BELOW, Z95, needs
from planning.survey.rounds import rounds_of_village, unassigned
from planning.survey.suppression import SMALL_CELL, publishable

if TYPE_CHECKING:
    from planning.workspace.folder import Workspace

LARGER = "larger"
WITHIN = "within"
TOO_FEW = "too_few"
VERDICTS = (LARGER, WITHIN, TOO_FEW)
COMPARE_COLUMNS: tuple[str, ...] = (
    "village_id",
    "theme",
    "horizon",
    "respondents_earlier",
    "respondents_later",
    "naming_earlier",
    "naming_later",
    "share_earlier",
    "share_later",
    "n_eff_earlier",
    "n_eff_later",
    "change",
    "z",
    "verdict",
    "indicative",
)
#: what each count of a round blanks when it is under 5 (``publishable``'s rule, per round)
DERIVED_PER_ROUND: dict[str, tuple[str, ...]] = {
    "respondents_earlier": ("share_earlier", "n_eff_earlier", "change", "z"),
    "respondents_later": ("share_later", "n_eff_later", "change", "z"),
    "naming_earlier": ("share_earlier", "change", "z"),
    "naming_later": ("share_later", "change", "z"),
}


@dataclass(frozen=True)
class RoundComparison:
    """The kern's two latest rounds compared; ``rounds`` lists every round, oldest first."""

    village_id: str
    rounds: tuple[str, ...]
    table: pd.DataFrame  # COMPARE_COLUMNS, not suppressed
    unassigned: int = 0  # answers without round or date, in neither round

    @property
    def compared(self) -> tuple[str, str] | None:
        """(earlier, later): the two rounds compared, or None with fewer than two."""
        return (self.rounds[-2], self.rounds[-1]) if len(self.rounds) >= 2 else None

    def publishable(self) -> pd.DataFrame:
        """The table fit to publish: counts under 5 per round as "<5", their figures blank."""
        return publishable(self.table, derived=DERIVED_PER_ROUND)


def z_statistic(p1: ArrayLike, n1: ArrayLike, p2: ArrayLike, n2: ArrayLike) -> np.ndarray:
    """The pooled two-proportion z of the change p1 -> p2 on effective sizes (NaN: undefined)."""
    p1, n1, p2, n2 = (np.asarray(a, dtype=float) for a in (p1, n1, p2, n2))
    with np.errstate(divide="ignore", invalid="ignore"):
        pooled = (p1 * n1 + p2 * n2) / (n1 + n2)
        se = np.sqrt(pooled * (1 - pooled) * (1 / n1 + 1 / n2))
        return np.where(se > 0, (p2 - p1) / se, np.nan)


def verdicts(frame: pd.DataFrame) -> np.ndarray:
    """LARGER / WITHIN / TOO_FEW per row of a comparison (the module's test)."""
    counts = frame[["respondents_earlier", "respondents_later", "naming_earlier", "naming_later"]]
    small = (counts.fillna(0).to_numpy(float) < SMALL_CELL).any(axis=1)
    z = frame["z"].to_numpy(float)
    out = np.where(np.abs(z) > Z95, LARGER, WITHIN).astype(object)
    out[small | np.isnan(z)] = TOO_FEW
    return out


def compare_frames(earlier: pd.DataFrame, later: pd.DataFrame) -> pd.DataFrame:
    """Two needs tables (one kern, one round each) joined, with change, z and verdict."""
    keys = ["village_id", "theme", "horizon"]
    cols = ["respondents", "naming", "share", "n_eff"]
    both = earlier[keys + cols].merge(
        later[keys + cols], on=keys, how="outer", suffixes=("_earlier", "_later")
    )
    both["change"] = both["share_later"] - both["share_earlier"]
    both["z"] = z_statistic(
        both["share_earlier"], both["n_eff_earlier"], both["share_later"], both["n_eff_later"]
    )
    both["verdict"] = verdicts(both)
    fewest = both[["respondents_earlier", "respondents_later"]].fillna(0).min(axis=1)
    both["indicative"] = fewest < INDICATIVE_BELOW
    return both[list(COMPARE_COLUMNS)]


def compare_rounds(ws: Workspace, village_id: str) -> RoundComparison:
    """The kern's two latest rounds side by side (an empty table with fewer than two)."""
    village_id = str(ws.village(village_id)["village_id"])
    rounds = tuple(str(r) for r in rounds_of_village(ws, village_id)["round"])
    loose = unassigned(ws, village_id)
    if len(rounds) < 2:
        empty = pd.DataFrame(columns=list(COMPARE_COLUMNS))
        return RoundComparison(village_id, rounds, empty, loose)
    earlier = needs(ws, village_id, round_label=rounds[-2])
    later = needs(ws, village_id, round_label=rounds[-1])
    table = compare_frames(earlier, later)
    order = {t: i for i, t in enumerate(ws.settings.themes)}
    table = table.sort_values(
        ["theme", "horizon"], key=lambda s: s.map(order) if s.name == "theme" else s
    )
    return RoundComparison(village_id, rounds, table.reset_index(drop=True), loose)
