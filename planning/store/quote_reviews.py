"""Decisions on quotes: which released answers a plan may publish, decided by a person.

A resident releases an answer for quoting (``quote_publishable``); staff then approve it,
approve it in their own edited words, or reject it. Every decision is a new row (who,
when, what), never an update, so the record shows who decided what and the latest
decision counts. A decision holds the digest of the answer it was made on: when a new
import changes the answer, the old decision no longer applies and the quote waits for
review again. The edited text is staff's wording, not personal data of the resident.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import UTC, datetime
from typing import Any

import sqlalchemy as sa

from planning.store.engine import Store, metadata

#: what staff can decide; a quote without a decision is "pending"
DECISIONS = ("approved", "edited", "rejected")

quote_reviews = sa.Table(
    "quote_reviews",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("village_id", sa.String(100), nullable=False),
    sa.Column("quote_id", sa.String(300), nullable=False),
    sa.Column("digest", sa.String(64), nullable=False),
    sa.Column("state", sa.String(10), nullable=False),
    sa.Column("text", sa.Text, nullable=True),
    sa.Column("decided_by", sa.String(100), nullable=False),
    sa.Column("decided_at", sa.DateTime, nullable=False),
    sa.CheckConstraint(
        "state IN (" + ", ".join(f"'{d}'" for d in DECISIONS) + ")", name="ck_quote_state"
    ),
    sa.Index("ix_quote_reviews_village_quote", "village_id", "quote_id"),
)


def record(store: Store, village_id: str, decisions: Iterable[dict[str, Any]], by: str) -> int:
    """Add decisions (``quote_id``, ``digest``, ``state``, optional ``text``) in one
    transaction, all stamped with the same person and moment; returns how many."""
    now = datetime.now(UTC).replace(tzinfo=None, microsecond=0)
    rows = [
        {
            "village_id": village_id,
            "quote_id": d["quote_id"],
            "digest": d["digest"],
            "state": d["state"],
            "text": d.get("text"),
            "decided_by": by,
            "decided_at": now,
        }
        for d in decisions
    ]
    if rows:
        with store.transaction() as conn:
            conn.execute(quote_reviews.insert(), rows)
    return len(rows)


def latest(store: Store, village_id: str) -> dict[str, dict[str, Any]]:
    """The latest decision per quote of a village (by quote id)."""
    stmt = (
        sa.select(quote_reviews)
        .where(quote_reviews.c.village_id == village_id)
        .order_by(quote_reviews.c.id)
    )
    return {row["quote_id"]: row for row in store.read(stmt)}
