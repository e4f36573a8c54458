"""Export village plans to files: one village, or all of them on both cores.

With many villages, each worker process opens the workspace once and makes
plans for the villages it is given; one village that fails is reported with
its reason and does not stop the others.
"""

from __future__ import annotations

import multiprocessing
from collections.abc import Callable, Iterator
from concurrent.futures import ProcessPoolExecutor, as_completed
from dataclasses import dataclass
from pathlib import Path

from planning.errors import ExportError, PlanningError
from planning.plan.build import build_plan
from planning.plan.files import FORMATS, file_name, name_clashes
from planning.plan.previous import record_export
from planning.report.pdf import write_pdf
from planning.report.xlsx import write_xlsx
from planning.workspace.folder import Workspace, open_workspace


@dataclass(frozen=True)
class Outcome:
    village_id: str
    files: tuple[str, ...] = ()
    error: str | None = None


def export_village(
    ws: Workspace,
    village_id: str,
    out: Path,
    formats: tuple[str, ...] = ("pdf",),
    scenario: str | None = None,
    lang: str | None = None,
    since: int | None = None,
) -> list[Path]:
    """Write one village's plan in each format and record it in the store (what it was made
    from, its actions and commitments: the next plan reports on them); returns the files.

    ``since`` is the number of the earlier plan the section on the previous plan covers
    (default: the kern's newest plan made before this one)."""
    plan = build_plan(ws, village_id, scenario=scenario, lang=lang, since=since)
    written = []
    for fmt in formats:
        path = out / file_name(plan.village_id, fmt, plan.lang)
        if fmt == "pdf":
            written.append(write_pdf(plan, path))
        elif fmt == "xlsx":
            written.append(write_xlsx(plan, path))
        else:
            known = ", ".join(FORMATS)
            raise ExportError(key="export.unknown_format", fmt=fmt, known=known)
    record_export(ws, plan)
    return written


# -- worker processes ----------------------------------------------------------------------
_WORKSPACE: Workspace | None = None


def _init_worker(path: str) -> None:
    global _WORKSPACE
    _WORKSPACE = open_workspace(path)


def _work(
    village_id: str, out: str, formats: tuple[str, ...], scenario: str | None, lang: str | None
) -> Outcome:
    assert _WORKSPACE is not None
    return _safe(_WORKSPACE, village_id, Path(out), formats, scenario, lang)


def _safe(
    ws: Workspace,
    village_id: str,
    out: Path,
    formats: tuple[str, ...],
    scenario: str | None,
    lang: str | None,
) -> Outcome:
    try:
        files = export_village(ws, village_id, out, formats, scenario, lang)
    except PlanningError as exc:
        return Outcome(village_id, error=exc.text_in(lang or ws.settings.lang))
    except Exception as exc:  # one village's bug must not stop the others; it is reported
        return Outcome(village_id, error=f"{type(exc).__name__}: {exc}")
    return Outcome(village_id, tuple(str(f) for f in files))


def export_many(
    ws: Workspace,
    village_ids: list[str],
    out: Path,
    formats: tuple[str, ...] = ("pdf",),
    scenario: str | None = None,
    lang: str | None = None,
    workers: int = 2,
    progress: Callable[[Iterator[Outcome], int], Iterator[Outcome]] | None = None,
) -> list[Outcome]:
    """Every village's plan, ``workers`` processes at a time; outcomes in village order.

    Villages whose plans would get the same file name are refused before anything is
    written, so no plan silently replaces another."""
    words = lang or ws.settings.lang
    for fmt in formats:
        for name, ids in name_clashes(village_ids, fmt, words).items():
            shown = ", ".join(f"'{v}'" for v in ids)
            raise ExportError(key="fault.plan_names_clash", ids=shown, name=name)
    out.mkdir(parents=True, exist_ok=True)
    if workers <= 1 or len(village_ids) <= 1:
        results: Iterator[Outcome] = (
            _safe(ws, v, out, formats, scenario, lang) for v in village_ids
        )
        done = list(progress(results, len(village_ids)) if progress else results)
    else:
        # spawn, not fork: the parent may hold threads (Typst, SQLite) a fork would copy mid-lock
        with ProcessPoolExecutor(
            max_workers=min(workers, len(village_ids)),
            mp_context=multiprocessing.get_context("spawn"),
            initializer=_init_worker,
            initargs=(str(ws.path),),
        ) as pool:
            futures = [
                pool.submit(_work, v, str(out), formats, scenario, lang) for v in village_ids
            ]
            results = (f.result() for f in as_completed(futures))
            done = list(progress(results, len(futures)) if progress else results)
    order = {v: i for i, v in enumerate(village_ids)}
    return sorted(done, key=lambda o: order[o.village_id])
