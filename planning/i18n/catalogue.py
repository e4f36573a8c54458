"""The one nl/en catalogue: every label, heading and sentence staff and readers see.
key -> (Dutch, English). Values may hold ``{name}`` fields filled with ``str.format``;
the result reaches Typst and the notebooks as data, never as markup. Keys are grouped by where
they are read first; any module may use any key. Sibling modules hold more words (merged last)."""

from __future__ import annotations

from planning.i18n.catalogue_app import APP_WORDS
from planning.i18n.catalogue_apps import APPS_WORDS
from planning.i18n.catalogue_basemap import BASEMAP_WORDS
from planning.i18n.catalogue_charts import CHART_WORDS
from planning.i18n.catalogue_cli import CLI_WORDS
from planning.i18n.catalogue_cycle import CYCLE_WORDS
from planning.i18n.catalogue_editor import EDITOR_WORDS
from planning.i18n.catalogue_errors import ERROR_WORDS
from planning.i18n.catalogue_help import HELP_WORDS
from planning.i18n.catalogue_meetings import MEETING_WORDS
from planning.i18n.catalogue_method import METHOD_WORDS
from planning.i18n.catalogue_package import PACKAGE_WORDS
from planning.i18n.catalogue_personal import PERSONAL_WORDS
from planning.i18n.catalogue_problems import PROBLEM_WORDS
from planning.i18n.catalogue_projection import PROJECTION_WORDS
from planning.i18n.catalogue_publish import PUBLISH_WORDS
from planning.i18n.catalogue_register import REGISTER_WORDS
from planning.i18n.catalogue_rounds import ROUND_WORDS
from planning.i18n.catalogue_scrub import SCRUB_WORDS
from planning.i18n.catalogue_session import SESSION_WORDS
from planning.i18n.catalogue_views import VIEW_WORDS

