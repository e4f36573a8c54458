"""Words on the page: no nan for a missing trekker, Dutch singular and plural."""

from __future__ import annotations

import math

from planning.i18n import text
from planning.report.format import number, share, trekker


def test_missing_trekker_is_said_in_words() -> None:
    for empty in (None, math.nan, "", "  "):
        assert trekker(empty, "nl") == "nog geen trekker"
    assert trekker("Dorpshuis", "nl") == "Dorpshuis"
    assert "nan" not in trekker(math.nan, "en")


def test_one_action_is_singular() -> None:
    assert "1 actie." in text("plan.intro", "nl", plural=1, scenario="Basis", n="1")
    assert "2 acties." in text("plan.intro", "nl", plural=2, scenario="Basis", n="2")


def test_suppressed_cells_stay_suppressed() -> None:
    assert number("<5", "nl") == "<5" and share("<5", "nl") == "<5"
    assert number(1234.4, "nl") == "1.234" and share(0.5, "nl") == "50%"
