"""The words of the scenario editor, its evaluation table and the monitoring view
(planning.widgets.scenario_editor, scenario_evaluation, monitoring_view). Part of the one
catalogue, merged into planning.i18n.catalogue.CATALOGUE.
"""

from __future__ import annotations

EDITOR_WORDS: dict[str, tuple[str, str]] = {
    # -- the scenario editor ------------------------------------------------------------------
    "edit.h.scenario": ("Scenario", "Scenario"),
    "edit.help.scenario": (
        "Kies een opgeslagen scenario of begin een nieuw.",
        "Choose a saved scenario or start a new one.",
    ),
    "edit.h.action": ("Actie", "Action"),
    "edit.help.action": (
        "Schuif met jaren, kosten en bereik: de uitkomst rekent direct mee.",
        "Move years, costs and reach: the outcome follows at once.",
    ),
    "edit.h.outcome": ("Uitkomst per termijn", "Outcome per horizon"),
    "edit.scenario": ("Scenario", "Scenario"),
    "edit.name": ("Naam", "Name"),
    "edit.actions": ("Acties", "Actions"),
    "edit.add": ("Nieuwe actie", "New action"),
    "edit.remove": ("Actie verwijderen", "Remove action"),
    "edit.take_decisions": (
        "Besluiten uit bijeenkomsten overnemen",
        "Take over decisions from sessions",
    ),
    "edit.title": ("Titel", "Title"),
    "edit.kind": ("Soort", "Kind"),
    "edit.themes": ("Thema's", "Themes"),
    "edit.place": ("Plek", "Place"),
    "edit.no_place": ("(geen)", "(none)"),
    "edit.start": ("Startjaar", "Start year"),
    "edit.end": ("Eindjaar", "End year"),
    "edit.once": ("Eenmalig €", "One-off €"),
    "edit.yearly": ("Per jaar €", "Per year €"),
    "edit.reach": ("Bereik/week", "Reach/week"),
    "edit.volunteers": ("Vrijwilligers", "Volunteers"),
    "edit.save": ("Opslaan", "Save"),
    "edit.choose": ("Kiezen voor het dorpsplan", "Choose for the village plan"),
    "edit.new": ("(nieuw scenario)", "(new scenario)"),
    "edit.chosen": ("(gekozen)", "(chosen)"),
    "edit.base": ("Basis", "Base"),
    "edit.numbered": ("Scenario {n}", "Scenario {n}"),
    "edit.saved": (
        "Scenario '{name}' opgeslagen als versie {version}.",
        "Scenario '{name}' saved as version {version}.",
    ),
    "edit.chosen_done": (
        "Scenario '{name}' gekozen voor het dorpsplan.",
        "Scenario '{name}' chosen for the village plan.",
    ),
    "edit.new_action": ("Nieuwe actie {n}", "New action {n}"),
    "edit.need_action": (
        "kies eerst een actie om te verwijderen",
        "choose an action to remove first",
    ),
    "edit.removed": (
        "Actie '{title}' verwijderd (nog niet opgeslagen).",
        "Action '{title}' removed (not saved yet).",
    ),
    "edit.taken": (
        "{n} besluiten overgenomen als actie (nog niet opgeslagen).",
        "{n} decisions taken over as actions (not saved yet).",
    ),
    "edit.header": ("Scenario's voor {name}", "Scenarios for {name}"),
    "edit.sub": ("{n} acties · basisjaar {year}", "{n} actions · base year {year}"),
    # -- its evaluation table -----------------------------------------------------------------
    "eval.inhabitants": ("Inwoners", "Inhabitants"),
    "eval.older": ("65-plussers", "Aged 65 and over"),
    "eval.walk": ("Binnen loopafstand", "Within walking distance"),
    "eval.gaps": ("Thema's met tekort", "Themes with a gap"),
    "eval.coverage": ("Dekking {theme}", "Coverage {theme}"),
    "eval.yearly": ("Kosten per jaar", "Costs per year"),
    "eval.cumulative": ("Kosten opgeteld", "Costs added up"),
    "eval.volunteers": ("Vrijwilligers nodig / aangeboden", "Volunteers needed / offered"),
    "eval.note": (
        "Dekking: aanbod gedeeld door de vraag per thema; groen vanaf {threshold}.",
        "Coverage: supply divided by demand per theme; green from {threshold}.",
    ),
    # -- the monitoring view ------------------------------------------------------------------
    "mon.title": ("Monitoring", "Monitoring"),
    "mon.sub": (
        "Maatschappelijke effecten per kern, tegen de doelen per termijn.",
        "Societal effects per village, against the targets per horizon.",
    ),
    "mon.indicators": ("Indicatoren", "Indicators"),
    "mon.choose_file": ("Bestand kiezen", "Choose file"),
    "mon.import": ("Waarnemingen inlezen", "Read observations"),
    "mon.indicator": ("Indicator", "Indicator"),
    "mon.latest": ("Laatste waarde", "Latest value"),
    "mon.period": ("Periode", "Period"),
    "mon.goal": ("Doel", "Target"),
    "mon.source": ("Bron", "Source"),
    "mon.target": ("{value} in {year}", "{value} in {year}"),
    "mon.on_track": ("op koers", "on track"),
    "mon.behind": ("achter", "behind"),
    "mon.no_observations": ("Nog geen waarnemingen voor deze kern.", "No observations for this village yet."),
    "mon.need_file": (
        "kies eerst een bestand (CSV of XLSX) met waarnemingen",
        "choose a file (CSV or XLSX) with observations first",
    ),
    "mon.imported": ("{new} nieuw, {updated} bijgewerkt.", "{new} new, {updated} updated."),
    "mon.not_read": ("Niet ingelezen:", "Not read:"),
}
