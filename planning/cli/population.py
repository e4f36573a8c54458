"""planning population: inhabitants per village, year and age band, data year to last horizon."""

from __future__ import annotations

import argparse
from typing import Any

from planning.cli._guard import add_force, refused
from planning.cli._output import emit_json, say
from planning.cli.access import warn_problems
from planning.i18n import fmt_int, fmt_pct
from planning.io.cells import AGE_BANDS
from planning.workspace.folder import open_workspace

#: where a village's migration rate comes from, as a reader says it
ORIGIN_NL = {
    "cbs": "CBS, gemeente {municipality}",
    "village": "eigen waarde van de kern ([projection.net_migration])",
    "workspace": "voor alle kernen ([projection] net_migration_rate)",
    "institution": "instelling: inwoners gelijk gehouden",
    "none": "gemeente niet in het CBS-bestand: 0",
}


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser(
        "population",
        parents=[common],
        help="inwoners per kern, jaar en leeftijdsklasse (bevolkingsprognose)",
    )
    p.add_argument("--village", metavar="ID", default=None, help="alleen deze kern")
    add_force(p)
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from planning.analysis.population import project_years

    ws = open_workspace(args.workspace)
    if refused(ws, args):
        return 1
    projection = project_years(ws, args.village)
    frame = projection.frame
    if args.json:
        rows: list[dict[str, Any]] = [
            {
                "village_id": str(r.village_id),
                "year": int(r.year),
                "age_band": str(r.age_band),
                "inhabitants": round(float(r.inhabitants), 2),
            }
            for r in frame.itertuples(index=False)
        ]
        emit_json({"rows": rows, "assumptions": projection.assumptions})
        return warn_problems(ws)
    lang = ws.settings.lang
    a = projection.assumptions
    data_years = a.get("data_year") or []
    # the data year(s), CBS's check year 2024, now and each horizon; --json has every year
    shown = sorted(
        {*data_years, *(y + 3 for y in data_years), a["base_year"]}
        | {a["base_year"] + h for h in a["horizons"]}
    )
    names = ws.villages.set_index("village_id")["name"].to_dict()
    migration = a.get("net_migration_by_village", {})
    for vid, rows in frame.groupby("village_id", sort=True):
        wide = rows.pivot_table(index="age_band", columns="year", values="inhabitants")
        wide = wide.reindex(index=list(AGE_BANDS), columns=shown)
        say(f"{names.get(vid, vid)}: inwoners per leeftijdsklasse")
        head = "".join(f"{str(y) + ('' if y in data_years else '*'):>9}" for y in shown)
        say(f"{'leeftijd':<10}{head}")
        for band, values in wide.iterrows():
            cells = "".join(f"{fmt_int(v, lang):>9}" for v in values)
            say(f"{band:<10}{cells}")
        total = "".join(f"{fmt_int(v, lang):>9}" for v in wide.sum())
        say(f"{'totaal':<10}{total}")
        info = migration.get(vid, {"rate": 0.0, "origin": "none", "municipality": ""})
        origin = ORIGIN_NL[info["origin"]].format(municipality=info.get("municipality") or "")
        say(f"Saldo migratie: {fmt_pct(info['rate'], 2, lang)} per jaar ({origin}).")
        say()
    say(
        f"* geprojecteerd vanaf {', '.join(map(str, data_years))} (CBS). "
        f"Geboorte: {a['fertility_source']}. Sterfte: {a['death_probability_source']}. "
        f"Migratie: {a['net_migration_source']}. "
        "Elk jaar van de reeks: planning population --json."
    )
    return warn_problems(ws)
