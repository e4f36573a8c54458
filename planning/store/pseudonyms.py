"""Pseudonyms for respondents whose id is personal data (an e-mail address or phone number).

Online forms often use the e-mail address or phone number as the respondent
id. Such an id is replaced by ``p-`` + 16 hex digits of SHA-256(salt + id); the
salt is kept in the workspace's store (planning.store.followup), so the same
person gets the same pseudonym on every import while the pseudonym means nothing
outside the workspace. Kept free of SQLAlchemy so the survey importer only opens
the store when it must.
"""

from __future__ import annotations

import hashlib
import re

EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
PHONE = re.compile(r"^\+?[\d\s().-]{8,20}$")


def looks_personal(value: str) -> bool:
    """True for an id that is an e-mail address or a phone number (8 or more digits)."""
    text = str(value).strip()
    if EMAIL.match(text):
        return True
    return bool(PHONE.match(text)) and sum(c.isdigit() for c in text) >= 8


def pseudonym(value: str, salt: str) -> str:
    """A stable pseudonym: 'p-' + 16 hex of SHA-256(salt + normalised id)."""
    text = str(value).strip().lower()
    if not EMAIL.match(text):
        text = re.sub(r"[^\d+]", "", text)
    digest = hashlib.sha256((salt + "\x1f" + text).encode()).hexdigest()
    return "p-" + digest[:16]
