"""The store loses nothing: concurrent writers, a writer killed mid-write, versions kept,
schema upgrades; each on SQLite (WAL) and on a real PostgreSQL server."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest
import sqlalchemy as sa
from helpers.pgserver import postgres_server  # noqa: F401  (session fixture)

from planning.store import open_store
from planning.store import scenarios as S
from planning.store.engine import SCHEMA_VERSION
from planning.workspace.scenario_file import Action, Scenario

ROOT = Path(__file__).resolve().parents[3]

WRITER = textwrap.dedent(
    """
    import sys
    from planning.workspace.scenario_file import Action, Scenario
    from planning.store import open_store
    from planning.store.scenarios import save_scenario

    url, who, count = sys.argv[1], sys.argv[2], int(sys.argv[3])
    store = open_store(url=url)
    i = 0
    while count < 0 or i < count:
        scenario = Scenario("Gedeeld", "roden", actions=[
            Action(f"Actie {who}-{i}", "activity", themes=["meeting"], yearly_cost=i)])
        save_scenario(store, scenario, note=f"{who}-{i}")
        print(f"{who}-{i}", flush=True)
        i += 1
    """
)


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def store_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'store.sqlite'}"
    server = request.getfixturevalue("postgres_server")
    return server.create_database()


def _writer(url: str, who: str, count: int) -> subprocess.Popen[str]:
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    return subprocess.Popen(
        [sys.executable, "-c", WRITER, url, who, str(count)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )


def _basis() -> Scenario:
    return Scenario(
        "Basis",
        "roden",
        actions=[Action("Inloop", "activity", themes=["loneliness"], start_year=2027)],
    )


def test_saved_twice_keeps_both_versions(store_url: str) -> None:
    store = open_store(url=store_url)
    first = _basis()
    S.save_scenario(store, first, note="eerste")
    second = _basis()
    second.actions[0].yearly_cost = 12000
    S.save_scenario(store, second, note="tweede")
    assert [v["version"] for v in S.versions(store, "Basis", "roden")] == [1, 2]
    assert S.load_scenario(store, "Basis", "roden", version=1) == first
    assert S.load_scenario(store, "Basis", "roden") == second
    saved = S.restore_version(store, "Basis", "roden", 1)
    assert saved.version == 3
    assert S.load_scenario(store, "Basis", "roden") == first
    listed = S.list_scenarios(store, "roden")
    assert listed[0]["versions"] == 3 and listed[0]["chosen"] is False
    S.choose(store, "Basis", "roden")
    assert S.chosen(store, "roden") == first
    assert S.list_scenarios(store)[0]["chosen"] is True
    store.dispose()


@pytest.mark.slow
def test_four_writers_lose_nothing(store_url: str) -> None:
    open_store(url=store_url).dispose()  # the schema exists before the writers start
    procs = [_writer(store_url, f"p{p}", 250) for p in range(4)]
    outs = [proc.communicate(timeout=240) for proc in procs]
    for proc, (_, err) in zip(procs, outs, strict=True):
        assert proc.returncode == 0, err
    store = open_store(url=store_url)
    rows = store.read(sa.select(S.scenario_versions.c.note, S.scenario_versions.c.version))
    assert len(rows) == 1000
    assert {r["note"] for r in rows} == {f"p{p}-{i}" for p in range(4) for i in range(250)}
    assert sorted(r["version"] for r in rows) == list(range(1, 1001))
    store.dispose()


@pytest.mark.slow
def test_writer_killed_mid_write_leaves_committed_records(store_url: str) -> None:
    open_store(url=store_url).dispose()
    proc = _writer(store_url, "k", -1)
    acked: list[str] = []
    assert proc.stdout is not None
    deadline = time.monotonic() + 120
    while len(acked) < 60 and time.monotonic() < deadline:
        line = proc.stdout.readline()
        if not line:
            break
        acked.append(line.strip())
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait(timeout=30)
    # through the same reader: lines it has read ahead are in its buffer, which
    # communicate() (reading the pipe itself) would skip
    with proc.stdout, proc.stderr:
        rest = proc.stdout.read()
    acked += [x for x in rest.split() if x]
    assert proc.returncode == -signal.SIGKILL
    assert len(acked) >= 60

    store = open_store(url=store_url)
    notes = {r["note"] for r in store.read(sa.select(S.scenario_versions.c.note))}
    assert set(acked) <= notes  # every acknowledged commit is there
    assert len(notes) - len(acked) in (0, 1)  # at most the commit whose print was cut off
    if store_url.startswith("sqlite"):
        with store.engine.connect() as conn:
            assert conn.exec_driver_sql("PRAGMA integrity_check").scalar() == "ok"
    saved = S.save_scenario(store, _basis())  # and the store still takes writes
    assert saved.version == 1
    store.dispose()


def test_upgrade_from_version_1(store_url: str) -> None:
    """A store made at schema version 1 (one row per save) opens as version 2 with every
    save kept as a numbered version."""
    from datetime import datetime

    from planning.workspace.scenario_file import dump_toml

    old = sa.MetaData()
    info = sa.Table(
        "schema_info",
        old,
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("version", sa.Integer, nullable=False),
    )
    v1 = sa.Table(
        "scenarios",
        old,
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("name", sa.String(300)),
        sa.Column("village_id", sa.String(200)),
        sa.Column("toml", sa.Text),
        sa.Column("saved_at", sa.DateTime),
    )
    first, second, other = _basis(), _basis(), Scenario("Basis", "peize")
    second.actions[0].yearly_cost = 500
    engine = sa.create_engine(store_url)
    with engine.begin() as conn:
        old.create_all(conn)
        conn.execute(info.insert().values(id=1, version=1))
        for n, (sc, ts) in enumerate(
            [(second, "2024-03-02"), (first, "2024-01-05"), (other, "2024-02-01")], start=1
        ):
            conn.execute(
                v1.insert().values(
                    id=n,
                    name=sc.name,
                    village_id=sc.village_id,
                    toml=dump_toml(sc),
                    saved_at=datetime.fromisoformat(ts),
                )
            )
    engine.dispose()

    store = open_store(url=store_url)
    assert store.schema_version() == SCHEMA_VERSION == 2
    assert [v["version"] for v in S.versions(store, "Basis", "roden")] == [1, 2]
    assert S.load_scenario(store, "Basis", "roden", version=1) == first  # oldest first
    assert S.load_scenario(store, "Basis", "roden") == second
    assert S.load_scenario(store, "Basis", "peize") == other
    assert S.save_scenario(store, first).version == 3
    store.dispose()
    # opening again changes nothing
    again = open_store(url=store_url)
    assert S.count_versions(again) == 4
    again.dispose()


def test_sqlite_store_uses_wal(tmp_path: Path) -> None:
    store = open_store(url=f"sqlite:///{tmp_path / 'store.sqlite'}")
    with store.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
    store.dispose()


def test_newer_store_is_refused(tmp_path: Path) -> None:
    from planning.errors import StoreError

    url = f"sqlite:///{tmp_path / 'store.sqlite'}"
    open_store(url=url).dispose()
    engine = sa.create_engine(url)
    with engine.begin() as conn:
        conn.exec_driver_sql("UPDATE schema_info SET version = 99")
    engine.dispose()
    with pytest.raises(StoreError, match="schemaversie 99"):
        open_store(url=url)


@pytest.mark.postgres
def test_workspace_store_url_and_env_select_postgresql(
    demo_ws: Path, request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch
) -> None:
    """[store] url in workspace.toml (or PLANNING_STORE_URL) puts the same store, with the
    workspace's scenarios loaded on first open, on PostgreSQL."""
    from planning.workspace.folder import open_workspace

    server = request.getfixturevalue("postgres_server")
    url = server.create_database()
    monkeypatch.delenv("PLANNING_STORE_URL", raising=False)
    toml = demo_ws / "workspace.toml"
    toml.write_text(toml.read_text(encoding="utf-8") + f'\n[store]\nurl = "{url}"\n', "utf-8")
    store = open_store(open_workspace(demo_ws))
    assert store.engine.dialect.name == "postgresql"
    rows = S.list_scenarios(store)
    assert len(rows) == len(list((demo_ws / "scenarios").glob("*--*.toml")))
    assert S.chosen_name(store, "roden") is not None
    store.dispose()
    assert not (demo_ws / "store.sqlite").exists()

    other = server.create_database()
    monkeypatch.setenv("PLANNING_STORE_URL", other)
    store = open_store(demo_ws)
    assert store.engine.url.database == other.rsplit("/", 1)[1]
    assert len(S.list_scenarios(store)) == len(rows)  # loaded on first open here too
    store.dispose()
