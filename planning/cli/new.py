"""planning new DIR --gemeente NAME: a clean workspace for any Dutch municipality."""

from __future__ import annotations

import argparse
from pathlib import Path

from planning.cli._output import emit_json, say
from planning.i18n import text


def register(
    sub: argparse._SubParsersAction[argparse.ArgumentParser],
    common: argparse.ArgumentParser,
    lang: str = "nl",
) -> None:
    p = sub.add_parser("new", parents=[common], help=text("help.new", lang))
    p.add_argument("dir", metavar="DIR", type=Path)
    p.add_argument(
        "--municipality",
        "--gemeente",
        dest="municipality",
        metavar=text("help.new.metavar", lang),
        required=True,
        help=text("help.new.municipality", lang),
    )
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    # the CBS tables load only when the command runs; none of these imports pandas
    from planning.analysis.rates import cbs_net_migration
    from planning.workspace.reference.municipalities import resolve_municipality
    from planning.workspace.reference.scaffold import Migration, summary_line, write_new_workspace

    # the README, workspace.toml's comments and the workspace itself speak the chosen language
    lang = args.lang or "nl"
    municipality = resolve_municipality(args.municipality)
    rate = cbs_net_migration(municipality)
    migration = None if rate is None else Migration(rate, text("source.migration", lang))
    made = write_new_workspace(args.dir, municipality, migration=migration, lang=lang)
    if args.json:
        emit_json(
            {
                "written": str(made.path),
                "municipality": made.municipality,
                "villages": made.villages,
                "inhabitants": made.inhabitants,
                "net_migration_rate": rate,
                "estimated_places": list(made.estimated_places),
            }
        )
        return 0
    say(summary_line(made, lang))
    if made.estimated_places:
        say(text("new.estimated", lang, names=", ".join(made.estimated_places)))
    say(text("new.postcode_areas", lang))
    say(text("new.register_hint", lang, folder=made.path))
    say(text("new.next", lang, folder=made.path))
    return 0
