"""Taking back an input in a facilitated session: a misplaced dot, a ranking.

In the room a dot lands on the wrong option or a ranking is typed for the wrong
participant; the facilitator must be able to take it back at once, and the projector
must show the tally without it. Like every input this is one transaction that first
bumps the session's revision (planning.store.sessions.touch), so a second screen
redraws too.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

import sqlalchemy as sa

from planning.store import session_tables as tables
from planning.store.sessions import refused, store_for, touch, utc_now
from planning.workspace.folder import Workspace


def undo_last_dot(
    ws: Workspace | Path | str, session_id: int, participant: int | None = None
) -> dict[str, Any]:
    """Remove the dot placed last in the session (by ``participant`` when given) and
    return it (``participant``, ``option``, ``dots``); one click placed one row."""
    votes = tables.session_votes
    with store_for(ws).transaction() as conn:
        touch(conn, session_id)
        stmt = sa.select(votes).where(votes.c.session_id == session_id)
        if participant is not None:
            stmt = stmt.where(votes.c.participant == participant)
        row = conn.execute(stmt.order_by(votes.c.vote_id.desc()).limit(1)).mappings().first()
        if row is None:
            if participant is None:
                raise refused("meet.err.no_dot_to_undo")
            raise refused("meet.err.no_dot_of", n=participant)
        conn.execute(sa.delete(votes).where(votes.c.vote_id == row["vote_id"]))
        return {"participant": row["participant"], "option": row["option"], "dots": row["dots"]}


def ranking_of(ws: Workspace | Path | str, session_id: int, participant: int) -> list[str]:
    """The participant's ranking as saved (first choice first); empty when none."""
    rankings = tables.session_rankings
    rows = store_for(ws).read(
        sa.select(rankings.c.option)
        .where(rankings.c.session_id == session_id, rankings.c.participant == participant)
        .order_by(rankings.c.position)
    )
    return [r["option"] for r in rows]


def restore_ranking(
    ws: Workspace | Path | str, session_id: int, participant: int, ranked: Sequence[str]
) -> None:
    """Put back the ranking ``participant`` had before (none: remove theirs)."""
    rankings = tables.session_rankings
    with store_for(ws).transaction() as conn:
        touch(conn, session_id)
        removed = conn.execute(
            sa.delete(rankings).where(
                rankings.c.session_id == session_id, rankings.c.participant == participant
            )
        ).rowcount
        if not removed and not ranked:
            raise refused("meet.err.no_ranking_of", n=participant)
        if ranked:
            now = utc_now()
            conn.execute(
                rankings.insert(),
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
