"""The text of the guided notebooks (Dutch), one list of cells per notebook.

("md", text) is a markdown cell for staff, ("params", "") the papermill
parameters cell, ("code", text) a thin code cell calling ``planning``.
"""

from __future__ import annotations

OPEN = """
import planning

ws = planning.open_workspace(workspace)
ws.village(village)[["name", "municipality"]]
"""

NOTEBOOKS: dict[str, list[tuple[str, str]]] = {
    "01_dorpsprofiel": [
        (
            "md",
            """
# 1. Dorpsprofiel

Wie wonen er in de kern, nu en over 3, 5 en 10 jaar? De inwoners per leeftijdsklasse komen van
het CBS (1 januari 2021); de vooruitberekening laat zien hoe de kern vergrijst of verjongt.
Zet hieronder de kern (`village`) en voer de cellen een voor een uit (Shift+Enter).
""",
        ),
        ("params", ""),
        ("code", OPEN),
        ("md", "Inwoners per leeftijdsklasse in het laatste jaar (Bron: CBS)."),
        (
            "code",
            """
pop = ws.latest_population()
pop[pop["village_id"] == village].pivot_table(index="age_band", values="inhabitants", sort=False).T
""",
        ),
        ("md", "De vooruitberekening naar de drie termijnen, met de aannames ernaast."),
        (
            "code",
            """
from planning.analysis.population import project

projection = project(ws, village)
projection.frame.pivot_table(index="age_band", columns="year", values="inhabitants", sort=False).round(0)
""",
        ),
        ("code", "projection.assumptions"),
    ],
    "02_enquete": [
        (
            "md",
            """
# 2. Enquête (behoeftepeiling)

Wat vinden inwoners belangrijk, en wat denken ze nodig te hebben over 3, 5 en 10 jaar?
Lees eerst een export in (`planning survey import BESTAND` of de cel hieronder), bekijk dan de
behoeften per thema, wie we wel en niet bereikt hebben, en wie teruggebeld wil worden.
Aantallen onder de 5 staan als "<5": zo zijn ze te publiceren.
""",
        ),
        ("params", ""),
        ("code", OPEN),
        (
            "md",
            "De exports die in `survey/raw` staan. Inlezen doet u met `planning survey import BESTAND` (of `planning.import_survey(ws.path, bestand)`): rijen met een fout worden apart gezet, met de reden, en namen en telefoonnummers gaan alleen naar de terugbellijst.",
        ),
        (
            "code",
            """
raw = sorted((ws.path / "survey" / "raw").glob("*.csv"))
raw
""",
        ),
        ("md", "Behoeften per thema en termijn, gewogen naar leeftijd; te publiceren vorm."),
        (
            "code",
            """
needs = planning.publishable(planning.needs(ws, village))
needs.sort_values(["horizon", "share"], ascending=[True, False]).head(15)
""",
        ),
        ("md", "Via welke kanalen hebben we inwoners bereikt?"),
        ("code", "planning.channel_counts(ws, village)"),
        (
            "md",
            "Is de groep die antwoordde een afspiegeling van de kern? Een groot verschil betekent: extra huisbezoeken of straatpeilingen in die leeftijdsgroep.",
        ),
        ("code", "planning.representativeness(ws, village)"),
        (
            "code",
            """
from planning.survey.channels import age_profile_chart

age_profile_chart(ws, village)
""",
        ),
        (
            "md",
            "Vrijwilligers die zich aanboden, en de terugbellijst (namen staan alleen in de opslag, nooit in een export): `planning followup list --village roden`.",
        ),
        ("code", "planning.volunteers_offered(ws, village)"),
    ],
    "03_voorzieningen": [
        (
            "md",
            """
# 3. Voorzieningen

Welke plekken zijn er al, en welke zijn toegankelijk en laagdrempelig? Hoe ver wonen inwoners
van de dichtstbijzijnde ontmoetingsplek? Pas `facilities.csv` aan als een gegeven niet klopt en
voer de cellen opnieuw uit.
""",
        ),
        ("params", ""),
        ("code", OPEN),
        (
            "code",
            """
qualities = planning.facility_qualities(ws)
in_village = ws.facilities.loc[ws.facilities["village_id"] == village, ["facility_id", "name", "kind"]]
in_village.merge(qualities, on="facility_id")
""",
        ),
        (
            "md",
            "Afstand tot de dichtstbijzijnde ontmoetingsplek, gewogen naar waar inwoners wonen.",
        ),
        ("code", "planning.coverage(ws, village)"),
        ("code", "planning.village_map(ws, village)"),
    ],
    "04_vraag_en_aanbod": [
        (
            "md",
            """
# 4. Vraag en aanbod

Welke vragen van inwoners passen bij wat er al is (Jeugdfonds, WMO, sociaal team, clubs,
kledingbank, activiteiten)? En waar is de vraag groter dan het aanbod? "Gebruik wat er is en
verbind het"; vul alleen aan wat ontbreekt.
""",
        ),
        ("params", ""),
        ("code", OPEN),
        ("md", "Een vraag matchen: thema, leeftijd en kern."),
        ("code", 'matches = planning.match(ws, "youth", 12, village)\nmatches[:5]'),
        (
            "md",
            "Tekorten per thema: vraag (behoefte x inwoners) tegen aanbod (voorzieningen, afspraken).",
        ),
        (
            "code",
            """
from planning.analysis.matching import gaps

table = gaps(ws, village)
table[["theme", "horizon", "demand", "supply", "coverage", "gap"]].round(2)
""",
        ),
    ],
    "05_scenarios": [
        (
            "md",
            """
# 5. Scenario's

Voeg acties toe of pas ze aan: startjaar, kosten, bereik, trekker. De uitkomst per termijn
(3, 5 en 10 jaar) rekent direct mee. **Opslaan** bewaart een nieuwe versie in de opslag;
**Kiezen voor het dorpsplan** maakt dit het scenario van het dorpsplan. Besluiten uit een
bijeenkomst (notebook 6) neemt u over met één klik.
""",
        ),
        ("params", ""),
        (
            "code",
            """
from planning.widgets import ScenarioEditor

editor = ScenarioEditor(workspace, village)
editor
""",
        ),
        ("md", "Scenario's naast elkaar, als tabel (voor een notitie aan de wethouder)."),
        (
            "code",
            """
import planning
from planning.workspace.scenario_file import compare
from planning.store.scenarios import list_scenarios, load_scenario

names = [s["name"] for s in list_scenarios(editor._store(), village)]
scenarios = [load_scenario(editor._store(), n, village) for n in names] or [editor.scenario]
compare(editor.ws, scenarios).frame
""",
        ),
    ],
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
    "07_dorpsplan": [
        (
            "md",
            """
# 7. Dorpsplan

Het dorpsplan bundelt alles voor één kern: profiel, wat inwoners vragen, voorzieningen,
matches en tekorten, het gekozen scenario per termijn, afspraken met partners en de monitoring.
Bekijk de inhoud en maak de PDF (en de tabellen als Excel). Dezelfde invoer geeft steeds
dezelfde PDF. Het plan komt in de map `plannen/` van de werkmap. Vanaf de opdrachtregel:
`planning export --village roden`.
""",
        ),
        ("params", ""),
        (
            "code",
            """
from planning.plan.build import build_plan

plan = build_plan(workspace, village)
plan.name, plan.plan_date, plan.top_needs()
""",
        ),
        ("code", "plan.monitoring"),
        (
            "code",
            """
from planning import open_workspace
from planning.report.export import export_village, plans_dir

ws = open_workspace(workspace)
bestanden = export_village(ws, village, plans_dir(ws), ("pdf", "xlsx"))
print("Dorpsplan geschreven in", plans_dir(ws), ":", ", ".join(f.name for f in bestanden))
""",
        ),
    ],
    "08_monitoring": [
        (
            "md",
            """
# 8. Monitoring

Stuur op maatschappelijke effecten, niet alleen op het aantal activiteiten: bezoekers van
ontmoetingsplekken, matches, Jeugdfonds, vrijwilligers, eenzaamheid (GGD-monitor). De
indicatoren en doelen per termijn staan in `workspace.toml` onder `[indicators.…]`.
Nieuwe cijfers lees je in met `planning monitor import BESTAND` of hieronder.
""",
        ),
        ("params", ""),
        (
            "code",
            """
import planning
from planning.analysis import monitoring

ws = planning.open_workspace(workspace)
monitoring.latest(ws, village)
""",
        ),
        ("code", "monitoring.trend_chart(ws, village)"),
        (
            "md",
            "Interactief: kies een kern en indicatoren, of lees een spreadsheet met waarnemingen in.",
        ),
        (
            "code",
            """
from planning.widgets import MonitoringView

MonitoringView(ws, village)
""",
        ),
    ],
}
