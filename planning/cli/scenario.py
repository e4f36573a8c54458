"""planning scenario import | export | list | evaluate | choose."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from planning.cli._output import emit_json, say
from planning.i18n import fmt_int, fmt_money, fmt_pct, text

if TYPE_CHECKING:
    from planning.errors import Problem


def register(
    sub: argparse._SubParsersAction[argparse.ArgumentParser],
    common: argparse.ArgumentParser,
    lang: str = "nl",
) -> None:
    p = sub.add_parser("scenario", parents=[common], help=text("help.scenario", lang))
    inner = p.add_subparsers(dest="action", metavar=text("help.action", lang))
    inner.required = True

    imp = inner.add_parser("import", parents=[common], help=text("help.scenario.import", lang))
    imp.add_argument("file", metavar="FILE.toml", type=Path)
    imp.add_argument("--note", default=None, help=text("help.scenario.note", lang))
    imp.set_defaults(func=run_import)

    exp = inner.add_parser("export", parents=[common], help=text("help.scenario.export", lang))
    exp.add_argument("name", metavar="NAME")
    exp.add_argument("--village", metavar="ID", default=None)
    exp.add_argument("--version", type=int, default=None, help=text("help.scenario.version", lang))
    exp.add_argument("--out", type=Path, default=None, help=text("help.scenario.out", lang))
    exp.set_defaults(func=run_export)

    lst = inner.add_parser("list", parents=[common], help=text("help.scenario.list", lang))
    lst.add_argument("--village", metavar="ID", default=None)
    lst.set_defaults(func=run_list)

    ev = inner.add_parser("evaluate", parents=[common], help=text("help.scenario.evaluate", lang))
    ev.add_argument("--village", metavar="ID", required=True)
    ev.add_argument(
        "--scenario", metavar="NAME", default=None, help=text("help.scenario.chosen", lang)
    )
    ev.set_defaults(func=run_evaluate)

    ch = inner.add_parser("choose", parents=[common], help=text("help.scenario.choose", lang))
    ch.add_argument("name", metavar="NAME")
    ch.add_argument("--village", metavar="ID", required=True)
    ch.set_defaults(func=run_choose)


def _open(args: argparse.Namespace) -> tuple[Any, Any]:
    from planning.store import open_store
    from planning.workspace.folder import open_workspace

    ws = open_workspace(args.workspace)
    store = open_store(ws)
    _warn_skipped(ws, store.seed_skipped, args.lang or ws.settings.lang)
    return ws, store


def _warn_skipped(ws: Any, skipped: list[Problem], lang: str) -> None:
    """What the store left out. A few files or rows are printed with their reasons; more
    are grouped, one line per kind of problem (28 demo scenarios in a new municipality's
    folder would otherwise be hundreds of lines on every command)."""
    from planning.workspace.problem_groups import file_kind_lines, kind_counts
    from planning.workspace.scenario_problems import scenario_problems, skipped_files

    def a_scenario_file(problem: Problem) -> bool:
        return problem.file.startswith("scenarios/") and problem.file != "scenarios/chosen.toml"

    scenario_files = [p for p in skipped if a_scenario_file(p)]
    others = [p for p in skipped if not a_scenario_file(p)]
    if len(scenario_files) > 3:
        problems = scenario_problems(ws)
        kinds = ", ".join(kind_counts(problems, lang)[:4])
        count = skipped_files(problems)
        print(text("cli.scenario.skipped", lang, count=count, kinds=kinds), file=sys.stderr)
        scenario_files = []
    for problem in scenario_files + (others if len(others) <= 5 else []):
        print(text("cli.scenario.note", lang, line=problem.text_in(lang)), file=sys.stderr)
    if len(others) > 5:
        for line in file_kind_lines(others, lang):
            print(text("cli.scenario.skipped_line", lang, line=line), file=sys.stderr)


def run_import(args: argparse.Namespace) -> int:
    from planning.store import open_store
    from planning.store.scenarios import save_scenario
    from planning.workspace.folder import open_workspace
    from planning.workspace.scenario_file import read_scenario

    ws = open_workspace(args.workspace)
    scenario = read_scenario(ws, args.file)  # every check before the store is even opened
    store = open_store(ws)
    lang = args.lang or ws.settings.lang
    _warn_skipped(ws, store.seed_skipped, lang)
    saved = save_scenario(store, scenario, note=args.note)
    if args.json:
        emit_json(
            {"scenario": saved.name, "village_id": saved.village_id, "version": saved.version}
        )
    else:
        say(
            text(
                "cli.scenario.saved",
                lang,
                name=saved.name,
                village=saved.village_id,
                version=saved.version,
            )
        )
    return 0


def run_export(args: argparse.Namespace) -> int:
    from planning.store.scenarios import scenario_text

    _, store = _open(args)
    toml = scenario_text(store, args.name, args.village, args.version)
    if args.out is None:
        print(toml, end="")
        return 0
    out: Path = args.out
    from planning.io.atomic import write_atomic

    write_atomic(out, toml.encode("utf-8"))
    if args.json:
        emit_json({"written": str(out)})
    else:
        say(text("cli.scenario.written", args.lang, name=args.name, out=out))
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
    lang = args.lang or ws.settings.lang
    if not rows:
        say(text("cli.scenario.none", lang))
        return 0
    version = text("cli.scenario.version", lang)
    for row in rows:
        mark = "*" if row["chosen"] else " "
        say(f"{mark} {row['village_id']:<16} {row['name']:<40} {version} {row['latest_version']}")
    say(text("cli.scenario.chosen_mark", lang))
    return 0


def run_evaluate(args: argparse.Namespace) -> int:
    from planning.scenarios.evaluate import evaluate
    from planning.store.scenarios import chosen, load_scenario

    ws, store = _open(args)
    ws.village(args.village)
    scenario = (  # none chosen: evaluated as the village without one
        load_scenario(store, args.scenario, args.village)
        if args.scenario
        else chosen(store, args.village)
    )
    lang = args.lang or ws.settings.lang
    result = evaluate(ws, scenario, village_id=args.village, lang=lang)
    if args.json:
        emit_json(result)
        return 0
    _print_evaluation(ws, result, lang)
    return 0


def _print_evaluation(ws: Any, result: dict[str, Any], lang: str) -> None:
    name = ws.village(result["village_id"])["name"]
    say(text("cli.scenario.title", lang, name=result["scenario"], village=name))
    words = {k: text(f"cli.scenario.{k}", lang) for k in ("demand", "supply", "coverage")}
    for h, r in result["horizons"].items():
        say("")
        share = fmt_pct(r["share_65_plus"] or 0, lang=lang)
        inhabitants = fmt_int(r["inhabitants"], lang)
        say(text("cli.scenario.horizon", lang, h=h, year=r["year"], n=inhabitants, old=share))
        for theme, demand in r["demand"].items():
            cov = r["coverage"].get(theme)
            label = ws.settings.theme_label(theme, lang)
            shown = text("cli.scenario.unknown", lang) if demand is None else fmt_int(demand, lang)
            covered = "-" if cov is None else fmt_pct(cov, lang=lang)
            flag = "  " + text("cli.gaps.gap", lang) if theme in r["gaps"] else ""
            say(
                f"  {label:<38} {words['demand']} {shown:>6}  {words['supply']} "
                f"{fmt_int(r['supply'][theme], lang):>6}  {words['coverage']} {covered:>6}{flag}"
            )
        d = r["distance_coverage"]
        walk = d.get("share_within_walk")
        walked = "-" if walk is None else fmt_pct(walk, lang=lang)
        places = d.get("meeting_places", "-")
        say(text("cli.scenario.places", lang, places=places, walk=walked))
        c = r["costs"]
        say(
            text(
                "cli.scenario.costs",
                lang,
                once=fmt_money(c["one_off"], lang=lang),
                yearly=fmt_money(c["yearly"], lang=lang),
                total=fmt_money(c["cumulative"], lang=lang),
            )
        )
        v = r["volunteers"]
        say(text("cli.scenario.volunteers", lang, needed=v["needed"], offered=v["offered"]))


def run_choose(args: argparse.Namespace) -> int:
    from planning.store.scenarios import choose

    ws, store = _open(args)
    ws.village(args.village)
    choose(store, args.name, args.village)
    if args.json:
        emit_json({"chosen": args.name, "village_id": args.village})
    else:
        say(text("cli.scenario.chosen", args.lang, name=args.name, village=args.village))
    return 0
