"""Theme codes and the words staff use for them.

Staff write a theme as its code (``meeting``) or as its Dutch or English label
(``ontmoeting``); every file and command resolves it here, so one spelling works
everywhere and an unknown one names the valid codes.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from planning.errors import WorkspaceError
from planning.workspace.conversion import suggest

if TYPE_CHECKING:
    from planning.workspace.folder import Workspace


def resolve_theme(ws: Workspace, theme: str) -> str:
    """A theme code from its code or its Dutch/English label ("eenzaamheid" -> loneliness)."""
    if theme in ws.settings.themes:
        return theme
    by_label = {
        lab.casefold(): code for code, labels in ws.settings.themes.items() for lab in labels
    }
    if theme.casefold() in by_label:
        return by_label[theme.casefold()]
    near = suggest(theme, list(ws.settings.themes)) or by_label.get(
        (suggest(theme, list(by_label)) or "").casefold()
    )
    hint = f"; bedoelt u '{near}'?" if near else ""
    raise WorkspaceError(
        f"onbekend thema '{theme}'{hint} (thema's: {', '.join(ws.settings.themes)})"
    )
