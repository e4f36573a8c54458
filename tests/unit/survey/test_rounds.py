"""Survey rounds: which round each answer belongs to, which is the latest, and a named round
set by the mapping file on import (planning.survey.rounds)."""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from planning.survey.importer import import_survey
from planning.survey.round_compare import z_statistic
from planning.survey.rounds import latest_round, round_of, round_table


def frame(rows: list[tuple[str, str | None, str | None]]) -> pd.DataFrame:
    return pd.DataFrame(rows, columns=["village_id", "collected_on", "round"])


def test_a_named_round_wins_else_the_year_else_the_only_round() -> None:
    answers = frame(
        [
            ("a", "2023-02-01", None),
            ("a", "2026-01-10", "voorjaar 2026"),
            ("a", None, None),  # a has two rounds: this answer belongs to neither
            ("b", "2026-01-01", None),
            ("b", None, None),  # b has one round: it belongs to it
            ("c", None, None),  # c has no date at all: one unnamed round
        ]
    )
    assert round_of(answers).tolist() == ["2023", "voorjaar 2026", None, "2026", "2026", ""]


def test_a_file_without_the_round_column_reads_as_before() -> None:
    answers = frame([("a", "2026-01-10", None), ("a", "2026-03-01", None)]).drop(columns="round")
    assert round_of(answers).tolist() == ["2026", "2026"]
    assert latest_round(answers).equals(answers)


def test_rounds_are_ordered_by_their_dates_and_the_latest_is_used() -> None:
    answers = frame(
        [
            ("a", "2029-03-01", "najaar"),  # a name without a year: its dates order it
            ("a", "2026-01-10", None),
            ("a", "2026-02-10", None),
            ("b", None, "2024"),  # no dates: the year its name starts with
            ("b", None, "2021"),
        ]
    )
    table = round_table(answers)
    a = table[table["village_id"] == "a"]
    assert a["round"].tolist() == ["2026", "najaar"] and a["rank"].tolist() == [1, 0]
    b = table[table["village_id"] == "b"]
    assert b["round"].tolist() == ["2021", "2024"]
    latest = latest_round(answers)
    assert latest.index.tolist() == [0, 3]


def test_z_statistic_by_hand() -> None:
    # 30% of 100 against 45% of 80 (effective n): pooled 0.3667, se 0.0723, z 2.075
    p = (0.30 * 100 + 0.45 * 80) / 180
    se = (p * (1 - p) * (1 / 100 + 1 / 80)) ** 0.5
    z = z_statistic([0.30], [100], [0.45], [80])[0]
    assert abs(z - (0.15 / se)) < 1e-12 and 2.07 < z < 2.08


def test_a_round_named_in_the_mapping_reaches_responses(tiny_ws: Path, tmp_path: Path) -> None:
    export = tmp_path / "peiling.csv"
    export.write_text(
        "id;Kern;Datum;Leeftijd\n1;Roden;12-01-2029;78\n2;Roden;13-01-2029;34\n",
        encoding="utf-8",
    )
    (tmp_path / "peiling.csv.mapping.toml").write_text(
        '[columns]\nrespondent_id = "id"\nvillage_id = "Kern"\ncollected_on = "Datum"\n'
        'age_band = "Leeftijd"\n[constants]\nchannel = "paper"\nround = "tweede peiling"\n',
        encoding="utf-8",
    )
    result = import_survey(tiny_ws, export)
    assert result.accepted == 2
    written = pd.read_csv(tiny_ws / "survey" / "responses.csv", dtype=str, keep_default_na=False)
    mine = written[written["respondent_id"].isin(["1", "2"]) & (written["source"] == "peiling.csv")]
    assert mine["round"].tolist() == ["tweede peiling", "tweede peiling"]
    assert set(round_of(mine)) == {"tweede peiling"}
