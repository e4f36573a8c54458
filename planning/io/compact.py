"""A large text table held as categorical columns, built a chunk of rows at a time.

A survey export of 250,000 rows repeats the same villages, age bands, scores and even
free texts in every row. Held as a list of rows and then as a frame of text cells it
costs several times the file; held as one code per cell and each distinct text once
it costs little more than the file's distinct texts. Rows are read a chunk at a time,
so the whole table is never held as Python rows: the text a cell holds is unchanged.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable, Iterator
from typing import Any

import numpy as np
import pandas as pd
from pandas.api.types import union_categoricals

from planning.io.cells import present

#: rows per chunk: large enough that pandas does the work, small enough to stay light
CHUNK = 10_000


def compact_frame(
    header: list[str], body: Iterable[list[Any]], first_row: int
) -> tuple[list[str], pd.DataFrame]:
    """Column names and a frame of categorical text columns, indexed by spreadsheet row.

    ``header`` holds the cells of the header line, ``body`` the lines below it, the first
    being spreadsheet row ``first_row``. It keeps what ``_frame_from_rows`` in
    planning.io.tables keeps: columns right of the header only when some cell holds
    something (as ``kolom_N``), and no fully empty line.
    """
    width = len(header)
    used = [bool(h) for h in header]
    parts: list[list[pd.Categorical]] = []
    index: list[np.ndarray] = []
    for offset, chunk in _chunks(body):
        width = max([width, *(len(r) for r in chunk)])
        used += [False] * (width - len(used))
        unused = [j for j in range(width) if not used[j]]
        rows, where = [], []
        for i, r in enumerate(chunk):
            if len(r) < width:
                r = [*r, *([None] * (width - len(r)))]
            first = r[0] if r else None  # a line with a first cell is kept: ask no more
            if not (type(first) is str and first.strip()) and not any(present(v) for v in r):
                continue
            for j in unused:
                if not used[j] and present(r[j]):
                    used[j] = True
            rows.append(r)
            where.append(offset + i)
        index.append(np.asarray(where, dtype=np.int64) + first_row)
        columns = list(zip(*rows, strict=True)) if rows else [()] * width
        parts.append([pd.Categorical(np.asarray(c, dtype=object)) for c in columns])
    header = header + [""] * (width - len(header))
    names: list[str] = []
    seen: dict[str, int] = {}
    data: dict[str, pd.Categorical] = {}
    for j in [j for j in range(width) if used[j]]:
        name = header[j] or f"kolom_{j + 1}"
        seen[name] = seen.get(name, 0) + 1
        name = name if seen[name] == 1 else f"{name}_{seen[name]}"
        names.append(name)
        pieces = [
            p[j] if j < len(p) else _empty(len(at)) for p, at in zip(parts, index, strict=True)
        ]
        data[name] = union_categoricals(pieces) if pieces else _empty(0)
    rows_at = np.concatenate(index) if index else np.empty(0, dtype=np.int64)
    frame = pd.DataFrame(data, index=pd.Index(rows_at, name="row"), columns=names)
    return names, frame


def _chunks(body: Iterable[list[Any]]) -> Iterator[tuple[int, list[list[Any]]]]:
    """(offset of the first line, lines) per chunk of ``CHUNK`` lines."""
    lines = iter(body)
    offset = 0
    while chunk := list(itertools.islice(lines, CHUNK)):
        yield offset, chunk
        offset += len(chunk)


def _empty(length: int) -> pd.Categorical:
    """A column a chunk's lines never reached: every cell empty."""
    return pd.Categorical([None] * length, categories=pd.Index([], dtype=object))


def as_text(values: pd.Series) -> pd.Series:
    """A categorical text column back as the plain text cells it was read from."""
    if not isinstance(values.dtype, pd.CategoricalDtype):
        return values
    out = values.astype(object)
    return out.where(values.notna(), None)
