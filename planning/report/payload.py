"""VillagePlan -> the plain data the Typst template lays out.

Everything is formatted before it reaches Typst (planning.report.format), so the
template only arranges blocks: headings, paragraphs, notes, tables, charts, quotes.
Free text stays a JSON string and Typst shows it as text, never as markup.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, TypedDict

from planning.i18n import fmt_date, label, text
from planning.report import sections
from planning.report.format import Block, count, note
from planning.report.sections.helpers import forced_notice, population_source

if TYPE_CHECKING:
    from planning.plan.village_plan import VillagePlan


# -- sections ------------------------------------------------------------------------------
class Section(TypedDict):
    """One section of the payload as the template reads it."""

    key: str
    title: str
    blocks: list[Block]
    #: starts on a new page (a short section follows the previous one)
    newpage: bool


def to_payload(plan: VillagePlan) -> dict[str, Any]:
    lang = plan.lang
    meta = {
        "village": plan.name,
        "municipality": plan.municipality,
        "title": text("title", lang),
        "subtitle": text("subtitle", lang),
        "date": fmt_date(plan.plan_date, lang),
        "year": plan.plan_date.year,
        "month": plan.plan_date.month,
        "day": plan.plan_date.day,
        "version": plan.version or "1",
        "scenario": plan.scenario or text("no_scenario", lang),
        "generated": plan.generated,
        "demo_notice": text("demo_notice", lang) if plan.generated else "",
        "forced_notice": forced_notice(plan),
        "source": label("source_cbs", lang),
        # the inhabitants with their year, and where they come from on which date
        "population": ""
        if plan.data_year is None
        else text(
            "population.count_year", lang, count=count(plan.inhabitants, lang), year=plan.data_year
        ),
        "population_source": population_source(plan) if plan.data_year is not None else "",
        "labels": {
            "municipality": text("cover.municipality", lang),
            "population": text("cover.population", lang),
            "scenario": text("cover.scenario", lang),
            **{k: text(k, lang) for k in ("date", "version", "page", "contents")},
        },
    }
    built = [(key, builder(plan)) for key, builder in sections.BUILDERS]
    body: list[Section] = [
        {
            "key": key,
            "title": text(f"sec.{key}", lang),
            "blocks": blocks,
            "newpage": key not in sections.SHARE_PAGE,
        }
        for key, blocks in built
        if blocks is not None  # a section that does not apply (no earlier plan) is left out
    ]
    for section in body:
        if not section["blocks"]:  # never an empty section
            section["blocks"] = [note(plan.notes.get(section["key"], text("no_survey", lang)))]
        if _short(section["blocks"]):  # a few sentences: no near-empty page of their own
            section["newpage"] = False
    return {"lang": lang, "meta": meta, "sections": body}


#: a section of at most this many text blocks (no table, chart or list) shares a page
SHORT_SECTION = 4


def _short(blocks: list[Block]) -> bool:
    return len(blocks) <= SHORT_SECTION and all(
        b.get("type") in ("para", "note", "heading") for b in blocks
    )
