"""planning population: inhabitants per village, year and age band, data year to last horizon."""

from __future__ import annotations

import argparse
import datetime as dt
from typing import Any

from planning.cli import population_import
from planning.cli._guard import add_force, refused
from planning.cli._output import emit_json, say
from planning.cli.access import warn_problems
from planning.i18n import fmt_date, fmt_int, fmt_pct, text
from planning.io.cells import AGE_BANDS
from planning.workspace.folder import open_workspace


def register(
    sub: argparse._SubParsersAction[argparse.ArgumentParser],
    common: argparse.ArgumentParser,
    lang: str = "nl",
) -> None:
    p = sub.add_parser("population", parents=[common], help=text("help.population", lang))
    p.add_argument("--village", metavar="ID", default=None, help=text("help.only_village", lang))
    add_force(p, lang)
    p.set_defaults(func=run)
    population_import.register(p, common, lang)  # planning population import FILE


def run(args: argparse.Namespace) -> int:
    from planning.analysis.population import project_years
    from planning.analysis.population_base import BaseSource

    ws = open_workspace(args.workspace)
    if refused(ws, args):
        return 1
    lang = args.lang or ws.settings.lang
    projection = project_years(ws, args.village, lang)
    frame = projection.frame
    if args.json:
        columns = ["village_id", "year", "age_band", "inhabitants"]
        rows: list[dict[str, Any]] = [
            {
                "village_id": str(village_id),
                "year": int(year),
                "age_band": str(age_band),
                "inhabitants": round(float(inhabitants), 2),
            }
            for village_id, year, age_band, inhabitants in frame[columns].itertuples(
                index=False, name=None
            )
        ]
        emit_json({"rows": rows, "assumptions": projection.assumptions})
        return warn_problems(ws, lang)
    a = projection.assumptions
    data_years = a.get("data_year") or []
    # the data year(s), CBS's check year 2024, now and each horizon; --json has every year
    shown = sorted(
        {*data_years, *(y + 3 for y in data_years if y + 3 < a["base_year"]), a["base_year"]}
        | {a["base_year"] + h for h in a["horizons"]}
    )
    names = ws.villages.set_index("village_id")["name"].to_dict()
    migration = a.get("net_migration_by_village", {})
    starts = a.get("base_sources", {})
    own = a.get("own_migration", {})
    for vid, group in frame.groupby("village_id", sort=True):
        first = int(group["year"].min())  # a kern counted in the register starts later
        years = [y for y in shown if y >= first]
        wide = group.pivot_table(index="age_band", columns="year", values="inhabitants")
        wide = wide.reindex(index=list(AGE_BANDS), columns=years)
        say(text("cli.population.title", lang, name=names.get(vid, vid)))
        if vid in starts:
            say(BaseSource.from_dict(starts[vid]).line(lang))
        head = "".join(f"{str(y) + ('' if y == first else '*'):>9}" for y in years)
        say(f"{text('cli.population.age', lang):<10}{head}")
        for band, values in wide.iterrows():
            cells = "".join(f"{fmt_int(v, lang):>9}" for v in values)
            say(f"{band:<10}{cells}")
        total = "".join(f"{fmt_int(v, lang):>9}" for v in wide.sum())
        say(f"{text('cli.population.total', lang):<10}{total}")
        info = migration.get(vid, {"rate": 0.0, "origin": "none", "municipality": ""})
        if vid in own:
            span = own[vid]
            origin = text(
                "cli.population.origin.register",
                lang,
                first=fmt_date(dt.date.fromisoformat(span["from"]), lang),
                second=fmt_date(dt.date.fromisoformat(span["to"]), lang),
            )
            rate = fmt_pct(span["total"], 2, lang)
        else:
            origin = text(
                f"cli.population.origin.{info['origin']}",
                lang,
                municipality=info.get("municipality") or "",
            )
            rate = fmt_pct(info["rate"], 2, lang)
        say(text("cli.population.migration", lang, rate=rate, origin=origin))
        if info["origin"] != "institution":
            how = "own" if vid in own else "schedule"
            say(text("cli.population.by_age", lang, how=text(f"cli.population.by_age.{how}", lang)))
        say()
    say(
        text(
            "cli.population.about",
            lang,
            years=", ".join(map(str, data_years)),
            births=_source(a["fertility_source"], "source.births", lang),
            deaths=_source(a["death_probability_source"], "source.deaths", lang),
            migration=_source(a["net_migration_source"], "source.migration", lang),
            age=text("source.migration_age", lang),
        )
    )
    return warn_problems(ws, lang)


def _source(value: str, key: str, lang: str) -> str:
    """A source of the projection in ``lang`` when it is the workbook's own (CBS); a source
    a workspace names itself stays as written."""
    return text(key, lang) if value == text(key) else value
