"""One look for every widget view: calm colours, large type for the projector.

The CSS travels in an HTML widget, so it works the same in JupyterLab and in
Voila without a custom template.
"""

from __future__ import annotations

import html
from collections.abc import Sequence

import ipywidgets as w

from planning.charts.style import PALETTE
from planning.i18n import fmt_num

GREEN = PALETTE["green"]
GREEN_LIGHT = PALETTE["green_light"]
ORANGE = PALETTE["orange"]
BLUE = PALETTE["blue"]
GREY = PALETTE["grey"]
RED = PALETTE["red"]
GRID = PALETTE["grid_light"]

CSS = f"""
<style>
.pl-app {{ font-family: "Segoe UI", "Noto Sans", "DejaVu Sans", sans-serif; color: #1f2a30; }}
.pl-app .widget-label {{ font-size: 14px; }}
/* a button as wide as its label, never cut off */
.pl-app .widget-button, .pl-app .widget-upload {{ width: max-content; min-width: 148px;
    padding: 0 12px; white-space: nowrap; overflow: visible; }}
.pl-title {{ font-size: 26px; font-weight: 600; color: {GREEN}; margin: 4px 0 2px 0; }}
.pl-sub {{ font-size: 15px; color: {GREY}; margin-bottom: 8px; }}
.pl-h {{ font-size: 17px; font-weight: 600; margin: 10px 0 4px 0; color: #1f2a30; }}
.pl-help {{ font-size: 13px; color: {GREY}; margin: 0 0 6px 0; }}
.pl-status-ok {{ color: {GREEN}; font-weight: 600; font-size: 15px; }}
.pl-status-err {{ color: {RED}; font-weight: 600; font-size: 15px; }}
.pl-panel {{ background: #ffffff; border: 1px solid #d8e0e4; border-radius: 10px;
             padding: 10px 14px; }}
.pl-results {{ background: #fbfcfc; border: 2px solid {GREEN}; border-radius: 12px;
               padding: 12px 16px; }}
.pl-bars {{ width: 100%; }}
.pl-bar-row {{ display: flex; align-items: center; margin: 6px 0; }}
.pl-bar-label {{ width: 38%; font-size: 17px; padding-right: 10px; text-align: right; }}
.pl-bar-track {{ flex: 1; background: {GREEN_LIGHT}; border-radius: 6px; height: 28px; }}
.pl-bar-fill {{ background: {GREEN}; height: 28px; border-radius: 6px; }}
.pl-bar-value {{ width: 48px; font-size: 19px; font-weight: 700; padding-left: 10px; }}
.pl-cards {{ display: flex; gap: 14px; }}
.pl-card-col {{ flex: 1; }}
.pl-card {{ border-radius: 8px; padding: 8px 10px; margin: 5px 0; font-size: 15px; }}
.pl-card-good {{ background: {GREEN_LIGHT}; border-left: 6px solid {GREEN}; }}
.pl-card-better {{ background: #fbeee0; border-left: 6px solid {ORANGE}; }}
.pl-table {{ border-collapse: collapse; font-size: 14px; }}
.pl-table th {{ text-align: left; border-bottom: 2px solid {GREEN}; padding: 4px 10px; }}
.pl-table td {{ border-bottom: 1px solid {GRID}; padding: 4px 10px; }}
.pl-table td.num {{ text-align: right; font-variant-numeric: tabular-nums; }}
.pl-vote button {{ font-size: 16px; height: 46px; }}
.pl-note {{ background: #fff7e0; border-left: 6px solid {ORANGE}; padding: 8px 12px;
            border-radius: 6px; font-size: 14px; }}
</style>
"""


def esc(value: object) -> str:
    return html.escape(str(value))


def said(exc: Exception, lang: str) -> str:
    """An error as a screen in ``lang`` shows it: in its own words when it names a catalogue
    key (planning.errors.SessionError), else as raised."""
    in_lang = getattr(exc, "text_in", None)
    return in_lang(lang) if in_lang else str(exc)


def heading(title: str, hint: str = "") -> w.HTML:
    """A section heading of a widget view, with a hint in small grey type below it."""
    extra = f'<div class="pl-help">{esc(hint)}</div>' if hint else ""
    return w.HTML(f'<div class="pl-h">{esc(title)}</div>{extra}')


def cap(text: str) -> str:
    """First letter upper case (catalogue and store words are lower case)."""
    return text[:1].upper() + text[1:]


def bars(
    rows: Sequence[tuple[str, float]], unit: str = "", empty: str = "", lang: str = "nl"
) -> str:
    """Horizontal bars as HTML: crisp on a projector and redrawn in milliseconds. ``empty``
    is the caller's words for no bars at all."""
    if not rows or not any(v for _, v in rows):
        return f'<div class="pl-help">{esc(empty)}</div>'
    top = max(v for _, v in rows) or 1
    parts = ['<div class="pl-bars">']
    for label, value in rows:
        width = 100 * value / top
        parts.append(
            '<div class="pl-bar-row">'
            f'<div class="pl-bar-label">{esc(label)}</div>'
            f'<div class="pl-bar-track"><div class="pl-bar-fill" style="width:{width:.1f}%">'
            "</div></div>"
            f'<div class="pl-bar-value">{esc(_num(value, lang))}{esc(unit)}</div></div>'
        )
    parts.append("</div>")
    return "".join(parts)


def table(
    header: Sequence[str], rows: Sequence[Sequence[object]], numeric: set[int] | None = None
) -> str:
    numeric = numeric or set()
    head = "".join(f"<th>{esc(h)}</th>" for h in header)
    body = "".join(
        "<tr>"
        + "".join(
            f'<td class="num">{esc(c)}</td>' if i in numeric else f"<td>{esc(c)}</td>"
            for i, c in enumerate(r)
        )
        + "</tr>"
        for r in rows
    )
    return f'<table class="pl-table"><tr>{head}</tr>{body}</table>'


def _num(value: float, lang: str) -> str:
    return fmt_num(value, 0 if float(value).is_integer() else 1, lang)
