"""No published figures from a workspace that fails its check, unless asked for knowingly.

A negative count of inhabitants or an unknown village in a table does not stop a
workspace from opening (the notebooks show the problems beside the tables), but
shares, gaps and plans made from it would carry the error to residents and the
council without a word. The commands that publish (needs, access, population,
gaps, export) therefore stop with the problems listed and exit 1, unless the user
passes ``--ondanks-fouten`` (``--force``); a plan made that way says so on its
cover and in its method section (planning.plan.build counts the problems).
"""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING

from planning.cli._output import emit_json
from planning.i18n import text
from planning.workspace.problem_groups import problem_lines

if TYPE_CHECKING:
    from planning.workspace.folder import Workspace

#: problems printed before the summary line (``planning check`` shows them all)
SHOWN = 12


def add_force(parser: argparse.ArgumentParser, lang: str = "nl") -> None:
    parser.add_argument(
        "--ondanks-fouten",
        "--force",
        dest="force",
        action="store_true",
        help=text("help.force", lang),
    )


def refused(ws: Workspace, args: argparse.Namespace) -> bool:
    """True (after listing the problems) when ``ws`` fails its check and no --force was given."""
    if ws.ok or getattr(args, "force", False):
        return False
    lang = args.lang or ws.settings.lang
    summary = text("fault.workspace_fails", lang, path=ws.path, count=len(ws.problems))
    if args.json:
        emit_json(
            {"ok": False, "refused": summary, "problems": [p.to_dict(lang) for p in ws.problems]}
        )
        return True
    print(f"{text('fault.prefix', lang)}: {summary}", file=sys.stderr)
    for line in problem_lines(ws.problems, SHOWN, lang):
        print(line, file=sys.stderr)
    return True
