"""A table read compact (categorical columns, a chunk of rows at a time) holds the same
cells, columns and row numbers as one read whole, across chunk boundaries."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

import planning.io.compact as compact
from planning.io.compact import as_text
from planning.io.tables import read_csv_raw
from planning.workspace.conversion import convert
from planning.workspace.schemas import responses_spec


def _write(path: Path, lines: list[str], encoding: str = "utf-8") -> Path:
    path.write_bytes("\r\n".join(lines).encode(encoding))
    return path


def _plain(frame: pd.DataFrame) -> pd.DataFrame:
    return pd.DataFrame({c: as_text(frame[c]) for c in frame.columns}, index=frame.index)


@pytest.fixture
def small_chunks(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(compact, "CHUNK", 7)  # every case below crosses several chunks


LINES = [
    "Enquête 2026",  # a title line above the header
    "",
    "id;kern;leeftijd;;",
    "1;roden;18-34;;",
    "2;een;75+",  # a short line
    ";;;;",  # an empty line: dropped, its row number skipped
    *[f"{i};peize;35-49;;" for i in range(3, 20)],
    "20;roden;;;los",  # a cell right of the header, only in a late chunk
    "21;roden;0-17;;;;",  # a line wider than the header
    "22;een;18-34" + ";x" * 30,  # far wider: cut to the header and reported
    *[f"{i};een;Weet ik niet;;" for i in range(23, 30)],
]


@pytest.mark.parametrize("encoding", ["utf-8", "cp1252"])
def test_compact_read_equals_a_whole_read(
    tmp_path: Path, small_chunks: None, encoding: str
) -> None:
    path = _write(tmp_path / "t.csv", LINES, encoding)
    whole = read_csv_raw(path, {"id", "kern"})
    part = read_csv_raw(path, {"id", "kern"}, compact=True)
    assert (part.header_row, part.delimiter, part.encoding) == (
        whole.header_row,
        whole.delimiter,
        whole.encoding,
    )
    assert all(isinstance(d, pd.CategoricalDtype) for d in part.frame.dtypes)
    assert (
        list(part.frame.columns)
        == list(whole.frame.columns)
        == ["id", "kern", "leeftijd", "kolom_5"]
    )
    assert part.frame.index.tolist() == whole.frame.index.tolist()
    pd.testing.assert_frame_equal(_plain(part.frame), whole.frame)
    assert part.cut == whole.cut and [p.row for p in part.cut] == [26]


def test_conversion_and_problems_the_same_from_a_compact_read(
    tmp_path: Path, small_chunks: None
) -> None:
    header = "respondent_id,village_id,channel,collected_on,leeftijd,need_3y_themes,opmerking"
    lines = [header]
    for i in range(40):
        channel = "straat" if i == 11 else "market"  # not a channel
        age = "ouder" if i == 23 else "18-34"  # not an age group
        rid = "r5" if i == 30 else f"r{i}"  # the id of row 7 again
        lines.append(f"{rid},roden,{channel},2026-01-0{1 + i % 9},{age},meeting;youth,x{i % 3}")
    lines.append(",een,market,2026-13-01,75+,,")  # no id, no valid date
    path = _write(tmp_path / "responses.csv", lines)
    spec = responses_spec(["meeting", "youth"])
    known = set(spec.header_map())
    whole, whole_problems = convert(read_csv_raw(path, known), spec)
    part, part_problems = convert(read_csv_raw(path, known, compact=True), spec)
    assert part_problems == whole_problems
    assert {p.column for p in part_problems} >= {"channel", "age_band", "collected_on"}
    pd.testing.assert_frame_equal(part, whole)
    assert part.attrs == whole.attrs
    assert part["need_3y_themes"].iloc[0] == ["meeting", "youth"]
