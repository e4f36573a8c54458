"""planning needs --village ID --compare: the kern's two latest survey rounds side by side.

Text for staff (the verdict in words, the test stated) or, with --json, ``rounds`` (the two
compared) and ``rows`` (theme, horizon, both shares, both effective n, change, z, verdict),
suppressed per round. A kern with fewer than two rounds is said so and exits 1.
"""

from __future__ import annotations

import argparse
import math
from typing import TYPE_CHECKING, Any

from planning.cli._output import emit_json, say
from planning.i18n import fmt_int, text

if TYPE_CHECKING:
    from planning.workspace.folder import Workspace


def _clean(value: Any) -> Any:
    if isinstance(value, float) and math.isnan(value):
        return None
    if hasattr(value, "item"):
        return value.item()  # numpy scalars
    return value


def _count(value: Any, lang: str) -> str:
    return value if isinstance(value, str) else fmt_int(value, lang)


def run_compare(ws: Workspace, args: argparse.Namespace) -> int:
    from planning.report.round_change import display_frame, round_name
    from planning.survey.round_compare import compare_rounds

    lang = args.lang or ws.settings.lang
    comparison = compare_rounds(ws, args.village)
    name = str(ws.village(comparison.village_id)["name"])
    pair = comparison.compared
    if pair is None:
        key = "rounds.one_round" if comparison.rounds else "rounds.no_round"
        words = text(
            key, lang, name=name, round=round_name(next(iter(comparison.rounds), ""), lang)
        )
        if args.json:
            emit_json(
                {
                    "village_id": comparison.village_id,
                    "rounds": list(comparison.rounds),
                    "rows": [],
                    "problem": words,
                }
            )
        else:
            say(words)
        return 1
    table = comparison.publishable()
    if args.json:
        emit_json(
            {
                "village_id": comparison.village_id,
                "rounds": list(pair),
                "test": {
                    "method": "two-proportion z-test on Kish effective sample sizes, pooled",
                    "level": 0.95,
                    "critical_z": 1.959964,
                    "min_count": 5,
                },
                "unassigned": comparison.unassigned,
                "rows": [
                    {k: _clean(v) for k, v in row.items()} for row in table.to_dict("records")
                ],
            }
        )
        return 0
    first = table.iloc[0] if len(table) else None
    say(
        text(
            "rounds.heading",
            lang,
            name=name,
            earlier=round_name(pair[0], lang),
            later=round_name(pair[1], lang),
            n_earlier=_count(first["respondents_earlier"], lang) if first is not None else "0",
            n_later=_count(first["respondents_later"], lang) if first is not None else "0",
        )
    )
    shown = display_frame(comparison, lang, lambda t: ws.settings.theme_label(t, lang))
    widths = [max(len(str(c)), *(len(v) for v in shown[c])) for c in shown.columns]
    head = "  ".join(str(c).ljust(w) for c, w in zip(shown.columns, widths, strict=True))
    say("  " + head.rstrip())
    for row in shown.itertuples(index=False):
        say("  " + "  ".join(str(v).ljust(w) for v, w in zip(row, widths, strict=True)).rstrip())
    say()
    say(text("rounds.test", lang))
    if bool(comparison.table["indicative"].any()):
        say(text("rounds.indicative", lang))
    if comparison.unassigned:
        say(text("rounds.unassigned", lang, count=fmt_int(comparison.unassigned, lang)))
    return 0
