"""Cells and blocks of a published plan: Dutch numbers, "<5" for small counts, dashes for
missing values, and the block shapes (heading, paragraph, note, table, chart) the Typst
template lays out. The XLSX takes the same cell rules, so both print a figure alike."""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

import pandas as pd

from planning.i18n import fmt_int, fmt_money, fmt_num, fmt_pct, text
from planning.survey.suppression import SMALL_CELL, SUPPRESSED

if TYPE_CHECKING:
    from planning.plan.village_plan import VillagePlan

_LONG_WORD = re.compile(r"\S{28,}")
Block = dict[str, Any]


# -- formatting ----------------------------------------------------------------------------
def missing(value: Any) -> bool:
    if value is None or value is pd.NA or value is pd.NaT:
        return True
    try:
        return bool(isinstance(value, float) and math.isnan(value))
    except TypeError:
        return False


def count(value: Any, lang: str) -> str:
    """A count of people: '<5' under five, else 1.234."""
    if missing(value) or value == "":
        return "–"
    if isinstance(value, str):
        return value
    return "<5" if float(value) < SMALL_CELL else fmt_int(value, lang)


def number(value: Any, lang: str) -> str:
    if isinstance(value, str) and value:  # "<5": suppressed at publication
        return value
    return "–" if missing(value) or value == "" else fmt_int(float(value), lang)


def trekker(value: Any, lang: str) -> str:
    """Who carries an action; an empty or NaN partner reads "nog geen trekker", never nan."""
    return text("no_trekker", lang) if missing(value) or not str(value).strip() else str(value)


def money(value: Any, lang: str) -> str:
    return "–" if missing(value) or value == "" else fmt_money(float(value), lang)


def share(value: Any, lang: str) -> str:
    if isinstance(value, str) and value == SUPPRESSED:
        return value
    if missing(value) or isinstance(value, str):
        return "–"
    return fmt_pct(float(value), 0, lang)


#: a coverage above this is printed as ">200%": 456% or 766% only says "far more than
#: needed" and reads like a mistake; the exact figure stays in the XLSX
COVERAGE_CAP = 2.0


def coverage_share(value: Any, lang: str) -> str:
    """A coverage for print: as :func:`share`, capped at ">200%"."""
    if not isinstance(value, str) and not missing(value) and float(value) > COVERAGE_CAP:
        return f">{fmt_pct(COVERAGE_CAP, 0, lang)}"
    return share(value, lang)


def meters(value: Any, lang: str) -> str:
    if missing(value):
        return "–"
    v = float(value)
    return f"{fmt_num(v / 1000, 1, lang)} km" if v >= 1000 else f"{fmt_int(v, lang)} m"


def yes_no(value: Any, lang: str) -> str:
    if missing(value):
        return "–"
    return text("yes" if bool(value) else "no", lang)


def breakable(value: Any) -> str:
    """Free text with a break chance in very long words, so no cell overflows the page."""
    if missing(value):
        return ""
    return _LONG_WORD.sub(lambda m: "\u200b".join(_chunks(m.group(0), 20)), str(value))


def _chunks(word: str, size: int) -> list[str]:
    return [word[i : i + size] for i in range(0, len(word), size)]


def period(start: Any, end: Any, lang: str) -> str:
    if missing(start):
        return "–"
    if missing(end) or end == "":
        return text("from_year", lang, year=int(start))
    return f"{int(start)}–{int(end)}"


# -- blocks --------------------------------------------------------------------------------
def para(value: str) -> Block:
    return {"type": "para", "text": breakable(value)}


def note(value: str) -> Block:
    return {"type": "note", "text": breakable(value)}


def heading(value: str) -> Block:
    return {"type": "heading", "text": value}


def chart(key: str, caption: str) -> Block:
    return {"type": "chart", "key": key, "caption": caption}


def table(
    columns: list[str],
    rows: list[list[str]],
    widths: Sequence[float],
    align: str,
    *,
    emphasis: list[str] | None = None,
    caption: str = "",
) -> Block:
    """A table; ``align`` has one letter per column (l or r); ``emphasis`` per row is
    "" or "bold" (totals), "italic" (indicative) or "gap" (short of demand)."""
    return {
        "type": "table",
        "columns": columns,
        "rows": [[breakable(c) for c in row] for row in rows],
        "widths": widths,
        "align": ["right" if a == "r" else "left" for a in align],
        "emphasis": emphasis or [""] * len(rows),
        "caption": caption,
    }


def theme_name(plan: VillagePlan, code: Any) -> str:
    return plan.theme_labels.get(str(code), str(code))
