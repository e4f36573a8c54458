"""Reading a CSV a line at a time keeps every cell as the csv module reads the whole text."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest

from planning.io.tables import read_csv_raw

CASES = {
    "quoted line breaks, CRLF": 'a;b\r\n1;"x\r\ny"\r\n2;"z""q"\r\n',
    "old Mac line ends": "a,b\r1,2\r3,4",
    "form feed inside a cell": "a,b\n1,x\x0cy\n2,z\n",
    "no line end at the end": "a\tb\n1\t2",
    "Excel's sep line, CRLF": "sep=;\r\na;b\r\n1,5;2\r\n",
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_cells_as_the_csv_module_reads_them(tmp_path: Path, name: str) -> None:
    text = CASES[name]
    path = tmp_path / "table.csv"
    path.write_bytes(text.encode("cp1252" if "é" in text else "utf-8"))
    raw = read_csv_raw(path)
    body = text.split("\n", 1)[1] if text.startswith("sep=") else text
    rows = list(csv.reader(io.StringIO(body, newline=""), delimiter=raw.delimiter or ","))
    expected = [r for r in rows[1:] if any(c.strip() for c in r)]
    assert list(raw.frame.columns) == rows[0]
    assert raw.frame.to_numpy().tolist() == expected


def test_cp1252_file_a_line_at_a_time(tmp_path: Path) -> None:
    path = tmp_path / "table.csv"
    lines = ["kern;naam"] + [f"k{i};Eén {i} ë" for i in range(3000)]
    path.write_bytes("\r\n".join(lines).encode("cp1252"))
    raw = read_csv_raw(path)
    assert raw.encoding == "cp1252"
    assert raw.frame["naam"].iloc[-1] == "Eén 2999 ë"
    assert len(raw.frame) == 3000
