"""What a facilitated session produced: attendance, tallies, cards and decisions.

Reads only. Tallies are computed from the rows on every call, never cached:
what the projector shows is what the store holds. Recording lives in
planning.store.sessions.
"""

from __future__ import annotations

import dataclasses
from pathlib import Path
from typing import Any

import pandas as pd
import sqlalchemy as sa

from planning.i18n import text
from planning.store import session_tables as tables
from planning.store.scenarios import chosen
from planning.store.sessions import (
    ORG_KINDS,
    get_session,
    refused,
    store_for,
)
from planning.workspace.folder import Workspace
from planning.workspace.scenario_file import Action


def scenario_options(ws: Workspace | Path | str, village_id: str) -> list[tuple[str, str]]:
    """The actions of the village's chosen scenario as options to vote on."""

    scenario = chosen(store_for(ws), village_id)
    if scenario is None or not scenario.actions:
        raise refused("meet.err.no_scenario", village=village_id)
    return [(f"actie-{i + 1}", a.title) for i, a in enumerate(scenario.actions)]


def list_sessions(ws: Workspace | Path | str, village_id: str | None = None) -> pd.DataFrame:
    """Sessions, newest first."""
    stmt = sa.select(tables.sessions).order_by(
        tables.sessions.c.held_on.desc(), tables.sessions.c.session_id.desc()
    )
    if village_id:
        stmt = stmt.where(tables.sessions.c.village_id == village_id)
    rows = store_for(ws).read(stmt)
    columns = [c.name for c in tables.sessions.columns]
    return pd.DataFrame(rows, columns=columns)


def revision(ws: Workspace | Path | str, session_id: int) -> int:
    """How many inputs the session has had; a screen polls this to know it must redraw."""
    return int(get_session(ws, session_id)["revision"])


def options(ws: Workspace | Path | str, session_id: int) -> pd.DataFrame:
    stmt = (
        sa.select(
            tables.session_options.c.code,
            tables.session_options.c.label,
            tables.session_options.c.kind,
        )
        .where(tables.session_options.c.session_id == session_id)
        .order_by(tables.session_options.c.position, tables.session_options.c.option_id)
    )
    return pd.DataFrame(store_for(ws).read(stmt), columns=["code", "label", "kind"])


def dots_left(ws: Workspace | Path | str, session_id: int, participant: int) -> int:
    allowed = int(get_session(ws, session_id)["dots_per_participant"])
    used = store_for(ws).read(
        sa.select(sa.func.coalesce(sa.func.sum(tables.session_votes.c.dots), 0).label("n")).where(
            tables.session_votes.c.session_id == session_id,
            tables.session_votes.c.participant == participant,
        )
    )[0]["n"]
    return allowed - int(used)


def attendance(ws: Workspace | Path | str, session_id: int, lang: str = "nl") -> pd.DataFrame:
    """Counts per kind of organisation (no names are ever stored)."""
    rows = store_for(ws).read(
        sa.select(tables.session_attendance.c.org_kind, tables.session_attendance.c.count).where(
            tables.session_attendance.c.session_id == session_id
        )
    )
    frame = pd.DataFrame(rows, columns=["org_kind", "count"])
    order = {k: i for i, k in enumerate(ORG_KINDS)}
    frame = frame.sort_values("org_kind", key=lambda s: s.map(order)).reset_index(drop=True)
    frame["label"] = [text(f"org.{k}", lang) for k in frame["org_kind"]]
    return frame[["org_kind", "label", "count"]]


def dot_tally(ws: Workspace | Path | str, session_id: int) -> pd.DataFrame:
    """Dots and voters per option, every option listed, most dots first."""
    rows = store_for(ws).read(
        sa.select(
            tables.session_votes.c.option,
            sa.func.sum(tables.session_votes.c.dots).label("dots"),
            sa.func.count(sa.distinct(tables.session_votes.c.participant)).label("participants"),
        )
        .where(tables.session_votes.c.session_id == session_id)
        .group_by(tables.session_votes.c.option)
    )
    votes = {r["option"]: r for r in rows}
    opts = options(ws, session_id)
    frame = pd.DataFrame(
        {
            "option": opts["code"],
            "label": opts["label"],
            "dots": [int(votes.get(c, {}).get("dots", 0)) for c in opts["code"]],
            "participants": [int(votes.get(c, {}).get("participants", 0)) for c in opts["code"]],
        }
    )
    return frame.sort_values("dots", ascending=False, kind="stable").reset_index(drop=True)


