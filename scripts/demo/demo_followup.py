"""The demo's follow-up list: the people on the typed-in forms who asked to be called back.

Their (generated) names and phone numbers are in survey/raw/; the survey step put
their answers in survey/responses.csv. This step writes followup/contacts.csv, which
the store loads on its first open (planning.store.seed), so the callback list in
notebook 02 starts with people to call instead of empty. GENERATED, no real persons.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pandas as pd

from planning.survey.importer import prepare

RAW = Path("survey") / "raw" / "papieren_formulieren_2026.csv"
COLUMNS = ["respondent_id", "source", "village_id", "name", "phone", "contact_requested"]


def generate(
    out: Path, villages: pd.DataFrame, population: pd.DataFrame, rng: np.random.Generator
) -> None:
    """Write followup/contacts.csv from the typed-in forms' contact requests."""
    prepared = prepare(out, out / RAW)
    wants = prepared.reason_code.isna() & prepared.canonical["contact_requested"].eq("ja")
    contacts = prepared.canonical.loc[wants, ["respondent_id", "village_id"]].join(
        prepared.pii.loc[wants, ["name", "phone"]]
    )
    contacts.insert(1, "source", prepared.source)
    contacts["contact_requested"] = "ja"
    folder = out / "followup"
    folder.mkdir(parents=True, exist_ok=True)
    contacts[COLUMNS].to_csv(folder / "contacts.csv", index=False, lineterminator="\n")


if __name__ == "__main__":
    generate(Path(__file__).resolve().parents[2] / "data" / "demo", None, None, None)
