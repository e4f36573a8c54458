"""Survey rounds: which answers belong together, and which round a kern's figures use.

Staff come back to a kern years later and survey it again. Mixing two rounds
would blur "then" and "now", so every answer belongs to one round:

- the ``round`` column of ``survey/responses.csv`` when filled (a name staff
  chose, e.g. ``2029`` or ``najaar 2029``; a mapping sets it with
  ``[constants] round = "2029"`` or ``[columns] round = "Ronde"``);
- else the year of ``collected_on`` (a file without the column reads as before);
- an answer with neither belongs to its kern's round when the kern has just one
  (so a kern surveyed once without dates keeps all its answers); with two or
  more rounds it belongs to none and is counted as ``unassigned``, never guessed.

Rounds are ordered by their latest date (a round without dates by the year its
name starts with, else by its name). Every figure of a plan, the needs, the
gaps and the matching use the **latest round** of each kern; the earlier round
is only read to compare (``planning.survey.round_compare``).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

import numpy as np
import pandas as pd

from planning.workspace.schemas import RESPONSES

if TYPE_CHECKING:
    from planning.workspace.folder import Workspace

ROUND = "round"
#: the column holding each answer's resolved round (None: unassigned) while ranking
RESOLVED = "_round"


def _per_value(column: pd.Series, convert: Callable[[pd.Series], pd.Series]) -> pd.Series:
    """``convert`` applied once per distinct value (answers repeat their dates and names)."""
    codes, uniques = pd.factorize(column)
    converted = convert(pd.Series(uniques, dtype=object)).astype(object)
    values = np.empty(len(converted) + 1, dtype=object)
    values[:-1] = converted.to_numpy(dtype=object)
    values[-1] = None  # code -1 (empty) picks None
    return pd.Series(values[codes], index=column.index, dtype=object)


def _name(value: Any) -> str | None:
    return None if pd.isna(value) or not str(value).strip() else str(value).strip()


def _dates(responses: pd.DataFrame) -> pd.Series:
    """collected_on as timestamps (NaT where empty or unreadable), parsed once per distinct day."""
    if "collected_on" not in responses:
        return pd.Series(pd.NaT, index=responses.index, dtype="datetime64[ns]")
    codes, uniques = pd.factorize(responses["collected_on"])
    parsed = pd.to_datetime(pd.Series(uniques, dtype=object), errors="coerce")
    values = np.append(parsed.to_numpy(dtype="datetime64[ns]"), np.datetime64("NaT", "ns"))
    return pd.Series(values[codes], index=responses.index)


def round_of(responses: pd.DataFrame) -> pd.Series:
    """Each answer's round: the named round, else the year collected, else its kern's only round.

    ``None`` for an answer without name or date in a kern with two or more rounds.
    """
    if ROUND in responses:
        named = _per_value(responses[ROUND], lambda u: u.map(_name))
    else:
        named = pd.Series([None] * len(responses), index=responses.index, dtype=object)
    year = _per_value(
        responses["collected_on"] if "collected_on" in responses else named.map(lambda _: None),
        lambda u: pd.to_datetime(u, errors="coerce").dt.year.map(
            lambda y: None if pd.isna(y) else str(int(y))
        ),
    )
    label = named.where(named.notna(), year)
    missing = label.isna()
    if missing.any():
        village = responses["village_id"]
        rounds = label[~missing].groupby(village[~missing]).agg(["nunique", "first"])
        only = rounds.loc[rounds["nunique"] == 1, "first"]
        fill = village[missing].map(only).astype(object)
        # a kern without any date or name: its answers are one unnamed round
        fill[~village[missing].isin(rounds.index)] = ""
        label[missing] = fill.where(fill.notna(), None)
    label = label.astype(object)
    return label.where(label.notna(), None).rename(RESOLVED)


def _order_key(frame: pd.DataFrame) -> pd.DataFrame:
    """Per (kern, round): the sort key, its latest date, else the year its name starts with."""
    named_year = frame[RESOLVED].astype(str).str.extract(r"^(\d{4})")[0]
    from_name = pd.to_datetime(named_year, format="%Y", errors="coerce")
    return frame.assign(_when=frame["_date"].fillna(from_name))


def round_table(responses: pd.DataFrame) -> pd.DataFrame:
    """One row per kern and round, in order: village_id, round, respondents, first, last, rank.

    ``rank`` counts from the latest round (0) backwards, so ``rank == 1`` is the
    round before it.
    """
    cols = ["village_id", "round", "respondents", "first", "last", "rank"]
    if responses.empty:
        return pd.DataFrame(columns=cols)
    frame = pd.DataFrame(
        {"village_id": responses["village_id"], RESOLVED: round_of(responses)}
    ).assign(_date=_dates(responses))
    frame = frame.dropna(subset=["village_id", RESOLVED])
    table = (
        frame.groupby(["village_id", RESOLVED], sort=False)
        .agg(respondents=("_date", "size"), first=("_date", "min"), _date=("_date", "max"))
        .reset_index()
    )
    table = _order_key(table)
    table = table.sort_values(["village_id", "_when", RESOLVED], na_position="first")
    table["rank"] = table.groupby("village_id").cumcount(ascending=False)
    table = table.rename(columns={RESOLVED: "round", "_date": "last"})
    return table[cols].reset_index(drop=True)


def with_rounds(responses: pd.DataFrame) -> pd.DataFrame:
    """The answers with their round (``_round``) and its rank in the kern (0: latest)."""
    table = round_table(responses)
    rank = table.set_index(["village_id", "round"])["rank"]
    labels = round_of(responses)
    keys = pd.MultiIndex.from_arrays([responses["village_id"], labels])
    out = responses.copy()
    out[RESOLVED] = labels
    out["_rank"] = rank.reindex(keys).to_numpy()
    return out


def latest_round(responses: pd.DataFrame) -> pd.DataFrame:
    """The answers of each kern's latest round (what every plan figure uses)."""
    if responses.empty:
        return responses
    if not several_rounds(responses):
        return responses  # the common case, and every file from before rounds: nothing to drop
    ranked = with_rounds(responses)
    return responses[(ranked["_rank"] == 0).to_numpy()]


