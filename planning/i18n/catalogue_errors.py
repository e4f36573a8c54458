"""The words of faults: a folder that cannot be written, a full disk, a row that cannot be
read, a workspace that fails its check (part of the one catalogue, merged into
planning.i18n.catalogue.CATALOGUE; kept apart so that file stays short).
"""

from __future__ import annotations

ERROR_WORDS: dict[str, tuple[str, str]] = {
    # -- the command's error funnel (planning.cli._funnel) ---------------------------------
    "fault.prefix": ("fout", "error"),
    "export.typeset_failed": (
        "het dorpsplan voor {name} kon niet worden opgemaakt: {reason}",
        "the village plan for {name} could not be typeset: {reason}",
    ),
    "form.typeset_failed": (
        "de vragenlijst kon niet worden opgemaakt: {reason}",
        "the questionnaire could not be typeset: {reason}",
    ),
    "export.unknown_format": (
        "onbekend formaat '{fmt}'; kies uit {known}",
        "unknown format '{fmt}'; choose from {known}",
    ),
    # argparse's own error line in Dutch (planning.cli._language), beside the funnel's prefix
    "argparse:%(prog)s: error: %(message)s\n": ("%(prog)s: fout: %(message)s\n", ""),
    "fault.read_only": (
        "{file}: kan hier niet schrijven (alleen-lezen of geen toestemming); "
        "kies een map waarin u mag schrijven (--out of --workspace) of vraag om schrijfrechten",
        "{file}: cannot write here (read-only or no permission); choose a folder you may "
        "write to (--out or --workspace) or ask for write access",
    ),
    "fault.disk_full": (
        "{file}: de schijf is vol (of het bestand te groot); maak ruimte vrij en probeer opnieuw",
        "{file}: the disk is full (or the file too large); free some space and try again",
    ),
    "fault.name_too_long": (
        "{file}: de naam is te lang voor het bestandssysteem; kies een kortere naam of map",
        "{file}: the name is too long for the file system; choose a shorter name or folder",
    ),
    "fault.not_a_folder": (
        "{file}: hier staat een bestand waar een map hoort (of andersom); kies een andere plek",
        "{file}: a file stands where a folder belongs (or the other way round); "
        "choose another place",
    ),
    "fault.missing": (
        "{file}: bestaat niet; controleer de naam en de map",
        "{file}: does not exist; check the name and the folder",
    ),
    "fault.cwd_gone": (
        "de map waarin het commando werd gestart bestaat niet meer; ga naar een bestaande map "
        "en start het opnieuw",
        "the folder the command was started in no longer exists; change to a folder that "
        "exists and start it again",
    ),
    "fault.other": (
        "{file}: kan het bestand niet gebruiken ({reason}); controleer de map en probeer opnieuw",
        "{file}: cannot use the file ({reason}); check the folder and try again",
    ),
    "fault.nothing_changed": (
        "er is geen half bestand achtergebleven",
        "no half-written file was left behind",
    ),
    # -- rows that cannot be read (planning.io.text_faults) --------------------------------
    "fault.nul_byte": (
        "de regel bevat een NUL-teken (geen tekst); open het bestand in Excel en sla het "
        "opnieuw op als CSV",
        "the line holds a NUL character (not text); open the file in Excel and save it "
        "again as CSV",
    ),
    "fault.mixed_encoding": (
        "deze regel is in een andere tekenset ({encoding}) opgeslagen dan de rest "
        "({main}); sla het hele bestand op als CSV UTF-8",
        "this line is saved in another character set ({encoding}) than the rest "
        "({main}); save the whole file as CSV UTF-8",
    ),
    "fault.extra_cells": (
        "{count} cellen meer dan de kopregel; de extra cellen zijn weggelaten",
        "{count} cells more than the header; the extra cells were left out",
    ),
    "fault.xlsx_too_big": (
        "het werkboek pakt uit tot meer dan {limit} MB; sla het tabblad met de tabel op "
        "als CSV of verwijder overbodige tabbladen",
        "the workbook unpacks to more than {limit} MB; save the sheet with the table as "
        "CSV or remove unneeded sheets",
    ),
    "fault.xlsx_too_many_rows": (
        "het werkblad heeft meer dan {limit} rijen; sla de tabel op als CSV",
        "the sheet has more than {limit} rows; save the table as CSV",
    ),
    # -- publishing from a workspace that fails its check ----------------------------------
    "fault.workspace_fails": (
        "de werkmap {path} slaagt niet voor de controle (problemen: {count}); los ze eerst op "
        "(planning check), of ga bewust door met --ondanks-fouten",
        "the workspace {path} fails its check (problems: {count}); fix them first "
        "(planning check), or go on knowingly with --force",
    ),
    "fault.forced": (
        "Gemaakt ondanks problemen in de werkmap (aantal: {count}; --ondanks-fouten): "
        "de cijfers kunnen fout zijn.",
        "Made despite problems in the workspace (count: {count}; --force): the figures may "
        "be wrong.",
    ),
    "fault.plan_names_clash": (
        "de kernen {ids} krijgen dezelfde bestandsnaam {name}; geef een van beide een "
        "andere village_id. Er is niets geschreven",
        "the villages {ids} get the same file name {name}; give one of them another "
        "village_id. Nothing was written",
    ),
}
