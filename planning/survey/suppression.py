"""Small-cell suppression for every table meant for publication.

A count under 5 can point at a person in a village of 90 inhabitants
("the one respondent aged 80-84 who is lonely"), so published tables show
such counts as "<5" and blank every figure computed from them (a share of
2 out of 3 gives the count away). Row-level and personal columns are
dropped outright.
"""

from __future__ import annotations

from collections.abc import Mapping

import numpy as np
import pandas as pd

#: counts under this are published as "<5" (the one home of the small-cell threshold)
SMALL_CELL = 5
SUPPRESSED = "<5"
#: count column -> the columns computed from it (blanked when the count is suppressed)
DERIVED: dict[str, tuple[str, ...]] = {
    "respondents": (
        "share",
        "importance_mean",
        "n_eff",
        "margin",
        "share_respondents",
        "difference",
        "weight",
    ),
    "naming": ("share", "margin"),
    "volunteers": ("share_volunteers",),
    "count": ("share",),
}
#: never in a publishable table: personal data and row-level identifiers
PRIVATE_COLUMNS: tuple[str, ...] = (
    "respondent_id",
    "name",
    "phone",
    "email",
    "address",
    "need_3y",
    "need_5y",
    "need_10y",
)


def publishable(
    frame: pd.DataFrame,
    derived: Mapping[str, tuple[str, ...]] | None = None,
    min_count: int = SMALL_CELL,
) -> pd.DataFrame:
    """A copy fit for publication: counts under ``min_count`` -> "<5", their shares blanked.

    Count columns are those named in ``derived`` (default: respondents, naming,
    volunteers, count) that the frame has. Personal and row-level columns
    (respondent ids, names, phone numbers, free text) are dropped.
    """
    rules = dict(DERIVED if derived is None else derived)
    out = frame.drop(columns=[c for c in PRIVATE_COLUMNS if c in frame.columns]).copy()
    small: dict[str, np.ndarray] = {}
    for count in rules:
        if count in out.columns:
            values = pd.to_numeric(out[count], errors="coerce")
            small[count] = (values < min_count).fillna(False).to_numpy()
    for count, mask in small.items():
        for column in rules[count]:
            if column in out.columns and mask.any():
                out[column] = out[column].astype(float).where(~mask)
    for count, mask in small.items():
        if mask.any():
            out[count] = out[count].astype(object).where(~mask, SUPPRESSED)
    return out
