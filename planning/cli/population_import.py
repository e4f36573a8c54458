"""planning population import FILE: the municipality's register (BRP) into the workspace.

``planning population`` itself (the projection) stays as it is; this module adds the
``import`` action beside it. The reading, placing and storing is
planning.workspace.readers.register_import; here only the arguments and what is said.
"""

from __future__ import annotations

import argparse
import datetime as dt
from pathlib import Path

from planning.cli._output import emit_json, say
from planning.errors import PlanningError
from planning.i18n import fmt_date, fmt_int, text


def register(parser: argparse.ArgumentParser, common: argparse.ArgumentParser, lang: str) -> None:
    """Add ``import`` under ``planning population`` (optional: without it, the projection)."""
    inner = parser.add_subparsers(
        dest="population_command", metavar="import", help=text("help.population.action", lang)
    )
    inner.required = False
    imp = inner.add_parser("import", parents=[common], help=text("help.population.import", lang))
    imp.add_argument("file", metavar="FILE", type=Path, help=text("help.population.file", lang))
    imp.add_argument(
        "--mapping",
        metavar="M",
        type=Path,
        default=None,
        help=text("help.population.mapping", lang),
    )
    imp.add_argument(
        "--add-villages",
        "--kernen-toevoegen",
        dest="add_villages",
        action="store_true",
        help=text("help.population.add_villages", lang),
    )
    imp.add_argument(
        "--peildatum",
        metavar=text("help.population.date_metavar", lang),
        type=lambda value: _iso_date(value, lang),
        default=None,
        help=text("help.population.peildatum", lang),
    )
    imp.set_defaults(func=run_import)


def _iso_date(value: str, lang: str) -> dt.date:
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(
            text("register.bad_peildatum_option", lang, value=value)
        ) from None


def run_import(args: argparse.Namespace) -> int:
    from planning.workspace.folder import default_workspace
    from planning.workspace.readers.register_import import import_register

    workspace = Path(args.workspace) if args.workspace else default_workspace()
    lang = args.lang or "nl"
    try:
        done = import_register(
            workspace,
            args.file,
            mapping=args.mapping,
            add_villages=args.add_villages,
            peildatum=args.peildatum,
            lang=lang,
        )
    except PlanningError as exc:
        if args.json:
            emit_json({"imported": False, "error": exc.text_in(lang)})
        raise
    latest = max(done.peildata)
    if args.json:
        emit_json(
            {
                "imported": True,
                "changed": done.changed,
                "written": done.written,
                "peildata": [d.isoformat() for d in done.peildata],
                "source": done.source,
                "inhabitants": done.inhabitants,
                "total": done.total,
                "added_villages": done.added,
                "estimated_locations": done.estimated,
                "split_groups": done.split_groups,
            }
        )
        return 0
    say(
        text(
            "cli.register.took",
            lang,
            file=done.file,
            villages=len(done.inhabitants),
            inhabitants=fmt_int(done.total, lang),
            date=fmt_date(latest, lang),
            source=done.source,
        )
    )
    if len(done.peildata) > 1:
        dates = ", ".join(fmt_date(d, lang) for d in done.peildata)
        say(text("cli.register.dates", lang, dates=dates))
    for vid, count in done.inhabitants.items():
        name = done.names.get(vid, vid)
        say(text("cli.register.row", lang, name=name, inhabitants=fmt_int(count, lang)))
    if done.added:
        say(text("cli.register.added", lang, names=", ".join(done.names[v] for v in done.added)))
    if done.estimated:
        say(text("cli.register.estimated", lang, names=", ".join(done.estimated)))
    if done.split_groups:
        say(text("cli.register.split", lang, groups=", ".join(done.split_groups)))
    if done.changed:
        say(text("cli.register.written", lang, files=", ".join(done.written)))
        say(text("cli.register.next", lang, folder=workspace))
    else:
        say(text("cli.register.unchanged", lang))
    return 0
