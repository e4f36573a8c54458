"""Survey intake and needs at scale: a 100,000-row export, the needs of 150 villages."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import numpy as np
import pandas as pd

from bench.harness import HWM, Measurement, benchmark, timed

ROWS = 100_000
VILLAGES = 150
THEMES = (
    "loneliness",
    "informal_care",
    "poverty_debt",
    "newcomers",
    "volunteering",
    "youth",
    "exercise_health",
    "meeting",
    "advice",
)
DUTCH = (
    "eenzaamheid",
    "mantelzorg",
    "rondkomen",
    "nieuwkomers",
    "vrijwilligers",
    "jeugd",
    "bewegen",
    "ontmoeting",
    "vragen",
)
MAPPING = """[columns]
respondent_id = "Respondentnummer"
village_id = "Woonplaats"
channel = "Kanaal"
collected_on = "Datum"
age_band = "Leeftijd"
{importance}
need_3y = "Nodig over 3 jaar"
need_5y = "Nodig over 5 jaar"
need_10y = "Nodig over 10 jaar"
volunteer = "Vrijwilliger"
contact_requested = "Terugbellen"
[pii]
name = "Naam"
phone = "Telefoon"
"""


def make_export(folder: Path, rows: int = ROWS) -> Path:
    """A Dutch online-form export: ; separated, dd-mm-yyyy, village names, free text.

    Real-shaped: ages as years or as the groups questionnaires ask, 'Weet ik niet' in
    the importance questions, and a phone number typed into 1% of the free texts.
    """
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "scripts" / "demo"))
    from demo_survey import TEXTS, VAGUE

    rng = np.random.default_rng(7)
    villages = pd.read_csv(_demo() / "villages.csv")
    pool = [t for texts in TEXTS.values() for t in texts] + list(VAGUE)
    texts = np.array(pool + [f"{a}. {b}" for a, b in zip(pool, pool[3:], strict=False)])
    frame = pd.DataFrame(
        {
            "Respondentnummer": np.arange(1, rows + 1),
            "Woonplaats": rng.choice(villages["name"].to_numpy(), rows),
            "Kanaal": rng.choice(["online", "markt", "papier", "straat"], rows),
            "Datum": pd.to_datetime("2026-01-05")
            + pd.to_timedelta(rng.integers(0, 90, rows), unit="D"),
            "Leeftijd": rng.integers(12, 96, rows).astype(object),
        }
    )
    # as real questionnaires ask: a third answer with a group, some with 'weet ik niet'
    groups = np.array(["Jonger dan 18", "18 t/m 34 jaar", "35-54", "55 t/m 74 jaar", "75+"])
    grouped = rng.random(rows) < 0.33
    frame.loc[grouped, "Leeftijd"] = rng.choice(groups, int(grouped.sum()))
    frame["Datum"] = frame["Datum"].dt.strftime("%d-%m-%Y")
    for dutch in DUTCH:
        frame[f"Belang {dutch}"] = rng.integers(1, 6, rows).astype(object)
        frame.loc[rng.random(rows) < 0.05, f"Belang {dutch}"] = "Weet ik niet"
    for h in (3, 5, 10):
        frame[f"Nodig over {h} jaar"] = rng.choice(texts, rows)
    # contact details typed into free text (1%): removed on import
    typed = rng.random(rows) < 0.01
    frame.loc[typed, "Nodig over 3 jaar"] += " Bel me op 06.12.34.56.78"
    frame["Vrijwilliger"] = rng.choice(["ja", "nee"], rows, p=[0.15, 0.85])
    wants = rng.random(rows) < 0.01
    frame["Terugbellen"] = np.where(wants, "ja", "nee")
    frame["Naam"] = np.where(wants, "Test Persoon", "")
    frame["Telefoon"] = np.where(wants, "06-00001234", "")
    path = folder / "export_100k.csv"
    frame.to_csv(path, sep=";", index=False)
    importance = "\n".join(
        f'importance_{t} = "Belang {d}"' for t, d in zip(THEMES, DUTCH, strict=True)
    )
    (folder / "export_100k.csv.mapping.toml").write_text(
        MAPPING.format(importance=importance), encoding="utf-8"
    )
    return path


def _demo() -> Path:
    from planning.workspace.folder import demo_path

    return demo_path()


RUNNER = (
    HWM
    + """
