"""planning match: which provisions fit a resident's question; record matches made.

planning match --village roden --theme loneliness --age 70 [--json]
planning match record --village roden --theme loneliness --provision P
                      [--age 70] [--date 2026-11-22] [--outcome accepted]
planning match outcome ID OUTCOME
planning match counts [--village roden]    (monitoring: matches per theme)
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from datetime import date

from planning.cli._output import emit_json, left_out, say
from planning.errors import WorkspaceError
from planning.i18n import fmt_date, fmt_int, label, text
from planning.workspace.codes import MATCH_OUTCOMES as OUTCOMES
from planning.workspace.folder import open_workspace


def _date_in(lang: str) -> Callable[[str], date]:
    """argparse's type for --date: an ISO date, refused in ``lang``."""

    def parse(value: str) -> date:
        try:
            return date.fromisoformat(value)
        except ValueError:
            raise argparse.ArgumentTypeError(
                text("cli.match.bad_date", lang, value=value)
            ) from None

    return parse


def register(
    sub: argparse._SubParsersAction[argparse.ArgumentParser],
    common: argparse.ArgumentParser,
    lang: str = "nl",
) -> None:
    p = sub.add_parser("match", parents=[common], help=text("help.match", lang))
    p.add_argument("--village", metavar="ID", help=text("help.match.village", lang))
    p.add_argument("--theme", metavar="T", help=text("help.match.theme", lang))
    p.add_argument("--age", type=float, metavar="N", help=text("help.match.age", lang))
    p.set_defaults(func=run_match, parser=p)
    actions = p.add_subparsers(dest="action", metavar="ACTION")

    r = actions.add_parser("record", parents=[common], help=text("help.match.record", lang))
    r.add_argument("--village", metavar="ID", required=True)
    r.add_argument("--theme", metavar="T", required=True)
    r.add_argument(
        "--provision", metavar="P", required=True, help=text("help.match.provision", lang)
    )
    r.add_argument("--age", type=int, metavar="N", default=None)
    r.add_argument("--date", type=_date_in(lang), default=None, help=text("help.match.date", lang))
    r.add_argument("--outcome", choices=OUTCOMES, default="proposed")
    r.add_argument(
        "--respondent", metavar="ID", default=None, help=text("help.match.respondent", lang)
    )
    r.set_defaults(func=run_record)

    o = actions.add_parser("outcome", parents=[common], help=text("help.match.outcome", lang))
    o.add_argument("match_id", type=int, metavar="ID")
    o.add_argument("outcome", choices=OUTCOMES)
    o.set_defaults(func=run_outcome)

    b = actions.add_parser("bulk", parents=[common], help=text("help.match.bulk", lang))
    b.add_argument("--village", metavar="ID", required=True)
    b.set_defaults(func=run_bulk)

    c = actions.add_parser("counts", parents=[common], help=text("help.match.counts", lang))
    c.add_argument("--village", metavar="ID", default=None)
    c.set_defaults(func=run_counts)


def run_match(args: argparse.Namespace) -> int:
    from planning.analysis.matching import match
    from planning.workspace.themes import resolve_theme

    missing = [f"--{n}" for n in ("village", "theme", "age") if getattr(args, n) is None]
    if missing:
        args.parser.error(text("cli.match.missing", args.lang, options=", ".join(missing)))
    ws = open_workspace(args.workspace)
    lang = args.lang or ws.settings.lang
    fits = match(ws, args.theme, args.age, args.village, lang=lang)
    if args.json:
        emit_json(fits)
        return 0
    name = ws.village(args.village)["name"]
    theme = ws.settings.theme_label(resolve_theme(ws, args.theme), lang)
    key = "cli.match.found" if fits else "cli.match.none"
    say(text(key, lang, theme=theme, age=f"{args.age:g}", name=name))
    if not fits:
        return 0
    for f in fits:
        say(f"{f['rank']:>3}. {f['name']} [{f['provision_id']}]")
        for reason in f["reasons"]:
            say(f"       - {reason}")
    return 0


