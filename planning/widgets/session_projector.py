"""What the projector shows: the result, live and, on request, full width in large type
with the decisions taken (trekker and horizon) underneath.

A mixin of SessionApp (planning.widgets.session_app): it builds its widgets in
``_init_projector`` and needs the app's tabs, store (``ws``), chosen session and
``refresh``. The facilitator switches it with the "Beamer" button and back again; the
browser's own full screen (F11) hides the rest of the window. Votes from a second
screen appear by polling the session's revision (``start_polling``).
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

import ipywidgets as w

from planning.i18n import text
from planning.store import session_results
from planning.widgets._style import esc
from planning.widgets.session_host import SessionHost

PROJECTOR_CSS = """
<style>
.pl-projector .pl-results { width: 100% !important; border-width: 3px; }
.pl-projector .pl-title { font-size: 40px; }
.pl-projector .pl-sub { font-size: 24px; }
.pl-projector .pl-h { font-size: 28px; }
.pl-projector .pl-bar-label { font-size: 30px; width: 34%; }
.pl-projector .pl-bar-track, .pl-projector .pl-bar-fill { height: 46px; }
.pl-projector .pl-bar-value { font-size: 34px; width: 80px; }
.pl-projector .pl-card { font-size: 24px; }
.pl-projector .pl-table { font-size: 24px; }
.pl-projector .pl-table th, .pl-projector .pl-table td { padding: 8px 16px; }
</style>
"""


class ProjectorView(SessionHost):
    """The "Beamer" switch: hides the input tabs and enlarges the result and decisions."""

    tabs: w.Tab
    widget: w.Box
    _seen_revision: int
    #: the dots each participant has left (VotingPanel)
    _show_dots_left: Callable[[], None]

    def _init_projector(self) -> None:
        self._poller: threading.Thread | None = None
        self._stop = threading.Event()
        self.projector_button = w.ToggleButton(
            description=text("meet.projector", self.lang),
            icon="desktop",
            tooltip=text("meet.projector_tip", self.lang),
            layout=w.Layout(width="auto", min_width="120px", flex="0 0 auto"),
        )
        self.projector_button.add_class("pl-projector-toggle")
        self.projector_decisions = w.HTML(layout=w.Layout(display="none"))
        self.projector_decisions.add_class("pl-projector-decisions")
        self.projector_style = w.HTML(PROJECTOR_CSS)
        self.projector_button.observe(self._on_projector, names="value")

    def _on_projector(self, change: dict[str, Any]) -> None:
        on = bool(change["new"])
        self.tabs.layout.display = "none" if on else ""
        self.projector_decisions.layout.display = "" if on else "none"
        self.projector_button.description = text("meet.back" if on else "meet.projector", self.lang)
        if on:
            self.widget.add_class("pl-projector")
        else:
            self.widget.remove_class("pl-projector")

    def _projector_decisions_html(self, decisions_html: str) -> str:
        heading = esc(text("meet.tab.decisions", self.lang))
        hint = esc(text("meet.full_screen", self.lang))
        return f'<div class="pl-h">{heading}</div>{decisions_html}<div class="pl-help">{hint}</div>'

    # -- a second screen --------------------------------------------------------------------------
    def poll_once(self) -> bool:
        """Redraw when another screen wrote into this session; True when it did."""
        if self.session_id is None:
            return False
        if session_results.revision(self.ws, self.session_id) != self._seen_revision:
            self.refresh()
            self._show_dots_left()
            return True
        return False

    def start_polling(self, interval: float = 2.0) -> None:
        """Pick up other screens' votes every ``interval`` seconds (in a background thread)."""
        if self._poller and self._poller.is_alive():
            return
        self._stop.clear()

        def loop() -> None:
            while not self._stop.wait(interval):
                try:
                    self.poll_once()
                except Exception:
                    continue

        self._poller = threading.Thread(target=loop, daemon=True, name="session-poll")
        self._poller.start()

    def stop_polling(self) -> None:
        self._stop.set()
