"""Demo step: GENERATED matches between residents' questions and existing provisions.

Staff in the larger villages have already connected some questions to provisions
(the Jeugdfonds, the sociaal team, a coffee morning...), so the plan and the
monitoring show what that looks like. Nothing here is a real case: only village,
theme, provision, month and outcome, never a person.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import numpy as np
import pandas as pd

#: outcome -> probability
OUTCOMES = {"accepted": 0.55, "completed": 0.2, "proposed": 0.15, "declined": 0.1}
#: theme -> typical age range of the resident asking
AGES = {
    "youth": (6, 17),
    "exercise_health": (8, 80),
    "poverty_debt": (25, 70),
    "loneliness": (60, 90),
    "informal_care": (40, 80),
    "advice": (30, 85),
    "meeting": (50, 90),
    "newcomers": (18, 50),
    "volunteering": (16, 75),
}


def generate(
    out: Path, villages: pd.DataFrame, population: pd.DataFrame, rng: np.random.Generator
) -> None:
    provisions = pd.read_csv(out / "provisions.csv", dtype=str, keep_default_na=False)
    inhabitants = population.groupby("village_id")["inhabitants"].sum()
    rows = []
    for v in villages.itertuples():
        pop = int(inhabitants.get(v.village_id, 0))
        if pop < 1000:
            continue
        serving = provisions[
            provisions["villages"].map(lambda s, vid=v.village_id: s == "*" or vid in s.split(";"))
        ]
        pairs = [
            (theme, pid, int(lo), int(hi))
            for pid, themes, lo, hi in serving[
                ["provision_id", "themes", "age_min", "age_max"]
            ].itertuples(index=False)
            for theme in themes.split(";")
            if theme in AGES
        ]
        if not pairs:
            continue
        for _ in range(int(min(60, pop // 250))):
            theme, pid, lo, hi = pairs[int(rng.integers(len(pairs)))]
            a, b = AGES[theme]
            a, b = max(a, lo), min(b, hi)
            age = int(rng.integers(a, b + 1)) if a <= b else lo
            month = int(rng.integers(1, 23))  # January 2025 to October 2026
            made = date(2025 + (month - 1) // 12, (month - 1) % 12 + 1, int(rng.integers(1, 28)))
            outcome = str(rng.choice(list(OUTCOMES), p=list(OUTCOMES.values())))
            rows.append((v.village_id, theme, pid, made.isoformat(), outcome, age))
    frame = pd.DataFrame(
        rows, columns=["village_id", "theme", "provision_id", "made_on", "outcome", "age"]
    ).sort_values(["village_id", "made_on", "provision_id", "theme"], kind="stable")
    folder = out / "matches"
    folder.mkdir(parents=True, exist_ok=True)
    frame.to_csv(folder / "matches.csv", index=False, lineterminator="\n")
    (folder / "README.md").write_text(
        "# Matches (GEGENEREERD)\n\nGemaakte matches tussen vragen van inwoners en bestaand aanbod "
        "in de grotere kernen, voor de demo gegenereerd door `scripts/demo/demo_matches.py`. Alleen kern, "
        "thema, aanbod, datum, uitkomst en leeftijd; nooit een persoon. Bij het openen van de "
        "opslag worden rijen die er nog niet in staan toegevoegd, naast wat medewerkers zelf "
        "vastleggen (zie docs/foutmeldingen.md).\n",
        encoding="utf-8",
    )
