"""The words of every problem and error the workbook reports about its input (part of the one
catalogue, merged into planning.i18n.catalogue.CATALOGUE): ``planning.errors.Problem`` and
``PlanningError`` carry these keys with their fields, so ``--lang en`` says them in English.
Keys start with the layer that finds the problem (io., ws., survey., store.).
"""

from __future__ import annotations

from planning.i18n.catalogue_problems_scenario import SCENARIO_PROBLEM_WORDS

PROBLEM_WORDS: dict[str, tuple[str, str]] = {
    # -- how a problem is shown (planning.errors) ----------------------------------------------
    "problem.at_row": ("rij {row}", "row {row}"),
    "problem.at_column": ("kolom '{column}'", "column '{column}'"),
    "problem.shown_value": (" (waarde: {value})", " (value: {value})"),
    "problem.did_you_mean": ("; bedoelt u '{near}'?", "; did you mean '{near}'?"),
    "problem.in_file": ("{file}: {what}", "{file}: {what}"),
    "problem.found": ("{count} problemen gevonden:", "{count} problems found:"),
    "problem.joined": ("{problems}", "{problems}"),
    "problem.and_more": ("... en nog {count} problemen", "... and {count} more problems"),
    # -- problems grouped for the check (planning.workspace.problem_groups) ---------------------
    "problem.group_column": ("kolom '{column}': ", "column '{column}': "),
    "problem.file_count_one": ("{file}: {count} probleem", "{file}: {count} problem"),
    "problem.file_count": ("{file}: {count} problemen", "{file}: {count} problems"),
    "problem.not_all_fit": (
        "(niet alles past: planning check --all toont elke rij)",
        "(not everything fits: planning check --all shows every row)",
    ),
    "problem.rows_not_shown": (
        "({count} rijen niet getoond: planning check --all toont elke rij)",
        "({count} rows not shown: planning check --all shows every row)",
    ),
    # -- io: a cell that does not convert (planning.io.cells) -----------------------------------
    "io.not_a_number": ("verwacht een getal", "expected a number"),
    "io.ambiguous_number": (
        "niet eenduidig: {whole} of {small}? Schrijf {whole} (zonder punt) of {small}",
        "ambiguous: {whole} or {small}? Write {whole} (without a point) or {small}",
    ),
    "io.not_whole": ("verwacht een heel getal", "expected a whole number"),
    "io.too_large": (
        "verwacht een heel getal van redelijke grootte",
        "expected a whole number of reasonable size",
    ),
    "io.not_yes_no": ("verwacht ja of nee", "expected yes or no (ja/nee)"),
    "io.not_a_date": (
        "verwacht een datum (dd-mm-jjjj of jjjj-mm-dd)",
        "expected a date (dd-mm-yyyy or yyyy-mm-dd)",
    ),
    "io.not_an_age_band": (
        "verwacht een leeftijdsklasse als 0-4, 5-9 ... 90-94 of 95+",
        "expected an age band such as 0-4, 5-9 ... 90-94 or 95+",
    ),
    "io.not_an_age_group": (
        "verwacht een leeftijd, een geboortejaar of een leeftijdsgroep als 18-34, "
        "'18 t/m 34 jaar', 'jonger dan 18' of '75 jaar of ouder'",
        "expected an age, a year of birth or an age group such as 18-34, "
        "'18 to 34 years', 'younger than 18' or '75 or older'",
    ),
    "io.bad_age_text": (
        "leeftijd '{age}': verwacht een getal van 0 tot 120",
        "age '{age}': expected a number from 0 to 120",
    ),
    "io.bad_age": (
        "leeftijd {age}: verwacht een getal van 0 tot 120",
        "age {age}: expected a number from 0 to 120",
    ),
    # -- io: a file that cannot be read (planning.io.tables, planning.io.sources) --------------
    "io.old_xls": ("dit is een oud Excel-bestand (.xls)", "this is an old Excel file (.xls)"),
    "io.old_xls.full": (
        "dit is een oud Excel-bestand (.xls); sla op als .xlsx of .csv",
        "this is an old Excel file (.xls); save it as .xlsx or .csv",
    ),
    "io.not_text": ("geen tekstbestand", "not a text file"),
    "io.not_text.full": (
        "geen tekstbestand; verwacht een CSV (of .xlsx) met een kopregel",
        "not a text file; expected a CSV (or .xlsx) with a header line",
    ),
    "io.empty": ("het bestand is leeg", "the file is empty"),
    "io.empty.full": (
        "het bestand is leeg; verwacht een kopregel en rijen",
        "the file is empty; expected a header line and rows",
    ),
    "io.bad_csv": ("geen leesbare CSV ({error})", "not a readable CSV ({error})"),
    "io.bad_csv.full": (
        "geen leesbare CSV ({error}); sla opnieuw op als CSV",
        "not a readable CSV ({error}); save it again as CSV",
    ),
    "io.bad_xlsx": ("geen leesbaar .xlsx-bestand", "not a readable .xlsx file"),
    "io.bad_xlsx.full": (
        "geen leesbaar Excel-bestand (.xlsx): {error}; "
        "open het in Excel en sla het opnieuw op als .xlsx of .csv",
        "not a readable Excel file (.xlsx): {error}; open it in Excel and save it again as "
        ".xlsx or .csv",
    ),
    "io.unknown_sheet": ("onbekend tabblad", "unknown sheet"),
    "io.unknown_sheet.full": (
        "tabblad '{sheet}' bestaat niet; wel: {sheets}",
        "sheet '{sheet}' does not exist; there are: {sheets}",
    ),
    "io.bad_sheet.full": (
        "werkblad niet leesbaar ({error}); sla het opnieuw op als .xlsx of .csv",
        "sheet not readable ({error}); save it again as .xlsx or .csv",
    ),
    "io.no_sheets": ("het werkboek heeft geen werkbladen", "the workbook has no sheets"),
    "io.no_sheets.full": ("het werkboek heeft geen werkbladen", "the workbook has no sheets"),
    "io.empty_sheet": ("leeg werkblad", "empty sheet"),
    "io.empty_sheet.full": (
        "het werkblad is leeg; verwacht een kopregel en rijen",
        "the sheet is empty; expected a header line and rows",
    ),
    "io.unreadable": ("onleesbaar bestand", "unreadable file"),
    "io.unreadable.full": (
        "kan het bestand niet lezen ({reason})",
        "cannot read the file ({reason})",
    ),
    "io.xls_format": ("verwacht .xlsx of .csv", "expected .xlsx or .csv"),
    "io.xls_format.full": (
        "het oude Excel-formaat .xls wordt niet gelezen; sla op als .xlsx of .csv",
        "the old Excel format .xls is not read; save it as .xlsx or .csv",
    ),
    "io.row_fault": ("rij {row}: {problem}", "row {row}: {problem}"),
    "io.more_rows": (" (en nog {count} rijen)", " (and {count} more rows)"),
    "io.faulty_lines": ("{file}: {rows}{more}", "{file}: {rows}{more}"),
    "io.nothing_changed": ("{what}; er is niets veranderd", "{what}; nothing was changed"),
    "io.export_unreadable": (
        "{file}: kan de export niet lezen: {why}; er is niets veranderd",
        "{file}: cannot read the export: {why}; nothing was changed",
    ),
    "io.export_missing": (
        "{file}: bestand bestaat niet; er is niets veranderd",
        "{file}: file does not exist; nothing was changed",
    ),
    "io.export_no_answers": (
        "er staan geen antwoorden in (leeg bestand of alleen een kopregel)",
        "it holds no answers (an empty file or only a header line)",
    ),
    "io.not_csv": ("dit is geen tekstbestand (CSV)", "this is not a text file (CSV)"),
    "io.bad_sav": (
        "geen leesbaar SPSS-bestand (.sav): {error}",
        "not a readable SPSS file (.sav): {error}",
    ),
    # -- workspace: tables, columns and references (planning.workspace) ------------------------
    "word.or": (" of ", " or "),
    #: words that are data in one language (a Dutch header alias, a theme's own label)
    "word.pick": ("{nl}", "{en}"),
    "ws.see_format": ("zie README, 'The workspace format'", "see README, 'The workspace format'"),
    "ws.missing_column": (
        "kolom ontbreekt: verwacht een kolom {names} (zie README, 'The workspace format')",
        "column missing: expected a column {names} (see README, 'The workspace format')",
    ),
    "ws.missing_column_near": (
        "kolom ontbreekt: verwacht een kolom {names}; bedoelt u '{near}'? "
        "(zie README, 'The workspace format')",
        "column missing: expected a column {names}; did you mean '{near}'? "
        "(see README, 'The workspace format')",
    ),
    "ws.value_missing": (
        "waarde ontbreekt; deze kolom is verplicht",
        "value missing; this column is required",
    ),
    "ws.expected": ("verwacht {rule}", "expected {rule}"),
    "ws.duplicate_id": (
        "dubbele id: '{shown}' staat al in rij {first}",
        "duplicate id: '{shown}' is already in row {first}",
    ),
    "ws.duplicate_row": (
        "dubbele rij: '{shown}' staat al in rij {first}",
        "duplicate row: '{shown}' is already in row {first}",
    ),
    "ws.no_village": ("onbekende kern '{village}'", "unknown village '{village}'"),
    "ws.no_village_near": (
        "onbekende kern '{village}'; bedoelt u '{near}'?",
        "unknown village '{village}'; did you mean '{near}'?",
    ),
    "ws.file_missing": (
        "bestand ontbreekt: verwacht {what} als {name}.csv of {name}.xlsx "
        "(zie README, 'The workspace format')",
        "file missing: expected {what} as {name}.csv or {name}.xlsx "
        "(see README, 'The workspace format')",
    ),
    "ws.no_folder": (
        "{folder}: map bestaat niet; geef een werkmap met workspace.toml op (--workspace)",
        "{folder}: folder does not exist; give a workspace with workspace.toml (--workspace)",
    ),
    "ws.unknown_village": ("onbekende kern '{item}'", "unknown village '{item}'"),
    "ws.unknown_village_near": (
        "onbekende kern '{item}', bedoelt u '{near}'?",
        "unknown village '{item}', did you mean '{near}'?",
    ),
    "ws.unknown_facility": ("onbekende voorziening '{item}'", "unknown facility '{item}'"),
    "ws.unknown_facility_near": (
        "onbekende voorziening '{item}', bedoelt u '{near}'?",
        "unknown facility '{item}', did you mean '{near}'?",
    ),
    "ws.unknown_partner": ("onbekende partner '{item}'", "unknown partner '{item}'"),
    "ws.unknown_partner_near": (
        "onbekende partner '{item}', bedoelt u '{near}'?",
        "unknown partner '{item}', did you mean '{near}'?",
    ),
    "ws.unknown_provision": ("onbekend aanbod '{item}'", "unknown provision '{item}'"),
    "ws.unknown_provision_near": (
        "onbekend aanbod '{item}', bedoelt u '{near}'?",
        "unknown provision '{item}', did you mean '{near}'?",
    ),
    "ws.unknown_theme": (
        "onbekend thema '{theme}' (thema's: {valid}; zie README, 'The workspace format')",
        "unknown theme '{theme}' (themes: {valid}; see README, 'The workspace format')",
    ),
    "ws.unknown_theme_near": (
        "onbekend thema '{theme}'; bedoelt u '{near}'? "
        "(thema's: {valid}; zie README, 'The workspace format')",
        "unknown theme '{theme}'; did you mean '{near}'? "
        "(themes: {valid}; see README, 'The workspace format')",
    ),
    "ws.age_order": (
        "leeftijd_max is kleiner dan leeftijd_min",
        "age_max is smaller than age_min",
    ),
    "ws.year_order": ("eindjaar ligt voor het startjaar", "end year is before the start year"),
    # what a table holds (planning.workspace.schemas, the missing-file problem)
    "table.villages": ("de kernen (dorpen en wijken)", "the villages (villages and districts)"),
    "table.population": (
        "inwoners per kern, jaar en leeftijdsklasse",
        "inhabitants per village, year and age band",
    ),
    "table.facilities": (
        "gebouwen en plekken (voorzieningen)",
        "buildings and places (facilities)",
    ),
    "table.provisions": (
        "aanbod: fondsen, diensten, activiteiten, verenigingen",
        "provisions: funds, services, activities, clubs",
    ),
    "table.partners": (
        "partners: verenigingen, kerken, zorg- en welzijnsorganisaties",
        "partners: clubs, churches, care and welfare organisations",
    ),
    "table.commitments": (
        "afspraken (inzet) van partners voor langere tijd",
        "long-term commitments of partners",
    ),
    "table.population_points": (
        "spreiding van inwoners (punten) voor afstanden",
        "spread of inhabitants (points) for distances",
    ),
    "table.responses": ("enquête-antwoorden", "survey answers"),
    # what a column's rule expects (planning.workspace.schemas, 'verwacht ...')
    "rule.lat": (
        "breedtegraad binnen Nederland (50,7 tot 53,7)",
        "a latitude within the Netherlands (50.7 to 53.7)",
    ),
    "rule.lon": (
        "lengtegraad binnen Nederland (3,2 tot 7,3)",
        "a longitude within the Netherlands (3.2 to 7.3)",
    ),
    "rule.non_negative": ("een getal van 0 of meer", "a number of 0 or more"),
    "rule.year": ("een jaartal", "a year"),
    "rule.age_band": (
        "een leeftijdsklasse als 0-4, 5-9 ... 95+",
        "an age band such as 0-4, 5-9 ... 95+",
    ),
    "rule.hours": ("uren per week tussen 0 en 168", "hours per week between 0 and 168"),
    "rule.provision_kind": (
        "fund, service, activity, club of place",
        "fund, service, activity, club or place",
    ),
    "rule.age": ("een leeftijd van 0 tot 120", "an age from 0 to 120"),
    "rule.channel": ("een kanaal: {channels}", "a channel: {channels}"),
    "rule.age_group": (
        "een leeftijdsgroep als 18-34, 0-17 of 75+",
        "an age group such as 18-34, 0-17 or 75+",
    ),
    "rule.importance": ("een belang van 1 tot 5", "an importance from 1 to 5"),
    # -- settings files checked through pydantic (planning.workspace.model_problems) -----------
    "model.finite": (
        "verwacht een eindig getal (geen inf of nan)",
        "expected a finite number (no inf or nan)",
    ),
    "model.text": ("verwacht een tekst", "expected a text"),
    "model.bool": ("verwacht true of false", "expected true or false"),
    "model.table": ("verwacht een tabel", "expected a table"),
    "model.list": ("verwacht een lijst, bv. [3, 5, 10]", "expected a list, e.g. [3, 5, 10]"),
    "model.list_lang": (
        'verwacht een lijst, bv. ["nl", "en"]',
        'expected a list, e.g. ["nl", "en"]',
    ),
    "model.date": ("verwacht een datum (JJJJ-MM-DD)", "expected a date (YYYY-MM-DD)"),
    "model.missing": ("ontbreekt", "missing"),
    "model.unknown_setting": ("onbekende instelling", "unknown setting"),
    "model.unknown_setting_near": (
        "onbekende instelling; bedoelt u '{near}'?",
        "unknown setting; did you mean '{near}'?",
    ),
    "model.choices": ("{head} of {last}", "{head} or {last}"),
    "model.unknown_key": (
        "onbekende sleutel; kies uit {expected}",
        "unknown key; choose from {expected}",
    ),
    "model.expected": ("verwacht {expected}", "expected {expected}"),
    "model.too_small_ge": (
        "te klein: verwacht {bound} of meer",
        "too small: expected {bound} or more",
    ),
    "model.too_small_gt": (
        "te klein: verwacht meer dan {bound}",
        "too small: expected more than {bound}",
    ),
    "model.too_large_le": (
        "te groot: verwacht {bound} of minder",
        "too large: expected {bound} or less",
    ),
    "model.too_large_lt": (
        "te groot: verwacht minder dan {bound}",
        "too large: expected less than {bound}",
    ),
    "model.empty": ("mag niet leeg zijn", "must not be empty"),
    "model.as_raised": ("{error}", "{error}"),
    "model.invalid": ("ongeldige waarde ({error})", "invalid value ({error})"),
    "model.line": ("{file}: {problem}{shown}", "{file}: {problem}{shown}"),
    "model.line_at_key": (
        "{file}, sleutel '{setting}': {problem}{shown}",
        "{file}, key '{setting}': {problem}{shown}",
    ),
    "model.settings_wrong": (
        "{path}: {count} probleem/problemen in de instellingen:\n{lines}",
        "{path}: {count} problem(s) in the settings:\n{lines}",
    ),
    "model.projection_wrong": ("{file}: [projection]\n{lines}", "{file}: [projection]\n{lines}"),
    "model.no_horizon": (
        "termijn bestaat niet in deze werkmap; horizons = {horizons}",
        "horizon does not exist in this workspace; horizons = {horizons}",
    ),
    "model.unknown_theme": ("onbekend thema", "unknown theme"),
    "model.unknown_theme_near": (
        "onbekend thema; bedoelt u '{near}'?",
        "unknown theme; did you mean '{near}'?",
    ),
    "model.no_settings": (
        "{path}: workspace.toml ontbreekt; begin een werkmap met planning new (zie README, "
        "'Your own municipality') of kies een andere map met --workspace",
        "{path}: workspace.toml is missing; start a workspace with planning new (see README, "
        "'Your own municipality') or choose another folder with --workspace",
    ),
    "model.file_missing": ("bestand ontbreekt", "file missing"),
    "model.toml_error": ("{error}", "{error}"),
    "model.bad_toml": ("{path}: geen geldige TOML ({error})", "{path}: not valid TOML ({error})"),
    "model.not_a_horizon": (
        "termijn '{name}' is geen aantal jaren; bv. {{ 3 = 60 }}",
        "horizon '{name}' is not a number of years; e.g. {{ 3 = 60 }}",
    ),
    "survey.mapping_wrong": (
        "{file}: koppelbestand klopt niet:\n{lines}",
        "{file}: mapping file is wrong:\n{lines}",
    ),
    # -- rows of matches/ and monitoring/ left out (planning.workspace) -------------------------
    "word.none": ("geen", "none"),
    "ws.file_left_out": ("{error}; niet gebruikt", "{error}; not used"),
    "ws.row_column_missing": ("kolom ontbreekt; rij niet gebruikt", "column missing; row not used"),
    "ws.row_left_out": ("{error}; rij niet gebruikt", "{error}; row not used"),
    "ws.row_no_village": (
        "onbekende kern '{village}'; rij niet gebruikt",
        "unknown village '{village}'; row not used",
    ),
    "ws.row_no_provision": (
        "onbekend aanbod; rij niet gebruikt",
        "unknown provision; row not used",
    ),
    "ws.not_a_period": (
        "verwacht een periode: jaar (2026), maand (2026-03) of kwartaal (2026-Q1)",
        "expected a period: year (2026), month (2026-03) or quarter (2026-Q1)",
    ),
    "ws.unknown_indicator": (
        "onbekende indicator; bekend: {known}",
        "unknown indicator; known: {known}",
    ),
    "ws.unknown_indicator_near": (
        "onbekende indicator; bedoelt u '{near}'?",
        "unknown indicator; did you mean '{near}'?",
    ),
    "ws.no_such_village": ("onbekende kern", "unknown village"),
    "ws.no_such_village_near": (
        "onbekende kern; bedoelt u '{near}'?",
        "unknown village; did you mean '{near}'?",
    ),
    "ws.not_a_percentage": (
        "verwacht een percentage van 0 tot 100",
        "expected a percentage from 0 to 100",
    ),
    "table.observations": ("waarnemingen voor de monitoring", "observations for the monitoring"),
    "ws.bands_missing": (
        "kern '{village}', jaar {year}: leeftijdsklassen ontbreken ({missing} van {used}); "
        "vul ze aan, ook met 0 inwoners, anders telt de kern daar niemand zonder dat het opvalt",
        "village '{village}', year {year}: age bands missing ({missing} of {used}); fill them "
        "in, with 0 inhabitants if need be, or the village counts nobody there unnoticed",
    ),
    # -- the store (planning.store) ----------------------------------------------------------
    "store.unavailable": (
        "de opslag ({url}) is niet beschikbaar: {error}",
        "the store ({url}) is not available: {error}",
    ),
    "store.newer_schema": (
        "de opslag heeft schemaversie {current}, nieuwer dan deze versie van de werkmap "
        "({supported}); werk de werkmap bij",
        "the store has schema version {current}, newer than this version of the workbook "
        "({supported}); update the workbook",
    ),
    "store.cannot_open": (
        "kan de opslag niet openen ({url}): {error}",
        "cannot open the store ({url}): {error}",
    ),
    "store.too_many_writers": (
        "opslaan lukt niet: te veel gelijktijdige schrijvers",
        "saving failed: too many writers at the same time",
    ),
    "store.for_village": (" voor kern '{village}'", " for village '{village}'"),
    "store.no_scenario": (
        "geen scenario '{name}'{where} in de opslag",
        "no scenario '{name}'{where} in the store",
    ),
    "store.no_scenario_near": (
        "geen scenario '{name}'{where} in de opslag; bedoelt u '{near}'?",
        "no scenario '{name}'{where} in the store; did you mean '{near}'?",
    ),
    "store.scenario_ambiguous": (
        "scenario '{name}' bestaat voor meerdere kernen ({villages}); kies er een met --village",
        "scenario '{name}' exists for several villages ({villages}); choose one with --village",
    ),
    "store.no_version": (
        "scenario '{name}' heeft geen versie {version}",
        "scenario '{name}' has no version {version}",
    ),
}
PROBLEM_WORDS |= SCENARIO_PROBLEM_WORDS
