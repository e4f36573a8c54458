"""Bytes that are not one text: NUL characters and rows saved in another encoding.

A CSV is decoded as a whole (planning.io.tables.decode_bytes): UTF-8 when every
byte fits, cp1252 otherwise. A file that mixes both (rows pasted from two
exports) would then be read as cp1252 and every UTF-8 'é' become 'Ã©' without a
word; a NUL byte deep in the file (a broken save) would make the whole workspace
unreadable without naming a row. ``text_faults`` finds such lines so the reader
can refuse the file naming each of them, and nothing is stored half-garbled.
"""

from __future__ import annotations

from planning.errors import Problem

#: a file with more faulty lines than this is named with the first ones only
MAX_NAMED = 20


def _line_encoding(line: bytes) -> str | None:
    """'utf-8' or 'cp1252' for a line with non-ASCII bytes, None for plain ASCII."""
    if line.isascii():
        return None
    try:
        line.decode("utf-8")
    except UnicodeDecodeError:
        return "cp1252"
    return "utf-8"


def text_faults(name: str, data: bytes) -> list[Problem]:
    """The lines of ``data`` (a CSV without a UTF-16 BOM) that hold NUL bytes or that
    are encoded otherwise than the rest; row numbers count lines from 1."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return []  # UTF-16 holds NUL bytes by design and is one encoding throughout
    body = data[3:] if data.startswith(b"\xef\xbb\xbf") else data
    nul = b"\x00" in body
    if not nul:
        try:
            body.decode("utf-8")
            return []  # the usual case, decided in one pass
        except UnicodeDecodeError:
            pass
    problems: list[Problem] = []
    lines = body.split(b"\n")
    kinds = [_line_encoding(line.replace(b"\x00", b"")) for line in lines]
    utf8, cp1252 = kinds.count("utf-8"), kinds.count("cp1252")
    minority = None
    if utf8 and cp1252:
        minority = "utf-8" if utf8 < cp1252 else "cp1252"
    main = "cp1252" if minority == "utf-8" else "utf-8"
    for number, (line, kind) in enumerate(zip(lines, kinds, strict=True), start=1):
        if b"\x00" in line:
            problems.append(Problem(name, number, None, None, key="fault.nul_byte"))
        elif minority is not None and kind == minority:
            shown = line.decode(kind, errors="replace").strip()[:60]
            fields = {"encoding": kind, "main": main}
            problems.append(
                Problem(name, number, None, shown, key="fault.mixed_encoding", fields=fields)
            )
    return problems
