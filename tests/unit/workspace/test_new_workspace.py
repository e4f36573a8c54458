"""planning new's workspace: any municipality by the name people write, totals as CBS counts."""

from __future__ import annotations

import csv
import gzip
import tomllib
from collections import defaultdict
from importlib import resources
from pathlib import Path

import pytest

from planning.analysis.population import Assumptions
from planning.analysis.rates import NET_MIGRATION_SOURCE, cbs_net_migration
from planning.errors import WorkspaceError
from planning.i18n import fmt_pct
from planning.workspace.folder import open_workspace
from planning.workspace.reference.municipalities import (
    DATA_FILE,
    municipality_names,
    resolve_municipality,
)
from planning.workspace.reference.scaffold import EMPTY_TABLES, Migration, write_new_workspace
from planning.workspace.schemas import TABLES


def cbs_sums() -> dict[str, int]:
    """Inhabitants per municipality straight from the packaged CBS rows: the sum of every
    age band of every postcode, read with the csv module, not with the code under test."""
    sums: dict[str, int] = defaultdict(int)
    data = resources.files("planning.workspace.reference").joinpath("data", DATA_FILE).read_bytes()
    rows = csv.DictReader(gzip.decompress(data).decode("utf-8").splitlines())
    for row in rows:
        sums[row["gemeente"]] += sum(int(v) for k, v in row.items() if k.startswith("a"))
    return dict(sums)


@pytest.mark.parametrize(
    ("written", "meant"),
    [
        ("'s-Hertogenbosch", "'s-Hertogenbosch"),
        ("’s-hertogenbosch", "'s-Hertogenbosch"),
        ("Den Bosch", "'s-Hertogenbosch"),
        ("Súdwest-Fryslân", "Súdwest-Fryslân"),
        ("sudwest fryslan", "Súdwest-Fryslân"),
        ("AA EN HUNZE", "Aa en Hunze"),
        ("Bergen (NH)", "Bergen (NH.)"),
        ("bergen l", "Bergen (L.)"),
    ],
)
def test_names_as_people_write_them(written: str, meant: str) -> None:
    assert resolve_municipality(written) == meant


def test_ambiguous_name_lists_the_candidates() -> None:
    with pytest.raises(WorkspaceError) as exc:
        resolve_municipality("Bergen")
    assert "Bergen (L.)" in str(exc.value) and "Bergen (NH.)" in str(exc.value)


def test_misspelt_name_gets_a_suggestion() -> None:
    with pytest.raises(WorkspaceError, match="bedoelt u: Noordenveld"):
        resolve_municipality("Noordeveld")
    with pytest.raises(WorkspaceError, match="onbekende gemeente 'Atlantis'"):
        resolve_municipality("Atlantis")


def _check_one(root: Path, municipality: str, expected: int) -> None:
    made = write_new_workspace(root, municipality)
    ws = open_workspace(root)
    assert ws.ok, (municipality, [str(p) for p in ws.problems[:3]])
    assert int(ws.inhabitants().sum()) == expected == made.inhabitants, municipality
    assert set(ws.villages["municipality"]) == {municipality}
    assert (ws.inhabitants() > 0).all(), municipality


@pytest.mark.parametrize("municipality", ["Aa en Hunze", "'s-Hertogenbosch", "Súdwest-Fryslân"])
def test_a_new_workspace_counts_what_cbs_counts(tmp_path: Path, municipality: str) -> None:
    _check_one(tmp_path / "ws", municipality, cbs_sums()[municipality])


def test_every_municipality_in_the_table(tmp_path: Path) -> None:
    """Every municipality: population.csv, read back with csv, sums to the CBS rows."""
    sums = cbs_sums()
    names = municipality_names()
    assert len(names) == len(sums) > 340
    for i, municipality in enumerate(names):
        made = write_new_workspace(tmp_path / str(i), municipality)
        with open(tmp_path / str(i) / "population.csv", encoding="utf-8") as f:
            written = sum(int(row["inhabitants"]) for row in csv.DictReader(f))
        with open(tmp_path / str(i) / "villages.csv", encoding="utf-8") as f:
            ids = [row["village_id"] for row in csv.DictReader(f)]
        assert written == made.inhabitants == sums[municipality], municipality
        assert len(ids) == len({i.lower() for i in ids}) == made.villages > 0, municipality


