"""planning match: which provisions fit a resident's question; record matches made.

planning match --village roden --theme loneliness --age 70 [--json]
planning match record --village roden --theme loneliness --provision P
                      [--age 70] [--date 2026-11-22] [--outcome accepted]
planning match outcome ID OUTCOME
planning match counts [--village roden]    (monitoring: matches per theme)
"""

from __future__ import annotations

import argparse
from datetime import date

from planning.cli._output import emit_json, left_out, say
from planning.errors import WorkspaceError
from planning.i18n import fmt_date, label
from planning.workspace.codes import MATCH_OUTCOMES as OUTCOMES
from planning.workspace.folder import open_workspace


def _date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"datum '{text}': verwacht JJJJ-MM-DD, bv. 2026-11-22"
        ) from None


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser(
        "match", parents=[common], help="aanbod bij een vraag zoeken; gemaakte matches vastleggen"
    )
    p.add_argument("--village", metavar="ID", help="kern van de vraagsteller")
    p.add_argument("--theme", metavar="T", help="thema van de vraag")
    p.add_argument("--age", type=float, metavar="N", help="leeftijd van de vraagsteller")
    p.set_defaults(func=run_match, parser=p)
    actions = p.add_subparsers(dest="action", metavar="ACTION")

    r = actions.add_parser("record", parents=[common], help="een gemaakte match vastleggen")
    r.add_argument("--village", metavar="ID", required=True)
    r.add_argument("--theme", metavar="T", required=True)
    r.add_argument("--provision", metavar="P", required=True, help="aanbod_id")
    r.add_argument("--age", type=int, metavar="N", default=None)
    r.add_argument("--date", type=_date, default=None, help="JJJJ-MM-DD (standaard: vandaag)")
    r.add_argument("--outcome", choices=OUTCOMES, default="proposed")
    r.add_argument("--respondent", metavar="ID", default=None, help="respondent_id (optioneel)")
    r.set_defaults(func=run_record)

    o = actions.add_parser("outcome", parents=[common], help="uitkomst van een match bijwerken")
    o.add_argument("match_id", type=int, metavar="ID")
    o.add_argument("outcome", choices=OUTCOMES)
    o.set_defaults(func=run_outcome)

    b = actions.add_parser(
        "bulk", parents=[common], help="alle gecodeerde behoeften van een kern langs het aanbod"
    )
    b.add_argument("--village", metavar="ID", required=True)
    b.set_defaults(func=run_bulk)

    c = actions.add_parser("counts", parents=[common], help="aantal matches per kern en thema")
    c.add_argument("--village", metavar="ID", default=None)
    c.set_defaults(func=run_counts)


def run_match(args: argparse.Namespace) -> int:
    from planning.analysis.matching import match
    from planning.workspace.themes import resolve_theme

    missing = [f"--{n}" for n in ("village", "theme", "age") if getattr(args, n) is None]
    if missing:
        args.parser.error(f"geef {', '.join(missing)} op (of gebruik: match record/counts)")
    ws = open_workspace(args.workspace)
    fits = match(ws, args.theme, args.age, args.village)
    if args.json:
        emit_json(fits)
        return 0
    lang = ws.settings.lang
    name = ws.village(args.village)["name"]
    theme = ws.settings.theme_label(resolve_theme(ws, args.theme), lang)
    if not fits:
        say(f"Geen passend aanbod voor {theme}, {args.age:g} jaar, in of bij {name}.")
        return 0
    say(f"Passend aanbod voor {theme}, {args.age:g} jaar, in of bij {name}:")
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
        say(
            f"Match {match_id} vastgelegd: {args.provision} voor "
            f"{ws.settings.theme_label(args.theme)} in {args.village} op "
            f"{fmt_date(made_on, ws.settings.lang)} ({label('match.' + args.outcome)})."
        )
    return 0


def run_outcome(args: argparse.Namespace) -> int:
    from planning.store import matches as store_matches
    from planning.store import open_store

    ws = open_workspace(args.workspace)
    if not store_matches.set_outcome(open_store(ws), args.match_id, args.outcome):
        raise WorkspaceError(f"match {args.match_id} bestaat niet (zie planning match counts)")
    if args.json:
        emit_json({"id": args.match_id, "outcome": args.outcome})
    else:
        say(f"Match {args.match_id}: {label('match.' + args.outcome)}.")
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
    if table.empty:
        say("Geen gecodeerde behoeften in deze kern.")
        return 0
    lang = ws.settings.lang
    say(f"Behoeften in {ws.village(args.village)['name']} langs het bestaande aanbod:")
    say(f"{'thema':<36}{'termijn':>8}{'vragen':>8}{'passend':>9}{'geen':>6}  meest passend")
    for row in shown.itertuples(index=False):
        say(
            f"{ws.settings.theme_label(row.theme, lang)[:35]:<36}{row.horizon:>8}"
            f"{row.needs!s:>8}{row.matched!s:>9}{row.unmatched!s:>6}  {row.top_provision or '-'}"
        )
    say("'geen': geen aanbod past (thema, leeftijd, plaats of plek vrij): een mogelijk tekort.")
    return 0


def run_counts(args: argparse.Namespace) -> int:
    from planning.analysis.match_records import match_counts
    from planning.store import open_store

    ws = open_workspace(args.workspace)
    if args.village:
        ws.village(args.village)
    table = match_counts(ws, args.village)
    left_out(open_store(ws).seed_skipped)
    if args.json:
        emit_json(table.to_dict("records"))
        return 0
    if table.empty:
        say("Nog geen matches vastgelegd.")
        return 0
    say(f"{'kern':<18}{'thema':<36}{'matches':>8}{'aangenomen':>12}")
    for row in table.itertuples(index=False):
        say(
            f"{row.village_id:<18}{ws.settings.theme_label(row.theme)[:35]:<36}"
            f"{row.matches:>8}{row.accepted:>12}"
        )
    return 0
