"""What the command prints: every line of ``planning COMMAND`` a person reads (part of the one
catalogue, merged into planning.i18n.catalogue.CATALOGUE; the help is in catalogue_help).
Fields in braces are filled by the command; figures come formatted (planning.i18n.formats).
"""

from __future__ import annotations

CLI_WORDS: dict[str, tuple[str, str]] = {
    # -- shared -------------------------------------------------------------------------------
    "cli.left_out": (
        "Niet gebruikt ({count} rijen of bestanden):",
        "Not used ({count} rows or files):",
    ),
    "cli.warn_problems": (
        "let op: de werkmap heeft {count} problemen (zie planning check)",
        "note: the workspace has {count} problems (see planning check)",
    ),
    # -- lab, app, session, followup app: the servers -----------------------------------------
    "cli.serve.no_port": ("geen vrije poort gevonden op 127.0.0.1", "no free port on 127.0.0.1"),
    "cli.serve.starting": ("{what} wordt gestart, even geduld…", "{what} is starting, one moment…"),
    "cli.serve.failed": (
        "{what} is niet gestart (geen antwoord op {probe}); zie de meldingen hierboven",
        "{what} did not start (no answer at {probe}); see the messages above",
    ),
    "cli.serve.runs_at": ("{what} draait op:", "{what} is running at:"),
    "cli.serve.open": (
        "Open deze link in de browser (alleen op deze computer). Stoppen: Ctrl+C.",
        "Open this link in the browser (on this computer only). To stop: Ctrl+C.",
    ),
    "cli.lab.start": (
        "JupyterLab in {folder} met werkmap {workspace}",
        "JupyterLab in {folder} with workspace {workspace}",
    ),
    "cli.lab.where": (
        "Begin met {first}; elk notebook staat links in de bestandenlijst.",
        "Start with {first}; every notebook is in the file list on the left.",
    ),
    "cli.app.start": (
        "Werkboek zonder code voor werkmap {workspace}",
        "Workbook without code for workspace {workspace}",
    ),
    "cli.app.what": ("Het werkboek", "The workbook"),
    "cli.session.start": (
        "Bijeenkomst-app voor werkmap {workspace}",
        "Session app for workspace {workspace}",
    ),
    "cli.session.what": ("De bijeenkomst-app", "The session app"),
    "cli.session.where": (
        "Klik op de link hierboven; zet daarna de uitslag op de beamer (knop 'Beamer').",
        "Click the link above; then put the result on the projector (button 'Projector').",
    ),
    "cli.session.missing": (
        "{notebook}: het sessie-notebook ontbreekt",
        "{notebook}: the session notebook is missing",
    ),
    "cli.followup.start": (
        "Persoonlijke aanpak voor werkmap {workspace}, kern {village}",
        "Personal approach for workspace {workspace}, village {village}",
    ),
    "cli.followup.what": (
        "Het invoerformulier en de terugbellijst",
        "The entry form and the callback list",
    ),
    "cli.followup.missing": (
        "{notebook}: het notebook van de persoonlijke aanpak ontbreekt",
        "{notebook}: the notebook of the personal approach is missing",
    ),
    # -- check, demo, export ------------------------------------------------------------------
    "cli.check.notes": ("Let op, in {path}:", "Note, in {path}:"),
    "cli.check.problems": ("{count} problemen in {path}:", "{count} problems in {path}:"),
    "cli.check.skipped_one": (
        "{count} scenariobestand past niet bij de werkmap en wordt overgeslagen:",
        "{count} scenario file does not fit the workspace and is skipped:",
    ),
    "cli.check.skipped": (
        "{count} scenariobestanden passen niet bij de werkmap en worden overgeslagen:",
        "{count} scenario files do not fit the workspace and are skipped:",
    ),
    # notes of the check (planning.workspace.housekeeping): not problems, the verdict stands
    "note.unused_folder": (
        "map wordt niet gebruikt door het werkboek",
        "folder is not used by the workbook",
    ),
    "note.unused_file": (
        "bestand wordt niet gebruikt ({see})",
        "file is not used ({see})",
    ),
    "note.generated": (
        "zegt dat de gegevens gegenereerd zijn (demo); zet generated = false als het "
        "uw eigen gegevens zijn, anders staat dat op elk dorpsplan",
        "says the data are generated (demo); set generated = false if they are your own "
        "data, otherwise every village plan says so",
    ),
    "note.demo_files": (
        "{count} bestanden overgebleven uit de demo (gelijk aan de demobestanden); "
        "verwijder of vervang ze",
        "{count} files left over from the demo (equal to the demo's files); remove or replace them",
    ),
    "note.demo_file": (
        "overgebleven uit de demo (gelijk aan het demobestand); vervang of verwijder het",
        "left over from the demo (equal to the demo's file); replace or remove it",
    ),
    "cli.check.ok": ("Werkmap {name}: in orde.", "Workspace {name}: in order."),
    "cli.check.villages": ("kernen", "villages"),
    "cli.check.inhabitants": ("inwoners", "inhabitants"),
    "cli.check.facilities": ("voorzieningen", "facilities"),
    "cli.check.provisions": ("aanbod", "provisions"),
    "cli.check.partners": ("partners", "partners"),
    "cli.check.commitments": ("afspraken", "commitments"),
    "cli.check.respondents": ("respondenten", "respondents"),
    "cli.demo.is_file": (
        "{target}: dit is een bestand, geen map; kies een nieuwe of lege map",
        "{target}: this is a file, not a folder; choose a new or empty folder",
    ),
    "cli.demo.not_empty": (
        "{target}: map is niet leeg; kies een nieuwe of lege map",
        "{target}: the folder is not empty; choose a new or empty folder",
    ),
    "cli.demo.written": (
        "Demo-werkmap geschreven naar {target}",
        "Demo workspace written to {target}",
    ),
    "cli.demo.next": (
        "Open hem met: planning check --workspace {target}",
        "Open it with: planning check --workspace {target}",
    ),
    "cli.export.written": ("geschreven: {file}", "written: {file}"),
    "cli.export.written_all": (
        "{count} bestanden geschreven in {folder}",
        "{count} files written in {folder}",
    ),
    "cli.export.failed": ("mislukt: {village}: {error}", "failed: {village}: {error}"),
    "cli.export.bar": ("dorpsplannen", "village plans"),
    "cli.export.bar_unit": ("kern", "village"),
    # -- needs, access, population, gaps ------------------------------------------------------
    "cli.needs.village": ("{name} — respondenten: {count}", "{name} — respondents: {count}"),
    "cli.needs.indicative": (
        " (indicatief: minder dan 30 respondenten)",
        " (indicative: fewer than 30 respondents)",
    ),
    "cli.needs.years": ("jr", "yrs"),
    "cli.access.mean": ("gem. afstand", "mean distance"),
    "cli.access.walk": ("lopend {metres} m", "walk {metres} m"),
    "cli.access.cycle": ("fiets {metres} m", "cycle {metres} m"),
    "cli.access.nearest": ("dichtstbijzijnde {kind}", "nearest {kind}"),
    "cli.access.centroid": (
        "* geen inwonerspunten: gerekend vanaf het middelpunt van de kern (grover)",
        "* no population points: measured from the village centre (coarser)",
    ),
    "cli.access.about": (
        "Afstand in rechte lijn tot de dichtstbijzijnde ontmoetingsplek (toegankelijk en\n"
        "laagdrempelig volgens workspace.toml), gewogen naar inwoners.",
        "Straight-line distance to the nearest meeting place (accessible and\n"
        "low-threshold as workspace.toml defines them), weighted by inhabitants.",
    ),
    "cli.population.title": (
        "{name}: inwoners per leeftijdsklasse",
        "{name}: inhabitants per age band",
    ),
    "cli.population.age": ("leeftijd", "age"),
    "cli.population.total": ("totaal", "total"),
    "cli.population.migration": (
        "Saldo migratie: {rate} per jaar ({origin}).",
        "Net migration: {rate} a year ({origin}).",
    ),
    "cli.population.origin.cbs": (
        "CBS, gemeente {municipality}",
        "CBS, municipality {municipality}",
    ),
    "cli.population.origin.village": (
        "eigen waarde van de kern ([projection.net_migration])",
        "the village's own value ([projection.net_migration])",
    ),
    "cli.population.origin.workspace": (
        "voor alle kernen ([projection] net_migration_rate)",
        "for every village ([projection] net_migration_rate)",
    ),
    "cli.population.origin.institution": (
        "instelling: inwoners gelijk gehouden",
        "institution: inhabitants held constant",
    ),
    "cli.population.origin.none": (
        "gemeente niet in het CBS-bestand: 0",
        "municipality not in the CBS file: 0",
    ),
    "cli.population.about": (
        "* geprojecteerd vanaf {years} (bron per kern hierboven). Geboorte: {births}. "
        "Sterfte: {deaths}. Migratie: {migration}; naar leeftijd: {age}. "
        "Elk jaar van de reeks: planning population --json.",
        "* projected from {years} (source per village above). Births: {births}. "
        "Deaths: {deaths}. Migration: {migration}; by age: {age}. "
        "Every year of the series: planning population --json.",
    ),
    "cli.gaps.title": (
        "Vraag en aanbod in {name} (personen; aanbod per week)",
        "Demand and supply in {name} (persons; supply per week)",
    ),
    "cli.gaps.theme": ("thema", "theme"),
    "cli.gaps.year": ("jaar", "year"),
    "cli.gaps.demand": ("vraag", "demand"),
    "cli.gaps.supply": ("aanbod", "supply"),
    "cli.gaps.coverage": ("dekking", "coverage"),
    "cli.gaps.status": ("status (bij 5%-20%)", "status (at 5%-20%)"),
    "cli.gaps.gap": ("TEKORT", "GAP"),
    "cli.gaps.covered": ("gedekt", "covered"),
    "cli.gaps.no_demand": ("geen vraag", "no demand"),
    "cli.gaps.no_data": ("geen enquête", "no survey"),
    "cli.gaps.weekly": (
        " x {share} per week ([gaps] weekly_share)",
        " x {share} a week ([gaps] weekly_share)",
    ),
    "cli.gaps.about": (
        "Vraag: inwoners met deze behoefte (aandeel in de enquête x inwoners{per_week}); "
        "'<5': minder dan 5 respondenten noemden het thema; vraag, dekking en oordeel "
        "niet getoond. Tussen haakjes: of het oordeel standhoudt als 5% tot 20% van wie de "
        "behoefte noemt per week aanbod gebruikt. Tekort: dekking onder {threshold}. "
        "Herkomst van elk getal: planning gaps --json, of "
        "planning.analysis.supply.supply_detail.",
        "Demand: inhabitants with this need (share in the survey x inhabitants{per_week}); "
        "'<5': fewer than 5 respondents named the theme; demand, coverage and verdict "
        "not shown. In brackets: whether the verdict holds when 5% to 20% of those who name "
        "the need use a provision each week. Gap: coverage below {threshold}. "
        "Where each figure comes from: planning gaps --json, or "
        "planning.analysis.supply.supply_detail.",
    ),
    # -- match --------------------------------------------------------------------------------
    "cli.match.bad_date": (
        "datum '{value}': verwacht JJJJ-MM-DD, bv. 2026-11-22",
        "date '{value}': expected YYYY-MM-DD, e.g. 2026-11-22",
    ),
    "cli.match.missing": (
        "geef {options} op (of gebruik: match record/counts)",
        "give {options} (or use: match record/counts)",
    ),
    "cli.match.found": (
        "Passend aanbod voor {theme}, {age} jaar, in of bij {name}:",
        "Provisions that fit {theme}, age {age}, in or near {name}:",
    ),
    "cli.match.none": (
        "Geen passend aanbod voor {theme}, {age} jaar, in of bij {name}.",
        "No provision fits {theme}, age {age}, in or near {name}.",
    ),
    "cli.match.recorded": (
        "Match {id} vastgelegd: {provision} voor {theme} in {village} op {date} ({outcome}).",
        "Match {id} recorded: {provision} for {theme} in {village} on {date} ({outcome}).",
    ),
    "cli.match.unknown": (
        "match {id} bestaat niet (zie planning match counts)",
        "match {id} does not exist (see planning match counts)",
    ),
    "cli.match.no_needs": (
        "Geen gecodeerde behoeften in deze kern.",
        "No coded needs in this village.",
    ),
    "cli.match.bulk_title": (
        "Behoeften in {name} langs het bestaande aanbod:",
        "Needs in {name} against the existing provisions:",
    ),
    "cli.match.theme": ("thema", "theme"),
    "cli.match.horizon": ("termijn", "horizon"),
    "cli.match.asked": ("vragen", "needs"),
    "cli.match.fits": ("passend", "fit"),
    "cli.match.none_fits": ("geen", "none"),
    "cli.match.top": ("meest passend", "best fit"),
    "cli.match.bulk_about": (
        "'geen': geen aanbod past (thema, leeftijd, plaats of plek vrij): een mogelijk tekort.",
        "'none': no provision fits (theme, age, place or room left): a possible gap.",
    ),
    "cli.match.no_matches": ("Nog geen matches vastgelegd.", "No matches recorded yet."),
    "cli.match.matches": ("matches", "matches"),
    # -- monitor ------------------------------------------------------------------------------
    "cli.monitor.imported": (
        "{file}: {imported} nieuwe waarnemingen ingelezen, {replaced} bijgewerkt.",
        "{file}: {imported} new observations read, {replaced} updated.",
    ),
    "cli.monitor.problems": (
        "{count} problemen (deze rijen zijn niet ingelezen):",
        "{count} problems (these rows were not read):",
    ),
    "cli.monitor.unknown": (
        "onbekende indicator '{indicator}'; bekend: {known}",
        "unknown indicator '{indicator}'; known: {known}",
    ),
    "cli.monitor.none": (
        "Nog geen waarnemingen; lees ze in met: planning monitor import BESTAND",
        "No observations yet; read them with: planning monitor import FILE",
    ),
    "cli.monitor.target": ("  (doel {year}: {value})", "  (target {year}: {value})"),
    # -- scenario -----------------------------------------------------------------------------
    "cli.scenario.skipped": (
        "let op: {count} scenariobestanden in scenarios/ overgeslagen, ze passen niet bij de "
        "werkmap: {kinds}. Elk bestand en elke regel: planning check --all",
        "note: {count} scenario files in scenarios/ skipped, they do not fit the "
        "workspace: {kinds}. Every file and line: planning check --all",
    ),
    "cli.scenario.note": ("let op: {line}", "note: {line}"),
    "cli.scenario.skipped_line": ("let op: overgeslagen: {line}", "note: skipped: {line}"),
    "cli.scenario.saved": (
        "Scenario '{name}' ({village}) opgeslagen als versie {version}.",
        "Scenario '{name}' ({village}) saved as version {version}.",
    ),
    "cli.scenario.written": (
        "Scenario '{name}' geschreven naar {out}",
        "Scenario '{name}' written to {out}",
    ),
    "cli.scenario.none": ("Nog geen scenario's in de opslag.", "No scenarios in the store yet."),
    "cli.scenario.version": ("versie", "version"),
    "cli.scenario.chosen_mark": (
        "(* = gekozen voor het dorpsplan)",
        "(* = chosen for the village plan)",
    ),
    "cli.scenario.title": ("Scenario '{name}' voor {village}", "Scenario '{name}' for {village}"),
    "cli.scenario.horizon": (
        "Over {h} jaar ({year}): {n} inwoners, {old} 65+",
        "In {h} years ({year}): {n} inhabitants, {old} 65+",
    ),
    "cli.scenario.demand": ("vraag", "demand"),
    "cli.scenario.supply": ("aanbod", "supply"),
    "cli.scenario.coverage": ("dekking", "coverage"),
    "cli.scenario.unknown": ("onbekend", "unknown"),
    "cli.scenario.places": (
        "  ontmoetingsplekken {places}, op loopafstand: {walk}",
        "  meeting places {places}, within walking distance: {walk}",
    ),
    "cli.scenario.costs": (
        "  kosten: eenmalig {once}, per jaar {yearly}, opgeteld {total}",
        "  costs: one-off {once}, per year {yearly}, in total {total}",
    ),
    "cli.scenario.volunteers": (
        "  vrijwilligers: nodig {needed}, aangeboden {offered}",
        "  volunteers: needed {needed}, offered {offered}",
    ),
    "cli.scenario.chosen": (
        "Scenario '{name}' is gekozen voor het dorpsplan van {village}.",
        "Scenario '{name}' is chosen for the village plan of {village}.",
    ),
    # -- followup -----------------------------------------------------------------------------
    "cli.followup.none": (
        "Geen openstaande contactverzoeken. (Contactgegevens komen binnen via\n"
        "'planning survey import' met [pii]-kolommen in het koppelbestand.)",
        "No open contact requests. (Contact details come in through\n"
        "'planning survey import' with [pii] columns in the mapping file.)",
    ),
    "cli.followup.count": (
        "{count} contact(en) — vertrouwelijk, niet delen:",
        "{count} contact(s) — confidential, do not share:",
    ),
    "cli.followup.planned": ("huisbezoek gepland", "home visit planned"),
    "cli.followup.done": ("huisbezoek gedaan", "home visit done"),
    "cli.followup.together": ("samen ingevuld", "filled in together"),
    "cli.followup.passed": ("doorgezet naar {to}", "passed on to {to}"),
    "cli.followup.closed": ("afgesloten", "closed"),
    "cli.followup.no_name": ("(geen naam)", "(no name)"),
    "cli.followup.called": (
        "Belpoging vastgelegd: {who} {outcome}",
        "Call attempt recorded: {who} {outcome}",
    ),
    "cli.followup.updated": ("Bijgewerkt: {who}", "Updated: {who}"),
    # -- survey -------------------------------------------------------------------------------
    "cli.survey.bad_count": (
        "--count: verwacht 1 tot 1000 bladen; --first: 1 of hoger",
        "--count: expected 1 to 1000 sheets; --first: 1 or higher",
    ),
    "cli.survey.head": (
        "{file} ({kind}, koppeling: {mapping}, bron: {source})",
        "{file} ({kind}, mapping: {mapping}, source: {source})",
    ),
    "cli.survey.rows": ("rijen in de export", "rows in the export"),
    "cli.survey.accepted": ("toegevoegd", "added"),
    "cli.survey.already": ("stonden er al in", "already there"),
    "cli.survey.rejected": ("afgekeurd", "rejected"),
    "cli.survey.rejected_file": (
        "  afgekeurde rijen met reden: {file}",
        "  rejected rows with their reason: {file}",
    ),
    "cli.survey.pseudonymised": (
        "  gepseudonimiseerde id's: {count}",
        "  pseudonymised ids: {count}",
    ),
    "cli.survey.contacts": (
        "  contactgegevens naar opvolging (niet in responses.csv): {count}",
        "  contact details to follow-up (not in responses.csv): {count}",
    ),
    "cli.survey.coded": (
        "  vrije tekst gecodeerd: {coded} van {texts} ({share})",
        "  free text coded: {coded} of {texts} ({share})",
    ),
    "cli.survey.uncoded": ("    niet gecodeerd: {text}", "    not coded: {text}"),
    "cli.survey.ignored": (
        "  genegeerde kolommen ({count}): {shown}",
        "  ignored columns ({count}): {shown}",
    ),
    "cli.survey.more": ("    ... en nog {count}", "    ... and {count} more"),
}
