"""Every error the workbook raises names its words by a catalogue key and fields, so the
screen that shows it says it in its own language (issue 24, 'messages as keys').

The tests run with PLANNING_STRICT_WORDS, where an error without a key is refused at once;
the scan below holds the raise sites the tests do not reach: none of them may hand an error a
text rendered beforehand (``text(...)``, an f-string or a literal), which would stay in the
language it was rendered in.
"""

from __future__ import annotations

import ast
import errno
from pathlib import Path

import pytest

from planning.errors import Joined, Placed, PlanningError, Problem, StoreError, WorkspaceError
from planning.io.os_faults import explain, fault
from planning.workspace.readers.register_read import refuse
from planning.workspace.reference.municipalities import resolve_municipality

PACKAGE = Path(__file__).resolve().parents[2] / "planning"
ERRORS = {
    "PlanningError",
    "WorkspaceError",
    "SurveyImportError",
    "ScenarioError",
    "StoreError",
    "ExportError",
    "SessionError",
    "QuoteReviewError",
}


def _rendered(node: ast.expr) -> bool:
    """A message rendered before the error exists: text(...), a literal or an f-string."""
    if isinstance(node, ast.Constant | ast.JoinedStr | ast.BinOp):
        return True
    return isinstance(node, ast.Call) and getattr(node.func, "id", None) in {"text", "str"}


def test_no_error_in_planning_is_given_a_rendered_text() -> None:
    found = []
    for path in sorted(PACKAGE.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call) or not node.args:
                continue
            name = getattr(node.func, "id", None) or getattr(node.func, "attr", None)
            if name in ERRORS and _rendered(node.args[0]):
                found.append(f"{path.relative_to(PACKAGE)}:{node.lineno}")
    assert found == []


def test_the_scan_finds_a_rendered_text() -> None:
    # the scan itself can fail: a planted raise of a rendered text is found
    planted = ast.parse('raise StoreError(text("plan.none_recorded", "en", village="x"))')
    call = next(n for n in ast.walk(planted) if isinstance(n, ast.Call))
    assert _rendered(call.args[0])
    assert not _rendered(ast.parse('Said("k")').body[0].value)  # type: ignore[attr-defined]


def test_an_error_without_a_key_is_refused_in_the_tests() -> None:
    with pytest.raises(TypeError, match="without a catalogue key"):
        PlanningError("een tekst in één taal")


def test_the_register_refusal_counts_with_a_plural_and_lists_each_problem_whole() -> None:
    one = Problem("bevolking.csv", 4, "leeftijd", "abc", key="register.bad_age")
    error = refuse(Path("bevolking.csv"), [one])
    lines = str(error).splitlines()
    assert lines[0] == "bevolking.csv: niet ingelezen, er is niets veranderd (1 probleem):"
    assert lines[1] == one.text_in("nl") and lines[1].startswith("bevolking.csv, rij 4, kolom")
    english = refuse(Path("bevolking.csv"), [one, one]).text_in("en").splitlines()
    assert english[0] == "bevolking.csv: not imported, nothing was changed (2 problems):"
    assert english[1:] == [one.text_in("en")] * 2 and "row 4" in english[1]
    assert error.key == "register.refused" and error.problems == [one]


def test_a_municipality_not_found_is_said_in_the_chosen_language() -> None:
    with pytest.raises(WorkspaceError) as caught:
        resolve_municipality("Noordeveldd")
    assert caught.value.key == "new.unknown_hint"
    assert "Noordenveld" in caught.value.text_in("en")
    assert "onbekende gemeente" in str(caught.value)
    assert "onbekende" not in caught.value.text_in("en")


def test_a_file_fault_is_a_phrase_said_per_language() -> None:
    exc = OSError(errno.ENOSPC, "No space left on device", "/data/store.sqlite")
    said = fault(exc)
    assert said.text_in("nl") == explain(exc, "nl") and said.text_in("en") == explain(exc, "en")
    error = StoreError(said)
    assert error.key == "error.said" and str(error) == explain(exc, "nl")
    assert error.text_in("en").startswith("/data/store.sqlite: ")
    assert error.text_in("en") != error.text_in("nl")
    assert error.fields_json("en") == {"what": explain(exc, "en")}


def test_a_store_refusal_is_said_in_english() -> None:
    error = StoreError(key="plan.none_recorded", village="roden", number=None)
    assert "roden" in error.text_in("en") and error.text_in("en") != str(error)
    assert "dorpsplan" in str(error) and "dorpsplan" not in error.text_in("en")


def test_a_placed_problem_says_its_place() -> None:
    wrong = Problem("facilities.csv", 3, None, "Roden", key="ws.no_such_village")
    error = WorkspaceError(Joined((Placed(wrong),)))
    assert str(error) == "facilities.csv, rij 3: onbekende kern (waarde: 'Roden')"
    assert error.text_in("en") == wrong.text_in("en")
