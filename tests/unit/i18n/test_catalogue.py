"""The catalogue as translators and CI see it: gettext files, real plurals, and a check that
fails on the mistakes a dictionary of tuples used to hide (a key defined twice silently won)."""

from __future__ import annotations

import importlib.util
import os
import shutil
import sys
from pathlib import Path

import pytest

from planning.i18n import CATALOGUE, MissingWords, text

ROOT = Path(__file__).resolve().parents[3]


def _tool():
    spec = importlib.util.spec_from_file_location(
        "catalogue_tool", ROOT / "scripts/i18n/catalogue.py"
    )
    module = importlib.util.module_from_spec(spec)
    sys.modules["catalogue_tool"] = module
    spec.loader.exec_module(module)
    return module


@pytest.fixture
def tool():
    """The catalogue tool; GNU msgfmt (Debian's gettext, installed by .ci/run) checks the
    duplicates, so without it these tests skip, except in CI where they must run."""
    if shutil.which("msgfmt") is None and not os.environ.get("CI"):
        pytest.skip("msgfmt (Debian package gettext) is not installed")
    return _tool()


@pytest.fixture
def locale_copy(tmp_path: Path, tool) -> Path:
    target = tmp_path / "locale"
    shutil.copytree(tool.LOCALE, target)
    return target


def test_the_shipped_catalogue_is_sound(tool):
    assert tool.check() == []


def test_a_planted_duplicate_key_fails_the_check(tool, locale_copy):
    po = tool.po_path(locale_copy, "nl")
    po.write_text(
        po.read_text(encoding="utf-8") + '\nmsgid "village"\nmsgstr "dorp"\n', encoding="utf-8"
    )
    tool.compile_all(locale_copy)
    problems = tool.check(locale=locale_copy)
    assert any("duplicate message definition" in p for p in problems), problems


def test_a_key_in_one_language_only_fails(tool, locale_copy):
    po = tool.po_path(locale_copy, "en")
    po.write_text(
        po.read_text(encoding="utf-8") + '\nmsgid "only.english"\nmsgstr "only"\n', encoding="utf-8"
    )
    tool.compile_all(locale_copy)
    assert "only.english: English only, no Dutch words" in tool.check(locale=locale_copy)


def test_fields_that_differ_between_languages_fail(tool, locale_copy):
    po = tool.po_path(locale_copy, "en")
    words = po.read_text(encoding="utf-8")
    po.write_text(words.replace('msgstr "{n} open"', 'msgstr "open"', 1), encoding="utf-8")
    tool.compile_all(locale_copy)
    assert any("the fields differ" in p for p in tool.check(locale=locale_copy))


def test_a_stale_compiled_file_fails(tool, locale_copy):
    po = tool.po_path(locale_copy, "nl")
    po.write_text(
        po.read_text(encoding="utf-8").replace('msgstr "kern"', 'msgstr "dorp"', 1),
        encoding="utf-8",
    )
    assert any("not compiled from" in p for p in tool.check(locale=locale_copy))


def test_a_key_the_code_asks_for_that_no_language_has_fails(tool, tmp_path):
    code = tmp_path / "planning"
    code.mkdir()
    (code / "view.py").write_text(
        'text("no.such.key", lang)\nsa.text("SELECT 1")\n', encoding="utf-8"
    )
    problems = tool.check(code=code)
    assert problems == ["no.such.key: asked for at planning/view.py:1, but no language has it"]


@pytest.mark.parametrize(
    ("count", "nl", "en"),
    [
        (0, "0 problemen in w:", "0 problems in w:"),
        (1, "1 probleem in w:", "1 problem in w:"),
        (2, "2 problemen in w:", "2 problems in w:"),
    ],
)
def test_counts_take_their_plural_form(count, nl, en):
    assert text("cli.check.problems", "nl", count=count, path="w") == nl
    assert text("cli.check.problems", "en", count=count, path="w") == en


def test_the_method_says_respondent_for_one():
    words = text("assume.weighting", "nl", plural=1, min_cell=1)
    assert "minder dan 1 respondent wordt" in words
    assert "minder dan 3 respondenten" in text("assume.weighting", "nl", plural=3, min_cell=3)


def test_a_missing_key_is_an_error_in_the_tests(monkeypatch):
    monkeypatch.setenv("PLANNING_STRICT_WORDS", "1")
    with pytest.raises(MissingWords):
        text("no.such.key")


def test_a_missing_key_outside_the_tests_shows_the_key_and_logs(monkeypatch, caplog):
    monkeypatch.delenv("PLANNING_STRICT_WORDS", raising=False)
    assert text("no.such.key") == "no.such.key"
    assert "no.such.key" in caplog.text


def test_the_monitoring_section_and_the_editor_say_their_own_sentence():
    assert "indicatoren" in CATALOGUE["mon.none"][0]
    assert CATALOGUE["mon.no_observations"][0] == "Nog geen waarnemingen voor deze kern."
