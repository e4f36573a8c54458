"""The assumptions that decide a village plan's figures, in the reader's words.

A council must be able to see what a verdict rests on: where the inhabitants of
a future year come from (data year, migration of this village and its
municipality, fertility, mortality, institutions), how demand and supply are
counted (weekly share, weeks per year, persons per hour, the catchment rule),
how far "near" is measured, and how the survey is weighted. Each becomes one
sentence in the method section, with the values this workspace used.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any

from planning.analysis.population_base import BaseSource
from planning.analysis.rates import TOTAL_FERTILITY_2023, cbs_net_migration
from planning.i18n import fmt_date, fmt_int, fmt_num, fmt_pct, text
from planning.io.cells import AGE_BANDS

if TYPE_CHECKING:
    from planning.plan.village_plan import VillagePlan
    from planning.workspace.folder import Workspace


def _rate(value: float, lang: str) -> str:
    sign = "+" if value > 0 else ""
    return sign + fmt_pct(value, 2, lang)


def projection_lines(ws: Workspace, plan: VillagePlan, info: dict[str, Any]) -> list[str]:
    """Data year, fertility, mortality, migration of this village, institutions."""
    lang = plan.lang
    mortality, fertility = info.get("mortality_scale", 1.0), info.get("fertility_scale", 1.0)
    tfr = TOTAL_FERTILITY_2023 * fertility
    start = (info.get("base_sources") or {}).get(plan.village_id)
    source = BaseSource.from_dict(start) if start else None
    data_year = plan.data_year or plan.base_year
    lines = [
        text(
            "assume.projection",
            lang,
            start=text(
                "assume.start",
                lang,
                date=fmt_date(source.date if source else dt.date(data_year, 1, 1), lang),
                source=source.source if source else "CBS",
            ),
            projected=text("assume.projected", lang, base=plan.base_year)
            if data_year < plan.base_year
            else "",
            base=plan.base_year,
            tfr=fmt_num(tfr, 2, lang),
            mortality=""
            if mortality == 1.0
            else text("assume.scaled", lang, value=fmt_num(mortality, 2, lang)),
            fertility="",
        )
    ]
    mine = info.get("net_migration_by_village", {}).get(plan.village_id, {})
    origin = mine.get("origin", "none")
    municipality = mine.get("municipality") or ""
    if origin == "institution":
        lines.append(text("assume.migration.institution", lang, name=plan.name))
    else:
        municipal = cbs_net_migration(municipality)
        lines.append(
            text(
                f"assume.migration.{origin}",
                lang,
                rate=_rate(float(mine.get("rate", 0.0)), lang),
                municipality=municipality,
                municipal="–" if municipal is None else _rate(municipal, lang),
            )
        )
    if origin != "institution":
        lines.append(migration_by_age(plan, info))
    institutions = [i for i in info.get("institutions", []) if i != plan.village_id]
    if institutions:
        names = ws.villages.set_index("village_id")["name"].to_dict()
        listed = ", ".join(str(names.get(i, i)) for i in institutions)
        lines.append(text("assume.institutions", lang, names=listed))
    return lines


def migration_by_age(plan: VillagePlan, info: dict[str, Any]) -> str:
    """How the village's migration is spread over the ages: its own Hamilton-Perry rates
    ("Migratie in Dwingeloo: ...") or the stated Drenthe schedule, with the figures."""
    lang = plan.lang
    own = info.get("own_migration", {}).get(plan.village_id)
    if own:
        rates = own["rates"]
        young = rates[AGE_BANDS.index("20-24")]
        return text(
            "method.migration_own",
            lang,
            village=plan.name,
            first=fmt_date(dt.date.fromisoformat(own["from"]), lang),
            second=fmt_date(dt.date.fromisoformat(own["to"]), lang),
            young=_rate(young, lang),
            total=_rate(float(own["total"]), lang),
        )
    schedule = info.get("migration_age_schedule") or [0.0] * 96
    return text(
        "method.migration_age",
        lang,
        young=_rate(schedule[18], lang),
        settle=_rate(schedule[23], lang),
        source=text("source.migration_age", lang),
    )


def gap_lines(ws: Workspace, plan: VillagePlan) -> list[str]:
    """Weekly share, commitment hours, catchments and threshold, distances, weighting."""
    lang = plan.lang
    s = ws.settings
    cycle = s.thresholds.cycle_m
    cycle_text = f"{fmt_num(cycle / 1000, 1, lang)} km" if cycle >= 1000 else f"{cycle} m"
    return [
        text("assume.demand", lang, weekly=fmt_pct(s.gaps.weekly_share, 0, lang)),
        text(
            "assume.supply",
            lang,
            weeks=fmt_int(s.gaps.weeks_per_year, lang),
            persons=fmt_num(s.gaps.persons_per_hour, 1, lang).removesuffix(",0"),
            cycle=cycle_text,
            threshold=fmt_pct(s.thresholds.gap_coverage, 0, lang),
        ),
        text("assume.distance", lang),
        text(
            "assume.weighting",
            lang,
            plural=max(1, s.survey.min_cell),
            min_cell=max(1, s.survey.min_cell),
        ),
    ]
