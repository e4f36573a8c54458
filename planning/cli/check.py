"""planning check: validate every table and report file/row/column problems."""

from __future__ import annotations

import argparse

from planning.cli._output import emit_json, say
from planning.errors import WorkspaceError
from planning.i18n import fmt_int, text

#: the tables counted under the summary, after villages and inhabitants
COUNTED = ("facilities", "provisions", "partners", "commitments", "respondents")


def register(
    sub: argparse._SubParsersAction[argparse.ArgumentParser],
    common: argparse.ArgumentParser,
    lang: str = "nl",
) -> None:
    p = sub.add_parser("check", parents=[common], help=text("help.check", lang))
    p.add_argument(
        "--all", dest="every_row", action="store_true", help=text("help.check.all", lang)
    )
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    # pandas loads only when the command runs
    from planning.workspace.folder import open_workspace
    from planning.workspace.housekeeping import demo_leftovers, unused_entries
    from planning.workspace.problem_groups import problem_lines
    from planning.workspace.readers.basemap import basemap_notes
    from planning.workspace.readers.left_out import folder_problems
    from planning.workspace.readers.rejected_rows import rejected_rows
    from planning.workspace.scenario_problems import scenario_problems, skipped_files

    try:
        ws = open_workspace(args.workspace)
    except WorkspaceError as exc:
        if args.json:
            problems = [p.to_dict(args.lang) for p in exc.problems] or [
                {
                    "file": None,
                    "row": None,
                    "column": None,
                    "value": None,
                    "message": exc.text_in(args.lang),
                    "key": exc.key,
                    "fields": exc.fields_json(args.lang),
                }
            ]
            emit_json({"ok": False, "problems": problems, "counts": {}})
            return 2
        raise
    lang = args.lang or ws.settings.lang
    counts = ws.summary()
    notes = unused_entries(ws) + demo_leftovers(ws)
    skipped = scenario_problems(ws) if ws.ok else []
    # rows of matches/ and monitoring/ the store leaves out are problems of the workspace too
    ws.problems += folder_problems(ws)
    # what basemap/ holds is a note; a file the map cannot draw is a problem naming it
    ground, broken = basemap_notes(ws, lang)
    notes += ground
    ws.problems += broken
    # survey rows an import refused: not in responses.csv until corrected and imported again
    refused = rejected_rows(ws)
    if args.json:
        emit_json(
            {
                "ok": ws.ok,
                "problems": [p.to_dict(lang) for p in ws.problems],
                "notes": [n.to_dict(lang) for n in notes],
                "scenario_problems": [p.to_dict(lang) for p in skipped],
                "rejected_rows": [p.to_dict(lang) for p in refused],
                "counts": counts,
            }
        )
        return 0 if ws.ok else 1
    if notes:
        say(text("cli.check.notes", lang, path=ws.path))
        for note in notes:
            say(
                f"  - {note.text_in(lang)}"
                if args.every_row
                else f"  - {note.file}: {note.message_in(lang)}"
            )
    if refused:
        say(text("cli.check.rejected", lang))
        for line in problem_lines(refused, None if args.every_row else 12, lang):
            say(line)
    if ws.problems:
        say(text("cli.check.problems", lang, count=len(ws.problems), path=ws.path))
        # at most 40 lines in all by default: the notes first, the problems in what is left
        limit = None if args.every_row else max(12, 38 - len(notes))
        for line in problem_lines(ws.problems, limit, lang):
            say(line)
        return 1
    if skipped:
        # they do not stop the workspace: the store leaves these files out
        files = skipped_files(skipped)
        say(text("cli.check.skipped", lang, count=files))
        for line in problem_lines(skipped, None if args.every_row else 12, lang):
            say(line)
    say(text("cli.check.ok", lang, name=ws.settings.name))
    for key in ("villages", "inhabitants", *COUNTED):
        say(f"  {text('cli.check.' + key, lang):<14}{fmt_int(counts[key], lang)}")
        if key == "inhabitants":  # per municipality under the total
            for mun, n in counts["inhabitants_by_municipality"].items():
                say(f"    {mun:<12}{fmt_int(n, lang)}")
    return 0
