"""planning export: the village plan as PDF or XLSX, for one village or all of them."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from planning.cli._guard import add_force, refused
from planning.cli._output import emit_json, say
from planning.errors import PlanningError
from planning.i18n import text
from planning.plan.measures import DEFAULT_MEASURE, MEASURES
from planning.workspace.folder import Workspace, open_workspace

if TYPE_CHECKING:  # the export itself is imported when the command runs (see planning.cli)
    from planning.report.export import Outcome


def register(
    sub: argparse._SubParsersAction[argparse.ArgumentParser],
    common: argparse.ArgumentParser,
    lang: str = "nl",
) -> None:
    p = sub.add_parser("export", parents=[common], help=text("help.export", lang))
    which = p.add_mutually_exclusive_group(required=True)
    which.add_argument("--village", metavar="ID", help=text("help.export.village", lang))
    which.add_argument("--all", action="store_true", help=text("help.export.all", lang))
    which.add_argument("--overview", action="store_true", help=text("help.export.overview", lang))
    p.add_argument(
        "--measure",
        metavar="MEASURE",
        default=DEFAULT_MEASURE,
        help=text("help.export.measure", lang, measures=", ".join(MEASURES)),
    )
    p.add_argument("--scenario", metavar="NAME", help=text("help.export.scenario", lang))
    p.add_argument("--since", type=int, metavar="N", help=text("help.export.since", lang))
    p.add_argument(
        "--format", choices=("pdf", "xlsx"), default="pdf", help=text("help.export.format", lang)
    )
    p.add_argument(
        "--out", metavar="DIR", type=Path, default=None, help=text("help.export.out", lang)
    )
    # every core by default: a batch of plans is CPU-bound, one village per process
    p.add_argument("--workers", type=int, default=os.cpu_count() or 1, help=argparse.SUPPRESS)
    add_force(p, lang)
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from planning.plan.files import plans_dir
    from planning.report.export import export_many, export_village

    ws = open_workspace(args.workspace)
    if refused(ws, args):
        return 1
    if args.out is None:
        args.out = plans_dir(ws)
    formats = (args.format,)
    if args.overview:
        return _overview(ws, args)
    if args.village:
        files = export_village(
            ws, args.village, args.out, formats, args.scenario, args.lang, since=args.since
        )
        if args.json:
            emit_json({"files": [str(f) for f in files], "failed": []})
        else:
            for f in files:
                say(text("cli.export.written", args.lang, file=f))
        return 0
    outcomes = export_many(
        ws,
        ws.village_ids(),
        args.out,
        formats,
        args.scenario,
        args.lang,
        workers=args.workers,
        progress=_bar_in(args.lang or ws.settings.lang),
    )
    failed = [o for o in outcomes if o.error]
    written = [f for o in outcomes for f in o.files]
    if args.json:
        emit_json(
            {
                "files": written,
                "failed": [{"village_id": o.village_id, "reason": o.error} for o in failed],
            }
        )
    else:
        say(text("cli.export.written_all", args.lang, count=len(written), folder=args.out))
        for o in failed:
            failed_line = text("cli.export.failed", args.lang, village=o.village_id, error=o.error)
            print(failed_line, file=sys.stderr)
    return 1 if failed else 0


def _overview(ws: Workspace, args: argparse.Namespace) -> int:
    """The council's overview: one PDF and one XLSX for every kern of the workspace."""
    from planning.report.overview import export_overview

    lang = args.lang or ws.settings.lang
    if args.measure not in MEASURES:
        known = ", ".join(MEASURES)
        raise PlanningError(key="cli.export.unknown_measure", measure=args.measure, known=known)
    files = export_overview(ws, args.out, args.measure, lang)
    if args.json:
        emit_json({"files": [str(f) for f in files], "failed": []})
    else:
        for f in files:
            say(text("cli.export.written", lang, file=f))
    return 0


def _bar_in(lang: str) -> Callable[[Iterator[Outcome], int], Iterator[Outcome]]:
    """The progress bar of ``export --all``, its words in ``lang``."""

    def bar(results: Iterator[Outcome], total: int) -> Iterator[Outcome]:
        from tqdm import tqdm

        desc, unit = text("cli.export.bar", lang), text("cli.export.bar_unit", lang)
        yield from tqdm(results, total=total, desc=desc, unit=unit, file=sys.stderr)

    return bar
