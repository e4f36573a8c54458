"""Facilitated sessions: a working group or sounding board prioritises, reflects and decides.

Every call that records something is one transaction that first bumps the
session's revision. That one UPDATE serialises writers per session in SQLite
and PostgreSQL alike, so the "a participant cannot place more dots than they
have" check holds when two screens in one room vote at the same moment, and a
screen can poll ``revision`` to see that the other one wrote something.

Tallies, cards and decisions are read in planning.store.session_results.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import sqlalchemy as sa

from planning.errors import SessionError
from planning.store import open_store
from planning.store import session_tables as tables
from planning.store.engine import Store, inserted_id
from planning.workspace.folder import Workspace, open_workspace
from planning.workspace.scenario_file import ACTION_KINDS

#: the kinds of meeting, of organisation (attendance is counted per kind, never per name) and
#: of card; their words are in the one catalogue (planning.i18n: session.*, org.*, card.*)
SESSION_KINDS: tuple[str, ...] = ("working_group", "sounding_board")
ORG_KINDS: tuple[str, ...] = (
    "residents",
    "club",
    "welfare",
    "care",
    "education",
    "ggd",
    "sport",
    "social_team",
    "mee",
    "church",
    "municipality",
    "other",
)
CARD_KINDS: tuple[str, ...] = ("good", "better")


def _capital(text: str) -> str:
    return text[:1].upper() + text[1:]


def utc_now() -> datetime:
    """Now, in UTC without a time zone and to the second: how the tables store times."""
    return datetime.now(UTC).replace(tzinfo=None, microsecond=0)


def store_for(target: Workspace | Path | str | Store) -> Store:
    """The store of a workspace (one per process, planning.store.open_store); a Store passes
    through, so the session app and the tests can hand one in."""
    if isinstance(target, Store):
        return target
    return open_store(target)


def _workspace(target: Workspace | Path | str | None) -> Workspace:
    return target if isinstance(target, Workspace) else open_workspace(target)


def refused(key: str, **fields: Any) -> SessionError:
    """The error for an input a session does not allow: its Dutch words, and its catalogue key
    and fields for a screen in another language (SessionError.key)."""
    return SessionError(key=key, **fields)


def touch(conn: Any, session_id: int) -> None:
    """Bump the revision: takes the write lock first, and fails clearly on an unknown id."""
    result = conn.execute(
        sa.update(tables.sessions)
        .where(tables.sessions.c.session_id == session_id)
        .values(updated_at=utc_now(), revision=tables.sessions.c.revision + 1)
    )
    if result.rowcount != 1:
        raise refused("meet.err.gone", id=session_id)


# -- sessions ----------------------------------------------------------------------------------


def create_session(
    ws: Workspace | Path | str,
    *,
    kind: str,
    village_id: str,
    title: str,
    held_on: date | None = None,
    dots_per_participant: int = 3,
    options: Iterable[tuple[str, str]] | None = None,
    option_kind: str = "theme",
    lang: str = "nl",
) -> int:
    """A new session; its options default to the workspace's themes, named in ``lang`` (the
    labels are kept with the session: every screen shows the words it was started with).
    Returns its id."""
    workspace = _workspace(ws)
    if kind not in SESSION_KINDS:
        raise refused("meet.err.kind", kind=kind)
    workspace.village(village_id)  # clear error with a suggestion
    if not str(title).strip():
        raise refused("meet.err.no_title")
    if dots_per_participant < 1:
        raise refused("meet.err.no_dots")
    if options is None:
        options = [
            (code, _capital(workspace.settings.theme_label(code, lang)))
            for code in workspace.settings.themes
        ]
    now = utc_now()
    with store_for(workspace).transaction() as conn:
        result = conn.execute(
            tables.sessions.insert().values(
                kind=kind,
                village_id=village_id,
                held_on=held_on or date.today(),
                title=str(title).strip(),
                dots_per_participant=int(dots_per_participant),
                created_at=now,
                updated_at=now,
                revision=0,
            )
        )
        session_id = inserted_id(result)
        rows = [
            {"session_id": session_id, "code": c, "label": lbl, "kind": option_kind, "position": i}
            for i, (c, lbl) in enumerate(options)
        ]
        if rows:
            conn.execute(tables.session_options.insert(), rows)
    return session_id


def get_session(ws: Workspace | Path | str, session_id: int) -> dict[str, Any]:
    rows = store_for(ws).read(
        sa.select(tables.sessions).where(tables.sessions.c.session_id == session_id)
    )
    if not rows:
        raise refused("meet.err.unknown", id=session_id)
    return rows[0]


def add_option(
    ws: Workspace | Path | str, session_id: int, code: str, label: str, kind: str = "action"
) -> None:
    """A candidate action (or theme) to vote on, added during the session."""
    code, label = str(code).strip(), str(label).strip()
    if not code or not label:
        raise refused("meet.err.option_empty")
    if kind not in ("theme", "action"):
        raise refused("meet.err.option_kind", kind=kind)
    with store_for(ws).transaction() as conn:
        touch(conn, session_id)
        exists = conn.execute(
            sa.select(sa.func.count())
            .select_from(tables.session_options)
            .where(
                tables.session_options.c.session_id == session_id,
                tables.session_options.c.code == code,
            )
        ).scalar_one()
        if exists:
            raise refused("meet.err.option_twice", code=code)
        position = conn.execute(
            sa.select(sa.func.count())
            .select_from(tables.session_options)
            .where(tables.session_options.c.session_id == session_id)
        ).scalar_one()
        conn.execute(
            tables.session_options.insert().values(
                session_id=session_id, code=code, label=label, kind=kind, position=int(position)
            )
        )


def _option_codes(conn: Any, session_id: int) -> list[str]:
    return list(
        conn.execute(
            sa.select(tables.session_options.c.code)
            .where(tables.session_options.c.session_id == session_id)
            .order_by(tables.session_options.c.position, tables.session_options.c.option_id)
        ).scalars()
    )


# -- inputs ------------------------------------------------------------------------------------


def record_attendance(
    ws: Workspace | Path | str, session_id: int, org_kind: str, count: int
) -> None:
    """How many people of one kind of organisation are present (replaces the earlier count)."""
    if org_kind not in ORG_KINDS:
        raise refused("meet.err.org_kind", kind=org_kind, kinds=", ".join(ORG_KINDS))
    if isinstance(count, bool) or int(count) != count or count < 0:
        raise refused("meet.err.count", count=repr(count))
    with store_for(ws).transaction() as conn:
        touch(conn, session_id)
        conn.execute(
            sa.delete(tables.session_attendance).where(
                tables.session_attendance.c.session_id == session_id,
                tables.session_attendance.c.org_kind == org_kind,
            )
        )
        conn.execute(
            tables.session_attendance.insert().values(
                session_id=session_id, org_kind=org_kind, count=int(count), recorded_at=utc_now()
            )
        )


def cast_dots(
    ws: Workspace | Path | str, session_id: int, participant: int, option: str, dots: int = 1
) -> int:
    """Place dots on an option; returns the dots the participant has left.

    The check runs after the session row is locked, so two screens cannot together
    give one participant more dots than the session allows.
    """
    if participant < 1:
        raise refused("meet.err.participant")
    if dots < 1:
        raise refused("meet.err.one_dot")
    with store_for(ws).transaction() as conn:
        touch(conn, session_id)
        if option not in _option_codes(conn, session_id):
            raise refused("meet.err.not_an_option", option=option)
        allowed = conn.execute(
            sa.select(tables.sessions.c.dots_per_participant).where(
                tables.sessions.c.session_id == session_id
            )
        ).scalar_one()
        used = conn.execute(
            sa.select(sa.func.coalesce(sa.func.sum(tables.session_votes.c.dots), 0)).where(
                tables.session_votes.c.session_id == session_id,
                tables.session_votes.c.participant == participant,
            )
        ).scalar_one()
        if used + dots > allowed:
            raise refused("meet.err.dots_left", n=participant, left=allowed - used, total=allowed)
        conn.execute(
            tables.session_votes.insert().values(
                session_id=session_id,
                participant=int(participant),
                option=option,
                dots=int(dots),
                cast_at=utc_now(),
            )
        )
    return int(allowed - used - dots)


def record_ranking(
    ws: Workspace | Path | str, session_id: int, participant: int, ranked: Sequence[str]
) -> None:
    """One participant's order of preference (first = best); replaces their earlier one."""
    ranked = [str(r) for r in ranked if r]
    if participant < 1:
        raise refused("meet.err.participant")
    if not ranked:
        raise refused("meet.err.no_ranking")
    if len(set(ranked)) != len(ranked):
        raise refused("meet.err.ranked_twice")
    now = utc_now()
    with store_for(ws).transaction() as conn:
        touch(conn, session_id)
        unknown = [r for r in ranked if r not in _option_codes(conn, session_id)]
        if unknown:
            raise refused("meet.err.not_an_option", option=unknown[0])
        conn.execute(
            sa.delete(tables.session_rankings).where(
                tables.session_rankings.c.session_id == session_id,
                tables.session_rankings.c.participant == participant,
            )
        )
        conn.execute(
            tables.session_rankings.insert(),
            [
                {
                    "session_id": session_id,
                    "participant": int(participant),
                    "position": i + 1,
                    "option": code,
                    "ranked_at": now,
                }
                for i, code in enumerate(ranked)
            ],
        )


