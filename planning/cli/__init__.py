"""The ``planning`` command.

Each subcommand lives in its own module under planning.cli with a
``register(subparsers, common, lang)`` function; this module only wires them up and
turns a PlanningError into a message and an exit status (0 done, 1 done with
problems reported, 2 nothing done), never a traceback. The language (``--lang`` or
the workspace's ``lang``, planning.cli._language) is chosen before the parser is built,
so the help, and every line a command prints, come from the catalogue in that language.

Imports of the package are at the top of every module, with one deliberate
exception: the subcommand modules here import their implementation (store,
survey import, export, ...) inside the function that runs the subcommand, so
that ``planning --help`` and argument errors answer without loading pandas,
SQLAlchemy or matplotlib.
"""

from __future__ import annotations

import argparse
import importlib
import os
import sys
from collections.abc import Sequence

import planning
from planning.cli._language import argparse_language, chosen_language
from planning.errors import PlanningError
from planning.i18n import text
from planning.io.os_faults import explain

#: subcommand modules, in the order --help lists them
MODULES: tuple[str, ...] = (
    "check",
    "new",
    "demo",
    "lab",
    "app",
    "survey",
    "quotes",
    "needs",
    "followup",
    "access",
    "population",
    "gaps",
    "match",
    "session",
    "scenario",
    "export",
    "plan",
    "monitor",
)


def _common_options(lang: str = "nl") -> argparse.ArgumentParser:
    """The options every subcommand takes (a parent parser)."""
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument(
        "--workspace", metavar="DIR", default=None, help=text("help.workspace", lang)
    )
    common.add_argument("--json", action="store_true", help=text("help.json", lang))
    common.add_argument("--lang", choices=("nl", "en"), default=None, help=text("help.lang", lang))
    return common


def build_parser(only: str | None = None, lang: str = "nl") -> argparse.ArgumentParser:
    """The full parser, its help in ``lang``; with ``only`` (a module in MODULES) the other
    subcommands are empty stubs, so ``planning check`` does not import what ``planning
    session`` needs."""
    common = _common_options(lang)
    parser = argparse.ArgumentParser(prog="planning", description=text("help.planning", lang))
    parser.add_argument(
        "--version",
        action="version",
        version=f"planning {planning.__version__}",
        help=text("help.version", lang),
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    sub.required = True
    for name in MODULES:
        if only is None or name == only:
            importlib.import_module(f"planning.cli.{name}").register(sub, common, lang)
        else:
            sub.add_parser(name)
    return parser


def _options_after_command(words: list[str]) -> list[str]:
    """``planning --lang en gaps ...`` as ``planning gaps ... --lang en``.

    The common options belong to each subcommand, but people also put them first, as
    with git; moved behind the command words they mean what was meant, instead of an
    "invalid choice" for the language.
    """
    # each common option and whether a value follows it (store_true takes none)
    takes_value = {
        name: action.nargs != 0
        for action in _common_options()._actions
        for name in action.option_strings
    }
    moved: list[str] = []
    while words and words[0].split("=", 1)[0] in takes_value:
        option = words.pop(0)
        moved.append(option)
        if takes_value.get(option) and words:  # "--lang=en" carries its own value
            moved.append(words.pop(0))
    return words + moved


def _is_common_option(word: str) -> bool:
    """True for --lang, --workspace, --json (also ``--lang=en``): words that are no command."""
    names = {name for action in _common_options()._actions for name in action.option_strings}
    return word.split("=", 1)[0] in names


def main(argv: Sequence[str] | None = None) -> int:
    words = _options_after_command(list(sys.argv[1:] if argv is None else argv))
    chosen = words[0] if words and words[0] in MODULES else None
    lang = chosen_language(words)
    with argparse_language(lang):
        parser = build_parser(only=chosen, lang=lang)
        if not words or _is_common_option(words[0]):
            # a bare `planning` (perhaps with --lang en): what it can do, not a usage error
            parser.print_help()
            return 0
        args = parser.parse_args(words)
    # the chosen language, also where --lang was not given (a workspace whose lang is en)
    args.lang = args.lang or lang
    try:
        code = int(args.func(args) or 0)
        sys.stdout.flush()  # a closed pipe shows up here, inside the handler below
        return code
    except PlanningError as exc:
        print(f"{text('fault.prefix', lang)}: {exc.text_in(args.lang)}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        # the reader (e.g. `| head`) stopped early: the work is done, just stop writing
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 0
    except OSError as exc:
        # read-only folder, full disk, name too long, a file where a folder belongs
        print(f"{text('fault.prefix', lang)}: {explain(exc, lang)}", file=sys.stderr)
        return 2


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
