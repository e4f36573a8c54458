"""planning monitor import FILE | list: observations of societal effects."""

from __future__ import annotations

import argparse
from pathlib import Path

from planning.cli._output import emit_json, left_out, say
from planning.workspace.folder import open_workspace


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser("monitor", help="monitoring: waarnemingen inlezen en tonen")
    msub = p.add_subparsers(dest="monitor_command", metavar="ACTIE")
    msub.required = True
    imp = msub.add_parser("import", parents=[common], help="lees waarnemingen uit CSV/XLSX")
    imp.add_argument("file", type=Path, metavar="FILE")
    imp.add_argument("--sheet", default=None, help="tabblad in een .xlsx")
    imp.set_defaults(func=run_import)
    lst = msub.add_parser("list", parents=[common], help="toon de laatste cijfers per kern")
    lst.add_argument("--village", default=None, help="kern-id (standaard: alle kernen)")
    lst.add_argument("--indicator", default=None, help="alleen deze indicator")
    lst.set_defaults(func=run_list)


def run_import(args: argparse.Namespace) -> int:
    from planning.analysis.monitoring import import_observations

    ws = open_workspace(args.workspace)
    result = import_observations(ws, args.file, args.sheet)
    if args.json:
        emit_json(
            {
                "file": result.file,
                "imported": result.imported,
                "replaced": result.replaced,
                "problems": [p.to_dict() for p in result.problems],
            }
        )
    else:
        say(
            f"{result.file}: {result.imported} nieuwe waarnemingen ingelezen, "
            f"{result.replaced} bijgewerkt."
        )
        if result.problems:
            say(f"{len(result.problems)} problemen (deze rijen zijn niet ingelezen):")
            for problem in result.problems:
                say(f"  - {problem}")
    return 1 if result.problems else 0


def run_list(args: argparse.Namespace) -> int:
    from planning.analysis.monitoring import latest, observations
    from planning.store import open_store
    from planning.workspace.indicators import indicators

    ws = open_workspace(args.workspace)
    if args.village:
        ws.village(args.village)
    inds = indicators(ws)
    if args.indicator and args.indicator not in inds:
        from planning.errors import PlanningError

        raise PlanningError(
            f"onbekende indicator '{args.indicator}'; bekend: {', '.join(inds) or 'geen'}"
        )
    villages = [args.village] if args.village else sorted(set(observations(ws)["village_id"]))
    left_out(open_store(ws).seed_skipped)
    out = []
    for village in villages:
        frame = latest(ws, village)
        if args.indicator:
            frame = frame[frame["indicator"] == args.indicator]
        for rec in frame.to_dict("records"):
            out.append({"village_id": village, **rec})
    if args.json:
        emit_json(out)
        return 0
    if not out:
        say("Nog geen waarnemingen; lees ze in met: planning monitor import BESTAND")
        return 0
    names = dict(zip(ws.villages["village_id"], ws.villages["name"], strict=False))
    current = None
    for rec in out:
        if rec["village_id"] != current:
            current = rec["village_id"]
            say(f"{names.get(current, current)}")
        target = (
            "" if rec["target"] is None else f"  (doel {rec['target_year']}: {_n(rec['target'])})"
        )
        say(f"  {rec['label']:<42} {_n(rec['value']):>8} {rec['unit']:<22} {rec['period']}{target}")
    return 0


def _n(value: float) -> str:
    from planning.i18n import fmt_num

    return fmt_num(value, 0 if float(value).is_integer() else 1)
