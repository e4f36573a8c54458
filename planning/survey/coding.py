"""Coding free-text needs to themes.

Residents write what they need in their own words, with typos and Drents.
A transparent lexicon (planning.survey.lexicon, extendable per workspace in
``workspace.toml`` ``[lexicon]``) codes the texts so staff can see and argue
with why an answer counts for a theme; a manual override table
(``survey/coding_overrides.csv``: respondent_id, horizon, themes) wins over
it. Codes already present in an export are kept.

Coding is done per distinct text (answers repeat a lot) and per distinct
word for the typo-tolerant part, so 100,000 answers code in well under a
second.
"""

from __future__ import annotations

import difflib
import re
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

from planning.io.tables import read_raw
from planning.survey.lexicon import DIALECT, LEXICON, NOT_MEANT
from planning.survey.scrubber import scrub_text

HORIZON_COLUMNS: dict[int, str] = {3: "need_3y", 5: "need_5y", 10: "need_10y"}
OVERRIDES_FILE = "survey/coding_overrides.csv"
_WORD = re.compile(r"[a-z0-9]+")
#: a word this close to a lexicon stem (difflib ratio) counts as a typo of it
FUZZY_RATIO = 0.85
FUZZY_MIN_LEN = 6


def normalise(text: str) -> str:
    """Lower case, no accents or apostrophes, dialect words replaced, single spaces."""
    text = unicodedata.normalize("NFKD", str(text)).encode("ascii", "ignore").decode().lower()
    text = re.sub(r"['`’]", "", text)
    words = _WORD.findall(text)
    return " ".join(DIALECT.get(w, w) for w in words)


@dataclass(frozen=True)
class Lexicon:
    """Compiled lexicon: one regular expression per theme plus stems for typo matching."""

    entries: tuple[tuple[str, tuple[str, ...]], ...]
    patterns: tuple[tuple[str, re.Pattern[str]], ...] = field(compare=False, default=())
    stems: tuple[tuple[str, str], ...] = field(compare=False, default=())

    @classmethod
    def build(cls, entries: Mapping[str, Iterable[str]]) -> Lexicon:
        frozen = tuple((theme, tuple(words)) for theme, words in entries.items())
        patterns, stems = [], []
        for theme, words in frozen:
            parts = []
            for word in words:
                whole = word.endswith("$")
                core = normalise(word.rstrip("$"))
                if not core:
                    continue
                parts.append(re.escape(core) + (r"\b" if whole else ""))
                if not whole and " " not in core and len(core) >= FUZZY_MIN_LEN:
                    stems.append((core, theme))
            if parts:
                patterns.append((theme, re.compile(r"\b(?:" + "|".join(parts) + ")")))
        return cls(frozen, tuple(patterns), tuple(stems))

    @property
    def themes(self) -> list[str]:
        return [theme for theme, _ in self.entries]


@lru_cache(maxsize=8)
def _default() -> Lexicon:
    return Lexicon.build(LEXICON)


def lexicon_for(settings: Any = None, extra: Mapping[str, Iterable[str]] | None = None) -> Lexicon:
    """The package lexicon for the workspace's themes, extended by ``[lexicon]`` in workspace.toml."""
    themes = list(settings.themes) if settings is not None else list(LEXICON)
    table: dict[str, Any] = dict(settings.lexicon) if settings is not None else {}
    if extra:
        table.update(extra)
    if not table and themes == list(LEXICON):
        return _default()
    entries: dict[str, list[str]] = {t: list(LEXICON.get(t, ())) for t in themes}
    for theme, words in table.items():
        if theme in entries and isinstance(words, list):
            entries[theme] += [str(w) for w in words]
    return Lexicon.build(entries)


@lru_cache(maxsize=200_000)
def _typo_theme(word: str, stems: tuple[tuple[str, str], ...]) -> str | None:
    for stem, theme in stems:
        if word[0] != stem[0] or len(word) < len(stem) - 1:
            continue
        head = word[: len(stem) + 1] if len(word) > len(stem) else word
        if difflib.SequenceMatcher(None, head, stem).ratio() >= FUZZY_RATIO:
            return theme
    return None


def code_text(text: Any, lexicon: Lexicon | Mapping[str, Iterable[str]] | None = None) -> list[str]:
    """The themes a free-text answer names, in lexicon order; [] for empty text."""
    if text is None or (isinstance(text, float) and pd.isna(text)) or not str(text).strip():
        return []
    lex = (
        lexicon
        if isinstance(lexicon, Lexicon)
        else (Lexicon.build(lexicon) if lexicon is not None else _default())
    )
    norm = normalise(str(text))
    for phrase in NOT_MEANT:
        norm = norm.replace(phrase, " ")
    found = {theme for theme, pattern in lex.patterns if pattern.search(norm)}
    for word in set(norm.split()):
        if len(word) >= FUZZY_MIN_LEN and not any(
            p.match(word) for t, p in lex.patterns if t in found
        ):
            theme = _typo_theme(word, lex.stems)
            if theme:
                found.add(theme)
    return [theme for theme in lex.themes if theme in found]


