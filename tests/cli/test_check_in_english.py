"""`planning --lang en check` on a workspace with every kind of problem says no Dutch word.

Every problem carries a catalogue key and its fields (planning.errors), so the same
workspace reads in Dutch as before and in English on request, in the text and in
``--json`` (which keeps ``message``, in the chosen language, beside ``key`` and ``fields``).
What staff wrote themselves (a value, a header, a file name) is shown as written: the scan
leaves quoted parts out.
"""

from __future__ import annotations

import json
import re
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from helpers.tiny import table, write_csv, write_workspace

from planning.cli import main

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "unit"))
from test_no_literal_dutch import DUTCH

#: what a person wrote, shown back as written: quoted values, headers and file names
_QUOTED = re.compile(r"'[^']*'|\"[^\"]*\"")


def _every_kind(root: Path) -> None:
    """Unknown village with a near miss, a bad number, a duplicate id, a bad age band, an
    unknown theme, orphan references, a missing column, left-out rows in matches/ and
    monitoring/, a bad scenario file."""
    rows = table("facilities")
    head = rows[0]
    rows[1][head.index("village_id")] = "rodn"  # near miss of 'roden'
    rows[2][head.index("open_hours_per_week")] = "lots"
    rows[2][head.index("themes")] = "meetting"
    rows[2][head.index("facility_id")] = rows[1][head.index("facility_id")]
    write_csv(root / "facilities.csv", rows, delimiter=";")
    population = table("population")
    population[2][2] = "65-70"
    population[3][3] = "1.5.5"
    write_csv(root / "population.csv", population)
    commitments = table("commitments")
    commitments[1][commitments[0].index("partner_id")] = "nobody"
    commitments[1][commitments[0].index("start_year")] = "2030"
    commitments[1][commitments[0].index("end_year")] = "2028"
    write_csv(root / "commitments.csv", commitments)
    partners = [row[:1] + row[2:] for row in table("partners")]  # the name column gone
    write_csv(root / "partners.csv", partners)
    (root / "matches").mkdir()
    (root / "matches" / "m.csv").write_text(
        "village_id,theme,provision_id,made_on,outcome,age\n"
        "nowhere,meeting,x,2025-01-01,accepted,40\n"
        "roden,meeting,x,someday,accepted,40\n",
        encoding="utf-8",
    )
    (root / "monitoring").mkdir()
    (root / "monitoring" / "o.csv").write_text(
        "indicator,village_id,period,value\nvisitorz,roden,2025-13,4\nvisitors,rodn,2025,x\n",
        encoding="utf-8",
    )
    _bad_scenario(root)


def _bad_scenario(root: Path) -> None:
    """A valid workspace with a scenario file the store leaves out."""
    (root / "scenarios").mkdir()
    (root / "scenarios" / "roden--plan.toml").write_text(
        'name = "Plan"\nvillage_id = "rodn"\n\n[[actions]]\ntitle = "Coffee"\nkind = "party"\n'
        'themes = ["meetting"]\nstart_year = 2030\nend_year = 2027\nyearly_cost = -5\n',
        encoding="utf-8",
    )


def _broken_toml(root: Path) -> None:
    (root / "workspace.toml").write_text("base_year = = 2026\n", encoding="utf-8")


def _wrong_settings(root: Path) -> None:
    (root / "workspace.toml").write_text(
        'name = "Test"\nmunicipality = "X"\nbase_year = "2026"\nlang = "fr"\nhrizons = [3]\n'
        "[thresholds]\nwalk_m = -1\n",
        encoding="utf-8",
    )


def _unreadable(root: Path) -> None:
    (root / "villages.csv").unlink()
    (root / "villages.xlsx").write_bytes(b"corrupt")


def _not_text(root: Path) -> None:
    (root / "partners.csv").write_bytes(b"\x00\x01\x02binary")


def _no_folder(root: Path) -> None:
    (root / "workspace.toml").unlink()


CASES: dict[str, Callable[[Path], None]] = {
    "every kind": _every_kind,
    "bad scenario": _bad_scenario,
    "broken toml": _broken_toml,
    "wrong settings": _wrong_settings,
    "unreadable xlsx": _unreadable,
    "not a text file": _not_text,
    "no workspace.toml": _no_folder,
}


def _run(capsys: pytest.CaptureFixture[str], *args: str) -> str:
    main(list(args))
    out = capsys.readouterr()
    return out.out + out.err


def _dutch_words(output: str) -> list[str]:
    return [line for line in output.splitlines() if DUTCH.search(_QUOTED.sub("", line))]


@pytest.mark.parametrize("case", list(CASES))
def test_check_in_english_says_no_dutch_word(
    case: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    root = write_workspace(tmp_path / "ws")
    CASES[case](root)
    english = _run(capsys, "--lang", "en", "check", "--all", "--workspace", str(root))
    assert english.strip()
    assert not _dutch_words(english), english
    as_json = _run(capsys, "--lang", "en", "check", "--json", "--workspace", str(root))
    data = json.loads(as_json)
    assert data["problems"] or data.get("scenario_problems"), as_json
    messages = [p["message"] for p in data["problems"] + data.get("scenario_problems", [])]
    assert not _dutch_words("\n".join(messages)), messages
    every = data["problems"] + data.get("scenario_problems", [])
    assert all(p["key"] for p in every), [p for p in every if not p["key"]]
    # the same workspace in Dutch: the Dutch words are back
    dutch = _run(capsys, "check", "--all", "--workspace", str(root))
    assert _dutch_words(dutch)


def test_every_kind_is_found_and_grouped_by_key(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    root = write_workspace(tmp_path / "ws")
    _every_kind(root)
    data = json.loads(_run(capsys, "--lang", "en", "check", "--json", "--workspace", str(root)))
    keys = {p["key"] for p in data["problems"]}
    assert {
        "ws.unknown_village_near",
        "io.not_a_number",
        "ws.duplicate_id",
        "io.not_an_age_band",
        "ws.unknown_theme_near",
        "ws.unknown_partner",
        "ws.year_order",
        "ws.missing_column",
    } <= keys, keys
    near = next(p for p in data["problems"] if p["key"] == "ws.unknown_village_near")
    assert near["fields"] == {"item": "rodn", "near": "roden"}
    assert near["message"] == "unknown village 'rodn', did you mean 'roden'?"
    dutch = json.loads(_run(capsys, "check", "--json", "--workspace", str(root)))
    near_nl = next(p for p in dutch["problems"] if p["key"] == "ws.unknown_village_near")
    assert near_nl["message"] == "onbekende kern 'rodn', bedoelt u 'roden'?"
