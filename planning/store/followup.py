"""Follow-up, the personal approach: the only place personal data is kept.

Names, phone numbers, e-mail and addresses from survey exports land here,
keyed by respondent id (and the export they came from), never in
responses.csv. Staff record callback attempts, home visits, forms filled in
together and to whom a question was passed. The salt that turns e-mail
addresses and phone numbers used as respondent ids into pseudonyms lives
here too, so a pseudonym is stable within a workspace and useless outside it.
"""

from __future__ import annotations

import secrets
from collections.abc import Iterable
from datetime import date, datetime
from typing import Any

import sqlalchemy as sa

from planning.errors import Problem, StoreError
from planning.io.cells import is_missing, parse_bool
from planning.io.tables import read_raw, row_number
from planning.store.engine import Store, metadata
from planning.workspace.codes import FOLLOWUP_OUTCOMES as OUTCOMES
from planning.workspace.codes import VISIT_STATES
from planning.workspace.folder import Workspace

#: the personal data the store keeps per contact (the contract of the survey mapping's [pii])
PII_COLUMNS = ("name", "phone", "email", "address")

salt_table = sa.Table(
    "followup_salt",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("salt", sa.String(64), nullable=False),
)

contacts = sa.Table(
    "followup_contacts",
    metadata,
    sa.Column("respondent_id", sa.String(200), primary_key=True),
    sa.Column("source", sa.String(300), primary_key=True),
    sa.Column("village_id", sa.String(100)),
    sa.Column("name", sa.Text),
    sa.Column("phone", sa.Text),
    sa.Column("email", sa.Text),
    sa.Column("address", sa.Text),
    sa.Column("contact_requested", sa.Boolean, nullable=False, default=False),
    sa.Column("home_visit", sa.String(10), nullable=False, default="none"),
    sa.Column("home_visit_on", sa.Date),
    sa.Column("form_together", sa.Boolean, nullable=False, default=False),
    sa.Column("passed_to", sa.Text),
    sa.Column("note", sa.Text),
    sa.Column("closed", sa.Boolean, nullable=False, default=False),
    sa.Column("imported_at", sa.DateTime),
)

