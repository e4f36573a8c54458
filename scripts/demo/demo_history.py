"""The demo's earlier plan of Diever (GENERATED): the plan made three years before this one.

Staff come back to a kern after a few years; the new plan says what became of the old
one. So that the demo shows this, Diever gets an earlier plan made in 2023 from the
scenario "Dorpshuis als ontmoetingsplek", with the states of its actions and
commitments as staff would have recorded them (drawn from a seeded random stream). It is
written to ``eerdere-plannen/diever-2023.toml``; the store takes it in on its first open
(planning.store.plan_records). Every plan that shows it says it is generated.
"""

from __future__ import annotations

import sys
import tomllib
from datetime import date
from pathlib import Path

import numpy as np
import pandas as pd

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

import tomli_w  # noqa: E402

VILLAGE = "diever"
SCENARIO_FILE = Path("scenarios") / "diever--dorpshuis-als-ontmoetingsplek.toml"
MADE_ON = date(2023, 6, 15)
STATES = ("done", "running", "stopped", "not_started")
#: how likely each state is three years on: most work done or running, some stalled
CHANCES = (0.35, 0.4, 0.1, 0.15)
README = """# Eerdere plannen (GEGENEREERD)

`diever-2023.toml` is een **gegenereerd** eerder dorpsplan van Diever (juni 2023), met de
stand van zijn acties en afspraken zoals medewerkers die zouden vastleggen. Het is gemaakt
door `scripts/demo/demo_history.py` zodat het dorpsplan van Diever het hoofdstuk "Wat is
er terechtgekomen van het vorige plan" laat zien. Geen echte gegevens.
"""


def generate(
    out: Path,
    villages: pd.DataFrame | None,
    population: pd.DataFrame | None,
    rng: np.random.Generator,
) -> None:
    """Write eerdere-plannen/diever-2023.toml from Diever's scenario and commitments."""
    scenario = tomllib.loads((out / SCENARIO_FILE).read_text(encoding="utf-8"))
    partners = pd.read_csv(out / "partners.csv", dtype=str)
    names = dict(zip(partners["partner_id"], partners["name"], strict=False))
    commitments = pd.read_csv(out / "commitments.csv", dtype=str)
    mine = commitments[commitments["village_id"] == VILLAGE].sort_values("commitment_id")

    def state() -> str:
        return str(rng.choice(STATES, p=CHANCES))

    actions = []
    for a in scenario["actions"]:
        entry = {"title": a["title"], "partner": names.get(a.get("partner_id", ""), "")}
        entry["start_year"] = min(int(a.get("start_year", 2024)), 2025)
        entry["state"] = state()
        actions.append(entry)
    promised = [
        {
            "commitment_id": c["commitment_id"],
            "description": c["description"],
            "partner": names.get(c["partner_id"], c["partner_id"]),
            "start_year": int(c["start_year"]),
            "end_year": int(c["end_year"]),
            "state": state(),
        }
        for c in mine.to_dict("records")
    ]
    plan = {
        "village_id": VILLAGE,
        "generated": True,
        "made_on": MADE_ON,
        "survey_round": "2023",
        "scenario": scenario["name"],
        "scenario_version": "1",
        # the source as a plan names it ("bevolking volgens CBS 2021"), in no one language;
        # that the plan itself is generated, its flag above says and every plan prints
        "population_source": "CBS 2021",
        "actions": actions,
        "commitments": promised,
    }
    folder = out / "eerdere-plannen"
    folder.mkdir(parents=True, exist_ok=True)
    header = "# GEGENEREERD voor de demo: een eerder dorpsplan van Diever, geen echte gegevens.\n"
    (folder / "diever-2023.toml").write_text(header + tomli_w.dumps(plan), encoding="utf-8")
    (folder / "README.md").write_text(README, encoding="utf-8")


if __name__ == "__main__":
    # the step alone, as make_demo.py runs it (seed offset 17), without regenerating the rest
    from make_demo import SEED  # type: ignore[import-not-found]

    generate(ROOT / "data" / "demo", None, None, np.random.default_rng([SEED, 17]))
