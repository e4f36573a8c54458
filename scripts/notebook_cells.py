"""The text of the guided notebooks (Dutch), one list of cells per notebook.

("md", text) is a markdown cell for staff, ("params", "") the papermill
parameters cell, ("code", text) a thin code cell calling ``planning``.
"""

from __future__ import annotations

NOTE_LATER = (
    'from IPython.display import Markdown\n\nMarkdown("> **Nog niet beschikbaar:** {what} '
    'komt in een volgende versie van de werkmap.")'
)

OPEN_WS = "import planning\n\nws = planning.open_workspace(workspace)\nws.village(village)[['name', 'municipality']]"

NOTEBOOKS: dict[str, list[tuple[str, str]]] = {
    "06_sessie": [
        ("params", ""),
        (
            "code",
            """
import os

from planning.widgets import SessionApp

village = os.environ.get("PLANNING_VILLAGE", village)
app = SessionApp(workspace, village=village)
app.start_polling()  # stemmen van een tweede scherm verschijnen vanzelf
app
""",
        ),
        (
            "md",
            """
---
**Voor de begeleider.** Kies of start de bijeenkomst op het eerste tabblad. Alles wat u
invoert staat meteen in de opslag van de werkmap: valt de laptop uit, dan gaat niets
verloren. Een tweede scherm (`planning session` op dezelfde werkmap) stemt in dezelfde
bijeenkomst mee. Zet de uitslag rechts op de beamer.
""",
        ),
    ],
}
