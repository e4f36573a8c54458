"""planning access: distance to the nearest meeting place and coverage shares per village."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from planning.cli._guard import add_force, refused
from planning.cli._output import emit_json, say
from planning.i18n import fmt_int, fmt_pct, label, text
from planning.report.sections.helpers import kind_name
from planning.workspace.folder import open_workspace


def register(
    sub: argparse._SubParsersAction[argparse.ArgumentParser],
    common: argparse.ArgumentParser,
    lang: str = "nl",
) -> None:
    p = sub.add_parser("access", parents=[common], help=text("help.access", lang))
    p.add_argument("--village", metavar="ID", default=None, help=text("help.only_village", lang))
    add_force(p, lang)
    p.set_defaults(func=run)


def _round(value: Any, digits: int) -> Any:
    if value is None or value != value:  # None or NaN
        return None
    return round(float(value), digits)


def rounded(row: dict[str, Any]) -> dict[str, Any]:
    """The JSON shape of one village (contract): metres to 0.1, shares to 0.0001."""
    return {
        "village_id": row["village_id"],
        "mean_distance_m": _round(row["mean_distance_m"], 1),
        "share_within_walk": _round(row["share_within_walk"], 4),
        "share_within_cycle": _round(row["share_within_cycle"], 4),
        "nearest_by_kind": {k: _round(v, 1) for k, v in row["nearest_by_kind"].items()},
        "used_centroid": bool(row["used_centroid"]),
    }


def warn_problems(ws: Any, lang: str = "nl") -> int:
    """Exit status 1 and one line on stderr when the workspace has problems (``--force``)."""
    if ws.problems:
        print(text("cli.warn_problems", lang, count=len(ws.problems)), file=sys.stderr)
        return 1
    return 0


def run(args: argparse.Namespace) -> int:
    from planning.analysis.access import coverage

    ws = open_workspace(args.workspace)
    if refused(ws, args):
        return 1
    rows = coverage(ws, args.village)
    lang = args.lang or ws.settings.lang
    if args.json:
        emit_json([rounded(r) for r in rows])
        return warn_problems(ws, lang)
    t = ws.settings.thresholds
    names = dict(zip(ws.villages["village_id"], ws.villages["name"], strict=False))
    walk = text("cli.access.walk", lang, metres=fmt_int(t.walk_m, lang))
    cycle = text("cli.access.cycle", lang, metres=fmt_int(t.cycle_m, lang))
    say(f"{label('village', lang):<18}{text('cli.access.mean', lang):>14}{walk:>16}{cycle:>16}")
    none = text("progress.none", lang)
    for r in rows:
        mean = none if r["mean_distance_m"] is None else f"{fmt_int(r['mean_distance_m'], lang)} m"
        mark = " *" if r["used_centroid"] else ""
        say(
            f"{names.get(r['village_id'], r['village_id'])[:17]:<18}{mean:>14}"
            f"{fmt_pct(r['share_within_walk'], 0, lang):>16}"
            f"{fmt_pct(r['share_within_cycle'], 0, lang):>16}{mark}"
        )
        if args.village:
            for kind, d in r["nearest_by_kind"].items():
                shown = "-" if d is None else f"{fmt_int(d, lang)} m"
                say(f"    {text('cli.access.nearest', lang, kind=kind_name(kind, lang))}: {shown}")
    if any(r["used_centroid"] for r in rows):
        say(text("cli.access.centroid", lang))
    say(text("cli.access.about", lang))
    return warn_problems(ws, lang)
