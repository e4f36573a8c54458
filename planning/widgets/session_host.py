"""What the panels of the session screen take from the app they are mixed into.

VotingPanel, DecisionsPanel and ProjectorView are mixins of SessionApp
(planning.widgets.session_app): they build their own widgets but use the app's store
(``ws``), chosen session, language and status line. Declaring those here lets the type
checker hold each panel to what the app really provides; nothing is defined at run time.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from planning.workspace.folder import Workspace


class SessionHost:
    """The app's side of the mixins: attributes and methods SessionApp defines."""

    ws: Workspace
    session_id: int | None
    lang: str
    #: redraw the result panel from the store
    refresh: Callable[[], None]
    #: the chosen session's id, or a PlanningError asking to choose one
    _need_session: Callable[[], int]
    #: run an action, showing a PlanningError in the status line instead of raising it
    _guard: Callable[..., Any]
    #: a sentence in the status line (``error=True``: as an error)
    _say: Callable[..., None]
