"""Hostile tables: a row with 10,000 stray cells and an .xlsx that unpacks to 270 MB."""

from __future__ import annotations

import shutil
import zipfile
from pathlib import Path

from bench.harness import Measurement, benchmark, private_snapshots, timed


@benchmark("planning check, one facilities row with 10,000 extra cells")
def bench_long_row(workdir: Path) -> Measurement:
    from planning.workspace.folder import demo_path, open_workspace

    clean, hostile = workdir / "clean", workdir / "hostile"
    for target in (clean, hostile):
        shutil.copytree(demo_path(), target, ignore=shutil.ignore_patterns("store.sqlite*"))
    path = hostile / "facilities.csv"
    lines = path.read_text(encoding="utf-8").split("\n")
    lines[5] += ",x" * 10_000
    path.write_text("\n".join(lines), encoding="utf-8")
    with private_snapshots("off"):  # both figures read and check every file each time
        problems = open_workspace(hostile).problems
        assert [(p.file, p.row) for p in problems] == [("facilities.csv", 6)]
        open_workspace(clean)
        value = timed(lambda: open_workspace(hostile), repeat=7)
        baseline = timed(lambda: open_workspace(clean), repeat=7)
    return Measurement(
        value,
        baseline=baseline,
        baseline_label="the same check on the demo without that row",
        target="< 2x the clean check",
        met=value < 2 * baseline,
        note="the extra cells are cut and reported (row 6), no 10,000-column table",
    )


@benchmark("refuse a 0.3 MB .xlsx that unpacks to 270 MB")
def bench_xlsx_bomb(workdir: Path) -> Measurement:
    from openpyxl import Workbook

    from planning.errors import WorkspaceError
    from planning.io.tables import read_raw

    bomb = workdir / "bomb.xlsx"
    with zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        with archive.open("xl/worksheets/sheet1.xml", "w", force_zip64=True) as sheet:
            block = b" " * (1 << 20)
            for _ in range(270):
                sheet.write(block)
    small = workdir / "small.xlsx"
    book = Workbook()
    for i in range(100):
        book.active.append([f"f{i}", "naam", "roden", i])
    book.save(small)

    def refuse() -> None:
        try:
            read_raw(bomb)
        except WorkspaceError:
            return
        raise AssertionError("not refused")

    value = timed(refuse, repeat=3)
    baseline = timed(lambda: read_raw(small), repeat=3)
    size = bomb.stat().st_size / 1e6
    return Measurement(
        value,
        baseline=baseline,
        baseline_label="reading a 100-row .xlsx",
        target="< 1 s",
        met=value < 1.0,
        note=f"the file is {size:.1f} MB; refused from the zip directory before any XML is parsed",
    )
