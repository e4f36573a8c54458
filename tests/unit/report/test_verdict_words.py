"""What staff stumbled on in the plan (issue 25): verdicts in words, capped coverages,
plurals, and a matches table that says something while keeping counts under 5 unpublished."""

from __future__ import annotations

from types import SimpleNamespace

import pandas as pd
import pytest

from planning.i18n import plural
from planning.report.format import coverage_share
from planning.report.sections.plan import match_rows, verdict_kind, verdict_words


@pytest.mark.parametrize(
    ("gap", "verdict", "kind"),
    [
        (True, "robust_gap", "gap"),
        (False, "robust_covered", "covered"),
        (True, "depends", "depends"),
        (False, "depends", "depends"),
        ("<5", "<5", None),
        (float("nan"), None, None),
    ],
)
def test_each_horizon_gets_one_verdict(gap: object, verdict: object, kind: str | None) -> None:
    assert verdict_kind(gap, verdict) == kind


def test_verdicts_are_words_with_their_horizons_not_question_marks() -> None:
    words = verdict_words({"gap": ["10"], "depends": ["3", "5"], "covered": []}, "nl")
    assert words == "tekort: 10 jaar; hangt af van de aanname: 3, 5 jaar"
    assert "?" not in words
    english = verdict_words({"gap": [], "depends": [], "covered": ["3", "5", "10"]}, "en")
    assert english == "covered: 3, 5, 10 years"
    assert verdict_words({"gap": [], "depends": [], "covered": []}, "nl") == "–"


def test_a_very_large_coverage_is_capped_in_print() -> None:
    assert coverage_share(4.56, "nl") == ">200%"
    assert coverage_share(7.66, "en") == ">200%"
    assert coverage_share(1.45, "nl") == "145%"
    assert coverage_share(2.0, "nl") == "200%"
    assert coverage_share("<5", "nl") == "<5"


def test_plurals_follow_the_number() -> None:
    assert plural("sum.meeting_places", 1, "nl") == "ontmoetingsplek"
    assert plural("sum.meeting_places", 2, "nl") == "ontmoetingsplekken"
    assert plural("sum.meeting_places", 0, "nl") == "ontmoetingsplekken"
    assert plural("sum.meeting_places", 1, "en") == "meeting place"
    assert plural("sum.facilities", 6, "en") == "facilities"


def test_small_themes_are_grouped_so_the_matches_table_says_something() -> None:
    matches = pd.DataFrame(
        {
            "theme": ["youth", "loneliness", "advice", "meeting"],
            "matches": [9, 2, 3, 1],
            "proposed": [1, 0, 1, 0],
            "accepted": [6, 2, 1, 1],
            "declined": [0, 0, 1, 0],
            "completed": [2, 0, 0, 0],
        }
    )
    plan = SimpleNamespace(
        lang="nl", matches=matches, theme_labels={"youth": "jongeren", "advice": "advies"}
    )
    counts = ["matches", "proposed", "accepted", "declined", "completed"]
    rows = match_rows(plan, counts)  # type: ignore[arg-type]
    # by hand: youth alone (9 >= 5); the other three together: 2+3+1 = 6 matches, of which
    # 1 proposed, 4 accepted, 1 declined, 0 completed; all: 15 = 2 + 10 + 1 + 2
    assert rows == [
        ["jongeren", "9", "<5", "6", "<5", "<5"],
        ["3 andere thema's (samen, elk minder dan 5)", "6", "<5", "<5", "<5", "<5"],
        ["alle thema's", "15", "<5", "10", "<5", "<5"],
    ]
    assert not any(set(r[1:]) == {"<5"} for r in rows)
