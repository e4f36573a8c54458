"""planning plan state | list: the recorded village plans and what became of their actions.

Every ``planning export`` records the plan in the store (planning.plan.previous); staff
record here how each action and commitment stands, so the next plan of the kern can say
what became of this one.
"""

from __future__ import annotations

import argparse

from planning.cli._output import emit_json, left_out, say
from planning.i18n import fmt_date, text
from planning.workspace.folder import open_workspace


def register(
    sub: argparse._SubParsersAction[argparse.ArgumentParser],
    common: argparse.ArgumentParser,
    lang: str = "nl",
) -> None:
    p = sub.add_parser("plan", help=text("help.plan", lang))
    psub = p.add_subparsers(dest="plan_command", metavar=text("help.action", lang))
    psub.required = True
    state = psub.add_parser(
        "state", aliases=["stand"], parents=[common], help=text("help.plan.state", lang)
    )
    state.add_argument(
        "--village", required=True, metavar="ID", help=text("help.plan.village", lang)
    )
    which = state.add_mutually_exclusive_group(required=True)
    which.add_argument("--action", metavar="TITLE", help=text("help.plan.action", lang))
    which.add_argument("--commitment", metavar="ID", help=text("help.plan.commitment", lang))
    state.add_argument(
        "--state", required=True, metavar="STATE", help=text("help.plan.state_value", lang)
    )
    state.add_argument("--plan", type=int, metavar="N", help=text("help.plan.number", lang))
    state.add_argument("--note", default="", help=text("help.plan.note", lang))
    state.set_defaults(func=run_state)
    lst = psub.add_parser(
        "list", aliases=["lijst"], parents=[common], help=text("help.plan.list", lang)
    )
    lst.add_argument("--village", metavar="ID", help=text("help.plan.village", lang))
    lst.set_defaults(func=run_list)


def run_state(args: argparse.Namespace) -> int:
    from planning.store import open_store
    from planning.store.plan_records import record_state

    ws = open_workspace(args.workspace)
    ws.village(args.village)
    lang = args.lang or ws.settings.lang
    kind, item = (
        ("action", args.action) if args.action is not None else ("commitment", args.commitment)
    )
    store = open_store(ws)
    record = record_state(
        store, args.village, kind, item, args.state, number=args.plan, note=args.note, lang=lang
    )
    found = next(
        it
        for it in record.items
        if it.kind == kind and it.item.casefold() == item.strip().casefold()
    )
    if args.json:
        emit_json(
            {"village_id": args.village, "plan": record.number, "kind": kind,
             "item": found.item, "state": found.state}
        )  # fmt: skip
    else:
        say(
            text(
                "cli.plan.recorded",
                lang,
                kind=text(f"earlier.kind.{kind}", lang),
                item=found.item,
                number=record.number,
                village=args.village,
                state=text(f"state.{found.state}", lang),
            )
        )
    return 0


def run_list(args: argparse.Namespace) -> int:
    from planning.store import open_store
    from planning.store.plan_records import plans_of

    ws = open_workspace(args.workspace)
    if args.village:
        ws.village(args.village)
    lang = args.lang or ws.settings.lang
    store = open_store(ws)
    left_out(store.seed_skipped, lang)
    records = plans_of(store, args.village)
    if args.json:
        emit_json(
            [
                {
                    "village_id": r.village_id,
                    "plan": r.number,
                    "made_on": r.made_on.isoformat(),
                    "survey_round": r.survey_round,
                    "scenario": r.scenario,
                    "scenario_version": r.scenario_version,
                    "population_source": r.population_source,
                    "generated": r.generated,
                    "items": [
                        {"kind": it.kind, "item": it.item, "state": it.state} for it in r.items
                    ],
                }
                for r in records
            ]
        )
        return 0
    if not records:
        say(text("cli.plan.none", lang))
    for r in records:
        say(
            text(
                "cli.plan.header",
                lang,
                number=r.number,
                village=r.village_id,
                date=fmt_date(r.made_on, lang),
                scenario=r.scenario or text("no_scenario", lang),
                version=r.scenario_version or "–",
                round=r.survey_round or "–",
                generated=text("cli.plan.generated", lang) if r.generated else "",
            )
        )
        for it in r.items:
            state = text(f"state.{it.state}" if it.state else "state.unknown", lang)
            what = it.item if it.kind == "action" else f"{it.item}: {it.description}"
            say(f"  - {text(f'earlier.kind.{it.kind}', lang)}: {what} — {state}")
    return 0
