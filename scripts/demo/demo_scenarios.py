"""Demo scenarios: two or three per large demo village, as staff would write them.

GENERATED: the actions, costs, reach and volunteer numbers are invented for the
demo (drawn from a seeded random stream within plausible ranges); the facilities
and partners they use are the demo's own. Written as TOML under
``scenarios/`` with ``scenarios/chosen.toml`` naming the scenario each village's
plan uses; the store loads them on its first open.
"""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np
import pandas as pd

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from planning.workspace.scenario_file import Action, Scenario, dump_toml  # noqa: E402

VILLAGES: tuple[str, ...] = (
    "roden",
    "peize",
    "norg",
    "veenhuizen",
    "havelte",
    "diever",
    "dwingeloo",
    "vledder",
    "uffelte",
)
NOORDENVELD_WELFARE = "win"
WESTERVELD_COACHES = "beweegcoaches-westerveld"


def _cost(rng: np.random.Generator, lo: int, hi: int, step: int = 500) -> int:
    return int(rng.integers(lo // step, hi // step + 1)) * step


def _first(facilities: pd.DataFrame, village: str, kind: str) -> pd.Series | None:
    rows = facilities[(facilities["village_id"] == village) & (facilities["kind"] == kind)]
    return rows.iloc[0] if len(rows) else None


def _yes(value: object) -> bool:
    return str(value).strip().lower() in ("ja", "true", "1", "yes")


def scenarios_for(
    village: pd.Series, facilities: pd.DataFrame, rng: np.random.Generator
) -> list[Scenario]:
    vid, name = str(village["village_id"]), str(village["name"])
    welfare = (
        NOORDENVELD_WELFARE if village["municipality"] == "Noordenveld" else WESTERVELD_COACHES
    )
    hall = _first(facilities, vid, "village_hall")
    church = _first(facilities, vid, "church")
    canteen = _first(facilities, vid, "sports_canteen")
    care = _first(facilities, vid, "care_location")
    hall_id = None if hall is None else str(hall["facility_id"])

    basis = Scenario(
        "Basis",
        vid,
        description=f"Wat er in {name} al is, loopt door; geen nieuwe plekken.",
        actions=[
            Action(
                "Koffie-inloop in het dorpshuis voortzetten",
                "activity",
                themes=["meeting", "loneliness"],
                facility_id=hall_id,
                partner_id=f"{vid}-dorpshuis",
                start_year=2027,
                end_year=2036,
                yearly_cost=_cost(rng, 1500, 4000),
                reach_per_week=int(rng.integers(15, 35)),
                volunteers_needed=int(rng.integers(2, 5)),
            )
        ],
    )

    hall_actions = [
        Action(
            "Inloopochtend met vragen en lichte ondersteuning",
            "activity",
            themes=["loneliness", "informal_care", "advice"],
            facility_id=hall_id,
            partner_id=welfare,
            start_year=2027,
            end_year=2036,
            one_off_cost=_cost(rng, 2000, 6000),
            yearly_cost=_cost(rng, 8000, 15000),
            reach_per_week=int(rng.integers(25, 60)),
            volunteers_needed=int(rng.integers(4, 9)),
        ),
        Action(
            "Mantelzorgcafé één keer per maand",
            "activity",
            themes=["informal_care"],
            facility_id=hall_id,
            partner_id="thuiszorg",
            start_year=2028,
            one_off_cost=0,
            yearly_cost=_cost(rng, 2000, 5000),
            reach_per_week=int(rng.integers(5, 15)),
            volunteers_needed=2,
        ),
        Action(
            "Huisbezoeken bij 75-plussers door vrijwilligers",
            "outreach",
            themes=["loneliness", "informal_care"],
            partner_id=welfare,
            start_year=2027,
            yearly_cost=_cost(rng, 3000, 7000),
            reach_per_week=int(rng.integers(8, 20)),
            volunteers_needed=int(rng.integers(5, 12)),
        ),
    ]
    if hall is not None and not (_yes(hall["step_free"]) and _yes(hall["accessible_toilet"])):
        hall_actions.insert(
            1,
            Action(
                "Dorpshuis drempelvrij met aangepast toilet",
                "adaptation",
                facility_id=hall_id,
                partner_id=f"{vid}-dorpshuis",
                start_year=2028,
                one_off_cost=_cost(rng, 15000, 45000, 1000),
                changes={"step_free": True, "accessible_toilet": True},
            ),
        )
    if hall is not None and not _yes(hall["walk_in"]):
        hall_actions.append(
            Action(
                "Dorpshuis elke werkdag open voor vrije inloop",
                "adaptation",
                facility_id=hall_id,
                partner_id=f"{vid}-dorpshuis",
                start_year=2027,
                yearly_cost=_cost(rng, 3000, 8000),
                volunteers_needed=int(rng.integers(3, 7)),
                changes={"walk_in": True, "open_hours_per_week": 20.0},
            )
        )
    hall_scenario = Scenario(
        "Dorpshuis als ontmoetingsplek",
        vid,
        description=f"Het dorpshuis van {name} wordt de huiskamer van het dorp.",
        actions=hall_actions,
    )

    together: list[Action] = []
    if church is not None:
        together.append(
            Action(
                "Samen eten in de kerkzaal",
                "partnership",
                themes=["loneliness", "meeting", "poverty_debt"],
                facility_id=str(church["facility_id"]),
                partner_id=f"{vid}-kerk",
                start_year=2027,
                yearly_cost=_cost(rng, 1500, 4000),
                reach_per_week=int(rng.integers(15, 40)),
                volunteers_needed=int(rng.integers(3, 8)),
            )
        )
        if not _yes(church["step_free"]):
            together.append(
                Action(
                    "Kerkzaal drempelvrij maken",
                    "adaptation",
                    facility_id=str(church["facility_id"]),
                    partner_id=f"{vid}-kerk",
                    start_year=2029,
                    one_off_cost=_cost(rng, 10000, 30000, 1000),
                    changes={"step_free": True},
                )
            )
    if canteen is not None:
        together.append(
            Action(
                "Bewegen voor ouderen in de sportkantine",
                "partnership",
                themes=["exercise_health", "meeting"],
                facility_id=str(canteen["facility_id"]),
                partner_id=f"{vid}-sportclub",
                start_year=2027,
                end_year=2031,
                yearly_cost=_cost(rng, 2000, 6000),
                reach_per_week=int(rng.integers(15, 35)),
                volunteers_needed=int(rng.integers(2, 5)),
            )
        )
        together.append(
            Action(
                "Jongerenavond in de kantine",
                "partnership",
                themes=["youth"],
                facility_id=str(canteen["facility_id"]),
                partner_id=f"{vid}-sportclub",
                start_year=2028,
                yearly_cost=_cost(rng, 1000, 3000),
                reach_per_week=int(rng.integers(10, 30)),
                volunteers_needed=int(rng.integers(2, 4)),
            )
        )
    lat = float(village["lat"]) + float(rng.normal(0, 0.002))
    lon = float(village["lon"]) + float(rng.normal(0, 0.003))
    together.append(
        Action(
            "Ontmoetingsplek bij de supermarkt",
            "place",
            themes=["meeting", "loneliness"],
            facility_id=f"{vid}-ontmoetingsplek",
            partner_id=welfare,
            start_year=2030,
            one_off_cost=_cost(rng, 20000, 60000, 1000),
            yearly_cost=_cost(rng, 4000, 9000),
            reach_per_week=int(rng.integers(20, 50)),
            volunteers_needed=int(rng.integers(4, 10)),
            facility={
                "name": f"Ontmoetingsplek {name}",
                "kind": "meeting_place",
                "lat": round(lat, 6),
                "lon": round(lon, 6),
                "step_free": True,
                "accessible_toilet": True,
                "free_entry": True,
                "walk_in": True,
                "open_hours_per_week": 24.0,
                "transit_stop_m": 200.0,
                "capacity": 30,
            },
        )
    )
    if care is not None:
        together.append(
            Action(
                "Spreekuur mantelzorg in de zorglocatie",
                "partnership",
                themes=["informal_care", "advice"],
                facility_id=str(care["facility_id"]),
                partner_id="thuiszorg",
                start_year=2027,
                yearly_cost=_cost(rng, 1000, 3000),
                reach_per_week=int(rng.integers(5, 15)),
            )
        )
    together_scenario = Scenario(
        "Samen met de kerk en de sportclub",
        vid,
        description=f"Wat er in {name} is, gebruiken en verbinden; één nieuwe plek erbij.",
        actions=together,
    )
    return [basis, hall_scenario, together_scenario]


PROJECTION_TOML = """
# Population projection (planning.analysis.population): every assumption, with its default.
[projection]
mortality_scale = 1.0       # x the CBS 2023 death probabilities per age (37360ned)
fertility_scale = 1.0       # x the CBS 2023 birth rates per age of the mother (TFR 1,43)
female_share = 0.5          # share of each age band that is female (no sex in the data)
# net_migration_rate = 0.0  # per year for every village; unset: CBS per municipality
# general_fertility_rate = 0.045  # births per woman 15-49 per year, instead of by age
# Boschoord (an institution: 80% men, no children) and Veenhuizen (prisons): their
# population is held as it is, not aged like households.
institutions = ["boschoord", "veenhuizen"]

[projection.net_migration]  # per village, overrides the municipality's CBS rate
# roden = 0.004
"""


def _file_name(scenario: Scenario) -> str:
    slug = "".join(c if c.isalnum() else "-" for c in scenario.name.lower()).strip("-")
    while "--" in slug:
        slug = slug.replace("--", "-")
    return f"{scenario.village_id}--{slug}.toml"


def generate(
    out: Path, villages: pd.DataFrame, population: pd.DataFrame, rng: np.random.Generator
) -> None:
    """Write scenarios/*.toml and scenarios/chosen.toml for the large demo villages."""
    facilities = pd.read_csv(out / "facilities.csv", dtype=str, keep_default_na=False)
    toml = out / "workspace.toml"
    text = toml.read_text(encoding="utf-8")
    if "[projection]" not in text:
        toml.write_text(text.rstrip("\n") + "\n" + PROJECTION_TOML, encoding="utf-8")
    folder = out / "scenarios"
    folder.mkdir(parents=True, exist_ok=True)
    for old in folder.glob("*.toml"):
        old.unlink()
    chosen: dict[str, str] = {}
    for vid in VILLAGES:
        match = villages[villages["village_id"] == vid]
        if match.empty:
            continue
        made = scenarios_for(match.iloc[0], facilities, rng)
        for scenario in made:
            (folder / _file_name(scenario)).write_text(dump_toml(scenario), encoding="utf-8")
        pick = made[1 + int(rng.integers(0, 2))]
        chosen[vid] = pick.name
    import tomli_w

    (folder / "chosen.toml").write_text(
        "# The scenario each village's plan uses (GENERATED for the demo).\n"
        + tomli_w.dumps(chosen),
        encoding="utf-8",
    )
