"""planning needs [--village ID]: needs per theme and horizon, small cells suppressed."""

from __future__ import annotations

import argparse
import math

from planning.cli._guard import add_force, refused
from planning.cli._output import emit_json, say


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser(
        "needs", parents=[common], help="behoeften per thema en termijn (kleine aantallen <5)"
    )
    p.add_argument("--village", metavar="ID", default=None, help="alleen deze kern")
    add_force(p)
    p.set_defaults(func=run)


def _clean(value: object) -> object:
    if isinstance(value, float) and math.isnan(value):
        return None
    if hasattr(value, "item"):
        return value.item()  # numpy scalars
    return value


def run(args: argparse.Namespace) -> int:
    from planning.survey.needs import needs
    from planning.survey.suppression import publishable
    from planning.workspace.folder import open_workspace

    ws = open_workspace(args.workspace)
    if refused(ws, args):
        return 1
    table = publishable(needs(ws, args.village))
    if args.json:
        rows = [{k: _clean(v) for k, v in row.items()} for row in table.to_dict("records")]
        emit_json(rows)
        return 0
    lang = ws.settings.lang
    for village_id, part in table.groupby("village_id", sort=False):
        head = part.iloc[0]
        name = ws.village(str(village_id))["name"]
        flag = " (indicatief: minder dan 30 respondenten)" if bool(head["indicative"]) else ""
        say(f"{name} — respondenten: {head['respondents']}{flag}")
        order = [t for t in ws.settings.themes if t in set(part["theme"])]
        wide = part.pivot(index="theme", columns="horizon", values="share").reindex(order)
        naming = part.pivot(index="theme", columns="horizon", values="naming").reindex(order)
        say(f"  {'thema':<38}" + "".join(f"{h:>8} jr" for h in wide.columns))
        for theme in wide.index:
            cells = []
            for h in wide.columns:
                share, n = wide.at[theme, h], naming.at[theme, h]
                if n == "<5":
                    cells.append(f"{'<5':>11}")
                elif share is None or (isinstance(share, float) and math.isnan(share)):
                    cells.append(f"{'-':>11}")
                else:
                    cells.append(f"{share:>11.0%}")
            say(f"  {ws.settings.theme_label(theme, lang):<38}" + "".join(cells))
        say()
    return 0
