"""The peildatum and the ages of a register delivery, as desks write them."""

from __future__ import annotations

import datetime as dt

import pytest

from planning.io.cells import CellError
from planning.workspace.readers.register_dates import parse_ages, peildatum_from_titles

JAN_2025 = dt.date(2025, 1, 1)


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        (["Gemeente Westerveld", "Peildatum: 1 januari 2025"], JAN_2025),
        (["Aantal inwoners per 01-01-2025"], JAN_2025),
        (["Stand per 1-1-2025", "Bron: BRP"], JAN_2025),
        (["Reference date: 1 January 2025"], JAN_2025),
        (["Inwoners 2025-01-01"], JAN_2025),
        (["Aangemaakt op 14-01-2025", "Peildatum 31 dec. 2024"], dt.date(2024, 12, 31)),
        (["Inwoners per woonplaats"], None),
        (["Stand per 1-1-2024", "Stand per 1-1-2025"], None),  # two: no guess
    ],
)
def test_the_peildatum_of_a_title(lines: list[str], expected: dt.date | None) -> None:
    assert peildatum_from_titles(lines) == expected


@pytest.mark.parametrize(
    ("cell", "ages"),
    [
        (0, (0, 0)),
        ("17", (17, 17)),
        ("99 jaar", (99, 99)),
        ("100 jaar en ouder", (100, 120)),
        ("0 t/m 4", (0, 4)),
        ("0-4 jaar", (0, 4)),
        ("65-74", (65, 74)),
        ("75+", (75, 120)),
        ("85 jaar en ouder", (85, 120)),
        ("18 tot 65", (18, 64)),
    ],
)
def test_ages_as_written(cell: object, ages: tuple[int, int]) -> None:
    assert parse_ages(cell) == ages


def test_a_birth_year_is_one_age_on_1_january_and_two_later() -> None:
    assert parse_ages("2000", JAN_2025, birth=True) == (24, 24)
    assert parse_ages(2000, dt.date(2025, 7, 1), birth=True) == (24, 25)
    assert parse_ages(2025, dt.date(2025, 7, 1), birth=True) == (0, 0)
    with pytest.raises(CellError):
        parse_ages(2026, JAN_2025, birth=True)


@pytest.mark.parametrize("cell", ["onbekend", "-3", "150", "ouder"])
def test_what_is_no_age_is_refused(cell: str) -> None:
    with pytest.raises(CellError):
        parse_ages(cell)