CATALOGUE: dict[str, tuple[str, str]] = {
    # -- labels shared by tables, notebooks and the command --------------------------------
    "village": ("kern", "village"),
    "municipality": ("gemeente", "municipality"),
    "inhabitants": ("inwoners", "inhabitants"),
    "theme": ("thema", "theme"),
    "horizon": ("termijn", "horizon"),
    "years": ("jaar", "years"),
    "facility": ("voorziening", "facility"),
    "provision": ("aanbod", "provision"),
    "partner": ("partner", "partner"),
    "commitment": ("afspraak", "commitment"),
    "scenario": ("scenario", "scenario"),
    "suppressed": ("<5", "<5"),
    "source_cbs": ("Bron: CBS", "Source: CBS (Bron: CBS)"),
    "channel.market": ("markt", "market"),
    "channel.street": ("straatpeiling", "street poll"),
    "channel.online": ("online", "online"),
    "channel.paper": ("papier", "paper"),
    "channel.phone": ("telefoon", "phone"),
    "channel.home_visit": ("huisbezoek", "home visit"),
    "channel.session": ("bijeenkomst", "session"),
    "facilities": ("voorzieningen", "facilities"),
    "respondents": ("respondenten", "respondents"),
    "problem.file": ("bestand", "file"),
    "problem.row": ("rij", "row"),
    "problem.column": ("kolom", "column"),
    "problem.value": ("waarde", "value"),
    "problem.message": ("probleem", "problem"),
    "no_problems": ("Geen problemen gevonden", "No problems found"),
    "progress.surveyed": ("enquête", "survey"),
    "progress.inventory": ("voorzieningen in kaart", "facilities recorded"),
    "progress.scenarios": ("scenario's", "scenarios"),
    "progress.plan": ("dorpsplan", "village plan"),
    "progress.next": ("volgende stap", "next step"),
    "progress.yes": ("ja", "yes"),
    "progress.no": ("nee", "no"),
    "progress.incomplete": ("onvolledig", "incomplete"),
    "progress.none": ("geen", "none"),
    "next.survey": ("behoeftepeiling houden (02_enquete)", "hold the needs survey (02_enquete)"),
    "next.inventory": (
        "voorzieningen in kaart brengen (03_voorzieningen)",
        "record the facilities (03_voorzieningen)",
    ),
    "next.scenario": ("scenario maken (05_scenarios)", "make a scenario (05_scenarios)"),
    "next.plan": ("dorpsplan maken (07_dorpsplan)", "make the village plan (07_dorpsplan)"),
    "next.monitor": ("effecten volgen (08_monitoring)", "monitor the effects (08_monitoring)"),
    "kind.village_hall": ("dorpshuis", "village hall"),
    "kind.church": ("kerk", "church"),
    "kind.sports_canteen": ("sportkantine", "sports canteen"),
    "kind.school": ("school", "school"),
    "kind.care_location": ("zorglocatie", "care location"),
    "kind.community_centre": ("buurthuis", "community centre"),
    "kind.library": ("bibliotheek", "library"),
    "kind.municipal_building": ("gemeentelijk pand", "municipal building"),
    "quality.meeting_place": ("ontmoetingsplek", "meeting place"),
    "quality.accessible_only": ("alleen toegankelijk", "accessible only"),
    "quality.low_threshold_only": ("alleen laagdrempelig", "low-threshold only"),
    "quality.neither": ("geen van beide", "neither"),
    "match.proposed": ("voorgesteld", "proposed"),
    "match.accepted": ("aangenomen", "accepted"),
    "match.declined": ("afgewezen", "declined"),
    "match.completed": ("afgerond", "completed"),
    # -- the village plan ---------------------------------------------------------------
    "title": ("Dorpsplan", "Village plan"),
    "subtitle": (
        "Ontmoeten, meedoen en ondersteuning dichtbij: wat de kern nodig heeft over 3, 5 en 10 jaar",
        "Meeting, taking part and support close by: what the village needs in 3, 5 and 10 years",
    ),
    "cover.municipality": ("Gemeente", "Municipality"),
    "date": ("Datum", "Date"),
    "version": ("Versie", "Version"),
    "cover.scenario": ("Scenario", "Scenario"),
    "no_scenario": ("nog geen scenario gekozen", "no scenario chosen yet"),
    "demo_notice": (
        "Voorbeeld: dit plan is gemaakt met de demo-werkmap. Inwonertallen zijn echt (Bron: CBS); "
        "enquête, voorzieningen, partners en afspraken zijn gegenereerd.",
        "Example: this plan was made from the demo workspace. Inhabitant figures are real "
        "(Bron: CBS); survey, facilities, partners and commitments are generated.",
    ),
    "page": ("pagina", "page"),
    "contents": ("Inhoud", "Contents"),
    # section headings
    "sec.summary": ("Samenvatting", "Summary"),
    "sec.village": ("De kern", "The village"),
    "sec.residents": ("Wat inwoners zeiden", "What residents said"),
    "sec.facilities": ("Voorzieningen", "Facilities"),
    "sec.matching": ("Vragen en aanbod", "Questions and provisions"),
    "sec.plan": ("Het plan", "The plan"),
    "sec.monitoring": ("Monitoring", "Monitoring"),
    "sec.method": ("Werkwijze en bronnen", "Method and sources"),
    # summary
    "sum.needs": ("Wat het meest nodig is", "What is needed most"),
    "sum.actions": ("Gekozen acties en wie ze dragen", "Chosen actions and who carries them"),
    "sum.facts": ("In het kort", "In brief"),
    "sum.effect": (
        "Met dit plan woont in {year} {after} van de inwoners op loopafstand van een "
        "ontmoetingsplek (zonder plan {before}). Kosten tot en met {year}: {cost}.",
        "With this plan {after} of inhabitants live within walking distance of a meeting place "
        "in {year} (without the plan {before}). Cost up to and including {year}: {cost}.",
    ),
    "sum.no_needs": (
        "Er zijn nog geen behoeften bekend uit een enquête.",
        "No needs are known from a survey yet.",
    ),
    "sum.inhabitants": ("inwoners", "inhabitants"),
    "sum.respondents": ("respondenten", "respondents"),
    "sum.facilities": ("voorzieningen", "facilities"),
    "sum.meeting_places": ("ontmoetingsplekken", "meeting places"),
    "sum.commitments": ("afspraken met partners", "commitments with partners"),
    "sum.actions_n": ("acties in het plan", "actions in the plan"),
    # horizons
    "horizon.when": ("over {h} jaar ({year})", "in {h} years ({year})"),
    "horizon_short": ("{h} jaar", "{h} years"),
    "now": ("nu ({year})", "now ({year})"),
    "cbs_year": ("CBS {year}", "CBS {year}"),
    # village
    "village.intro": (
        "{name} telde op 1 januari {year} {inhabitants} inwoners (Bron: CBS).",
        "{name} had {inhabitants} inhabitants on 1 January {year} (Bron: CBS).",
    ),
    "village.chart": ("Inwoners naar leeftijd", "Inhabitants by age"),
    "village.table": ("Inwoners per leeftijdsgroep", "Inhabitants by age group"),
    "age": ("leeftijd", "age"),
    "total": ("totaal", "total"),
    "no_projection": (
        "De prognose voor 3, 5 en 10 jaar is nog niet beschikbaar; hieronder staan de CBS-cijfers.",
        "The projection for 3, 5 and 10 years is not available yet; below are the CBS figures.",
    ),
    # residents
    "res.intro": (
        "{respondents} inwoners vulden de behoeftepeiling in.",
        "{respondents} residents answered the needs survey.",
    ),
    "res.needs": ("Behoeften per thema en termijn", "Needs by theme and horizon"),
    "res.needs_note": (
        "Aandeel van de respondenten dat het thema noemde (gewogen naar leeftijd). "
        "Cursief = indicatief: te weinig antwoorden voor een stevige uitspraak. "
        "Aantallen onder 5 staan als <5.",
        "Share of respondents naming the theme (weighted by age). Italic = indicative: too few "
        "answers for a firm statement. Counts under 5 are shown as <5.",
    ),
    "res.channels": ("Hoe inwoners meededen", "How residents took part"),
    "res.reach": ("Wie we bereikten en wie we misten", "Who was reached and who was missed"),
    "res.quotes": ("In hun eigen woorden", "In their own words"),
    "res.no_quotes": (
        "Er zijn geen citaten die inwoners voor publicatie hebben vrijgegeven.",
        "No quotes were released for publication by residents.",
    ),
    "res.volunteers": (
        "{volunteers} inwoners boden aan als vrijwilliger mee te doen.",
        "{volunteers} residents offered to volunteer.",
    ),
    "no_survey": (
        "Voor deze kern is nog geen enquête gehouden.",
        "No survey has been held in this village yet.",
    ),
    "share": ("aandeel", "share"),
    "naming": ("noemden", "named"),
    "margin": ("marge", "margin"),
    "channel": ("kanaal", "channel"),
    "group": ("groep", "group"),
    "share_respondents": ("aandeel respondenten", "share of respondents"),
    "share_inhabitants": ("aandeel inwoners", "share of inhabitants"),
    # facilities
    "fac.intro": (
        "{n} voorzieningen in de kern, waarvan {meeting} geschikt als ontmoetingsplek "
        "(toegankelijk en laagdrempelig).",
        "{n} facilities in the village, {meeting} of them suitable as a meeting place "
        "(accessible and low-threshold).",
    ),
    "fac.table": ("Voorzieningen en hun kwaliteit", "Facilities and their quality"),
    "fac.map": ("Kaart", "Map"),
    "fac.coverage": ("Afstand tot een ontmoetingsplek", "Distance to a meeting place"),
    "fac.coverage_intro": (
        "Gemiddeld {mean} tot de dichtstbijzijnde ontmoetingsplek; {walk} van de inwoners woont "
        "op loopafstand ({walk_m}), {cycle} op fietsafstand ({cycle_m}).",
        "On average {mean} to the nearest meeting place; {walk} of inhabitants live within "
        "walking distance ({walk_m}), {cycle} within cycling distance ({cycle_m}).",
    ),
    "fac.centroid": (
        "Afstanden gemeten vanaf het midden van de kern (geen inwonerspunten bekend).",
        "Distances measured from the village centre (no inhabitant points known).",
    ),
    "no_facilities": (
        "Er zijn voor deze kern nog geen voorzieningen vastgelegd.",
        "No facilities have been recorded for this village yet.",
    ),
    "no_qualities": (
        "De beoordeling van toegankelijkheid en laagdrempeligheid is nog niet beschikbaar.",
        "The assessment of accessibility and low threshold is not available yet.",
    ),
    "no_coverage": (
        "De afstanden tot ontmoetingsplekken zijn nog niet berekend.",
        "Distances to meeting places have not been calculated yet.",
    ),
    "no_map": ("Een kaart is nog niet beschikbaar.", "A map is not available yet."),
    "name": ("naam", "name"),
    "kind": ("soort", "kind"),
    "accessible": ("toegankelijk", "accessible"),
    "low_threshold": ("laagdrempelig", "low-threshold"),
    "meeting_place": ("ontmoetingsplek", "meeting place"),
    "reason": ("toelichting", "reason"),
    "yes": ("ja", "yes"),
    "no": ("nee", "no"),
    "walk": ("op loopafstand", "within walking distance"),
    "cycle": ("op fietsafstand", "within cycling distance"),
    "mean_distance": ("gemiddelde afstand", "mean distance"),
    "situation": ("situatie", "situation"),
    # matching
    "match.intro": (
        "{n} keer is een vraag van een inwoner gekoppeld aan bestaand aanbod.",
        "{n} times a resident's question was matched to an existing provision.",
    ),
    "match.table": ("Gemaakte matches", "Matches made"),
    "match.none": (
        "Er zijn nog geen matches tussen vragen en aanbod vastgelegd.",
        "No matches between questions and provisions have been recorded yet.",
    ),
    "gaps.title": ("Vraag en aanbod per thema", "Demand and supply by theme"),
    "gaps.intro": (
        "Een thema is een tekort als het aanbod minder dan {threshold} van de verwachte vraag dekt.",
        "A theme is a gap when supply covers less than {threshold} of the expected demand.",
    ),
    "gaps.none": (
        "Vraag en aanbod per thema zijn nog niet berekend.",
        "Demand and supply per theme have not been calculated yet.",
    ),
    "gaps.no_survey": (
        "Zonder enquête is de vraag per thema in deze kern nog niet bekend; tekorten zijn daarom "
        "nog niet te berekenen.",
        "Without a survey the demand per theme in this village is not known yet, so gaps cannot "
        "be calculated.",
    ),
    "outcome.matches": ("matches", "matches"),
    "outcome.proposed": ("voorgesteld", "proposed"),
    "outcome.accepted": ("aangenomen", "accepted"),
    "outcome.declined": ("afgewezen", "declined"),
    "outcome.completed": ("afgerond", "completed"),
    "period": ("periode", "period"),
    "demand": ("vraag", "demand"),
    "supply": ("aanbod", "supply"),
    "coverage": ("dekking", "coverage"),
    "gap": ("tekort", "gap"),
    "count": ("aantal", "count"),
    # plan
    "plan.intro": (
        "Scenario ‘{scenario}’: {n} acties. Per actie staat wie haar draagt, wat zij kost en "
        "hoeveel inwoners zij per week bereikt.",
        "Scenario ‘{scenario}’: {n} actions. Each shows who carries it, what it costs and how "
        "many residents it reaches per week.",
    ),
    "plan.timeline": ("Tijdlijn", "Timeline"),
    "plan.actions": ("Acties", "Actions"),
    "plan.commitments": ("Afspraken met partners", "Commitments with partners"),
    "plan.effect": ("Wat het plan verandert", "What the plan changes"),
    "plan.no_scenario": (
        "Voor deze kern is nog geen scenario gemaakt; het plan bevat daarom alleen de bestaande "
        "afspraken met partners.",
        "No scenario has been made for this village yet; the plan therefore shows only the "
        "existing commitments with partners.",
    ),
    "plan.no_commitments": (
        "Er zijn voor deze kern nog geen afspraken met partners vastgelegd.",
        "No commitments with partners have been recorded for this village yet.",
    ),
    "plan.no_effect": (
        "Het effect op tekorten en afstanden is nog niet doorgerekend.",
        "The effect on gaps and distances has not been calculated yet.",
    ),
    "action": ("actie", "action"),
    "title_col": ("wat", "what"),
    "cost_once": ("eenmalig", "one-off"),
    "cost_year": ("per jaar", "per year"),
    "reach": ("bereik/week", "reach/week"),
    "hours": ("uren/jaar", "hours/year"),
    "budget": ("budget/jaar", "budget/year"),
    "gaps_before": ("tekorten zonder plan", "gaps without plan"),
    "gaps_after": ("tekorten met plan", "gaps with plan"),
    "walk_before": ("loopafstand zonder plan", "walking distance without plan"),
    "walk_after": ("loopafstand met plan", "walking distance with plan"),
    "total_cost": (
        "Totale kosten over {years} jaar: {cost}.",
        "Total cost over {years} years: {cost}.",
    ),
    "source.action": ("actie uit het plan", "action in the plan"),
    "source.commitment": ("bestaande afspraak", "existing commitment"),
    "from_year": ("vanaf {year}", "from {year}"),
    # monitoring
    "mon.intro": (
        "Wat we volgen om te zien of het plan werkt, met het doel per termijn.",
        "What we follow to see whether the plan works, with the target per horizon.",
    ),
    "mon.none": (
        "Voor deze kern zijn nog geen indicatoren en doelen vastgelegd.",
        "No indicators and targets have been recorded for this village yet.",
    ),
    "indicator": ("graadmeter", "indicator"),
    "target": ("doel", "target"),
    "observed": ("gemeten", "observed"),
    # method
    "method.weighting": (
        "Behoeften zijn gewogen naar de leeftijdsopbouw van de kern (CBS), zodat een groep die "
        "vaker meedeed niet zwaarder telt. Het interval is het 95%-betrouwbaarheidsinterval (Wilson) op basis "
        "van het effectieve aantal respondenten.",
        "Needs are weighted to the village's age structure (CBS), so a group that took part more "
        "often does not count more. The interval is the 95% (Wilson) confidence interval from the effective "
        "number of respondents.",
    ),
    "method.indicative": (
        "Indicatief betekent: te weinig antwoorden of een te brede marge om er een harde "
        "conclusie op te bouwen. Zulke cijfers geven een richting, geen meting.",
        "Indicative means: too few answers or too wide a margin to build a firm conclusion on. "
        "Such figures show a direction, not a measurement.",
    ),
    "method.privacy": (
        "Aantallen onder 5 staan als <5 en de aandelen die erop rusten zijn weggelaten. Citaten "
        "staan er alleen in als de inwoner ze voor publicatie vrijgaf; namen, telefoonnummers en "
        "adressen staan nooit in dit plan.",
        "Counts under 5 are shown as <5 and the shares resting on them are left out. Quotes are "
        "included only when the resident released them for publication; names, phone numbers "
        "and addresses never appear in this plan.",
    ),
    "method.horizons": (
        "De termijnen tellen vanaf {base}: over 3 jaar ({y3}), 5 jaar ({y5}) en 10 jaar ({y10}).",
        "Horizons count from {base}: in 3 years ({y3}), 5 years ({y5}) and 10 years ({y10}).",
    ),
    "method.sources": ("Bronnen", "Sources"),
    "method.cbs": (
        "Bron: CBS. Inwoners per leeftijdsgroep op 1 januari {year} per postcode.",
        "Bron: CBS (Statistics Netherlands). Inhabitants by age group on 1 January {year} by "
        "postcode.",
    ),
    "method.generated": (
        "Gegenereerd voor de demo: voorzieningen, aanbod, partners, afspraken, inwonerspunten, "
        "enquête en scenario's. Ze beschrijven geen echte organisatie of persoon.",
        "Generated for the demo: facilities, provisions, partners, commitments, inhabitant "
        "points, survey and scenarios. They describe no real organisation or person.",
    ),
    "method.made_with": (
        "Gemaakt met de dorpsplanning-werkmap ({workspace}).",
        "Made with the village planning workbook ({workspace}).",
    ),
    "gap_in": ("tekort", "gap"),
    "akind.activity": ("activiteit", "activity"),
    "akind.place": ("nieuwe plek", "new place"),
    "akind.adaptation": ("aanpassing", "adaptation"),
    "akind.partnership": ("samenwerking", "partnership"),
    "akind.outreach": ("erop-af-aanpak", "outreach"),
    "with_plan": ("met plan, over {h} jaar", "with plan, in {h} years"),
    "projection.assumptions": (
        "Aannames van de bevolkingsprognose: ",
        "Assumptions of the population projection: ",
    ),
    "cost_cumulative": ("kosten tot dan", "cost so far"),
    "id": ("code", "id"),
    "year": ("jaar", "year"),
    "start_year": ("startjaar", "start year"),
    "end_year": ("eindjaar", "end year"),
    "horizon_years": ("termijn (jaren)", "horizon (years)"),
    "indicative": ("indicatief", "indicative"),
    # -- facilities: why a facility is not accessible or not low-threshold -----------------
    "reason.no_step_free": ("geen drempelvrije ingang", "no step-free entrance"),
    "reason.step_free_unknown": ("drempelvrije ingang onbekend", "step-free entrance unknown"),
    "reason.no_toilet": ("geen aangepast toilet", "no accessible toilet"),
    "reason.toilet_unknown": ("aangepast toilet onbekend", "accessible toilet unknown"),
    "reason.transit_unknown": ("afstand tot ov-halte onbekend", "distance to a bus stop unknown"),
    "reason.transit_far": (
        "ov-halte op {d} m, drempel {limit} m",
        "bus stop at {d} m, limit {limit} m",
    ),
    "reason.not_free": ("toegang niet gratis", "entry not free"),
    "reason.free_unknown": ("gratis toegang onbekend", "free entry unknown"),
    "reason.no_walk_in": ("geen vrije inloop", "no walk-in"),
    "reason.walk_in_unknown": ("vrije inloop onbekend", "walk-in unknown"),
    "reason.hours_unknown": ("openingsuren onbekend", "opening hours unknown"),
    "reason.hours_short": (
        "{h} uur per week open, drempel {limit}",
        "open {h} h a week, threshold {limit}",
    ),
    "reason.not_accessible": ("niet toegankelijk: ", "not accessible: "),
    "reason.not_low_threshold": ("niet laagdrempelig: ", "not low-threshold: "),
    # -- charts -------------------------------------------------------------------------
    # village map
    "map.colorbar": (
        "afstand tot de dichtstbijzijnde ontmoetingsplek (m)",
        "distance to the nearest meeting place (m)",
    ),
    "map.title": (
        "gemiddeld {mean}, {walk} binnen {walk_m} m lopen, {cycle} binnen {cycle_m} m fietsen",
        "mean distance {mean}, {walk} within {walk_m} m walk, {cycle} within {cycle_m} m by bike",
    ),
    "map.note": (
        "afstand in rechte lijn, op de kaart van Nederland (Rijksdriehoek). Inwoners: Bron: CBS",
        "straight-line distance, on the Dutch national grid (Rijksdriehoek). "
        "Inhabitants: Bron: CBS",
    ),
    "map.note_centroid": (
        "; geen inwonerspunten: middelpunt van de kern gebruikt",
        "; no population points: village centre used",
    ),
    "map.note_generated": ("; voorzieningen gegenereerd (demo)", "; facilities generated (demo)"),
    # scenario comparison
    "compare.themes_with_gap": ("Thema's met een tekort", "Themes with a gap"),
    "compare.share_within_walk": (
        "Aandeel inwoners op loopafstand",
        "Share of residents within walking",
    ),
    "compare.cost_cumulative": ("Kosten opgeteld (€)", "Cumulative cost (€)"),
    "compare.volunteers_needed": ("Vrijwilligers nodig", "Volunteers needed"),
    "compare.title": ("Scenario's vergeleken", "Scenarios compared"),
    # meeting results
    "meeting_chart.dots": ("Stippen per keuze", "Dots per option"),
    "meeting_chart.ranking": ("Punten uit de rangorde", "Ranking points"),
    # monitoring
    "monitor_chart.observed": ("gemeten", "observed"),
    "monitor_chart.target": ("doel", "target"),
    "monitor_chart.no_observations": ("nog geen waarnemingen", "no observations yet"),
    # survey age profile
    "age_chart.ylabel": ("% per leeftijdsgroep", "% per age group"),
    "age_chart.all_villages": ("alle kernen", "all villages"),
    "age_chart.title": ("Leeftijdsopbouw: {name}", "Age profile: {name}"),
    # -- planning new: a workspace for any municipality (issue 13) --------------------------
    "new.ambiguous": (
        "gemeente '{name}' is niet eenduidig; bedoelt u: {candidates}? "
        "Geef de naam met het deel tussen haakjes.",
        "municipality '{name}' is ambiguous; did you mean: {candidates}? "
        "Give the name with the part in brackets.",
    ),
    "new.unknown_hint": (
        "onbekende gemeente '{name}'; bedoelt u: {near}?",
        "unknown municipality '{name}'; did you mean: {near}?",
    ),
    "new.unknown": (
        "onbekende gemeente '{name}': niet in de CBS-postcodetabel van 2021 "
        "(de gemeenten van 1 januari 2021)",
        "unknown municipality '{name}': not in the CBS postcode table of 2021 "
        "(the municipalities of 1 January 2021)",
    ),
    "new.not_empty": (
        "{folder}: map bestaat al en is niet leeg; kies een nieuwe of lege map",
        "{folder}: folder exists and is not empty; choose a new or empty folder",
    ),
    "new.written": (
        "Werkmap voor {municipality} geschreven naar {folder}: {villages} kernen, "
        "{inhabitants} inwoners (Bron: CBS, 1 januari 2021).",
        "Workspace for {municipality} written to {folder}: {villages} villages, "
        "{inhabitants} inhabitants (source: CBS, 1 January 2021).",
    ),
    "new.estimated": (
        "Geen postcodemiddelpunt voor {names}: voorlopig op het midden van de gemeente gezet; "
        "vul in villages.csv de juiste coördinaten in.",
        "No postcode centroid for {names}: placed at the municipality's centre for now; "
        "fill in the right coordinates in villages.csv.",
    ),
    "new.next": (
        "Volgende stap: vul voorzieningen, aanbod, partners en afspraken in (zie README.md in "
        "de map) en controleer met: planning check --workspace {folder}",
        "Next: fill in facilities, provisions, partners and commitments (see README.md in the "
        "folder) and check with: planning check --workspace {folder}",
    ),
    # -- plan files -----------------------------------------------------------------------
    "file.plan_stem": ("dorpsplan", "village-plan"),
}
CATALOGUE |= METHOD_WORDS | MEETING_WORDS | CHART_WORDS | PERSONAL_WORDS | APP_WORDS
CATALOGUE |= ERROR_WORDS | VIEW_WORDS | CLI_WORDS | HELP_WORDS | SESSION_WORDS | EDITOR_WORDS
CATALOGUE |= SCRUB_WORDS
CATALOGUE |= REGISTER_WORDS
CATALOGUE |= CYCLE_WORDS
CATALOGUE |= ROUND_WORDS
CATALOGUE |= PUBLISH_WORDS
CATALOGUE |= PROJECTION_WORDS
CATALOGUE |= PACKAGE_WORDS
CATALOGUE |= BASEMAP_WORDS
CATALOGUE |= APPS_WORDS
CATALOGUE |= PROBLEM_WORDS