def run_record(args: argparse.Namespace) -> int:
    from planning.analysis.match_records import record_match

    ws = open_workspace(args.workspace)
    made_on = args.date or date.today()
    match_id = record_match(
        ws,
        args.village,
        args.theme,
        args.provision,
        made_on=made_on,
        outcome=args.outcome,
        age=args.age,
        respondent_id=args.respondent,
    )
    if args.json:
        emit_json(
            {
                "id": match_id,
                "village_id": args.village,
                "theme": args.theme,
                "provision_id": args.provision,
                "made_on": made_on.isoformat(),
                "outcome": args.outcome,
            }
        )
    else:
        lang = args.lang or ws.settings.lang
        say(
            text(
                "cli.match.recorded",
                lang,
                id=match_id,
                provision=args.provision,
                theme=ws.settings.theme_label(args.theme, lang),
                village=args.village,
                date=fmt_date(made_on, lang),
                outcome=label("match." + args.outcome, lang),
            )
        )
    return 0


def run_outcome(args: argparse.Namespace) -> int:
    from planning.store import matches as store_matches
    from planning.store import open_store

    ws = open_workspace(args.workspace)
    if not store_matches.set_outcome(open_store(ws), args.match_id, args.outcome):
        raise WorkspaceError(key="cli.match.unknown", id=args.match_id)
    if args.json:
        emit_json({"id": args.match_id, "outcome": args.outcome})
    else:
        say(f"Match {args.match_id}: {label('match.' + args.outcome, args.lang)}.")
    return 0


def run_bulk(args: argparse.Namespace) -> int:
    from planning.analysis.matching import needs_summary
    from planning.survey.suppression import publishable

    ws = open_workspace(args.workspace)
    table = needs_summary(ws, args.village)
    shown = publishable(table, derived={"needs": (), "matched": (), "unmatched": ()})
    if args.json:
        emit_json(shown.astype(object).where(shown.notna(), None).to_dict("records"))
        return 0
    lang = args.lang or ws.settings.lang
    if table.empty:
        say(text("cli.match.no_needs", lang))
        return 0
    say(text("cli.match.bulk_title", lang, name=ws.village(args.village)["name"]))
    head = [
        text(f"cli.match.{k}", lang) for k in ("theme", "horizon", "asked", "fits", "none_fits")
    ]
    say(
        f"{head[0]:<36}{head[1]:>8}{head[2]:>8}{head[3]:>9}{head[4]:>6}  "
        + text("cli.match.top", lang)
    )
    columns = ["theme", "horizon", "needs", "matched", "unmatched", "top_provision"]
    for theme, horizon, asked, fits, none_fits, top in shown[columns].itertuples(
        index=False, name=None
    ):
        say(
            f"{ws.settings.theme_label(theme, lang)[:35]:<36}{horizon:>8}"
            f"{asked!s:>8}{fits!s:>9}{none_fits!s:>6}  {top or '-'}"
        )
    say(text("cli.match.bulk_about", lang))
    return 0


def run_counts(args: argparse.Namespace) -> int:
    from planning.analysis.match_records import match_counts
    from planning.store import open_store

    ws = open_workspace(args.workspace)
    if args.village:
        ws.village(args.village)
    table = match_counts(ws, args.village)
    lang = args.lang or ws.settings.lang
    left_out(open_store(ws).seed_skipped, lang)
    if args.json:
        emit_json(table.to_dict("records"))
        return 0
    if table.empty:
        say(text("cli.match.no_matches", lang))
        return 0
    head = [label(k, lang) for k in ("village", "theme")]
    say(
        f"{head[0]:<18}{head[1]:<36}{text('cli.match.matches', lang):>8}"
        f"{label('match.accepted', lang):>12}"
    )
    columns = ["village_id", "theme", "matches", "accepted"]
    for village_id, theme, matches, accepted in table[columns].itertuples(index=False, name=None):
        say(
            f"{village_id:<18}{ws.settings.theme_label(theme, lang)[:35]:<36}"
            f"{fmt_int(matches, lang):>8}{fmt_int(accepted, lang):>12}"
        )
    return 0
