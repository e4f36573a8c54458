"""planning monitor import FILE | list: observations of societal effects."""

from __future__ import annotations

import argparse
import math
from pathlib import Path

from planning.cli._output import emit_json, left_out, say
from planning.errors import PlanningError
from planning.i18n import fmt_num, text
from planning.workspace.folder import open_workspace


def register(
    sub: argparse._SubParsersAction[argparse.ArgumentParser],
    common: argparse.ArgumentParser,
    lang: str = "nl",
) -> None:
    p = sub.add_parser("monitor", help=text("help.monitor", lang))
    msub = p.add_subparsers(dest="monitor_command", metavar=text("help.action", lang))
    msub.required = True
    imp = msub.add_parser("import", parents=[common], help=text("help.monitor.import", lang))
    imp.add_argument("file", type=Path, metavar="FILE")
    imp.add_argument("--sheet", default=None, help=text("help.sheet", lang))
    imp.set_defaults(func=run_import)
    lst = msub.add_parser("list", parents=[common], help=text("help.monitor.list", lang))
    lst.add_argument("--village", default=None, help=text("help.monitor.village", lang))
    lst.add_argument("--indicator", default=None, help=text("help.monitor.indicator", lang))
    lst.set_defaults(func=run_list)


def run_import(args: argparse.Namespace) -> int:
    from planning.analysis.monitoring import import_observations

    ws = open_workspace(args.workspace)
    result = import_observations(ws, args.file, args.sheet)
    lang = args.lang or ws.settings.lang
    if args.json:
        emit_json(
            {
                "file": result.file,
                "imported": result.imported,
                "replaced": result.replaced,
                "problems": [p.to_dict(lang) for p in result.problems],
            }
        )
    else:
        say(
            text(
                "cli.monitor.imported",
                lang,
                file=result.file,
                imported=result.imported,
                replaced=result.replaced,
            )
        )
        if result.problems:
            say(text("cli.monitor.problems", lang, count=len(result.problems)))
            for problem in result.problems:
                say(f"  - {problem.text_in(lang)}")
    return 1 if result.problems else 0


def run_list(args: argparse.Namespace) -> int:
    from planning.analysis.monitoring import latest, observations
    from planning.store import open_store
    from planning.workspace.indicators import indicators

    ws = open_workspace(args.workspace)
    if args.village:
        ws.village(args.village)
    inds = indicators(ws)
    lang = args.lang or ws.settings.lang
    if args.indicator and args.indicator not in inds:
        known = ", ".join(inds) or text("progress.none", lang)
        raise PlanningError(key="cli.monitor.unknown", indicator=args.indicator, known=known)
    villages = [args.village] if args.village else sorted(set(observations(ws)["village_id"]))
    left_out(open_store(ws).seed_skipped, lang)
    out = []
    for village in villages:
        frame = latest(ws, village, lang)
        if args.indicator:
            frame = frame[frame["indicator"] == args.indicator]
        for rec in frame.to_dict("records"):
            out.append({"village_id": village, **rec})
    if args.json:
        emit_json(out)
        return 0
    if not out:
        say(text("cli.monitor.none", lang))
        return 0
    names = dict(zip(ws.villages["village_id"], ws.villages["name"], strict=False))
    current = None
    for rec in out:
        if rec["village_id"] != current:
            current = rec["village_id"]
            say(f"{names.get(current, current)}")
        # an indicator without a target: None, or NaN in a column that holds other targets
        no_target = rec["target"] is None or math.isnan(rec["target"])
        target = (
            ""
            if no_target
            else text(
                "cli.monitor.target", lang, year=rec["target_year"], value=_n(rec["target"], lang)
            )
        )
        value = _n(rec["value"], lang)
        unit = inds[rec["indicator"]].unit_in(lang)
        say(f"  {rec['label']:<42} {value:>8} {unit:<22} {rec['period']}{target}")
    return 0


def _n(value: float, lang: str) -> str:
    return fmt_num(value, 0 if float(value).is_integer() else 1, lang)
