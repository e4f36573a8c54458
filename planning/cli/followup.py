"""planning followup: the personal approach (who to call back, calls, visits).

The only command that shows personal data; it reads and writes the store.
"""

from __future__ import annotations

import argparse
from datetime import date
from typing import Any

from planning.cli._output import emit_json, say
from planning.cli._serve import add_server_options
from planning.i18n import text
from planning.workspace.codes import FOLLOWUP_OUTCOMES as OUTCOMES
from planning.workspace.codes import VISIT_STATES


def register(
    sub: argparse._SubParsersAction[argparse.ArgumentParser],
    common: argparse.ArgumentParser,
    lang: str = "nl",
) -> None:
    p = sub.add_parser("followup", help=text("help.followup", lang))
    inner = p.add_subparsers(dest="followup_command", metavar=text("help.action", lang))
    inner.required = True
    lst = inner.add_parser("list", parents=[common], help=text("help.followup.list", lang))
    lst.add_argument("--village", metavar="ID", default=None)
    lst.add_argument("--all", action="store_true", help=text("help.followup.all", lang))
    lst.set_defaults(func=run_list)

    call = inner.add_parser("call", parents=[common], help=text("help.followup.call", lang))
    call.add_argument("respondent", metavar="RESPONDENT_ID")
    call.add_argument("--outcome", required=True, choices=OUTCOMES)
    call.add_argument(
        "--date", type=date.fromisoformat, default=None, help=text("help.followup.date", lang)
    )
    call.add_argument("--note", default=None)
    call.add_argument("--staff", default=None, help=text("help.followup.staff", lang))
    call.add_argument("--source", default=None, help=text("help.followup.source", lang))
    call.set_defaults(func=run_call)

    upd = inner.add_parser("update", parents=[common], help=text("help.followup.update", lang))
    upd.add_argument("respondent", metavar="RESPONDENT_ID")
    upd.add_argument(
        "--visit", choices=VISIT_STATES, default=None, help=text("help.followup.visit", lang)
    )
    upd.add_argument("--visit-date", type=date.fromisoformat, default=None)
    upd.add_argument("--form-together", action="store_true", default=None)
    upd.add_argument("--passed-to", default=None, help=text("help.followup.passed_to", lang))
    upd.add_argument("--note", default=None)
    upd.add_argument("--closed", action="store_true", default=None)
    upd.add_argument("--source", default=None)
    upd.set_defaults(func=run_update)

    app = inner.add_parser("app", parents=[common], help=text("help.followup.app", lang))
    app.add_argument(
        "--village", metavar="ID", default=None, help=text("help.followup.village", lang)
    )
    add_server_options(app, 8867, lang)
    app.set_defaults(func=run_app)


def _store(args: argparse.Namespace) -> Any:
    from planning.store import open_store
    from planning.workspace.folder import open_workspace

    return open_store(open_workspace(args.workspace))


def run_list(args: argparse.Namespace) -> int:
    from planning.store.followup import contact_list
    from planning.workspace.folder import open_workspace

    ws = open_workspace(args.workspace)
    if args.village:
        ws.village(args.village)
    from planning.store import open_store

    store = open_store(ws)
    try:
        people = contact_list(store, args.village, everyone=args.all)
    finally:
        store.dispose()
    if not args.all:
        people = [p for p in people if not p["closed"]]
    if args.json:
        emit_json(people)
        return 0
    lang = args.lang or ws.settings.lang
    if not people:
        say(text("cli.followup.none", lang))
        return 0
    say(text("cli.followup.count", lang, count=len(people)))
    for p in people:
        extra = [
            "" if p["home_visit"] == "none" else text(f"cli.followup.{p['home_visit']}", lang),
            text("cli.followup.together", lang) if p["form_together"] else "",
            text("cli.followup.passed", lang, to=p["passed_to"]) if p["passed_to"] else "",
            text("cli.followup.closed", lang) if p["closed"] else "",
        ]
        name = p["name"] or text("cli.followup.no_name", lang)
        say(
            f"- {p['respondent_id']} [{p['village_id']}] {name} "
            f"{p['phone'] or ''} {p['email'] or ''}".rstrip()
        )
        for a in p["attempts"]:
            note = f" — {a['note']}" if a["note"] else ""
            say(f"    {a['attempted_on']}: {_outcome(a['outcome'], lang)}{note}")
        status = ", ".join(e for e in extra if e)
        if status:
            say(f"    {status}")
    return 0


def run_call(args: argparse.Namespace) -> int:
    from planning.store.followup import record_attempt

    store = _store(args)
    try:
        done = record_attempt(
            store, args.respondent, args.outcome, args.date, args.note, args.staff, args.source
        )
    finally:
        store.dispose()
    if args.json:
        emit_json(done)
    else:
        outcome = _outcome(done["outcome"], args.lang)
        say(text("cli.followup.called", args.lang, who=done["respondent_id"], outcome=outcome))
    return 0


def _outcome(code: str, lang: str | None) -> str:
    """A call's outcome in the words of the callback list; an unknown code as it is."""
    return text(f"followup.{code}", lang or "nl") if code in OUTCOMES else code


def run_update(args: argparse.Namespace) -> int:
    from planning.store.followup import update_contact

    store = _store(args)
    try:
        person = update_contact(
            store,
            args.respondent,
            source=args.source,
            home_visit=args.visit,
            home_visit_on=args.visit_date,
            form_together=args.form_together,
            passed_to=args.passed_to,
            note=args.note,
            closed=args.closed,
        )
    finally:
        store.dispose()
    if args.json:
        emit_json(person)
    else:
        say(text("cli.followup.updated", args.lang, who=person["respondent_id"]))
    return 0


APP_NOTEBOOK = "09_persoonlijke_aanpak.ipynb"


def run_app(args: argparse.Namespace) -> int:
    """Serve the entry form and the callback list as an app (Voila, code hidden, local only)."""
    from pathlib import Path

    from planning.cli._serve import human_output, notebooks_dir
    from planning.cli.app import serve_voila
    from planning.errors import SessionError
    from planning.workspace.folder import default_workspace, open_workspace

    workspace = Path(args.workspace) if args.workspace else default_workspace()
    ws = open_workspace(workspace)  # fail early, with a clear message
    village = args.village or str(ws.village_ids()[0])
    ws.village(village)
    lang = args.lang or ws.settings.lang
    notebook = notebooks_dir() / APP_NOTEBOOK
    if not notebook.is_file():
        raise SessionError(key="cli.followup.missing", notebook=notebook)
    print(
        text("cli.followup.start", lang, workspace=workspace, village=village),
        file=human_output(args),
    )
    return serve_voila(
        notebook,
        workspace,
        steps=(),  # local assets, no menu
        lang=lang,
        port=args.port,
        what=text("cli.followup.what", lang),
        village=village,
        open_browser=not args.no_browser,
        default_port=8867,
        as_json=args.json,
    )
