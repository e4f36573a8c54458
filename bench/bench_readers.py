"""Reading a table as Dutch Excel saves it, against pandas told the dialect in advance."""

from __future__ import annotations

from pathlib import Path

from bench.harness import Measurement, benchmark, timed

ROWS = 20_000


def _dutch_points(path: Path) -> None:
    """population_points as Dutch Excel writes it: ';', cp1252, decimal commas, a title line."""
    lines = [
        "Inwonerspunten (gegenereerd);;;;",
        "punt_id;kern_id;breedtegraad;lengtegraad;inwoners",
    ]
    for i in range(ROWS):
        lat = f"{52.9 + (i % 700) / 1000:.6f}".replace(".", ",")
        lon = f"{6.2 + (i % 500) / 1000:.6f}".replace(".", ",")
        lines.append(f"p{i:05d};kern-{i % 40};{lat};{lon};{(i * 7) % 90}")
    path.write_bytes(("\r\n".join(lines) + "\r\n").encode("cp1252"))


@benchmark(f"read + check a Dutch-Excel CSV ({ROWS:,} rows)")
def bench_read_dutch_csv(workdir: Path) -> Measurement:
    import pandas as pd

    from planning.io.tables import read_raw
    from planning.workspace.conversion import convert
    from planning.workspace.schemas import POPULATION_POINTS

    path = workdir / "population_points.csv"
    _dutch_points(path)
    known = set(POPULATION_POINTS.header_map())

    def ours() -> None:
        frame, problems = convert(read_raw(path, known), POPULATION_POINTS)
        assert len(frame) == ROWS and not problems

    def told() -> None:
        pd.read_csv(path, sep=";", decimal=",", encoding="cp1252", skiprows=1)

    value = timed(ours, repeat=3)
    baseline = timed(told, repeat=3)
    return Measurement(
        value,
        baseline=baseline,
        baseline_label="pandas.read_csv told sep/decimal/encoding/skiprows (no checks)",
        target="< 2 s",
        met=value < 2.0,
        note="ours also sniffs the dialect, finds the header and checks every cell",
    )
