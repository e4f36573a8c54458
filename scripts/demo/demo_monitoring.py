"""Demo step: monitoring indicators in workspace.toml and GENERATED observations.

The indicators and their targets are the kind a municipality sets (visitors of
meeting places, matches, Jeugdfonds uptake, volunteers, loneliness from the GGD
monitor); every observation in data/demo/monitoring/ is generated from a seed,
scaled to each village's real CBS inhabitants, and describes nothing real.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pandas as pd

BASE_YEAR = 2026
SOURCE = "GEGENEREERD voorbeeld (demo), geen echte meting"

INDICATORS_TOML = """
# Monitoring: maatschappelijke effecten per kern, met een doel per termijn (3, 5, 10 jaar).
# Doelen met per_inhabitants gelden per 1.000 inwoners van de kern. De waarnemingen in
# monitoring/ zijn GEGENEREERD (demo).
[indicators.visitors]
label = "Bezoekers ontmoetingsplekken"
label_en = "Visitors of meeting places"
unit = "bezoeken per maand"
unit_en = "visits per month"
direction = "up"
per_inhabitants = 1000
source = "Turflijsten ontmoetingsplekken"
targets = { 3 = 60, 5 = 70, 10 = 80 }

[indicators.matches]
label = "Matches tussen vraag en aanbod"
label_en = "Matches between questions and supply"
unit = "matches per kwartaal"
unit_en = "matches per quarter"
direction = "up"
per_inhabitants = 1000
source = "Registratie welzijn en beweegcoaches"
targets = { 3 = 6, 5 = 8, 10 = 10 }

[indicators.jeugdfonds]
label = "Kinderen met Jeugdfonds Sport & Cultuur"
label_en = "Children supported by the Jeugdfonds"
unit = "kinderen per jaar"
unit_en = "children per year"
direction = "up"
per_inhabitants = 1000
source = "Jeugdfonds Sport & Cultuur Drenthe"
targets = { 3 = 9, 5 = 10, 10 = 12 }

[indicators.volunteers]
label = "Actieve vrijwilligers"
label_en = "Active volunteers"
unit = "vrijwilligers"
unit_en = "volunteers"
direction = "up"
per_inhabitants = 1000
source = "Vrijwilligersregistratie"
targets = { 3 = 45, 5 = 50, 10 = 55 }

[indicators.loneliness]
label = "Ernstig eenzaam (18+)"
label_en = "Severely lonely (18+)"
unit = "%"
direction = "down"
source = "GGD Gezondheidsmonitor Volwassenen en Ouderen"
targets = { 3 = 10, 5 = 9, 10 = 8 }
"""

README = """# Monitoring (GEGENEREERD)

`waarnemingen.csv` bevat **gegenereerde** waarnemingen voor de demo-werkmap, gemaakt door
`scripts/demo/demo_monitoring.py` met een vaste seed. Ze zijn geschaald naar het echte aantal inwoners
per kern (Bron: CBS), maar zijn zelf geen metingen: geen bezoekers, matches, aanvragen,
vrijwilligers of eenzaamheidscijfers van een echte kern.

Kolommen: indicator, kern_id, periode (jjjj, jjjj-mm of jjjj-Qn), waarde, bron.
Inlezen in de opslag: `planning monitor import monitoring/waarnemingen.csv`
(de opslag neemt cijfers uit deze map vanzelf op, zonder eigen cijfers te overschrijven).
"""


def generate(
    out: Path, villages: pd.DataFrame, population: pd.DataFrame, rng: np.random.Generator
) -> None:
    toml = out / "workspace.toml"
    toml.write_text(
        toml.read_text(encoding="utf-8").rstrip("\n") + "\n" + INDICATORS_TOML, encoding="utf-8"
    )
    inhabitants = population.groupby("village_id")["inhabitants"].sum()
    rows: list[tuple[str, str, str, float]] = []
    for village_id in villages["village_id"]:
        n = int(inhabitants.get(village_id, 0))
        if n < 250:
            continue  # too small for a meeting place of its own in the demo
        k = n / 1000
        trend = rng.uniform(-0.05, 0.25)  # how well the village is doing
        start = rng.uniform(0.6, 0.95)
        for i, (year, month) in enumerate((y, m) for y in (2024, 2025, 2026) for m in range(1, 13)):
            if (year, month) > (2026, 10):
                break
            season = 1 + 0.12 * np.cos((month - 1) / 12 * 2 * np.pi)  # busier in winter
            level = 55 * k * (start + trend * i / 34) * season
            rows.append(
                (
                    "visitors",
                    village_id,
                    f"{year}-{month:02d}",
                    round(max(level + rng.normal(0, 3 * k), 0)),
                )
            )
        for i, (year, q) in enumerate((y, q) for y in (2024, 2025, 2026) for q in (1, 2, 3, 4)):
            if (year, q) > (2026, 3):
                break
            level = 5 * k * (start + trend * i / 11)
            rows.append(
                ("matches", village_id, f"{year}-Q{q}", float(rng.poisson(max(level, 0.1))))
            )
        for i, year in enumerate((2023, 2024, 2025)):
            rows.append(
                (
                    "jeugdfonds",
                    village_id,
                    str(year),
                    float(rng.poisson(8 * k * (start + trend * i / 3))),
                )
            )
            rows.append(
                (
                    "volunteers",
                    village_id,
                    str(year),
                    float(round(42 * k * (start + 0.5 * trend * i / 3) + rng.normal(0, 2 * k))),
                )
            )
        for year in (2020, 2022, 2024):
            base = 11.5 - 2 * trend * (year - 2020) / 4
            rows.append(
                ("loneliness", village_id, str(year), round(float(base + rng.normal(0, 0.8)), 1))
            )
    frame = pd.DataFrame(rows, columns=["indicator", "kern_id", "periode", "waarde"])
    frame["bron"] = SOURCE
    folder = out / "monitoring"
    folder.mkdir(parents=True, exist_ok=True)
    frame.to_csv(folder / "waarnemingen.csv", index=False, lineterminator="\n")
    (folder / "README.md").write_text(README, encoding="utf-8")
