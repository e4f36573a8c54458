"""Printing results for people or, with --json, for scripts."""

from __future__ import annotations

import json
import sys
from typing import Any


def emit_json(data: Any) -> None:
    json.dump(data, sys.stdout, ensure_ascii=False, indent=2, default=str)
    sys.stdout.write("\n")


def say(text: str = "") -> None:
    print(text)


def left_out(lines: list[str]) -> None:
    """Rows of the workspace's folders the store left out, with their reason (on stderr, so
    the --json output stays what scripts expect)."""
    if lines:
        print(f"Niet gebruikt ({len(lines)} rijen of bestanden):", file=sys.stderr)
        for line in lines:
            print(f"  - {line}", file=sys.stderr)
