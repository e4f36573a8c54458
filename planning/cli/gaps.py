"""planning gaps: demand against supply per theme and horizon for one village."""

from __future__ import annotations

import argparse
from typing import Any

from planning.cli._guard import add_force, refused
from planning.cli._output import emit_json, say
from planning.cli.access import warn_problems
from planning.i18n import fmt_int, fmt_num, label, text
from planning.workspace.folder import open_workspace

STATUS_NL = {
    "gap": "TEKORT",
    "covered": "gedekt",
    "no_demand": "geen vraag",
    "no_data": "geen enquête",
}


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser("gaps", parents=[common], help="vraag tegenover aanbod per thema en termijn")
    p.add_argument("--village", metavar="ID", required=True, help="de kern")
    p.add_argument("--year", type=int, default=None, help="alleen dit jaar")
    add_force(p)
    p.set_defaults(func=run)


def _clean(value: Any) -> Any:
    if isinstance(value, float) and value != value:
        return None
    if hasattr(value, "item"):
        return _clean(value.item())
    return value


def run(args: argparse.Namespace) -> int:
    from planning.analysis.gaps import gaps, publishable_gaps

    ws = open_workspace(args.workspace)
    if refused(ws, args):
        return 1
    table = publishable_gaps(gaps(ws, args.village, year=args.year))
    lang = ws.settings.lang
    if args.json:
        emit_json([{k: _clean(v) for k, v in row.items()} for row in table.to_dict("records")])
        return warn_problems(ws)
    name = ws.village(args.village)["name"]
    say(f"Vraag en aanbod in {name} (personen; aanbod per week)")
    say(f"{'thema':<36}{'jaar':>6}{'vraag':>9}{'aanbod':>9}{'dekking':>9}  status (bij 5%-20%)")
    for row in table.itertuples(index=False):
        demand = "-" if row.demand != row.demand else fmt_int(row.demand, lang)
        cov = "-" if row.coverage != row.coverage else fmt_num(row.coverage, 2, lang)
        status = STATUS_NL.get(row.status, row.status)
        if isinstance(row.naming, str):  # suppressed: fewer than 5 respondents named it
            demand = cov = "<5"
        elif isinstance(row.verdict, str):
            status += f" ({text('verdict.' + row.verdict, lang)})"
        say(
            f"{ws.settings.theme_label(row.theme, lang)[:35]:<36}{row.year:>6}{demand:>9}"
            f"{fmt_int(row.supply, lang):>9}{cov:>9}  {status}"
        )
    weekly = ws.settings.gaps.weekly_share
    per_week = (
        f" x {fmt_num(weekly, 2, lang)} per week ([gaps] weekly_share)" if weekly != 1 else ""
    )
    say(
        f"Vraag: inwoners met deze behoefte (aandeel in de enquête x inwoners{per_week}); "
        "'<5': minder dan 5 respondenten noemden het thema; vraag, dekking en oordeel "
        "niet getoond. Tussen haakjes: of het oordeel standhoudt als 5% tot 20% van wie de "
        "behoefte noemt per week aanbod gebruikt. "
        f"Tekort: dekking onder {fmt_num(ws.settings.thresholds.gap_coverage, 2, lang)}. "
        f"Herkomst van elk getal: planning gaps --json, of planning.analysis.supply.supply_detail. "
        f"{label('source_cbs', lang)} (inwoners)."
    )
    return warn_problems(ws)
