"""The words of the problems of a scenario file (part of planning.i18n.catalogue_problems,
kept apart so each module stays short): the file and the action are phrases around what is
wrong (``scn.in_file``, ``scn.action``), so problems group by what is wrong.
"""

from __future__ import annotations

SCENARIO_PROBLEM_WORDS: dict[str, tuple[str, str]] = {
    # -- scenario files (planning.workspace.scenario_file) -------------------------------------
    "scn.in_file": ("'{name}': {what}", "'{name}': {what}"),
    "scn.action": ("{who}: {what}", "{who}: {what}"),
    "scn.action_n": ("actie {n}", "action {n}"),
    "scn.action_titled": ("actie {n} ('{title}')", "action {n} ('{title}')"),
    "scn.line": ("  - {problem}", "  - {problem}"),
    "scn.problems": (
        "{file}: {count} probleem/problemen in het scenario:\n{lines}",
        "{file}: {count} problem(s) in the scenario:\n{lines}",
    ),
    "scn.unreadable": (
        "{file}: kan het scenariobestand niet lezen ({error})",
        "{file}: cannot read the scenario file ({error})",
    ),
    "scn.a_text": ("een tekst", "a text"),
    "scn.a_list": ('een lijst, bv. ["eenzaamheid"]', 'a list, e.g. ["loneliness"]'),
    "scn.a_whole_number": ("een heel getal", "a whole number"),
    "scn.a_table": ("een tabel", "a table"),
    "scn.a_number": ("een getal", "a number"),
    "scn.a_finite_number": (
        "een eindig getal (geen inf of nan)",
        "a finite number (no inf or nan)",
    ),
    "scn.a_bool": ("true of false", "true or false"),
    "scn.a_count": ("een heel getal van 0 of meer", "a whole number of 0 or more"),
    "scn.a_coordinate": ("een coördinaat in Nederland", "a coordinate in the Netherlands"),
    "scn.missing_text": (
        "'{name}' ontbreekt of is leeg; verwacht een tekst",
        "'{name}' is missing or empty; expected a text",
    ),
    "scn.unknown_top_field": (
        "onbekend veld; verwacht name, village_id, description, [[actions]]",
        "unknown field; expected name, village_id, description, [[actions]]",
    ),
    "scn.actions_expected": ("verwacht [[actions]]-tabellen", "expected [[actions]] tables"),
    "scn.table_expected": ("verwacht een tabel [[actions]]", "expected a table [[actions]]"),
    "scn.unknown_field": ("onbekend veld '{name}'", "unknown field '{name}'"),
    "scn.unknown_field_near": (
        "onbekend veld '{name}', bedoelt u '{near}'?",
        "unknown field '{name}', did you mean '{near}'?",
    ),
    "scn.must_be": ("'{name}' moet {expected} zijn", "'{name}' must be {expected}"),
    "scn.field_missing": ("'{name}' ontbreekt", "'{name}' is missing"),
    "scn.unknown_kind": (
        "onbekende soort '{kind}'; verwacht een van {kinds}",
        "unknown kind '{kind}'; expected one of {kinds}",
    ),
    "scn.year_order": (
        "het startjaar {start} ligt na het eindjaar {end}",
        "the start year {start} is after the end year {end}",
    ),
    "scn.not_a_year": ("verwacht een jaartal zoals 2027", "expected a year such as 2027"),
    "scn.negative": ("mag niet negatief zijn", "must not be negative"),
    "scn.place_needs_id": (
        "een nieuwe plek heeft een facility_id nodig",
        "a new place needs a facility_id",
    ),
    "scn.place_exists": (
        "voorziening '{id}' bestaat al; kies een nieuwe id of gebruik kind = \"adaptation\"",
        "facility '{id}' already exists; choose a new id or use kind = \"adaptation\"",
    ),
    "scn.place_changes": (
        "een nieuwe plek beschrijft u in [actions.facility]",
        "a new place is described in [actions.facility]",
    ),
    "scn.adaptation_needs_id": (
        "een aanpassing noemt de voorziening (facility_id)",
        "an adaptation names the facility (facility_id)",
    ),
    "scn.adaptation_needs_changes": (
        "een aanpassing noemt wat verandert in [actions.changes], bv. step_free = true",
        "an adaptation names what changes in [actions.changes], e.g. step_free = true",
    ),
    "scn.only_places_change": (
        "alleen een plek (place) of aanpassing (adaptation) verandert voorzieningen",
        "only a place or an adaptation changes facilities",
    ),
    "scn.unknown_property": ("onbekende eigenschap '{name}'", "unknown property '{name}'"),
    "scn.unknown_property_near": (
        "onbekende eigenschap '{name}', bedoelt u '{near}'?",
        "unknown property '{name}', did you mean '{near}'?",
    ),
    # -- survey import (planning.survey) ---------------------------------------------------------
    "survey.not_canonical": ("geen canonieke kolom", "not a canonical column"),
    "survey.not_canonical_near": (
        "geen canonieke kolom; bedoelt u '{near}'?",
        "not a canonical column; did you mean '{near}'?",
    ),
    "survey.column_or_constant": (
        "een kolom óf een vaste waarde, niet beide",
        "a column or a fixed value, not both",
    ),
    "survey.mapping_unreadable": (
        "{file}: kan het koppelbestand niet lezen ({error})",
        "{file}: cannot read the mapping file ({error})",
    ),
    "survey.no_mapping": (
        "{file}: geen koppelbestand ({file}.mapping.toml) en geen kolom village_id/kern in de "
        "kopregel; schrijf een koppelbestand (zie README) en geef het met --mapping",
        "{file}: no mapping file ({file}.mapping.toml) and no column village_id/kern in the "
        "header line; write a mapping file (see README) and give it with --mapping",
    ),
    "survey.column_not_found": (
        "{file}: kolom '{wanted}' (voor {target}, uit {mapping}) staat niet in de kopregel; "
        "er is niets veranderd",
        "{file}: column '{wanted}' (for {target}, from {mapping}) is not in the header line; "
        "nothing was changed",
    ),
    "survey.column_not_found_near": (
        "{file}: kolom '{wanted}' (voor {target}, uit {mapping}) staat niet in de kopregel; "
        "de kolom die er het meest op lijkt: '{near}'; er is niets veranderd",
        "{file}: column '{wanted}' (for {target}, from {mapping}) is not in the header line; "
        "the column most like it: '{near}'; nothing was changed",
    ),
    "survey.no_villages": (
        "{folder}: villages.csv ontbreekt; zonder kernen kan niets worden ingelezen",
        "{folder}: villages.csv is missing; without villages nothing can be imported",
    ),
    "survey.village_columns": (
        "{file}: kolommen village_id en name ontbreken",
        "{file}: columns village_id and name are missing",
    ),
    "survey.no_workspace": (
        "{folder}: geen werkmap (workspace.toml ontbreekt)",
        "{folder}: not a workspace (workspace.toml is missing)",
    ),
    "survey.responses_xlsx": (
        "survey/responses.xlsx: importeren voegt toe aan survey/responses.csv; "
        "sla het werkblad eerst op als CSV",
        "survey/responses.xlsx: importing adds to survey/responses.csv; "
        "save the sheet as CSV first",
    ),
}