def several_rounds(responses: pd.DataFrame) -> bool:
    """Whether any kern may have more than one round (a round named, or two years answered)."""
    if responses.empty:
        return False
    named = ROUND in responses and bool(responses[ROUND].notna().any())
    return named or not _one_year_per_village(responses)


def _one_year_per_village(responses: pd.DataFrame) -> bool:
    years = _dates(responses).dt.year.to_numpy(dtype=float)
    known = ~np.isnan(years)
    village, _ = pd.factorize(responses["village_id"])
    known &= village >= 0
    pairs = np.unique(village[known].astype(np.int64) * 10_000 + years[known].astype(np.int64))
    return len(np.unique(pairs // 10_000)) == len(pairs)


def current_responses(ws: Workspace, village_id: str | None = None) -> pd.DataFrame:
    """The workspace's answers in each kern's latest round, optionally of one kern.

    The one place every analysis takes its answers from, so no figure mixes rounds.
    """
    frame = ws.cached(
        ("survey.latest_round",),
        (RESPONSES,),
        lambda: latest_round(ws.responses) if _several(ws) else ws.responses,
    )
    if village_id is not None and len(frame):
        frame = frame[frame["village_id"].astype(str) == village_id]
    return frame


def rounds_of_village(ws: Workspace, village_id: str) -> pd.DataFrame:
    """The kern's rounds, oldest first (round, respondents, first, last, rank)."""
    responses = ws.responses
    mine = responses[responses["village_id"] == village_id] if len(responses) else responses
    return round_table(mine).reset_index(drop=True)


def answers_in_round(ws: Workspace, village_id: str, label: str) -> pd.DataFrame:
    """The kern's answers of one round."""
    responses = ws.responses
    mine = responses[responses["village_id"] == village_id] if len(responses) else responses
    if mine.empty:
        return mine
    return mine[(round_of(mine) == label).to_numpy()]


def unassigned(ws: Workspace, village_id: str) -> int:
    """Answers of the kern that belong to no round (no name, no date, several rounds)."""
    responses = ws.responses
    mine = responses[responses["village_id"] == village_id] if len(responses) else responses
    return int(round_of(mine).isna().sum()) if len(mine) else 0


def _several(ws: Workspace) -> bool:
    return ws.cached(("survey.several_rounds",), (RESPONSES,), lambda: several_rounds(ws.responses))


def latest_rounds(ws: Workspace) -> dict[str, str]:
    """The latest round of each kern surveyed more than once (its figures use only that one)."""

    def compute() -> dict[str, str]:
        if not _several(ws):
            return {}
        table = round_table(ws.responses)
        more = table.groupby("village_id")["rank"].transform("max") > 0
        latest = table[more & (table["rank"] == 0)]
        return dict(zip(latest["village_id"].astype(str), latest["round"].astype(str), strict=True))

    return ws.cached(("survey.latest_rounds",), (RESPONSES,), compute)
