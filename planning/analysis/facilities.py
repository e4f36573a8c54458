"""Facility qualities: which buildings can serve as a low-threshold meeting place.

Staff take stock of what a village already has ("use what is there"). A building
only helps residents when they can get in (accessible: step-free entrance, an
accessible toilet, a public transport stop close by) and when they dare and may
walk in (low-threshold: free entry, walk-in, open enough hours a week). The
thresholds are the municipality's, from ``[thresholds]`` in workspace.toml; the
reasons are spelled out in Dutch so a working group can see *why* a building does
not count and what would change that ("niet laagdrempelig: 4 uur per week open,
drempel 10").

A missing value (an unknown transit distance, an empty yes/no cell) never counts
as a pass: the building qualifies once somebody has checked it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import numpy as np
import pandas as pd

from planning.i18n import fmt_num, text
from planning.workspace.settings_models import Thresholds

if TYPE_CHECKING:
    from planning.workspace.folder import Workspace

QUALITY_COLUMNS = ("facility_id", "accessible", "low_threshold", "meeting_place", "reason")


def _flag(frame: pd.DataFrame, column: str) -> tuple[np.ndarray, np.ndarray]:
    """(true, known) arrays for a yes/no column; a missing column is all unknown."""
    if column not in frame.columns:
        n = len(frame)
        return np.zeros(n, bool), np.zeros(n, bool)
    values = frame[column].astype("boolean")
    known = values.notna().to_numpy()
    return values.fillna(False).to_numpy(bool), known


def _number(frame: pd.DataFrame, column: str) -> np.ndarray:
    if column not in frame.columns:
        return np.full(len(frame), np.nan)
    return pd.to_numeric(frame[column], errors="coerce").to_numpy(float)


def quality_flags(facilities: pd.DataFrame, thresholds: Thresholds) -> dict[str, np.ndarray]:
    """The three yes/no qualities as arrays, vectorised (no reasons).

    Used where speed matters (coverage for a scenario slider, 5,000 facilities in
    a benchmark); ``facility_qualities`` adds the reasons on top of the same flags.
    """
    step_free, step_known = _flag(facilities, "step_free")
    toilet, toilet_known = _flag(facilities, "accessible_toilet")
    transit = _number(facilities, "transit_stop_m")
    transit_ok = np.nan_to_num(transit, nan=np.inf) <= thresholds.transit_stop_max_m
    accessible = step_free & toilet & transit_ok

    free, free_known = _flag(facilities, "free_entry")
    walk_in, walk_known = _flag(facilities, "walk_in")
    hours = _number(facilities, "open_hours_per_week")
    hours_ok = np.nan_to_num(hours, nan=-1.0) >= thresholds.min_open_hours_per_week
    low = free & walk_in & hours_ok

    rule = thresholds.meeting_place_rule
    if rule == "accessible":
        meeting = accessible
    elif rule == "low_threshold":
        meeting = low
    elif rule == "any":
        meeting = accessible | low
    else:  # "both", the default
        meeting = accessible & low
    return {
        "accessible": accessible,
        "low_threshold": low,
        "meeting_place": meeting,
        "step_free": step_free,
        "step_known": step_known,
        "toilet": toilet,
        "toilet_known": toilet_known,
        "transit": transit,
        "free": free,
        "free_known": free_known,
        "walk_in": walk_in,
        "walk_known": walk_known,
        "hours": hours,
    }


def _reason(i: int, f: dict[str, np.ndarray], t: Thresholds, lang: str) -> str:
    acc: list[str] = []
    if not f["step_free"][i]:
        if f["step_known"][i]:
            acc.append(text("reason.no_step_free", lang))
        else:
            acc.append(text("reason.step_free_unknown", lang))
    if not f["toilet"][i]:
        if f["toilet_known"][i]:
            acc.append(text("reason.no_toilet", lang))
        else:
            acc.append(text("reason.toilet_unknown", lang))
    transit = f["transit"][i]
    limit = fmt_num(t.transit_stop_max_m, 0, lang)
    if np.isnan(transit):
        acc.append(text("reason.transit_unknown", lang))
    elif transit > t.transit_stop_max_m:
        d = fmt_num(transit, 0, lang)
        acc.append(text("reason.transit_far", lang, d=d, limit=limit))

    low: list[str] = []
    if not f["free"][i]:
        if f["free_known"][i]:
            low.append(text("reason.not_free", lang))
        else:
            low.append(text("reason.free_unknown", lang))
    if not f["walk_in"][i]:
        if f["walk_known"][i]:
            low.append(text("reason.no_walk_in", lang))
        else:
            low.append(text("reason.walk_in_unknown", lang))
    hours = f["hours"][i]
    limit_h = fmt_num(t.min_open_hours_per_week, 0, lang)
    if np.isnan(hours):
        low.append(text("reason.hours_unknown", lang))
    elif hours < t.min_open_hours_per_week:
        h = fmt_num(hours, 0 if float(hours).is_integer() else 1, lang)
        low.append(text("reason.hours_short", lang, h=h, limit=limit_h))

    parts = []
    if acc:
        parts.append(text("reason.not_accessible", lang) + ", ".join(acc))
    if low:
        parts.append(text("reason.not_low_threshold", lang) + ", ".join(low))
    return "; ".join(parts)


def facility_qualities(
    ws: Workspace, facilities: pd.DataFrame | None = None, lang: str | None = None
) -> pd.DataFrame:
    """Per facility: accessible, low_threshold, meeting_place and the reason when not.

    ``facilities`` (default: the workspace's) lets a scenario pass a changed or
    extended table. ``reason`` is empty for a facility that passes both tests;
    otherwise it names every failed test with the value and the threshold.
    Extra columns (``name``, ``village_id``, ``kind``) help display.
    """
    frame = ws.facilities if facilities is None else facilities
    thresholds = ws.settings.thresholds
    lang = lang or ws.settings.lang
    flags = quality_flags(frame, thresholds)
    reasons = [_reason(i, flags, thresholds, lang) for i in range(len(frame))]
    out = pd.DataFrame(
        {
            "facility_id": frame["facility_id"].astype(str).to_numpy(),
            "accessible": flags["accessible"],
            "low_threshold": flags["low_threshold"],
            "meeting_place": flags["meeting_place"],
            "reason": reasons,
        }
    )
    for extra in ("name", "village_id", "kind"):
        if extra in frame.columns:
            out[extra] = frame[extra].to_numpy()
    return out