import json, sys, time
from pathlib import Path
import pandas as pd
from planning.survey.importer import import_survey
import planning.store.followup  # warm imports: the figure is the import, not Python start-up
ws, file = Path(sys.argv[1]), Path(sys.argv[2])
t = time.perf_counter()
result = import_survey(ws, file)
elapsed = time.perf_counter() - t
t = time.perf_counter()
pd.read_csv(file, sep=";")
baseline = time.perf_counter() - t
peak = hwm() / 1024
print(json.dumps({"s": elapsed, "baseline": baseline, "peak_mb": peak,
                  "accepted": result.accepted, "rejected": result.rejected}))
"""
)


@benchmark("survey import: 100,000-row CSV export")
def bench_import(workdir: Path) -> Measurement:
    export = make_export(workdir)
    runs = []
    for i in range(3):
        ws = workdir / f"ws{i}"
        shutil.copytree(_demo(), ws, ignore=shutil.ignore_patterns("store.sqlite*"))
        out = subprocess.run(
            [sys.executable, "-c", RUNNER, str(ws), str(export)],
            capture_output=True,
            text=True,
            check=True,
        )
        runs.append(json.loads(out.stdout))
    value = float(np.median([r["s"] for r in runs]))
    baseline = float(np.median([r["baseline"] for r in runs]))
    peak = max(r["peak_mb"] for r in runs)
    assert runs[0]["accepted"] + runs[0]["rejected"] == ROWS
    return Measurement(
        value,
        baseline=baseline,
        baseline_label="pandas.read_csv of the same file",
        target="< 3 s, < 1 GB peak",
        met=value < 3.0 and peak < 1024,
        note=f"peak RSS {peak:.0f} MB (subprocess, whole process); accepted {runs[0]['accepted']}",
    )


def needs_frames(villages: int = VILLAGES, per_village: int = 60) -> tuple[pd.DataFrame, ...]:
    rng = np.random.default_rng(11)
    bands = [*(f"{a}-{a + 4}" for a in range(0, 95, 5)), "95+"]
    ids = [f"v{i:03d}" for i in range(villages)]
    population = pd.DataFrame(
        [(v, 2021, b, int(rng.integers(0, 200))) for v in ids for b in bands],
        columns=["village_id", "year", "age_band", "inhabitants"],
    )
    n = villages * per_village
    responses = pd.DataFrame(
        {
            "respondent_id": [f"r{i}" for i in range(n)],
            "village_id": np.repeat(ids, per_village),
            "age_band": rng.choice(bands[2:], n),
        }
    )
    themes = np.array(THEMES)
    for h in ("3y", "5y", "10y"):
        k = rng.integers(0, 3, n)
        responses[f"need_{h}_themes"] = [list(rng.choice(themes, j, replace=False)) for j in k]
    for t in THEMES:
        responses[f"importance_{t}"] = pd.array(rng.integers(1, 6, n), dtype="Int64")
    return responses, population


@benchmark("survey needs table: 150 villages")
def bench_needs(_: Path) -> Measurement:
    from planning.survey.needs import needs_from_frames

    responses, population = needs_frames()
    needs_from_frames(responses, population, list(THEMES))  # warm
    value = timed(lambda: needs_from_frames(responses, population, list(THEMES)), repeat=5)

    def naive() -> None:
        exploded = responses[["village_id", "need_3y_themes"]].explode("need_3y_themes")
        exploded.groupby(["village_id", "need_3y_themes"]).size()

    baseline = timed(naive, repeat=5)
    return Measurement(
        value,
        baseline=baseline,
        baseline_label="unweighted explode+groupby count (one horizon)",
        target="< 0.5 s",
        met=value < 0.5,
        note=f"{len(responses)} respondents, post-stratified per village",
    )
