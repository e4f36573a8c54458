"""Hostile inputs and faults, through the command: a clear message naming file, row and
column, the right exit status, and nothing changed on disk where nothing should be.

One test per class of the campaign (issue 15). Most run ``planning.cli.main`` in this
process; the file-system faults need a process of their own: a read-only folder is
a folder without write permission, run by a process of the same user (so it reads the
checkout and its venv wherever they are) that, when that user is root, has lost the
capability to override permissions (root ignores them otherwise); a full disk is a
file-size limit (RLIMIT_FSIZE, which makes a write fail with EFBIG, treated as a full disk).
"""

from __future__ import annotations

import hashlib
import json
import os
import resource
import shutil
import signal
import subprocess
import sys
import warnings
import zipfile
from pathlib import Path

import pytest

from planning.cli import main
from planning.store import engine


def snapshot(folder: Path) -> dict[str, str]:
    """Every file under ``folder`` with the hash of its bytes (the store aside: SQLite
    may tidy its own file when a process opens it, without changing what it holds)."""
    return {
        str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file() and not p.name.startswith("store.sqlite")
    }


def run(capsys: pytest.CaptureFixture[str], *words: str) -> tuple[int, str, str]:
    code = main(list(words))
    out, err = capsys.readouterr()
    return code, out, err


def forget_stores() -> None:
    """As if the next command were a new process: no store kept open."""
    for store in list(engine.OPEN.values()):
        store.dispose()
    engine.OPEN.clear()


def cli_process(*words: str, preexec: object = None) -> subprocess.CompletedProcess:
    command = [sys.executable, "-m", "planning.cli", *words]
    env = {**os.environ, "PYTHONDONTWRITEBYTECODE": "1"}
    return subprocess.run(
        command, capture_output=True, text=True, preexec_fn=preexec, env=env, timeout=300
    )


#: Linux's prctl(2) option and the capabilities (linux/capability.h) a read-only folder
#: needs gone when the tests run as root: CAP_DAC_OVERRIDE writes anywhere, CAP_FOWNER
#: changes any file's mode. CAP_DAC_READ_SEARCH stays, so the checkout is always readable.
PR_CAPBSET_DROP = 24
CAP_DAC_OVERRIDE, CAP_FOWNER = 1, 3


def respect_permissions() -> None:
    """In the child before it runs the command: as root, drop the capabilities that ignore
    a folder's permissions from the bounding set, so the command (after exec) has them not.
    A user other than root respects permissions anyway."""
    if os.geteuid() != 0:
        return
    import ctypes

    libc = ctypes.CDLL(None, use_errno=True)
    for capability in (CAP_DAC_OVERRIDE, CAP_FOWNER):
        if libc.prctl(PR_CAPBSET_DROP, capability, 0, 0, 0) != 0:
            raise OSError(ctypes.get_errno(), "prctl(PR_CAPBSET_DROP)")


def make_read_only(folder: Path, writable: bool = False) -> None:
    """Every folder and file under ``folder`` without (or, ``writable``, with) write
    permission for anyone."""
    for path in [folder, *folder.rglob("*")]:
        if path.is_dir():
            path.chmod(0o755 if writable else 0o555)
        else:
            path.chmod(0o644 if writable else 0o444)


