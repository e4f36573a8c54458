"""The workspace: one municipality's folder of tables, loaded and checked.

Loading never stops at the first problem: staff fix a spreadsheet in one go,
so every problem in every file is collected and reported together. A
workspace that can be read but has problems still opens (``problems`` lists
them); only a folder that cannot be read at all raises WorkspaceError.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Callable, Hashable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar, cast

import pandas as pd

from planning.errors import Problem, Said, ValidationError, WorkspaceError
from planning.io.resources import demo_folder, is_installed
from planning.io.suggest import suggest
from planning.io.tables import find_table, read_raw
from planning.workspace.conversion import convert, written_headers
from planning.workspace.cross_check import cross_check
from planning.workspace.population_base import base_population
from planning.workspace.schemas import RESPONSES, TABLES, TableSpec, responses_spec
from planning.workspace.settings import Settings, load_settings
from planning.workspace.snapshot import load_snapshot, save_snapshot, snapshot_key

WORKSPACE_FILE = "workspace.toml"


def demo_path() -> Path:
    """The embedded demo workspace (in a checkout: data/demo; installed: planning/_demo)."""
    return demo_folder()


def default_workspace() -> Path:
    """$PLANNING_WORKSPACE, else the demo (installed: the user's copy of it)."""
    env = os.environ.get("PLANNING_WORKSPACE")
    if env:
        return Path(env)
    return users_demo() if is_installed() else demo_path()


def users_demo_folder() -> Path:
    """Where an installed workbook keeps its copy of the demo (see users_demo)."""
    from platformdirs import user_data_dir

    return Path(user_data_dir("planning", appauthor=False)) / "demo"


def users_demo() -> Path:
    """The installed demo's copy in the user's data folder, made on first use.

    What the commands write into a workspace (the store, plans, imported answers, staff's
    notebooks) must not land inside the installed package, where an update removes it and
    a user may not write at all; a checkout keeps using data/demo itself."""
    target = users_demo_folder()
    if not (target / WORKSPACE_FILE).is_file():
        half = target.with_name(f".demo-{os.getpid()}")  # renamed when whole
        shutil.rmtree(half, ignore_errors=True)
        ignore = shutil.ignore_patterns("store.sqlite*", "__pycache__", "plannen")
        shutil.copytree(demo_path(), half, ignore=ignore)
        shutil.rmtree(target, ignore_errors=True)
        try:
            half.rename(target)
        except OSError:
            shutil.rmtree(half, ignore_errors=True)
            if not (target / WORKSPACE_FILE).is_file():
                raise
            # another command made the copy at the same moment: theirs is as good
    return target


T = TypeVar("T")


class Tables(dict[str, pd.DataFrame]):
    """The workspace's tables by name, with a revision per table.

    Replacing a table (``ws.tables["facilities"] = new``) bumps its revision, so a
    cached result computed from the old table is recomputed (see Workspace.cached).
    Frames are not watched for changes made in place: replace the table instead.
    """

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.revisions: dict[str, int] = dict.fromkeys(self, 0)

    def __setitem__(self, name: str, frame: pd.DataFrame) -> None:
        super().__setitem__(name, frame)
        self.revisions[name] = self.revisions.get(name, -1) + 1

    def __delitem__(self, name: str) -> None:
        super().__delitem__(name)
        self.revisions[name] = self.revisions.get(name, -1) + 1

    def update(self, *args: Any, **kwargs: Any) -> None:
        for name, frame in dict(*args, **kwargs).items():
            self[name] = frame

    def revision(self, name: str) -> int:
        """How often the table ``name`` was replaced (-1: never present)."""
        return self.revisions.get(name, -1)


@dataclass
class Workspace:
    path: Path
    settings: Settings
    tables: Tables
    files: dict[str, str] = field(default_factory=dict)
    problems: list[Problem] = field(default_factory=list)
    #: results computed from the tables (catchments, indexes, needs); see ``cached``.
    #: Not an init field, so dataclasses.replace gives a copy its own empty cache.
    cache: dict[Hashable, tuple[tuple[int, ...], Any]] = field(
        default_factory=dict, init=False, repr=False, compare=False
    )

    def __post_init__(self) -> None:
        if not isinstance(self.tables, Tables):
            self.tables = Tables(self.tables)

    def cached(self, key: Hashable, depends_on: tuple[str, ...], compute: Callable[[], T]) -> T:
        """``compute()``, remembered under ``key`` until a table in ``depends_on`` is replaced.

        Analyses of a workspace reuse expensive intermediate results (distances,
        catchments, the matcher) across villages and horizons; the key names the
        result and everything else it depends on (settings, village), the tables
        it reads are listed so that replacing one recomputes it.
        """
        stamp = tuple(self.tables.revision(name) for name in depends_on)
        hit = self.cache.get(key)
        if hit is not None and hit[0] == stamp:
            # what compute() gave under this key: a key names one result, of one type
            return cast(T, hit[1])
        value = compute()
        self.cache[key] = (stamp, value)
        return value

    def cached_for(
        self,
        key: Hashable,
        owner: object,
        depends_on: tuple[str, ...],
        compute: Callable[[], T],
        keep: int = 16,
    ) -> T:
        """``compute()`` for an object that cannot be a key (a scenario's own table),
        recognised by identity among the last ``keep`` such objects and held meanwhile (so
        its id is not reused); forgotten like ``cached`` when a table in ``depends_on`` is
        replaced."""
        recent: list[tuple[object, T]] = self.cached(key, depends_on, list)
        for held, value in recent:
            if held is owner:
                return value
        value = compute()
        recent.append((owner, value))
        del recent[:-keep]
        return value

    # -- tables ------------------------------------------------------------------------------
    @property
    def villages(self) -> pd.DataFrame:
        return self.tables["villages"]

    @property
    def population(self) -> pd.DataFrame:
        return self.tables["population"]

    @property
    def facilities(self) -> pd.DataFrame:
        return self.tables["facilities"]

    @property
    def provisions(self) -> pd.DataFrame:
        return self.tables["provisions"]

    @property
    def partners(self) -> pd.DataFrame:
        return self.tables["partners"]

    @property
    def commitments(self) -> pd.DataFrame:
        return self.tables["commitments"]

    @property
    def population_points(self) -> pd.DataFrame:
        return self.tables["population_points"]

    @property
    def population_register(self) -> pd.DataFrame:
        """The municipality's register (BRP) per kern, age band and peildatum; may be empty."""
        return self.tables["population_register"]

    @property
    def responses(self) -> pd.DataFrame:
        return self.tables[RESPONSES]

    @property
    def ok(self) -> bool:
        return not self.problems

    def raise_for_problems(self) -> None:
        if self.problems:
            raise ValidationError(self.problems)

    # -- villages ------------------------------------------------------------------------------
    def village_ids(self) -> list[str]:
        return [str(v) for v in self.villages["village_id"].dropna()]

    def village(self, village_id: str) -> pd.Series:
        """One village's row; an unknown id is a clear error with a suggestion."""
        match = self.villages[self.villages["village_id"] == village_id]
        if match.empty:
            names = dict(
                zip(self.villages["name"].astype(str), self.villages["village_id"], strict=False)
            )
            near = suggest(village_id, self.village_ids()) or names.get(
                suggest(village_id, list(names)) or ""
            )
            key = "ws.no_village_near" if near else "ws.no_village"
            raise WorkspaceError(key=key, village=village_id, near=near or "")
        return match.iloc[0]

    def latest_population(self) -> pd.DataFrame:
        """Inhabitants per village and age band in each village's latest year.

        Kept once per population table: a plan asks several times per village, and
        recomputing it over every village made each plan grow with the country. A
        shallow copy each time (copy-on-write) so no caller changes the kept one.
        """
        return self.cached(
            ("latest_population",),
            ("population", "population_register", "villages"),
            self._latest_population,
        ).copy(deep=False)

    def _latest_population(self) -> pd.DataFrame:
        if not self.tables.get("population_register", pd.DataFrame()).empty:
            # the register (BRP) where the municipality brought it in: the base of every figure
            base = base_population(self).table
            return base[["village_id", "year", "age_band", "inhabitants"]]
        pop = self.population.dropna(subset=["village_id", "year"])
        if pop.empty:
            return pop
        latest = pop.groupby("village_id")["year"].transform("max")
        return pop[pop["year"] == latest]

    def inhabitants(self) -> pd.Series:
        """Total inhabitants per village (latest year)."""
        return self.latest_population().groupby("village_id")["inhabitants"].sum().astype(int)

    def summary(self) -> dict[str, Any]:
        inhabitants = self.inhabitants()
        by_municipality = (
            self.villages.assign(inhabitants=self.villages["village_id"].map(inhabitants))
            .groupby("municipality")["inhabitants"]
            .sum()
            .astype(int)
            .to_dict()
        )
        return {
            "villages": len(self.villages),
            "inhabitants": int(inhabitants.sum()),
            "inhabitants_by_municipality": {str(k): int(v) for k, v in by_municipality.items()},
            "facilities": len(self.facilities),
            "provisions": len(self.provisions),
            "partners": len(self.partners),
            "commitments": len(self.commitments),
            "respondents": len(self.responses),
        }


def _empty(spec: TableSpec) -> pd.DataFrame:
    return pd.DataFrame({c.name: pd.Series(dtype=object) for c in spec.columns})


def _table_file(path: Path, spec: TableSpec) -> Path | None:
    return find_table(path / Path(spec.name).parent, Path(spec.name).name)


def load_table(
    path: Path, spec: TableSpec, found: Path | None = None
) -> tuple[pd.DataFrame, list[Problem], str | None]:
    """One table of the workspace by its stem; a missing optional table is empty."""
    found = found if found is not None else _table_file(path, spec)
    if found is None:
        if spec.required_file:
            fields = {"what": Said(spec.description), "name": spec.name}
            problem = Problem(
                f"{spec.name}.csv", None, None, None, key="ws.file_missing", fields=fields
            )
            return _empty(spec), [problem], None
        return _empty(spec), [], None
    known = set(spec.header_map())
    raw = read_raw(found, known, compact=True)
    frame, problems = convert(raw, spec)
    return frame, problems, str(found.relative_to(path))


def open_workspace(path: str | os.PathLike[str] | None = None) -> Workspace:
    """Load and check a workspace folder (default: $PLANNING_WORKSPACE, else the demo).

    The checked tables are remembered between commands, keyed by the content of every
    file read (planning.workspace.snapshot): an unchanged folder opens without
    re-reading a cell, a changed file is read and checked again.
    """
    root = Path(path) if path is not None else default_workspace()
    if not root.is_dir():
        raise WorkspaceError(key="ws.no_folder", folder=str(root))
    settings_file = root / WORKSPACE_FILE
    settings = load_settings(settings_file)
    specs = [*TABLES.values(), responses_spec(list(settings.themes))]
    found = {spec.name: _table_file(root, spec) for spec in specs}
    key = snapshot_key(root, [(WORKSPACE_FILE, settings_file), *found.items()])
    remembered = load_snapshot(key)
    if remembered is not None:
        tables, files, problems = remembered
        return Workspace(root, settings, tables, files, problems)
    ws = _check_workspace(root, settings, specs, found)
    save_snapshot(key, (dict(ws.tables), ws.files, ws.problems))
    return ws


def _check_workspace(
    root: Path, settings: Settings, specs: list[TableSpec], found: dict[str, Path | None]
) -> Workspace:
    """Read and check every table: each problem of each file, in the order staff fix them."""
    tables: dict[str, pd.DataFrame] = {}
    files: dict[str, str] = {}
    problems: list[Problem] = []
    for spec in specs:
        frame, table_problems, file = load_table(root, spec, found[spec.name])
        tables[spec.name] = frame
        problems += table_problems
        if file:
            files[spec.name] = file
    ws = Workspace(root, settings, Tables(tables), files, problems)
    ws.problems += cross_check(ws)
    for name, file in files.items():
        ws.problems = written_headers(ws.problems, tables[name].attrs.get("headers", {}), file)
    # staff fix one file at a time, top to bottom: order by table, then row
    order = {spec.name: i for i, spec in enumerate(specs)}
    rank = {files.get(name, f"{name}.csv"): i for name, i in order.items()}
    ws.problems.sort(key=lambda p: (rank.get(p.file, len(rank)), p.row or 0))
    return ws