@pytest.mark.slow
def test_every_municipality_opens_clean(tmp_path: Path) -> None:
    sums = cbs_sums()
    for i, municipality in enumerate(municipality_names()):
        _check_one(tmp_path / str(i), municipality, sums[municipality])


def test_empty_headers_are_the_schema_columns() -> None:
    assert {
        name: tuple(c.name for c in TABLES[name].columns) for name in EMPTY_TABLES
    } == EMPTY_TABLES
    assert set(EMPTY_TABLES) == {"facilities", "provisions", "partners", "commitments"}


def test_migration_is_stated_and_used(tmp_path: Path) -> None:
    root = tmp_path / "ws"
    rate = cbs_net_migration("Aa en Hunze")
    assert rate is not None
    write_new_workspace(root, "Aa en Hunze", migration=Migration(rate, NET_MIGRATION_SOURCE))
    toml_text = (root / "workspace.toml").read_text(encoding="utf-8")
    assert fmt_pct(rate, 2) in toml_text
    assert tomllib.loads(toml_text)["sources"]["migration"] == NET_MIGRATION_SOURCE
    assert fmt_pct(rate, 2) in (root / "README.md").read_text(encoding="utf-8")
    ws = open_workspace(root)
    assumptions = Assumptions.from_settings(ws.settings.projection)
    assert assumptions.net_migration_rate is None  # the CBS rate comes via the municipality
    # the workbook's README quotes this figure in "Your own municipality"
    readme = (Path(__file__).parents[3] / "README.md").read_text(encoding="utf-8")
    assert f"Aa en Hunze +{fmt_pct(rate, 2)} a year" in readme


def test_folder_is_clean_and_says_where_it_came_from(tmp_path: Path) -> None:
    root = tmp_path / "gieten"
    write_new_workspace(root, "Aa en Hunze", base_year=2026)
    names = sorted(p.name for p in root.iterdir())
    assert names == [
        "README.md",
        "commitments.csv",
        "facilities.csv",
        "partners.csv",
        "population.csv",
        "provisions.csv",
        "villages.csv",
        "workspace.toml",
    ]
    settings = tomllib.loads((root / "workspace.toml").read_text(encoding="utf-8"))
    assert settings["generated"] is False
    assert settings["municipality"] == "Aa en Hunze"
    assert all(line.startswith("Bron: CBS") for line in settings["sources"].values())
    for empty in ("facilities", "provisions", "partners", "commitments"):
        lines = (root / f"{empty}.csv").read_text(encoding="utf-8").splitlines()
        assert lines == [",".join(c.name for c in TABLES[empty].columns)]
    readme = (root / "README.md").read_text(encoding="utf-8")
    for name in names:
        if name != "README.md":
            assert f"`{name}`" in readme
    everything = " ".join(p.read_text(encoding="utf-8") for p in root.iterdir()).lower()
    assert "demo" not in everything and "noordenveld" not in everything


def test_migration_rates_slot_in(tmp_path: Path) -> None:
    root = tmp_path / "ws"
    write_new_workspace(root, "Aa en Hunze", net_migration={"gieten": 0.004, "rolde": -0.001})
    ws = open_workspace(root)
    assert ws.ok
    assert ws.settings.projection.net_migration == {"gieten": 0.004, "rolde": -0.001}


def test_a_folder_with_files_is_left_alone(tmp_path: Path) -> None:
    (tmp_path / "mine.txt").write_text("van mij", encoding="utf-8")
    with pytest.raises(WorkspaceError, match="niet leeg"):
        write_new_workspace(tmp_path, "Aa en Hunze")
    assert [p.name for p in tmp_path.iterdir()] == ["mine.txt"]


def test_an_empty_folder_is_used(tmp_path: Path) -> None:
    (tmp_path / "ws").mkdir()
    write_new_workspace(tmp_path / "ws", "Aa en Hunze")
    assert (tmp_path / "ws" / "workspace.toml").is_file()
    assert [p.name for p in tmp_path.iterdir()] == ["ws"]


def test_villages_without_a_centroid_are_named_not_hidden(tmp_path: Path) -> None:
    made = write_new_workspace(tmp_path / "ws", "Groningen")
    assert "Meerstad" in made.estimated_places
    readme = (tmp_path / "ws" / "README.md").read_text(encoding="utf-8")
    assert "- Meerstad" in readme and "Nog na te kijken" in readme
