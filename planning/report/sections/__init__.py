"""The plan's sections in their order: one module per section (``people``, ``plan``,
``earlier``; the change between rounds in ``report.round_change``), one builder each:
VillagePlan -> blocks (see payload.py); what they share is in ``helpers``.

A builder always returns at least one block: when its part is missing, the
sentence from ``plan.notes`` says why. An optional section (the change between two
survey rounds) returns None when the plan has nothing for it, and is left out.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from planning.report.format import Block
from planning.report.round_change import section as round_change_section
from planning.report.sections.earlier import earlier
from planning.report.sections.people import facilities, residents, summary, village
from planning.report.sections.plan import (
    matching,
    method,
    monitoring,
    plan_section,
)

if TYPE_CHECKING:
    from planning.plan.village_plan import VillagePlan

__all__ = ["BUILDERS", "SHARE_PAGE"]

#: short sections that follow the previous one on the same page
SHARE_PAGE: frozenset[str] = frozenset({"monitoring"})

#: a builder returning None (the earlier plan of a first plan) leaves its section out
BUILDERS: tuple[tuple[str, Callable[[VillagePlan], list[Block] | None]], ...] = (
    ("summary", summary),
    ("earlier", earlier),
    ("village", village),
    ("residents", residents),
    ("round_change", round_change_section),  # only with two survey rounds
    ("facilities", facilities),
    ("matching", matching),
    ("plan", plan_section),
    ("monitoring", monitoring),
    ("method", method),
)
