"""Generated places, provisions, partners, commitments and population points for the demo.

Nothing here is real except what comes in (village names, inhabitants,
centroids). Names of facilities are generic ("Dorpshuis Norg"), partner names
are generic kinds of organisation, so no real organisation is misrepresented.
"""

from __future__ import annotations

import math
from pathlib import Path

import numpy as np
import pandas as pd

# kind -> (Dutch label, themes, P(step_free), P(accessible_toilet), P(free_entry), P(walk_in),
#          open hours range)
KINDS: dict[str, tuple[str, str, float, float, float, float, tuple[int, int]]] = {
    "village_hall": ("Dorpshuis", "meeting;loneliness;advice", 0.8, 0.7, 0.8, 0.6, (6, 40)),
    "sports_canteen": (
        "Sportkantine",
        "exercise_health;youth;meeting",
        0.6,
        0.4,
        0.7,
        0.4,
        (4, 25),
    ),
    "church": ("Kerkgebouw", "meeting;loneliness;newcomers", 0.5, 0.3, 0.9, 0.5, (3, 16)),
    "school": ("Basisschool", "youth;newcomers", 0.9, 0.8, 0.3, 0.1, (30, 45)),
    "care_location": (
        "Zorglocatie",
        "informal_care;loneliness;advice",
        0.95,
        0.95,
        0.6,
        0.5,
        (10, 60),
    ),
    "library": ("Bibliotheek", "advice;newcomers;meeting", 0.9, 0.8, 0.9, 0.9, (12, 40)),
    "community_centre": ("Buurthuis", "meeting;youth;volunteering", 0.7, 0.6, 0.8, 0.7, (8, 35)),
    "municipal_building": (
        "Gemeentelijk pand",
        "advice;poverty_debt",
        0.95,
        0.9,
        0.9,
        0.4,
        (20, 40),
    ),
}

STREETS = (
    "Hoofdstraat",
    "Kerkstraat",
    "Schoolstraat",
    "Dorpsstraat",
    "Brink",
    "Esweg",
    "Molenweg",
    "Stationsweg",
    "Sportlaan",
    "Julianalaan",
    "Wilhelminalaan",
    "Zuideinde",
)


def offset(lat: float, lon: float, dx_m: float, dy_m: float) -> tuple[float, float]:
    return (lat + dy_m / 111_320.0, lon + dx_m / (111_320.0 * math.cos(math.radians(lat))))


def facility_plan(pop: int) -> list[str]:
    """Which kinds of building a village of this size has (more in Roden than in Alteveer)."""
    kinds: list[str] = []
    if pop >= 120:
        kinds.append("village_hall")
    if pop >= 250:
        kinds.append("church")
    if pop >= 400:
        kinds += ["sports_canteen", "school"]
    if pop >= 1200:
        kinds += ["care_location", "community_centre"]
    if pop >= 3000:
        kinds += ["library", "church", "school", "sports_canteen"]
    if pop >= 10000:
        kinds += [
            "municipal_building",
            "community_centre",
            "care_location",
            "school",
            "sports_canteen",
            "church",
            "village_hall",
        ]
    return kinds


def generate(
    out: Path, villages: pd.DataFrame, population: pd.DataFrame, rng: np.random.Generator
) -> None:
    inhabitants = population.groupby("village_id")["inhabitants"].sum()
    facilities = _facilities(villages, inhabitants, rng)
    partners = _partners(villages, inhabitants)
    provisions = _provisions(villages, inhabitants, facilities, rng)
    commitments = _commitments(villages, inhabitants, facilities, provisions, partners, rng)
    points = _points(villages, inhabitants, rng)
    from make_demo import write_csv

    write_csv(facilities, out / "facilities.csv")
    write_csv(provisions, out / "provisions.csv")
    write_csv(partners, out / "partners.csv")
    write_csv(commitments, out / "commitments.csv")
    write_csv(points, out / "population_points.csv")
    (out / "workspace.toml").write_text(WORKSPACE_TOML, encoding="utf-8")
    (out / "README.md").write_text(README, encoding="utf-8")


