"""Closed code lists shared by files, the store, the command line and screens.

A code list lives here, in a module without heavy imports, so that the store
(which validates and constrains with it) and the command line (which offers it
as choices before SQLAlchemy is loaded) use the same tuple. Words for the
codes are in planning.i18n.
"""

from __future__ import annotations

#: how a recorded match went; Dutch labels under "match.<code>" / "outcome.<code>"
MATCH_OUTCOMES: tuple[str, ...] = ("proposed", "accepted", "declined", "completed")

#: how a follow-up call went
FOLLOWUP_OUTCOMES: tuple[str, ...] = (
    "reached",  # gesproken
    "no_answer",  # geen gehoor
    "voicemail",  # voicemail ingesproken
    "callback_later",  # later terugbellen
    "wrong_number",  # verkeerd nummer
    "declined",  # wil geen contact meer
)

#: where a home visit stands
VISIT_STATES: tuple[str, ...] = ("none", "planned", "done")
