"""planning survey import FILE: an export (CSV, XLSX, SAV, LimeSurvey) into survey/responses.csv;
planning survey form --village ID: the printable questionnaire for the personal approach."""

from __future__ import annotations

import argparse
from pathlib import Path

from planning.cli._output import emit_json, say
from planning.errors import PlanningError


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser("survey", help="enquête-exporten importeren")
    inner = p.add_subparsers(dest="survey_command", metavar="ACTIE")
    inner.required = True
    imp = inner.add_parser(
        "import", parents=[common], help="een export toevoegen aan survey/responses.csv"
    )
    imp.add_argument("file", metavar="FILE", type=Path)
    imp.add_argument("--mapping", metavar="M", type=Path, default=None, help="koppelbestand (TOML)")
    imp.add_argument("--sheet", metavar="S", default=None, help="tabblad in een .xlsx")
    imp.set_defaults(func=run_import)
    form = inner.add_parser(
        "form", parents=[common], help="een vragenlijst om te printen (PDF, A4), met nummers"
    )
    form.add_argument("--village", metavar="ID", required=True, help="kern-id, bv. roden")
    form.add_argument("--out", metavar="DIR", type=Path, default=None, help="map (standaard: hier)")
    form.add_argument("--large", action="store_true", help="grote letters, voor oudere inwoners")
    form.add_argument("--count", metavar="N", type=int, default=10, help="aantal bladen (10)")
    form.add_argument("--first", metavar="N", type=int, default=1, help="eerste nummer (1)")
    form.set_defaults(func=run_form)


def run_form(args: argparse.Namespace) -> int:
    from planning.i18n import text
    from planning.report.questionnaire import write_questionnaire
    from planning.workspace.folder import open_workspace

    ws = open_workspace(args.workspace)
    lang = args.lang or ws.settings.lang
    if not 1 <= args.count <= 1000 or args.first < 1:
        raise PlanningError("--count: verwacht 1 tot 1000 bladen; --first: 1 of hoger")
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
                    "error": str(exc),
                }
            )
            return 2
        raise
    if args.json:
        emit_json(result.to_json())
        return result.exit_code
    say(f"{result.file} ({result.kind}, koppeling: {result.mapping}, bron: {result.source})")
    say(f"  rijen in de export   {result.rows}")
    say(f"  toegevoegd           {result.accepted}")
    if result.already_imported:
        say(f"  stonden er al in     {result.already_imported}")
    say(f"  afgekeurd            {result.rejected}")
    for code, n in result.reasons.items():
        say(f"    {code:<26}{n}")
    if result.rejected_file:
        say(f"  afgekeurde rijen met reden: {result.rejected_file}")
    if result.pseudonymised:
        say(f"  gepseudonimiseerde id's: {result.pseudonymised}")
    if result.contacts:
        say(f"  contactgegevens naar opvolging (niet in responses.csv): {result.contacts}")
    coding = result.coding
    if coding.get("texts"):
        share = coding["share_coded"] or 0
        say(f"  vrije tekst gecodeerd: {coding['coded']} van {coding['texts']} ({share:.0%})")
        for text in coding["uncoded_examples"][:5]:
            say(f"    niet gecodeerd: {text[:90]}")
    if result.ignored_columns:
        shown = ", ".join(
            c if len(c) <= 40 else c[:37] + "..." for c in result.ignored_columns[:12]
        )
        more = len(result.ignored_columns) - 12
        say(f"  genegeerde kolommen ({len(result.ignored_columns)}): {shown}")
        if more > 0:
            say(f"    ... en nog {more}")
    return result.exit_code
