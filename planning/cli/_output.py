"""Printing results for people or, with --json, for scripts."""

from __future__ import annotations

import json
import math
import sys
from typing import TYPE_CHECKING, Any

from planning.i18n import text

if TYPE_CHECKING:
    from planning.errors import Problem


def emit_json(data: Any) -> None:
    """JSON that every parser reads: a missing number (NaN, pandas' NA or NaT) is null, never
    the ``NaN`` Python's json would write."""
    json.dump(_plain(data), sys.stdout, ensure_ascii=False, indent=2, default=str, allow_nan=False)
    sys.stdout.write("\n")


def _plain(value: Any) -> Any:
    if type(value).__module__ == "numpy" and getattr(value, "ndim", None) == 0:
        value = value.item()  # numpy's int64 is a number in JSON, not the text "3"
    if isinstance(value, dict):
        return {key: _plain(item) for key, item in value.items()}
    if isinstance(value, list | tuple):
        return [_plain(item) for item in value]
    if isinstance(value, float) and not math.isfinite(value):
        return None  # numpy's float64 is a float too
    if type(value).__name__ in ("NAType", "NaTType"):
        return None  # pandas' missing value and missing time, without importing pandas
    return value


def say(text: str = "") -> None:
    print(text)


def left_out(problems: list[Problem], lang: str = "nl") -> None:
    """Rows of the workspace's folders the store left out, with their reason (on stderr, so
    the --json output stays what scripts expect)."""
    if problems:
        print(text("cli.left_out", lang, count=len(problems)), file=sys.stderr)
        for problem in problems:
            print(f"  - {problem.text_in(lang)}", file=sys.stderr)
