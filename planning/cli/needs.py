"""planning needs [--village ID] [--compare]: needs per theme and horizon, small cells suppressed.

The needs are those of each kern's latest survey round; ``--compare`` sets the kern's two
latest rounds side by side (planning.survey.round_compare) and exits 1 when the kern has
fewer than two rounds (nothing to compare, said in words).
"""

from __future__ import annotations

import argparse
import math
from typing import cast

from planning.cli._guard import add_force, refused
from planning.cli._output import emit_json, say
from planning.i18n import fmt_int, text


def register(
    sub: argparse._SubParsersAction[argparse.ArgumentParser],
    common: argparse.ArgumentParser,
    lang: str = "nl",
) -> None:
    p = sub.add_parser("needs", parents=[common], help=text("help.needs", lang))
    p.add_argument("--village", metavar="ID", default=None, help=text("help.only_village", lang))
    p.add_argument("--compare", action="store_true", help=text("help.compare", lang))
    add_force(p, lang)
    p.set_defaults(func=run)


def _clean(value: object) -> object:
    if isinstance(value, float) and math.isnan(value):
        return None
    if hasattr(value, "item"):
        return value.item()  # numpy scalars
    return value


def run(args: argparse.Namespace) -> int:
    from planning.survey.needs import needs
    from planning.survey.rounds import latest_rounds
    from planning.survey.suppression import publishable
    from planning.workspace.folder import open_workspace

    if args.compare and not args.village:
        from planning.errors import PlanningError

        raise PlanningError(key="cli.compare.village")
    ws = open_workspace(args.workspace)
    if refused(ws, args):
        return 1
    if args.compare:
        from planning.cli._needs_compare import run_compare

        return run_compare(ws, args)
    table = publishable(needs(ws, args.village))
    if args.json:
        rows = [{k: _clean(v) for k, v in row.items()} for row in table.to_dict("records")]
        emit_json(rows)
        return 0
    lang = args.lang or ws.settings.lang
    names = ws.villages.drop_duplicates("village_id").set_index("village_id")["name"]
    # one pass over the table (not a pivot per village): thousands of villages print at once
    heads = table.drop_duplicates("village_id").set_index("village_id")
    cells: dict[object, dict[str, dict[int, tuple[object, object]]]] = {}
    columns = ["village_id", "theme", "horizon", "share", "naming"]
    for vid, theme, horizon, share, naming in table[columns].itertuples(index=False, name=None):
        by_theme = cells.setdefault(vid, {})
        by_theme.setdefault(theme, {})[horizon] = (share, naming)
    latest = latest_rounds(ws)
    for village_id, by_theme in cells.items():
        # a count, or "<5" when suppressed (publishable); the stubs know only "a scalar"
        respondents = cast("int | str", heads.at[village_id, "respondents"])
        indicative = bool(heads.at[village_id, "indicative"])
        flag = text("cli.needs.indicative", lang) if indicative else ""
        # "<5" when suppressed, else the count as a number is written
        count = respondents if isinstance(respondents, str) else fmt_int(respondents, lang)
        say(text("cli.needs.village", lang, name=names[str(village_id)], count=count) + flag)
        if str(village_id) in latest:  # surveyed more than once: say which round this is
            say("  " + text("rounds.latest_note", lang, round=latest[str(village_id)]))
        horizons = sorted({h for values in by_theme.values() for h in values})
        years = text("cli.needs.years", lang)
        say(f"  {text('theme', lang):<38}" + "".join(f"{h:>8} {years}" for h in horizons))
        for theme in [t for t in ws.settings.themes if t in by_theme]:
            out = []
            for h in horizons:
                share, n = by_theme[theme].get(h, (None, None))
                if n == "<5":
                    out.append(f"{'<5':>11}")
                elif share is None or (isinstance(share, float) and math.isnan(share)):
                    out.append(f"{'-':>11}")
                else:
                    out.append(f"{share:>11.0%}")
            say(f"  {ws.settings.theme_label(theme, lang):<38}" + "".join(out))
        say()
    return 0
