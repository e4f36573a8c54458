"""Whom the survey reached: respondents per channel, age profile against the population.

The age profile chart is drawn in planning.charts.survey. Every channel reaches a different part of the village (the street poll on
the road to school reaches pupils, the lifestyle market the retired, house
visits the housebound). Staff look here to see whom they missed before they
trust a share.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import pandas as pd

from planning.io.cells import AGE_BANDS, age_group_bounds, is_age_group
from planning.survey.rounds import current_responses
from planning.workspace.schemas import CHANNELS

if TYPE_CHECKING:
    from planning.workspace.folder import Workspace

#: broad age groups for the profile (five-year bands are too thin for 8-50 respondents)
AGE_GROUPS: dict[str, tuple[str, ...]] = {
    "0-14": AGE_BANDS[0:3],
    "15-24": AGE_BANDS[3:5],
    "25-44": AGE_BANDS[5:9],
    "45-64": AGE_BANDS[9:13],
    "65-79": AGE_BANDS[13:16],
    "80+": AGE_BANDS[16:],
}
_GROUP_OF = {band: group for group, bands in AGE_GROUPS.items() for band in bands}


def broad_group(answer: Any) -> str | None:
    """The broad group of a respondent's age as asked: where the group's middle falls.

    A survey asking '18-34' or '75+' does not fit the profile's groups exactly; its
    middle year (26, 77) decides, which keeps every respondent in one group.
    """
    if not isinstance(answer, str) or not is_age_group(answer):
        return None
    if answer in _GROUP_OF:
        return _GROUP_OF[answer]
    lo, hi = age_group_bounds(answer)
    middle = (lo + min(hi, lo + 10)) // 2 if answer.endswith("+") else (lo + hi - 1) // 2
    return _GROUP_OF[AGE_BANDS[min(middle // 5, len(AGE_BANDS) - 1)]]


def _responses(ws: Workspace, village_id: str | None) -> pd.DataFrame:
    """The answers of each kern's latest round (``planning.survey.rounds``)."""
    if village_id:
        ws.village(village_id)
    return current_responses(ws, village_id or None)


def channel_counts(ws: Workspace, village_id: str | None = None) -> pd.DataFrame:
    """Respondents per channel (every channel listed, also with 0): channel, respondents, share."""
    frame = _responses(ws, village_id)
    counts = frame["channel"].value_counts().reindex(list(CHANNELS), fill_value=0).astype(int)
    total = int(counts.sum())
    out = pd.DataFrame({"channel": counts.index, "respondents": counts.to_numpy()})
    out["share"] = out["respondents"] / total if total else float("nan")
    return out


def volunteers_offered(ws: Workspace, village_id: str | None = None) -> int:
    """How many respondents offered to volunteer."""
    frame = _responses(ws, village_id)
    values = frame["volunteer"].map(_truthy) if "volunteer" in frame else pd.Series(dtype=bool)
    return int(values.sum())


def _truthy(value: Any) -> bool:
    if isinstance(value, bool):
        return value
    if value is None or (isinstance(value, float) and pd.isna(value)) or value is pd.NA:
        return False
    return str(value).strip().lower() in ("ja", "true", "1", "yes", "waar", "j", "x")


def representativeness(ws: Workspace, village_id: str | None = None) -> pd.DataFrame:
    """Respondents' age profile against the population's, per broad age group.

    Columns: age_group, respondents, share_respondents, inhabitants,
    share_population, difference (share_respondents - share_population;
    negative = under-reached). Respondents without an age are left out of the
    shares and counted in the row age_group = "onbekend".
    """
    frame = _responses(ws, village_id)
    pop = ws.latest_population()
    if village_id:
        pop = pop[pop["village_id"] == village_id]
    groups = list(AGE_GROUPS)
    resp = frame["age_band"].map(broad_group).value_counts().reindex(groups, fill_value=0)
    inh = (
        pop.assign(group=pop["age_band"].map(_GROUP_OF))
        .groupby("group")["inhabitants"]
        .sum()
        .reindex(groups, fill_value=0)
    )
    out = pd.DataFrame(
        {
            "age_group": groups,
            "respondents": resp.to_numpy().astype(int),
            "inhabitants": inh.to_numpy().astype(int),
        }
    )
    known = out["respondents"].sum()
    out["share_respondents"] = out["respondents"] / known if known else float("nan")
    total = out["inhabitants"].sum()
    out["share_population"] = out["inhabitants"] / total if total else float("nan")
    out["difference"] = out["share_respondents"] - out["share_population"]
    unknown = int(frame["age_band"].isna().sum())
    if unknown:
        row = ["onbekend", unknown, 0, float("nan"), float("nan"), float("nan")]
        out.loc[len(out)] = row  # type: ignore[assignment]  # pandas-stubs: no list for a row
    return out[
        [
            "age_group",
            "respondents",
            "share_respondents",
            "inhabitants",
            "share_population",
            "difference",
        ]
    ]


def quotes(ws: Workspace, village_id: str | None = None) -> pd.DataFrame:
    """Free-text answers residents allowed to be quoted (quote_publishable), per horizon,
    with the respondent's (pseudonymous) id: a quote's reviewer decides on each one."""
    frame = _responses(ws, village_id)
    if "quote_publishable" not in frame:
        return pd.DataFrame(columns=["respondent_id", "village_id", "horizon", "text", "themes"])
    ok = frame[frame["quote_publishable"].map(_truthy)]
    rows = []
    for horizon in (3, 5, 10):
        col = f"need_{horizon}y"
        for _, r in ok.iterrows():
            text = r.get(col)
            if isinstance(text, str) and text.strip():
                themes = r.get(f"{col}_themes")
                rows.append(
                    {
                        "respondent_id": r["respondent_id"],
                        "village_id": r["village_id"],
                        "horizon": horizon,
                        "text": text.strip(),
                        "themes": themes if isinstance(themes, list) else [],
                    }
                )
    return pd.DataFrame(rows, columns=["respondent_id", "village_id", "horizon", "text", "themes"])
