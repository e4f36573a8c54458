"""What goes into the village plan's workbook: one Sheet (typed columns and a frame)
per table of the plan. planning.report.xlsx turns these into cells and bytes."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import pandas as pd

from planning.i18n import label, text
from planning.report.round_change import sheet_frame
from planning.report.section_helpers import (
    action_kind,
    kind_name,
    no_quotes,
    population_source,
    quotes_reviewed,
)
from planning.workspace.codes import MATCH_OUTCOMES

if TYPE_CHECKING:
    from planning.plan.village_plan import VillagePlan


@dataclass
class Column:
    key: str
    header: str
    kind: str = "text"  # text | int | count | share | money | year | bool | float
    width: float = 14


@dataclass
class Sheet:
    title: str
    columns: list[Column]
    frame: pd.DataFrame
    note: str | None = None


def _cols(lang: str, *spec: tuple[str, str, str, float]) -> list[Column]:
    return [
        Column(key, text(head, lang) if head else key, kind, width)
        for key, head, kind, width in spec
    ]


def sheets(plan: VillagePlan) -> list[Sheet]:
    """The plan's tables, in the order of the PDF."""
    lang = plan.lang
    theme = plan.theme_labels
    out: list[Sheet] = []
    pop_cols = [Column("age_band", text("age", lang), "text", 10)] + [
        Column(col, name, "count", 16) for col, name in plan.population_series
    ]
    pop_note = " ".join(n for n in (plan.population_source, plan.notes.get("projection")) if n)
    out.append(Sheet(text("sec.village", lang), pop_cols, plan.population, pop_note or None))
    needs = (
        plan.needs.assign(theme=plan.needs["theme"].map(lambda t: theme.get(t, t)))
        if not plan.needs.empty
        else plan.needs
    )
    out.append(
        Sheet(
            text("res.needs", lang)[:31],
            _cols(
                lang,
                ("theme", "theme", "text", 34),
                ("horizon", "horizon_years", "int", 10),
                ("respondents", "respondents", "count", 12),
                ("naming", "naming", "count", 10),
                ("share", "share", "share", 10),
                ("low", "ci_low", "share", 14),
                ("high", "ci_high", "share", 10),
                ("indicative", "indicative", "bool", 11),
            ),
            needs,
            plan.notes.get("residents"),
        )
    )
    channels = plan.channels.assign(
        channel=[label(f"channel.{c}", lang) for c in plan.channels["channel"]]
    )
    out.append(
        Sheet(
            text("res.channels", lang)[:31],
            _cols(
                lang,
                ("channel", "channel", "text", 18),
                ("respondents", "respondents", "count", 12),
            ),
            channels,
            plan.notes.get("residents"),
        )
    )
    out.append(
        Sheet(
            text("res.reach", lang)[:31],
            _cols(
                lang,
                ("group", "group", "text", 18),
                ("respondents", "respondents", "count", 12),
                ("share_respondents", "share_respondents", "share", 18),
                ("share_inhabitants", "share_inhabitants", "share", 18),
            ),
            plan.reach,
            plan.notes.get("residents"),
        )
    )
    quotes = pd.DataFrame(plan.quotes, columns=["horizon", "text"])
    out.append(
        Sheet(
            text("res.quotes", lang)[:31],
            _cols(
                lang, ("horizon", "horizon_years", "int", 10), ("text", "res.quotes", "text", 90)
            ),
            quotes,
            None if plan.quotes else no_quotes(plan),
        )
    )
    change = round_change_sheet(plan)
    if change is not None:  # only with two survey rounds
        out.append(change)
    facilities = plan.facilities.assign(
        kind=[kind_name(str(k), lang) for k in plan.facilities.get("kind", [])]
    )
    out.append(
        Sheet(
            text("sec.facilities", lang),
            _cols(
                lang,
                ("facility_id", "id", "text", 26),
                ("name", "name", "text", 30),
                ("kind", "kind", "text", 16),
                ("accessible", "accessible", "bool", 12),
                ("low_threshold", "low_threshold", "bool", 13),
                ("meeting_place", "meeting_place", "bool", 15),
                ("reason", "reason", "text", 60),
            ),
            facilities,
            plan.notes.get("facilities") or plan.notes.get("qualities"),
        )
    )
    out.append(
        Sheet(
            text("fac.coverage", lang)[:31],
            _cols(
                lang,
                ("situation", "situation", "text", 14),
                ("mean_distance_m", "mean_distance", "float", 18),
                ("share_within_walk", "walk", "share", 16),
                ("share_within_cycle", "cycle", "share", 16),
            ),
            pd.DataFrame(plan.coverage),
            plan.notes.get("coverage"),
        )
    )
    out.append(
        Sheet(
            text("match.table", lang)[:31],
            _cols(
                lang,
                ("theme", "theme", "text", 30),
                *(
                    (c, f"outcome.{c}", "count", 12)
                    for c in ("matches", *MATCH_OUTCOMES)
                    if c in plan.matches
                ),
            ),
            plan.matches.assign(theme=plan.matches["theme"].map(lambda t: theme.get(t, t)))
            if not plan.matches.empty
            else plan.matches,
            plan.notes.get("matching"),
        )
    )
    gaps = (
        plan.gaps.assign(
            theme=plan.gaps["theme"].map(lambda t: theme.get(t, t)),
            verdict=plan.gaps["verdict"].map(lambda v: _verdict(v, lang)),
        )
        if not plan.gaps.empty
        else plan.gaps
    )
    out.append(
        Sheet(
            text("gaps.title", lang)[:31],
            _cols(
                lang,
                ("horizon", "horizon_years", "int", 10),
                ("year", "year", "year", 8),
                ("theme", "theme", "text", 34),
                ("demand", "demand", "float", 10),
                ("supply", "supply", "float", 10),
                ("coverage", "coverage", "share", 10),
                ("gap", "gap", "bool", 8),
                ("verdict", "verdict", "text", 30),
            ),
            gaps,
            plan.notes.get("gaps"),
        )
    )
    actions = (
        plan.actions.assign(
            themes=plan.actions["themes"].map(lambda ts: ", ".join(theme.get(t, t) for t in ts)),
            kind=[action_kind(str(k), lang) for k in plan.actions["kind"]],
        )
        if "themes" in plan.actions
        else plan.actions
    )
    out.append(
        Sheet(
            text("plan.actions", lang),
            _cols(
                lang,
                ("title", "title_col", "text", 40),
                ("kind", "kind", "text", 14),
                ("themes", "theme", "text", 30),
                ("partner", "partner", "text", 28),
                ("start_year", "start_year", "year", 10),
                ("end_year", "end_year", "year", 10),
                ("one_off_cost", "cost_once", "money", 12),
                ("yearly_cost", "cost_year", "money", 12),
                ("reach_per_week", "reach", "int", 12),
            ),
            actions,
            plan.notes.get("plan"),
        )
    )
    out.append(
        Sheet(
            text("plan.commitments", lang)[:31],
            _cols(
                lang,
                ("commitment_id", "id", "text", 12),
                ("partner", "partner", "text", 30),
                ("description", "title_col", "text", 50),
                ("start_year", "start_year", "year", 10),
                ("end_year", "end_year", "year", 10),
                ("hours_per_year", "hours", "int", 12),
                ("budget_per_year", "budget", "money", 12),
            ),
            plan.commitments,
            plan.notes.get("commitments"),
        )
    )
    out.append(
        Sheet(
            text("plan.effect", lang)[:31],
            [
                Column(c, text("horizon_years" if c == "horizon" else c, lang), _effect_kind(c), 16)
                for c in plan.effect.columns
            ]
            or _cols(lang, ("horizon", "horizon_years", "int", 10)),
            plan.effect,
            plan.notes.get("effect") or plan.notes.get("plan"),
        )
    )
    out.append(
        Sheet(
            text("sec.monitoring", lang),
            _cols(
                lang,
                ("indicator", "indicator", "text", 50),
                ("horizon", "horizon_years", "int", 10),
                ("year", "year", "year", 8),
                ("target_value", "target", "float", 12),
                ("observed_value", "observed", "float", 12),
                ("observed_period", "period", "text", 12),
            ),
            plan.monitoring,
            plan.notes.get("monitoring"),
        )
    )
    sources = pd.DataFrame(
        {
            "text": [
                population_source(plan),
                *plan.sources.values(),
                *([quotes_reviewed(plan)] if plan.quote_review.get("released") else []),
            ]
        }
    )
    out.append(
        Sheet(
            text("method.sources", lang),
            _cols(lang, ("text", "method.sources", "text", 110)),
            sources,
        )
    )
    return out