def ranking_tally(ws: Workspace | Path | str, session_id: int) -> pd.DataFrame:
    """Points per option: with n options, a first choice earns n points, a second n-1, ..."""
    rows = store_for(ws).read(
        sa.select(tables.session_rankings.c.option, tables.session_rankings.c.position).where(
            tables.session_rankings.c.session_id == session_id
        )
    )
    opts = options(ws, session_id)
    n = len(opts)
    points = dict.fromkeys(opts["code"], 0)
    firsts = dict.fromkeys(opts["code"], 0)
    for r in rows:
        points[r["option"]] = points.get(r["option"], 0) + max(n - r["position"] + 1, 0)
        if r["position"] == 1:
            firsts[r["option"]] = firsts.get(r["option"], 0) + 1
    frame = pd.DataFrame(
        {
            "option": opts["code"],
            "label": opts["label"],
            "points": [points[c] for c in opts["code"]],
            "first_choices": [firsts[c] for c in opts["code"]],
        }
    )
    return frame.sort_values("points", ascending=False, kind="stable").reset_index(drop=True)


def rankers(ws: Workspace | Path | str, session_id: int) -> int:
    """How many participants handed in a ranking."""
    return int(
        store_for(ws).read(
            sa.select(
                sa.func.count(sa.distinct(tables.session_rankings.c.participant)).label("n")
            ).where(tables.session_rankings.c.session_id == session_id)
        )[0]["n"]
    )


def cards(ws: Workspace | Path | str, session_id: int) -> pd.DataFrame:
    rows = store_for(ws).read(
        sa.select(
            tables.session_cards.c.card_id,
            tables.session_cards.c.kind,
            tables.session_cards.c.text,
            tables.session_cards.c.theme,
        )
        .where(tables.session_cards.c.session_id == session_id)
        .order_by(tables.session_cards.c.card_id)
    )
    return pd.DataFrame(rows, columns=["card_id", "kind", "text", "theme"])


def decisions(ws: Workspace | Path | str, session_id: int | None = None) -> pd.DataFrame:
    """Decisions of one session (or all); ``themes`` as a list."""
    stmt = sa.select(tables.session_decisions).order_by(tables.session_decisions.c.decision_id)
    if session_id is not None:
        stmt = stmt.where(tables.session_decisions.c.session_id == session_id)
    rows = store_for(ws).read(stmt)
    frame = pd.DataFrame(rows, columns=[c.name for c in tables.session_decisions.columns])
    frame["themes"] = [[x for x in str(v).split(";") if x] for v in frame["themes"]]
    return frame


ACTION_FIELDS = (
    "title",
    "kind",
    "themes",
    "facility_id",
    "partner_id",
    "start_year",
    "end_year",
    "one_off_cost",
    "yearly_cost",
    "reach_per_week",
)


def decision_fields(decision: dict[str, Any] | pd.Series) -> dict[str, Any]:
    """The scenario-action fields of a decision (the contract of the scenario file)."""
    out: dict[str, Any] = {}
    for key in ACTION_FIELDS:
        value = decision.get(key)
        if value is None or (isinstance(value, float) and pd.isna(value)):
            continue
        out[key] = list(value) if key == "themes" else value
    for key in ("start_year", "end_year"):
        if key in out:
            out[key] = int(out[key])
    return out


def decision_actions(ws: Workspace | Path | str, session_id: int) -> list[Any]:
    """The session's decisions as scenario actions, ready to add to a scenario file."""
    rows = decisions(ws, session_id)
    fields = [decision_fields(row) for _, row in rows.iterrows()]
    accepted = {f.name for f in dataclasses.fields(Action)}
    return [Action(**{k: v for k, v in f.items() if k in accepted}) for f in fields]


def summary(ws: Workspace | Path | str, session_id: int) -> dict[str, Any]:
    """Everything the room produced, in one dict (for the plan and the notebook)."""
    info = get_session(ws, session_id)
    att = attendance(ws, session_id)
    return {
        "session": info,
        "present": int(att["count"].sum()),
        "attendance": att,
        "dots": dot_tally(ws, session_id),
        "ranking": ranking_tally(ws, session_id),
        "rankers": rankers(ws, session_id),
        "cards": cards(ws, session_id),
        "decisions": decisions(ws, session_id),
    }
