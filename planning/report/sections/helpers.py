"""Small helpers every plan section shares: the missing-part notes, thresholds, and
facility and action kinds in words (the XLSX uses the last two as well)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from planning.i18n import CATALOGUE, fmt_int, text
from planning.report.format import (
    Block,
    count,
    note,
)

if TYPE_CHECKING:
    from planning.plan.village_plan import VillagePlan


def notes(plan: VillagePlan, *keys: str) -> list[Block]:
    """The sentences from ``plan.notes`` saying why a part is missing, in order."""
    return [note(plan.notes[k]) for k in keys if k in plan.notes]


def forced_notice(plan: VillagePlan) -> str:
    """The warning a plan made with --ondanks-fouten carries (empty for a sound workspace):
    readers must know its figures come from tables that failed their check."""
    if not plan.workspace_problems:
        return ""
    return text("fault.forced", plan.lang, count=fmt_int(plan.workspace_problems, plan.lang))


def quotes_reviewed(plan: VillagePlan) -> str:
    """'Citaten zijn door medewerkers van … beoordeeld': how many quotes residents released,
    how many staff approved and how many the plan prints (counts under 5 as "<5")."""
    review, lang = plan.quote_review, plan.lang
    return text(
        "method.quotes",
        lang,
        organisation=plan.workspace_name,
        released=count(review.get("released", 0), lang),
        approved=count(review.get("approved", 0), lang),
        shown=fmt_int(review.get("shown", 0), lang),
    )


def no_quotes(plan: VillagePlan) -> str:
    """Why the plan prints no quote: none released, or none approved yet."""
    key = "res.no_approved_quotes" if plan.quote_review.get("released") else "res.no_quotes"
    return text(key, plan.lang)


def kind_name(kind: str, lang: str) -> str:
    """A facility kind in words (village_hall -> dorpshuis); unknown kinds as written."""

    key = f"kind.{kind}"
    return text(key, lang) if key in CATALOGUE else kind.replace("_", " ")


def action_kind(kind: str, lang: str) -> str:
    """An action kind in words (partnership -> samenwerking)."""
    key = f"akind.{kind}"
    return text(key, lang) if key in CATALOGUE else kind


def meeting_places(plan: VillagePlan) -> int | None:
    """How many facilities serve as a meeting place; None when qualities are unknown."""
    if "meeting_place" not in plan.facilities:
        return None
    return int(plan.facilities["meeting_place"].fillna(False).astype(bool).sum())


def threshold(plan: VillagePlan, key: str, default: float) -> float:
    """A threshold the plan was made with (the workspace default when it lacks one)."""
    return float(plan.thresholds.get(key, default))


def population_source(plan: VillagePlan) -> str:
    """Where the plan's inhabitants come from and on which date ("Bron: BRP gemeente
    Westerveld, 1 januari 2025"); a plan made without that line falls back to CBS."""
    if plan.population_source:
        return plan.population_source
    return text("method.cbs", plan.lang, year=plan.data_year or plan.base_year)