def _facilities(
    villages: pd.DataFrame, inhabitants: pd.Series, rng: np.random.Generator
) -> pd.DataFrame:
    rows = []
    for v in villages.itertuples():
        pop = int(inhabitants.get(v.village_id, 0))
        radius = 120 + 7 * math.sqrt(pop)
        seen: dict[str, int] = {}
        for kind in facility_plan(pop):
            label, themes, p_step, p_toilet, p_free, p_walk, hours = KINDS[kind]
            seen[kind] = seen.get(kind, 0) + 1
            n = seen[kind]
            fid = f"{v.village_id}-{kind.replace('_', '-')}" + (f"-{n}" if n > 1 else "")
            name = f"{label} {v.name}" + (
                f" {['', '', 'Noord', 'Zuid', 'West', 'Oost'][n]}" if n > 1 else ""
            )
            angle, dist = rng.uniform(0, 2 * math.pi), rng.uniform(0, radius)
            lat, lon = offset(v.lat, v.lon, dist * math.cos(angle), dist * math.sin(angle))
            transit = int(rng.choice([80, 150, 250, 400, 650, 900, 1500, 2500], p=_transit_p(pop)))
            rows.append(
                {
                    "facility_id": fid,
                    "name": name.strip(),
                    "village_id": v.village_id,
                    "kind": kind,
                    "owner": _owner(kind, v.municipality),
                    "address": f"{STREETS[int(rng.integers(len(STREETS)))]} {int(rng.integers(1, 90))}",
                    "lat": round(lat, 6),
                    "lon": round(lon, 6),
                    "step_free": "ja" if rng.random() < p_step else "nee",
                    "accessible_toilet": "ja" if rng.random() < p_toilet else "nee",
                    "transit_stop_m": transit,
                    "free_entry": "ja" if rng.random() < p_free else "nee",
                    "open_hours_per_week": int(rng.integers(hours[0], hours[1] + 1)),
                    "walk_in": "ja" if rng.random() < p_walk else "nee",
                    "capacity": int(rng.choice([30, 40, 60, 80, 120, 200])),
                    "themes": themes,
                    "activities": _activities(kind),
                }
            )
    return pd.DataFrame(rows)


def _transit_p(pop: int) -> list[float]:
    if pop >= 3000:
        return [0.3, 0.3, 0.2, 0.1, 0.05, 0.03, 0.01, 0.01]
    if pop >= 800:
        return [0.15, 0.2, 0.2, 0.15, 0.1, 0.1, 0.05, 0.05]
    return [0.05, 0.05, 0.1, 0.1, 0.15, 0.2, 0.2, 0.15]


def _owner(kind: str, municipality: str) -> str:
    return {
        "village_hall": "Stichting Dorpshuis",
        "sports_canteen": "Sportvereniging",
        "church": "Kerkgemeente",
        "school": "Onderwijsstichting",
        "care_location": "Zorgorganisatie",
        "library": "Bibliotheek",
        "community_centre": "Welzijnsorganisatie",
        "municipal_building": f"Gemeente {municipality}",
    }[kind]


def _activities(kind: str) -> str:
    return {
        "village_hall": "koffieochtend;biljart;vergaderruimte",
        "sports_canteen": "voetbal;bewegen voor ouderen",
        "church": "ontmoetingsmiddag;maaltijd",
        "school": "naschoolse activiteiten",
        "care_location": "dagbesteding;mantelzorgcafé",
        "library": "taalcafé;digitaal spreekuur",
        "community_centre": "jongerenavond;repaircafé",
        "municipal_building": "spreekuur sociaal team",
    }[kind]


def _welfare(municipality: str) -> str:
    return "win" if municipality == "Noordenveld" else "beweegcoaches-westerveld"


def _partners(villages: pd.DataFrame, inhabitants: pd.Series) -> pd.DataFrame:
    rows = [
        ("win", "Welzijn in Noordenveld", "welfare"),
        ("beweegcoaches-westerveld", "Beweegcoaches gemeente Westerveld", "municipality"),
        ("sociaal-team-noordenveld", "Sociaal team Noordenveld", "municipality"),
        ("sociaal-team-westerveld", "Sociaal team Westerveld", "municipality"),
        ("ggd-drenthe", "GGD Drenthe", "care"),
        ("mee", "MEE", "care"),
        ("jeugdfonds", "Jeugdfonds Sport & Cultuur Drenthe", "fund"),
        ("voedselbank", "Voedselbank (regionaal)", "charity"),
        ("kledingbank", "Kledingbank (regionaal)", "charity"),
        ("thuiszorg", "Thuiszorgorganisatie (regionaal)", "care"),
    ]
    for v in villages.itertuples():
        pop = int(inhabitants.get(v.village_id, 0))
        if pop >= 400:
            rows.append((f"{v.village_id}-sportclub", f"Sportvereniging {v.name}", "club"))
        if pop >= 250:
            rows.append((f"{v.village_id}-kerk", f"Kerkgemeente {v.name}", "church"))
        if pop >= 120:
            rows.append((f"{v.village_id}-dorpshuis", f"Stichting Dorpshuis {v.name}", "residents"))
    return pd.DataFrame(rows, columns=["partner_id", "name", "kind"])