def _effect_kind(column: str) -> str:
    if column.startswith(("walk", "share")):
        return "share"
    if column.startswith("cost"):
        return "money"
    if column in ("horizon",):
        return "int"
    if column == "year":
        return "year"
    return "float"


def _verdict(value: Any, lang: str) -> Any:
    """The robust/assumption-dependent verdict in words; "<5" and blanks as they are."""
    if (isinstance(value, str) and value.startswith("robust")) or value == "depends":
        return text(f"verdict.{value}", lang)
    return value


#: the comparison sheet's columns: key, kind, width (headers name the rounds)
_ROUND_COLUMNS = (
    ("theme", "text", 34),
    ("horizon", "int", 10),
    ("naming_earlier", "count", 14),
    ("share_earlier", "share", 14),
    ("n_eff_earlier", "float", 16),
    ("naming_later", "count", 14),
    ("share_later", "share", 14),
    ("n_eff_later", "float", 16),
    ("change_points", "float", 16),
    ("verdict", "text", 34),
)


def round_change_sheet(plan: VillagePlan) -> Sheet | None:
    """The change between the kern's two survey rounds, suppressed per round; None with one."""
    made = sheet_frame(plan)
    if made is None:
        return None
    frame, headers = made
    columns = [Column(key, headers[key], kind, width) for key, kind, width in _ROUND_COLUMNS]
    return Sheet(text("rounds.sheet", plan.lang), columns, frame, text("rounds.test", plan.lang))
