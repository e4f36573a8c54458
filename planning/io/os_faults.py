"""The one place where a file-system fault becomes a message: no traceback reaches a person.

Every subcommand may meet the file system at its worst: a read-only workspace or
output folder, a full disk (or a file-size limit, EFBIG), a name too long, a file
where a folder belongs. ``explain`` turns such an ``OSError`` into a Dutch (or
English) sentence that names the file and says what to do. The exit status is 2:
writes go through planning.io.atomic, which removes its temporary file on every
path, so nothing half-written is left under a final name. The command (planning.cli)
catches every OSError here; the plan export uses it for each village's file.
"""

from __future__ import annotations

import errno
import os

from planning.errors import Joined, Said

_KINDS: dict[int, str] = {
    errno.EROFS: "fault.read_only",
    errno.EACCES: "fault.read_only",
    errno.EPERM: "fault.read_only",
    errno.ENOSPC: "fault.disk_full",
    errno.EFBIG: "fault.disk_full",
    errno.EDQUOT: "fault.disk_full",
    errno.ENAMETOOLONG: "fault.name_too_long",
    errno.ENOTDIR: "fault.not_a_folder",
    errno.EISDIR: "fault.not_a_folder",
    errno.EEXIST: "fault.not_a_folder",
    errno.ENOENT: "fault.missing",
}


def explain(exc: OSError, lang: str = "nl") -> str:
    """One line for a person: which file, what went wrong, what to do."""
    return fault(exc).text_in(lang)


def fault(exc: OSError) -> Joined:
    """The same line as a phrase (key and fields), so an error that carries it is said in
    the language of the screen that shows it."""
    if exc.filename is None and exc.errno == errno.ENOENT and not _cwd_exists():
        # started from a folder that was removed since: no file to name, the folder is the fault
        return Joined((Said("fault.cwd_gone"), Said("fault.nothing_changed")))
    file = exc.filename or "?"
    if exc.filename2:
        file = f"{exc.filename2}"
    key = _KINDS.get(exc.errno or -1, "fault.other")
    reason = exc.strerror or type(exc).__name__
    return Joined((Said(key, {"file": file, "reason": reason}), Said("fault.nothing_changed")))


def _cwd_exists() -> bool:
    try:
        os.getcwd()
    except FileNotFoundError:
        return False
    return True
