"""Decisions on quotes in the store: every decision kept with who and when, the latest one
counts, and the store refuses a state that is no decision; on SQLite and on PostgreSQL."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest
import sqlalchemy as sa
from helpers.pgserver import postgres_server  # noqa: F401  (session fixture)

from planning.store import open_store
from planning.store import quote_reviews as Q


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def store_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'store.sqlite'}"
    server = request.getfixturevalue("postgres_server")
    return server.create_database()


def test_every_decision_is_kept_and_the_latest_counts(store_url: str) -> None:
    store = open_store(url=store_url)
    first = [{"quote_id": "r1:3", "digest": "a" * 32, "state": "approved"},
             {"quote_id": "r2:5", "digest": "b" * 32, "state": "rejected"}]  # fmt: skip
    assert Q.record(store, "roden", first, "anna") == 2
    Q.record(store, "roden", [{"quote_id": "r1:3", "digest": "a" * 32, "state": "edited",
                               "text": "Koffie in het dorpshuis"}], "piet")  # fmt: skip
    Q.record(store, "peize", [{"quote_id": "r1:3", "digest": "c" * 32, "state": "approved"}], "x")
    latest = Q.latest(store, "roden")
    assert set(latest) == {"r1:3", "r2:5"}
    assert latest["r1:3"]["state"] == "edited" and latest["r1:3"]["decided_by"] == "piet"
    assert latest["r1:3"]["text"] == "Koffie in het dorpshuis"
    assert latest["r2:5"]["state"] == "rejected" and latest["r2:5"]["decided_by"] == "anna"
    assert isinstance(latest["r1:3"]["decided_at"], datetime)
    all_rows = store.read(sa.select(Q.quote_reviews).order_by(Q.quote_reviews.c.id))
    assert [r["decided_by"] for r in all_rows] == ["anna", "anna", "piet", "x"]  # nothing lost
    assert Q.latest(store, "een") == {}
    store.dispose()


def test_a_state_that_is_no_decision_is_refused(store_url: str) -> None:
    store = open_store(url=store_url)
    with pytest.raises(sa.exc.IntegrityError):
        Q.record(store, "roden", [{"quote_id": "r1:3", "digest": "a", "state": "maybe"}], "x")
    assert Q.latest(store, "roden") == {}  # nothing half-written
    store.dispose()
