"""Printing results for people or, with --json, for scripts."""

from __future__ import annotations

import json
import sys
from typing import Any

from planning.i18n import text


def emit_json(data: Any) -> None:
    json.dump(data, sys.stdout, ensure_ascii=False, indent=2, default=str)
    sys.stdout.write("\n")


def say(text: str = "") -> None:
    print(text)


def said_in(line: Any, lang: str = "nl") -> str:
    """A line the store left out in ``lang``: a phrase said in it, older text as written."""
    return str(line.text_in(lang)) if hasattr(line, "text_in") else str(line)


def left_out(lines: list[Any], lang: str = "nl") -> None:
    """Rows of the workspace's folders the store left out, with their reason (on stderr, so
    the --json output stays what scripts expect)."""
    if lines:
        print(text("cli.left_out", lang, count=len(lines)), file=sys.stderr)
        for line in lines:
            print(f"  - {said_in(line, lang)}", file=sys.stderr)
