"""planning gaps: demand against supply per theme and horizon for one village."""

from __future__ import annotations

import argparse
from typing import Any

from planning.cli._guard import add_force, refused
from planning.cli._output import emit_json, say
from planning.cli.access import warn_problems
from planning.i18n import fmt_int, fmt_num, label, text
from planning.workspace.folder import open_workspace


def register(
    sub: argparse._SubParsersAction[argparse.ArgumentParser],
    common: argparse.ArgumentParser,
    lang: str = "nl",
) -> None:
    p = sub.add_parser("gaps", parents=[common], help=text("help.gaps", lang))
    p.add_argument("--village", metavar="ID", required=True, help=text("help.the_village", lang))
    p.add_argument("--year", type=int, default=None, help=text("help.gaps.year", lang))
    add_force(p, lang)
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
    lang = args.lang or ws.settings.lang
    if args.json:
        emit_json([{k: _clean(v) for k, v in row.items()} for row in table.to_dict("records")])
        return warn_problems(ws, lang)
    name = ws.village(args.village)["name"]
    say(text("cli.gaps.title", lang, name=name))
    head = [text(f"cli.gaps.{k}", lang) for k in ("theme", "year", "demand", "supply", "coverage")]
    say(
        f"{head[0]:<36}{head[1]:>6}{head[2]:>9}{head[3]:>9}{head[4]:>9}  "
        + text("cli.gaps.status", lang)
    )
    columns = ["theme", "year", "demand", "supply", "coverage", "status", "naming", "verdict"]
    for row in table[columns].itertuples(index=False, name=None):
        theme, year, need, supply, coverage, state, naming, verdict = row
        demand = "-" if need != need else fmt_int(need, lang)
        cov = "-" if coverage != coverage else fmt_num(coverage, 2, lang)
        status = (  # "<5": the verdict rests on fewer than 5 answers and is not published
            text("suppressed", lang) if state == "<5" else text(f"cli.gaps.{state}", lang)
        )
        if isinstance(naming, str):  # suppressed: fewer than 5 respondents named it
            demand = cov = "<5"
        elif isinstance(verdict, str):
            status += f" ({text('verdict.' + verdict, lang)})"
        say(
            f"{ws.settings.theme_label(theme, lang)[:35]:<36}{year:>6}{demand:>9}"
            f"{fmt_int(supply, lang):>9}{cov:>9}  {status}"
        )
    weekly = ws.settings.gaps.weekly_share
    per_week = text("cli.gaps.weekly", lang, share=fmt_num(weekly, 2, lang)) if weekly != 1 else ""
    threshold = fmt_num(ws.settings.thresholds.gap_coverage, 2, lang)
    say(
        text("cli.gaps.about", lang, per_week=per_week, threshold=threshold)
        + f" {label('source_cbs', lang)} ({label('inhabitants', lang)})."
    )
    return warn_problems(ws, lang)
