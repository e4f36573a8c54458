"""argparse speaks the user's language: Dutch, English with --lang en or a workspace in en."""

from __future__ import annotations

from pathlib import Path

import pytest

from planning.cli import main
from planning.cli._language import chosen_language


def test_language_from_flag_workspace_or_dutch(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("PLANNING_WORKSPACE", raising=False)
    (tmp_path / "workspace.toml").write_text('lang = "en"\n', encoding="utf-8")
    assert chosen_language(["check"]) == "nl"
    assert chosen_language(["check", "--lang", "en"]) == "en"
    assert chosen_language(["check", "--lang=en"]) == "en"
    assert chosen_language(["check", "--workspace", str(tmp_path)]) == "en"
    assert chosen_language(["check", "--workspace", str(tmp_path / "nope")]) == "nl"
    monkeypatch.setenv("PLANNING_WORKSPACE", str(tmp_path))
    assert chosen_language(["check"]) == "en"


def test_help_and_errors_in_dutch_then_english_again(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("PLANNING_WORKSPACE", raising=False)
    with pytest.raises(SystemExit) as done:
        main(["new", "mijnmap"])
    assert done.value.code == 2
    err = capsys.readouterr().err
    assert "gebruik: planning new" in err
    assert "fout: deze argumenten ontbreken: --municipality/--gemeente" in err
    with pytest.raises(SystemExit):
        main(["new", "--help"])
    out = capsys.readouterr().out
    assert "opties:" in out and "toon deze hulp en stop" in out
    with pytest.raises(SystemExit):
        main(["new", "mijnmap", "--lang", "en"])
    assert "error: the following arguments are required" in capsys.readouterr().err
