"""planning demo DIR: write the demo workspace to a folder of your own."""

from __future__ import annotations

import argparse
import shutil
from pathlib import Path

from planning.cli._output import emit_json, say
from planning.errors import WorkspaceError
from planning.i18n import text


def register(
    sub: argparse._SubParsersAction[argparse.ArgumentParser],
    common: argparse.ArgumentParser,
    lang: str = "nl",
) -> None:
    p = sub.add_parser("demo", parents=[common], help=text("help.demo", lang))
    p.add_argument("dir", metavar="DIR", type=Path)
    p.set_defaults(func=run)


def write_demo(target: Path) -> Path:
    """Copy the demo; refuse to mix it into a folder that already holds files.

    Plans exported from the demo (its ``plannen/`` folder) and the store are results,
    not the demo: a copy starts without them.
    """
    from planning.plan.files import PLANS_FOLDER
    from planning.workspace.folder import demo_path

    if target.exists() and not target.is_dir():
        raise WorkspaceError(key="cli.demo.is_file", target=target)
    if target.exists() and any(target.iterdir()):
        raise WorkspaceError(key="cli.demo.not_empty", target=target)
    existed = target.exists()
    try:
        shutil.copytree(
            demo_path(),
            target,
            dirs_exist_ok=True,
            ignore=shutil.ignore_patterns(
                "store.sqlite*", "__pycache__", ".ipynb_checkpoints", PLANS_FOLDER
            ),
        )
    except shutil.Error as exc:
        # copytree gathers every failed file; the first one says what went wrong
        _remove_copy(target, existed)
        _src, dst, why = exc.args[0][0]
        raise OSError(getattr(why, "errno", None), str(why), dst) from None
    except OSError:
        _remove_copy(target, existed)  # a full disk: no half demo left behind
        raise
    return target


def _remove_copy(target: Path, existed: bool) -> None:
    """Undo a half copy: the folder (or, when it was there and empty, what is in it)."""
    if not existed:
        shutil.rmtree(target, ignore_errors=True)
        return
    for child in target.iterdir():
        if child.is_dir():
            shutil.rmtree(child, ignore_errors=True)
        else:
            child.unlink(missing_ok=True)


def run(args: argparse.Namespace) -> int:
    lang = args.lang or "nl"
    target = write_demo(args.dir)
    if args.json:
        emit_json({"written": str(target)})
    else:
        say(text("cli.demo.written", lang, target=target))
        say(text("cli.demo.next", lang, target=target))
    return 0
