"""planning scenario import | export | list | evaluate | choose."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from planning.cli._output import emit_json, say


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser("scenario", parents=[common], help="scenario's: importeren, doorrekenen")
    inner = p.add_subparsers(dest="action", metavar="ACTIE")
    inner.required = True

    imp = inner.add_parser("import", parents=[common], help="scenario uit een TOML-bestand")
    imp.add_argument("file", metavar="FILE.toml", type=Path)
    imp.add_argument("--note", default=None, help="notitie bij deze versie")
    imp.set_defaults(func=run_import)

    exp = inner.add_parser("export", parents=[common], help="scenario als TOML")
    exp.add_argument("name", metavar="NAME")
    exp.add_argument("--village", metavar="ID", default=None)
    exp.add_argument("--version", type=int, default=None, help="een eerdere versie")
    exp.add_argument("--out", type=Path, default=None, help="bestand (standaard: scherm)")
    exp.set_defaults(func=run_export)

    lst = inner.add_parser("list", parents=[common], help="scenario's in de opslag")
    lst.add_argument("--village", metavar="ID", default=None)
    lst.set_defaults(func=run_list)

    ev = inner.add_parser("evaluate", parents=[common], help="reken een scenario door")
    ev.add_argument("--village", metavar="ID", required=True)
    ev.add_argument(
        "--scenario",
        metavar="NAME",
        default=None,
        help="standaard: het gekozen scenario van de kern",
    )
    ev.set_defaults(func=run_evaluate)

    ch = inner.add_parser("choose", parents=[common], help="kies het scenario voor het plan")
    ch.add_argument("name", metavar="NAME")
    ch.add_argument("--village", metavar="ID", required=True)
    ch.set_defaults(func=run_choose)


def _open(args: argparse.Namespace) -> tuple[Any, Any]:
    from planning.store import open_store
    from planning.workspace.folder import open_workspace

    ws = open_workspace(args.workspace)
    store = open_store(ws)
    _warn_skipped(ws, store.seed_skipped)
    return ws, store


def _warn_skipped(ws: Any, skipped: list[str]) -> None:
    """What the store left out. A few files or rows are printed with their reasons; more
    are grouped, one line per kind of problem (28 demo scenarios in a new municipality's
    folder would otherwise be hundreds of lines on every command)."""
    from planning.workspace.problem_groups import kind_counts, line_kinds
    from planning.workspace.scenario_problems import scenario_problems, skipped_files

    scenario_lines = [
        line
        for line in skipped
        if line.startswith("scenarios/") and not line.startswith("scenarios/chosen.toml")
    ]
    others = [line for line in skipped if line not in scenario_lines]
    if len(scenario_lines) > 3:
        problems = scenario_problems(ws)
        print(
            f"let op: {skipped_files(problems)} scenariobestanden in scenarios/ overgeslagen, "
            "ze passen niet bij de werkmap: "
            + ", ".join(kind_counts(problems)[:4])
            + ". Elk bestand en elke regel: planning check --all",
            file=sys.stderr,
        )
        scenario_lines = []
    for line in scenario_lines + (others if len(others) <= 5 else []):
        print(f"let op: {line}", file=sys.stderr)
    if len(others) > 5:
        for line in line_kinds(others):
            print(f"let op: overgeslagen: {line}", file=sys.stderr)


def run_import(args: argparse.Namespace) -> int:
    from planning.store import open_store
    from planning.store.scenarios import save_scenario
    from planning.workspace.folder import open_workspace
    from planning.workspace.scenario_file import read_scenario

    ws = open_workspace(args.workspace)
    scenario = read_scenario(ws, args.file)  # every check before the store is even opened
    store = open_store(ws)
    _warn_skipped(ws, store.seed_skipped)
    saved = save_scenario(store, scenario, note=args.note)
    if args.json:
        emit_json(
            {"scenario": saved.name, "village_id": saved.village_id, "version": saved.version}
        )
    else:
        say(f"Scenario '{saved.name}' ({saved.village_id}) opgeslagen als versie {saved.version}.")
    return 0


def run_export(args: argparse.Namespace) -> int:
    from planning.store.scenarios import scenario_text

    _, store = _open(args)
    text = scenario_text(store, args.name, args.village, args.version)
    if args.out is None:
        print(text, end="")
        return 0
    out: Path = args.out
    from planning.io.atomic import write_atomic

    write_atomic(out, text.encode("utf-8"))
    if args.json:
        emit_json({"written": str(out)})
    else:
        say(f"Scenario '{args.name}' geschreven naar {out}")
    return 0


def run_list(args: argparse.Namespace) -> int:
    from planning.store.scenarios import list_scenarios

    ws, store = _open(args)
    if args.village:
        ws.village(args.village)
    rows = list_scenarios(store, args.village)
    if args.json:
        emit_json(rows)
        return 0
    if not rows:
        say("Nog geen scenario's in de opslag.")
        return 0
    for row in rows:
        mark = "*" if row["chosen"] else " "
        say(f"{mark} {row['village_id']:<16} {row['name']:<40} versie {row['latest_version']}")
    say("(* = gekozen voor het dorpsplan)")
    return 0


def run_evaluate(args: argparse.Namespace) -> int:
    from planning.scenarios.evaluate import evaluate
    from planning.store.scenarios import chosen, load_scenario

    ws, store = _open(args)
    ws.village(args.village)
    if args.scenario:
        scenario = load_scenario(store, args.scenario, args.village)
    else:
        scenario = chosen(store, args.village)
    result = evaluate(ws, scenario, village_id=args.village)
    if args.json:
        emit_json(result)
        return 0
    _print_evaluation(ws, result)
    return 0


def _print_evaluation(ws: Any, result: dict[str, Any]) -> None:
    from planning.i18n import fmt_int, fmt_money, fmt_pct

    name = ws.village(result["village_id"])["name"]
    say(f"Scenario '{result['scenario']}' voor {name}")
    for h, r in result["horizons"].items():
        say("")
        say(
            f"Over {h} jaar ({r['year']}): {fmt_int(r['inhabitants'])} inwoners, "
            f"{fmt_pct(r['share_65_plus'] or 0)} 65+"
        )
        for theme, demand in r["demand"].items():
            cov = r["coverage"].get(theme)
            label = ws.settings.theme_label(theme)
            shown = "onbekend" if demand is None else fmt_int(demand)
            covered = "-" if cov is None else fmt_pct(cov)
            flag = "  TEKORT" if theme in r["gaps"] else ""
            say(
                f"  {label:<38} vraag {shown:>6}  aanbod {fmt_int(r['supply'][theme]):>6}"
                f"  dekking {covered:>6}{flag}"
            )
        d = r["distance_coverage"]
        walk = d.get("share_within_walk")
        say(
            f"  ontmoetingsplekken {d.get('meeting_places', '-')}, op loopafstand: "
            f"{'-' if walk is None else fmt_pct(walk)}"
        )
        c = r["costs"]
        say(
            f"  kosten: eenmalig {fmt_money(c['one_off'])}, per jaar {fmt_money(c['yearly'])}, "
            f"opgeteld {fmt_money(c['cumulative'])}"
        )
        v = r["volunteers"]
        say(f"  vrijwilligers: nodig {v['needed']}, aangeboden {v['offered']}")


def run_choose(args: argparse.Namespace) -> int:
    from planning.store.scenarios import choose

    ws, store = _open(args)
    ws.village(args.village)
    choose(store, args.name, args.village)
    if args.json:
        emit_json({"chosen": args.name, "village_id": args.village})
    else:
        say(f"Scenario '{args.name}' is gekozen voor het dorpsplan van {args.village}.")
    return 0
