"""planning followup: the personal approach (who to call back, calls, visits).

The only command that shows personal data; it reads and writes the store.
"""

from __future__ import annotations

import argparse
from datetime import date
from typing import Any

from planning.cli._output import emit_json, say
from planning.workspace.codes import FOLLOWUP_OUTCOMES as OUTCOMES
from planning.workspace.codes import VISIT_STATES

OUTCOME_NL = {
    "reached": "gesproken",
    "no_answer": "geen gehoor",
    "voicemail": "voicemail",
    "callback_later": "later terugbellen",
    "wrong_number": "verkeerd nummer",
    "declined": "wil geen contact",
}


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser("followup", help="opvolging: terugbellen, huisbezoek, samen invullen")
    inner = p.add_subparsers(dest="followup_command", metavar="ACTIE")
    inner.required = True
    lst = inner.add_parser("list", parents=[common], help="wie terugbellen")
    lst.add_argument("--village", metavar="ID", default=None)
    lst.add_argument("--all", action="store_true", help="ook wie niet om contact vroeg of klaar is")
    lst.set_defaults(func=run_list)

    call = inner.add_parser("call", parents=[common], help="een belpoging vastleggen")
    call.add_argument("respondent", metavar="RESPONDENT_ID")
    call.add_argument("--outcome", required=True, choices=OUTCOMES)
    call.add_argument("--date", type=date.fromisoformat, default=None, help="jjjj-mm-dd")
    call.add_argument("--note", default=None)
    call.add_argument("--staff", default=None, help="wie belde")
    call.add_argument("--source", default=None, help="export, als het id in meer exporten staat")
    call.set_defaults(func=run_call)

    upd = inner.add_parser(
        "update", parents=[common], help="huisbezoek, samen ingevuld, doorgezet naar, afgesloten"
    )
    upd.add_argument("respondent", metavar="RESPONDENT_ID")
    upd.add_argument("--visit", choices=VISIT_STATES, default=None, help="huisbezoek")
    upd.add_argument("--visit-date", type=date.fromisoformat, default=None)
    upd.add_argument("--form-together", action="store_true", default=None)
    upd.add_argument("--passed-to", default=None, help="vraag doorgezet naar (bv. sociaal team)")
    upd.add_argument("--note", default=None)
    upd.add_argument("--closed", action="store_true", default=None)
    upd.add_argument("--source", default=None)
    upd.set_defaults(func=run_update)

    app = inner.add_parser(
        "app",
        parents=[common],
        help="invoerformulier en terugbellijst zonder code (Voila, alleen op deze computer)",
    )
    app.add_argument("--village", metavar="ID", default=None, help="kern (standaard: roden)")
    app.add_argument("--port", type=int, default=None, help="poort (standaard 8867 of een vrije)")
    app.add_argument("--no-browser", action="store_true", help="open geen browservenster")
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
    if not people:
        say("Geen openstaande contactverzoeken. (Contactgegevens komen binnen via")
        say("'planning survey import' met [pii]-kolommen in het koppelbestand.)")
        return 0
    say(f"{len(people)} contact(en) — vertrouwelijk, niet delen:")
    for p in people:
        visit = {"none": "", "planned": "huisbezoek gepland", "done": "huisbezoek gedaan"}
        extra = [
            visit[p["home_visit"]],
            "samen ingevuld" if p["form_together"] else "",
            f"doorgezet naar {p['passed_to']}" if p["passed_to"] else "",
            "afgesloten" if p["closed"] else "",
        ]
        say(
            f"- {p['respondent_id']} [{p['village_id']}] {p['name'] or '(geen naam)'} "
            f"{p['phone'] or ''} {p['email'] or ''}".rstrip()
        )
        for a in p["attempts"]:
            note = f" — {a['note']}" if a["note"] else ""
            say(f"    {a['attempted_on']}: {OUTCOME_NL.get(a['outcome'], a['outcome'])}{note}")
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
        say(f"Belpoging vastgelegd: {done['respondent_id']} {OUTCOME_NL[done['outcome']]}")
    return 0


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
        say(f"Bijgewerkt: {person['respondent_id']}")
    return 0


APP_NOTEBOOK = "09_persoonlijke_aanpak.ipynb"


def run_app(args: argparse.Namespace) -> int:
    """Serve the entry form and the callback list as an app (Voila, code hidden, local only)."""
    from pathlib import Path

    from planning.cli._serve import notebooks_dir
    from planning.cli.app import serve_voila
    from planning.errors import SessionError
    from planning.workspace.folder import default_workspace, open_workspace

    workspace = Path(args.workspace) if args.workspace else default_workspace()
    ws = open_workspace(workspace)  # fail early, with a clear message
    village = args.village or str(ws.village_ids()[0])
    ws.village(village)
    notebook = notebooks_dir() / APP_NOTEBOOK
    if not notebook.is_file():
        raise SessionError(f"{notebook}: het notebook van de persoonlijke aanpak ontbreekt")
    print(f"Persoonlijke aanpak voor werkmap {workspace}, kern {village}")
    return serve_voila(
        notebook,
        workspace,
        steps=(),  # local assets, no menu
        lang=args.lang or ws.settings.lang,
        port=args.port,
        what="Het invoerformulier en de terugbellijst",
        village=village,
        open_browser=not args.no_browser,
        default_port=8867,
    )
