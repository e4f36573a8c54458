"""`--lang en` reaches what the store and the analysis say: the rows the store left out when
it took in the workspace's folders, follow-up and match errors, and the scenario-less
evaluation. Each was a Dutch sentence written in the code before it became a catalogue key.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from test_cli_english import run  # the command in this process, as staff run it

#: Dutch words of the sentences these commands printed before they were keys
DUTCH = (
    "overgeslagen",
    "niet geladen",
    "voor kern",
    "onbekende kern",
    "onbekend aanbod",
    "bedoelt u",
    "geen contact",
    "Zonder scenario",
    "kies uit",
    "huisbezoek",
)


def dutch_in(output: str) -> list[str]:
    return [phrase for phrase in DUTCH if phrase in output]


def _plant_rows_the_store_leaves_out(ws: Path) -> None:
    """A choice for a village the workspace lacks, a person of an unknown village."""
    with (ws / "scenarios" / "chosen.toml").open("a", encoding="utf-8") as out:
        out.write('atlantis = "Basis"\n')
    with (ws / "followup" / "contacts.csv").open("a", encoding="utf-8") as out:
        out.write("X0001,handmatig.csv,atlantis,Piet Voorbeeld,06-00000000,ja\n")


def test_rows_left_out_are_said_in_english(
    demo_ws: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _plant_rows_the_store_leaves_out(demo_ws)
    code, output = run(capsys, "scenario", "list", "--workspace", str(demo_ws), "--lang", "en")
    assert code == 0, output
    assert "scenarios/chosen.toml: 'Basis' for village 'atlantis' not loaded" in output
    assert "unknown village 'atlantis' or no respondent_id; left out" in output
    assert not dutch_in(output), (dutch_in(output), output)


def test_rows_left_out_are_said_in_dutch_by_default(
    demo_ws: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _plant_rows_the_store_leaves_out(demo_ws)
    code, output = run(capsys, "scenario", "list", "--workspace", str(demo_ws))
    assert code == 0, output
    assert "scenarios/chosen.toml: 'Basis' voor kern 'atlantis' niet geladen" in output
    assert "onbekende kern 'atlantis' of geen respondent_id; overgeslagen" in output


def test_followup_and_match_errors_in_english(
    demo_ws: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    ws = ("--workspace", str(demo_ws), "--lang", "en")
    code, output = run(capsys, "followup", "call", "NOBODY", "--outcome", "reached", *ws)
    assert code != 0
    assert "no contact with respondent id 'NOBODY'; see 'planning followup list'" in output
    assert not dutch_in(output), output

    argv = ("match", "record", "--village", "roden", "--theme", "loneliness")
    code, output = run(capsys, *argv, "--provision", "no-such-provision", *ws)
    assert code != 0
    assert "unknown provision 'no-such-provision'" in output
    assert not dutch_in(output), output


def test_evaluation_without_a_scenario_is_named_in_english(
    demo_ws: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Village 'een' has no scenario: the evaluation is the village as it is."""
    ws = ("--workspace", str(demo_ws))
    code, output = run(capsys, "scenario", "evaluate", "--village", "een", *ws, "--lang", "en")
    assert code == 0, output
    assert "Without scenario" in output
    assert not dutch_in(output), output
    code, output = run(capsys, "scenario", "evaluate", "--village", "een", *ws)
    assert code == 0 and "Zonder scenario" in output
