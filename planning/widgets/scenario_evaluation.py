"""The scenario editor's evaluation table: every horizon side by side, coverage in the
palette's signal colours (green on track, orange halfway, red short)."""

from __future__ import annotations

from typing import Any

from planning.charts.style import PALETTE
from planning.i18n import fmt_int, fmt_money, fmt_pct
from planning.widgets._style import esc
from planning.workspace.folder import Workspace


def evaluation_html(ws: Workspace, result: dict[str, Any]) -> str:
    """The evaluation per horizon as one table: rows are what staff compare, columns horizons."""
    settings = ws.settings
    horizons = result["horizons"]
    keys = list(horizons)
    head = "".join(f"<th>{horizons[k]['year']}<br><small>{k} jaar</small></th>" for k in keys)

    def row(label: str, cells: list[str], css: str = "") -> str:
        tds = "".join(f'<td class="num {css}">{c}</td>' for c in cells)
        return f"<tr><td>{esc(label)}</td>{tds}</tr>"

    rows = [
        row("Inwoners", [fmt_int(horizons[k]["inhabitants"]) for k in keys]),
        row("65-plussers", [fmt_pct(horizons[k]["share_65_plus"] or 0) for k in keys]),
        row(
            "Binnen loopafstand",
            [fmt_pct(horizons[k]["distance_coverage"].get("share_within_walk") or 0) for k in keys],
        ),
        row("Thema's met tekort", [str(len(horizons[k]["gaps"])) for k in keys]),
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
                f'<span style="color:{colour};font-weight:600">{fmt_pct(min(cov, 9.99))}</span>'
            )
        rows.append(row(f"Dekking {settings.theme_label(theme)}", cells))
    rows += [
        row("Kosten per jaar", [fmt_money(horizons[k]["costs"]["yearly"]) for k in keys]),
        row("Kosten opgeteld", [fmt_money(horizons[k]["costs"]["cumulative"]) for k in keys]),
        row(
            "Vrijwilligers nodig / aangeboden",
            [
                f"{horizons[k]['volunteers']['needed']} / {horizons[k]['volunteers']['offered']}"
                for k in keys
            ],
        ),
    ]
    note = (
        f'<div class="pl-help">Dekking: aanbod gedeeld door de vraag per thema; groen vanaf '
        f"{fmt_pct(threshold)}.</div>"
    )
    return f'<table class="pl-table"><tr><th></th>{head}</tr>{"".join(rows)}</table>{note}'
