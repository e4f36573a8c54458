"""planning survey import FILE: an export (CSV, XLSX, SAV, LimeSurvey) into survey/responses.csv;
planning survey form --village ID: the printable questionnaire for the personal approach."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from planning.cli._output import emit_json, say
from planning.errors import PlanningError
from planning.i18n import fmt_pct, text


def register(
    sub: argparse._SubParsersAction[argparse.ArgumentParser],
    common: argparse.ArgumentParser,
    lang: str = "nl",
) -> None:
    p = sub.add_parser("survey", help=text("help.survey", lang))
    inner = p.add_subparsers(dest="survey_command", metavar=text("help.action", lang))
    inner.required = True
    imp = inner.add_parser("import", parents=[common], help=text("help.survey.import", lang))
    imp.add_argument("file", metavar="FILE", type=Path)
    imp.add_argument(
        "--mapping", metavar="M", type=Path, default=None, help=text("help.survey.mapping", lang)
    )
    imp.add_argument("--sheet", metavar="S", default=None, help=text("help.sheet", lang))
    imp.set_defaults(func=run_import)
    form = inner.add_parser("form", parents=[common], help=text("help.survey.form", lang))
    form.add_argument(
        "--village", metavar="ID", required=True, help=text("help.survey.village", lang)
    )
    form.add_argument(
        "--out", metavar="DIR", type=Path, default=None, help=text("help.survey.out", lang)
    )
    form.add_argument("--large", action="store_true", help=text("help.survey.large", lang))
    form.add_argument(
        "--count", metavar="N", type=int, default=10, help=text("help.survey.count", lang)
    )
    form.add_argument(
        "--first", metavar="N", type=int, default=1, help=text("help.survey.first", lang)
    )
    form.set_defaults(func=run_form)


def run_form(args: argparse.Namespace) -> int:
    from planning.report.questionnaire import write_questionnaire
    from planning.workspace.folder import open_workspace

    ws = open_workspace(args.workspace)
    lang = args.lang or ws.settings.lang
    if not 1 <= args.count <= 1000 or args.first < 1:
        raise PlanningError(key="cli.survey.bad_count")
    out = write_questionnaire(
        ws, args.village, args.out or Path.cwd(), lang, args.large, args.count, args.first
    )
    if args.json:
        emit_json({"file": str(out), "sheets": args.count, "village_id": args.village})
    else:
        say(text("form.written", lang, path=out, count=args.count))
    return 0


def run_import(args: argparse.Namespace) -> int:
    from planning.survey.importer import import_survey
    from planning.workspace.folder import default_workspace

    workspace = Path(args.workspace) if args.workspace else default_workspace()
    try:
        result = import_survey(workspace, args.file, mapping=args.mapping, sheet=args.sheet)
    except PlanningError as exc:
        if args.json:
            emit_json(
                {
                    "accepted": 0,
                    "rejected": 0,
                    "reasons": {},
                    "ignored_columns": [],
                    "error": exc.text_in(args.lang),
                    "key": exc.key,
                }
            )
            return 2
        raise
    if args.json:
        emit_json(result.to_json(args.lang or "nl"))
        return result.exit_code
    _print_import(result, args.lang or "nl")
    return result.exit_code


def _print_import(result: Any, lang: str) -> None:
    """What an import did, in ``lang``: rows read, added, refused (and why), left aside."""
    from planning.survey.import_result import REASONS

    def row(key: str, value: object) -> None:
        say(f"  {text('cli.survey.' + key, lang):<21}{value}")

    say(
        text(
            "cli.survey.head",
            lang,
            file=result.file,
            kind=result.kind,
            mapping=result.mapping_in(lang),
            source=result.source,
        )
    )
    row("rows", result.rows)
    row("accepted", result.accepted)
    if result.already_imported:
        row("already", result.already_imported)
    row("rejected", result.rejected)
    for code, n in result.reasons.items():
        say(f"    {text(REASONS[code], lang):<26}{n}")
    if result.rejected_file:
        say(text("cli.survey.rejected_file", lang, file=result.rejected_file))
    if result.pseudonymised:
        say(text("cli.survey.pseudonymised", lang, count=result.pseudonymised))
    if result.contacts:
        say(text("cli.survey.contacts", lang, count=result.contacts))
    coding = result.coding
    if coding.get("texts"):
        share = fmt_pct(coding["share_coded"] or 0, lang=lang)
        say(
            text(
                "cli.survey.coded", lang, coded=coding["coded"], texts=coding["texts"], share=share
            )
        )
        for example in coding["uncoded_examples"][:5]:
            say(text("cli.survey.uncoded", lang, text=example[:90]))
    if result.ignored_columns:
        shown = ", ".join(
            c if len(c) <= 40 else c[:37] + "..." for c in result.ignored_columns[:12]
        )
        more = len(result.ignored_columns) - 12
        say(text("cli.survey.ignored", lang, count=len(result.ignored_columns), shown=shown))
        if more > 0:
            say(text("cli.survey.more", lang, count=more))