def test_file_system_faults_are_messages_and_leave_nothing_behind(
    demo_ws: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # `planning demo` onto a file
    a_file = tmp_path / "a-file"
    a_file.write_text("x")
    code, _out, err = run(capsys, "demo", str(a_file))
    assert code == 2 and str(a_file) in err and "geen map" in err
    assert a_file.read_text() == "x"

    # a full disk while writing a plan: a file-size limit makes the write fail
    assert run(capsys, "match", "counts", "--workspace", str(demo_ws))[0] == 0  # the store
    before = snapshot(demo_ws)

    def small_files() -> None:
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        resource.setrlimit(resource.RLIMIT_FSIZE, (50_000, 50_000))

    proc = cli_process(
        "export", "--village", "roden", "--workspace", str(demo_ws), preexec=small_files
    )
    assert proc.returncode == 2, proc.stderr
    assert "Traceback" not in proc.stderr
    assert "dorpsplan-roden.pdf" in proc.stderr and "de schijf is vol" in proc.stderr
    after = snapshot(demo_ws)
    assert after == before  # no plan, and no temporary file beside it
    assert not list((demo_ws / "plannen").glob(".*")) if (demo_ws / "plannen").exists() else True


@pytest.mark.skipif(sys.platform != "linux", reason="prctl and /proc are Linux's")
def test_read_only_workspace_is_a_message(tmp_path: Path) -> None:
    from planning.cli.demo import write_demo

    ws = write_demo(tmp_path / "ws")
    make_read_only(ws)
    try:
        # the condition itself, checked first: this process cannot write into the folder
        probe = subprocess.run(
            [sys.executable, "-c", f"open({str(ws / 'probe.txt')!r}, 'w')"],
            capture_output=True,
            text=True,
            preexec_fn=respect_permissions,
            timeout=60,
        )
        assert probe.returncode != 0 and "PermissionError" in probe.stderr, probe.stderr
        before = snapshot(ws)
        for words in (
            ("export", "--village", "roden"),
            ("survey", "import", str(ws / "survey" / "raw" / "papieren_formulieren_2026.csv")),
        ):
            proc = cli_process(*words, "--workspace", str(ws), preexec=respect_permissions)
            assert proc.returncode == 2, proc.stderr
            assert "Traceback" not in proc.stderr
            assert "kan hier niet schrijven" in proc.stderr and str(ws) in proc.stderr
        assert snapshot(ws) == before
    finally:
        make_read_only(ws, writable=True)  # so pytest can remove it, also as another user


def test_rows_that_are_not_text_are_refused_at_the_row(
    demo_ws: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # a NUL byte far past the first 4 KB of population.csv
    population = demo_ws / "population.csv"
    data = population.read_bytes()
    cut = data.index(b"\n", 6000) + 1
    row = data[:cut].count(b"\n") + 1
    population.write_bytes(data[:cut] + b"ro\x00den" + data[cut + 5 :])
    code, _out, err = run(capsys, "check", "--workspace", str(demo_ws))
    assert code == 2
    assert f"population.csv: rij {row}:" in err and "NUL" in err
    population.write_bytes(data)

    # rows of UTF-8 and one of cp1252 in one file: the odd row is named, nothing stored
    facilities = demo_ws / "facilities.csv"
    lines = facilities.read_bytes().split(b"\n")
    lines[3] = lines[3].replace(b",", b",Caf\xe9 ", 1)  # row 4, cp1252
    lines[4] = lines[4].replace(b",", b",Caf\xc3\xa9 ", 1)  # UTF-8
    lines[6] = lines[6].replace(b",", b",Caf\xc3\xa9 ", 1)
    facilities.write_bytes(b"\n".join(lines))
    code, out, _err = run(capsys, "check", "--workspace", str(demo_ws), "--json")
    report = json.loads(out)
    assert code == 2
    assert [(p["file"], p["row"]) for p in report["problems"]] == [("facilities.csv", 4)]
    assert "cp1252" in report["problems"][0]["message"]

    # the survey import refuses a NUL past 4 KB at its row and writes nothing
    export = demo_ws / "survey" / "raw" / "papieren_formulieren_2026.csv"
    raw = export.read_bytes()
    at = raw.index(b"\n", 9000) + 1
    export.write_bytes(raw[:at] + b"\x00" + raw[at:])
    before = snapshot(demo_ws / "survey")
    code, _out, err = run(capsys, "survey", "import", str(export), "--workspace", str(demo_ws))
    nul_row = raw[:at].count(b"\n") + 1
    assert code == 2 and f"rij {nul_row}" in err and "NUL" in err
    assert snapshot(demo_ws / "survey") == before


def test_numbers_must_be_finite(demo_ws: Path, capsys: pytest.CaptureFixture[str]) -> None:
    scenario = demo_ws / "scenarios" / "roden--basis.toml"
    text = scenario.read_text(encoding="utf-8")
    assert "[[actions]]" in text
    bad = demo_ws / "inf.toml"
    assert "yearly_cost = 2000\n" in text
    changed = text.replace('name = "Basis"', 'name = "Oneindig"')
    bad.write_text(changed.replace("yearly_cost = 2000\n", "yearly_cost = inf\n", 1), "utf-8")
    code, _out, err = run(capsys, "scenario", "import", str(bad), "--workspace", str(demo_ws))
    assert code == 2 and "yearly_cost" in err and "eindig getal" in err
    assert "Traceback" not in err

    settings = demo_ws / "workspace.toml"
    settings.write_text(
        settings.read_text(encoding="utf-8").replace("walk_m = 800\n", "walk_m = nan\n", 1),
        encoding="utf-8",
    )
    code, _out, err = run(capsys, "check", "--workspace", str(demo_ws))
    assert code == 2 and "walk_m" in err and "eindig getal" in err


def test_silent_changes_are_problems(demo_ws: Path, capsys: pytest.CaptureFixture[str]) -> None:
    # a village missing three age bands; a village id that differs only in case
    population = demo_ws / "population.csv"
    lines = population.read_text(encoding="utf-8").splitlines()
    gone = ("alteveer,2021,70-74,", "alteveer,2021,75-79,", "alteveer,2021,80-84,")
    first = next(i for i, line in enumerate(lines) if line.startswith("alteveer,")) + 1
    population.write_text(
        "\n".join(line for line in lines if not line.startswith(gone)) + "\n", encoding="utf-8"
    )
    villages = demo_ws / "villages.csv"
    rows = villages.read_text(encoding="utf-8").splitlines()
    twin = next(r for r in rows if r.startswith("roden,")).replace(
        "roden,Roden", "Roden,Roden-Oost"
    )
    villages.write_text("\n".join([*rows, twin]) + "\n", encoding="utf-8")
    # a duplicate observation and a match for a village the workspace lacks
    observations = demo_ws / "monitoring" / "waarnemingen.csv"
    obs = observations.read_text(encoding="utf-8").splitlines()
    observations.write_text("\n".join([*obs, obs[1]]) + "\n", encoding="utf-8")
    matches = demo_ws / "matches" / "matches.csv"
    with matches.open("a", encoding="utf-8") as handle:
        handle.write("atlantis,youth,jeugdfonds-sport-cultuur,2026-01-05,accepted,12\n")

    code, out, _err = run(capsys, "check", "--workspace", str(demo_ws), "--json")
    assert code == 1
    found = {(p["file"], p["row"], p["column"]): p for p in json.loads(out)["problems"]}
    band = found[("population.csv", first, "age_band")]
    assert band["value"] == "70-74, 75-79, 80-84" and "alteveer" in band["message"]
    assert "staat al in rij" in found[("villages.csv", len(rows) + 1, "village_id")]["message"]
    assert (
        "staat al in rij 2"
        in found[("monitoring/waarnemingen.csv", len(obs) + 1, "period")]["message"]
    )
    assert "atlantis" in found[("matches/matches.csv", 162, "village_id")]["message"]


def test_no_figures_from_a_failing_workspace_unless_forced(
    demo_ws: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    population = demo_ws / "population.csv"
    lines = population.read_text(encoding="utf-8").splitlines()
    lines[15] = lines[15].rsplit(",", 1)[0] + ",-15"  # row 16: negative inhabitants
    population.write_text("\n".join(lines) + "\n", encoding="utf-8")
    before = snapshot(demo_ws)
    for command in ("needs", "gaps", "access", "population"):
        code, out, err = run(capsys, command, "--village", "roden", "--workspace", str(demo_ws))
        assert code == 1, command
        assert "--ondanks-fouten" in err and "population.csv, rij 16, kolom 'inhabitants'" in err
        assert out == ""
    code, _out, err = run(capsys, "export", "--all", "--workspace", str(demo_ws))
    assert code == 1 and "rij 16" in err
    assert snapshot(demo_ws) == before

    code, out, _err = run(
        capsys, "export", "--village", "roden", "--ondanks-fouten", "--workspace", str(demo_ws)
    )
    assert code == 0
    pdf = demo_ws / "plannen" / "dorpsplan-roden.pdf"
    cover = subprocess.run(
        ["pdftotext", "-f", "1", "-l", "1", str(pdf), "-"], capture_output=True, text=True
    ).stdout
    assert "Gemaakt ondanks problemen in de werkmap (aantal: 1" in " ".join(cover.split())


def test_plan_names_two_villages_share_are_refused_before_writing(
    demo_ws: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    villages = demo_ws / "villages.csv"
    rows = villages.read_text(encoding="utf-8").splitlines()
    twin = next(r for r in rows if r.startswith("roden,")).replace(
        "roden,Roden", "roden!,Roden-Oost"
    )
    villages.write_text("\n".join([*rows, twin]) + "\n", encoding="utf-8")
    population = demo_ws / "population.csv"
    pop = population.read_text(encoding="utf-8").splitlines()
    extra = [line.replace("roden,", "roden!,", 1) for line in pop if line.startswith("roden,")]
    population.write_text("\n".join([*pop, *extra]) + "\n", encoding="utf-8")
    code, _out, err = run(capsys, "export", "--all", "--workspace", str(demo_ws))
    assert code == 2
    assert "'roden', 'roden!'" in err and "dorpsplan-roden.pdf" in err
    assert not (demo_ws / "plannen").exists()


def test_store_seeding_never_hides_the_folder(
    demo_ws: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = len((demo_ws / "matches" / "matches.csv").read_text(encoding="utf-8").splitlines()) - 1
    record = (
        "match", "record", "--village", "roden", "--theme", "meeting",
        "--provision", "jeugdfonds-sport-cultuur", "--workspace",
    )  # fmt: skip

    def total(ws: Path) -> int:
        forget_stores()
        code, out, _err = run(capsys, "match", "counts", "--json", "--workspace", str(ws))
        assert code == 0
        return sum(row["matches"] for row in json.loads(out))

    # the folder first, then staff record one
    forget_stores()
    assert run(capsys, *record, str(demo_ws))[0] == 0
    assert total(demo_ws) == folder + 1
    assert total(demo_ws) == folder + 1  # opened again: nothing added twice

    # the store first (the folder came later), then the folder: merged the same way
    other = tmp_path / "other"
    shutil.copytree(demo_ws, other, ignore=shutil.ignore_patterns("store.sqlite*"))
    shutil.move(other / "matches", tmp_path / "matches-later")
    forget_stores()
    assert run(capsys, *record, str(other))[0] == 0
    assert total(other) == 1
    shutil.move(tmp_path / "matches-later", other / "matches")
    assert total(other) == folder + 1
    forget_stores()


def test_long_rows_and_huge_workbooks(demo_ws: Path, capsys: pytest.CaptureFixture[str]) -> None:
    facilities = demo_ws / "facilities.csv"
    lines = facilities.read_text(encoding="utf-8").split("\n")
    lines[5] += ",x" * 10_000  # row 6
    facilities.write_text("\n".join(lines), encoding="utf-8")
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # no pandas warning either
        code, out, _err = run(capsys, "check", "--workspace", str(demo_ws), "--json")
    problems = json.loads(out)["problems"]
    assert code == 1
    assert [(p["file"], p["row"]) for p in problems] == [("facilities.csv", 6)]
    assert "10.000 cellen meer dan de kopregel" in problems[0]["message"]
    facilities.write_text("\n".join(lines[:5] + lines[6:]), encoding="utf-8")

    # an .xlsx whose sheet unpacks to more than the limit: refused before it is parsed
    facilities.unlink()
    book = demo_ws / "facilities.xlsx"
    with zipfile.ZipFile(book, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        with archive.open("xl/worksheets/sheet1.xml", "w", force_zip64=True) as sheet:
            block = b" " * (1 << 20)
            for _ in range(205):
                sheet.write(block)
    assert book.stat().st_size < 2_000_000
    code, _out, err = run(capsys, "check", "--workspace", str(demo_ws))
    assert code == 2 and "facilities.xlsx" in err and "200 MB" in err


def test_the_same_export_under_another_name_counts_once(
    demo_ws: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    raw = demo_ws / "survey" / "raw"
    original = raw / "papieren_formulieren_2026.csv"
    copy = raw / "export (1).csv"
    shutil.copy(original, copy)
    shutil.copy(raw / f"{original.name}.mapping.toml", raw / f"{copy.name}.mapping.toml")
    responses = demo_ws / "survey" / "responses.csv"
    before = responses.read_bytes()
    code, out, _err = run(
        capsys, "survey", "import", str(copy), "--workspace", str(demo_ws), "--json"
    )
    result = json.loads(out)
    assert result["accepted"] == 0
    assert result["already_imported"] + result["rejected"] == result["rows"]
    assert responses.read_bytes() == before
    assert code == 1  # the two rows the original import also rejected


def test_started_from_a_removed_folder_says_so(demo_ws: Path, tmp_path: Path) -> None:
    """A command started in a folder removed since: the folder is named as the fault."""
    gone = tmp_path / "weg"
    gone.mkdir()
    out = tmp_path / "plannen"
    script = (
        f'cd "{gone}" && rmdir "{gone}" && exec "{sys.executable}" -m planning.cli export '
        f'--all --workers 2 --out "{out}" --workspace "{demo_ws}"'
    )
    env = {**os.environ, "PYTHONDONTWRITEBYTECODE": "1"}
    proc = subprocess.run(["sh", "-c", script], capture_output=True, text=True, env=env)
    assert proc.returncode == 2, proc.stderr
    assert "Traceback" not in proc.stderr
    assert "de map waarin het commando werd gestart bestaat niet meer" in proc.stderr
    assert "?" not in proc.stderr.splitlines()[-1]
