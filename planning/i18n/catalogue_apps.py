"""Words of the apps as staff meet them (issue 25): the plan's link, verdicts in words,
the entry form's coding queue and labels that fit."""

from __future__ import annotations

APPS_WORDS: dict[str, tuple[str, str]] = {
    "export.open": ("Open {kind}: {file}", "Open {kind}: {file}"),
    "export.kind.pdf": ("het dorpsplan (PDF)", "the village plan (PDF)"),
    "export.kind.xlsx": ("de tabellen (Excel)", "the tables (Excel)"),
    "export.where": ("Opgeslagen in de map {path}", "Saved in the folder {path}"),
    "view.commands": ("Op de opdrachtregel:", "On the command line:"),
    "app.nb.09_persoonlijke_aanpak": ("Persoonlijke aanpak", "Personal approach"),
    "app.about.09_persoonlijke_aanpak": (
        "antwoorden invoeren en terugbellen",
        "enter answers and call back",
    ),
    "view.file_kind": ("soort", "kind"),
}
