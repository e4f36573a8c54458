"""The section "Wat is er terechtgekomen van het vorige plan" of a later plan.

What the earlier plan was made from, each of its actions and commitments with the state
staff recorded, the indicators since then against their targets, and (when the survey can
compare rounds) the needs that changed. A kern's first plan has no such section: the
builder returns None and the payload leaves it out.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from planning.i18n import fmt_date, fmt_int, fmt_num, text
from planning.report.format import Block, heading, missing, note, para, period, table, trekker
from planning.survey.suppression import SMALL_CELL, SUPPRESSED

if TYPE_CHECKING:
    from planning.plan.previous import EarlierPlan
    from planning.plan.village_plan import VillagePlan


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
    counts = {s: 0 for s in ("done", "running", "stopped", "not_started", None)}
    rows, emphasis = [], []
    for rec in items.to_dict("records"):
        state = rec["state"] if rec["state"] in counts else None
        counts[state] += 1
        what = rec["item"] if rec["kind"] == "action" else rec["description"] or rec["item"]
        rows.append(
            [
                text(f"earlier.kind.{rec['kind']}", lang),
                str(what),
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
    if unit != "%" and value < SMALL_CELL:
        return SUPPRESSED
    return fmt_num(value, 0 if float(value).is_integer() else 1, lang)


def _indicators(found: EarlierPlan, lang: str) -> list[Block]:
    since = fmt_date(found.record.made_on, lang)
    title = heading(text("earlier.indicators", lang, date=since))
    frame = found.indicators
    if frame.empty:
        return [title, note(text("earlier.no_observations", lang, date=since))]
    rows, emphasis = [], []
    for r in frame.to_dict("records"):
        unit = str(r["unit"] or "")
        name = f"{r['label']} ({unit})" if unit else str(r["label"])
        target = "–" if missing(r["target"]) else _figure(float(r["target"]), "%", lang)
        towards = r["towards"]
        moved = "earlier.same" if towards is None else f"earlier.{'towards' if towards else 'away'}"
        rows.append(
            [
                name,
                f"{_figure(r['then_value'], unit, lang)} ({r['then_period']})",
                f"{_figure(r['now_value'], unit, lang)} ({r['now_period']})",
                f"{target} ({r['target_year']})",
                text(moved, lang),
            ]
        )
        emphasis.append("gap" if towards is False else "")
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
