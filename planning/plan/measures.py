"""The measures a map of every kern can be coloured by (``planning export --overview
--measure``): each a numeric column of the council's overview (planning.plan.council).
Kept apart, without pandas, so the command's help lists them at once."""

from __future__ import annotations

MEASURES: tuple[str, ...] = (
    "growth_75",
    "share_75_later",
    "walk_share",
    "robust_gaps",
    "plan_age",
    "lapsing",
    "inhabitants_now",
    "change",
)
DEFAULT_MEASURE = "growth_75"