def add_card(
    ws: Workspace | Path | str, session_id: int, kind: str, text: str, theme: str | None = None
) -> int:
    """A "goed" or "beter" card; returns its id."""
    if kind not in CARD_KINDS:
        raise refused("meet.err.card_kind", kind=kind)
    text = str(text).strip()
    if not text:
        raise refused("meet.err.card_empty")
    with store_for(ws).transaction() as conn:
        touch(conn, session_id)
        result = conn.execute(
            tables.session_cards.insert().values(
                session_id=session_id,
                kind=kind,
                text=text,
                theme=theme or None,
                written_at=utc_now(),
            )
        )
        return inserted_id(result)


def record_decision(
    ws: Workspace | Path | str,
    session_id: int,
    *,
    title: str,
    kind: str,
    themes: Sequence[str],
    partner_id: str | None,
    horizon: int,
    start_year: int | None = None,
    end_year: int | None = None,
    facility_id: str | None = None,
    one_off_cost: float | None = None,
    yearly_cost: float | None = None,
    reach_per_week: float | None = None,
    note: str | None = None,
) -> int:
    """A decision that becomes a scenario action, with an owner (partner) and a horizon."""
    workspace = _workspace(ws)
    settings = workspace.settings
    title = str(title).strip()
    if not title:
        raise refused("meet.err.decision_title")
    if kind not in ACTION_KINDS:
        raise refused("meet.err.action_kind", kind=kind, kinds=", ".join(ACTION_KINDS))
    if not themes:
        raise refused("meet.err.no_theme", title=title)
    unknown = [th for th in themes if th not in settings.themes]
    if unknown:
        raise refused("meet.err.theme", theme=unknown[0])
    if horizon not in settings.horizons:
        horizons = " / ".join(str(h) for h in settings.horizons)
        raise refused("meet.err.horizon", horizon=horizon, horizons=horizons)
    if partner_id and partner_id not in set(workspace.partners["partner_id"].astype(str)):
        raise refused("meet.err.partner", partner=partner_id)
    start = int(start_year) if start_year else settings.base_year + 1
    if start > settings.base_year + horizon:
        last = settings.base_year + horizon
        raise refused("meet.err.start_late", start=start, horizon=horizon, last=last)
    if end_year is not None and end_year < start:
        raise refused("meet.err.end_early", end=end_year, start=start)
    with store_for(workspace).transaction() as conn:
        touch(conn, session_id)
        result = conn.execute(
            tables.session_decisions.insert().values(
                session_id=session_id,
                title=title,
                kind=kind,
                themes=";".join(themes),
                partner_id=partner_id or None,
                horizon=int(horizon),
                start_year=start,
                end_year=end_year,
                facility_id=facility_id or None,
                one_off_cost=one_off_cost,
                yearly_cost=yearly_cost,
                reach_per_week=reach_per_week,
                note=note,
                decided_at=utc_now(),
            )
        )
        return inserted_id(result)
