"""The scenario editor's evaluation table: every horizon side by side, coverage in the
palette's signal colours (green on track, orange halfway, red short)."""

from __future__ import annotations

from typing import Any

from planning.analysis.population_base import BaseSource
from planning.charts.style import PALETTE
from planning.i18n import fmt_int, fmt_money, fmt_pct, text
from planning.widgets._style import esc
from planning.workspace.folder import Workspace


def evaluation_html(ws: Workspace, result: dict[str, Any], lang: str = "nl") -> str:
    """The evaluation per horizon as one table: rows are what staff compare, columns horizons."""
    settings = ws.settings
    horizons = result["horizons"]
    keys = list(horizons)
    head = "".join(
        f"<th>{horizons[k]['year']}<br><small>{esc(text('meet.years', lang, h=k))}</small></th>"
        for k in keys
    )

    def row(key: str, cells: list[str], **fields: Any) -> str:
        tds = "".join(f'<td class="num">{c}</td>' for c in cells)
        return f"<tr><td>{esc(text(f'eval.{key}', lang, **fields))}</td>{tds}</tr>"

    def pct(share: float) -> str:
        return fmt_pct(share, lang=lang)

    def money(amount: float) -> str:
        return fmt_money(amount, lang)

    rows = [
        row("inhabitants", [fmt_int(horizons[k]["inhabitants"], lang) for k in keys]),
        row("older", [pct(horizons[k]["share_65_plus"] or 0) for k in keys]),
        row(
            "walk",
            [pct(horizons[k]["distance_coverage"].get("share_within_walk") or 0) for k in keys],
        ),
        row("gaps", [str(len(horizons[k]["gaps"])) for k in keys]),
    ]
    threshold = horizons[keys[0]]["gap_threshold"]
    for theme in settings.themes:
        cells = []
        for k in keys:
            cov = horizons[k]["coverage"].get(theme)
            if cov is None:
                cells.append("–")
                continue
            colour = (
                PALETTE["green"]
                if cov >= threshold
                else (PALETTE["orange"] if cov >= threshold / 2 else PALETTE["red"])
            )
            cells.append(
                f'<span style="color:{colour};font-weight:600">{pct(min(cov, 9.99))}</span>'
            )
        rows.append(row("coverage", cells, theme=settings.theme_label(theme, lang)))
    rows += [
        row("yearly", [money(horizons[k]["costs"]["yearly"]) for k in keys]),
        row("cumulative", [money(horizons[k]["costs"]["cumulative"]) for k in keys]),
        row(
            "volunteers",
            [
                f"{horizons[k]['volunteers']['needed']} / {horizons[k]['volunteers']['offered']}"
                for k in keys
            ],
        ),
    ]
    note = f'<div class="pl-help">{esc(text("eval.note", lang, threshold=pct(threshold)))}</div>'
    population = (result.get("assumptions") or {}).get("population") or {}
    start = (population.get("base_sources") or {}).get(result.get("village_id"))
    if start:  # where the inhabitants come from and on which date
        line = BaseSource.from_dict(start).line(lang)
        note += f'<div class="pl-help">{esc(text("eval.population_from", lang, source=line))}</div>'
    return f'<table class="pl-table"><tr><th></th>{head}</tr>{"".join(rows)}</table>{note}'