def _provisions(
    villages: pd.DataFrame,
    inhabitants: pd.Series,
    facilities: pd.DataFrame,
    rng: np.random.Generator,
) -> pd.DataFrame:
    by_mun = {m: ";".join(g["village_id"]) for m, g in villages.groupby("municipality")}
    everyone = "*"
    rows = [
        (
            "jeugdfonds-sport-cultuur",
            "Jeugdfonds Sport & Cultuur",
            "fund",
            "Jeugdfonds Sport & Cultuur",
            "youth;exercise_health;poverty_debt",
            4,
            17,
            everyone,
            "",
            60,
            0,
        ),
        (
            "kledingbank",
            "Kledingbank",
            "service",
            "Kledingbank (regionaal)",
            "poverty_debt",
            0,
            120,
            everyone,
            "",
            40,
            0,
        ),
        (
            "voedselbank",
            "Voedselbank",
            "service",
            "Voedselbank (regionaal)",
            "poverty_debt",
            0,
            120,
            everyone,
            "",
            80,
            0,
        ),
        (
            "schuldhulpmaatje",
            "SchuldHulpMaatje",
            "service",
            "Vrijwilligers schuldhulp",
            "poverty_debt;advice",
            18,
            120,
            everyone,
            "",
            15,
            12000,
        ),
        (
            "mantelzorgsteunpunt",
            "Mantelzorgsteunpunt",
            "service",
            "Welzijn",
            "informal_care;advice",
            18,
            120,
            everyone,
            "",
            30,
            45000,
        ),
        (
            "taalcafe",
            "Taalcafé voor nieuwkomers",
            "activity",
            "Bibliotheek",
            "newcomers;meeting",
            16,
            120,
            everyone,
            "",
            25,
            8000,
        ),
        (
            "vrijwilligerscentrale",
            "Vrijwilligerscentrale",
            "service",
            "Welzijn",
            "volunteering",
            14,
            120,
            everyone,
            "",
            30,
            30000,
        ),
        (
            "mee-clientondersteuning",
            "Cliëntondersteuning MEE",
            "service",
            "MEE",
            "advice;informal_care",
            0,
            120,
            everyone,
            "",
            20,
            0,
        ),
    ]
    for mun, label, owner in (
        ("Noordenveld", "Noordenveld", "win"),
        ("Westerveld", "Westerveld", "beweegcoaches-westerveld"),
    ):
        ids = by_mun.get(mun, "")
        rows += [
            (
                f"wmo-{label.lower()}",
                f"WMO-ondersteuning {label}",
                "service",
                f"Gemeente {label}",
                "informal_care;advice",
                18,
                120,
                ids,
                "",
                50,
                0,
            ),
            (
                f"sociaal-team-{label.lower()}",
                f"Sociaal team {label}",
                "service",
                f"Sociaal team {label}",
                "advice;poverty_debt;loneliness",
                0,
                120,
                ids,
                "",
                60,
                0,
            ),
            (
                f"buurtsportcoach-{label.lower()}",
                f"Buurtsportcoach {label}",
                "activity",
                owner,
                "exercise_health;youth",
                4,
                120,
                ids,
                "",
                80,
                60000,
            ),
        ]
    halls = facilities[facilities["kind"].isin(["village_hall", "community_centre", "church"])]
    for f in halls.itertuples():
        pop = int(inhabitants.get(f.village_id, 0))
        if f.kind == "village_hall":
            rows.append(
                (
                    f"{f.facility_id}-koffie",
                    f"Koffieochtend {f.name}",
                    "activity",
                    "Stichting Dorpshuis",
                    "meeting;loneliness",
                    18,
                    120,
                    f.village_id,
                    f.facility_id,
                    int(max(8, min(40, pop // 60))),
                    1500,
                )
            )
        elif f.kind == "community_centre":
            rows.append(
                (
                    f"{f.facility_id}-jongeren",
                    f"Jongerenavond {f.name}",
                    "activity",
                    "Jongerenwerk",
                    "youth;meeting",
                    12,
                    23,
                    f.village_id,
                    f.facility_id,
                    int(max(10, min(50, pop // 80))),
                    9000,
                )
            )
        elif rng.random() < 0.5:
            rows.append(
                (
                    f"{f.facility_id}-maaltijd",
                    f"Samen eten {f.name}",
                    "activity",
                    "Kerkgemeente",
                    "loneliness;meeting",
                    50,
                    120,
                    f.village_id,
                    f.facility_id,
                    20,
                    2500,
                )
            )
    for v in villages.itertuples():
        pop = int(inhabitants.get(v.village_id, 0))
        if pop >= 400:
            rows.append(
                (
                    f"{v.village_id}-sportclub",
                    f"Sportvereniging {v.name}",
                    "club",
                    f"Sportvereniging {v.name}",
                    "exercise_health;youth;volunteering",
                    5,
                    80,
                    v.village_id,
                    "",
                    int(min(200, pop // 20)),
                    0,
                )
            )
    columns = [
        "provision_id",
        "name",
        "kind",
        "provider",
        "themes",
        "age_min",
        "age_max",
        "villages",
        "facility_id",
        "capacity_per_week",
        "cost_per_year",
    ]
    return pd.DataFrame(rows, columns=columns)


def _commitments(
    villages: pd.DataFrame,
    inhabitants: pd.Series,
    facilities: pd.DataFrame,
    provisions: pd.DataFrame,
    partners: pd.DataFrame,
    rng: np.random.Generator,
) -> pd.DataFrame:
    partner_ids = set(partners["partner_id"])
    prov_by_fac = provisions[provisions["facility_id"] != ""].set_index("facility_id")
    rows = []
    n = 0
    for v in villages.itertuples():
        pop = int(inhabitants.get(v.village_id, 0))
        local = facilities[facilities["village_id"] == v.village_id]
        for f in local.itertuples():
            host = {
                "village_hall": f"{v.village_id}-dorpshuis",
                "church": f"{v.village_id}-kerk",
                "sports_canteen": f"{v.village_id}-sportclub",
            }.get(f.kind)
            if host not in partner_ids or rng.random() < 0.35:
                continue
            n += 1
            start = int(rng.integers(2024, 2028))
            length = int(rng.choice([3, 5, 10]))
            prov = (
                prov_by_fac["provision_id"].get(f.facility_id)
                if f.facility_id in prov_by_fac.index
                else ""
            )
            if isinstance(prov, pd.Series):
                prov = prov.iloc[0]
            rows.append(
                {
                    "commitment_id": f"c{n:03d}",
                    "partner_id": host,
                    "village_id": v.village_id,
                    "facility_id": f.facility_id,
                    "provision_id": prov or "",
                    "description": {
                        "village_hall": "Dorpshuis open als ontmoetingsplek, koffie en inloop",
                        "church": "Kerkzaal beschikbaar voor ontmoetingsmiddagen",
                        "sports_canteen": "Kantine open voor bewegen en ontmoeting overdag",
                    }[f.kind],
                    "start_year": start,
                    "end_year": start + length - 1,
                    "hours_per_year": int(rng.choice([100, 200, 300, 500])),
                    "budget_per_year": int(rng.choice([0, 1000, 2500, 5000])),
                }
            )
        if pop >= 1000:
            n += 1
            welfare = "win" if v.municipality == "Noordenveld" else "beweegcoaches-westerveld"
            rows.append(
                {
                    "commitment_id": f"c{n:03d}",
                    "partner_id": welfare,
                    "village_id": v.village_id,
                    "facility_id": "",
                    "provision_id": "",
                    "description": "Opbouwwerker een dagdeel per week in het dorp",
                    "start_year": 2026,
                    "end_year": 2030,
                    "hours_per_year": 200,
                    "budget_per_year": 12000,
                }
            )
    return pd.DataFrame(rows)


def _points(
    villages: pd.DataFrame, inhabitants: pd.Series, rng: np.random.Generator
) -> pd.DataFrame:
    """Households scattered around each centroid, 80 % in the core, the rest on farms around it."""
    rows = []
    for v in villages.itertuples():
        pop = int(inhabitants.get(v.village_id, 0))
        if pop <= 0:
            continue
        count = max(4, round(pop / 60))
        core = 150 + 9 * math.sqrt(pop)
        rural = rng.random(count) < 0.2
        dist = np.where(
            rural, rng.uniform(core, core + 2500, count), core * np.sqrt(rng.random(count))
        )
        angle = rng.uniform(0, 2 * math.pi, count)
        shares = rng.multinomial(pop, np.full(count, 1 / count))
        for i in range(count):
            if shares[i] == 0:
                continue
            lat, lon = offset(
                v.lat, v.lon, dist[i] * math.cos(angle[i]), dist[i] * math.sin(angle[i])
            )
            rows.append(
                {
                    "point_id": f"{v.village_id}-p{i + 1:03d}",
                    "village_id": v.village_id,
                    "lat": round(lat, 6),
                    "lon": round(lon, 6),
                    "inhabitants": int(shares[i]),
                }
            )
    return pd.DataFrame(rows)


WORKSPACE_TOML = """\
# Demo workspace: Noordenveld and Westerveld (Drenthe).
# Villages, inhabitants per age band (1 January 2021) and postcode centroids: Bron: CBS.
# Everything else is GENERATED by scripts/demo/make_demo.py and describes no real facility,
# organisation or person.
name = "Demo Noordenveld en Westerveld"
municipality = "Noordenveld; Westerveld"
base_year = 2026
lang = "nl"
horizons = [3, 5, 10]
generated = true

[thresholds]
walk_m = 800
cycle_m = 3000
transit_stop_max_m = 500
min_open_hours_per_week = 10
meeting_place_rule = "both"
gap_coverage = 0.8

[gaps]
# Vraag per week = aandeel dat de behoefte noemt x inwoners x weekly_share. Aanname voor de
# demo: van wie een behoefte op een thema noemt, maakt in een gewone week een op de tien
# gebruik van aanbod. Pas dit aan op wat u in uw gemeente ziet.
weekly_share = 0.1
weeks_per_year = 46
persons_per_hour = 2

[sources]
population = "Bron: CBS, Bevolking per viercijferige postcode en leeftijd op 1 januari 2021 (83502NED)"
villages = "Bron: CBS, postcodetabel 2021 (83503NED); centroïden: 4pp postcodetabel (MIT)"
generated = "Voorzieningen, aanbod, partners, afspraken, inwonerspunten, enquête en scenario's zijn gegenereerd"
"""

README = """\
# Demo workspace: Noordenveld en Westerveld

Deze werkmap is het voorbeeld waarmee de werkmap opent.

**Echt (Bron: CBS):** de kernen van de gemeenten Noordenveld en Westerveld (elke viercijferige
postcode in de CBS-postcodetabel 2021, samengevoegd per woonplaats), hun inwoners per
vijfjaars-leeftijdsklasse op 1 januari 2021 (CBS 83502NED, per postcode opgeteld per kern; CBS rondt
per postcode en leeftijdsklasse af op 5) en de middelpunten van de postcodes (4pp-postcodetabel).

**Gegenereerd** door `scripts/demo/make_demo.py` met een vaste seed, en dus niet echt:
voorzieningen (`facilities.csv`) en hun toegankelijkheid, aanbod (`provisions.csv`, de soorten
aanbod bestaan wel), partners (`partners.csv`, algemene namen), afspraken (`commitments.csv`),
de spreiding van inwoners (`population_points.csv`: punten rond elke kern die optellen tot het
CBS-inwonertal), de enquête (`survey/`), de scenario's en de opvolglijst
(`followup/contacts.csv`: de 200 mensen op de ingetypte formulieren die om terugbellen vroegen;
de opslag laadt ze bij het eerste openen) en een eerder dorpsplan van Diever uit 2023 met de stand
van zijn acties en afspraken (`eerdere-plannen/`), zodat het dorpsplan van Diever laat zien wat er
van het vorige plan terechtkwam. Geen enkele naam, telefoonnummer of antwoord hoort
bij een echt persoon.

Opnieuw maken (met `../shared/realdata` naast de projectmap):

    uv run python scripts/demo/make_demo.py
"""
