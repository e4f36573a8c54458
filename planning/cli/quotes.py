"""planning quotes review | approve | edit | reject: a person decides which quotes go out.

``review`` shows every quote residents released, with what the rules remove and the text
as the plan will print it; the other three record a decision (who: ``--by`` or the account
on this computer; when: now) in the store. Only approved and edited quotes reach a plan.
This command shows the residents' own words, so it is for staff, like ``followup``.
"""

from __future__ import annotations

import argparse
from typing import Any

from planning.cli._output import emit_json, say
from planning.i18n import fmt_date, fmt_int, text


def register(
    sub: argparse._SubParsersAction[argparse.ArgumentParser],
    common: argparse.ArgumentParser,
    lang: str = "nl",
) -> None:
    p = sub.add_parser("quotes", help=text("help.quotes", lang))
    inner = p.add_subparsers(dest="quotes_command", metavar=text("help.action", lang))
    inner.required = True

    def action(name: str, func: Any) -> argparse.ArgumentParser:
        parser = inner.add_parser(name, parents=[common], help=text(f"help.quotes.{name}", lang))
        parser.add_argument(
            "--village", metavar="ID", required=True, help=text("help.the_village", lang)
        )
        if name != "review":
            parser.add_argument("--by", metavar="NAME", help=text("help.quotes.by", lang))
        parser.set_defaults(func=func)
        return parser

    action("review", run_review)
    approve = action("approve", run_approve)
    which = approve.add_mutually_exclusive_group(required=True)
    which.add_argument("--all", action="store_true", help=text("help.quotes.all", lang))
    which.add_argument("--id", metavar="Q", action="append", help=text("help.quotes.id", lang))
    edit = action("edit", run_edit)
    edit.add_argument("--id", metavar="Q", required=True, help=text("help.quotes.id", lang))
    edit.add_argument("--text", required=True, help=text("help.quotes.text", lang))
    reject = action("reject", run_reject)
    reject.add_argument("--id", metavar="Q", required=True, help=text("help.quotes.id", lang))


def _workspace(args: argparse.Namespace) -> Any:
    from planning.workspace.folder import open_workspace

    ws = open_workspace(args.workspace)
    ws.village(args.village)  # an unknown village is refused with a suggestion
    return ws


def run_review(args: argparse.Namespace) -> int:
    from planning.survey import quote_review as review

    ws = _workspace(args)
    found = review.quotes(ws, args.village)
    if args.json:
        emit_json([q.as_json() for q in found])
        return 0
    lang = args.lang
    counts = review.summary(found)
    name = str(ws.village(args.village)["name"])
    if not found:
        say(text("quotes.none", lang, village=name))
        return 0
    say(
        text("quotes.count", lang, village=name, **{k: fmt_int(v, lang) for k, v in counts.items()})
    )
    base = ws.settings.base_year
    for quote in found:
        say()
        say(_headline(quote, base, lang))
        say(f"  {text('quotes.original', lang)}: {quote.original}")
        if quote.edited:
            say(f"  {text('quotes.edited_text', lang)}: {quote.edited}")
        published = quote.published or text(
            "quotes.needs_edit"
            if quote.needs_edit and not quote.edited
            else "quotes.not_published",
            lang,
        )
        say(f"  {text('quotes.published', lang)}: {published}")
        if quote.removed:
            parts = [f"'{s['text']}' ({review.kind_label(s['kind'], lang)})" for s in quote.removed]
            say(f"  {text('quotes.removed', lang)}: {', '.join(parts)}")
    say()
    say(text("quotes.how", lang, village=args.village))
    return 0


def _headline(quote: Any, base_year: int, lang: str) -> str:
    """'[r0001:3] over 3 jaar (2029): goedgekeurd door anna op 6 december 2026'."""
    state = text(f"quotes.state.{quote.state}", lang)
    if quote.decided_by:
        when = fmt_date(quote.decided_at.date(), lang)
        state = text("quotes.decided", lang, state=state, by=quote.decided_by, on=when)
    horizon = text("horizon.when", lang, h=quote.horizon, year=base_year + quote.horizon)
    return f"[{quote.id}] {horizon}: {state}"


def _done(args: argparse.Namespace, decided: list[Any], key: str) -> int:
    if args.json:
        emit_json([q.as_json() for q in decided])
        return 0
    if not decided:
        say(text("quotes.nothing_pending", args.lang))
        return 0
    say(text(key, args.lang, n=fmt_int(len(decided), args.lang), by=decided[0].decided_by))
    for quote in decided:
        say(f"  [{quote.id}] {quote.published or text('quotes.not_published', args.lang)}")
    return 0


def run_approve(args: argparse.Namespace) -> int:
    from planning.survey import quote_review as review

    ws = _workspace(args)
    ids = None if args.all else args.id
    decided = review.approve(ws, args.village, ids, args.by)
    return _done(args, decided, "quotes.approved")


def run_edit(args: argparse.Namespace) -> int:
    from planning.survey import quote_review as review

    ws = _workspace(args)
    decided = review.edit(ws, args.village, args.id, args.text, args.by)
    return _done(args, [decided], "quotes.edited")


def run_reject(args: argparse.Namespace) -> int:
    from planning.survey import quote_review as review

    ws = _workspace(args)
    decided = review.reject(ws, args.village, args.id, args.by)
    return _done(args, [decided], "quotes.rejected")
