"""A generated earlier survey round (2023) for a few kernen, so the demo can compare rounds.

Staff survey a kern again after about three years; the demo's survey of 2026 is the
latest round, and Diever, Roden and Vledder also get a round of early 2023 (fewer
respondents, 4% of inhabitants, and needs that were different then: loneliness and
informal care named less, youth and meeting more). Nothing here is a real answer.

The rows are appended to ``survey/responses.csv`` after the 2026 rows (ids
``<kern>-2023-0001``, source ``demo-enquete-2023``, nobody asks to be called back and no
quote is released), so the 2026 rows and every figure made from them stay the same: the
plan uses the latest round. A paragraph is added to the demo's README.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pandas as pd
from demo_survey import PROFILES, _answers, _canonical, _respondents

KERNEN = ("diever", "roden", "vledder")
YEAR = 2023
SOURCE = f"demo-enquete-{YEAR}"
SHARE = 0.04
#: how much more (or less) often a theme was named in 2023 than in the 2026 profiles
THEN: dict[str, float] = {
    "loneliness": 0.45,
    "informal_care": 0.6,
    "youth": 1.5,
    "meeting": 1.4,
}
README = """
**Twee peilingen.** Diever, Roden en Vledder zijn ook in 2023 gepeild (gegenereerd, net als de
rest: bron `demo-enquete-2023` in `survey/responses.csv`, `scripts/demo/demo_rounds.py`). De
behoeften en het dorpsplan gebruiken de laatste peiling (2026); `planning needs --village diever
--compare` zet de twee naast elkaar.
"""


def _profiles_then() -> dict[str, dict[str, float]]:
    return {
        group: {theme: p * THEN.get(theme, 1.0) for theme, p in profile.items()}
        for group, profile in PROFILES.items()
    }


def generate(
    out: Path, villages: pd.DataFrame, population: pd.DataFrame, rng: np.random.Generator
) -> None:
    """Append the 2023 round of KERNEN to survey/responses.csv and say so in README.md."""
    chosen = villages[villages["village_id"].isin(KERNEN)]
    frame = _respondents(rng, chosen, population, share=SHARE)
    frame = _answers(rng, frame, profiles=_profiles_then(), first_day=f"{YEAR}-02-06")
    frame["contact_requested"] = False
    frame["quote_publishable"] = False
    rows = _canonical(frame)
    rows["respondent_id"] = frame["village_id"] + f"-{YEAR}-" + frame["k"].map("{:04d}".format)
    rows["source"] = SOURCE
    path = out / "survey" / "responses.csv"
    header = pd.read_csv(path, nrows=0).columns.tolist()
    rows = rows.reindex(columns=header)
    rows = rows.astype(object).where(rows.notna(), None)
    with path.open("a", encoding="utf-8", newline="") as handle:
        rows.to_csv(handle, index=False, header=False, lineterminator="\n")
    with (out / "README.md").open("a", encoding="utf-8") as handle:
        handle.write(README)
