"""Recognising personal data in respondent ids before anything is written.

The pseudonym itself is made by planning.store.pseudonyms (its salt lives in the store).
"""

from __future__ import annotations

import re

import pandas as pd

from planning.store.pseudonyms import looks_personal

_EITHER = re.compile(r"^\s*(?:[^@\s]+@[^@\s]+\.[^@\s]+|\+?[\d\s().-]{8,20})\s*$")


def personal_mask(ids: pd.Series) -> pd.Series:
    """``looks_personal`` over a column of ids (None = not personal): one regex pass."""
    match = _EITHER.match
    flags = [
        isinstance(x, str) and match(x) is not None and looks_personal(x) for x in ids.tolist()
    ]
    return pd.Series(flags, index=ids.index, dtype=bool)
