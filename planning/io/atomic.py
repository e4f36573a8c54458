"""Writing files so that a crash never leaves half a file.

Everything the workbook writes into a workspace or an export folder goes through
``write_atomic``: a temporary file beside the target, flushed to disk, then renamed
over it. The new file gets ordinary permissions (as the user's umask allows), not
the owner-only ones a temporary file starts with, so colleagues sharing the folder
can still open responses.csv or a village plan.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import BinaryIO


def _default_mode() -> int:
    umask = os.umask(0)
    os.umask(umask)
    return 0o666 & ~umask


def write_atomic(path: Path, data: bytes) -> Path:
    """Replace ``path`` with ``data`` in one step; raises OSError and leaves no temp file."""
    return write_atomic_with(path, lambda handle: handle.write(data))


def write_atomic_with(path: Path, write: Callable[[BinaryIO], object]) -> Path:
    """Replace ``path`` with what ``write`` writes into the open file, in one step: a
    large file (the workspace snapshot) streams to disk, never held whole as bytes."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as handle:
            write(handle)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(tmp, _default_mode())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return path
