"""The words of every problem and error the workbook reports about its input (part of the one
catalogue, merged into planning.i18n.catalogue.CATALOGUE): ``planning.errors.Problem`` and
``PlanningError`` carry these keys with their fields, so ``--lang en`` says them in English.
Keys start with the layer that finds the problem (io., ws., survey., store.).
"""

from __future__ import annotations

PROBLEM_WORDS: dict[str, tuple[str, str]] = {
    # -- how a problem is shown (planning.errors) ----------------------------------------------
    "problem.at_row": ("rij {row}", "row {row}"),
    "problem.at_column": ("kolom '{column}'", "column '{column}'"),
    "problem.shown_value": (" (waarde: {value})", " (value: {value})"),
    "problem.did_you_mean": ("; bedoelt u '{near}'?", "; did you mean '{near}'?"),
    "problem.in_file": ("{file}: {what}", "{file}: {what}"),
    "problem.found": ("{count} problemen gevonden:", "{count} problems found:"),
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
}