attempts = sa.Table(
    "followup_attempts",
    metadata,
    sa.Column("attempt_id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("respondent_id", sa.String(200), nullable=False, index=True),
    sa.Column("source", sa.String(300), nullable=False),
    sa.Column("attempted_on", sa.Date, nullable=False),
    sa.Column("outcome", sa.String(20), nullable=False),
    sa.Column("note", sa.Text),
    sa.Column("staff", sa.String(100)),
)


def salt(store: Store) -> str:
    """This store's pseudonym salt, made once (random) and kept."""
    rows = store.read(sa.select(salt_table.c.salt).where(salt_table.c.id == 1))
    if rows:
        return str(rows[0]["salt"])
    new = secrets.token_hex(16)
    with store.transaction() as conn:
        existing = conn.execute(sa.select(salt_table.c.salt)).scalar()
        if existing:
            return str(existing)
        conn.execute(salt_table.insert().values(id=1, salt=new))
    return new


def upsert_contacts(conn: sa.Connection, rows: Iterable[dict[str, Any]]) -> int:
    """Add or refresh personal data from an import; staff's follow-up notes are kept.

    One query for the keys already there, one executemany for the new rows:
    an export of 100,000 answers with 1,000 contact requests stays quick.
    """
    rows = list(rows)
    if not rows:
        return 0
    fields = ("village_id", "name", "phone", "email", "address", "contact_requested")
    sources = sorted({row["source"] for row in rows})
    existing = {
        (r.respondent_id, r.source)
        for r in conn.execute(
            sa.select(contacts.c.respondent_id, contacts.c.source).where(
                contacts.c.source.in_(sources)
            )
        )
    }
    now = datetime.now().replace(microsecond=0)
    new, changed = [], []
    for row in rows:
        data = {k: row.get(k) for k in fields}
        data["contact_requested"] = bool(data["contact_requested"])
        key = (row["respondent_id"], row["source"])
        if key in existing:
            changed.append({"k_id": key[0], "k_source": key[1], **data})
        else:
            new.append(
                {
                    "respondent_id": key[0],
                    "source": key[1],
                    **data,
                    "home_visit": "none",
                    "form_together": False,
                    "closed": False,
                    "imported_at": now,
                }
            )
    if new:
        conn.execute(contacts.insert(), new)
    if changed:
        conn.execute(
            contacts.update()
            .where(
                contacts.c.respondent_id == sa.bindparam("k_id"),
                contacts.c.source == sa.bindparam("k_source"),
            )
            .values({k: sa.bindparam(k) for k in fields}),
            changed,
        )
    return len(rows)


def contact_list(
    store: Store, village_id: str | None = None, everyone: bool = False
) -> list[dict[str, Any]]:
    """Who to call back: contacts that asked for contact (all with ``everyone``), with attempts."""
    stmt = sa.select(contacts)
    if village_id:
        stmt = stmt.where(contacts.c.village_id == village_id)
    if not everyone:
        stmt = stmt.where(contacts.c.contact_requested.is_(True))
    stmt = stmt.order_by(contacts.c.village_id, contacts.c.name, contacts.c.respondent_id)
    people = store.read(stmt)
    tries = store.read(sa.select(attempts).order_by(attempts.c.attempted_on, attempts.c.attempt_id))
    by_person: dict[tuple[str, str], list[dict[str, Any]]] = {}
    for attempt in tries:
        by_person.setdefault((attempt["respondent_id"], attempt["source"]), []).append(attempt)
    for person in people:
        person["attempts"] = by_person.get((person["respondent_id"], person["source"]), [])
    return people


def _find(conn: sa.Connection, respondent_id: str) -> dict[str, Any]:
    rows = conn.execute(sa.select(contacts).where(contacts.c.respondent_id == respondent_id)).all()
    if not rows:
        raise StoreError(key="followup.no_contact", respondent=respondent_id)
    if len(rows) > 1:
        sources = ", ".join(r.source for r in rows)
        raise StoreError(key="followup.several_sources", respondent=respondent_id, sources=sources)
    return dict(rows[0]._mapping)


def _key(conn: sa.Connection, respondent_id: str, source: str | None) -> dict[str, Any]:
    if source:
        row = conn.execute(
            sa.select(contacts).where(
                contacts.c.respondent_id == respondent_id, contacts.c.source == source
            )
        ).first()
        if row is None:
            raise StoreError(
                key="followup.no_contact_from", respondent=respondent_id, source=source
            )
        return dict(row._mapping)
    return _find(conn, respondent_id)


def record_attempt(
    store: Store,
    respondent_id: str,
    outcome: str,
    on: date | None = None,
    note: str | None = None,
    staff: str | None = None,
    source: str | None = None,
) -> dict[str, Any]:
    """One callback attempt (date and outcome); 'declined' also closes the contact."""
    if outcome not in OUTCOMES:
        raise StoreError(key="followup.unknown_outcome", outcome=outcome, known=", ".join(OUTCOMES))
    with store.transaction() as conn:
        person = _key(conn, respondent_id, source)
        values = {
            "respondent_id": person["respondent_id"],
            "source": person["source"],
            "attempted_on": on or date.today(),
            "outcome": outcome,
            "note": note,
            "staff": staff,
        }
        conn.execute(attempts.insert().values(**values))
        if outcome == "declined":
            conn.execute(
                contacts.update()
                .where(
                    contacts.c.respondent_id == person["respondent_id"],
                    contacts.c.source == person["source"],
                )
                .values(closed=True)
            )
    return values


def update_contact(
    store: Store,
    respondent_id: str,
    *,
    source: str | None = None,
    home_visit: str | None = None,
    home_visit_on: date | None = None,
    form_together: bool | None = None,
    passed_to: str | None = None,
    note: str | None = None,
    closed: bool | None = None,
) -> dict[str, Any]:
    """Home visit planned/done, form filled in together, question passed to whom, closed."""
    if home_visit is not None and home_visit not in VISIT_STATES:
        raise StoreError(
            key="followup.unknown_visit", visit=home_visit, known=", ".join(VISIT_STATES)
        )
    changes = {
        k: v
        for k, v in {
            "home_visit": home_visit,
            "home_visit_on": home_visit_on,
            "form_together": form_together,
            "passed_to": passed_to,
            "note": note,
            "closed": closed,
        }.items()
        if v is not None
    }
    with store.transaction() as conn:
        person = _key(conn, respondent_id, source)
        if changes:
            conn.execute(
                contacts.update()
                .where(
                    contacts.c.respondent_id == person["respondent_id"],
                    contacts.c.source == person["source"],
                )
                .values(**changes)
            )
        person.update(changes)
    return person


FOLLOWUP_FOLDER = "followup"
_CONTACT_COLUMNS = ("respondent_id", "source", "village_id", *PII_COLUMNS, "contact_requested")


def seed_from_folder(store: Store, ws: Workspace) -> None:
    """Fill an empty follow-up list from ``followup/contacts.csv``, once.

    Why: a workspace (the demo, or one moved from another machine) may bring the
    people still to be called back; the store is the record after that. A row of a
    village the workspace lacks is left out with its reason in ``store.seed_skipped``.
    """
    path = ws.path / FOLLOWUP_FOLDER / "contacts.csv"
    if not path.is_file():
        return
    with store.engine.connect() as conn:
        if conn.execute(sa.select(contacts.c.respondent_id).limit(1)).first() is not None:
            return
    frame = read_raw(path, set(_CONTACT_COLUMNS)).frame
    villages = set(ws.village_ids())
    records: list[dict[str, Any]] = []
    skipped: list[Problem] = []
    for row, cells in frame.iterrows():
        record: dict[str, Any] = {
            k: None if is_missing(cells.get(k)) else str(cells[k]).strip() for k in _CONTACT_COLUMNS
        }
        if record["village_id"] not in villages or not record["respondent_id"]:
            skipped.append(
                Problem(
                    f"{FOLLOWUP_FOLDER}/contacts.csv",
                    row_number(row),
                    None,
                    None,
                    key="followup.seed_skipped",
                    fields={"village": record["village_id"]},
                )
            )
            continue
        record["source"] = record["source"] or "contacts.csv"
        record["contact_requested"] = record["contact_requested"] is not None and parse_bool(
            record["contact_requested"]
        )
        records.append(record)
    with store.transaction() as conn:
        upsert_contacts(conn, records)
    store.seed_skipped += skipped
