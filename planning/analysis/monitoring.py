"""Monitoring societal effects: indicators with targets per horizon, observations per village.

The municipality steers on effects, not on counted activities: visitors of
meeting places, matches between questions and supply, Jeugdfonds uptake, active
volunteers, loneliness from the GGD monitor. Indicators and their targets live
in workspace.toml so staff can change them without a developer::

    [indicators.visitors]
    label = "Bezoekers ontmoetingsplekken"
    unit = "bezoekers per maand"
    direction = "up"            # up: more is better; down: less is better
    per_inhabitants = 1000      # targets are per 1.000 inhabitants of the village
    source = "Turflijsten ontmoetingsplekken"
    targets = { 3 = 60, 5 = 70, 10 = 80 }   # per horizon (years after base_year)

Observations (indicator, village, period, value, source) come in as CSV/XLSX and
are kept in the store; importing the same period again replaces it. Files in the
workspace's ``monitoring/`` folder seed an empty store, so a fresh copy of a
workspace shows its figures at once.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pandas as pd

from planning.errors import Problem, StoreError
from planning.workspace.folder import Workspace, open_workspace
from planning.workspace.schemas import Column, TableSpec, convert, suggest
from planning.workspace.settings_models import IndicatorSettings

if TYPE_CHECKING:
    from matplotlib.figure import Figure

FOLDER = "monitoring"

OBSERVATIONS = TableSpec(
    "observations",
    (
        Column("indicator", aliases=("indicatorcode", "code", "maat")),
        Column("village_id", aliases=("kern_id", "kern", "dorp", "dorp_id", "wijk")),
        Column("period", aliases=("periode", "maand", "jaar", "kwartaal", "datum")),
        Column("value", "float", aliases=("waarde", "aantal", "uitkomst")),
        Column("source", nullable=True, required=False, aliases=("bron",)),
    ),
    description="waarnemingen voor de monitoring",
)


class Indicator(IndicatorSettings):
    """One societal effect the municipality follows, with its targets per horizon.

    The fields are those of ``[indicators.<code>]`` (validated with the rest of
    workspace.toml: direction up|down, per_inhabitants > 0, targets only at the
    workspace's horizons), completed with the code and the labels filled in.
    """

    code: str
    label: str
    label_en: str = ""

    def target(self, horizon: int, inhabitants: int | None = None) -> float | None:
        """The target at a horizon, scaled to the village when it is per N inhabitants."""
        value = self.targets.get(horizon)
        if value is None:
            return None
        if self.per_inhabitants and inhabitants is not None:
            return value * inhabitants / self.per_inhabitants
        return value

    def on_track(self, value: float, target: float | None) -> bool | None:
        if target is None:
            return None
        return value >= target if self.direction == "up" else value <= target


def indicators(ws: Workspace) -> dict[str, Indicator]:
    """The ``[indicators.<code>]`` tables of workspace.toml (checked when it was read)."""
    found: dict[str, Indicator] = {}
    for code, table in ws.settings.indicators.items():
        label = table.label or code
        fields = table.model_dump(exclude={"label", "label_en"})
        found[code] = Indicator(code=code, label=label, label_en=table.label_en or label, **fields)
    return found


# -- periods -----------------------------------------------------------------------------------

_MONTH = re.compile(r"^(\d{4})-(\d{1,2})$")
_QUARTER = re.compile(r"^(\d{4})[- ]?[Qq]([1-4])$")
_YEAR = re.compile(r"^(\d{4})$")
_MONTH_NL = re.compile(r"^(\d{1,2})[-/](\d{4})$")


def parse_period(value: Any) -> tuple[str, date]:
    """'2026', '2026-03', '03-2026', '2026-Q1' or a date -> (canonical period, its first day)."""
    if isinstance(value, (datetime, date)):
        day = value.date() if isinstance(value, datetime) else value
        return f"{day.year}-{day.month:02d}", date(day.year, day.month, 1)
    text = str(value).strip()
    if text.endswith(".0") and _YEAR.match(text[:-2]):
        text = text[:-2]
    if m := _YEAR.match(text):
        return text, date(int(m[1]), 1, 1)
    if m := _QUARTER.match(text):
        q = int(m[2])
        return f"{m[1]}-Q{q}", date(int(m[1]), 3 * q - 2, 1)
    if (m := _MONTH.match(text)) and 1 <= int(m[2]) <= 12:
        return f"{m[1]}-{int(m[2]):02d}", date(int(m[1]), int(m[2]), 1)
    if (m := _MONTH_NL.match(text)) and 1 <= int(m[1]) <= 12:
        return f"{m[2]}-{int(m[1]):02d}", date(int(m[2]), int(m[1]), 1)
    if re.match(r"^\d{4}-\d{2}-\d{2}", text) or re.match(r"^\d{1,2}-\d{1,2}-\d{4}$", text):
        from planning.io.tables import CellError, parse_date

        try:
            day = parse_date(text)
        except CellError:
            pass
        else:
            return f"{day.year}-{day.month:02d}", date(day.year, day.month, 1)
    raise ValueError("verwacht een periode: jaar (2026), maand (2026-03) of kwartaal (2026-Q1)")


# -- import ------------------------------------------------------------------------------------


@dataclass
class ImportResult:
    file: str
    imported: int
    replaced: int
    problems: list[Problem]

    @property
    def ok(self) -> bool:
        return not self.problems


def import_observations(
    ws: Workspace | Path | str, file: Path | str, sheet: str | None = None
) -> ImportResult:
    """Read a CSV/XLSX of observations; good rows go into the store in one transaction.

    A row with a problem is left out and reported (file, row, column, value, what was
    expected); the other rows are imported. A file that cannot be read at all, or lacks
    a required column, raises and writes nothing.
    """
    workspace = ws if isinstance(ws, Workspace) else open_workspace(ws)
    path = Path(file)
    unique, problems = read_observations(workspace, path, sheet)
    replaced = _write(workspace, unique)
    return ImportResult(path.name, len(unique) - replaced, replaced, problems)


def read_observations(
    workspace: Workspace, path: Path, sheet: str | None = None
) -> tuple[list[dict[str, Any]], list[Problem]]:
    """The good rows of an observations file (later duplicates win) and every problem."""
    from planning.errors import ValidationError
    from planning.io.tables import read_raw

    raw = read_raw(path, set(OBSERVATIONS.header_map()), sheet)
    frame, problems = convert(raw, OBSERVATIONS)
    missing = [
        p for p in problems if p.row == raw.header_row and p.message.startswith("kolom ontbreekt")
    ]
    if missing:
        raise ValidationError(missing)
    known = indicators(workspace)
    villages = set(workspace.village_ids())
    bad_rows = {p.row for p in problems}
    rows: list[dict[str, Any]] = []
    for row, rec in frame.iterrows():
        row_problems: list[Problem] = []
        code = rec["indicator"]
        if isinstance(code, str) and code not in known:
            near = suggest(code, list(known))
            hint = f"; bedoelt u '{near}'?" if near else f"; bekend: {', '.join(known) or 'geen'}"
            row_problems.append(
                Problem(path.name, int(row), "indicator", code, f"onbekende indicator{hint}")
            )
        village = rec["village_id"]
        if isinstance(village, str) and village not in villages:
            near = suggest(village, villages)
            hint = f"; bedoelt u '{near}'?" if near else ""
            row_problems.append(
                Problem(path.name, int(row), "village_id", village, f"onbekende kern{hint}")
            )
        period = start = None
        if isinstance(rec["period"], str):
            try:
                period, start = parse_period(rec["period"])
            except ValueError as exc:
                row_problems.append(Problem(path.name, int(row), "period", rec["period"], str(exc)))
        value = rec["value"]
        if (
            code in known
            and known[code].unit.strip() == "%"
            and value is not None
            and not pd.isna(value)
            and not 0 <= value <= 100
        ):
            row_problems.append(
                Problem(
                    path.name, int(row), "value", value, "verwacht een percentage van 0 tot 100"
                )
            )
        problems += row_problems
        if row_problems or row in bad_rows:
            continue
        source = rec.get("source")
        rows.append(
            {
                "indicator": code,
                "village_id": village,
                "period": period,
                "period_start": start,
                "value": float(value),
                "source": None if source is None or pd.isna(source) else str(source),
                "imported_from": path.name,
            }
        )
    seen: dict[tuple[str, str, str], int] = {}
    unique: list[dict[str, Any]] = []
    for rec in rows:
        key = (rec["indicator"], rec["village_id"], rec["period"])
        if key in seen:
            unique[seen[key]] = rec  # the later row in the file wins, as in a spreadsheet
        else:
            seen[key] = len(unique)
            unique.append(rec)
    problems.sort(key=lambda p: (p.row or 0, p.column or ""))
    return unique, problems


def _write(ws: Workspace, rows: list[dict[str, Any]]) -> int:
    """Upsert in one transaction; returns how many rows replaced an earlier value."""
    import sqlalchemy as sa

    from planning.store.meetings import store_for
    from planning.store.observations import observations as table

    if not rows:
        return 0
    now = datetime.now(UTC).replace(tzinfo=None, microsecond=0)
    stmt = sa.delete(table).where(
        (table.c.indicator == sa.bindparam("k_indicator"))
        & (table.c.village_id == sa.bindparam("k_village"))
        & (table.c.period == sa.bindparam("k_period"))
    )
    keys = [
        {"k_indicator": r["indicator"], "k_village": r["village_id"], "k_period": r["period"]}
        for r in rows
    ]
    with store_for(ws).transaction() as conn:
        replaced = max(int(conn.execute(stmt, keys).rowcount), 0)
        conn.execute(table.insert(), [{**rec, "imported_at": now} for rec in rows])
    return replaced


def _folder_files(ws: Workspace) -> list[Path]:
    folder = ws.path / FOLDER
    if not folder.is_dir():
        return []
    return [
        p
        for p in sorted(folder.iterdir())
        if p.suffix.lower() in (".csv", ".xlsx") and not p.name.startswith("~$")
    ]


def _folder_rows(ws: Workspace) -> list[dict[str, Any]]:
    rows: list[dict[str, Any]] = []
    now = datetime.now(UTC).replace(tzinfo=None, microsecond=0)
    for path in _folder_files(ws):
        good, _problems = read_observations(ws, path)
        rows += [{**r, "imported_at": now} for r in good]
    return rows


def _seed_from_folder(ws: Workspace) -> None:
    for path in _folder_files(ws):
        import_observations(ws, path)


# -- reading -----------------------------------------------------------------------------------


def observations(
    ws: Workspace | Path | str, village_id: str | None = None, indicator: str | None = None
) -> pd.DataFrame:
    """Observations from the store, oldest first; an empty store is seeded from monitoring/."""
    import sqlalchemy as sa

    from planning.store.meetings import store_for
    from planning.store.observations import observations as table

    workspace = ws if isinstance(ws, Workspace) else open_workspace(ws)
    columns = [c.name for c in table.columns]
    try:
        store = store_for(workspace)
        count = store.read(sa.select(sa.func.count().label("n")).select_from(table))[0]["n"]
        if count == 0:
            _seed_from_folder(workspace)
    except StoreError:
        # a read-only workspace (the packaged demo): show its files, write nothing
        frame = pd.DataFrame(_folder_rows(workspace), columns=columns)
        if village_id:
            frame = frame[frame["village_id"] == village_id]
        if indicator:
            frame = frame[frame["indicator"] == indicator]
        return frame.sort_values(["indicator", "village_id", "period_start"]).reset_index(drop=True)
    stmt = sa.select(table).order_by(table.c.indicator, table.c.village_id, table.c.period_start)
    if village_id:
        stmt = stmt.where(table.c.village_id == village_id)
    if indicator:
        stmt = stmt.where(table.c.indicator == indicator)
    return pd.DataFrame(store.read(stmt), columns=columns)


def _next_horizon(ws: Workspace, today: date | None = None) -> int:
    year = (today or date.today()).year
    for h in sorted(ws.settings.horizons):
        if ws.settings.base_year + h >= year:
            return h
    return max(ws.settings.horizons)


def latest(ws: Workspace | Path | str, village_id: str, lang: str = "nl") -> pd.DataFrame:
    """Per indicator the newest figure of a village beside its next target (for the plan)."""
    workspace = ws if isinstance(ws, Workspace) else open_workspace(ws)
    workspace.village(village_id)
    obs = observations(workspace, village_id)
    inhabitants = int(workspace.inhabitants().get(village_id, 0))
    horizon = _next_horizon(workspace)
    out = []
    for code, ind in indicators(workspace).items():
        mine = obs[obs["indicator"] == code]
        if mine.empty:
            continue
        last = mine.iloc[-1]
        target = ind.target(horizon, inhabitants)
        out.append(
            {
                "indicator": code,
                "label": ind.label_en if lang == "en" else ind.label,
                "unit": ind.unit,
                "period": last["period"],
                "value": float(last["value"]),
                "target": None if target is None else round(target, 1),
                "target_year": workspace.settings.base_year + horizon,
                "on_track": ind.on_track(float(last["value"]), target),
                "source": last["source"] or ind.source,
            }
        )
    columns = [
        "indicator",
        "label",
        "unit",
        "period",
        "value",
        "target",
        "target_year",
        "on_track",
        "source",
    ]
    return pd.DataFrame(out, columns=columns)


def trend_chart(
    ws: Workspace | Path | str, village_id: str, codes: list[str] | None = None, lang: str = "nl"
) -> Figure:
    """One small panel per indicator: the observed line and the targets at each horizon."""
    from matplotlib.figure import Figure

    workspace = ws if isinstance(ws, Workspace) else open_workspace(ws)
    name = workspace.village(village_id)["name"]
    inds = indicators(workspace)
    codes = codes or list(inds)
    obs = observations(workspace, village_id)
    inhabitants = int(workspace.inhabitants().get(village_id, 0))
    cols = 2 if len(codes) > 1 else 1
    rows = max(1, -(-len(codes) // cols))
    fig = Figure(figsize=(5.2 * cols, 3.0 * rows), layout="constrained")
    axes = fig.subplots(rows, cols, squeeze=False).ravel()
    for ax, code in zip(axes, codes, strict=False):
        ind = inds[code]
        mine = obs[obs["indicator"] == code]
        if not mine.empty:
            ax.plot(
                pd.to_datetime(mine["period_start"]),
                mine["value"],
                color="#2a7f62",
                marker="o",
                markersize=3,
                linewidth=2,
                label="gemeten" if lang == "nl" else "observed",
            )
        for h in sorted(ind.targets):
            target = ind.target(h, inhabitants)
            when = pd.Timestamp(workspace.settings.base_year + h, 1, 1)
            ax.scatter(
                [when],
                [target],
                marker="D",
                color="#d9822b",
                zorder=3,
                label=("doel" if lang == "nl" else "target") if h == min(ind.targets) else None,
            )
            ax.annotate(
                f"{h} jr",
                (when, target),
                textcoords="offset points",
                xytext=(0, 7),
                ha="center",
                fontsize=8,
                color="#d9822b",
            )
        ax.set_title(ind.label_en if lang == "en" else ind.label, loc="left", fontsize=11)
        ax.set_ylabel(ind.unit, fontsize=9)
        ax.spines[["top", "right"]].set_visible(False)
        ax.grid(axis="y", color="#e3e8eb")
        if mine.empty:
            ax.text(
                0.5,
                0.5,
                "nog geen waarnemingen" if lang == "nl" else "no observations yet",
                transform=ax.transAxes,
                ha="center",
                color="#5c6770",
            )
        ax.legend(fontsize=8, frameon=False, loc="best")
    for ax in axes[len(codes) :]:
        ax.set_visible(False)
    fig.suptitle(f"Monitoring {name}", x=0.01, ha="left", fontsize=13)
    return fig


def targets(ws: Workspace | Path | str, village_id: str, lang: str | None = None) -> pd.DataFrame:
    """For the village plan: per indicator and horizon the target beside the latest figure.

    Columns: indicator (label with unit), code, horizon, year, target, observed (text with
    its period, so a reader sees how recent it is). Numbers are formatted for ``lang``.
    """
    from planning.i18n import fmt_num

    workspace = ws if isinstance(ws, Workspace) else open_workspace(ws)
    lang = lang or workspace.settings.lang
    inhabitants = int(workspace.inhabitants().get(village_id, 0))
    last = latest(workspace, village_id, lang).set_index("indicator")
    rows = []
    for code, ind in indicators(workspace).items():
        label = ind.label_en if lang == "en" else ind.label
        unit = f" ({ind.unit})" if ind.unit else ""
        observed = None
        if code in last.index:
            value = float(last.loc[code, "value"])
            digits = 0 if value.is_integer() else 1
            observed = f"{fmt_num(value, digits, lang)} ({last.loc[code, 'period']})"
        for h in sorted(ind.targets):
            target = ind.target(h, inhabitants)
            digits = 0 if target is None or abs(target) >= 20 else 1
            rows.append(
                {
                    "indicator": label + unit,
                    "code": code,
                    "horizon": h,
                    "year": workspace.settings.base_year + h,
                    "target": None if target is None else fmt_num(target, digits, lang),
                    "observed": observed,
                }
            )
    columns = ["indicator", "code", "horizon", "year", "target", "observed"]
    return pd.DataFrame(rows, columns=columns)
