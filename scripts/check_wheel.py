"""Build the wheel and use it as a user would: a fresh virtual environment holding only the
wheel (and what it declares), run from a folder outside the checkout.

    python scripts/check_wheel.py [--keep]

Steps, each timed: ``uv build`` (the sdist, and the wheel from it); ``uv venv`` and ``uv pip install`` of the wheel
(the versions of uv.lock as constraints, so the check is about the wheel, not about a
release of a dependency that appeared today); ``planning --version`` and ``python -m
planning --version``; ``planning demo DIR``; ``planning check``; ``planning export`` of one
village (a PDF); a store URL for PostgreSQL without the ``postgres`` extra (one Dutch
sentence naming the pip command); ``planning lab --json`` (staff's copies of the notebooks
made beside the workspace, JupyterLab answering) and ``planning app --json`` (Voila
answering with the workbook's menu), each stopped again. HOME, the caches and the Jupyter
folders point into the temporary folder, so nothing of the machine's user leaks in and
nothing is left behind. Exit status 0 when every step did what it should; the first
failing step is named with its output. Run by .ci/run.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
import tomllib
import urllib.request
import zipfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
#: a step that takes longer than this has hung (a first server start on a busy machine
#: takes well under a minute)
STEP_TIMEOUT = 240
VILLAGE = "roden"


class Failed(Exception):
    """A step did not do what it should; the message says which and shows its output."""


def run(cmd: list[str], *, env: dict[str, str], cwd: Path, expect: int = 0) -> str:
    """Run ``cmd``; its stdout, or Failed with everything it said."""
    proc = subprocess.run(
        cmd, env=env, cwd=cwd, capture_output=True, text=True, timeout=STEP_TIMEOUT
    )
    if proc.returncode != expect:
        raise Failed(
            f"{' '.join(cmd)}: exit {proc.returncode}, expected {expect}\n"
            f"--- stdout\n{proc.stdout}\n--- stderr\n{proc.stderr}"
        )
    return proc.stdout + proc.stderr if expect else proc.stdout


@contextmanager
def server(cmd: list[str], *, env: dict[str, str], cwd: Path) -> Iterator[dict]:
    """Start a server command with --json; yield the JSON line it prints once it answers;
    stop it (its whole process group: the server and its kernels) afterwards."""
    log = cwd / f"{Path(cmd[0]).name}-{cmd[1]}.log"
    with log.open("w") as err:
        proc = subprocess.Popen(
            [*cmd, "--json", "--no-browser"],
            env=env,
            cwd=cwd,
            stdout=subprocess.PIPE,
            stderr=err,
            text=True,
            start_new_session=True,
        )
        try:
            assert proc.stdout is not None
            line = proc.stdout.readline()  # printed only once the server answers
            if not line:
                proc.wait(timeout=30)
                raise Failed(f"{' '.join(cmd)}: no URL (exit {proc.returncode})\n{log.read_text()}")
            yield json.loads(line)
        finally:
            if proc.poll() is None:
                os.killpg(proc.pid, signal.SIGTERM)
                try:
                    proc.wait(timeout=30)
                except subprocess.TimeoutExpired:
                    os.killpg(proc.pid, signal.SIGKILL)
                    proc.wait()
            if proc.stdout:
                proc.stdout.close()


def fetch(url: str) -> str:
    with urllib.request.urlopen(url, timeout=60) as response:
        return response.read().decode("utf-8", errors="replace")


def check(tmp: Path, timings: list[tuple[str, float]]) -> None:
    def step(name: str) -> None:
        timings.append((name, time.monotonic()))
        print(f"-- {name}", flush=True)

    uv = shutil.which("uv")
    if uv is None:
        raise Failed("uv is not on PATH (pip install uv)")
    version = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["version"]
    home, elsewhere = tmp / "home", tmp / "elsewhere"
    home.mkdir()
    elsewhere.mkdir()  # every planning command runs here, far from the checkout
    build_env = {**os.environ}
    build_env.pop("VIRTUAL_ENV", None)

    step("uv build (the wheel made from the sdist)")
    # through the sdist, which leaves out what git ignores: force-include would otherwise
    # ship a store.sqlite or .ipynb_checkpoints lying in data/demo or notebooks/
    run([uv, "build", "--out-dir", str(tmp / "dist")], env=build_env, cwd=ROOT)
    [wheel] = (tmp / "dist").glob("planning_workbook-*.whl")
    with zipfile.ZipFile(wheel) as archive:
        names = set(archive.namelist())
    wanted = {f"planning/_notebooks/{p.name}" for p in (ROOT / "notebooks").glob("*.ipynb")}
    wanted |= {"planning/_demo/workspace.toml", "planning/report/templates/plan.typ"}
    stray = {n for n in names if "store.sqlite" in n or "checkpoint" in n}
    if wanted - names or stray:
        raise Failed(f"the wheel lacks {sorted(wanted - names)} or holds {sorted(stray)}")

    step("uv venv + uv pip install the wheel")
    locked = tmp / "locked.txt"
    run(
        [uv, "export", "--frozen", "--no-dev", "--no-emit-project", "--no-hashes",
         "--all-extras", "--output-file", str(locked)],
        env=build_env,
        cwd=ROOT,
    )  # fmt: skip
    venv = tmp / "venv"
    python_version = f"{sys.version_info.major}.{sys.version_info.minor}"
    run([uv, "venv", "--quiet", "--python", python_version, str(venv)], env=build_env, cwd=tmp)
    python = venv / "bin" / "python"
    run(
        [uv, "pip", "install", "--quiet", "--python", str(python),
         "--constraint", str(locked), str(wheel)],
        env=build_env,
        cwd=tmp,
    )  # fmt: skip

    env = {
        "PATH": f"{venv / 'bin'}{os.pathsep}{os.environ.get('PATH', '')}",
        "HOME": str(home),
        "LANG": "C.UTF-8",
        "PLANNING_CACHE_DIR": str(tmp / "cache"),
        "XDG_DATA_HOME": str(home / "data"),
        "XDG_CONFIG_HOME": str(home / "config"),
        "XDG_CACHE_HOME": str(home / "cache"),
        "JUPYTER_CONFIG_DIR": str(home / "jupyter"),
        "JUPYTERLAB_WORKSPACES_DIR": str(home / "lab-workspaces"),
        "JUPYTERLAB_SETTINGS_DIR": str(home / "lab-settings"),
        "MPLCONFIGDIR": str(home / "mpl"),
        "SOURCE_DATE_EPOCH": os.environ.get("SOURCE_DATE_EPOCH", "1767225600"),
    }
    planning = str(venv / "bin" / "planning")

    step("planning --version, python -m planning")
    where = run(
        [str(python), "-c", "import planning; print(planning.__file__)"], env=env, cwd=elsewhere
    )
    if not where.strip().startswith(str(venv)):
        raise Failed(f"planning imported from {where.strip()}, not from the fresh venv")
    for cmd in ([planning, "--version"], [str(python), "-m", "planning", "--version"]):
        said = run(cmd, env=env, cwd=elsewhere).strip()
        if said != f"planning {version}":
            raise Failed(f"{' '.join(cmd)} said {said!r}, expected 'planning {version}'")
    if "COMMAND" not in run([planning], env=env, cwd=elsewhere):
        raise Failed("a bare `planning` does not print the help")

    step("planning demo DIR")
    ws = elsewhere / "mijnmap"
    run([planning, "demo", str(ws)], env=env, cwd=elsewhere)

    step("planning check")
    said = run([planning, "check", "--workspace", str(ws), "--json"], env=env, cwd=elsewhere)
    if json.loads(said)["problems"]:
        raise Failed(f"the demo has problems:\n{said}")

    step(f"planning export --village {VILLAGE} (PDF)")
    run([planning, "export", "--workspace", str(ws), "--village", VILLAGE], env=env, cwd=elsewhere)
    pdf = ws / "plannen" / f"dorpsplan-{VILLAGE}.pdf"
    if not pdf.is_file() or not pdf.read_bytes().startswith(b"%PDF-"):
        raise Failed(f"no PDF at {pdf}: {sorted(p.name for p in (ws / 'plannen').glob('*'))}")

    step("a PostgreSQL store without the postgres extra")
    said = run(
        [planning, "match", "counts", "--workspace", str(ws)],
        env={**env, "PLANNING_STORE_URL": "postgresql+psycopg://planning@127.0.0.1:9/planning"},
        cwd=elsewhere,
        expect=2,
    )
    if "pip install 'planning-workbook[postgres]'" not in said or "Traceback" in said:
        raise Failed(f"no clear message for the missing postgres extra:\n{said}")

    step("no --workspace: the user's copy of the demo, nothing written into the package")
    run([planning, "match", "counts"], env=env, cwd=elsewhere)  # opens (makes) the store
    packaged = Path(
        run(
            [str(python), "-c", "import planning.io.resources as r; print(r.demo_folder())"],
            env=env,
            cwd=elsewhere,
        ).strip()
    )
    users = home / "data" / "planning" / "demo"
    if list(packaged.glob("store.sqlite*")) or not (users / "store.sqlite").is_file():
        raise Failed(f"the store went to {sorted(packaged.glob('store*'))}, not to {users}")

    step("planning lab (answers; staff's copies of the notebooks)")
    with server([planning, "lab", "--workspace", str(ws)], env=env, cwd=elsewhere) as started:
        base = started["url"].split("/lab/", 1)[0]
        token = started["url"].split("token=", 1)[1].split("&", 1)[0]
        listing = json.loads(fetch(f"{base}/api/contents?token={token}"))
        names = {item["name"] for item in listing["content"]}
    copies = ws / "notebooks"
    if "00_start.ipynb" not in names or not (copies / "00_start.ipynb").is_file():
        raise Failed(f"lab does not open staff's copies in {copies}: {sorted(names)}")

    step("planning app (the menu, and 00_start run by a kernel)")
    with server([planning, "app", "--workspace", str(ws)], env=env, cwd=elsewhere) as started:
        home = fetch(started["url"])
        base, token = started["url"].split("/?token=", 1)
        start = fetch(f"{base}/voila/render/00_start.ipynb?token={token}")
    if "00_start.ipynb" not in home or "Traceback" in home:
        raise Failed(f"the app's home page lacks the menu:\n{home[:2000]}")
    if "Roden" not in start or "Traceback" in start:  # the overview of the demo's villages
        raise Failed(f"00_start did not run in the app:\n{start[:2000]}")

    step("every server stopped")
    stray = still_running(venv)
    if stray:
        raise Failed(f"processes of the venv still run after the servers stopped: {stray}")
    step("done")


def still_running(venv: Path, wait: float = 30.0) -> list[str]:
    """Command lines of processes started from ``venv`` that are still there after ``wait``
    seconds (Linux /proc; elsewhere nothing is checked). Stopped if so: they are ours."""

    def ours() -> dict[int, str]:
        found = {}
        for cmdline in Path("/proc").glob("[0-9]*/cmdline"):
            try:
                words = cmdline.read_bytes().replace(b"\0", b" ").decode(errors="replace")
            except OSError:
                continue
            if str(venv) in words:
                found[int(cmdline.parent.name)] = words
        return found

    deadline = time.monotonic() + wait
    while (found := ours()) and time.monotonic() < deadline:
        time.sleep(0.5)
    for pid in found:
        with contextlib.suppress(ProcessLookupError):
            os.kill(pid, signal.SIGKILL)
    return sorted(found.values())


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--keep", action="store_true", help="keep the temporary folder")
    args = parser.parse_args(argv)
    tmp = Path(tempfile.mkdtemp(prefix="planning-wheel-"))
    timings: list[tuple[str, float]] = []
    started = time.monotonic()
    try:
        check(tmp, timings)
    except (Failed, subprocess.TimeoutExpired) as exc:
        print(f"check_wheel: FAILED at '{timings[-1][0] if timings else 'start'}': {exc}")
        return 1
    finally:
        if args.keep:
            print(f"kept: {tmp}")
        else:
            shutil.rmtree(tmp, ignore_errors=True)
    ends = [t for _, t in timings[1:]]
    for (name, begin), end in zip(timings, ends, strict=False):
        print(f"{end - begin:6.1f} s  {name}")
    print(f"{time.monotonic() - started:6.1f} s  in all")
    return 0


if __name__ == "__main__":
    sys.exit(main())
