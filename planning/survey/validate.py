"""Turning mapped export columns into canonical values, column by column, vectorised.

Each ``clean_*`` function takes a text column and returns the canonical
values plus the reason each row could not be used, as a catalogue key with its fields
(``Said``), so the rejected-rows file and every screen say it in their own language. Parsing is done once per distinct value and mapped back,
so 100,000 rows cost what their few hundred distinct values cost.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import numpy as np
import pandas as pd

from planning.errors import Said
from planning.io.cells import (
    AGE_MAX,
    FALSE_WORDS,
    TRUE_WORDS,
    CellError,
    is_missing_word,
    parse_age_group,
    parse_date,
)
from planning.io.suggest import suggest
from planning.io.tables import normalize_header
from planning.survey.word_lists import word_lists
from planning.workspace.schemas import CHANNELS

#: the answer words below (planning/survey/data/words.toml, [answers])
ANSWERS = word_lists("words")["answers"]

#: how a survey names the channel it was collected through -> the canonical channel
CHANNEL_ALIASES: dict[str, str] = dict(ANSWERS["channels"])

Result = tuple[pd.Series, pd.Series]  # values, reason per row as a Said (None = fine)

#: answers that say 'no answer' rather than a wrong one: missing, never a rejected row
NO_ANSWER_WORDS = frozenset(ANSWERS["no_answer"])

#: five-point importance labels as Microsoft Forms, Google Forms and paper forms print them
LIKERT_LABELS: dict[str, str] = dict(ANSWERS["likert"])
#: words of a yes/no cell besides planning.io.cells' TRUE_WORDS and FALSE_WORDS
YES_WORDS = tuple(ANSWERS["yes"])
NO_WORDS = tuple(ANSWERS["no"])


def factorize(series: pd.Series) -> tuple[np.ndarray, list[str | None]]:
    """Codes per row and the distinct values, stripped, None where missing.

    Everything after this works on the distinct values only, which is what
    keeps a 100,000-row import fast: an export has few distinct cells per column.
    """
    codes, uniques = pd.factorize(series.astype(object), use_na_sentinel=True)
    cleaned: list[str | None] = []
    for value in uniques:
        text = str(value).strip()
        gone = is_missing_word(text) or text.lower() in NO_ANSWER_WORDS
        cleaned.append(None if gone else text)
    return codes, cleaned


def expand(codes: np.ndarray, per_unique: list[Any], index: pd.Index) -> pd.Series:
    """Per-distinct values back to one per row (code -1, missing, gives None)."""
    table = np.empty(len(per_unique) + 1, dtype=object)
    table[: len(per_unique)] = per_unique
    table[-1] = None
    return pd.Series(table[codes], index=index, dtype=object)


def missing(series: pd.Series) -> pd.Series:
    """True where a cell is empty or one of the usual 'missing' words."""
    codes, cleaned = factorize(series)
    return expand(codes, [c is None for c in cleaned], series.index).fillna(True).astype(bool)


def text_values(series: pd.Series) -> pd.Series:
    """Stripped text, None where missing."""
    codes, cleaned = factorize(series)
    return expand(codes, cleaned, series.index)


def recode(series: pd.Series, table: dict[str, str]) -> pd.Series:
    """Mapping-file recoding ([values.column]) of stripped values; others unchanged."""
    codes, cleaned = factorize(series)
    return expand(
        codes, [table.get(c, c) if c is not None else None for c in cleaned], series.index
    )


def _by_unique(
    series: pd.Series, parse: Callable[[str], Any], what: Callable[[str], Said]
) -> Result:
    """Apply ``parse`` to each distinct present value; failures give ``what(value)``."""
    codes, cleaned = factorize(series)
    parsed: list[Any] = []
    failed: list[Said | None] = []
    for value in cleaned:
        if value is None:
            parsed.append(None)
            failed.append(None)
            continue
        try:
            parsed.append(parse(value))
            failed.append(None)
        except (CellError, ValueError):
            parsed.append(None)
            failed.append(what(value))
    return expand(codes, parsed, series.index), expand(codes, failed, series.index)


def clean_village(series: pd.Series, villages: pd.DataFrame) -> Result:
    """Village ids; names and case variants of a name are accepted ('Roden' -> 'roden')."""
    lookup: dict[str, str] = {}
    for vid, name in zip(villages["village_id"], villages["name"], strict=False):
        lookup[normalize_header(str(vid))] = str(vid)
        lookup.setdefault(normalize_header(str(name)), str(vid))
    ids = list(villages["village_id"].astype(str))

    def parse(value: str) -> str:
        key = normalize_header(value)
        if key in lookup:
            return lookup[key]
        raise ValueError(value)

    def what(value: str) -> Said:
        near = suggest(value, ids) or suggest(value, list(villages["name"].astype(str)))
        if near and near not in ids:
            near = lookup.get(normalize_header(near), near)
        if near:
            return Said("ws.no_village_near", {"village": value, "near": near})
        return Said("ws.no_village", {"village": value})

    return _by_unique(series, parse, what)


def clean_channel(series: pd.Series) -> Result:
    def parse(value: str) -> str:
        key = normalize_header(value)
        if key in CHANNELS:
            return key
        if key in CHANNEL_ALIASES:
            return CHANNEL_ALIASES[key]
        raise ValueError(value)

    channels = ", ".join(CHANNELS)
    return _by_unique(
        series, parse, lambda v: Said("survey.reason.channel", {"value": v, "channels": channels})
    )


def _date(value: str) -> str:
    """ISO date text (jjjj-mm-dd) of a date staff may have typed as dd-mm-jjjj."""
    day = parse_date(value)
    if not 1990 <= day.year <= 2100:
        raise CellError("survey.date_after_1990")
    return day.isoformat()


def clean_date(series: pd.Series) -> Result:
    return _by_unique(series, _date, lambda v: Said("survey.reason.date", {"value": v}))


def age_band(value: str) -> str:
    """An exact age -> its CBS five-year band; a group as asked ('18-34', '75+') stays."""
    text = str(value).strip()
    try:
        number = float(text.replace(",", "."))
    except ValueError:
        return parse_age_group(text)
    if "-" in text or not number.is_integer() or not 0 <= number <= AGE_MAX:
        return parse_age_group(text)
    age = int(number)
    return "95+" if age >= 95 else f"{age // 5 * 5}-{age // 5 * 5 + 4}"


def clean_age(series: pd.Series) -> Result:
    return _by_unique(series, age_band, lambda v: Said("survey.reason.age", {"value": v}))


def ages_from_birth_years(years: pd.Series, collected_on: pd.Series) -> Result:
    """Birth years -> age bands, the age reached in the year the answer was collected.

    Only the year is known, so the age is ``year collected - birth year`` (someone
    whose birthday is later in the year is counted one year older: within a
    five-year band that moves at most one person in five). Without a collection
    date the import's own year is used.
    """
    this_year = pd.Timestamp.today().year
    collected = pd.to_datetime(collected_on, errors="coerce").dt.year.fillna(this_year)
    raw = text_values(years)
    born = pd.to_numeric(raw.str.replace(",", ".", regex=False), errors="coerce")
    age = collected - born
    ok = born.notna() & (born % 1 == 0) & age.between(0, AGE_MAX)
    bands = {a: age_band(str(a)) for a in age[ok].astype(int).unique().tolist()}
    values = pd.Series(
        [bands[int(a)] if good else None for a, good in zip(age, ok, strict=True)],
        index=years.index,
        dtype=object,
    )
    bad = raw.notna() & ~ok
    reasons = pd.Series(
        [
            Said("survey.reason.birth_year", {"value": r}) if wrong else None
            for r, wrong in zip(raw, bad, strict=True)
        ],
        index=years.index,
        dtype=object,
    )
    return values, reasons


def _importance(value: str) -> str:
    label = LIKERT_LABELS.get(value.strip().lower())
    if label:
        return label
    lead = value.strip().split(" ", 1)[0].rstrip(".:-")  # '5 - heel belangrijk'
    number = float(lead.replace(",", "."))
    if not number.is_integer() or not 1 <= number <= 5:
        raise ValueError(value)
    return str(int(number))


def clean_importance(series: pd.Series, column: str) -> Result:
    return _by_unique(
        series,
        _importance,
        lambda v: Said("survey.reason.importance", {"column": column, "value": v}),
    )


def _bool(value: str) -> str:
    """'ja' or 'nee', as the canonical file writes booleans."""
    word = value.strip().lower()
    if word in TRUE_WORDS or word in YES_WORDS:
        return "ja"
    if word in FALSE_WORDS or word in NO_WORDS:
        return "nee"
    raise ValueError(value)


def clean_bool(series: pd.Series, column: str) -> Result:
    return _by_unique(
        series, _bool, lambda v: Said("survey.reason.yes_no", {"column": column, "value": v})
    )
