"""The command's help: what ``planning --help`` and ``planning COMMAND --help`` say about each
subcommand and option, and argparse's own words in Dutch (the ``argparse:`` keys, read by
planning.cli._language). Part of the one catalogue, merged into
planning.i18n.catalogue.CATALOGUE.
"""

from __future__ import annotations

HELP_WORDS: dict[str, tuple[str, str]] = {
    # -- every subcommand -------------------------------------------------------------------
    "help.planning": (
        "Dorpsplanning: enquêtes, voorzieningen, scenario's en het dorpsplan.",
        "Village planning: surveys, facilities, scenarios and the village plan.",
    ),
    "help.workspace": (
        "werkmap (standaard: $PLANNING_WORKSPACE, anders de demo)",
        "workspace folder (default: $PLANNING_WORKSPACE, otherwise the demo)",
    ),
    "help.json": ("uitvoer als JSON", "output as JSON"),
    "help.lang": (
        "taal van de opdrachtregel en van het plan (standaard: die van de werkmap, anders nl)",
        "language of the command and of the plan (default: the workspace's, otherwise nl)",
    ),
    "help.action": ("ACTIE", "ACTION"),
    "help.only_village": ("alleen deze kern", "only this village"),
    "help.the_village": ("de kern", "the village"),
    "help.sheet": ("tabblad in een .xlsx", "sheet in an .xlsx"),
    "help.force": (
        "ook als de werkmap problemen heeft (dat komt dan op het plan te staan)",
        "also when the workspace has problems (the plan then says so)",
    ),
    "help.port": ("poort (standaard {port} of een vrije)", "port (default {port} or a free one)"),
    "help.no_browser": ("open geen browservenster", "do not open a browser window"),
    # -- one per subcommand -----------------------------------------------------------------
    "help.check": ("controleer de werkmap", "check the workspace"),
    "help.check.all": (
        "elke rij met een probleem (standaard: per soort het aantal en de eerste rijen)",
        "every row with a problem (default: per kind the count and the first rows)",
    ),
    "help.new": (
        "maak een nieuwe werkmap voor een gemeente (kernen en inwoners van het CBS)",
        "make a new workspace for a municipality (villages and inhabitants from CBS)",
    ),
    "help.new.metavar": ("NAAM", "NAME"),
    "help.new.municipality": (
        "de gemeente, zoals u hem schrijft ('s-Hertogenbosch, Súdwest-Fryslân, aa en hunze)",
        "the municipality, as you write it ('s-Hertogenbosch, Súdwest-Fryslân, aa en hunze)",
    ),
    "help.demo": ("schrijf de demo-werkmap naar DIR", "write the demo workspace to DIR"),
    "help.lab": ("open JupyterLab met de werkmap", "open JupyterLab with the workspace"),
    "help.app": (
        "het werkboek als pagina's zonder code (Voila)",
        "the workbook as pages without code (Voila)",
    ),
    "help.session": (
        "start de app voor een bijeenkomst (Voila)",
        "start the app for a session (Voila)",
    ),
    "help.session.village": (
        "kern waarvan de bijeenkomsten getoond worden",
        "village whose sessions are shown",
    ),
    "help.survey": ("enquête-exporten importeren", "import survey exports"),
    "help.survey.import": (
        "een export toevoegen aan survey/responses.csv",
        "add an export to survey/responses.csv",
    ),
    "help.survey.mapping": ("koppelbestand (TOML)", "mapping file (TOML)"),
    "help.survey.form": (
        "een vragenlijst om te printen (PDF, A4), met nummers",
        "a questionnaire to print (PDF, A4), numbered",
    ),
    "help.survey.village": ("kern-id, bv. roden", "village id, e.g. roden"),
    "help.survey.out": ("map (standaard: hier)", "folder (default: here)"),
    "help.survey.large": (
        "grote letters, voor oudere inwoners",
        "large type, for older residents",
    ),
    "help.survey.count": ("aantal bladen (10)", "number of sheets (10)"),
    "help.survey.first": ("eerste nummer (1)", "first number (1)"),
    "help.needs": (
        "behoeften per thema en termijn (kleine aantallen <5)",
        "needs per theme and horizon (small counts <5)",
    ),
    "help.followup": (
        "opvolging: terugbellen, huisbezoek, samen invullen",
        "follow-up: calling back, home visits, filling in together",
    ),
    "help.followup.list": ("wie terugbellen", "whom to call back"),
    "help.followup.all": (
        "ook wie niet om contact vroeg of klaar is",
        "also those who did not ask for contact or are done",
    ),
    "help.followup.call": ("een belpoging vastleggen", "record a call attempt"),
    "help.followup.date": ("jjjj-mm-dd", "yyyy-mm-dd"),
    "help.followup.staff": ("wie belde", "who called"),
    "help.followup.source": (
        "export, als het id in meer exporten staat",
        "export, when the id is in more than one export",
    ),
    "help.followup.update": (
        "huisbezoek, samen ingevuld, doorgezet naar, afgesloten",
        "home visit, filled in together, passed on to, closed",
    ),
    "help.followup.visit": ("huisbezoek", "home visit"),
    "help.followup.passed_to": (
        "vraag doorgezet naar (bv. sociaal team)",
        "question passed on to (e.g. the social team)",
    ),
    "help.followup.app": (
        "invoerformulier en terugbellijst zonder code (Voila, alleen op deze computer)",
        "entry form and callback list without code (Voila, on this computer only)",
    ),
    "help.followup.village": ("kern (standaard: roden)", "village (default: roden)"),
    "help.access": (
        "afstand tot de dichtstbijzijnde ontmoetingsplek",
        "distance to the nearest meeting place",
    ),
    "help.population": (
        "inwoners per kern, jaar en leeftijdsklasse (bevolkingsprognose)",
        "inhabitants per village, year and age band (population projection)",
    ),
    "help.gaps": (
        "vraag tegenover aanbod per thema en termijn",
        "demand against supply per theme and horizon",
    ),
    "help.gaps.year": ("alleen dit jaar", "only this year"),
    "help.match": (
        "aanbod bij een vraag zoeken; gemaakte matches vastleggen",
        "find provisions for a question; record matches made",
    ),
    "help.match.village": ("kern van de vraagsteller", "village of the person asking"),
    "help.match.theme": ("thema van de vraag", "theme of the question"),
    "help.match.age": ("leeftijd van de vraagsteller", "age of the person asking"),
    "help.match.record": ("een gemaakte match vastleggen", "record a match made"),
    "help.match.provision": ("aanbod_id", "provision_id"),
    "help.match.date": ("JJJJ-MM-DD (standaard: vandaag)", "YYYY-MM-DD (default: today)"),
    "help.match.respondent": ("respondent_id (optioneel)", "respondent_id (optional)"),
    "help.match.outcome": ("uitkomst van een match bijwerken", "update the outcome of a match"),
    "help.match.bulk": (
        "alle gecodeerde behoeften van een kern langs het aanbod",
        "every coded need of a village against the provisions",
    ),
    "help.match.counts": ("aantal matches per kern en thema", "matches per village and theme"),
    "help.scenario": ("scenario's: importeren, doorrekenen", "scenarios: import, evaluate"),
    "help.scenario.import": ("scenario uit een TOML-bestand", "a scenario from a TOML file"),
    "help.scenario.note": ("notitie bij deze versie", "note on this version"),
    "help.scenario.export": ("scenario als TOML", "a scenario as TOML"),
    "help.scenario.version": ("een eerdere versie", "an earlier version"),
    "help.scenario.out": ("bestand (standaard: scherm)", "file (default: the screen)"),
    "help.scenario.list": ("scenario's in de opslag", "scenarios in the store"),
    "help.scenario.evaluate": ("reken een scenario door", "evaluate a scenario"),
    "help.scenario.chosen": (
        "standaard: het gekozen scenario van de kern",
        "default: the village's chosen scenario",
    ),
    "help.scenario.choose": (
        "kies het scenario voor het plan",
        "choose the scenario for the plan",
    ),
    "help.export": ("maak het dorpsplan (PDF of XLSX)", "make the village plan (PDF or XLSX)"),
    "help.export.village": ("één kern", "one village"),
    "help.export.all": ("alle kernen", "every village"),
    "help.export.scenario": (
        "scenario (standaard: het gekozen)",
        "scenario (default: the chosen one)",
    ),
    "help.export.format": ("standaard: pdf", "default: pdf"),
    "help.export.out": (
        "doelmap (standaard: de map plannen/ in de werkmap)",
        "target folder (default: the folder plannen/ in the workspace)",
    ),
    "help.monitor": (
        "monitoring: waarnemingen inlezen en tonen",
        "monitoring: import and show observations",
    ),
    "help.monitor.import": ("lees waarnemingen uit CSV/XLSX", "read observations from CSV/XLSX"),
    "help.monitor.list": (
        "toon de laatste cijfers per kern",
        "show the latest figures per village",
    ),
    "help.monitor.village": (
        "kern-id (standaard: alle kernen)",
        "village id (default: every village)",
    ),
    "help.monitor.indicator": ("alleen deze indicator", "only this indicator"),
    # -- argparse's own messages in Dutch (planning.cli._language); key: argparse's msgid --
    # (English is argparse's own text, the msgid in the key: the second value stays empty)
    "argparse:usage: ": ("gebruik: ", ""),
    "argparse:options": ("opties", ""),
    "argparse:positional arguments": ("argumenten", ""),
    "argparse:show this help message and exit": ("toon deze hulp en stop", ""),
    "argparse:the following arguments are required: %s": ("deze argumenten ontbreken: %s", ""),
    "argparse:one of the arguments %s is required": ("een van %s is verplicht", ""),
    "argparse:unrecognized arguments: %s": ("onbekende argumenten: %s", ""),
    "argparse:invalid choice: %(value)r (choose from %(choices)s)": (
        "ongeldige keuze: %(value)r (kies uit %(choices)s)",
        "",
    ),
    "argparse:argument %(argument_name)s: %(message)s": (
        "argument %(argument_name)s: %(message)s",
        "",
    ),
    "argparse:invalid %(type)s value: %(value)r": ("ongeldige %(type)s: %(value)r", ""),
    "argparse:expected one argument": ("verwacht één waarde", ""),
    "argparse:not allowed with argument %s": ("niet samen met %s", ""),
}
