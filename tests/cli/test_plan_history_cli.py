"""Plan 2 knows plan 1, through the command: a state recorded with `planning plan state`
appears in Diever's plan under "Wat is er terechtgekomen van het vorige plan"; --since;
a kern's first plan has no such section."""

from __future__ import annotations

import json
import subprocess
import sys
import tomllib
from pathlib import Path

from pypdf import PdfReader


def planning(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "planning.cli", *args], capture_output=True, text=True, check=False
    )


def pdf_words(path: Path) -> str:
    """The PDF's text through pypdf, hyphenation and line breaks undone."""
    raw = "\n".join(page.extract_text() or "" for page in PdfReader(path).pages)
    return " ".join(raw.replace("\u00ad\n", "").replace("-\n", "").replace("\u00ad", "").split())


def section(text: str) -> str:
    start = text.index("Wat is er terechtgekomen van het vorige plan", text.index("Samenvatting"))
    return text[start : text.index("De kern", start)]


def test_state_from_the_command_appears_in_the_next_plan(demo_ws: Path, tmp_path: Path) -> None:
    ws = ["--workspace", str(demo_ws)]
    earlier = tomllib.loads((demo_ws / "eerdere-plannen" / "diever-2023.toml").read_text())
    action = "Mantelzorgcafé één keer per maand"
    refused = planning(
        "plan", "state", *ws, "--village", "diever", "--action", "Mantelzorg", "--state", "done"
    )
    assert (
        refused.returncode == 2 and action in refused.stderr and "Traceback" not in refused.stderr
    )
    said = planning(
        "plan", "stand", *ws, "--village", "diever", "--action", action, "--state", "gestopt"
    )
    assert said.returncode == 0, said.stderr
    assert "nu: gestopt" in said.stdout
    made = planning("export", *ws, "--village", "diever", "--out", str(tmp_path), "--json")
    assert made.returncode == 0, made.stderr
    text = section(pdf_words(Path(json.loads(made.stdout)["files"][0])))
    assert "dorpsplan 1 van 15 juni 2023" in text and "gegenereerd" in text
    # the hand count: the file's states with the one recorded by the command on top
    states = {a["title"]: a["state"] for a in earlier["actions"]}
    states[action] = "stopped"
    states |= {c["commitment_id"]: c["state"] for c in earlier["commitments"]}
    count = {
        s: list(states.values()).count(s) for s in ("done", "running", "stopped", "not_started")
    }
    assert (
        f"Van de {len(states)} acties en afspraken: {count['done']} uitgevoerd, "
        f"{count['running']} lopen nog, {count['stopped']} gestopt, "
        f"{count['not_started']} niet begonnen, 0 zonder vastgelegde stand." in text
    )
    assert f"{action} Thuiszorgorganisatie (regionaal) vanaf 2025 gestopt" in text
    for title in states:
        if not title.startswith("c0"):
            assert title in text
    assert "Indicatoren sinds 15 juni 2023" in text
    # the export itself is recorded: plan 2 of Diever, made from the chosen scenario
    listed = json.loads(planning("plan", "list", *ws, "--village", "diever", "--json").stdout)
    assert [p["plan"] for p in listed] == [1, 2]
    assert listed[1]["scenario"] == "Samen met de kerk en de sportclub"
    assert listed[1]["survey_round"] == "2026" and listed[1]["generated"]  # the demo is
    assert listed[1]["population_source"].startswith("Bron: CBS")


def test_since_names_the_plan(demo_ws: Path, tmp_path: Path) -> None:
    ws = ["--workspace", str(demo_ws)]
    missing = planning("export", *ws, "--village", "diever", "--since", "7", "--out", str(tmp_path))
    assert missing.returncode == 2 and "geen dorpsplan 7" in missing.stderr
    chosen = planning(
        "export", *ws, "--village", "diever", "--since", "1", "--out", str(tmp_path), "--json"
    )
    assert chosen.returncode == 0, chosen.stderr
    assert "dorpsplan 1 van 15 juni 2023" in section(
        pdf_words(Path(json.loads(chosen.stdout)["files"][0]))
    )


def test_a_first_plan_has_no_such_section(demo_ws: Path) -> None:
    from planning.plan.build import build_plan
    from planning.report.payload import to_payload

    keys = [s["key"] for s in to_payload(build_plan(demo_ws, "roden"))["sections"]]
    assert "earlier" not in keys and keys[:2] == ["summary", "village"]
    keys = [s["key"] for s in to_payload(build_plan(demo_ws, "diever"))["sections"]]
    assert keys[:3] == ["summary", "earlier", "village"]
