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
    "verdict.column": ("oordeel", "verdict"),
    "verdict.word.gap": ("tekort", "gap"),
    "verdict.word.covered": ("gedekt", "covered"),
    "verdict.word.depends": ("hangt af van de aanname", "depends on the assumption"),
    "sum.respondents.one": ("respondent", "respondent"),
    "sum.facilities.one": ("voorziening", "facility"),
    "sum.meeting_places.one": ("ontmoetingsplek", "meeting place"),
    "sum.actions_n.one": ("actie in het plan", "action in the plan"),
    "sum.commitments.one": ("afspraak met een partner", "commitment with a partner"),
    "match.other_themes": (
        "{n} andere thema's (samen, elk minder dan 5)",
        "{n} other themes (together, each fewer than 5)",
    ),
    "match.other_themes.one": (
        "1 ander thema (minder dan 5)",
        "1 other theme (fewer than 5)",
    ),
    "match.all_themes": ("alle thema's", "all themes"),
    "entry.queued": (
        "Het antwoord voor {years} jaar past bij geen thema: het staat in de codeerlijst van "
        "de werkmap, waar u het thema kiest; tot dan telt het niet mee in de behoeften.",
        "The answer for {years} years fits no theme: it is in the workspace's coding list, "
        "where you choose its theme; until then it does not count in the needs.",
    ),
    "meet.started_at": ("gestart {time}", "started {time}"),
}
