"""Theme codes and the words staff use for them.

Staff write a theme as its code (``meeting``) or as its Dutch or English label
(``ontmoeting``); every file and command resolves it here, so one spelling works
everywhere and an unknown one names the valid codes.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Protocol

from planning.errors import PerLanguage, Said, WorkspaceError
from planning.io.suggest import suggest
from planning.workspace.settings import Settings

#: code -> (Dutch label, English label), as Settings.themes holds them
ThemeLabels = Mapping[str, tuple[str, ...]]


def theme_code(themes: ThemeLabels, theme: str) -> str | None:
    """The code ``theme`` stands for (its code or a label, any case), or None."""
    theme = theme.strip()
    if theme in themes:
        return theme
    by_name = {code.casefold(): code for code in themes}
    by_name.update({label.casefold(): code for code, labels in themes.items() for label in labels})
    return by_name.get(theme.casefold())


def unknown_theme(themes: ThemeLabels, theme: str) -> Said:
    """'onbekend thema ...; bedoelt u ...? (thema's: ...)': the valid codes with a suggestion."""
    labels = {label: code for code, names in themes.items() for label in names}
    near = suggest(theme, list(themes)) or labels.get(suggest(theme, list(labels)) or "")
    valid = [
        ", ".join(
            f"{code} ({names[i]})" if len(names) > i else code for code, names in themes.items()
        )
        for i in (0, 1)
    ]
    # the themes with their labels in the reader's language
    fields = {
        "theme": theme,
        "valid": PerLanguage(nl=valid[0], en=valid[1]),
        "near": near or "",
    }
    return Said("ws.unknown_theme_near" if near else "ws.unknown_theme", fields)


class _HasSettings(Protocol):
    """A Workspace, seen from here (the folder module loads tables through this one)."""

    settings: Settings


def resolve_theme(ws: _HasSettings, theme: str) -> str:
    """A theme code from its code or its Dutch/English label ("eenzaamheid" -> loneliness)."""
    code = theme_code(ws.settings.themes, theme)
    if code is None:
        raise WorkspaceError(unknown_theme(ws.settings.themes, theme))
    return code
