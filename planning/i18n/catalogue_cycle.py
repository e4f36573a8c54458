"""The words of the planning cycle: plans recorded in the store, what became of the previous
plan, and the council's overview of every kern (part of the one catalogue, merged into
planning.i18n.catalogue.CATALOGUE; kept apart so that file stays short)."""

from __future__ import annotations

CYCLE_WORDS: dict[str, tuple[str, str]] = {
    # -- states of an action or commitment ------------------------------------------------
    "state.done": ("uitgevoerd", "done"),
    "state.running": ("loopt", "running"),
    "state.stopped": ("gestopt", "stopped"),
    "state.not_started": ("niet begonnen", "not started"),
    "state.unknown": ("niet vastgelegd", "not recorded"),
    # -- plan records -----------------------------------------------------------------------
    "plan.state_unknown": (
        "'{state}' is geen stand; kies uit: {known}",
        "'{state}' is not a state; choose from: {known}",
    ),
    "plan.unknown_action": (
        "dorpsplan {number} van {village} heeft geen actie '{item}'; de acties zijn: {known}",
        "village plan {number} of {village} has no action '{item}'; its actions are: {known}",
    ),
    "plan.unknown_commitment": (
        "dorpsplan {number} van {village} heeft geen afspraak '{item}'; de afspraken zijn: {known}",
        "village plan {number} of {village} has no commitment '{item}'; its commitments are: "
        "{known}",
    ),
    "plan.none_recorded": (
        "van {village} is nog geen dorpsplan vastgelegd; maak het eerst met: planning export "
        "--village {village}",
        "no village plan of {village} has been recorded yet; make one first with: planning "
        "export --village {village}",
    ),
    "plan.unknown_number": (
        "{village} heeft geen dorpsplan {number}; de vastgelegde plannen toont: planning plan "
        "list --village {village}",
        "{village} has no village plan {number}; the recorded plans are shown by: planning plan "
        "list --village {village}",
    ),
    "plan.seed_unknown_village": (
        "kern '{village}' staat niet in villages.csv",
        "village '{village}' is not in villages.csv",
    ),
    # -- the section of a later plan ------------------------------------------------------------
    "sec.earlier": (
        "Wat is er terechtgekomen van het vorige plan",
        "What became of the previous plan",
    ),
    "earlier.intro": (
        "Dit plan volgt op dorpsplan {number} van {date}: scenario '{scenario}' (versie "
        "{version}), enquêteronde {round}, bevolking volgens {source}. Hieronder staat per "
        "actie en afspraak van dat plan hoe het ermee staat, zoals de gemeente het heeft "
        "vastgelegd, en hoe de indicatoren sindsdien bewogen.",
        "This plan follows village plan {number} of {date}: scenario '{scenario}' (version "
        "{version}), survey round {round}, population from {source}. Below, for each action "
        "and commitment of that plan, is how it stands as the municipality recorded it, and "
        "how the indicators moved since.",
    ),
    "earlier.generated": (
        "Het vorige plan en de vastgelegde standen zijn voor de demo gegenereerd; het zijn "
        "geen echte gegevens.",
        "The previous plan and its recorded states were generated for the demo; they are "
        "not real data.",
    ),
    "earlier.items": ("Acties en afspraken", "Actions and commitments"),
    "earlier.no_items": (
        "Het vorige plan had geen acties of afspraken.",
        "The previous plan had no actions or commitments.",
    ),
    "earlier.counts": (
        "Van de {total} acties en afspraken: {done} uitgevoerd, {running} lopen nog, "
        "{stopped} gestopt, {not_started} niet begonnen, {unknown} zonder vastgelegde stand.",
        "Of the {total} actions and commitments: {done} done, {running} still running, "
        "{stopped} stopped, {not_started} not started, {unknown} without a recorded state.",
    ),
    "earlier.kind.action": ("actie", "action"),
    "earlier.kind.commitment": ("afspraak", "commitment"),
    "earlier.col.kind": ("soort", "kind"),
    "earlier.col.what": ("wat", "what"),
    "earlier.col.partner": ("trekker", "lead"),
    "earlier.col.period": ("periode", "period"),
    "earlier.col.state": ("stand", "state"),
    "earlier.col.indicator": ("indicator", "indicator"),
    "earlier.col.then": ("toen", "then"),
    "earlier.col.now": ("nu", "now"),
    "earlier.col.target": ("doel", "target"),
    "earlier.col.moved": ("richting", "direction"),
    "earlier.col.theme": ("thema", "theme"),
    "earlier.col.horizon": ("termijn", "horizon"),
    "earlier.change_points": ("{points} procentpunt", "{points} percentage points"),
    "earlier.col.change": ("verschil", "change"),
    "earlier.col.verdict": ("oordeel", "verdict"),
    "earlier.indicators": ("Indicatoren sinds {date}", "Indicators since {date}"),
    "earlier.no_observations": (
        "Voor deze kern zijn sinds {date} geen waarnemingen vastgelegd.",
        "No observations have been recorded for this village since {date}.",
    ),
    "earlier.towards": ("naar het doel toe", "towards the target"),
    "earlier.away": ("van het doel af", "away from the target"),
    "earlier.same": ("onveranderd", "unchanged"),
    "earlier.needs": (
        "Behoeften die tussen de enquêterondes veranderden",
        "Needs that changed between survey rounds",
    ),
    # -- the command --------------------------------------------------------------------------
    "help.plan": (
        "vastgelegde dorpsplannen en de stand van hun acties en afspraken",
        "recorded village plans and the state of their actions and commitments",
    ),
    "help.plan.state": (
        "leg de stand van een actie of afspraak vast (uitgevoerd, loopt, gestopt, niet begonnen)",
        "record the state of an action or commitment (done, running, stopped, not started)",
    ),
    "help.plan.list": (
        "toon de vastgelegde dorpsplannen met hun acties, afspraken en standen",
        "show the recorded village plans with their actions, commitments and states",
    ),
    "help.plan.village": ("de kern (village_id)", "the village (village_id)"),
    "help.plan.action": ("de titel van de actie", "the action's title"),
    "help.plan.commitment": ("het nummer van de afspraak (commitment_id)", "the commitment's id"),
    "help.plan.state_value": (
        "uitgevoerd (done), loopt (running), gestopt (stopped) of niet-begonnen (not_started)",
        "done, running, stopped or not_started (Dutch words are understood too)",
    ),
    "help.plan.number": (
        "welk dorpsplan (standaard het nieuwste)",
        "which village plan (default: the newest)",
    ),
    "help.plan.note": ("een korte toelichting", "a short note"),
    "help.export.since": (
        "het eerdere dorpsplan waarover dit plan rapporteert (nummer; standaard het vorige)",
        "the earlier village plan this plan reports on (number; default: the previous one)",
    ),
    "cli.plan.recorded": (
        "Stand vastgelegd: {kind} '{item}' van dorpsplan {number} ({village}) is nu: {state}",
        "State recorded: {kind} '{item}' of village plan {number} ({village}) is now: {state}",
    ),
    "cli.plan.none": (
        "Nog geen dorpsplannen vastgelegd.",
        "No village plans recorded yet.",
    ),
    "cli.plan.header": (
        "Dorpsplan {number} van {village}, {date}: scenario '{scenario}' (versie {version}), "
        "enquêteronde {round}{generated}",
        "Village plan {number} of {village}, {date}: scenario '{scenario}' (version "
        "{version}), survey round {round}{generated}",
    ),
    "cli.plan.generated": (" (gegenereerd voor de demo)", " (generated for the demo)"),
    # -- recording states in the monitoring page and the session app -----------------------------
    "states.title": ("Stand van het dorpsplan", "State of the village plan"),
    "states.hint": (
        "Leg vast hoe elke actie en afspraak ervoor staat; het volgende dorpsplan van de kern "
        "laat het zien onder 'Wat is er terechtgekomen van het vorige plan'.",
        "Record how each action and commitment stands; the village's next plan shows it "
        "under 'What became of the previous plan'.",
    ),
    "states.item": ("Actie of afspraak", "Action or commitment"),
    "states.state": ("Stand", "State"),
    "states.note": ("Toelichting", "Note"),
    "states.note_hint": (
        "bijvoorbeeld: gestopt, geen vrijwilligers",
        "e.g. stopped, no volunteers",
    ),
    "states.record": ("Stand vastleggen", "Record state"),
    "states.plan": (
        "Dorpsplan {number} van {date}, de stand zoals laatst vastgelegd:",
        "Village plan {number} of {date}, the state as last recorded:",
    ),
    "states.no_plan": (
        "Van deze kern is nog geen dorpsplan vastgelegd; dat gebeurt bij het maken van het "
        "plan (07_dorpsplan of planning export).",
        "No village plan of this village has been recorded yet; that happens when the plan "
        "is made (07_dorpsplan or planning export).",
    ),
    # -- the council's overview ----------------------------------------------------------------
    "overview.title": ("Overzicht van de kernen", "Overview of the villages"),
    "overview.subtitle": (
        "Waar elke kern staat: inwoners, vergrijzing, ontmoeten op loopafstand, behoeften, "
        "tekorten, dorpsplannen en afspraken",
        "Where every village stands: inhabitants, ageing, meeting within walking distance, "
        "needs, shortfalls, village plans and commitments",
    ),
    "overview.file_stem": ("overzicht-kernen", "village-overview"),
    "overview.sec.summary": ("In het kort", "In short"),
    "overview.sec.geo": ("Kaart", "Map"),
    "overview.sec.table": ("Alle kernen", "All villages"),
    "overview.sec.method": ("Werkwijze en bronnen", "Method and sources"),
    "overview.fact.kernen": ("kernen", "villages"),
    "overview.fact.inhabitants": (
        "inwoners in {now}, {later} in {year}",
        "inhabitants in {now}, {later} in {year}",
    ),
    "overview.fact.plans": ("kernen met een dorpsplan", "villages with a village plan"),
    "overview.fact.walk": (
        "kernen waar minder dan de helft op loopafstand van een ontmoetingsplek woont",
        "villages where fewer than half live within walking distance of a meeting place",
    ),
    "overview.fact.robust": (
        "kernen met een robuust tekort",
        "villages with a robust shortfall",
    ),
    "overview.fact.lapsing": (
        "afspraken die in {this} of {next} aflopen",
        "commitments ending in {this} or {next}",
    ),
    "overview.intro": (
        "Dit overzicht zet alle {count} kernen naast elkaar, zoals de werkmap ze op {date} "
        "kent. Elke rij komt uit dezelfde berekeningen als het dorpsplan van die kern; de "
        "werkwijze achterin zegt per kolom waar het cijfer vandaan komt.",
        "This overview puts all {count} villages side by side, as the workbook knows them on "
        "{date}. Every row comes from the same calculations as that village's plan; the "
        "method at the back says for each column where the figure comes from.",
    ),
    "overview.col.village": ("kern", "village"),
    "overview.col.municipality": ("gemeente", "municipality"),
    "overview.col.now": ("inwoners {year}", "inhabitants {year}"),
    "overview.col.later": ("inwoners {year}", "inhabitants {year}"),
    "overview.col.share_now": ("75+ {year}", "75+ {year}"),
    "overview.col.share_later": ("75+ {year}", "75+ {year}"),
    "overview.col.growth": ("groei 75+", "growth 75+"),
    "overview.col.walk": ("binnen {walk} van ontmoetingsplek", "within {walk} of a meeting place"),
    "overview.col.needs": ("grootste behoeften", "largest needs"),
    "overview.col.robust": ("robuuste tekorten", "robust shortfalls"),
    "overview.col.plan": ("dorpsplan", "village plan"),
    "overview.col.age": ("jaar oud", "years old"),
    "overview.col.lapsing": ("afspraken die aflopen", "commitments ending"),
    "overview.no_survey": ("geen enquête", "no survey"),
    "overview.no_plan": ("geen", "none"),
    "overview.plan_cell": ("{number} ({date})", "{number} ({date})"),
    "overview.plan_generated": ("{cell}, gegenereerd", "{cell}, generated"),
    "overview.lapsing_cell": ("{count} (in {years})", "{count} (in {years})"),
    "overview.points": ("{value} procentpunt", "{value} percentage points"),
    "overview.years": ("{value} jaar", "{value} years"),
    "overview.points_unit": ("procentpunt", "percentage points"),
    "overview.years_unit": ("jaar", "years"),
    "overview.count_unit": ("aantal", "number"),
    "overview.measure.growth_75": (
        "groei van het aandeel 75-plussers",
        "growth of the share aged 75 and over",
    ),
    "overview.measure.share_75_later": (
        "aandeel 75-plussers over 10 jaar",
        "share aged 75 and over in 10 years",
    ),
    "overview.measure.walk_share": (
        "inwoners op loopafstand van een ontmoetingsplek",
        "inhabitants within walking distance of a meeting place",
    ),
    "overview.measure.robust_gaps": ("robuuste tekorten", "robust shortfalls"),
    "overview.measure.plan_age": ("leeftijd van het dorpsplan", "age of the village plan"),
    "overview.measure.lapsing": ("afspraken die aflopen", "commitments ending"),
    "overview.measure.inhabitants_now": ("inwoners", "inhabitants"),
    "overview.measure.change": (
        "verandering van het aantal inwoners in 10 jaar",
        "change in inhabitants over 10 years",
    ),
    "overview.map_title": ("Kernen naar {measure}", "Villages by {measure}"),
    "overview.map_caption": (
        "Elke stip is een kern, groter naarmate er meer mensen wonen; een open grijze ring "
        "heeft geen cijfer (geen gegevens of minder dan 5). Gekozen maat: {measure}.",
        "Each dot is a village, larger where more people live; an open grey ring has no "
        "figure (no data or fewer than 5). Measure shown: {measure}.",
    ),
    "overview.map_alt": (
        "Kaart van {count} kernen, gekleurd naar {measure}: van {low} in {low_name} tot "
        "{high} in {high_name}; de middelste kern zit op {median}. {without} kernen hebben "
        "geen cijfer.",
        "Map of {count} villages, coloured by {measure}: from {low} in {low_name} to {high} "
        "in {high_name}; the middle village is at {median}. {without} villages have no figure.",
    ),
    "overview.map_alt_none": (
        "Kaart van {count} kernen; geen enkele kern heeft een cijfer voor {measure}.",
        "Map of {count} villages; no village has a figure for {measure}.",
    ),
    "overview.method.columns": (
        "Inwoners: de bevolkingsprognose van de werkmap per kern voor {base} en {later} "
        "(dezelfde als in het dorpsplan). 75+: het aandeel inwoners van 75 jaar en ouder in "
        "beide jaren, de groei in procentpunten. Loopafstand: het deel van de inwoners dat "
        "binnen {walk} van een ontmoetingsplek woont (hemelsbreed, gewogen naar "
        "inwonerspunten). Grootste behoeften: de thema's met het grootste gewogen aandeel in "
        "de enquête op de langste termijn, alleen thema's die minstens 5 respondenten noemden. "
        "Robuuste tekorten: thema's waar het aanbod in {later} tekortschiet, zelfs als maar "
        "één op de twintig mensen met die behoefte in een gewone week komt. Dorpsplan: het "
        "nieuwste vastgelegde plan en hoeveel hele jaren het oud is. Afspraken die aflopen: "
        "afspraken met partners waarvan {this} of {next} het laatste jaar is.",
        "Inhabitants: the workbook's population projection per village for {base} and "
        "{later} (the same as in the village plan). 75+: the share of inhabitants aged 75 and "
        "over in both years, the growth in percentage points. Walking distance: the part of "
        "the inhabitants living within {walk} of a meeting place (straight line, weighted by "
        "inhabitant points). Largest needs: the themes with the largest weighted share in the "
        "survey at the longest horizon, only themes named by at least 5 respondents. Robust "
        "shortfalls: themes where supply falls short in {later} even if only one in twenty "
        "people with that need comes in an ordinary week. Village plan: the newest recorded "
        "plan and how many whole years old it is. Commitments ending: commitments with "
        "partners whose last year is {this} or {next}.",
    ),
    "overview.method.privacy": (
        "Aantallen onder 5 staan als <5, en wat erop rust ook: een aandeel 75-plussers als er "
        "minder dan 5 zijn, behoeften en tekorten als minder dan 5 respondenten ze noemden. "
        "Namen, telefoonnummers en adressen staan nooit in dit overzicht.",
        "Counts under 5 are shown as <5, and so is what rests on them: a share aged 75 and "
        "over where fewer than 5 live, needs and shortfalls named by fewer than 5 "
        "respondents. Names, phone numbers and addresses never appear in this overview.",
    ),
    "overview.sheet": ("Overzicht", "Overview"),
    "overview.map_by": ("Kaart kleuren naar", "Colour the map by"),
    "overview.sheet_method": ("Werkwijze", "Method"),
    "help.export.overview": (
        "het overzicht van alle kernen voor de raad (PDF en XLSX)",
        "the overview of every village for the council (PDF and XLSX)",
    ),
    "help.export.measure": (
        "de maat waarnaar de kaart kleurt: {measures} (standaard growth_75)",
        "the measure the map is coloured by: {measures} (default growth_75)",
    ),
    "cli.export.unknown_measure": (
        "'{measure}' is geen maat voor de kaart; kies uit: {known}",
        "'{measure}' is not a measure for the map; choose from: {known}",
    ),
}
