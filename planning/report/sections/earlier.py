"""The section "Wat is er terechtgekomen van het vorige plan" of a later plan.

What the earlier plan was made from, each of its actions and commitments with the state
staff recorded, the indicators since then against their targets, and (when the survey can
compare rounds) the needs that changed. A kern's first plan has no such section: the
builder returns None and the payload leaves it out.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from planning.i18n import fmt_date, fmt_int, fmt_num, text
from planning.report.format import Block, heading, missing, note, para, period, table, trekker
from planning.survey.suppression import SMALL_CELL, SUPPRESSED

if TYPE_CHECKING:
    from planning.plan.previous import EarlierPlan
    from planning.plan.village_plan import VillagePlan


#: the states staff record for an item of an earlier plan
STATES = ("done", "running", "stopped", "not_started")


def recorded(state: Any) -> str | None:
    """An item's state as recorded, None where nobody recorded one (or something unknown)."""
    return state if state in STATES else None


def item_text(rec: Mapping[Any, Any]) -> str:
    """What an item is: an action's title, a commitment's description (else its id)."""
    return str(rec["item"] if rec["kind"] == "action" else rec["description"] or rec["item"])


def indicator_name(rec: Mapping[Any, Any]) -> str:
    """An indicator with its unit: "Bezoekers ontmoetingsplekken (bezoeken per maand)"."""
    unit = str(rec["unit"] or "")
    return f"{rec['label']} ({unit})" if unit else str(rec["label"])


def shown_figure(value: float, unit: str) -> float | str:
    """A figure as it may be published: a count under five is "<5" (a share is no count)."""
    return SUPPRESSED if unit != "%" and value < SMALL_CELL else value


def direction(towards: bool | None, lang: str) -> str:
    """Where an indicator moved since the earlier plan, in words."""
    return text(
        "earlier.same" if towards is None else f"earlier.{'towards' if towards else 'away'}", lang
    )


def state_word(state: Any, lang: str) -> str:
    """A recorded state in words; an item nobody recorded reads "niet vastgelegd"."""
    return text("state.unknown" if missing(state) or not state else f"state.{state}", lang)


def earlier(plan: VillagePlan) -> list[Block] | None:
    found: EarlierPlan | None = plan.earlier
    if found is None:
        return None
    lang, rec = plan.lang, found.record
    blocks = [
        para(
            text(
                "earlier.intro",
                lang,
                number=rec.number,
                date=fmt_date(rec.made_on, lang),
                scenario=rec.scenario or text("no_scenario", lang),
                version=rec.scenario_version or "–",
                round=rec.survey_round or "–",
                source=rec.population_source or "–",
            )
        )
    ]
    if rec.generated:
        blocks.append(note(text("earlier.generated", lang)))
    blocks += _items(found, lang)
    blocks += _indicators(found, lang)
    blocks += _needs(found, plan)
    return blocks


def _items(found: EarlierPlan, lang: str) -> list[Block]:
    items = found.items
    if items.empty:
        return [note(text("earlier.no_items", lang))]
    counts: dict[str | None, int] = {s: 0 for s in (*STATES, None)}
    rows, emphasis = [], []
    for rec in items.to_dict("records"):
        state = recorded(rec["state"])
        counts[state] += 1
        rows.append(
            [
                text(f"earlier.kind.{rec['kind']}", lang),
                item_text(rec),
                trekker(rec["partner"], lang),
                period(rec["start_year"], rec["end_year"], lang),
                state_word(state, lang),
            ]
        )
        emphasis.append("gap" if state in ("stopped", "not_started") else "")
    summary = text(
        "earlier.counts",
        lang,
        total=fmt_int(len(items), lang),
        done=fmt_int(counts["done"], lang),
        running=fmt_int(counts["running"], lang),
        stopped=fmt_int(counts["stopped"], lang),
        not_started=fmt_int(counts["not_started"], lang),
        unknown=fmt_int(counts[None], lang),
    )
    heads = [text(f"earlier.col.{c}", lang) for c in ("kind", "what", "partner", "period", "state")]
    return [
        heading(text("earlier.items", lang)),
        para(summary),
        table(heads, rows, [1.1, 3.6, 1.8, 1.1, 1.2], "lllll", emphasis=emphasis),
    ]


def _figure(value: float, unit: str, lang: str) -> str:
    """A count under five is "<5" (a share is not a count)."""
    shown = shown_figure(value, unit)
    if isinstance(shown, str):
        return shown
    return fmt_num(shown, 0 if float(shown).is_integer() else 1, lang)


def _indicators(found: EarlierPlan, lang: str) -> list[Block]:
    since = fmt_date(found.record.made_on, lang)
    title = heading(text("earlier.indicators", lang, date=since))
    frame = found.indicators
    if frame.empty:
        return [title, note(text("earlier.no_observations", lang, date=since))]
    rows, emphasis = [], []
    for r in frame.to_dict("records"):
        unit = str(r["unit"] or "")
        target = "–" if missing(r["target"]) else _figure(float(r["target"]), "%", lang)
        rows.append(
            [
                indicator_name(r),
                f"{_figure(r['then_value'], unit, lang)} ({r['then_period']})",
                f"{_figure(r['now_value'], unit, lang)} ({r['now_period']})",
                f"{target} ({r['target_year']})",
                direction(r["towards"], lang),
            ]
        )
        emphasis.append("gap" if r["towards"] is False else "")
    heads = [
        text(f"earlier.col.{c}", lang) for c in ("indicator", "then", "now", "target", "moved")
    ]
    return [title, table(heads, rows, [3, 1.5, 1.5, 1.3, 1.5], "lrrrl", emphasis=emphasis)]


def _needs(found: EarlierPlan, plan: VillagePlan) -> list[Block]:
    """The needs that changed between rounds: nothing at all while no comparison exists."""
    frame = found.needs_changed
    if frame is None or frame.empty:
        return []
    lang = plan.lang
    rows = [
        [
            plan.theme_labels.get(str(r["theme"]), str(r["theme"])),
            text("horizon_short", lang, h=r["horizon"]),
            str(r["then"]),
            str(r["now"]),
            str(r["change"]),
            str(r["verdict"]),
        ]
        for r in frame.to_dict("records")
    ]
    heads = [text(f"earlier.col.{c}", lang) for c in ("theme", "horizon", "then", "now")]
    heads += [text("earlier.col.change", lang), text("earlier.col.verdict", lang)]
    return [
        heading(text("earlier.needs", lang)),
        table(heads, rows, [2.2, 0.9, 0.8, 0.8, 1.6, 2], "llrrrl"),
    ]
