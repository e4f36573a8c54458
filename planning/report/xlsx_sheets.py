"""What goes into the village plan's workbook: one Sheet (typed columns and a frame)
per table of the plan. planning.report.xlsx turns these into cells and bytes."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import pandas as pd

from planning.i18n import fmt_date, label, text
from planning.report.format import trekker
from planning.report.round_change import sheet_frame
from planning.report.sections.earlier import (
    direction,
    indicator_name,
    item_text,
    recorded,
    shown_figure,
    state_word,
)
from planning.report.sections.helpers import (
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


#: a column as the specification writes it: (frame column, catalogue key of its header
#: or "" for the column's own name, kind, width)
ColumnSpec = tuple[str, str, str, float]


@dataclass(frozen=True)
class SheetSpec:
    """One sheet of the workbook: its title (a catalogue key), its columns (fixed, or made
    from the plan where the plan decides them), the frame a plan gives it, and its note (the
    first of the plan's notes under ``notes`` that says something)."""

    title: str
    columns: tuple[ColumnSpec, ...] | Callable[[VillagePlan], list[ColumnSpec]]
    frame: Callable[[VillagePlan], pd.DataFrame]
    notes: tuple[str, ...] = ()
    #: what the note says when the plan gives the sheet no rows (a catalogue key, or a
    #: function of the plan where the plan decides the words)
    empty_note: str | Callable[[VillagePlan], str] | None = None
    #: a note made from the plan, put before the plan's own note (the population's source)
    lead_note: Callable[[VillagePlan], str | None] | None = None
    #: whether the plan has this sheet at all (None: always)
    shown: Callable[[VillagePlan], bool] | None = None


def _named(plan: VillagePlan, frame: pd.DataFrame, **columns: str) -> pd.DataFrame:
    """``frame`` with the codes in ``columns`` (column -> what they are: theme, themes,
    channel, kind, action_kind, verdict) said in the plan's language."""
    if frame.empty or any(c not in frame for c in columns):
        return frame
    lang, theme = plan.lang, plan.theme_labels
    say: dict[str, Callable[[Any], Any]] = {
        "theme": lambda t: theme.get(t, t),
        "themes": lambda ts: ", ".join(theme.get(t, t) for t in ts),
        "channel": lambda c: label(f"channel.{c}", lang),
        "kind": lambda k: kind_name(str(k), lang),
        "action_kind": lambda k: action_kind(str(k), lang),
        "verdict": lambda v: _verdict(v, lang),
    }
    return frame.assign(**{c: [say[what](v) for v in frame[c]] for c, what in columns.items()})


def _population_columns(plan: VillagePlan) -> list[ColumnSpec]:
    return [
        ("age_band", "age", "text", 10),
        *((col, f"={name}", "count", 16) for col, name in plan.population_series),
    ]


def _match_columns(plan: VillagePlan) -> list[ColumnSpec]:
    outcomes = [c for c in ("matches", *MATCH_OUTCOMES) if c in plan.matches]
    return [("theme", "theme", "text", 30), *((c, f"outcome.{c}", "count", 12) for c in outcomes)]


def _effect_columns(plan: VillagePlan) -> list[ColumnSpec]:
    return [
        (c, "horizon_years" if c == "horizon" else c, _effect_kind(c), 16)
        for c in plan.effect.columns
    ] or [("horizon", "horizon_years", "int", 10)]


def _quotes(plan: VillagePlan) -> pd.DataFrame:
    return pd.DataFrame(plan.quotes, columns=["horizon", "text"])


def _sources(plan: VillagePlan) -> pd.DataFrame:
    reviewed = [quotes_reviewed(plan)] if plan.quote_review.get("released") else []
    return pd.DataFrame({"text": [population_source(plan), *plan.sources.values(), *reviewed]})


#: the plan's tables, in the order of the PDF
SHEETS: tuple[SheetSpec, ...] = (
    SheetSpec(
        "sec.village",
        _population_columns,
        lambda p: p.population,
        ("projection",),
        lead_note=lambda p: p.population_source or None,
    ),
    SheetSpec(
        "res.needs",
        (
            ("theme", "theme", "text", 34),
            ("horizon", "horizon_years", "int", 10),
            ("respondents", "respondents", "count", 12),
            ("naming", "naming", "count", 10),
            ("share", "share", "share", 10),
            ("low", "ci_low", "share", 14),
            ("high", "ci_high", "share", 10),
            ("indicative", "indicative", "bool", 11),
        ),
        lambda p: _named(p, p.needs, theme="theme"),
        ("residents",),
    ),
    SheetSpec(
        "res.channels",
        (("channel", "channel", "text", 18), ("respondents", "respondents", "count", 12)),
        lambda p: _named(p, p.channels, channel="channel"),
        ("residents",),
    ),
    SheetSpec(
        "res.reach",
        (
            ("group", "group", "text", 18),
            ("respondents", "respondents", "count", 12),
            ("share_respondents", "share_respondents", "share", 18),
            ("share_inhabitants", "share_inhabitants", "share", 18),
        ),
        lambda p: p.reach,
        ("residents",),
    ),
    SheetSpec(
        "res.quotes",
        (("horizon", "horizon_years", "int", 10), ("text", "res.quotes", "text", 90)),
        _quotes,
        empty_note=no_quotes,
    ),
    SheetSpec(
        "sec.facilities",
        (
            ("facility_id", "id", "text", 26),
            ("name", "name", "text", 30),
            ("kind", "kind", "text", 16),
            ("accessible", "accessible", "bool", 12),
            ("low_threshold", "low_threshold", "bool", 13),
            ("meeting_place", "meeting_place", "bool", 15),
            ("reason", "reason", "text", 60),
        ),
        lambda p: _named(p, p.facilities, kind="kind"),
        ("facilities", "qualities"),
    ),
    SheetSpec(
        "fac.coverage",
        (
            ("situation", "situation", "text", 14),
            ("mean_distance_m", "mean_distance", "float", 18),
            ("share_within_walk", "walk", "share", 16),
            ("share_within_cycle", "cycle", "share", 16),
        ),
        lambda p: pd.DataFrame(p.coverage),
        ("coverage",),
    ),
    SheetSpec(
        "match.table", _match_columns, lambda p: _named(p, p.matches, theme="theme"), ("matching",)
    ),
    SheetSpec(
        "gaps.title",
        (
            ("horizon", "horizon_years", "int", 10),
            ("year", "year", "year", 8),
            ("theme", "theme", "text", 34),
            ("demand", "demand", "float", 10),
            ("supply", "supply", "float", 10),
            ("coverage", "coverage", "share", 10),
            ("gap", "gap", "bool", 8),
            ("verdict", "verdict", "text", 30),
        ),
        lambda p: _named(p, p.gaps, theme="theme", verdict="verdict"),
        ("gaps",),
    ),
    SheetSpec(
        "plan.actions",
        (
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
        lambda p: _named(p, p.actions, themes="themes", kind="action_kind"),
        ("plan",),
    ),
    SheetSpec(
        "plan.commitments",
        (
            ("commitment_id", "id", "text", 12),
            ("partner", "partner", "text", 30),
            ("description", "title_col", "text", 50),
            ("start_year", "start_year", "year", 10),
            ("end_year", "end_year", "year", 10),
            ("hours_per_year", "hours", "int", 12),
            ("budget_per_year", "budget", "money", 12),
        ),
        lambda p: p.commitments,
        ("commitments",),
    ),
    SheetSpec("plan.effect", _effect_columns, lambda p: p.effect, ("effect", "plan")),
    SheetSpec(
        "sec.monitoring",
        (
            ("indicator", "indicator", "text", 50),
            ("horizon", "horizon_years", "int", 10),
            ("year", "year", "year", 8),
            ("target_value", "target", "float", 12),
            ("observed_value", "observed", "float", 12),
            ("observed_period", "period", "text", 12),
        ),
        lambda p: p.monitoring,
        ("monitoring",),
    ),
    SheetSpec("method.sources", (("text", "method.sources", "text", 110),), _sources),
)


def _earlier_items(plan: VillagePlan) -> pd.DataFrame:
    """The earlier plan's actions and commitments with their recorded state, in words."""
    lang, items = plan.lang, plan.earlier.items
    return pd.DataFrame(
        {
            "kind": [text(f"earlier.kind.{k}", lang) for k in items["kind"]],
            "what": [item_text(r) for r in items.to_dict("records")],
            "partner": [trekker(v, lang) for v in items["partner"]],
            "start_year": items["start_year"],
            "end_year": items["end_year"],
            "state": [state_word(recorded(v), lang) for v in items["state"]],
        }
    )


def _earlier_indicators(plan: VillagePlan) -> pd.DataFrame:
    """The indicators since the earlier plan: a count under five is "<5", as in the PDF."""
    lang, frame = plan.lang, plan.earlier.indicators
    if frame.empty:
        return pd.DataFrame()
    rows = frame.to_dict("records")
    return pd.DataFrame(
        {
            "indicator": [indicator_name(r) for r in rows],
            "then": [shown_figure(r["then_value"], str(r["unit"] or "")) for r in rows],
            "then_period": [r["then_period"] for r in rows],
            "now": [shown_figure(r["now_value"], str(r["unit"] or "")) for r in rows],
            "now_period": [r["now_period"] for r in rows],
            "target": [r["target"] for r in rows],
            "target_year": [r["target_year"] for r in rows],
            "moved": [direction(r["towards"], lang) for r in rows],
        }
    )


def _no_observations(plan: VillagePlan) -> str:
    since = fmt_date(plan.earlier.record.made_on, plan.lang)
    return text("earlier.no_observations", plan.lang, date=since)


def _has_earlier(plan: VillagePlan) -> bool:
    return plan.earlier is not None


#: what became of the earlier plan, as the section "Wat is er terechtgekomen van het vorige
#: plan" shows it; only for a plan that follows an earlier one, the needs only where they
#: changed between survey rounds (shares and changes of those rounds, no counts)
EARLIER_SHEETS: tuple[SheetSpec, ...] = (
    SheetSpec(
        "earlier.sheet.items",
        (
            ("kind", "earlier.col.kind", "text", 12),
            ("what", "earlier.col.what", "text", 50),
            ("partner", "earlier.col.partner", "text", 30),
            ("start_year", "start_year", "year", 10),
            ("end_year", "end_year", "year", 10),
            ("state", "earlier.col.state", "text", 18),
        ),
        _earlier_items,
        empty_note="earlier.no_items",
        shown=_has_earlier,
    ),
    SheetSpec(
        "earlier.sheet.indicators",
        (
            ("indicator", "earlier.col.indicator", "text", 50),
            ("then", "earlier.col.then", "float", 10),
            ("then_period", "earlier.col.then_period", "text", 14),
            ("now", "earlier.col.now", "float", 10),
            ("now_period", "earlier.col.now_period", "text", 14),
            ("target", "earlier.col.target", "float", 10),
            ("target_year", "earlier.col.target_year", "year", 10),
            ("moved", "earlier.col.moved", "text", 20),
        ),
        _earlier_indicators,
        empty_note=_no_observations,
        shown=_has_earlier,
    ),
    SheetSpec(
        "earlier.sheet.needs",
        (
            ("theme", "earlier.col.theme", "text", 34),
            ("horizon", "horizon_years", "int", 10),
            ("share_then", "earlier.col.then", "share", 10),
            ("share_now", "earlier.col.now", "share", 10),
            ("change_points", "earlier.col.change_points", "float", 14),
            ("verdict", "earlier.col.verdict", "text", 34),
        ),
        lambda p: _named(p, p.earlier.needs_changed, theme="theme"),
        shown=lambda p: p.earlier is not None and not p.earlier.needs_changed.empty,
    ),
)


def _header(key: str, lang: str) -> str:
    """A catalogue key's words; ``=name`` is a name the plan already gives in its language."""
    return key[1:] if key.startswith("=") else text(key, lang) if key else key


def sheet(spec: SheetSpec, plan: VillagePlan) -> Sheet:
    """One specification filled from a plan."""
    lang = plan.lang
    columns = spec.columns(plan) if callable(spec.columns) else spec.columns
    frame = spec.frame(plan)
    note = next((plan.notes[n] for n in spec.notes if plan.notes.get(n)), None)
    lead = spec.lead_note(plan) if spec.lead_note else None
    if lead:
        note = f"{lead} {note}" if note else lead
    if spec.empty_note and frame.empty:
        empty = spec.empty_note
        note = empty(plan) if callable(empty) else text(empty, lang)
    return Sheet(
        text(spec.title, lang)[:31],
        [
            Column(key, _header(head, lang) or key, kind, width)
            for key, head, kind, width in columns
        ],
        frame,
        note,
    )


def sheets(plan: VillagePlan) -> list[Sheet]:
    """The plan's tables, in the order of the PDF: what became of the earlier plan first
    where there is one; the change between two survey rounds, whose headers name the
    rounds, follows the quotes where the kern has two rounds."""
    out = [sheet(spec, plan) for spec in (*EARLIER_SHEETS, *SHEETS) if _has(spec, plan)]
    change = round_change_sheet(plan)
    if change is not None:
        after = next(i for i, spec in enumerate(SHEETS) if spec.title == "res.quotes")
        out.insert(after + 1, change)
    return out


def _has(spec: SheetSpec, plan: VillagePlan) -> bool:
    return spec.shown is None or spec.shown(plan)


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
