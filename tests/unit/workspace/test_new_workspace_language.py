"""planning new writes its README and workspace.toml comments in the chosen language.

The Dutch files are held byte for byte to what the command wrote before its texts moved
into templates and the catalogue (new_workspace_golden/, captured from that code), with
and without the places still to be checked and with and without a migration rate.
"""

from __future__ import annotations

import datetime as dt
import re
import tomllib
from pathlib import Path

import pytest

from planning.i18n import text
from planning.workspace.folder import open_workspace
from planning.workspace.reference.scaffold import Migration, write_new_workspace

GOLDEN = Path(__file__).parent / "new_workspace_golden"
TODAY = dt.date(2026, 3, 14)

#: case -> municipality, migration rate, per-village rates
CASES: dict[str, tuple[str, float | None, dict[str, float] | None]] = {
    "aa-en-hunze": ("Aa en Hunze", None, None),
    "aa-en-hunze-migration": ("Aa en Hunze", 0.00423, {"gieten": 0.004, "rolde": -0.001}),
    "groningen": ("Groningen", None, None),
    "groningen-migration": ("Groningen", -0.0125, None),
}


def _write(root: Path, case: str, lang: str) -> Path:
    municipality, rate, per_village = CASES[case]
    migration = None if rate is None else Migration(rate, text("source.migration", lang))
    write_new_workspace(
        root,
        municipality,
        base_year=2026,
        migration=migration,
        net_migration=per_village,
        lang=lang,
        today=TODAY,
    )
    return root


@pytest.mark.parametrize("case", sorted(CASES))
def test_dutch_files_are_as_before(tmp_path: Path, case: str) -> None:
    root = _write(tmp_path / "ws", case, "nl")
    for name in ("README.md", "workspace.toml"):
        assert (root / name).read_bytes() == (GOLDEN / case / f"{name}.golden").read_bytes(), name


#: words an English reader would stumble over: Dutch sentences, not the Dutch column
#: names and the CBS table titles the README quotes on purpose
DUTCH = re.compile(
    r"\b(de|het|een|nog|niet|kernen|werkmap|bestanden|inwoners|gemeente|bron|prognose|"
    r"jaar|voor|van|naar|zonder|bijvoorbeeld)\b",
    re.IGNORECASE,
)


@pytest.mark.parametrize("case", ["groningen-migration", "aa-en-hunze"])
def test_english_files_speak_english(tmp_path: Path, case: str) -> None:
    root = _write(tmp_path / "ws", case, "en")
    readme = (root / "README.md").read_text(encoding="utf-8")
    toml_text = (root / "workspace.toml").read_text(encoding="utf-8")
    comments = "\n".join(line for line in toml_text.splitlines() if line.startswith("#"))
    assert readme.startswith(f"# Workspace {CASES[case][0]}\n")
    assert "Made with `planning new` on 2026-03-14." in readme
    # the README quotes Dutch column names and a Dutch theme label as examples: not prose
    prose = re.sub(r"`[^`]*`", "", readme)
    assert not DUTCH.findall(prose), DUTCH.findall(prose)
    assert not DUTCH.findall(comments), DUTCH.findall(comments)
    settings = tomllib.loads(toml_text)
    assert settings["lang"] == "en"
    assert settings["name"] == f"Municipality of {CASES[case][0]}"
    assert all(line.startswith("Source: CBS") for line in settings["sources"].values())
    if CASES[case][1] is not None:
        assert "## Migration in the projection" in readme and "-1.25%" in readme
        assert "# Migration in the projection: -1.25% a year for every village," in comments
        assert "## Still to be checked" in readme and "- Meerstad" in readme
    else:
        assert "No CBS net migration could be derived" in readme
        assert "## Still to be checked" not in readme


def test_an_english_workspace_opens_clean_in_english(tmp_path: Path) -> None:
    root = _write(tmp_path / "ws", "aa-en-hunze-migration", "en")
    ws = open_workspace(root)
    assert ws.ok, [str(p) for p in ws.problems[:3]]
    assert ws.settings.lang == "en"
    assert ws.settings.projection.net_migration == {"gieten": 0.004, "rolde": -0.001}


def test_the_command_writes_in_the_language_asked(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """`planning new --lang en`: the README, the comments and the CBS migration source in
    English; without --lang the Dutch of before."""
    from planning.cli import main

    monkeypatch.delenv("PLANNING_WORKSPACE", raising=False)
    assert main(["new", str(tmp_path / "en"), "--gemeente", "Aa en Hunze", "--lang", "en"]) == 0
    assert main(["new", str(tmp_path / "nl"), "--gemeente", "Aa en Hunze"]) == 0
    capsys.readouterr()
    english = tomllib.loads((tmp_path / "en" / "workspace.toml").read_text(encoding="utf-8"))
    dutch = tomllib.loads((tmp_path / "nl" / "workspace.toml").read_text(encoding="utf-8"))
    assert english["sources"]["migration"] == text("source.migration", "en")
    assert dutch["sources"]["migration"] == text("source.migration", "nl")
    assert (english["lang"], dutch["lang"]) == ("en", "nl")
    assert (tmp_path / "en" / "README.md").read_text(encoding="utf-8").startswith("# Workspace")
    assert (tmp_path / "nl" / "README.md").read_text(encoding="utf-8").startswith("# Werkmap")
