"""survey/responses.csv on disk: which responses are there, and appending atomically.

The file is the canonical response table (contract) that staff may open in
Excel, so it is written as plain UTF-8 CSV with one header line. Appending
never edits it in place: the new content goes to a temporary file in the
same folder that replaces the old one with ``os.replace``, so a crash leaves
either the old file or the new one, never half of it.
"""

from __future__ import annotations

import io
from collections import Counter
from pathlib import Path

import numpy as np
import pandas as pd

from planning.io.atomic import write_atomic

RESPONSES_FILE = Path("survey") / "responses.csv"


def existing_keys(root: Path) -> set[tuple[str, str]]:
    """(respondent_id, source) of every response already in responses.csv."""
    path = root / RESPONSES_FILE
    if not path.is_file():
        return set()
    header = pd.read_csv(path, nrows=0, encoding="utf-8-sig").columns
    cols = [c for c in ("respondent_id", "source") if c in header]
    if "respondent_id" not in cols:
        return set()
    frame = pd.read_csv(path, usecols=cols, dtype=str, keep_default_na=False, encoding="utf-8-sig")
    sources = frame["source"] if "source" in frame else pd.Series("", index=frame.index)
    return set(zip(frame["respondent_id"], sources, strict=True))


def already_present(out: pd.DataFrame, keys: set[tuple[str, str]]) -> pd.Series:
    """Rows whose (respondent_id, source) is already in responses.csv."""
    if not keys:
        return pd.Series(False, index=out.index)
    sources = out["source"].astype(str)
    if sources.nunique() == 1:
        source = sources.iloc[0]
        ids = {rid for rid, src in keys if src == source}
        return out["respondent_id"].isin(ids)
    pairs = zip(out["respondent_id"].astype(str), sources, strict=True)
    return pd.Series([p in keys for p in pairs], index=out.index)


def seen_under_other_source(
    root: Path, out: pd.DataFrame, candidates: pd.Series, hashed_ids: bool
) -> pd.Series:
    """Rows (among ``candidates``) whose answers responses.csv already holds from another
    source: the same export saved under another file name.

    Rows are compared on every canonical column but the source, and but the respondent
    id when it was made from the source and the content (an export without ids); each
    row in the file accounts for one incoming row, so two identical answers in both
    files are two, and a third is new. Without ids two residents who gave exactly the
    same answers on the same day in the same village would be taken as one: with nine
    scores, dates and free text that is rare, and an export with ids never is.
    """
    path = root / RESPONSES_FILE
    found = pd.Series(False, index=out.index)
    if not candidates.any() or not path.is_file():
        return found
    columns = [
        c for c in out.columns if c != "source" and not (hashed_ids and c == "respondent_id")
    ]
    old = pd.read_csv(path, dtype=str, keep_default_na=False, encoding="utf-8-sig")
    if not set(columns) <= set(old.columns) or "source" not in old.columns:
        return found
    sources = set(out["source"].astype(str))
    old = old[~old["source"].isin(sources)]
    if old.empty:
        return found
    held = Counter(_fingerprints(old[columns]))
    for row, key in zip(
        out.index[candidates], _fingerprints(out.loc[candidates, columns]), strict=True
    ):
        if held[key] > 0:
            held[key] -= 1
            found[row] = True
    return found


def _fingerprints(frame: pd.DataFrame) -> list[str]:
    """Each row as the text responses.csv holds for it (None and NaN are empty)."""
    text = (
        frame.astype(object).where(frame.notna(), None).map(lambda v: "" if v is None else str(v))
    )
    return ["\x1f".join(values) for values in text.itertuples(index=False, name=None)]


def _escape(value: object) -> str:
    """One CSV field as the csv module writes it (QUOTE_MINIMAL); None is an empty field."""
    if value is None:
        return ""
    text = str(value)
    if any(c in text for c in ',"\n\r'):
        return '"' + text.replace('"', '""') + '"'
    return text


def _csv_text(frame: pd.DataFrame, header: bool) -> str:
    """CSV of text cells, escaped once per distinct value per column, then joined.

    Exports repeat values (villages, channels, ages, codes), so escaping the
    distinct values and joining rows is several times faster than the csv
    module or DataFrame.to_csv on 100,000 rows, with the same bytes.
    """
    columns = []
    for name in frame.columns:
        codes, uniques = pd.factorize(frame[name].astype(object), use_na_sentinel=True)
        table = np.array([*(_escape(u) for u in uniques), ""], dtype=object)
        columns.append(table[codes])
    lines = [",".join(row) for row in zip(*columns, strict=True)]
    if header:
        lines.insert(0, ",".join(_escape(c) for c in frame.columns))
    return "\n".join(lines) + "\n" if lines else ""


def append_responses(root: Path, new: pd.DataFrame) -> None:
    """Append canonical rows to responses.csv via a temporary file and os.replace."""
    path = root / RESPONSES_FILE
    new = new.astype(object).where(new.notna(), None)  # never a 'nan' in the file
    columns = list(new.columns)
    if path.is_file():
        old = path.read_bytes()
        head = pd.read_csv(io.BytesIO(old), nrows=0, encoding="utf-8-sig").columns.tolist()
        if head == columns:
            body = _csv_text(new, header=False).encode("utf-8")
            if old and not old.endswith(b"\n"):
                old += b"\n"
            write_atomic(path, old + body)
            return
        existing = pd.read_csv(
            io.BytesIO(old), dtype=str, keep_default_na=False, encoding="utf-8-sig"
        )
        merged_cols = columns + [c for c in head if c not in columns]
        combined = pd.concat(
            [existing.reindex(columns=merged_cols), new.reindex(columns=merged_cols)],
            ignore_index=True,
        )
        write_atomic(path, combined.to_csv(index=False, lineterminator="\n").encode("utf-8"))
        return
    write_atomic(path, _csv_text(new, header=True).encode("utf-8"))
