"""Did-you-mean: the closest known name to one a person wrote nearly right.

One helper for every reader, setting and screen that names a near-miss (a header, a kern,
a theme code, a scenario), so they all suggest alike."""

from __future__ import annotations

import difflib

from planning.io.tables import normalize_header


def suggest(value: str, candidates: list[str] | set[str]) -> str | None:
    """The closest candidate to a near-miss, comparing case- and dash-insensitively."""

    def norm(x: str) -> str:
        return normalize_header(x).replace("_", "")

    lookup: dict[str, str] = {}
    for c in candidates:
        lookup.setdefault(norm(c), c)
    key = norm(value)
    if key in lookup:
        return lookup[key]
    match = difflib.get_close_matches(key, list(lookup), n=1, cutoff=near_miss_cutoff(key))
    return lookup[match[0]] if match else None


def near_miss_cutoff(key: str) -> float:
    """How alike (difflib's ratio) a candidate must be to be suggested for ``key``.

    0.75 in general; one typing error in a three-letter id ("eex" for "een") leaves a ratio
    of 2/3, so a short key is allowed that one error. Shorter keys get no such allowance
    (one letter of two would suggest nearly anything)."""
    return min(0.75, (len(key) - 1) / len(key)) if len(key) >= 3 else 0.75
