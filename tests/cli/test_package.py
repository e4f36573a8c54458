"""The workbook as an installed tool (issue 24): its version, ``python -m planning``, help on
a bare ``planning``, shipped files found through importlib.resources, staff's own copies of
the notebooks for an installed ``planning lab``, ``--json`` on the server commands, and a
clear message for a missing extra. The built wheel itself is run in a clean venv by
scripts/check_wheel.py (.ci/run)."""

from __future__ import annotations

import json
import socket
import subprocess
import sys
from importlib import metadata
from pathlib import Path

import pytest

import planning.cli._notebooks as notebooks
import planning.cli.lab as lab
from planning.cli import main
from planning.cli._serve import run_server
from planning.errors import PlanningError
from planning.io import resources
from planning.workspace.folder import open_workspace
from planning.workspace.housekeeping import unused_entries

ROOT = Path(__file__).resolve().parents[2]
VERSION = metadata.version("planning-workbook")


def test_version_and_python_dash_m(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as stopped:
        main(["--version"])
    assert stopped.value.code == 0 and capsys.readouterr().out.strip() == f"planning {VERSION}"
    proc = subprocess.run(
        [sys.executable, "-m", "planning", "--version"],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert proc.returncode == 0 and proc.stdout.strip() == f"planning {VERSION}", proc.stderr


def test_a_bare_planning_prints_the_help(capsys: pytest.CaptureFixture[str]) -> None:
    assert main([]) == 0
    out = capsys.readouterr().out
    assert "gebruik: planning" in out and "export" in out and "--version" in out
    assert main(["--lang", "en"]) == 0
    assert "usage: planning" in capsys.readouterr().out


def test_no_module_builds_a_path_from_its_own_file() -> None:
    """Shipped files are found through planning.io.resources (importlib.resources), which
    knows both homes: the wheel's and the checkout's."""
    found = [
        str(p.relative_to(ROOT))
        for p in (ROOT / "planning").rglob("*.py")
        if "__file__" in p.read_text(encoding="utf-8") and p.name != "resources.py"
    ]
    assert found == []
    assert resources.demo_folder() == ROOT / "data" / "demo"  # a checkout
    assert resources.notebooks_folder() == ROOT / "notebooks"
    assert (resources.package_path("report", "templates") / "plan.typ").is_file()
    assert not resources.is_installed()


def test_pyproject_ships_the_notebooks_and_the_demo_in_the_wheel() -> None:
    import tomllib

    project = tomllib.loads((ROOT / "pyproject.toml").read_text())
    included = project["tool"]["hatch"]["build"]["targets"]["wheel"]["force-include"]
    assert included["notebooks"] == f"planning/{resources.PACKAGED_NOTEBOOKS}"
    assert included["data/demo"] == f"planning/{resources.PACKAGED_DEMO}"
    assert (ROOT / "LICENSE").read_text().startswith("MIT License")
    assert project["project"]["license"] == "MIT"


@pytest.fixture
def installed(monkeypatch: pytest.MonkeyPatch) -> None:
    """As if installed from the wheel: the shipped notebooks are read-only originals."""
    monkeypatch.setattr(notebooks, "is_installed", lambda: True)
    monkeypatch.setattr(lab, "is_installed", lambda: True)


def test_an_installed_lab_works_on_staff_s_copies_never_overwritten(
    installed: None, tiny_ws: Path
) -> None:
    folder, copied = notebooks.lab_folder(tiny_ws)
    assert folder == tiny_ws / "notebooks"
    shipped = sorted(p.name for p in (ROOT / "notebooks").glob("*.ipynb"))
    assert copied == shipped and sorted(p.name for p in folder.iterdir()) == shipped
    start = folder / "00_start.ipynb"
    assert start.read_bytes() == (ROOT / "notebooks" / "00_start.ipynb").read_bytes()

    start.write_text('{"edited": "by staff"}', encoding="utf-8")
    (folder / "02_enquete.ipynb").unlink()  # how staff take the new version of one notebook
    again, copied = notebooks.lab_folder(tiny_ws)
    assert again == folder and copied == ["02_enquete.ipynb"]
    assert json.loads(start.read_text()) == {"edited": "by staff"}

    # the folder is the workbook's own: planning check does not call it unused
    assert [p for p in unused_entries(open_workspace(tiny_ws)) if "notebooks" in p.file] == []


def test_the_demo_inside_the_package_gets_its_copies_in_the_user_s_data_folder(
    installed: None, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    package = tmp_path / "site-packages" / "planning"
    demo = package / "_demo"
    demo.mkdir(parents=True)
    monkeypatch.setattr(notebooks, "package_path", lambda: package)
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    folder, _copied = notebooks.lab_folder(demo)
    assert folder.is_relative_to(tmp_path / "data") and (folder / "00_start.ipynb").is_file()
    assert list(demo.iterdir()) == []  # nothing written into the package


def test_lab_says_where_the_copies_are_and_opens_on_start_alone(
    installed: None, tiny_ws: Path, monkeypatch: pytest.MonkeyPatch, capsys
) -> None:
    started: dict = {}

    def fake_server(cmd: list[str], env: dict[str, str], **kwargs: object) -> int:
        started.update(kwargs, cmd=cmd)
        return 0

    monkeypatch.setattr(lab, "run_server", fake_server)
    assert main(["lab", "--workspace", str(tiny_ws), "--no-browser"]) == 0
    out = capsys.readouterr().out
    assert f"gekopieerd naar {tiny_ws / 'notebooks'}" in out and "overschrijft ze niet" in out
    assert f"--notebook-dir={tiny_ws / 'notebooks'}" in started["cmd"]
    assert str(started["url"]).endswith("&reset")  # whatever layout JupyterLab remembers
    assert main(["lab", "--workspace", str(tiny_ws), "--no-browser", "--json"]) == 0
    said = capsys.readouterr()
    assert said.out == "" and "blijven zoals ze zijn" in said.err  # stdout: the JSON only
    assert started["as_json"] is True


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def test_json_prints_the_url_of_a_server_once_it_answers(
    capsys: pytest.CaptureFixture[str],
) -> None:
    """``--json`` on lab, app, session and followup app: one JSON line with the URL (and
    nothing else on stdout), printed once the server answers; here a server that answers
    one request (the probe) and stops."""
    port = free_port()
    one_request = (
        "import http.server as h;"
        f"s = h.HTTPServer(('127.0.0.1', {port}), h.SimpleHTTPRequestHandler);"
        "s.handle_request()"
    )
    url = f"http://127.0.0.1:{port}/?token=geheim"
    code = run_server(
        [sys.executable, "-c", one_request],
        {},
        what="Proef",
        url=url,
        probe=f"http://127.0.0.1:{port}/",
        open_browser=False,
        as_json=True,
    )
    out, err = capsys.readouterr()
    assert code == 0
    assert json.loads(out) == {"url": url, "port": port}
    assert "Proef wordt gestart" in err


@pytest.mark.parametrize("words", [("lab",), ("app",), ("session",), ("followup", "app")])
def test_every_server_command_takes_json(words: tuple[str, ...]) -> None:
    from planning.cli import build_parser

    args = build_parser().parse_args([*words, "--json", "--no-browser"])
    assert args.json is True


def test_a_missing_extra_names_the_command_that_installs_it(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    from planning.io.sources import read_export
    from planning.store.engine import connect

    monkeypatch.setitem(sys.modules, "psycopg", None)  # as if not installed
    with pytest.raises(PlanningError) as refused:
        connect("postgresql+psycopg://planning@127.0.0.1:9/planning")
    said = str(refused.value)
    assert "PostgreSQL" in said and "pip install 'planning-workbook[postgres]'" in said
    assert "'psycopg'" in said

    monkeypatch.setitem(sys.modules, "pyreadstat", None)
    export = tmp_path / "enquete.sav"
    export.write_bytes(b"$FL2")
    with pytest.raises(PlanningError, match=r"pip install 'planning-workbook\[spss\]'"):
        read_export(export)


def test_an_installed_workbook_works_on_its_own_copy_of_the_demo(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Without --workspace an installed command must not write into the package: the
    default is a copy of the demo in the user's data folder, made once, then kept."""
    import planning.workspace.folder as folder
    import planning.workspace.housekeeping as housekeeping

    monkeypatch.delenv("PLANNING_WORKSPACE", raising=False)
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    assert folder.default_workspace() == folder.demo_path()  # a checkout: the demo itself
    monkeypatch.setattr(folder, "is_installed", lambda: True)
    monkeypatch.setattr(housekeeping, "is_installed", lambda: True)

    copy = folder.default_workspace()
    assert copy == tmp_path / "data" / "planning" / "demo"
    assert (copy / "workspace.toml").read_bytes() == (
        folder.demo_path() / "workspace.toml"
    ).read_bytes()
    assert not (copy / "store.sqlite").exists() and not (copy / "plannen").exists()
    (copy / "villages.csv").write_text("changed by staff\n", encoding="utf-8")
    assert folder.default_workspace() == copy
    assert (copy / "villages.csv").read_text() == "changed by staff\n"  # not copied again
    assert [p.name for p in copy.parent.iterdir()] == ["demo"]  # no half copy left

    (copy / "villages.csv").write_bytes((folder.demo_path() / "villages.csv").read_bytes())
    assert housekeeping.demo_leftovers(open_workspace(copy)) == []  # the demo, not leftovers
