"""A throw-away PostgreSQL server for the store tests.

Started from Debian's binaries (/usr/lib/postgresql/*/bin) into a temporary folder on a
free localhost port. As root the server runs as the ``postgres`` system user (PostgreSQL
refuses to run as root); otherwise as the current user. Where no server can be started
the tests that need it are skipped, except in CI (CI=true), where that is a failure.
"""

from __future__ import annotations

import contextlib
import glob
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest


def _bin_dir() -> Path | None:
    found = sorted(
        glob.glob("/usr/lib/postgresql/*/bin/initdb"),
        key=lambda p: int(Path(p).parts[-3]) if Path(p).parts[-3].isdigit() else 0,
    )
    if found:
        return Path(found[-1]).parent
    initdb = shutil.which("initdb")
    return Path(initdb).parent if initdb else None


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class PostgresServer:
    def __init__(self) -> None:
        bindir = _bin_dir()
        if bindir is None:
            raise RuntimeError("no PostgreSQL binaries (initdb) found")
        self.bindir = bindir
        as_root = os.geteuid() == 0
        # as root the server user must reach the folder: /tmp, not a private $TMPDIR
        base = "/tmp" if as_root and os.path.isdir("/tmp") else None
        self.dir = Path(tempfile.mkdtemp(prefix="planning-pg-", dir=base))
        self.prefix: list[str] = []
        if as_root:
            try:
                user = pwd.getpwnam("postgres")
            except KeyError:
                raise RuntimeError("running as root and there is no 'postgres' user") from None
            runuser = shutil.which("runuser")
            if runuser is None:
                raise RuntimeError("running as root and runuser is missing")
            os.chown(self.dir, user.pw_uid, user.pw_gid)
            self.prefix = [runuser, "-u", "postgres", "--"]
        self.data = self.dir / "data"
        self.port = _free_port()
        self.url_base = f"postgresql+psycopg://planning@127.0.0.1:{self.port}"

    def _run(self, *cmd: str) -> None:
        subprocess.run(
            [*self.prefix, *cmd], check=True, capture_output=True, text=True, timeout=120
        )

    def start(self) -> None:
        self._run(
            str(self.bindir / "initdb"),
            "-D", str(self.data),
            "-A", "trust",
            "-U", "planning",
            "-E", "UTF8",
            "--no-sync",
        )  # fmt: skip
        options = (
            f"-p {self.port} -k {self.dir} -c listen_addresses=127.0.0.1 "
            "-c fsync=off -c max_connections=50"
        )
        self._run(
            str(self.bindir / "pg_ctl"),
            "-D", str(self.data),
            "-o", options,
            "-l", str(self.dir / "server.log"),
            "-w", "-t", "60",
            "start",
        )  # fmt: skip

    def create_database(self) -> str:
        import psycopg

        name = "t_" + uuid.uuid4().hex[:12]
        with psycopg.connect(
            f"host=127.0.0.1 port={self.port} user=planning dbname=postgres", autocommit=True
        ) as conn:
            conn.execute(f'CREATE DATABASE "{name}"')
        return f"{self.url_base}/{name}"

    def stop(self) -> None:
        with contextlib.suppress(Exception):
            self._run(str(self.bindir / "pg_ctl"), "-D", str(self.data), "-m", "immediate", "stop")
        shutil.rmtree(self.dir, ignore_errors=True)


@pytest.fixture(scope="session")
def postgres_server() -> Iterator[PostgresServer]:
    """A running PostgreSQL for this test session (skipped where none can start, not in CI)."""
    server = None
    try:
        server = PostgresServer()
        server.start()
    except (RuntimeError, OSError, subprocess.SubprocessError) as exc:
        detail = getattr(exc, "stderr", "") or ""
        if server is not None:
            server.stop()
        message = f"cannot start a PostgreSQL server: {exc} {detail}".strip()
        if os.environ.get("CI") == "true":
            pytest.fail(message)
        pytest.skip(message)
    yield server
    server.stop()
