"""Store tables of the facilitated sessions: what a room of residents and partners said.

Working-group (werkgroep) and sounding-board (klankbordgroep) meetings record
attendance by kind of organisation (counts, never names), dot votes, rankings,
"goed / beter" cards and decisions that later become scenario actions. Every
input is its own row written in its own transaction, so a laptop that crashes
mid-meeting loses nothing, and two screens can write into one session at once.
"""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa

from planning.store.engine import metadata

sessions = sa.Table(
    "sessions",
    metadata,
    sa.Column("session_id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("kind", sa.String(32), nullable=False),
    sa.Column("village_id", sa.String(120), nullable=False, index=True),
    sa.Column("held_on", sa.Date, nullable=False),
    sa.Column("title", sa.String(300), nullable=False),
    #: dots each participant may place in the dot vote
    sa.Column("dots_per_participant", sa.Integer, nullable=False, default=3),
    sa.Column("created_at", sa.DateTime, nullable=False),
    #: bumped by every input: serialises writers per session and lets screens poll for news
    sa.Column("updated_at", sa.DateTime, nullable=False),
    sa.Column("revision", sa.Integer, nullable=False, default=0),
    sa.CheckConstraint("kind in ('working_group', 'sounding_board')", name="ck_session_kind"),
    sa.CheckConstraint("dots_per_participant > 0", name="ck_session_dots"),
)

#: what can be voted on and ranked in a session: themes or candidate actions
session_options = sa.Table(
    "session_options",
    metadata,
    sa.Column("option_id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column(
        "session_id",
        sa.Integer,
        sa.ForeignKey("sessions.session_id", ondelete="CASCADE"),
        nullable=False,
    ),
    sa.Column("code", sa.String(120), nullable=False),
    sa.Column("label", sa.String(300), nullable=False),
    sa.Column("kind", sa.String(16), nullable=False),  # theme | action
    sa.Column("position", sa.Integer, nullable=False, default=0),
    sa.UniqueConstraint("session_id", "code", name="uq_session_option"),
    sa.CheckConstraint("kind in ('theme', 'action')", name="ck_option_kind"),
)


def _session_ref(**options: Any) -> sa.Column[int]:
    """The link from an input to its session; deleting a session removes its inputs.
    ``options`` are Column's (primary_key, nullable, index), passed on as given."""
    return sa.Column(
        "session_id",
        sa.Integer,
        sa.ForeignKey("sessions.session_id", ondelete="CASCADE"),
        **options,
    )


session_attendance = sa.Table(
    "session_attendance",
    metadata,
    _session_ref(primary_key=True),
    sa.Column("org_kind", sa.String(40), primary_key=True),
    sa.Column("count", sa.Integer, nullable=False),
    sa.Column("recorded_at", sa.DateTime, nullable=False),
    sa.CheckConstraint("count >= 0", name="ck_attendance_count"),
)

session_votes = sa.Table(
    "session_votes",
    metadata,
    sa.Column("vote_id", sa.Integer, primary_key=True, autoincrement=True),
    _session_ref(nullable=False, index=True),
    sa.Column("participant", sa.Integer, nullable=False),
    sa.Column("option", sa.String(120), nullable=False),
    sa.Column("dots", sa.Integer, nullable=False),
    sa.Column("cast_at", sa.DateTime, nullable=False),
    sa.CheckConstraint("dots > 0", name="ck_vote_dots"),
    sa.CheckConstraint("participant > 0", name="ck_vote_participant"),
)

session_rankings = sa.Table(
    "session_rankings",
    metadata,
    _session_ref(primary_key=True),
    sa.Column("participant", sa.Integer, primary_key=True),
    sa.Column("position", sa.Integer, primary_key=True),  # 1 = first choice
    sa.Column("option", sa.String(120), nullable=False),
    sa.Column("ranked_at", sa.DateTime, nullable=False),
    sa.UniqueConstraint("session_id", "participant", "option", name="uq_ranking_option"),
    sa.CheckConstraint("position > 0", name="ck_ranking_position"),
)

session_cards = sa.Table(
    "session_cards",
    metadata,
    sa.Column("card_id", sa.Integer, primary_key=True, autoincrement=True),
    _session_ref(nullable=False, index=True),
    sa.Column("kind", sa.String(8), nullable=False),  # good | better
    sa.Column("text", sa.Text, nullable=False),
    sa.Column("theme", sa.String(120), nullable=True),
    sa.Column("written_at", sa.DateTime, nullable=False),
    sa.CheckConstraint("kind in ('good', 'better')", name="ck_card_kind"),
)

#: decisions carry the fields of a scenario action (see planning.workspace.scenario_file.Action)
session_decisions = sa.Table(
    "session_decisions",
    metadata,
    sa.Column("decision_id", sa.Integer, primary_key=True, autoincrement=True),
    _session_ref(nullable=False, index=True),
    sa.Column("title", sa.String(300), nullable=False),
    sa.Column("kind", sa.String(32), nullable=False),
    sa.Column("themes", sa.Text, nullable=False, default=""),  # ';'-separated codes
    sa.Column("partner_id", sa.String(120), nullable=True),  # the owner
    sa.Column("horizon", sa.Integer, nullable=False),
    sa.Column("start_year", sa.Integer, nullable=False),
    sa.Column("end_year", sa.Integer, nullable=True),
    sa.Column("facility_id", sa.String(120), nullable=True),
    sa.Column("one_off_cost", sa.Float, nullable=True),
    sa.Column("yearly_cost", sa.Float, nullable=True),
    sa.Column("reach_per_week", sa.Float, nullable=True),
    sa.Column("note", sa.Text, nullable=True),
    sa.Column("decided_at", sa.DateTime, nullable=False),
)