def code_series(texts: pd.Series, lexicon: Lexicon | None = None) -> pd.Series:
    """``code_text`` over a column, once per distinct text: ';'-joined codes or None."""
    lex = lexicon or _default()
    codes, uniques = pd.factorize(texts.astype(object), use_na_sentinel=True)
    coded = np.empty(len(uniques) + 1, dtype=object)
    coded[: len(uniques)] = [";".join(code_text(t, lex)) or None for t in uniques]
    coded[-1] = None
    return pd.Series(coded[codes], index=texts.index, dtype=object)


def read_overrides(workspace_path: Path) -> pd.DataFrame:
    """The manual coding table (respondent_id, horizon, themes); empty when there is none."""
    path = Path(workspace_path) / OVERRIDES_FILE
    if not path.is_file():
        return pd.DataFrame(columns=["respondent_id", "horizon", "themes"])
    frame = read_raw(path, {"respondent_id", "horizon", "themes"}).frame
    frame.columns = [str(c).strip().lower() for c in frame.columns]
    frame["horizon"] = pd.to_numeric(
        frame["horizon"].astype(str).str.extract(r"(\d+)")[0], errors="coerce"
    )
    frame["themes"] = frame["themes"].fillna("").astype(str)
    return frame[["respondent_id", "horizon", "themes"]].dropna(subset=["horizon"])


def coded_themes(responses: pd.DataFrame, overrides: pd.DataFrame | None = None) -> pd.DataFrame:
    """Theme lists per respondent and horizon: coded columns, with overrides winning."""
    out = pd.DataFrame(index=responses.index)
    for horizon, column in HORIZON_COLUMNS.items():
        values = responses.get(f"{column}_themes", pd.Series(None, index=responses.index))
        out[horizon] = _as_lists(values)
    if overrides is not None and not overrides.empty and "respondent_id" in responses:
        ids = responses["respondent_id"].astype(str)
        rows = zip(
            overrides["respondent_id"].astype(str).tolist(),
            overrides["horizon"].astype(float).tolist(),  # numeric (read_overrides)
            overrides["themes"].astype(str).tolist(),
            strict=True,
        )
        for respondent_id, number, themes in rows:
            if not themes.strip():  # queued, not coded yet (coding_queue)
                continue
            horizon = int(number)
            if horizon in out.columns:
                hit = ids == respondent_id
                codes = [t.strip() for t in re.split(r"[;|,]", themes) if t.strip()]
                for idx in out.index[hit.to_numpy()]:
                    # a list in a cell of an object column; pandas-stubs allows scalars only
                    out.at[idx, horizon] = codes  # type: ignore[assignment]
    return out


def _as_lists(values: Iterable[Any]) -> list[list[str]]:
    """_as_list of every cell, once per list object: rows of a survey read compact share
    the one list of their text, and the answer is read, never changed."""
    seen: dict[int, list[str]] = {}
    out = []
    for value in values:
        if isinstance(value, list):
            hit = seen.get(id(value))
            if hit is None:
                hit = seen[id(value)] = _as_list(value)
            out.append(hit)
        else:
            out.append(_as_list(value))
    return out


def _as_list(value: Any) -> list[str]:
    if isinstance(value, list):
        return [str(v) for v in value]
    if value is None or (isinstance(value, float) and pd.isna(value)):
        return []
    return [p.strip() for p in re.split(r"[;|]", str(value)) if p.strip()]


def coding_report(responses: pd.DataFrame, examples: int = 10) -> dict[str, Any]:
    """How much free text was coded, per theme, and uncoded texts to improve the lexicon
    (without personal data: the examples are printed)."""
    texts = coded = 0
    per_theme: dict[str, int] = {}
    uncoded: list[str] = []
    for column in HORIZON_COLUMNS.values():
        if column not in responses:
            continue
        text = responses[column].astype(object)
        has_text = text.notna() & (text != "")
        codes = responses.get(f"{column}_themes", pd.Series(None, index=responses.index))
        codes = codes.astype(object)
        # lists (a loaded workspace) or ';'-joined text (an import): count per distinct value
        if any(isinstance(x, list) for x in codes.dropna().head(20)):
            codes = codes.map(lambda x: ";".join(x) if isinstance(x, list) else x)
        keys = codes.where(codes != "", None)
        has_code = keys.notna()
        texts += int(has_text.sum())
        coded += int((has_text & has_code).sum())
        for key, n in keys[has_text & has_code].value_counts().items():
            for theme in _as_list(key):
                per_theme[theme] = per_theme.get(theme, 0) + int(n)
        for value in text[has_text & ~has_code].drop_duplicates().head(examples):
            # shown on a terminal or a page: scrubbed, also when the text came from elsewhere
            example = scrub_text(str(value)).published
            if len(uncoded) < examples and example not in uncoded:
                uncoded.append(example)
    return {
        "texts": texts,
        "coded": coded,
        "share_coded": (coded / texts) if texts else None,
        "per_theme": dict(sorted(per_theme.items(), key=lambda kv: -kv[1])),
        "uncoded_examples": uncoded,
    }
