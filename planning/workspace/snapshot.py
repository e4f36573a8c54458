"""A checked workspace remembered between commands, keyed by the content of its files.

Every ``planning`` command opens the workspace, and reading and checking every table
(cell by cell, so each problem names its row) is most of what a one-village command
costs: seconds for a province or for 250,000 survey answers. The result of that check
depends only on the bytes of the files read and on the workbook's own code, so it is
stored under a key made of both: the BLAKE2 digest of ``workspace.toml`` and of every
table file, the folder, and the size and modification time of the package's modules.
A changed, added or removed file changes the key, so it is always seen; an unchanged
folder opens from the snapshot without re-reading a cell.

Snapshots live in the user's cache folder (``platformdirs``: ``~/.cache/planning`` on
Linux, ``%LOCALAPPDATA%\\planning\\Cache`` on Windows), or in ``$PLANNING_CACHE_DIR``;
``PLANNING_CACHE_DIR=off`` turns them off. One snapshot is kept per workspace folder, it
is written atomically, and a snapshot that cannot be read is ignored and recomputed.
The files are pickles: the cache folder is the user's own, like their workspace.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import pickle
from collections.abc import Iterable
from functools import lru_cache
from pathlib import Path
from typing import Any

from planning.io.atomic import write_atomic_with
from planning.io.resources import package_path

CACHE_ENV = "PLANNING_CACHE_DIR"
#: bump when the layout of what is stored changes
FORMAT = 1


def cache_dir() -> Path | None:
    """Where snapshots go: $PLANNING_CACHE_DIR, else the user's cache folder; None: off."""
    env = os.environ.get(CACHE_ENV)
    if env is not None and env.strip().lower() in ("off", "0", "none", ""):
        return None
    if env:
        return Path(env)
    from platformdirs import user_cache_dir

    return Path(user_cache_dir("planning", appauthor=False)) / "workspaces"


@lru_cache(maxsize=1)
def _code_stamp() -> str:
    """The package's modules by name, size and modification time: new code, new key."""
    package = package_path().resolve()
    digest = hashlib.blake2b(f"{FORMAT}".encode(), digest_size=16)
    for module in sorted(package.rglob("*.py")):
        stat = module.stat()
        digest.update(f"{module.relative_to(package)}:{stat.st_size}:{stat.st_mtime_ns};".encode())
    return digest.hexdigest()


def _file_digest(path: Path) -> str:
    with path.open("rb") as handle:
        return hashlib.file_digest(handle, lambda: hashlib.blake2b(digest_size=20)).hexdigest()


def _folder_key(root: Path) -> str:
    return hashlib.blake2b(str(root.resolve()).encode(), digest_size=10).hexdigest()


def snapshot_key(root: Path, files: Iterable[tuple[str, Path | None]]) -> str:
    """The key of a workspace: its folder, the code, and each table's file and content.

    ``files``: (table name, the file found for it or None) for every table read, so a
    table that appears, disappears or moves to another file changes the key too.
    """
    digest = hashlib.blake2b(_code_stamp().encode(), digest_size=20)
    digest.update(str(root.resolve()).encode())
    for name, path in files:
        stamp = f"{path.name}:{_file_digest(path)}" if path is not None else "-"
        digest.update(f"|{name}={stamp}".encode())
    return f"{_folder_key(root)}-{digest.hexdigest()}"


def load_snapshot(key: str) -> Any | None:
    """What was stored under ``key``, or None (no cache, no snapshot, or unreadable)."""
    folder = cache_dir()
    if folder is None:
        return None
    path = folder / f"{key}.pickle"
    try:
        with path.open("rb") as handle:
            return pickle.load(handle)
    except OSError:  # none yet, or a cache folder this user may not read: only a miss
        return None
    except Exception:  # a truncated or foreign file is only a missed cache
        with contextlib.suppress(OSError):
            path.unlink(missing_ok=True)
        return None


def save_snapshot(key: str, value: Any) -> None:
    """Store ``value`` under ``key`` and drop older snapshots of the same folder.

    A cache that cannot be written (read-only home, full disk) costs only speed.
    """
    folder = cache_dir()
    if folder is None:
        return
    prefix = key.split("-", 1)[0]
    try:
        write_atomic_with(
            folder / f"{key}.pickle", lambda handle: pickle.dump(value, handle, protocol=5)
        )
        for old in folder.glob(f"{prefix}-*.pickle"):
            if old.stem != key:
                old.unlink(missing_ok=True)
    except OSError:
        return
