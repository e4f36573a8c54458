"""`--lang en` reaches every line the command prints, and so does a workspace whose lang is en.

The commands run in this process on one copy of the demo (a fresh interpreter per command
costs seconds); the servers of lab, app, session and followup app are not started: their
``run_server`` is replaced by one that prints the link block as the real one does once the
server answers, so the test reads exactly the lines staff see.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from planning.cli import main
from planning.cli._serve import print_url

#: phrases the command printed in Dutch before it took its words from the catalogue
DUTCH = (
    "Let op",
    "let op",
    "Niet gebruikt",
    "Open deze link",
    "draait op",
    "Geen ",
    "Nog geen",
    "Vraag en aanbod",
    "Passend aanbod",
    "Werkboek zonder code",
    "Bijeenkomst-app",
    "Persoonlijke aanpak",
    "werkmap",
    "in orde.",
    "per leeftijdsklasse",
    "Saldo migratie",
    "geprojecteerd",
    "gekozen",
    "versie",
    "TEKORT",
    "dekking",
    "respondenten",
    "dichtstbijzijnde",
    "Afstand in rechte lijn",
    "Behoeften in",
    "vastgelegd",
    "aangenomen",
    "(doel ",
    "Demo-werkmap",
    "Open hem met",
    "valt binnen",
    "plaatsen per week vrij",
    "inwoners",
    "kernen",
    "Begin met",
)

#: (command line, English words its output must hold)
COMMANDS: list[tuple[tuple[str, ...], tuple[str, ...]]] = [
    (("check",), ("Note, in", ": in order.", "  villages ", "  respondents ")),
    (("needs", "--village", "roden"), ("Roden — respondents:", "theme", "yrs")),
    (("gaps", "--village", "roden"), ("Demand and supply in Roden", "coverage", "Source: CBS")),
    (("access",), ("village", "mean distance", "walk ", "Straight-line distance")),
    (("access", "--village", "roden"), ("nearest village hall",)),
    (
        ("match", "--village", "roden", "--theme", "loneliness", "--age", "70"),
        ("Provisions that fit", "age 70, in or near Roden:", "theme: ", "places a week"),
    ),
    (("match", "counts"), ("village", "theme", "accepted")),
    (("match", "bulk", "--village", "roden"), ("Needs in Roden against", "best fit")),
    (("population", "--village", "boschoord"), ("inhabitants per age band", "Net migration")),
    (("monitor", "list", "--village", "roden"), ("Visitors of meeting places", "target")),
    (("scenario", "list"), ("version", "chosen for the village plan")),
    (("scenario", "evaluate", "--village", "roden"), ("In 3 years", "volunteers: needed")),
]


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str]:
    """The command in this process: its exit status and what it printed (stdout and stderr)."""
    try:
        code = main(list(argv))
    except SystemExit as exc:
        code = int(exc.code or 0)
    out = capsys.readouterr()
    return code, out.out + out.err


def dutch_in(output: str) -> list[str]:
    return [phrase for phrase in DUTCH if phrase in output]


@pytest.fixture
def no_servers(monkeypatch: pytest.MonkeyPatch) -> list[dict[str, Any]]:
    """Replace starting a server by printing its link block; the calls are recorded."""
    started: list[dict[str, Any]] = []

    def fake(cmd: Any, env: dict[str, str], **kwargs: Any) -> int:
        started.append({"env": env, **kwargs})
        print_url(kwargs["what"], kwargs["url"], kwargs.get("where", ""), kwargs.get("lang", "nl"))
        return 0

    monkeypatch.setattr("planning.cli.app.run_server", fake)
    monkeypatch.setattr("planning.cli.lab.run_server", fake)
    return started


def test_every_command_speaks_english_with_lang_en(
    demo_ws: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    no_servers: list[dict[str, Any]],
) -> None:
    monkeypatch.setenv("PLANNING_CACHE_DIR", str(tmp_path / "cache"))
    ws = ("--workspace", str(demo_ws), "--lang", "en")
    for argv, english in COMMANDS:
        code, output = run(capsys, *argv, *ws)
        assert code == 0, (argv, output)
        assert not dutch_in(output), (argv, dutch_in(output), output)
        for words in english:
            assert words in output, (argv, words, output)

    code, output = run(capsys, "demo", str(tmp_path / "copy"), "--lang", "en")
    assert code == 0 and "Demo workspace written to" in output and "Open it with" in output
    code, output = run(capsys, "demo", str(tmp_path / "copy"), "--lang", "en")
    assert code == 2 and "error:" in output and "the folder is not empty" in output

    servers = [
        (("app",), ("Workbook without code for workspace", "The workbook is running at:")),
        (("session", "--village", "roden"), ("Session app for workspace", "projector")),
        (("followup", "app", "--village", "roden"), ("Personal approach for workspace",)),
        (("lab",), ("with workspace", "Start with 00_start.ipynb")),
    ]
    for argv, english in servers:
        code, output = run(capsys, *argv, "--no-browser", *ws)
        assert code == 0, (argv, output)
        assert "Open this link in the browser (on this computer only)" in output
        assert not dutch_in(output), (argv, dutch_in(output), output)
        for words in english:
            assert words in output, (argv, words, output)
    # the session and follow-up apps are told the language in their environment
    assert [s["env"].get("PLANNING_LANG") for s in no_servers[:3]] == ["en", "en", "en"]


def test_help_and_a_workspace_in_english(
    demo_ws: Path, capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch
) -> None:
    monkeypatch.setenv("PLANNING_CACHE_DIR", str(tmp_path / "cache"))
    code, output = run(capsys, "gaps", "--help", "--lang", "en")
    assert code == 0 and output.startswith("usage: planning gaps")
    assert "--year YEAR" in output and "only this year" in output
    assert "also when the workspace has problems" in output
    assert "werkmap" not in output and "alleen dit jaar" not in output
    # the same help in Dutch, as before
    code, output = run(capsys, "gaps", "--help")
    assert "alleen dit jaar" in output and "toon deze hulp en stop" in output

    toml = demo_ws / "workspace.toml"
    toml.write_text(toml.read_text(encoding="utf-8").replace('lang = "nl"', 'lang = "en"'))
    code, output = run(capsys, "scenario", "list", "--workspace", str(demo_ws))
    assert code == 0 and "(* = chosen for the village plan)" in output, output
    code, output = run(capsys, "check", "--workspace", str(demo_ws))
    assert ": in order." in output and not dutch_in(output.split("Note, in")[0]), output


def test_dutch_stays_as_it_was(demo_ws: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, output = run(
        capsys, "match", "--village", "roden", "--theme", "loneliness", "--age", "70",
        "--workspace", str(demo_ws),
    )  # fmt: skip
    assert code == 0
    assert output.startswith("Passend aanbod voor eenzaamheid, 70 jaar, in of bij Roden:\n")
    assert "leeftijd 70 valt binnen" in output
    code, output = run(capsys, "scenario", "list", "--workspace", str(demo_ws))
    assert output.endswith("(* = gekozen voor het dorpsplan)\n")


def test_common_options_before_the_command(
    demo_ws: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch
) -> None:
    """`planning --lang en gaps ...` means `planning gaps ... --lang en`, as with git."""
    monkeypatch.setenv("PLANNING_CACHE_DIR", str(tmp_path / "cache"))
    after = run(capsys, "gaps", "--village", "roden", "--workspace", str(demo_ws), "--lang", "en")
    assert after[0] == 0 and "Demand and supply in Roden" in after[1]
    before = run(capsys, "--lang", "en", "--workspace", str(demo_ws), "gaps", "--village", "roden")
    assert before == after
    joined = run(capsys, "--lang=en", f"--workspace={demo_ws}", "gaps", "--village", "roden")
    assert joined == after
    code, output = run(capsys, "--json", "--workspace", str(demo_ws), "monitor", "list")
    assert code == 0 and output.lstrip().startswith(("[", "{"))
