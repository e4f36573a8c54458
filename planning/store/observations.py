"""Store table of monitoring observations: one figure per indicator, village and period.

The municipality wants to know whether the work had a societal effect (visitors of
meeting places, matches made, fund uptake, volunteers, loneliness), not only how
many activities ran. Observations arrive as spreadsheets from several sources;
importing one again replaces the same (indicator, village, period) rather than
counting it twice.
"""

from __future__ import annotations

import sqlalchemy as sa

from planning.store.engine import metadata

observations = sa.Table(
    "observations",
    metadata,
    sa.Column("indicator", sa.String(80), primary_key=True),
    sa.Column("village_id", sa.String(120), primary_key=True),
    #: "2026", "2026-03" or "2026-Q1"; ``period_start`` orders them
    sa.Column("period", sa.String(16), primary_key=True),
    sa.Column("period_start", sa.Date, nullable=False),
    sa.Column("value", sa.Float, nullable=False),
    sa.Column("source", sa.String(300), nullable=True),
    sa.Column("imported_from", sa.String(300), nullable=True),
    sa.Column("imported_at", sa.DateTime, nullable=False),
)
