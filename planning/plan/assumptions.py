"""The assumptions that decide a village plan's figures, in the reader's words.

A council must be able to see what a verdict rests on: where the inhabitants of
a future year come from (data year, migration of this village and its
municipality, fertility, mortality, institutions), how demand and supply are
counted (weekly share, weeks per year, persons per hour, the catchment rule),
how far "near" is measured, and how the survey is weighted. Each becomes one
sentence in the method section, with the values this workspace used.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from planning.analysis.rates import TOTAL_FERTILITY_2023, cbs_net_migration
from planning.i18n import fmt_int, fmt_num, fmt_pct, text

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
    lines = [
        text(
            "assume.projection",
            lang,
            data_year=plan.data_year or plan.base_year,
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
    institutions = [i for i in info.get("institutions", []) if i != plan.village_id]
    if institutions:
        names = ws.villages.set_index("village_id")["name"].to_dict()
        listed = ", ".join(str(names.get(i, i)) for i in institutions)
        lines.append(text("assume.institutions", lang, names=listed))
    return lines


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
        text("assume.weighting", lang, min_cell=max(1, s.survey.min_cell)),
    ]
